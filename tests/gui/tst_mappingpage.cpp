// SPDX-License-Identifier: MIT
#include "api/apiclient.h"
#include "api/requests.h"
#include "delegates/fieldpickerdelegate.h"
#include "delegates/sourcecolumndelegate.h"
#include "delegates/sourcetypedelegate.h"
#include "mapping/mappingcommands.h"
#include "models/mappingcsv.h"
#include "models/mappingmodel.h"
#include "models/schemafieldmodel.h"
#include "sandboxserver.h"
#include "widgets/fieldpicker.h"
#include "wizard/mappingpage.h"
#include "wizard/wizardcontext.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QStandardItemModel>
#include <QTreeView>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <QWizard>

using namespace Dataflow;
using Dataflow::Core::MappingModel;
using Dataflow::Core::MappingRow;

namespace {
QJsonObject testSchema()
{
    const QByteArray json = "{\"$id\":\"https://ns.adobe.com/demotenant/schemas/0123456789abcdef\",\"meta:altId\":\"_demotenan"
        "t.schemas.0123456789abcdef\",\"title\":\"Accounts\",\"version\":\"1.0\",\"type\":\"object\",\"meta:class"
        "\":\"https://ns.adobe.com/xdm/context/profile\",\"meta:tenantNamespace\":\"_demotenant\",\"propert"
        "ies\":{\"_id\":{\"type\":\"string\",\"title\":\"Identifier\"},\"person\":{\"type\":\"object\",\"properties\":"
        "{\"name\":{\"type\":\"object\",\"properties\":{\"firstName\":{\"type\":\"string\",\"title\":\"First name\"},"
        "\"lastName\":{\"type\":\"string\",\"title\":\"Last name\"},\"fullName\":{\"type\":\"string\",\"title\":\"Full"
        " name\"}}}}},\"personalEmail\":{\"type\":\"object\",\"properties\":{\"address\":{\"type\":\"string\",\"tit"
        "le\":\"Address\"}}},\"_demotenant\":{\"type\":\"object\",\"properties\":{\"accountName\":{\"type\":\"strin"
        "g\",\"title\":\"Account name\"},\"annualRevenue\":{\"type\":\"number\",\"title\":\"Annual revenue\"},\"las"
        "tModified\":{\"type\":\"string\",\"format\":\"date-time\",\"title\":\"Last modified\"}}}}}";
    return QJsonDocument::fromJson(json).object();
}

Core::SourceColumn column(const QString &name, const QString &type, const QString &xdmType, const QString &format = {})
{
    QJsonObject xdm{{QStringLiteral("type"), xdmType}};
    if (!format.isEmpty())
        xdm.insert(QStringLiteral("format"), format);
    return Core::SourceColumn::fromJson(
        {{QStringLiteral("name"), name}, {QStringLiteral("type"), type}, {QStringLiteral("xdm"), xdm}});
}
} // namespace

class TestMappingPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void firstVisitAutoMaps();
    void autoMapIsOneUndoStep();
    void rejectSuggestion();
    void editGoesThroughUndoStack();
    void csvRoundTrip();
    void csvImportErrorKeepsRows();
    void countersAndCompleteness();
    void filters();
    void sessionFollowsEdits();
    void fieldPickerDelegateRoundTrip();
    void sourceTypeDelegateRoundTrip();
    void sourceColumnDelegateRoundTrip();
    void editDestinationWithKeyboard();
    void largeTablePrintsTimings();
    void serverValidateAndPreview();

private:
    std::unique_ptr<QWizard> m_wizard;
    std::unique_ptr<Gui::WizardContext> m_context;
    Gui::MappingPage *m_page = nullptr;
};

