// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

namespace Dataflow::Sandbox {

class SandboxContext;

/** A refused Flow Service body: FLOW-code-status with a message. code 0 = accepted. */
struct FlowViolation
{
    int code = 0;
    int status = 400;
    QString title;
    QString message;

    bool ok() const { return code == 0; }
    static FlowViolation bad(int code, const QString &title, const QString &message)
    {
        return FlowViolation{code, 400, title, message};
    }
};

/** Checks Flow Service create/update bodies the way the Platform does (CONTRACT §3). */
class FlowValidator final
{
public:
    explicit FlowValidator(SandboxContext &context);

    FlowViolation connection(const QJsonObject &body) const;
    FlowViolation sourceConnection(const QJsonObject &body) const;
    FlowViolation targetConnection(const QJsonObject &body) const;
    /** creating: a create (refuses `state`); otherwise a patched flow. */
    FlowViolation flow(const QJsonObject &body, bool creating) const;

private:
    FlowViolation schedule(const QJsonObject &flowSpec, const QJsonObject &body) const;
    FlowViolation transformations(const QJsonObject &flowSpec, const QJsonObject &body,
                                  const QJsonObject &source, const QJsonObject &target) const;

    SandboxContext &m_context;
};

} // namespace Dataflow::Sandbox
