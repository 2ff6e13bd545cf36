// SPDX-License-Identifier: MIT
// ApiClient against a real loopback HTTP server: headers, token lifecycle, retries, deadlines,
// redirects, size cap, truncation and paging (RELIABILITY.md goals G7, G9, G10, G11).
#include "api/apiclient.h"
#include "api/requests.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace Dataflow::Core;

namespace {

/** Runs backoff timers at once and records the delays: no real sleeping. */
class VirtualScheduler final : public Scheduler
{
public:
    qint64 nowMs() const override { return m_now; }
    void callLater(int delayMs, QObject *context, std::function<void()> callback) override
    {
        delays.append(delayMs);
        m_now += delayMs;
        QTimer::singleShot(0, context, std::move(callback));
    }
    double random() override { return 0.5; }
    QList<int> delays;
    qint64 m_now = 1'700'000'000'000;
};

template<typename T>
T waitFor(ApiClient &client, std::function<void(std::function<void(const T &)>)> start)
{
    std::optional<T> result;
    start([&result](const T &r) { result = r; });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, 15000);
    Q_UNUSED(client);
    return result.value_or(T(ApiError::make(ApiError::Kind::Timeout, QStringLiteral("test timed out"))));
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

    QHttpServer m_server;
    QHttpServer m_other; // a second origin: must never see credentials
    quint16 m_port = 0;
    quint16 m_otherPort = 0;
    int m_imsCalls = 0;
    int m_otherHits = 0;
    QByteArray m_otherAuth;
    QList<QPair<QByteArray, QByteArray>> m_lastHeaders;
    int m_flaky = 0;
    int m_postCount = 0;
    QByteArray m_validToken = "tok-1";
    int m_tokenLifetime = 86399;
    bool m_revokeAll = false;

    QNetworkAccessManager m_manager;

    ApiClient *makeClient(QObject *parent, int deadlineMs = 5000)
    {
        ClientConfig c;
        c.platformUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
        c.imsUrl = c.platformUrl;
        c.orgId = QStringLiteral("ORG@AdobeOrg");
        c.clientId = QStringLiteral("client-1");
        c.deadlineMs = deadlineMs;
        c.transferTimeoutMs = deadlineMs;
        c.maxResponseBytes = 1024 * 1024;
        auto *client = new ApiClient(&m_manager, c, parent);
        client->setClientSecret(QStringLiteral("secret-1"));
        client->setScheduler(std::make_shared<VirtualScheduler>());
        return client;
    }

    ApiResult<ApiResponse> get(ApiClient &client, const ApiRequest &request)
    {
        return waitFor<ApiResult<ApiResponse>>(client, [&](auto done) { client.send(request, this, done); });
    }

