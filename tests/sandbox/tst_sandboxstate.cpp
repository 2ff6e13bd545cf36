// SPDX-License-Identifier: MIT
// Persistence across restarts, the request log, compiled-in demo data and the aep-sandbox CLI.
#include "sandboxfixtures.h"
#include "sandboxserver.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Dataflow::Sandbox;
using namespace SandboxPaths;
using namespace SandboxFixtures;

class TestSandboxState : public QObject
{
    Q_OBJECT

private slots:
    void resourcesLinkedIn();
    void demoTenantIsDeterministic();
    void persistsAcrossRestart();
    void corruptStateRefused();
    void requestLog();
    void cliHelp();
    void cliPrintUrl();
};

void TestSandboxState::resourcesLinkedIn()
{
    // No Q_INIT_RESOURCE anywhere: the static library's resource objects must come along.
    for (const char *name : {"connection-specs.json", "flow-specs.json", "demo-tenant.json", "xdm-classes.json",
                             "xdm-fieldgroups.json", "source-service-now.json", "source-salesforce-service-cloud.json"})
        QVERIFY2(QFile::exists(QStringLiteral(":/sandbox/") + QLatin1String(name)), name);
}

void TestSandboxState::demoTenantIsDeterministic()
{
    SandboxServer first;
    SandboxServer second;
    QVERIFY(first.start());
    QVERIFY(second.start());
    for (const QString &kind : {QStringLiteral("schemas"), QStringLiteral("dataSets"), QStringLiteral("connections")}) {
        const QList<QJsonObject> a = first.resources(kind);
        const QList<QJsonObject> b = second.resources(kind);
        QVERIFY2(!a.isEmpty(), qPrintable(kind));
        QCOMPARE(a.size(), b.size());
        const char *key = kind == QLatin1String("schemas") ? "$id" : "id";
        QCOMPARE(a.first().value(QLatin1String(key)).toString(), b.first().value(QLatin1String(key)).toString());
        QCOMPARE(first.createCount(kind), 0); // demo resources are not creates
    }
}

void TestSandboxState::persistsAcrossRestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SandboxConfig config;
    config.statePath = dir.filePath(QStringLiteral("state.json"));
    World world;
    QString token;
    {
        SandboxServer server(config);
        QVERIFY(server.start());
        SandboxTestClient client(server.url());
        QVERIFY(client.authenticate());
        token = client.token;
        world = buildWorld(client, QStringLiteral("persist"));
        QVERIFY2(world.error.isEmpty(), qPrintable(world.error));
        server.advanceClock(7200);
        QVERIFY(QFile::exists(config.statePath));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("state.json")}); // no temp left
    }
    QFile stray(config.statePath + QStringLiteral(".tmp")); // as a crash mid-write leaves it
    QVERIFY(stray.open(QIODevice::WriteOnly));
    stray.write("{\"half");
    stray.close();
    SandboxServer server(config);
    QVERIFY(server.start());
    QVERIFY(!QFile::exists(config.statePath + QStringLiteral(".tmp")));
    SandboxTestClient client(server.url());
    client.token = token; // tokens survive too
    TestReply r = client.get(flow + QStringLiteral("/flows/") + world.flowId);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QLatin1String("items")).toArray().at(0)[QLatin1String("etag")].toString(), world.flowEtag);
    r = client.get(schemas + QStringLiteral("/tenant/schemas/") + QString::fromLatin1(QUrl::toPercentEncoding(world.schemaId)),
                   {{"Accept", fullAccept}});
    QCOMPARE(r.status, 200);
    QCOMPARE(client.get(catalog + QStringLiteral("/dataSets/") + world.dataSetId).status, 200);
    QCOMPARE(client.get(conversion + QStringLiteral("/mappingSets/") + world.mappingSetId).status, 200);
    QCOMPARE(server.createCount(QStringLiteral("flows")), 1);
    QCOMPARE(server.resources(QStringLiteral("schemas")).size(), 2); // demo + created, no second demo copy
    // New ids continue the sequence instead of repeating it.
    r = client.post(flow + QStringLiteral("/connections"), sscConnectionBody(QStringLiteral("after restart")));
    QCOMPARE(r.status, 201);
    QVERIFY(r.object().value(QLatin1String("id")).toString() != world.connectionId);
    // Deleting persists as well.
    QCOMPARE(client.del(flow + QStringLiteral("/flows/") + world.flowId).status, 204);
    SandboxServer third(config);
    QVERIFY(third.start());
    QVERIFY(third.resources(QStringLiteral("flows")).isEmpty());
    QCOMPARE(third.resources(QStringLiteral("connections")).size(), server.resources(QStringLiteral("connections")).size());
}

