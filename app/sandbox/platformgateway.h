// SPDX-License-Identifier: MIT
#pragma once

#include "catalogapi.h"
#include "conversionapi.h"
#include "flowserviceapi.h"
#include "httprequest.h"
#include "httpresponse.h"
#include "schemaregistryapi.h"

namespace Dataflow::Sandbox {

class SandboxContext;

/**
 * What the Adobe gateway and IMS do before a service sees a request: the token endpoint,
 * then Authorization, x-api-key, x-gw-ims-org-id, x-sandbox-name and Content-Type checks,
 * then dispatch to the service by path.
 */
class PlatformGateway final
{
public:
    explicit PlatformGateway(SandboxContext &context);

    HttpResponse handle(const HttpRequest &request);
    const FlowServiceApi &flowService() const { return m_flowService; }

private:
    HttpResponse issueToken(const HttpRequest &request);
    /** An error answer when the headers are refused; status 0 when accepted. */
    HttpResponse checkHeaders(const HttpRequest &request);

    SandboxContext &m_context;
    FlowServiceApi m_flowService;
    SchemaRegistryApi m_schemaRegistry;
    CatalogApi m_catalog;
    ConversionApi m_conversion;
};

} // namespace Dataflow::Sandbox
