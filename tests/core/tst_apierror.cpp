// SPDX-License-Identifier: MIT
// Every error body format of CONTRACT 1.6 classified into code, request id, message and next step.
#include "api/apierror.h"

#include <QDateTime>
#include <QTest>

using namespace Dataflow::Core;

class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    void classify_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("requestId");
        QTest::addColumn<QString>("messagePart");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("outcome");

        QTest::newRow("gateway token missing") << 401 << QByteArray(R"({"error_code":"403010","message":"Oauth token is missing."})")
                                               << "403010" << "" << "token is missing" << int(ApiError::Kind::Auth) << int(ApiError::Outcome::Rejected);
        QTest::newRow("gateway numeric code") << 401 << QByteArray(R"({"error_code":401013,"message":"Oauth token is not valid"})")
                                              << "401013" << "" << "not valid" << int(ApiError::Kind::Auth) << int(ApiError::Outcome::Rejected);
        QTest::newRow("flow service problem") << 400
            << QByteArray(R"({"type":"https:\/\/ns.adobe.com/aep/errors/FLOW-1425-400","title":"Invalid request","status":400,"report":{"detailed-message":"schema mismatch","request-id":"req-42","type":"flows"},"errorMessage":"Schema of dataset differs","errorDetails":"x"})")
            << "FLOW-1425-400" << "req-42" << "Schema of dataset differs" << int(ApiError::Kind::Http) << int(ApiError::Outcome::Rejected);
        QTest::newRow("schema registry") << 400
            << QByteArray(R"({"type":"http:\/\/ns.adobe.com/aep/errors/XDM-1007-400","title":"Accept header invalid","status":400,"report":{"registryRequestId":"reg-7","timestamp":"11-02-2021 07:42:43","detailed-message":"need version","sub-errors":[]},"detail":"Accept must carry version"})")
            << "XDM-1007-400" << "reg-7" << "need version" << int(ApiError::Kind::Http) << int(ApiError::Outcome::Rejected);
        QTest::newRow("generic bad request") << 400
            << QByteArray(R"({"type":"/placeholder/type/uri","status":400,"title":"BadRequestError","detail":"A valid content-type must be specified"})")
            << "" << "" << "content-type" << int(ApiError::Kind::Http) << int(ApiError::Outcome::Rejected);
        QTest::newRow("oauth ims") << 400 << QByteArray(R"({"error":"invalid_client","error_description":"invalid client_secret parameter"})")
                                   << "invalid_client" << "" << "client_secret" << int(ApiError::Kind::Http) << int(ApiError::Outcome::Rejected);
        QTest::newRow("legacy code/error") << 500 << QByteArray(R"({"code":"500","error":"Internal"})")
                                           << "500" << "" << "Internal" << int(ApiError::Kind::Http) << int(ApiError::Outcome::Ambiguous);
        QTest::newRow("etag mismatch") << 412 << QByteArray(R"({"errorMessage":"Supplied version=[x] does not match the current version"})")
                                       << "" << "" << "does not match" << int(ApiError::Kind::Http) << int(ApiError::Outcome::Rejected);
        QTest::newRow("html page") << 502 << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>")
                                   << "" << "" << "HTTP 502" << int(ApiError::Kind::Http) << int(ApiError::Outcome::Ambiguous);
        QTest::newRow("plain text") << 503 << QByteArray("upstream unavailable") << "" << "" << "upstream unavailable"
                                    << int(ApiError::Kind::Http) << int(ApiError::Outcome::Ambiguous);
        QTest::newRow("empty") << 404 << QByteArray() << "" << "" << "HTTP 404" << int(ApiError::Kind::Http) << int(ApiError::Outcome::Rejected);
        QTest::newRow("forbidden") << 403 << QByteArray(R"({"type":"https:\/\/ns.adobe.com/aep/errors/FLOW-2118-403","title":"Forbidden","status":403})")
                                   << "FLOW-2118-403" << "" << "Forbidden" << int(ApiError::Kind::Auth) << int(ApiError::Outcome::Rejected);
    }

    void classify()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, requestId);
        QFETCH(QString, messagePart);
        QFETCH(int, kind);
        QFETCH(int, outcome);
        const ApiError e = ApiError::fromHttp(status, body, {});
        QCOMPARE(e.httpStatus, status);
        QCOMPARE(e.code, code);
        QCOMPARE(e.requestId, requestId);
        QVERIFY2(e.message.contains(messagePart) || e.toString().contains(messagePart), qPrintable(e.toString()));
        QCOMPARE(int(e.kind), kind);
        QCOMPARE(int(e.outcome), outcome);
        QVERIFY2(!e.nextStep.isEmpty(), "every error carries a next step");
        if (!code.isEmpty())
            QVERIFY(e.toString().startsWith(code));
    }

    void requestIdFromHeader()
    {
        const ApiError e = ApiError::fromHttp(500, "{}", {{"X-Request-Id", "hdr-1"}});
        QCOMPARE(e.requestId, QStringLiteral("hdr-1"));
        QVERIFY(e.toString().contains(QStringLiteral("hdr-1")));
    }

    void retryAfter()
    {
        const qint64 now = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(parseRetryAfterMs("7", now), 7000);
        QCOMPARE(parseRetryAfterMs(" 0 ", now), 0);
        QCOMPARE(parseRetryAfterMs("Thu, 01 Jan 2026 00:00:03 GMT", now), 3000);
        QCOMPARE(parseRetryAfterMs("Wed, 31 Dec 2025 23:59:00 GMT", now), 0); // in the past
        QCOMPARE(parseRetryAfterMs("soon", now), -1);
        QCOMPARE(parseRetryAfterMs("-5", now), -1);
        QCOMPARE(parseRetryAfterMs("", now), -1);
        QCOMPARE(parseRetryAfterMs("99999999999", now), 24 * 3600 * 1000); // absurd values are capped
        const ApiError e = ApiError::fromHttp(429, "{}", {{"Retry-After", "2"}});
        QCOMPARE(e.retryAfterMs, 2000);
        QVERIFY(e.isRetryable());
    }
};

QTEST_APPLESS_MAIN(TestApiError)
#include "tst_apierror.moc"
