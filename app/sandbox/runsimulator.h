// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>

namespace Dataflow::Sandbox {

class SandboxContext;

/**
 * Runs of a flow, derived from its schedule and the sandbox clock: one run at startTime,
 * startTime + interval, … up to now (200 newest kept), with deterministic statuses, durations
 * and record counts from a hash of (flow id, index). Re-triggered runs are stored resources.
 */
class RunSimulator final
{
public:
    static constexpr int maxRunsPerFlow = 200;

    explicit RunSimulator(SandboxContext &context);

    /** Newest first; at most `newest` scheduled runs (re-triggered runs always included). */
    QList<QJsonObject> runsOf(const QJsonObject &flow, int newest = maxRunsPerFlow) const;
    QList<QJsonObject> allRuns() const;
    QJsonObject run(const QString &id) const;
    /** {id, state, startedAtUTC, completedAtUTC} of the newest finished run; empty if none. */
    QJsonObject lastRunDetails(const QJsonObject &flow) const;
    /** Re-runs a failed run; returns the new run, or an empty object with *errorMessage set. */
    QJsonObject retrigger(const QString &runId, QString *errorMessage);

private:
    QJsonObject generatedRun(const QJsonObject &flow, qint64 index, qint64 startSeconds, qint64 nowMs) const;
    QJsonObject storedRun(const QJsonObject &record, qint64 nowMs) const;

    SandboxContext &m_context;
};

} // namespace Dataflow::Sandbox
