// SPDX-License-Identifier: MIT
// Crash safety (RELIABILITY.md 4, F15, F16 and G4): dataflowctl apply against aep-sandbox (a
// separate process) is killed with SIGKILL by strace at the Nth rename, fsync, fdatasync and write
// syscall, and at seeded random times (half of them after 1-2 random faults); rollback likewise at
// every rename and at random times. After every kill the session and the journal parse (old
// or new generation, never torn); a normal apply then converges with exactly the resources of a
// clean apply, each carrying the run's marker once, no extra resources under any marker, and no
// stray "*.XXXXXX" temp file left in the folder. EIO/ENOSPC injected at every rename and fsync:
// the user is told (stderr names the file and the error) and the next apply converges. About 2.5
// minutes: exhaustive for rename and fsync, 40 evenly spaced writes (counts printed).
#include "sandboxprocess.h"
#include "engine/journal.h"
#include "session/session.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <iterator>
#include <optional>

using namespace Dataflow::Core;
using namespace DataflowTest;

namespace {
const QString kSecret = QStringLiteral("crash-test-secret-41");
const QStringList kKinds{QStringLiteral("connections"), QStringLiteral("sourceConnections"), QStringLiteral("targetConnections"),
                         QStringLiteral("schemas"), QStringLiteral("dataSets"), QStringLiteral("mappingSets"), QStringLiteral("flows")};
constexpr quint32 kSeed = 20261204;

int envCount(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value >= 0 ? value : fallback;
}

// Bounded by default (the test command): each test function (and row) starts no new case after
// DATAFLOW_CRASH_BUDGET_S (90 s), so a slow build (ASan) still reaches every section, and each
// section must run at least one case. DATAFLOW_RANDOM_KILLS and DATAFLOW_ROLLBACK_KILLS with a
// bigger budget make a long run (RELIABILITY.md G4: 1,000 random-time kills).
const qint64 kBudgetMs = qint64(envCount("DATAFLOW_CRASH_BUDGET_S", 90)) * 1000;
const int kRandomKills = envCount("DATAFLOW_RANDOM_KILLS", 150);
const int kRollbackKills = envCount("DATAFLOW_ROLLBACK_KILLS", 40);

// Faults a killed apply may meet first (a G1 scenario): transient errors before and after the
// effect, dropped and cut answers, a stale token. Targets are the creates and the reads before them.
const char *const kFaultTargets[] = {
    "POST /ims/token/v3", "GET /data/foundation/flowservice/connectionSpecs", "POST /data/foundation/flowservice/connections",
    "POST /data/foundation/schemaregistry/tenant/schemas", "POST /data/foundation/catalog/dataSets",
    "POST /data/foundation/flowservice/sourceConnections", "POST /data/foundation/flowservice/targetConnections",
    "POST /data/foundation/conversion/mappingSets", "POST /data/foundation/flowservice/flows",
};
const char *const kFaultActions[] = {"429", "500", "503", "503-after-commit", "500-after-commit", "drop-before",
                                     "drop-after-commit", "truncate", "malformed-json", "401"};
} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    QString m_strace;
    QElapsedTimer m_clock;
    QElapsedTimer m_sectionClock; // restarted for every test function and row (init())
    int m_iteration = 0;
    QMap<QString, int> m_expected; // resources one clean apply creates with its marker, per kind
    QMap<QString, int> m_syscalls; // counts in one clean apply
    int m_kills = 0;
    int m_straySeenAfterKill = 0;
    QStringList m_strayAfterRecovery; // kills after which the next apply left a temp file
    int m_notReached = 0;
    int m_failedSaveExitZero = 0; // failed saves after which dataflowctl still exited 0
    QStringList m_exitZeroCases; // write sweeps: the Nth write did not happen in that run
    int m_killedMidRun = 0;      // random-time kills that met a running process

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &key : env.keys()) {
            if (key.startsWith(QLatin1String("AEP_")))
                env.remove(key);
        }
        env.insert(QStringLiteral("AEP_CLIENT_SECRET"), kSecret);
        env.insert(QStringLiteral("AEP_SOURCE_PASSWORD"), QStringLiteral("crash-test-password"));
        env.insert(QStringLiteral("AEP_PLATFORM_URL"), m_sandbox.url().toString());
        env.insert(QStringLiteral("AEP_IMS_URL"), m_sandbox.url().toString());
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        return env;
    }

    /** A fresh folder with a fresh copy of the example session: a new run id every time. */
    QString freshSession()
    {
        const QString folder = m_dir.filePath(QStringLiteral("run%1").arg(++m_iteration, 4, 10, QLatin1Char('0')));
        QDir().mkpath(folder);
        const QString path = folder + QStringLiteral("/session.json");
        // Schema titles are unique per sandbox: each run gets its own title (and names, for reading).
        QFile example(QStringLiteral(DATAFLOW_SOURCE_DIR "/docs/examples/servicenow-incidents.json"));
        if (!example.open(QIODevice::ReadOnly))
            return path;
        const QString suffix = QStringLiteral(" %1").arg(m_iteration, 4, 10, QLatin1Char('0'));
        QJsonObject root = QJsonDocument::fromJson(example.readAll()).object();
        QJsonObject target = root.value(QStringLiteral("target")).toObject();
        QJsonObject schema = target.value(QStringLiteral("schema")).toObject();
        schema.insert(QStringLiteral("title"), schema.value(QStringLiteral("title")).toString() + suffix);
        target.insert(QStringLiteral("schema"), schema);
        QJsonObject dataset = target.value(QStringLiteral("dataset")).toObject();
        dataset.insert(QStringLiteral("name"), dataset.value(QStringLiteral("name")).toString() + suffix);
        target.insert(QStringLiteral("dataset"), dataset);
        root.insert(QStringLiteral("target"), target);
        QFile out(path);
        if (out.open(QIODevice::WriteOnly))
            out.write(QJsonDocument(root).toJson());
        out.close();
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

    CtlResult apply(const QString &session)
    {
        return runProgram(QStringLiteral(DATAFLOW_BIN_DIR "/dataflowctl"), {QStringLiteral("apply"), session}, environment());
    }

    /** Resources per kind carrying [dataflow:runId: in the sandbox, and all resources per kind. */
    QMap<QString, int> countMarked(const QString &runId, QMap<QString, int> *totals = nullptr)
    {
        QMap<QString, int> counts;
        const QByteArray needle = "[dataflow:" + runId.toUtf8() + ":";
        for (const QString &kind : kKinds) {
            const QJsonObject answer = m_sandbox.control("GET", QStringLiteral("/_sandbox/resources/") + kind);
            const QJsonValue items = answer.value(QStringLiteral("items"));
            QJsonArray list;
            if (items.isArray())
                list = items.toArray();
            else
                for (const QJsonValue &v : items.toObject())
                    list.append(v);
            int n = 0;
            for (const QJsonValue &v : list) {
                if (QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact).contains(needle))
                    ++n;
            }
            counts.insert(kind, n);
            if (totals)
                totals->insert(kind, list.size());
        }
        return counts;
    }

    static QStringList strayTemps(const QString &session)
    {
        static const QRegularExpression temp(QStringLiteral("^.+\\.[A-Za-z0-9]{6}$"));
        QStringList found;
        for (const QString &name : QFileInfo(session).dir().entryList(QDir::Files | QDir::Hidden)) {
            if (temp.match(name).hasMatch())
                found.append(name);
        }
        return found;
    }

    /** After a kill: both files parse; then a normal apply converges with no duplicates. */
    void checkAfterKill(const QString &session, const QString &what, const QMap<QString, int> &totalsBefore)
    {
        ++m_kills;
        if (!strayTemps(session).isEmpty())
            ++m_straySeenAfterKill;
        QString error;
        QVERIFY2(SessionFile::load(session, &error), qPrintable(what + QStringLiteral(": session torn: ") + error));
        // Journal::load removes the journal's stray temp files: parse a copy, so the cleanup
        // checked below is the application's own.
        const QString copy = m_dir.filePath(QStringLiteral("journal-copy.json"));
        QFile::remove(copy);
        if (QFile::exists(Journal::pathFor(session)))
            QVERIFY(QFile::copy(Journal::pathFor(session), copy));
        const auto crashedJournal = Journal::load(copy, &error);
        QVERIFY2(crashedJournal, qPrintable(what + QStringLiteral(": journal torn: ") + error));

        const CtlResult recovery = apply(session);
        QVERIFY2(recovery.exitCode == 0, qPrintable(what + QStringLiteral(": recovery apply failed: ") + QString::fromUtf8(recovery.err.right(2000))));
        const auto journal = Journal::load(Journal::pathFor(session), &error);
        QVERIFY2(journal && !journal->runId.isEmpty(), qPrintable(what + error));
        if (!crashedJournal->runId.isEmpty())
            QCOMPARE(journal->runId, crashedJournal->runId); // resume kept the run: earlier creates are found
        QMap<QString, int> after;
        const QMap<QString, int> marked = countMarked(journal->runId, &after);
        for (const QString &kind : kKinds) {
            QVERIFY2(marked.value(kind) == m_expected.value(kind),
                     qPrintable(QStringLiteral("%1: %2 %3 with the run's marker, expected %4").arg(what, kind).arg(marked.value(kind)).arg(m_expected.value(kind))));
            // Nothing else appeared either (a lost run id would leave resources under another marker).
            QVERIFY2(after.value(kind) - totalsBefore.value(kind) == m_expected.value(kind),
                     qPrintable(QStringLiteral("%1: %2 grew by %3, expected %4").arg(what, kind).arg(after.value(kind) - totalsBefore.value(kind)).arg(m_expected.value(kind))));
        }
        // Collected rather than asserted here, so one missing cleanup does not end the sweep.
        const QStringList stray = strayTemps(session);
        if (!stray.isEmpty())
            m_strayAfterRecovery.append(what + QStringLiteral(": ") + stray.join(QLatin1Char(' ')));
        QVERIFY(SessionFile::load(session, &error));
        QVERIFY2(!SessionFile::load(session, &error)->applied.flowId.isEmpty(), qPrintable(what));
    }

    bool overBudget() const { return m_sectionClock.elapsed() > kBudgetMs; }

    void sweep(const QString &syscall, int total, int maxCases)
    {
        QList<int> whens;
        if (total <= maxCases) {
            for (int n = 1; n <= total; ++n)
                whens.append(n);
        } else {
            for (int i = 0; i < maxCases; ++i)
                whens.append(1 + int(qint64(i) * (total - 1) / (maxCases - 1)));
        }
        int done = 0;
        for (int n : whens) {
            if (overBudget())
                break;
            const QString session = freshSession();
            QMap<QString, int> totals;
            countMarked(QString(), &totals);
            const QString trace = (syscall == QLatin1String("rename")) ? QStringLiteral("rename,renameat,renameat2") : syscall;
            const CtlResult killed = runProgram(m_strace, {QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                                                           QStringLiteral("-e"), QStringLiteral("trace=") + trace,
                                                           QStringLiteral("-e"), QStringLiteral("inject=%1:signal=SIGKILL:when=%2").arg(trace).arg(n),
                                                           QStringLiteral(DATAFLOW_BIN_DIR "/dataflowctl"), QStringLiteral("apply"), session},
                                                environment());
            const QString what = QStringLiteral("SIGKILL at %1 #%2 of %3").arg(syscall).arg(n).arg(total);
            if (killed.exitCode == 0 && !killed.crashed) {
                // Network writes vary from run to run: the Nth write may not come. Renames and
                // fsyncs of the session and journal are deterministic and must be hit.
                QVERIFY2(syscall == QLatin1String("write"), qPrintable(what + QStringLiteral(": the process was not killed")));
                ++m_notReached;
            }
            checkAfterKill(session, what, totals);
            if (QTest::currentTestFailed())
                return;
            ++done;
        }
        qInfo("%s: killed at %d of %d syscalls (%lld ms so far)", qPrintable(syscall), done, total, m_clock.elapsed());
        QVERIFY2(done > 0, "the budget ended the sweep before its first case");
    }

