// SPDX-License-Identifier: MIT
#include "conversionapi.h"

#include "apierrors.h"
#include "mappingengine.h"
#include "sandboxcontext.h"

#include <QJsonDocument>

namespace Dataflow::Sandbox {

namespace {

const QString kind = QStringLiteral("mappingSets");

HttpResponse dapError(const HttpRequest &request, int code, int status, const QString &detail)
{
    return ApiErrors::problem(request, QStringLiteral("DAP"), code, status,
                              status == 404 ? QStringLiteral("Not Found")
                                            : (status == 405 ? QStringLiteral("Method Not Allowed") : QStringLiteral("Bad Request")),
                              detail);
}

QJsonObject errorEntry(const MappingEngine::Mapping &mapping, const QString &exception)
{
    return QJsonObject{{"destination", mapping.destination},
                       {"exception", exception},
                       {"source", mapping.source},
                       {"columnName", mapping.source},
                       {"sourceType", mapping.sourceType}};
}

} // namespace

ConversionApi::ConversionApi(SandboxContext &context)
    : m_context(context)
{
}

HttpResponse ConversionApi::handle(const HttpRequest &request, const QStringList &route)
{
    if (route.value(0) != kind)
        return dapError(request, 1404, 404, QStringLiteral("No such endpoint: %1").arg(request.path));
    const QByteArray &method = request.method;
    if (route.size() == 1 && method == "GET")
        return list(request);
    if (route.size() == 1 && method == "POST")
        return create(request, QString());
    if (route.size() == 2 && route.at(1) == QLatin1String("validate") && method == "POST")
        return validate(request);
    if (route.size() == 2 && route.at(1) == QLatin1String("preview") && method == "POST")
        return preview(request);
    if (route.size() == 2 && method == "GET") {
        const QJsonObject mappingSet = m_context.store.get(kind, route.at(1));
        if (mappingSet.isEmpty())
            return dapError(request, 1404, 404, QStringLiteral("Mapping set %1 not found").arg(route.at(1)));
        return HttpResponse::json(200, mappingSet);
    }
    if (route.size() == 2 && method == "PUT") {
        if (!m_context.store.contains(kind, route.at(1)))
            return dapError(request, 1404, 404, QStringLiteral("Mapping set %1 not found").arg(route.at(1)));
        return create(request, route.at(1));
    }
    HttpResponse response = dapError(request, 1405, 405, QStringLiteral("%1 is not supported on %2")
                                                               .arg(QString::fromLatin1(method), request.path));
    response.setHeader("Allow", route.size() == 2 ? "GET, PUT" : "GET, POST");
    return response;
}

HttpResponse ConversionApi::list(const HttpRequest &request)
{
    bool ok = true;
    const int limit = request.hasQuery(QStringLiteral("limit")) ? request.queryValue(QStringLiteral("limit")).toInt(&ok) : 10;
    if (!ok || limit < 1)
        return dapError(request, 1001, 400, QStringLiteral("'limit' must be a positive integer"));
    const int start = request.hasQuery(QStringLiteral("start")) ? request.queryValue(QStringLiteral("start")).toInt(&ok) : 0;
    if (!ok || start < 0)
        return dapError(request, 1001, 400, QStringLiteral("'start' must be a non-negative integer"));
    const QString name = request.queryValue(QStringLiteral("name"));
    const qint64 now = m_context.nowMs();
    QJsonArray data;
    int index = 0;
    for (const QJsonObject &mappingSet : m_context.store.list(kind)) {
        if (m_context.store.isHidden(kind, mappingSet.value(QLatin1String("id")).toString(), now))
            continue;
        if (!name.isEmpty() && mappingSet.value(QLatin1String("name")).toString() != name)
            continue;
        if (index++ < start || data.size() >= limit)
            continue;
        data.append(mappingSet);
    }
    return HttpResponse::json(200, QJsonObject{{"data", data},
                                               {"_page", QJsonObject{{"limit", limit}, {"count", int(data.size())}}}});
}

QJsonArray ConversionApi::check(const QJsonObject &mappingSet, QString *schemaError)
{
    const QString schemaId = MappingEngine::outputSchemaId(mappingSet);
    if (schemaId.isEmpty() || m_context.schema(schemaId).isEmpty()) {
        *schemaError = QStringLiteral("Output schema '%1' not found").arg(schemaId);
        return {};
    }
    const QStringList leaves = m_context.schemaLeafPaths(schemaId);
    QJsonArray results;
    for (const MappingEngine::Mapping &mapping : MappingEngine::mappingsOf(mappingSet)) {
        QJsonArray errors;
        QString message;
        if (mapping.destination.isEmpty())
            errors.append(errorEntry(mapping, QStringLiteral("destination is required")));
        else if (!leaves.contains(mapping.destination))
            errors.append(errorEntry(mapping, QStringLiteral("destination '%1' is not a field of schema %2").arg(mapping.destination, schemaId)));
        if (mapping.sourceType != QLatin1String("ATTRIBUTE") && mapping.sourceType != QLatin1String("STATIC")
            && mapping.sourceType != QLatin1String("EXPRESSION"))
            errors.append(errorEntry(mapping, QStringLiteral("unknown sourceType '%1'").arg(mapping.sourceType)));
        else if (mapping.source.isEmpty())
            errors.append(errorEntry(mapping, QStringLiteral("source is required")));
        else if (mapping.sourceType == QLatin1String("EXPRESSION") && !MappingEngine::checkExpression(mapping.source, &message))
            errors.append(errorEntry(mapping, QStringLiteral("invalid expression: %1").arg(message)));
        results.append(QJsonObject{{"status", errors.isEmpty() ? "SUCCESS" : "FAILED"},
                                   {"errors", errors.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(errors)}});
    }
    return results;
}

HttpResponse ConversionApi::create(const HttpRequest &request, const QString &replaceId)
{
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject())
        return dapError(request, 1001, 400, QStringLiteral("The request body must be a JSON object"));
    const QJsonObject body = document.object();
    if (body.value(QLatin1String("mappings")).toArray().isEmpty())
        return dapError(request, 1001, 400, QStringLiteral("Field 'mappings' must be a non-empty array"));
    QString schemaError;
    const QJsonArray results = check(body, &schemaError);
    if (!schemaError.isEmpty())
        return dapError(request, 1002, 400, schemaError);
    QStringList problems;
    for (const QJsonValue &result : results) {
        for (const QJsonValue &error : result[QLatin1String("errors")].toArray())
            problems.append(error[QLatin1String("exception")].toString());
    }
    if (!problems.isEmpty())
        return dapError(request, 1003, 400, QStringLiteral("Mapping validation failed: %1").arg(problems.join(QLatin1String("; "))));

