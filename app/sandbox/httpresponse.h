// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace Dataflow::Sandbox {

/** One answer, serialised to HTTP/1.1 by toBytes(). */
struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse json(int status, const QJsonArray &array);
    static HttpResponse raw(int status, const QByteArray &body, const QByteArray &contentType);
    static HttpResponse empty(int status);

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    /** Status line, headers (with Content-Length) and the blank line. */
    QByteArray head() const;
    QByteArray toBytes() const { return head() + body; }
    bool isSuccess() const { return status >= 200 && status < 300; }
};

QByteArray reasonPhrase(int status);

} // namespace Dataflow::Sandbox
