// SPDX-License-Identifier: MIT
#include "api/curlformatter.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace Dataflow::Core {

namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(\$\{(AEP_[A-Z0-9_]+)\})"));
    return re;
}

// Double-quotes @p text so that ${AEP_…} placeholders expand and nothing else does.
QString doubleQuoteWithPlaceholders(const QString &text)
{
    QString out = QStringLiteral("\"");
    qsizetype last = 0;
    const auto escape = [&out](QStringView part) {
        for (const QChar c : part) {
            if (c == QLatin1Char('"') || c == QLatin1Char('\\') || c == QLatin1Char('`') || c == QLatin1Char('$'))
                out += QLatin1Char('\\');
            out += c;
        }
    };
    for (auto it = placeholderPattern().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        escape(QStringView(text).mid(last, m.capturedStart() - last));
        out += m.captured();
        last = m.capturedEnd();
    }
    escape(QStringView(text).mid(last));
    out += QLatin1Char('"');
    return out;
}

QString quoteArgument(const QString &text)
{
    return placeholderPattern().match(text).hasMatch() ? doubleQuoteWithPlaceholders(text)
                                                       : CurlFormatter::shellQuote(text);
}

bool isJson(const QByteArray &body)
{
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    return error.error == QJsonParseError::NoError;
}

QStringList variablesUsed(const HttpRecord &record)
{
    QStringList names;
    QString text = QString::fromUtf8(record.url.toEncoded());
    for (const auto &h : record.headers)
        text += QLatin1Char('\n') + QString::fromUtf8(h.second);
    for (auto it = placeholderPattern().globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

QString describeVariable(const QString &name)
{
    if (name == QLatin1String("AEP_ACCESS_TOKEN"))
        return QStringLiteral("an IMS access token (OAuth Server-to-Server), without \"Bearer \"");
    if (name == QLatin1String("AEP_API_KEY"))
        return QStringLiteral("the API key (client id) of your Developer Console project");
    return QStringLiteral("a value this request needs");
}

} // namespace

QString CurlFormatter::shellQuote(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

QString CurlFormatter::toCurl(const HttpRecord &record)
{
    const QString method = record.method.isEmpty() ? QStringLiteral("GET") : QString::fromLatin1(record.method);
    QStringList lines;
    QString first = QStringLiteral("curl -sS");
    if (method != QLatin1String("GET") || !record.body.isEmpty())
        first += QStringLiteral(" -X ") + shellQuote(method).replace(QRegularExpression(QStringLiteral("^'([A-Z]+)'$")),
                                                                      QStringLiteral("\\1"));
    first += QLatin1Char(' ') + quoteArgument(QString::fromUtf8(record.url.toEncoded()));
    lines << first;
    for (const auto &h : record.headers)
        lines << QStringLiteral("-H ") + quoteArgument(QString::fromLatin1(h.first) + QStringLiteral(": ")
                                                       + QString::fromUtf8(h.second));

    QString tail;
    if (!record.body.isEmpty()) {
        const QString body = QString::fromUtf8(record.body);
        const bool textual = !record.body.contains('\0') && body.toUtf8() == record.body;
        QString delimiter = QStringLiteral("JSON");
        const QStringList bodyLines = body.split(QLatin1Char('\n'));
        while (bodyLines.contains(delimiter))
            delimiter += QLatin1Char('_');
        if (textual && isJson(record.body)) {
            // Quoted here-document: the shell expands nothing inside it.
            lines << QStringLiteral("--data-binary @- <<'%1'").arg(delimiter);
            tail = body + (body.endsWith(QLatin1Char('\n')) ? QString() : QStringLiteral("\n")) + delimiter
                + QLatin1Char('\n');
        } else if (textual) {
            lines << QStringLiteral("--data-binary ") + shellQuote(body);
        } else {
            lines << QStringLiteral("--data-binary '' # binary body of %1 bytes not shown").arg(record.body.size());
        }
    }
    return lines.join(QStringLiteral(" \\\n  ")) + QLatin1Char('\n') + tail;
}

QString CurlFormatter::script(const QList<HttpRecord> &records, const QString &preamble)
{
    QStringList variables;
    for (const HttpRecord &r : records) {
        for (const QString &name : variablesUsed(r)) {
            if (!variables.contains(name))
                variables.append(name);
        }
    }

    QString out = QStringLiteral("#!/bin/sh\n");
    if (!preamble.isEmpty()) {
        for (const QString &line : preamble.split(QLatin1Char('\n')))
            out += (line.isEmpty() ? QStringLiteral("#") : QStringLiteral("# ") + line) + QLatin1Char('\n');
        out += QStringLiteral("#\n");
    }
    out += QStringLiteral("# Generated by dataflow. Secrets are not included in this file.\n");
    if (variables.isEmpty()) {
        out += QStringLiteral("# No environment variables are needed.\n");
    } else {
        out += QStringLiteral("# Set these environment variables before running it:\n");
        for (const QString &name : std::as_const(variables))
            out += QStringLiteral("#   %1: %2\n").arg(name, describeVariable(name));
    }
    out += QStringLiteral("set -eu\n");
    for (const QString &name : std::as_const(variables))
        out += QStringLiteral(": \"${%1:?set %1 first (see the comment at the top)}\"\n").arg(name);
    for (const HttpRecord &r : records)
        out += QLatin1Char('\n') + toCurl(r) + QStringLiteral("echo\n");
    return out;
}

} // namespace Dataflow::Core
