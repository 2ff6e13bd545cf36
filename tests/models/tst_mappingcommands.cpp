// SPDX-License-Identifier: MIT
#include "mapping/mappingcommands.h"
#include "models/automapper.h"
#include "models/mappingcsv.h"
#include "models/mappingmodel.h"
#include "testschemas.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QUndoStack>

using namespace Dataflow::Core;
using namespace Dataflow::Gui;

namespace {

MappingRow attribute(const QString &source, const QString &destination)
{
    MappingRow row;
    row.source = source;
    row.destination = destination;
    return row;
}

SourceColumns columns()
{
    return {TestSchemas::column(QStringLiteral("Id")), TestSchemas::column(QStringLiteral("Name")),
            TestSchemas::column(QStringLiteral("Email")), TestSchemas::dateTimeColumn(QStringLiteral("CreatedDate")),
            TestSchemas::column(QStringLiteral("FirstName"))};
}

} // namespace

class TestMappingCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void setRowUndoRedo();
    void setRowMergesSameRow();
    void insertUndoRedo();
    void removeScatteredRows();
    void applySuggestionsIsOneStep();
    void applySuggestionsFillsOpenRows();
    void replaceAllRows();
    void modelGoneIsHarmless();
    void largeAutoMapUndoRedo();

private:
    MappingModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
    QUndoStack *m_stack = nullptr;
    MappingRows m_initial;
};

void TestMappingCommands::init()
{
    m_model = new MappingModel(this);
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_model->setContext(columns(), TestSchemas::profileSchema());
    m_initial = {attribute(QStringLiteral("Id"), QStringLiteral("_id")),
                 attribute(QStringLiteral("Name"), QString()),
                 attribute(QStringLiteral("Email"), QStringLiteral("personalEmail.address")),
                 attribute(QStringLiteral("CreatedDate"), QString())};
    m_model->setRows(m_initial);
    m_stack = new QUndoStack(this);
}

void TestMappingCommands::cleanup()
{
    delete m_stack;
    delete m_tester;
    delete m_model;
    m_stack = nullptr;
    m_tester = nullptr;
    m_model = nullptr;
}

void TestMappingCommands::setRowUndoRedo()
{
    m_stack->push(new SetMappingRowCommand(m_model, 1, attribute(QStringLiteral("Name"), QStringLiteral("person.name.fullName"))));
    QCOMPARE(m_model->row(1).destination, QStringLiteral("person.name.fullName"));
    QCOMPARE(m_model->errorCount(), 1);
    QVERIFY(!m_stack->undoText().isEmpty());
    m_stack->undo();
    QCOMPARE(m_model->rows(), m_initial);
    QCOMPARE(m_model->errorCount(), 2);
    m_stack->redo();
    QCOMPARE(m_model->row(1).destination, QStringLiteral("person.name.fullName"));
}

void TestMappingCommands::setRowMergesSameRow()
{
    m_stack->push(new SetMappingRowCommand(m_model, 1, attribute(QStringLiteral("Name"), QStringLiteral("person"))));
    m_stack->push(new SetMappingRowCommand(m_model, 1, attribute(QStringLiteral("Name"), QStringLiteral("person.name"))));
    m_stack->push(new SetMappingRowCommand(m_model, 1, attribute(QStringLiteral("Name"), QStringLiteral("person.name.fullName"))));
    m_stack->push(new SetMappingRowCommand(m_model, 3, attribute(QStringLiteral("CreatedDate"), QStringLiteral("_repo.createDate"))));
    QCOMPARE(m_stack->count(), 2);
    m_stack->undo();
    QCOMPARE(m_model->row(3), m_initial.at(3));
    QCOMPARE(m_model->row(1).destination, QStringLiteral("person.name.fullName"));
    m_stack->undo();
    QCOMPARE(m_model->rows(), m_initial);
}

void TestMappingCommands::insertUndoRedo()
{
    m_stack->push(new InsertMappingRowsCommand(m_model, 1, {attribute(QStringLiteral("FirstName"), QStringLiteral("person.name.firstName")),
                                                           attribute(QStringLiteral("Id"), QString())}));
    QCOMPARE(m_model->rowCount(), 6);
    QCOMPARE(m_model->row(1).source, QStringLiteral("FirstName"));
    QCOMPARE(m_model->row(3).source, QStringLiteral("Name"));
    m_stack->undo();
    QCOMPARE(m_model->rows(), m_initial);
    m_stack->redo();
    QCOMPARE(m_model->rowCount(), 6);
    QCOMPARE(m_model->row(2).source, QStringLiteral("Id"));
}

void TestMappingCommands::removeScatteredRows()
{
    m_stack->push(new RemoveMappingRowsCommand(m_model, {3, 0, 2, 3, 99}));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->row(0).source, QStringLiteral("Name"));
    m_stack->undo();
    QCOMPARE(m_model->rows(), m_initial);
    m_stack->redo();
    QCOMPARE(m_model->rowCount(), 1);
    m_stack->undo();
    QCOMPARE(m_model->rows(), m_initial);
}

