// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace Dataflow::Sandbox {

/** One parsed request as the sandbox handlers see it. */
struct HttpRequest
{
    QByteArray method;                     // upper case: GET, POST, …
    QString path;                          // as sent (percent-encoded)
    QStringList segments;                  // path segments, each percent-decoded
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // keys lower case
    QByteArray body;
    QHostAddress peer;
    QString requestId;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    bool hasHeader(const QByteArray &name) const { return headers.contains(name.toLower()); }
    QString queryValue(const QString &key) const
    {
        return query.queryItemValue(key, QUrl::FullyDecoded);
    }
    QStringList queryValues(const QString &key) const
    {
        return query.allQueryItemValues(key, QUrl::FullyDecoded);
    }
    bool hasQuery(const QString &key) const { return query.hasQueryItem(key); }
};

} // namespace Dataflow::Sandbox
