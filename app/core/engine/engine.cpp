// SPDX-License-Identifier: MIT
#include "engine.h"

#include "api/flowspecvalidator.h"
#include "api/redactor.h"
#include "api/requests.h"
#include "model/schemaindex.h"
#include "models/mappingvalidator.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimer>

namespace Dataflow::Core {

namespace {

struct StepInfo
{
    StepId id;
    const char *key;
    const char *label;
};

constexpr StepInfo kSteps[] = {
    {StepId::Token, "token", QT_TRANSLATE_NOOP("Engine", "Access token")},
    {StepId::Tenant, "tenant", QT_TRANSLATE_NOOP("Engine", "Tenant id")},
    {StepId::FlowSpec, "flowSpec", QT_TRANSLATE_NOOP("Engine", "Flow spec CRMToAEP")},
    {StepId::ConnectionSpec, "connectionSpec", QT_TRANSLATE_NOOP("Engine", "Source connection spec")},
    {StepId::BaseConnection, "baseConnection", QT_TRANSLATE_NOOP("Engine", "Base connection (account)")},
    {StepId::Explore, "explore", QT_TRANSLATE_NOOP("Engine", "Source table columns")},
    {StepId::Schema, "schema", QT_TRANSLATE_NOOP("Engine", "Target XDM schema")},
    {StepId::Dataset, "dataset", QT_TRANSLATE_NOOP("Engine", "Target dataset")},
    {StepId::SourceConnection, "sourceConnection", QT_TRANSLATE_NOOP("Engine", "Source connection")},
    {StepId::TargetConnection, "targetConnection", QT_TRANSLATE_NOOP("Engine", "Target connection (data lake)")},
    {StepId::MappingSet, "mappingSet", QT_TRANSLATE_NOOP("Engine", "Mapping set")},
    {StepId::Flow, "flow", QT_TRANSLATE_NOOP("Engine", "Dataflow")},
    {StepId::Verify, "verify", QT_TRANSLATE_NOOP("Engine", "Check for duplicates")},
};

constexpr StepId kRollbackOrder[] = {StepId::Flow, StepId::TargetConnection, StepId::SourceConnection,
                                     StepId::BaseConnection, StepId::Dataset, StepId::Schema};

QString withMarker(const QString &text, const QString &marker)
{
    return text.isEmpty() ? marker : text + QLatin1Char(' ') + marker;
}

bool carriesMarker(const QJsonObject &o, const QString &marker)
{
    for (const char *key : {"description", "name", "title"}) {
        if (o.value(QLatin1String(key)).toString().contains(marker))
            return true;
    }
    return false;
}

qint64 createdAt(const QJsonObject &o)
{
    for (const char *key : {"createdAt", "created", "createdDate"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined())
            return Shapes::toInteger(v, 0);
    }
    return 0;
}

QString resourceId(const QJsonObject &o)
{
    const QString id = o.value(QStringLiteral("id")).toString();
    return id.isEmpty() ? o.value(QStringLiteral("$id")).toString() : id;
}

StepStatus initialStatus(StepId id)
{
    StepStatus s;
    s.id = id;
    return s;
}

} // namespace

QString stepKey(StepId id)
{
    return QLatin1String(kSteps[int(id)].key);
}

QString stepLabel(StepId id)
{
    return QCoreApplication::translate("Engine", kSteps[int(id)].label);
}

/** Bodies of the creates, shared by apply and plan so that what is planned is what is sent. */
namespace Bodies {

QJsonObject specRef(const QString &id)
{
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("version"), QStringLiteral("1.0")}};
}

QJsonObject baseConnection(const Session &s, const QJsonObject &params, const QString &marker)
{
    const BaseConnectionSettings &base = s.source.baseConnection;
    return QJsonObject{
        {QStringLiteral("name"), base.name},
        {QStringLiteral("description"), withMarker(base.description, marker)},
        {QStringLiteral("auth"), QJsonObject{{QStringLiteral("specName"), base.authSpecName}, {QStringLiteral("params"), params}}},
        {QStringLiteral("connectionSpec"), specRef(s.source.connectionSpecId)},
    };
}

QJsonObject schema(const Session &s, const QString &marker)
{
    QJsonArray allOf{QJsonObject{{QStringLiteral("$ref"), s.schema.classId}}};
    for (const QString &fg : s.schema.fieldGroupIds)
        allOf.append(QJsonObject{{QStringLiteral("$ref"), fg}});
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                       {QStringLiteral("title"), s.schema.title},
                       {QStringLiteral("description"), withMarker(s.schema.description, marker)},
                       {QStringLiteral("allOf"), allOf}};
}

QJsonObject dataset(const Session &s, const QString &schemaId, const QString &marker)
{
    return QJsonObject{
        {QStringLiteral("name"), s.dataset.name},
        {QStringLiteral("description"), withMarker(s.dataset.description, marker)},
        {QStringLiteral("schemaRef"), QJsonObject{{QStringLiteral("id"), schemaId}, {QStringLiteral("contentType"), QLatin1String(Ids::xedDataset)}}},
    };
}

QString sourceConnectionName(const Session &s)
{
    return s.dataflow.name + Engine::tr(" — source");
}

QJsonObject sourceConnection(const Session &s, const QString &baseConnectionId, const QJsonValue &columns, const QString &marker)
{
    return QJsonObject{
        {QStringLiteral("name"), sourceConnectionName(s)},
        {QStringLiteral("description"), withMarker(Engine::tr("Table %1").arg(s.source.tableName), marker)},
        {QStringLiteral("baseConnectionId"), baseConnectionId},
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("format"), QStringLiteral("tabular")}}},
        {QStringLiteral("params"), QJsonObject{{QStringLiteral("tableName"), s.source.tableName}, {QStringLiteral("columns"), columns}}},
        {QStringLiteral("connectionSpec"), specRef(s.source.connectionSpecId)},
    };
}

QString targetConnectionName(const Session &s)
{
    return s.dataflow.name + Engine::tr(" — data lake");
}

QJsonObject targetConnection(const Session &s, const QString &schemaId, const QString &datasetId, const QString &marker)
{
    return QJsonObject{
        {QStringLiteral("name"), targetConnectionName(s)},
        {QStringLiteral("description"), withMarker(Engine::tr("Dataset %1").arg(datasetId), marker)},
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("format"), QStringLiteral("parquet_xdm")},
                                             {QStringLiteral("schema"), QJsonObject{{QStringLiteral("id"), schemaId}, {QStringLiteral("version"), QLatin1String(Ids::xedFull)}}}}},
        {QStringLiteral("params"), QJsonObject{{QStringLiteral("dataSetId"), datasetId}}},
        {QStringLiteral("connectionSpec"), specRef(QLatin1String(Ids::dataLakeSpec))},
    };
}

QString mappingSetName(const Session &s, const QString &marker)
{
    return withMarker(s.dataflow.name + Engine::tr(" mapping"), marker);
}

