// SPDX-License-Identifier: MIT
#include "api/apiclient.h"
#include "sandboxserver.h"
#include "wizard/connectpage.h"
#include "wizard/wizardcontext.h"

#include <QJsonDocument>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace Dataflow;
using namespace Dataflow::Gui;

class TestConnectPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void demoModeFillsTheSandboxCredential();
    void testConnectionPassesAllThreeChecks();
    void wrongSecretFailsTheTokenCheck();
    void wrongSandboxFailsOnlyTheSandboxCheck();
    void wrongOrganizationFailsTheOrganizationCheck();
    void cancelStopsTheTest();
    void escapeCancelsTheRunningRequest();
    void editingAFieldResetsTheChecks();
    void switchingBackToPlatformClearsTheDemoCredential();
    void withoutAKeychainTheSecretStaysInMemory();

private:
    /** A real-environment page pointed at a sandbox with the given credential parts. */
    void platformEnvironment(const QString &secret, const QString &sandbox, const QString &org);
    QLineEdit *edit(const char *name) const { return m_page->findChild<QLineEdit *>(QLatin1String(name)); }

    QNetworkAccessManager *m_manager = nullptr;
    Core::ApiClient *m_api = nullptr;
    WizardContext *m_context = nullptr;
    ConnectPage *m_page = nullptr;
    Sandbox::SandboxServer *m_server = nullptr;
};

void TestConnectPage::initTestCase()
{
    // No session bus: no keychain can be reached, so nothing is ever stored outside this test.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/dataflow-test-bus");
}

void TestConnectPage::init()
{
    m_manager = new QNetworkAccessManager;
    m_manager->setAutoDeleteReplies(true);
    m_api = new Core::ApiClient(m_manager, Core::ClientConfig{});
    m_context = new WizardContext;
    m_context->api = m_api;
    m_page = new ConnectPage(m_context);
    m_page->resize(900, 700);
    m_page->show();
    m_server = new Sandbox::SandboxServer(Sandbox::SandboxConfig{});
    QVERIFY(m_server->start());
}

void TestConnectPage::cleanup()
{
    delete m_page;
    delete m_context;
    delete m_api;
    delete m_manager;
    delete m_server;
}

void TestConnectPage::platformEnvironment(const QString &secret, const QString &sandbox, const QString &org)
{
    Core::EnvironmentSettings env;
    env.platformUrl = m_server->url().toString();
    env.imsUrl = m_server->url().toString();
    env.orgId = org;
    env.sandbox = sandbox;
    env.clientId = m_server->config().clientId;
    m_context->session.environment = env;
    m_context->clientSecret = secret;
    m_context->applyEnvironment();
    m_page->initializePage();
}

void TestConnectPage::demoModeFillsTheSandboxCredential()
{
    m_page->initializePage();
    QVERIFY(!m_page->isComplete()); // empty real environment
    auto *demo = m_page->findChild<QRadioButton *>(QStringLiteral("demoRadio"));
    QVERIFY(demo);
    demo->click();
    QVERIFY(m_context->demoMode);
    QVERIFY(m_context->sandbox);
    QCOMPARE(m_context->session.environment.orgId, Sandbox::SandboxConfig{}.orgId);
    QVERIFY(m_context->session.environment.platformUrl.startsWith(QLatin1String("http://127.0.0.1:")));
    QCOMPARE(edit("clientIdEdit")->text(), QStringLiteral("demo-client-id"));
    QCOMPARE(edit("clientSecretEdit")->echoMode(), QLineEdit::Password);
    QVERIFY(edit("orgIdEdit")->isReadOnly());
    QVERIFY(m_page->isComplete());
}

