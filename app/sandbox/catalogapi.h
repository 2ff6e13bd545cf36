// SPDX-License-Identifier: MIT
#pragma once

#include "httprequest.h"
#include "httpresponse.h"

namespace Dataflow::Sandbox {

class SandboxContext;

/** /data/foundation/catalog/dataSets (CONTRACT §6): objects keyed by id, start/limit paging. */
class CatalogApi final
{
public:
    explicit CatalogApi(SandboxContext &context);
    HttpResponse handle(const HttpRequest &request, const QStringList &route);

private:
    HttpResponse list(const HttpRequest &request);
    HttpResponse getOne(const HttpRequest &request, const QString &id);
    HttpResponse create(const HttpRequest &request);
    HttpResponse remove(const HttpRequest &request, const QString &id);

    SandboxContext &m_context;
};

} // namespace Dataflow::Sandbox
