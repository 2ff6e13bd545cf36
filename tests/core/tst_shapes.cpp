// SPDX-License-Identifier: MIT
// The response shape variants of CONTRACT 9, parsed by pure functions.
#include "api/requests.h"

#include <QJsonDocument>
#include <QTest>

using namespace Dataflow::Core;

class TestShapes : public QObject
{
    Q_OBJECT

    static QJsonDocument doc(const char *json) { return QJsonDocument::fromJson(QByteArray(json)); }

private slots:
    void items()
    {
        QCOMPARE(Shapes::items(doc(R"({"items":[{"id":"a"},{"id":"b"}]})")).size(), 2);
        QCOMPARE(Shapes::items(doc(R"([{"type":"table","name":"Account"}])")).size(), 1);
        QCOMPARE(Shapes::items(doc(R"({"results":[{"$id":"x"}],"_page":{"next":null}})")).size(), 1);
        QCOMPARE(Shapes::firstItem(doc(R"({"id":"bare","name":"CRMToAEP"})")).value("name").toString(), QStringLiteral("CRMToAEP"));
        QVERIFY(Shapes::firstItem(doc(R"({"items":[]})")).isEmpty());
    }
    void datasetCreate()
    {
        QCOMPARE(Shapes::dataSetIdFromCreate(doc(R"(["@/dataSets/5c8c3c555033b814b69f947f"])")), QStringLiteral("5c8c3c555033b814b69f947f"));
        QCOMPARE(Shapes::dataSetIdFromCreate(doc(R"({"id":"abc"})")), QStringLiteral("abc"));
        QVERIFY(Shapes::dataSetIdFromCreate(doc(R"([])")).isEmpty());
        const QJsonObject ds = Shapes::catalogFirst(doc(R"({"5ba9":{"name":"n","schemaRef":{"id":"s"}}})"));
        QCOMPARE(ds.value("id").toString(), QStringLiteral("5ba9"));
        QCOMPARE(ds.value("name").toString(), QStringLiteral("n"));
    }
    void preview()
    {
        QCOMPARE(Shapes::previewRows(doc(R"([{"data":{},"errors":null},{"data":{},"errors":null}])")).size(), 2);
        QCOMPARE(Shapes::previewRows(doc(R"({"data":{},"errors":null})")).size(), 1);
    }
    void flowSpecVariants()
    {
        QCOMPARE(Shapes::transformationSpecs(doc(R"({"transformationSpecs":[{"name":"Copy"},{"name":"Mapping"}]})").object()).size(), 2);
        QCOMPARE(Shapes::transformationSpecs(doc(R"({"transformationSpec":[{"name":"Copy"}]})").object()).size(), 1);
    }
    void stringlyTypedValues()
    {
        QCOMPARE(Shapes::toInteger(QJsonValue(QStringLiteral("1612310466"))), 1612310466LL);
        QCOMPARE(Shapes::toInteger(QJsonValue(15)), 15LL);
        QCOMPARE(Shapes::toInteger(QJsonValue(QStringLiteral("x")), -1), -1LL);
        QCOMPARE(Shapes::toBool(QJsonValue(QStringLiteral("true"))), true);
        QCOMPARE(Shapes::toBool(QJsonValue(false), true), false);
    }
    void runStatus()
    {
        QCOMPARE(Shapes::runStatus(doc(R"({"metrics":{"statusSummary":{"status":"Failed"}}})").object()), QStringLiteral("failed"));
        QCOMPARE(Shapes::runStatus(doc(R"({"metrics":{"statusSummary":{"status":"inProgress"}}})").object()), QStringLiteral("inprogress"));
        QCOMPARE(Shapes::runStatus(doc(R"({"state":"success"})").object()), QStringLiteral("success"));
    }
    void requestBuilders()
    {
        const ApiRequest spec = Requests::flowSpecByName();
        QCOMPARE(spec.query.queryItemValue(QStringLiteral("property"), QUrl::FullyDecoded), QStringLiteral("name==\"CRMToAEP\""));
        const ApiRequest lookup = Requests::tenantSchema(QStringLiteral("https://ns.adobe.com/acme/schemas/123"));
        QCOMPARE(lookup.accept, QByteArray("application/vnd.adobe.xed-full+json;version=1"));
        QVERIFY(lookup.path.contains(QStringLiteral("https%3A%2F%2Fns.adobe.com")));
        QCOMPARE(Requests::tenantSchemas().accept, QByteArray("application/vnd.adobe.xed-id+json"));
        QCOMPARE(Requests::createMappingSet({}).method, QByteArray("POST"));
        QVERIFY(!Requests::createFlow({}).isIdempotent());
        QVERIFY(Requests::deleteFlow(QStringLiteral("x")).isIdempotent());
    }
};

QTEST_APPLESS_MAIN(TestShapes)
#include "tst_shapes.moc"
