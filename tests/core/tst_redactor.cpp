// SPDX-License-Identifier: MIT
#include "api/redactor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using Dataflow::Core::HttpRecord;
using Dataflow::Core::Redactor;

namespace {

const QString Secret = QStringLiteral("p@ss w/rd\"+\xE9&=Zq9!");
const QString Token = QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ0ZWNoYWNjdCJ9.c2lnbmF0dXJl");

// Every form in which @p secret could leak.
QList<QByteArray> forms(const QString &secret)
{
    const QByteArray raw = secret.toUtf8();
    QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("v"), secret}}).toJson(QJsonDocument::Compact);
    json = json.mid(6, json.size() - 8); // {"v":"…"}
    QList<QByteArray> out{raw, QUrl::toPercentEncoding(secret), json,
                          raw.toBase64(), raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)};
    return out;
}

QString leaks(const QByteArray &text, const QString &secret)
{
    for (const QByteArray &form : forms(secret)) {
        if (text.contains(form))
            return QString::fromUtf8(form);
    }
    return QString();
}

} // namespace

class TestRedactor : public QObject
{
    Q_OBJECT

private slots:
    void headersAlwaysMasked();
    void jsonKeys_data();
    void jsonKeys();
    void formFields();
    void registeredSecretInEveryForm_data();
    void registeredSecretInEveryForm();
    void basicAuthAtEveryAlignment();
    void shortSecretsIgnored();
    void logLines();
    void recordUrlAndBody();
};

void TestRedactor::headersAlwaysMasked()
{
    const Redactor redactor; // no registered secrets: headers are masked anyway
    HttpRecord r;
    r.method = "GET";
    r.url = QUrl(QStringLiteral("https://platform.adobe.io/data/foundation/flowservice/flows"));
    r.headers = {{"Authorization", "Bearer " + Token.toUtf8()},
                 {"x-api-key", "0123456789abcdef0123456789abcdef"},
                 {"X-Api-Key", "another-client-id-value"},
                 {"x-gw-ims-org-id", "ABCDEF0123456789@AdobeOrg"},
                 {"x-sandbox-name", "prod"}};
    const HttpRecord out = redactor.redacted(r);
    QCOMPARE(out.headers.size(), r.headers.size());
    QCOMPARE(out.header("authorization"), QByteArray("Bearer ${AEP_ACCESS_TOKEN}"));
    QCOMPARE(out.headers.at(1).second, QByteArray("${AEP_API_KEY}"));
    QCOMPARE(out.headers.at(2).second, QByteArray("${AEP_API_KEY}"));
    QCOMPARE(out.headers.at(2).first, QByteArray("X-Api-Key")); // names keep their spelling
    QCOMPARE(out.header("x-gw-ims-org-id"), QByteArray("ABCDEF0123456789@AdobeOrg"));
    QCOMPARE(out.header("x-sandbox-name"), QByteArray("prod"));
    QCOMPARE(out.method, QByteArray("GET"));
    QCOMPARE(out.url, r.url);
}

void TestRedactor::jsonKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("masked");
    for (const char *k : {"access_token", "client_secret", "password", "securityToken", "clientSecret", "token",
                          "refresh_token", "userPassword", "MY_SECRET_KEY", "PassWord"})
        QTest::newRow(k) << QString::fromLatin1(k) << true;
    for (const char *k : {"name", "username", "clientId", "client_id", "environmentUrl", "id"})
        QTest::newRow(k) << QString::fromLatin1(k) << false;
}

void TestRedactor::jsonKeys()
{
    QFETCH(QString, key);
    QFETCH(bool, masked);
    const QString value = QStringLiteral("value-of-%1").arg(key);
    const QJsonObject body{{QStringLiteral("auth"),
                            QJsonObject{{QStringLiteral("specName"), QStringLiteral("Basic Authentication")},
                                        {QStringLiteral("params"), QJsonObject{{key, value}, {QStringLiteral("n"), 1}}}}}};
    for (const auto format : {QJsonDocument::Compact, QJsonDocument::Indented}) {
        const QByteArray text = QJsonDocument(body).toJson(format);
        const QByteArray out = Redactor().redact(text);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, out.constData()); // still JSON
        const QJsonObject params = doc.object().value(QStringLiteral("auth")).toObject().value(QStringLiteral("params")).toObject();
        QCOMPARE(params.value(key).toString(), masked ? QStringLiteral("***") : value);
        QCOMPARE(params.value(QStringLiteral("n")).toInt(), 1);
        QCOMPARE(out.contains(value.toUtf8()), !masked);
    }
}

void TestRedactor::formFields()
{
    const Redactor redactor;
    const QByteArray form = "grant_type=client_credentials&client_id=abc123&client_secret=p8e-XyZsecret&"
                            "scope=openid,AdobeID&access_token=tok.en.value";
    const QByteArray out = redactor.redact(form);
    QVERIFY2(!out.contains("p8e-XyZsecret"), out.constData());
    QVERIFY2(!out.contains("tok.en.value"), out.constData());
    QVERIFY2(out.contains("client_secret=***"), out.constData());
    QVERIFY2(out.contains("access_token=***"), out.constData());
    QVERIFY2(out.contains("client_id=abc123"), out.constData());
    QVERIFY2(out.contains("grant_type=client_credentials"), out.constData());
}

