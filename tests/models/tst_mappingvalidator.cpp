// SPDX-License-Identifier: MIT
#include "models/mappingvalidator.h"
#include "testschemas.h"

#include <QTest>

using namespace Dataflow::Core;
using Kind = MappingIssue::Kind;
Q_DECLARE_METATYPE(QList<Dataflow::Core::MappingIssue::Kind>)

namespace {

MappingRow attribute(const QString &source, const QString &destination)
{
    MappingRow row;
    row.sourceType = SourceType::Attribute;
    row.source = source;
    row.destination = destination;
    return row;
}

SourceColumns sscColumns()
{
    return {TestSchemas::column(QStringLiteral("Id")), TestSchemas::column(QStringLiteral("Name")),
            TestSchemas::column(QStringLiteral("Email")), TestSchemas::dateTimeColumn(QStringLiteral("CreatedDate")),
            TestSchemas::column(QStringLiteral("IsVip__c"), QStringLiteral("boolean")),
            TestSchemas::column(QStringLiteral("Balance__c"), QStringLiteral("number")),
            TestSchemas::column(QStringLiteral("Dotted.Name"))};
}

QList<Kind> kindsOf(const QList<MappingIssue> &issues, int row)
{
    QList<Kind> kinds;
    for (const MappingIssue &issue : issues) {
        if (issue.row == row)
            kinds.append(issue.kind);
    }
    return kinds;
}

} // namespace

class TestMappingValidator : public QObject
{
    Q_OBJECT

private slots:
    void validMapping();
    void eachKind_data();
    void eachKind();
    void duplicatesFlagEveryRow();
    void expressionAndStaticSkipColumnCheck();
    void withoutSchema();
    void messagesAreReadable();
};

void TestMappingValidator::validMapping()
{
    const MappingRows rows{attribute(QStringLiteral("Id"), QStringLiteral("_id")),
                           attribute(QStringLiteral("Name"), QStringLiteral("person.name.fullName")),
                           attribute(QStringLiteral("Email"), QStringLiteral("personalEmail.address")),
                           attribute(QStringLiteral("CreatedDate"), QStringLiteral("_repo.createDate")),
                           attribute(QStringLiteral("IsVip__c"), QStringLiteral("_{TENANT_ID}.isVip")),
                           attribute(QStringLiteral("Balance__c"), QStringLiteral("_acmecorp.accountBalance")),
                           attribute(QStringLiteral("Dotted\\.Name"), QStringLiteral("person.name.lastName"))};
    const QList<MappingIssue> issues = validateMapping(rows, sscColumns(), TestSchemas::profileSchema());
    QVERIFY2(issues.isEmpty(), issues.isEmpty() ? "" : qPrintable(issues.first().message));
}

void TestMappingValidator::eachKind_data()
{
    QTest::addColumn<int>("sourceType");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("destination");
    QTest::addColumn<QList<Kind>>("expected");
    const int attr = int(SourceType::Attribute);
    QTest::newRow("empty source") << attr << "  " << "person.name.fullName" << QList<Kind>{Kind::EmptySource};
    QTest::newRow("empty static") << int(SourceType::Static) << "" << "_acmecorp.origin"
                                  << QList<Kind>{Kind::EmptySource};
    QTest::newRow("unknown column") << attr << "Nickname" << "person.name.fullName"
                                    << QList<Kind>{Kind::UnknownSourceColumn};
    QTest::newRow("unknown destination") << attr << "Name" << "person.name.nickName"
                                         << QList<Kind>{Kind::UnknownDestination};
    QTest::newRow("unknown tenant field") << attr << "Name" << "_{TENANT_ID}.nothing"
                                          << QList<Kind>{Kind::UnknownDestination};
    QTest::newRow("not a leaf") << attr << "Name" << "person.name" << QList<Kind>{Kind::NotALeaf};
    QTest::newRow("array of objects") << attr << "Name" << "_acmecorp.contracts" << QList<Kind>{Kind::NotALeaf};
    QTest::newRow("incompatible") << attr << "CreatedDate" << "_acmecorp.isVip"
                                  << QList<Kind>{Kind::IncompatibleType};
    QTest::newRow("boolean to date") << attr << "IsVip__c" << "_repo.modifyDate"
                                     << QList<Kind>{Kind::IncompatibleType};
    QTest::newRow("convertible is fine") << attr << "CreatedDate" << "person.birthDate" << QList<Kind>{};
    QTest::newRow("empty destination") << attr << "Name" << "" << QList<Kind>{Kind::EmptyDestination};
    QTest::newRow("two issues") << attr << "Nope" << "person" << QList<Kind>{Kind::UnknownSourceColumn, Kind::NotALeaf};
    QTest::newRow("both empty") << attr << "" << " " << QList<Kind>{Kind::EmptySource, Kind::EmptyDestination};
}

