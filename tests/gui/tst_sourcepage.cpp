// SPDX-License-Identifier: MIT
#include "api/apiclient.h"
#include "api/requests.h"
#include "sandboxserver.h"
#include "widgets/jsonschemaform.h"
#include "wizard/sourcepage.h"
#include "wizard/wizardcontext.h"

#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Dataflow;
using namespace Dataflow::Gui;

namespace {
const QString serviceNow = QLatin1String(Core::Ids::serviceNowSpec);
const QString salesforce = QLatin1String(Core::Ids::salesforceServiceCloudSpec);
}

class TestSourcePage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsBothConnectorsFromTheSpecs();
    void existingAccountListsTablesColumnsAndPreview();
    void searchNarrowsTheTableList();
    void uncheckedColumnsAreLeftOutOfTheSession();
    void newAccountFormComesFromTheAuthSpec();
    void salesforceBasicAuthIsFlaggedDeprecated();
    void creatingAnAccountKeepsSecretsOutOfTheSession();
    void missingRequiredFieldsAreReported();
    void restoresTableAndColumnsFromTheSession();
    void newAccountModeHidesTheOtherAccountsTables();

private:
    void openOnServiceNowIncident();

    QNetworkAccessManager *m_manager = nullptr;
    Core::ApiClient *m_api = nullptr;
    WizardContext *m_context = nullptr;
    SourcePage *m_page = nullptr;
};

void TestSourcePage::init()
{
    m_manager = new QNetworkAccessManager;
    m_manager->setAutoDeleteReplies(true);
    m_api = new Core::ApiClient(m_manager, Core::ClientConfig{});
    m_context = new WizardContext;
    m_context->api = m_api;
    QVERIFY(m_context->startDemoSandbox());
    m_page = new SourcePage(m_context);
    m_page->resize(1000, 760);
    m_page->show();
}

void TestSourcePage::cleanup()
{
    delete m_page;
    delete m_context;
    delete m_api;
    delete m_manager;
}

void TestSourcePage::openOnServiceNowIncident()
{
    m_page->initializePage();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy() && !m_context->connectionSpecs.isEmpty(), 10000);
    m_page->selectConnectionSpec(serviceNow);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->tableNames().contains(QStringLiteral("incident")), 10000);
    QSignalSpy columns(m_page, &SourcePage::columnsLoaded);
    m_page->selectTable(QStringLiteral("incident"));
    QVERIFY(columns.wait(10000));
}

void TestSourcePage::listsBothConnectorsFromTheSpecs()
{
    m_page->initializePage();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy() && !m_context->connectionSpecs.isEmpty(), 10000);
    QCOMPARE(m_context->connectionSpecs.size(), 2);
    m_page->selectConnectionSpec(salesforce);
    QCOMPARE(m_page->connectionSpecId(), salesforce);
    m_page->selectConnectionSpec(serviceNow);
    QCOMPARE(m_page->connectionSpecId(), serviceNow);
    QCOMPARE(m_context->connectionSpec.value(QStringLiteral("id")).toString(), serviceNow);
}

void TestSourcePage::existingAccountListsTablesColumnsAndPreview()
{
    openOnServiceNowIncident();
    QVERIFY(!m_page->baseConnectionId().isEmpty());
    QCOMPARE(m_page->tableNames().size(), 4);
    QCOMPARE(m_page->tableName(), QStringLiteral("incident"));
    QVERIFY(m_page->columns().size() > 3);
    QVERIFY(m_page->previewRowCount() > 0);
    QVERIFY(m_page->previewRowCount() <= 100);
    // every column starts checked; the XDM type of a date-time column is shown
    QCOMPARE(m_page->checkedColumns().size(), m_page->columns().size());
    bool anyDateTime = false;
    for (const auto &c : m_page->columns())
        anyDateTime = anyDateTime || c.isDateTime();
    QVERIFY(anyDateTime);
    QTRY_VERIFY(m_page->isComplete());
    QVERIFY(m_page->validatePage());
    QCOMPARE(m_context->session.source.connectionSpecId, serviceNow);
    QCOMPARE(m_context->session.source.tableName, QStringLiteral("incident"));
    QCOMPARE(m_context->session.source.baseConnection.id, m_page->baseConnectionId());
    QCOMPARE(m_context->tableColumns.size(), m_page->columns().size());
    QCOMPARE(m_context->previewRows.size(), m_page->previewRowCount());
}