QJsonObject mappingSet(const Session &s, const QString &schemaId, const QString &tenantId, const QString &marker)
{
    QJsonArray mappings;
    for (MappingRow row : s.mapping) {
        row.destination = Session::resolveTenant(row.destination, tenantId);
        row.source = Session::resolveTenant(row.source, tenantId);
        mappings.append(row.toJson());
    }
    return QJsonObject{
        {QStringLiteral("name"), mappingSetName(s, marker)},
        {QStringLiteral("outputSchema"), QJsonObject{{QStringLiteral("schemaRef"), QJsonObject{{QStringLiteral("id"), schemaId}, {QStringLiteral("contentType"), QLatin1String(Ids::xedFull)}}}}},
        {QStringLiteral("mappings"), mappings},
    };
}

QJsonObject flow(const Session &s, const QString &flowSpecId, const QString &sourceId, const QString &targetId,
                 const QString &mappingId, const QJsonValue &mappingVersion, const QString &marker)
{
    QJsonObject body{
        {QStringLiteral("name"), s.dataflow.name},
        {QStringLiteral("description"), withMarker(s.dataflow.description, marker)},
        {QStringLiteral("flowSpec"), specRef(flowSpecId)},
        {QStringLiteral("sourceConnectionIds"), QJsonArray{sourceId}},
        {QStringLiteral("targetConnectionIds"), QJsonArray{targetId}},
        {QStringLiteral("transformations"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Copy")},
                                {QStringLiteral("params"), QJsonObject{{QStringLiteral("deltaColumn"), s.dataflow.deltaColumn}}}},
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("Mapping")},
                                {QStringLiteral("params"), QJsonObject{{QStringLiteral("mappingId"), mappingId},
                                                                       {QStringLiteral("mappingVersion"), mappingVersion}}}}}},
        {QStringLiteral("scheduleParams"), s.dataflow.schedule},
    };
    if (!s.dataflow.options.isEmpty())
        body.insert(QStringLiteral("options"), s.dataflow.options);
    return body;
}

} // namespace Bodies

/** How to create one resource and find it again by its marker. */
struct Engine::CreateSpec
{
    StepId step;
    ApiRequest create;
    ApiRequest list;                      // by name; filtered by marker client-side
    std::function<ApiRequest(const QString &id)> remove;
    std::function<ApiRequest(const QString &id)> get; // read one by id (resume)
    std::function<QString(const ApiResponse &)> idFrom;
    std::function<void(const QString &id, const QJsonObject &item)> adopted; // after create or adoption
    QString marker;
    QString name;
    bool retriedCreate = false;
    std::optional<ApiError> lastError; // the ambiguous answer that led to reconciling
};

Engine::Engine(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    qRegisterMetaType<Dataflow::Core::StepStatus>();
    for (int i = 0; i < StepCount; ++i)
        m_steps.insert(i, initialStatus(StepId(i)));
}

Engine::~Engine() = default;

void Engine::setSession(const Session &session)
{
    m_session = session;
}

void Engine::setJournalPath(const QString &path)
{
    m_journalPath = path;
    if (!path.isEmpty()) {
        QString error;
        if (auto j = Journal::load(path, &error))
            m_journal = *j;
    }
}

void Engine::setSourceSecrets(const QJsonObject &secrets)
{
    m_sourceSecrets = secrets;
}

void Engine::setCacheDirectory(const QString &dir)
{
    m_cacheDir = dir;
}

void Engine::setReconcilePolls(int polls, int intervalMs)
{
    m_reconcilePolls = polls;
    m_reconcileIntervalMs = intervalMs;
}

QList<StepId> Engine::dependencies(StepId step)
{
    switch (step) {
    case StepId::Token: return {};
    case StepId::Tenant:
    case StepId::FlowSpec:
    case StepId::ConnectionSpec:
    case StepId::Schema: return {StepId::Token};
    case StepId::BaseConnection: return {StepId::ConnectionSpec};
    case StepId::Explore: return {StepId::BaseConnection};
    case StepId::Dataset: return {StepId::Schema};
    case StepId::SourceConnection: return {StepId::BaseConnection, StepId::Explore};
    case StepId::TargetConnection: return {StepId::Schema, StepId::Dataset};
    case StepId::MappingSet: return {StepId::Schema, StepId::Explore, StepId::Tenant};
    case StepId::Flow: return {StepId::SourceConnection, StepId::TargetConnection, StepId::MappingSet, StepId::FlowSpec};
    case StepId::Verify: return {StepId::Flow};
    }
    return {};
}

int Engine::graphDepth()
{
    QHash<int, int> depth;
    std::function<int(StepId)> d = [&](StepId s) {
        if (depth.contains(int(s)))
            return depth.value(int(s));
        int best = 0;
        for (StepId dep : dependencies(s))
            best = qMax(best, d(dep));
        depth.insert(int(s), best + 1);
        return best + 1;
    };
    int max = 0;
    for (int i = 0; i < StepCount; ++i)
        max = qMax(max, d(StepId(i)));
    return max;
}

