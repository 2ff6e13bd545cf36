// SPDX-License-Identifier: MIT
#pragma once

#include "session/session.h"
#include "wizard/wizardcontext.h"

#include <QString>
#include <QWizard>

class QNetworkAccessManager;
class QMenu;
class QTimer;
class QMenuBar;

namespace Dataflow::Gui {

class SessionController;

/**
 * The dataflow wizard: nine pages (PageId), a File menu (New, Open, Save, Save As, Recent) and the
 * objects the pages share. Owns the WizardContext, one QNetworkAccessManager (auto-deleted replies),
 * the Core::ApiClient, the Core::Engine and, in demo mode, an in-process Sandbox::SandboxServer on
 * 127.0.0.1 with its credentials filled in (platformUrl = imsUrl = sandbox url).
 */
class MainWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWizard)

public:
    struct Options
    {
        bool demo = false;
        /** Where drafts are autosaved; empty = <AppDataLocation>/drafts. */
        QString draftDirectory;
        /** An ini file for recent files and window state; empty = the default QSettings. */
        QString settingsFile;
        /** Offer an orphaned draft (crash recovery) when the wizard is shown. */
        bool offerRecovery = true;
        /** Where the demo sandbox keeps its resources between runs; empty = memory only. */
        QString sandboxStatePath;
    };

    explicit MainWizard(QWidget *parent = nullptr);
    explicit MainWizard(const Options &options, QWidget *parent = nullptr);
    ~MainWizard() override;

    WizardContext *context() const { return m_context; }
    SessionController *sessions() const { return m_sessions; }
    QNetworkAccessManager *networkManager() const { return m_manager; }
    QMenuBar *menuBar() const { return m_menuBar; }

    /** Starts the embedded sandbox (once) and points the environment and client at it. */
    bool startDemo(QString *errorMessage = nullptr);
    bool isDemo() const { return m_context->demoMode; }

    /** Pushes session.environment and the in-memory client secret into the ApiClient. */
    void applyEnvironment();

    /**
     * Replaces the session and restores every page: replays the pages up to session.wizard["page"]
     * (each reads its state in initializePage()) and lands there.
     */
    void loadSession(const Core::Session &session);
    /** Loads a session file (see SessionController::open, which asks about unsaved changes). */
    bool openFile(const QString &path, QString *errorMessage = nullptr);

    /** Starts a fresh session on the first page (keeps demo mode). */
    void newSession();

    /** True while a loaded session's pages are being replayed (each page's loads finish first). */
    bool isReplaying() const { return m_replayTarget >= 0; }

    /** The platform UI link of a flow (Monitor page). */
    QString platformFlowUrl(const QString &flowId) const;

public slots:
    void reject() override;

signals:
    /** A session was loaded (after the replay landed) or a new one started. */
    void sessionReset();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildMenu();
    void rebuildRecentMenu();
    void replayTo(PageId target);
    void continueReplay();
    void finishReplay();
    void offerRecovery();
    void onCurrentIdChanged(int id);
    void updateTitle();

    Options m_options;
    WizardContext *m_context = nullptr;
    QNetworkAccessManager *m_manager = nullptr;
    SessionController *m_sessions = nullptr;
    QMenuBar *m_menuBar = nullptr;
    QMenu *m_recentMenu = nullptr;
    int m_replayTarget = -1;
    QTimer *m_replayTimer = nullptr;
};

} // namespace Dataflow::Gui
