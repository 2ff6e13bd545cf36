// SPDX-License-Identifier: MIT
#pragma once

#include "api/apiclient.h"
#include "engine/engine.h"
#include "model/schemaindex.h"
#include "model/sourcecolumn.h"
#include "session/session.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

namespace Dataflow::Sandbox {
class SandboxServer;
}

namespace Dataflow::Gui {

/** Page ids of MainWizard, in order (STYLE.md 3.1). */
enum PageId {
    ConnectPageId,
    SourcePageId,
    SchemaPageId,
    TargetPageId,
    MappingPageId,
    DataflowPageId,
    ReviewPageId,
    CreatePageId,
    MonitorPageId,
};

/** Stable keys for session.wizard["page"] and per-page state objects. */
QString pageKey(PageId id);
PageId pageFromKey(const QString &key, PageId fallback = ConnectPageId);

/**
 * What the pages share: the session being edited (owned here, the one thing saved), the API client
 * and engine (owned by MainWizard), and what was fetched (specs, columns, schema) so later pages
 * need not fetch it again. Pages read it in initializePage() and write it in validatePage().
 * Secrets are never stored here except in memory (clientSecret, sourceSecrets).
 */
class WizardContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardContext)

public:
    explicit WizardContext(QObject *parent = nullptr) : QObject(parent) {}

    Core::Session session;
    QPointer<Core::ApiClient> api;
    QPointer<Core::Engine> engine;
    QPointer<Sandbox::SandboxServer> sandbox; // set in demo mode
    bool demoMode = false;
    /** True while MainWizard replays the pages of a loaded session: validatePage() must not rewrite it. */
    bool restoring = false;
    /** Where the demo sandbox keeps what was created between runs (empty: memory only). */
    QString sandboxStatePath;

    // memory only, never saved
    QString clientSecret;
    QJsonObject sourceSecrets;

    // fetched data
    QString tenantId;
    QJsonArray connectionSpecs;      // source specs offered (SSC, ServiceNow)
    QJsonObject connectionSpec;      // the chosen one
    Core::SourceColumns tableColumns; // every column of the chosen table, with types
    QJsonArray previewRows;          // up to 100
    QJsonObject schemaFull;          // xed-full of the chosen/new schema
    Core::SchemaIndex schemaIndex;
    QJsonObject flowSpec;            // CRMToAEP

    /** Selected columns with their explore objects (for the mapping validator). */
    Core::SourceColumns selectedColumns() const
    {
        Core::SourceColumns out;
        for (const auto &c : session.source.columns) {
            Core::SourceColumn full = c;
            for (const auto &t : tableColumns) {
                if (t.name == c.name) {
                    full = t;
                    break;
                }
            }
            out.append(full);
        }
        return out;
    }

    /**
     * Starts the in-process demo sandbox (once; owned by this context) on 127.0.0.1, fills
     * session.environment and clientSecret with its credentials and applies them to api.
     * statePath: where the sandbox keeps its resources between runs (empty: sandboxStatePath).
     */
    bool startDemoSandbox(const QString &statePath = {}, QString *errorMessage = nullptr);
    /** True when the environment is the demo sandbox's organisation. */
    static bool isDemoEnvironment(const Core::EnvironmentSettings &environment);
    /** Pushes session.environment and clientSecret into api (ClientConfig, secret). */
    void applyEnvironment();

    /** Call after every change to session: autosave and the window's modified mark follow. */
    void markChanged() { emit sessionChanged(); }

signals:
    void sessionChanged();
};

} // namespace Dataflow::Gui