QJsonObject Engine::offlineFlowSpec(const QString &cacheDir)
{
    if (!cacheDir.isEmpty()) {
        if (const auto cached = FlowSpecCache::load(cacheDir))
            return *cached;
    }
    QFile bundled(QStringLiteral(":/core/flowspec-crmtoaep.json"));
    if (!bundled.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(bundled.readAll()).object();
}

QStringList Engine::checkAgainstFlowSpec(const Session &session, const QJsonObject &flowSpec)
{
    QString error;
    const auto validator = FlowSpecValidator::fromFlowSpec(flowSpec, &error);
    if (!validator)
        return {QStringLiteral("flowSpec: ") + error};
    QList<FieldProblem> problems = validator->validateSchedule(session.dataflow.schedule);
    if (!session.dataflow.options.isEmpty())
        problems += validator->validateOptions(session.dataflow.options);
    problems += validator->validateTransformation(QStringLiteral("Copy"),
                                                  QJsonObject{{QStringLiteral("deltaColumn"), session.dataflow.deltaColumn}});
    QStringList lines;
    for (const auto &p : problems)
        lines.append(p.field + QLatin1String(": ") + p.message);
    return lines;
}

QList<StepStatus> Engine::steps() const
{
    QList<StepStatus> out;
    for (int i = 0; i < StepCount; ++i)
        out.append(m_steps.value(i));
    return out;
}

QString Engine::marker(StepId id) const
{
    return QStringLiteral("[dataflow:%1:%2]").arg(m_journal.runId, stepKey(id));
}

QStringList Engine::secretParams(const QJsonObject &connectionSpec, const QString &authSpecName)
{
    QStringList out;
    for (const QJsonValue &v : connectionSpec.value(QStringLiteral("authSpec")).toArray()) {
        const QJsonObject auth = v.toObject();
        if (auth.value(QStringLiteral("name")).toString() != authSpecName)
            continue;
        const QJsonObject props = auth.value(QStringLiteral("spec")).toObject().value(QStringLiteral("properties")).toObject();
        for (auto it = props.begin(); it != props.end(); ++it) {
            if (it.value().toObject().value(QStringLiteral("format")).toString() == QLatin1String("password")
                || Redactor::isSecretKey(it.key()))
                out.append(it.key());
        }
    }
    return out;
}

void Engine::setStep(StepId id, StepState state)
{
    StepStatus &s = m_steps[int(id)];
    s.state = state;
    emit stepChanged(s);
}

void Engine::saveJournal()
{
    if (m_journalPath.isEmpty())
        return;
    if (const auto error = m_journal.save(m_journalPath)) {
        ApiError e = ApiError::make(ApiError::Kind::Validation, tr("The journal could not be saved: %1").arg(*error),
                                    tr("Free disk space or fix permissions, then apply again; nothing is lost."));
        fail(e);
    }
}

// ---------------------------------------------------------------------------------------------
// apply

void Engine::apply()
{
    if (m_running || !m_client)
        return;
    m_running = true;
    m_rollingBack = false;
    m_cancelled = false;
    m_firstError.reset();
    m_inFlight = 0;
    for (int i = 0; i < StepCount; ++i)
        m_steps[i] = initialStatus(StepId(i));

    const QList<SessionProblem> problems = m_session.validate();
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const auto &p : problems)
            lines.append(p.toString());
        ApiError e = ApiError::make(ApiError::Kind::Validation, lines.join(QLatin1Char('\n')),
                                    tr("Correct the session and apply again."));
        m_running = false;
        emit finished(false, e);
        return;
    }
    // Offline check of schedule, options and delta column against the flow spec, before any request.
    const QStringList specProblems = checkAgainstFlowSpec(m_session, offlineFlowSpec(m_cacheDir));
    if (!specProblems.isEmpty()) {
        m_running = false;
        emit finished(false, ApiError::make(ApiError::Kind::Validation, specProblems.join(QLatin1Char('\n')),
                                            tr("Correct the dataflow settings and apply again.")));
        return;
    }

    if (m_journal.runId.isEmpty())
        m_journal.runId = m_session.applied.runId.isEmpty() ? Journal::newRunId() : m_session.applied.runId;
    m_session.applied.runId = m_journal.runId;
    emit progress(tr("Applying with run marker %1").arg(m_journal.runId));
    schedule();
    finishIfIdle();
}

void Engine::schedule()
{
    if (m_firstError || m_cancelled)
        return;
    for (int i = 0; i < StepCount; ++i) {
        const StepId id = StepId(i);
        if (m_steps.value(i).state != StepState::Pending)
            continue;
        bool ready = true;
        for (StepId dep : dependencies(id)) {
            const StepState s = m_steps.value(int(dep)).state;
            if (s != StepState::Done && s != StepState::Skipped)
                ready = false;
        }
        if (ready)
            startStep(id);
    }
}

void Engine::startStep(StepId id)
{
    ++m_inFlight;
    setStep(id, StepState::Running);
    switch (id) {
    case StepId::Token: runToken(); break;
    case StepId::Tenant: runTenant(); break;
    case StepId::FlowSpec: runFlowSpec(); break;
    case StepId::ConnectionSpec: runConnectionSpec(); break;
    case StepId::BaseConnection: runBaseConnection(); break;
    case StepId::Explore: runExplore(); break;
    case StepId::Schema: runSchema(); break;
    case StepId::Dataset: runDataset(); break;
    case StepId::SourceConnection: runSourceConnection(); break;
    case StepId::TargetConnection: runTargetConnection(); break;
    case StepId::MappingSet: runMappingSet(); break;
    case StepId::Flow: runFlow(); break;
    case StepId::Verify: runVerify(); break;
    }
}

void Engine::stepDone(StepId id, const QString &resourceId, bool created, const QString &note)
{
    StepStatus &s = m_steps[int(id)];
    if (s.state != StepState::Running)
        return;
    s.resourceId = resourceId;
    s.created = created;
    s.reused = !created && !resourceId.isEmpty();
    s.note = note;
    --m_inFlight;
    setStep(id, StepState::Done);
    QString line = stepLabel(id);
    if (!resourceId.isEmpty())
        line += QLatin1String(": ") + resourceId;
    if (created)
        line += QLatin1Char(' ') + tr("(created)");
    else if (!resourceId.isEmpty())
        line += QLatin1Char(' ') + tr("(existing)");
    if (!note.isEmpty())
        line += QLatin1String(" — ") + note;
    emit progress(line);
    schedule();
    finishIfIdle();
}

void Engine::stepFailed(StepId id, const ApiError &error)
{
    StepStatus &s = m_steps[int(id)];
    if (s.state != StepState::Running)
        return;
    s.error = error;
    --m_inFlight;
    setStep(id, error.kind == ApiError::Kind::Cancelled ? StepState::Cancelled : StepState::Failed);
    emit progress(tr("%1 failed: %2").arg(stepLabel(id), error.toString()));
    fail(error);
    finishIfIdle();
}

void Engine::fail(const ApiError &error)
{
    if (!m_firstError)
        m_firstError = error;
}

void Engine::finishIfIdle()
{
    if (!m_running || m_inFlight > 0)
        return;
    bool allDone = true;
    for (int i = 0; i < StepCount; ++i) {
        const StepState s = m_steps.value(i).state;
        if (s != StepState::Done && s != StepState::Skipped)
            allDone = false;
    }
    if (!allDone && !m_firstError && !m_cancelled)
        return; // more to schedule (should not happen)
    m_running = false;
    emit sessionChanged(m_session);
    if (m_cancelled && !m_firstError)
        m_firstError = ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled."), tr("Apply again to resume."));
    emit finished(allDone && !m_firstError, m_firstError);
}

void Engine::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_client)
        m_client->cancelAll();
    finishIfIdle();
}

// ---------------------------------------------------------------------------------------------
// read steps

void Engine::runToken()
{
    m_client->fetchToken(this, [this](const ApiResult<QString> &r) {
        if (!r.ok())
            return stepFailed(StepId::Token, r.error());
        stepDone(StepId::Token, {}, false);
    });
}

void Engine::runTenant()
{
    m_client->send(Requests::stats(), this, [this](const ApiResult<ApiResponse> &r) {
        if (!r.ok())
            return stepFailed(StepId::Tenant, r.error());
        m_tenantId = r.value().json.object().value(QStringLiteral("tenantId")).toString();
        if (m_tenantId.isEmpty())
            return stepFailed(StepId::Tenant, ApiError::make(ApiError::Kind::Parse, tr("The Schema Registry did not return a tenant id."),
                                                             tr("Check that the credential has access to the sandbox.")));
        stepDone(StepId::Tenant, m_tenantId, false);
    });
}

