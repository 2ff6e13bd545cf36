// SPDX-License-Identifier: MIT
#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <QString>

namespace Dataflow::Sandbox::ApiErrors {

/** Service whose error format an answer uses (CONTRACT §1.6). */
enum class Service { Ims, Gateway, FlowService, SchemaRegistry, Catalog, Conversion, Control };

Service serviceOf(const HttpRequest &request);

/** Gateway: {"error_code": "401013", "message": …}. */
HttpResponse gateway(const HttpRequest &request, int status, const QByteArray &code, const QString &message);
/** Flow Service: type …/FLOW-NNNN-SSS, title, status, report{…}, errorMessage, errorDetails. */
HttpResponse flow(const HttpRequest &request, int code, int status, const QString &title,
                  const QString &message, const QString &resourceType = {},
                  const QString &resourceId = {});
/** Schema Registry: type …/XDM-NNNN-SSS, title, status, report{registryRequestId, …}, detail. */
HttpResponse xdm(const HttpRequest &request, int code, int status, const QString &title,
                 const QString &detail);
/** Catalog (CAT-) and Data Prep (DAP-): problem type with report{request-id}, detail. */
HttpResponse problem(const HttpRequest &request, const QString &prefix, int code, int status,
                     const QString &title, const QString &detail);
/** {"type":"/placeholder/type/uri","status":400,"title":"BadRequestError","detail":…}. */
HttpResponse badRequest(const HttpRequest &request, const QString &detail);
/** IMS: {"error": …, "error_description": …}. */
HttpResponse oauth(int status, const QString &error, const QString &description);
/** An error in the format of the service the request addressed. */
HttpResponse forService(const HttpRequest &request, int code, int status, const QString &title,
                        const QString &detail);
HttpResponse notFound(const HttpRequest &request, const QString &what);

} // namespace Dataflow::Sandbox::ApiErrors
