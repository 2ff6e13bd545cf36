// SPDX-License-Identifier: MIT
#include "apiclient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

#include <cmath>

namespace Dataflow::Core {

QString serviceBasePath(Service service)
{
    switch (service) {
    case Service::Ims: return QString();
    case Service::FlowService: return QStringLiteral("/data/foundation/flowservice");
    case Service::SchemaRegistry: return QStringLiteral("/data/foundation/schemaregistry");
    case Service::Catalog: return QStringLiteral("/data/foundation/catalog");
    case Service::Conversion: return QStringLiteral("/data/foundation/conversion");
    }
    return QString();
}

qint64 Scheduler::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

void Scheduler::callLater(int delayMs, QObject *context, std::function<void()> callback)
{
    QTimer::singleShot(qMax(0, delayMs), context, std::move(callback));
}

double Scheduler::random()
{
    return QRandomGenerator::global()->generateDouble();
}

namespace {

enum class AbortReason { None, Deadline, Cancel, TooLarge };

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString requestIdOf(const RawHeaders &headers)
{
    for (const auto &h : headers) {
        if (h.first.compare("x-request-id", Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(h.second);
    }
    return {};
}

} // namespace

struct ApiClient::Call
{
    quint64 id = 0;
    ApiRequest request;
    QPointer<QObject> context;
    Callback callback;
    int attempt = 0;
    bool replayedAfter401 = false;
    bool done = false;
    AbortReason abortReason = AbortReason::None;
    QPointer<QNetworkReply> reply;
    QElapsedTimer timer;
};

ApiClient::ApiClient(QNetworkAccessManager *manager, ClientConfig config, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_config(std::move(config))
    , m_scheduler(std::make_shared<Scheduler>())
{
}

ApiClient::~ApiClient()
{
    cancelAll();
}

void ApiClient::setConfig(const ClientConfig &config)
{
    const bool identityChanged = config.clientId != m_config.clientId || config.imsUrl != m_config.imsUrl
        || config.orgId != m_config.orgId;
    m_config = config;
    if (identityChanged && !m_tokenFixed) {
        m_token.clear();
        m_tokenExpiresAtMs = 0;
    }
}

void ApiClient::setClientSecret(const QString &secret)
{
    m_clientSecret = secret;
    if (!m_tokenFixed) {
        m_token.clear();
        m_tokenExpiresAtMs = 0;
    }
}

void ApiClient::setAccessToken(const QString &token, qint64 expiresAtMs)
{
    m_token = token;
    m_tokenFixed = !token.isEmpty();
    m_tokenExpiresAtMs = expiresAtMs;
}

bool ApiClient::hasCredentials() const
{
    return m_tokenFixed || !m_clientSecret.isEmpty();
}

void ApiClient::setScheduler(std::shared_ptr<Scheduler> scheduler)
{
    m_scheduler = scheduler ? std::move(scheduler) : std::make_shared<Scheduler>();
}

void ApiClient::setLogger(Logger logger)
{
    m_logger = std::move(logger);
}

int ApiClient::inFlight() const
{
    return m_calls.size();
}

QStringList ApiClient::describeInFlight() const
{
    QStringList lines;
    for (const auto &call : m_calls) {
        QString reply = QStringLiteral("waiting for a token or a retry");
        if (call->reply)
            reply = call->reply->isFinished() ? QStringLiteral("reply finished") : QStringLiteral("reply running");
        lines.append(QStringLiteral("%1 %2 attempt %3, %4, %5 ms")
                         .arg(QString::fromLatin1(call->request.method), call->request.path)
                         .arg(call->attempt)
                         .arg(reply)
                         .arg(call->timer.isValid() ? call->timer.elapsed() : -1));
    }
    if (m_tokenRequestInFlight || !m_tokenWaiters.isEmpty())
        lines.append(QStringLiteral("token request in flight: %1, %2 waiting")
                         .arg(m_tokenRequestInFlight ? QStringLiteral("yes") : QStringLiteral("no"))
                         .arg(m_tokenWaiters.size()));
    return lines;
}

QUrl ApiClient::urlFor(const ApiRequest &request) const
{
    QUrl url = request.service == Service::Ims ? m_config.imsUrl : m_config.platformUrl;
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + serviceBasePath(request.service) + request.path, QUrl::TolerantMode);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    return url;
}

HttpRecord ApiClient::recordFor(const ApiRequest &request) const
{
    HttpRecord record;
    record.method = request.method;
    record.url = urlFor(request);
    if (request.service != Service::Ims) {
        record.headers.append({"Authorization", "Bearer " + m_token.toUtf8()});
        record.headers.append({"x-api-key", m_config.clientId.toUtf8()});
        record.headers.append({"x-gw-ims-org-id", m_config.orgId.toUtf8()});
        record.headers.append({"x-sandbox-name", m_config.sandboxName.toLower().toUtf8()});
    }
    if (!request.accept.isEmpty())
        record.headers.append({"Accept", request.accept});
    if (request.isWrite() || !request.body.isEmpty())
        record.headers.append({"Content-Type", request.contentType.isEmpty() ? QByteArray("application/json")
                                                                             : request.contentType});
    if (!request.ifMatch.isEmpty())
        record.headers.append({"If-Match", request.ifMatch});
    record.body = request.body;
    return record;
}

ApiError ApiClient::checkTransport(const QUrl &url) const
{
    if (!url.isValid() || url.host().isEmpty())
        return ApiError::make(ApiError::Kind::Validation, tr("The URL %1 is not valid.").arg(url.toDisplayString()),
                              tr("Check the Platform and IMS URLs."));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host()))
        return {};
    ApiError e = ApiError::make(ApiError::Kind::Validation,
                                tr("Refusing to send credentials over %1 to %2: only https is allowed (plain http only to this computer).")
                                    .arg(scheme, url.host()),
                                tr("Use an https:// URL."));
    e.code = QStringLiteral("insecure-transport");
    return e;
}

quint64 ApiClient::send(const ApiRequest &request, QObject *context, Callback callback)
{
    auto call = std::make_shared<Call>();
    call->id = m_nextId++;
    call->request = request;
    call->context = context;
    call->callback = std::move(callback);
    m_calls.insert(call->id, call);
    startAttempt(call);
    return call->id;
}

void ApiClient::startAttempt(const std::shared_ptr<Call> &call)
{
    if (call->done)
        return;
    ++call->attempt;
    const QUrl url = urlFor(call->request);
    const ApiError transport = checkTransport(url);
    if (!transport.message.isEmpty()) {
        complete(call, transport);
        return;
    }
    if (call->request.service == Service::Ims) {
        sendNow(call);
        return;
    }
    withToken(this, [this, call](const ApiResult<QString> &token) {
        if (call->done)
            return;
        if (!token.ok()) {
            complete(call, token.error());
            return;
        }
        sendNow(call);
    });
}

void ApiClient::sendNow(const std::shared_ptr<Call> &call)
{
    const HttpRecord record = recordFor(call->request);
    QNetworkRequest request(record.url);
    for (const auto &h : record.headers)
        request.setRawHeader(h.first, h.second);
    // Credentials never follow a redirect (RELIABILITY: Qt 6.4 forwards them across origins).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(m_config.transferTimeoutMs);

    call->abortReason = AbortReason::None;
    call->timer.start();
    QNetworkReply *reply = m_manager->sendCustomRequest(request, call->request.method, record.body);
    call->reply = reply;

    // Overall deadline: transferTimeout only watches inactivity.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [call, reply] {
        call->abortReason = AbortReason::Deadline;
        reply->abort();
    });
    deadline->start(m_config.deadlineMs);

    const qint64 cap = m_config.maxResponseBytes;
    connect(reply, &QNetworkReply::downloadProgress, reply, [call, reply, cap](qint64 received, qint64 total) {
        if (received > cap || total > cap) {
            call->abortReason = AbortReason::TooLarge;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] { finishAttempt(call, reply); });
}