void Engine::runFlowSpec()
{
    m_client->send(Requests::flowSpecByName(), this, [this](const ApiResult<ApiResponse> &r) {
        if (!r.ok())
            return stepFailed(StepId::FlowSpec, r.error());
        m_flowSpec = Shapes::firstItem(r.value().json);
        const QStringList sourceIds = [&] {
            QStringList ids;
            for (const auto &v : m_flowSpec.value(QStringLiteral("sourceConnectionSpecIds")).toArray())
                ids.append(v.toString());
            return ids;
        }();
        if (m_flowSpec.isEmpty() || !sourceIds.contains(m_session.source.connectionSpecId))
            return stepFailed(StepId::FlowSpec,
                              ApiError::make(ApiError::Kind::Validation,
                                             tr("The flow spec CRMToAEP does not list the source spec %1.").arg(m_session.source.connectionSpecId),
                                             tr("Check the source's connection spec id.")));
        if (!m_cacheDir.isEmpty())
            FlowSpecCache::save(m_cacheDir, m_flowSpec);
        const QStringList problems = checkAgainstFlowSpec(m_session, m_flowSpec);
        if (!problems.isEmpty())
            return stepFailed(StepId::FlowSpec, ApiError::make(ApiError::Kind::Validation, problems.join(QLatin1Char('\n')),
                                                               tr("Correct the dataflow settings and apply again.")));
        stepDone(StepId::FlowSpec, m_flowSpec.value(QStringLiteral("id")).toString(), false);
    });
}

void Engine::runConnectionSpec()
{
    m_client->send(Requests::connectionSpec(m_session.source.connectionSpecId), this, [this](const ApiResult<ApiResponse> &r) {
        if (!r.ok())
            return stepFailed(StepId::ConnectionSpec, r.error());
        m_connectionSpec = Shapes::firstItem(r.value().json);
        stepDone(StepId::ConnectionSpec, m_connectionSpec.value(QStringLiteral("name")).toString(), false);
    });
}

void Engine::runExplore()
{
    m_client->send(Requests::exploreTable(m_baseConnectionId, m_session.source.tableName, false), this,
                   [this](const ApiResult<ApiResponse> &r) {
        if (!r.ok())
            return stepFailed(StepId::Explore, r.error());
        const QJsonArray columns = r.value().json.object().value(QStringLiteral("schema")).toObject().value(QStringLiteral("columns")).toArray();
        QHash<QString, SourceColumn> byName;
        for (const auto &v : columns) {
            const SourceColumn c = SourceColumn::fromJson(v.toObject());
            byName.insert(c.name, c);
        }
        m_columns.clear();
        QStringList missing;
        for (const SourceColumn &wanted : m_session.source.columns) {
            if (!byName.contains(wanted.name)) {
                missing.append(wanted.name);
                continue;
            }
            m_columns.append(byName.value(wanted.name));
        }
        if (!missing.isEmpty())
            return stepFailed(StepId::Explore, ApiError::make(ApiError::Kind::Validation,
                                                              tr("The table %1 has no column(s) %2.").arg(m_session.source.tableName, missing.join(QStringLiteral(", "))),
                                                              tr("Pick columns that exist in the table.")));
        const QString delta = m_session.dataflow.deltaColumn.value(QStringLiteral("name")).toString();
        if (!byName.value(delta).isDateTime())
            return stepFailed(StepId::Explore, ApiError::make(ApiError::Kind::Validation,
                                                              tr("The delta column %1 is not a date-time column of %2.").arg(delta, m_session.source.tableName),
                                                              tr("Pick a date-time column such as sys_updated_on, SystemModstamp or LastModifiedDate.")));
        stepDone(StepId::Explore, tr("%n column(s)", nullptr, int(m_columns.size())), false);
    });
}

// ---------------------------------------------------------------------------------------------
// create steps

void Engine::createResource(const std::shared_ptr<CreateSpec> &spec)
{
    const QString key = stepKey(spec->step);
    JournalEntry entry = m_journal.entries.value(key);
    const bool known = m_journal.entries.contains(key);

    if (known && (entry.state == JournalEntry::State::Created || entry.state == JournalEntry::State::Intent
                  || entry.state == JournalEntry::State::DeleteFailed)
        && !entry.id.isEmpty()) {
        // Resume: does what the journal says we created still exist? Ask by id: lists may lag.
        const ApiRequest read = spec->get(entry.id);
        const bool catalog = read.service == Service::Catalog;
        m_client->send(read, this, [this, spec, key, catalog, id = entry.id](const ApiResult<ApiResponse> &r) {
            if (r.ok()) {
                const QJsonDocument &doc = r.value().json;
                const QJsonObject item = catalog ? Shapes::catalogFirst(doc) : Shapes::firstItem(doc);
                JournalEntry &e = m_journal.entries[key];
                e.state = JournalEntry::State::Created;
                e.updatedAtMs = QDateTime::currentMSecsSinceEpoch();
                saveJournal();
                return spec->adopted(id, item);
            }
            if (r.error().httpStatus == 404) {
                // Deleted since (by a rollback or by hand): create it again under the same marker.
                emit progress(tr("%1 %2 no longer exists; creating it again").arg(stepLabel(spec->step), id));
                m_journal.entries.remove(key);
                return createResource(spec);
            }
            stepFailed(spec->step, r.error());
        });
        return;
    }
    if (known && entry.state == JournalEntry::State::Intent) {
        // Crashed or failed between intent and id: the create may have happened.
        reconcile(spec, 0);
        return;
    }
    entry = JournalEntry();
    entry.state = JournalEntry::State::Intent;
    entry.marker = spec->marker;
    entry.name = spec->name;
    entry.updatedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_journal.entries.insert(key, entry);
    saveJournal();
    if (m_firstError)
        return stepFailed(spec->step, *m_firstError);

    m_client->send(spec->create, this, [this, spec, key](const ApiResult<ApiResponse> &r) {
        if (r.ok()) {
            const QString id = spec->idFrom(r.value());
            if (id.isEmpty()) {
                // 2xx without an id: treat as ambiguous.
                return reconcile(spec, m_reconcilePolls);
            }
            JournalEntry &e = m_journal.entries[key];
            e.state = JournalEntry::State::Created;
            e.id = id;
            e.etag = r.value().json.object().value(QStringLiteral("etag")).toString();
            e.updatedAtMs = QDateTime::currentMSecsSinceEpoch();
            saveJournal();
            spec->adopted(id, r.value().json.object());
            return;
        }
        const ApiError &error = r.error();
        const bool titleTaken = error.code.startsWith(QLatin1String("XDM-3005"));
        if (error.outcome == ApiError::Outcome::Ambiguous || titleTaken) {
            spec->lastError = error;
            emit progress(tr("%1: outcome unknown (%2); checking what exists").arg(stepLabel(spec->step), error.toString()));
            return reconcile(spec, titleTaken ? 0 : m_reconcilePolls);
        }
        stepFailed(spec->step, error);
    });
}

void Engine::reconcile(const std::shared_ptr<CreateSpec> &spec, int pollsLeft)
{
    m_client->sendList(spec->list, this, [this, spec, pollsLeft](const ApiResult<QJsonArray> &r) {
        if (!r.ok())
            return stepFailed(spec->step, r.error());
        QJsonArray matches;
        for (const auto &v : r.value()) {
            if (carriesMarker(v.toObject(), spec->marker))
                matches.append(v);
        }
        adoptOrCreate(spec, matches, pollsLeft);
    });
}

