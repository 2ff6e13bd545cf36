// SPDX-License-Identifier: MIT
// The Monitor page lists the runs of a flow created on the in-process sandbox, refreshes them,
// re-triggers a failed run and links to the flow in the Platform UI.
#include "api/apiclient.h"
#include "api/requests.h"
#include "engine/engine.h"
#include "sandboxserver.h"
#include "session/session.h"
#include "wizard/monitorpage.h"
#include "wizard/wizardcontext.h"

#include <QCheckBox>
#include <QDateTime>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QWizard>

using namespace Dataflow;
using Dataflow::Gui::MonitorPage;

class TestMonitorPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void runsAppear();
    void autoRefreshToggles();
    void retriggerFailedRun();
    void noFlowNoRequests();
    void platformLink();

private:
    void start();

    QNetworkAccessManager m_manager;
    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<Core::ApiClient> m_client;
    Core::Session m_applied;
    QString m_tenant;
    std::unique_ptr<Gui::WizardContext> m_context;
    std::unique_ptr<QWizard> m_wizard;
    MonitorPage *m_page = nullptr;
};

void TestMonitorPage::initTestCase()
{
    qRegisterMetaType<std::optional<Core::ApiError>>();
    m_manager.setAutoDeleteReplies(true);
    Sandbox::SandboxConfig config;
    m_sandbox = std::make_unique<Sandbox::SandboxServer>(config);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    Core::ClientConfig clientConfig;
    clientConfig.platformUrl = m_sandbox->url();
    clientConfig.imsUrl = m_sandbox->url();
    clientConfig.orgId = config.orgId;
    clientConfig.clientId = config.clientId;
    clientConfig.sandboxName = config.sandboxName;
    m_client = std::make_unique<Core::ApiClient>(&m_manager, clientConfig);
    m_client->setClientSecret(config.clientSecret);

    // create a flow the way the Create page does
    auto example = Core::SessionFile::load(QStringLiteral(DATAFLOW_SOURCE_DIR "/docs/examples/servicenow-incidents.json"), &error);
    QVERIFY2(example, qPrintable(error));
    // hourly runs over the last three days, whatever today's date
    example->dataflow.schedule[QStringLiteral("startTime")] = QDateTime::currentSecsSinceEpoch() - 3 * 24 * 3600;
    Core::Engine engine(m_client.get());
    engine.setSession(*example);
    engine.setSourceSecrets({{QStringLiteral("password"), QStringLiteral("demo-source-password")}});
    QSignalSpy finished(&engine, &Core::Engine::finished);
    QObject::connect(&engine, &Core::Engine::sessionChanged, this, [this](const Core::Session &s) { m_applied = s; });
    engine.apply();
    QVERIFY(!finished.isEmpty() || finished.wait(60000));
    QVERIFY2(finished.first().at(0).toBool(), "apply failed");
    QVERIFY(!m_applied.applied.flowId.isEmpty());
    m_tenant = engine.tenantId();
    QVERIFY(!m_tenant.isEmpty());
}

void TestMonitorPage::cleanupTestCase()
{
    m_client.reset();
    m_sandbox.reset();
}

void TestMonitorPage::start()
{
    m_context = std::make_unique<Gui::WizardContext>();
    m_context->api = m_client.get();
    m_context->sandbox = m_sandbox.get();
    m_context->session = m_applied;
    m_context->tenantId = m_tenant;
    m_wizard = std::make_unique<QWizard>();
    m_page = new MonitorPage(m_context.get());
    m_wizard->setPage(Gui::MonitorPageId, m_page);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
}

void TestMonitorPage::cleanup()
{
    m_wizard.reset();
    m_page = nullptr;
    m_context.reset();
}

void TestMonitorPage::runsAppear()
{
    start();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->runs().isEmpty(), 30000);
    auto *table = m_page->findChild<QTableWidget *>(QStringLiteral("runsTable"));
    QCOMPARE(table->rowCount(), m_page->runs().size());
    QCOMPARE(table->columnCount(), int(MonitorPage::ColumnCount));
    // every row names its status and run id; finished runs have a duration and record counts
    bool sawFinished = false;
    for (int row = 0; row < table->rowCount(); ++row) {
        QVERIFY(!table->item(row, MonitorPage::StatusColumn)->text().isEmpty());
        QVERIFY(!table->item(row, MonitorPage::RunIdColumn)->text().isEmpty());
        if (table->item(row, MonitorPage::StatusColumn)->data(Qt::UserRole).toString() == QLatin1String("success")) {
            sawFinished = true;
            QVERIFY(!table->item(row, MonitorPage::DurationColumn)->text().isEmpty());
            QVERIFY(!table->item(row, MonitorPage::ReadColumn)->text().isEmpty());
            QVERIFY(!table->item(row, MonitorPage::WrittenColumn)->text().isEmpty());
        }
    }
    QVERIFY(sawFinished);
    // newest first
    const QString firstRun = m_page->runs().first().toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(table->item(0, MonitorPage::RunIdColumn)->text(), firstRun);
    QVERIFY(m_page->isComplete());
    QVERIFY(m_page->isFinalPage());
}

