// SPDX-License-Identifier: MIT
#include "apierror.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace Dataflow::Core {

namespace {

QString headerValue(const RawHeaders &headers, const QByteArray &name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return QString::fromUtf8(h.second);
    }
    return {};
}

QString codeFromType(const QString &type)
{
    // https://ns.adobe.com/aep/errors/FLOW-1439-404 → FLOW-1439-404
    static const QRegularExpression re(QStringLiteral("([A-Z]+-\\d+-\\d+)\\s*$"));
    const auto m = re.match(type);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString nextStepFor(int status, const QString &code)
{
    if (code == QLatin1String("403010") || code == QLatin1String("401013"))
        return ApiError::tr("Check the client id and secret, then try again; a new access token will be requested.");
    if (code == QLatin1String("403000") || code == QLatin1String("403003"))
        return ApiError::tr("Check that the client id (x-api-key) is the one of your Developer Console credential.");
    if (code == QLatin1String("400003") || code == QLatin1String("403027") || code == QLatin1String("403025"))
        return ApiError::tr("Check the organisation id and that the credential has an Experience Platform product profile.");
    if (code.startsWith(QLatin1String("FLOW-2105")))
        return ApiError::tr("Set the sandbox name (lower case, e.g. prod).");
    if (code.startsWith(QLatin1String("FLOW-1425")))
        return ApiError::tr("Use the same schema for the dataset, the target connection and the mapping.");
    if (code.startsWith(QLatin1String("FLOW-1412")))
        return ApiError::tr("The mapping set changed; apply again to pick up its current version.");
    if (code.startsWith(QLatin1String("FLOW-1418")))
        return ApiError::tr("Delete the dataflows that use this account first.");
    if (code.startsWith(QLatin1String("FLOW-1415")) || code.startsWith(QLatin1String("FLOW-1413")))
        return ApiError::tr("The source's connection or authentication spec is unknown; pick the source again.");
    if (code.startsWith(QLatin1String("XDM-3005")))
        return ApiError::tr("A schema with this title exists already; pick it or choose another title.");
    if (code.startsWith(QLatin1String("XDM-1006")) || code.startsWith(QLatin1String("XDM-1007")))
        return ApiError::tr("This is a client bug (Accept header); please report it.");
    if (code == QLatin1String("invalid_client"))
        return ApiError::tr("Check the client id and client secret of your credential.");
    switch (status) {
    case 400: return ApiError::tr("Correct the highlighted input and try again.");
    case 401: return ApiError::tr("Check the credentials and try again.");
    case 403: return ApiError::tr("Ask an administrator for the missing Experience Platform permission.");
    case 404: return ApiError::tr("The resource no longer exists; refresh the page or pick another one.");
    case 406: case 415: return ApiError::tr("This is a client bug (content negotiation); please report it.");
    case 409: case 412: return ApiError::tr("The resource was changed by someone else; reload it and apply again.");
    case 429: return ApiError::tr("The Platform is rate-limiting; wait a moment and retry.");
    default: break;
    }
    if (status >= 500)
        return ApiError::tr("The Platform had a problem; retry later. Resume will not create anything twice.");
    return ApiError::tr("Retry; if it persists, report the request id to Adobe support.");
}

} // namespace

QString ApiError::toString() const
{
    QString text;
    if (!code.isEmpty())
        text += code + QLatin1String(": ");
    else if (httpStatus > 0)
        text += QStringLiteral("HTTP %1: ").arg(httpStatus);
    text += message;
    if (!requestId.isEmpty())
        text += QLatin1Char(' ') + tr("(request id %1)").arg(requestId);
    if (!nextStep.isEmpty())
        text += QLatin1Char(' ') + tr("Next step: %1").arg(nextStep);
    return text;
}

bool ApiError::isRetryable() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
        return true;
    case Kind::Http:
        return httpStatus == 429 || httpStatus == 500 || httpStatus == 502 || httpStatus == 503
            || httpStatus == 504;
    default:
        return false;
    }
}

ApiError ApiError::make(Kind kind, const QString &message, const QString &nextStep)
{
    ApiError e;
    e.kind = kind;
    e.message = message;
    e.nextStep = nextStep;
    return e;
}

