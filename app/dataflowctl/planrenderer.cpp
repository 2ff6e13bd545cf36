// SPDX-License-Identifier: MIT
#include "planrenderer.h"

#include "api/curlformatter.h"
#include "api/redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Dataflow::Ctl {

using namespace Dataflow::Core;

namespace {

/** Placeholders were percent-encoded inside paths: ${X} back to its shell form. */
QString unescapePlaceholders(QString text)
{
    static const QRegularExpression encoded(QStringLiteral("%24%7B([A-Z_]+)%7D"));
    return text.replace(encoded, QStringLiteral("${\\1}"));
}

/** Double-quoted shell string that expands only our ${VAR} placeholders. */
QString doubleQuoted(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('"'), QLatin1String("\\\""))
        .replace(QLatin1Char('`'), QLatin1String("\\`"))
        .replace(QLatin1Char('$'), QLatin1String("\\$"));
    static const QRegularExpression placeholder(QStringLiteral("\\\\\\$\\{([A-Z_]+)\\}"));
    text.replace(placeholder, QStringLiteral("${\\1}"));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

/** Body for an unquoted heredoc: only ${VAR} placeholders expand; ${SOURCE_COLUMNS} is raw JSON. */
QString heredocBody(const QByteArray &json)
{
    QString text = QString::fromUtf8(QJsonDocument::fromJson(json).toJson(QJsonDocument::Indented)).trimmed();
    text.replace(QLatin1String("\"${SOURCE_COLUMNS}\""), QLatin1String("${SOURCE_COLUMNS}"));
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('`'), QLatin1String("\\`"))
        .replace(QLatin1Char('$'), QLatin1String("\\$"));
    static const QRegularExpression placeholder(QStringLiteral("\\\\\\$\\{([A-Z_]+)\\}"));
    return text.replace(placeholder, QStringLiteral("${\\1}"));
}

} // namespace

QString PlanRenderer::url(const ApiRequest &request) const
{
    return unescapePlaceholders(m_client.urlFor(request).toString(QUrl::FullyEncoded));
}

QStringList PlanRenderer::headerLines(const ApiRequest &request) const
{
    QStringList lines;
    const HttpRecord record = m_client.recordFor(request);
    for (const auto &h : record.headers) {
        const QString name = QString::fromLatin1(h.first);
        if (name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0)
            lines.append(QStringLiteral("Authorization: Bearer ${AEP_ACCESS_TOKEN}"));
        else if (name.compare(QLatin1String("x-api-key"), Qt::CaseInsensitive) == 0)
            lines.append(QStringLiteral("x-api-key: ${AEP_API_KEY}"));
        else
            lines.append(name + QLatin1String(": ") + QString::fromUtf8(h.second));
    }
    return lines;
}

QString PlanRenderer::text(const QList<PlannedRequest> &plan) const
{
    QString out;
    int n = 0;
    for (const PlannedRequest &p : plan) {
        out += QStringLiteral("%1. %2 — %3 %4\n").arg(++n).arg(stepLabel(p.step), QString::fromLatin1(p.request.method), url(p.request));
        if (!p.request.body.isEmpty()) {
            const QString body = QString::fromUtf8(QJsonDocument::fromJson(p.request.body).toJson(QJsonDocument::Indented));
            for (const QString &line : body.trimmed().split(QLatin1Char('\n')))
                out += QLatin1String("     ") + line + QLatin1Char('\n');
        }
        if (!p.captureVariable.isEmpty())
            out += QStringLiteral("     → %1\n").arg(p.captureVariable);
    }
    return out;
}

QByteArray PlanRenderer::json(const QList<PlannedRequest> &plan) const
{
    QJsonArray list;
    for (const PlannedRequest &p : plan) {
        QJsonObject o{{QStringLiteral("step"), stepKey(p.step)},
                      {QStringLiteral("method"), QString::fromLatin1(p.request.method)},
                      {QStringLiteral("url"), url(p.request)},
                      {QStringLiteral("headers"), QJsonArray::fromStringList(headerLines(p.request))}};
        if (!p.request.body.isEmpty())
            o.insert(QStringLiteral("body"), QJsonDocument::fromJson(p.request.body).object());
        if (!p.captureVariable.isEmpty())
            o.insert(QStringLiteral("sets"), p.captureVariable);
        list.append(o);
    }
    return QJsonDocument(list).toJson(QJsonDocument::Indented);
}