void TestSandboxState::corruptStateRefused()
{
    QTemporaryDir dir;
    SandboxConfig config;
    config.statePath = dir.filePath(QStringLiteral("state.json"));
    QFile file(config.statePath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"collections\": [");
    file.close();
    SandboxServer server(config);
    QString error;
    QVERIFY(!server.start(&error));
    QVERIFY(error.contains(QLatin1String("corrupt")));
}

void TestSandboxState::requestLog()
{
    QTemporaryDir dir;
    SandboxConfig config;
    config.logPath = dir.filePath(QStringLiteral("requests.jsonl"));
    config.faults = {QStringLiteral("GET /flowservice/flowSpecs 503")};
    SandboxServer server(config);
    QVERIFY(server.start());
    SandboxTestClient client(server.url());
    QVERIFY(client.authenticate());
    QCOMPARE(client.get(flow + QStringLiteral("/flowSpecs")).status, 503);
    QCOMPARE(client.post(flow + QStringLiteral("/connections"), sscConnectionBody(QStringLiteral("Account [dataflow:1a2b3c4d:connection]"))).status, 201);
    QFile file(config.logPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 4); // token, flowSpecs, connection, trailing empty
    const QJsonObject token = QJsonDocument::fromJson(lines.at(0)).object();
    QCOMPARE(token.value(QLatin1String("path")).toString(), QStringLiteral("/ims/token/v3"));
    QCOMPARE(token.value(QLatin1String("status")).toInt(), 200);
    const QJsonObject faulted = QJsonDocument::fromJson(lines.at(1)).object();
    QCOMPARE(faulted.value(QLatin1String("status")).toInt(), 503);
    QCOMPARE(faulted.value(QLatin1String("fault")).toString(), QStringLiteral("GET /flowservice/flowSpecs 503"));
    const QJsonObject created = QJsonDocument::fromJson(lines.at(2)).object();
    QCOMPARE(created.value(QLatin1String("method")).toString(), QStringLiteral("POST"));
    QCOMPARE(created.value(QLatin1String("marker")).toString(), QStringLiteral("1a2b3c4d"));
    QVERIFY(created.value(QLatin1String("fault")).isNull());
    QVERIFY(!created.value(QLatin1String("t")).toString().isEmpty());
    // Secrets never reach the log.
    QVERIFY(!lines.join().contains("demo-client-secret"));
}

void TestSandboxState::cliHelp()
{
    QProcess process;
    process.start(QStringLiteral(DATAFLOW_BIN_DIR "/aep-sandbox"), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray help = process.readAllStandardOutput();
    for (const char *option : {"--port", "--print-url", "--fault", "--state", "--latency-ms", "--clock-speed", "--log",
                               "--client-id", "--client-secret", "--org-id", "--sandbox-name", "--listen"})
        QVERIFY2(help.contains(option), option);
}

void TestSandboxState::cliPrintUrl()
{
    QProcess process;
    process.start(QStringLiteral(DATAFLOW_BIN_DIR "/aep-sandbox"),
                  {QStringLiteral("--print-url"), QStringLiteral("--client-id"), QStringLiteral("cli-id"),
                   QStringLiteral("--fault"), QStringLiteral("GET /catalog 500")});
    QVERIFY(process.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
    const QByteArray line = process.readLine();
    QVERIFY2(QRegularExpression(QStringLiteral("^http://127\\.0\\.0\\.1:[0-9]+\\n$")).match(QString::fromLatin1(line)).hasMatch(), line.constData());
    SandboxTestClient client(QUrl(QString::fromLatin1(line.trimmed())));
    client.clientId = QStringLiteral("cli-id");
    QVERIFY(client.authenticate());
    QCOMPARE(client.get(flow + QStringLiteral("/connectionSpecs")).status, 200);
    QCOMPARE(client.get(catalog + QStringLiteral("/dataSets")).status, 500);
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    QVERIFY(process.readAllStandardError().contains("cli-id"));
}

QTEST_GUILESS_MAIN(TestSandboxState)
#include "tst_sandboxstate.moc"
