// SPDX-License-Identifier: MIT
#include "api/flowspecvalidator.h"

#include "session/safefile.h"
#include "session/strictjson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>
#include <exception>
#include <string>
#include <vector>

// Without this valijson calls abort() on a schema it cannot parse; only this file includes it.
#ifndef VALIJSON_USE_EXCEPTIONS
#define VALIJSON_USE_EXCEPTIONS 1
#endif
#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

namespace Dataflow::Core {

struct FlowSpecValidator::CompiledSchema
{
    QJsonObject spec;
    valijson::Schema schema;
};

namespace {

using Compiled = FlowSpecValidator::CompiledSchema;

struct RawError
{
    QStringList path; ///< property names and "[n]" indexes below the validated object
    QString description;
};

std::shared_ptr<const Compiled> compile(const QJsonObject &spec, const QString &what, QString *error)
{
    auto compiled = std::make_shared<Compiled>();
    compiled->spec = spec;
    try {
        valijson::SchemaParser parser;
        valijson::adapters::QtJsonAdapter adapter{QJsonValue(spec)};
        parser.populateSchema(adapter, compiled->schema);
    } catch (const std::exception &e) {
        if (error)
            *error = FlowSpecValidator::tr("The %1 schema of the flow spec cannot be used: %2")
                         .arg(what, QString::fromStdString(e.what()));
        return nullptr;
    }
    return compiled;
}

std::vector<RawError> run(const Compiled &compiled, const QJsonObject &target)
{
    valijson::Validator validator(valijson::Validator::kStrongTypes);
    valijson::ValidationResults results;
    valijson::adapters::QtJsonAdapter adapter{QJsonValue(target)};
    std::vector<RawError> out;
    if (validator.validate(compiled.schema, adapter, &results))
        return out;
    valijson::ValidationResults::Error e;
    while (results.popError(e)) {
        RawError raw;
        for (const std::string &part : e.context) {
            if (part == "<root>")
                continue;
            QString p = QString::fromStdString(part);
            if (p.startsWith(QLatin1Char('[')) && p.endsWith(QLatin1Char(']'))) {
                const QString inner = p.mid(1, p.size() - 2);
                bool isIndex = false;
                inner.toInt(&isIndex);
                p = isIndex ? p : inner;
            }
            raw.path << p;
        }
        raw.description = QString::fromStdString(e.description);
        out.push_back(raw);
    }
    return out;
}

QString joinPath(const QString &prefix, const QStringList &path)
{
    QString out = prefix;
    for (const QString &p : path) {
        if (p.startsWith(QLatin1Char('[')))
            out += p;
        else
            out += (out.isEmpty() ? QString() : QStringLiteral(".")) + p;
    }
    return out;
}

// The schema of the property at @p path (properties only; enough for these flat specs).
QJsonObject schemaAt(const QJsonObject &spec, const QStringList &path)
{
    QJsonObject node = spec;
    for (const QString &p : path) {
        if (p.startsWith(QLatin1Char('[')))
            node = node.value(QLatin1String("items")).toObject();
        else
            node = node.value(QLatin1String("properties")).toObject().value(p).toObject();
    }
    return node;
}

QJsonValue valueAt(const QJsonObject &target, const QStringList &path)
{
    QJsonValue node = target;
    for (const QString &p : path) {
        if (p.startsWith(QLatin1Char('[')))
            node = node.toArray().at(p.mid(1, p.size() - 2).toInt());
        else
            node = node.toObject().value(p);
    }
    return node;
}

QString label(const QStringList &path, const QJsonObject &schema)
{
    static const QMap<QString, const char *> names{
        {QStringLiteral("startTime"), QT_TRANSLATE_NOOP("Dataflow::Core::FlowSpecValidator", "start time")},
        {QStringLiteral("frequency"), QT_TRANSLATE_NOOP("Dataflow::Core::FlowSpecValidator", "frequency")},
        {QStringLiteral("interval"), QT_TRANSLATE_NOOP("Dataflow::Core::FlowSpecValidator", "interval")},
        {QStringLiteral("backfill"), QT_TRANSLATE_NOOP("Dataflow::Core::FlowSpecValidator", "backfill setting")},
        {QStringLiteral("errorDiagnosticsEnabled"),
         QT_TRANSLATE_NOOP("Dataflow::Core::FlowSpecValidator", "error diagnostics setting")},
        {QStringLiteral("partialIngestionPercent"),
         QT_TRANSLATE_NOOP("Dataflow::Core::FlowSpecValidator", "partial ingestion threshold")},
        {QStringLiteral("deltaColumn"), QT_TRANSLATE_NOOP("Dataflow::Core::FlowSpecValidator", "delta column")},
        {QStringLiteral("deltaColumn.name"),
         QT_TRANSLATE_NOOP("Dataflow::Core::FlowSpecValidator", "delta column name")},
        {QStringLiteral("deltaColumn.dateFormat"),
         QT_TRANSLATE_NOOP("Dataflow::Core::FlowSpecValidator", "delta column date format")},
        {QStringLiteral("deltaColumn.timezone"),
         QT_TRANSLATE_NOOP("Dataflow::Core::FlowSpecValidator", "delta column time zone")},
        {QStringLiteral("mappingId"), QT_TRANSLATE_NOOP("Dataflow::Core::FlowSpecValidator", "mapping id")},
        {QStringLiteral("mappingVersion"), QT_TRANSLATE_NOOP("Dataflow::Core::FlowSpecValidator", "mapping version")},
    };
    const QString key = joinPath(QString(), path);
    const auto it = names.constFind(key);
    if (it != names.constEnd())
        return FlowSpecValidator::tr(it.value());
    const QString title = schemaAt(schema, path).value(QLatin1String("title")).toString();
    if (!title.isEmpty())
        return title.endsWith(QLatin1Char('.')) ? title.chopped(1) : title;
    return key.isEmpty() ? FlowSpecValidator::tr("value") : QStringLiteral("“%1”").arg(key);
}

QString sentenceStart(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

QString typeWords(const QString &type)
{
    if (type == QLatin1String("integer"))
        return FlowSpecValidator::tr("a whole number");
    if (type == QLatin1String("number"))
        return FlowSpecValidator::tr("a number");
    if (type == QLatin1String("boolean"))
        return FlowSpecValidator::tr("true or false");
    if (type == QLatin1String("string"))
        return FlowSpecValidator::tr("text");
    if (type == QLatin1String("object"))
        return FlowSpecValidator::tr("a group of fields");
    if (type == QLatin1String("array"))
        return FlowSpecValidator::tr("a list");
    return type;
}

QString numberAfter(const QString &description, const QString &prefix)
{
    bool ok = false;
    const double v = description.mid(prefix.size()).trimmed().toDouble(&ok);
    return ok ? QString::number(v, 'g', 15) : description.mid(prefix.size()).trimmed();
}

enum class Kind { Schedule, Options, Transformation };

// Turns valijson's messages into one sentence per field. Wrapper messages ("Failed to validate
// against …") only repeat what their children say and are dropped.
QList<FieldProblem> toProblems(Kind kind, const QString &prefix, const Compiled &compiled, const QJsonObject &target,
                               const std::vector<RawError> &errors)
{
    QList<FieldProblem> problems;
    QSet<QString> seen;
    const auto add = [&](const QString &field, const QString &message, const QString &technical) {
        const QString key = field + QLatin1Char('\n') + message;
        if (seen.contains(key))
            return;
        seen.insert(key);
        problems.append({field, message, technical});
    };
    const QString frequency = target.value(QLatin1String("frequency")).toString();
    const QString unknownPrefix = QStringLiteral(
        "Object contains a property that could not be validated using 'properties' or 'additionalProperties' constraints: '");

    // Errors that say the same thing about the start time as the millisecond check are replaced by it.
    bool startTimeInMs = false;
    if (kind == Kind::Schedule) {
        const QJsonValue start = target.value(QLatin1String("startTime"));
        if (start.isDouble() && start.toDouble() > 1e11) {
            startTimeInMs = true;
            add(joinPath(prefix, {QStringLiteral("startTime")}),
                FlowSpecValidator::tr("The start time looks like milliseconds; use seconds since 1 January 1970 (UTC)."),
                QStringLiteral("startTime %1 > 1e11").arg(QString::number(start.toDouble(), 'f', 0)));
        }
    }

    for (const RawError &e : errors) {
        const QString d = e.description;
        const QString technical = QStringLiteral("%1 at %2").arg(d, joinPath(QStringLiteral("<root>"), e.path));
        if (d.startsWith(QLatin1String("Failed to validate against")) || d.startsWith(QLatin1String("Failed to validate item"))
            || d.startsWith(QLatin1String("Failed to any values"))) {
            continue;
        }
        const QString field = joinPath(prefix, e.path);
        const QJsonObject schema = schemaAt(compiled.spec, e.path);
        const QString name = label(e.path, compiled.spec);
        const QString last = e.path.isEmpty() ? QString() : e.path.constLast();

        if (d.startsWith(QLatin1String("Missing required property '"))) {
            const QString property = d.mid(27).section(QLatin1Char('\''), 0, 0);
            const QStringList path = e.path + QStringList{property};
            const QString f = joinPath(prefix, path);
            if (kind == Kind::Schedule && e.path.isEmpty() && property == QLatin1String("interval"))
                add(f, FlowSpecValidator::tr("Enter an interval: it is required unless the frequency is once."), technical);
            else if (kind == Kind::Schedule && e.path.isEmpty() && property == QLatin1String("startTime"))
                add(f, FlowSpecValidator::tr("Choose a start time."), technical);
            else if (kind == Kind::Schedule && e.path.isEmpty() && property == QLatin1String("frequency"))
                add(f, FlowSpecValidator::tr("Choose a frequency."), technical);
            else
                add(f, FlowSpecValidator::tr("The %1 is required.").arg(label(path, compiled.spec)), technical);
        } else if (d.startsWith(QLatin1String("Value type not permitted"))) {
            const QJsonValue typeValue = schema.value(QLatin1String("type"));
            QString type = typeValue.toString();
            if (typeValue.isArray()) { // e.g. ["string", "integer"]
                QStringList words;
                for (const QJsonValue &t : typeValue.toArray())
                    words << typeWords(t.toString());
                type = words.join(FlowSpecValidator::tr(" or "));
            }
            const QJsonValue value = valueAt(target, e.path);
            if (startTimeInMs && last == QLatin1String("startTime") && e.path.size() == 1)
                continue;
            // Qt's JSON adapter only treats values in int range as integers: a whole number is fine.
            if (type == QLatin1String("integer") && value.isDouble() && std::floor(value.toDouble()) == value.toDouble())
                continue;
            if (kind == Kind::Schedule && e.path == QStringList{QStringLiteral("startTime")} && value.isString())
                add(field, FlowSpecValidator::tr("The start time must be a number of seconds since 1 January 1970 (UTC), not text."),
                    technical);
            else if (type == QLatin1String("string") && value.isDouble())
                add(field, FlowSpecValidator::tr("The %1 must be text (for example \"%2\"), not a number.")
                               .arg(name, QString::number(value.toDouble(), 'g', 15)),
                    technical);
            else
                add(field, FlowSpecValidator::tr("The %1 must be %2.").arg(name, typeValue.isArray() ? type : typeWords(type)),
                    technical);
        } else if (d.startsWith(QLatin1String("Failed to match against any enum values"))) {
            QStringList allowed;
            for (const QJsonValue &v : schema.value(QLatin1String("enum")).toArray())
                allowed << v.toVariant().toString();
            add(field, FlowSpecValidator::tr("The %1 must be one of: %2.").arg(name, allowed.join(QStringLiteral(", "))),
                technical);
        } else if (d.startsWith(QLatin1String("Expected number greater than or equal to "))) {
            const QString minimum = numberAfter(d, QStringLiteral("Expected number greater than or equal to "));
            if (kind == Kind::Schedule && last == QLatin1String("interval") && frequency == QLatin1String("minute"))
                add(field, FlowSpecValidator::tr("The interval must be at least %1 minutes when the frequency is minute.").arg(minimum),
                    technical);
            else
                add(field, FlowSpecValidator::tr("The %1 must be at least %2.").arg(name, minimum), technical);
        } else if (d.startsWith(QLatin1String("Expected number greater than "))) {
            add(field, FlowSpecValidator::tr("The %1 must be greater than %2.")
                           .arg(name, numberAfter(d, QStringLiteral("Expected number greater than "))),
                technical);
        } else if (d.startsWith(QLatin1String("Expected number less than or equal to "))) {
            add(field, FlowSpecValidator::tr("The %1 must be at most %2.")
                           .arg(name, numberAfter(d, QStringLiteral("Expected number less than or equal to "))),
                technical);
        } else if (d.startsWith(QLatin1String("Expected number less than "))) {
            add(field, FlowSpecValidator::tr("The %1 must be less than %2.")
                           .arg(name, numberAfter(d, QStringLiteral("Expected number less than "))),
                technical);
        } else if (d.startsWith(QLatin1String("Target should not validate against schema specified in 'not'"))) {
            if (kind == Kind::Schedule && frequency == QLatin1String("once")) {
                if (target.contains(QLatin1String("interval")))
                    add(joinPath(prefix, {QStringLiteral("interval")}),
                        FlowSpecValidator::tr("Leave the interval empty when the frequency is once."), technical);
                if (target.contains(QLatin1String("backfill")))
                    add(joinPath(prefix, {QStringLiteral("backfill")}),
                        FlowSpecValidator::tr("Backfill cannot be set when the frequency is once."), technical);
            } else {
                add(field, FlowSpecValidator::tr("The %1 is not allowed with these settings.").arg(name), technical);
            }
        } else if (d.startsWith(unknownPrefix)) {
            const QString property = d.mid(unknownPrefix.size()).chopped(2);
            add(joinPath(prefix, e.path + QStringList{property}),
                kind == Kind::Options ? FlowSpecValidator::tr("The option “%1” is not known.").arg(property)
                                      : FlowSpecValidator::tr("The field “%1” is not known.").arg(property),
                technical);
        } else if (d.startsWith(QLatin1String("Failed to match expected value set by 'const'"))) {
            continue; // only the if-part of if/then/else produces these
        } else {
            add(field, FlowSpecValidator::tr("The %1 is not valid.").arg(name), technical);
        }
    }

    for (FieldProblem &p : problems)
        p.message = sentenceStart(p.message);

    // Never report "invalid" without a reason a person can act on.
    if (problems.isEmpty() && !errors.empty() && !startTimeInMs) {
        QStringList all;
        for (const RawError &e : errors)
            all << e.description;
        bool onlyAdapterNoise = true;
        for (const RawError &e : errors) {
            const QJsonValue v = valueAt(target, e.path);
            const bool wholeNumber = v.isDouble() && std::floor(v.toDouble()) == v.toDouble();
            if (!(e.description.startsWith(QLatin1String("Failed to")) || (e.description.startsWith(QLatin1String("Value type")) && wholeNumber)))
                onlyAdapterNoise = false;
        }
        if (!onlyAdapterNoise)
            problems.append({prefix, FlowSpecValidator::tr("These settings are not accepted by the flow spec."),
                             all.join(QLatin1Char('\n'))});
    }
    return problems;
}

QJsonObject unwrapItems(const QJsonObject &object)
{
    if (object.contains(QLatin1String("items")) && !object.contains(QLatin1String("scheduleSpec")))
        return object.value(QLatin1String("items")).toArray().at(0).toObject();
    return object;
}

} // namespace

FlowSpecValidator::FlowSpecValidator() = default;
FlowSpecValidator::~FlowSpecValidator() = default;

std::optional<FlowSpecValidator> FlowSpecValidator::fromFlowSpec(const QJsonObject &flowSpecIn, QString *error)
{
    const QJsonObject flowSpec = unwrapItems(flowSpecIn);
    FlowSpecValidator v;
    v.m_id = flowSpec.value(QLatin1String("id")).toString();
    v.m_version = flowSpec.value(QLatin1String("version")).toString();

    const QJsonObject scheduleSpec = flowSpec.value(QLatin1String("scheduleSpec")).toObject()
                                         .value(QLatin1String("spec")).toObject();
    if (scheduleSpec.isEmpty()) {
        if (error)
            *error = tr("The flow spec has no schedule schema (scheduleSpec.spec).");
        return std::nullopt;
    }
    v.m_schedule = compile(scheduleSpec, QStringLiteral("scheduleSpec"), error);
    if (!v.m_schedule)
        return std::nullopt;

    const QJsonObject optionSpec = flowSpec.value(QLatin1String("optionSpec")).toObject()
                                       .value(QLatin1String("spec")).toObject();
    if (!optionSpec.isEmpty()) {
        v.m_options = compile(optionSpec, QStringLiteral("optionSpec"), error);
        if (!v.m_options)
            return std::nullopt;
    }

    QJsonArray transformations = flowSpec.value(QLatin1String("transformationSpecs")).toArray();
    if (transformations.isEmpty()) // older documents (CONTRACT §3.7)
        transformations = flowSpec.value(QLatin1String("transformationSpec")).toArray();
    for (const QJsonValue &t : std::as_const(transformations)) {
        const QJsonObject object = t.toObject();
        const QString name = object.value(QLatin1String("name")).toString();
        const QJsonObject spec = object.value(QLatin1String("spec")).toObject();
        if (name.isEmpty() || spec.isEmpty()) {
            if (error)
                *error = tr("A transformation in the flow spec has no name or no schema.");
            return std::nullopt;
        }
        auto compiled = compile(spec, QStringLiteral("transformation %1").arg(name), error);
        if (!compiled)
            return std::nullopt;
        v.m_transformations.insert(name, compiled);
    }
    return v;
}

QList<FieldProblem> FlowSpecValidator::validateSchedule(const QJsonObject &scheduleParams) const
{
    const QString prefix = QStringLiteral("scheduleParams");
    QList<FieldProblem> problems =
        toProblems(Kind::Schedule, prefix, *m_schedule, scheduleParams, run(*m_schedule, scheduleParams));
    // A start time in milliseconds passes the schema (it is an integer) but runs in the year 57000.
    const QJsonValue start = scheduleParams.value(QLatin1String("startTime"));
    if (start.isDouble() && start.toDouble() > 1e11) {
        const QString field = prefix + QStringLiteral(".startTime");
        bool reported = false;
        for (const FieldProblem &p : std::as_const(problems))
            reported = reported || p.field == field;
        if (!reported)
            problems.append({field, tr("The start time looks like milliseconds; use seconds since 1 January 1970 (UTC)."),
                             QStringLiteral("startTime > 1e11")});
    }
    return problems;
}

QList<FieldProblem> FlowSpecValidator::validateOptions(const QJsonObject &options) const
{
    if (!m_options)
        return {};
    return toProblems(Kind::Options, QStringLiteral("options"), *m_options, options, run(*m_options, options));
}

QList<FieldProblem> FlowSpecValidator::validateTransformation(const QString &name, const QJsonObject &params) const
{
    const QString prefix = QStringLiteral("transformations.") + name;
    const auto it = m_transformations.constFind(name);
    if (it == m_transformations.constEnd()) {
        return {{prefix,
                 tr("The flow spec has no transformation named “%1” (known: %2).")
                     .arg(name, transformationNames().join(QStringLiteral(", "))),
                 QStringLiteral("unknown transformation %1").arg(name)}};
    }
    return toProblems(Kind::Transformation, prefix, **it, params, run(**it, params));
}

QStringList FlowSpecValidator::transformationNames() const
{
    return m_transformations.keys();
}

QString FlowSpecCache::filePath(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("flowspec-crmtoaep.json"));
}

bool FlowSpecCache::save(const QString &dir, const QJsonObject &flowSpec)
{
    if (!QDir().mkpath(dir))
        return false;
    return !SafeFile::write(filePath(dir), QJsonDocument(flowSpec).toJson(QJsonDocument::Indented)).has_value();
}

std::optional<QJsonObject> FlowSpecCache::load(const QString &dir)
{
    QFile file(filePath(dir));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const auto doc = StrictJson::parse(file.readAll(), nullptr);
    if (!doc)
        return std::nullopt;
    return doc->object();
}

} // namespace Dataflow::Core