void ApiClient::finishAttempt(const std::shared_ptr<Call> &call, QNetworkReply *reply)
{
    reply->deleteLater();
    if (call->done)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    RawHeaders headers = reply->rawHeaderPairs();
    // An aborted reply is closed: read only what a finished one holds.
    const QByteArray body = call->abortReason == AbortReason::None ? reply->readAll() : QByteArray();
    const qint64 elapsed = call->timer.elapsed();
    const bool write = !call->request.isIdempotent();

    if (m_logger) {
        QString note;
        if (call->abortReason == AbortReason::Deadline)
            note = QStringLiteral("deadline");
        else if (netError != QNetworkReply::NoError)
            note = reply->errorString();
        m_logger(recordFor(call->request), status, elapsed, note);
    }

    auto fail = [&](ApiError e) {
        e.method = QString::fromLatin1(call->request.method);
        e.path = call->request.path;
        if (e.requestId.isEmpty())
            e.requestId = requestIdOf(headers);
        retryOrFail(call, e);
    };

    switch (call->abortReason) {
    case AbortReason::Cancel: {
        ApiError e = ApiError::make(ApiError::Kind::Cancelled, tr("The request was cancelled."));
        e.outcome = write ? ApiError::Outcome::Ambiguous : ApiError::Outcome::NotSent;
        e.method = QString::fromLatin1(call->request.method);
        e.path = call->request.path;
        complete(call, e);
        return;
    }
    case AbortReason::Deadline: {
        ApiError e = ApiError::make(ApiError::Kind::Timeout,
                                    tr("No complete answer within %1 s.").arg(m_config.deadlineMs / 1000.0),
                                    tr("Check the network and retry; nothing will be created twice."));
        e.outcome = ApiError::Outcome::Ambiguous;
        fail(e);
        return;
    }
    case AbortReason::TooLarge: {
        ApiError e = ApiError::make(ApiError::Kind::Parse,
                                    tr("The answer is larger than %1 MiB and was refused.").arg(m_config.maxResponseBytes / 1048576),
                                    tr("Report the request id to Adobe support."));
        e.outcome = write ? ApiError::Outcome::Ambiguous : ApiError::Outcome::NotSent;
        e.httpStatus = status;
        fail(e);
        return;
    }
    case AbortReason::None:
        break;
    }

    if (status == 0) {
        ApiError e = ApiError::make(ApiError::Kind::Network, reply->errorString(),
                                    tr("Check the network connection and the Platform URL, then retry."));
        e.networkError = netError;
        switch (netError) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyNotFoundError:
        case QNetworkReply::ProtocolUnknownError:
            e.outcome = ApiError::Outcome::NotSent;
            if (netError == QNetworkReply::SslHandshakeFailedError) {
                e.message = tr("The server's TLS certificate was refused: %1").arg(reply->errorString());
                e.nextStep = tr("Check the URL; certificate errors are never ignored.");
            }
            break;
        case QNetworkReply::OperationCanceledError:
            // setTransferTimeout() fires as a cancel: the inactivity timeout.
            e.kind = ApiError::Kind::Timeout;
            e.message = tr("The server stopped answering for %1 s.").arg(m_config.transferTimeoutMs / 1000.0);
            e.outcome = ApiError::Outcome::Ambiguous;
            break;
        default:
            e.outcome = write ? ApiError::Outcome::Ambiguous : ApiError::Outcome::NotSent;
            break;
        }
        fail(e);
        return;
    }

    if (status >= 300 && status < 400) {
        ApiError e = ApiError::make(ApiError::Kind::Http,
                                    tr("The server redirected the request (HTTP %1 to %2); redirects are not followed so credentials stay with the Platform.")
                                        .arg(status)
                                        .arg(QString::fromUtf8(reply->rawHeader("Location"))),
                                    tr("Check the Platform and IMS URLs."));
        e.httpStatus = status;
        e.outcome = ApiError::Outcome::Rejected;
        e.code = QStringLiteral("redirect");
        complete(call, e);
        return;
    }

    if (status >= 400) {
        fail(ApiError::fromHttp(status, body, headers));
        return;
    }

    if (netError != QNetworkReply::NoError) {
        // 2xx with a broken transfer: a truncated body (RELIABILITY: check error() first).
        ApiError e = ApiError::make(ApiError::Kind::Parse,
                                    tr("The answer was cut off (%1).").arg(reply->errorString()),
                                    tr("Retry; resume checks what exists before creating anything."));
        e.httpStatus = status;
        e.networkError = netError;
        e.outcome = write ? ApiError::Outcome::Ambiguous : ApiError::Outcome::NotSent;
        fail(e);
        return;
    }

    if (status == 200 && call->request.method == "GET" && body.trimmed().isEmpty()) {
        // Every read answers with JSON ({} or [] when empty): an empty 200 is a broken answer, and
        // taking it for "nothing found" would make a resume create things twice.
        ApiError e = ApiError::make(ApiError::Kind::Parse, tr("The server answered with an empty body."),
                                    tr("Retry; if it persists report the request id."));
        e.httpStatus = status;
        e.outcome = ApiError::Outcome::NotSent;
        fail(e);
        return;
    }

    ApiResponse response;
    response.status = status;
    response.body = body;
    response.headers = headers;
    response.requestId = requestIdOf(headers);
    response.attempts = call->attempt;
    if (!body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        response.json = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            ApiError e = ApiError::make(ApiError::Kind::Parse,
                                        tr("The answer is not valid JSON (%1 at byte %2).")
                                            .arg(parseError.errorString())
                                            .arg(parseError.offset),
                                        tr("Retry; if it persists report the request id."));
            e.httpStatus = status;
            e.detail = QString::fromUtf8(body.left(2048));
            e.outcome = write ? ApiError::Outcome::Ambiguous : ApiError::Outcome::NotSent;
            fail(e);
            return;
        }
    }
    complete(call, response);
}

