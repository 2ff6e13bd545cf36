// SPDX-License-Identifier: MIT
#include "schemaregistryapi.h"

#include "apierrors.h"
#include "jsonpatch.h"
#include "propertyfilter.h"
#include "sandboxcontext.h"
#include "xdmschemas.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace Dataflow::Sandbox {

namespace {

const QString schemasKind = QStringLiteral("schemas");

struct AcceptInfo
{
    QString mediaType; // e.g. application/vnd.adobe.xed-full+json
    bool versioned = false;
    QString version;
};

AcceptInfo parseAccept(const QByteArray &header)
{
    AcceptInfo info;
    const QStringList parts = QString::fromLatin1(header).split(QLatin1Char(';'));
    info.mediaType = parts.value(0).trimmed().toLower();
    for (int i = 1; i < parts.size(); ++i) {
        const QString parameter = parts.at(i).trimmed();
        if (parameter.startsWith(QLatin1String("version="))) {
            info.versioned = true;
            info.version = parameter.mid(8).trimmed();
        }
    }
    return info;
}

HttpResponse xdmBad(const HttpRequest &request, int code, const QString &title, const QString &detail)
{
    return ApiErrors::xdm(request, code, 400, title, detail);
}

QJsonObject summary(const QJsonObject &item)
{
    return QJsonObject{{"$id", item.value(QLatin1String("$id"))},
                       {"meta:altId", item.value(QLatin1String("meta:altId"))},
                       {"version", item.value(QLatin1String("version"))},
                       {"title", item.value(QLatin1String("title"))}};
}

} // namespace

SchemaRegistryApi::SchemaRegistryApi(SandboxContext &context)
    : m_context(context)
{
}

HttpResponse SchemaRegistryApi::handle(const HttpRequest &request, const QStringList &route)
{
    const QByteArray &method = request.method;
    const QString container = route.value(0);
    const QString collection = route.value(1);
    if (route.size() == 1 && container == QLatin1String("stats") && method == "GET")
        return stats(request);
    if (container == QLatin1String("tenant") && collection == QLatin1String("schemas")) {
        if (route.size() == 2 && method == "GET") {
            QList<QJsonObject> live;
            const qint64 now = m_context.nowMs();
            for (const QJsonObject &schema : m_context.store.list(schemasKind)) {
                if (!m_context.store.isHidden(schemasKind, schema.value(QLatin1String("$id")).toString(), now))
                    live.append(schema);
            }
            return list(request, live, QStringLiteral("tenant/schemas"));
        }
        if (route.size() == 2 && method == "POST")
            return createSchema(request);
        if (route.size() == 3) {
            if (method == "GET") {
                const QJsonObject schema = m_context.schema(route.at(2));
                if (schema.isEmpty())
                    return ApiErrors::xdm(request, 1012, 404, QStringLiteral("Resource not found"),
                                          QStringLiteral("Schema %1 not found").arg(route.at(2)));
                return lookup(request, schema, true);
            }
            if (method == "PATCH")
                return patchSchema(request, route.at(2));
            if (method == "DELETE")
                return deleteSchema(request, route.at(2));
        }
    }
    if (container == QLatin1String("global") && method == "GET"
        && (collection == QLatin1String("classes") || collection == QLatin1String("fieldgroups"))) {
        const bool classes = collection == QLatin1String("classes");
        if (route.size() == 2)
            return list(request, classes ? m_context.demo.classes() : m_context.demo.fieldGroups(),
                        QStringLiteral("global/") + collection);
        if (route.size() == 3) {
            const QJsonObject item = classes ? m_context.demo.xdmClass(route.at(2)) : m_context.demo.fieldGroup(route.at(2));
            if (item.isEmpty())
                return ApiErrors::xdm(request, 1012, 404, QStringLiteral("Resource not found"),
                                      QStringLiteral("%1 %2 not found").arg(collection, route.at(2)));
            return lookup(request, item, false);
        }
    }
    return ApiErrors::xdm(request, 1012, 404, QStringLiteral("Resource not found"),
                          QStringLiteral("No such endpoint: %1 %2").arg(QString::fromLatin1(method), request.path));
}

HttpResponse SchemaRegistryApi::stats(const HttpRequest &request)
{
    Q_UNUSED(request)
    const QList<QJsonObject> schemas = m_context.store.list(schemasKind);
    QJsonArray recent;
    QJsonObject classUsage;
    for (auto it = schemas.crbegin(); it != schemas.crend(); ++it) {
        if (recent.size() < 5)
            recent.append(summary(*it));
        const QString classId = it->value(QLatin1String("meta:class")).toString();
        QJsonArray users = classUsage.value(classId).toArray();
        users.append(QJsonObject{{"$id", it->value(QLatin1String("$id"))}, {"title", it->value(QLatin1String("title"))}});
        classUsage.insert(classId, users);
    }
    return HttpResponse::json(200, QJsonObject{
        {"imsOrg", m_context.config.orgId},
        {"tenantId", m_context.demo.tenantId()},
        {"counts", QJsonObject{{"schemas", int(schemas.size())}, {"mixins", 0}, {"datatypes", 0},
                               {"classes", 0}, {"unions", 0}}},
        {"recentlyCreatedResources", recent},
        {"recentlyUpdatedResources", recent},
        {"classUsage", classUsage}});
}

