// SPDX-License-Identifier: MIT
#include "models/mappingfiltermodel.h"
#include "models/mappingmodel.h"
#include "testschemas.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Dataflow::Core;

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
            TestSchemas::column(QStringLiteral("Phone"))};
}

} // namespace

class TestMappingModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void emptyModel();
    void setRowsAndCounters();
    void displayData();
    void setData_data();
    void setData();
    void setDataRejectsBadInput();
    void duplicateUpdatesOtherRow();
    void insertAndRemove();
    void badRanges();
    void suggestedRows();
    void contextChangeRevalidates();
    void flagsAndHeaders();
    void setRowsAtIsOneChange();
    void filterModel();

private:
    MappingModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestMappingModel::init()
{
    m_model = new MappingModel(this);
    // The tester watches every change made by the test below.
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_model->setContext(columns(), TestSchemas::profileSchema());
}

void TestMappingModel::cleanup()
{
    delete m_tester;
    m_tester = nullptr;
    delete m_model;
    m_model = nullptr;
}

void TestMappingModel::emptyModel()
{
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(MappingModel::ColumnCount));
    QCOMPARE(m_model->mappedCount(), 0);
    QCOMPARE(m_model->unmappedColumnCount(), 5);
    QCOMPARE(m_model->errorCount(), 0);
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0);
    QVERIFY(m_model->row(3) == MappingRow());
}

void TestMappingModel::setRowsAndCounters()
{
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy counters(m_model, &MappingModel::countersChanged);
    const MappingRows rows{attribute(QStringLiteral("Id"), QStringLiteral("_id")),
                           attribute(QStringLiteral("Name"), QStringLiteral("person.name.fullName")),
                           attribute(QStringLiteral("Email"), QString()),
                           attribute(QStringLiteral("Nope"), QStringLiteral("person.name"))};
    m_model->setRows(rows);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(counters.count(), 1);
    QCOMPARE(m_model->rows(), rows);
    QCOMPARE(m_model->row(1), rows.at(1));
    QCOMPARE(m_model->mappedCount(), 3);
    QCOMPARE(m_model->unmappedColumnCount(), 2); // CreatedDate, Phone
    QCOMPARE(m_model->unmappedColumns(), (QStringList{QStringLiteral("CreatedDate"), QStringLiteral("Phone")}));
    QCOMPARE(m_model->errorCount(), 2);          // row 2 (empty destination), row 3 (two issues)
    QCOMPARE(m_model->issues().size(), 3);
    QCOMPARE(m_model->issues(3).size(), 2);
    QCOMPARE(m_model->validationState(0), MappingModel::ValidationState::Valid);
    QCOMPARE(m_model->validationState(2), MappingModel::ValidationState::Error);
}

void TestMappingModel::displayData()
{
    m_model->setRows({attribute(QStringLiteral("CreatedDate"), QStringLiteral("person.birthDate")),
                      attribute(QStringLiteral("Name"), QStringLiteral("person.name"))});
    QCOMPARE(m_model->index(0, MappingModel::SourceTypeColumn).data().toString(), QStringLiteral("ATTRIBUTE"));
    QCOMPARE(m_model->index(0, MappingModel::SourceColumn).data().toString(), QStringLiteral("CreatedDate"));
    QCOMPARE(m_model->index(0, MappingModel::DestinationColumn).data().toString(), QStringLiteral("person.birthDate"));
    QCOMPARE(m_model->index(0, MappingModel::DestinationTypeColumn).data().toString(), QStringLiteral("date"));
    // date-time -> date converts: a warning, not an error.
    QCOMPARE(m_model->index(0, 0).data(MappingModel::ValidationStateRole).toInt(),
             int(MappingModel::ValidationState::Warning));
    QCOMPARE(m_model->index(0, MappingModel::StatusColumn).data().toString(), QStringLiteral("Converted"));
    QCOMPARE(m_model->index(1, 0).data(MappingModel::ValidationStateRole).toInt(),
             int(MappingModel::ValidationState::Error));
    QVERIFY(m_model->index(1, 0).data(MappingModel::IssueMessageRole).toString().contains(QLatin1String("person.name")));
    QCOMPARE(m_model->index(1, MappingModel::StatusColumn).data().toString(), QStringLiteral("Destination is not a field"));
    QCOMPARE(m_model->index(1, 0).data(MappingModel::IssueKindsRole).toList(),
             QVariantList{int(MappingIssue::Kind::NotALeaf)});
    QVERIFY(!m_model->index(1, 0).data(MappingModel::SuggestedRole).toBool());
    QVERIFY(m_model->index(1, MappingModel::SourceColumn).data(Qt::ToolTipRole).toString().contains(QLatin1String("object")));
}

