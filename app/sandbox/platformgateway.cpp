// SPDX-License-Identifier: MIT
#include "platformgateway.h"

#include "apierrors.h"
#include "sandboxcontext.h"

#include <QRandomGenerator>

namespace Dataflow::Sandbox {

using ApiErrors::Service;

PlatformGateway::PlatformGateway(SandboxContext &context)
    : m_context(context)
    , m_flowService(context)
    , m_schemaRegistry(context)
    , m_catalog(context)
    , m_conversion(context)
{
}

HttpResponse PlatformGateway::handle(const HttpRequest &request)
{
    const Service service = ApiErrors::serviceOf(request);
    if (service == Service::Ims) {
        if (request.segments == QStringList{QStringLiteral("ims"), QStringLiteral("token"), QStringLiteral("v3")}
            && request.method == "POST")
            return issueToken(request);
        return ApiErrors::oauth(404, QStringLiteral("not_found"), QStringLiteral("Unknown IMS endpoint %1").arg(request.path));
    }
    if (service == Service::Gateway)
        return ApiErrors::gateway(request, 404, "404050", QStringLiteral("Resource not found: %1").arg(request.path));
    HttpResponse refused = checkHeaders(request);
    if (refused.status != 0)
        return refused;
    const QStringList route = request.segments.mid(3);
    switch (service) {
    case Service::FlowService:
        return m_flowService.handle(request, route);
    case Service::SchemaRegistry:
        return m_schemaRegistry.handle(request, route);
    case Service::Catalog:
        return m_catalog.handle(request, route);
    case Service::Conversion:
        return m_conversion.handle(request, route);
    default:
        break;
    }
    return ApiErrors::gateway(request, 404, "404050", QStringLiteral("Resource not found: %1").arg(request.path));
}

HttpResponse PlatformGateway::issueToken(const HttpRequest &request)
{
    // Form body (recommended) or query string (older clients).
    QUrlQuery form(QString::fromUtf8(request.body).replace(QLatin1Char('+'), QLatin1Char(' ')));
    const auto field = [&form, &request](const QString &key) {
        return form.hasQueryItem(key) ? form.queryItemValue(key, QUrl::FullyDecoded) : request.queryValue(key);
    };
    if (field(QStringLiteral("grant_type")) != QLatin1String("client_credentials"))
        return ApiErrors::oauth(400, QStringLiteral("unsupported_grant_type"),
                                QStringLiteral("grant_type must be client_credentials"));
    if (field(QStringLiteral("client_id")) != m_context.config.clientId)
        return ApiErrors::oauth(400, QStringLiteral("invalid_client"), QStringLiteral("invalid client_id parameter"));
    if (field(QStringLiteral("client_secret")) != m_context.config.clientSecret)
        return ApiErrors::oauth(401, QStringLiteral("invalid_client"), QStringLiteral("invalid client_secret parameter"));
    QByteArray random(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    const QString token = QStringLiteral("sandbox.") + QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_context.store.addToken(token, m_context.nowMs() + qint64(m_context.config.tokenLifetimeSeconds) * 1000);
    m_context.dirty = true;
    return HttpResponse::json(200, QJsonObject{{"access_token", token},
                                               {"token_type", "bearer"},
                                               {"expires_in", m_context.config.tokenLifetimeSeconds}});
}

HttpResponse PlatformGateway::checkHeaders(const HttpRequest &request)
{
    const QByteArray authorization = request.header("authorization");
    if (authorization.isEmpty())
        return ApiErrors::gateway(request, 401, "403010", QStringLiteral("Oauth token is missing."));
    const QString token = QString::fromLatin1(authorization.startsWith("Bearer ") || authorization.startsWith("bearer ")
                                                  ? authorization.mid(7).trimmed() : QByteArray());
    const qint64 expiry = token.isEmpty() ? 0 : m_context.store.tokenExpiry(token);
    if (expiry == 0 || expiry <= m_context.nowMs())
        return ApiErrors::gateway(request, 401, "401013", QStringLiteral("Oauth token is not valid"));
    const QByteArray apiKey = request.header("x-api-key");
    if (apiKey.isEmpty())
        return ApiErrors::gateway(request, 403, "403000", QStringLiteral("Api Key is required"));
    if (QString::fromUtf8(apiKey) != m_context.config.clientId)
        return ApiErrors::gateway(request, 403, "403003", QStringLiteral("Api Key is invalid"));
    const QByteArray org = request.header("x-gw-ims-org-id");
    if (org.isEmpty())
        return ApiErrors::gateway(request, 400, "400003", QStringLiteral("Missing header x-gw-ims-org-id"));
    if (QString::fromUtf8(org) != m_context.config.orgId)
        return ApiErrors::gateway(request, 403, "403027", QStringLiteral("User region is missing"));
    const QByteArray sandbox = request.header("x-sandbox-name");
    const bool flowService = ApiErrors::serviceOf(request) == Service::FlowService;
    if (sandbox.isEmpty()) {
        if (flowService)
            return ApiErrors::flow(request, 2105, 400, QStringLiteral("Bad request"),
                                   QStringLiteral("header x-sandbox-name is missing"));
        return ApiErrors::forService(request, 2105, 400, QStringLiteral("Bad request"),
                                     QStringLiteral("header x-sandbox-name is missing"));
    }
    if (QString::fromUtf8(sandbox) != m_context.config.sandboxName) {
        const QString message = QStringLiteral("Sandbox '%1' does not exist or is not accessible").arg(QString::fromUtf8(sandbox));
        if (flowService)
            return ApiErrors::flow(request, 2118, 403, QStringLiteral("Forbidden"), message);
        return ApiErrors::forService(request, 2118, 403, QStringLiteral("Forbidden"), message);
    }
    const bool write = request.method == "POST" || request.method == "PUT" || request.method == "PATCH";
    if (write && !request.body.isEmpty()) {
        const QByteArray contentType = request.header("content-type").split(';').value(0).trimmed().toLower();
        const bool ok = contentType == "application/json"
            || (request.method == "PATCH" && contentType == "application/json-patch+json");
        if (!ok)
            return ApiErrors::badRequest(request, QStringLiteral("A valid content-type must be specified"));
    }
    HttpResponse accepted;
    accepted.status = 0;
    return accepted;
}

} // namespace Dataflow::Sandbox
