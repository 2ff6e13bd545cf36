// SPDX-License-Identifier: MIT
#include "model/schemaindex.h"
#include "model/typecompat.h"
#include "testschemas.h"

#include <QJsonDocument>
#include <QTest>

using namespace Dataflow::Core;

class TestSchemaIndex : public QObject
{
    Q_OBJECT

private slots:
    void metadata();
    void paths();
    void treeStructure();
    void leaves();
    void leafTypes_data();
    void leafTypes();
    void tenantPlaceholder();
    void arraysOfObjects();
    void invalidJson();
    void emptyIndex();
    void copiesShareData();
    void typeMatch_data();
    void typeMatch();
    void bytesAndObjectAgree();
    void readerDecodesStrings();
    void readerRejects_data();
    void readerRejects();
    void everyTruncationIsAnError();
};

void TestSchemaIndex::metadata()
{
    const SchemaIndex schema = TestSchemas::profileSchema();
    QVERIFY(!schema.isEmpty());
    QCOMPARE(schema.id(), QStringLiteral("https://ns.adobe.com/acmecorp/schemas/4f1c6a2b9d0e4b7c8a1f2e3d4c5b6a79"));
    QCOMPARE(schema.altId(), QStringLiteral("_acmecorp.schemas.4f1c6a2b9d0e4b7c8a1f2e3d4c5b6a79"));
    QCOMPARE(schema.title(), QStringLiteral("ACME SSC Contacts"));
    QCOMPARE(schema.classId(), QStringLiteral("https://ns.adobe.com/xdm/context/profile"));
    QCOMPARE(schema.version(), QStringLiteral("1.2"));
    QCOMPARE(schema.tenantNamespace(), QStringLiteral("_acmecorp"));
}

void TestSchemaIndex::paths()
{
    const SchemaIndex schema = TestSchemas::profileSchema();
    for (const char *path : {"_id", "_repo.createDate", "_repo.modifyDate", "person.name.fullName",
                             "person.name.firstName", "personalEmail.address", "mobilePhone.number",
                             "homeAddress.city", "_acmecorp.loyaltyLevel", "identityMap"}) {
        QVERIFY2(schema.indexOf(QString::fromLatin1(path)) >= 0, path);
    }
    QCOMPARE(schema.indexOf(QStringLiteral("person.name.nickName")), -1);
    QCOMPARE(schema.indexOf(QString()), -1);
    QCOMPARE(schema.field(QStringLiteral("nope")), nullptr);

    const SchemaField *fullName = schema.field(QStringLiteral("person.name.fullName"));
    QVERIFY(fullName);
    QCOMPARE(fullName->name, QStringLiteral("fullName"));
    QCOMPARE(fullName->title, QStringLiteral("Full name"));
    QCOMPARE(fullName->type, QStringLiteral("string"));
    QVERIFY(fullName->isLeaf);
    QCOMPARE(schema.fields().at(schema.indexOf(fullName->path)).path, fullName->path);

    const SchemaField *id = schema.field(QStringLiteral("_id"));
    QVERIFY(id);
    QCOMPARE(id->description, QStringLiteral("A unique identifier for the record."));
    QCOMPARE(id->format, QStringLiteral("uri-reference"));
}

void TestSchemaIndex::treeStructure()
{
    const SchemaIndex schema = TestSchemas::profileSchema();
    const QList<SchemaField> &fields = schema.fields();
    QCOMPARE(fields.size(), 54);
    QCOMPARE(schema.roots().size(), 14);
    // Key order (QJsonObject sorts keys).
    QCOMPARE(fields.at(schema.roots().first()).path, QStringLiteral("_acmecorp"));
    QCOMPARE(fields.at(schema.roots().last()).path, QStringLiteral("workEmail"));

    const int person = schema.indexOf(QStringLiteral("person"));
    const int name = schema.indexOf(QStringLiteral("person.name"));
    const int fullName = schema.indexOf(QStringLiteral("person.name.fullName"));
    QVERIFY(!fields.at(person).isLeaf);
    QVERIFY(!fields.at(name).isLeaf);
    QCOMPARE(fields.at(name).parent, person);
    QCOMPARE(fields.at(fullName).parent, name);
    QCOMPARE(fields.at(person).parent, -1);
    QCOMPARE(fields.at(name).children.size(), 6);
    QVERIFY(fields.at(name).children.contains(fullName));

    // Every child's row is its position in the parent's list; parents precede children.
    for (int i = 0; i < fields.size(); ++i) {
        const SchemaField &f = fields.at(i);
        const QList<int> siblings = f.parent < 0 ? schema.roots() : fields.at(f.parent).children;
        QCOMPARE(siblings.at(f.row), i);
        QVERIFY(f.parent < i);
        QCOMPARE(f.isLeaf, f.children.isEmpty());
    }
}