void TestSourcePage::searchNarrowsTheTableList()
{
    openOnServiceNowIncident();
    m_page->setTableFilter(QStringLiteral("PROB"));
    QCOMPARE(m_page->tableNames(), QStringList{QStringLiteral("problem")});
    m_page->setTableFilter(QString());
    QCOMPARE(m_page->tableNames().size(), 4);
}

void TestSourcePage::uncheckedColumnsAreLeftOutOfTheSession()
{
    openOnServiceNowIncident();
    const QString dropped = m_page->columns().constLast().name;
    m_page->setColumnChecked(dropped, false);
    QVERIFY(!m_page->checkedColumns().contains(dropped));
    QVERIFY(m_page->validatePage());
    QCOMPARE(m_context->session.source.columns.size(), m_page->columns().size() - 1);
    for (const auto &c : m_context->session.source.columns)
        QVERIFY(c.name != dropped);
    // the raw explore object travels with the column (sent back in params.columns)
    QVERIFY(!m_context->session.source.columns.constFirst().raw.isEmpty());

    for (const auto &c : m_page->columns())
        m_page->setColumnChecked(c.name, false);
    QVERIFY(!m_page->isComplete());
}

void TestSourcePage::newAccountFormComesFromTheAuthSpec()
{
    m_page->initializePage();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy() && !m_context->connectionSpecs.isEmpty(), 10000);
    m_page->selectConnectionSpec(serviceNow);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 10000);
    m_page->setCreateNewAccount(true);
    JsonSchemaForm *form = m_page->authForm();
    QCOMPARE(form->propertyNames(), (QStringList{QStringLiteral("endpoint"), QStringLiteral("username"),
                                                 QStringLiteral("password")}));
    auto *password = qobject_cast<QLineEdit *>(form->editor(QStringLiteral("password")));
    QVERIFY(password);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QCOMPARE(form->secretNames(), QStringList{QStringLiteral("password")});
    QCOMPARE(form->problems().size(), 3);
}

void TestSourcePage::salesforceBasicAuthIsFlaggedDeprecated()
{
    m_page->initializePage();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy() && !m_context->connectionSpecs.isEmpty(), 10000);
    m_page->selectConnectionSpec(salesforce);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 10000);
    m_page->setCreateNewAccount(true);
    auto *warning = m_page->findChild<QLabel *>(QStringLiteral("deprecationLabel"));
    QVERIFY(warning);
    m_page->selectAuthType(QStringLiteral("OAuth2 Client Credential"));
    QVERIFY(!warning->isVisibleTo(m_page));
    QVERIFY(m_page->authForm()->secretNames().contains(QStringLiteral("clientSecret")));
    m_page->selectAuthType(QStringLiteral("Basic Authentication"));
    QVERIFY(warning->isVisibleTo(m_page));
    QVERIFY(m_page->authForm()->secretNames().contains(QStringLiteral("securityToken")));
}