    const QString schemaId = MappingEngine::outputSchemaId(body);
    const double now = double(m_context.nowMs());
    const QString user = m_context.config.clientId + QStringLiteral("@AdobeID");
    const QJsonObject previous = replaceId.isEmpty() ? QJsonObject() : m_context.store.get(kind, replaceId);
    const QString id = replaceId.isEmpty() ? m_context.newHexId(kind, 32) : replaceId;
    const int version = previous.isEmpty() ? 0 : previous.value(QLatin1String("version")).toInt() + 1;
    QJsonArray mappings;
    for (const MappingEngine::Mapping &mapping : MappingEngine::mappingsOf(body)) {
        mappings.append(QJsonObject{{"sourceType", mapping.sourceType},
                                    {"source", mapping.source},
                                    {"destination", mapping.destination},
                                    {"sourceAttribute", mapping.source},
                                    {"destinationXdmPath", mapping.destination},
                                    {"identity", false},
                                    {"primaryIdentity", false},
                                    {"version", 0}});
    }
    QJsonObject stored{{"id", id},
                       {"name", body.value(QLatin1String("name")).toString()},
                       {"version", version},
                       {"status", "PUBLISHED"},
                       {"outputSchema", QJsonObject{{"schemaRef", QJsonObject{{"id", schemaId},
                                                                              {"contentType", "application/vnd.adobe.xed-full+json;version=1"}}}}},
                       {"xdmSchema", schemaId},
                       {"xdmVersion", "1.0"},
                       {"schemaRef", QJsonObject{{"id", schemaId}, {"contentType", "application/vnd.adobe.xed-full+json;version=1"}}},
                       {"mappings", mappings},
                       {"createdDate", previous.isEmpty() ? now : previous.value(QLatin1String("createdDate")).toDouble()},
                       {"modifiedDate", now},
                       {"createdBy", user},
                       {"modifiedBy", user}};
    if (body.contains(QLatin1String("description")))
        stored.insert(QStringLiteral("description"), body.value(QLatin1String("description")));
    if (replaceId.isEmpty()) {
        m_context.created(kind, id, stored);
        return HttpResponse::json(200, QJsonObject{{"id", id}, {"version", version}, {"createdDate", now},
                                                   {"modifiedDate", now}, {"createdBy", user}, {"modifiedBy", user}});
    }
    m_context.updated(kind, id, stored);
    return HttpResponse::json(200, stored);
}

HttpResponse ConversionApi::validate(const HttpRequest &request)
{
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject() || document.object().value(QLatin1String("mappings")).toArray().isEmpty())
        return dapError(request, 1001, 400, QStringLiteral("The body must be a mapping set with a non-empty 'mappings' array"));
    QString schemaError;
    const QJsonArray results = check(document.object(), &schemaError);
    if (!schemaError.isEmpty())
        return dapError(request, 1002, 400, schemaError);
    return HttpResponse::json(200, QJsonObject{{"validationResponse", results}});
}

HttpResponse ConversionApi::preview(const HttpRequest &request)
{
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    const QJsonObject body = document.object();
    const QJsonObject mappingSet = body.value(QLatin1String("mappingSet")).toObject();
    if (!document.isObject() || mappingSet.isEmpty() || !body.value(QLatin1String("data")).isArray())
        return dapError(request, 1001, 400, QStringLiteral("The body needs 'data' (array of rows) and 'mappingSet'"));
    QString schemaError;
    const QJsonArray checks = check(mappingSet, &schemaError);
    if (!schemaError.isEmpty())
        return dapError(request, 1002, 400, schemaError);
    const QList<MappingEngine::Mapping> mappings = MappingEngine::mappingsOf(mappingSet);
    QJsonArray out;
    for (const QJsonValue &rowValue : body.value(QLatin1String("data")).toArray()) {
        const QJsonObject row = rowValue.toObject();
        QJsonObject result;
        QJsonArray errors;
        for (int i = 0; i < mappings.size(); ++i) {
            const QJsonArray mappingErrors = checks.at(i)[QLatin1String("errors")].toArray();
            if (!mappingErrors.isEmpty()) {
                for (const QJsonValue &error : mappingErrors)
                    errors.append(error);
                continue;
            }
            QJsonValue value;
            QString message;
            if (!MappingEngine::evaluate(mappings.at(i), row, &value, &message)) {
                errors.append(errorEntry(mappings.at(i), message));
                continue;
            }
            if (!value.isNull() && !value.isUndefined())
                MappingEngine::setPath(&result, mappings.at(i).destination, value);
        }
        out.append(QJsonObject{{"data", result}, {"errors", errors.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(errors)}});
    }
    return HttpResponse::json(200, out);
}

} // namespace Dataflow::Sandbox