void TestSchemaIndex::leaves()
{
    const SchemaIndex schema = TestSchemas::profileSchema();
    QCOMPARE(schema.leafCount(), 42);
    const QStringList leaves = schema.leafPaths();
    QCOMPARE(leaves.size(), 42);
    QCOMPARE(leaves.first(), QStringLiteral("_acmecorp.accountBalance"));
    QVERIFY(leaves.contains(QStringLiteral("identityMap")));               // a map is a leaf
    QVERIFY(leaves.contains(QStringLiteral("_acmecorp.tags")));            // array of strings
    QVERIFY(leaves.contains(QStringLiteral("_acmecorp.preferences")));     // map
    QVERIFY(!leaves.contains(QStringLiteral("person.name")));
    QVERIFY(!leaves.contains(QStringLiteral("_acmecorp.contracts")));       // array of objects
    QVERIFY(leaves.contains(QStringLiteral("_acmecorp.contracts[*].contractId")));
}

void TestSchemaIndex::leafTypes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("type");
    QTest::newRow("string") << "person.name.fullName" << "string";
    QTest::newRow("uri-reference") << "_id" << "string";
    QTest::newRow("date-time") << "_repo.createDate" << "date-time";
    QTest::newRow("date") << "person.birthDate" << "date";
    QTest::newRow("long") << "_acmecorp.loyaltyPoints" << "long";
    QTest::newRow("number") << "_acmecorp.accountBalance" << "number";
    QTest::newRow("boolean") << "_acmecorp.isVip" << "boolean";
    QTest::newRow("map") << "identityMap" << "map";
    QTest::newRow("array") << "_acmecorp.tags" << "array";
    QTest::newRow("object") << "person.name" << "object";
}

void TestSchemaIndex::leafTypes()
{
    QFETCH(QString, path);
    QFETCH(QString, type);
    const SchemaIndex schema = TestSchemas::profileSchema();
    const SchemaField *field = schema.field(path);
    QVERIFY(field);
    QCOMPARE(destinationXdmType(*field), type);
}

void TestSchemaIndex::tenantPlaceholder()
{
    const SchemaIndex schema = TestSchemas::profileSchema();
    QCOMPARE(schema.resolvePath(QStringLiteral("_{TENANT_ID}.loyaltyLevel")), QStringLiteral("_acmecorp.loyaltyLevel"));
    QCOMPARE(schema.indexOf(QStringLiteral("_{TENANT_ID}.loyaltyLevel")),
             schema.indexOf(QStringLiteral("_acmecorp.loyaltyLevel")));
    QCOMPARE(schema.resolvePath(QStringLiteral("person.name.fullName")), QStringLiteral("person.name.fullName"));
    QCOMPARE(schema.indexOf(QStringLiteral("_{TENANT_ID}.nothing")), -1);
}

void TestSchemaIndex::arraysOfObjects()
{
    const SchemaIndex schema = TestSchemas::profileSchema();
    const int contracts = schema.indexOf(QStringLiteral("_acmecorp.contracts"));
    QVERIFY(contracts >= 0);
    QCOMPARE(schema.fields().at(contracts).children.size(), 2);
    const SchemaField *start = schema.field(QStringLiteral("_acmecorp.contracts[*].startDate"));
    QVERIFY(start);
    QCOMPARE(start->parent, contracts);
    QCOMPARE(start->name, QStringLiteral("startDate"));
}

void TestSchemaIndex::invalidJson()
{
    QString error;
    SchemaIndex schema = SchemaIndex::fromJsonBytes("{\"properties\": {", &error);
    QVERIFY(schema.isEmpty());
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QStringLiteral("JSON")), qPrintable(error));

    error.clear();
    schema = SchemaIndex::fromJsonBytes("[1, 2]", &error);
    QVERIFY(schema.isEmpty());
    QVERIFY(!error.isEmpty());

    // A UTF-8 byte order mark is skipped, as QJsonDocument does.
    schema = SchemaIndex::fromJsonBytes("\xEF\xBB\xBF{\"properties\":{\"a\":{\"type\":\"string\"}}}", &error);
    QCOMPARE(schema.leafCount(), 1);

    error = QStringLiteral("stale");
    schema = SchemaIndex::fromJsonBytes(R"({"title":"T","properties":{"a":{"type":"string"}}})", &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(schema.leafCount(), 1);
    QCOMPARE(schema.title(), QStringLiteral("T"));
}

