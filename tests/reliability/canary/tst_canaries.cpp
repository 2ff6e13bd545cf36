// SPDX-License-Identifier: MIT
// Secret canaries (RELIABILITY.md 7 and G6): dataflowctl validate, plan (text, json, curl),
// apply --verbose, status, runs, rollback and failing runs, against aep-sandbox --log as a separate
// process, with known fake secrets. Every byte written (stdout, stderr, session, journal, .bak,
// curl export, sandbox log, XDG cache/config/data dirs and HOME inside the temp dir) is scanned by
// scripts/canary-scan for each canary raw, Base64 (3 alignments, standard and URL-safe),
// percent-encoded and JSON-escaped: zero hits. The sandbox receives the secrets legitimately; its
// log must not print them.
#include "../crash/sandboxprocess.h"
#include "engine/journal.h"
#include "session/session.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Dataflow::Core;
using namespace DataflowTest;

namespace {
// Fake secrets with characters that Base64, percent and JSON encodings all change.
const QString kClientSecret = QStringLiteral("canary-client-secret+/=Zq81\"x");
const QString kSourcePassword = QStringLiteral("canary-source-pw&/%Yp42");
const QString kSecurityToken = QStringLiteral("canary-sec-token-Hv77Lk");
const QString kOAuthSecret = QStringLiteral("canary-oauth-secret?=Rt09");
const QString kBogusToken = QStringLiteral("canary-bogus-access-token-Mm31");
const QString kScanner = QStringLiteral(DATAFLOW_SOURCE_DIR "/scripts/canary-scan");
} // namespace

