// SPDX-License-Identifier: MIT
#include "models/automapper.h"
#include "model/typecompat.h"
#include "testschemas.h"

#include <QSet>
#include <QTest>

using namespace Dataflow::Core;

namespace {

QString destinationFor(const QList<AutoMapSuggestion> &suggestions, const SourceColumns &columns,
                       const QString &column)
{
    for (const AutoMapSuggestion &s : suggestions) {
        if (columns.at(s.columnIndex).name == column)
            return s.destination;
    }
    return QString();
}

SourceColumns salesforceContact()
{
    using TestSchemas::column;
    using TestSchemas::dateTimeColumn;
    return {column(QStringLiteral("Id")),           column(QStringLiteral("Name")),
            column(QStringLiteral("FirstName")),    column(QStringLiteral("LastName")),
            column(QStringLiteral("Email")),        column(QStringLiteral("MobilePhone")),
            column(QStringLiteral("Phone")),        column(QStringLiteral("MailingCity")),
            column(QStringLiteral("MailingPostalCode")), column(QStringLiteral("Title")),
            dateTimeColumn(QStringLiteral("CreatedDate")), dateTimeColumn(QStringLiteral("LastModifiedDate")),
            dateTimeColumn(QStringLiteral("SystemModstamp")), column(QStringLiteral("Loyalty_Level__c")),
            column(QStringLiteral("IsDeleted"), QStringLiteral("boolean")),
            column(QStringLiteral("Zzqx_Unrelated__c"))};
}

} // namespace

class TestAutoMapper : public QObject
{
    Q_OBJECT

private slots:
    void salesforceExamples_data();
    void salesforceExamples();
    void serviceNowExamples_data();
    void serviceNowExamples();
    void neverSuggestsADestinationTwice();
    void bestColumnWinsSharedDestination();
    void respectsExistingRows();
    void suggestionsAreExplainedAndCompatible();
    void incompatibleTypesAreSkipped();
    void reversibleAsRows();
    void emptyInputs();
};

void TestAutoMapper::salesforceExamples_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("destination");
    QTest::newRow("Id") << "Id" << "_id";
    QTest::newRow("Name") << "Name" << "person.name.fullName";
    QTest::newRow("FirstName") << "FirstName" << "person.name.firstName";
    QTest::newRow("LastName") << "LastName" << "person.name.lastName";
    QTest::newRow("Email") << "Email" << "personalEmail.address";
    QTest::newRow("MobilePhone") << "MobilePhone" << "mobilePhone.number";
    QTest::newRow("MailingCity") << "MailingCity" << "homeAddress.city";
    QTest::newRow("MailingPostalCode") << "MailingPostalCode" << "homeAddress.postalCode";
    QTest::newRow("Title") << "Title" << "extendedWorkDetails.jobTitle";
    QTest::newRow("CreatedDate") << "CreatedDate" << "_repo.createDate";
    QTest::newRow("LastModifiedDate") << "LastModifiedDate" << "_repo.modifyDate";
    QTest::newRow("custom field by words") << "Loyalty_Level__c" << "_acmecorp.loyaltyLevel";
    QTest::newRow("nothing similar") << "Zzqx_Unrelated__c" << "";
}

void TestAutoMapper::salesforceExamples()
{
    QFETCH(QString, column);
    QFETCH(QString, destination);
    const SourceColumns columns = salesforceContact();
    const QList<AutoMapSuggestion> suggestions = suggestMappings(columns, TestSchemas::profileSchema());
    QCOMPARE(destinationFor(suggestions, columns, column), destination);
}

void TestAutoMapper::serviceNowExamples_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("destination");
    QTest::newRow("sys_id") << "sys_id" << "_id";
    QTest::newRow("sys_updated_on") << "sys_updated_on" << "_repo.modifyDate";
    QTest::newRow("sys_created_on") << "sys_created_on" << "_repo.createDate";
    QTest::newRow("caller_email") << "caller_email" << "personalEmail.address";
    QTest::newRow("first_name") << "first_name" << "person.name.firstName";
    QTest::newRow("mobile_phone") << "mobile_phone" << "mobilePhone.number";
    QTest::newRow("city") << "city" << "homeAddress.city";
}

