// SPDX-License-Identifier: MIT
#pragma once

#include "sandboxconfig.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>

#include <memory>

namespace Dataflow::Sandbox {

class SandboxServerPrivate;

/**
 * The local emulator of the AEP APIs (IMS token endpoint and the Platform's Flow Service,
 * Schema Registry, Catalog and Data Prep) on one loopback port. Lives in the thread that
 * creates it; never blocks its event loop (latency and slow faults use timers).
 */
class SandboxServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(SandboxConfig config = {}, QObject *parent = nullptr);
    ~SandboxServer() override;

    /** Listens and loads the demo data (and the state file when set). */
    bool start(QString *errorMessage = nullptr);
    /** http://127.0.0.1:PORT: IMS and Platform share it. Empty before start(). */
    QUrl url() const;
    const SandboxConfig &config() const;

    bool addFault(const QString &rule, QString *errorMessage = nullptr);
    void clearFaults();
    QStringList faults() const;
    void setLatency(int ms);

    /** Live resources of a kind: connections, sourceConnections, targetConnections, flows,
        runs, schemas, dataSets, mappingSets. */
    QList<QJsonObject> resources(const QString &kind) const;
    /** Creates processed for a kind, duplicates included. */
    int createCount(const QString &kind) const;
    /** Moves the sandbox clock forward (runs, token expiry). */
    void advanceClock(qint64 seconds);

signals:
    void requestHandled(const QString &method, const QString &path, int status);

private:
    friend class SandboxServerPrivate;
    std::unique_ptr<SandboxServerPrivate> d;
};

} // namespace Dataflow::Sandbox
