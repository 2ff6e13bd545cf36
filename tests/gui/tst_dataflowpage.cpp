// SPDX-License-Identifier: MIT
#include "wizard/dataflowpage.h"
#include "wizard/wizardcontext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QWizard>

using namespace Dataflow;

namespace {
Core::SourceColumn column(const QString &name, const QString &xdmType, const QString &format = {})
{
    QJsonObject xdm{{QStringLiteral("type"), xdmType}};
    if (!format.isEmpty())
        xdm.insert(QStringLiteral("format"), format);
    return Core::SourceColumn::fromJson(
        {{QStringLiteral("name"), name}, {QStringLiteral("type"), xdmType}, {QStringLiteral("xdm"), xdm}});
}

QJsonObject fixtureFlowSpec()
{
    QFile file(QStringLiteral(DATAFLOW_TEST_DATA "/flowspec-crmtoaep.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}
} // namespace

class TestDataflowPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void deltaColumnsAreDateTimesAuditFirst();
    void intervalMinimumFollowsFrequency();
    void onceHasNoIntervalNorBackfill();
    void invalidScheduleMessage();
    void emptyNameBlocksNext();
    void writesAndRestoresSession();
    void bundledSpecWhenNoneFetched();

private:
    void start();
    template<typename T>
    T *child(const char *name) const
    {
        return m_page->findChild<T *>(QLatin1String(name));
    }
    void setFrequency(const QString &frequency)
    {
        auto *combo = child<QComboBox>("frequencyCombo");
        combo->setCurrentIndex(combo->findData(frequency));
    }

    std::unique_ptr<QWizard> m_wizard;
    std::unique_ptr<Gui::WizardContext> m_context;
    Gui::DataflowPage *m_page = nullptr;
};

void TestDataflowPage::init()
{
    m_context = std::make_unique<Gui::WizardContext>();
    m_context->flowSpec = fixtureFlowSpec();
    QVERIFY(!m_context->flowSpec.isEmpty());
    m_context->session.source.tableName = QStringLiteral("Case");
    m_context->tableColumns = {column("Id", "string"),
                               column("CreatedDate", "string", "date-time"),
                               column("Subject", "string"),
                               column("LastModifiedDate", "string", "date-time"),
                               column("Priority", "string"),
                               column("SystemModstamp", "string", "date-time")};
}

void TestDataflowPage::start()
{
    m_wizard = std::make_unique<QWizard>();
    m_page = new Gui::DataflowPage(m_context.get());
    m_wizard->setPage(Gui::DataflowPageId, m_page);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
}

void TestDataflowPage::cleanup()
{
    m_wizard.reset();
    m_context.reset();
    m_page = nullptr;
}

void TestDataflowPage::deltaColumnsAreDateTimesAuditFirst()
{
    start();
    auto *combo = child<QComboBox>("deltaCombo");
    QCOMPARE(combo->count(), 3);
    QCOMPARE(combo->itemData(0).toString(), QStringLiteral("SystemModstamp"));
    QCOMPARE(combo->itemData(1).toString(), QStringLiteral("LastModifiedDate"));
    QCOMPARE(combo->itemData(2).toString(), QStringLiteral("CreatedDate"));
    QCOMPARE(combo->currentData().toString(), QStringLiteral("SystemModstamp"));
    QVERIFY(m_page->isComplete());
    QCOMPARE(m_page->validatorSource(), QStringLiteral("context"));
}

void TestDataflowPage::intervalMinimumFollowsFrequency()
{
    start();
    auto *spin = child<QSpinBox>("intervalSpin");
    setFrequency(QStringLiteral("hour"));
    QCOMPARE(spin->minimum(), 1);
    spin->setValue(2);
    QCOMPARE(m_page->scheduleParams().value(QStringLiteral("interval")).toInt(), 2);

    setFrequency(QStringLiteral("minute"));
    QCOMPARE(spin->minimum(), 15);
    QCOMPARE(spin->value(), 15); // raised to the minimum
    spin->setValue(10);
    QCOMPARE(spin->value(), 15);
    spin->clear();
    QTest::keyClicks(spin, QStringLiteral("20"));
    QCOMPARE(spin->value(), 20);
    QCOMPARE(m_page->scheduleParams().value(QStringLiteral("frequency")).toString(), QStringLiteral("minute"));
    QVERIFY(m_page->isComplete());
    QVERIFY(child<QLabel>("intervalMessage")->text().isEmpty());

    setFrequency(QStringLiteral("day"));
    QCOMPARE(spin->minimum(), 1);
    QCOMPARE(Gui::DataflowPage::minimumInterval(QStringLiteral("minute")), 15);
}

void TestDataflowPage::onceHasNoIntervalNorBackfill()
{
    start();
    setFrequency(QStringLiteral("once"));
    QVERIFY(!child<QSpinBox>("intervalSpin")->isEnabled());
    QVERIFY(!child<QCheckBox>("backfillCheck")->isEnabled());
    const QJsonObject schedule = m_page->scheduleParams();
    QVERIFY(!schedule.contains(QStringLiteral("interval")));
    QVERIFY(!schedule.contains(QStringLiteral("backfill")));
    QVERIFY2(m_page->problems().isEmpty(), qPrintable(m_page->problems().value(0).message));
    QVERIFY(m_page->isComplete());
}

void TestDataflowPage::invalidScheduleMessage()
{
    // the Platform's spec now wants at least 30 minutes: the page follows the spec, not its own rule
    QJsonObject spec = m_context->flowSpec;
    QJsonObject scheduleSpec = spec.value(QStringLiteral("scheduleSpec")).toObject();
    QJsonObject schema = scheduleSpec.value(QStringLiteral("spec")).toObject();
    QJsonObject elseBranch = schema.value(QStringLiteral("else")).toObject();
    QJsonObject thenBranch = elseBranch.value(QStringLiteral("then")).toObject();
    thenBranch[QStringLiteral("properties")] = QJsonObject{
        {QStringLiteral("interval"), QJsonObject{{QStringLiteral("minimum"), 30}}}};
    elseBranch[QStringLiteral("then")] = thenBranch;
    schema[QStringLiteral("else")] = elseBranch;
    scheduleSpec[QStringLiteral("spec")] = schema;
    spec[QStringLiteral("scheduleSpec")] = scheduleSpec;
    m_context->flowSpec = spec;
    start();

    QSignalSpy complete(m_page, &QWizardPage::completeChanged);
    setFrequency(QStringLiteral("minute"));
    auto *message = child<QLabel>("intervalMessage");
    QVERIFY2(message->text().contains(QStringLiteral("30")), qPrintable(message->text()));
    QVERIFY(message->isVisible());
    QVERIFY(!m_page->isComplete());
    QVERIFY(complete.count() > 0);
    QVERIFY(!m_wizard->button(QWizard::FinishButton)->isEnabled() || !m_wizard->button(QWizard::FinishButton)->isVisible());
    QVERIFY(!m_page->validatePage());

    child<QSpinBox>("intervalSpin")->setValue(45);
    QVERIFY(message->text().isEmpty());
    QVERIFY(!message->isVisible());
    QVERIFY(m_page->isComplete());
}

void TestDataflowPage::emptyNameBlocksNext()
{
    start();
    auto *name = child<QLineEdit>("nameEdit");
    QCOMPARE(name->text(), QStringLiteral("Case to Platform"));
    name->clear();
    QVERIFY(!m_page->isComplete());
    QVERIFY(!child<QLabel>("nameMessage")->text().isEmpty());
    QTest::keyClicks(name, QStringLiteral("Cases"));
    QVERIFY(m_page->isComplete());
    QVERIFY(child<QLabel>("nameMessage")->text().isEmpty());
}

void TestDataflowPage::writesAndRestoresSession()
{
    start();
    setFrequency(QStringLiteral("minute"));
    child<QSpinBox>("intervalSpin")->setValue(30);
    child<QComboBox>("deltaCombo")->setCurrentIndex(1);
    child<QSpinBox>("partialSpin")->setValue(5);
    const QDateTime start(QDate(2030, 1, 2), QTime(3, 45), Qt::UTC);
    child<QDateTimeEdit>("startEdit")->setDateTime(start);
    QVERIFY(child<QLabel>("localTimeLabel")->text().contains(QStringLiteral("local")));
    QVERIFY(m_page->validatePage());

    const Core::DataflowSettings &saved = m_context->session.dataflow;
    QCOMPARE(saved.name, QStringLiteral("Case to Platform"));
    QCOMPARE(saved.deltaColumn.value(QStringLiteral("name")).toString(), QStringLiteral("LastModifiedDate"));
    QCOMPARE(saved.schedule.value(QStringLiteral("startTime")).toInteger(), start.toSecsSinceEpoch());
    QCOMPARE(saved.schedule.value(QStringLiteral("interval")).toInt(), 30);
    QCOMPARE(saved.schedule.value(QStringLiteral("frequency")).toString(), QStringLiteral("minute"));
    QCOMPARE(saved.options.value(QStringLiteral("partialIngestionPercent")).toInt(), 5);

    Gui::DataflowPage other(m_context.get());
    other.initializePage();
    QCOMPARE(other.scheduleParams(), m_page->scheduleParams());
    QCOMPARE(other.deltaColumn(), m_page->deltaColumn());
    QCOMPARE(other.options(), m_page->options());
}

void TestDataflowPage::bundledSpecWhenNoneFetched()
{
    m_context->flowSpec = {};
    start();
    QVERIFY(!m_page->validatorSource().isEmpty());
    setFrequency(QStringLiteral("minute"));
    QCOMPARE(child<QSpinBox>("intervalSpin")->value(), 15);
    QVERIFY(m_page->isComplete());
}

QTEST_MAIN(TestDataflowPage)
#include "tst_dataflowpage.moc"
