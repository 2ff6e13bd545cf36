// SPDX-License-Identifier: MIT
#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <QJsonObject>
#include <QList>

namespace Dataflow::Sandbox {

class SandboxContext;

/** /data/foundation/schemaregistry/…: stats, tenant schemas, global classes and field groups,
    with the Accept header rules of CONTRACT §5.1. */
class SchemaRegistryApi final
{
public:
    explicit SchemaRegistryApi(SandboxContext &context);
    HttpResponse handle(const HttpRequest &request, const QStringList &route);

private:
    HttpResponse stats(const HttpRequest &request);
    HttpResponse list(const HttpRequest &request, QList<QJsonObject> items, const QString &collectionPath);
    HttpResponse lookup(const HttpRequest &request, const QJsonObject &item, bool tenantSchema);
    HttpResponse createSchema(const HttpRequest &request);
    HttpResponse patchSchema(const HttpRequest &request, const QString &id);
    HttpResponse deleteSchema(const HttpRequest &request, const QString &id);

    SandboxContext &m_context;
};

} // namespace Dataflow::Sandbox