void TestMonitorPage::autoRefreshToggles()
{
    start();
    QVERIFY(m_page->isAutoRefreshing());
    auto *check = m_page->findChild<QCheckBox *>(QStringLiteral("autoRefreshCheck"));
    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY(!check->isChecked());
    QVERIFY(!m_page->isAutoRefreshing());
    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY(m_page->isAutoRefreshing());
    m_page->cleanupPage();
    QVERIFY(!m_page->isAutoRefreshing());
}

void TestMonitorPage::retriggerFailedRun()
{
    start();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->runs().isEmpty(), 30000);
    auto *table = m_page->findChild<QTableWidget *>(QStringLiteral("runsTable"));
    int failedRow = -1;
    for (int row = 0; row < table->rowCount() && failedRow < 0; ++row) {
        if (table->item(row, MonitorPage::StatusColumn)->data(Qt::UserRole).toString() == QLatin1String("failed"))
            failedRow = row;
    }
    QVERIFY2(failedRow >= 0, "the sandbox history has no failed run");
    // a failed run says why (the run's statusSummary errors) in its tool tip
    QVERIFY(!table->item(failedRow, MonitorPage::StatusColumn)->toolTip().isEmpty());
    auto *retrigger = m_page->findChild<QPushButton *>(QStringLiteral("retriggerButton"));
    table->selectRow(0 == failedRow ? 1 : 0);
    if (table->item(table->currentRow(), MonitorPage::StatusColumn)->data(Qt::UserRole).toString() != QLatin1String("failed"))
        QVERIFY(!retrigger->isEnabled());
    table->selectRow(failedRow);
    QVERIFY(retrigger->isEnabled());
    const QString runId = table->item(failedRow, MonitorPage::RunIdColumn)->text();
    const int before = int(m_page->runs().size());
    QSignalSpy retriggered(m_page, &MonitorPage::runRetriggered);
    QSignalSpy loaded(m_page, &MonitorPage::runsLoaded);
    QTest::mouseClick(retrigger, Qt::LeftButton);
    QVERIFY(retriggered.count() == 1 || retriggered.wait(30000));
    QCOMPARE(retriggered.first().at(0).toString(), runId);
    QVERIFY(loaded.count() >= 1 || loaded.wait(30000));
    bool running = false;
    for (const QJsonValue &run : m_page->runs())
        running = running || Core::Shapes::runStatus(run.toObject()) == QLatin1String("inprogress");
    QVERIFY(running);
    QVERIFY(m_page->runs().size() >= qMin(before, 200));
}

void TestMonitorPage::noFlowNoRequests()
{
    m_context = std::make_unique<Gui::WizardContext>();
    m_context->api = m_client.get();
    MonitorPage page(m_context.get());
    page.initializePage();
    QVERIFY(page.runs().isEmpty());
    QVERIFY(!page.isAutoRefreshing());
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("refreshButton"))->isEnabled());
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("flowLabel"))->text().contains(QStringLiteral("No dataflow")));
}

void TestMonitorPage::platformLink()
{
    QCOMPARE(MonitorPage::platformUrl(QStringLiteral("acme"), QStringLiteral("dev"), QStringLiteral("f1")),
             QStringLiteral("https://experience.adobe.com/#/@acme/sname:dev/platform/source/dataflows/f1/activity"));
    start();
    auto *link = m_page->findChild<QLabel *>(QStringLiteral("platformLink"));
    QVERIFY(link->text().contains(m_applied.applied.flowId));
    QVERIFY(link->text().contains(QStringLiteral("@") + m_tenant));
    QVERIFY(link->openExternalLinks());
}

QTEST_MAIN(TestMonitorPage)
#include "tst_monitorpage.moc"
