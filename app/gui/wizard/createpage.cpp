// SPDX-License-Identifier: MIT
#include "wizard/createpage.h"
#include "ui_createpage.h"

#include "engine/journal.h"
#include "messagebox.h"
#include "sessioncontroller.h"
#include "wizard/mainwizard.h"

#include <QHeaderView>
#include <QMetaMethod>
#include <QStyle>
#include <QTableWidgetItem>
#include <QTimer>
#include <QWizard>

namespace Dataflow::Gui {

using Core::StepId;
using Core::StepState;

namespace {
enum Column { StepColumn, StateColumn, DetailColumn, ColumnCount };

QString stateText(StepState state)
{
    switch (state) {
    case StepState::Pending: return CreatePage::tr("Waiting");
    case StepState::Running: return CreatePage::tr("Running…");
    case StepState::Done: return CreatePage::tr("Done");
    case StepState::Failed: return CreatePage::tr("Failed");
    case StepState::Cancelled: return CreatePage::tr("Stopped");
    case StepState::Skipped: return CreatePage::tr("Not needed");
    }
    return {};
}

QStyle::StandardPixmap stateIcon(StepState state)
{
    switch (state) {
    case StepState::Pending: return QStyle::SP_MediaPause;
    case StepState::Running: return QStyle::SP_BrowserReload;
    case StepState::Done: return QStyle::SP_DialogApplyButton;
    case StepState::Failed: return QStyle::SP_MessageBoxCritical;
    case StepState::Cancelled: return QStyle::SP_DialogCancelButton;
    case StepState::Skipped: return QStyle::SP_ArrowForward;
    }
    return QStyle::SP_MediaPause;
}
} // namespace

CreatePage::CreatePage(WizardContext *context, QWidget *parent)
    : WizardPageBase(CreatePageId, context, parent)
    , m_ui(std::make_unique<Ui::CreatePage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Create"));
    setSubTitle(tr("The wizard creates each part on the Platform; independent parts are created at the same time."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Monitor >"));

    m_ui->stepsTable->setColumnCount(ColumnCount);
    m_ui->stepsTable->setHorizontalHeaderLabels({tr("Step"), tr("State"), tr("Details")});
    m_ui->stepsTable->setRowCount(Core::StepCount);
    m_ui->stepsTable->verticalHeader()->setVisible(false);
    m_ui->stepsTable->horizontalHeader()->setSectionResizeMode(StepColumn, QHeaderView::ResizeToContents);
    m_ui->stepsTable->horizontalHeader()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    m_ui->stepsTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->stepsTable->setAccessibleName(tr("Creation steps"));
    for (int i = 0; i < Core::StepCount; ++i) {
        m_states.append(StepState::Pending);
        Core::StepStatus status;
        status.id = StepId(i);
        showStep(status);
    }
    m_ui->errorLabel->setAccessibleName(tr("Error"));
    m_ui->errorGroup->hide();

    m_ui->retryButton->setToolTip(tr("Apply again: finished steps are not repeated and nothing is created twice"));
    m_ui->resumeLaterButton->setToolTip(tr("Save the session and close; open it later to continue here"));
    m_ui->rollbackButton->setToolTip(tr("Delete what this session created on the Platform"));
    m_ui->stopButton->setToolTip(tr("Stop after the requests already sent"));
    connect(m_ui->retryButton, &QPushButton::clicked, this, &CreatePage::apply);
    connect(m_ui->resumeLaterButton, &QPushButton::clicked, this, &CreatePage::resumeLater);
    connect(m_ui->rollbackButton, &QPushButton::clicked, this, &CreatePage::rollBack);
    connect(m_ui->stopButton, &QPushButton::clicked, this, &CreatePage::stop);
    updateButtons();
}

CreatePage::~CreatePage() = default;

void CreatePage::attachEngine()
{
    Core::Engine *engine = context()->engine;
    if (engine == m_engine)
        return;
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    if (!m_engine)
        return;
    connect(m_engine, &Core::Engine::stepChanged, this, &CreatePage::onStepChanged);
    connect(m_engine, &Core::Engine::sessionChanged, this, &CreatePage::onEngineSessionChanged);
    connect(m_engine, &Core::Engine::finished, this, &CreatePage::onFinished);
    connect(m_engine, &Core::Engine::progress, this, [this](const QString &line) {
        m_ui->progressLabel->setText(line);
        m_log.append(line);
        while (m_log.size() > 50)
            m_log.removeFirst();
    });
}

void CreatePage::initializePage()
{
    attachEngine();
    clearError();
    if (!m_engine) {
        showError(tr("The creation engine is not available."), tr("Restart the wizard."));
        setPhase(Phase::Failed);
        return;
    }
    if (m_engine->isRunning()) {
        setPhase(Phase::Applying);
        return;
    }
    if (context()->restoring) {
        // a loaded session lands here: show where it stopped and let the person resume
        m_ui->progressLabel->setText(context()->session.applied.isEmpty()
                                         ? tr("Nothing was created yet. Press Retry to start.")
                                         : tr("This session was partly created. Press Retry to continue where it stopped."));
        setPhase(Phase::Failed);
        m_ui->errorGroup->hide();
        return;
    }
    apply();
}

bool CreatePage::validatePage()
{
    if (context()->restoring)
        return true;
    if (m_phase != Phase::Done)
        return false;
    setPageState({{QStringLiteral("done"), true}});
    return true;
}

void CreatePage::cleanupPage()
{
    if (m_engine && m_engine->isRunning())
        m_engine->cancel();
    WizardPageBase::cleanupPage();
}

bool CreatePage::isComplete() const
{
    return m_phase == Phase::Done && !isBusy();
}

StepState CreatePage::stepState(StepId id) const
{
    return m_states.value(int(id), StepState::Pending);
}

QString CreatePage::errorText() const
{
    return m_ui->errorGroup->isVisible() || m_lastError ? m_ui->errorLabel->text() : QString();
}

void CreatePage::ensureJournal()
{
    // The journal is what makes Retry after a restart safe: without one the engine cannot tell what
    // it created before. When nobody set it, keep it beside the session file (or its draft).
    if (!m_engine || !m_engine->journalPath().isEmpty())
        return;
    auto *main = qobject_cast<MainWizard *>(wizard());
    if (!main || !main->sessions())
        return;
    QString base = main->sessions()->currentPath();
    if (base.isEmpty())
        base = main->sessions()->draftPath();
    if (!base.isEmpty())
        m_engine->setJournalPath(Core::Journal::pathFor(base));
}

void CreatePage::apply()
{
    attachEngine();
    if (!m_engine || m_engine->isRunning())
        return;
    ensureJournal();
    clearError();
    m_lastError.reset();
    m_ui->errorGroup->hide();
    m_ui->errorLabel->clear();
    m_log.clear();
    m_engine->setSession(context()->session);
    m_engine->setSourceSecrets(context()->sourceSecrets);
    setPhase(Phase::Applying);
    m_ui->progressLabel->setText(tr("Creating the dataflow…"));
    m_engine->apply(); // may finish synchronously (offline checks)
}

void CreatePage::rollBack()
{
    attachEngine();
    if (!m_engine || m_engine->isRunning())
        return;
    const auto answer = MessageBox::question(
        this, tr("Roll back"),
        tr("Delete the dataflow and everything this session created on the Platform (connections, dataset, schema)? "
           "Existing resources you picked are kept. Mapping sets cannot be deleted through the API."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    clearError();
    m_ui->errorGroup->hide();
    ensureJournal();
    m_engine->setSession(context()->session);
    setPhase(Phase::RollingBack);
    m_ui->progressLabel->setText(tr("Rolling back…"));
    m_engine->rollback();
}

void CreatePage::resumeLater()
{
    if (m_engine && m_engine->isRunning())
        m_engine->cancel();
    setPageState({{QStringLiteral("done"), false}});
    if (isSignalConnected(QMetaMethod::fromSignal(&CreatePage::resumeLaterRequested)))
        emit resumeLaterRequested();
    else if (wizard())
        wizard()->close(); // MainWizard asks to save on close
}

void CreatePage::stop()
{
    if (m_engine && m_engine->isRunning()) {
        m_ui->progressLabel->setText(tr("Stopping…"));
        m_engine->cancel();
    }
}

void CreatePage::onStepChanged(const Core::StepStatus &status)
{
    if (m_phase != Phase::Applying && m_phase != Phase::RollingBack)
        return;
    showStep(status);
}

void CreatePage::showStep(const Core::StepStatus &status)
{
    const int row = int(status.id);
    if (row < 0 || row >= Core::StepCount)
        return;
    m_states[row] = status.state;
    auto *step = new QTableWidgetItem(style()->standardIcon(stateIcon(status.state)), Core::stepLabel(status.id));
    auto *state = new QTableWidgetItem(stateText(status.state));
    QString detail;
    if (status.error)
        detail = status.error->code.isEmpty() ? status.error->message
                                              : status.error->code + QStringLiteral(": ") + status.error->message;
    else if (!status.resourceId.isEmpty())
        detail = status.resourceId;
    if (status.state == StepState::Done && status.reused)
        detail = detail.isEmpty() ? tr("existing") : tr("%1 (existing)").arg(detail);
    else if (status.state == StepState::Done && status.created)
        detail = detail.isEmpty() ? tr("created") : tr("%1 (created)").arg(detail);
    if (!status.note.isEmpty())
        detail += (detail.isEmpty() ? QString() : QStringLiteral(" — ")) + status.note;
    auto *details = new QTableWidgetItem(detail);
    details->setToolTip(detail);
    step->setData(Qt::AccessibleTextRole, Core::stepLabel(status.id) + QStringLiteral(": ") + stateText(status.state));
    m_ui->stepsTable->setItem(row, StepColumn, step);
    m_ui->stepsTable->setItem(row, StateColumn, state);
    m_ui->stepsTable->setItem(row, DetailColumn, details);
}

void CreatePage::onEngineSessionChanged(const Core::Session &session)
{
    context()->session.applied = session.applied;
    if (context()->tenantId.isEmpty() && m_engine && !m_engine->tenantId().isEmpty())
        context()->tenantId = m_engine->tenantId();
    context()->markChanged();
}

void CreatePage::onFinished(bool ok, const std::optional<Core::ApiError> &error)
{
    if (m_engine) {
        for (const auto &status : m_engine->steps())
            showStep(status);
        if (!m_engine->tenantId().isEmpty())
            context()->tenantId = m_engine->tenantId();
        if (context()->flowSpec.isEmpty() && !m_engine->flowSpec().isEmpty())
            context()->flowSpec = m_engine->flowSpec();
    }
    if (m_phase == Phase::RollingBack) {
        if (ok) {
            setPhase(Phase::RolledBack);
            m_ui->progressLabel->setText(tr("Rolled back: what this session created was deleted."));
            setPageState({{QStringLiteral("done"), false}});
        } else {
            if (error)
                showFailure(*error);
            setPhase(Phase::Failed);
        }
        emit rollbackFinished(ok);
        return;
    }
    const bool flowExists = ok
        && (!context()->session.applied.flowId.isEmpty()
            || (m_engine && m_engine->step(StepId::Flow).state == StepState::Done));
    if (flowExists) {
        setPhase(Phase::Done);
        m_ui->progressLabel->setText(tr("The dataflow was created. Press Monitor to follow its runs."));
        setPageState({{QStringLiteral("done"), true}});
    } else {
        if (error)
            showFailure(*error);
        else if (!ok)
            showFailure(Core::ApiError::make(Core::ApiError::Kind::Cancelled, tr("Creation was stopped."),
                                             tr("Press Retry to continue where it stopped.")));
        setPhase(Phase::Failed);
    }
    emit applyFinished(flowExists);
}

void CreatePage::showFailure(const Core::ApiError &error)
{
    m_lastError = error;
    QStringList lines;
    lines.append(error.message);
    if (!error.code.isEmpty())
        lines.append(tr("Code: %1").arg(error.code));
    if (error.httpStatus > 0)
        lines.append(tr("HTTP status: %1").arg(error.httpStatus));
    if (!error.requestId.isEmpty())
        lines.append(tr("Request id: %1").arg(error.requestId));
    if (!error.method.isEmpty())
        lines.append(tr("Request: %1 %2").arg(error.method, error.path));
    lines.append(error.nextStep.isEmpty()
                     ? tr("Next step: press Retry; steps already done are not repeated.")
                     : tr("Next step: %1").arg(error.nextStep));
    // when the engine could not tell whether a create happened, the Platform's own answers are in
    // its progress lines: show those of the failed step
    if (error.code.isEmpty() && error.httpStatus == 0) {
        QString stepName;
        if (m_engine) {
            for (const auto &status : m_engine->steps()) {
                if (status.state == StepState::Failed)
                    stepName = Core::stepLabel(status.id);
            }
        }
        QStringList earlier;
        for (const QString &line : std::as_const(m_log)) {
            if (!stepName.isEmpty() && line.startsWith(stepName) && line.contains(QLatin1Char('(')))
                earlier.append(line);
        }
        if (!earlier.isEmpty())
            lines.append(tr("What the Platform answered:") + QLatin1Char('\n') + earlier.mid(qMax(0, int(earlier.size()) - 3)).join(QLatin1Char('\n')));
    }
    m_ui->errorLabel->setText(lines.join(QLatin1Char('\n')));
    m_ui->errorGroup->show();
    m_ui->progressLabel->setText(tr("Creation stopped. Retry, resume later or roll back."));
    showError(error);
}

void CreatePage::setPhase(Phase phase)
{
    m_phase = phase;
    updateButtons();
    emit completeChanged();
}

void CreatePage::updateButtons()
{
    const bool running = m_phase == Phase::Applying || m_phase == Phase::RollingBack;
    m_ui->stopButton->setEnabled(running && m_phase == Phase::Applying);
    m_ui->retryButton->setEnabled(!running && m_phase != Phase::Done);
    m_ui->retryButton->setVisible(m_phase != Phase::Done);
    m_ui->resumeLaterButton->setEnabled(m_phase != Phase::Done);
    m_ui->rollbackButton->setEnabled(!running && !context()->session.applied.isEmpty());
}

} // namespace Dataflow::Gui
