// SPDX-License-Identifier: MIT
// Every fault rule, seen from a QNetworkAccessManager client and from the server's counters.
#include "sandboxfixtures.h"
#include "sandboxserver.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Dataflow::Sandbox;
using namespace SandboxPaths;
using namespace SandboxFixtures;

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void notProcessed_data();
    void notProcessed();
    void retryAfter_data();
    void retryAfter();
    void afterCommit_data();
    void afterCommit();
    void dropBefore();
    void dropAfterCommitIsResentByQt();
    void stall();
    void trickle();
    void truncate();
    void malformedJson();
    void empty200();
    void html();
    void redirect();
    void huge();
    void deflateBomb();
    void hideFromList();
    void countsAndSkips();
    void methodFilter();
    void imsFault();
    void ruleGrammar();
    void controlEndpoint();
    void latencyOverlaps();

private:
    int connectionCreates() const { return m_server->createCount(QStringLiteral("connections")); }
    TestReply createConnection(const QString &name)
    {
        return m_client->post(flow + QStringLiteral("/connections"), sscConnectionBody(name));
    }

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestSandboxFaults::initTestCase()
{
    m_server = std::make_unique<SandboxServer>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_client = std::make_unique<SandboxTestClient>(m_server->url());
    QVERIFY(m_client->authenticate());
}

void TestSandboxFaults::cleanup()
{
    m_server->clearFaults();
    m_server->setLatency(0);
}

void TestSandboxFaults::notProcessed_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("status");
    for (const int status : {500, 502, 503, 504})
        QTest::newRow(qPrintable(QString::number(status))) << QString::number(status) << status;
    QTest::newRow("401") << QStringLiteral("401") << 401;
}

void TestSandboxFaults::notProcessed()
{
    QFETCH(QString, action);
    QFETCH(int, status);
    QVERIFY(m_server->addFault(QStringLiteral("POST /flowservice/connections ") + action));
    const int before = connectionCreates();
    const TestReply r = createConnection(QStringLiteral("np"));
    QCOMPARE(r.status, status);
    QCOMPARE(connectionCreates(), before);
    if (status == 401)
        QCOMPARE(r.object().value(QLatin1String("error_code")).toString(), QStringLiteral("401013"));
    else
        QCOMPARE(r.object().value(QLatin1String("status")).toInt(), status);
    QCOMPARE(createConnection(QStringLiteral("np")).status, 201); // x1: disarmed
}

void TestSandboxFaults::retryAfter_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("expected");
    QTest::newRow("default") << QStringLiteral("429") << QStringLiteral("1");
    QTest::newRow("seconds") << QStringLiteral("429:retry-after=7") << QStringLiteral("7");
    QTest::newRow("garbage") << QStringLiteral("429:retry-after=garbage") << QStringLiteral("garbage");
    QTest::newRow("date") << QStringLiteral("429:retry-after=date") << QStringLiteral("date");
}