void Engine::adoptOrCreate(const std::shared_ptr<CreateSpec> &spec, const QJsonArray &matches, int pollsLeft)
{
    const QString key = stepKey(spec->step);
    if (matches.isEmpty()) {
        if (pollsLeft > 0) {
            // Lists may lag behind creates: look again before creating.
            QTimer::singleShot(m_reconcileIntervalMs, this, [this, spec, pollsLeft] { reconcile(spec, pollsLeft - 1); });
            return;
        }
        if (spec->retriedCreate) {
            // Keep the Platform's code and request id of the last answer: they are what support needs.
            ApiError e = spec->lastError.value_or(ApiError::make(ApiError::Kind::Http, QString()));
            e.message = tr("%1 could not be created or found: %2").arg(stepLabel(spec->step), e.message);
            e.nextStep = tr("Apply again later; nothing will be created twice.");
            return stepFailed(spec->step, e);
        }
        spec->retriedCreate = true;
        m_journal.entries.remove(key);
        createResource(spec);
        return;
    }
    // Keep the journal's id if it is among the matches, else the oldest; delete the rest.
    const QString journalId = m_journal.entries.value(key).id;
    QJsonObject keep;
    for (const auto &v : matches) {
        if (resourceId(v.toObject()) == journalId)
            keep = v.toObject();
    }
    if (keep.isEmpty()) {
        keep = matches.first().toObject();
        for (const auto &v : matches) {
            if (createdAt(v.toObject()) < createdAt(keep))
                keep = v.toObject();
        }
    }
    const QString id = resourceId(keep);
    QJsonArray extras;
    for (const auto &v : matches) {
        if (resourceId(v.toObject()) != id)
            extras.append(v);
    }
    JournalEntry &e = m_journal.entries[key];
    const bool wasCreated = e.state == JournalEntry::State::Created && e.id == id;
    e.state = JournalEntry::State::Created;
    e.id = id;
    e.marker = spec->marker;
    e.updatedAtMs = QDateTime::currentMSecsSinceEpoch();
    saveJournal();
    if (!wasCreated)
        emit progress(tr("%1: adopted %2 found by its marker").arg(stepLabel(spec->step), id));
    if (!extras.isEmpty()) {
        deleteExtras(spec, extras, id);
        return;
    }
    spec->adopted(id, keep);
}

void Engine::deleteExtras(const std::shared_ptr<CreateSpec> &spec, const QJsonArray &extras, const QString &keep)
{
    if (!spec->remove) {
        QStringList ids;
        for (const auto &v : extras)
            ids.append(resourceId(v.toObject()));
        emit progress(tr("%1: unused copies %2 stay (the API has no delete); %3 is used")
                          .arg(stepLabel(spec->step), ids.join(QStringLiteral(", ")), keep));
        spec->adopted(keep, QJsonObject());
        return;
    }
    auto remaining = std::make_shared<int>(int(extras.size()));
    for (const auto &v : extras) {
        const QString id = resourceId(v.toObject());
        emit progress(tr("%1: deleting duplicate %2").arg(stepLabel(spec->step), id));
        m_client->send(spec->remove(id), this, [this, spec, remaining, keep](const ApiResult<ApiResponse> &r) {
            if (!r.ok() && r.error().httpStatus != 404)
                emit progress(tr("Could not delete a duplicate: %1").arg(r.error().toString()));
            if (--*remaining == 0)
                spec->adopted(keep, QJsonObject());
        });
    }
}

void Engine::runBaseConnection()
{
    const BaseConnectionSettings &base = m_session.source.baseConnection;
    if (base.isReference()) {
        m_client->send(Requests::connection(base.id), this, [this, id = base.id](const ApiResult<ApiResponse> &r) {
            if (!r.ok())
                return stepFailed(StepId::BaseConnection, r.error());
            m_baseConnectionId = id;
            stepDone(StepId::BaseConnection, id, false);
        });
        return;
    }
    QJsonObject params = base.params;
    QStringList missing;
    for (const QString &secret : secretParams(m_connectionSpec, base.authSpecName)) {
        if (m_sourceSecrets.contains(secret))
            params.insert(secret, m_sourceSecrets.value(secret));
        else if (!params.contains(secret))
            missing.append(secret);
    }
    // Required secrets must be there before anything is created.
    QStringList required;
    for (const QJsonValue &v : m_connectionSpec.value(QStringLiteral("authSpec")).toArray()) {
        const QJsonObject auth = v.toObject();
        if (auth.value(QStringLiteral("name")).toString() == base.authSpecName) {
            for (const auto &r : auth.value(QStringLiteral("spec")).toObject().value(QStringLiteral("required")).toArray())
                required.append(r.toString());
        }
    }
    QStringList missingRequired;
    for (const QString &m : missing) {
        if (required.contains(m))
            missingRequired.append(m);
    }
    if (!missingRequired.isEmpty()) {
        QStringList vars;
        for (const QString &m : missingRequired)
            vars.append(Session::sourceSecretVariable(m));
        return stepFailed(StepId::BaseConnection,
                          ApiError::make(ApiError::Kind::Validation,
                                         tr("The account's secret(s) %1 are missing.").arg(missingRequired.join(QStringLiteral(", "))),
                                         tr("Set %1 in the environment (or enter them in the wizard).").arg(vars.join(QStringLiteral(", ")))));
    }

    auto spec = std::make_shared<CreateSpec>();
    spec->step = StepId::BaseConnection;
    spec->marker = marker(StepId::BaseConnection);
    spec->name = base.name;
    spec->create = Requests::createConnection(Bodies::baseConnection(m_session, params, spec->marker));
    spec->list = Requests::connectionsByName(base.name);
    spec->remove = [](const QString &id) { return Requests::deleteConnection(id); };
    spec->get = [](const QString &id) { return Requests::connection(id); };
    spec->idFrom = [](const ApiResponse &r) { return r.json.object().value(QStringLiteral("id")).toString(); };
    spec->adopted = [this](const QString &id, const QJsonObject &) {
        m_baseConnectionId = id;
        m_session.applied.baseConnectionId = id;
        stepDone(StepId::BaseConnection, id, true);
    };
    createResource(spec);
}

void Engine::runSchema()
{
    const SchemaSettings &schema = m_session.schema;
    auto fetchFull = [this](const QString &id, bool created) {
        m_client->send(Requests::tenantSchema(id), this, [this, id, created](const ApiResult<ApiResponse> &r) {
            if (!r.ok())
                return stepFailed(StepId::Schema, r.error());
            m_schemaFull = r.value().json.object();
            m_schemaId = m_schemaFull.value(QStringLiteral("$id")).toString(id);
            if (created)
                m_session.applied.schemaId = m_schemaId;
            stepDone(StepId::Schema, m_schemaId, created);
        });
    };
    if (schema.isReference()) {
        fetchFull(schema.id, false);
        return;
    }
    auto spec = std::make_shared<CreateSpec>();
    spec->step = StepId::Schema;
    spec->marker = marker(StepId::Schema);
    spec->name = schema.title;
    spec->create = Requests::createSchema(Bodies::schema(m_session, spec->marker));
    spec->list = Requests::tenantSchemas(schema.title);
    spec->list.accept = "application/vnd.adobe.xed+json"; // full objects: the marker is in the description
    spec->remove = [](const QString &id) { return Requests::deleteSchema(id); };
    spec->get = [](const QString &id) { return Requests::tenantSchema(id); };
    spec->idFrom = [](const ApiResponse &r) { return r.json.object().value(QStringLiteral("$id")).toString(); };
    spec->adopted = [fetchFull](const QString &id, const QJsonObject &) { fetchFull(id, true); };
    createResource(spec);
}

