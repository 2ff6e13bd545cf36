// SPDX-License-Identifier: MIT
#include "models/mappingcsv.h"

#include <QTest>

using namespace Dataflow::Core;

namespace {

MappingRow makeRow(SourceType type, const QString &source, const QString &destination, const QString &name = {},
                   const QString &description = {})
{
    MappingRow row;
    row.sourceType = type;
    row.source = source;
    row.destination = destination;
    row.name = name;
    row.description = description;
    return row;
}

} // namespace

class TestMappingCsv : public QObject
{
    Q_OBJECT

private slots:
    void writeHeaderAndQuoting();
    void roundTrip();
    void readOwnFormat();
    void readAepTemplate_data();
    void readAepTemplate();
    void readCrLfBomAndBlankLines();
    void errors_data();
    void errors();
};

void TestMappingCsv::writeHeaderAndQuoting()
{
    const QByteArray csv = MappingCsv::write(
        {makeRow(SourceType::Attribute, QStringLiteral("Id"), QStringLiteral("_id")),
         makeRow(SourceType::Expression, QStringLiteral("concat(LastName, \", \", FirstName)"),
                 QStringLiteral("person.name.fullName"), QStringLiteral("full"), QStringLiteral("line1\nline2"))});
    const QByteArray expected = "sourceType,source,destination,name,description\r\n"
                                "ATTRIBUTE,Id,_id,,\r\n"
                                "EXPRESSION,\"concat(LastName, \"\", \"\", FirstName)\",person.name.fullName,full,"
                                "\"line1\nline2\"\r\n";
    QCOMPARE(csv, expected);
}

void TestMappingCsv::roundTrip()
{
    const MappingRows rows{
        makeRow(SourceType::Attribute, QStringLiteral("Id"), QStringLiteral("_id"), QStringLiteral("Id"),
                QStringLiteral("Identifier")),
        makeRow(SourceType::Attribute, QStringLiteral("Dotted\\.Name"), QStringLiteral("person.name.fullName")),
        makeRow(SourceType::Expression, QStringLiteral("iif(IsVip__c == \"true\", \"gold\", \"silver\")"),
                QStringLiteral("_{TENANT_ID}.loyaltyLevel"), {}, QStringLiteral("quotes \" and, commas")),
        makeRow(SourceType::Static, QStringLiteral("  SSC, padded  "), QStringLiteral("_{TENANT_ID}.origin")),
        makeRow(SourceType::Attribute, QStringLiteral("Ünïcødé_名前"), QStringLiteral("person.name.lastName"),
                QStringLiteral("multi\r\nline"))};
    QString error;
    const MappingRows back = MappingCsv::read(MappingCsv::write(rows), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(back.size(), rows.size());
    for (int i = 0; i < rows.size(); ++i)
        QVERIFY2(back.at(i) == rows.at(i), qPrintable(QString::number(i)));
    QCOMPARE(MappingCsv::read(MappingCsv::write({}), &error).size(), 0);
    QVERIFY(error.isEmpty());
}

void TestMappingCsv::readOwnFormat()
{
    QString error;
    const MappingRows rows = MappingCsv::read("SOURCETYPE,Source,Destination\n"
                                              "attribute,Name,person.name.fullName\n"
                                              "static,SSC,_acmecorp.origin\n"
                                              ",Email,personalEmail.address\n",
                                              &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0), makeRow(SourceType::Attribute, QStringLiteral("Name"), QStringLiteral("person.name.fullName")));
    QCOMPARE(rows.at(1).sourceType, SourceType::Static);
    QCOMPARE(rows.at(2).sourceType, SourceType::Attribute);
}

void TestMappingCsv::readAepTemplate_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::newRow("Source Field/Target Field") << QByteArray("Source Field,Target Field\nName,person.name.fullName\n"
                                                             "Email,personalEmail.address\n");
    QTest::newRow("source/destination") << QByteArray("source,destination\nName,person.name.fullName\n"
                                                      "Email,personalEmail.address\n");
    QTest::newRow("legacy names, extra columns")
        << QByteArray("identity,sourceAttribute,destinationXdmPath,version\nfalse,Name,person.name.fullName,0\n"
                      "false,Email,personalEmail.address,0\n");
    QTest::newRow("target first") << QByteArray("\"Target Field\",\"Source Field\"\nperson.name.fullName,Name\n"
                                                "personalEmail.address,Email\n");
}

void TestMappingCsv::readAepTemplate()
{
    QFETCH(QByteArray, csv);
    QString error;
    const MappingRows rows = MappingCsv::read(csv, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0), makeRow(SourceType::Attribute, QStringLiteral("Name"), QStringLiteral("person.name.fullName")));
    QCOMPARE(rows.at(1), makeRow(SourceType::Attribute, QStringLiteral("Email"), QStringLiteral("personalEmail.address")));
}

void TestMappingCsv::readCrLfBomAndBlankLines()
{
    QString error;
    const MappingRows rows = MappingCsv::read("\xEF\xBB\xBFsource,destination\r\n\r\nName,person.name.fullName\r\n"
                                              "\r\nId,_id,\r\n",
                                              &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).destination, QStringLiteral("_id"));
}

void TestMappingCsv::errors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("linePrefix");
    QTest::newRow("empty") << QByteArray("") << "Line 1:";
    QTest::newRow("no destination column") << QByteArray("source,target_type\nName,string\n") << "Line 1:";
    QTest::newRow("bad type") << QByteArray("sourceType,source,destination\nATTRIBUTE,Id,_id\n\nFOO,Name,x\n")
                              << "Line 4:";
    QTest::newRow("unclosed quote") << QByteArray("source,destination\nName,person.name.fullName\n\"Id,_id\n")
                                    << "Line 3:";
    QTest::newRow("stray quote") << QByteArray("source,destination\nNa\"me,person.name.fullName\n") << "Line 2:";
    QTest::newRow("text after quote") << QByteArray("source,destination\n\"Name\"x,person.name.fullName\n")
                                      << "Line 2:";
    QTest::newRow("too many fields") << QByteArray("source,destination\nName,person.name.fullName,extra\n")
                                     << "Line 2:";
    QTest::newRow("line after multi-line field")
        << QByteArray("source,destination,description\nName,person.name.fullName,\"a\nb\"\n,,\n") << "Line 4:";
}

void TestMappingCsv::errors()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, linePrefix);
    QString error;
    const MappingRows rows = MappingCsv::read(csv, &error);
    QVERIFY(rows.isEmpty());
    QVERIFY2(error.startsWith(linePrefix), qPrintable(error));
}

QTEST_APPLESS_MAIN(TestMappingCsv)
#include "tst_mappingcsv.moc"