private slots:
    void init() { m_sectionClock.start(); }

    void initTestCase()
    {
        m_clock.start();
        m_sectionClock.start();
        m_strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
        QVERIFY2(!m_strace.isEmpty(), "strace is required for this test (apt-get install strace)");
        QVERIFY(QFile::exists(QStringLiteral(DATAFLOW_BIN_DIR "/dataflowctl")));
        QString error;
        const auto example = SessionFile::load(QStringLiteral(DATAFLOW_SOURCE_DIR "/docs/examples/servicenow-incidents.json"), &error);
        QVERIFY2(example, qPrintable(error));
        const QString startError = m_sandbox.start({QStringLiteral("--client-id"), example->environment.clientId,
                                                    QStringLiteral("--client-secret"), kSecret,
                                                    QStringLiteral("--org-id"), example->environment.orgId});
        QVERIFY2(startError.isEmpty(), qPrintable(startError));
        // strace must be allowed to trace here (ptrace): a failure is a failure, not a skip.
        const CtlResult probe = runProgram(m_strace, {QStringLiteral("-qq"), QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("true")},
                                           QProcessEnvironment::systemEnvironment(), 10000);
        QVERIFY2(probe.exitCode == 0, probe.err.constData());
    }

    /** Runs dataflowctl COMMAND SESSION under strace; counts its renames, fsyncs, fdatasyncs and writes. */
    std::optional<QMap<QString, int>> countSyscalls(const QString &command, const QString &session, QByteArray *err)
    {
        const QString log = m_dir.filePath(QStringLiteral("count.strace"));
        const CtlResult r = runProgram(m_strace, {QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-o"), log,
                                                  QStringLiteral("-e"), QStringLiteral("trace=rename,renameat,renameat2,fsync,fdatasync,write"),
                                                  QStringLiteral(DATAFLOW_BIN_DIR "/dataflowctl"), command, session},
                                       environment());
        *err = r.err;
        QFile f(log);
        if (r.exitCode != 0 || !f.open(QIODevice::ReadOnly))
            return std::nullopt;
        static const QRegularExpression call(QStringLiteral("^(?:\\d+\\s+)?(rename|renameat|renameat2|fsync|fdatasync|write)\\("));
        QMap<QString, int> counts;
        for (const QByteArray &line : f.readAll().split('\n')) {
            const auto m = call.match(QString::fromUtf8(line));
            if (m.hasMatch())
                counts[m.captured(1).startsWith(QLatin1String("rename")) ? QStringLiteral("rename") : m.captured(1)] += 1;
        }
        f.close();
        QFile::remove(log);
        return counts;
    }

    void cleanApplyCounts()
    {
        const QString session = freshSession();
        QByteArray err;
        const auto counts = countSyscalls(QStringLiteral("apply"), session, &err);
        QVERIFY2(counts, err.constData());
        m_syscalls = *counts;
        qInfo("one clean apply: %d renames, %d fsync, %d fdatasync, %d write", m_syscalls.value(QStringLiteral("rename")),
              m_syscalls.value(QStringLiteral("fsync")), m_syscalls.value(QStringLiteral("fdatasync")), m_syscalls.value(QStringLiteral("write")));
        QVERIFY(m_syscalls.value(QStringLiteral("rename")) >= 2); // the journal and the session are saved by rename
        QVERIFY(m_syscalls.value(QStringLiteral("fsync")) >= 2);  // and fsynced (file and folder)
        QString error;
        const auto journal = Journal::load(Journal::pathFor(session), &error);
        QVERIFY2(journal && !journal->runId.isEmpty(), qPrintable(error));
        m_expected = countMarked(journal->runId);
        int total = 0;
        for (const QString &kind : kKinds) {
            QVERIFY2(m_expected.value(kind) <= 1, qPrintable(kind));
            total += m_expected.value(kind);
        }
        qInfo("marked resources of one clean apply: %d", total);
        QVERIFY(total >= 5);
        QVERIFY(strayTemps(session).isEmpty());
    }

    void killAtEveryRename() { sweep(QStringLiteral("rename"), m_syscalls.value(QStringLiteral("rename")), 60); }
    void killAtEveryFsync() { sweep(QStringLiteral("fsync"), m_syscalls.value(QStringLiteral("fsync")), 60); }
    void killAtFdatasync()
    {
        const int total = m_syscalls.value(QStringLiteral("fdatasync"));
        if (total == 0) {
            qInfo("fdatasync: not called by apply (SafeFile uses fsync): nothing to inject");
            return;
        }
        sweep(QStringLiteral("fdatasync"), total, 30);
    }
    void killAtWrites() { sweep(QStringLiteral("write"), m_syscalls.value(QStringLiteral("write")), 40); }

    /** 1-2 random faults for a G1 scenario, as sandbox rules (see docs/sandbox.md). */
    QStringList randomFaults(QRandomGenerator &random) const
    {
        QStringList rules;
        const int n = random.bounded(1, 3);
        for (int i = 0; i < n; ++i) {
            const QString target = QString::fromLatin1(kFaultTargets[random.bounded(int(std::size(kFaultTargets)))]);
            QString action = QString::fromLatin1(kFaultActions[random.bounded(int(std::size(kFaultActions)))]);
            // Qt re-sends a POST whose connection dropped after the create, and mapping sets have no
            // DELETE: that known, reported leftover is kept out of this count-exact check.
            if (target.endsWith(QLatin1String("mappingSets")) && action == QLatin1String("drop-after-commit"))
                action = QStringLiteral("503-after-commit");
            rules.append(target + QLatin1Char(' ') + action);
        }
        return rules;
    }

    bool armFaults(const QStringList &rules)
    {
        m_sandbox.control("DELETE", QStringLiteral("/_sandbox/faults"));
        for (const QString &rule : rules) {
            const QJsonObject answer = m_sandbox.control("POST", QStringLiteral("/_sandbox/faults"), {{QStringLiteral("rule"), rule}});
            if (!answer.contains(QStringLiteral("faults")))
                return false;
        }
        return true;
    }

    /** Starts dataflowctl COMMAND SESSION and kills it with SIGKILL after delayMs (if still running). */
    bool killAfter(const QString &command, const QString &session, int delayMs)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(DATAFLOW_BIN_DIR "/dataflowctl"), {command, session});
        if (!p.waitForStarted(10000))
            return false;
        QTest::qSleep(delayMs); // the kill time, not an assertion
        p.kill();
        p.waitForFinished(10000);
        if (p.exitStatus() == QProcess::CrashExit)
            ++m_killedMidRun;
        return true;
    }

    void killAtRandomTimes()
    {
        // G4: SIGKILL at seeded random times of an apply; every other apply first meets 1-2 random
        // faults (a G1 scenario), disarmed before the recovery apply.
        QRandomGenerator random(kSeed);
        // A clean apply's wall time bounds the delays (measured, not asserted).
        QElapsedTimer t;
        t.start();
        const CtlResult clean = apply(freshSession());
        QVERIFY(clean.exitCode == 0);
        const int span = int(qMax<qint64>(20, t.elapsed()));
        int done = 0;
        int withFaults = 0;
        for (int i = 0; i < kRandomKills && !overBudget(); ++i) {
            const QString session = freshSession();
            QMap<QString, int> totals;
            countMarked(QString(), &totals);
            const int delay = int(random.bounded(span));
            const QStringList faults = i % 2 ? randomFaults(random) : QStringList();
            QVERIFY2(armFaults(faults), qPrintable(faults.join(QStringLiteral(" | "))));
            withFaults += faults.isEmpty() ? 0 : 1;
            QVERIFY(killAfter(QStringLiteral("apply"), session, delay));
            m_sandbox.control("DELETE", QStringLiteral("/_sandbox/faults"));
            const QString what = QStringLiteral("random kill %1 after %2 ms (seed %3)%4").arg(i).arg(delay).arg(kSeed)
                                     .arg(faults.isEmpty() ? QString() : QStringLiteral(" with faults [%1]").arg(faults.join(QStringLiteral(" | "))));
            checkAfterKill(session, what, totals);
            if (QTest::currentTestFailed())
                return;
            ++done;
        }
        qInfo("random kills: %d of %d (%d with faults armed, %d met a running apply; apply takes ~%d ms)", done, kRandomKills,
              withFaults, m_killedMidRun, span);
        QVERIFY(done > 0);
    }

    /** After a rollback: only the mapping set keeps the marker, nothing else grew, no temp file. */
    void checkRolledBack(const QString &session, const QString &runId, const QString &what, const QMap<QString, int> &totalsBefore)
    {
        QString error;
        QVERIFY2(SessionFile::load(session, &error), qPrintable(what + QStringLiteral(": session torn: ") + error));
        const auto journal = Journal::load(Journal::pathFor(session), &error);
        QVERIFY2(journal, qPrintable(what + QStringLiteral(": journal torn: ") + error));
        QMap<QString, int> after;
        const QMap<QString, int> marked = countMarked(runId, &after);
        for (const QString &kind : kKinds) {
            const int expected = kind == QLatin1String("mappingSets") ? m_expected.value(kind) : 0;
            QVERIFY2(marked.value(kind) == expected,
                     qPrintable(QStringLiteral("%1: %2 %3 left with the run's marker, expected %4").arg(what, kind).arg(marked.value(kind)).arg(expected)));
            QVERIFY2(after.value(kind) - totalsBefore.value(kind) == expected,
                     qPrintable(QStringLiteral("%1: %2 grew by %3, expected %4").arg(what, kind).arg(after.value(kind) - totalsBefore.value(kind)).arg(expected)));
        }
        const QStringList stray = strayTemps(session);
        if (!stray.isEmpty())
            m_strayAfterRecovery.append(what + QStringLiteral(": ") + stray.join(QLatin1Char(' ')));
    }

    void killDuringRollback()
    {
        // G4 for the way back: a rollback killed at every rename of its journal and session and at
        // seeded random times. Both files parse, and the next rollback removes everything but the
        // mapping set (no delete API), creating nothing.
        QRandomGenerator random(kSeed + 1);
        auto appliedSession = [this](QMap<QString, int> *totals, QString *runId) {
            const QString session = freshSession();
            countMarked(QString(), totals);
            const CtlResult applied = apply(session);
            QString error;
            const auto journal = Journal::load(Journal::pathFor(session), &error);
            *runId = journal ? journal->runId : QString();
            return applied.exitCode == 0 && !runId->isEmpty() ? session : QString();
        };
        // One clean rollback: its renames and its wall time.
        QMap<QString, int> totals;
        QString runId;
        QString session = appliedSession(&totals, &runId);
        QVERIFY(!session.isEmpty());
        QByteArray err;
        const auto counts = countSyscalls(QStringLiteral("rollback"), session, &err);
        QVERIFY2(counts, err.constData());
        const int renames = counts->value(QStringLiteral("rename"));
        checkRolledBack(session, runId, QStringLiteral("clean rollback"), totals);
        // The random kill times are drawn from a rollback's wall time without strace.
        session = appliedSession(&totals, &runId);
        QVERIFY(!session.isEmpty());
        QElapsedTimer t;
        t.start();
        const CtlResult timed = runProgram(QStringLiteral(DATAFLOW_BIN_DIR "/dataflowctl"), {QStringLiteral("rollback"), session}, environment());
        const int span = int(qMax<qint64>(20, t.elapsed()));
        QVERIFY2(timed.exitCode == 0, timed.err.constData());
        checkRolledBack(session, runId, QStringLiteral("timed rollback"), totals);
        QVERIFY(renames >= 2);

        int done = 0;
        const int killedBefore = m_killedMidRun;
        const int cases = renames + kRollbackKills;
        for (int i = 0; i < cases && !overBudget(); ++i) {
            session = appliedSession(&totals, &runId);
            QVERIFY(!session.isEmpty());
            QString what;
            if (i < renames) {
                const CtlResult killed = runProgram(m_strace, {QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                                                               QStringLiteral("-e"), QStringLiteral("trace=rename,renameat,renameat2"),
                                                               QStringLiteral("-e"), QStringLiteral("inject=rename,renameat,renameat2:signal=SIGKILL:when=%1").arg(i + 1),
                                                               QStringLiteral(DATAFLOW_BIN_DIR "/dataflowctl"), QStringLiteral("rollback"), session},
                                                    environment());
                what = QStringLiteral("rollback: SIGKILL at rename #%1 of %2").arg(i + 1).arg(renames);
                QVERIFY2(killed.exitCode != 0 || killed.crashed, qPrintable(what + QStringLiteral(": the process was not killed")));
            } else {
                const int delay = int(random.bounded(span));
                what = QStringLiteral("rollback: random kill after %1 ms (seed %2)").arg(delay).arg(kSeed + 1);
                QVERIFY(killAfter(QStringLiteral("rollback"), session, delay));
            }
            ++m_kills;
            QString error;
            QVERIFY2(SessionFile::load(session, &error), qPrintable(what + QStringLiteral(": session torn: ") + error));
            QVERIFY2(Journal::load(Journal::pathFor(session), &error), qPrintable(what + QStringLiteral(": journal torn: ") + error));
            const CtlResult again = runProgram(QStringLiteral(DATAFLOW_BIN_DIR "/dataflowctl"), {QStringLiteral("rollback"), session}, environment());
            QVERIFY2(again.exitCode == 0, qPrintable(what + QStringLiteral(": the next rollback failed: ") + QString::fromUtf8(again.err.right(1500))));
            checkRolledBack(session, runId, what, totals);
            if (QTest::currentTestFailed())
                return;
            ++done;
        }
        qInfo("rollback kills: %d of %d (%d renames of a rollback, %d random times within ~%d ms, %d met a running rollback)", done, cases,
              renames, kRollbackKills, span, m_killedMidRun - killedBefore);
        QVERIFY(done > 0);
    }

    void failedSavesAreReported_data()
    {
        QTest::addColumn<QString>("syscall");
        QTest::addColumn<QString>("errnoName");
        QTest::addColumn<QString>("text");
        QTest::newRow("rename EIO") << "rename" << "EIO" << "Input/output error";
        QTest::newRow("fsync EIO") << "fsync" << "EIO" << "Input/output error";
        QTest::newRow("fsync ENOSPC") << "fsync" << "ENOSPC" << "No space left on device";
    }

    void failedSavesAreReported()
    {
        // G5 and F16: the Nth rename or fsync of a save fails. The user is told (stderr names the file
        // and the OS error), both files still parse, and the next apply converges.
        QFETCH(QString, syscall);
        QFETCH(QString, errnoName);
        QFETCH(QString, text);
        const int total = m_syscalls.value(syscall);
        QVERIFY(total > 0);
        int exitZero = 0;
        int cacheHits = 0;
        int done = 0;
        for (int n = 1; n <= total && !overBudget(); ++n) {
            const QString session = freshSession();
            QMap<QString, int> totals;
            countMarked(QString(), &totals);
            const QString trace = syscall == QLatin1String("rename") ? QStringLiteral("rename,renameat,renameat2") : syscall;
            const QString log = m_dir.filePath(QStringLiteral("inject.strace"));
            QFile::remove(log);
            const CtlResult failed = runProgram(m_strace, {QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-y"), QStringLiteral("-o"), log,
                                                           QStringLiteral("-e"), QStringLiteral("trace=") + trace,
                                                           QStringLiteral("-e"), QStringLiteral("inject=%1:error=%2:when=%3").arg(trace, errnoName).arg(n),
                                                           QStringLiteral(DATAFLOW_BIN_DIR "/dataflowctl"), QStringLiteral("apply"), session},
                                                environment());
            const QString what = QStringLiteral("%1 %2 at #%3 of %4").arg(errnoName, syscall).arg(n).arg(total);
            QVERIFY2(!failed.crashed, qPrintable(what + QStringLiteral(": crashed")));
            // Which file did the failed call concern? (strace -y prints paths, marks "(INJECTED)".)
            QFile traced(log);
            QVERIFY(traced.open(QIODevice::ReadOnly));
            QByteArray injected;
            for (const QByteArray &line : traced.readAll().split('\n')) {
                if (line.contains("INJECTED"))
                    injected = line;
            }
            QVERIFY2(!injected.isEmpty(), qPrintable(what + QStringLiteral(": the call was not reached")));
            if (injected.contains("/cache/")) {
                // The flow spec cache is best effort: a failed cache write must not fail the apply.
                ++cacheHits;
                QVERIFY2(failed.exitCode == 0, qPrintable(what + QStringLiteral(" (cache): ") + QString::fromUtf8(failed.err.right(1500))));
            } else {
                QVERIFY2(failed.err.contains(text.toUtf8()) && failed.err.contains("session.json"),
                         qPrintable(what + QStringLiteral(": the failure is not reported (") + QString::fromUtf8(injected.left(200))
                                    + QStringLiteral("):\n") + QString::fromUtf8(failed.err.right(1500))));
                if (failed.exitCode == 0) {
                    ++exitZero;
                    m_exitZeroCases.append(what + QStringLiteral(": ") + QString::fromUtf8(injected.left(160)));
                }
            }
            checkAfterKill(session, what, totals);
            if (QTest::currentTestFailed())
                return;
            ++done;
        }
        qInfo("%s %s: %d of %d injected (%d in the flow spec cache); exit code 0 despite a failed session/journal save in %d",
              qPrintable(errnoName), qPrintable(syscall), done, total, cacheHits, exitZero);
        m_failedSaveExitZero += exitZero;
        QVERIFY2(done > 0, "the budget ended the row before its first case");
    }

    void noStrayTempFileAfterRecovery()
    {
        // G4: the start after a kill removes leftovers of interrupted saves ("session.json.XXXXXX").
        QVERIFY2(m_strayAfterRecovery.isEmpty(),
                 qPrintable(QStringLiteral("%1 of %2 kills left a temp file after the next apply:\n").arg(m_strayAfterRecovery.size()).arg(m_kills)
                            + m_strayAfterRecovery.join(QLatin1Char('\n'))));
    }

    void noSecretsLeftByCrashRuns()
    {
        // G6 "including crash runs": every session, journal, .bak, leftover temp file and cache
        // file of the ~190 runs above. (The test's own strace logs are removed first: strace
        // prints write() buffers, which hold the form body sent to IMS.)
        for (const char *own : {"count.strace", "inject.strace", "journal-copy.json"})
            QFile::remove(m_dir.filePath(QLatin1String(own)));
        const CtlResult scan = runProgram(QStringLiteral("python3"),
                                          {QStringLiteral(DATAFLOW_SOURCE_DIR "/scripts/canary-scan"), m_dir.path(), kSecret,
                                           QStringLiteral("crash-test-password")},
                                          QProcessEnvironment::systemEnvironment());
        qInfo("%s", scan.err.trimmed().constData());
        QVERIFY2(scan.exitCode == 0, (scan.out.left(3000) + scan.err).constData());
    }

    void summary()
    {
        qInfo("failed saves that still exited 0: %d", m_failedSaveExitZero);
        for (const QString &c : qAsConst(m_exitZeroCases))
            qInfo("  exit 0 after %s", qPrintable(c));
        qInfo("kills and failed saves: %d (write sweeps where the Nth write did not come: %d), with a stray temp file right after the kill: %d; %lld ms",
              m_kills, m_notReached, m_straySeenAfterKill, m_clock.elapsed());
        QVERIFY(m_kills >= 20);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
