// SPDX-License-Identifier: MIT
#pragma once

#include "api/apiclient.h"
#include "api/apierror.h"
#include "engine/journal.h"
#include "session/session.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <memory>

namespace Dataflow::Core {

/** The steps of applying a session; they form a dependency graph (Engine::dependencies). */
enum class StepId {
    Token,
    Tenant,
    FlowSpec,
    ConnectionSpec,
    BaseConnection,
    Explore,
    Schema,
    Dataset,
    SourceConnection,
    TargetConnection,
    MappingSet,
    Flow,
    Verify,
};
inline constexpr int StepCount = int(StepId::Verify) + 1;

QString stepKey(StepId id);      // "baseConnection", stable (journal keys)
QString stepLabel(StepId id);    // translated words for progress rows

enum class StepState { Pending, Running, Done, Failed, Cancelled, Skipped };

struct StepStatus
{
    StepId id = StepId::Token;
    StepState state = StepState::Pending;
    QString resourceId;
    bool created = false;  // this run created (or adopted its own earlier create)
    bool reused = false;   // referenced or found from an earlier run
    QString note;          // e.g. "adopted after an ambiguous create"
    std::optional<ApiError> error;
};

/** One request of a plan, with placeholders (${VAR}) for values known only at run time. */
struct PlannedRequest
{
    StepId step = StepId::Token;
    ApiRequest request;
    QString captureVariable; // shell variable set from the answer, e.g. BASE_CONNECTION_ID
    QString captureJq;       // jq filter extracting it, e.g. -r .id
};

/**
 * Plans, applies, resumes and rolls back a session against the Platform.
 *
 * Independent steps run concurrently (wall time follows the graph's depth). A write-ahead journal
 * (Journal) records the intent with a unique marker before each create and the id after it, and is
 * saved atomically after every change, so apply after any interruption resumes without creating
 * anything twice. Ambiguous creates are reconciled by listing by name and marker: one match is
 * adopted, extras are deleted, none means create. Lives in one thread; the ApiClient is not owned.
 */
class Engine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Engine)

public:
    explicit Engine(ApiClient *client, QObject *parent = nullptr);
    ~Engine() override;

    void setSession(const Session &session);
    const Session &session() const { return m_session; }
    /** Where the journal lives; empty keeps it in memory only. */
    void setJournalPath(const QString &path);
    QString journalPath() const { return m_journalPath; }
    const Journal &journal() const { return m_journal; }
    /** Secret auth params of a base connection to create (password, securityToken, clientSecret…). Memory only. */
    void setSourceSecrets(const QJsonObject &secrets);
    /** Where the flow spec is cached for offline validation; empty = no cache. */
    void setCacheDirectory(const QString &dir);
    /** How many times to poll a list before deciding an ambiguous create did not happen. */
    void setReconcilePolls(int polls, int intervalMs);

    /** The requests apply would send, in order; offline, with ${VAR} placeholders. */
    static QList<PlannedRequest> plan(const Session &session);
    /** Secret auth param names of a spec's authSpec (format password, or secret-like names). */
    static QStringList secretParams(const QJsonObject &connectionSpec, const QString &authSpecName);
    static QList<StepId> dependencies(StepId step);
    static int graphDepth();
    /** The flow spec for offline checks: the cached copy in cacheDir, else the one shipped with the program. */
    static QJsonObject offlineFlowSpec(const QString &cacheDir);
    /** Schedule, options and Copy checked against a flow spec's JSON Schemas; "path: message" lines. */
    static QStringList checkAgainstFlowSpec(const Session &session, const QJsonObject &flowSpec);

    bool isRunning() const { return m_running; }
    QList<StepStatus> steps() const;
    StepStatus step(StepId id) const { return m_steps.value(int(id)); }
    /** Results of the read steps, for the wizard (columns with types, resolved schema). */
    QString tenantId() const { return m_tenantId; }
    SourceColumns resolvedColumns() const { return m_columns; }
    QJsonObject resolvedSchema() const { return m_schemaFull; }
    QJsonObject flowSpec() const { return m_flowSpec; }

public slots:
    void apply();
    void rollback();
    void cancel();

signals:
    void stepChanged(const Dataflow::Core::StepStatus &status);
    void progress(const QString &line);
    void sessionChanged(const Dataflow::Core::Session &session);
    /** Apply or rollback ended; error is set when it failed. */
    void finished(bool ok, const std::optional<Dataflow::Core::ApiError> &error);

private:
    struct Run;
    void schedule();
    void startStep(StepId id);
    void stepDone(StepId id, const QString &resourceId, bool created, const QString &note = {});
    void stepFailed(StepId id, const ApiError &error);
    void finishIfIdle();
    void saveJournal();
    void setStep(StepId id, StepState state);

    // step bodies
    void runToken();
    void runTenant();
    void runFlowSpec();
    void runConnectionSpec();
    void runBaseConnection();
    void runExplore();
    void runSchema();
    void runDataset();
    void runSourceConnection();
    void runTargetConnection();
    void runMappingSet();
    void runFlow();
    void runVerify();

    /** Create with write-ahead journal and reconciliation. */
    struct CreateSpec;
    void createResource(const std::shared_ptr<CreateSpec> &spec);
    void reconcile(const std::shared_ptr<CreateSpec> &spec, int pollsLeft);
    void adoptOrCreate(const std::shared_ptr<CreateSpec> &spec, const QJsonArray &matches, int pollsLeft);
    void deleteExtras(const std::shared_ptr<CreateSpec> &spec, const QJsonArray &extras, const QString &keep);

    void rollbackNext();
    /** Lists each kind by name and marker; deletes what is not in keepIds (all of it when keepIds is empty). */
    /** Lists each created kind by name and deletes what carries the run's marker but is not kept;
     *  done gets the counts and the first error (a list or delete that failed). */
    void sweep(bool keepJournalIds, std::function<void(int deleted, int failed, const std::optional<ApiError> &firstError)> done);
    QString marker(StepId id) const;
    void fail(const ApiError &error);

    QPointer<ApiClient> m_client;
    Session m_session;
    QString m_journalPath;
    Journal m_journal;
    QJsonObject m_sourceSecrets;
    QString m_cacheDir;
    int m_reconcilePolls = 3;
    int m_reconcileIntervalMs = 500;

    bool m_running = false;
    bool m_rollingBack = false;
    bool m_cancelled = false;
    std::optional<ApiError> m_firstError;
    QHash<int, StepStatus> m_steps;
    QList<StepId> m_rollbackQueue;
    bool m_sweptAfterRollback = false;
    int m_inFlight = 0;

    // values produced by steps
    QString m_tenantId;
    QJsonObject m_flowSpec;
    QJsonObject m_connectionSpec;
    QString m_baseConnectionId;
    SourceColumns m_columns;
    QString m_schemaId;
    QJsonObject m_schemaFull;
    QString m_datasetId;
    QString m_sourceConnectionId;
    QString m_targetConnectionId;
    QString m_mappingSetId;
    int m_mappingVersion = 0;
    QString m_flowId;
};

} // namespace Dataflow::Core

Q_DECLARE_METATYPE(Dataflow::Core::StepStatus)
