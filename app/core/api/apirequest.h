// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <QUrlQuery>

namespace Dataflow::Core {

/** The Platform services, each under /data/foundation/<service> (CONTRACT 1.1). Ims is the token host. */
enum class Service { Ims, FlowService, SchemaRegistry, Catalog, Conversion };

/** One logical call, before base URLs and credentials are added. Pure value type (see Requests). */
struct ApiRequest
{
    QByteArray method = "GET";
    Service service = Service::FlowService;
    QString path;        // e.g. "/connections/abc"; already percent-encoded where needed
    QUrlQuery query;
    QByteArray body;     // JSON (or form for IMS)
    QByteArray contentType;
    QByteArray accept = "application/json";
    QByteArray ifMatch;
    QString label;       // short words for progress lines: "create base connection"

    bool isWrite() const { return method == "POST" || method == "PUT" || method == "PATCH"; }
    /** Safe to repeat when the outcome is unknown (RFC 9110 9.2.2). */
    bool isIdempotent() const { return method == "GET" || method == "DELETE" || method == "PUT"; }
};

/** A successful answer. json is parsed when the body is JSON. */
struct ApiResponse
{
    int status = 0;
    QByteArray body;
    QJsonDocument json;
    RawHeaders headers;
    QString requestId;
    int attempts = 1;
};

QString serviceBasePath(Service service);

} // namespace Dataflow::Core
