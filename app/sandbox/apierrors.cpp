// SPDX-License-Identifier: MIT
#include "apierrors.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace Dataflow::Sandbox::ApiErrors {

namespace {

HttpResponse withRequestId(HttpResponse response, const HttpRequest &request)
{
    response.setHeader("x-request-id", request.requestId.toLatin1());
    return response;
}

QString errorType(const QString &prefix, int code, int status)
{
    return QStringLiteral("https://ns.adobe.com/aep/errors/%1-%2-%3").arg(prefix).arg(code).arg(status);
}

} // namespace

Service serviceOf(const HttpRequest &request)
{
    const QStringList &s = request.segments;
    if (s.value(0) == QLatin1String("ims"))
        return Service::Ims;
    if (s.value(0) == QLatin1String("_sandbox"))
        return Service::Control;
    if (s.value(0) == QLatin1String("data") && s.value(1) == QLatin1String("foundation")) {
        const QString service = s.value(2);
        if (service == QLatin1String("flowservice"))
            return Service::FlowService;
        if (service == QLatin1String("schemaregistry"))
            return Service::SchemaRegistry;
        if (service == QLatin1String("catalog"))
            return Service::Catalog;
        if (service == QLatin1String("conversion"))
            return Service::Conversion;
    }
    return Service::Gateway;
}

HttpResponse gateway(const HttpRequest &request, int status, const QByteArray &code, const QString &message)
{
    return withRequestId(HttpResponse::json(status, QJsonObject{{"error_code", QString::fromLatin1(code)},
                                                                {"message", message}}),
                         request);
}

HttpResponse flow(const HttpRequest &request, int code, int status, const QString &title,
                  const QString &message, const QString &resourceType, const QString &resourceId)
{
    QJsonObject report{{"detailed-message", message}, {"request-id", request.requestId}};
    if (!resourceType.isEmpty())
        report.insert(QStringLiteral("type"), resourceType);
    if (!resourceId.isEmpty())
        report.insert(QStringLiteral("id"), resourceId);
    const QJsonObject body{{"type", errorType(QStringLiteral("FLOW"), code, status)},
                           {"title", title},
                           {"status", status},
                           {"report", report},
                           {"errorMessage", message},
                           {"errorDetails", title}};
    return withRequestId(HttpResponse::json(status, body), request);
}

HttpResponse xdm(const HttpRequest &request, int code, int status, const QString &title,
                 const QString &detail)
{
    const QJsonObject report{
        {"registryRequestId", request.requestId},
        {"timestamp", QDateTime::currentDateTimeUtc().toString(QStringLiteral("MM-dd-yyyy HH:mm:ss"))},
        {"detailed-message", detail},
        {"sub-errors", QJsonArray()}};
    const QJsonObject body{
        {"type", QStringLiteral("http://ns.adobe.com/aep/errors/XDM-%1-%2").arg(code).arg(status)},
        {"title", title},
        {"status", status},
        {"report", report},
        {"detail", detail}};
    return withRequestId(HttpResponse::json(status, body), request);
}

HttpResponse problem(const HttpRequest &request, const QString &prefix, int code, int status,
                     const QString &title, const QString &detail)
{
    const QJsonObject body{{"type", errorType(prefix, code, status)},
                           {"title", title},
                           {"status", status},
                           {"report", QJsonObject{{"detailed-message", detail},
                                                  {"request-id", request.requestId}}},
                           {"detail", detail}};
    return withRequestId(HttpResponse::json(status, body), request);
}

HttpResponse badRequest(const HttpRequest &request, const QString &detail)
{
    const QJsonObject body{{"type", "/placeholder/type/uri"},
                           {"status", 400},
                           {"title", "BadRequestError"},
                           {"detail", detail},
                           {"report", QJsonObject{{"request-id", request.requestId}}}};
    return withRequestId(HttpResponse::json(400, body), request);
}

HttpResponse oauth(int status, const QString &error, const QString &description)
{
    return HttpResponse::json(status, QJsonObject{{"error", error}, {"error_description", description}});
}

HttpResponse forService(const HttpRequest &request, int code, int status, const QString &title,
                        const QString &detail)
{
    switch (serviceOf(request)) {
    case Service::FlowService:
        return flow(request, code, status, title, detail);
    case Service::SchemaRegistry:
        return xdm(request, code, status, title, detail);
    case Service::Catalog:
        return problem(request, QStringLiteral("CAT"), code, status, title, detail);
    case Service::Conversion:
        return problem(request, QStringLiteral("DAP"), code, status, title, detail);
    case Service::Ims:
        return oauth(status, QStringLiteral("invalid_request"), detail);
    case Service::Gateway:
    case Service::Control:
        break;
    }
    return problem(request, QStringLiteral("GATEWAY"), code, status, title, detail);
}

HttpResponse notFound(const HttpRequest &request, const QString &what)
{
    const QString detail = QStringLiteral("%1 not found").arg(what);
    switch (serviceOf(request)) {
    case Service::FlowService:
        return flow(request, 1439, 404, QStringLiteral("Resource not found"), detail);
    case Service::SchemaRegistry:
        return xdm(request, 1012, 404, QStringLiteral("Resource not found"), detail);
    default:
        return forService(request, 1404, 404, QStringLiteral("Not Found"), detail);
    }
}

} // namespace Dataflow::Sandbox::ApiErrors
