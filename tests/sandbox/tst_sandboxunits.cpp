// SPDX-License-Identifier: MIT
// Pure pieces of the sandbox: property filters, JSON Patch, fault rule grammar, mapping engine.
#include "faultinjector.h"
#include "jsonpatch.h"
#include "mappingengine.h"
#include "propertyfilter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Dataflow::Sandbox;

class TestSandboxUnits : public QObject
{
    Q_OBJECT

private slots:
    void propertyFilter_data();
    void propertyFilter();
    void propertyFilterSyntax();
    void jsonPatch();
    void jsonPatchErrors();
    void faultRules();
    void faultBudget();
    void mappingExpressions_data();
    void mappingExpressions();
    void mappingVocabularies();
};

static QJsonObject sample()
{
    return QJsonDocument::fromJson(R"({
        "id": "f1", "name": "CRMToAEP", "count": 12, "enabled": true,
        "connectionSpec": {"id": "abc"},
        "sourceConnectionIds": ["s1", "s2"],
        "params": {"columns": [{"name": "firstName"}, {"name": "lastName"}]},
        "metrics": {"durationSummary": {"startedAtUTC": 1700000000000}}
    })").object();
}

void TestSandboxUnits::propertyFilter_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("matches");
    QTest::newRow("equal") << "name==CRMToAEP" << true;
    QTest::newRow("equal quoted") << "name==\"CRMToAEP\"" << true;
    QTest::newRow("equal other") << "name==Other" << false;
    QTest::newRow("or") << "name==Other,CRMToAEP" << true;
    QTest::newRow("not equal") << "name!=CRMToAEP" << false;
    QTest::newRow("not equal other") << "name!=Other" << true;
    QTest::newRow("dotted") << "connectionSpec.id==abc" << true;
    QTest::newRow("array members") << "sourceConnectionIds[]==s2" << true;
    QTest::newRow("array members miss") << "sourceConnectionIds[]==s3" << false;
    QTest::newRow("array of objects") << "params.columns[].name==lastName" << true;
    QTest::newRow("greater numeric") << "metrics.durationSummary.startedAtUTC>1600000000000" << true;
    QTest::newRow("less numeric") << "count<9" << false;
    QTest::newRow("greater equal") << "count>=12" << true;
    QTest::newRow("less equal") << "count<=11" << false;
    QTest::newRow("boolean") << "enabled==true" << true;
    QTest::newRow("exists") << "connectionSpec" << true;
    QTest::newRow("missing") << "labels" << false;
    QTest::newRow("not exists") << "!labels" << true;
    QTest::newRow("missing equal") << "labels==x" << false;
    QTest::newRow("regex") << "name~^CRM" << true;
}

void TestSandboxUnits::propertyFilter()
{
    QFETCH(QString, filter);
    QFETCH(bool, matches);
    PropertyFilter parsed;
    QString error;
    QVERIFY2(PropertyFilter::parse(filter, &parsed, &error), qPrintable(error));
    QCOMPARE(parsed.matches(sample()), matches);
}