QString PlanRenderer::curlScript(const QList<PlannedRequest> &plan, const QString &sessionName) const
{
    const ClientConfig &c = m_client.config();
    QString s;
    s += QStringLiteral("#!/usr/bin/env bash\n");
    s += QStringLiteral("# The requests `dataflowctl apply %1` sends, one after the other, as in the Flow Service tutorial.\n").arg(sessionName);
    s += QStringLiteral("# Needs curl and jq. Environment: AEP_CLIENT_SECRET (or AEP_ACCESS_TOKEN)");
    if (!m_session.source.baseConnection.isReference())
        s += QStringLiteral(" and the source's secrets (AEP_SOURCE_PASSWORD, AEP_SOURCE_SECURITY_TOKEN or AEP_SOURCE_CLIENT_SECRET)");
    s += QStringLiteral(".\n# No secret is written in this file.\nset -euo pipefail\n\n");
    s += QStringLiteral("AEP_API_KEY=%1\n").arg(CurlFormatter::shellQuote(c.clientId));
    s += QStringLiteral("RUN_ID=\"${RUN_ID:-$(od -An -N4 -tx1 /dev/urandom | tr -d ' \\n')}\"\n");
    s += QStringLiteral("if [ -z \"${AEP_ACCESS_TOKEN:-}\" ]; then\n");
    ApiRequest token;
    token.service = Service::Ims;
    token.path = QStringLiteral("/ims/token/v3");
    s += QStringLiteral("  AEP_ACCESS_TOKEN=$(curl -sS --fail-with-body -X POST %1 \\\n").arg(CurlFormatter::shellQuote(m_client.urlFor(token).toString()));
    s += QStringLiteral("    -H 'Content-Type: application/x-www-form-urlencoded' \\\n");
    s += QStringLiteral("    --data-urlencode 'grant_type=client_credentials' --data-urlencode \"client_id=${AEP_API_KEY}\" \\\n");
    s += QStringLiteral("    --data-urlencode \"client_secret=${AEP_CLIENT_SECRET}\" --data-urlencode %1 | jq -r .access_token)\n")
             .arg(CurlFormatter::shellQuote(QStringLiteral("scope=") + c.scopes));
    s += QStringLiteral("fi\n\n");
    int n = 0;
    for (const PlannedRequest &p : plan) {
        s += QStringLiteral("# %1. %2\n").arg(++n).arg(stepLabel(p.step));
        QString cmd = QStringLiteral("curl -sS --fail-with-body -X %1 %2").arg(QString::fromLatin1(p.request.method), doubleQuoted(url(p.request)));
        for (const QString &h : headerLines(p.request))
            cmd += QStringLiteral(" \\\n    -H %1").arg(doubleQuoted(h));
        QString heredoc;
        if (!p.request.body.isEmpty()) {
            cmd += QStringLiteral(" \\\n    --data-binary @-");
            heredoc = QStringLiteral(" <<JSON\n") + heredocBody(p.request.body) + QStringLiteral("\nJSON\n");
        }
        if (p.captureVariable.isEmpty()) {
            s += cmd + (heredoc.isEmpty() ? QStringLiteral("\n") : heredoc);
        } else {
            if (heredoc.isEmpty())
                s += QStringLiteral("%1=$(%2 | jq %3)\n").arg(p.captureVariable, cmd, p.captureJq);
            else
                s += QStringLiteral("%1=$(%2 <<JSON | jq %3\n%4\nJSON\n)\n")
                         .arg(p.captureVariable, cmd, p.captureJq, heredocBody(p.request.body));
            s += QStringLiteral("echo \"%1=${%1}\" >&2\n").arg(p.captureVariable);
        }
        s += QLatin1Char('\n');
    }
    return s;
}

} // namespace Dataflow::Ctl