void TestAutoMapper::serviceNowExamples()
{
    QFETCH(QString, column);
    QFETCH(QString, destination);
    const auto make = [](const char *name) { return TestSchemas::column(QString::fromLatin1(name)); };
    const SourceColumns columns{make("sys_id"),
                                TestSchemas::dateTimeColumn(QStringLiteral("sys_updated_on")),
                                TestSchemas::dateTimeColumn(QStringLiteral("sys_created_on")),
                                make("caller_email"), make("first_name"), make("mobile_phone"), make("city"),
                                make("short_description")};
    const QList<AutoMapSuggestion> suggestions = suggestMappings(columns, TestSchemas::profileSchema());
    QCOMPARE(destinationFor(suggestions, columns, column), destination);
}

void TestAutoMapper::neverSuggestsADestinationTwice()
{
    using TestSchemas::column;
    // Many columns competing for the same few fields.
    SourceColumns columns = salesforceContact();
    columns << column(QStringLiteral("ContactEmail")) << column(QStringLiteral("caller_email"))
            << column(QStringLiteral("PersonEmail")) << column(QStringLiteral("sys_id"))
            << TestSchemas::dateTimeColumn(QStringLiteral("sys_updated_on")) << column(QStringLiteral("Mobile"))
            << column(QStringLiteral("Phone2")) << column(QStringLiteral("Email_Address")) << column(QStringLiteral("City"));
    const QList<AutoMapSuggestion> suggestions = suggestMappings(columns, TestSchemas::profileSchema());
    QSet<QString> destinations;
    QSet<int> sources;
    int previous = -1;
    for (const AutoMapSuggestion &s : suggestions) {
        QVERIFY2(!destinations.contains(s.destination), qPrintable(s.destination));
        QVERIFY(!sources.contains(s.columnIndex));
        QVERIFY(s.columnIndex > previous); // ordered by column
        destinations.insert(s.destination);
        sources.insert(s.columnIndex);
        previous = s.columnIndex;
    }
    QVERIFY(suggestions.size() >= 12);
}

void TestAutoMapper::bestColumnWinsSharedDestination()
{
    const SourceColumns columns = salesforceContact();
    const QList<AutoMapSuggestion> suggestions = suggestMappings(columns, TestSchemas::profileSchema());
    // MobilePhone and Phone both mean mobilePhone.number; the more specific name wins.
    QCOMPARE(destinationFor(suggestions, columns, QStringLiteral("MobilePhone")), QStringLiteral("mobilePhone.number"));
    QVERIFY(destinationFor(suggestions, columns, QStringLiteral("Phone")) != QStringLiteral("mobilePhone.number"));
    // LastModifiedDate beats SystemModstamp for _repo.modifyDate.
    QVERIFY(destinationFor(suggestions, columns, QStringLiteral("SystemModstamp")) != QStringLiteral("_repo.modifyDate"));
    // With LastModifiedDate already mapped, SystemModstamp falls through to nothing better.
    using TestSchemas::dateTimeColumn;
    const SourceColumns onlyModstamp{dateTimeColumn(QStringLiteral("SystemModstamp"))};
    const QList<AutoMapSuggestion> alone = suggestMappings(onlyModstamp, TestSchemas::profileSchema());
    QCOMPARE(destinationFor(alone, onlyModstamp, QStringLiteral("SystemModstamp")), QStringLiteral("_repo.modifyDate"));
}

void TestAutoMapper::respectsExistingRows()
{
    const SourceColumns columns = salesforceContact();
    MappingRow nameElsewhere;
    nameElsewhere.source = QStringLiteral("Name");
    nameElsewhere.destination = QStringLiteral("_acmecorp.origin");
    MappingRow emailTaken;
    emailTaken.sourceType = SourceType::Expression;
    emailTaken.source = QStringLiteral("lower(Email)");
    emailTaken.destination = QStringLiteral("personalEmail.address");
    const QList<AutoMapSuggestion> suggestions =
        suggestMappings(columns, TestSchemas::profileSchema(), {nameElsewhere, emailTaken});
    // Name is already mapped: no suggestion for it; personalEmail.address is taken: Email goes elsewhere or nowhere.
    QCOMPARE(destinationFor(suggestions, columns, QStringLiteral("Name")), QString());
    for (const AutoMapSuggestion &s : suggestions) {
        QVERIFY(s.destination != QStringLiteral("personalEmail.address"));
        QVERIFY(s.destination != QStringLiteral("_acmecorp.origin"));
    }
    QCOMPARE(destinationFor(suggestions, columns, QStringLiteral("FirstName")), QStringLiteral("person.name.firstName"));
}

