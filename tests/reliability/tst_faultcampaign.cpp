// SPDX-License-Identifier: MIT
// The seeded random fault campaign (RELIABILITY.md G1, G3, G17): each run arms 1-4 random faults at
// random requests of the example's happy path, applies (resuming up to 3 times), checks the
// invariants, rolls back and checks again. Runs: DATAFLOW_CAMPAIGN_RUNS; seed: DATAFLOW_CAMPAIGN_SEED.
// Run i uses seed SEED+i, so every failure prints a one-line replay of just that run.
#include "campaignharness.h"

#include <QTest>

#include <algorithm>
#include <tuple>

using namespace Dataflow::Testing;

namespace {

constexpr int kDefaultRuns = 150; // ~50 s; CTest runs 5 processes of 400 (tests/reliability/CMakeLists.txt)
constexpr quint64 kDefaultSeed = 20261204;
constexpr int kChunk = 25;
constexpr int kMaxResumes = 3;
constexpr int kResumeCap = 10;
constexpr int kLaterSeconds = 10;

// Every fault the sandbox can inject at a request boundary (F4, F5, F6-F12, F13 redirect, F14).
const char *const kActions[] = {
    "429", "429:retry-after=2", "429:retry-after=date", "429:retry-after=soon", "500", "502", "503", "504",
    "500-after-commit", "502-after-commit", "503-after-commit", "504-after-commit", "drop-before",
    "drop-after-commit", "truncate", "malformed-json", "html", "empty-200", "401", "stall:1500", "trickle",
    "huge:24", "deflate-bomb:64", "redirect:http://127.0.0.1:9/elsewhere", "hide-from-list:2",
};

struct Stats
{
    int resumes = 0;
    int laterResumes = 0;    // after moving the sandbox clock on
    int extendedRuns = 0;    // runs whose faults outlasted kMaxResumes
    int unfired = 0;         // rules (or repeats) still armed at the end
    int extraMappingSets = 0;
};

struct Plan
{
    QStringList rules;
    int mappingSetsAllowed = 1;
};

quint64 envNumber(const char *name, quint64 fallback)
{
    bool ok = false;
    const quint64 value = qEnvironmentVariable(name).toULongLong(&ok);
    return ok ? value : fallback;
}

} // namespace

class TestFaultCampaign : public QObject
{
    Q_OBJECT

    CampaignHarness m_harness;
    QList<RequestTarget> m_targets;
    QStringList m_actions;
    QString m_exclude;
    Stats m_stats;
    QElapsedTimer m_campaignClock;
    int m_runs = 0;
    int m_faults = 0;
    int m_failed = 0;

    Plan planFor(quint64 seed) const
    {
        QRandomGenerator random(seed);
        Plan plan;
        const int faults = random.bounded(1, 5);
        for (int i = 0; i < faults; ++i) {
            const RequestTarget &target = m_targets.at(random.bounded(int(m_targets.size())));
            const QString action = m_actions.at(random.bounded(int(m_actions.size())));
            const int repeat = random.bounded(4) == 0 ? 2 : 1;
            QString rule = target.rule(action);
            if (repeat > 1)
                rule += QStringLiteral(" x%1").arg(repeat);
            plan.rules.append(rule);
            // Qt re-sends a POST whose connection closed after the create; mapping sets have no
            // DELETE, so each such fault may leave one unused mapping set (known limitation).
            if (target.method == QLatin1String("POST") && target.prefix == QLatin1String("/conversion/mappingSets")
                && action == QLatin1String("drop-after-commit"))
                plan.mappingSetsAllowed += repeat;
        }
        return plan;
    }


