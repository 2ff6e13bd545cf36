// SPDX-License-Identifier: MIT
#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace Dataflow::Sandbox {

/** Start-up settings of a SandboxServer. A plain value type. */
struct SandboxConfig
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;
    QString clientId = QStringLiteral("demo-client-id");
    QString clientSecret = QStringLiteral("demo-client-secret");
    QString orgId = QStringLiteral("DEMO0000000000000000ORG0@AdobeOrg");
    QString sandboxName = QStringLiteral("prod");
    int latencyMs = 0;
    double clockSpeed = 1.0;
    int tokenLifetimeSeconds = 86399;
    QString statePath;  // empty: state in memory only
    QString logPath;    // empty: no request log
    QStringList faults; // fault rules armed at start (see docs/sandbox.md)
};

} // namespace Dataflow::Sandbox