void ApiClient::retryOrFail(const std::shared_ptr<Call> &call, const ApiError &error)
{
    // A 401 means the token is stale: one refresh and one replay (the request had no effect).
    const bool tokenProblem = error.httpStatus == 401
        && (error.code == QLatin1String("401013") || error.code == QLatin1String("403010") || error.code.isEmpty());
    if (tokenProblem && call->request.service != Service::Ims && !call->replayedAfter401 && !m_tokenFixed
        && !m_clientSecret.isEmpty()) {
        call->replayedAfter401 = true;
        m_token.clear();
        m_tokenExpiresAtMs = 0;
        --call->attempt; // the replay does not count as a retry
        startAttempt(call);
        return;
    }

    bool retry = false;
    int delay = 0;
    if (call->attempt < m_config.maxAttempts) {
        // A token request creates nothing: it is as safe to repeat as a GET.
        const bool safe = call->request.isIdempotent() || call->request.service == Service::Ims
            || error.outcome == ApiError::Outcome::NotSent
            || (error.outcome == ApiError::Outcome::Rejected && error.httpStatus == 429);
        if (safe && (error.isRetryable() || error.outcome == ApiError::Outcome::NotSent)
            && error.kind != ApiError::Kind::Validation && error.kind != ApiError::Kind::Cancelled
            && error.kind != ApiError::Kind::Auth) {
            retry = true;
            delay = backoffMs(call->attempt, m_config.backoffBaseMs, m_config.backoffCapMs, m_scheduler->random());
            if (error.retryAfterMs >= 0)
                delay = int(qMin<qint64>(error.retryAfterMs, m_config.retryAfterCapMs));
        }
    }
    if (!retry) {
        complete(call, error);
        return;
    }
    m_scheduler->callLater(delay, this, [this, call] { startAttempt(call); });
}

