// SPDX-License-Identifier: MIT
#include "sessioncontroller.h"

#include "messagebox.h"
#include "wizard/wizardcontext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QWidget>

#include <algorithm>

namespace Dataflow::Gui {

namespace {
const QString recentKey = QStringLiteral("recentFiles");
const QString fileFilterText = QStringLiteral("*.dataflow.json *.json");

QString originPathOf(const QString &draftPath)
{
    QString origin = draftPath;
    origin.chop(int(QStringLiteral(".json").size()));
    return origin + QStringLiteral(".origin");
}
} // namespace

SessionController::SessionController(WizardContext *context, const QString &draftDirectory,
                                     const QString &settingsFile, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_context(context)
    , m_dialogParent(dialogParent)
    , m_draftDir(draftDirectory)
{
    if (m_draftDir.isEmpty()) {
        m_draftDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                     + QStringLiteral("/drafts");
    }
    QDir().mkpath(m_draftDir);
    m_settings = settingsFile.isEmpty() ? std::make_unique<QSettings>()
                                        : std::make_unique<QSettings>(settingsFile, QSettings::IniFormat);

    m_lock = std::make_unique<QLockFile>(
        m_draftDir + QStringLiteral("/draft-%1.lock").arg(QCoreApplication::applicationPid()));
    m_lock->setStaleLockTime(0);
    m_lock->tryLock(0);

    m_autosave = new QTimer(this);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(800);
    connect(m_autosave, &QTimer::timeout, this, [this] { writeDraft(); });

    if (m_context)
        connect(m_context, &WizardContext::sessionChanged, this, &SessionController::onSessionChanged);
}

SessionController::~SessionController()
{
    // A destroyed controller without closeCleanly() keeps its draft only if the session was
    // modified; the lock is released either way so another run can recover it.
    if (m_autosave->isActive() && m_modified)
        writeDraft();
    if (m_lock)
        m_lock->unlock();
}

void SessionController::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

QString SessionController::displayName() const
{
    return m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
}

void SessionController::onSessionChanged()
{
    if (m_suspend || !m_context || m_context->restoring)
        return;
    setModified(true);
    m_autosave->start();
}

void SessionController::setAutosaveDelay(int ms)
{
    m_autosave->setInterval(ms);
}

void SessionController::setPath(const QString &path)
{
    if (m_path == path)
        return;
    m_path = path;
    emit currentPathChanged(path);
}

void SessionController::reportError(const QString &message)
{
    m_lastError = message;
    MessageBox::warning(m_dialogParent, tr("Dataflow wizard"), message);
}

bool SessionController::newSession()
{
    if (!maybeSave())
        return false;
    removeDraft();
    setPath({});
    m_suspend = true;
    emit newSessionRequested();
    m_suspend = false;
    setModified(false);
    return true;
}

bool SessionController::open(const QString &path)
{
    if (!maybeSave())
        return false;
    if (!QFileInfo::exists(path) && recentFiles().contains(path)) {
        // A recent file that was moved or deleted leaves the list.
        QStringList files = recentFiles();
        files.removeAll(path);
        m_settings->setValue(recentKey, files);
        m_settings->sync();
        emit recentFilesChanged();
    }
    QString error;
    const std::optional<Core::Session> session = Core::SessionFile::load(path, &error);
    if (!session) {
        reportError(tr("Could not open %1:\n%2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    removeDraft();
    m_suspend = true;
    emit sessionLoaded(*session);
    m_suspend = false;
    setPath(QFileInfo(path).absoluteFilePath());
    setModified(false);
    addRecentFile(m_path);
    return true;
}

bool SessionController::openInteractive()
{
    const QString path = QFileDialog::getOpenFileName(
        m_dialogParent, tr("Open session"), QFileInfo(m_path).absolutePath(),
        tr("Dataflow sessions (%1);;All files (*)").arg(fileFilterText));
    return !path.isEmpty() && open(path);
}

bool SessionController::writeTo(const QString &path)
{
    if (!m_context)
        return false;
    if (const std::optional<QString> error = Core::SessionFile::save(path, m_context->session)) {
        reportError(tr("Could not save %1:\n%2").arg(QDir::toNativeSeparators(path), *error));
        return false;
    }
    return true;
}

bool SessionController::save()
{
    if (m_path.isEmpty())
        return saveAsInteractive();
    if (!writeTo(m_path))
        return false;
    setModified(false);
    removeDraft();
    return true;
}

bool SessionController::saveAs(const QString &path)
{
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty())
        target += QStringLiteral(".dataflow.json");
    if (!writeTo(target))
        return false;
    setPath(QFileInfo(target).absoluteFilePath());
    setModified(false);
    removeDraft();
    addRecentFile(m_path);
    return true;
}

bool SessionController::saveAsInteractive()
{
    QString suggestion = m_path;
    if (suggestion.isEmpty()) {
        const QString name = m_context && !m_context->session.dataflow.name.isEmpty()
                                 ? m_context->session.dataflow.name
                                 : tr("dataflow");
        suggestion = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                     + QLatin1Char('/') + name + QStringLiteral(".dataflow.json");
    }
    const QString path = QFileDialog::getSaveFileName(
        m_dialogParent, tr("Save session as"), suggestion,
        tr("Dataflow sessions (%1);;All files (*)").arg(fileFilterText));
    return !path.isEmpty() && saveAs(path);
}

bool SessionController::maybeSave()
{
    if (!m_modified)
        return true;
    const auto answer = MessageBox::question(
        m_dialogParent, tr("Unsaved changes"),
        tr("The session \"%1\" has unsaved changes. Save them?").arg(displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    switch (answer) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        removeDraft();
        setModified(false);
        return true;
    default:
        return false;
    }
}

void SessionController::closeCleanly()
{
    m_autosave->stop();
    removeDraft();
    if (m_lock) {
        m_lock->unlock();
        m_lock.reset();
    }
}

QStringList SessionController::recentFiles() const
{
    return m_settings->value(recentKey).toStringList();
}

void SessionController::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    m_settings->setValue(recentKey, files);
    m_settings->sync();
    emit recentFilesChanged();
}

void SessionController::clearRecentFiles()
{
    m_settings->remove(recentKey);
    m_settings->sync();
    emit recentFilesChanged();
}

QString SessionController::draftPath() const
{
    return m_draftDir + QStringLiteral("/draft-%1.json").arg(QCoreApplication::applicationPid());
}

bool SessionController::writeDraft()
{
    if (!m_context)
        return false;
    m_autosave->stop();
    if (Core::SessionFile::save(draftPath(), m_context->session))
        return false; // a failed draft is not worth a dialog; the next change tries again
    QFile origin(originPathOf(draftPath()));
    if (origin.open(QIODevice::WriteOnly | QIODevice::Truncate))
        origin.write(m_path.toUtf8());
    emit draftWritten(draftPath());
    return true;
}

void SessionController::removeDraft()
{
    m_autosave->stop();
    QFile::remove(draftPath());
    QFile::remove(originPathOf(draftPath()));
}

QStringList SessionController::recoverableDrafts() const
{
    const QString own = QFileInfo(draftPath()).fileName();
    QFileInfoList found = QDir(m_draftDir).entryInfoList({QStringLiteral("draft-*.json")}, QDir::Files,
                                                         QDir::Time);
    QStringList out;
    for (const QFileInfo &info : std::as_const(found)) {
        if (info.fileName() == own)
            continue;
        QString lockPath = info.absoluteFilePath();
        lockPath.chop(int(QStringLiteral(".json").size()));
        lockPath += QStringLiteral(".lock");
        QLockFile lock(lockPath);
        lock.setStaleLockTime(0);
        if (lock.tryLock(0)) { // its owner is gone
            lock.unlock();
            out.append(info.absoluteFilePath());
        }
    }
    return out;
}

QString SessionController::draftOrigin(const QString &draftPath)
{
    QFile origin(originPathOf(draftPath));
    if (!origin.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(origin.readAll());
}

bool SessionController::recoverDraft(const QString &path)
{
    QString error;
    const std::optional<Core::Session> session = Core::SessionFile::load(path, &error);
    if (!session) {
        reportError(tr("The recovered draft could not be read:\n%1").arg(error));
        discardDraft(path);
        return false;
    }
    const QString origin = draftOrigin(path);
    m_suspend = true;
    emit sessionLoaded(*session);
    m_suspend = false;
    discardDraft(path);
    setPath(origin);
    m_modified = false;
    setModified(true);
    writeDraft();
    return true;
}

void SessionController::discardDraft(const QString &path)
{
    QFile::remove(path);
    QFile::remove(originPathOf(path));
    QString lockPath = path;
    lockPath.chop(int(QStringLiteral(".json").size()));
    QFile::remove(lockPath + QStringLiteral(".lock"));
}

} // namespace Dataflow::Gui
