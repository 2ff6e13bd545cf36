// SPDX-License-Identifier: MIT
// End to end on the in-process sandbox over real sockets: apply the documented example, apply again
// (nothing new), roll back (only the mapping set stays), and the same under injected faults.
#include "api/apiclient.h"
#include "engine/engine.h"
#include "engine/journal.h"
#include "sandboxserver.h"
#include "session/session.h"

#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Dataflow::Core;
using Dataflow::Sandbox::SandboxConfig;
using Dataflow::Sandbox::SandboxServer;

namespace {
const QStringList kKinds{QStringLiteral("connections"), QStringLiteral("schemas"), QStringLiteral("dataSets"),
                         QStringLiteral("sourceConnections"), QStringLiteral("targetConnections"),
                         QStringLiteral("mappingSets"), QStringLiteral("flows")};
const QString kClientSecret = QStringLiteral("canary-client-secret-Zq81");
const QString kSourcePassword = QStringLiteral("canary-source-pw-Xk27");
} // namespace

class TestEngineE2e : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_sandbox;
    QNetworkAccessManager m_manager;
    QTemporaryDir m_dir;
    Session m_example;

    int countWithMarker(const QString &kind, const QString &runId) const
    {
        const QString prefix = QStringLiteral("[dataflow:%1:").arg(runId);
        int n = 0;
        for (const QJsonObject &o : m_sandbox->resources(kind)) {
            for (const char *key : {"name", "description", "title"}) {
                if (o.value(QLatin1String(key)).toString().contains(prefix)) {
                    ++n;
                    break;
                }
            }
        }
        return n;
    }

    /** Applies (or rolls back) in a fresh Engine, as a new process would. */
    bool run(const QString &sessionPath, bool rollback, QString *errorText = nullptr)
    {
        QString error;
        auto session = SessionFile::load(sessionPath, &error);
        if (!session) {
            if (errorText)
                *errorText = error;
            return false;
        }
        ClientConfig config;
        config.platformUrl = m_sandbox->url();
        config.imsUrl = m_sandbox->url();
        config.orgId = session->environment.orgId;
        config.clientId = session->environment.clientId;
        config.deadlineMs = 3000;
        config.transferTimeoutMs = 3000;
        config.backoffBaseMs = 20;
        config.backoffCapMs = 100;
        ApiClient client(&m_manager, config);
        client.setClientSecret(kClientSecret);
        Engine engine(&client);
        engine.setSession(*session);
        engine.setJournalPath(Journal::pathFor(sessionPath));
        engine.setSourceSecrets(QJsonObject{{QStringLiteral("password"), kSourcePassword}});
        engine.setReconcilePolls(1, 50);
        QObject::connect(&engine, &Engine::sessionChanged, &engine, [sessionPath](const Session &s) {
            SessionFile::save(sessionPath, s);
        });
        QSignalSpy finished(&engine, &Engine::finished);
        if (rollback)
            engine.rollback();
        else
            engine.apply();
        if (finished.isEmpty() && !finished.wait(60000))
            return false;
        const bool ok = finished.first().at(0).toBool();
        if (!ok && errorText) {
            const auto e = finished.first().at(1).value<std::optional<ApiError>>();
            *errorText = e ? e->toString() : QStringLiteral("failed");
        }
        return ok;
    }

    QString freshSession(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        QFile::remove(Journal::pathFor(path));
        Session s = m_example;
        s.schema.title = s.schema.title + QLatin1Char(' ') + name; // titles are unique per tenant
        SessionFile::save(path, s);
        return path;
    }

    QString runIdOf(const QString &sessionPath)
    {
        QString error;
        const auto journal = Journal::load(Journal::pathFor(sessionPath), &error);
        return journal ? journal->runId : QString();
    }

    void verifyExactlyOneEach(const QString &runId)
    {
        for (const QString &kind : kKinds)
            QVERIFY2(countWithMarker(kind, runId) == 1, qPrintable(kind + QStringLiteral(": %1").arg(countWithMarker(kind, runId))));
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<std::optional<ApiError>>();
        QVERIFY(m_dir.isValid());
        QString error;
        const auto example = SessionFile::load(QStringLiteral(DATAFLOW_SOURCE_DIR "/docs/examples/servicenow-incidents.json"), &error);
        QVERIFY2(example, qPrintable(error));
        m_example = *example;
        SandboxConfig config;
        config.clientId = m_example.environment.clientId;
        config.clientSecret = kClientSecret;
        config.orgId = m_example.environment.orgId;
        config.sandboxName = m_example.environment.sandbox;
        m_sandbox = std::make_unique<SandboxServer>(config);
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        m_manager.setAutoDeleteReplies(true);
    }

    void applyExampleApplyAgainRollBack()
    {
        const QString path = freshSession(QStringLiteral("happy.json"));
        QString error;
        QVERIFY2(run(path, false, &error), qPrintable(error));
        const QString runId = runIdOf(path);
        QVERIFY(!runId.isEmpty());
        verifyExactlyOneEach(runId);

        // The ids all match: the flow links the source and target connections and the mapping set.
        const auto session = SessionFile::load(path, &error);
        QVERIFY(session);
        const AppliedIds ids = session->applied;
        QVERIFY(!ids.flowId.isEmpty());
        QJsonObject flow;
        for (const QJsonObject &f : m_sandbox->resources(QStringLiteral("flows")))
            if (f.value(QStringLiteral("id")).toString() == ids.flowId)
                flow = f;
        QVERIFY(!flow.isEmpty());
        QCOMPARE(flow.value(QStringLiteral("sourceConnectionIds")).toArray().first().toString(), ids.sourceConnectionId);
        QCOMPARE(flow.value(QStringLiteral("targetConnectionIds")).toArray().first().toString(), ids.targetConnectionId);
        QString mappingId;
        for (const auto &t : flow.value(QStringLiteral("transformations")).toArray())
            if (t.toObject().value(QStringLiteral("name")).toString() == QLatin1String("Mapping"))
                mappingId = t.toObject().value(QStringLiteral("params")).toObject().value(QStringLiteral("mappingId")).toString();
        QCOMPARE(mappingId, ids.mappingSetId);
        for (const QJsonObject &t : m_sandbox->resources(QStringLiteral("targetConnections")))
            if (t.value(QStringLiteral("id")).toString() == ids.targetConnectionId)
                QCOMPARE(t.value(QStringLiteral("params")).toObject().value(QStringLiteral("dataSetId")).toString(), ids.datasetId);

        // A second apply creates nothing.
        QHash<QString, int> before;
        for (const QString &kind : kKinds)
            before.insert(kind, m_sandbox->createCount(kind));
        QVERIFY2(run(path, false, &error), qPrintable(error));
        for (const QString &kind : kKinds)
            QCOMPARE(m_sandbox->createCount(kind), before.value(kind));
        verifyExactlyOneEach(runId);

        // Rollback leaves only the mapping set (Data Prep has no delete).
        QVERIFY2(run(path, true, &error), qPrintable(error));
        for (const QString &kind : kKinds)
            QCOMPARE(countWithMarker(kind, runId), kind == QLatin1String("mappingSets") ? 1 : 0);

        // No secret in the session or journal.
        for (const QString &file : {path, Journal::pathFor(path)}) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY(!bytes.contains(kClientSecret.toUtf8()));
            QVERIFY(!bytes.contains(kSourcePassword.toUtf8()));
        }
    }

    void faults_data()
    {
        QTest::addColumn<QStringList>("rules");
        QTest::newRow("429 + Retry-After on the flow") << QStringList{QStringLiteral("POST /flowservice/flows 429 x2")};
        QTest::newRow("503 before effect") << QStringList{QStringLiteral("POST /flowservice/sourceConnections 503")};
        QTest::newRow("503 after effect") << QStringList{QStringLiteral("POST /catalog/dataSets 503-after-commit")};
        QTest::newRow("dropped after create") << QStringList{QStringLiteral("POST /flowservice/targetConnections drop-after-commit")};
        QTest::newRow("dropped twice after create") << QStringList{QStringLiteral("POST /flowservice/flows drop-after-commit x2")};
        QTest::newRow("schema dropped after create") << QStringList{QStringLiteral("POST /schemaregistry/tenant/schemas drop-after-commit")};
        QTest::newRow("mapping truncated") << QStringList{QStringLiteral("POST /conversion/mappingSets truncate")};
        QTest::newRow("base connection malformed") << QStringList{QStringLiteral("POST /flowservice/connections malformed-json")};
        QTest::newRow("all at once") << QStringList{QStringLiteral("POST /flowservice/flows 429 x2"),
                                                    QStringLiteral("POST /flowservice/sourceConnections 503"),
                                                    QStringLiteral("POST /flowservice/targetConnections drop-after-commit")};
    }

    void faults()
    {
        QFETCH(QStringList, rules);
        const QString path = freshSession(QStringLiteral("fault-%1.json").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('/'), QLatin1Char('_')));
        m_sandbox->clearFaults();
        for (const QString &rule : rules) {
            QString error;
            QVERIFY2(m_sandbox->addFault(rule, &error), qPrintable(error));
        }
        QString error;
        bool ok = run(path, false, &error);
        if (!ok) // a failure is allowed only if a resume then succeeds
            ok = run(path, false, &error);
        m_sandbox->clearFaults();
        QVERIFY2(ok, qPrintable(error));
        const QString runId = runIdOf(path);
        verifyExactlyOneEach(runId);
        QVERIFY2(run(path, true, &error), qPrintable(error));
        for (const QString &kind : kKinds)
            QVERIFY2(countWithMarker(kind, runId) == (kind == QLatin1String("mappingSets") ? 1 : 0), qPrintable(kind));
    }
};

QTEST_GUILESS_MAIN(TestEngineE2e)
#include "tst_engine_e2e.moc"
