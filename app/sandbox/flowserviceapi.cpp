// SPDX-License-Identifier: MIT
#include "flowserviceapi.h"

#include "apierrors.h"
#include "jsonpatch.h"
#include "propertyfilter.h"
#include "sandboxcontext.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace Dataflow::Sandbox {

namespace {

const QString connectionsKind = QStringLiteral("connections");
const QString sourcesKind = QStringLiteral("sourceConnections");
const QString targetsKind = QStringLiteral("targetConnections");
const QString flowsKind = QStringLiteral("flows");
const QString basePath = QStringLiteral("/data/foundation/flowservice");

bool isResourceKind(const QString &kind)
{
    return kind == connectionsKind || kind == sourcesKind || kind == targetsKind || kind == flowsKind;
}

HttpResponse violation(const HttpRequest &request, const FlowViolation &v)
{
    return ApiErrors::flow(request, v.code, v.status, v.title, v.message);
}

HttpResponse badBody(const HttpRequest &request, const QString &message)
{
    return ApiErrors::flow(request, 1400, 400, QStringLiteral("Bad request"), message);
}

HttpResponse items(const QJsonArray &array)
{
    return HttpResponse::json(200, QJsonObject{{"items", array}});
}

QJsonValue asString(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    return value;
}

QJsonObject maskSecrets(const QJsonObject &connection, const QJsonObject &spec)
{
    QJsonObject auth = connection.value(QLatin1String("auth")).toObject();
    QJsonObject params = auth.value(QLatin1String("params")).toObject();
    for (const QJsonValue &authSpec : spec.value(QLatin1String("authSpec")).toArray()) {
        if (authSpec[QLatin1String("name")].toString() != auth.value(QLatin1String("specName")).toString())
            continue;
        const QJsonObject properties = authSpec[QLatin1String("spec")][QLatin1String("properties")].toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            if (it.value()[QLatin1String("format")].toString() == QLatin1String("password") && params.contains(it.key()))
                params.insert(it.key(), QStringLiteral("{{REDACTED}}"));
        }
    }
    auth.insert(QStringLiteral("params"), params);
    QJsonObject out = connection;
    out.insert(QStringLiteral("auth"), auth);
    return out;
}

} // namespace

FlowServiceApi::FlowServiceApi(SandboxContext &context)
    : m_context(context)
    , m_validator(context)
    , m_runs(context)
{
}

HttpResponse FlowServiceApi::handle(const HttpRequest &request, const QStringList &route)
{
    const QString kind = route.value(0);
    const bool get = request.method == "GET";
    if (kind == QLatin1String("connectionSpecs") && get) {
        if (route.size() == 1)
            return listing(request, kind, m_context.demo.connectionSpecs());
        if (route.size() == 2)
            return specById(request, m_context.demo.connectionSpecs(), route.at(1));
    }
    if (kind == QLatin1String("flowSpecs") && get) {
        if (route.size() == 1)
            return listing(request, kind, m_context.demo.flowSpecs());
        if (route.size() == 2)
            return specById(request, m_context.demo.flowSpecs(), route.at(1));
    }
    if (kind == QLatin1String("runs"))
        return runsRoute(request, route);
    if (isResourceKind(kind))
        return resource(request, kind, route);
    return ApiErrors::flow(request, 1439, 404, QStringLiteral("Resource not found"),
                           QStringLiteral("No such endpoint: %1 %2").arg(QString::fromLatin1(request.method), request.path));
}

HttpResponse FlowServiceApi::resource(const HttpRequest &request, const QString &kind, const QStringList &route)
{
    const QByteArray &method = request.method;
    if (route.size() == 1) {
        if (method == "GET")
            return listing(request, kind, liveList(kind), [this, &kind](const QJsonObject &stored) { return present(kind, stored); });
        if (method == "POST")
            return create(request, kind);
    } else if (route.size() == 2) {
        const QString &id = route.at(1);
        if (method == "GET")
            return getOne(request, kind, id);
        if (method == "PATCH")
            return patch(request, kind, id);
        if (method == "DELETE")
            return remove(request, kind, id);
    } else if (route.size() == 3 && kind == connectionsKind && method == "GET") {
        if (route.at(2) == QLatin1String("explore"))
            return explore(request, route.at(1));
        if (route.at(2) == QLatin1String("test"))
            return testConnection(request, route.at(1));
    }
    return ApiErrors::flow(request, 1405, 405, QStringLiteral("Method not allowed"),
                           QStringLiteral("%1 is not supported on %2").arg(QString::fromLatin1(method), request.path));
}