void TestSandboxUnits::propertyFilterSyntax()
{
    PropertyFilter parsed;
    QString error;
    QVERIFY(!PropertyFilter::parse(QStringLiteral("==x"), &parsed, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!PropertyFilter::parse(QStringLiteral("a b==x"), &parsed, &error));
    QVERIFY(PropertyFilter::parse(QStringLiteral("meta:intendedToExtend==https://ns.adobe.com/x"), &parsed, &error));
    QCOMPARE(parsed.values(), QStringList{QStringLiteral("https://ns.adobe.com/x")});
    QVERIFY(PropertyFilter::parse(QStringLiteral("name==\"a,b\",c"), &parsed, &error));
    QCOMPARE(parsed.values(), (QStringList{QStringLiteral("a,b"), QStringLiteral("c")}));
}

void TestSandboxUnits::jsonPatch()
{
    QJsonObject target = sample();
    const QJsonArray patch = QJsonDocument::fromJson(R"([
        {"op": "replace", "path": "/name", "value": "renamed"},
        {"op": "ADD", "path": "/description", "value": "d"},
        {"op": "add", "path": "/sourceConnectionIds/-", "value": "s3"},
        {"op": "replace", "path": "/params/columns/0", "value": {"name": "x"}},
        {"op": "remove", "path": "/count"},
        {"op": "add", "path": "/a~1b", "value": 1}
    ])").array();
    QString error;
    QVERIFY2(JsonPatch::apply(patch, &target, &error), qPrintable(error));
    QCOMPARE(target.value(QLatin1String("name")).toString(), QStringLiteral("renamed"));
    QCOMPARE(target.value(QLatin1String("description")).toString(), QStringLiteral("d"));
    QCOMPARE(target.value(QLatin1String("sourceConnectionIds")).toArray().size(), 3);
    QCOMPARE(target.value(QLatin1String("params"))[QLatin1String("columns")][0][QLatin1String("name")].toString(), QStringLiteral("x"));
    QVERIFY(!target.contains(QLatin1String("count")));
    QVERIFY(target.contains(QLatin1String("a/b")));
    QCOMPARE(JsonPatch::touchedMembers(patch), (QStringList{QStringLiteral("name"), QStringLiteral("description"),
                                                            QStringLiteral("sourceConnectionIds"), QStringLiteral("params"),
                                                            QStringLiteral("count"), QStringLiteral("a/b")}));
}

void TestSandboxUnits::jsonPatchErrors()
{
    const QJsonObject original = sample();
    for (const char *bad : {R"([{"op":"replace","path":"/nope","value":1}])", R"([{"op":"move","path":"/name","from":"/id"}])",
                            R"([{"op":"replace","path":"name","value":1}])", R"([{"op":"replace","path":"/name"}])",
                            R"([{"op":"add","path":"/sourceConnectionIds/9","value":1}])", R"([{"op":"remove","path":"/name/x"}])"}) {
        QJsonObject target = original;
        QString error;
        QVERIFY2(!JsonPatch::apply(QJsonDocument::fromJson(bad).array(), &target, &error), bad);
        QVERIFY(!error.isEmpty());
        QCOMPARE(target, original); // all or nothing
    }
}

void TestSandboxUnits::faultRules()
{
    FaultInjector::Rule rule;
    QString error;
    QVERIFY(FaultInjector::parse(QStringLiteral("post /flowservice/flows 503-after-commit x3 skip=2"), &rule, &error));
    QCOMPARE(rule.method, QByteArray("POST"));
    QCOMPARE(rule.pathPrefix, QStringLiteral("/flowservice/flows"));
    QCOMPARE(rule.action.kind, FaultInjector::Kind::StatusAfterCommit);
    QCOMPARE(rule.action.status, 503);
    QVERIFY(rule.action.processes());
    QCOMPARE(rule.remaining, 3);
    QCOMPARE(rule.skip, 2);
    QVERIFY(FaultInjector::parse(QStringLiteral("/ims/token 429:retry-after=date x*"), &rule, &error));
    QVERIFY(rule.method.isEmpty());
    QCOMPARE(rule.action.kind, FaultInjector::Kind::TooManyRequests);
    QCOMPARE(rule.action.argument, QStringLiteral("date"));
    QVERIFY(!rule.action.processes());
    QCOMPARE(rule.remaining, -1);
    QVERIFY(FaultInjector::parse(QStringLiteral("/catalog stall"), &rule, &error));
    QCOMPARE(rule.action.milliseconds, 30000);
    QVERIFY(FaultInjector::parse(QStringLiteral("/catalog hide-from-list:20"), &rule, &error));
    QCOMPARE(rule.action.milliseconds, 20000);
    QVERIFY(FaultInjector::parse(QStringLiteral("/catalog redirect:http://127.0.0.1:1/x"), &rule, &error));
    QCOMPARE(rule.action.argument, QStringLiteral("http://127.0.0.1:1/x"));
    for (const char *kind : {"drop-before", "drop-after-commit", "trickle", "truncate", "malformed-json", "html", "empty-200", "401", "huge", "huge:1", "deflate-bomb", "deflate-bomb:8"})
        QVERIFY2(FaultInjector::parse(QStringLiteral("/x ") + QLatin1String(kind), &rule, &error), kind);
    QVERIFY(!FaultInjector::parse(QStringLiteral("/x 418"), &rule, &error));
    QVERIFY(!FaultInjector::parse(QStringLiteral("/x huge:0"), &rule, &error));
}