void TestMappingPage::init()
{
    m_context = std::make_unique<Gui::WizardContext>();
    m_context->tableColumns = {column("Id", "string", "string"),
                               column("Name", "string", "string"),
                               column("FirstName", "string", "string"),
                               column("LastName", "string", "string"),
                               column("PersonEmail", "string", "string"),
                               column("AnnualRevenue", "double", "number"),
                               column("SystemModstamp", "datetime", "string", "date-time")};
    for (const auto &c : std::as_const(m_context->tableColumns))
        {
        Core::SourceColumn nameOnly;
        nameOnly.name = c.name;
        m_context->session.source.columns.append(nameOnly);
    }
    m_context->schemaFull = testSchema();
    m_context->schemaIndex = Core::SchemaIndex::fromJson(m_context->schemaFull);
    QVERIFY(!m_context->schemaIndex.isEmpty());
    m_context->session.schema.id = m_context->schemaIndex.id();
    // most tests start from an empty table (the first-visit auto-map has been seen already)
    if (QByteArray(QTest::currentTestFunction()) != "firstVisitAutoMaps")
        m_context->session.wizard.insert(QStringLiteral("mapping"), QJsonObject{{QStringLiteral("autoMapped"), true}});

    m_wizard = std::make_unique<QWizard>();
    m_page = new Gui::MappingPage(m_context.get());
    m_wizard->setPage(Gui::MappingPageId, m_page);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    QCOMPARE(m_wizard->currentId(), int(Gui::MappingPageId));
}

void TestMappingPage::cleanup()
{
    m_wizard.reset();
    m_context.reset();
    m_page = nullptr;
}

void TestMappingPage::firstVisitAutoMaps()
{
    MappingModel *model = m_page->model();
    QVERIFY(model->rowCount() >= 4);
    QVERIFY(model->isSuggested(0));
    QCOMPARE(m_page->undoStack()->count(), 1);
    QVERIFY(m_page->isComplete());
    QVERIFY(m_context->session.wizard.value(QStringLiteral("mapping")).toObject().value(QStringLiteral("autoMapped")).toBool());
    // reversible in one step, and not proposed again on the next visit
    m_page->undoStack()->undo();
    QCOMPARE(model->rowCount(), 0);
    m_page->initializePage();
    QCOMPARE(model->rowCount(), 0);
}