void ApiClient::complete(const std::shared_ptr<Call> &call, const ApiResult<ApiResponse> &result)
{
    if (call->done)
        return;
    call->done = true;
    m_calls.remove(call->id);
    if (call->context && call->callback)
        call->callback(result);
}

void ApiClient::cancel(quint64 id)
{
    const auto call = m_calls.value(id);
    if (!call)
        return;
    if (call->reply) {
        call->abortReason = AbortReason::Cancel;
        call->reply->abort();
        return;
    }
    ApiError e = ApiError::make(ApiError::Kind::Cancelled, tr("The request was cancelled."));
    complete(call, e);
}

void ApiClient::cancelAll()
{
    const auto ids = m_calls.keys();
    for (quint64 id : ids)
        cancel(id);
}

int ApiClient::backoffMs(int attempt, int baseMs, int capMs, double random)
{
    const double ceiling = qMin<double>(capMs, baseMs * std::pow(2.0, qMax(0, attempt - 1)));
    return int(qBound(0.0, random, 1.0) * ceiling);
}

bool ApiClient::tokenValid() const
{
    if (m_token.isEmpty())
        return false;
    if (m_tokenFixed && m_tokenExpiresAtMs == 0)
        return true;
    return m_scheduler->nowMs() < m_tokenExpiresAtMs - qint64(m_config.tokenRefreshMarginSeconds) * 1000;
}

