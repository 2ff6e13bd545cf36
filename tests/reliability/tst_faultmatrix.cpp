// SPDX-License-Identifier: MIT
// The exhaustive single-fault matrix (RELIABILITY.md G2, with the G1/G3 invariants): every request
// of the example's happy-path apply × every applicable fault kind. Each case applies, resumes once
// if the first apply failed, then checks: one resource per kind with the run's marker, the journal's
// ids are those resources, and a rollback leaves only the mapping set.
#include "campaignharness.h"

#include <QMap>
#include <QScopeGuard>
#include <QTest>

using namespace Dataflow::Testing;

namespace {

struct FaultKind
{
    const char *action;
    bool writesOnly; // after-commit kinds only differ from their plain kind on writes
};

// The brief's kinds first, then the rest of F4-F14 that the sandbox injects at a request (G2).
// stall and trickle outlast the client deadline (CampaignHarness::deadlineMs = 1000); huge and
// deflate-bomb go past the client's 16 MiB body cap.
const FaultKind kFaultKinds[] = {
    {"429", false},
    {"503", false},
    {"503-after-commit", true},
    {"drop-before", false},
    {"drop-after-commit", false},
    {"truncate", false},
    {"malformed-json", false},
    {"html", false},
    {"empty-200", false},
    {"401", false},
    {"stall:1500", false},
    // F8: Retry-After as an HTTP date, malformed, absurdly large (capped; virtual clock)
    {"429:retry-after=date", false},
    {"429:retry-after=soon", false},
    {"429:retry-after=999999", false},
    // F9: the other 5xx, with and without the effect
    {"500", false},
    {"502", false},
    {"504", false},
    {"500-after-commit", true},
    {"502-after-commit", true},
    {"504-after-commit", true},
    // F5, F12, F13, F14
    {"trickle", false},
    {"huge:24", false},
    {"deflate-bomb:64", false},
    {"redirect:http://127.0.0.1:9/elsewhere", false},
    {"hide-from-list:2", false},
};

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT

    CampaignHarness m_harness;
    QList<RequestTarget> m_targets;
    QElapsedTimer m_clock;
    int m_cases = 0;
    int m_resumed = 0;
    int m_extraMappingSets = 0;
    QMap<QString, qint64> m_msByKind; // wall time per fault kind, for the summary

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_harness.start(&error), qPrintable(error));

        // The happy path: its request sequence is the matrix's first axis.
        const QString path = m_harness.freshSession(QStringLiteral("happy"));
        m_harness.startRecording();
        const RunResult result = m_harness.run(path, false);
        const QList<HandledRequest> sequence = m_harness.stopRecording();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(m_harness.checkApplied(path), QString());
        for (const HandledRequest &r : sequence)
            QVERIFY2(r.status >= 200 && r.status < 300, qPrintable(r.method + QLatin1Char(' ') + r.path));
        m_targets = targetsOf(sequence);
        QVERIFY(m_targets.size() >= 8);
        qInfo("happy path: %d requests", int(m_targets.size()));
        for (const RequestTarget &t : m_targets)
            qInfo("  %2d %s %s (rule prefix %s skip=%d)", t.index, qPrintable(t.method), qPrintable(t.path),
                  qPrintable(t.prefix), t.skip);
        const RunResult rolledBack = m_harness.run(path, true);
        QVERIFY2(rolledBack.ok, qPrintable(rolledBack.error));
        QCOMPARE(m_harness.checkRolledBack(m_harness.runIdOf(path)), QString());
        m_clock.start();
    }

    void singleFault_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("rule");
        for (const RequestTarget &t : m_targets) {
            for (const FaultKind &kind : kFaultKinds) {
                if (kind.writesOnly && t.method == QLatin1String("GET"))
                    continue;
                const QString action = QLatin1String(kind.action);
                // Named by method, rule prefix and occurrence (stable; concurrent steps may swap indices).
                QTest::addRow("%s %s #%d %s", qPrintable(t.method), qPrintable(t.prefix), t.skip, kind.action)
                    << t.index << t.rule(action);
            }
        }
    }

    void singleFault()
    {
        QFETCH(int, index);
        QFETCH(QString, rule);
        const RequestTarget &target = m_targets.at(index);
        ++m_cases;
        QElapsedTimer caseClock;
        caseClock.start();
        const QString kind = rule.section(QLatin1Char(' '), 2, 2);
        auto account = qScopeGuard([this, &caseClock, kind] { m_msByKind[kind] += caseClock.elapsed(); });
        const QString path = m_harness.freshSession(QStringLiteral("m%1").arg(m_cases));
        m_harness.sandbox().clearFaults();
        QString error;
        QVERIFY2(m_harness.sandbox().addFault(rule, &error), qPrintable(error));

        RunResult result = m_harness.run(path, false, quint64(m_cases));
        const QString firstError = result.error;
        if (!result.ok) { // allowed only if the resume then succeeds
            ++m_resumed;
            qInfo("first apply failed, resuming: %s", qPrintable(firstError));
            result = m_harness.run(path, false, quint64(m_cases) + 1000000);
        }
        const QStringList unfired = m_harness.sandbox().faults();
        m_harness.sandbox().clearFaults();
        QVERIFY2(result.ok, qPrintable(QStringLiteral("resume failed: %1 (first attempt: %2)").arg(result.error, firstError)));
        // The fault must have hit a request, or the case proved nothing.
        QVERIFY2(unfired.isEmpty(), qPrintable(QStringLiteral("rule never fired: ") + unfired.join(QStringLiteral(", "))));

        // Qt re-sends a POST whose connection closed after the server processed it; Data Prep has
        // no DELETE, so that one case may leave an unused second mapping set (known limitation).
        const bool mappingResend = target.method == QLatin1String("POST") && target.prefix == QLatin1String("/conversion/mappingSets")
            && rule.contains(QLatin1String(" drop-after-commit"));
        const int mappingAllowed = mappingResend ? 2 : 1;
        const QString runId = m_harness.runIdOf(path);
        QCOMPARE(m_harness.checkApplied(path, mappingAllowed), QString());
        const int mappingSets = int(m_harness.withMarker(QStringLiteral("mappingSets"), runId).size());
        if (mappingSets > 1) {
            ++m_extraMappingSets;
            qInfo("NOTE known limitation: %d mapping sets carry the marker after '%s' (the flow uses one; no DELETE exists)",
                  mappingSets, qPrintable(rule));
        }

        const RunResult rolledBack = m_harness.run(path, true);
        QVERIFY2(rolledBack.ok, qPrintable(rolledBack.error));
        QCOMPARE(m_harness.checkRolledBack(runId, mappingAllowed), QString());
    }

    void cleanupTestCase()
    {
        const double seconds = m_clock.elapsed() / 1000.0;
        qInfo("fault matrix: %d cases over %d requests in %.1f s (%.1f cases/s); %d needed a resume; %d left an extra mapping set",
              m_cases, int(m_targets.size()), seconds, seconds > 0 ? m_cases / seconds : 0.0, m_resumed, m_extraMappingSets);
        QStringList perKind;
        for (auto it = m_msByKind.cbegin(); it != m_msByKind.cend(); ++it)
            perKind.append(QStringLiteral("%1 %2 s").arg(it.key()).arg(it.value() / 1000.0, 0, 'f', 1));
        qInfo("time per fault kind: %s", qPrintable(perKind.join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
