// SPDX-License-Identifier: MIT
#include "models/schemafieldfiltermodel.h"
#include "models/schemafieldmodel.h"
#include "testschemas.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Dataflow::Core;

namespace {

// All source paths visible through a proxy, depth first.
QStringList visiblePaths(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QStringList paths;
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex index = model->index(r, 0, parent);
        paths.append(index.data(SchemaFieldModel::PathRole).toString());
        paths.append(visiblePaths(model, index));
    }
    return paths;
}

} // namespace

class TestSchemaFieldModel : public QObject
{
    Q_OBJECT

private slots:
    void tree();
    void roles();
    void indexForPath();
    void resetOnNewSchema();
    void filterWords_data();
    void filterWords();
    void filterKeepsAncestors();
    void leavesOnly();
    void filterFollowsSchemaChange();
};

void TestSchemaFieldModel::tree()
{
    SchemaFieldModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSchema(TestSchemas::profileSchema());
    QCOMPARE(model.rowCount(), 14);
    QCOMPARE(model.columnCount(), 3);
    const QModelIndex person = model.indexForPath(QStringLiteral("person"));
    QVERIFY(person.isValid());
    QCOMPARE(model.rowCount(person), 3);
    QVERIFY(model.hasChildren(person));
    const QModelIndex name = model.index(2, 0, person); // birthDate, gender, name
    QCOMPARE(name.data().toString(), QStringLiteral("name"));
    QCOMPARE(model.rowCount(name), 6);
    QCOMPARE(model.parent(name), person);
    QCOMPARE(model.parent(person), QModelIndex());
    QCOMPARE(model.rowCount(model.index(0, 1, person)), 0); // only column 0 has children
    QVERIFY(!model.hasChildren(model.indexForPath(QStringLiteral("_id"))));
    QVERIFY(model.flags(model.indexForPath(QStringLiteral("_id"))) & Qt::ItemNeverHasChildren);
    QVERIFY(!model.index(99, 0).isValid());
    QVERIFY(!model.index(0, 3).isValid());
    QCOMPARE(visiblePaths(&model).size(), 54);
}

void TestSchemaFieldModel::roles()
{
    SchemaFieldModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSchema(TestSchemas::profileSchema());
    const QModelIndex created = model.indexForPath(QStringLiteral("_repo.createDate"));
    QCOMPARE(created.data().toString(), QStringLiteral("createDate"));
    QCOMPARE(created.siblingAtColumn(SchemaFieldModel::TypeColumn).data().toString(), QStringLiteral("date-time"));
    QCOMPARE(created.siblingAtColumn(SchemaFieldModel::PathColumn).data().toString(), QStringLiteral("_repo.createDate"));
    QCOMPARE(created.data(SchemaFieldModel::PathRole).toString(), QStringLiteral("_repo.createDate"));
    QCOMPARE(created.data(SchemaFieldModel::IsLeafRole).toBool(), true);
    QCOMPARE(created.data(SchemaFieldModel::TypeRole).toString(), QStringLiteral("date-time"));
    QCOMPARE(created.data(SchemaFieldModel::TitleRole).toString(), QStringLiteral("Create Date"));
    QVERIFY(created.data(Qt::ToolTipRole).toString().contains(QLatin1String("Create Date")));
    const QModelIndex repo = model.indexForPath(QStringLiteral("_repo"));
    QCOMPARE(repo.data(SchemaFieldModel::IsLeafRole).toBool(), false);
    QCOMPARE(repo.siblingAtColumn(SchemaFieldModel::TypeColumn).data().toString(), QStringLiteral("object"));
    QCOMPARE(model.indexForPath(QStringLiteral("identityMap"), SchemaFieldModel::TypeColumn).data().toString(),
             QStringLiteral("map"));
    QCOMPARE(model.headerData(SchemaFieldModel::TypeColumn, Qt::Horizontal).toString(), QStringLiteral("Type"));
    QCOMPARE(model.fieldIndex(created), model.schema().indexOf(QStringLiteral("_repo.createDate")));
    QCOMPARE(model.fieldIndex(QModelIndex()), -1);
}

