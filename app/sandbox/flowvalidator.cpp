// SPDX-License-Identifier: MIT
#include "flowvalidator.h"

#include "jsonschemacheck.h"
#include "sandboxcontext.h"

#include <QJsonArray>
#include <QSet>

namespace Dataflow::Sandbox {

namespace {

const QString crmToAepName = QStringLiteral("CRMToAEP");
const QString dataLakeSpecId = QStringLiteral("c604ff05-7f1a-43c0-8e18-33bf874cb11c");

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QJsonObject obj(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toObject();
}

// valijson reports an if/then/else failure at every level; the first, innermost line says it all.
QString firstProblems(const QStringList &problems)
{
    QStringList kept;
    for (const QString &problem : problems) {
        if (!problem.contains(QLatin1String("Failed to validate against")) && !kept.contains(problem))
            kept.append(problem);
    }
    return (kept.isEmpty() ? problems.mid(0, 1) : kept).join(QLatin1String("; "));
}

FlowViolation invalid(const QString &message)
{
    return FlowViolation::bad(1400, QStringLiteral("Bad request"), message);
}

FlowViolation requireName(const QJsonObject &body)
{
    if (str(body, "name").trimmed().isEmpty())
        return invalid(QStringLiteral("Field 'name' is required"));
    return {};
}

bool isDateTimeColumn(const QJsonObject &column)
{
    return column.value(QLatin1String("meta:xdmType")).toString() == QLatin1String("date-time")
        || column.value(QLatin1String("xdm"))[QLatin1String("format")].toString() == QLatin1String("date-time");
}

bool arrayContains(const QJsonValue &array, const QString &value)
{
    for (const QJsonValue &item : array.toArray()) {
        if (item.toString() == value)
            return true;
    }
    return false;
}

} // namespace

FlowValidator::FlowValidator(SandboxContext &context)
    : m_context(context)
{
}

FlowViolation FlowValidator::connection(const QJsonObject &body) const
{
    if (FlowViolation v = requireName(body); !v.ok())
        return v;
    const QString specId = str(obj(body, "connectionSpec"), "id");
    const QJsonObject spec = m_context.demo.connectionSpec(specId);
    if (spec.isEmpty())
        return FlowViolation::bad(1413, QStringLiteral("Invalid connection spec id"),
                                  QStringLiteral("Connection spec id '%1' is not valid").arg(specId));
    const QJsonArray authSpecs = spec.value(QLatin1String("authSpec")).toArray();
    const QJsonObject auth = obj(body, "auth");
    if (authSpecs.isEmpty())
        return {};
    const QString specName = str(auth, "specName");
    for (const QJsonValue &candidate : authSpecs) {
        if (candidate[QLatin1String("name")].toString() != specName)
            continue;
        const QStringList problems = JsonSchemaCheck::validate(candidate[QLatin1String("spec")].toObject(),
                                                               auth.value(QLatin1String("params")));
        if (!problems.isEmpty())
            return invalid(QStringLiteral("Invalid auth params for '%1': %2").arg(specName, firstProblems(problems)));
        return {};
    }
    return FlowViolation::bad(1415, QStringLiteral("Auth spec not found"),
                              QStringLiteral("Auth spec name '%1' not found for connection spec %2").arg(specName, specId));
}

FlowViolation FlowValidator::sourceConnection(const QJsonObject &body) const
{
    if (FlowViolation v = requireName(body); !v.ok())
        return v;
    const QString specId = str(obj(body, "connectionSpec"), "id");
    if (m_context.demo.connectionSpec(specId).isEmpty())
        return FlowViolation::bad(1413, QStringLiteral("Invalid connection spec id"),
                                  QStringLiteral("Connection spec id '%1' is not valid").arg(specId));
    const QString baseId = str(body, "baseConnectionId");
    const QJsonObject base = m_context.store.get(QStringLiteral("connections"), baseId);
    if (base.isEmpty())
        return invalid(QStringLiteral("Base connection '%1' not found").arg(baseId));
    if (str(obj(base, "connectionSpec"), "id") != specId)
        return invalid(QStringLiteral("Connection spec %1 differs from the base connection's spec %2")
                           .arg(specId, str(obj(base, "connectionSpec"), "id")));
    if (str(obj(body, "data"), "format") != QLatin1String("tabular"))
        return invalid(QStringLiteral("data.format must be 'tabular' for this source"));
    const QJsonObject params = obj(body, "params");
    const QString tableName = str(params, "tableName");
    const QJsonObject table = m_context.demo.sourceTable(specId, tableName);
    if (table.isEmpty())
        return invalid(QStringLiteral("Table '%1' does not exist in the source").arg(tableName));
    QSet<QString> known;
    for (const QJsonValue &column : table.value(QLatin1String("columns")).toArray())
        known.insert(column[QLatin1String("name")].toString());
    for (const QJsonValue &column : params.value(QLatin1String("columns")).toArray()) {
        const QString name = column[QLatin1String("name")].toString();
        if (!known.contains(name))
            return invalid(QStringLiteral("Column '%1' does not exist in table '%2'").arg(name, tableName));
    }
    return {};
}

FlowViolation FlowValidator::targetConnection(const QJsonObject &body) const
{
    if (FlowViolation v = requireName(body); !v.ok())
        return v;
    const QString specId = str(obj(body, "connectionSpec"), "id");
    const QJsonObject spec = m_context.demo.connectionSpec(specId);
    if (spec.isEmpty())
        return FlowViolation::bad(1413, QStringLiteral("Invalid connection spec id"),
                                  QStringLiteral("Connection spec id '%1' is not valid").arg(specId));
    if (specId != dataLakeSpecId)
        return invalid(QStringLiteral("Connection spec %1 is not a target connection spec").arg(specId));
    const QJsonObject schema = obj(obj(body, "data"), "schema");
    const QString schemaId = str(schema, "id");
    if (m_context.schema(schemaId).isEmpty())
        return invalid(QStringLiteral("Schema '%1' not found").arg(schemaId));
    const QString dataSetId = str(obj(body, "params"), "dataSetId");
    const QJsonObject dataset = m_context.store.get(QStringLiteral("dataSets"), dataSetId);
    if (dataset.isEmpty())
        return invalid(QStringLiteral("Dataset '%1' not found").arg(dataSetId));
    if (str(obj(dataset, "schemaRef"), "id") != schemaId)
        return FlowViolation::bad(1425, QStringLiteral("Schema mismatch"),
                                  QStringLiteral("The schema of dataset %1 (%2) differs from the target connection schema %3")
                                      .arg(dataSetId, str(obj(dataset, "schemaRef"), "id"), schemaId));
    return {};
}

FlowViolation FlowValidator::flow(const QJsonObject &body, bool creating) const
{
    if (creating && body.contains(QLatin1String("state")))
        return FlowViolation::bad(1410, QStringLiteral("State not allowed"),
                                  QStringLiteral("Field 'state' is not allowed when creating a flow"));
    if (FlowViolation v = requireName(body); !v.ok())
        return v;
    const QString flowSpecId = str(obj(body, "flowSpec"), "id");
    const QJsonObject flowSpec = m_context.demo.flowSpec(flowSpecId);
    if (flowSpec.isEmpty())
        return FlowViolation::bad(1413, QStringLiteral("Invalid flow spec id"),
                                  QStringLiteral("Flow spec id '%1' is not valid").arg(flowSpecId));
    if (str(flowSpec, "name") != crmToAepName)
        return invalid(QStringLiteral("Flow spec %1 does not support table sources").arg(flowSpecId));
    const QJsonArray sourceIds = body.value(QLatin1String("sourceConnectionIds")).toArray();
    const QJsonArray targetIds = body.value(QLatin1String("targetConnectionIds")).toArray();
    if (sourceIds.size() != 1 || targetIds.size() != 1)
        return invalid(QStringLiteral("Exactly one source and one target connection id are required"));
    const QJsonObject source = m_context.store.get(QStringLiteral("sourceConnections"), sourceIds.at(0).toString());
    if (source.isEmpty())
        return invalid(QStringLiteral("Source connection '%1' not found").arg(sourceIds.at(0).toString()));
    const QJsonObject target = m_context.store.get(QStringLiteral("targetConnections"), targetIds.at(0).toString());
    if (target.isEmpty())
        return invalid(QStringLiteral("Target connection '%1' not found").arg(targetIds.at(0).toString()));
    const QString sourceSpec = str(obj(source, "connectionSpec"), "id");
    const QString targetSpec = str(obj(target, "connectionSpec"), "id");
    if (!arrayContains(flowSpec.value(QLatin1String("sourceConnectionSpecIds")), sourceSpec))
        return FlowViolation::bad(1413, QStringLiteral("Invalid connection spec id"),
                                  QStringLiteral("Flow spec %1 does not support source connection spec %2").arg(flowSpecId, sourceSpec));
    if (!arrayContains(flowSpec.value(QLatin1String("targetConnectionSpecIds")), targetSpec))
        return FlowViolation::bad(1413, QStringLiteral("Invalid connection spec id"),
                                  QStringLiteral("Flow spec %1 does not support target connection spec %2").arg(flowSpecId, targetSpec));
    if (FlowViolation v = transformations(flowSpec, body, source, target); !v.ok())
        return v;
    if (FlowViolation v = schedule(flowSpec, body); !v.ok())
        return v;
    if (body.contains(QLatin1String("options"))) {
        const QStringList problems = JsonSchemaCheck::validate(
            flowSpec.value(QLatin1String("optionSpec"))[QLatin1String("spec")].toObject(), body.value(QLatin1String("options")));
        if (!problems.isEmpty())
            return invalid(QStringLiteral("Invalid options: %1").arg(firstProblems(problems)));
    }
    return {};
}

FlowViolation FlowValidator::schedule(const QJsonObject &flowSpec, const QJsonObject &body) const
{
    if (!body.contains(QLatin1String("scheduleParams")))
        return invalid(QStringLiteral("Field 'scheduleParams' is required"));
    const QJsonObject params = obj(body, "scheduleParams");
    const QStringList problems = JsonSchemaCheck::validate(
        flowSpec.value(QLatin1String("scheduleSpec"))[QLatin1String("spec")].toObject(), params);
    if (!problems.isEmpty())
        return invalid(QStringLiteral("Invalid scheduleParams: %1").arg(firstProblems(problems)));
    // The spec says integer; epoch milliseconds are a classic mistake the Platform refuses too.
    const double startTime = params.value(QLatin1String("startTime")).toDouble();
    if (startTime > 99999999999.0)
        return invalid(QStringLiteral("scheduleParams.startTime must be epoch seconds, not milliseconds"));
    return {};
}

FlowViolation FlowValidator::transformations(const QJsonObject &flowSpec, const QJsonObject &body,
                                             const QJsonObject &source, const QJsonObject &target) const
{
    const QJsonArray specs = flowSpec.value(QLatin1String("transformationSpecs")).toArray();
    for (const QJsonValue &value : body.value(QLatin1String("transformations")).toArray()) {
        const QJsonObject transformation = value.toObject();
        const QString name = str(transformation, "name");
        const QJsonObject params = obj(transformation, "params");
        QJsonObject spec;
        for (const QJsonValue &candidate : specs) {
            if (candidate[QLatin1String("name")].toString() == name)
                spec = candidate[QLatin1String("spec")].toObject();
        }
        if (spec.isEmpty())
            return invalid(QStringLiteral("Transformation '%1' is not defined by the flow spec").arg(name));
        const QStringList problems = JsonSchemaCheck::validate(spec, params);
        if (!problems.isEmpty())
            return invalid(QStringLiteral("Invalid %1 params: %2").arg(name, firstProblems(problems)));
        if (name == QLatin1String("Copy")) {
            const QString column = str(obj(params, "deltaColumn"), "name");
            bool found = false;
            for (const QJsonValue &candidate : obj(source, "params").value(QLatin1String("columns")).toArray()) {
                if (candidate[QLatin1String("name")].toString() == column)
                    found = isDateTimeColumn(candidate.toObject());
            }
            if (!found)
                return invalid(QStringLiteral("deltaColumn '%1' is not a date-time column of the source connection").arg(column));
        } else if (name == QLatin1String("Mapping")) {
            const QString mappingId = str(params, "mappingId");
            const QJsonObject mappingSet = m_context.store.get(QStringLiteral("mappingSets"), mappingId);
            const QString version = params.value(QLatin1String("mappingVersion")).toVariant().toString();
            if (mappingSet.isEmpty() || QString::number(mappingSet.value(QLatin1String("version")).toInt()) != version)
                return FlowViolation::bad(1412, QStringLiteral("Invalid mapping version"),
                                          QStringLiteral("Mapping set %1 with version %2 not found").arg(mappingId, version));
            const QString mappingSchema = mappingSet.value(QLatin1String("outputSchema"))[QLatin1String("schemaRef")][QLatin1String("id")].toString();
            const QString targetSchema = obj(obj(target, "data"), "schema").value(QLatin1String("id")).toString();
            if (mappingSchema != targetSchema)
                return FlowViolation::bad(1425, QStringLiteral("Schema mismatch"),
                                          QStringLiteral("Mapping schema %1 differs from the target dataset schema %2").arg(mappingSchema, targetSchema));
        }
    }
    return {};
}

} // namespace Dataflow::Sandbox