void Engine::runDataset()
{
    const DatasetSettings &ds = m_session.dataset;
    if (ds.isReference()) {
        m_client->send(Requests::dataSet(ds.id), this, [this, id = ds.id](const ApiResult<ApiResponse> &r) {
            if (!r.ok())
                return stepFailed(StepId::Dataset, r.error());
            const QJsonObject dataset = Shapes::catalogFirst(r.value().json);
            const QString schemaRef = dataset.value(QStringLiteral("schemaRef")).toObject().value(QStringLiteral("id")).toString();
            if (schemaRef != m_schemaId)
                return stepFailed(StepId::Dataset, ApiError::make(ApiError::Kind::Validation,
                                                                  tr("The dataset %1 uses the schema %2, not %3 (FLOW-1425).").arg(id, schemaRef, m_schemaId),
                                                                  tr("Pick a dataset of the target schema or create one.")));
            m_datasetId = id;
            stepDone(StepId::Dataset, id, false);
        });
        return;
    }
    auto spec = std::make_shared<CreateSpec>();
    spec->step = StepId::Dataset;
    spec->marker = marker(StepId::Dataset);
    spec->name = ds.name;
    spec->create = Requests::createDataSet(Bodies::dataset(m_session, m_schemaId, spec->marker));
    spec->list = Requests::dataSets(ds.name);
    spec->remove = [](const QString &id) { return Requests::deleteDataSet(id); };
    spec->get = [](const QString &id) { return Requests::dataSet(id); };
    spec->idFrom = [](const ApiResponse &r) { return Shapes::dataSetIdFromCreate(r.json); };
    spec->adopted = [this](const QString &id, const QJsonObject &) {
        m_datasetId = id;
        m_session.applied.datasetId = id;
        stepDone(StepId::Dataset, id, true);
    };
    createResource(spec);
}

void Engine::runSourceConnection()
{
    QJsonArray columns;
    for (const SourceColumn &c : m_columns)
        columns.append(c.toJson());
    auto spec = std::make_shared<CreateSpec>();
    spec->step = StepId::SourceConnection;
    spec->marker = marker(StepId::SourceConnection);
    spec->name = Bodies::sourceConnectionName(m_session);
    spec->create = Requests::createSourceConnection(Bodies::sourceConnection(m_session, m_baseConnectionId, columns, spec->marker));
    spec->list = Requests::sourceConnections(spec->name);
    spec->remove = [](const QString &id) { return Requests::deleteSourceConnection(id); };
    spec->get = [](const QString &id) { return Requests::sourceConnection(id); };
    spec->idFrom = [](const ApiResponse &r) { return r.json.object().value(QStringLiteral("id")).toString(); };
    spec->adopted = [this](const QString &id, const QJsonObject &) {
        m_sourceConnectionId = id;
        m_session.applied.sourceConnectionId = id;
        stepDone(StepId::SourceConnection, id, true);
    };
    createResource(spec);
}

void Engine::runTargetConnection()
{
    auto spec = std::make_shared<CreateSpec>();
    spec->step = StepId::TargetConnection;
    spec->marker = marker(StepId::TargetConnection);
    spec->name = Bodies::targetConnectionName(m_session);
    spec->create = Requests::createTargetConnection(Bodies::targetConnection(m_session, m_schemaId, m_datasetId, spec->marker));
    spec->list = Requests::targetConnections(spec->name);
    spec->remove = [](const QString &id) { return Requests::deleteTargetConnection(id); };
    spec->get = [](const QString &id) { return Requests::targetConnection(id); };
    spec->idFrom = [](const ApiResponse &r) { return r.json.object().value(QStringLiteral("id")).toString(); };
    spec->adopted = [this](const QString &id, const QJsonObject &) {
        m_targetConnectionId = id;
        m_session.applied.targetConnectionId = id;
        stepDone(StepId::TargetConnection, id, true);
    };
    createResource(spec);
}

void Engine::runMappingSet()
{
    MappingRows rows;
    for (MappingRow row : m_session.mapping) {
        row.destination = Session::resolveTenant(row.destination, m_tenantId);
        row.source = Session::resolveTenant(row.source, m_tenantId);
        rows.append(row);
    }
    const SchemaIndex index = SchemaIndex::fromJson(m_schemaFull);
    const QList<MappingIssue> issues = validateMapping(rows, m_columns, index);
    if (!issues.isEmpty()) {
        QStringList lines;
        for (const auto &issue : issues)
            lines.append(QStringLiteral("$.mapping[%1]: %2").arg(issue.row).arg(issue.message));
        return stepFailed(StepId::MappingSet, ApiError::make(ApiError::Kind::Validation, lines.join(QLatin1Char('\n')),
                                                             tr("Correct the mapping and apply again.")));
    }
    auto spec = std::make_shared<CreateSpec>();
    spec->step = StepId::MappingSet;
    spec->marker = marker(StepId::MappingSet);
    spec->name = Bodies::mappingSetName(m_session, spec->marker);
    spec->create = Requests::createMappingSet(Bodies::mappingSet(m_session, m_schemaId, m_tenantId, spec->marker));
    spec->list = Requests::mappingSets(spec->name);
    // No remove: Data Prep has no DELETE; duplicate mapping sets are reported and left unused.
    spec->get = [](const QString &id) { return Requests::mappingSet(id); };
    spec->idFrom = [](const ApiResponse &r) { return r.json.object().value(QStringLiteral("id")).toString(); };
    spec->adopted = [this](const QString &id, const QJsonObject &item) {
        m_mappingSetId = id;
        m_session.applied.mappingSetId = id;
        if (item.contains(QStringLiteral("version"))) {
            m_mappingVersion = int(Shapes::toInteger(item.value(QStringLiteral("version")), 0));
            m_journal.entries[stepKey(StepId::MappingSet)].extra = QString::number(m_mappingVersion);
            stepDone(StepId::MappingSet, id, true);
            return;
        }
        // Adopted from a list or the journal: read its current version.
        m_client->send(Requests::mappingSet(id), this, [this, id](const ApiResult<ApiResponse> &r) {
            if (!r.ok())
                return stepFailed(StepId::MappingSet, r.error());
            m_mappingVersion = int(Shapes::toInteger(r.value().json.object().value(QStringLiteral("version")), 0));
            stepDone(StepId::MappingSet, id, true);
        });
    };
    createResource(spec);
}