void TestMappingPage::autoMapIsOneUndoStep()
{
    MappingModel *model = m_page->model();
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!m_page->isComplete());

    auto *button = m_page->findChild<QToolButton *>(QStringLiteral("autoMapButton"));
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    const int suggested = model->rowCount();
    QVERIFY2(suggested >= 4, qPrintable(QString::number(suggested)));
    for (int r = 0; r < suggested; ++r) {
        QVERIFY(model->isSuggested(r));
        QVERIFY(!model->data(model->index(r, 0), MappingModel::SuggestionReasonRole).toString().isEmpty());
        QVERIFY(!model->row(r).destination.isEmpty());
    }
    const QStringList sources = [model] {
        QStringList s;
        for (const auto &r : model->rows())
            s.append(r.source);
        return s;
    }();
    QVERIFY(sources.contains(QStringLiteral("FirstName")));
    QCOMPARE(m_page->undoStack()->count(), 1);
    QVERIFY(m_page->isComplete());
    QCOMPARE(m_context->session.mapping.size(), suggested);

    m_page->undoStack()->undo();
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(m_context->session.mapping.size(), 0);
    QVERIFY(!m_page->isComplete());

    // Ctrl+Shift+Z redoes
    m_page->findChild<QTableView *>(QStringLiteral("mappingView"))->setFocus();
    QTest::keyClick(m_page->findChild<QTableView *>(QStringLiteral("mappingView")), Qt::Key_Z,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(model->rowCount(), suggested);
    QVERIFY(model->isSuggested(0));
    // Ctrl+Z undoes
    QTest::keyClick(m_page->findChild<QTableView *>(QStringLiteral("mappingView")), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(model->rowCount(), 0);
    m_page->undoStack()->redo();
    QCOMPARE(model->rowCount(), suggested);

    // nothing more to suggest: no empty undo step
    QCOMPARE(m_page->autoMap(), 0);
    QCOMPARE(m_page->undoStack()->count(), 1);
}

void TestMappingPage::rejectSuggestion()
{
    QVERIFY(m_page->autoMap() > 0);
    MappingModel *model = m_page->model();
    const int before = model->rowCount();
    const MappingRow first = model->row(0);
    auto *view = m_page->findChild<QTableView *>(QStringLiteral("mappingView"));
    view->selectRow(0);
    auto *reject = m_page->findChild<QToolButton *>(QStringLiteral("rejectButton"));
    QVERIFY(reject->isEnabled());
    QTest::mouseClick(reject, Qt::LeftButton);
    QCOMPARE(model->rowCount(), before - 1);
    QVERIFY(!model->rows().contains(first));
    m_page->undoStack()->undo();
    QCOMPARE(model->rowCount(), before);
    QCOMPARE(model->row(0), first);
}

void TestMappingPage::editGoesThroughUndoStack()
{
    m_page->addRow();
    MappingModel *model = m_page->model();
    QCOMPARE(model->rowCount(), 1);
    auto *view = m_page->findChild<QTableView *>(QStringLiteral("mappingView"));
    view->closePersistentEditor(view->currentIndex());
    QAbstractItemModel *proxy = view->model();
    QVERIFY(proxy->setData(proxy->index(0, MappingModel::SourceColumn), QStringLiteral("FirstName")));
    QVERIFY(proxy->setData(proxy->index(0, MappingModel::DestinationColumn), QStringLiteral("person.name.firstName")));
    QCOMPARE(model->row(0).source, QStringLiteral("FirstName"));
    QCOMPARE(model->row(0).destination, QStringLiteral("person.name.firstName"));
    QCOMPARE(model->errorCount(), 0);
    const int steps = m_page->undoStack()->count();
    QVERIFY(steps >= 2); // add row + edit(s) (edits of one row merge)
    m_page->undoStack()->undo();
    QVERIFY(model->rowCount() == 0 || model->row(0).destination.isEmpty());
}

void TestMappingPage::csvRoundTrip()
{
    QVERIFY(m_page->autoMap() > 0);
    MappingModel *model = m_page->model();
    const auto before = model->rows();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("mapping.csv"));
    QString error;
    QVERIFY2(m_page->exportCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(Core::MappingCsv::read(file.readAll()), before);
    file.close();

    // clear everything (one undo step), then import the file back
    m_page->undoStack()->push(new Gui::ReplaceAllRowsCommand(model, {}));
    QCOMPARE(model->rowCount(), 0);
    QVERIFY2(m_page->importCsv(path, &error), qPrintable(error));
    QCOMPARE(model->rows(), before);
    QCOMPARE(m_context->session.mapping, before);
    QVERIFY(!model->isSuggested(0)); // imported rows are the user's, not suggestions
    m_page->undoStack()->undo();
    QCOMPARE(model->rowCount(), 0);
}

void TestMappingPage::csvImportErrorKeepsRows()
{
    QVERIFY(m_page->autoMap() > 0);
    const auto before = m_page->model()->rows();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("sourceType,source,destination\nFOO,Id,_id\n");
    file.close();
    QString error;
    QVERIFY(!m_page->importCsv(path, &error));
    QVERIFY2(error.contains(QStringLiteral("2")) || error.contains(QStringLiteral("FOO")), qPrintable(error));
    QCOMPARE(m_page->model()->rows(), before);
    QVERIFY(!m_page->importCsv(dir.filePath(QStringLiteral("missing.csv")), &error));
}

void TestMappingPage::countersAndCompleteness()
{
    auto *label = m_page->findChild<QLabel *>(QStringLiteral("countersLabel"));
    QVERIFY(label);
    QCOMPARE(label->text(), QStringLiteral("0 mapped · 7 columns unmapped · 0 errors"));
    QSignalSpy complete(m_page, &QWizardPage::completeChanged);
    QVERIFY(m_page->autoMap() > 0);
    MappingModel *model = m_page->model();
    QCOMPARE(label->text(), QStringLiteral("%1 mapped · %2 columns unmapped · 0 errors")
                                .arg(model->mappedCount())
                                .arg(model->unmappedColumnCount()));
    QVERIFY(complete.count() > 0);
    QVERIFY(m_page->isComplete());

    // a row pointing nowhere is an error and blocks Next
    m_page->undoStack()->push(new Gui::InsertMappingRowsCommand(
        model, model->rowCount(),
        {MappingRow{Core::SourceType::Attribute, QStringLiteral("Name"), QStringLiteral("no.such.field"), {}, {}}}));
    QCOMPARE(model->errorCount(), 1);
    QVERIFY(label->text().endsWith(QStringLiteral("· 1 errors")));
    QVERIFY(!m_page->isComplete());
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled() || !m_wizard->button(QWizard::NextButton)->isVisible()
            || !m_page->isComplete());
    m_page->undoStack()->undo();
    QVERIFY(m_page->isComplete());
}

