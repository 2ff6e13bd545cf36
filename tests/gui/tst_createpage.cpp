// SPDX-License-Identifier: MIT
// The Create page drives the real Engine against the in-process sandbox: apply, a Platform error
// shown with its code, Retry resumes and the sandbox ends with exactly one flow.
#include "api/apiclient.h"
#include "engine/engine.h"
#include "messagebox.h"
#include "sandboxserver.h"
#include "session/session.h"
#include "wizard/createpage.h"
#include "wizard/wizardcontext.h"

#include <QGroupBox>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QWizard>

using namespace Dataflow;
using Dataflow::Gui::CreatePage;

class TestCreatePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void appliesAndEnablesNext();
    void failureShowsCodeThenRetryCompletes();
    void rollBackDeletesWhatWasCreated();
    void stopThenResumeLater();

private:
    void start();
    QPushButton *button(const char *name) const { return m_page->findChild<QPushButton *>(QLatin1String(name)); }

    Core::Session m_example;
    QNetworkAccessManager m_manager;
    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<Gui::WizardContext> m_context;
    std::unique_ptr<Core::ApiClient> m_client;
    std::unique_ptr<Core::Engine> m_engine;
    std::unique_ptr<QWizard> m_wizard;
    CreatePage *m_page = nullptr;
};

void TestCreatePage::initTestCase()
{
    qRegisterMetaType<std::optional<Core::ApiError>>();
    QString error;
    const auto example = Core::SessionFile::load(QStringLiteral(DATAFLOW_SOURCE_DIR "/docs/examples/servicenow-incidents.json"), &error);
    QVERIFY2(example, qPrintable(error));
    m_example = *example;
    m_manager.setAutoDeleteReplies(true);
}

void TestCreatePage::init()
{
    Sandbox::SandboxConfig config; // demo credentials
    m_sandbox = std::make_unique<Sandbox::SandboxServer>(config);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));

    Core::ClientConfig clientConfig;
    clientConfig.platformUrl = m_sandbox->url();
    clientConfig.imsUrl = m_sandbox->url();
    clientConfig.orgId = config.orgId;
    clientConfig.clientId = config.clientId;
    clientConfig.sandboxName = config.sandboxName;
    clientConfig.backoffBaseMs = 10;
    clientConfig.backoffCapMs = 50;
    clientConfig.deadlineMs = 5000;
    clientConfig.transferTimeoutMs = 5000;
    m_client = std::make_unique<Core::ApiClient>(&m_manager, clientConfig);
    m_client->setClientSecret(config.clientSecret);
    m_engine = std::make_unique<Core::Engine>(m_client.get());
    m_engine->setReconcilePolls(1, 20);

    m_context = std::make_unique<Gui::WizardContext>();
    m_context->api = m_client.get();
    m_context->engine = m_engine.get();
    m_context->sandbox = m_sandbox.get();
    m_context->demoMode = true;
    m_context->session = m_example;
    m_context->session.environment.platformUrl = m_sandbox->url().toString();
    m_context->session.environment.imsUrl = m_sandbox->url().toString();
    m_context->session.environment.orgId = config.orgId;
    m_context->session.environment.clientId = config.clientId;
    m_context->clientSecret = config.clientSecret;
    m_context->sourceSecrets = QJsonObject{{QStringLiteral("password"), QStringLiteral("demo-source-password")}};
    Gui::MessageBox::clearAnswers();
}

void TestCreatePage::cleanup()
{
    m_wizard.reset();
    m_page = nullptr;
    m_engine.reset();
    m_client.reset();
    m_context.reset();
    m_sandbox.reset();
    Gui::MessageBox::clearAnswers();
}

void TestCreatePage::start()
{
    m_wizard = std::make_unique<QWizard>();
    m_page = new CreatePage(m_context.get());
    m_wizard->setPage(Gui::CreatePageId, m_page);
    m_wizard->show(); // initializePage() starts the engine
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
}

void TestCreatePage::appliesAndEnablesNext()
{
    start();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->phase() != CreatePage::Phase::Applying, 60000);
    QVERIFY2(m_page->phase() == CreatePage::Phase::Done, qPrintable(m_page->errorText()));
    QVERIFY(m_page->isComplete());
    QVERIFY(!m_context->session.applied.flowId.isEmpty());
    QCOMPARE(m_sandbox->resources(QStringLiteral("flows")).size(), 1);
    QCOMPARE(m_page->stepState(Core::StepId::Flow), Core::StepState::Done);
    QCOMPARE(m_page->stepState(Core::StepId::Dataset), Core::StepState::Done);
    auto *table = m_page->findChild<QTableWidget *>(QStringLiteral("stepsTable"));
    QCOMPARE(table->rowCount(), Core::StepCount);
    QCOMPARE(table->item(int(Core::StepId::Flow), 1)->text(), QStringLiteral("Done"));
    QVERIFY(table->item(int(Core::StepId::Flow), 2)->text().contains(m_context->session.applied.flowId));
    QVERIFY(m_page->validatePage());
    QVERIFY(!m_context->tenantId.isEmpty());
}

