// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Dataflow::Core {

using RawHeaders = QList<QPair<QByteArray, QByteArray>>;

/**
 * Everything a person needs about a failed call: what kind of failure, the HTTP status, the Platform
 * code (FLOW-…, XDM-…, gateway error_code), the request id and a message with a next step.
 * Value type; never thrown.
 */
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Kind { Network, Timeout, Cancelled, Http, Auth, Parse, Validation };
    /** RELIABILITY.md section 2: may the request have had an effect on the server? */
    enum class Outcome { NotSent, Rejected, Ambiguous };

    Kind kind = Kind::Network;
    Outcome outcome = Outcome::NotSent;
    int httpStatus = 0;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString code;      // FLOW-1425-400, XDM-1007-400, 401013, invalid_client …
    QString requestId; // x-request-id or the body's request id
    QString message;   // what went wrong, in words
    QString nextStep;  // what to do about it
    QString detail;    // the server's body (redacted), for logs and "Details…"
    int retryAfterMs = -1; // from Retry-After, when the server sent one
    QString method;
    QString path;

    /** "FLOW-1425-400: message (request id …) Next step: …" */
    QString toString() const;
    bool isRetryable() const;

    static ApiError make(Kind kind, const QString &message, const QString &nextStep = {});
    /**
     * Classifies an HTTP error answer from its status, body and headers (CONTRACT 1.6 formats:
     * gateway, Flow Service problem, Schema Registry, generic, OAuth, legacy, text/HTML). Pure.
     */
    static ApiError fromHttp(int status, const QByteArray &body, const RawHeaders &headers);
};

/** Parses Retry-After (delta seconds or HTTP-date) relative to nowMs. -1 when absent or malformed. */
qint64 parseRetryAfterMs(const QByteArray &value, qint64 nowMsSinceEpoch);

template<typename T>
class ApiResult
{
public:
    ApiResult(T value) : m_value(std::move(value)) {}
    ApiResult(ApiError error) : m_value(std::move(error)) {}
    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<T>(m_value); }
    T &value() { return std::get<T>(m_value); }
    const ApiError &error() const { return std::get<ApiError>(m_value); }

private:
    std::variant<T, ApiError> m_value;
};

} // namespace Dataflow::Core
