// SPDX-License-Identifier: MIT
#include "jsonschemacheck.h"

#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include <exception>

namespace Dataflow::Sandbox::JsonSchemaCheck {

QStringList validate(const QJsonObject &schema, const QJsonValue &instance)
{
    QStringList problems;
    try {
        valijson::Schema parsed;
        valijson::SchemaParser parser;
        const QJsonValue schemaValue(schema);
        valijson::adapters::QtJsonAdapter schemaAdapter(schemaValue);
        parser.populateSchema(schemaAdapter, parsed);
        valijson::Validator validator;
        valijson::ValidationResults results;
        valijson::adapters::QtJsonAdapter target(instance);
        if (validator.validate(parsed, target, &results))
            return problems;
        valijson::ValidationResults::Error error;
        while (results.popError(error)) {
            QString where;
            for (const std::string &part : error.context)
                where += QString::fromStdString(part);
            problems.append(QStringLiteral("%1: %2").arg(where, QString::fromStdString(error.description)));
        }
        if (problems.isEmpty())
            problems.append(QStringLiteral("<root>: does not match the schema"));
    } catch (const std::exception &e) {
        problems.append(QStringLiteral("schema error: %1").arg(QString::fromUtf8(e.what())));
    }
    return problems;
}

} // namespace Dataflow::Sandbox::JsonSchemaCheck