void TestSourcePage::creatingAnAccountKeepsSecretsOutOfTheSession()
{
    m_page->initializePage();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy() && !m_context->connectionSpecs.isEmpty(), 10000);
    m_page->selectConnectionSpec(serviceNow);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 10000);
    m_page->setCreateNewAccount(true);
    m_page->setNewAccountName(QStringLiteral("Test ServiceNow account"));
    JsonSchemaForm *form = m_page->authForm();
    form->setValue(QStringLiteral("endpoint"), QStringLiteral("https://acme.service-now.com"));
    form->setValue(QStringLiteral("username"), QStringLiteral("integration"));
    form->setValue(QStringLiteral("password"), QStringLiteral("s3cret-pass"));
    QVERIFY(form->isValid());
    const int before = m_context->sandbox->createCount(QStringLiteral("connections"));
    QSignalSpy created(m_page, &SourcePage::accountCreated);
    m_page->connectNewAccount();
    QVERIFY(created.wait(10000));
    QCOMPARE(m_context->sandbox->createCount(QStringLiteral("connections")), before + 1);
    const Core::BaseConnectionSettings &base = m_context->session.source.baseConnection;
    QCOMPARE(base.id, created.constFirst().constFirst().toString());
    QCOMPARE(base.name, QStringLiteral("Test ServiceNow account"));
    QCOMPARE(base.params.value(QStringLiteral("username")).toString(), QStringLiteral("integration"));
    QVERIFY(!base.params.contains(QStringLiteral("password")));
    QCOMPARE(m_context->sourceSecrets.value(QStringLiteral("password")).toString(), QStringLiteral("s3cret-pass"));
    QVERIFY(!QJsonDocument(m_context->session.toJson()).toJson().contains("s3cret-pass"));
    // the new account is then selected and its tables listed
    QTRY_VERIFY_WITH_TIMEOUT(m_page->tableNames().contains(QStringLiteral("incident")), 10000);
    QCOMPARE(m_page->baseConnectionId(), base.id);
}

void TestSourcePage::missingRequiredFieldsAreReported()
{
    m_page->initializePage();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy() && !m_context->connectionSpecs.isEmpty(), 10000);
    m_page->selectConnectionSpec(serviceNow);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 10000);
    m_page->setCreateNewAccount(true);
    const int before = m_context->sandbox->createCount(QStringLiteral("connections"));
    m_page->connectNewAccount();
    QVERIFY(m_page->isBannerVisible());
    QVERIFY2(m_page->bannerText().contains(QLatin1String("Endpoint")), qPrintable(m_page->bannerText()));
    QVERIFY(!m_page->isBusy());
    QCOMPARE(m_context->sandbox->createCount(QStringLiteral("connections")), before);
}

void TestSourcePage::restoresTableAndColumnsFromTheSession()
{
    openOnServiceNowIncident();
    const QString dropped = m_page->columns().constFirst().name;
    m_page->setColumnChecked(dropped, false);
    QVERIFY(m_page->validatePage());
    const Core::Session saved = m_context->session;

    delete m_page;
    m_context->tableColumns.clear();
    m_context->session = saved;
    m_page = new SourcePage(m_context);
    m_page->show();
    QSignalSpy columns(m_page, &SourcePage::columnsLoaded);
    m_page->initializePage();
    QVERIFY(columns.wait(10000));
    QCOMPARE(m_page->connectionSpecId(), serviceNow);
    QCOMPARE(m_page->tableName(), QStringLiteral("incident"));
    QVERIFY(!m_page->checkedColumns().contains(dropped));
    QCOMPARE(m_page->checkedColumns().size(), saved.source.columns.size());
    QTRY_VERIFY(m_page->isComplete());
}

void TestSourcePage::newAccountModeHidesTheOtherAccountsTables()
{
    openOnServiceNowIncident();
    const QString account = m_page->baseConnectionId();
    const QString dropped = m_page->columns().constFirst().name;
    m_page->setColumnChecked(dropped, false);
    m_page->setCreateNewAccount(true);
    QVERIFY(m_page->baseConnectionId().isEmpty());
    QVERIFY(m_page->tableNames().isEmpty());
    QVERIFY(!m_page->isComplete());
    // back to the existing account: table and column choices return
    QSignalSpy columns(m_page, &SourcePage::columnsLoaded);
    m_page->setCreateNewAccount(false);
    QVERIFY(columns.wait(10000));
    QCOMPARE(m_page->baseConnectionId(), account);
    QCOMPARE(m_page->tableName(), QStringLiteral("incident"));
    QVERIFY(!m_page->checkedColumns().contains(dropped));
    QTRY_VERIFY(m_page->isComplete());
}

QTEST_MAIN(TestSourcePage)
#include "tst_sourcepage.moc"
