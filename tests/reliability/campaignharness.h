// SPDX-License-Identifier: MIT
#pragma once

// Shared by the fault matrix and the seeded campaign: one in-process sandbox on loopback, the
// documented example session (a unique schema title per case), apply/resume/rollback in a fresh
// Engine per attempt (as a new process would) and the server-side invariant checks of
// RELIABILITY.md G1/G3 (resources carrying the run's marker, journal ids equal server ids).

#include "api/apiclient.h"
#include "engine/engine.h"
#include "engine/journal.h"
#include "sandboxserver.h"
#include "session/session.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

namespace Dataflow::Testing {

/** Retry delays on a virtual clock (no sleeping) and a seeded jitter source. */
class VirtualScheduler final : public Core::Scheduler
{
public:
    explicit VirtualScheduler(quint64 seed) : m_random(seed) {}
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch() + m_offsetMs; }
    void callLater(int delayMs, QObject *context, std::function<void()> callback) override
    {
        m_offsetMs += qMax(0, delayMs);
        QTimer::singleShot(0, context, std::move(callback));
    }
    double random() override { return m_random.generateDouble(); }
    qint64 virtualMs() const { return m_offsetMs; }

private:
    QRandomGenerator m_random;
    qint64 m_offsetMs = 0;
};

/** One request the sandbox answered: path without /data/foundation and without query. */
struct HandledRequest
{
    QString method;
    QString path;
    int status = 0;
};

/** A request of the happy path, as a fault rule can target it: METHOD PREFIX ... skip=N. */
struct RequestTarget
{
    int index = 0;
    QString method;
    QString path;   // as seen
    QString prefix; // path up to the first id-like segment
    int skip = 0;   // earlier happy-path requests the same rule would match

    QString rule(const QString &action) const
    {
        return QStringLiteral("%1 %2 %3 skip=%4").arg(method, prefix, action).arg(skip);
    }
};

struct RunResult
{
    bool ok = false;
    QString error;
    qint64 virtualMs = 0;
};

inline QString stripFoundation(const QString &path)
{
    static const QString foundation = QStringLiteral("/data/foundation");
    return path.startsWith(foundation) ? path.mid(foundation.size()) : path;
}

/** The path up to (not including) the first segment that is an id (changes from run to run). */
inline QString stablePrefix(const QString &path)
{
    static const QRegularExpression idLike(QStringLiteral("(\\d.*\\d.*\\d)|%|^[0-9a-f]{16,}$"));
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QString prefix;
    for (const QString &segment : segments) {
        if (idLike.match(segment).hasMatch())
            break;
        prefix += QLatin1Char('/') + segment;
    }
    return prefix.isEmpty() ? QStringLiteral("/") : prefix;
}

/** Turns a recorded sequence into fault targets (skip counts use the rule's own prefix match). */
inline QList<RequestTarget> targetsOf(const QList<HandledRequest> &sequence)
{
    QList<RequestTarget> targets;
    for (int i = 0; i < sequence.size(); ++i) {
        RequestTarget t;
        t.index = i;
        t.method = sequence.at(i).method;
        t.path = sequence.at(i).path;
        t.prefix = stablePrefix(t.path);
        for (int j = 0; j < i; ++j) {
            if (sequence.at(j).method == t.method && sequence.at(j).path.startsWith(t.prefix))
                ++t.skip;
        }
        targets.append(t);
    }
    return targets;
}

/** Resource kinds the example creates, with the journal's step key of each. */
inline const QList<QPair<QString, QString>> &createdKinds()
{
    static const QList<QPair<QString, QString>> kinds{
        {QStringLiteral("connections"), QStringLiteral("baseConnection")},
        {QStringLiteral("schemas"), QStringLiteral("schema")},
        {QStringLiteral("dataSets"), QStringLiteral("dataset")},
        {QStringLiteral("sourceConnections"), QStringLiteral("sourceConnection")},
        {QStringLiteral("targetConnections"), QStringLiteral("targetConnection")},
        {QStringLiteral("mappingSets"), QStringLiteral("mappingSet")},
        {QStringLiteral("flows"), QStringLiteral("flow")},
    };
    return kinds;
}