void TestSchemaFieldModel::indexForPath()
{
    SchemaFieldModel model;
    model.setSchema(TestSchemas::profileSchema());
    const QModelIndex loyalty = model.indexForPath(QStringLiteral("_{TENANT_ID}.loyaltyLevel"));
    QVERIFY(loyalty.isValid());
    QCOMPARE(loyalty.data(SchemaFieldModel::PathRole).toString(), QStringLiteral("_acmecorp.loyaltyLevel"));
    QCOMPARE(model.index(loyalty.row(), 0, loyalty.parent()), loyalty);
    QVERIFY(!model.indexForPath(QStringLiteral("no.such")).isValid());
    QVERIFY(!model.indexForPath(QStringLiteral("_id"), 5).isValid());
}

void TestSchemaFieldModel::resetOnNewSchema()
{
    SchemaFieldModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setSchema(TestSchemas::profileSchema());
    model.setSchema(SchemaIndex::fromJsonBytes(R"({"properties":{"a":{"type":"string"}}})"));
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 1);
}

void TestSchemaFieldModel::filterWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // visible paths, depth first
    QTest::newRow("path word") << "city" << QStringList{"homeAddress", "homeAddress.city"};
    QTest::newRow("case-insensitive") << "CITY" << QStringList{"homeAddress", "homeAddress.city"};
    QTest::newRow("title word") << "honorific" << QStringList{}; // descriptions are not searched
    QTest::newRow("title") << "courtesy" << QStringList{"person", "person.name", "person.name.courtesyTitle"};
    QTest::newRow("two words") << "name first" << QStringList{"person", "person.name", "person.name.firstName"};
    QTest::newRow("words any order") << "phone mobile number"
                                     << QStringList{"mobilePhone", "mobilePhone.number"};
    QTest::newRow("title words") << "state or province"
                                 << QStringList{"homeAddress", "homeAddress.stateProvince"};
    QTest::newRow("nothing") << "zzz" << QStringList{};
}

void TestSchemaFieldModel::filterWords()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    SchemaFieldModel model;
    model.setSchema(TestSchemas::profileSchema());
    SchemaFieldFilterModel filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    QCOMPARE(visiblePaths(&filter).size(), 54);
    filter.setFilterText(text);
    QCOMPARE(visiblePaths(&filter), expected);
    filter.setFilterText(QString());
    QCOMPARE(visiblePaths(&filter).size(), 54);
}

void TestSchemaFieldModel::filterKeepsAncestors()
{
    SchemaFieldModel model;
    model.setSchema(TestSchemas::profileSchema());
    SchemaFieldFilterModel filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    filter.setFilterText(QStringLiteral("name"));
    const QStringList paths = visiblePaths(&filter);
    // "person.name" matches itself and keeps all of its children (their paths contain "name").
    QVERIFY(paths.contains(QStringLiteral("person")));
    QVERIFY(paths.contains(QStringLiteral("person.name")));
    QVERIFY(paths.contains(QStringLiteral("person.name.suffix")));
    QVERIFY(!paths.contains(QStringLiteral("person.gender")));
    QCOMPARE(filter.matchCount(), 7); // person.name and its 6 children
}

void TestSchemaFieldModel::leavesOnly()
{
    SchemaFieldModel model;
    model.setSchema(TestSchemas::profileSchema());
    SchemaFieldFilterModel filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    filter.setLeavesOnly(true);
    QCOMPARE(filter.matchCount(), 42);
    filter.setFilterText(QStringLiteral("repo"));
    QCOMPARE(visiblePaths(&filter),
             (QStringList{QStringLiteral("_repo"), QStringLiteral("_repo.createDate"), QStringLiteral("_repo.modifyDate")}));
    QCOMPARE(filter.matchCount(), 2);
    filter.setLeavesOnly(false);
    QCOMPARE(filter.matchCount(), 3);
}

void TestSchemaFieldModel::filterFollowsSchemaChange()
{
    SchemaFieldModel model;
    model.setSchema(TestSchemas::profileSchema());
    SchemaFieldFilterModel filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    filter.setFilterText(QStringLiteral("city"));
    QCOMPARE(visiblePaths(&filter).size(), 2);
    model.setSchema(SchemaIndex::fromJsonBytes(
        R"({"properties":{"work":{"type":"object","properties":{"city":{"type":"string"},"zip":{"type":"string"}}}}})"));
    QCOMPARE(visiblePaths(&filter), (QStringList{QStringLiteral("work"), QStringLiteral("work.city")}));
}

QTEST_GUILESS_MAIN(TestSchemaFieldModel)
#include "tst_schemafieldmodel.moc"