void TestMappingModel::setData_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("expectedDisplay");
    QTest::newRow("source") << int(MappingModel::SourceColumn) << QVariant(QStringLiteral(" Email ")) << "Email";
    QTest::newRow("destination") << int(MappingModel::DestinationColumn)
                                 << QVariant(QStringLiteral("personalEmail.address")) << "personalEmail.address";
    QTest::newRow("type text") << int(MappingModel::SourceTypeColumn) << QVariant(QStringLiteral("expression"))
                               << "EXPRESSION";
    QTest::newRow("type int") << int(MappingModel::SourceTypeColumn) << QVariant(int(SourceType::Static)) << "STATIC";
}

void TestMappingModel::setData()
{
    QFETCH(int, column);
    QFETCH(QVariant, value);
    QFETCH(QString, expectedDisplay);
    m_model->setRows({attribute(QStringLiteral("Name"), QStringLiteral("person.name.fullName"))});
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy counters(m_model, &MappingModel::countersChanged);
    const QModelIndex index = m_model->index(0, column);
    QVERIFY(m_model->setData(index, value));
    QCOMPARE(index.data().toString(), expectedDisplay);
    QCOMPARE(index.data(Qt::EditRole).toString(), expectedDisplay);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(counters.count(), 1);
    const QModelIndex top = changed.last().at(0).toModelIndex();
    const QModelIndex bottom = changed.last().at(1).toModelIndex();
    QVERIFY(top.row() <= 0 && bottom.row() >= 0 && top.column() <= column && bottom.column() >= column);

    // Setting the same value again changes nothing.
    changed.clear();
    QVERIFY(m_model->setData(index, index.data(Qt::EditRole)));
    QCOMPARE(changed.count(), 0);
}

void TestMappingModel::setDataRejectsBadInput()
{
    m_model->setRows({attribute(QStringLiteral("Name"), QStringLiteral("person.name.fullName"))});
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QVERIFY(!m_model->setData(m_model->index(0, MappingModel::SourceTypeColumn), QStringLiteral("LOOKUP")));
    QVERIFY(!m_model->setData(m_model->index(0, MappingModel::SourceTypeColumn), 7));
    QVERIFY(!m_model->setData(m_model->index(0, MappingModel::StatusColumn), QStringLiteral("OK")));
    QVERIFY(!m_model->setData(m_model->index(0, MappingModel::DestinationTypeColumn), QStringLiteral("string")));
    QVERIFY(!m_model->setData(m_model->index(0, MappingModel::SourceColumn), QStringLiteral("x"), Qt::DisplayRole));
    QVERIFY(!m_model->setData(QModelIndex(), QStringLiteral("x")));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_model->row(0), attribute(QStringLiteral("Name"), QStringLiteral("person.name.fullName")));
}

void TestMappingModel::duplicateUpdatesOtherRow()
{
    m_model->setRows({attribute(QStringLiteral("Email"), QStringLiteral("personalEmail.address")),
                      attribute(QStringLiteral("Id"), QStringLiteral("_id")),
                      attribute(QStringLiteral("Name"), QStringLiteral("person.name.fullName"))});
    QCOMPARE(m_model->errorCount(), 0);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->setData(m_model->index(2, MappingModel::DestinationColumn), QStringLiteral("personalEmail.address")));
    QCOMPARE(m_model->errorCount(), 2);
    QCOMPARE(m_model->index(0, 0).data(MappingModel::ValidationStateRole).toInt(),
             int(MappingModel::ValidationState::Error));
    // Row 0 was told about it.
    bool row0Signalled = false;
    for (const QList<QVariant> &args : std::as_const(changed)) {
        if (args.at(0).toModelIndex().row() <= 0 && args.at(1).toModelIndex().row() >= 0)
            row0Signalled = true;
    }
    QVERIFY(row0Signalled);
    QVERIFY(m_model->setData(m_model->index(2, MappingModel::DestinationColumn), QStringLiteral("person.name.fullName")));
    QCOMPARE(m_model->errorCount(), 0);
}

