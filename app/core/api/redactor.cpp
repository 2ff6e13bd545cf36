// SPDX-License-Identifier: MIT
#include "api/redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace Dataflow::Core {

namespace {

constexpr qsizetype MinimumSecretLength = 4;
constexpr qsizetype MinimumBase64Fragment = 6;

// The part of base64(prefix + secret) that depends on the secret only, for each alignment of the
// secret inside a longer Base64 text (e.g. "Basic base64(clientId:secret)").
QList<QByteArray> base64Fragments(const QByteArray &secret)
{
    QList<QByteArray> out;
    for (int k = 0; k < 3; ++k) {
        const QByteArray input = QByteArray(k, '\0') + secret;
        const qsizetype n = input.size();
        const qsizetype skip = k == 0 ? 0 : (k == 1 ? 2 : 3);
        const qsizetype end = (n / 3) * 4 + (n % 3);
        for (const auto option : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
            const QByteArray encoded = input.toBase64(option | QByteArray::OmitTrailingEquals);
            if (end - skip >= MinimumBase64Fragment)
                out.append(encoded.mid(skip, end - skip));
        }
    }
    return out;
}

QByteArray jsonEscaped(const QString &value)
{
    QByteArray quoted = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return quoted.mid(2, quoted.size() - 4); // strip ["…"]
}

} // namespace

bool Redactor::isSecretKey(const QString &name)
{
    const QString key = name.toLower();
    return key.contains(QLatin1String("secret")) || key.contains(QLatin1String("password"))
        || key.contains(QLatin1String("token")) || key == QLatin1String("passwd")
        || key == QLatin1String("authorization") || key == QLatin1String("x-api-key");
}

void Redactor::addSecret(const QString &value)
{
    const QByteArray raw = value.toUtf8();
    if (raw.size() < MinimumSecretLength)
        return;
    QList<QByteArray> forms{raw,
                            QUrl::toPercentEncoding(value),
                            QUrl::toPercentEncoding(value, "", "+").replace("%20", "+"),
                            jsonEscaped(value),
                            jsonEscaped(value).replace("/", "\\/")};
    forms += base64Fragments(raw);
    for (const QByteArray &form : std::as_const(forms)) {
        if (!form.isEmpty() && !m_secrets.contains(form))
            m_secrets.append(form);
    }
    // Longest first, so a form that contains another one is replaced whole.
    std::stable_sort(m_secrets.begin(), m_secrets.end(),
                     [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
}

QByteArray Redactor::maskRegistered(const QByteArray &text) const
{
    QByteArray out = text;
    for (const QByteArray &secret : m_secrets)
        out.replace(secret, mask());
    return out;
}

QByteArray Redactor::redact(const QByteArray &text) const
{
    QString s = QString::fromUtf8(maskRegistered(text));

    // JSON members whose key looks secret: "clientSecret": "…" → "clientSecret": "***".
    static const QRegularExpression jsonMember(
        QStringLiteral(R"re("((?:[^"\\]|\\.)*)"(\s*:\s*)("(?:[^"\\]|\\.)*"|-?[0-9][0-9.eE+-]*))re"));
    QString result;
    qsizetype last = 0;
    for (auto it = jsonMember.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        if (!isSecretKey(m.captured(1)))
            continue;
        result += QStringView(s).mid(last, m.capturedStart(3) - last);
        result += QStringLiteral("\"***\"");
        last = m.capturedEnd(3);
    }
    if (last > 0) {
        result += QStringView(s).mid(last);
        s = result;
    }

    // Form fields and query items: client_secret=…&access_token=…
    static const QRegularExpression formField(QStringLiteral(R"re((^|[?&\s;,])([A-Za-z0-9_.-]+)=([^&\s;,"']*))re"));
    result.clear();
    last = 0;
    for (auto it = formField.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        if (!isSecretKey(QUrl::fromPercentEncoding(m.captured(2).toUtf8())) || m.captured(3) == QLatin1String("***"))
            continue;
        result += QStringView(s).mid(last, m.capturedStart(3) - last);
        result += QLatin1String(mask());
        last = m.capturedEnd(3);
    }
    if (last > 0) {
        result += QStringView(s).mid(last);
        s = result;
    }

    // Header lines and bearer tokens in free text (logs).
    static const QRegularExpression authLine(QStringLiteral(R"re((?im)^(\s*authorization\s*:\s*).*$)re"));
    s.replace(authLine, QStringLiteral("\\1") + QLatin1String(accessTokenPlaceholder()));
    static const QRegularExpression apiKeyLine(QStringLiteral(R"re((?im)^(\s*x-api-key\s*:\s*).*$)re"));
    s.replace(apiKeyLine, QStringLiteral("\\1") + QLatin1String(apiKeyPlaceholder()));
    static const QRegularExpression bearer(QStringLiteral(R"re((?i)\b(bearer\s+)(?!\$\{AEP_ACCESS_TOKEN\})[A-Za-z0-9._~+/=-]+)re"));
    s.replace(bearer, QStringLiteral("\\1***"));
    return s.toUtf8();
}

QString Redactor::redact(const QString &text) const
{
    return QString::fromUtf8(redact(text.toUtf8()));
}

HttpRecord Redactor::redacted(const HttpRecord &record) const
{
    HttpRecord out;
    out.method = record.method;
    out.url = QUrl::fromEncoded(redact(record.url.toEncoded()), QUrl::TolerantMode);
    for (const auto &header : record.headers) {
        const QByteArray name = header.first;
        QByteArray value;
        if (name.compare("authorization", Qt::CaseInsensitive) == 0)
            value = accessTokenPlaceholder();
        else if (name.compare("x-api-key", Qt::CaseInsensitive) == 0)
            value = apiKeyPlaceholder();
        else if (isSecretKey(QString::fromLatin1(name)))
            value = mask();
        else
            value = redact(header.second);
        out.headers.append({name, value});
    }
    out.body = redact(record.body);
    return out;
}

} // namespace Dataflow::Core