    /** One run; empty when every invariant held, else what broke. */
    QString runOnce(quint64 seed, Stats *stats)
    {
        const Plan plan = planFor(seed);
        const QString path = m_harness.freshSession(QStringLiteral("c%1").arg(seed));
        m_harness.sandbox().clearFaults();
        for (const QString &rule : plan.rules) {
            QString error;
            if (!m_harness.sandbox().addFault(rule, &error))
                return QStringLiteral("bad rule '%1': %2").arg(rule, error);
        }
        bool armed = true; // were rules armed when the last attempt started?
        RunResult result = m_harness.run(path, false, seed);
        QStringList errors{result.error};
        // Up to kMaxResumes resumes; past that only while the last attempt started with rules
        // armed, up to kResumeCap (4 faults x2 that each fail one attempt can outlast three
        // resumes without any defect). A failed attempt with nothing armed after that is a failure.
        int i = 0;
        for (; !result.ok && (i < kMaxResumes || armed) && i < kResumeCap; ++i) {
            armed = !m_harness.sandbox().faults().isEmpty();
            ++stats->resumes;
            // The first resume is immediate; later ones follow the engine's advice ("apply again
            // later"): the sandbox clock moves on so list lag (hide-from-list, F14) can pass.
            if (i > 0) {
                m_harness.sandbox().advanceClock(kLaterSeconds);
                ++stats->laterResumes;
            }
            result = m_harness.run(path, false, seed + quint64(i + 1) * 1000003);
            errors.append(result.error);
        }
        if (i > kMaxResumes)
            ++stats->extendedRuns;
        stats->unfired += int(m_harness.sandbox().faults().size());
        m_harness.sandbox().clearFaults();
        const QString faults = plan.rules.join(QStringLiteral(" | "));
        if (!result.ok)
            return QStringLiteral("apply did not succeed after %1 resumes [%2]: %3").arg(i).arg(faults, errors.join(QStringLiteral(" / ")));
        const QString runId = m_harness.runIdOf(path);
        if (const QString problem = m_harness.checkApplied(path, plan.mappingSetsAllowed); !problem.isEmpty())
            return QStringLiteral("after apply [%1]: %2").arg(faults, problem);
        if (m_harness.withMarker(QStringLiteral("mappingSets"), runId).size() > 1)
            ++stats->extraMappingSets;
        const RunResult rolledBack = m_harness.run(path, true, seed);
        if (!rolledBack.ok)
            return QStringLiteral("rollback failed [%1]: %2").arg(faults, rolledBack.error);
        if (const QString problem = m_harness.checkRolledBack(runId, plan.mappingSetsAllowed); !problem.isEmpty())
            return QStringLiteral("after rollback [%1]: %2").arg(faults, problem);
        m_harness.discard(path); // a failing run's files stay for a look
        return {};
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_harness.start(&error), qPrintable(error));
        // DATAFLOW_CAMPAIGN_EXCLUDE (comma-separated action names, e.g. hide-from-list) leaves
        // kinds out of the plans; the default includes every kind and the summary names what is out.
        m_exclude = qEnvironmentVariable("DATAFLOW_CAMPAIGN_EXCLUDE");
        const QStringList excluded = m_exclude.split(QLatin1Char(','), Qt::SkipEmptyParts);
        m_actions.clear();
        for (const char *action : kActions) {
            if (!excluded.contains(QString::fromLatin1(action).section(QLatin1Char(':'), 0, 0)))
                m_actions.append(QString::fromLatin1(action));
        }
        QVERIFY(!m_actions.isEmpty());