void TestMappingModel::insertAndRemove()
{
    m_model->setRows({attribute(QStringLiteral("Id"), QStringLiteral("_id"))});
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(m_model->insertMappingRows(0, {attribute(QStringLiteral("Name"), QStringLiteral("person.name.fullName")),
                                           attribute(QStringLiteral("Email"), QStringLiteral("personalEmail.address"))}));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 1);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->row(2).source, QStringLiteral("Id"));
    QCOMPARE(m_model->mappedCount(), 3);
    QVERIFY(m_model->insertMappingRows(3, {attribute(QStringLiteral("Phone"), QString())}));
    QCOMPARE(m_model->row(3).source, QStringLiteral("Phone"));
    QCOMPARE(m_model->errorCount(), 1);
    QVERIFY(m_model->insertMappingRows(1, {}));

    QVERIFY(m_model->removeRows(1, 2));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->row(0).source, QStringLiteral("Name"));
    QCOMPARE(m_model->row(1).source, QStringLiteral("Phone"));
    QCOMPARE(m_model->unmappedColumnCount(), 3);
}

void TestMappingModel::badRanges()
{
    m_model->setRows({attribute(QStringLiteral("Id"), QStringLiteral("_id"))});
    QVERIFY(!m_model->insertMappingRows(-1, {MappingRow()}));
    QVERIFY(!m_model->insertMappingRows(2, {MappingRow()}));
    QVERIFY(!m_model->removeRows(0, 2));
    QVERIFY(!m_model->removeRows(-1, 1));
    QVERIFY(!m_model->removeRows(0, 0));
    QVERIFY(!m_model->removeRows(0, 1, m_model->index(0, 0)));
    QVERIFY(!m_model->setRow(1, MappingRow()));
    QVERIFY(!m_model->insertSuggestedRows(0, {MappingRow(), MappingRow()}, {AutoMapSuggestion{}}));
    QCOMPARE(m_model->rowCount(), 1);
}

void TestMappingModel::suggestedRows()
{
    AutoMapSuggestion s{1, QStringLiteral("person.name.fullName"), 0.95, QStringLiteral("because")};
    QVERIFY(m_model->insertSuggestedRows(0, {mappingRowFromSuggestion(s, columns())}, {s}));
    QVERIFY(m_model->isSuggested(0));
    const QModelIndex index = m_model->index(0, MappingModel::DestinationColumn);
    QVERIFY(index.data(MappingModel::SuggestedRole).toBool());
    QCOMPARE(index.data(MappingModel::SuggestionScoreRole).toDouble(), 0.95);
    QCOMPARE(index.data(MappingModel::SuggestionReasonRole).toString(), QStringLiteral("because"));
    QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QLatin1String("because")));
    QCOMPARE(m_model->index(0, MappingModel::StatusColumn).data().toString(), QStringLiteral("Suggested"));

    // Editing the row makes it the user's.
    QVERIFY(m_model->setData(index, QStringLiteral("person.name.lastName")));
    QVERIFY(!m_model->isSuggested(0));
    QCOMPARE(m_model->suggestion(0).columnIndex, -1);

    QVERIFY(m_model->setSuggestedRow(0, m_model->row(0), s));
    QVERIFY(m_model->isSuggested(0));
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->clearSuggestedFlags();
    QVERIFY(!m_model->isSuggested(0));
    QCOMPARE(changed.count(), 1);
}

