// SPDX-License-Identifier: MIT
#pragma once

#include "demodata.h"
#include "resourcestore.h"
#include "sandboxclock.h"
#include "sandboxconfig.h"

#include <QHash>
#include <QJsonObject>

namespace Dataflow::Sandbox {

/**
 * State shared by the service handlers of one sandbox: config, demo catalogue, live
 * resources, clock and caches. Single-threaded; owned by SandboxServer.
 */
class SandboxContext final
{
public:
    explicit SandboxContext(const SandboxConfig &config);

    SandboxConfig config;
    DemoData demo;
    ResourceStore store;
    SandboxClock clock;

    /** Serialised answers that only change with the demo data (explore). */
    QHash<QString, QByteArray> responseCache;

    /** The last resource a handler created: F14 hides it from lists. */
    QString lastCreatedKind;
    QString lastCreatedId;
    /** Set by any change; the server persists and clears it. */
    bool dirty = false;

    qint64 nowMs() const { return clock.nowMs(); }
    /** Deterministic ids: a name-based UUID from a persisted sequence. */
    QString newUuid(const QString &kind);
    QString newHexId(const QString &kind, int length);
    QString newEtag(const QString &kind);

    /** Stores a newly created resource and counts the create. */
    void created(const QString &kind, const QString &id, const QJsonObject &object);
    void updated(const QString &kind, const QString &id, const QJsonObject &object);
    void removed(const QString &kind, const QString &id);

    /** Tenant schema by $id or meta:altId; empty when unknown. */
    QJsonObject schema(const QString &idOrAltId) const;
    /** Resolved properties of a tenant schema, cached. */
    QJsonObject resolvedSchemaProperties(const QString &schemaId);
    QStringList schemaLeafPaths(const QString &schemaId);

    /** Creates demo-tenant.json's schemas, datasets and connections. */
    void instantiateDemoTenant();
    /** Builds a raw tenant schema from a title, description and allOf refs. */
    QJsonObject composeSchema(const QString &title, const QString &description, const QJsonArray &allOf);
    QJsonObject composeDataset(const QJsonObject &body);
    /** A Flow Service create body plus the fields the service adds (timestamps, owner, state, etag). */
    QJsonObject composeFlowServiceResource(const QJsonObject &body);

private:
    QHash<QString, QJsonObject> m_resolvedCache;
};

} // namespace Dataflow::Sandbox