void TestMappingPage::filters()
{
    QVERIFY(m_page->autoMap() > 0);
    MappingModel *model = m_page->model();
    const int all = model->rowCount();
    m_page->undoStack()->push(new Gui::InsertMappingRowsCommand(
        model, all, {MappingRow{Core::SourceType::Attribute, QStringLiteral("Name"), QString(), {}, {}}}));
    QCOMPARE(m_page->visibleRowCount(), all + 1);
    m_page->setFilter(Gui::MappingPage::Filter::Errors);
    QCOMPARE(m_page->visibleRowCount(), 1);
    m_page->setFilter(Gui::MappingPage::Filter::Unmapped);
    QCOMPARE(m_page->visibleRowCount(), 1);
    m_page->setFilter(Gui::MappingPage::Filter::Suggested);
    QCOMPARE(m_page->visibleRowCount(), all);
    m_page->setFilter(Gui::MappingPage::Filter::All);
    m_page->setSearchText(QStringLiteral("firstname"));
    QCOMPARE(m_page->visibleRowCount(), 1);
    m_page->setSearchText({});
    QCOMPARE(m_page->visibleRowCount(), all + 1);
}

void TestMappingPage::sessionFollowsEdits()
{
    QSignalSpy changed(m_context.get(), &Gui::WizardContext::sessionChanged);
    QVERIFY(m_page->autoMap() > 0);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(m_context->session.mapping, m_page->model()->rows());
    QVERIFY(m_page->validatePage());

    // a second page instance restores the rows from the session
    Gui::MappingPage other(m_context.get());
    other.initializePage();
    QCOMPARE(other.model()->rows(), m_page->model()->rows());
    QCOMPARE(other.undoStack()->count(), 0);
}

void TestMappingPage::fieldPickerDelegateRoundTrip()
{
    Core::SchemaFieldModel fields;
    fields.setSchema(m_context->schemaIndex);
    Gui::FieldPickerDelegate delegate;
    delegate.setFieldModel(&fields);
    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), QStringLiteral("person.name.lastName"), Qt::EditRole);
    QWidget parent;
    QStyleOptionViewItem option;
    QWidget *editor = delegate.createEditor(&parent, option, model.index(0, 0));
    auto *picker = qobject_cast<Gui::FieldPicker *>(editor);
    QVERIFY(picker);
    delegate.setEditorData(editor, model.index(0, 0));
    QCOMPARE(picker->path(), QStringLiteral("person.name.lastName"));
    QCOMPARE(picker->treeView()->currentIndex().data(Core::SchemaFieldModel::PathRole).toString(),
             QStringLiteral("person.name.lastName"));
    // the type is shown beside each field
    const QModelIndex current = picker->treeView()->currentIndex();
    QCOMPARE(current.sibling(current.row(), Core::SchemaFieldModel::TypeColumn).data().toString(), QStringLiteral("string"));

    // typing filters the tree; Enter picks and commits
    QSignalSpy commit(&delegate, &QAbstractItemDelegate::commitData);
    picker->lineEdit()->clear();
    QTest::keyClicks(picker->lineEdit(), QStringLiteral("revenue"));
    QCOMPARE(picker->matchCount(), 1);
    QTest::keyClick(picker->lineEdit(), Qt::Key_Down); // into the tree, on the first matching field
    QCOMPARE(picker->treeView()->currentIndex().data(Core::SchemaFieldModel::PathRole).toString(),
             QStringLiteral("_demotenant.annualRevenue"));
    QTest::keyClick(picker->treeView(), Qt::Key_Return);
    QCOMPARE(commit.count(), 1);
    QCOMPARE(picker->path(), QStringLiteral("_demotenant.annualRevenue"));
    delegate.setModelData(editor, &model, model.index(0, 0));
    QCOMPARE(model.data(model.index(0, 0), Qt::EditRole).toString(), QStringLiteral("_demotenant.annualRevenue"));
    delete editor;
}

void TestMappingPage::sourceTypeDelegateRoundTrip()
{
    Gui::SourceTypeDelegate delegate;
    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), QStringLiteral("EXPRESSION"), Qt::EditRole);
    QWidget parent;
    QWidget *editor = delegate.createEditor(&parent, QStyleOptionViewItem(), model.index(0, 0));
    auto *combo = qobject_cast<QComboBox *>(editor);
    QVERIFY(combo);
    QCOMPARE(combo->count(), 3);
    delegate.setEditorData(editor, model.index(0, 0));
    QCOMPARE(combo->currentData().toString(), QStringLiteral("EXPRESSION"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("STATIC")));
    delegate.setModelData(editor, &model, model.index(0, 0));
    QCOMPARE(model.data(model.index(0, 0), Qt::EditRole).toString(), QStringLiteral("STATIC"));
    delete editor;
}

