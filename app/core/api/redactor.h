// SPDX-License-Identifier: MIT
#pragma once

#include "api/httprecord.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Dataflow::Core {

/**
 * Masks secrets in requests, responses and log lines (RELIABILITY.md §7).
 *
 * Always: the Authorization header value becomes "Bearer ${AEP_ACCESS_TOKEN}", x-api-key becomes
 * "${AEP_API_KEY}"; form fields client_secret / access_token and, in JSON bodies, the keys
 * access_token, client_secret, password, securityToken, clientSecret, token and any key containing
 * "secret", "password" or "token" (case-insensitive) get the value "***". In addition every
 * registered secret value is masked wherever it appears, also percent-encoded, JSON-escaped and in
 * Base64 (standard and URL alphabets). Value type; const methods are thread-safe.
 */
class Redactor final
{
public:
    static constexpr const char *mask() { return "***"; }
    static constexpr const char *accessTokenPlaceholder() { return "Bearer ${AEP_ACCESS_TOKEN}"; }
    static constexpr const char *apiKeyPlaceholder() { return "${AEP_API_KEY}"; }

    /** Registers an exact value to mask. Empty values and values shorter than 4 bytes are ignored. */
    void addSecret(const QString &value);
    QList<QByteArray> secrets() const { return m_secrets; }

    /** Masks every registered secret (all encodings) and secret-looking JSON/form fields in @p text. */
    QByteArray redact(const QByteArray &text) const;
    QString redact(const QString &text) const;

    /** Copy of @p record with header values, URL query and body masked. */
    HttpRecord redacted(const HttpRecord &record) const;

    /** True if @p name is a JSON key or form field whose value is always masked. */
    static bool isSecretKey(const QString &name);

private:
    QByteArray maskRegistered(const QByteArray &text) const;

    QList<QByteArray> m_secrets; ///< every form of every registered value, longest first
};

} // namespace Dataflow::Core