void TestCreatePage::failureShowsCodeThenRetryCompletes()
{
    QString error;
    QVERIFY2(m_sandbox->addFault(QStringLiteral("POST /flowservice/flows 500 x*"), &error), qPrintable(error));
    QSignalSpy finished(m_engine.get(), &Core::Engine::finished);
    start();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->phase() != CreatePage::Phase::Applying, 60000);
    QCOMPARE(m_page->phase(), CreatePage::Phase::Failed);
    QVERIFY(!m_page->isComplete());
    QVERIFY(m_page->lastError().has_value());
    const Core::ApiError shown = *m_page->lastError();
    QVERIFY(!shown.message.isEmpty());
    // the Platform's code and request id are shown (a 500 to a POST is ambiguous: the engine looked
    // for the flow before failing, and the page shows what the Platform answered on the way)
    QVERIFY2(m_page->errorText().contains(QStringLiteral("FLOW-1100-500")), qPrintable(m_page->errorText()));
    QVERIFY2(m_page->errorText().contains(QStringLiteral("request id"), Qt::CaseInsensitive), qPrintable(m_page->errorText()));
    QVERIFY(m_page->errorText().contains(QStringLiteral("Next step")));
    QVERIFY(m_page->findChild<QGroupBox *>(QStringLiteral("errorGroup"))->isVisible());
    QCOMPARE(m_page->stepState(Core::StepId::Flow), Core::StepState::Failed);
    QCOMPARE(m_page->stepState(Core::StepId::Dataset), Core::StepState::Done);
    QVERIFY(m_sandbox->resources(QStringLiteral("flows")).isEmpty());
    QVERIFY(button("retryButton")->isEnabled());
    QVERIFY(button("rollbackButton")->isEnabled());
    const int datasets = m_sandbox->createCount(QStringLiteral("dataSets"));

    // the Platform recovers; Retry resumes without creating anything twice
    m_sandbox->clearFaults();
    QTest::mouseClick(button("retryButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->phase() != CreatePage::Phase::Applying, 60000);
    QVERIFY2(m_page->phase() == CreatePage::Phase::Done, qPrintable(m_page->errorText()));
    QVERIFY(m_page->isComplete());
    QVERIFY(!m_page->findChild<QGroupBox *>(QStringLiteral("errorGroup"))->isVisible());
    QCOMPARE(m_sandbox->resources(QStringLiteral("flows")).size(), 1);
    QCOMPARE(m_sandbox->createCount(QStringLiteral("dataSets")), datasets);
    QCOMPARE(m_sandbox->resources(QStringLiteral("flows")).first().value(QStringLiteral("id")).toString(),
             m_context->session.applied.flowId);
}

void TestCreatePage::rollBackDeletesWhatWasCreated()
{
    start();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->phase() != CreatePage::Phase::Applying, 60000);
    QCOMPARE(m_page->phase(), CreatePage::Phase::Done);
    QCOMPARE(m_sandbox->resources(QStringLiteral("flows")).size(), 1);
    QVERIFY(button("rollbackButton")->isEnabled());

    // "No" keeps everything
    Gui::MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(button("rollbackButton"), Qt::LeftButton);
    QCOMPARE(m_page->phase(), CreatePage::Phase::Done);
    QCOMPARE(m_sandbox->resources(QStringLiteral("flows")).size(), 1);

    const QString datasetId = m_context->session.applied.datasetId;
    QVERIFY(!datasetId.isEmpty());
    Gui::MessageBox::setNextAnswer(QMessageBox::Yes);
    QSignalSpy rolledBack(m_page, &CreatePage::rollbackFinished);
    QTest::mouseClick(button("rollbackButton"), Qt::LeftButton);
    QVERIFY(rolledBack.count() == 1 || rolledBack.wait(60000));
    QCOMPARE(rolledBack.first().at(0).toBool(), true);
    QCOMPARE(m_page->phase(), CreatePage::Phase::RolledBack);
    QVERIFY(!m_page->isComplete());
    QVERIFY(m_sandbox->resources(QStringLiteral("flows")).isEmpty());
    for (const QJsonObject &dataset : m_sandbox->resources(QStringLiteral("dataSets")))
        QVERIFY(dataset.value(QStringLiteral("id")).toString() != datasetId);
}

void TestCreatePage::stopThenResumeLater()
{
    m_sandbox->setLatency(150); // slow enough to press Stop while steps run
    start();
    QCOMPARE(m_page->phase(), CreatePage::Phase::Applying);
    QVERIFY(button("stopButton")->isEnabled());
    QVERIFY(!m_page->isComplete());
    QTest::mouseClick(button("stopButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->phase() != CreatePage::Phase::Applying, 60000);
    QCOMPARE(m_page->phase(), CreatePage::Phase::Failed);
    QVERIFY(!m_page->isComplete());
    QVERIFY(m_sandbox->resources(QStringLiteral("flows")).isEmpty());
    QVERIFY(button("retryButton")->isEnabled());

    // Resume later hands over to the wizard (MainWizard saves the session and closes)
    QSignalSpy resume(m_page, &CreatePage::resumeLaterRequested);
    QTest::mouseClick(button("resumeLaterButton"), Qt::LeftButton);
    QCOMPARE(resume.count(), 1);
    QVERIFY(m_context->session.wizard.contains(QStringLiteral("create")));

    // later: Retry finishes the job, creating one flow
    m_sandbox->setLatency(0);
    QTest::mouseClick(button("retryButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->phase() != CreatePage::Phase::Applying, 60000);
    QVERIFY2(m_page->phase() == CreatePage::Phase::Done, qPrintable(m_page->errorText()));
    QCOMPARE(m_sandbox->resources(QStringLiteral("flows")).size(), 1);
}

QTEST_MAIN(TestCreatePage)
#include "tst_createpage.moc"
