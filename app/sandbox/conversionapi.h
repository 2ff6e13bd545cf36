// SPDX-License-Identifier: MIT
#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Dataflow::Sandbox {

class SandboxContext;

/** /data/foundation/conversion/mappingSets… (Data Prep, CONTRACT §7). No DELETE, like the API. */
class ConversionApi final
{
public:
    explicit ConversionApi(SandboxContext &context);
    HttpResponse handle(const HttpRequest &request, const QStringList &route);

private:
    HttpResponse list(const HttpRequest &request);
    HttpResponse create(const HttpRequest &request, const QString &replaceId);
    HttpResponse validate(const HttpRequest &request);
    HttpResponse preview(const HttpRequest &request);

    /** Per-mapping results {status, errors}; *schemaError set when the schema is unknown. */
    QJsonArray check(const QJsonObject &mappingSet, QString *schemaError);

    SandboxContext &m_context;
};

} // namespace Dataflow::Sandbox