void TestConnectPage::testConnectionPassesAllThreeChecks()
{
    m_page->initializePage();
    m_page->setDemoMode(true);
    QSignalSpy tested(m_page, &ConnectPage::connectionTested);
    m_page->findChild<QPushButton *>(QStringLiteral("testButton"))->click();
    QVERIFY(m_page->isBusy());
    QVERIFY(tested.wait(10000));
    QCOMPARE(tested.constFirst().constFirst().toBool(), true);
    QCOMPARE(m_page->checkState(ConnectPage::Check::Token), ConnectPage::CheckState::Passed);
    QCOMPARE(m_page->checkState(ConnectPage::Check::Organization), ConnectPage::CheckState::Passed);
    QCOMPARE(m_page->checkState(ConnectPage::Check::Sandbox), ConnectPage::CheckState::Passed);
    QCOMPARE(m_context->tenantId, QStringLiteral("demotenant"));
    QCOMPARE(m_context->connectionSpecs.size(), 2);
    QVERIFY(m_page->checkText(ConnectPage::Check::Organization).contains(QLatin1String("demotenant")));
    QCOMPARE(m_page->state(), WizardPageBase::State::Ok);
    QVERIFY(!m_page->isBannerVisible());
    // demo mode never touches the keychain
    QVERIFY(m_page->keychainStatus().isEmpty());
}

void TestConnectPage::wrongSecretFailsTheTokenCheck()
{
    platformEnvironment(QStringLiteral("not-the-secret"), QStringLiteral("prod"), m_server->config().orgId);
    QVERIFY(m_page->isComplete());
    QSignalSpy tested(m_page, &ConnectPage::connectionTested);
    m_page->testConnection();
    QVERIFY(tested.wait(10000));
    QCOMPARE(tested.constFirst().constFirst().toBool(), false);
    QCOMPARE(m_page->checkState(ConnectPage::Check::Token), ConnectPage::CheckState::Failed);
    QCOMPARE(m_page->checkState(ConnectPage::Check::Organization), ConnectPage::CheckState::NotChecked);
    QCOMPARE(m_page->checkState(ConnectPage::Check::Sandbox), ConnectPage::CheckState::NotChecked);
    QVERIFY(m_page->isBannerVisible());
    QVERIFY2(m_page->bannerText().contains(QLatin1String("Next step")), qPrintable(m_page->bannerText()));
    QCOMPARE(m_page->state(), WizardPageBase::State::Failed);
}

void TestConnectPage::wrongSandboxFailsOnlyTheSandboxCheck()
{
    platformEnvironment(m_server->config().clientSecret, QStringLiteral("no-such-sandbox"),
                        m_server->config().orgId);
    QSignalSpy tested(m_page, &ConnectPage::connectionTested);
    m_page->testConnection();
    QVERIFY(tested.wait(10000));
    QCOMPARE(tested.constFirst().constFirst().toBool(), false);
    QCOMPARE(m_page->checkState(ConnectPage::Check::Token), ConnectPage::CheckState::Passed);
    QCOMPARE(m_page->checkState(ConnectPage::Check::Organization), ConnectPage::CheckState::Passed);
    QCOMPARE(m_page->checkState(ConnectPage::Check::Sandbox), ConnectPage::CheckState::Failed);
    QVERIFY(m_page->checkText(ConnectPage::Check::Sandbox).contains(QLatin1String("no-such-sandbox")));
    // the banner carries the Platform's code, status and request id next to the next step
    const QString banner = m_page->bannerText();
    QVERIFY2(banner.contains(QLatin1String("sandbox name")), qPrintable(banner));
    QVERIFY2(banner.contains(QLatin1String("HTTP 403")), qPrintable(banner));
    QVERIFY2(banner.contains(QLatin1String("Code: ")), qPrintable(banner));
    QVERIFY2(banner.contains(QLatin1String("Request id: ")), qPrintable(banner));
    QVERIFY2(banner.contains(QStringLiteral("403 · Request id")), qPrintable(banner));
}

void TestConnectPage::wrongOrganizationFailsTheOrganizationCheck()
{
    platformEnvironment(m_server->config().clientSecret, QStringLiteral("prod"),
                        QStringLiteral("OTHER0000000000000000000@AdobeOrg"));
    QSignalSpy tested(m_page, &ConnectPage::connectionTested);
    m_page->testConnection();
    QVERIFY(tested.wait(10000));
    QCOMPARE(tested.constFirst().constFirst().toBool(), false);
    // The token endpoint does not know the org; the Platform gateway refuses it.
    QCOMPARE(m_page->checkState(ConnectPage::Check::Sandbox), ConnectPage::CheckState::NotChecked);
    QVERIFY(m_page->checkState(ConnectPage::Check::Token) == ConnectPage::CheckState::Failed
            || m_page->checkState(ConnectPage::Check::Organization) == ConnectPage::CheckState::Failed);
    QVERIFY(m_page->isBannerVisible());
}