HttpResponse SchemaRegistryApi::list(const HttpRequest &request, QList<QJsonObject> items, const QString &collectionPath)
{
    const AcceptInfo accept = parseAccept(request.header("accept"));
    const bool ids = accept.mediaType == QLatin1String("application/vnd.adobe.xed-id+json");
    const bool full = accept.mediaType == QLatin1String("application/vnd.adobe.xed+json");
    if ((!ids && !full) || accept.versioned)
        return xdmBad(request, 1006, QStringLiteral("Accept header invalid"),
                      QStringLiteral("List requests accept application/vnd.adobe.xed-id+json or application/vnd.adobe.xed+json without a version; got '%1'")
                          .arg(QString::fromLatin1(request.header("accept"))));
    for (const QString &text : request.queryValues(QStringLiteral("property"))) {
        PropertyFilter filter;
        QString message;
        if (!PropertyFilter::parse(text, &filter, &message))
            return xdmBad(request, 1010, QStringLiteral("Invalid property filter"), message);
        items.erase(std::remove_if(items.begin(), items.end(), [&filter](const QJsonObject &item) { return !filter.matches(item); }),
                    items.end());
    }
    const QString orderBy = request.queryValue(QStringLiteral("orderby"));
    if (!orderBy.isEmpty()) {
        const bool descending = orderBy.startsWith(QLatin1Char('-'));
        const QString key = orderBy.mid(descending || orderBy.startsWith(QLatin1Char('+')) ? 1 : 0);
        std::stable_sort(items.begin(), items.end(), [&key, descending](const QJsonObject &a, const QJsonObject &b) {
            const int c = QString::compare(a.value(key).toString(), b.value(key).toString());
            return descending ? c > 0 : c < 0;
        });
        const QString start = request.queryValue(QStringLiteral("start"));
        if (!start.isEmpty()) {
            items.erase(std::remove_if(items.begin(), items.end(), [&](const QJsonObject &item) {
                            const int c = QString::compare(item.value(key).toString(), start);
                            return descending ? c > 0 : c < 0;
                        }),
                        items.end());
        }
    }
    int limit = 300;
    if (request.hasQuery(QStringLiteral("limit")))
        limit = std::clamp(request.queryValue(QStringLiteral("limit")).toInt(), 1, 300);
    QJsonArray results;
    QJsonValue next = QJsonValue::Null;
    for (const QJsonObject &item : items) {
        if (results.size() == limit) {
            next = orderBy.isEmpty() ? QJsonValue(QString()) : item.value(orderBy.mid(orderBy.startsWith(QLatin1Char('-')) ? 1 : 0));
            break;
        }
        results.append(ids ? summary(item) : item);
    }
    const QString base = QStringLiteral("/data/foundation/schemaregistry/");
    return HttpResponse::json(200, QJsonObject{
        {"results", results},
        {"_page", QJsonObject{{"orderby", orderBy.isEmpty() ? QStringLiteral("title") : orderBy},
                              {"next", next}, {"count", int(results.size())}}},
        {"_links", QJsonObject{{"next", QJsonValue::Null},
                               {"self", QJsonObject{{"href", base + collectionPath}}}}}});
}

HttpResponse SchemaRegistryApi::lookup(const HttpRequest &request, const QJsonObject &item, bool tenantSchema)
{
    const AcceptInfo accept = parseAccept(request.header("accept"));
    static const QStringList known{QStringLiteral("application/vnd.adobe.xed+json"),
                                   QStringLiteral("application/vnd.adobe.xed-full+json"),
                                   QStringLiteral("application/vnd.adobe.xed-full-notext+json"),
                                   QStringLiteral("application/vnd.adobe.xed-full-desc+json"),
                                   QStringLiteral("application/vnd.adobe.xed-notext+json"),
                                   QStringLiteral("application/vnd.adobe.xed-deprecatefield+json")};
    if (!known.contains(accept.mediaType) || !accept.versioned || accept.version != QLatin1String("1"))
        return xdmBad(request, 1007, QStringLiteral("Accept header invalid"),
                      QStringLiteral("Lookups need an Accept header such as 'application/vnd.adobe.xed-full+json; version=1'; got '%1'")
                          .arg(QString::fromLatin1(request.header("accept"))));
    QJsonObject out = item;
    const bool resolved = accept.mediaType.contains(QLatin1String("-full")) || accept.mediaType.contains(QLatin1String("deprecatefield"));
    if (tenantSchema && resolved) {
        out.remove(QStringLiteral("allOf"));
        out.insert(QStringLiteral("properties"), m_context.resolvedSchemaProperties(item.value(QLatin1String("$id")).toString()));
    }
    if (accept.mediaType.contains(QLatin1String("notext")))
        out = XdmSchemas::withoutText(out).toObject();
    HttpResponse response = HttpResponse::json(200, out);
    response.setHeader("Content-Type", (accept.mediaType + QStringLiteral("; version=1")).toLatin1());
    return response;
}