void TestAutoMapper::suggestionsAreExplainedAndCompatible()
{
    const SourceColumns columns = salesforceContact();
    const SchemaIndex schema = TestSchemas::profileSchema();
    const QList<AutoMapSuggestion> suggestions = suggestMappings(columns, schema);
    QVERIFY(!suggestions.isEmpty());
    for (const AutoMapSuggestion &s : suggestions) {
        QVERIFY(s.score > 0.0 && s.score <= 1.0);
        QVERIFY2(s.reason.contains(columns.at(s.columnIndex).name), qPrintable(s.reason));
        const SchemaField *field = schema.field(s.destination);
        QVERIFY(field);
        QVERIFY(field->isLeaf);
        QVERIFY(typeMatch(columns.at(s.columnIndex).effectiveXdmType(), *field) != TypeMatch::Incompatible);
    }
    // Known names score above similarity guesses.
    double knownScore = 0;
    double guessScore = 0;
    for (const AutoMapSuggestion &s : suggestions) {
        if (columns.at(s.columnIndex).name == QLatin1String("FirstName"))
            knownScore = s.score;
        if (columns.at(s.columnIndex).name == QLatin1String("Loyalty_Level__c"))
            guessScore = s.score;
    }
    QVERIFY(knownScore > guessScore);
    QVERIFY(guessScore > 0);
}

void TestAutoMapper::incompatibleTypesAreSkipped()
{
    // A boolean "CreatedDate" cannot go to a date-time field.
    const SourceColumns columns{TestSchemas::column(QStringLiteral("CreatedDate"), QStringLiteral("boolean")),
                                TestSchemas::column(QStringLiteral("Is_Vip"), QStringLiteral("boolean"))};
    const QList<AutoMapSuggestion> suggestions = suggestMappings(columns, TestSchemas::profileSchema());
    QCOMPARE(destinationFor(suggestions, columns, QStringLiteral("CreatedDate")), QString());
    QCOMPARE(destinationFor(suggestions, columns, QStringLiteral("Is_Vip")), QStringLiteral("_acmecorp.isVip"));
}

void TestAutoMapper::reversibleAsRows()
{
    const SourceColumns columns = salesforceContact();
    const QList<AutoMapSuggestion> suggestions = suggestMappings(columns, TestSchemas::profileSchema());
    QVERIFY(!suggestions.isEmpty());
    const MappingRow row = mappingRowFromSuggestion(suggestions.first(), columns);
    QCOMPARE(row.sourceType, SourceType::Attribute);
    QCOMPARE(row.source, columns.at(suggestions.first().columnIndex).name);
    QCOMPARE(row.destination, suggestions.first().destination);
    // Running again with the applied rows suggests nothing new for those columns.
    MappingRows applied;
    for (const AutoMapSuggestion &s : suggestions)
        applied.append(mappingRowFromSuggestion(s, columns));
    const QList<AutoMapSuggestion> again = suggestMappings(columns, TestSchemas::profileSchema(), applied);
    for (const AutoMapSuggestion &s : again) {
        for (const MappingRow &r : applied) {
            QVERIFY(r.source != columns.at(s.columnIndex).name);
            QVERIFY(r.destination != s.destination);
        }
    }
}

void TestAutoMapper::emptyInputs()
{
    QVERIFY(suggestMappings({}, TestSchemas::profileSchema()).isEmpty());
    QVERIFY(suggestMappings(salesforceContact(), SchemaIndex()).isEmpty());
    QVERIFY(mappingRowFromSuggestion(AutoMapSuggestion{}, {}).source.isEmpty());
}

QTEST_APPLESS_MAIN(TestAutoMapper)
#include "tst_automapper.moc"
