// SPDX-License-Identifier: MIT
#include "api/curlformatter.h"
#include "api/redactor.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using Dataflow::Core::CurlFormatter;
using Dataflow::Core::HttpRecord;
using Dataflow::Core::Redactor;

namespace {

const QByteArray Token = "eyJhbGciOiJSUzI1NiJ9.c2VjcmV0LXRva2Vu.c2lnbmF0dXJlLXZhbHVl";
const QByteArray ApiKey = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";

HttpRecord createFlow()
{
    HttpRecord r;
    r.method = "POST";
    r.url = QUrl(QStringLiteral("https://platform.adobe.io/data/foundation/flowservice/flows"));
    r.headers = {{"Authorization", "Bearer " + Token},
                 {"x-api-key", ApiKey},
                 {"x-gw-ims-org-id", "ABC123@AdobeOrg"},
                 {"x-sandbox-name", "prod"},
                 {"Content-Type", "application/json"}};
    // Quotes, a dollar sign, backquotes and a backslash: nothing in the body may reach the shell.
    r.body = "{\n"
             "  \"name\": \"SSC Account \u2192 AEP: it's \\\"quoted\\\" $HOME `id` \\\\ done\",\n"
             "  \"flowSpec\": {\"id\": \"14518937-270c-4525-bdec-c2ba7cce3860\", \"version\": \"1.0\"},\n"
             "  \"scheduleParams\": {\"startTime\": 1612310466, \"frequency\": \"minute\", \"interval\": 15}\n"
             "}";
    return r;
}

const QString ShPath = QStringLiteral("/bin/sh");

} // namespace

class TestCurlFormatter : public QObject
{
    Q_OBJECT

private slots:
    void shellQuote();
    void simpleGet();
    void jsonBodyUsesQuotedHereDocument();
    void otherBodyIsSingleQuoted();
    void hereDocumentDelimiterAvoidsBody();
    void placeholdersBecomeVariables();
    void secretsNeverAppear();
    void scriptHeader();
    void syntaxCheck();
    void argumentsRoundTrip();
    void scriptRefusesMissingVariables();

private:
    QString runScript(const QString &script, const QProcessEnvironment &env, int *exitCode);
};

void TestCurlFormatter::shellQuote()
{
    QCOMPARE(CurlFormatter::shellQuote(QStringLiteral("abc")), QStringLiteral("'abc'"));
    QCOMPARE(CurlFormatter::shellQuote(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));
    QCOMPARE(CurlFormatter::shellQuote(QString()), QStringLiteral("''"));
    QCOMPARE(CurlFormatter::shellQuote(QStringLiteral("$x `y` \"z\"")), QStringLiteral("'$x `y` \"z\"'"));
}

void TestCurlFormatter::simpleGet()
{
    HttpRecord r;
    r.method = "GET";
    r.url = QUrl(QStringLiteral("https://platform.adobe.io/data/foundation/flowservice/flowSpecs?property=name==%22CRMToAEP%22"));
    r.headers = {{"x-sandbox-name", "prod"}};
    QCOMPARE(CurlFormatter::toCurl(r),
             QStringLiteral("curl -sS 'https://platform.adobe.io/data/foundation/flowservice/flowSpecs?property=name==%22CRMToAEP%22' \\\n"
                            "  -H 'x-sandbox-name: prod'\n"));
    r.method = "DELETE";
    QVERIFY(CurlFormatter::toCurl(r).startsWith(QLatin1String("curl -sS -X DELETE 'https://")));
}

void TestCurlFormatter::jsonBodyUsesQuotedHereDocument()
{
    const HttpRecord r = createFlow();
    const QString cmd = CurlFormatter::toCurl(r);
    QVERIFY2(cmd.startsWith(QLatin1String("curl -sS -X POST 'https://platform.adobe.io/data/foundation/flowservice/flows'")),
             qPrintable(cmd));
    QVERIFY2(cmd.contains(QLatin1String("--data-binary @- <<'JSON'\n") + QString::fromUtf8(r.body) + QLatin1String("\nJSON\n")),
             qPrintable(cmd));
    QVERIFY2(cmd.endsWith(QLatin1String("\nJSON\n")), qPrintable(cmd));
}

void TestCurlFormatter::otherBodyIsSingleQuoted()
{
    HttpRecord r;
    r.method = "POST";
    r.url = QUrl(QStringLiteral("https://ims-na1.adobelogin.com/ims/token/v3"));
    r.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
    r.body = "grant_type=client_credentials&client_id=abc&scope=it's";
    const QString cmd = CurlFormatter::toCurl(r);
    QVERIFY2(cmd.contains(QLatin1String("--data-binary 'grant_type=client_credentials&client_id=abc&scope=it'\\''s'")),
             qPrintable(cmd));
    QVERIFY(!cmd.contains(QLatin1String("<<")));
}

