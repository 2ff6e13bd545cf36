// SPDX-License-Identifier: MIT
#include "sandboxserver.h"

#include "apierrors.h"
#include "deflatebomb.h"
#include "faultinjector.h"
#include "httplistener.h"
#include "httprequest.h"
#include "httpresponse.h"
#include "platformgateway.h"
#include "sandboxcontext.h"
#include "statefile.h"

#include <QDateTime>
#include <QFile>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

namespace Dataflow::Sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    case QHttpServerRequest::Method::Connect: return "CONNECT";
    case QHttpServerRequest::Method::Trace: return "TRACE";
    default: return "UNKNOWN";
    }
}

QString markerOf(const QByteArray &body)
{
    static const QRegularExpression pattern(QStringLiteral("\\[dataflow:([0-9a-f]{8}):[A-Za-z]+\\]"));
    if (body.isEmpty() || body.at(0) != '{')
        return {};
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    for (const char *key : {"name", "description", "title"}) {
        const QRegularExpressionMatch match = pattern.match(object.value(QLatin1String(key)).toString());
        if (match.hasMatch())
            return match.captured(1);
    }
    return {};
}

QByteArray retryAfterValue(const QString &argument)
{
    if (argument == QLatin1String("date")) {
        const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(2);
        return QLocale::c().toString(when, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
    }
    return argument.toLatin1();
}

// F12: {"pad":"aaaa…"} of exactly `size` bytes, written in chunks as the socket drains, so the
// server never holds more than a few chunks however large the body.
void streamHugeBody(const QPointer<QTcpSocket> &socket, qint64 size)
{
    static const QByteArray prefix = QByteArrayLiteral("{\"pad\":\"");
    static const QByteArray suffix = QByteArrayLiteral("\"}");
    static const QByteArray chunk(64 * 1024, 'a');
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(size)
                  + "\r\n\r\n" + prefix);
    auto left = std::make_shared<qint64>(size - prefix.size() - suffix.size());
    auto pump = [socket, left] {
        while (socket && *left > 0 && socket->bytesToWrite() < 4 * chunk.size()) {
            const qint64 n = std::min<qint64>(*left, chunk.size());
            socket->write(chunk.constData(), n);
            *left -= n;
            if (*left == 0)
                socket->write(suffix);
        }
    };
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, pump);
    pump();
}

const QStringList resourceKinds{QStringLiteral("connections"), QStringLiteral("sourceConnections"),
                                QStringLiteral("targetConnections"), QStringLiteral("flows"), QStringLiteral("runs"),
                                QStringLiteral("schemas"), QStringLiteral("dataSets"), QStringLiteral("mappingSets")};

} // namespace

class SandboxServerPrivate
{
public:
    SandboxServerPrivate(SandboxServer *q, const SandboxConfig &config)
        : q(q)
        , context(config)
        , gateway(context)
        , latencyMs(config.latencyMs)
    {
    }

    void onRequest(const QHttpServerRequest &request, QTcpSocket *socket);
    HttpRequest parse(const QHttpServerRequest &request, QTcpSocket *socket);
    HttpResponse control(const HttpRequest &request);
    HttpResponse faultAnswer(const HttpRequest &request, const FaultInjector::Action &action, HttpResponse processed);
    void deliver(QTcpSocket *socket, const HttpResponse &response, const std::optional<FaultInjector::Action> &fault,
                 int delayMs);
    void log(const HttpRequest &request, int status, const QString &fault);
    void persist();
    QList<QJsonObject> resources(const QString &kind) const;

    SandboxServer *q;
    SandboxContext context;
    PlatformGateway gateway;
    FaultInjector faults;
    HttpListener *listener = nullptr;
    QFile logFile;
    QUrl url;
    int latencyMs = 0;
    quint64 requestCounter = 0;
    QHash<int, QByteArray> bombCache; // deflate bombs by size, built once
};

HttpRequest SandboxServerPrivate::parse(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpRequest out;
    out.method = methodName(request.method());
    const QUrl url = request.url();
    out.path = url.path(QUrl::FullyEncoded);
    for (const QString &segment : out.path.split(QLatin1Char('/'), Qt::SkipEmptyParts))
        out.segments.append(QUrl::fromPercentEncoding(segment.toUtf8()));
    out.query = QUrlQuery(url.query(QUrl::FullyEncoded));
    for (const auto &header : request.headers())
        out.headers.insert(header.first.toLower(), header.second);
    out.body = request.body();
    out.peer = socket->peerAddress();
    out.requestId = QUuid::createUuidV5(QUuid(), QString::number(++requestCounter)).toString(QUuid::WithoutBraces);
    return out;
}