ApiError ApiError::fromHttp(int status, const QByteArray &body, const RawHeaders &headers)
{
    ApiError e;
    e.kind = (status == 401 || status == 403) ? Kind::Auth : Kind::Http;
    e.httpStatus = status;
    e.outcome = (status >= 500 && status != 501) ? Outcome::Ambiguous : Outcome::Rejected;
    e.requestId = headerValue(headers, "x-request-id");
    const QString retryAfter = headerValue(headers, "retry-after");
    if (!retryAfter.isEmpty())
        e.retryAfterMs = int(qMin<qint64>(parseRetryAfterMs(retryAfter.toLatin1(),
                                                            QDateTime::currentMSecsSinceEpoch()),
                                          INT_MAX));
    e.detail = QString::fromUtf8(body.left(4096));

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject o = doc.object();
    if (doc.isObject()) {
        const QJsonObject report = o.value(QStringLiteral("report")).toObject();
        if (o.contains(QStringLiteral("error_code"))) {
            // API gateway / IMS token problems.
            const QJsonValue c = o.value(QStringLiteral("error_code"));
            e.code = c.isString() ? c.toString() : QString::number(c.toInteger());
            e.message = o.value(QStringLiteral("message")).toString();
        } else if (o.contains(QStringLiteral("type")) || o.contains(QStringLiteral("title"))) {
            // Flow Service / Schema Registry problem details, or the generic bad request.
            e.code = codeFromType(o.value(QStringLiteral("type")).toString());
            const QString detailed = report.value(QStringLiteral("detailed-message")).toString();
            const QString errorMessage = o.value(QStringLiteral("errorMessage")).toString();
            const QString detail = o.value(QStringLiteral("detail")).toString();
            const QString title = o.value(QStringLiteral("title")).toString();
            e.message = !errorMessage.isEmpty() ? errorMessage
                        : !detailed.isEmpty()   ? detailed
                        : !detail.isEmpty()     ? detail
                                                : title;
            if (!title.isEmpty() && e.message != title)
                e.message = title + QLatin1String(": ") + e.message;
            for (const char *key : {"request-id", "requestId", "registryRequestId", "x-request-id"}) {
                const QString id = report.value(QLatin1String(key)).toString();
                if (!id.isEmpty()) {
                    e.requestId = id;
                    break;
                }
            }
        } else if (o.contains(QStringLiteral("error"))) {
            // OAuth-style (IMS) or legacy {"code","error"}.
            const QJsonValue err = o.value(QStringLiteral("error"));
            e.code = o.contains(QStringLiteral("code")) ? o.value(QStringLiteral("code")).toVariant().toString()
                                                         : err.toString();
            e.message = o.value(QStringLiteral("error_description")).toString(
                err.isString() ? err.toString() : QString());
        } else if (o.contains(QStringLiteral("errorMessage"))) {
            e.message = o.value(QStringLiteral("errorMessage")).toString();
        } else if (o.contains(QStringLiteral("message"))) {
            e.message = o.value(QStringLiteral("message")).toString();
        }
        if (e.requestId.isEmpty())
            e.requestId = o.value(QStringLiteral("requestId")).toString(
                o.value(QStringLiteral("request_id")).toString());
    }
    if (e.message.isEmpty()) {
        const QString text = QString::fromUtf8(body).simplified();
        if (text.startsWith(QLatin1Char('<')) || text.isEmpty())
            e.message = tr("The server answered HTTP %1 without a readable error message.").arg(status);
        else
            e.message = text.left(300);
    }
    e.nextStep = nextStepFor(status, e.code);
    return e;
}

qint64 parseRetryAfterMs(const QByteArray &value, qint64 nowMsSinceEpoch)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : qMin<qint64>(seconds, 24 * 3600) * 1000;
    // HTTP-date (IMF-fixdate), e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(v), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    when.setTimeSpec(Qt::UTC);
    return qMax<qint64>(0, when.toMSecsSinceEpoch() - nowMsSinceEpoch);
}

} // namespace Dataflow::Core
