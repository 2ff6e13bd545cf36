// SPDX-License-Identifier: MIT
#pragma once

#include "session/session.h"

#include <QLockFile>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <memory>

class QSettings;
class QTimer;
class QWidget;

namespace Dataflow::Gui {

class WizardContext;

/**
 * The File menu's logic, apart from any widget: the current file and its modified state, Save and
 * Save As through Core::SessionFile, the recent files list (QSettings), autosaved drafts and crash
 * recovery.
 *
 * Every change (WizardContext::sessionChanged) marks the session modified and, after a short pause,
 * writes a draft to the draft directory (draft-<pid>.json, guarded by a QLockFile). A clean save
 * or an explicit discard removes the draft. A draft whose lock is stale was left by a process that
 * died: recoverableDrafts() lists those so the wizard can offer them back. Questions go through
 * the MessageBox seam. GUI thread only.
 */
class SessionController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionController)

public:
    /** draftDirectory empty: <AppDataLocation>/drafts; settingsFile empty: the default QSettings. */
    SessionController(WizardContext *context, const QString &draftDirectory,
                      const QString &settingsFile, QWidget *dialogParent);
    ~SessionController() override;

    QString currentPath() const { return m_path; }
    bool isModified() const { return m_modified; }
    void setModified(bool modified);
    /** "name.dataflow.json" or "Untitled". */
    QString displayName() const;

    // --- file operations (return false when cancelled or failed; errors are shown) ----------
    /** Asks about unsaved changes first; then starts a fresh session (emits newSessionRequested). */
    bool newSession();
    /** Asks about unsaved changes, loads the file, emits sessionLoaded, adds it to recent files. */
    bool open(const QString &path);
    /** Shows a file dialog, then open(). */
    bool openInteractive();
    /** Saves to the current path, or asks for one. */
    bool save();
    bool saveAs(const QString &path);
    bool saveAsInteractive();
    /** Asks Save / Discard / Cancel when modified; true when the window may close. */
    bool maybeSave();
    /** Called when the window closes for good: removes the draft and releases the lock. */
    void closeCleanly();

    // --- recent files ---------------------------------------------------------------------
    QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    void clearRecentFiles();
    static constexpr int maxRecentFiles = 8;

    // --- drafts -----------------------------------------------------------------------------
    QString draftDirectory() const { return m_draftDir; }
    QString draftPath() const;
    /** Writes the draft now (the timer normally does it). */
    bool writeDraft();
    void removeDraft();
    /** Drafts left by processes that died, newest first. */
    QStringList recoverableDrafts() const;
    /** Loads a recovered draft as the current, modified session (emits sessionLoaded). */
    bool recoverDraft(const QString &draftPath);
    void discardDraft(const QString &draftPath);
    /** The file a draft belonged to ("" for an untitled session). */
    static QString draftOrigin(const QString &draftPath);
    void setAutosaveDelay(int ms);

    /** The last error shown (for tests). */
    QString lastError() const { return m_lastError; }

signals:
    void sessionLoaded(const Dataflow::Core::Session &session);
    void newSessionRequested();
    void currentPathChanged(const QString &path);
    void modifiedChanged(bool modified);
    void recentFilesChanged();
    void draftWritten(const QString &path);

private:
    void onSessionChanged();
    void setPath(const QString &path);
    void reportError(const QString &message);
    bool writeTo(const QString &path);

    QPointer<WizardContext> m_context;
    QPointer<QWidget> m_dialogParent;
    QString m_draftDir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<QLockFile> m_lock;
    QTimer *m_autosave = nullptr;
    QString m_path;
    bool m_modified = false;
    bool m_suspend = false; // while loading: the replay's changes are not edits
    QString m_lastError;
};

} // namespace Dataflow::Gui
