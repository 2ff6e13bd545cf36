// SPDX-License-Identifier: MIT
#include "requests.h"

#include <QJsonDocument>
#include <QUrl>

namespace Dataflow::Core {

namespace {

QString enc(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

ApiRequest make(QByteArray method, Service service, QString path, QString label)
{
    ApiRequest r;
    r.method = std::move(method);
    r.service = service;
    r.path = std::move(path);
    r.label = std::move(label);
    return r;
}

ApiRequest post(Service service, QString path, const QJsonObject &body, QString label)
{
    ApiRequest r = make("POST", service, std::move(path), std::move(label));
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.contentType = "application/json";
    return r;
}

QString quoted(const QString &value)
{
    return QLatin1Char('"') + value + QLatin1Char('"');
}

} // namespace

namespace Requests {

ApiRequest connectionSpecs()
{
    return make("GET", Service::FlowService, QStringLiteral("/connectionSpecs"), QStringLiteral("list connection specs"));
}

ApiRequest connectionSpec(const QString &id)
{
    return make("GET", Service::FlowService, QStringLiteral("/connectionSpecs/") + enc(id), QStringLiteral("read the connection spec"));
}

ApiRequest connections(const QString &connectionSpecId)
{
    ApiRequest r = make("GET", Service::FlowService, QStringLiteral("/connections"), QStringLiteral("list accounts"));
    if (!connectionSpecId.isEmpty())
        r.query.addQueryItem(QStringLiteral("property"), QStringLiteral("connectionSpec.id==") + connectionSpecId);
    return r;
}

ApiRequest connectionsByName(const QString &name)
{
    ApiRequest r = make("GET", Service::FlowService, QStringLiteral("/connections"), QStringLiteral("find accounts by name"));
    r.query.addQueryItem(QStringLiteral("property"), QStringLiteral("name==") + quoted(name));
    return r;
}

ApiRequest connection(const QString &id)
{
    return make("GET", Service::FlowService, QStringLiteral("/connections/") + enc(id), QStringLiteral("read the account"));
}

ApiRequest createConnection(const QJsonObject &body)
{
    return post(Service::FlowService, QStringLiteral("/connections"), body, QStringLiteral("create the base connection"));
}

ApiRequest deleteConnection(const QString &id)
{
    return make("DELETE", Service::FlowService, QStringLiteral("/connections/") + enc(id), QStringLiteral("delete the base connection"));
}

ApiRequest testConnection(const QString &id)
{
    return make("GET", Service::FlowService, QStringLiteral("/connections/") + enc(id) + QStringLiteral("/test"), QStringLiteral("test the account"));
}

ApiRequest exploreRoot(const QString &baseConnectionId)
{
    ApiRequest r = make("GET", Service::FlowService, QStringLiteral("/connections/") + enc(baseConnectionId) + QStringLiteral("/explore"),
                        QStringLiteral("list source tables"));
    r.query.addQueryItem(QStringLiteral("objectType"), QStringLiteral("root"));
    return r;
}

ApiRequest exploreTable(const QString &baseConnectionId, const QString &tablePath, bool preview)
{
    ApiRequest r = make("GET", Service::FlowService, QStringLiteral("/connections/") + enc(baseConnectionId) + QStringLiteral("/explore"),
                        QStringLiteral("read the table's columns"));
    r.query.addQueryItem(QStringLiteral("objectType"), QStringLiteral("table"));
    r.query.addQueryItem(QStringLiteral("object"), QString::fromLatin1(QUrl::toPercentEncoding(tablePath)));
    if (preview)
        r.query.addQueryItem(QStringLiteral("preview"), QStringLiteral("true"));
    return r;
}

static ApiRequest byName(const QString &path, const QString &name, const QString &label)
{
    ApiRequest r = make("GET", Service::FlowService, path, label);
    if (!name.isEmpty())
        r.query.addQueryItem(QStringLiteral("property"), QStringLiteral("name==") + quoted(name));
    return r;
}

ApiRequest sourceConnections(const QString &nameFilter)
{
    return byName(QStringLiteral("/sourceConnections"), nameFilter, QStringLiteral("find source connections"));
}

ApiRequest sourceConnection(const QString &id)
{
    return make("GET", Service::FlowService, QStringLiteral("/sourceConnections/") + enc(id), QStringLiteral("read the source connection"));
}

ApiRequest createSourceConnection(const QJsonObject &body)
{
    return post(Service::FlowService, QStringLiteral("/sourceConnections"), body, QStringLiteral("create the source connection"));
}

ApiRequest deleteSourceConnection(const QString &id)
{
    return make("DELETE", Service::FlowService, QStringLiteral("/sourceConnections/") + enc(id), QStringLiteral("delete the source connection"));
}

ApiRequest targetConnections(const QString &nameFilter)
{
    return byName(QStringLiteral("/targetConnections"), nameFilter, QStringLiteral("find target connections"));
}

ApiRequest targetConnection(const QString &id)
{
    return make("GET", Service::FlowService, QStringLiteral("/targetConnections/") + enc(id), QStringLiteral("read the target connection"));
}

ApiRequest createTargetConnection(const QJsonObject &body)
{
    return post(Service::FlowService, QStringLiteral("/targetConnections"), body, QStringLiteral("create the target connection"));
}

ApiRequest deleteTargetConnection(const QString &id)
{
    return make("DELETE", Service::FlowService, QStringLiteral("/targetConnections/") + enc(id), QStringLiteral("delete the target connection"));
}

ApiRequest flowSpecByName(const QString &name)
{
    ApiRequest r = make("GET", Service::FlowService, QStringLiteral("/flowSpecs"), QStringLiteral("read the flow spec"));
    r.query.addQueryItem(QStringLiteral("property"), QStringLiteral("name==") + QStringLiteral("%22") + name + QStringLiteral("%22"));
    return r;
}

ApiRequest flows(const QString &nameFilter)
{
    return byName(QStringLiteral("/flows"), nameFilter, QStringLiteral("find dataflows"));
}

ApiRequest flow(const QString &id)
{
    return make("GET", Service::FlowService, QStringLiteral("/flows/") + enc(id), QStringLiteral("read the dataflow"));
}

ApiRequest createFlow(const QJsonObject &body)
{
    return post(Service::FlowService, QStringLiteral("/flows"), body, QStringLiteral("create the dataflow"));
}

ApiRequest deleteFlow(const QString &id)
{
    return make("DELETE", Service::FlowService, QStringLiteral("/flows/") + enc(id), QStringLiteral("delete the dataflow"));
}

ApiRequest runs(const QString &flowId, int limit)
{
    ApiRequest r = make("GET", Service::FlowService, QStringLiteral("/runs"), QStringLiteral("list runs"));
    r.query.addQueryItem(QStringLiteral("property"), QStringLiteral("flowId==") + flowId);
    if (limit > 0)
        r.query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    return r;
}

ApiRequest retriggerRun(const QString &runId)
{
    ApiRequest r = make("POST", Service::FlowService, QStringLiteral("/runs/") + enc(runId) + QStringLiteral("/action"),
                        QStringLiteral("re-trigger the run"));
    r.query.addQueryItem(QStringLiteral("op"), QStringLiteral("re-trigger"));
    r.contentType = "application/json";
    r.body = "{}";
    return r;
}

ApiRequest stats()
{
    ApiRequest r = make("GET", Service::SchemaRegistry, QStringLiteral("/stats"), QStringLiteral("read the tenant id"));
    r.accept = "application/json";
    return r;
}

ApiRequest tenantSchemas(const QString &titleFilter)
{
    ApiRequest r = make("GET", Service::SchemaRegistry, QStringLiteral("/tenant/schemas"), QStringLiteral("list schemas"));
    r.accept = "application/vnd.adobe.xed-id+json";
    r.query.addQueryItem(QStringLiteral("orderby"), QStringLiteral("title"));
    if (!titleFilter.isEmpty())
        r.query.addQueryItem(QStringLiteral("property"), QStringLiteral("title==") + titleFilter);
    return r;
}

ApiRequest tenantSchema(const QString &schemaId)
{
    ApiRequest r = make("GET", Service::SchemaRegistry, QStringLiteral("/tenant/schemas/") + enc(schemaId),
                        QStringLiteral("read the schema"));
    r.accept = Ids::xedFull;
    return r;
}

ApiRequest createSchema(const QJsonObject &body)
{
    return post(Service::SchemaRegistry, QStringLiteral("/tenant/schemas"), body, QStringLiteral("create the schema"));
}

ApiRequest deleteSchema(const QString &schemaId)
{
    return make("DELETE", Service::SchemaRegistry, QStringLiteral("/tenant/schemas/") + enc(schemaId), QStringLiteral("delete the schema"));
}

ApiRequest globalClasses()
{
    ApiRequest r = make("GET", Service::SchemaRegistry, QStringLiteral("/global/classes"), QStringLiteral("list classes"));
    r.accept = "application/vnd.adobe.xed-id+json";
    return r;
}

ApiRequest globalFieldGroups(const QString &intendedToExtend)
{
    ApiRequest r = make("GET", Service::SchemaRegistry, QStringLiteral("/global/fieldgroups"), QStringLiteral("list field groups"));
    r.accept = "application/vnd.adobe.xed-id+json";
    if (!intendedToExtend.isEmpty())
        r.query.addQueryItem(QStringLiteral("property"), QStringLiteral("meta:intendedToExtend==") + intendedToExtend);
    return r;
}

ApiRequest globalResource(const QString &id)
{
    const bool isClass = id.contains(QLatin1String("/classes/")) || id.endsWith(QLatin1String("/context/profile"))
        || id.endsWith(QLatin1String("/context/experienceevent")) || id.endsWith(QLatin1String("/data/record"));
    ApiRequest r = make("GET", Service::SchemaRegistry,
                        (isClass ? QStringLiteral("/global/classes/") : QStringLiteral("/global/fieldgroups/")) + enc(id),
                        QStringLiteral("read a schema building block"));
    r.accept = Ids::xedFull;
    return r;
}

ApiRequest dataSets(const QString &nameFilter, int limit)
{
    ApiRequest r = make("GET", Service::Catalog, QStringLiteral("/dataSets"), QStringLiteral("list datasets"));
    r.query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    r.query.addQueryItem(QStringLiteral("properties"), QStringLiteral("name,description,schemaRef,created,updated"));
    if (!nameFilter.isEmpty())
        r.query.addQueryItem(QStringLiteral("name"), QString::fromLatin1(QUrl::toPercentEncoding(nameFilter)));
    return r;
}

ApiRequest dataSet(const QString &id)
{
    return make("GET", Service::Catalog, QStringLiteral("/dataSets/") + enc(id), QStringLiteral("read the dataset"));
}

ApiRequest createDataSet(const QJsonObject &body)
{
    return post(Service::Catalog, QStringLiteral("/dataSets"), body, QStringLiteral("create the dataset"));
}

ApiRequest deleteDataSet(const QString &id)
{
    return make("DELETE", Service::Catalog, QStringLiteral("/dataSets/") + enc(id), QStringLiteral("delete the dataset"));
}

ApiRequest createMappingSet(const QJsonObject &body)
{
    return post(Service::Conversion, QStringLiteral("/mappingSets"), body, QStringLiteral("create the mapping set"));
}

ApiRequest mappingSets(const QString &nameFilter)
{
    ApiRequest r = make("GET", Service::Conversion, QStringLiteral("/mappingSets"), QStringLiteral("find mapping sets"));
    r.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    r.query.addQueryItem(QStringLiteral("start"), QStringLiteral("0"));
    if (!nameFilter.isEmpty())
        r.query.addQueryItem(QStringLiteral("name"), QString::fromLatin1(QUrl::toPercentEncoding(nameFilter)));
    return r;
}

ApiRequest mappingSet(const QString &id)
{
    return make("GET", Service::Conversion, QStringLiteral("/mappingSets/") + enc(id), QStringLiteral("read the mapping set"));
}

ApiRequest validateMappingSet(const QJsonObject &body)
{
    ApiRequest r = post(Service::Conversion, QStringLiteral("/mappingSets/validate"), body, QStringLiteral("validate the mapping"));
    return r;
}

ApiRequest previewMappingSet(const QJsonObject &mappingSet, const QJsonArray &rows)
{
    return post(Service::Conversion, QStringLiteral("/mappingSets/preview"),
                QJsonObject{{QStringLiteral("data"), rows}, {QStringLiteral("mappingSet"), mappingSet}},
                QStringLiteral("preview the mapping"));
}

} // namespace Requests

namespace Shapes {

QJsonArray items(const QJsonDocument &doc)
{
    if (doc.isArray())
        return doc.array();
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("items")).isArray())
        return o.value(QStringLiteral("items")).toArray();
    if (o.value(QStringLiteral("results")).isArray())
        return o.value(QStringLiteral("results")).toArray();
    if (!o.isEmpty())
        return QJsonArray{o};
    return {};
}

QJsonObject firstItem(const QJsonDocument &doc)
{
    const QJsonArray list = items(doc);
    return list.isEmpty() ? QJsonObject() : list.first().toObject();
}

QString dataSetIdFromCreate(const QJsonDocument &doc)
{
    QString ref;
    if (doc.isArray() && !doc.array().isEmpty())
        ref = doc.array().first().toString();
    else if (doc.isObject())
        ref = doc.object().value(QStringLiteral("id")).toString();
    const QString prefix = QStringLiteral("@/dataSets/");
    if (ref.startsWith(prefix))
        ref = ref.mid(prefix.size());
    return ref;
}

QJsonObject catalogFirst(const QJsonDocument &doc)
{
    const QJsonObject o = doc.object();
    if (o.isEmpty())
        return {};
    QJsonObject item = o.begin().value().toObject();
    item.insert(QStringLiteral("id"), o.begin().key());
    return item;
}

QJsonArray previewRows(const QJsonDocument &doc)
{
    if (doc.isArray())
        return doc.array();
    if (doc.isObject())
        return QJsonArray{doc.object()};
    return {};
}

QJsonArray transformationSpecs(const QJsonObject &flowSpec)
{
    if (flowSpec.value(QStringLiteral("transformationSpecs")).isArray())
        return flowSpec.value(QStringLiteral("transformationSpecs")).toArray();
    return flowSpec.value(QStringLiteral("transformationSpec")).toArray();
}

qint64 toInteger(const QJsonValue &value, qint64 fallback)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        // Out of range (or NaN) would be undefined behaviour in the conversion.
        return (d >= -9.0e18 && d <= 9.0e18) ? qint64(d) : fallback;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 v = value.toString().toLongLong(&ok);
        return ok ? v : fallback;
    }
    return fallback;
}

bool toBool(const QJsonValue &value, bool fallback)
{
    if (value.isBool())
        return value.toBool();
    if (value.isString()) {
        const QString s = value.toString().trimmed().toLower();
        if (s == QLatin1String("true"))
            return true;
        if (s == QLatin1String("false"))
            return false;
    }
    return fallback;
}

QString runStatus(const QJsonObject &run)
{
    QString status = run.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("statusSummary")).toObject()
                         .value(QStringLiteral("status")).toString();
    if (status.isEmpty())
        status = run.value(QStringLiteral("state")).toString();
    status = status.toLower();
    if (status == QLatin1String("in_progress") || status == QLatin1String("inprogress") || status == QLatin1String("running"))
        return QStringLiteral("inprogress");
    return status;
}

} // namespace Shapes

} // namespace Dataflow::Core
