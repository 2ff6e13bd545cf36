// SPDX-License-Identifier: MIT
#include "api/apiclient.h"
#include "sandboxserver.h"
#include "wizard/schemapage.h"
#include "wizard/wizardcontext.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Dataflow;
using namespace Dataflow::Gui;

namespace {
const QString profileClass = QStringLiteral("https://ns.adobe.com/xdm/context/profile");
const QString personDetails = QStringLiteral("https://ns.adobe.com/xdm/context/profile-person-details");
}

class TestSchemaPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void existingSchemaShowsItsFieldsAndDatasets();
    void searchFiltersTheSchemaList();
    void newSchemaPreviewGrowsWithFieldGroups();
    void newSchemaNeedsATitleAndADatasetName();
    void restoresANewSchemaFromTheSession();

private:
    void openWithExistingSchema();

    QNetworkAccessManager *m_manager = nullptr;
    Core::ApiClient *m_api = nullptr;
    WizardContext *m_context = nullptr;
    SchemaPage *m_page = nullptr;
};

void TestSchemaPage::init()
{
    m_manager = new QNetworkAccessManager;
    m_manager->setAutoDeleteReplies(true);
    m_api = new Core::ApiClient(m_manager, Core::ClientConfig{});
    m_context = new WizardContext;
    m_context->api = m_api;
    QVERIFY(m_context->startDemoSandbox());
    m_context->session.source.tableName = QStringLiteral("incident");
    m_page = new SchemaPage(m_context);
    m_page->resize(1000, 760);
    m_page->show();
}

void TestSchemaPage::cleanup()
{
    delete m_page;
    delete m_context;
    delete m_api;
    delete m_manager;
}

void TestSchemaPage::openWithExistingSchema()
{
    QSignalSpy listed(m_page, &SchemaPage::schemasLoaded);
    m_page->initializePage();
    QVERIFY(listed.wait(10000));
    QVERIFY(!m_page->schemaIds().isEmpty());
    QSignalSpy loaded(m_page, &SchemaPage::schemaLoaded);
    m_page->selectSchema(m_page->schemaIds().constFirst());
    QVERIFY(loaded.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 10000);
}

void TestSchemaPage::existingSchemaShowsItsFieldsAndDatasets()
{
    openWithExistingSchema();
    QCOMPARE(m_page->schemaTitles().constFirst(), QStringLiteral("Demo customer profiles"));
    QVERIFY(m_page->fieldCount() > 20);
    QVERIFY(m_page->schemaIndex().indexOf(QStringLiteral("person.name.firstName")) >= 0);
    QCOMPARE(m_page->datasetIds().size(), 1); // the demo dataset of this schema
    QTRY_VERIFY(m_page->isComplete());
    QVERIFY(m_page->validatePage());
    const Core::Session &s = m_context->session;
    QCOMPARE(s.schema.id, m_page->selectedSchemaId());
    QVERIFY(s.schema.id.startsWith(QLatin1String("https://ns.adobe.com/demotenant/schemas/")));
    QCOMPARE(s.dataset.id, m_page->datasetIds().constFirst());
    QVERIFY(!m_context->schemaIndex.isEmpty());
    QCOMPARE(m_context->schemaIndex.id(), s.schema.id);

    // choosing to create a dataset instead names it and leaves the id out
    m_page->setCreateNewDataset(true);
    m_page->setNewDatasetName(QStringLiteral("Incidents"));
    QVERIFY(m_page->validatePage());
    QVERIFY(m_context->session.dataset.id.isEmpty());
    QCOMPARE(m_context->session.dataset.name, QStringLiteral("Incidents"));
}

void TestSchemaPage::searchFiltersTheSchemaList()
{
    openWithExistingSchema();
    m_page->setSchemaFilter(QStringLiteral("nothing like this"));
    QVERIFY(m_page->schemaTitles().isEmpty());
    m_page->setSchemaFilter(QStringLiteral("customer"));
    QCOMPARE(m_page->schemaTitles().size(), 1);
}

void TestSchemaPage::newSchemaPreviewGrowsWithFieldGroups()
{
    m_page->initializePage();
    QSignalSpy groups(m_page, &SchemaPage::fieldGroupsLoaded);
    m_page->setCreateNewSchema(true);
    QVERIFY(groups.wait(10000));
    QVERIFY(m_page->classIds().contains(profileClass));
    QVERIFY(m_page->fieldGroupIds().contains(personDetails));
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy() && m_page->fieldCount() > 0, 10000);
    const int classOnly = m_page->fieldCount();
    QVERIFY(m_page->schemaIndex().indexOf(QStringLiteral("person.name.firstName")) < 0);

    QSignalSpy preview(m_page, &SchemaPage::previewUpdated);
    m_page->setFieldGroupChecked(personDetails, true);
    QVERIFY(preview.wait(10000));
    QVERIFY(m_page->fieldCount() > classOnly);
    QVERIFY(m_page->schemaIndex().indexOf(QStringLiteral("person.name.firstName")) >= 0);

    // unchecking needs no network: the group is cached
    m_page->setFieldGroupChecked(personDetails, false);
    QCOMPARE(m_page->fieldCount(), classOnly);
}

void TestSchemaPage::newSchemaNeedsATitleAndADatasetName()
{
    m_page->initializePage();
    QSignalSpy groups(m_page, &SchemaPage::fieldGroupsLoaded);
    m_page->setCreateNewSchema(true);
    QVERIFY(groups.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 10000);
    QVERIFY(!m_page->isComplete());
    m_page->setNewSchemaTitle(QStringLiteral("Incident records"));
    m_page->setNewDatasetName(QString());
    QVERIFY(!m_page->isComplete());
    m_page->setNewDatasetName(QStringLiteral("Incidents"));
    QVERIFY(m_page->isComplete());
    m_page->setFieldGroupChecked(personDetails, true);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 10000);
    QVERIFY(m_page->validatePage());
    const Core::SchemaSettings &schema = m_context->session.schema;
    QVERIFY(schema.id.isEmpty());
    QCOMPARE(schema.title, QStringLiteral("Incident records"));
    QCOMPARE(schema.classId, profileClass);
    QCOMPARE(schema.fieldGroupIds, QStringList{personDetails});
    QCOMPARE(m_context->session.dataset.name, QStringLiteral("Incidents"));
    // the preview stands in for the schema on the mapping page, in the tenant's namespace
    QCOMPARE(m_context->schemaIndex.tenantNamespace(), QStringLiteral("_demotenant"));
    QVERIFY(m_context->schemaIndex.indexOf(QStringLiteral("person.name.firstName")) >= 0);
}

void TestSchemaPage::restoresANewSchemaFromTheSession()
{
    m_context->session.schema.title = QStringLiteral("Restored");
    m_context->session.schema.classId = profileClass;
    m_context->session.schema.fieldGroupIds = {personDetails};
    m_context->session.dataset.name = QStringLiteral("Restored dataset");
    QSignalSpy preview(m_page, &SchemaPage::previewUpdated);
    m_page->initializePage();
    QVERIFY(preview.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 10000);
    QCOMPARE(m_page->checkedFieldGroups(), QStringList{personDetails});
    QVERIFY(m_page->schemaIndex().indexOf(QStringLiteral("person.name.firstName")) >= 0);
    QVERIFY(m_page->isComplete());
}

QTEST_MAIN(TestSchemaPage)
#include "tst_schemapage.moc"
