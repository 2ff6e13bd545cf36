// SPDX-License-Identifier: MIT
#include "catalogapi.h"

#include "apierrors.h"
#include "propertyfilter.h"
#include "sandboxcontext.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Dataflow::Sandbox {

namespace {

const QString kind = QStringLiteral("dataSets");

HttpResponse catalogError(const HttpRequest &request, int code, int status, const QString &detail)
{
    return ApiErrors::problem(request, QStringLiteral("CAT"), code, status,
                              status == 404 ? QStringLiteral("Not Found") : QStringLiteral("Bad Request"), detail);
}

QJsonObject selectProperties(const QJsonObject &dataset, const QStringList &properties)
{
    if (properties.isEmpty())
        return dataset;
    QJsonObject out;
    for (const QString &name : properties) {
        if (dataset.contains(name))
            out.insert(name, dataset.value(name));
    }
    return out;
}

bool matchesSimpleFilter(const QJsonObject &dataset, const QString &field, const QString &expression)
{
    const QString value = dataset.value(field).toVariant().toString();
    if (expression.startsWith(QLatin1Char('!')))
        return !expression.mid(1).split(QLatin1Char(',')).contains(value);
    return expression.split(QLatin1Char(',')).contains(value);
}

} // namespace

CatalogApi::CatalogApi(SandboxContext &context)
    : m_context(context)
{
}

HttpResponse CatalogApi::handle(const HttpRequest &request, const QStringList &route)
{
    if (route.value(0) == kind) {
        if (route.size() == 1 && request.method == "GET")
            return list(request);
        if (route.size() == 1 && request.method == "POST")
            return create(request);
        if (route.size() == 2 && request.method == "GET")
            return getOne(request, route.at(1));
        if (route.size() == 2 && request.method == "DELETE")
            return remove(request, route.at(1));
    }
    return catalogError(request, 1404, 404, QStringLiteral("No such endpoint: %1 %2").arg(QString::fromLatin1(request.method), request.path));
}

HttpResponse CatalogApi::list(const HttpRequest &request)
{
    bool ok = true;
    int limit = 20;
    if (request.hasQuery(QStringLiteral("limit")))
        limit = request.queryValue(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1 || limit > 100)
        return catalogError(request, 1001, 400, QStringLiteral("'limit' must be an integer from 1 to 100"));
    int start = 0;
    if (request.hasQuery(QStringLiteral("start")))
        start = request.queryValue(QStringLiteral("start")).toInt(&ok);
    if (!ok || start < 0)
        return catalogError(request, 1001, 400, QStringLiteral("'start' must be a non-negative integer"));
    QList<PropertyFilter> filters;
    for (const QString &text : request.queryValues(QStringLiteral("property"))) {
        PropertyFilter filter;
        QString message;
        if (!PropertyFilter::parse(text, &filter, &message))
            return catalogError(request, 1002, 400, message);
        filters.append(filter);
    }
    static const QStringList simpleFilters{QStringLiteral("name"), QStringLiteral("id")};
    const QStringList properties = request.queryValue(QStringLiteral("properties")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const qint64 now = m_context.nowMs();
    QJsonObject out;
    int index = 0;
    for (const QJsonObject &dataset : m_context.store.list(kind)) {
        const QString id = dataset.value(QLatin1String("id")).toString();
        if (m_context.store.isHidden(kind, id, now))
            continue;
        bool keep = true;
        for (const PropertyFilter &filter : filters)
            keep = keep && filter.matches(dataset);
        for (const QString &field : simpleFilters) {
            if (request.hasQuery(field))
                keep = keep && matchesSimpleFilter(dataset, field, request.queryValue(field));
        }
        if (!keep)
            continue;
        if (index++ < start)
            continue;
        if (out.size() >= limit)
            break;
        QJsonObject presented = dataset;
        presented.remove(QStringLiteral("id"));
        out.insert(id, selectProperties(presented, properties));
    }
    return HttpResponse::json(200, out);
}

HttpResponse CatalogApi::getOne(const HttpRequest &request, const QString &id)
{
    QJsonObject dataset = m_context.store.get(kind, id);
    if (dataset.isEmpty())
        return catalogError(request, 1404, 404, QStringLiteral("Dataset %1 not found").arg(id));
    dataset.remove(QStringLiteral("id"));
    const QStringList properties = request.queryValue(QStringLiteral("properties")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    return HttpResponse::json(200, QJsonObject{{id, selectProperties(dataset, properties)}});
}

HttpResponse CatalogApi::create(const HttpRequest &request)
{
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject())
        return catalogError(request, 1001, 400, QStringLiteral("The request body must be a JSON object"));
    const QJsonObject body = document.object();
    if (body.value(QLatin1String("name")).toString().trimmed().isEmpty())
        return catalogError(request, 1001, 400, QStringLiteral("Field 'name' is required"));
    const QString schemaId = body.value(QLatin1String("schemaRef"))[QLatin1String("id")].toString();
    if (schemaId.isEmpty())
        return catalogError(request, 1001, 400, QStringLiteral("Field 'schemaRef.id' is required"));
    if (m_context.schema(schemaId).isEmpty())
        return catalogError(request, 1003, 400, QStringLiteral("Schema '%1' not found").arg(schemaId));
    const QString id = m_context.newHexId(kind, 24);
    QJsonObject dataset = m_context.composeDataset(body);
    dataset.insert(QStringLiteral("id"), id);
    m_context.created(kind, id, dataset);
    return HttpResponse::json(201, QJsonArray{QStringLiteral("@/dataSets/") + id});
}

HttpResponse CatalogApi::remove(const HttpRequest &request, const QString &id)
{
    if (!m_context.store.contains(kind, id))
        return catalogError(request, 1404, 404, QStringLiteral("Dataset %1 not found").arg(id));
    m_context.removed(kind, id);
    return HttpResponse::json(200, QJsonArray{QStringLiteral("@/dataSets/") + id});
}

} // namespace Dataflow::Sandbox
