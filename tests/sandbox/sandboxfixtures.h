// SPDX-License-Identifier: MIT
// Test helper: bodies and a full CONTRACT §4 chain built over HTTP.
#pragma once

#include "sandboxtestclient.h"

#include <QUrl>

namespace SandboxFixtures {

using namespace SandboxPaths;

inline QJsonObject sscConnectionBody(const QString &name)
{
    return QJsonObject{{"name", name},
                       {"auth", QJsonObject{{"specName", "OAuth2 Client Credential"},
                                            {"params", QJsonObject{{"environmentUrl", "https://acme.my.salesforce.example"},
                                                                   {"clientId", "client"},
                                                                   {"clientSecret", "secret"},
                                                                   {"apiVersion", "60.0"}}}}},
                       {"connectionSpec", QJsonObject{{"id", sscSpec}, {"version", "1.0"}}}};
}

inline QJsonObject schemaBody(const QString &title)
{
    return QJsonObject{{"type", "object"},
                       {"title", title},
                       {"description", "test schema"},
                       {"allOf", QJsonArray{QJsonObject{{"$ref", profileClass}},
                                            QJsonObject{{"$ref", "https://ns.adobe.com/xdm/context/profile-person-details"}},
                                            QJsonObject{{"$ref", "https://ns.adobe.com/xdm/context/profile-personal-details"}}}}};
}

inline QJsonObject datasetBody(const QString &name, const QString &schemaId)
{
    return QJsonObject{{"name", name},
                       {"schemaRef", QJsonObject{{"id", schemaId}, {"contentType", "application/vnd.adobe.xed+json;version=1"}}}};
}

inline QJsonObject mappingSetBody(const QString &schemaId)
{
    return QJsonObject{
        {"outputSchema", QJsonObject{{"schemaRef", QJsonObject{{"id", schemaId},
                                                                {"contentType", "application/vnd.adobe.xed-full+json;version=1"}}}}},
        {"mappings", QJsonArray{QJsonObject{{"sourceType", "ATTRIBUTE"}, {"source", "Id"}, {"destination", "_id"}},
                                QJsonObject{{"sourceType", "EXPRESSION"},
                                            {"source", "concat(upper(LastName), \", \", FirstName)"},
                                            {"destination", "person.name.fullName"}},
                                QJsonObject{{"sourceType", "ATTRIBUTE"}, {"source", "Email"}, {"destination", "personalEmail.address"}}}}};
}

inline QJsonObject sourceBody(const QString &name, const QString &baseId, const QString &table, const QJsonArray &columns)
{
    return QJsonObject{{"name", name},
                       {"baseConnectionId", baseId},
                       {"data", QJsonObject{{"format", "tabular"}}},
                       {"params", QJsonObject{{"tableName", table}, {"columns", columns}}},
                       {"connectionSpec", QJsonObject{{"id", sscSpec}, {"version", "1.0"}}}};
}

inline QJsonObject targetBody(const QString &name, const QString &schemaId, const QString &dataSetId)
{
    return QJsonObject{{"name", name},
                       {"data", QJsonObject{{"format", "parquet_xdm"},
                                            {"schema", QJsonObject{{"id", schemaId},
                                                                   {"version", "application/vnd.adobe.xed-full+json;version=1"}}}}},
                       {"params", QJsonObject{{"dataSetId", dataSetId}}},
                       {"connectionSpec", QJsonObject{{"id", dataLakeSpec}, {"version", "1.0"}}}};
}

inline QString firstDateTimeColumn(const QJsonArray &columns)
{
    for (const QJsonValue &column : columns) {
        if (column[QLatin1String("meta:xdmType")].toString() == QLatin1String("date-time"))
            return column[QLatin1String("name")].toString();
    }
    return {};
}

inline QJsonObject flowBody(const QString &name, const QString &sourceId, const QString &targetId,
                            const QString &deltaColumn, const QString &mappingId, const QJsonValue &mappingVersion,
                            const QJsonObject &schedule)
{
    return QJsonObject{
        {"name", name},
        {"flowSpec", QJsonObject{{"id", crmToAep}, {"version", "1.0"}}},
        {"sourceConnectionIds", QJsonArray{sourceId}},
        {"targetConnectionIds", QJsonArray{targetId}},
        {"transformations", QJsonArray{QJsonObject{{"name", "Copy"},
                                                   {"params", QJsonObject{{"deltaColumn", QJsonObject{{"name", deltaColumn},
                                                                                                    {"dateFormat", "YYYY-MM-DD"},
                                                                                                    {"timezone", "UTC"}}}}}},
                                       QJsonObject{{"name", "Mapping"},
                                                   {"params", QJsonObject{{"mappingId", mappingId}, {"mappingVersion", mappingVersion}}}}}},
        {"scheduleParams", schedule}};
}

inline QJsonObject hourly(qint64 startTime)
{
    return QJsonObject{{"startTime", double(startTime)}, {"frequency", "hour"}, {"interval", 1}, {"backfill", true}};
}

/** Every id of a complete SSC Contact → profile chain. */
struct World
{
    QString connectionId, schemaId, dataSetId, mappingSetId, sourceId, targetId, flowId, flowEtag;
    QJsonArray columns;
    QString deltaColumn;
    QString error;
};

inline World buildWorld(SandboxTestClient &client, const QString &tag, bool withFlow = true)
{
    World w;
    auto fail = [&w](const QString &step, const TestReply &reply) {
        w.error = step + QStringLiteral(": ") + QString::number(reply.status) + QLatin1Char(' ') + QString::fromUtf8(reply.body);
        return w;
    };
    TestReply r = client.post(flow + QStringLiteral("/connections"), sscConnectionBody(QStringLiteral("SSC ") + tag));
    if (r.status != 201)
        return fail(QStringLiteral("connection"), r);
    w.connectionId = r.object().value(QLatin1String("id")).toString();
    r = client.get(flow + QStringLiteral("/connections/%1/explore?objectType=table&object=Contact").arg(w.connectionId));
    if (r.status != 200)
        return fail(QStringLiteral("explore"), r);
    w.columns = r.object().value(QLatin1String("schema"))[QLatin1String("columns")].toArray();
    w.deltaColumn = firstDateTimeColumn(w.columns);
    r = client.post(schemas + QStringLiteral("/tenant/schemas"), schemaBody(QStringLiteral("Schema ") + tag));
    if (r.status != 201)
        return fail(QStringLiteral("schema"), r);
    w.schemaId = r.object().value(QLatin1String("$id")).toString();
    r = client.post(catalog + QStringLiteral("/dataSets"), datasetBody(QStringLiteral("Dataset ") + tag, w.schemaId));
    if (r.status != 201)
        return fail(QStringLiteral("dataset"), r);
    w.dataSetId = r.array().at(0).toString().section(QLatin1Char('/'), -1);
    r = client.post(conversion + QStringLiteral("/mappingSets"), mappingSetBody(w.schemaId));
    if (r.status != 200)
        return fail(QStringLiteral("mapping set"), r);
    w.mappingSetId = r.object().value(QLatin1String("id")).toString();
    r = client.post(flow + QStringLiteral("/sourceConnections"), sourceBody(QStringLiteral("Source ") + tag, w.connectionId, QStringLiteral("Contact"), w.columns));
    if (r.status != 201)
        return fail(QStringLiteral("source"), r);
    w.sourceId = r.object().value(QLatin1String("id")).toString();
    r = client.post(flow + QStringLiteral("/targetConnections"), targetBody(QStringLiteral("Target ") + tag, w.schemaId, w.dataSetId));
    if (r.status != 201)
        return fail(QStringLiteral("target"), r);
    w.targetId = r.object().value(QLatin1String("id")).toString();
    if (!withFlow)
        return w;
    r = client.post(flow + QStringLiteral("/flows"), flowBody(QStringLiteral("Flow ") + tag, w.sourceId, w.targetId, w.deltaColumn,
                                                             w.mappingSetId, 0, hourly(1767225600)));
    if (r.status != 201)
        return fail(QStringLiteral("flow"), r);
    w.flowId = r.object().value(QLatin1String("id")).toString();
    w.flowEtag = r.object().value(QLatin1String("etag")).toString();
    return w;
}

} // namespace SandboxFixtures
