// SPDX-License-Identifier: MIT
// aep-sandbox: the local AEP emulator as a standalone process (see docs/sandbox.md).
#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <cstdio>

using Dataflow::Sandbox::SandboxConfig;
using Dataflow::Sandbox::SandboxServer;

namespace {

volatile std::sig_atomic_t stopRequested = 0;

void requestStop(int)
{
    stopRequested = 1; // only async-signal-safe work here; a timer notices it
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("aep-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));

    const SandboxConfig defaults;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Local emulator of the Adobe Experience Platform APIs used by dataflow: IMS token endpoint, "
        "Flow Service, Schema Registry, Catalog and Data Prep on one loopback port."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port to listen on (0 = any free port)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption listenOption(QStringLiteral("listen"), QStringLiteral("Address to listen on."),
                                          QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption printUrlOption(QStringLiteral("print-url"),
                                            QStringLiteral("Print exactly the base URL on one line to stdout once listening."));
    const QCommandLineOption clientIdOption(QStringLiteral("client-id"), QStringLiteral("Accepted client id (= x-api-key)."),
                                            QStringLiteral("ID"), defaults.clientId);
    const QCommandLineOption clientSecretOption(QStringLiteral("client-secret"), QStringLiteral("Accepted client secret."),
                                                QStringLiteral("SECRET"), defaults.clientSecret);
    const QCommandLineOption orgIdOption(QStringLiteral("org-id"), QStringLiteral("Accepted x-gw-ims-org-id."),
                                         QStringLiteral("ORG"), defaults.orgId);
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox-name"), QStringLiteral("Accepted x-sandbox-name."),
                                           QStringLiteral("NAME"), defaults.sandboxName);
    const QCommandLineOption latencyOption(QStringLiteral("latency-ms"), QStringLiteral("Delay every answer by N ms."),
                                           QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption clockOption(QStringLiteral("clock-speed"),
                                         QStringLiteral("Sandbox clock speed (runs, token expiry) relative to real time."),
                                         QStringLiteral("FACTOR"), QStringLiteral("1"));
    const QCommandLineOption tokenOption(QStringLiteral("token-lifetime"), QStringLiteral("Access token lifetime in seconds."),
                                         QStringLiteral("SECONDS"), QString::number(defaults.tokenLifetimeSeconds));
    const QCommandLineOption stateOption(QStringLiteral("state"),
                                         QStringLiteral("Persist resources to FILE after each change and load them at start."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption logOption(QStringLiteral("log"), QStringLiteral("Append one JSON line per request to FILE."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption faultOption(QStringLiteral("fault"),
                                         QStringLiteral("Arm a fault rule '[METHOD] PATH ACTION [xN] [skip=N]' (repeatable)."),
                                         QStringLiteral("RULE"));
    parser.addOptions({portOption, listenOption, printUrlOption, clientIdOption, clientSecretOption, orgIdOption,
                       sandboxOption, latencyOption, clockOption, tokenOption, stateOption, logOption, faultOption});
    parser.process(app);

    QTextStream err(stderr);
    SandboxConfig config;
    bool ok = true;
    config.port = quint16(parser.value(portOption).toUInt(&ok));
    if (!ok) {
        err << "aep-sandbox: invalid --port\n";
        return 2;
    }
    if (!config.address.setAddress(parser.value(listenOption))) {
        err << "aep-sandbox: invalid --listen address\n";
        return 2;
    }
    config.clientId = parser.value(clientIdOption);
    config.clientSecret = parser.value(clientSecretOption);
    config.orgId = parser.value(orgIdOption);
    config.sandboxName = parser.value(sandboxOption);
    config.latencyMs = parser.value(latencyOption).toInt();
    config.clockSpeed = parser.value(clockOption).toDouble(&ok);
    if (!ok || config.clockSpeed <= 0) {
        err << "aep-sandbox: invalid --clock-speed\n";
        return 2;
    }
    config.tokenLifetimeSeconds = parser.value(tokenOption).toInt();
    config.statePath = parser.value(stateOption);
    config.logPath = parser.value(logOption);
    config.faults = parser.values(faultOption);

    SandboxServer server(config);
    QString error;
    if (!server.start(&error)) {
        err << "aep-sandbox: " << error << '\n';
        return 1;
    }
    if (parser.isSet(printUrlOption)) {
        std::fputs(qPrintable(server.url().toString() + QLatin1Char('\n')), stdout);
        std::fflush(stdout);
    }
    err << "aep-sandbox listening on " << server.url().toString() << '\n'
        << "  client id:     " << config.clientId << '\n'
        << "  client secret: " << config.clientSecret << '\n'
        << "  org id:        " << config.orgId << '\n'
        << "  sandbox:       " << config.sandboxName << '\n'
        << "  token:         POST " << server.url().toString() << "/ims/token/v3\n";
    for (const QString &rule : config.faults)
        err << "  fault:         " << rule << '\n';
    err.flush();

    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    QTimer stopPoll;
    QObject::connect(&stopPoll, &QTimer::timeout, &app, [] {
        if (stopRequested)
            QCoreApplication::quit();
    });
    stopPoll.start(100);
    return app.exec();
}