void TestMappingCommands::applySuggestionsIsOneStep()
{
    m_model->setRows({});
    const QList<AutoMapSuggestion> suggestions = suggestMappings(columns(), m_model->schema(), m_model->rows());
    QCOMPARE(suggestions.size(), 5);
    m_stack->push(new ApplySuggestionsCommand(m_model, suggestions));
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(m_model->errorCount(), 0);
    QCOMPARE(m_model->unmappedColumnCount(), 0);
    for (int r = 0; r < m_model->rowCount(); ++r)
        QVERIFY(m_model->isSuggested(r));
    m_stack->undo();
    QCOMPARE(m_model->rowCount(), 0);
    m_stack->redo();
    QCOMPARE(m_model->rowCount(), 5);
    QVERIFY(m_model->isSuggested(4));
}

void TestMappingCommands::applySuggestionsFillsOpenRows()
{
    const QList<AutoMapSuggestion> suggestions = suggestMappings(columns(), m_model->schema(), m_model->rows());
    // Id and Email are mapped already; Name and CreatedDate rows are open; FirstName has no row.
    QCOMPARE(suggestions.size(), 3);
    m_stack->push(new ApplySuggestionsCommand(m_model, suggestions));
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(m_model->row(1).destination, QStringLiteral("person.name.fullName"));
    QCOMPARE(m_model->row(3).destination, QStringLiteral("_repo.createDate"));
    QCOMPARE(m_model->row(4).source, QStringLiteral("FirstName"));
    QVERIFY(m_model->isSuggested(1));
    QVERIFY(!m_model->isSuggested(0));
    QCOMPARE(m_model->errorCount(), 0);

    // Accepting by editing clears the flag; undo of the edit brings the suggestion back.
    m_stack->push(new SetMappingRowCommand(m_model, 1, attribute(QStringLiteral("Name"), QStringLiteral("person.name.lastName"))));
    QVERIFY(!m_model->isSuggested(1));
    m_stack->undo();
    QVERIFY(m_model->isSuggested(1));
    QCOMPARE(m_model->row(1).destination, QStringLiteral("person.name.fullName"));

    m_stack->undo();
    QCOMPARE(m_model->rows(), m_initial);
    QVERIFY(!m_model->isSuggested(1));
    QCOMPARE(m_model->errorCount(), 2);
}

void TestMappingCommands::replaceAllRows()
{
    QString error;
    const MappingRows imported = MappingCsv::read("source,destination\nFirstName,person.name.firstName\n", &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_stack->push(new ApplySuggestionsCommand(m_model, suggestMappings(columns(), m_model->schema(), m_model->rows())));
    const MappingRows afterAutoMap = m_model->rows();
    m_stack->push(new ReplaceAllRowsCommand(m_model, imported, QStringLiteral("Import CSV")));
    QCOMPARE(m_stack->undoText(), QStringLiteral("Import CSV"));
    QCOMPARE(m_model->rows(), imported);
    m_stack->undo();
    QCOMPARE(m_model->rows(), afterAutoMap);
    QVERIFY(m_model->isSuggested(1)); // suggestion flags come back too
    m_stack->undo();
    QCOMPARE(m_model->rows(), m_initial);
    m_stack->redo();
    m_stack->redo();
    QCOMPARE(m_model->rows(), imported);
}

void TestMappingCommands::modelGoneIsHarmless()
{
    m_stack->push(new SetMappingRowCommand(m_model, 1, attribute(QStringLiteral("Name"), QStringLiteral("person.name.fullName"))));
    delete m_tester;
    m_tester = nullptr;
    delete m_model;
    m_model = nullptr;
    m_stack->undo();
    m_stack->redo();
    QCOMPARE(m_stack->count(), 1);
}

void TestMappingCommands::largeAutoMapUndoRedo()
{
    // 400 columns, half of them already listed without a destination: fills and appends in one step.
    SourceColumns many = columns();
    const QStringList words{QStringLiteral("Loyalty"), QStringLiteral("Level"), QStringLiteral("Points"),
                            QStringLiteral("Balance"), QStringLiteral("Origin"), QStringLiteral("Tags")};
    for (int i = 0; many.size() < 400; ++i)
        many.append(TestSchemas::column(words.at(i % words.size()) + words.at((i / 6) % words.size())
                                        + QString::number(i)));
    m_model->setContext(many, TestSchemas::profileSchema());
    MappingRows open;
    for (int i = 0; i < many.size(); i += 2)
        open.append(attribute(many.at(i).name, QString()));
    m_model->setRows(open);
    const MappingRows before = m_model->rows();
    const QList<AutoMapSuggestion> suggestions = suggestMappings(many, m_model->schema(), before);
    QVERIFY(suggestions.size() >= 5);
    m_stack->push(new ApplySuggestionsCommand(m_model, suggestions));
    QCOMPARE(m_model->mappedCount(), int(suggestions.size()));
    m_stack->push(new RemoveMappingRowsCommand(m_model, {0, 1, 2, 5, 7, 8, 9, 150, 199, 200}));
    const MappingRows afterRemove = m_model->rows();
    m_stack->undo();
    QCOMPARE(m_model->mappedCount(), int(suggestions.size()));
    m_stack->redo();
    QCOMPARE(m_model->rows(), afterRemove);
    m_stack->undo();
    m_stack->undo();
    QCOMPARE(m_model->rows(), before);
    QCOMPARE(m_model->mappedCount(), 0);
    for (int r = 0; r < m_model->rowCount(); ++r)
        QVERIFY(!m_model->isSuggested(r));
}

QTEST_GUILESS_MAIN(TestMappingCommands)
#include "tst_mappingcommands.moc"
