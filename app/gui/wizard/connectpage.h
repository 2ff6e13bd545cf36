// SPDX-License-Identifier: MIT
#pragma once

#include "wizard/wizardpagebase.h"

#include <memory>

namespace Ui {
class ConnectPage;
}

namespace Dataflow::Gui {

/**
 * Page 1: where the dataflow goes. The Platform credential (org, sandbox, client id and secret,
 * scopes) or the in-process demo sandbox. "Test connection" gets a token, reads the organization's
 * Schema Registry stats (tenant id) and lists the sandbox's source connection specs, and says which
 * of the three failed and what to do. Next runs the test first when it has not passed. The client
 * secret goes to the OS keychain (service "dataflow-wizard", key "<orgId>/<clientId>"), never to a
 * file; without a keychain the user is told and it stays in memory.
 */
class ConnectPage final : public WizardPageBase
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectPage)

public:
    enum class Check { Token, Organization, Sandbox };
    Q_ENUM(Check)
    enum class CheckState { NotChecked, Passed, Failed };

    explicit ConnectPage(WizardContext *context, QWidget *parent = nullptr);
    ~ConnectPage() override;

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

    /** Runs the three checks; emits connectionTested() at the end. */
    void testConnection();
    /** Switches between the demo sandbox and a real environment. */
    void setDemoMode(bool demo);
    CheckState checkState(Check check) const;
    QString checkText(Check check) const;
    /** What the keychain said last ("" while nothing was stored or read). */
    QString keychainStatus() const { return m_keychainStatus; }

signals:
    void connectionTested(bool ok);
    void keychainFinished(bool ok);

private:
    void loadFields();
    void onFieldEdited();
    void setCheck(Check check, CheckState state, const QString &text);
    void resetChecks();
    void checkOrganization();
    void checkSandbox();
    void sandboxFailed(const Core::ApiError &error);
    void testFinished(bool ok);
    static bool isSandboxError(const Core::ApiError &error);
    void readSecretFromKeychain();
    void storeSecretInKeychain();

    std::unique_ptr<Ui::ConnectPage> m_ui;
    CheckState m_checks[3] = {CheckState::NotChecked, CheckState::NotChecked, CheckState::NotChecked};
    bool m_loading = false;
    bool m_advanceAfterTest = false;
    QString m_keychainStatus;
};

} // namespace Dataflow::Gui