class TestCanaries : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_out;     // everything written lands under here
    QString m_session;
    SandboxProcess m_sandbox;
    QString m_issuedToken; // a real access token from the sandbox, itself a canary
    int m_runs = 0;

    QProcessEnvironment environment(const QString &accessToken = {}, bool secrets = true) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &key : env.keys()) {
            if (key.startsWith(QLatin1String("AEP_")))
                env.remove(key);
        }
        if (secrets) {
            env.insert(QStringLiteral("AEP_CLIENT_SECRET"), kClientSecret);
            env.insert(QStringLiteral("AEP_SOURCE_PASSWORD"), kSourcePassword);
            env.insert(QStringLiteral("AEP_SOURCE_SECURITY_TOKEN"), kSecurityToken);
            env.insert(QStringLiteral("AEP_SOURCE_CLIENT_SECRET"), kOAuthSecret);
        }
        if (!accessToken.isEmpty()) {
            env.remove(QStringLiteral("AEP_CLIENT_SECRET"));
            env.insert(QStringLiteral("AEP_ACCESS_TOKEN"), accessToken);
        }
        env.insert(QStringLiteral("AEP_PLATFORM_URL"), m_sandbox.url().toString());
        env.insert(QStringLiteral("AEP_IMS_URL"), m_sandbox.url().toString());
        env.insert(QStringLiteral("HOME"), m_out + QStringLiteral("/home"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_out + QStringLiteral("/xdg-cache"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_out + QStringLiteral("/xdg-config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_out + QStringLiteral("/xdg-data"));
        env.insert(QStringLiteral("XDG_STATE_HOME"), m_out + QStringLiteral("/xdg-state"));
        env.insert(QStringLiteral("TMPDIR"), m_out + QStringLiteral("/tmp"));
        return env;
    }

    /** Runs dataflowctl; stdout and stderr are kept as files in the scanned directory. */
    CtlResult ctl(const QString &label, const QStringList &args, const QProcessEnvironment &env)
    {
        const CtlResult r = runProgram(QStringLiteral(DATAFLOW_BIN_DIR "/dataflowctl"), args, env);
        ++m_runs;
        const QString base = m_out + QStringLiteral("/output/%1-%2").arg(m_runs, 2, 10, QLatin1Char('0')).arg(label);
        QFile out(base + QStringLiteral(".stdout"));
        QFile err(base + QStringLiteral(".stderr"));
        if (out.open(QIODevice::WriteOnly))
            out.write(r.out);
        if (err.open(QIODevice::WriteOnly))
            err.write(r.err);
        return r;
    }

    static QStringList canaries(const QString &issued)
    {
        QStringList list{kClientSecret, kSourcePassword, kSecurityToken, kOAuthSecret, kBogusToken};
        if (!issued.isEmpty())
            list.append(issued);
        return list;
    }

    static CtlResult scan(const QStringList &paths, const QStringList &canaryList)
    {
        return runProgram(QStringLiteral("python3"), QStringList{kScanner} + paths + QStringList{QStringLiteral("--")} + canaryList,
                          QProcessEnvironment::systemEnvironment());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(DATAFLOW_BIN_DIR "/dataflowctl")));
        QVERIFY(QFile::exists(QStringLiteral(DATAFLOW_BIN_DIR "/aep-sandbox")));
        QVERIFY(QFile::exists(kScanner));
        m_out = m_dir.filePath(QStringLiteral("out"));
        for (const char *sub : {"", "/home", "/xdg-cache", "/xdg-config", "/xdg-data", "/xdg-state", "/tmp", "/output", "/project"})
            QVERIFY(QDir().mkpath(m_out + QLatin1String(sub)));
        QString error;
        const auto example = SessionFile::load(QStringLiteral(DATAFLOW_SOURCE_DIR "/docs/examples/servicenow-incidents.json"), &error);
        QVERIFY2(example, qPrintable(error));
        const QString startError = m_sandbox.start({QStringLiteral("--client-id"), example->environment.clientId,
                                                    QStringLiteral("--client-secret"), kClientSecret,
                                                    QStringLiteral("--org-id"), example->environment.orgId,
                                                    QStringLiteral("--log"), m_out + QStringLiteral("/sandbox-requests.log")});
        QVERIFY2(startError.isEmpty(), qPrintable(startError));
        m_session = m_out + QStringLiteral("/project/session.json");
        QVERIFY(QFile::copy(QStringLiteral(DATAFLOW_SOURCE_DIR "/docs/examples/servicenow-incidents.json"), m_session));
        QFile::setPermissions(m_session, QFile::ReadOwner | QFile::WriteOwner);

        // A real token issued by the sandbox for the client secret: also a canary from now on.
        QNetworkAccessManager manager;
        QNetworkRequest request(QUrl(m_sandbox.url().toString() + QStringLiteral("/ims/token/v3")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        form.addQueryItem(QStringLiteral("client_id"), example->environment.clientId);
        form.addQueryItem(QStringLiteral("client_secret"), QString::fromLatin1(QUrl::toPercentEncoding(kClientSecret)));
        form.addQueryItem(QStringLiteral("scope"), QStringLiteral("openid"));
        QNetworkReply *reply = manager.post(request, form.query(QUrl::FullyEncoded).toUtf8());
        QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000));
        const QByteArray body = reply->readAll();
        m_issuedToken = QJsonDocument::fromJson(body).object().value(QStringLiteral("access_token")).toString();
        reply->deleteLater();
        QVERIFY2(m_issuedToken.size() >= 8, body.constData());
    }

    void scannerFindsEveryEncoding()
    {
        // The scanner itself: each encoding of a canary planted in a file is a hit, a clean file is not.
        QTemporaryDir planted;
        const QByteArray c = kClientSecret.toUtf8();
        const QList<QByteArray> forms{
            c,
            QByteArray("x") + (QByteArray("a") + c + "b").toBase64(),
            (QByteArray("ab") + c).toBase64(QByteArray::Base64UrlEncoding),
            c.toBase64(),
            QUrl::toPercentEncoding(kClientSecret),
            QJsonDocument(QJsonObject{{QStringLiteral("s"), kClientSecret}}).toJson(QJsonDocument::Compact)};
        for (int i = 0; i < forms.size(); ++i) {
            const QString path = planted.filePath(QStringLiteral("f%1").arg(i));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("prefix " + forms.at(i) + " suffix");
            f.close();
            const CtlResult r = scan({path}, {kClientSecret});
            QVERIFY2(r.exitCode == 1, qPrintable(QStringLiteral("form %1 not found: ").arg(i) + QString::fromUtf8(r.err)));
        }
        QFile clean(planted.filePath(QStringLiteral("clean")));
        QVERIFY(clean.open(QIODevice::WriteOnly));
        clean.write("nothing secret here: canary-client-secret");
        clean.close();
        QCOMPARE(scan({clean.fileName()}, {kClientSecret}).exitCode, 0);
    }

    void everyCommand()
    {
        const QProcessEnvironment env = environment();
        QCOMPARE(ctl(QStringLiteral("validate"), {QStringLiteral("validate"), m_session}, env).exitCode, 0);
        QCOMPARE(ctl(QStringLiteral("plan-text"), {QStringLiteral("plan"), m_session}, env).exitCode, 0);
        QCOMPARE(ctl(QStringLiteral("plan-json"), {QStringLiteral("plan"), m_session, QStringLiteral("--format"), QStringLiteral("json")}, env).exitCode, 0);
        const CtlResult curl = ctl(QStringLiteral("plan-curl"), {QStringLiteral("plan"), m_session, QStringLiteral("--format"), QStringLiteral("curl")}, env);
        QCOMPARE(curl.exitCode, 0);
        QVERIFY(curl.out.contains("${AEP_ACCESS_TOKEN}")); // the export uses placeholders
        QFile exportFile(m_out + QStringLiteral("/project/apply.sh"));
        QVERIFY(exportFile.open(QIODevice::WriteOnly));
        exportFile.write(curl.out);
        exportFile.close();

        const CtlResult apply = ctl(QStringLiteral("apply"), {QStringLiteral("apply"), m_session, QStringLiteral("--verbose")}, env);
        QVERIFY2(apply.exitCode == 0, apply.err.constData());
        QVERIFY(!apply.err.isEmpty()); // verbose wrote request lines: they were scanned, not absent
        QVERIFY(QFile::exists(Journal::pathFor(m_session)));
        QVERIFY(QFile::exists(m_session + QStringLiteral(".bak")));
        QCOMPARE(ctl(QStringLiteral("apply-again"), {QStringLiteral("apply"), m_session, QStringLiteral("--verbose")}, env).exitCode, 0);
        QCOMPARE(ctl(QStringLiteral("status"), {QStringLiteral("status"), m_session}, env).exitCode, 0);
        QCOMPARE(ctl(QStringLiteral("runs"), {QStringLiteral("runs"), m_session}, env).exitCode, 0);

        // With an access token instead of the secret: valid, then one the sandbox refuses.
        QCOMPARE(ctl(QStringLiteral("runs-token"), {QStringLiteral("runs"), m_session, QStringLiteral("--verbose")},
                     environment(m_issuedToken)).exitCode, 0);
        const CtlResult refused = ctl(QStringLiteral("runs-bogus-token"), {QStringLiteral("runs"), m_session, QStringLiteral("--verbose")},
                                      environment(kBogusToken));
        QVERIFY2(refused.exitCode == 1, refused.err.constData());
        QVERIFY(refused.err.contains("401")); // the refusal is reported (and scanned)
        // A wrong client secret: IMS refuses it (the error path prints the answer, never the secret).
        QProcessEnvironment wrong = environment();
        wrong.insert(QStringLiteral("AEP_CLIENT_SECRET"), kOAuthSecret);
        QCOMPARE(ctl(QStringLiteral("apply-wrong-secret"), {QStringLiteral("apply"), m_session, QStringLiteral("--verbose")}, wrong).exitCode, 1);

        const CtlResult rollback = ctl(QStringLiteral("rollback"), {QStringLiteral("rollback"), m_session, QStringLiteral("--verbose")}, env);
        QVERIFY2(rollback.exitCode == 0, rollback.err.constData());
        QVERIFY(m_runs >= 11);
    }

    void salesforceSources_data()
    {
        QTest::addColumn<QString>("authSpec");
        QTest::addColumn<QStringList>("secretKeys"); // params that must have reached the sandbox
        QTest::newRow("basic: password and security token") << "Basic Authentication" << QStringList{"password", "securityToken"};
        QTest::newRow("OAuth2 client credential: client secret") << "OAuth2 Client Credential" << QStringList{"clientSecret"};
    }

    void salesforceSources()
    {
        // The Salesforce auth specs use the other source secrets (security token, OAuth client secret).
        QFETCH(QString, authSpec);
        QFETCH(QStringList, secretKeys);
        QFile example(QStringLiteral(DATAFLOW_SOURCE_DIR "/docs/examples/servicenow-incidents.json"));
        QVERIFY(example.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(example.readAll()).object();
        const QString tag = authSpec.section(QLatin1Char(' '), 0, 0);
        QJsonObject params{{QStringLiteral("environmentUrl"), QStringLiteral("https://acme.my.salesforce.example")},
                           {QStringLiteral("apiVersion"), QStringLiteral("60.0")}};
        if (authSpec.startsWith(QLatin1String("Basic")))
            params.insert(QStringLiteral("username"), QStringLiteral("integration@acme.example"));
        else
            params.insert(QStringLiteral("clientId"), QStringLiteral("3MVG9canaryclientid"));
        root.insert(QStringLiteral("source"), QJsonObject{
            {QStringLiteral("connectionSpecId"), QStringLiteral("cb66ab34-8619-49cb-96d1-39b37ede86ea")},
            {QStringLiteral("baseConnection"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Salesforce canary ") + tag},
                                                           {QStringLiteral("authSpecName"), authSpec},
                                                           {QStringLiteral("params"), params}}},
            {QStringLiteral("tableName"), QStringLiteral("Contact")},
            {QStringLiteral("columns"), QJsonArray{"Id", "LastName", "Email", "LastModifiedDate"}}});
        QJsonObject target = root.value(QStringLiteral("target")).toObject();
        QJsonObject schema = target.value(QStringLiteral("schema")).toObject();
        schema.insert(QStringLiteral("title"), QStringLiteral("Salesforce contacts canary ") + tag);
        target.insert(QStringLiteral("schema"), schema);
        target.insert(QStringLiteral("dataset"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Salesforce contacts canary ") + tag}});
        root.insert(QStringLiteral("target"), target);
        root.insert(QStringLiteral("mapping"), QJsonArray{
            QJsonObject{{"sourceType", "ATTRIBUTE"}, {"source", "Id"}, {"destination", "_id"}},
            QJsonObject{{"sourceType", "ATTRIBUTE"}, {"source", "LastName"}, {"destination", "person.name.fullName"}},
            QJsonObject{{"sourceType", "ATTRIBUTE"}, {"source", "Email"}, {"destination", "personalEmail.address"}},
            QJsonObject{{"sourceType", "ATTRIBUTE"}, {"source", "LastModifiedDate"}, {"destination", "_repo.modifyDate"}}});
        QJsonObject flow = root.value(QStringLiteral("dataflow")).toObject();
        flow.insert(QStringLiteral("name"), QStringLiteral("Salesforce contacts canary ") + tag);
        flow.insert(QStringLiteral("deltaColumn"), QJsonObject{{"name", "LastModifiedDate"}, {"dateFormat", "yyyy-MM-dd'T'HH:mm:ss"}, {"timezone", "UTC"}});
        root.insert(QStringLiteral("dataflow"), flow);
        const QString path = m_out + QStringLiteral("/project/salesforce-%1.json").arg(tag.toLower());
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(root).toJson());
        out.close();

        const QProcessEnvironment env = environment();
        const CtlResult plan = ctl(QStringLiteral("sf-plan-curl-") + tag, {QStringLiteral("plan"), path, QStringLiteral("--format"), QStringLiteral("curl")}, env);
        QVERIFY2(plan.exitCode == 0, (plan.out + plan.err).constData());
        const CtlResult apply = ctl(QStringLiteral("sf-apply-") + tag, {QStringLiteral("apply"), path, QStringLiteral("--verbose")}, env);
        QVERIFY2(apply.exitCode == 0, (apply.out + apply.err).constData());
        // The secrets really went to the sandbox (so the scan below proves they were not echoed).
        const QJsonObject connections = m_sandbox.control("GET", QStringLiteral("/_sandbox/resources/connections"));
        const QByteArray all = QJsonDocument(connections).toJson(QJsonDocument::Compact);
        QVERIFY2(all.contains(("Salesforce canary " + tag).toUtf8()), all.left(2000).constData());
        const QMap<QString, QString> value{{QStringLiteral("password"), kSourcePassword},
                                           {QStringLiteral("securityToken"), kSecurityToken},
                                           {QStringLiteral("clientSecret"), kOAuthSecret}};
        for (const QString &key : secretKeys)
            QVERIFY2(all.contains(QJsonDocument(QJsonArray{value.value(key)}).toJson(QJsonDocument::Compact).mid(1).chopped(1)),
                     qPrintable(key + QStringLiteral(" did not reach the sandbox")));
        const CtlResult rollback = ctl(QStringLiteral("sf-rollback-") + tag, {QStringLiteral("rollback"), path, QStringLiteral("--verbose")}, env);
        QVERIFY2(rollback.exitCode == 0, rollback.err.constData());
    }

    void zeroHits()
    {
        m_sandbox.stop(); // flush and close its log
        QVERIFY(QFileInfo(m_out + QStringLiteral("/sandbox-requests.log")).size() > 0);
        // What the scan covers: count the files and bytes so an empty scan cannot pass.
        const CtlResult r = scan({m_out}, canaries(m_issuedToken));
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
        qInfo("%s", r.err.trimmed().constData());
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        QVERIFY(r.err.contains(" 0 hits"));
        const QStringList files = QDir(m_out + QStringLiteral("/output")).entryList(QDir::Files);
        QVERIFY(files.size() >= 2 * m_runs);
    }
};

QTEST_GUILESS_MAIN(TestCanaries)
#include "tst_canaries.moc"