void TestSandboxFaults::retryAfter()
{
    QFETCH(QString, action);
    QFETCH(QString, expected);
    QVERIFY(m_server->addFault(QStringLiteral("/flowservice/connections ") + action));
    const int before = connectionCreates();
    const TestReply r = createConnection(QStringLiteral("ra"));
    QCOMPARE(r.status, 429);
    QCOMPARE(connectionCreates(), before);
    const QString value = QString::fromLatin1(r.header("Retry-After"));
    if (expected == QLatin1String("date")) {
        const QDateTime when = QLocale::c().toDateTime(value.left(25), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
        QVERIFY2(when.isValid() && value.endsWith(QLatin1String(" GMT")), qPrintable(value));
    } else {
        QCOMPARE(value, expected);
    }
}

void TestSandboxFaults::afterCommit_data()
{
    QTest::addColumn<int>("status");
    for (const int status : {500, 502, 503, 504})
        QTest::newRow(qPrintable(QString::number(status))) << status;
}

void TestSandboxFaults::afterCommit()
{
    QFETCH(int, status);
    QVERIFY(m_server->addFault(QStringLiteral("POST /flowservice/connections %1-after-commit").arg(status)));
    const int before = connectionCreates();
    const TestReply r = createConnection(QStringLiteral("ac"));
    QCOMPARE(r.status, status);
    QCOMPARE(connectionCreates(), before + 1);
}

void TestSandboxFaults::dropBefore()
{
    // x*: Qt re-sends a dropped request once; every attempt is dropped unprocessed.
    QVERIFY(m_server->addFault(QStringLiteral("POST /flowservice/connections drop-before x*")));
    const int before = connectionCreates();
    const TestReply r = createConnection(QStringLiteral("db"));
    QVERIFY(r.error != QNetworkReply::NoError);
    QCOMPARE(r.status, 0);
    QCOMPARE(connectionCreates(), before);
}

void TestSandboxFaults::dropAfterCommitIsResentByQt()
{
    // A fresh client whose keep-alive connection was used once (the token): Qt takes the
    // dropped connection for a stale keep-alive and re-sends the POST on a new one.
    SandboxTestClient client(m_server->url());
    QVERIFY(client.authenticate());
    QVERIFY(m_server->addFault(QStringLiteral("POST /flowservice/connections drop-after-commit")));
    const int before = connectionCreates();
    const QString name = QStringLiteral("[dataflow:0badc0de:conn] resend");
    const TestReply r = client.post(flow + QStringLiteral("/connections"), sscConnectionBody(name));
    // The silent re-send: the client sees one clean 201, the server made two.
    QCOMPARE(r.status, 201);
    QCOMPARE(connectionCreates(), before + 2);
    const TestReply list = m_client->get(flow + QStringLiteral("/connections?property=name==%22") + QString::fromLatin1(QUrl::toPercentEncoding(name)) + QStringLiteral("%22"));
    QCOMPARE(list.object().value(QLatin1String("items")).toArray().size(), 2);
}

void TestSandboxFaults::stall()
{
    QVERIFY(m_server->addFault(QStringLiteral("GET /flowservice/connectionSpecs stall:200 x*")));
    const TestReply r = m_client->get(flow + QStringLiteral("/connectionSpecs"));
    QVERIFY(r.error != QNetworkReply::NoError);
    QCOMPARE(r.status, 0);
    m_server->clearFaults();
    QCOMPARE(m_client->get(flow + QStringLiteral("/connectionSpecs")).status, 200);
}

void TestSandboxFaults::trickle()
{
    const TestReply plain = m_client->get(flow + QStringLiteral("/connections/none"));
    QVERIFY(m_server->addFault(QStringLiteral("GET /flowservice/connections/none trickle:2")));
    const TestReply slow = m_client->get(flow + QStringLiteral("/connections/none"));
    QCOMPARE(slow.status, 404);
    QCOMPARE(slow.error, QNetworkReply::ContentNotFoundError);
    QCOMPARE(slow.errorCode(), plain.errorCode());
    QCOMPARE(slow.body.size(), plain.body.size());
}

void TestSandboxFaults::truncate()
{
    SandboxTestClient client(m_server->url());
    QVERIFY(client.authenticate());
    QVERIFY(m_server->addFault(QStringLiteral("POST /flowservice/connections truncate")));
    const int before = connectionCreates();
    const TestReply r = client.post(flow + QStringLiteral("/connections"), sscConnectionBody(QStringLiteral("tr")));
    QCOMPARE(r.status, 201);
    // Qt 6.4 usually reports RemoteHostClosedError here, but not always: the short body is
    // the dependable sign.
    QVERIFY(r.body.size() < r.header("Content-Length").toInt());
    QVERIFY(QJsonDocument::fromJson(r.body).isNull());
    if (r.error == QNetworkReply::NoError)
        qInfo("Qt reported no error for a truncated body");
    QCOMPARE(connectionCreates(), before + 1);
}

void TestSandboxFaults::malformedJson()
{
    QVERIFY(m_server->addFault(QStringLiteral("POST /flowservice/connections malformed-json")));
    const int before = connectionCreates();
    const TestReply r = createConnection(QStringLiteral("mj"));
    QCOMPARE(r.status, 201);
    QCOMPARE(r.error, QNetworkReply::NoError);
    QJsonParseError error;
    QJsonDocument::fromJson(r.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QCOMPARE(connectionCreates(), before + 1);
}

void TestSandboxFaults::empty200()
{
    QVERIFY(m_server->addFault(QStringLiteral("POST /flowservice/connections empty-200")));
    const int before = connectionCreates();
    const TestReply r = createConnection(QStringLiteral("e2"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(connectionCreates(), before + 1);
}

void TestSandboxFaults::html()
{
    QVERIFY(m_server->addFault(QStringLiteral("/schemaregistry html")));
    const TestReply r = m_client->get(schemas + QStringLiteral("/stats"));
    QCOMPARE(r.status, 502);
    QVERIFY(r.header("Content-Type").startsWith("text/html"));
    QVERIFY(r.body.contains("<html>"));
}

void TestSandboxFaults::redirect()
{
    QVERIFY(m_server->addFault(QStringLiteral("POST /flowservice/connections redirect:http://127.0.0.1:9/elsewhere")));
    const int before = connectionCreates();
    const TestReply r = createConnection(QStringLiteral("rd"));
    QCOMPARE(r.status, 307);
    QCOMPARE(r.header("Location"), QByteArray("http://127.0.0.1:9/elsewhere"));
    QCOMPARE(connectionCreates(), before);
}

void TestSandboxFaults::huge()
{
    QVERIFY(m_server->addFault(QStringLiteral("GET /flowservice/connectionSpecs huge:3")));
    const TestReply r = m_client->get(flow + QStringLiteral("/connectionSpecs"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.error, QNetworkReply::NoError);
    QCOMPARE(r.body.size(), 3 << 20);
    QCOMPARE(r.object().value(QLatin1String("pad")).toString().size(), (3 << 20) - 10);
    QCOMPARE(m_client->get(flow + QStringLiteral("/connectionSpecs")).object().value(QLatin1String("items")).toArray().size(), 3);
}

void TestSandboxFaults::deflateBomb()
{
    // Asking for an encoding ourselves keeps Qt from inflating: check the stream with qUncompress.
    QVERIFY(m_server->addFault(QStringLiteral("GET /flowservice/connectionSpecs deflate-bomb:2")));
    const TestReply raw = m_client->get(flow + QStringLiteral("/connectionSpecs"), {{"Accept-Encoding", "deflate"}});
    QCOMPARE(raw.status, 200);
    QCOMPARE(raw.header("Content-Encoding"), QByteArray("deflate"));
    QVERIFY(raw.body.size() < 20 * 1024);
    const qint64 expected = 1 + ((2 << 20) - 1) / 258 * 258;
    QByteArray prefixed(4, '\0');
    for (int i = 0; i < 4; ++i)
        prefixed[i] = char((expected >> (24 - 8 * i)) & 0xff);
    const QByteArray inflated = qUncompress(prefixed + raw.body); // checks the Adler-32 too
    QCOMPARE(inflated.size(), expected);
    QCOMPARE(inflated.count(' '), expected);
    // What a default Qt client does with it.
    QVERIFY(m_server->addFault(QStringLiteral("GET /flowservice/connectionSpecs deflate-bomb:64")));
    const TestReply bomb = m_client->get(flow + QStringLiteral("/connectionSpecs"));
    QCOMPARE(bomb.status, 200);
    QVERIFY(QJsonDocument::fromJson(bomb.body).isNull());
    qInfo("64 MiB deflate bomb: Qt error %d, %lld bytes delivered", int(bomb.error), qint64(bomb.body.size()));
}

void TestSandboxFaults::hideFromList()
{
    QVERIFY(m_server->addFault(QStringLiteral("POST /flowservice/connections hide-from-list:30")));
    const TestReply r = createConnection(QStringLiteral("hidden-one"));
    QCOMPARE(r.status, 201);
    const QString id = r.object().value(QLatin1String("id")).toString();
    const QString list = flow + QStringLiteral("/connections?property=name==hidden-one");
    QCOMPARE(m_client->get(list).object().value(QLatin1String("items")).toArray().size(), 0);
    QCOMPARE(m_client->get(flow + QStringLiteral("/connections/") + id).status, 200); // GET by id sees it
    m_server->advanceClock(31);
    QCOMPARE(m_client->get(list).object().value(QLatin1String("items")).toArray().size(), 1);
}

void TestSandboxFaults::countsAndSkips()
{
    QVERIFY(m_server->addFault(QStringLiteral("GET /flowservice/flowSpecs 503 x2 skip=1")));
    const QString path = flow + QStringLiteral("/flowSpecs");
    QCOMPARE(m_client->get(path).status, 200); // skipped
    QCOMPARE(m_client->get(path).status, 503);
    QCOMPARE(m_client->get(path).status, 503);
    QCOMPARE(m_client->get(path).status, 200); // disarmed
    QVERIFY(m_server->faults().isEmpty());
    QVERIFY(m_server->addFault(QStringLiteral("GET /flowservice/flowSpecs 500 x*")));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_client->get(path).status, 500);
    QCOMPARE(m_server->faults().size(), 1);
}

void TestSandboxFaults::methodFilter()
{
    QVERIFY(m_server->addFault(QStringLiteral("GET /flowservice/connections 500 x*")));
    QCOMPARE(createConnection(QStringLiteral("mf")).status, 201);
    QCOMPARE(m_client->get(flow + QStringLiteral("/connections")).status, 500);
}

void TestSandboxFaults::imsFault()
{
    QVERIFY(m_server->addFault(QStringLiteral("/ims/token 503")));
    QCOMPARE(m_client->requestToken(m_client->clientId, m_client->clientSecret).status, 503);
    QCOMPARE(m_client->requestToken(m_client->clientId, m_client->clientSecret).status, 200);
}

void TestSandboxFaults::ruleGrammar()
{
    QString error;
    for (const char *bad : {"", "/flows", "500", "POST flows 500", "/flows teapot", "/flows 500 x0", "/flows 500 skip=-1",
                            "/flows stall:abc", "/flows redirect", "/flows 429:wait=3"}) {
        QVERIFY2(!m_server->addFault(QString::fromLatin1(bad), &error), bad);
        QVERIFY(!error.isEmpty());
    }
    QVERIFY(m_server->faults().isEmpty());
    QVERIFY(m_server->addFault(QStringLiteral("delete /flowservice/flows 502-after-commit x3 skip=2"), &error));
}

void TestSandboxFaults::controlEndpoint()
{
    TestReply r = m_client->send("POST", QStringLiteral("/_sandbox/faults"), R"({"rule": "GET /catalog 500"})",
                                 {{"Content-Type", "application/json"}}, false);
    QCOMPARE(r.status, 201);
    r = m_client->send("GET", QStringLiteral("/_sandbox/faults"), {}, {}, false);
    QCOMPARE(r.object().value(QLatin1String("faults")).toArray(), QJsonArray{QStringLiteral("GET /catalog 500")});
    QCOMPARE(m_client->get(catalog + QStringLiteral("/dataSets")).status, 500);
    r = m_client->send("POST", QStringLiteral("/_sandbox/faults"), R"({"rule": "nonsense"})", {{"Content-Type", "application/json"}}, false);
    QCOMPARE(r.status, 400);
    QVERIFY(!r.object().value(QLatin1String("error")).toString().isEmpty());
    QVERIFY(m_server->addFault(QStringLiteral("/catalog 500 x*")));
    QCOMPARE(m_client->send("DELETE", QStringLiteral("/_sandbox/faults"), {}, {}, false).status, 204);
    QVERIFY(m_server->faults().isEmpty());
    r = m_client->send("GET", QStringLiteral("/_sandbox/resources/connections"), {}, {}, false);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QLatin1String("createCount")).toInt(), connectionCreates());
    QCOMPARE(r.object().value(QLatin1String("items")).toArray().size(), m_server->resources(QStringLiteral("connections")).size());
    QCOMPARE(m_client->send("GET", QStringLiteral("/_sandbox/resources/bogus"), {}, {}, false).status, 404);
    const double before = m_client->send("GET", QStringLiteral("/_sandbox/clock"), {}, {}, false).object().value(QLatin1String("nowMs")).toDouble();
    r = m_client->send("POST", QStringLiteral("/_sandbox/clock"), R"({"advanceSeconds": 3600})", {{"Content-Type", "application/json"}}, false);
    QCOMPARE(r.status, 200);
    QVERIFY(r.object().value(QLatin1String("nowMs")).toDouble() >= before + 3600 * 1000);
    QVERIFY(m_client->authenticate()); // tokens live on the sandbox clock
}

void TestSandboxFaults::latencyOverlaps()
{
    m_server->setLatency(300);
    QElapsedTimer timer;
    timer.start();
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 4; ++i) {
        QNetworkRequest request(QUrl(m_server->url().toString() + flow + QStringLiteral("/connectionSpecs")));
        request.setRawHeader("Authorization", "Bearer " + m_client->token.toUtf8());
        request.setRawHeader("x-api-key", "demo-client-id");
        request.setRawHeader("x-gw-ims-org-id", "DEMO0000000000000000ORG0@AdobeOrg");
        request.setRawHeader("x-sandbox-name", "prod");
        replies.append(m_client->nam().get(request));
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply *r) { return r->isFinished(); }), 10000);
    for (QNetworkReply *reply : replies) {
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }
    qInfo("4 parallel requests with 300 ms latency took %lld ms", timer.elapsed());
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