void Engine::runFlow()
{
    auto spec = std::make_shared<CreateSpec>();
    spec->step = StepId::Flow;
    spec->marker = marker(StepId::Flow);
    spec->name = m_session.dataflow.name;
    spec->create = Requests::createFlow(Bodies::flow(m_session, m_flowSpec.value(QStringLiteral("id")).toString(QLatin1String(Ids::crmToAepFlowSpec)),
                                                     m_sourceConnectionId, m_targetConnectionId, m_mappingSetId, m_mappingVersion, spec->marker));
    spec->list = Requests::flows(spec->name);
    spec->remove = [](const QString &id) { return Requests::deleteFlow(id); };
    spec->get = [](const QString &id) { return Requests::flow(id); };
    spec->idFrom = [](const ApiResponse &r) { return r.json.object().value(QStringLiteral("id")).toString(); };
    spec->adopted = [this](const QString &id, const QJsonObject &) {
        m_flowId = id;
        m_session.applied.flowId = id;
        stepDone(StepId::Flow, id, true);
    };
    createResource(spec);
}

void Engine::runVerify()
{
    // Qt 6.4 may silently re-send a POST after a dropped connection: sweep each created kind by
    // its marker and delete any copy that is not the journaled one.
    sweep(true, [this](int deleted, int failed, const std::optional<ApiError> &firstError) {
        if (failed > 0 && firstError) {
            // Unchecked is not clean: success here could hide a duplicate. The next apply sweeps again.
            ApiError e = *firstError;
            e.message = tr("Could not check for duplicates (%n kind(s) or copies): %1", nullptr, failed).arg(firstError->message);
            e.nextStep = tr("Apply again: the check runs again and removes any duplicate; nothing is created twice.");
            stepFailed(StepId::Verify, e);
            return;
        }
        stepDone(StepId::Verify, {}, false, deleted > 0 ? tr("%n duplicate(s) removed", nullptr, deleted) : QString());
    });
}

void Engine::sweep(bool keepJournalIds, std::function<void(int deleted, int failed, const std::optional<ApiError> &firstError)> done)
{
    struct Sweep
    {
        StepId step;
        ApiRequest list;
        std::function<ApiRequest(const QString &)> remove;
    };
    // Mapping sets are not swept: Data Prep has no delete, and a seventh list would wait for one of
    // Qt's six connections per host, adding a round trip to every apply.
    QList<Sweep> sweeps;
    auto add = [&](StepId step, ApiRequest list, std::function<ApiRequest(const QString &)> remove) {
        const JournalEntry e = m_journal.entries.value(stepKey(step));
        if (!e.marker.isEmpty() && e.state != JournalEntry::State::Referenced)
            sweeps.append({step, std::move(list), std::move(remove)});
    };
    add(StepId::BaseConnection, Requests::connectionsByName(m_session.source.baseConnection.name), Requests::deleteConnection);
    ApiRequest schemas = Requests::tenantSchemas(m_session.schema.title);
    schemas.accept = "application/vnd.adobe.xed+json";
    add(StepId::Schema, schemas, Requests::deleteSchema);
    add(StepId::Dataset, Requests::dataSets(m_session.dataset.name), Requests::deleteDataSet);
    add(StepId::SourceConnection, Requests::sourceConnections(Bodies::sourceConnectionName(m_session)), Requests::deleteSourceConnection);
    add(StepId::TargetConnection, Requests::targetConnections(Bodies::targetConnectionName(m_session)), Requests::deleteTargetConnection);
    add(StepId::Flow, Requests::flows(m_session.dataflow.name), Requests::deleteFlow);
    if (sweeps.isEmpty())
        return done(0, 0, std::nullopt);

    struct Tally
    {
        int pending = 0;
        int deleted = 0;
        int failed = 0;
        std::optional<ApiError> firstError;
        void failedWith(const ApiError &e)
        {
            ++failed;
            if (!firstError)
                firstError = e;
        }
    };
    auto tally = std::make_shared<Tally>();
    tally->pending = int(sweeps.size());
    auto oneDone = [tally, done] {
        if (--tally->pending == 0)
            done(tally->deleted, tally->failed, tally->firstError);
    };
    for (const Sweep &sweep : sweeps) {
        const QString key = stepKey(sweep.step);
        const QString mark = marker(sweep.step);
        m_client->sendList(sweep.list, this, [this, sweep, key, mark, oneDone, tally, keepJournalIds](const ApiResult<QJsonArray> &r) {
            if (!r.ok()) {
                emit progress(tr("Could not check %1 by its marker: %2").arg(stepLabel(sweep.step), r.error().toString()));
                tally->failedWith(r.error());
                return oneDone();
            }
            const QString keep = keepJournalIds ? m_journal.entries.value(key).id : QString();
            QStringList extras;
            for (const auto &v : r.value()) {
                const QJsonObject o = v.toObject();
                if (carriesMarker(o, mark) && resourceId(o) != keep)
                    extras.append(resourceId(o));
            }
            if (extras.isEmpty())
                return oneDone();
            auto left = std::make_shared<int>(int(extras.size()));
            for (const QString &id : extras) {
                emit progress(keepJournalIds ? tr("%1: deleting duplicate %2").arg(stepLabel(sweep.step), id)
                                             : tr("%1: deleting leftover %2 found by its marker").arg(stepLabel(sweep.step), id));
                m_client->send(sweep.remove(id), this, [this, left, oneDone, tally](const ApiResult<ApiResponse> &d) {
                    if (d.ok() || d.error().httpStatus == 404) {
                        ++tally->deleted;
                    } else {
                        tally->failedWith(d.error());
                        emit progress(tr("Could not delete: %1").arg(d.error().toString()));
                    }
                    if (--*left == 0)
                        oneDone();
                });
            }
        });
    }
}

// ---------------------------------------------------------------------------------------------
// rollback

void Engine::rollback()
{
    if (m_running || !m_client)
        return;
    m_running = true;
    m_rollingBack = true;
    m_cancelled = false;
    m_firstError.reset();
    m_rollbackQueue.clear();
    m_sweptAfterRollback = false;
    for (StepId id : kRollbackOrder) {
        const JournalEntry e = m_journal.entries.value(stepKey(id));
        if (!e.id.isEmpty() && e.state != JournalEntry::State::Deleted && e.state != JournalEntry::State::Referenced)
            m_rollbackQueue.append(id);
    }
    if (m_journal.entries.contains(stepKey(StepId::MappingSet)))
        emit progress(tr("The mapping set %1 stays: the Data Prep API has no delete.")
                          .arg(m_journal.entries.value(stepKey(StepId::MappingSet)).id));
    rollbackNext();
}