void TestSchemaIndex::emptyIndex()
{
    const SchemaIndex empty;
    QVERIFY(empty.isEmpty());
    QCOMPARE(empty.leafCount(), 0);
    QCOMPARE(empty.indexOf(QStringLiteral("_id")), -1);
    QVERIFY(empty.leafPaths().isEmpty());
    QVERIFY(empty.roots().isEmpty());
    QCOMPARE(empty.resolvePath(QStringLiteral("_{TENANT_ID}.x")), QStringLiteral("_{TENANT_ID}.x"));

    // An object with no properties at all is a map (leaf); with empty properties it is an empty object.
    const SchemaIndex odd = SchemaIndex::fromJsonBytes(
        R"({"properties":{"m":{"type":"object"},"e":{"type":"object","properties":{}},"n":5}})");
    QCOMPARE(odd.fields().size(), 2);
    QVERIFY(odd.field(QStringLiteral("m"))->isLeaf);
    QVERIFY(!odd.field(QStringLiteral("e"))->isLeaf);
    QCOMPARE(odd.leafCount(), 1);
}

void TestSchemaIndex::copiesShareData()
{
    const SchemaIndex a = TestSchemas::profileSchema();
    const SchemaIndex b = a; // NOLINT(performance-unnecessary-copy-initialization)
    QCOMPARE(&a.fields(), &b.fields());
    QCOMPARE(b.leafCount(), a.leafCount());
}

void TestSchemaIndex::typeMatch_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("expected");
    const int exact = int(TypeMatch::Exact);
    const int convertible = int(TypeMatch::Convertible);
    const int incompatible = int(TypeMatch::Incompatible);
    QTest::newRow("string->string") << "string" << "person.name.fullName" << exact;
    QTest::newRow("date-time->date-time") << "date-time" << "_repo.createDate" << exact;
    QTest::newRow("string->date-time") << "string" << "_repo.createDate" << convertible;
    QTest::newRow("date-time->string") << "date-time" << "person.name.fullName" << convertible;
    QTest::newRow("date-time->date") << "date-time" << "person.birthDate" << convertible;
    QTest::newRow("number->number") << "number" << "_acmecorp.accountBalance" << exact;
    QTest::newRow("double->number") << "double" << "_acmecorp.accountBalance" << exact;
    QTest::newRow("integer->long") << "integer" << "_acmecorp.loyaltyPoints" << exact;
    QTest::newRow("number->long") << "number" << "_acmecorp.loyaltyPoints" << convertible;
    QTest::newRow("boolean->boolean") << "boolean" << "_acmecorp.isVip" << exact;
    QTest::newRow("string->boolean") << "string" << "_acmecorp.isVip" << convertible;
    QTest::newRow("boolean->date-time") << "boolean" << "_repo.modifyDate" << incompatible;
    QTest::newRow("date-time->number") << "date-time" << "_acmecorp.accountBalance" << incompatible;
    QTest::newRow("number->boolean") << "number" << "_acmecorp.isVip" << incompatible;
    QTest::newRow("string->object") << "string" << "person.name" << incompatible;
    QTest::newRow("string->map") << "string" << "identityMap" << incompatible;
    QTest::newRow("unknown->string") << "" << "person.name.fullName" << convertible;
}

void TestSchemaIndex::typeMatch()
{
    QFETCH(QString, source);
    QFETCH(QString, path);
    QFETCH(int, expected);
    const SchemaIndex schema = TestSchemas::profileSchema();
    const SchemaField *field = schema.field(path);
    QVERIFY(field);
    QCOMPARE(int(Dataflow::Core::typeMatch(source, *field)), expected);
}

void TestSchemaIndex::bytesAndObjectAgree()
{
    const QByteArray bytes = TestSchemas::readData(QStringLiteral("profile-schema.json"));
    const SchemaIndex fromBytes = SchemaIndex::fromJsonBytes(bytes);
    const SchemaIndex fromObject = SchemaIndex::fromJson(QJsonDocument::fromJson(bytes).object());
    QCOMPARE(fromBytes.leafPaths(), fromObject.leafPaths());
    QCOMPARE(fromBytes.fields().size(), fromObject.fields().size());
    QCOMPARE(fromBytes.title(), fromObject.title());
    QCOMPARE(fromBytes.id(), fromObject.id());
    QCOMPARE(fromBytes.tenantNamespace(), fromObject.tenantNamespace());
    QCOMPARE(fromBytes.roots().size(), fromObject.roots().size());
    for (int i = 0; i < fromBytes.roots().size(); ++i)
        QCOMPARE(fromBytes.fields().at(fromBytes.roots().at(i)).path, fromObject.fields().at(fromObject.roots().at(i)).path);
    for (const SchemaField &a : fromBytes.fields()) {
        const SchemaField *b = fromObject.field(a.path);
        QVERIFY2(b, qPrintable(a.path));
        QCOMPARE(a.name, b->name);
        QCOMPARE(a.title, b->title);
        QCOMPARE(a.description, b->description);
        QCOMPARE(a.type, b->type);
        QCOMPARE(a.format, b->format);
        QCOMPARE(a.xdmType, b->xdmType);
        QCOMPARE(a.isLeaf, b->isLeaf);
        QCOMPARE(a.row, b->row);
        QCOMPARE(a.children.size(), b->children.size());
        QCOMPARE(a.parent < 0, b->parent < 0);
        if (a.parent >= 0)
            QCOMPARE(fromBytes.fields().at(a.parent).path, fromObject.fields().at(b->parent).path);
    }
}