void TestMappingModel::contextChangeRevalidates()
{
    m_model->setRows({attribute(QStringLiteral("Id"), QStringLiteral("_id")),
                      attribute(QStringLiteral("Name"), QStringLiteral("person.name.fullName"))});
    QCOMPARE(m_model->errorCount(), 0);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy counters(m_model, &MappingModel::countersChanged);
    m_model->setContext({TestSchemas::column(QStringLiteral("Id"))}, TestSchemas::profileSchema());
    QCOMPARE(m_model->errorCount(), 1); // "Name" is no longer selected
    QCOMPARE(m_model->unmappedColumnCount(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(counters.count(), 1);
    // Without a schema the destination type is unknown.
    m_model->setContext(columns(), SchemaIndex());
    QCOMPARE(m_model->index(0, MappingModel::DestinationTypeColumn).data().toString(), QString());
    QCOMPARE(m_model->errorCount(), 0);
}

void TestMappingModel::flagsAndHeaders()
{
    m_model->setRows({attribute(QStringLiteral("Id"), QStringLiteral("_id"))});
    QVERIFY(m_model->flags(m_model->index(0, MappingModel::SourceTypeColumn)) & Qt::ItemIsEditable);
    QVERIFY(m_model->flags(m_model->index(0, MappingModel::SourceColumn)) & Qt::ItemIsEditable);
    QVERIFY(m_model->flags(m_model->index(0, MappingModel::DestinationColumn)) & Qt::ItemIsEditable);
    QVERIFY(!(m_model->flags(m_model->index(0, MappingModel::DestinationTypeColumn)) & Qt::ItemIsEditable));
    QVERIFY(!(m_model->flags(m_model->index(0, MappingModel::StatusColumn)) & Qt::ItemIsEditable));
    QCOMPARE(m_model->headerData(MappingModel::SourceColumn, Qt::Horizontal).toString(), QStringLiteral("Source"));
    QCOMPARE(m_model->headerData(MappingModel::DestinationColumn, Qt::Horizontal).toString(),
             QStringLiteral("Destination"));
    QCOMPARE(m_model->headerData(0, Qt::Vertical).toInt(), 1);
    QVERIFY(!m_model->headerData(MappingModel::ColumnCount, Qt::Horizontal).isValid());
}

void TestMappingModel::setRowsAtIsOneChange()
{
    m_model->setRows({attribute(QStringLiteral("Id"), QString()), attribute(QStringLiteral("Name"), QString()),
                      attribute(QStringLiteral("Email"), QString())});
    QCOMPARE(m_model->errorCount(), 3);
    QSignalSpy counters(m_model, &MappingModel::countersChanged);
    const AutoMapSuggestion s{2, QStringLiteral("personalEmail.address"), 0.9, QStringLiteral("why")};
    QVERIFY(m_model->setRowsAt({0, 2},
                               {attribute(QStringLiteral("Id"), QStringLiteral("_id")),
                                attribute(QStringLiteral("Email"), QStringLiteral("personalEmail.address"))},
                               {AutoMapSuggestion{}, s}));
    QCOMPARE(counters.count(), 1);
    QCOMPARE(m_model->errorCount(), 1);
    QVERIFY(!m_model->isSuggested(0));
    QVERIFY(m_model->isSuggested(2));
    QCOMPARE(m_model->row(2).destination, QStringLiteral("personalEmail.address"));
    // All or nothing.
    QVERIFY(!m_model->setRowsAt({1, 3}, {MappingRow(), MappingRow()}));
    QVERIFY(!m_model->setRowsAt({1}, {MappingRow(), MappingRow()}));
    QCOMPARE(m_model->row(1).source, QStringLiteral("Name"));
    QCOMPARE(counters.count(), 1);
}

void TestMappingModel::filterModel()
{
    MappingFilterModel filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(m_model);
    const AutoMapSuggestion s{1, QStringLiteral("person.name.fullName"), 0.95, QStringLiteral("why")};
    m_model->setRows({attribute(QStringLiteral("Id"), QStringLiteral("_id")),
                      attribute(QStringLiteral("Email"), QString()),
                      attribute(QStringLiteral("CreatedDate"), QStringLiteral("person.birthDate"))});
    QVERIFY(m_model->insertSuggestedRows(3, {mappingRowFromSuggestion(s, columns())}, {s}));
    QCOMPARE(filter.rowCount(), 4);
    filter.setShow(MappingFilterModel::Show::Errors);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, MappingModel::SourceColumn).data().toString(), QStringLiteral("Email"));
    filter.setShow(MappingFilterModel::Show::Warnings);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, MappingModel::SourceColumn).data().toString(), QStringLiteral("CreatedDate"));
    filter.setShow(MappingFilterModel::Show::Suggested);
    QCOMPARE(filter.rowCount(), 1);
    filter.setShow(MappingFilterModel::Show::WithoutDestination);
    QCOMPARE(filter.rowCount(), 1);
    // Fixing the row drops it from the filtered view.
    QVERIFY(m_model->setData(m_model->index(1, MappingModel::DestinationColumn), QStringLiteral("personalEmail.address")));
    QCOMPARE(filter.rowCount(), 0);
    filter.setShow(MappingFilterModel::Show::All);
    filter.setText(QStringLiteral("NAME."));
    QCOMPARE(filter.rowCount(), 1);
    filter.setText(QStringLiteral("ID"));
    QCOMPARE(filter.rowCount(), 1); // Id -> _id
    filter.setText(QStringLiteral("date"));
    QCOMPARE(filter.rowCount(), 1); // CreatedDate -> person.birthDate
}

QTEST_GUILESS_MAIN(TestMappingModel)
#include "tst_mappingmodel.moc"