void TestMappingPage::sourceColumnDelegateRoundTrip()
{
    Gui::SourceColumnDelegate delegate(0);
    delegate.setColumns(m_context->tableColumns);
    QStandardItemModel model(2, 2);
    model.setData(model.index(0, 0), QStringLiteral("ATTRIBUTE"));
    model.setData(model.index(0, 1), QStringLiteral("Name"));
    model.setData(model.index(1, 0), QStringLiteral("EXPRESSION"));
    model.setData(model.index(1, 1), QStringLiteral("upper(Name)"));
    QWidget parent;

    // a column row: the selected columns to choose from
    QWidget *editor = delegate.createEditor(&parent, QStyleOptionViewItem(), model.index(0, 1));
    auto *combo = qobject_cast<QComboBox *>(editor);
    QVERIFY(combo);
    QCOMPARE(combo->count(), m_context->tableColumns.size());
    delegate.setEditorData(editor, model.index(0, 1));
    QCOMPARE(combo->currentText(), QStringLiteral("Name"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("LastName")));
    delegate.setModelData(editor, &model, model.index(0, 1));
    QCOMPARE(model.data(model.index(0, 1)).toString(), QStringLiteral("LastName"));
    delete editor;

    // an expression row: free text
    editor = delegate.createEditor(&parent, QStyleOptionViewItem(), model.index(1, 1));
    auto *edit = qobject_cast<QLineEdit *>(editor);
    QVERIFY(edit);
    delegate.setEditorData(editor, model.index(1, 1));
    QCOMPARE(edit->text(), QStringLiteral("upper(Name)"));
    edit->setText(QStringLiteral("lower(Name)"));
    delegate.setModelData(editor, &model, model.index(1, 1));
    QCOMPARE(model.data(model.index(1, 1)).toString(), QStringLiteral("lower(Name)"));
    delete editor;
}

void TestMappingPage::editDestinationWithKeyboard()
{
    m_page->undoStack()->push(new Gui::InsertMappingRowsCommand(
        m_page->model(), 0, {MappingRow{Core::SourceType::Attribute, QStringLiteral("LastName"), QString(), {}, {}}}));
    auto *view = m_page->findChild<QTableView *>(QStringLiteral("mappingView"));
    const QModelIndex cell = view->model()->index(0, MappingModel::DestinationColumn);
    view->setFocus();
    view->setCurrentIndex(cell);
    QTest::keyClick(view, Qt::Key_F2);
    auto *picker = view->findChild<Gui::FieldPicker *>();
    QVERIFY(picker);
    QTRY_VERIFY(picker->lineEdit()->hasFocus());
    QTest::keyClicks(picker->lineEdit(), QStringLiteral("last name"));
    QCOMPARE(picker->matchCount(), 1);
    QTest::keyClick(picker->lineEdit(), Qt::Key_Return); // the one match is taken
    QTRY_VERIFY(!view->findChild<Gui::FieldPicker *>() || !view->findChild<Gui::FieldPicker *>()->isVisible());
    QCOMPARE(m_page->model()->row(0).destination, QStringLiteral("person.name.lastName"));
    QCOMPARE(m_page->model()->errorCount(), 0);
    QCOMPARE(m_page->undoStack()->count(), 2);
    m_page->undoStack()->undo();
    QVERIFY(m_page->model()->row(0).destination.isEmpty());
}

