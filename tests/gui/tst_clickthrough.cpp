// SPDX-License-Identifier: MIT
// Demo mode from the first page to the Monitor page with a created flow, through MainWizard and the
// in-process sandbox, pressing the wizard's buttons as a person would.
#include "api/requests.h"
#include "messagebox.h"
#include "models/mappingmodel.h"
#include "sandboxserver.h"
#include "sessioncontroller.h"
#include "wizard/createpage.h"
#include "wizard/dataflowpage.h"
#include "wizard/mainwizard.h"
#include "wizard/mappingpage.h"
#include "wizard/monitorpage.h"
#include "wizard/reviewpage.h"
#include "wizard/schemapage.h"
#include "wizard/sourcepage.h"
#include "wizard/targetpage.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Dataflow;
using namespace Dataflow::Gui;

class TestClickthrough : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void demoFromConnectToMonitor();
    void reopenedSessionLandsOnMonitor();

private:
    void clickNext();

    QTemporaryDir m_dir;
    MainWizard *m_wizard = nullptr;
};

void TestClickthrough::initTestCase()
{
    qRegisterMetaType<std::optional<Core::ApiError>>();
    QVERIFY(m_dir.isValid());
    MessageBox::clearAnswers();
    MainWizard::Options options;
    options.demo = true;
    options.draftDirectory = m_dir.filePath(QStringLiteral("drafts"));
    options.settingsFile = m_dir.filePath(QStringLiteral("settings.ini"));
    options.offerRecovery = false;
    options.sandboxStatePath = m_dir.filePath(QStringLiteral("sandbox-state.json"));
    m_wizard = new MainWizard(options);
    m_wizard->resize(1100, 780);
}

void TestClickthrough::cleanupTestCase()
{
    MessageBox::clearAnswers();
    // closing with unsaved changes asks: answer "discard"
    MessageBox::setNextAnswer(QMessageBox::Discard);
    MessageBox::setNextAnswer(QMessageBox::No);
    delete m_wizard;
    MessageBox::clearAnswers();
}

void TestClickthrough::clickNext()
{
    QAbstractButton *next = m_wizard->button(m_wizard->currentPage()->isCommitPage() ? QWizard::CommitButton
                                                                                       : QWizard::NextButton);
    QVERIFY(next->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 20000);
    QTest::mouseClick(next, Qt::LeftButton);
}

void TestClickthrough::demoFromConnectToMonitor()
{
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard));
    WizardContext *context = m_wizard->context();
    QVERIFY(context->sandbox);
    QCOMPARE(m_wizard->currentId(), int(ConnectPageId));

    // 1. Connect: Next tests the demo connection and moves on by itself
    clickNext();
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(SourcePageId), 20000);

    // 2. Source: ServiceNow, its demo account, the incident table
    auto *source = qobject_cast<SourcePage *>(m_wizard->currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(!source->isBusy() && !context->connectionSpecs.isEmpty(), 20000);
    source->selectConnectionSpec(QLatin1String(Core::Ids::serviceNowSpec));
    QTRY_VERIFY_WITH_TIMEOUT(source->tableNames().contains(QStringLiteral("incident")), 20000);
    source->selectTable(QStringLiteral("incident"));
    QTRY_VERIFY_WITH_TIMEOUT(source->isComplete(), 20000);
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(SchemaPageId));

    // 3. Schema and dataset: the demo tenant's schema
    auto *schema = qobject_cast<SchemaPage *>(m_wizard->currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(!schema->schemaIds().isEmpty(), 20000);
    schema->selectSchema(schema->schemaIds().constFirst());
    QTRY_VERIFY_WITH_TIMEOUT(schema->isComplete(), 20000);
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(TargetPageId));

    // 4. Target connection summary
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(MappingPageId));

    // 5. Mapping: proposed on arrival; undo and redo it with the keyboard, then go on
    auto *mapping = qobject_cast<MappingPage *>(m_wizard->currentPage());
    const int rows = mapping->model()->rowCount();
    QVERIFY2(rows > 0, "auto-map proposed nothing for the demo table and schema");
    QCOMPARE(mapping->model()->errorCount(), 0);
    QWidget *view = mapping->findChild<QWidget *>(QStringLiteral("mappingView"));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(mapping->model()->rowCount(), 0);
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(mapping->model()->rowCount(), rows);
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(DataflowPageId));
    QCOMPARE(context->session.mapping.size(), rows);

    // 6. Dataflow: the audit column is offered first; every 15 minutes
    auto *dataflow = qobject_cast<DataflowPage *>(m_wizard->currentPage());
    auto *delta = dataflow->findChild<QComboBox *>(QStringLiteral("deltaCombo"));
    QCOMPARE(delta->currentData().toString(), QStringLiteral("sys_updated_on"));
    auto *frequency = dataflow->findChild<QComboBox *>(QStringLiteral("frequencyCombo"));
    // the page fetches the Platform's flow spec and validates against it
    QTRY_VERIFY_WITH_TIMEOUT(!dataflow->isBusy(), 20000);
    QCOMPARE(dataflow->validatorSource(), QStringLiteral("context"));
    frequency->setCurrentIndex(frequency->findData(QStringLiteral("minute")));
    QVERIFY(dataflow->isComplete());
    auto *name = dataflow->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Incidents clickthrough"));
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(ReviewPageId));
    QCOMPARE(context->session.dataflow.name, QStringLiteral("Incidents clickthrough"));

    // 7. Review
    auto *review = qobject_cast<ReviewPage *>(m_wizard->currentPage());
    QVERIFY(review->planText().contains(QStringLiteral("incident")));
    QVERIFY(!review->plannedRequests().isEmpty());
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(CreatePageId));

    // 8. Create: the engine runs by itself; Next (Monitor) is enabled once the flow exists
    auto *create = qobject_cast<CreatePage *>(m_wizard->currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(create->phase() != CreatePage::Phase::Applying, 60000);
    QVERIFY2(create->phase() == CreatePage::Phase::Done, qPrintable(create->errorText()));
    const QString flowId = context->session.applied.flowId;
    QVERIFY(!flowId.isEmpty());
    QCOMPARE(context->sandbox->resources(QStringLiteral("flows")).size(), 1);
    // the write-ahead journal lives beside the session's draft, inside the test's folder
    QVERIFY(context->engine->journalPath().startsWith(m_dir.path()));
    QVERIFY(QFile::exists(context->engine->journalPath()));
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(MonitorPageId));

    // 9. Monitor: let the sandbox clock pass the start time, refresh, and the runs are listed
    auto *monitor = qobject_cast<MonitorPage *>(m_wizard->currentPage());
    QVERIFY(monitor->isAutoRefreshing());
    context->sandbox->advanceClock(2 * 3600);
    QTRY_VERIFY_WITH_TIMEOUT(!monitor->isBusy(), 20000);
    QSignalSpy loaded(monitor, &MonitorPage::runsLoaded);
    QTest::mouseClick(monitor->findChild<QAbstractButton *>(QStringLiteral("refreshButton")), Qt::LeftButton);
    QVERIFY(loaded.count() > 0 || loaded.wait(20000));
    QVERIFY2(!monitor->runs().isEmpty(), "no runs after two hours of sandbox time");
    QCOMPARE(monitor->runs().first().toObject().value(QStringLiteral("flowId")).toString(), flowId);
    QVERIFY(m_wizard->button(QWizard::FinishButton)->isVisible());
    QCOMPARE(context->session.wizard.value(QStringLiteral("page")).toString(), QStringLiteral("monitor"));
}