/**
 * Where the campaign keeps its sessions and journals: DATAFLOW_CAMPAIGN_TMPDIR, else /dev/shm when
 * it is a writable folder (tmpfs), else the system temp folder. Every journal save fsyncs the file
 * and its folder; on a disk shared with builds or the crash test one fsync took seconds and a run
 * passed the hang limit while its requests were fine. Durability is tst_crashsafety's subject, on
 * the real file system; here fsync is only in the way.
 */
inline QString workFolderTemplate()
{
    QString folder = qEnvironmentVariable("DATAFLOW_CAMPAIGN_TMPDIR");
    if (folder.isEmpty()) {
        const QFileInfo shm(QStringLiteral("/dev/shm"));
        folder = shm.isDir() && shm.isWritable() ? shm.filePath() : QDir::tempPath();
    }
    return folder + QStringLiteral("/dataflow-campaign-XXXXXX");
}

class CampaignHarness
{
public:
    static inline const QString clientSecret = QStringLiteral("canary-client-secret-Zq81");
    static inline const QString sourcePassword = QStringLiteral("canary-source-pw-Xk27");

    int deadlineMs = 1000;
    int reconcilePolls = 1;
    int reconcileIntervalMs = 20;
    // An apply or rollback slower than this is a hang (DATAFLOW_CAMPAIGN_HANG_S, default 60 s).
    int hangMs = [] {
        const int seconds = qEnvironmentVariableIntValue("DATAFLOW_CAMPAIGN_HANG_S");
        return (seconds > 0 ? seconds : 60) * 1000;
    }();