void TestMappingPage::largeTablePrintsTimings()
{
    // 800 columns against a schema of 1,000 leaves: figures are printed, not asserted
    QJsonObject tenant;
    for (int i = 0; i < 1000; ++i)
        tenant.insert(QStringLiteral("field%1").arg(i), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}});
    QJsonObject schema = testSchema();
    QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
    properties.insert(QStringLiteral("_demotenant"), QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                                                 {QStringLiteral("properties"), tenant}});
    schema.insert(QStringLiteral("properties"), properties);
    Gui::WizardContext context;
    context.schemaIndex = Core::SchemaIndex::fromJson(schema);
    QVERIFY(context.schemaIndex.leafCount() >= 1000);
    for (int i = 0; i < 800; ++i) {
        context.tableColumns.append(column(QStringLiteral("Field%1").arg(i), "string", "string"));
        Core::SourceColumn nameOnly;
        nameOnly.name = QStringLiteral("Field%1").arg(i);
        context.session.source.columns.append(nameOnly);
    }
    QWizard wizard;
    auto *page = new Gui::MappingPage(&context);
    wizard.setPage(Gui::MappingPageId, page);
    QSignalSpy finished(page, &Gui::MappingPage::autoMapFinished);
    QElapsedTimer timer;
    timer.start();
    wizard.show(); // first visit: auto-map, on a worker thread at this size
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    const qint64 shown = timer.elapsed();
    QVERIFY(finished.count() == 1 || finished.wait(60000));
    const qint64 firstVisit = timer.restart();
    const int rows = page->model()->rowCount();
    QCOMPARE(finished.first().at(0).toInt(), rows);
    QVERIFY(rows > 0);
    QVERIFY(!page->isBusy());
    QCOMPARE(page->undoStack()->count(), 1);
    page->undoStack()->undo();
    const qint64 undo = timer.restart();
    QCOMPARE(page->model()->rowCount(), 0);
    page->undoStack()->redo();
    const qint64 redo = timer.restart();
    QCOMPARE(page->model()->rowCount(), rows);
    page->setSearchText(QStringLiteral("field7"));
    const qint64 filter = timer.restart();
    QVERIFY(page->visibleRowCount() > 0);
    page->setSearchText({});

    // the button: busy while the worker runs, the event loop keeps turning, Cancel drops the result
    page->undoStack()->undo();
    finished.clear();
    QCOMPARE(page->autoMap(), -1);
    QVERIFY(page->isBusy());
    page->cancelBusy();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toInt(), -1);
    QVERIFY(!page->isBusy());
    finished.clear();
    timer.restart();
    QCOMPARE(page->autoMap(), -1);
    QVERIFY(finished.wait(60000));
    const qint64 autoMap = timer.restart();
    // the cancelled run (its worker finished long before this one) applied nothing
    QCOMPARE(page->model()->rowCount(), rows);
    QCOMPARE(page->undoStack()->count(), 1);
    qInfo("800 columns x %d leaves: window shown after %lld ms, first-visit auto-map (%d rows) done after %lld ms, "
          "auto-map button %lld ms (worker thread), undo %lld ms, redo %lld ms, filter %lld ms",
          context.schemaIndex.leafCount(), shown, rows, firstVisit, autoMap, undo, redo, filter);
}