void SandboxServerPrivate::onRequest(const QHttpServerRequest &raw, QTcpSocket *socket)
{
    const HttpRequest request = parse(raw, socket);
    if (request.segments.value(0) == QLatin1String("_sandbox")) {
        const HttpResponse response = control(request);
        deliver(socket, response, std::nullopt, 0); // never delayed
        emit q->requestHandled(QString::fromLatin1(request.method), request.path, response.status);
        return;
    }
    const std::optional<FaultInjector::Action> fault = faults.take(request.method, request.path);
    HttpResponse response;
    context.lastCreatedKind.clear();
    context.lastCreatedId.clear();
    if (!fault || fault->processes()) {
        response = gateway.handle(request);
        if (fault && fault->kind == FaultInjector::Kind::HideFromList && !context.lastCreatedId.isEmpty())
            context.store.hideUntil(context.lastCreatedKind, context.lastCreatedId, context.nowMs() + fault->milliseconds);
        persist();
    }
    if (fault)
        response = faultAnswer(request, *fault, response);
    const bool dropped = fault && (fault->kind == FaultInjector::Kind::DropBefore || fault->kind == FaultInjector::Kind::DropAfterCommit
                                   || fault->kind == FaultInjector::Kind::Stall);
    const int status = dropped ? 0 : response.status;
    log(request, status, fault ? fault->rule : QString());
    if (request.header("connection").toLower() == "close")
        response.setHeader("Connection", "close");
    deliver(socket, response, fault, latencyMs);
    emit q->requestHandled(QString::fromLatin1(request.method), request.path, status);
}

HttpResponse SandboxServerPrivate::faultAnswer(const HttpRequest &request, const FaultInjector::Action &action,
                                              HttpResponse processed)
{
    using Kind = FaultInjector::Kind;
    switch (action.kind) {
    case Kind::TooManyRequests: {
        HttpResponse response = ApiErrors::forService(request, 1429, 429, QStringLiteral("Too Many Requests"),
                                                      QStringLiteral("Too many requests, retry later"));
        response.setHeader("Retry-After", retryAfterValue(action.argument));
        return response;
    }
    case Kind::Status:
    case Kind::StatusAfterCommit:
        if (action.status == 401)
            return ApiErrors::gateway(request, 401, "401013", QStringLiteral("Oauth token is not valid"));
        return ApiErrors::forService(request, 1100 + action.status % 100, action.status,
                                     QString::fromLatin1(reasonPhrase(action.status)),
                                     QStringLiteral("Injected fault: %1").arg(action.rule));
    case Kind::DeflateBomb: {
        auto it = bombCache.constFind(action.milliseconds);
        if (it == bombCache.cend())
            it = bombCache.insert(action.milliseconds, DeflateBomb::make(action.milliseconds));
        HttpResponse response = HttpResponse::raw(200, *it, "application/json");
        response.setHeader("Content-Encoding", "deflate");
        return response;
    }
    case Kind::Html:
        return HttpResponse::raw(502, QByteArrayLiteral("<html><head><title>502 Bad Gateway</title></head><body>"
                                                        "<h1>502 Bad Gateway</h1><p>The upstream server did not answer.</p></body></html>"),
                                 "text/html");
    case Kind::Redirect: {
        HttpResponse response = HttpResponse::empty(307);
        response.setHeader("Location", action.argument.toUtf8());
        return response;
    }
    case Kind::MalformedJson:
        processed.body = QByteArrayLiteral("{\"id\": \"");
        processed.setHeader("Content-Type", "application/json");
        if (!processed.isSuccess())
            processed.status = 200;
        return processed;
    case Kind::Empty200:
        processed.status = 200;
        processed.body.clear();
        return processed;
    default:
        return processed;
    }
}