    bool start(QString *error)
    {
        qRegisterMetaType<std::optional<Core::ApiError>>();
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary directory");
            return false;
        }
        const auto example = Core::SessionFile::load(QStringLiteral(DATAFLOW_SOURCE_DIR "/docs/examples/servicenow-incidents.json"), error);
        if (!example)
            return false;
        m_example = *example;
        Sandbox::SandboxConfig config;
        config.clientId = m_example.environment.clientId;
        config.clientSecret = clientSecret;
        config.orgId = m_example.environment.orgId;
        config.sandboxName = m_example.environment.sandbox;
        m_sandbox = std::make_unique<Sandbox::SandboxServer>(config);
        if (!m_sandbox->start(error))
            return false;
        m_manager.setAutoDeleteReplies(true);
        QObject::connect(m_sandbox.get(), &Sandbox::SandboxServer::requestHandled, m_sandbox.get(),
                         [this](const QString &method, const QString &path, int status) {
            if (path.startsWith(QLatin1String("/_sandbox")))
                return;
            if (m_recording)
                m_log.append(HandledRequest{method, stripFoundation(path), status});
            m_recent.append(QStringLiteral("%1 %2 %3").arg(method, stripFoundation(path)).arg(status));
            if (m_recent.size() > 12)
                m_recent.removeFirst();
        });
        return true;
    }

    Sandbox::SandboxServer &sandbox() { return *m_sandbox; }

    void startRecording()
    {
        m_log.clear();
        m_recording = true;
    }
    QList<HandledRequest> stopRecording()
    {
        m_recording = false;
        return m_log;
    }

    /** A new session file from the example; the name makes the schema title unique. */
    QString freshSession(const QString &name)
    {
        QString file = name;
        file.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
        const QString path = m_dir.filePath(file + QStringLiteral(".json"));
        QFile::remove(path);
        QFile::remove(Core::Journal::pathFor(path));
        Core::Session s = m_example;
        s.schema.title = s.schema.title + QLatin1Char(' ') + name;
        Core::SessionFile::save(path, s);
        return path;
    }

    /** Removes a finished case's session, journal and backups (the folder stays small). */
    void discard(const QString &sessionPath)
    {
        const QFileInfo info(sessionPath);
        const QStringList names = info.dir().entryList({info.fileName() + QLatin1Char('*')}, QDir::Files | QDir::Hidden);
        for (const QString &name : names)
            QFile::remove(info.dir().filePath(name));
    }

    /** Applies (or rolls back) in a fresh client and Engine. */
    RunResult run(const QString &sessionPath, bool rollback, quint64 seed = 1)
    {
        RunResult result;
        auto session = Core::SessionFile::load(sessionPath, &result.error);
        if (!session)
            return result;
        Core::ClientConfig config;
        config.platformUrl = m_sandbox->url();
        config.imsUrl = m_sandbox->url();
        config.orgId = session->environment.orgId;
        config.clientId = session->environment.clientId;
        config.deadlineMs = deadlineMs;
        config.transferTimeoutMs = deadlineMs;
        config.backoffBaseMs = 5;
        config.backoffCapMs = 20;
        Core::ApiClient client(&m_manager, config);
        auto scheduler = std::make_shared<VirtualScheduler>(seed);
        client.setScheduler(scheduler);
        client.setClientSecret(clientSecret);
        Core::Engine engine(&client);
        engine.setSession(*session);
        engine.setJournalPath(Core::Journal::pathFor(sessionPath));
        engine.setSourceSecrets(QJsonObject{{QStringLiteral("password"), sourcePassword}});
        engine.setReconcilePolls(reconcilePolls, reconcileIntervalMs);
        QObject::connect(&engine, &Core::Engine::sessionChanged, &engine, [sessionPath](const Core::Session &s) {
            Core::SessionFile::save(sessionPath, s);
        });
        QStringList progress;
        QObject::connect(&engine, &Core::Engine::progress, &engine, [&progress](const QString &line) { progress.append(line); });
        QSignalSpy finished(&engine, &Core::Engine::finished);
        if (rollback)
            engine.rollback();
        else
            engine.apply();
        if (finished.isEmpty() && !finished.wait(hangMs)) {
            // A hang report: what the client still waits for, what the engine said last and what the
            // sandbox answered last. Then everything is cancelled so the next run starts clean.
            QStringList report{QStringLiteral("engine did not finish within %1 s (%2)").arg(hangMs / 1000).arg(rollback ? QLatin1String("rollback") : QLatin1String("apply"))};
            const QStringList inFlight = client.describeInFlight();
            report.append(QStringLiteral("in flight: ") + (inFlight.isEmpty() ? QStringLiteral("nothing") : inFlight.join(QStringLiteral("; "))));
            report.append(QStringLiteral("last progress: ") + progress.mid(qMax(0, int(progress.size()) - 8)).join(QStringLiteral(" | ")));
            report.append(QStringLiteral("last answers: ") + m_recent.join(QStringLiteral(", ")));
            result.error = report.join(QStringLiteral("\n    "));
            qWarning("HANG %s", qPrintable(result.error)); // now: a watchdog may end the process before the run reports
            engine.cancel();
            client.cancelAll();
            return result;
        }
        result.ok = finished.first().at(0).toBool();
        if (!result.ok) {
            const auto e = finished.first().at(1).value<std::optional<Core::ApiError>>();
            result.error = e ? e->toString() : QStringLiteral("failed");
        }
        result.virtualMs = scheduler->virtualMs();
        return result;
    }

    std::optional<Core::Journal> journalOf(const QString &sessionPath) const
    {
        QString error;
        return Core::Journal::load(Core::Journal::pathFor(sessionPath), &error);
    }

    QString runIdOf(const QString &sessionPath) const
    {
        const auto journal = journalOf(sessionPath);
        return journal ? journal->runId : QString();
    }

    static QString idOf(const QJsonObject &o)
    {
        const QString id = o.value(QStringLiteral("id")).toString();
        return id.isEmpty() ? o.value(QStringLiteral("$id")).toString() : id;
    }

    QList<QJsonObject> withMarker(const QString &kind, const QString &runId) const
    {
        const QString prefix = QStringLiteral("[dataflow:%1:").arg(runId);
        QList<QJsonObject> out;
        for (const QJsonObject &o : m_sandbox->resources(kind)) {
            for (const char *key : {"name", "description", "title"}) {
                if (o.value(QLatin1String(key)).toString().contains(prefix)) {
                    out.append(o);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * After a successful apply: one resource per kind with the run's marker (mapping sets: at most
     * mappingSetsAllowed, since Data Prep has no DELETE), the journal's ids are those resources,
     * the flow uses the journal's source/target connections and mapping set. Empty = all hold.
     */
    QString checkApplied(const QString &sessionPath, int mappingSetsAllowed = 1) const
    {
        const auto journal = journalOf(sessionPath);
        if (!journal || journal->runId.isEmpty())
            return QStringLiteral("no journal");
        QStringList problems;
        QHash<QString, QString> ids;
        for (const auto &[kind, key] : createdKinds()) {
            const QList<QJsonObject> found = withMarker(kind, journal->runId);
            const int allowed = kind == QLatin1String("mappingSets") ? mappingSetsAllowed : 1;
            if (found.isEmpty() || found.size() > allowed)
                problems.append(QStringLiteral("%1: %2 with the marker (allowed 1..%3)").arg(kind).arg(found.size()).arg(allowed));
            const QString journalId = journal->entries.value(key).id;
            ids.insert(key, journalId);
            bool listed = false;
            for (const QJsonObject &o : found)
                listed = listed || idOf(o) == journalId;
            if (!listed)
                problems.append(QStringLiteral("%1: journal id '%2' is not a marker resource").arg(kind, journalId));
        }
        QJsonObject flow;
        for (const QJsonObject &f : withMarker(QStringLiteral("flows"), journal->runId))
            flow = f;
        if (flow.value(QStringLiteral("sourceConnectionIds")).toArray().first().toString() != ids.value(QStringLiteral("sourceConnection")))
            problems.append(QStringLiteral("flow: source connection is not the journal's"));
        if (flow.value(QStringLiteral("targetConnectionIds")).toArray().first().toString() != ids.value(QStringLiteral("targetConnection")))
            problems.append(QStringLiteral("flow: target connection is not the journal's"));
        QStringList mappingIds;
        for (const auto &t : flow.value(QStringLiteral("transformations")).toArray())
            if (t.toObject().value(QStringLiteral("name")).toString() == QLatin1String("Mapping"))
                mappingIds.append(t.toObject().value(QStringLiteral("params")).toObject().value(QStringLiteral("mappingId")).toString());
        if (mappingIds != QStringList{ids.value(QStringLiteral("mappingSet"))})
            problems.append(QStringLiteral("flow: uses mapping sets [%1], journal has %2").arg(mappingIds.join(QLatin1Char(',')), ids.value(QStringLiteral("mappingSet"))));
        QString error;
        const auto session = Core::SessionFile::load(sessionPath, &error);
        if (!session)
            problems.append(QStringLiteral("session: %1").arg(error));
        else if (session->applied.flowId != ids.value(QStringLiteral("flow")) || session->applied.mappingSetId != ids.value(QStringLiteral("mappingSet")))
            problems.append(QStringLiteral("session: applied ids differ from the journal"));
        return problems.join(QStringLiteral("; "));
    }

    /** After a rollback: nothing with the marker but the mapping set(s). Empty = all hold. */
    QString checkRolledBack(const QString &runId, int mappingSetsAllowed = 1) const
    {
        QStringList problems;
        for (const auto &[kind, key] : createdKinds()) {
            Q_UNUSED(key)
            const int n = int(withMarker(kind, runId).size());
            const bool mapping = kind == QLatin1String("mappingSets");
            if (mapping ? (n < 1 || n > mappingSetsAllowed) : n != 0)
                problems.append(QStringLiteral("%1: %2 left with the marker").arg(kind).arg(n));
        }
        return problems.join(QStringLiteral("; "));
    }

private:
    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    QNetworkAccessManager m_manager;
    QTemporaryDir m_dir{workFolderTemplate()};
    Core::Session m_example;
    bool m_recording = false;
    QList<HandledRequest> m_log;
    QStringList m_recent; // the sandbox's last answers, for hang reports
};

} // namespace Dataflow::Testing
