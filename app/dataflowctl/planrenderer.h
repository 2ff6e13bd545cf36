// SPDX-License-Identifier: MIT
#pragma once

#include "api/apiclient.h"
#include "engine/engine.h"

#include <QString>

namespace Dataflow::Ctl {

/** Renders Engine::plan() as text, JSON or a runnable bash + curl + jq script. Secrets never appear. */
class PlanRenderer
{
public:
    PlanRenderer(const Core::ApiClient &client, const Core::Session &session)
        : m_client(client), m_session(session) {}

    QString text(const QList<Core::PlannedRequest> &plan) const;
    QByteArray json(const QList<Core::PlannedRequest> &plan) const;
    QString curlScript(const QList<Core::PlannedRequest> &plan, const QString &sessionName) const;

private:
    QString url(const Core::ApiRequest &request) const;
    QStringList headerLines(const Core::ApiRequest &request) const;

    const Core::ApiClient &m_client;
    const Core::Session &m_session;
};

} // namespace Dataflow::Ctl