void SandboxServerPrivate::deliver(QTcpSocket *socket, const HttpResponse &response,
                                   const std::optional<FaultInjector::Action> &fault, int delayMs)
{
    using Kind = FaultInjector::Kind;
    QPointer<QTcpSocket> guard(socket);
    const QByteArray bytes = response.toBytes();
    const Kind kind = fault ? fault->kind : Kind::Status;
    const bool plain = !fault || !(kind == Kind::DropBefore || kind == Kind::DropAfterCommit || kind == Kind::Stall
                                   || kind == Kind::Trickle || kind == Kind::Truncate || kind == Kind::Huge);
    auto send = [guard, bytes, fault, plain, kind, response] {
        if (!guard)
            return;
        if (plain) {
            guard->write(bytes);
            if (response.header("Connection") == "close")
                guard->disconnectFromHost();
            return;
        }
        switch (kind) {
        case Kind::DropBefore:
            guard->abort();
            break;
        case Kind::DropAfterCommit:
            guard->disconnectFromHost();
            break;
        case Kind::Stall:
            QTimer::singleShot(fault->milliseconds, guard, [guard] {
                if (guard)
                    guard->abort();
            });
            break;
        case Kind::Truncate:
            guard->write(response.head() + response.body.left(response.body.size() / 2));
            guard->flush();
            // Let the bytes reach the peer, then reset: a graceful close would let some clients
            // take the short body for a complete one.
            QTimer::singleShot(50, guard, [guard] {
                if (guard)
                    guard->abort();
            });
            break;
        case Kind::Huge:
            streamHugeBody(guard, qint64(fault->milliseconds) << 20);
            break;
        case Kind::Trickle: {
            auto *timer = new QTimer(guard);
            auto offset = std::make_shared<int>(0);
            timer->setInterval(fault->milliseconds);
            QObject::connect(timer, &QTimer::timeout, guard, [guard, timer, offset, bytes] {
                if (*offset >= bytes.size()) {
                    timer->deleteLater();
                    return;
                }
                guard->write(bytes.mid((*offset)++, 1));
            });
            timer->start();
            break;
        }
        default:
            guard->write(bytes);
            break;
        }
    };
    if (delayMs > 0)
        QTimer::singleShot(delayMs, socket, send);
    else
        send();
}

HttpResponse SandboxServerPrivate::control(const HttpRequest &request)
{
    if (!request.peer.isLoopback())
        return HttpResponse::json(403, QJsonObject{{"error", "the control endpoint answers loopback clients only"}});
    const QString what = request.segments.value(1);
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    if (what == QLatin1String("faults")) {
        if (request.method == "GET")
            return HttpResponse::json(200, QJsonObject{{"faults", QJsonArray::fromStringList(faults.rules())}});
        if (request.method == "DELETE") {
            faults.clear();
            return HttpResponse::empty(204);
        }
        if (request.method == "POST") {
            QString message;
            if (!faults.add(body.value(QLatin1String("rule")).toString(), &message))
                return HttpResponse::json(400, QJsonObject{{"error", message}});
            return HttpResponse::json(201, QJsonObject{{"faults", QJsonArray::fromStringList(faults.rules())}});
        }
    }
    if (what == QLatin1String("resources") && request.method == "GET" && request.segments.size() == 3) {
        const QString kind = request.segments.at(2);
        if (!resourceKinds.contains(kind))
            return HttpResponse::json(404, QJsonObject{{"error", QStringLiteral("unknown kind '%1'").arg(kind)}});
        QJsonArray items;
        for (const QJsonObject &item : resources(kind))
            items.append(item);
        return HttpResponse::json(200, QJsonObject{{"kind", kind}, {"items", items},
                                                   {"createCount", context.store.createCount(kind)}});
    }
    if (what == QLatin1String("clock") && request.method == "POST") {
        context.clock.advance(qint64(body.value(QLatin1String("advanceSeconds")).toDouble()) * 1000);
        context.dirty = true;
        persist();
        return HttpResponse::json(200, QJsonObject{{"nowMs", double(context.nowMs())}});
    }
    if (what == QLatin1String("clock") && request.method == "GET")
        return HttpResponse::json(200, QJsonObject{{"nowMs", double(context.nowMs())}});
    if (what == QLatin1String("latency") && request.method == "POST") {
        latencyMs = std::max(0, body.value(QLatin1String("ms")).toInt());
        return HttpResponse::json(200, QJsonObject{{"latencyMs", latencyMs}});
    }
    return HttpResponse::json(404, QJsonObject{{"error", QStringLiteral("unknown control endpoint %1").arg(request.path)}});
}

