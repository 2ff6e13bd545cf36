// SPDX-License-Identifier: MIT
// The dataflowctl binary as a user runs it, against the in-process sandbox: exit codes, ids written
// back, status, runs, rollback, and no secret in any output or file even with --verbose.
#include "sandboxserver.h"
#include "session/session.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Dataflow::Core;
using Dataflow::Sandbox::SandboxConfig;
using Dataflow::Sandbox::SandboxServer;

namespace {
const QString kClientSecret = QStringLiteral("canary-cli-secret-Pw93");
const QString kSourcePassword = QStringLiteral("canary-cli-source-Lm55");
} // namespace

class TestDataflowctl : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_sandbox;
    QTemporaryDir m_dir;
    QString m_session;
    QByteArray m_allOutput;

    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Result ctl(const QStringList &args, bool withSecrets = true)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("AEP_CLIENT_SECRET"));
        env.remove(QStringLiteral("AEP_ACCESS_TOKEN"));
        if (withSecrets) {
            env.insert(QStringLiteral("AEP_CLIENT_SECRET"), kClientSecret);
            env.insert(QStringLiteral("AEP_SOURCE_PASSWORD"), kSourcePassword);
        }
        env.insert(QStringLiteral("AEP_PLATFORM_URL"), m_sandbox->url().toString());
        env.insert(QStringLiteral("AEP_IMS_URL"), m_sandbox->url().toString());
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DATAFLOW_BIN_DIR "/dataflowctl"), args);
        // The sandbox lives in this thread: keep the event loop running while the CLI works.
        if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 120000))
            p.kill();
        Result r{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
        m_allOutput += r.out + r.err;
        return r;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(DATAFLOW_BIN_DIR "/dataflowctl")));
        QString error;
        const auto example = SessionFile::load(QStringLiteral(DATAFLOW_SOURCE_DIR "/docs/examples/servicenow-incidents.json"), &error);
        QVERIFY2(example, qPrintable(error));
        SandboxConfig config;
        config.clientId = example->environment.clientId;
        config.clientSecret = kClientSecret;
        config.orgId = example->environment.orgId;
        m_sandbox = std::make_unique<SandboxServer>(config);
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        m_session = m_dir.filePath(QStringLiteral("session.json"));
        QVERIFY(QFile::copy(QStringLiteral(DATAFLOW_SOURCE_DIR "/docs/examples/servicenow-incidents.json"), m_session));
        QFile::setPermissions(m_session, QFile::ReadOwner | QFile::WriteOwner);
    }

    void helpEverywhere()
    {
        const Result r = ctl({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("rollback SESSION"));
        QCOMPARE(ctl({QStringLiteral("frobnicate"), m_session}).exitCode, 2);
    }

    void validate()
    {
        QCOMPARE(ctl({QStringLiteral("validate"), m_session}).exitCode, 0);
        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format":"aep-dataflow-session","formatVersion":1,"mapping":[]})");
        f.close();
        const Result r = ctl({QStringLiteral("validate"), bad});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.contains("$.environment.orgId"));
        QVERIFY(r.out.split('\n').size() > 3); // one line per problem
        // The schedule is checked against the flow spec's own JSON Schema, offline.
        QString error;
        auto session = SessionFile::load(m_session, &error);
        QVERIFY(session);
        session->dataflow.schedule = QJsonObject{{QStringLiteral("startTime"), 1767225600}, {QStringLiteral("frequency"), QStringLiteral("minute")},
                                                 {QStringLiteral("interval"), 10}};
        const QString minute = m_dir.filePath(QStringLiteral("minute.json"));
        QVERIFY(!SessionFile::save(minute, *session));
        const Result tooOften = ctl({QStringLiteral("validate"), minute});
        QCOMPARE(tooOften.exitCode, 2);
        QVERIFY2(tooOften.out.contains("interval") && tooOften.out.contains("15"), tooOften.out.constData());
        const Result broken = ctl({QStringLiteral("validate"), m_dir.filePath(QStringLiteral("missing.json"))});
        QCOMPARE(broken.exitCode, 2);
    }

    void plan()
    {
        const Result text = ctl({QStringLiteral("plan"), m_session});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("/flowservice/flows"));
        const Result json = ctl({QStringLiteral("plan"), m_session, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(json.out).isArray());
        const Result curl = ctl({QStringLiteral("plan"), m_session, QStringLiteral("--format"), QStringLiteral("curl")});
        QCOMPARE(curl.exitCode, 0);
        QVERIFY(curl.out.startsWith("#!/usr/bin/env bash"));
        QVERIFY(curl.out.contains("${AEP_ACCESS_TOKEN}"));
        QVERIFY(curl.out.contains("${AEP_SOURCE_PASSWORD}"));
        QProcess sh;
        sh.start(QStringLiteral("bash"), {QStringLiteral("-n")});
        sh.write(curl.out);
        sh.closeWriteChannel();
        QVERIFY(sh.waitForFinished(10000));
        QCOMPARE(sh.exitCode(), 0); // the script parses
    }

    void applyWithoutSecretIsInputError()
    {
        const Result r = ctl({QStringLiteral("apply"), m_session}, false);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("AEP_CLIENT_SECRET"));
    }

    void applyStatusRunsRollback()
    {
        const Result apply = ctl({QStringLiteral("apply"), m_session, QStringLiteral("--verbose")});
        QVERIFY2(apply.exitCode == 0, apply.err.constData());
        QString error;
        const auto session = SessionFile::load(m_session, &error);
        QVERIFY(session);
        QVERIFY(!session->applied.flowId.isEmpty());
        QVERIFY(apply.out.contains(session->applied.flowId.toUtf8()));

        const Result again = ctl({QStringLiteral("apply"), m_session});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.err.contains("(existing)") || again.err.contains("adopted") || !again.err.contains("(created)"));

        const Result status = ctl({QStringLiteral("status"), m_session});
        QCOMPARE(status.exitCode, 0);
        QVERIFY(status.out.contains(session->applied.flowId.toUtf8()));

        const Result runs = ctl({QStringLiteral("runs"), m_session});
        QCOMPARE(runs.exitCode, 0);
        QVERIFY(runs.out.contains("status"));
        QVERIFY(runs.out.split('\n').size() > 2); // the sandbox ran the hourly flow since 2026-01-01

        const Result rollback = ctl({QStringLiteral("rollback"), m_session});
        QVERIFY2(rollback.exitCode == 0, rollback.err.constData());
        QVERIFY(rollback.err.contains("mapping set"));
    }

    void curlScriptRunsAgainstTheSandbox()
    {
        // The exported tutorial is runnable: bash + curl + jq alone create the same dataflow.
        if (QStandardPaths::findExecutable(QStringLiteral("jq")).isEmpty() || QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
            QFAIL("jq and curl are needed (scripts/install-deps installs them)");
        const Result plan = ctl({QStringLiteral("plan"), m_session, QStringLiteral("--format"), QStringLiteral("curl")});
        QCOMPARE(plan.exitCode, 0);
        const int flowsBefore = int(m_sandbox->resources(QStringLiteral("flows")).size());
        QProcess bash;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("AEP_CLIENT_SECRET"), kClientSecret);
        env.insert(QStringLiteral("AEP_SOURCE_PASSWORD"), kSourcePassword);
        env.insert(QStringLiteral("RUN_ID"), QStringLiteral("c0ffee01"));
        bash.setProcessEnvironment(env);
        QString script = QString::fromUtf8(plan.out);
        // The session points at the real Platform; the test points the script at the sandbox.
        script.replace(QStringLiteral("https://platform.adobe.io"), m_sandbox->url().toString());
        script.replace(QStringLiteral("https://ims-na1.adobelogin.com"), m_sandbox->url().toString());
        bash.start(QStringLiteral("bash"), {QStringLiteral("-s")});
        bash.write(script.toUtf8());
        bash.closeWriteChannel();
        QVERIFY(QTest::qWaitFor([&bash] { return bash.state() == QProcess::NotRunning; }, 60000));
        const QByteArray err = bash.readAllStandardError();
        m_allOutput += bash.readAllStandardOutput() + err;
        QVERIFY2(bash.exitCode() == 0, err.constData());
        QVERIFY(err.contains("FLOW_ID="));
        QCOMPARE(int(m_sandbox->resources(QStringLiteral("flows")).size()), flowsBefore + 1);
    }

    void remoteFailureExitsOne()
    {
        m_sandbox->addFault(QStringLiteral("GET /schemaregistry/stats 500 x*"));
        const QString path = m_dir.filePath(QStringLiteral("second.json"));
        QFile::copy(m_session, path);
        const Result r = ctl({QStringLiteral("apply"), path});
        m_sandbox->clearFaults();
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("500"));
    }

    void noSecretsAnywhere()
    {
        QVERIFY(!m_allOutput.isEmpty());
        for (const QString &secret : {kClientSecret, kSourcePassword}) {
            const QByteArray raw = secret.toUtf8();
            QVERIFY2(!m_allOutput.contains(raw), "secret in stdout/stderr");
            QVERIFY(!m_allOutput.contains(raw.toBase64()));
            QVERIFY(!m_allOutput.contains(QUrl::toPercentEncoding(secret)));
        }
        const QDir dir(m_dir.path());
        for (const QString &name : dir.entryList(QDir::Files)) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(kClientSecret.toUtf8()) && !bytes.contains(kSourcePassword.toUtf8()), qPrintable(name));
        }
    }
};

QTEST_GUILESS_MAIN(TestDataflowctl)
#include "tst_dataflowctl.moc"
