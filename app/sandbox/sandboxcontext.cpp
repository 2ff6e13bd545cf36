// SPDX-License-Identifier: MIT
#include "sandboxcontext.h"

#include "xdmschemas.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QUuid>

namespace Dataflow::Sandbox {

namespace {

const QUuid idNamespace(QStringLiteral("{6f1c1c55-5a53-4b7e-9d0e-7e2f0d9a5c11}"));

} // namespace

SandboxContext::SandboxContext(const SandboxConfig &config)
    : config(config)
    , clock(config.clockSpeed)
{
}

QString SandboxContext::newUuid(const QString &kind)
{
    const QString name = kind + QLatin1Char('#') + QString::number(store.nextSequence());
    return QUuid::createUuidV5(idNamespace, name).toString(QUuid::WithoutBraces);
}

QString SandboxContext::newHexId(const QString &kind, int length)
{
    const QByteArray seed = (kind + QLatin1Char('#') + QString::number(store.nextSequence())).toUtf8();
    const QByteArray hash = QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex();
    return QString::fromLatin1(hash.left(length));
}

QString SandboxContext::newEtag(const QString &kind)
{
    return QLatin1Char('"') + newUuid(kind + QStringLiteral("-etag")) + QLatin1Char('"');
}

void SandboxContext::created(const QString &kind, const QString &id, const QJsonObject &object)
{
    store.put(kind, id, object);
    store.countCreate(kind);
    lastCreatedKind = kind;
    lastCreatedId = id;
    dirty = true;
}

void SandboxContext::updated(const QString &kind, const QString &id, const QJsonObject &object)
{
    store.put(kind, id, object);
    m_resolvedCache.remove(id);
    dirty = true;
}

void SandboxContext::removed(const QString &kind, const QString &id)
{
    store.remove(kind, id);
    m_resolvedCache.remove(id);
    dirty = true;
}

QJsonObject SandboxContext::schema(const QString &idOrAltId) const
{
    if (store.contains(QStringLiteral("schemas"), idOrAltId))
        return store.get(QStringLiteral("schemas"), idOrAltId);
    for (const QJsonObject &candidate : store.list(QStringLiteral("schemas"))) {
        if (candidate.value(QLatin1String("meta:altId")).toString() == idOrAltId)
            return candidate;
    }
    return {};
}

QJsonObject SandboxContext::resolvedSchemaProperties(const QString &schemaId)
{
    const QJsonObject raw = schema(schemaId);
    if (raw.isEmpty())
        return {};
    const QString key = raw.value(QLatin1String("$id")).toString();
    auto it = m_resolvedCache.constFind(key);
    if (it == m_resolvedCache.cend())
        it = m_resolvedCache.insert(key, XdmSchemas::resolveProperties(demo, raw));
    return *it;
}

QStringList SandboxContext::schemaLeafPaths(const QString &schemaId)
{
    return XdmSchemas::leafPaths(resolvedSchemaProperties(schemaId));
}

QJsonObject SandboxContext::composeSchema(const QString &title, const QString &description,
                                          const QJsonArray &allOf)
{
    const QString tenantId = demo.tenantId();
    const QString hex = newHexId(QStringLiteral("schemas"), 32);
    QJsonArray extends;
    QString classId;
    for (const QJsonValue &ref : allOf) {
        const QString id = ref[QLatin1String("$ref")].toString();
        extends.append(id);
        if (classId.isEmpty() && !demo.xdmClass(id).isEmpty())
            classId = id;
    }
    const qint64 now = nowMs();
    return QJsonObject{
        {"$id", QStringLiteral("https://ns.adobe.com/%1/schemas/%2").arg(tenantId, hex)},
        {"meta:altId", QStringLiteral("_%1.schemas.%2").arg(tenantId, hex)},
        {"meta:resourceType", "schemas"},
        {"version", "1.0"},
        {"title", title},
        {"type", "object"},
        {"description", description},
        {"allOf", allOf},
        {"meta:class", classId},
        {"meta:abstract", false},
        {"meta:extensible", false},
        {"meta:extends", extends},
        {"meta:containerId", "tenant"},
        {"meta:tenantNamespace", QStringLiteral("_") + tenantId},
        {"meta:xdmType", "object"},
        {"meta:sandboxId", config.sandboxName},
        {"meta:sandboxType", "production"},
        {"imsOrg", config.orgId},
        {"meta:registryMetadata", QJsonObject{{"repo:createdDate", double(now)},
                                              {"repo:lastModifiedDate", double(now)},
                                              {"xdm:createdClientId", config.clientId},
                                              {"xdm:lastModifiedClientId", config.clientId},
                                              {"eTag", newHexId(QStringLiteral("schema-etag"), 64)}}}};
}

QJsonObject SandboxContext::composeDataset(const QJsonObject &body)
{
    const qint64 now = nowMs();
    QJsonObject dataset = body;
    dataset.insert(QStringLiteral("imsOrg"), config.orgId);
    dataset.insert(QStringLiteral("sandboxId"), config.sandboxName);
    dataset.insert(QStringLiteral("created"), double(now));
    dataset.insert(QStringLiteral("updated"), double(now));
    dataset.insert(QStringLiteral("createdClient"), config.clientId);
    dataset.insert(QStringLiteral("createdUser"), config.clientId + QStringLiteral("@AdobeID"));
    dataset.insert(QStringLiteral("updatedUser"), config.clientId + QStringLiteral("@AdobeID"));
    dataset.insert(QStringLiteral("version"), "1.0.0");
    if (!dataset.contains(QLatin1String("tags")))
        dataset.insert(QStringLiteral("tags"), QJsonObject());
    return dataset;
}

QJsonObject SandboxContext::composeFlowServiceResource(const QJsonObject &body)
{
    const qint64 now = nowMs();
    QJsonObject connection = body;
    connection.insert(QStringLiteral("createdAt"), double(now));
    connection.insert(QStringLiteral("updatedAt"), double(now));
    connection.insert(QStringLiteral("createdBy"), config.clientId + QStringLiteral("@AdobeID"));
    connection.insert(QStringLiteral("updatedBy"), config.clientId + QStringLiteral("@AdobeID"));
    connection.insert(QStringLiteral("createdClient"), config.clientId);
    connection.insert(QStringLiteral("updatedClient"), config.clientId);
    connection.insert(QStringLiteral("sandboxId"), config.sandboxName);
    connection.insert(QStringLiteral("sandboxName"), config.sandboxName);
    connection.insert(QStringLiteral("imsOrgId"), config.orgId);
    connection.insert(QStringLiteral("state"), "enabled");
    if (connection.contains(QLatin1String("connectionSpec"))) {
        QJsonObject spec = connection.value(QLatin1String("connectionSpec")).toObject();
        if (!spec.contains(QLatin1String("version")))
            spec.insert(QStringLiteral("version"), "1.0");
        connection.insert(QStringLiteral("connectionSpec"), spec);
    }
    const QString etag = newEtag(QStringLiteral("connection"));
    connection.insert(QStringLiteral("etag"), etag);
    connection.insert(QStringLiteral("version"), etag);
    return connection;
}

void SandboxContext::instantiateDemoTenant()
{
    const QJsonObject tenant = demo.tenant();
    QHash<QString, QString> schemaIdsByTitle;
    for (const QJsonValue &value : tenant.value(QLatin1String("schemas")).toArray()) {
        const QJsonObject spec = value.toObject();
        QJsonArray allOf{QJsonObject{{"$ref", spec.value(QLatin1String("classId"))}}};
        for (const QJsonValue &group : spec.value(QLatin1String("fieldGroupIds")).toArray())
            allOf.append(QJsonObject{{"$ref", group}});
        const QJsonObject schema = composeSchema(spec.value(QLatin1String("title")).toString(),
                                                 spec.value(QLatin1String("description")).toString(), allOf);
        const QString id = schema.value(QLatin1String("$id")).toString();
        store.put(QStringLiteral("schemas"), id, schema);
        schemaIdsByTitle.insert(spec.value(QLatin1String("title")).toString(), id);
    }
    for (const QJsonValue &value : tenant.value(QLatin1String("datasets")).toArray()) {
        const QJsonObject spec = value.toObject();
        const QString schemaId = schemaIdsByTitle.value(spec.value(QLatin1String("schemaTitle")).toString());
        QJsonObject body{{"name", spec.value(QLatin1String("name"))},
                         {"description", spec.value(QLatin1String("description"))},
                         {"schemaRef", QJsonObject{{"id", schemaId},
                                                   {"contentType", "application/vnd.adobe.xed+json;version=1"}}}};
        const QString id = newHexId(QStringLiteral("dataSets"), 24);
        QJsonObject dataset = composeDataset(body);
        dataset.insert(QStringLiteral("id"), id);
        store.put(QStringLiteral("dataSets"), id, dataset);
    }
    for (const QJsonValue &value : tenant.value(QLatin1String("connections")).toArray()) {
        const QJsonObject spec = value.toObject();
        QJsonObject body{{"name", spec.value(QLatin1String("name"))},
                         {"description", spec.value(QLatin1String("description"))},
                         {"auth", QJsonObject{{"specName", spec.value(QLatin1String("authSpecName"))},
                                              {"params", spec.value(QLatin1String("params"))}}},
                         {"connectionSpec", QJsonObject{{"id", spec.value(QLatin1String("connectionSpecId"))},
                                                        {"version", "1.0"}}}};
        const QString id = newUuid(QStringLiteral("connections"));
        QJsonObject connection = composeFlowServiceResource(body);
        connection.insert(QStringLiteral("id"), id);
        store.put(QStringLiteral("connections"), id, connection);
    }
    dirty = true;
}

} // namespace Dataflow::Sandbox