    static ApiRequest path(const QString &p, QByteArray method = "GET")
    {
        ApiRequest r;
        r.method = std::move(method);
        r.service = Service::FlowService;
        r.path = p;
        if (r.method == "POST") {
            r.body = "{}";
            r.contentType = "application/json";
        }
        return r;
    }

private slots:
    void initTestCase()
    {
        m_server.route(QStringLiteral("/ims/token/v3"), [this](const QHttpServerRequest &req) {
            ++m_imsCalls;
            const QUrlQuery form(QString::fromUtf8(req.body()));
            if (form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded) != QLatin1String("secret-1"))
                return QHttpServerResponse(QJsonObject{{"error", "invalid_client"}, {"error_description", "bad secret"}},
                                           QHttpServerResponder::StatusCode::Unauthorized);
            return QHttpServerResponse(QJsonObject{{"access_token", QString::fromLatin1(m_validToken)}, {"token_type", "bearer"}, {"expires_in", m_tokenLifetime}});
        });
        m_server.route(QStringLiteral("/data/foundation/flowservice/echo"), [this](const QHttpServerRequest &req) {
            m_lastHeaders = req.headers();
            if (m_revokeAll || req.value("Authorization") != "Bearer " + m_validToken)
                return QHttpServerResponse(QJsonObject{{"error_code", "401013"}, {"message", "Oauth token is not valid"}},
                                           QHttpServerResponder::StatusCode::Unauthorized);
            return QHttpServerResponse(QJsonObject{{"ok", true}});
        });
        m_server.route(QStringLiteral("/data/foundation/flowservice/flaky429"), [this] {
            if (m_flaky-- > 0) {
                QHttpServerResponse r(QJsonObject{{"message", "slow down"}}, QHttpServerResponder::StatusCode::TooManyRequests);
                r.setHeader("Retry-After", "3");
                return r;
            }
            return QHttpServerResponse(QJsonObject{{"ok", true}});
        });
        m_server.route(QStringLiteral("/data/foundation/flowservice/always503"), [this] {
            ++m_postCount;
            return QHttpServerResponse(QJsonObject{{"message", "down"}}, QHttpServerResponder::StatusCode::ServiceUnavailable);
        });
        m_server.route(QStringLiteral("/data/foundation/flowservice/redirect"), [this] {
            QHttpServerResponse r(QHttpServerResponder::StatusCode::TemporaryRedirect);
            r.setHeader("Location", QStringLiteral("http://127.0.0.1:%1/steal").arg(m_otherPort).toLatin1());
            return r;
        });
        m_server.route(QStringLiteral("/data/foundation/flowservice/stall"), [](const QHttpServerRequest &, QHttpServerResponder &&responder) {
            auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
            QTimer::singleShot(3000, [held] { held->write(QByteArray("{}"), "application/json"); });
        });
        m_server.route(QStringLiteral("/data/foundation/flowservice/huge"), [] {
            return QHttpServerResponse("application/json", QByteArray(2 * 1024 * 1024, ' ') + "{}");
        });
        m_server.route(QStringLiteral("/data/foundation/flowservice/truncated"), [](const QHttpServerRequest &, QHttpServerResponder &&responder) {
            QTcpSocket *socket = responder.socket();
            socket->write("HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"id\":\"abc\"");
            socket->flush();
            QTimer::singleShot(50, socket, [socket] { socket->abort(); });
        });
        m_server.route(QStringLiteral("/data/foundation/flowservice/paged"), [](const QHttpServerRequest &req) {
            const QString token = QUrlQuery(req.url()).queryItemValue(QStringLiteral("continuationToken"));
            const int page = token.isEmpty() ? 0 : token.toInt();
            QJsonArray items;
            for (int i = 0; i < 3; ++i)
                items.append(QJsonObject{{"id", QStringLiteral("p%1-%2").arg(page).arg(i)}});
            QJsonObject body{{"items", items}};
            if (page < 2)
                body.insert("_links", QJsonObject{{"next", QJsonObject{{"href", QStringLiteral("/paged?continuationToken=%1").arg(page + 1)}}}});
            return QHttpServerResponse(body);
        });
        m_other.route(QStringLiteral("/steal"), [this](const QHttpServerRequest &req) {
            ++m_otherHits;
            m_otherAuth = req.value("Authorization");
            return QHttpServerResponse(QJsonObject{{"stolen", true}});
        });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
        m_otherPort = m_other.listen(QHostAddress::LocalHost, 0);
        QVERIFY(m_port > 0 && m_otherPort > 0);
        m_manager.setAutoDeleteReplies(true);
    }

    void init()
    {
        m_imsCalls = 0;
        m_validToken = "tok-1";
        m_tokenLifetime = 86399;
    }

    void headersOnEveryCall()
    {
        QObject scope;
        ApiClient *client = makeClient(&scope);
        const auto r = get(*client, path(QStringLiteral("/echo")));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        auto header = [this](const char *name) {
            for (const auto &h : m_lastHeaders)
                if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                    return h.second;
            return QByteArray();
        };
        QCOMPARE(header("Authorization"), QByteArray("Bearer tok-1"));
        QCOMPARE(header("x-api-key"), QByteArray("client-1"));
        QCOMPARE(header("x-gw-ims-org-id"), QByteArray("ORG@AdobeOrg"));
        QCOMPARE(header("x-sandbox-name"), QByteArray("prod"));
        QCOMPARE(m_imsCalls, 1);
    }

    void oneImsCallForConcurrentRequests()
    {
        QObject scope;
        ApiClient *client = makeClient(&scope);
        int done = 0;
        for (int i = 0; i < 8; ++i)
            client->send(path(QStringLiteral("/echo")), this, [&done](const ApiResult<ApiResponse> &r) { done += r.ok() ? 1 : 100; });
        QTRY_COMPARE_WITH_TIMEOUT(done, 8, 10000);
        QCOMPARE(m_imsCalls, 1);
    }

    void refreshOnceOn401ThenReplay()
    {
        QObject scope;
        ApiClient *client = makeClient(&scope);
        QVERIFY(get(*client, path(QStringLiteral("/echo"))).ok());
        m_validToken = "tok-2"; // the server revokes tok-1
        const auto r = get(*client, path(QStringLiteral("/echo")));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(m_imsCalls, 2);
    }

    void persistent401IsAClearError()
    {
        QObject scope;
        ApiClient *client = makeClient(&scope);
        QVERIFY(get(*client, path(QStringLiteral("/echo"))).ok());
        m_revokeAll = true; // every token is refused, even a fresh one
        const auto r = get(*client, path(QStringLiteral("/echo")));
        m_revokeAll = false;
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Auth);
        QCOMPARE(r.error().code, QStringLiteral("401013"));
        QCOMPARE(m_imsCalls, 2); // exactly one refresh
    }

    void proactiveRefreshBeforeExpiry()
    {
        QObject scope;
        ApiClient *client = makeClient(&scope);
        auto scheduler = std::make_shared<VirtualScheduler>();
        client->setScheduler(scheduler);
        m_tokenLifetime = 600; // 10 minutes
        QVERIFY(get(*client, path(QStringLiteral("/echo"))).ok());
        QVERIFY(get(*client, path(QStringLiteral("/echo"))).ok());
        QCOMPARE(m_imsCalls, 1);
        scheduler->m_now += 6 * 60 * 1000; // 4 minutes left: inside the 5-minute margin
        QVERIFY(get(*client, path(QStringLiteral("/echo"))).ok());
        QCOMPARE(m_imsCalls, 2);
    }

    void badSecretIsAuthError()
    {
        QObject scope;
        ApiClient *client = makeClient(&scope);
        client->setClientSecret(QStringLiteral("wrong"));
        const auto r = get(*client, path(QStringLiteral("/echo")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Auth);
        QVERIFY(!r.error().nextStep.isEmpty());
    }

    void retryAfterHonoured()
    {
        QObject scope;
        ApiClient *client = makeClient(&scope);
        auto scheduler = std::make_shared<VirtualScheduler>();
        client->setScheduler(scheduler);
        m_flaky = 2;
        const auto r = get(*client, path(QStringLiteral("/flaky429"), "POST")); // 429: nothing was created, POST may retry
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r.value().attempts, 3);
        QCOMPARE(scheduler->delays, (QList<int>{3000, 3000}));
        m_flaky = 5;
        const auto r2 = get(*client, path(QStringLiteral("/flaky429")));
        QVERIFY(!r2.ok());
        QCOMPARE(r2.error().httpStatus, 429);
    }

    void getRetriedPostNotOn503()
    {
        QObject scope;
        ApiClient *client = makeClient(&scope);
        m_postCount = 0;
        const auto r = get(*client, path(QStringLiteral("/always503")));
        QVERIFY(!r.ok());
        QCOMPARE(m_postCount, 3); // at most three attempts
        m_postCount = 0;
        const auto p = get(*client, path(QStringLiteral("/always503"), "POST"));
        QVERIFY(!p.ok());
        QCOMPARE(m_postCount, 1); // an ambiguous create is never re-posted blindly
        QCOMPARE(p.error().outcome, ApiError::Outcome::Ambiguous);
    }

    void redirectNotFollowed()
    {
        QObject scope;
        ApiClient *client = makeClient(&scope);
        m_otherHits = 0;
        const auto r = get(*client, path(QStringLiteral("/redirect"), "POST"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("redirect"));
        QTest::qWait(100); // give a (wrongly) followed redirect time to arrive
        QCOMPARE(m_otherHits, 0);
        QVERIFY(m_otherAuth.isEmpty());
    }

    void plainHttpRefusedExceptLoopback()
    {
        QObject scope;
        ApiClient *client = makeClient(&scope);
        ClientConfig c = client->config();
        c.platformUrl = QUrl(QStringLiteral("http://platform.example.com"));
        client->setConfig(c);
        const auto r = get(*client, path(QStringLiteral("/echo")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("insecure-transport"));
        QCOMPARE(r.error().outcome, ApiError::Outcome::NotSent);
    }

    void deadline()
    {
        QObject scope;
        ApiClient *client = makeClient(&scope, 400);
        QElapsedTimer t;
        t.start();
        const auto r = get(*client, path(QStringLiteral("/stall"), "POST"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Timeout);
        QCOMPARE(r.error().outcome, ApiError::Outcome::Ambiguous);
        QVERIFY2(t.elapsed() < 2500, "one attempt only, ended by the deadline"); // generous bound, not a timing test
    }

    void sizeCap()
    {
        QObject scope;
        ApiClient *client = makeClient(&scope);
        const auto r = get(*client, path(QStringLiteral("/huge")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Parse);
        QVERIFY(r.error().message.contains(QStringLiteral("MiB")));
    }

    void truncatedBodyIsAmbiguous()
    {
        QObject scope;
        ApiClient *client = makeClient(&scope);
        const auto r = get(*client, path(QStringLiteral("/truncated"), "POST"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().outcome, ApiError::Outcome::Ambiguous);
    }

    void pagingFollowsContinuationTokens()
    {
        QObject scope;
        ApiClient *client = makeClient(&scope);
        std::optional<ApiResult<QJsonArray>> result;
        client->sendList(path(QStringLiteral("/paged")), this, [&result](const ApiResult<QJsonArray> &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY(result->ok());
        QCOMPARE(result->value().size(), 9);
        QCOMPARE(result->value().last().toObject().value("id").toString(), QStringLiteral("p2-2"));
    }

    void tokenParsing()
    {
        QVERIFY(ApiClient::parseTokenResponse(R"({"access_token":"a","expires_in":86399})").ok());
        QVERIFY(ApiClient::parseTokenResponse(R"({"access_token":"a","expires_in":"3600"})").ok());
        QVERIFY(!ApiClient::parseTokenResponse(R"({"access_token":"a","expires_in":86399992})").ok()); // milliseconds
        QVERIFY(!ApiClient::parseTokenResponse(R"({"access_token":"a","expires_in":5})").ok());
        QVERIFY(!ApiClient::parseTokenResponse(R"({"expires_in":86399})").ok());
        QVERIFY(!ApiClient::parseTokenResponse("<html>").ok());
    }

    void backoffIsFullJitterAndCapped()
    {
        for (int attempt = 1; attempt <= 10; ++attempt) {
            for (double r : {0.0, 0.3, 0.999}) {
                const int d = ApiClient::backoffMs(attempt, 500, 8000, r);
                QVERIFY(d >= 0 && d <= 8000);
            }
        }
        QCOMPARE(ApiClient::backoffMs(1, 500, 8000, 0.999), 499);
        QCOMPARE(ApiClient::backoffMs(3, 500, 8000, 0.5), 1000);
        QCOMPARE(ApiClient::backoffMs(10, 500, 8000, 0.5), 4000);
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
