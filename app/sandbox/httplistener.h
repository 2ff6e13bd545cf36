// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractHttpServer>

#include <functional>

class QTcpSocket;

namespace Dataflow::Sandbox {

/** QAbstractHttpServer that hands every parsed request to one callback, which answers on the
    socket itself (raw HTTP/1.1), so faults can shape the bytes on the wire. */
class HttpListener final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpListener)

public:
    using Handler = std::function<void(const QHttpServerRequest &, QTcpSocket *)>;

    explicit HttpListener(Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace Dataflow::Sandbox
