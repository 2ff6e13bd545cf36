// SPDX-License-Identifier: MIT
#include "runsimulator.h"

#include "sandboxcontext.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QUuid>

#include <algorithm>

namespace Dataflow::Sandbox {

namespace {

const QUuid runNamespace(QStringLiteral("{0b9e4d1a-2f7c-4c55-8a4e-3d3b6f1e7a21}"));
const QString runsKind = QStringLiteral("runs");

struct RunFacts
{
    quint64 hash = 0;
    qint64 durationSeconds = 0;
    bool failed = false;
    qint64 inputRecords = 0;
    qint64 failedRecords = 0;
};

RunFacts factsFor(const QString &flowId, qint64 index)
{
    const QByteArray digest = QCryptographicHash::hash((flowId + QLatin1Char('/') + QString::number(index)).toUtf8(),
                                                       QCryptographicHash::Sha1);
    RunFacts facts;
    for (int i = 0; i < 8; ++i)
        facts.hash = (facts.hash << 8) | quint8(digest.at(i));
    facts.durationSeconds = 45 + qint64(facts.hash % 540);
    facts.failed = (facts.hash >> 16) % 7 == 0;
    facts.inputRecords = 100 + qint64((facts.hash >> 24) % 4900);
    facts.failedRecords = facts.failed ? facts.inputRecords : qint64((facts.hash >> 40) % 4 == 0 ? (facts.hash >> 44) % 12 : 0);
    return facts;
}

qint64 periodSeconds(const QJsonObject &schedule)
{
    const QString frequency = schedule.value(QLatin1String("frequency")).toString();
    const qint64 interval = std::max<qint64>(1, qint64(schedule.value(QLatin1String("interval")).toVariant().toLongLong()));
    if (frequency == QLatin1String("minute"))
        return 60 * interval;
    if (frequency == QLatin1String("hour"))
        return 3600 * interval;
    if (frequency == QLatin1String("day"))
        return 86400 * interval;
    if (frequency == QLatin1String("week"))
        return 604800 * interval;
    return 0; // once
}

const char *const failureCodes[][2] = {
    {"CONNECTOR-2001-500", "The source returned an error while reading the table: session expired."},
    {"CONNECTOR-1001-500", "Something went wrong while copying data from the source."},
    {"CONVERSION-1002-400", "Mapping failed: a value could not be converted to the destination type."},
    {"INGEST-1212-400", "Failed records exceeded the partial ingestion threshold."},
};

QJsonObject summaries(qint64 startedMs, qint64 completedMs, const QString &status, qint64 input,
                      qint64 failed, const QJsonArray &errors)
{
    QJsonObject duration{{"startedAtUTC", double(startedMs)}};
    if (completedMs > 0)
        duration.insert(QStringLiteral("completedAtUTC"), double(completedMs));
    const qint64 output = status == QLatin1String("inProgress") ? 0 : input - failed;
    QJsonObject statusSummary{{"status", status}};
    if (!errors.isEmpty())
        statusSummary.insert(QStringLiteral("errors"), errors);
    return QJsonObject{
        {"durationSummary", duration},
        {"sizeSummary", QJsonObject{{"inputBytes", double(input * 412)}, {"outputBytes", double(output * 388)}}},
        {"recordSummary", QJsonObject{{"inputRecordCount", double(input)},
                                      {"outputRecordCount", double(output)},
                                      {"failedRecordCount", double(status == QLatin1String("inProgress") ? 0 : failed)}}},
        {"fileSummary", QJsonObject{{"inputFileCount", 1}, {"outputFileCount", output > 0 ? 1 : 0}}},
        {"statusSummary", statusSummary}};
}

QJsonObject makeRun(const QString &id, const QJsonObject &flow, qint64 startedMs, qint64 durationMs,
                    qint64 nowMs, bool failed, qint64 input, qint64 failedRecords, quint64 hash)
{
    const bool running = nowMs < startedMs + durationMs;
    const QString status = running ? QStringLiteral("inProgress")
                                   : (failed ? QStringLiteral("failed") : QStringLiteral("success"));
    const qint64 completedMs = running ? 0 : startedMs + durationMs;
    QJsonArray errors;
    if (!running && failed) {
        const auto &failure = failureCodes[hash % (sizeof failureCodes / sizeof failureCodes[0])];
        errors.append(QJsonObject{{"code", QLatin1String(failure[0])}, {"message", QLatin1String(failure[1])}});
    }
    const QJsonObject metrics = summaries(startedMs, completedMs, status, input, failedRecords, errors);
    QJsonObject copy = metrics;
    copy.insert(QStringLiteral("id"), QStringLiteral("copy-") + id.left(8));
    copy.insert(QStringLiteral("name"), "Copy Activity");
    QJsonObject promotion = metrics;
    promotion.insert(QStringLiteral("id"), QStringLiteral("promotion-") + id.left(8));
    promotion.insert(QStringLiteral("name"), "Promotion Activity");
    const QString etag = QLatin1Char('"') + QUuid::createUuidV5(runNamespace, id + status).toString(QUuid::WithoutBraces) + QLatin1Char('"');
    return QJsonObject{{"id", id},
                       {"flowId", flow.value(QLatin1String("id"))},
                       {"flowSpec", flow.value(QLatin1String("flowSpec"))},
                       {"createdAt", double(startedMs)},
                       {"updatedAt", double(running ? startedMs : completedMs)},
                       {"createdBy", flow.value(QLatin1String("createdBy"))},
                       {"createdClient", flow.value(QLatin1String("createdClient"))},
                       {"sandboxName", flow.value(QLatin1String("sandboxName"))},
                       {"imsOrgId", flow.value(QLatin1String("imsOrgId"))},
                       {"etag", etag},
                       {"providerRefId", QStringLiteral("ref-") + id.left(13)},
                       {"metrics", metrics},
                       {"activities", QJsonArray{copy, promotion}}};
}

} // namespace

RunSimulator::RunSimulator(SandboxContext &context)
    : m_context(context)
{
}

QJsonObject RunSimulator::generatedRun(const QJsonObject &flow, qint64 index, qint64 startSeconds, qint64 nowMs) const
{
    const QString flowId = flow.value(QLatin1String("id")).toString();
    const RunFacts facts = factsFor(flowId, index);
    const QString id = QUuid::createUuidV5(runNamespace, flowId + QLatin1Char('/') + QString::number(index))
                           .toString(QUuid::WithoutBraces);
    return makeRun(id, flow, startSeconds * 1000, facts.durationSeconds * 1000, nowMs, facts.failed,
                   facts.inputRecords, facts.failedRecords, facts.hash);
}

QJsonObject RunSimulator::storedRun(const QJsonObject &record, qint64 nowMs) const
{
    const QJsonObject flow = m_context.store.get(QStringLiteral("flows"), record.value(QLatin1String("flowId")).toString());
    const qint64 input = qint64(record.value(QLatin1String("inputRecordCount")).toDouble());
    QJsonObject run = makeRun(record.value(QLatin1String("id")).toString(), flow,
                              qint64(record.value(QLatin1String("startedAtMs")).toDouble()), 60 * 1000, nowMs,
                              false, input, 0, 0);
    run.insert(QStringLiteral("retriggeredFrom"), record.value(QLatin1String("retriggeredFrom")));
    return run;
}

QList<QJsonObject> RunSimulator::runsOf(const QJsonObject &flow, int newest) const
{
    QList<QJsonObject> runs;
    const qint64 nowMs = m_context.nowMs();
    const qint64 nowSeconds = nowMs / 1000;
    const QJsonObject schedule = flow.value(QLatin1String("scheduleParams")).toObject();
    const qint64 start = schedule.value(QLatin1String("startTime")).toVariant().toLongLong();
    const qint64 period = periodSeconds(schedule);
    if (start > 0 && nowSeconds >= start) {
        const qint64 count = period == 0 ? 1 : (nowSeconds - start) / period + 1;
        const qint64 oldest = std::max<qint64>(0, count - std::min(newest, maxRunsPerFlow));
        for (qint64 index = count - 1; index >= oldest; --index)
            runs.append(generatedRun(flow, index, start + index * period, nowMs));
    }
    const QString flowId = flow.value(QLatin1String("id")).toString();
    for (const QJsonObject &record : m_context.store.list(runsKind)) {
        if (record.value(QLatin1String("flowId")).toString() == flowId)
            runs.append(storedRun(record, nowMs));
    }
    std::stable_sort(runs.begin(), runs.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QLatin1String("createdAt")).toDouble() > b.value(QLatin1String("createdAt")).toDouble();
    });
    return runs;
}