void ApiClient::fetchToken(QObject *context, std::function<void(const ApiResult<QString> &)> callback)
{
    withToken(context, std::move(callback));
}

void ApiClient::withToken(QObject *context, std::function<void(const ApiResult<QString> &)> callback)
{
    if (tokenValid()) {
        callback(m_token);
        return;
    }
    if (m_tokenFixed) {
        callback(ApiError::make(ApiError::Kind::Auth, tr("The access token has expired."),
                                tr("Set a fresh AEP_ACCESS_TOKEN or use AEP_CLIENT_SECRET instead.")));
        return;
    }
    if (m_clientSecret.isEmpty()) {
        callback(ApiError::make(ApiError::Kind::Auth, tr("No client secret is available to get an access token."),
                                tr("Enter the client secret (or set AEP_CLIENT_SECRET).")));
        return;
    }
    m_tokenWaiters.append({QPointer<QObject>(context), std::move(callback)});
    if (!m_tokenRequestInFlight)
        requestToken();
}

void ApiClient::requestToken()
{
    m_tokenRequestInFlight = true;
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"), m_config.clientId);
    form.addQueryItem(QStringLiteral("client_secret"), m_clientSecret);
    form.addQueryItem(QStringLiteral("scope"), m_config.scopes);
    ApiRequest request;
    request.method = "POST";
    request.service = Service::Ims;
    request.path = QStringLiteral("/ims/token/v3");
    request.contentType = "application/x-www-form-urlencoded";
    // Percent-encode every reserved character of the secret, not only what QUrlQuery escapes.
    QByteArray body;
    for (const auto &item : form.queryItems(QUrl::FullyDecoded)) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(item.first) + '=' + QUrl::toPercentEncoding(item.second);
    }
    request.body = body;
    request.label = tr("get an access token");
    send(request, this, [this](const ApiResult<ApiResponse> &result) {
        m_tokenRequestInFlight = false;
        ApiResult<QString> outcome = QString();
        if (!result.ok()) {
            ApiError e = result.error();
            if (e.httpStatus == 400 || e.httpStatus == 401 || e.httpStatus == 403) {
                e.kind = ApiError::Kind::Auth;
                e.message = tr("IMS refused the credentials: %1").arg(e.message);
                e.nextStep = tr("Check the client id, client secret and scopes of your Developer Console credential.");
            }
            outcome = e;
        } else {
            const auto parsed = parseTokenResponse(result.value().body);
            if (parsed.ok()) {
                m_token = parsed.value().first;
                m_tokenExpiresAtMs = m_scheduler->nowMs() + parsed.value().second * 1000;
                outcome = m_token;
                emit tokenRefreshed();
            } else {
                outcome = parsed.error();
            }
        }
        const auto waiters = std::exchange(m_tokenWaiters, {});
        for (const auto &w : waiters) {
            if (w.first)
                w.second(outcome);
        }
    });
}

ApiResult<QPair<QString, qint64>> ApiClient::parseTokenResponse(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject())
        return ApiError::make(ApiError::Kind::Parse, tr("The IMS answer is not a JSON object."),
                              tr("Check the IMS URL."));
    const QJsonObject o = doc.object();
    const QJsonValue token = o.value(QStringLiteral("access_token"));
    if (!token.isString() || token.toString().isEmpty())
        return ApiError::make(ApiError::Kind::Parse, tr("The IMS answer has no access_token."),
                              tr("Check the IMS URL and the credential type (OAuth Server-to-Server)."));
    const QJsonValue expires = o.value(QStringLiteral("expires_in"));
    // Compared as a double first: converting 1e300 or NaN to an integer is undefined behaviour.
    double seconds = -1;
    if (expires.isDouble()) {
        seconds = expires.toDouble();
    } else if (expires.isString()) {
        bool ok = false;
        seconds = expires.toString().toDouble(&ok);
        if (!ok)
            seconds = -1;
    }
    if (!(seconds >= 60 && seconds <= 48 * 3600))
        return ApiError::make(ApiError::Kind::Parse,
                              tr("The IMS answer has an implausible expires_in (%1); it must be seconds between 60 and 172800.")
                                  .arg(expires.toVariant().toString()),
                              tr("Check the IMS URL; the deprecated JWT exchange answers in milliseconds."));
    return QPair<QString, qint64>(token.toString(), qint64(seconds));
}