void TestSandboxUnits::faultBudget()
{
    FaultInjector faults;
    QVERIFY(faults.add(QStringLiteral("GET /flowservice 500 x2"), nullptr));
    QVERIFY(!faults.take("POST", QStringLiteral("/data/foundation/flowservice/flows")));
    QVERIFY(!faults.take("GET", QStringLiteral("/data/foundation/catalog/dataSets")));
    QVERIFY(faults.take("GET", QStringLiteral("/data/foundation/flowservice/flows")));
    QVERIFY(faults.take("GET", QStringLiteral("/data/foundation/flowservice/runs")));
    QVERIFY(!faults.take("GET", QStringLiteral("/data/foundation/flowservice/runs")));
    QVERIFY(faults.isEmpty());
}

void TestSandboxUnits::mappingExpressions_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QJsonValue>("expected");
    QTest::newRow("upper") << "upper(LastName)" << QJsonValue("LEE");
    QTest::newRow("lower") << "lower(LastName)" << QJsonValue("lee");
    QTest::newRow("trim") << "trim(Padded)" << QJsonValue("x");
    QTest::newRow("concat") << "concat(upper(LastName), \", \", FirstName)" << QJsonValue("LEE, Ann");
    QTest::newRow("coalesce") << "coalesce(Missing, FirstName)" << QJsonValue("Ann");
    QTest::newRow("length") << "length(FirstName)" << QJsonValue(3);
    QTest::newRow("nested column") << "upper(Address.City)" << QJsonValue("OSLO");
    QTest::newRow("number") << "concat(Count, 1)" << QJsonValue("71");
}

void TestSandboxUnits::mappingExpressions()
{
    QFETCH(QString, expression);
    QFETCH(QJsonValue, expected);
    const QJsonObject row{{"FirstName", "Ann"}, {"LastName", "Lee"}, {"Padded", "  x "}, {"Count", 7},
                          {"Address", QJsonObject{{"City", "Oslo"}}}};
    QJsonValue value;
    QString error;
    QVERIFY2(MappingEngine::evaluate({QStringLiteral("EXPRESSION"), expression, QStringLiteral("x")}, row, &value, &error), qPrintable(error));
    QCOMPARE(value, expected);
    QVERIFY(MappingEngine::checkExpression(expression, &error));
}

void TestSandboxUnits::mappingVocabularies()
{
    const QJsonObject legacy = QJsonDocument::fromJson(R"({"xdmSchema": "https://ns.adobe.com/t/schemas/1",
        "mappings": [{"sourceAttribute": "Name", "destinationXdmPath": "person.name.fullName"}]})").object();
    const QList<MappingEngine::Mapping> mappings = MappingEngine::mappingsOf(legacy);
    QCOMPARE(mappings.size(), 1);
    QCOMPARE(mappings.at(0).sourceType, QStringLiteral("ATTRIBUTE"));
    QCOMPARE(mappings.at(0).source, QStringLiteral("Name"));
    QCOMPARE(mappings.at(0).destination, QStringLiteral("person.name.fullName"));
    QCOMPARE(MappingEngine::outputSchemaId(legacy), QStringLiteral("https://ns.adobe.com/t/schemas/1"));
    QString error;
    QVERIFY(!MappingEngine::checkExpression(QStringLiteral("upper(Name"), &error));
    QVERIFY(!MappingEngine::checkExpression(QStringLiteral("nope(Name)"), &error));
    QVERIFY(error.contains(QLatin1String("nope")));
    QVERIFY(!MappingEngine::checkExpression(QStringLiteral("upper(\"x)"), &error));
    QJsonObject out;
    MappingEngine::setPath(&out, QStringLiteral("a.b.c"), 1);
    MappingEngine::setPath(&out, QStringLiteral("a.d"), 2);
    QCOMPARE(out.value(QLatin1String("a"))[QLatin1String("b")][QLatin1String("c")].toInt(), 1);
    QCOMPARE(out.value(QLatin1String("a"))[QLatin1String("d")].toInt(), 2);
}

QTEST_APPLESS_MAIN(TestSandboxUnits)
#include "tst_sandboxunits.moc"
