// SPDX-License-Identifier: MIT
#include "wizard/connectpage.h"
#include "ui_connectpage.h"

#include "api/requests.h"

#include <QJsonArray>
#include <QTimer>
#include <QWizard>

#include <qt6keychain/keychain.h>

namespace Dataflow::Gui {

namespace {
const QString keychainService = QStringLiteral("dataflow-wizard");
}

ConnectPage::ConnectPage(WizardContext *context, QWidget *parent)
    : WizardPageBase(ConnectPageId, context, parent)
    , m_ui(std::make_unique<Ui::ConnectPage>())
{
    m_ui->setupUi(this);
    resetChecks();

    connect(m_ui->demoRadio, &QRadioButton::toggled, this, [this](bool demo) {
        if (!m_loading)
            setDemoMode(demo);
    });
    for (QLineEdit *edit : {m_ui->orgIdEdit, m_ui->sandboxEdit, m_ui->clientIdEdit,
                            m_ui->clientSecretEdit, m_ui->scopesEdit}) {
        connect(edit, &QLineEdit::textEdited, this, &ConnectPage::onFieldEdited);
    }
    connect(m_ui->testButton, &QPushButton::clicked, this, [this] {
        m_advanceAfterTest = false;
        testConnection();
    });
    connect(this, &WizardPageBase::busyCancelled, this, [this] {
        m_advanceAfterTest = false;
        resetChecks();
        setState(State::Idle);
    });
}

ConnectPage::~ConnectPage() = default;

void ConnectPage::initializePage()
{
    loadFields();
    if (!context()->demoMode && m_ui->clientSecretEdit->text().isEmpty())
        readSecretFromKeychain();
}

void ConnectPage::loadFields()
{
    m_loading = true;
    const Core::EnvironmentSettings &env = context()->session.environment;
    const bool demo = context()->demoMode;
    m_ui->demoRadio->setChecked(demo);
    m_ui->platformRadio->setChecked(!demo);
    m_ui->orgIdEdit->setText(env.orgId);
    m_ui->sandboxEdit->setText(env.sandbox);
    m_ui->clientIdEdit->setText(env.clientId);
    m_ui->clientSecretEdit->setText(context()->clientSecret);
    m_ui->scopesEdit->setText(env.scopes);
    for (QLineEdit *edit : {m_ui->orgIdEdit, m_ui->sandboxEdit, m_ui->clientIdEdit,
                            m_ui->clientSecretEdit, m_ui->scopesEdit}) {
        edit->setReadOnly(demo);
    }
    m_ui->keychainLabel->setText(
        demo ? tr("The demo sandbox runs inside this program on 127.0.0.1; its credential is filled in for you.")
             : tr("The client secret is kept in your system keychain, never in the session file."));
    m_loading = false;
    emit completeChanged();
}

void ConnectPage::setDemoMode(bool demo)
{
    WizardContext *ctx = context();
    if (demo) {
        QString error;
        if (!ctx->startDemoSandbox({}, &error)) {
            showError(tr("The demo sandbox could not start: %1").arg(error),
                      tr("Close other programs using many network ports and try again."));
            m_loading = true;
            m_ui->platformRadio->setChecked(true);
            m_loading = false;
            return;
        }
    } else if (ctx->demoMode) {
        ctx->demoMode = false;
        ctx->session.environment = Core::EnvironmentSettings{};
        ctx->clientSecret.clear();
        ctx->applyEnvironment();
    }
    clearError();
    resetChecks();
    setState(State::Idle);
    loadFields();
    ctx->markChanged();
}

void ConnectPage::onFieldEdited()
{
    if (m_loading)
        return;
    WizardContext *ctx = context();
    Core::EnvironmentSettings &env = ctx->session.environment;
    env.orgId = m_ui->orgIdEdit->text().trimmed();
    env.sandbox = m_ui->sandboxEdit->text().trimmed();
    env.clientId = m_ui->clientIdEdit->text().trimmed();
    env.scopes = m_ui->scopesEdit->text().trimmed();
    ctx->clientSecret = m_ui->clientSecretEdit->text();
    ctx->applyEnvironment();
    resetChecks();
    clearError();
    setState(State::Idle);
    ctx->markChanged();
}

bool ConnectPage::isComplete() const
{
    if (isBusy())
        return false;
    return !m_ui->orgIdEdit->text().trimmed().isEmpty()
           && !m_ui->sandboxEdit->text().trimmed().isEmpty()
           && !m_ui->clientIdEdit->text().trimmed().isEmpty()
           && !m_ui->clientSecretEdit->text().isEmpty();
}

bool ConnectPage::validatePage()
{
    if (isRestoring())
        return true;
    if (state() == State::Ok) {
        setPageState({{QStringLiteral("demo"), context()->demoMode}});
        return true;
    }
    // Next tests first and moves on by itself when every check passes.
    m_advanceAfterTest = true;
    testConnection();
    return false;
}

ConnectPage::CheckState ConnectPage::checkState(Check check) const
{
    return m_checks[int(check)];
}

QString ConnectPage::checkText(Check check) const
{
    switch (check) {
    case Check::Token:
        return m_ui->tokenCheckLabel->text();
    case Check::Organization:
        return m_ui->orgCheckLabel->text();
    case Check::Sandbox:
        return m_ui->sandboxCheckLabel->text();
    }
    return {};
}

void ConnectPage::setCheck(Check check, CheckState state, const QString &text)
{
    m_checks[int(check)] = state;
    QString mark;
    switch (state) {
    case CheckState::NotChecked:
        mark = QStringLiteral("○");
        break;
    case CheckState::Passed:
        mark = QStringLiteral("✔");
        break;
    case CheckState::Failed:
        mark = QStringLiteral("✘");
        break;
    }
    QLabel *label = check == Check::Token ? m_ui->tokenCheckLabel
                    : check == Check::Organization ? m_ui->orgCheckLabel
                                                   : m_ui->sandboxCheckLabel;
    label->setText(mark + QLatin1Char(' ') + text);
    label->setAccessibleName(text);
}

void ConnectPage::resetChecks()
{
    setCheck(Check::Token, CheckState::NotChecked, tr("Access token: not checked yet"));
    setCheck(Check::Organization, CheckState::NotChecked, tr("Organization access: not checked yet"));
    setCheck(Check::Sandbox, CheckState::NotChecked, tr("Sandbox access: not checked yet"));
}

void ConnectPage::testConnection()
{
    WizardContext *ctx = context();
    onFieldEdited(); // the fields as shown are what is tested
    if (!isComplete()) {
        showError(tr("Fill in the organization ID, sandbox, client ID and client secret."),
                  tr("They are on the Credentials page of your Developer Console project."));
        m_advanceAfterTest = false;
        return;
    }
    clearError();
    resetChecks();
    setState(State::Busy);
    ctx->applyEnvironment();
    callToken(tr("Requesting an access token…"), [this](const Core::ApiResult<QString> &result) {
        if (!result) {
            const Core::ApiError &e = result.error();
            setCheck(Check::Token, CheckState::Failed,
                     tr("Access token: refused. %1").arg(e.message));
            Core::ApiError shown = e;
            if (shown.nextStep.isEmpty()) {
                shown.nextStep = tr("Check the client ID and client secret (Developer Console, "
                                    "OAuth Server-to-Server credential) and your network.");
            }
            showError(shown);
            testFinished(false);
            return;
        }
        setCheck(Check::Token, CheckState::Passed, tr("Access token: obtained"));
        checkOrganization();
    });
}

void ConnectPage::checkOrganization()
{
    call(Core::Requests::stats(), tr("Checking access to the organization…"),
         [this](const Core::ApiResult<Core::ApiResponse> &result) {
             if (!result) {
                 Core::ApiError e = result.error();
                 if (isSandboxError(e)) {
                     // The gateway checks the organization before the sandbox: the org is fine.
                     setCheck(Check::Organization, CheckState::Passed, tr("Organization access: granted"));
                     sandboxFailed(e);
                     return;
                 }
                 setCheck(Check::Organization, CheckState::Failed,
                          tr("Organization access: refused. %1").arg(e.message));
                 if (e.nextStep.isEmpty() || e.httpStatus == 403) {
                     e.nextStep = tr("Check the organization ID, add the Experience Platform API to "
                                     "the Developer Console project and give its product profile "
                                     "access to this organization.");
                 }
                 showError(e);
                 testFinished(false);
                 return;
             }
             const QString tenant =
                 result.value().json.object().value(QStringLiteral("tenantId")).toString();
             context()->tenantId = tenant;
             setCheck(Check::Organization, CheckState::Passed,
                      tenant.isEmpty() ? tr("Organization access: granted")
                                       : tr("Organization access: granted (tenant %1)").arg(tenant));
             checkSandbox();
         });
}

void ConnectPage::checkSandbox()
{
    const QString sandboxName = context()->session.environment.sandbox;
    callList(Core::Requests::connectionSpecs(), tr("Checking access to the sandbox…"),
             [this, sandboxName](const Core::ApiResult<QJsonArray> &result) {
                 if (!result) {
                     sandboxFailed(result.error());
                     return;
                 }
                 QJsonArray offered;
                 for (const QJsonValue &v : result.value()) {
                     const QString id = v.toObject().value(QStringLiteral("id")).toString();
                     if (id == QLatin1String(Core::Ids::salesforceServiceCloudSpec)
                         || id == QLatin1String(Core::Ids::serviceNowSpec)) {
                         offered.append(v);
                     }
                 }
                 if (offered.isEmpty()) {
                     setCheck(Check::Sandbox, CheckState::Failed,
                              tr("Sandbox access: \"%1\" offers neither Salesforce Service Cloud nor "
                                 "ServiceNow.").arg(sandboxName));
                     showError(tr("The sandbox lists no Salesforce Service Cloud or ServiceNow source."),
                               tr("Ask your administrator to enable the sources in this sandbox."));
                     testFinished(false);
                     return;
                 }
                 context()->connectionSpecs = offered;
                 setCheck(Check::Sandbox, CheckState::Passed,
                          tr("Sandbox access: granted to \"%1\" (%n source(s) available)", nullptr,
                             int(offered.size())).arg(sandboxName));
                 testFinished(true);
             });
}

bool ConnectPage::isSandboxError(const Core::ApiError &error)
{
    return error.code.contains(QLatin1String("2118"))
           || error.message.contains(QLatin1String("sandbox"), Qt::CaseInsensitive);
}

void ConnectPage::sandboxFailed(const Core::ApiError &error)
{
    Core::ApiError e = error;
    const QString sandboxName = context()->session.environment.sandbox;
    setCheck(Check::Sandbox, CheckState::Failed,
             tr("Sandbox access: refused for \"%1\". %2").arg(sandboxName, e.message));
    if (e.nextStep.isEmpty() || e.httpStatus == 403 || e.httpStatus == 404) {
        e.nextStep = tr("Check the sandbox name (Sandboxes in the Platform UI) and that the "
                        "product profile includes this sandbox.");
    }
    showError(e);
    testFinished(false);
}

void ConnectPage::testFinished(bool ok)
{
    setState(ok ? State::Ok : State::Failed);
    emit connectionTested(ok);
    if (!ok) {
        m_advanceAfterTest = false;
        return;
    }
    if (!context()->demoMode)
        storeSecretInKeychain();
    setPageState({{QStringLiteral("demo"), context()->demoMode}});
    if (m_advanceAfterTest) {
        m_advanceAfterTest = false;
        QTimer::singleShot(0, this, [this] {
            if (wizard() && wizard()->currentPage() == this)
                wizard()->next();
        });
    }
}

void ConnectPage::readSecretFromKeychain()
{
    const Core::EnvironmentSettings &env = context()->session.environment;
    if (env.orgId.isEmpty() || env.clientId.isEmpty())
        return;
    auto *job = new QKeychain::ReadPasswordJob(keychainService, this);
    job->setAutoDelete(true);
    job->setKey(env.orgId + QLatin1Char('/') + env.clientId);
    connect(job, &QKeychain::Job::finished, this, [this, job](QKeychain::Job *) {
        if (job->error() != QKeychain::NoError || !m_ui->clientSecretEdit->text().isEmpty()) {
            emit keychainFinished(false);
            return;
        }
        m_loading = true;
        m_ui->clientSecretEdit->setText(job->textData());
        m_loading = false;
        context()->clientSecret = job->textData();
        context()->applyEnvironment();
        m_keychainStatus = tr("The client secret was read from the system keychain.");
        m_ui->keychainLabel->setText(m_keychainStatus);
        emit completeChanged();
        emit keychainFinished(true);
    });
    job->start();
}

void ConnectPage::storeSecretInKeychain()
{
    const Core::EnvironmentSettings &env = context()->session.environment;
    auto *job = new QKeychain::WritePasswordJob(keychainService, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text copy when there is no keychain
    job->setKey(env.orgId + QLatin1Char('/') + env.clientId);
    job->setTextData(context()->clientSecret);
    connect(job, &QKeychain::Job::finished, this, [this, job](QKeychain::Job *) {
        if (job->error() == QKeychain::NoError) {
            m_keychainStatus = tr("The client secret is saved in the system keychain.");
            m_ui->keychainLabel->setText(m_keychainStatus);
            emit keychainFinished(true);
            return;
        }
        m_keychainStatus = tr("No system keychain is available (%1). The client secret was not "
                              "saved anywhere: it stays in memory until you close the wizard and "
                              "you will be asked for it next time.").arg(job->errorString());
        m_ui->keychainLabel->setText(m_keychainStatus);
        showWarning(m_keychainStatus);
        emit keychainFinished(false);
    });
    job->start();
}

} // namespace Dataflow::Gui