void SandboxServerPrivate::log(const HttpRequest &request, int status, const QString &fault)
{
    if (!logFile.isOpen())
        return;
    const QString marker = markerOf(request.body);
    const QJsonObject line{{"t", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                           {"method", QString::fromLatin1(request.method)},
                           {"path", request.path},
                           {"status", status},
                           {"fault", fault.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(fault)},
                           {"marker", marker.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(marker)}};
    logFile.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    logFile.flush();
}

void SandboxServerPrivate::persist()
{
    if (!context.dirty || context.config.statePath.isEmpty())
        return;
    context.store.setClockOffsetMs(context.clock.offsetMs());
    QString message;
    if (!StateFile::write(context.config.statePath, QJsonDocument(context.store.toJson()).toJson(QJsonDocument::Compact), &message))
        qWarning("aep-sandbox: cannot save state: %s", qPrintable(message));
    else
        context.dirty = false;
}

QList<QJsonObject> SandboxServerPrivate::resources(const QString &kind) const
{
    if (kind == QLatin1String("runs"))
        return gateway.flowService().runs().allRuns();
    return context.store.list(kind);
}

SandboxServer::SandboxServer(SandboxConfig config, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<SandboxServerPrivate>(this, config))
{
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start(QString *errorMessage)
{
    const auto fail = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    if (d->listener)
        return fail(QStringLiteral("already started"));
    QString message;
    if (!d->context.demo.load(&message))
        return fail(message);
    SandboxContext &context = d->context;
    if (!context.config.statePath.isEmpty()) {
        QByteArray state;
        if (!StateFile::read(context.config.statePath, &state, &message))
            return fail(QStringLiteral("cannot read state %1: %2").arg(context.config.statePath, message));
        if (!state.isEmpty()) {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(state, &error);
            if (!document.isObject())
                return fail(QStringLiteral("state file %1 is corrupt: %2").arg(context.config.statePath, error.errorString()));
            context.store.fromJson(document.object());
            context.clock.setOffsetMs(context.store.clockOffsetMs());
        }
    }
    if (context.store.list(QStringLiteral("schemas")).isEmpty() && context.store.createCount(QStringLiteral("schemas")) == 0)
        context.instantiateDemoTenant();
    for (const QString &rule : context.config.faults) {
        if (!d->faults.add(rule, &message))
            return fail(QStringLiteral("fault rule '%1': %2").arg(rule, message));
    }
    if (!context.config.logPath.isEmpty()) {
        d->logFile.setFileName(context.config.logPath);
        if (!d->logFile.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
            return fail(QStringLiteral("cannot open log %1: %2").arg(context.config.logPath, d->logFile.errorString()));
    }
    d->listener = new HttpListener([this](const QHttpServerRequest &request, QTcpSocket *socket) {
        d->onRequest(request, socket);
    }, this);
    const quint16 port = d->listener->listen(context.config.address, context.config.port);
    if (port == 0) {
        delete d->listener;
        d->listener = nullptr;
        return fail(QStringLiteral("cannot listen on %1:%2").arg(context.config.address.toString()).arg(context.config.port));
    }
    QHostAddress shown = context.config.address;
    if (shown == QHostAddress::Any || shown == QHostAddress::AnyIPv4 || shown == QHostAddress::AnyIPv6)
        shown = QHostAddress::LocalHost;
    d->url.setScheme(QStringLiteral("http"));
    d->url.setHost(shown.toString());
    d->url.setPort(port);
    d->persist();
    return true;
}

QUrl SandboxServer::url() const
{
    return d->url;
}

const SandboxConfig &SandboxServer::config() const
{
    return d->context.config;
}

bool SandboxServer::addFault(const QString &rule, QString *errorMessage)
{
    return d->faults.add(rule, errorMessage);
}

void SandboxServer::clearFaults()
{
    d->faults.clear();
}

QStringList SandboxServer::faults() const
{
    return d->faults.rules();
}

void SandboxServer::setLatency(int ms)
{
    d->latencyMs = std::max(0, ms);
}

QList<QJsonObject> SandboxServer::resources(const QString &kind) const
{
    return d->resources(kind);
}

int SandboxServer::createCount(const QString &kind) const
{
    return d->context.store.createCount(kind);
}

void SandboxServer::advanceClock(qint64 seconds)
{
    d->context.clock.advance(seconds * 1000);
    d->context.dirty = true;
    d->persist();
}

} // namespace Dataflow::Sandbox