void ApiClient::sendList(const ApiRequest &first, QObject *context, ListCallback callback, int maxPages)
{
    struct State
    {
        QJsonArray items;
        int pages = 0;
        int catalogStart = 0;
    };
    auto state = std::make_shared<State>();
    auto step = std::make_shared<std::function<void(const ApiRequest &)>>();
    QPointer<QObject> guard(context);
    *step = [this, state, step, guard, callback, maxPages](const ApiRequest &request) {
        send(request, guard ? guard.data() : this, [this, state, step, guard, callback, maxPages, request](const ApiResult<ApiResponse> &result) {
            if (!guard) {
                *step = nullptr;
                return;
            }
            if (!result.ok()) {
                *step = nullptr;
                callback(result.error());
                return;
            }
            ++state->pages;
            const QJsonDocument doc = result.value().json;
            std::optional<ApiRequest> next;
            if (doc.isArray()) {
                for (const auto &v : doc.array())
                    state->items.append(v);
            } else {
                const QJsonObject o = doc.object();
                if (request.service == Service::Catalog) {
                    // Catalog: an object keyed by id; page with start/limit.
                    int count = 0;
                    for (auto it = o.begin(); it != o.end(); ++it) {
                        QJsonObject item = it.value().toObject();
                        item.insert(QStringLiteral("id"), it.key());
                        state->items.append(item);
                        ++count;
                    }
                    const int limit = request.query.queryItemValue(QStringLiteral("limit")).toInt();
                    if (limit > 0 && count >= limit) {
                        ApiRequest n = request;
                        state->catalogStart += count;
                        n.query.removeAllQueryItems(QStringLiteral("start"));
                        n.query.addQueryItem(QStringLiteral("start"), QString::number(state->catalogStart));
                        next = n;
                    }
                } else {
                    const QJsonArray items = o.contains(QStringLiteral("items")) ? o.value(QStringLiteral("items")).toArray()
                        : o.contains(QStringLiteral("results"))                 ? o.value(QStringLiteral("results")).toArray()
                                                                                : o.value(QStringLiteral("data")).toArray();
                    for (const auto &v : items)
                        state->items.append(v);
                    // Flow Service: _links.next.href with a continuationToken.
                    const QString href = o.value(QStringLiteral("_links")).toObject().value(QStringLiteral("next")).toObject().value(QStringLiteral("href")).toString();
                    const QJsonValue pageNext = o.value(QStringLiteral("_page")).toObject().value(QStringLiteral("next"));
                    if (!href.isEmpty()) {
                        const QUrlQuery hrefQuery(QUrl(href).query());
                        const QString token = hrefQuery.queryItemValue(QStringLiteral("continuationToken"), QUrl::FullyDecoded);
                        if (!token.isEmpty() && !items.isEmpty()) {
                            ApiRequest n = request;
                            n.query.removeAllQueryItems(QStringLiteral("continuationToken"));
                            n.query.addQueryItem(QStringLiteral("continuationToken"), token);
                            next = n;
                        }
                    } else if (request.service == Service::SchemaRegistry && pageNext.isString()
                               && !pageNext.toString().isEmpty() && !items.isEmpty()) {
                        ApiRequest n = request;
                        n.query.removeAllQueryItems(QStringLiteral("start"));
                        n.query.addQueryItem(QStringLiteral("start"), pageNext.toString());
                        next = n;
                    }
                }
            }
            if (next && state->pages < maxPages) {
                (*step)(*next);
                return;
            }
            *step = nullptr;
            callback(state->items);
        });
    };
    (*step)(first);
}

} // namespace Dataflow::Core