void TestSchemaIndex::readerDecodesStrings()
{
    const QByteArray json = "  {\"title\": \"Caf\\u00e9 \\\"quoted\\\" \\ud83d\\ude00 tab\\t\", \"n\": -1.5e+3, \"x\": [true, false, null, {}, []],"
                            " \"properties\": {\"caf\xc3\xa9\": {\"type\": \"string\", \"title\": \"\xc3\xa9t\xc3\xa9\","
                            " \"enum\": [\"a\", \"b\"], \"maximum\": 10}, \"esc\\u0061ped\": {\"type\": \"number\"}}}\n";
    QString error;
    const SchemaIndex schema = SchemaIndex::fromJsonBytes(json, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(schema.title(), QString::fromUtf8("Caf\u00e9 \"quoted\" \U0001F600 tab\t"));
    const SchemaField *cafe = schema.field(QString::fromUtf8("caf\u00e9"));
    QVERIFY(cafe);
    QCOMPARE(cafe->title, QString::fromUtf8("\u00e9t\u00e9"));
    QVERIFY(schema.field(QStringLiteral("escaped")));
    const SchemaIndex viaObject = SchemaIndex::fromJson(QJsonDocument::fromJson(json).object());
    QCOMPARE(schema.title(), viaObject.title());
    QCOMPARE(schema.leafPaths(), viaObject.leafPaths());
}

void TestSchemaIndex::readerRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << QByteArray(R"({"properties": {"a": {"type": "string"})");
    QTest::newRow("trailing garbage") << QByteArray(R"({"title": "x"} x)");
    QTest::newRow("missing colon") << QByteArray(R"({"title" "x"})");
    QTest::newRow("trailing comma") << QByteArray(R"({"title": "x",})");
    QTest::newRow("bad number") << QByteArray(R"({"n": 01})");
    QTest::newRow("bad literal") << QByteArray(R"({"n": tru})");
    QTest::newRow("control char") << QByteArray("{\"t\": \"a\tb\"}");
    QTest::newRow("bad escape") << QByteArray(R"({"t": "\x"})");
    QTest::newRow("bad unicode escape") << QByteArray(R"({"t": "\u12G4"})");
    QTest::newRow("unterminated string") << QByteArray(R"({"t": "abc)");
    QTest::newRow("too deep") << QByteArray(600, '[') + QByteArray(600, ']');
    QTest::newRow("deep object") << QByteArray("{\"a\":").repeated(600) + "1" + QByteArray(600, '}');
}

void TestSchemaIndex::readerRejects()
{
    QFETCH(QByteArray, json);
    QString error;
    const SchemaIndex schema = SchemaIndex::fromJsonBytes(json, &error);
    QVERIFY(schema.isEmpty());
    QVERIFY2(!error.isEmpty(), json.left(60).constData());
    QVERIFY2(error.contains(QLatin1String("JSON")), qPrintable(error));
    // Stricter than QJsonDocument, which lets raw control characters and unknown escapes through.
}

void TestSchemaIndex::everyTruncationIsAnError()
{
    const QByteArray bytes = TestSchemas::readData(QStringLiteral("profile-schema.json"));
    QVERIFY(bytes.size() > 1000);
    const QByteArray whole = bytes.trimmed();
    int errors = 0;
    for (qsizetype length = 0; length < bytes.size(); ++length) {
        const QByteArray prefix = bytes.left(length);
        QString error;
        const SchemaIndex schema = SchemaIndex::fromJsonBytes(prefix, &error);
        if (prefix.trimmed() == whole) {
            QVERIFY(error.isEmpty());
            QCOMPARE(schema.leafCount(), 42);
        } else {
            QVERIFY2(!error.isEmpty() && schema.isEmpty(), qPrintable(QString::number(length)));
            ++errors;
        }
    }
    QVERIFY(errors >= bytes.size() - 2);
}

QTEST_APPLESS_MAIN(TestSchemaIndex)
#include "tst_schemaindex.moc"