QList<QJsonObject> FlowServiceApi::liveList(const QString &kind) const
{
    QList<QJsonObject> out;
    const qint64 now = m_context.nowMs();
    for (const QJsonObject &stored : m_context.store.list(kind)) {
        if (!m_context.store.isHidden(kind, stored.value(QLatin1String("id")).toString(), now))
            out.append(stored);
    }
    return out;
}

HttpResponse FlowServiceApi::listing(const HttpRequest &request, const QString &kind, QList<QJsonObject> list,
                                     const std::function<QJsonObject(const QJsonObject &)> &present)
{
    QList<PropertyFilter> filters;
    for (const QString &text : request.queryValues(QStringLiteral("property"))) {
        PropertyFilter filter;
        QString message;
        if (!PropertyFilter::parse(text, &filter, &message))
            return ApiErrors::flow(request, 1449, 400, QStringLiteral("Invalid filter"), message);
        if (filter.op() == PropertyFilter::Op::Regex)
            return ApiErrors::flow(request, 1440, 400, QStringLiteral("Operator not implemented"),
                                   QStringLiteral("The operator '~' is not implemented"));
        filters.append(filter);
    }
    list.erase(std::remove_if(list.begin(), list.end(), [&filters](const QJsonObject &item) {
                   return !std::all_of(filters.cbegin(), filters.cend(),
                                       [&item](const PropertyFilter &f) { return f.matches(item); });
               }),
               list.end());
    const QString orderBy = request.queryValue(QStringLiteral("orderby"));
    if (!orderBy.isEmpty()) {
        const bool descending = orderBy.startsWith(QLatin1Char('-'));
        const QString key = orderBy.mid(orderBy.startsWith(QLatin1Char('-')) || orderBy.startsWith(QLatin1Char('+')) ? 1 : 0);
        std::stable_sort(list.begin(), list.end(), [&key, descending](const QJsonObject &a, const QJsonObject &b) {
            const QJsonValue va = a.value(key), vb = b.value(key);
            const bool less = va.isDouble() ? va.toDouble() < vb.toDouble() : va.toString() < vb.toString();
            const bool greater = va.isDouble() ? va.toDouble() > vb.toDouble() : va.toString() > vb.toString();
            return descending ? greater : less;
        });
    }
    const bool hasLimit = request.hasQuery(QStringLiteral("limit"));
    if (request.queryValue(QStringLiteral("count")) == QLatin1String("true")) {
        if (hasLimit)
            return ApiErrors::flow(request, 1401, 400, QStringLiteral("Invalid query"),
                                   QStringLiteral("'limit' and 'count' cannot be used together"));
        return HttpResponse::json(200, QJsonObject{{"count", int(list.size())}});
    }
    bool ok = true;
    const int limit = hasLimit ? request.queryValue(QStringLiteral("limit")).toInt(&ok) : 100;
    if (!ok || limit < 1)
        return ApiErrors::flow(request, 1401, 400, QStringLiteral("Invalid query"),
                               QStringLiteral("'limit' must be a positive integer"));
    int offset = 0;
    if (request.hasQuery(QStringLiteral("continuationToken"))) {
        const auto decoded = QByteArray::fromBase64Encoding(request.queryValue(QStringLiteral("continuationToken")).toLatin1(),
                                                            QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        ok = bool(decoded);
        offset = ok ? decoded.decoded.toInt(&ok) : -1;
        if (!ok || offset < 0)
            return ApiErrors::flow(request, 1401, 400, QStringLiteral("Invalid query"),
                                   QStringLiteral("Invalid continuationToken"));
    }
    QJsonArray page;
    for (int i = offset; i < list.size() && page.size() < limit; ++i)
        page.append(present ? present(list.at(i)) : list.at(i));
    QJsonObject links;
    if (offset + page.size() < list.size()) {
        QUrlQuery next;
        for (const auto &item : request.query.queryItems(QUrl::FullyEncoded)) {
            if (item.first != QLatin1String("continuationToken"))
                next.addQueryItem(item.first, item.second);
        }
        next.addQueryItem(QStringLiteral("continuationToken"),
                          QString::fromLatin1(QByteArray::number(offset + int(page.size())).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
        links.insert(QStringLiteral("next"),
                     QJsonObject{{"href", QLatin1Char('/') + kind + QLatin1Char('?') + next.query(QUrl::FullyEncoded)}});
    }
    QJsonObject body{{"items", page}, {"_links", links}};
    if (kind == QLatin1String("runs"))
        body.insert(QStringLiteral("count"), int(list.size()));
    return HttpResponse::json(200, body);
}

HttpResponse FlowServiceApi::specById(const HttpRequest &request, const QList<QJsonObject> &specs, const QString &id)
{
    for (const QJsonObject &spec : specs) {
        if (spec.value(QLatin1String("id")).toString() == id)
            return items(QJsonArray{spec});
    }
    return ApiErrors::flow(request, 1439, 404, QStringLiteral("Resource not found"),
                           QStringLiteral("Spec %1 not found").arg(id), QStringLiteral("specs"), id);
}

HttpResponse FlowServiceApi::getOne(const HttpRequest &request, const QString &kind, const QString &id)
{
    const QJsonObject stored = m_context.store.get(kind, id);
    if (stored.isEmpty())
        return ApiErrors::flow(request, 1439, 404, QStringLiteral("Resource not found"),
                               QStringLiteral("%1 %2 not found").arg(kind, id), kind, id);
    return items(QJsonArray{present(kind, stored)});
}

HttpResponse FlowServiceApi::create(const HttpRequest &request, const QString &kind)
{
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject())
        return badBody(request, QStringLiteral("The request body must be a JSON object"));
    const QJsonObject body = document.object();
    FlowViolation v;
    if (kind == connectionsKind)
        v = m_validator.connection(body);
    else if (kind == sourcesKind)
        v = m_validator.sourceConnection(body);
    else if (kind == targetsKind)
        v = m_validator.targetConnection(body);
    else
        v = m_validator.flow(body, true);
    if (!v.ok())
        return violation(request, v);
    const QString id = m_context.newUuid(kind);
    const QJsonObject stored = build(kind, id, body);
    m_context.created(kind, id, stored);
    HttpResponse response = HttpResponse::json(201, QJsonObject{{"id", id}, {"etag", stored.value(QLatin1String("etag"))}});
    response.setHeader("Location", (basePath + QLatin1Char('/') + kind + QLatin1Char('/') + id).toUtf8());
    return response;
}

QJsonObject FlowServiceApi::build(const QString &kind, const QString &id, const QJsonObject &body)
{
    QJsonObject stored = m_context.composeFlowServiceResource(body);
    stored.insert(QStringLiteral("id"), id);
    if (kind == connectionsKind)
        return stored;
    stored.remove(QStringLiteral("auth"));
    if (kind != flowsKind)
        return stored;
    QJsonArray sources;
    for (const QJsonValue &sourceId : body.value(QLatin1String("sourceConnectionIds")).toArray()) {
        const QJsonObject source = m_context.store.get(sourcesKind, sourceId.toString());
        const QJsonObject base = m_context.store.get(connectionsKind, source.value(QLatin1String("baseConnectionId")).toString());
        sources.append(QJsonObject{{"id", sourceId},
                                   {"connectionSpec", source.value(QLatin1String("connectionSpec"))},
                                   {"baseConnection", QJsonObject{{"id", base.value(QLatin1String("id"))},
                                                                  {"connectionSpec", base.value(QLatin1String("connectionSpec"))}}}});
    }
    QJsonArray targets;
    for (const QJsonValue &targetId : body.value(QLatin1String("targetConnectionIds")).toArray()) {
        const QJsonObject target = m_context.store.get(targetsKind, targetId.toString());
        targets.append(QJsonObject{{"id", targetId}, {"connectionSpec", target.value(QLatin1String("connectionSpec"))}});
    }
    stored.insert(QStringLiteral("inheritedAttributes"),
                  QJsonObject{{"sourceConnections", sources}, {"targetConnections", targets}});
    stored.insert(QStringLiteral("runs"), QStringLiteral("/runs?property=flowId==") + id);
    stored.insert(QStringLiteral("labels"), body.value(QLatin1String("labels")).isArray() ? body.value(QLatin1String("labels")) : QJsonArray());
    const double now = double(m_context.nowMs());
    stored.insert(QStringLiteral("lastOperation"),
                  QJsonObject{{"started", now}, {"updated", now}, {"percentCompleted", 100},
                              {"status", QJsonObject{{"value", "completed"}, {"errors", QJsonArray()}}},
                              {"ops", QJsonArray()}, {"operation", "create"}});
    return stored;
}

QJsonObject FlowServiceApi::present(const QString &kind, const QJsonObject &stored) const
{
    if (kind == connectionsKind) {
        const QJsonObject spec = m_context.demo.connectionSpec(stored.value(QLatin1String("connectionSpec"))[QLatin1String("id")].toString());
        return maskSecrets(stored, spec);
    }
    if (kind != flowsKind)
        return stored;
    QJsonObject out = stored;
    QJsonObject schedule = stored.value(QLatin1String("scheduleParams")).toObject();
    for (auto it = schedule.begin(); it != schedule.end(); ++it)
        it.value() = asString(it.value());
    out.insert(QStringLiteral("scheduleParams"), schedule);
    QJsonArray transformations;
    for (const QJsonValue &value : stored.value(QLatin1String("transformations")).toArray()) {
        QJsonObject transformation = value.toObject();
        QJsonObject params = transformation.value(QLatin1String("params")).toObject();
        if (params.contains(QLatin1String("mappingVersion")))
            params.insert(QStringLiteral("mappingVersion"), asString(params.value(QLatin1String("mappingVersion"))));
        transformation.insert(QStringLiteral("params"), params);
        transformations.append(transformation);
    }
    out.insert(QStringLiteral("transformations"), transformations);
    const QJsonObject last = m_runs.lastRunDetails(stored);
    if (!last.isEmpty())
        out.insert(QStringLiteral("lastRunDetails"), last);
    return out;
}

HttpResponse FlowServiceApi::patch(const HttpRequest &request, const QString &kind, const QString &id)
{
    QJsonObject stored = m_context.store.get(kind, id);
    if (stored.isEmpty())
        return ApiErrors::flow(request, 1439, 404, QStringLiteral("Resource not found"),
                               QStringLiteral("%1 %2 not found").arg(kind, id), kind, id);
    if (!request.hasHeader("if-match"))
        return ApiErrors::flow(request, 1403, 400, QStringLiteral("If-Match header missing"),
                               QStringLiteral("The If-Match header with the current etag is required"));
    const QString ifMatch = QString::fromUtf8(request.header("if-match")).trimmed();
    const QString etag = stored.value(QLatin1String("etag")).toString();
    if (ifMatch != etag)
        return ApiErrors::flow(request, 1404, 412, QStringLiteral("Precondition failed"),
                               QStringLiteral("Supplied version=[%1] does not match the current version on entity=[%2]").arg(ifMatch, etag),
                               kind, id);
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isArray())
        return badBody(request, QStringLiteral("The request body must be a JSON Patch array"));
    const QStringList touched = JsonPatch::touchedMembers(document.array());
    for (const QString &member : touched) {
        if (member == QLatin1String("connectionSpec") || member == QLatin1String("flowSpec"))
            return ApiErrors::flow(request, 1414, 400, QStringLiteral("Spec cannot change"),
                                   QStringLiteral("The %1 of an existing resource cannot be changed").arg(member));
        if (member == QLatin1String("id") || member == QLatin1String("etag") || member == QLatin1String("version"))
            return badBody(request, QStringLiteral("'%1' is read-only").arg(member));
    }
    QString message;
    if (!JsonPatch::apply(document.array(), &stored, &message))
        return badBody(request, QStringLiteral("Invalid patch: %1").arg(message));
    if (kind == flowsKind) {
        const FlowViolation v = m_validator.flow(stored, false);
        if (!v.ok())
            return violation(request, v);
    } else if (kind == connectionsKind && touched.contains(QStringLiteral("auth"))) {
        const FlowViolation v = m_validator.connection(stored);
        if (!v.ok())
            return violation(request, v);
    }
    const QString newEtag = m_context.newEtag(kind);
    stored.insert(QStringLiteral("etag"), newEtag);
    stored.insert(QStringLiteral("version"), newEtag);
    stored.insert(QStringLiteral("updatedAt"), double(m_context.nowMs()));
    m_context.updated(kind, id, stored);
    if (kind == connectionsKind)
        m_context.responseCache.clear();
    return HttpResponse::json(200, QJsonObject{{"id", id}, {"etag", newEtag}});
}

HttpResponse FlowServiceApi::remove(const HttpRequest &request, const QString &kind, const QString &id)
{
    if (!m_context.store.contains(kind, id))
        return ApiErrors::flow(request, 1439, 404, QStringLiteral("Resource not found"),
                               QStringLiteral("%1 %2 not found").arg(kind, id), kind, id);
    if (kind == connectionsKind) {
        for (const QJsonObject &flow : m_context.store.list(flowsKind)) {
            const QJsonArray sources = flow.value(QLatin1String("inheritedAttributes"))[QLatin1String("sourceConnections")].toArray();
            for (const QJsonValue &source : sources) {
                if (source[QLatin1String("baseConnection")][QLatin1String("id")].toString() == id)
                    return ApiErrors::flow(request, 1418, 400, QStringLiteral("Connection in use"),
                                           QStringLiteral("Base connection %1 is used by flow %2; delete the flow first")
                                               .arg(id, flow.value(QLatin1String("id")).toString()),
                                           kind, id);
            }
        }
    }
    m_context.removed(kind, id);
    return HttpResponse::empty(204);
}

HttpResponse FlowServiceApi::explore(const HttpRequest &request, const QString &connectionId)
{
    const QJsonObject connection = m_context.store.get(connectionsKind, connectionId);
    if (connection.isEmpty())
        return ApiErrors::flow(request, 1439, 404, QStringLiteral("Resource not found"),
                               QStringLiteral("connections %1 not found").arg(connectionId), connectionsKind, connectionId);
    const QString specId = connection.value(QLatin1String("connectionSpec"))[QLatin1String("id")].toString();
    const QString objectType = request.queryValue(QStringLiteral("objectType")).toLower();
    const QString object = request.queryValue(QStringLiteral("object"));
    const bool preview = request.queryValue(QStringLiteral("preview")) == QLatin1String("true");
    const QString cacheKey = specId + QLatin1Char('|') + objectType + QLatin1Char('|') + object + QLatin1Char('|') + QLatin1Char(preview ? '1' : '0');
    if (const auto it = m_context.responseCache.constFind(cacheKey); it != m_context.responseCache.cend())
        return HttpResponse::raw(200, *it, "application/json");
    QByteArray body;
    const QList<QJsonObject> tables = m_context.demo.sourceTables(specId);
    if (objectType == QLatin1String("root")) {
        if (tables.isEmpty())
            return badBody(request, QStringLiteral("Connection spec %1 cannot be explored").arg(specId));
        QJsonArray root;
        for (const QJsonObject &table : tables) {
            root.append(QJsonObject{{"type", table.value(QLatin1String("type")).toString(QStringLiteral("table"))},
                                    {"name", table.value(QLatin1String("name"))},
                                    {"path", table.value(QLatin1String("path"))},
                                    {"canPreview", table.value(QLatin1String("canPreview")).toBool(true)},
                                    {"canFetchSchema", table.value(QLatin1String("canFetchSchema")).toBool(true)}});
        }
        body = QJsonDocument(root).toJson(QJsonDocument::Compact);
    } else if (objectType == QLatin1String("table")) {
        if (object.isEmpty())
            return badBody(request, QStringLiteral("Query parameter 'object' is required for objectType=table"));
        const QJsonObject table = m_context.demo.sourceTable(specId, object);
        if (table.isEmpty())
            return ApiErrors::flow(request, 1439, 404, QStringLiteral("Resource not found"),
                                   QStringLiteral("Object '%1' not found in the source").arg(object));
        QJsonObject result{{"format", "flat"},
                           {"schema", QJsonObject{{"columns", table.value(QLatin1String("columns"))}}}};
        if (preview) {
            QJsonArray rows = table.value(QLatin1String("rows")).toArray();
            while (rows.size() > 100)
                rows.removeLast();
            result.insert(QStringLiteral("data"), rows);
        }
        body = QJsonDocument(result).toJson(QJsonDocument::Compact);
    } else {
        return badBody(request, QStringLiteral("Unsupported objectType '%1'").arg(request.queryValue(QStringLiteral("objectType"))));
    }
    m_context.responseCache.insert(cacheKey, body);
    return HttpResponse::raw(200, body, "application/json");
}

HttpResponse FlowServiceApi::testConnection(const HttpRequest &request, const QString &connectionId)
{
    const QJsonObject connection = m_context.store.get(connectionsKind, connectionId);
    if (connection.isEmpty())
        return ApiErrors::flow(request, 1439, 404, QStringLiteral("Resource not found"),
                               QStringLiteral("connections %1 not found").arg(connectionId), connectionsKind, connectionId);
    // Demo rule: a secret equal to "wrong" fails the test, anything else passes.
    const QJsonObject params = connection.value(QLatin1String("auth"))[QLatin1String("params")].toObject();
    bool result = true;
    for (auto it = params.begin(); it != params.end(); ++it)
        result = result && it.value().toString() != QLatin1String("wrong");
    return HttpResponse::json(200, QJsonObject{{"result", result}});
}

HttpResponse FlowServiceApi::runsRoute(const HttpRequest &request, const QStringList &route)
{
    if (route.size() == 1 && request.method == "GET") {
        // Fast path for the common property=flowId==<id> filter.
        QList<QJsonObject> list;
        const QStringList filters = request.queryValues(QStringLiteral("property"));
        QString flowId;
        for (const QString &f : filters) {
            if (f.startsWith(QLatin1String("flowId==")) && !f.contains(QLatin1Char(',')))
                flowId = f.mid(8).remove(QLatin1Char('"'));
        }
        if (!flowId.isEmpty()) {
            const QJsonObject flow = m_context.store.get(flowsKind, flowId);
            if (!flow.isEmpty())
                list = m_runs.runsOf(flow);
        } else {
            list = m_runs.allRuns();
        }
        return listing(request, QStringLiteral("runs"), list);
    }
    if (route.size() == 2 && request.method == "GET") {
        const QJsonObject run = m_runs.run(route.at(1));
        if (run.isEmpty())
            return ApiErrors::flow(request, 1439, 404, QStringLiteral("Resource not found"),
                                   QStringLiteral("runs %1 not found").arg(route.at(1)), QStringLiteral("runs"), route.at(1));
        return items(QJsonArray{run});
    }
    if (route.size() == 3 && route.at(2) == QLatin1String("action") && request.method == "POST") {
        if (request.queryValue(QStringLiteral("op")) != QLatin1String("re-trigger"))
            return badBody(request, QStringLiteral("Unsupported run action '%1'").arg(request.queryValue(QStringLiteral("op"))));
        QString message;
        const QJsonObject run = m_runs.retrigger(route.at(1), &message);
        if (run.isEmpty())
            return badBody(request, message);
        return HttpResponse::json(201, QJsonObject{{"id", run.value(QLatin1String("id"))}, {"etag", run.value(QLatin1String("etag"))}});
    }
    return ApiErrors::flow(request, 1405, 405, QStringLiteral("Method not allowed"),
                           QStringLiteral("%1 is not supported on %2").arg(QString::fromLatin1(request.method), request.path));
}

} // namespace Dataflow::Sandbox