        const QString path = m_harness.freshSession(QStringLiteral("happy"));
        m_harness.startRecording();
        const RunResult result = m_harness.run(path, false);
        const QList<HandledRequest> sequence = m_harness.stopRecording();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(m_harness.checkApplied(path), QString());
        // Concurrent steps may swap places from one process to the next: a canonical order keeps
        // seed -> plan the same in every process (the replay command depends on it).
        m_targets = targetsOf(sequence);
        std::sort(m_targets.begin(), m_targets.end(), [](const RequestTarget &a, const RequestTarget &b) {
            return std::tie(a.prefix, a.method, a.skip) < std::tie(b.prefix, b.method, b.skip);
        });
        QVERIFY(m_targets.size() >= 8);
        QVERIFY(m_harness.run(path, true).ok);
    }

    void planIsReproducible()
    {
        // Same seed, same faults; a different seed gives a different plan somewhere nearby.
        QCOMPARE(planFor(42).rules, planFor(42).rules);
        bool differs = false;
        for (quint64 s = 43; s < 53; ++s)
            differs = differs || planFor(s).rules != planFor(42).rules;
        QVERIFY(differs);
    }

    void replayGivesSameRequestLog_data()
    {
        QTest::addColumn<quint64>("seed");
        for (quint64 seed : {kDefaultSeed, kDefaultSeed + 1, kDefaultSeed + 2, kDefaultSeed + 3})
            QTest::addRow("seed %llu", seed) << seed;
    }

    void replayGivesSameRequestLog()
    {
        // G17: the same seed arms the same faults and the server sees the same kinds of requests
        // with the same statuses. Compared as a set: how many sibling requests of concurrent steps
        // got out before a failed attempt stopped depends on timing, so counts may differ.
        QFETCH(quint64, seed);
        QList<QStringList> logs;
        for (int attempt = 0; attempt < 2; ++attempt) {
            Stats stats;
            m_harness.startRecording();
            const QString problem = runOnce(seed, &stats);
            const QList<HandledRequest> sequence = m_harness.stopRecording();
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QStringList log;
            for (const HandledRequest &r : sequence)
                log.append(QStringLiteral("%1 %2 %3").arg(r.method, stablePrefix(r.path)).arg(r.status));
            log.sort();
            log.removeDuplicates();
            logs.append(log);
        }
        QVERIFY(logs.first().size() > 20); // apply, check, rollback
        if (logs.at(0) != logs.at(1)) {
            QStringList first = logs.at(0), second = logs.at(1);
            for (const QString &line : logs.at(0))
                second.removeOne(line);
            for (const QString &line : logs.at(1))
                first.removeOne(line);
            qWarning("faults: %s", qPrintable(planFor(seed).rules.join(QStringLiteral(" | "))));
            qWarning("only in the first run: %s", qPrintable(first.join(QStringLiteral(", "))));
            qWarning("only in the replay: %s", qPrintable(second.join(QStringLiteral(", "))));
        }
        QCOMPARE(logs.at(1), logs.at(0));
    }

    void listLagThenResume_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("createPath");
        QTest::newRow("base connection") << QStringLiteral("connections") << QStringLiteral("/flowservice/connections");
        QTest::newRow("schema") << QStringLiteral("schemas") << QStringLiteral("/schemaregistry/tenant/schemas");
        QTest::newRow("dataset") << QStringLiteral("dataSets") << QStringLiteral("/catalog/dataSets");
        QTest::newRow("source connection") << QStringLiteral("sourceConnections") << QStringLiteral("/flowservice/sourceConnections");
        QTest::newRow("target connection") << QStringLiteral("targetConnections") << QStringLiteral("/flowservice/targetConnections");
        QTest::newRow("mapping set") << QStringLiteral("mappingSets") << QStringLiteral("/conversion/mappingSets");
    }

    void listLagThenResume()
    {
        // F14 + resume, the campaign's recurring failure as a fixed case: a create succeeds but its
        // resource stays out of lists for 30 s; the flow create then fails (not processed), so the
        // apply stops. An immediate resume must not create the resource again (it may fail and
        // say "apply again later"); once the lag is over a resume must succeed with one of each.
        QFETCH(QString, kind);
        QFETCH(QString, createPath);
        const QString path = m_harness.freshSession(QStringLiteral("lag-%1").arg(kind));
        m_harness.sandbox().clearFaults();
        QVERIFY(m_harness.sandbox().addFault(QStringLiteral("POST %1 hide-from-list:30").arg(createPath)));
        QVERIFY(m_harness.sandbox().addFault(QStringLiteral("POST /flowservice/flows redirect:http://127.0.0.1:9/elsewhere")));
        const RunResult first = m_harness.run(path, false);
        QVERIFY2(!first.ok, "the redirect on the flow create must stop the first apply");
        QVERIFY(m_harness.sandbox().faults().isEmpty());
        const QString runId = m_harness.runIdOf(path);
        QCOMPARE(m_harness.withMarker(kind, runId).size(), 1);

        const RunResult resumed = m_harness.run(path, false);
        const int afterResume = int(m_harness.withMarker(kind, runId).size());
        m_harness.sandbox().advanceClock(60);
        if (!resumed.ok) {
            const RunResult later = m_harness.run(path, false);
            QVERIFY2(later.ok, qPrintable(later.error));
        }
        QVERIFY2(afterResume == 1, qPrintable(QStringLiteral("%1 %2 resources carry the marker after resuming during the list lag (%3)")
                                                  .arg(afterResume).arg(kind, resumed.ok ? QStringLiteral("resume succeeded") : resumed.error)));
        QCOMPARE(m_harness.checkApplied(path), QString());
        const RunResult rolledBack = m_harness.run(path, true);
        QVERIFY2(rolledBack.ok, qPrintable(rolledBack.error));
        QCOMPARE(m_harness.checkRolledBack(runId), QString());
    }

    void emptyListOnResume_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("listPath");
        QTest::newRow("base connection") << QStringLiteral("connections") << QStringLiteral("/flowservice/connections");
        QTest::newRow("schema") << QStringLiteral("schemas") << QStringLiteral("/schemaregistry/tenant/schemas");
        QTest::newRow("dataset") << QStringLiteral("dataSets") << QStringLiteral("/catalog/dataSets");
        QTest::newRow("source connection") << QStringLiteral("sourceConnections") << QStringLiteral("/flowservice/sourceConnections");
        QTest::newRow("target connection") << QStringLiteral("targetConnections") << QStringLiteral("/flowservice/targetConnections");
        QTest::newRow("mapping set") << QStringLiteral("mappingSets") << QStringLiteral("/conversion/mappingSets");
    }

    void emptyListOnResume()
    {
        // F11 on a reconcile list, found by the campaign:
        // the flow create fails (not processed), then the resume's first list of a kind answers
        // 200 with an empty body. That is no list at all: the resume may fail, but must not take
        // it for "nothing exists" and create the resource again.
        QFETCH(QString, kind);
        QFETCH(QString, listPath);
        const QString path = m_harness.freshSession(QStringLiteral("empty-list-%1").arg(kind));
        m_harness.sandbox().clearFaults();
        QVERIFY(m_harness.sandbox().addFault(QStringLiteral("POST /flowservice/flows redirect:http://127.0.0.1:9/elsewhere")));
        QVERIFY(!m_harness.run(path, false).ok);
        QVERIFY(m_harness.sandbox().faults().isEmpty());
        const QString runId = m_harness.runIdOf(path);
        QCOMPARE(m_harness.withMarker(kind, runId).size(), 1);

        QVERIFY(m_harness.sandbox().addFault(QStringLiteral("GET %1 empty-200").arg(listPath)));
        const RunResult resumed = m_harness.run(path, false);
        const bool fired = m_harness.sandbox().faults().isEmpty();
        m_harness.sandbox().clearFaults();
        const int afterResume = int(m_harness.withMarker(kind, runId).size());
        if (!resumed.ok) {
            const RunResult again = m_harness.run(path, false);
            QVERIFY2(again.ok, qPrintable(again.error));
        }
        QVERIFY2(fired, "the empty-200 rule must hit a list of the resume");
        QVERIFY2(afterResume == 1, qPrintable(QStringLiteral("%1 %2 resources carry the marker after an empty list answer (%3)")
                                                  .arg(afterResume).arg(kind, resumed.ok ? QStringLiteral("resume succeeded") : resumed.error)));
        QCOMPARE(m_harness.checkApplied(path), QString());
        const RunResult rolledBack = m_harness.run(path, true);
        QVERIFY2(rolledBack.ok, qPrintable(rolledBack.error));
        QCOMPARE(m_harness.checkRolledBack(runId), QString());
    }

    void uncheckedSweepIsNoSuccess_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("path");
        QTest::newRow("base connection") << QStringLiteral("connections") << QStringLiteral("/flowservice/connections");
        QTest::newRow("dataset") << QStringLiteral("dataSets") << QStringLiteral("/catalog/dataSets");
        QTest::newRow("source connection") << QStringLiteral("sourceConnections") << QStringLiteral("/flowservice/sourceConnections");
        QTest::newRow("target connection") << QStringLiteral("targetConnections") << QStringLiteral("/flowservice/targetConnections");
        QTest::newRow("flow") << QStringLiteral("flows") << QStringLiteral("/flowservice/flows");
    }

    void uncheckedSweepIsNoSuccess()
    {
        // Found by the 2,000-run campaign (seed 397 with hide-from-list excluded): the connection of
        // a create drops after the effect (Qt may re-send the POST: a duplicate), then the verify
        // sweep's list of that kind is refused. The apply must not report success over a kind it
        // could not check; the next apply sweeps again and leaves exactly one.
        QFETCH(QString, kind);
        QFETCH(QString, path);
        const QString session = m_harness.freshSession(QStringLiteral("unchecked-%1").arg(kind));
        m_harness.sandbox().clearFaults();
        QVERIFY(m_harness.sandbox().addFault(QStringLiteral("POST %1 drop-after-commit").arg(path)));
        // The sweep's list is the happy path's GET of exactly that path (reads by id come earlier).
        const auto sweepList = std::find_if(m_targets.cbegin(), m_targets.cend(), [&path](const RequestTarget &t) {
            return t.method == QLatin1String("GET") && t.path == path;
        });
        QVERIFY2(sweepList != m_targets.cend(), qPrintable(QStringLiteral("no GET %1 in the happy path").arg(path)));
        QVERIFY(m_harness.sandbox().addFault(sweepList->rule(QStringLiteral("redirect:http://127.0.0.1:9/elsewhere"))));
        const RunResult first = m_harness.run(session, false);
        const bool fired = m_harness.sandbox().faults().isEmpty();
        m_harness.sandbox().clearFaults();
        const QString runId = m_harness.runIdOf(session);
        const int afterFirst = int(m_harness.withMarker(kind, runId).size());
        QVERIFY2(fired, "both rules must fire in the first apply");
        QVERIFY2(!first.ok, qPrintable(QStringLiteral("the apply succeeded with %1 %2 carrying the marker and one kind unchecked").arg(afterFirst).arg(kind)));
        QVERIFY2(first.error.contains(QLatin1String("Could not check for duplicates")), qPrintable(first.error));
        const RunResult resumed = m_harness.run(session, false);
        QVERIFY2(resumed.ok, qPrintable(resumed.error));
        QCOMPARE(m_harness.checkApplied(session), QString());
        const RunResult rolledBack = m_harness.run(session, true);
        QVERIFY2(rolledBack.ok, qPrintable(rolledBack.error));
        QCOMPARE(m_harness.checkRolledBack(runId), QString());
    }

    void campaign_data()
    {
        // Rows of kChunk runs: each row stays far below Qt Test's per-function watchdog (5 min).
        QTest::addColumn<quint64>("firstSeed");
        QTest::addColumn<int>("count");
        const int runs = int(envNumber("DATAFLOW_CAMPAIGN_RUNS", kDefaultRuns));
        const quint64 seed = envNumber("DATAFLOW_CAMPAIGN_SEED", kDefaultSeed);
        qInfo("fault campaign: %d runs from seed %llu, %d fault kinds%s", runs, seed, int(m_actions.size()),
              m_exclude.isEmpty() ? "" : qPrintable(QStringLiteral(" (excluded: %1)").arg(m_exclude)));
        for (int first = 0; first < runs; first += kChunk) {
            const int count = qMin(kChunk, runs - first);
            QTest::addRow("seeds %llu-%llu", seed + quint64(first), seed + quint64(first + count - 1))
                << seed + quint64(first) << count;
        }
        m_campaignClock.start();
    }

    void campaign()
    {
        QFETCH(quint64, firstSeed);
        QFETCH(int, count);
        QStringList failures;
        for (int i = 0; i < count; ++i) {
            const quint64 runSeed = firstSeed + quint64(i);
            ++m_runs;
            m_faults += int(planFor(runSeed).rules.size());
            const QString problem = runOnce(runSeed, &m_stats);
            if (problem.isEmpty())
                continue;
            failures.append(problem);
            ++m_failed;
            qWarning("FAIL seed %llu: %s", runSeed, qPrintable(problem));
            qWarning("  replay: %sDATAFLOW_CAMPAIGN_SEED=%llu DATAFLOW_CAMPAIGN_RUNS=1 build/tests/tst_faultcampaign campaign",
                     m_exclude.isEmpty() ? "" : qPrintable(QStringLiteral("DATAFLOW_CAMPAIGN_EXCLUDE=%1 ").arg(m_exclude)), runSeed);
        }
        QVERIFY2(failures.isEmpty(), qPrintable(QStringLiteral("%1 of %2 runs broke an invariant; first: %3")
                                                   .arg(failures.size()).arg(count).arg(failures.value(0))));
    }

    void cleanupTestCase()
    {
        if (m_runs == 0)
            return;
        const double seconds = m_campaignClock.elapsed() / 1000.0;
        qInfo("fault campaign: %d runs, %d faults armed (%d never fired), %d resumes (%d of them later, %d runs past %d), "
              "%d failed, %d left an extra mapping set, %.1f s (%.2f runs/s)",
              m_runs, m_faults, m_stats.unfired, m_stats.resumes, m_stats.laterResumes, m_stats.extendedRuns, kMaxResumes,
              m_failed, m_stats.extraMappingSets, seconds, seconds > 0 ? m_runs / seconds : 0.0);
    }
};

QTEST_GUILESS_MAIN(TestFaultCampaign)
#include "tst_faultcampaign.moc"
