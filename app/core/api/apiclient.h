// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "api/apirequest.h"
#include "api/httprecord.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace Dataflow::Core {

/** Where and who: base URLs and the non-secret credential parts (CONTRACT 1.2). */
struct ClientConfig
{
    QUrl platformUrl = QUrl(QStringLiteral("https://platform.adobe.io"));
    QUrl imsUrl = QUrl(QStringLiteral("https://ims-na1.adobelogin.com"));
    QString orgId;
    QString sandboxName = QStringLiteral("prod");
    QString clientId;
    QString scopes = QStringLiteral("openid,AdobeID,read_organizations,additional_info.projectedProductContext,session");

    int transferTimeoutMs = 30000;  // inactivity
    int deadlineMs = 60000;         // whole request, per attempt
    qint64 maxResponseBytes = 16 * 1024 * 1024;
    int maxAttempts = 3;
    int backoffBaseMs = 500;
    int backoffCapMs = 8000;
    int retryAfterCapMs = 120000;
    int tokenRefreshMarginSeconds = 300;
};

/**
 * Time and randomness for retries, replaceable in tests (virtual clock: backoff does not sleep).
 * The default uses the wall clock and QTimer.
 */
class Scheduler
{
public:
    virtual ~Scheduler() = default;
    virtual qint64 nowMs() const;
    virtual void callLater(int delayMs, QObject *context, std::function<void()> callback);
    virtual double random(); // [0, 1)
};

/**
 * Asynchronous client for IMS and the Platform APIs. Owns no network manager: one is injected.
 * Adds the headers of CONTRACT 1.2 to every call, keeps the access token (refreshed 5 minutes before
 * expiry, one IMS request in flight, one refresh and replay on a 401), applies an inactivity timeout
 * and an overall deadline per attempt, refuses redirects, plain http except to loopback and bodies
 * over the size cap, and retries what is safe to retry (at most maxAttempts, full-jitter backoff,
 * Retry-After honoured). A POST whose outcome is unknown is never repeated: it fails with
 * ApiError::Outcome::Ambiguous and the caller reconciles (Engine lists by marker).
 * Lives in one thread; callbacks run in the context object's thread and never after it died.
 */
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    using Callback = std::function<void(const ApiResult<ApiResponse> &)>;
    using ListCallback = std::function<void(const ApiResult<QJsonArray> &)>;
    using Logger = std::function<void(const HttpRecord &request, int status, qint64 elapsedMs,
                                      const QString &note)>;

    ApiClient(QNetworkAccessManager *manager, ClientConfig config, QObject *parent = nullptr);
    ~ApiClient() override;

    const ClientConfig &config() const { return m_config; }
    void setConfig(const ClientConfig &config);
    void setClientSecret(const QString &secret);
    /** A ready token (AEP_ACCESS_TOKEN); no IMS call is made while it is valid. */
    void setAccessToken(const QString &token, qint64 expiresAtMs = 0);
    bool hasCredentials() const;
    void setScheduler(std::shared_ptr<Scheduler> scheduler);
    /** Called once per attempt with the request as sent (NOT redacted: redact before printing). */
    void setLogger(Logger logger);

    /** Sends one logical request (with retries). Returns an id usable with cancel(). */
    quint64 send(const ApiRequest &request, QObject *context, Callback callback);
    /** Sends a list request and follows the API's paging (CONTRACT 1.4), collecting every item. */
    void sendList(const ApiRequest &request, QObject *context, ListCallback callback, int maxPages = 50);
    /** Gets (or reuses) an access token: the cheap first step of "Test connection". */
    void fetchToken(QObject *context, std::function<void(const ApiResult<QString> &)> callback);

    void cancel(quint64 id);
    void cancelAll();
    int inFlight() const;
    /** One line per call in flight (method, path, attempt, reply state, age): for hang reports. */
    QStringList describeInFlight() const;

    /** The final URL of a request (base URL + service + path + query). */
    QUrl urlFor(const ApiRequest &request) const;
    /** The request as it would be sent, with credentials (redact before showing). */
    HttpRecord recordFor(const ApiRequest &request) const;

    /** Parses an IMS token answer; rejects expires_in outside 60 s .. 48 h. Pure. */
    static ApiResult<QPair<QString, qint64>> parseTokenResponse(const QByteArray &body);
    /** Full-jitter backoff for attempt n (1-based): random * min(base * 2^(n-1), cap). Pure. */
    static int backoffMs(int attempt, int baseMs, int capMs, double random);

signals:
    void tokenRefreshed();

private:
    struct Call;
    void startAttempt(const std::shared_ptr<Call> &call);
    void sendNow(const std::shared_ptr<Call> &call);
    void finishAttempt(const std::shared_ptr<Call> &call, QNetworkReply *reply);
    void complete(const std::shared_ptr<Call> &call, const ApiResult<ApiResponse> &result);
    void retryOrFail(const std::shared_ptr<Call> &call, const ApiError &error);
    void withToken(QObject *context, std::function<void(const ApiResult<QString> &)> callback);
    void requestToken();
    bool tokenValid() const;
    ApiError checkTransport(const QUrl &url) const;

    QNetworkAccessManager *m_manager;
    ClientConfig m_config;
    QString m_clientSecret;
    QString m_token;
    qint64 m_tokenExpiresAtMs = 0;
    bool m_tokenFixed = false;
    bool m_tokenRequestInFlight = false;
    QList<QPair<QPointer<QObject>, std::function<void(const ApiResult<QString> &)>>> m_tokenWaiters;
    std::shared_ptr<Scheduler> m_scheduler;
    Logger m_logger;
    quint64 m_nextId = 1;
    QHash<quint64, std::shared_ptr<Call>> m_calls;
};

} // namespace Dataflow::Core