void TestMappingPage::serverValidateAndPreview()
{
    Sandbox::SandboxServer sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    QNetworkAccessManager manager;
    manager.setAutoDeleteReplies(true);
    Core::ClientConfig config;
    config.platformUrl = sandbox.url();
    config.imsUrl = sandbox.url();
    config.orgId = sandbox.config().orgId;
    config.clientId = sandbox.config().clientId;
    config.sandboxName = sandbox.config().sandboxName;
    Core::ApiClient client(&manager, config);
    client.setClientSecret(sandbox.config().clientSecret);

    // the demo tenant's schema, resolved, as the schema page would load it
    QJsonArray schemas;
    bool listed = false;
    client.sendList(Core::Requests::tenantSchemas(), this, [&](const Core::ApiResult<QJsonArray> &r) {
        listed = true;
        if (r)
            schemas = r.value();
    });
    QTRY_VERIFY_WITH_TIMEOUT(listed, 20000);
    QVERIFY(!schemas.isEmpty());
    const QString schemaId = schemas.first().toObject().value(QStringLiteral("$id")).toString();
    QJsonObject full;
    bool fetched = false;
    client.send(Core::Requests::tenantSchema(schemaId), this, [&](const Core::ApiResult<Core::ApiResponse> &r) {
        fetched = true;
        if (r)
            full = r.value().json.object();
    });
    QTRY_VERIFY_WITH_TIMEOUT(fetched, 20000);
    const Core::SchemaIndex index = Core::SchemaIndex::fromJson(full);
    QVERIFY(!index.isEmpty());
    QString stringLeaf;
    for (const QString &path : index.leafPaths()) {
        const Core::SchemaField *field = index.field(path);
        if (field->type == QLatin1String("string") && field->format.isEmpty() && !path.contains(QLatin1Char('[')))
            stringLeaf = path;
    }
    QVERIFY(!stringLeaf.isEmpty());

    Gui::WizardContext context;
    context.api = &client;
    context.tableColumns = {column("first", "string", "string")};
    Core::SourceColumn nameOnly;
    nameOnly.name = QStringLiteral("first");
    context.session.source.columns = {nameOnly};
    context.schemaIndex = index;
    context.session.schema.id = schemaId;
    context.session.wizard.insert(QStringLiteral("mapping"), QJsonObject{{QStringLiteral("autoMapped"), true}});
    context.session.mapping = {
        MappingRow{Core::SourceType::Attribute, QStringLiteral("first"), stringLeaf, {}, {}},
        MappingRow{Core::SourceType::Expression, QStringLiteral("nosuchfunction(first"), QString(), {}, {}}};
    // the second row needs a destination of its own to pass the local checks
    for (const QString &path : index.leafPaths()) {
        const Core::SchemaField *field = index.field(path);
        if (path != stringLeaf && field->type == QLatin1String("string") && field->format.isEmpty()
            && !path.contains(QLatin1Char('[')))
            context.session.mapping[1].destination = path;
    }
    context.previewRows = {QJsonObject{{QStringLiteral("first"), QStringLiteral("Ada")}},
                           QJsonObject{{QStringLiteral("first"), QStringLiteral("Grace")}}};

    QWizard wizard;
    auto *page = new Gui::MappingPage(&context);
    wizard.setPage(Gui::MappingPageId, page);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(page->model()->rowCount(), 2);
    QCOMPARE(page->model()->errorCount(), 0);

    QSignalSpy validated(page, &Gui::MappingPage::serverValidated);
    auto *validate = page->findChild<QToolButton *>(QStringLiteral("validateButton"));
    QVERIFY(validate->isEnabled());
    QTest::mouseClick(validate, Qt::LeftButton);
    QVERIFY(validated.count() == 1 || validated.wait(20000));
    QCOMPARE(validated.first().at(0).toBool(), false);
    QCOMPARE(page->serverErrors().size(), 1);
    QVERIFY(page->serverErrors().contains(1));
    QVERIFY2(page->serverErrors().value(1).contains(QStringLiteral("expression")), qPrintable(page->serverErrors().value(1)));
    auto *view = page->findChild<QTableView *>(QStringLiteral("mappingView"));
    QVERIFY(view->model()->index(1, MappingModel::SourceColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Platform")));
    page->setFilter(Gui::MappingPage::Filter::Errors);
    QCOMPARE(page->visibleRowCount(), 1);
    page->setFilter(Gui::MappingPage::Filter::All);

    // fix the row: the server errors are dropped with the edit, and the server accepts it
    QVERIFY(view->model()->setData(view->model()->index(1, MappingModel::SourceColumn), QStringLiteral("upper(first)")));
    QVERIFY(page->serverErrors().isEmpty());
    validated.clear();
    QTest::mouseClick(validate, Qt::LeftButton);
    QVERIFY(validated.count() == 1 || validated.wait(20000));
    QCOMPARE(validated.first().at(0).toBool(), true);

    // preview two sample rows through the mapping
    QSignalSpy previewed(page, &Gui::MappingPage::previewLoaded);
    auto *preview = page->findChild<QToolButton *>(QStringLiteral("previewButton"));
    QVERIFY(preview->isEnabled());
    QTest::mouseClick(preview, Qt::LeftButton);
    QVERIFY(previewed.count() == 1 || previewed.wait(20000));
    QCOMPARE(previewed.first().at(0).toInt(), 2);
    const QByteArray result = QJsonDocument(page->previewResult()).toJson(QJsonDocument::Compact);
    QVERIFY2(result.contains("\"Ada\"") && result.contains("\"GRACE\""), result.constData());
    auto *table = page->findChild<QTableWidget *>(QStringLiteral("previewTable"));
    QCOMPARE(table->rowCount(), 2);
    QVERIFY(table->columnCount() >= 2);
}

QTEST_MAIN(TestMappingPage)
#include "tst_mappingpage.moc"