void TestConnectPage::cancelStopsTheTest()
{
    m_page->initializePage();
    m_page->setDemoMode(true);
    m_context->sandbox->setLatency(3000);
    QSignalSpy tested(m_page, &ConnectPage::connectionTested);
    QSignalSpy cancelled(m_page, &WizardPageBase::busyCancelled);
    m_page->testConnection();
    QVERIFY(m_page->isBusy());
    m_page->cancelBusy();
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(!m_page->isBusy());
    QCOMPARE(m_page->state(), WizardPageBase::State::Idle);
    QCOMPARE(m_page->checkState(ConnectPage::Check::Token), ConnectPage::CheckState::NotChecked);
    // the late answer is dropped: no verdict arrives
    QVERIFY(!tested.wait(4000));
}

void TestConnectPage::escapeCancelsTheRunningRequest()
{
    m_page->initializePage();
    m_page->setDemoMode(true);
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page));
    m_context->sandbox->setLatency(3000);
    QSignalSpy cancelled(m_page, &WizardPageBase::busyCancelled);
    m_page->testConnection();
    QVERIFY(m_page->isBusy());
    QTest::keyClick(m_page->focusWidget() ? m_page->focusWidget() : m_page, Qt::Key_Escape);
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(!m_page->isBusy());
}

void TestConnectPage::editingAFieldResetsTheChecks()
{
    m_page->initializePage();
    m_page->setDemoMode(true);
    QSignalSpy tested(m_page, &ConnectPage::connectionTested);
    m_page->testConnection();
    QVERIFY(tested.wait(10000));
    QCOMPARE(m_page->state(), WizardPageBase::State::Ok);
    m_page->setDemoMode(false);
    QLineEdit *org = edit("orgIdEdit");
    QVERIFY(!org->isReadOnly());
    org->setFocus();
    QTest::keyClicks(org, QStringLiteral("ABC@AdobeOrg"));
    QCOMPARE(m_context->session.environment.orgId, QStringLiteral("ABC@AdobeOrg"));
    QCOMPARE(m_page->state(), WizardPageBase::State::Idle);
    QCOMPARE(m_page->checkState(ConnectPage::Check::Token), ConnectPage::CheckState::NotChecked);
}

void TestConnectPage::switchingBackToPlatformClearsTheDemoCredential()
{
    m_page->initializePage();
    m_page->setDemoMode(true);
    QVERIFY(!m_context->clientSecret.isEmpty());
    m_page->setDemoMode(false);
    QVERIFY(!m_context->demoMode);
    QVERIFY(m_context->clientSecret.isEmpty());
    QCOMPARE(m_context->session.environment.platformUrl, Core::EnvironmentSettings{}.platformUrl);
    QVERIFY(edit("clientSecretEdit")->text().isEmpty());
    QVERIFY(!m_page->isComplete());
}

void TestConnectPage::withoutAKeychainTheSecretStaysInMemory()
{
    const QString secret = m_server->config().clientSecret;
    platformEnvironment(secret, QStringLiteral("prod"), m_server->config().orgId);
    QSignalSpy tested(m_page, &ConnectPage::connectionTested);
    QSignalSpy keychain(m_page, &ConnectPage::keychainFinished);
    m_page->testConnection();
    QVERIFY(tested.wait(10000));
    QCOMPARE(tested.constFirst().constFirst().toBool(), true);
    QVERIFY(keychain.wait(20000));
    QCOMPARE(keychain.constFirst().constFirst().toBool(), false);
    QVERIFY2(m_page->keychainStatus().contains(QLatin1String("No system keychain")), qPrintable(m_page->keychainStatus()));
    QVERIFY(m_page->isBannerVisible());
    // the secret is still usable for this run, and in no saved form
    QCOMPARE(m_context->clientSecret, secret);
    QVERIFY(!QJsonDocument(m_context->session.toJson()).toJson().contains(secret.toUtf8()));
    QCOMPARE(m_page->state(), WizardPageBase::State::Ok);
}

QTEST_MAIN(TestConnectPage)
#include "tst_connectpage.moc"
