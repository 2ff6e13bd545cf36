// SPDX-License-Identifier: MIT
#pragma once

#include "flowvalidator.h"
#include "httprequest.h"
#include "httpresponse.h"
#include "runsimulator.h"

#include <QJsonObject>
#include <QList>

#include <functional>

namespace Dataflow::Sandbox {

class SandboxContext;

/** /data/foundation/flowservice/…: specs, connections, explore, source/target connections,
    flows and runs (CONTRACT §3). */
class FlowServiceApi final
{
public:
    explicit FlowServiceApi(SandboxContext &context);

    /** route: the path segments after "flowservice". */
    HttpResponse handle(const HttpRequest &request, const QStringList &route);
    const RunSimulator &runs() const { return m_runs; }

private:
    /** Filters, sorts and pages items; present (if set) shapes only the items of the page. */
    HttpResponse listing(const HttpRequest &request, const QString &kind, QList<QJsonObject> items,
                         const std::function<QJsonObject(const QJsonObject &)> &present = {});
    HttpResponse specById(const HttpRequest &request, const QList<QJsonObject> &specs, const QString &id);
    HttpResponse resource(const HttpRequest &request, const QString &kind, const QStringList &route);
    HttpResponse getOne(const HttpRequest &request, const QString &kind, const QString &id);
    HttpResponse create(const HttpRequest &request, const QString &kind);
    HttpResponse patch(const HttpRequest &request, const QString &kind, const QString &id);
    HttpResponse remove(const HttpRequest &request, const QString &kind, const QString &id);
    HttpResponse explore(const HttpRequest &request, const QString &connectionId);
    HttpResponse testConnection(const HttpRequest &request, const QString &connectionId);
    HttpResponse runsRoute(const HttpRequest &request, const QStringList &route);

    QJsonObject build(const QString &kind, const QString &id, const QJsonObject &body);
    QJsonObject present(const QString &kind, const QJsonObject &stored) const;
    QList<QJsonObject> liveList(const QString &kind) const;

    SandboxContext &m_context;
    FlowValidator m_validator;
    RunSimulator m_runs;
};

} // namespace Dataflow::Sandbox