QList<QJsonObject> RunSimulator::allRuns() const
{
    QList<QJsonObject> runs;
    for (const QJsonObject &flow : m_context.store.list(QStringLiteral("flows")))
        runs.append(runsOf(flow));
    return runs;
}

QJsonObject RunSimulator::run(const QString &id) const
{
    for (const QJsonObject &candidate : allRuns()) {
        if (candidate.value(QLatin1String("id")).toString() == id)
            return candidate;
    }
    return {};
}

QJsonObject RunSimulator::lastRunDetails(const QJsonObject &flow) const
{
    // Only the newest scheduled run can still be in progress, so two are enough.
    for (const QJsonObject &candidate : runsOf(flow, 2)) {
        const QJsonObject metrics = candidate.value(QLatin1String("metrics")).toObject();
        const QString status = metrics.value(QLatin1String("statusSummary"))[QLatin1String("status")].toString();
        if (status == QLatin1String("inProgress"))
            continue;
        const QJsonObject duration = metrics.value(QLatin1String("durationSummary")).toObject();
        return QJsonObject{{"id", candidate.value(QLatin1String("id"))},
                           {"state", status},
                           {"startedAtUTC", duration.value(QLatin1String("startedAtUTC"))},
                           {"completedAtUTC", duration.value(QLatin1String("completedAtUTC"))}};
    }
    return {};
}

QJsonObject RunSimulator::retrigger(const QString &runId, QString *errorMessage)
{
    const QJsonObject original = run(runId);
    if (original.isEmpty()) {
        *errorMessage = QStringLiteral("Run %1 not found").arg(runId);
        return {};
    }
    const QString status = original.value(QLatin1String("metrics"))[QLatin1String("statusSummary")][QLatin1String("status")].toString();
    if (status != QLatin1String("failed")) {
        *errorMessage = QStringLiteral("Only a failed run can be re-triggered; run %1 is %2").arg(runId, status);
        return {};
    }
    const QString id = m_context.newUuid(runsKind);
    const QJsonObject record{
        {"id", id},
        {"flowId", original.value(QLatin1String("flowId"))},
        {"retriggeredFrom", runId},
        {"startedAtMs", double(m_context.nowMs())},
        {"inputRecordCount", original.value(QLatin1String("metrics"))[QLatin1String("recordSummary")][QLatin1String("inputRecordCount")]}};
    m_context.created(runsKind, id, record);
    return storedRun(record, m_context.nowMs());
}

} // namespace Dataflow::Sandbox