HttpResponse SchemaRegistryApi::createSchema(const HttpRequest &request)
{
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject())
        return xdmBad(request, 1001, QStringLiteral("Invalid request"), QStringLiteral("The request body must be a JSON object"));
    const QJsonObject body = document.object();
    const QString title = body.value(QLatin1String("title")).toString().trimmed();
    if (title.isEmpty())
        return xdmBad(request, 1001, QStringLiteral("Invalid request"), QStringLiteral("Field 'title' is required"));
    if (body.value(QLatin1String("type")).toString() != QLatin1String("object"))
        return xdmBad(request, 1001, QStringLiteral("Invalid request"), QStringLiteral("Field 'type' must be 'object'"));
    const QJsonArray allOf = body.value(QLatin1String("allOf")).toArray();
    QString classId;
    QStringList groups;
    for (const QJsonValue &ref : allOf) {
        const QString id = ref[QLatin1String("$ref")].toString();
        if (!m_context.demo.xdmClass(id).isEmpty()) {
            if (!classId.isEmpty())
                return xdmBad(request, 1001, QStringLiteral("Invalid request"),
                              QStringLiteral("A schema references exactly one class; got %1 and %2").arg(classId, id));
            classId = id;
        } else if (!m_context.demo.fieldGroup(id).isEmpty()) {
            groups.append(id);
        } else {
            return xdmBad(request, 1011, QStringLiteral("Reference not found"),
                          QStringLiteral("Referenced resource '%1' was not found").arg(id));
        }
    }
    if (classId.isEmpty())
        return xdmBad(request, 1001, QStringLiteral("Invalid request"),
                      QStringLiteral("allOf must reference exactly one class"));
    for (const QString &group : groups) {
        bool fits = false;
        for (const QJsonValue &target : m_context.demo.fieldGroup(group).value(QLatin1String("meta:intendedToExtend")).toArray())
            fits = fits || target.toString() == classId;
        if (!fits)
            return xdmBad(request, 1001, QStringLiteral("Invalid request"),
                          QStringLiteral("Field group %1 cannot extend class %2").arg(group, classId));
    }
    for (const QJsonObject &existing : m_context.store.list(schemasKind)) {
        if (existing.value(QLatin1String("title")).toString().compare(title, Qt::CaseInsensitive) == 0)
            return xdmBad(request, 3005, QStringLiteral("Title must be unique"),
                          QStringLiteral("Title must be unique: a schema titled '%1' already exists (%2)")
                              .arg(title, existing.value(QLatin1String("$id")).toString()));
    }
    const QJsonObject schema = m_context.composeSchema(title, body.value(QLatin1String("description")).toString(), allOf);
    m_context.created(schemasKind, schema.value(QLatin1String("$id")).toString(), schema);
    return HttpResponse::json(201, schema);
}

HttpResponse SchemaRegistryApi::patchSchema(const HttpRequest &request, const QString &id)
{
    QJsonObject schema = m_context.schema(id);
    if (schema.isEmpty())
        return ApiErrors::xdm(request, 1012, 404, QStringLiteral("Resource not found"), QStringLiteral("Schema %1 not found").arg(id));
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    QString message;
    if (!document.isArray() || !JsonPatch::apply(document.array(), &schema, &message))
        return xdmBad(request, 1001, QStringLiteral("Invalid request"), QStringLiteral("Invalid patch: %1").arg(message));
    for (const QJsonValue &ref : schema.value(QLatin1String("allOf")).toArray()) {
        const QString refId = ref[QLatin1String("$ref")].toString();
        if (m_context.demo.xdmClass(refId).isEmpty() && m_context.demo.fieldGroup(refId).isEmpty())
            return xdmBad(request, 1011, QStringLiteral("Reference not found"),
                          QStringLiteral("Referenced resource '%1' was not found").arg(refId));
    }
    const QString key = schema.value(QLatin1String("$id")).toString();
    const QStringList version = schema.value(QLatin1String("version")).toString().split(QLatin1Char('.'));
    schema.insert(QStringLiteral("version"), QStringLiteral("%1.%2").arg(version.value(0), QString::number(version.value(1).toInt() + 1)));
    m_context.updated(schemasKind, key, schema);
    return HttpResponse::json(200, schema);
}

HttpResponse SchemaRegistryApi::deleteSchema(const HttpRequest &request, const QString &id)
{
    const QJsonObject schema = m_context.schema(id);
    if (schema.isEmpty())
        return ApiErrors::xdm(request, 1012, 404, QStringLiteral("Resource not found"), QStringLiteral("Schema %1 not found").arg(id));
    m_context.removed(schemasKind, schema.value(QLatin1String("$id")).toString());
    return HttpResponse::empty(204);
}

} // namespace Dataflow::Sandbox