void TestMappingValidator::eachKind()
{
    QFETCH(int, sourceType);
    QFETCH(QString, source);
    QFETCH(QString, destination);
    QFETCH(QList<Kind>, expected);
    MappingRow row = attribute(source, destination);
    row.sourceType = SourceType(sourceType);
    // A valid row first, so the issue's row index is checked too.
    const MappingRows rows{attribute(QStringLiteral("Id"), QStringLiteral("_id")), row};
    const QList<MappingIssue> issues = validateMapping(rows, sscColumns(), TestSchemas::profileSchema());
    QCOMPARE(kindsOf(issues, 0), QList<Kind>{});
    QCOMPARE(kindsOf(issues, 1), expected);
    for (const MappingIssue &issue : issues)
        QVERIFY(!issue.message.isEmpty());
}

void TestMappingValidator::duplicatesFlagEveryRow()
{
    const MappingRows rows{attribute(QStringLiteral("Email"), QStringLiteral("personalEmail.address")),
                           attribute(QStringLiteral("Id"), QStringLiteral("_id")),
                           attribute(QStringLiteral("Name"), QStringLiteral("personalEmail.address")),
                           attribute(QStringLiteral("IsVip__c"), QStringLiteral("_{TENANT_ID}.isVip")),
                           attribute(QStringLiteral("IsVip__c"), QStringLiteral("_acmecorp.isVip"))};
    const QList<MappingIssue> issues = validateMapping(rows, sscColumns(), TestSchemas::profileSchema());
    QCOMPARE(kindsOf(issues, 0), QList<Kind>{Kind::DuplicateDestination});
    QCOMPARE(kindsOf(issues, 1), QList<Kind>{});
    QCOMPARE(kindsOf(issues, 2), QList<Kind>{Kind::DuplicateDestination});
    // The placeholder and the resolved namespace are the same destination.
    QCOMPARE(kindsOf(issues, 3), QList<Kind>{Kind::DuplicateDestination});
    QCOMPARE(kindsOf(issues, 4), QList<Kind>{Kind::DuplicateDestination});
    QVERIFY2(issues.first().message.contains(QLatin1String("3")), qPrintable(issues.first().message));
}

void TestMappingValidator::expressionAndStaticSkipColumnCheck()
{
    MappingRow expression = attribute(QStringLiteral("concat(upper(LastName), \", \", FirstName)"),
                                      QStringLiteral("person.name.fullName"));
    expression.sourceType = SourceType::Expression;
    MappingRow literal = attribute(QStringLiteral("SSC"), QStringLiteral("_acmecorp.origin"));
    literal.sourceType = SourceType::Static;
    const QList<MappingIssue> issues =
        validateMapping({expression, literal}, sscColumns(), TestSchemas::profileSchema());
    QVERIFY(issues.isEmpty());
}

void TestMappingValidator::withoutSchema()
{
    const MappingRows rows{attribute(QStringLiteral("Name"), QStringLiteral("whatever.path")),
                           attribute(QStringLiteral("Nope"), QStringLiteral("whatever.path"))};
    const QList<MappingIssue> issues = validateMapping(rows, sscColumns(), SchemaIndex());
    QCOMPARE(kindsOf(issues, 0), QList<Kind>{Kind::DuplicateDestination});
    QCOMPARE(kindsOf(issues, 1), (QList<Kind>{Kind::UnknownSourceColumn, Kind::DuplicateDestination}));
}

void TestMappingValidator::messagesAreReadable()
{
    const QList<MappingIssue> issues = validateMapping({attribute(QStringLiteral("CreatedDate"),
                                                                  QStringLiteral("_acmecorp.isVip"))},
                                                       sscColumns(), TestSchemas::profileSchema());
    QCOMPARE(issues.size(), 1);
    QVERIFY(issues.first().message.contains(QLatin1String("CreatedDate")));
    QVERIFY(issues.first().message.contains(QLatin1String("date-time")));
    QVERIFY(issues.first().message.contains(QLatin1String("boolean")));
    QCOMPARE(mappingIssueKindLabel(Kind::IncompatibleType), QStringLiteral("Incompatible type"));
}

QTEST_APPLESS_MAIN(TestMappingValidator)
#include "tst_mappingvalidator.moc"