void TestCurlFormatter::hereDocumentDelimiterAvoidsBody()
{
    HttpRecord r;
    r.method = "POST";
    r.url = QUrl(QStringLiteral("https://platform.adobe.io/x"));
    r.body = "[\n\"a\",\n1\n]";
    QVERIFY(CurlFormatter::toCurl(r).contains(QLatin1String("<<'JSON'\n[\n\"a\",\n1\n]\nJSON\n")));
    // A JSON text cannot have a line that is exactly "JSON"; a non-JSON body with one is
    // single-quoted, so the here-document can never end early.
    r.body = "line\nJSON\nline";
    const QString cmd = CurlFormatter::toCurl(r);
    QVERIFY2(cmd.contains(QLatin1String("--data-binary 'line\nJSON\nline'")), qPrintable(cmd));
}

void TestCurlFormatter::placeholdersBecomeVariables()
{
    const HttpRecord r = Redactor().redacted(createFlow());
    const QString cmd = CurlFormatter::toCurl(r);
    QVERIFY2(cmd.contains(QLatin1String("-H \"Authorization: Bearer ${AEP_ACCESS_TOKEN}\"")), qPrintable(cmd));
    QVERIFY2(cmd.contains(QLatin1String("-H \"x-api-key: ${AEP_API_KEY}\"")), qPrintable(cmd));
    QVERIFY2(cmd.contains(QLatin1String("-H 'x-gw-ims-org-id: ABC123@AdobeOrg'")), qPrintable(cmd));
    // Inside double quotes anything but the placeholder is escaped.
    HttpRecord odd;
    odd.method = "GET";
    odd.url = QUrl(QStringLiteral("https://platform.adobe.io/x"));
    odd.headers = {{"X-Note", "${AEP_API_KEY} costs $5 `now` \"ok\" \\"}};
    QVERIFY2(CurlFormatter::toCurl(odd).contains(QLatin1String("-H \"X-Note: ${AEP_API_KEY} costs \\$5 \\`now\\` \\\"ok\\\" \\\\\"")),
             qPrintable(CurlFormatter::toCurl(odd)));
}

void TestCurlFormatter::secretsNeverAppear()
{
    Redactor redactor;
    redactor.addSecret(QString::fromLatin1(Token));
    redactor.addSecret(QStringLiteral("sf-client-secret-value"));
    HttpRecord r = createFlow();
    r.body = "{\"auth\": {\"params\": {\"clientSecret\": \"sf-client-secret-value\", "
             "\"note\": \"sf-client-secret-value\", \"token\": \"x1y2z3w4\"}}}";
    r.url.setQuery(QStringLiteral("access_token=") + QString::fromLatin1(Token));
    const QString script = CurlFormatter::script({redactor.redacted(r), redactor.redacted(createFlow())}, QStringLiteral("test"));
    for (const QByteArray &s : {Token, ApiKey, QByteArray("sf-client-secret-value"), QByteArray("x1y2z3w4"),
                                QByteArray(Token).toBase64(), QUrl::toPercentEncoding(QString::fromLatin1(Token))}) {
        QVERIFY2(!script.toUtf8().contains(s), s.constData());
    }
}

void TestCurlFormatter::scriptHeader()
{
    const QString script = CurlFormatter::script({Redactor().redacted(createFlow())},
                                                 QStringLiteral("Dataflow \"SSC Account\"\ncreated 2026-12-04"));
    QVERIFY(script.startsWith(QLatin1String("#!/bin/sh\n# Dataflow \"SSC Account\"\n# created 2026-12-04\n")));
    QVERIFY(script.contains(QLatin1String("\nset -eu\n")));
    QVERIFY(script.contains(QLatin1String("#   AEP_ACCESS_TOKEN: ")));
    QVERIFY(script.contains(QLatin1String("#   AEP_API_KEY: ")));
    QVERIFY(script.indexOf(QLatin1String("AEP_ACCESS_TOKEN: ")) < script.indexOf(QLatin1String("set -eu")));
    const QString plain = CurlFormatter::script({}, QString());
    QVERIFY(plain.contains(QLatin1String("No environment variables are needed.")));
}

