// SPDX-License-Identifier: MIT
#pragma once
// aep-sandbox as a separate process (loopback, port 0) and dataflowctl runs against it, for the
// crash-safety and canary tests. Header-only test support.

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTest>
#include <QUrl>

namespace DataflowTest {

class SandboxProcess
{
public:
    ~SandboxProcess() { stop(); }

    /** Starts the sandbox with extra arguments; returns an error text or an empty string. */
    QString start(const QStringList &extraArgs)
    {
        m_process.setProgram(QStringLiteral(DATAFLOW_BIN_DIR "/aep-sandbox"));
        m_process.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--print-url")} + extraArgs);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return QStringLiteral("aep-sandbox did not start: ") + m_process.errorString();
        QByteArray line;
        (void)QTest::qWaitFor([this, &line] {
            line += m_process.readAllStandardOutput();
            return line.contains('\n') || m_process.state() == QProcess::NotRunning;
        }, 15000);
        m_url = QUrl(QString::fromUtf8(line.trimmed()));
        if (!m_url.isValid() || m_url.port() <= 0)
            return QStringLiteral("no URL from aep-sandbox: ") + QString::fromUtf8(line + m_process.readAllStandardError());
        return {};
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000)) {
                m_process.kill();
                m_process.waitForFinished(5000);
            }
        }
    }

    QUrl url() const { return m_url; }
    QByteArray stderrText() { return m_process.readAllStandardError(); }

    /** A call on the loopback control endpoint (body: JSON or empty); an empty object on failure. */
    QJsonObject control(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        QNetworkRequest request(QUrl(m_url.toString() + path));
        QByteArray data;
        if (!body.isEmpty()) {
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            data = QJsonDocument(body).toJson(QJsonDocument::Compact);
        }
        QNetworkReply *reply = m_manager.sendCustomRequest(request, method, data);
        (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000);
        const QJsonObject object = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return object;
    }

private:
    QProcess m_process;
    QUrl m_url;
    QNetworkAccessManager m_manager;
};

struct CtlResult
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
};

/** Runs a program (dataflowctl, or strace around it) to its end with the given environment. */
inline CtlResult runProgram(const QString &program, const QStringList &args, const QProcessEnvironment &env,
                            int timeoutMs = 120000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    CtlResult r;
    if (!p.waitForStarted(10000))
        return r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace DataflowTest