void Engine::rollbackNext()
{
    if (m_rollbackQueue.isEmpty() && !m_cancelled && !m_sweptAfterRollback) {
        // Orphans (a create whose id never reached the journal) are found by their marker.
        m_sweptAfterRollback = true;
        sweep(false, [this](int, int failed, const std::optional<ApiError> &firstError) {
            if (failed > 0 && firstError) {
                ApiError e = *firstError;
                e.message = tr("Some leftovers could not be checked or removed: %1").arg(firstError->message);
                e.nextStep = tr("Roll back again.");
                fail(e);
            }
            rollbackNext();
        });
        return;
    }
    if (m_rollbackQueue.isEmpty() || m_cancelled) {
        m_running = false;
        m_rollingBack = false;
        if (!m_firstError) {
            AppliedIds kept;
            kept.runId = m_session.applied.runId;
            kept.mappingSetId = m_session.applied.mappingSetId;
            m_session.applied = kept;
        }
        emit sessionChanged(m_session);
        emit finished(!m_firstError, m_firstError);
        return;
    }
    const StepId step = m_rollbackQueue.takeFirst();
    const QString key = stepKey(step);
    JournalEntry &e = m_journal.entries[key];
    e.state = JournalEntry::State::DeleteIntent;
    saveJournal();
    ApiRequest request;
    switch (step) {
    case StepId::Flow: request = Requests::deleteFlow(e.id); break;
    case StepId::TargetConnection: request = Requests::deleteTargetConnection(e.id); break;
    case StepId::SourceConnection: request = Requests::deleteSourceConnection(e.id); break;
    case StepId::BaseConnection: request = Requests::deleteConnection(e.id); break;
    case StepId::Dataset: request = Requests::deleteDataSet(e.id); break;
    case StepId::Schema: request = Requests::deleteSchema(e.id); break;
    default: return rollbackNext();
    }
    m_client->send(request, this, [this, step, key](const ApiResult<ApiResponse> &r) {
        JournalEntry &entry = m_journal.entries[key];
        if (r.ok() || r.error().httpStatus == 404) {
            entry.state = JournalEntry::State::Deleted;
            entry.error.clear();
            emit progress(tr("Deleted %1 %2").arg(stepLabel(step), entry.id));
        } else {
            entry.state = JournalEntry::State::DeleteFailed;
            entry.error = r.error().toString();
            emit progress(tr("Could not delete %1: %2").arg(stepLabel(step), r.error().toString()));
            fail(r.error());
        }
        entry.updatedAtMs = QDateTime::currentMSecsSinceEpoch();
        saveJournal();
        rollbackNext();
    });
}

// ---------------------------------------------------------------------------------------------
// plan

QList<PlannedRequest> Engine::plan(const Session &s)
{
    QList<PlannedRequest> out;
    auto marker = [](StepId step) { return QStringLiteral("[dataflow:${RUN_ID}:%1]").arg(stepKey(step)); };
    auto add = [&out](StepId step, ApiRequest request, QString var = {}, QString jq = {}) {
        out.append(PlannedRequest{step, std::move(request), std::move(var), std::move(jq)});
    };
    add(StepId::Tenant, Requests::stats(), QStringLiteral("TENANT_ID"), QStringLiteral("-r .tenantId"));
    add(StepId::FlowSpec, Requests::flowSpecByName(), QStringLiteral("FLOW_SPEC_ID"), QStringLiteral("-r '.items[0].id'"));

    QString baseId = s.source.baseConnection.id;
    if (!s.source.baseConnection.isReference()) {
        QJsonObject params;
        for (auto it = s.source.baseConnection.params.begin(); it != s.source.baseConnection.params.end(); ++it) {
            if (!Redactor::isSecretKey(it.key()))
                params.insert(it.key(), it.value());
        }
        // Secrets are read from the environment by the script.
        auto placeholder = [](const QString &param) { return QStringLiteral("${%1}").arg(Session::sourceSecretVariable(param)); };
        if (s.source.connectionSpecId == QLatin1String(Ids::serviceNowSpec)) {
            params.insert(QStringLiteral("password"), placeholder(QStringLiteral("password")));
        } else if (s.source.baseConnection.authSpecName.contains(QLatin1String("OAuth"))) {
            params.insert(QStringLiteral("clientSecret"), placeholder(QStringLiteral("clientSecret")));
        } else {
            params.insert(QStringLiteral("password"), placeholder(QStringLiteral("password")));
            params.insert(QStringLiteral("securityToken"), placeholder(QStringLiteral("securityToken")));
        }
        add(StepId::BaseConnection, Requests::createConnection(Bodies::baseConnection(s, params, marker(StepId::BaseConnection))),
            QStringLiteral("BASE_CONNECTION_ID"), QStringLiteral("-r .id"));
        baseId = QStringLiteral("${BASE_CONNECTION_ID}");
    }
    QStringList names;
    for (const auto &c : s.source.columns)
        names.append(QLatin1Char('"') + c.name + QLatin1Char('"'));
    add(StepId::Explore, Requests::exploreTable(baseId, s.source.tableName, false), QStringLiteral("SOURCE_COLUMNS"),
        QStringLiteral("-c '[.schema.columns[] | select(.name as $n | [%1] | index($n))]'").arg(names.join(QLatin1Char(','))));

    QString schemaId = s.schema.id;
    if (!s.schema.isReference()) {
        add(StepId::Schema, Requests::createSchema(Bodies::schema(s, marker(StepId::Schema))),
            QStringLiteral("SCHEMA_ID"), QStringLiteral("-r '.[\"$id\"]'"));
        schemaId = QStringLiteral("${SCHEMA_ID}");
    }
    QString datasetId = s.dataset.id;
    if (!s.dataset.isReference()) {
        add(StepId::Dataset, Requests::createDataSet(Bodies::dataset(s, schemaId, marker(StepId::Dataset))),
            QStringLiteral("DATASET_ID"), QStringLiteral("-r '.[0] | sub(\"^@/dataSets/\"; \"\")'"));
        datasetId = QStringLiteral("${DATASET_ID}");
    }
    add(StepId::SourceConnection,
        Requests::createSourceConnection(Bodies::sourceConnection(s, baseId, QStringLiteral("${SOURCE_COLUMNS}"), marker(StepId::SourceConnection))),
        QStringLiteral("SOURCE_CONNECTION_ID"), QStringLiteral("-r .id"));
    add(StepId::TargetConnection,
        Requests::createTargetConnection(Bodies::targetConnection(s, schemaId, datasetId, marker(StepId::TargetConnection))),
        QStringLiteral("TARGET_CONNECTION_ID"), QStringLiteral("-r .id"));
    add(StepId::MappingSet,
        Requests::createMappingSet(Bodies::mappingSet(s, schemaId, QStringLiteral("${TENANT_ID}"), marker(StepId::MappingSet))),
        QStringLiteral("MAPPING_SET_ID"), QStringLiteral("-r .id"));
    add(StepId::Flow,
        Requests::createFlow(Bodies::flow(s, QStringLiteral("${FLOW_SPEC_ID}"), QStringLiteral("${SOURCE_CONNECTION_ID}"),
                                          QStringLiteral("${TARGET_CONNECTION_ID}"), QStringLiteral("${MAPPING_SET_ID}"), 0,
                                          marker(StepId::Flow))),
        QStringLiteral("FLOW_ID"), QStringLiteral("-r .id"));
    return out;
}

} // namespace Dataflow::Core