QString TestCurlFormatter::runScript(const QString &script, const QProcessEnvironment &env, int *exitCode)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("run.sh")));
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write(script.toUtf8());
    file.close();
    // A stand-in curl prints its arguments and what it reads from standard input.
    QFile fake(dir.filePath(QStringLiteral("curl")));
    if (!fake.open(QIODevice::WriteOnly))
        return QString();
    fake.write("#!/bin/sh\nfor a in \"$@\"; do printf '<%s>\\n' \"$a\"; done\nprintf 'STDIN<'\ncat\nprintf '>\\n'\n");
    fake.close();
    fake.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcessEnvironment e = env;
    e.insert(QStringLiteral("PATH"), dir.path() + QStringLiteral(":/usr/bin:/bin"));
    QProcess p;
    p.setProcessEnvironment(e);
    p.start(ShPath, {file.fileName()});
    p.closeWriteChannel();
    if (!p.waitForFinished(30000))
        return QString();
    *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput()) + QString::fromUtf8(p.readAllStandardError());
}

void TestCurlFormatter::syntaxCheck()
{
    if (!QFile::exists(ShPath))
        QSKIP("no /bin/sh on this system");
    HttpRecord form;
    form.method = "POST";
    form.url = QUrl(QStringLiteral("https://ims-na1.adobelogin.com/ims/token/v3"));
    form.body = "a=it's&b=\"x\"&c=$(rm -rf /)";
    HttpRecord get;
    get.method = "GET";
    get.url = QUrl(QStringLiteral("https://platform.adobe.io/data/foundation/catalog/dataSets?limit=10&orderby=name"));
    const QList<HttpRecord> records{Redactor().redacted(createFlow()), form, get};
    QTemporaryDir dir;
    for (const QString &text : {CurlFormatter::toCurl(records.at(0)), CurlFormatter::toCurl(form), CurlFormatter::toCurl(get),
                                CurlFormatter::script(records, QStringLiteral("preamble with 'quotes'"))}) {
        QFile file(dir.filePath(QStringLiteral("check.sh")));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.toUtf8());
        file.close();
        QProcess p;
        p.start(ShPath, {QStringLiteral("-n"), file.fileName()});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, qPrintable(QString::fromLocal8Bit(p.readAllStandardError()) + QLatin1Char('\n') + text));
    }
}

void TestCurlFormatter::argumentsRoundTrip()
{
    if (!QFile::exists(ShPath))
        QSKIP("no /bin/sh on this system");
    const HttpRecord original = createFlow();
    HttpRecord form;
    form.method = "POST";
    form.url = QUrl(QStringLiteral("https://ims-na1.adobelogin.com/ims/token/v3"));
    form.body = "a=it's&b=\"x\"&c=$(echo pwned)";
    const QString script = CurlFormatter::script({Redactor().redacted(original), form}, QString());
    QProcessEnvironment env;
    env.insert(QStringLiteral("AEP_ACCESS_TOKEN"), QStringLiteral("tok-from-env"));
    env.insert(QStringLiteral("AEP_API_KEY"), QStringLiteral("key-from-env"));
    int exitCode = -1;
    const QString out = runScript(script, env, &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY2(out.contains(QLatin1String("<-X>\n<POST>\n<https://platform.adobe.io/data/foundation/flowservice/flows>\n")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("<Authorization: Bearer tok-from-env>")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("<x-api-key: key-from-env>")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("<Content-Type: application/json>")), qPrintable(out));
    // The JSON body arrives byte for byte (plus the here-document's final newline).
    QVERIFY2(out.contains(QLatin1String("STDIN<") + QString::fromUtf8(original.body) + QLatin1String("\n>")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("<a=it's&b=\"x\"&c=$(echo pwned)>")), qPrintable(out));
    QVERIFY(!out.contains(QLatin1String("<a=it's&b=\"x\"&c=pwned>")));
}

void TestCurlFormatter::scriptRefusesMissingVariables()
{
    if (!QFile::exists(ShPath))
        QSKIP("no /bin/sh on this system");
    const QString script = CurlFormatter::script({Redactor().redacted(createFlow())}, QString());
    int exitCode = 0;
    const QString out = runScript(script, QProcessEnvironment(), &exitCode);
    QVERIFY(exitCode != 0);
    QVERIFY2(out.contains(QLatin1String("AEP_ACCESS_TOKEN")), qPrintable(out));
    QVERIFY2(!out.contains(QLatin1String("<-X>")), qPrintable(out)); // curl never ran
}

QTEST_GUILESS_MAIN(TestCurlFormatter)
#include "tst_curlformatter.moc"