void TestClickthrough::reopenedSessionLandsOnMonitor()
{
    WizardContext *context = m_wizard->context();
    const Core::Session saved = context->session;
    QVERIFY(!saved.applied.flowId.isEmpty());
    const QString path = m_dir.filePath(QStringLiteral("incidents.dataflow.json"));
    QVERIFY(m_wizard->sessions()->saveAs(path));

    MainWizard::Options options;
    options.demo = true;
    options.draftDirectory = m_dir.filePath(QStringLiteral("drafts-2"));
    options.settingsFile = m_dir.filePath(QStringLiteral("settings-2.ini"));
    options.offerRecovery = false;
    options.sandboxStatePath = m_dir.filePath(QStringLiteral("sandbox-state.json"));
    MainWizard second(options);
    second.resize(1100, 780);
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    QSignalSpy reset(&second, &MainWizard::sessionReset);
    QVERIFY(second.openFile(path));
    QVERIFY(reset.count() > 0 || reset.wait(60000));
    QTRY_COMPARE_WITH_TIMEOUT(second.currentId(), int(MonitorPageId), 60000);

    // every page of this engineer's part was restored on the way
    auto *mapping = qobject_cast<MappingPage *>(second.page(MappingPageId));
    QCOMPARE(mapping->model()->rows(), saved.mapping);
    QCOMPARE(mapping->undoStack()->count(), 0); // nothing was re-suggested
    auto *dataflow = qobject_cast<DataflowPage *>(second.page(DataflowPageId));
    QCOMPARE(dataflow->scheduleParams(), saved.dataflow.schedule);
    QCOMPARE(dataflow->deltaColumn().value(QStringLiteral("name")), saved.dataflow.deltaColumn.value(QStringLiteral("name")));
    QCOMPARE(second.context()->session.applied.flowId, saved.applied.flowId);
    QCOMPARE(second.context()->session.mapping, saved.mapping);

    // the Monitor page loads the runs of the flow once the replay is over
    auto *monitor = qobject_cast<MonitorPage *>(second.currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(!monitor->runs().isEmpty(), 30000);
    QCOMPARE(monitor->runs().first().toObject().value(QStringLiteral("flowId")).toString(), saved.applied.flowId);
    QVERIFY(!second.sessions()->isModified());
    MessageBox::setNextAnswer(QMessageBox::Discard);
}

QTEST_MAIN(TestClickthrough)
#include "tst_clickthrough.moc"
