// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <memory>
#include <optional>

namespace Dataflow::Core {

/** One problem with one field, worded for a person, plus the validator's own text for "Details…". */
struct FieldProblem
{
    QString field;     ///< e.g. "scheduleParams.interval", "options.partialIngestionPercent", "transformations.Copy.deltaColumn.name"
    QString message;   ///< e.g. "The interval must be at least 15 minutes when the frequency is minute."
    QString technical; ///< the JSON Schema validator's message and context path
};

/**
 * Validates flow parameters against the JSON Schemas of the CRMToAEP flow spec (CONTRACT §3.7):
 * scheduleSpec.spec, optionSpec.spec and transformationSpecs[].spec (older "transformationSpec" too).
 * Uses valijson; messages are mapped to sentences naming the field.
 *
 * Copyable value type (the compiled schemas are shared, immutable); validate* are const and thread-safe.
 */
class FlowSpecValidator final
{
    Q_DECLARE_TR_FUNCTIONS(Dataflow::Core::FlowSpecValidator)

public:
    /**
     * Builds the validator from the flow spec object (items[0] of GET /flowSpecs; a whole
     * {"items":[…]} response is accepted too). Returns nullopt and sets @p error if a schema is
     * missing or cannot be parsed.
     */
    static std::optional<FlowSpecValidator> fromFlowSpec(const QJsonObject &flowSpec, QString *error);

    QList<FieldProblem> validateSchedule(const QJsonObject &scheduleParams) const;
    QList<FieldProblem> validateOptions(const QJsonObject &options) const;
    /** @p name is the transformation name ("Copy", "Mapping"); an unknown name is itself a problem. */
    QList<FieldProblem> validateTransformation(const QString &name, const QJsonObject &params) const;

    QStringList transformationNames() const;
    QString flowSpecId() const { return m_id; }
    QString flowSpecVersion() const { return m_version; }

    FlowSpecValidator(const FlowSpecValidator &) = default;
    FlowSpecValidator &operator=(const FlowSpecValidator &) = default;
    ~FlowSpecValidator();

    struct CompiledSchema; // private detail, defined in the .cpp

private:
    FlowSpecValidator();

    QString m_id;
    QString m_version;
    std::shared_ptr<const CompiledSchema> m_schedule;
    std::shared_ptr<const CompiledSchema> m_options;
    QMap<QString, std::shared_ptr<const CompiledSchema>> m_transformations;
};

/** Offline copy of the flow spec, written through SafeFile as "<dir>/flowspec-crmtoaep.json". */
class FlowSpecCache final
{
public:
    static QString filePath(const QString &dir);
    static bool save(const QString &dir, const QJsonObject &flowSpec);
    /** Reads with StrictJson; nullopt if missing or corrupt. */
    static std::optional<QJsonObject> load(const QString &dir);

private:
    FlowSpecCache() = delete;
};

} // namespace Dataflow::Core