void TestRedactor::registeredSecretInEveryForm_data()
{
    QTest::addColumn<QByteArray>("text");
    const QByteArray raw = Secret.toUtf8();
    QTest::newRow("raw") << QByteArray("log: secret is " + raw + " here");
    QTest::newRow("percent") << QByteArray("https://x.test/?q=" + QUrl::toPercentEncoding(Secret) + "&a=1");
    QTest::newRow("form plus") << QByteArray("a=1&q=" + QUrl::toPercentEncoding(Secret).replace("%20", "+"));
    QTest::newRow("json") << QJsonDocument(QJsonObject{{QStringLiteral("note"), Secret}}).toJson();
    QTest::newRow("json slash escaped") << QByteArray(R"({"note": "p@ss w\/rd\"+)") + QString(QChar(0xE9)).toUtf8()
                                                + QByteArray(R"(&=Zq9!"})");
    QTest::newRow("base64") << QByteArray("blob " + raw.toBase64() + " end");
    QTest::newRow("base64url") << QByteArray("blob " + raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QTest::newRow("twice") << QByteArray(raw + raw);
}

void TestRedactor::registeredSecretInEveryForm()
{
    QFETCH(QByteArray, text);
    Redactor redactor;
    redactor.addSecret(Secret);
    const QByteArray out = redactor.redact(text);
    QVERIFY2(leaks(out, Secret).isEmpty(), out.constData());
    QVERIFY2(!out.contains("Zq9!"), out.constData());
    QVERIFY2(out.contains("***"), out.constData());
    // QString overload agrees.
    QCOMPARE(redactor.redact(QString::fromUtf8(text)).toUtf8(), out);
}

void TestRedactor::basicAuthAtEveryAlignment()
{
    Redactor redactor;
    redactor.addSecret(Secret);
    for (const QByteArray &user : {QByteArray("u"), QByteArray("us"), QByteArray("use"), QByteArray("user")}) {
        const QByteArray encoded = (user + ':' + Secret.toUtf8()).toBase64();
        const QByteArray out = redactor.redact(QByteArray("Proxy-Authorization: Basic ") + encoded);
        // The part of the Base64 text that carries the secret is gone: decoding what is left
        // cannot give the secret back.
        QVERIFY2(!out.contains(encoded), out.constData());
        QVERIFY2(!QByteArray::fromBase64(out.mid(27)).contains("Zq9!"), out.constData());
    }
}

void TestRedactor::shortSecretsIgnored()
{
    Redactor redactor;
    redactor.addSecret(QStringLiteral("ab"));
    redactor.addSecret(QString());
    QVERIFY(redactor.secrets().isEmpty());
    QCOMPARE(redactor.redact(QByteArray("abc about")), QByteArray("abc about"));
}

void TestRedactor::logLines()
{
    Redactor redactor;
    const QByteArray log = "POST /ims/token/v3\n"
                           "Authorization: Bearer " + Token.toUtf8() + "\n"
                           "x-api-key: 0123456789abcdef\n"
                           "note: token was Bearer abc.DEF-ghi_123 yesterday\n"
                           "status=200 flow=abc\n";
    const QByteArray out = redactor.redact(log);
    QVERIFY2(!out.contains(Token.toUtf8()), out.constData());
    QVERIFY2(!out.contains("0123456789abcdef"), out.constData());
    QVERIFY2(!out.contains("abc.DEF-ghi_123"), out.constData());
    QVERIFY2(out.contains("Authorization: Bearer ${AEP_ACCESS_TOKEN}\n"), out.constData());
    QVERIFY2(out.contains("x-api-key: ${AEP_API_KEY}\n"), out.constData());
    QVERIFY2(out.contains("status=200 flow=abc"), out.constData());
    QVERIFY2(out.startsWith("POST /ims/token/v3\n"), out.constData());
}

void TestRedactor::recordUrlAndBody()
{
    Redactor redactor;
    redactor.addSecret(Token);
    redactor.addSecret(Secret);
    HttpRecord r;
    r.method = "POST";
    QUrl url(QStringLiteral("https://ims-na1.adobelogin.com/ims/token/v3"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client_id"), QStringLiteral("cid"));
    query.addQueryItem(QStringLiteral("access_token"), QStringLiteral("qwertyuiop"));
    url.setQuery(query);
    r.url = url;
    r.headers = {{"Cookie", "session=" + Token.toUtf8()}, {"X-Secret-Header", "shh-value"}};
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("auth"),
                                        QJsonObject{{QStringLiteral("params"),
                                                     QJsonObject{{QStringLiteral("username"), QStringLiteral("api@example.test")},
                                                                 {QStringLiteral("description"), Secret}}}}}})
                 .toJson();
    const HttpRecord out = redactor.redacted(r);
    const QByteArray all = out.url.toEncoded() + out.headers.at(0).second + out.headers.at(1).second + out.body;
    QVERIFY2(leaks(all, Token).isEmpty(), all.constData());
    QVERIFY2(leaks(all, Secret).isEmpty(), all.constData());
    QVERIFY2(!all.contains("qwertyuiop"), all.constData());
    QVERIFY2(!all.contains("shh-value"), all.constData());
    QCOMPARE(QUrlQuery(out.url).queryItemValue(QStringLiteral("client_id")), QStringLiteral("cid"));
    QCOMPARE(out.url.host(), QStringLiteral("ims-na1.adobelogin.com"));
    QVERIFY2(out.body.contains("api@example.test"), out.body.constData());
    QVERIFY(QJsonDocument::fromJson(out.body).isObject());
}

QTEST_APPLESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
