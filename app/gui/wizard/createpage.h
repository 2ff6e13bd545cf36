// SPDX-License-Identifier: MIT
#pragma once

#include "engine/engine.h"
#include "wizard/wizardpagebase.h"

#include <QPointer>

#include <memory>
#include <optional>

namespace Ui {
class CreatePage;
}

namespace Dataflow::Gui {

/**
 * Page 8: runs Core::Engine::apply() on the session (independent steps at once) and shows one row
 * per Core::StepId with its state. On failure it shows the Platform's message, code, request id and
 * next step, with Retry (apply again: the engine's journal resumes without creating anything
 * twice), Resume later (resumeLaterRequested(): MainWizard saves the session and closes) and Roll
 * back (engine->rollback()). Stop cancels. Next is enabled only once the flow exists. Never blocks:
 * everything follows the engine's signals.
 */
class CreatePage final : public WizardPageBase
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreatePage)

public:
    enum class Phase { Idle, Applying, Done, Failed, RollingBack, RolledBack };
    Q_ENUM(Phase)

    explicit CreatePage(WizardContext *context, QWidget *parent = nullptr);
    ~CreatePage() override;

    void initializePage() override;
    bool validatePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    Phase phase() const { return m_phase; }
    /** The step's state as shown in its row. */
    Core::StepState stepState(Core::StepId id) const;
    /** The error shown after a failure (message, code, request id, next step). */
    QString errorText() const;
    std::optional<Core::ApiError> lastError() const { return m_lastError; }

    /** Applies (again): resumes from the journal. */
    void apply();
    /** Asks, then undoes what this session created. */
    void rollBack();
    void resumeLater();
    void stop();

signals:
    /** Resume later: save the session and close the wizard (MainWizard). */
    void resumeLaterRequested();
    /** Apply ended: ok when the dataflow exists. */
    void applyFinished(bool ok);
    void rollbackFinished(bool ok);

private:
    void attachEngine();
    void ensureJournal();
    void onStepChanged(const Dataflow::Core::StepStatus &status);
    void onEngineSessionChanged(const Dataflow::Core::Session &session);
    void onFinished(bool ok, const std::optional<Dataflow::Core::ApiError> &error);
    void setPhase(Phase phase);
    void showStep(const Core::StepStatus &status);
    void showFailure(const Core::ApiError &error);
    void updateButtons();

    std::unique_ptr<Ui::CreatePage> m_ui;
    QPointer<Core::Engine> m_engine;
    Phase m_phase = Phase::Idle;
    std::optional<Core::ApiError> m_lastError;
    QList<Core::StepState> m_states;
    QStringList m_log; // the engine's recent progress lines (they carry the Platform's codes)
};

} // namespace Dataflow::Gui
