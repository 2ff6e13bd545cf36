// SPDX-License-Identifier: MIT
#include "wizard/mainwizard.h"

#include "messagebox.h"
#include "sessioncontroller.h"
#include "wizard/connectpage.h"
#include "wizard/createpage.h"
#include "wizard/dataflowpage.h"
#include "wizard/mappingpage.h"
#include "wizard/monitorpage.h"
#include "wizard/reviewpage.h"
#include "wizard/schemapage.h"
#include "wizard/sourcepage.h"
#include "wizard/targetpage.h"
#include "wizard/wizardpagebase.h"

#include "api/apiclient.h"
#include "engine/engine.h"
#include "sandboxserver.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QLayout>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>

#include <qt6keychain/keychain.h>

namespace Dataflow::Gui {

MainWizard::MainWizard(QWidget *parent)
    : MainWizard(Options{}, parent)
{
}

MainWizard::MainWizard(const Options &options, QWidget *parent)
    : QWizard(parent)
    , m_options(options)
{
    setObjectName(QStringLiteral("mainWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::HaveHelpButton, false);
    setMinimumSize(960, 680);
    setAcceptDrops(true);
    setWindowIcon(QIcon(QStringLiteral(":/icons/dataflow-wizard.svg")));

    m_context = new WizardContext(this);
    m_context->sandboxStatePath = options.sandboxStatePath;
    m_manager = new QNetworkAccessManager(this);
    m_manager->setAutoDeleteReplies(true);
    auto *api = new Core::ApiClient(m_manager, Core::ClientConfig{}, this);
    m_context->api = api;
    m_context->engine = new Core::Engine(api, this);
    // Fetched flow specs are cached where the Dataflow page looks for them when offline.
    m_context->engine->setCacheDirectory(QStandardPaths::writableLocation(QStandardPaths::CacheLocation));

    m_sessions = new SessionController(m_context, options.draftDirectory, options.settingsFile, this);

    setPage(ConnectPageId, new ConnectPage(m_context, this));
    setPage(SourcePageId, new SourcePage(m_context, this));
    setPage(SchemaPageId, new SchemaPage(m_context, this));
    setPage(TargetPageId, new TargetPage(m_context, this));
    setPage(MappingPageId, new MappingPage(m_context, this));
    setPage(DataflowPageId, new DataflowPage(m_context, this));
    setPage(ReviewPageId, new ReviewPage(m_context, this));
    setPage(CreatePageId, new CreatePage(m_context, this));
    setPage(MonitorPageId, new MonitorPage(m_context, this));
    setStartId(ConnectPageId);

    buildMenu();

    m_replayTimer = new QTimer(this);
    m_replayTimer->setInterval(15);
    connect(m_replayTimer, &QTimer::timeout, this, &MainWizard::continueReplay);

    connect(this, &QWizard::currentIdChanged, this, &MainWizard::onCurrentIdChanged);
    connect(m_sessions, &SessionController::sessionLoaded, this, &MainWizard::loadSession);
    connect(m_sessions, &SessionController::newSessionRequested, this, &MainWizard::newSession);
    connect(m_sessions, &SessionController::modifiedChanged, this, &MainWizard::updateTitle);
    connect(m_sessions, &SessionController::currentPathChanged, this, &MainWizard::updateTitle);
    connect(m_sessions, &SessionController::recentFilesChanged, this, &MainWizard::rebuildRecentMenu);
    connect(m_context, &WizardContext::sessionChanged, this, &MainWizard::updateTitle);

    if (options.demo) {
        QString error;
        if (!startDemo(&error)) {
            QTimer::singleShot(0, this, [this, error] {
                MessageBox::critical(this, tr("Demo sandbox"),
                                     tr("The demo sandbox could not start: %1").arg(error));
            });
        }
    }
    if (options.offerRecovery)
        QTimer::singleShot(0, this, &MainWizard::offerRecovery);
    updateTitle();
}

MainWizard::~MainWizard()
{
    // Pages cancel their calls before the client goes away.
    m_context->restoring = true;
    if (m_context->api)
        m_context->api->cancelAll();
}

bool MainWizard::startDemo(QString *errorMessage)
{
    const bool ok = m_context->startDemoSandbox(m_options.sandboxStatePath, errorMessage);
    updateTitle();
    return ok;
}

void MainWizard::applyEnvironment()
{
    m_context->applyEnvironment();
}

void MainWizard::buildMenu()
{
    m_menuBar = new QMenuBar(this);
    QMenu *file = m_menuBar->addMenu(tr("&File"));

    QAction *newAction = file->addAction(tr("&New"), this, [this] { m_sessions->newSession(); });
    newAction->setShortcut(QKeySequence::New);
    newAction->setObjectName(QStringLiteral("actionNew"));
    QAction *open = file->addAction(tr("&Open…"), this, [this] { m_sessions->openInteractive(); });
    open->setShortcut(QKeySequence::Open);
    open->setObjectName(QStringLiteral("actionOpen"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    QAction *save = file->addAction(tr("&Save"), this, [this] { m_sessions->save(); });
    save->setShortcut(QKeySequence::Save);
    save->setObjectName(QStringLiteral("actionSave"));
    QAction *saveAs = file->addAction(tr("Save &As…"), this, [this] { m_sessions->saveAsInteractive(); });
    saveAs->setShortcut(QKeySequence::SaveAs);
    saveAs->setObjectName(QStringLiteral("actionSaveAs"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("actionQuit"));

    // QWizard is a dialog: the actions need the window as their widget for the shortcuts to work.
    addActions({newAction, open, save, saveAs, quit});
    // QWizard lays its parts out on an inner widget (no layout of its own): the menu bar goes on
    // top of that inner grid.
    QLayout *inner = layout();
    if (!inner) {
        for (QWidget *child : findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
            if (qobject_cast<QGridLayout *>(child->layout())) {
                inner = child->layout();
                break;
            }
        }
    }
    if (inner)
        inner->setMenuBar(m_menuBar);
    rebuildRecentMenu();
}

void MainWizard::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_sessions->recentFiles();
    int n = 0;
    for (const QString &path : files) {
        ++n;
        const QString label = n < 10 ? tr("&%1 %2").arg(n).arg(QFileInfo(path).fileName())
                                     : QFileInfo(path).fileName();
        QAction *action = m_recentMenu->addAction(label, this, [this, path] { m_sessions->open(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear list"), this, [this] { m_sessions->clearRecentFiles(); });
    }
}

void MainWizard::onCurrentIdChanged(int id)
{
    // Keys must never reach a page that is no longer shown (seen without a window manager: the
    // previous page's line edit kept the focus and took a keystroke meant for the new page).
    if (QWizardPage *page = currentPage()) {
        QWidget *focused = focusWidget();
        if (!focused || !page->isAncestorOf(focused)) {
            QWidget *target = page;
            for (QWidget *w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
                if (page->isAncestorOf(w) && w->isVisibleTo(page) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
                    target = w;
                    break;
                }
            }
            target->setFocus(Qt::TabFocusReason);
        }
    }
    if (id < 0 || m_context->restoring)
        return;
    const QString key = pageKey(PageId(id));
    const QString previous = m_context->session.wizard.value(QStringLiteral("page")).toString();
    if (previous == key)
        return;
    m_context->session.wizard.insert(QStringLiteral("page"), key);
    // Showing the first page of a fresh session is not an edit.
    if (!(previous.isEmpty() && id == startId()))
        m_context->markChanged();
}

void MainWizard::updateTitle()
{
    QString title = tr("%1[*] — Dataflow wizard").arg(m_sessions->displayName());
    if (m_context->demoMode)
        title += QLatin1Char(' ') + tr("(demo sandbox)");
    setWindowTitle(title);
    setWindowModified(m_sessions->isModified());
}

void MainWizard::newSession()
{
    m_replayTimer->stop();
    m_replayTarget = -1;
    m_context->restoring = true;
    Core::Session fresh;
    if (m_context->demoMode)
        fresh.environment = m_context->session.environment;
    m_context->session = fresh;
    m_context->tenantId.clear();
    m_context->connectionSpecs = {};
    m_context->connectionSpec = {};
    m_context->tableColumns.clear();
    m_context->previewRows = {};
    m_context->schemaFull = {};
    m_context->schemaIndex = {};
    m_context->sourceSecrets = {};
    restart();
    m_context->restoring = false;
    emit sessionReset();
    updateTitle();
}

void MainWizard::loadSession(const Core::Session &session)
{
    m_replayTimer->stop();
    m_replayTarget = -1;
    m_context->restoring = true;
    m_context->session = session;
    m_context->tenantId.clear();
    m_context->connectionSpecs = {};
    m_context->connectionSpec = {};
    m_context->tableColumns.clear();
    m_context->previewRows = {};
    m_context->schemaFull = {};
    m_context->schemaIndex = {};
    m_context->sourceSecrets = {};

    const PageId target = pageFromKey(session.wizard.value(QStringLiteral("page")).toString());
    const Core::EnvironmentSettings env = session.environment;
    if (WizardContext::isDemoEnvironment(env)) {
        // The sandbox listens on a new port every run: point the session at the running one.
        QString error;
        if (!m_context->startDemoSandbox(m_options.sandboxStatePath, &error)) {
            m_context->restoring = false;
            MessageBox::critical(this, tr("Demo sandbox"),
                                 tr("The demo sandbox could not start: %1").arg(error));
            return;
        }
        replayTo(target);
        return;
    }

    m_context->demoMode = false;
    m_context->clientSecret.clear();
    m_context->applyEnvironment();
    if (env.orgId.isEmpty() || env.clientId.isEmpty()) {
        replayTo(target);
        return;
    }
    // The secret lives in the keychain: read it before the pages call the Platform.
    auto *job = new QKeychain::ReadPasswordJob(QStringLiteral("dataflow-wizard"), this);
    job->setAutoDelete(true);
    job->setKey(env.orgId + QLatin1Char('/') + env.clientId);
    connect(job, &QKeychain::Job::finished, this, [this, job, target](QKeychain::Job *) {
        if (job->error() == QKeychain::NoError) {
            m_context->clientSecret = job->textData();
            m_context->applyEnvironment();
            replayTo(target);
        } else {
            // Without the secret the pages cannot fetch anything: stop on the connect page.
            replayTo(ConnectPageId);
        }
    });
    job->start();
}

void MainWizard::replayTo(PageId target)
{
    // Pages are walked forward one by one; each gets to finish its loads (tables, schema…)
    // before the next one starts, so the later pages find what they need in the context.
    m_context->restoring = true;
    m_replayTarget = int(target);
    restart();
    m_replayTimer->start();
}

void MainWizard::continueReplay()
{
    if (m_replayTarget < 0)
        return;
    auto *page = qobject_cast<WizardPageBase *>(currentPage());
    if (page && page->isBusy())
        return; // the timer comes back
    if (currentId() == m_replayTarget || currentId() == -1) {
        finishReplay();
        return;
    }
    if (page && page->isBannerVisible()) {
        finishReplay(); // something is wrong here: stop where the user can see it
        return;
    }
    const int before = currentId();
    next();
    if (currentId() == before)
        finishReplay();
}

void MainWizard::finishReplay()
{
    m_replayTimer->stop();
    m_replayTarget = -1;
    m_context->restoring = false;
    // The replay wrote nothing; remember where we are.
    if (currentId() >= 0)
        m_context->session.wizard.insert(QStringLiteral("page"), pageKey(PageId(currentId())));
    emit sessionReset();
    updateTitle();
}

bool MainWizard::openFile(const QString &path, QString *errorMessage)
{
    const bool ok = m_sessions->open(path);
    if (!ok && errorMessage)
        *errorMessage = m_sessions->lastError();
    return ok;
}

QString MainWizard::platformFlowUrl(const QString &flowId) const
{
    QString tenant = m_context->tenantId;
    if (tenant.isEmpty())
        tenant = m_context->session.environment.orgId;
    return QStringLiteral("https://experience.adobe.com/#/@%1/sname:%2/platform/source/dataflows/%3/activity")
        .arg(tenant, m_context->session.environment.sandbox, flowId);
}

void MainWizard::offerRecovery()
{
    const QStringList drafts = m_sessions->recoverableDrafts();
    if (drafts.isEmpty())
        return;
    const QString origin = SessionController::draftOrigin(drafts.first());
    const QString name = origin.isEmpty() ? tr("an untitled session") : QFileInfo(origin).fileName();
    const auto answer = MessageBox::question(
        this, tr("Recover unsaved work"),
        tr("The wizard did not close properly last time. Unsaved changes to %1 were kept. "
           "Restore them?").arg(name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes) {
        m_sessions->recoverDraft(drafts.first());
        for (int i = 1; i < drafts.size(); ++i)
            m_sessions->discardDraft(drafts.at(i));
    } else {
        for (const QString &draft : drafts)
            m_sessions->discardDraft(draft);
    }
}

void MainWizard::reject()
{
    close();
}

void MainWizard::closeEvent(QCloseEvent *event)
{
    if (!m_sessions->maybeSave()) {
        event->ignore();
        return;
    }
    m_sessions->closeCleanly();
    event->accept();
    QWizard::reject();
}

void MainWizard::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWizard::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    const QString path = urls.first().toLocalFile();
    QTimer::singleShot(0, this, [this, path] { m_sessions->open(path); });
}

} // namespace Dataflow::Gui
