// SPDX-License-Identifier: MIT
// Test helper: a blocking-looking client over real loopback sockets for the sandbox tests.
#pragma once

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

struct TestReply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &pair : headers) {
            if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
                return pair.second;
        }
        return {};
    }
    /** "FLOW-1413-400" style code from a Flow Service / XDM / problem error body. */
    QString errorCode() const { return object().value(QLatin1String("type")).toString().section(QLatin1Char('/'), -1); }
};

class SandboxTestClient
{
public:
    explicit SandboxTestClient(const QUrl &base)
        : m_base(base)
    {
        m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }

    QString clientId = QStringLiteral("demo-client-id");
    QString clientSecret = QStringLiteral("demo-client-secret");
    QString orgId = QStringLiteral("DEMO0000000000000000ORG0@AdobeOrg");
    QString sandboxName = QStringLiteral("prod");
    QString token;

    TestReply requestToken(const QString &id, const QString &secret)
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        form.addQueryItem(QStringLiteral("client_id"), id);
        form.addQueryItem(QStringLiteral("client_secret"), secret);
        form.addQueryItem(QStringLiteral("scope"), QStringLiteral("openid,AdobeID"));
        return send("POST", QStringLiteral("/ims/token/v3"), form.query(QUrl::FullyEncoded).toUtf8(),
                    {{"Content-Type", "application/x-www-form-urlencoded"}}, false);
    }

    bool authenticate()
    {
        const TestReply reply = requestToken(clientId, clientSecret);
        token = reply.object().value(QLatin1String("access_token")).toString();
        return reply.status == 200 && !token.isEmpty();
    }

    /** Sends with the four Platform headers unless platformHeaders is false; extra headers
        override (an empty value removes the header). */
    TestReply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                   const QList<QPair<QByteArray, QByteArray>> &extra = {}, bool platformHeaders = true,
                   int timeoutMs = 15000)
    {
        QNetworkRequest request(QUrl(m_base.toString() + path));
        request.setTransferTimeout(timeoutMs);
        QList<QPair<QByteArray, QByteArray>> headers;
        if (platformHeaders) {
            headers = {{"Authorization", "Bearer " + token.toUtf8()},
                       {"x-api-key", clientId.toUtf8()},
                       {"x-gw-ims-org-id", orgId.toUtf8()},
                       {"x-sandbox-name", sandboxName.toUtf8()}};
            if (!body.isEmpty())
                headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        }
        for (const auto &header : extra) {
            headers.erase(std::remove_if(headers.begin(), headers.end(),
                                         [&header](const auto &h) { return h.first.compare(header.first, Qt::CaseInsensitive) == 0; }),
                          headers.end());
            if (!header.second.isEmpty())
                headers.append(header);
        }
        for (const auto &header : headers)
            request.setRawHeader(header.first, header.second);
        QNetworkReply *reply = nullptr;
        if (method == "GET")
            reply = m_nam.get(request);
        else if (method == "POST")
            reply = m_nam.post(request, body);
        else if (method == "PUT")
            reply = m_nam.put(request, body);
        else if (method == "DELETE")
            reply = m_nam.deleteResource(request);
        else
            reply = m_nam.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs + 5000, &loop, &QEventLoop::quit);
        loop.exec();
        TestReply out;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.error = reply->isFinished() ? reply->error() : QNetworkReply::TimeoutError;
        out.body = reply->readAll();
        out.headers = reply->rawHeaderPairs();
        if (!reply->isFinished())
            reply->abort();
        reply->deleteLater();
        return out;
    }

    TestReply get(const QString &path, const QList<QPair<QByteArray, QByteArray>> &extra = {})
    {
        return send("GET", path, {}, extra);
    }
    TestReply post(const QString &path, const QJsonValue &body, const QList<QPair<QByteArray, QByteArray>> &extra = {})
    {
        const QByteArray bytes = body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                                : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
        return send("POST", path, bytes, extra);
    }
    TestReply patch(const QString &path, const QJsonArray &body, const QByteArray &ifMatch)
    {
        QList<QPair<QByteArray, QByteArray>> extra;
        if (!ifMatch.isEmpty())
            extra.append({"If-Match", ifMatch});
        return send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact), extra);
    }
    TestReply del(const QString &path) { return send("DELETE", path); }

    QNetworkAccessManager &nam() { return m_nam; }

private:
    QUrl m_base;
    QNetworkAccessManager m_nam;
};

namespace SandboxPaths {
inline const QString flow = QStringLiteral("/data/foundation/flowservice");
inline const QString schemas = QStringLiteral("/data/foundation/schemaregistry");
inline const QString catalog = QStringLiteral("/data/foundation/catalog");
inline const QString conversion = QStringLiteral("/data/foundation/conversion");
inline const QString sscSpec = QStringLiteral("cb66ab34-8619-49cb-96d1-39b37ede86ea");
inline const QString serviceNowSpec = QStringLiteral("eb13cb25-47ab-407f-ba89-c0125281c563");
inline const QString dataLakeSpec = QStringLiteral("c604ff05-7f1a-43c0-8e18-33bf874cb11c");
inline const QString crmToAep = QStringLiteral("14518937-270c-4525-bdec-c2ba7cce3860");
inline const QString profileClass = QStringLiteral("https://ns.adobe.com/xdm/context/profile");
inline const QByteArray fullAccept = "application/vnd.adobe.xed-full+json; version=1";
} // namespace SandboxPaths
