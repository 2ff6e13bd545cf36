// SPDX-License-Identifier: MIT
// Happy path of every sandbox endpoint over real loopback sockets, and the CONTRACT §4 walk.
#include "sandboxfixtures.h"
#include "sandboxserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace Dataflow::Sandbox;
using namespace SandboxPaths;
using namespace SandboxFixtures;

class TestSandboxApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tokenEndpoint();
    void contractSequence();
    void connectionSpecs();
    void connectionsCrud();
    void explore();
    void sourceAndTargetConnections();
    void flowsAndRuns();
    void retrigger();
    void schemaRegistry();
    void catalogDatasets();
    void mappingSets();
    void serverApi();
    void flowServicePaging();
    void catalogAndMappingPaging();
    void runsFollowTheClock();

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestSandboxApi::initTestCase()
{
    m_server = std::make_unique<SandboxServer>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QCOMPARE(m_server->url().host(), QStringLiteral("127.0.0.1"));
    m_client = std::make_unique<SandboxTestClient>(m_server->url());
    QVERIFY(m_client->authenticate());
}

void TestSandboxApi::tokenEndpoint()
{
    const TestReply ok = m_client->requestToken(QStringLiteral("demo-client-id"), QStringLiteral("demo-client-secret"));
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.object().value(QLatin1String("token_type")).toString(), QStringLiteral("bearer"));
    QCOMPARE(ok.object().value(QLatin1String("expires_in")).toInt(), 86399);
    QVERIFY(!ok.object().value(QLatin1String("access_token")).toString().isEmpty());

    const TestReply badId = m_client->requestToken(QStringLiteral("nobody"), QStringLiteral("demo-client-secret"));
    QCOMPARE(badId.status, 400);
    QCOMPARE(badId.object().value(QLatin1String("error")).toString(), QStringLiteral("invalid_client"));
    QVERIFY(badId.object().contains(QLatin1String("error_description")));
    const TestReply badSecret = m_client->requestToken(QStringLiteral("demo-client-id"), QStringLiteral("nope"));
    QCOMPARE(badSecret.status, 401);
    QCOMPARE(badSecret.object().value(QLatin1String("error")).toString(), QStringLiteral("invalid_client"));
}

void TestSandboxApi::contractSequence()
{
    // CONTRACT §4, step by step.
    TestReply r = m_client->get(schemas + QStringLiteral("/stats"));
    QCOMPARE(r.status, 200);
    const QString tenant = r.object().value(QLatin1String("tenantId")).toString();
    QCOMPARE(tenant, QStringLiteral("demotenant"));
    r = m_client->get(flow + QStringLiteral("/connectionSpecs/") + sscSpec);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QLatin1String("items")).toArray().at(0)[QLatin1String("name")].toString(),
             QStringLiteral("salesforce-service-cloud"));
    const World w = buildWorld(*m_client, QStringLiteral("sequence"));
    QVERIFY2(w.error.isEmpty(), qPrintable(w.error));
    QVERIFY(w.schemaId.startsWith(QStringLiteral("https://ns.adobe.com/demotenant/schemas/")));
    QCOMPARE(w.dataSetId.size(), 24);
    r = m_client->get(flow + QStringLiteral("/flowSpecs?property=name==%22CRMToAEP%22"));
    QCOMPARE(r.status, 200);
    const QJsonObject spec = r.object().value(QLatin1String("items")).toArray().at(0).toObject();
    QCOMPARE(spec.value(QLatin1String("id")).toString(), crmToAep);
    QVERIFY(spec.value(QLatin1String("sourceConnectionSpecIds")).toArray().contains(sscSpec));
    r = m_client->get(flow + QStringLiteral("/flows/") + w.flowId);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QLatin1String("items")).toArray().at(0)[QLatin1String("state")].toString(), QStringLiteral("enabled"));
    r = m_client->get(flow + QStringLiteral("/runs?property=flowId==") + w.flowId);
    QCOMPARE(r.status, 200);
    QVERIFY(!r.object().value(QLatin1String("items")).toArray().isEmpty());
}

void TestSandboxApi::connectionSpecs()
{
    TestReply r = m_client->get(flow + QStringLiteral("/connectionSpecs"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QLatin1String("items")).toArray().size(), 3);
    r = m_client->get(flow + QStringLiteral("/connectionSpecs?property=name==\"service-now\""));
    QCOMPARE(r.object().value(QLatin1String("items")).toArray().size(), 1);
    QCOMPARE(r.object().value(QLatin1String("items")).toArray().at(0)[QLatin1String("id")].toString(), serviceNowSpec);
    r = m_client->get(flow + QStringLiteral("/connectionSpecs/00000000-0000-0000-0000-000000000000"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), QStringLiteral("FLOW-1439-404"));
    r = m_client->get(flow + QStringLiteral("/flowSpecs/") + crmToAep);
    QCOMPARE(r.status, 200);
    r = m_client->get(flow + QStringLiteral("/flowSpecs?property=name==CRMToAEP"));
    QCOMPARE(r.object().value(QLatin1String("items")).toArray().size(), 1);
}

void TestSandboxApi::connectionsCrud()
{
    TestReply r = m_client->post(flow + QStringLiteral("/connections"), sscConnectionBody(QStringLiteral("crud")));
    QCOMPARE(r.status, 201);
    const QString id = r.object().value(QLatin1String("id")).toString();
    const QString etag = r.object().value(QLatin1String("etag")).toString();
    QVERIFY(etag.startsWith(QLatin1Char('"')) && etag.endsWith(QLatin1Char('"')));
    QCOMPARE(r.header("Location"), (flow + QStringLiteral("/connections/") + id).toUtf8());
    r = m_client->get(flow + QStringLiteral("/connections/") + id);
    QCOMPARE(r.status, 200);
    const QJsonObject connection = r.object().value(QLatin1String("items")).toArray().at(0).toObject();
    QCOMPARE(connection.value(QLatin1String("etag")).toString(), etag);
    QCOMPARE(connection.value(QLatin1String("version")).toString(), etag);
    QCOMPARE(connection.value(QLatin1String("state")).toString(), QStringLiteral("enabled"));
    QCOMPARE(connection.value(QLatin1String("sandboxName")).toString(), QStringLiteral("prod"));
    QVERIFY(connection.value(QLatin1String("auth"))[QLatin1String("params")][QLatin1String("clientSecret")].toString() != QLatin1String("secret"));
    r = m_client->get(flow + QStringLiteral("/connections/%1/test").arg(id));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QLatin1String("result")).toBool(), true);
    r = m_client->patch(flow + QStringLiteral("/connections/") + id,
                        QJsonArray{QJsonObject{{"op", "replace"}, {"path", "/name"}, {"value", "renamed"}}}, etag.toUtf8());
    QCOMPARE(r.status, 200);
    const QString newEtag = r.object().value(QLatin1String("etag")).toString();
    QVERIFY(newEtag != etag);
    r = m_client->get(flow + QStringLiteral("/connections?property=name==renamed"));
    QCOMPARE(r.object().value(QLatin1String("items")).toArray().size(), 1);
    r = m_client->del(flow + QStringLiteral("/connections/") + id);
    QCOMPARE(r.status, 204);
    r = m_client->get(flow + QStringLiteral("/connections/") + id);
    QCOMPARE(r.status, 404);
}

void TestSandboxApi::explore()
{
    TestReply r = m_client->get(flow + QStringLiteral("/connections?property=connectionSpec.id==") + serviceNowSpec);
    const QJsonArray demo = r.object().value(QLatin1String("items")).toArray();
    QVERIFY(!demo.isEmpty()); // the demo tenant's ServiceNow connection
    const QString id = demo.at(0)[QLatin1String("id")].toString();
    r = m_client->get(flow + QStringLiteral("/connections/%1/explore?objectType=root").arg(id));
    QCOMPARE(r.status, 200);
    QVERIFY(r.array().size() >= 4);
    QCOMPARE(r.array().at(0)[QLatin1String("type")].toString(), QStringLiteral("table"));
    r = m_client->get(flow + QStringLiteral("/connections/%1/explore?objectType=table&object=incident").arg(id));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QLatin1String("format")).toString(), QStringLiteral("flat"));
    QVERIFY(r.object().value(QLatin1String("schema"))[QLatin1String("columns")].toArray().size() >= 45);
    QVERIFY(!r.object().contains(QLatin1String("data")));
    r = m_client->get(flow + QStringLiteral("/connections/%1/explore?objectType=table&object=incident&preview=true").arg(id));
    const QJsonArray rows = r.object().value(QLatin1String("data")).toArray();
    QVERIFY(!rows.isEmpty() && rows.size() <= 100);
    QVERIFY(rows.at(0).toObject().contains(QLatin1String("sys_id")));
    r = m_client->get(flow + QStringLiteral("/connections/%1/explore?objectType=table&object=nope").arg(id));
    QCOMPARE(r.status, 404);
}

void TestSandboxApi::sourceAndTargetConnections()
{
    const World w = buildWorld(*m_client, QStringLiteral("st"), false);
    QVERIFY2(w.error.isEmpty(), qPrintable(w.error));
    for (const QString &kind : {QStringLiteral("sourceConnections"), QStringLiteral("targetConnections")}) {
        const QString id = kind == QLatin1String("sourceConnections") ? w.sourceId : w.targetId;
        TestReply r = m_client->get(flow + QLatin1Char('/') + kind + QLatin1Char('/') + id);
        QCOMPARE(r.status, 200);
        const QString etag = r.object().value(QLatin1String("items")).toArray().at(0)[QLatin1String("etag")].toString();
        r = m_client->patch(flow + QLatin1Char('/') + kind + QLatin1Char('/') + id,
                            QJsonArray{QJsonObject{{"op", "add"}, {"path", "/description"}, {"value", "d"}}}, etag.toUtf8());
        QCOMPARE(r.status, 200);
        r = m_client->get(flow + QLatin1Char('/') + kind + QStringLiteral("?property=id==") + id);
        QCOMPARE(r.object().value(QLatin1String("items")).toArray().size(), 1);
        r = m_client->del(flow + QLatin1Char('/') + kind + QLatin1Char('/') + id);
        QCOMPARE(r.status, 204);
    }
    const TestReply r = m_client->get(flow + QStringLiteral("/sourceConnections?property=params.tableName==Contact"));
    QCOMPARE(r.status, 200);
}

void TestSandboxApi::flowsAndRuns()
{
    const World w = buildWorld(*m_client, QStringLiteral("runs"));
    QVERIFY2(w.error.isEmpty(), qPrintable(w.error));
    TestReply r = m_client->get(flow + QStringLiteral("/flows/") + w.flowId);
    const QJsonObject flowObject = r.object().value(QLatin1String("items")).toArray().at(0).toObject();
    QCOMPARE(flowObject.value(QLatin1String("scheduleParams"))[QLatin1String("startTime")].toString(), QStringLiteral("1767225600"));
    QCOMPARE(flowObject.value(QLatin1String("scheduleParams"))[QLatin1String("interval")].toString(), QStringLiteral("1"));
    QCOMPARE(flowObject.value(QLatin1String("runs")).toString(), QStringLiteral("/runs?property=flowId==") + w.flowId);
    QCOMPARE(flowObject.value(QLatin1String("inheritedAttributes"))[QLatin1String("sourceConnections")][0][QLatin1String("baseConnection")][QLatin1String("id")].toString(),
             w.connectionId);
    QVERIFY(flowObject.value(QLatin1String("lastRunDetails")).toObject().contains(QLatin1String("state")));
    r = m_client->get(flow + QStringLiteral("/flows?property=sourceConnectionIds[]==") + w.sourceId);
    QCOMPARE(r.object().value(QLatin1String("items")).toArray().size(), 1);

    r = m_client->get(flow + QStringLiteral("/runs?property=flowId==") + w.flowId);
    const QJsonArray runs = r.object().value(QLatin1String("items")).toArray();
    QCOMPARE(runs.size(), 100); // default page
    QCOMPARE(r.object().value(QLatin1String("count")).toInt(), 200); // history capped at 200
    QVERIFY(r.object().value(QLatin1String("_links"))[QLatin1String("next")][QLatin1String("href")].toString().contains(QLatin1String("continuationToken")));
    int failed = 0;
    for (const QJsonValue &run : runs) {
        const QJsonObject metrics = run[QLatin1String("metrics")].toObject();
        const QString status = metrics.value(QLatin1String("statusSummary"))[QLatin1String("status")].toString();
        QVERIFY(status == QLatin1String("success") || status == QLatin1String("failed") || status == QLatin1String("inProgress"));
        if (status == QLatin1String("failed")) {
            ++failed;
            QVERIFY(!metrics.value(QLatin1String("statusSummary"))[QLatin1String("errors")][0][QLatin1String("code")].toString().isEmpty());
        }
        QVERIFY(metrics.value(QLatin1String("recordSummary")).toObject().contains(QLatin1String("inputRecordCount")));
        QCOMPARE(run[QLatin1String("flowId")].toString(), w.flowId);
    }
    QVERIFY(failed > 0 && failed < runs.size() / 2);
    const QString runId = runs.at(5)[QLatin1String("id")].toString();
    r = m_client->get(flow + QStringLiteral("/runs/") + runId);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QLatin1String("items")).toArray().at(0)[QLatin1String("id")].toString(), runId);
    // Deterministic: the same flow gives the same run list again.
    const TestReply again = m_client->get(flow + QStringLiteral("/runs?property=flowId==") + w.flowId);
    QCOMPARE(again.object().value(QLatin1String("items")).toArray().at(5)[QLatin1String("id")].toString(), runId);

    r = m_client->patch(flow + QStringLiteral("/flows/") + w.flowId,
                        QJsonArray{QJsonObject{{"op", "replace"}, {"path", "/scheduleParams/frequency"}, {"value", "day"}}},
                        w.flowEtag.toUtf8());
    QCOMPARE(r.status, 200);
    r = m_client->get(flow + QStringLiteral("/flows/") + w.flowId);
    QCOMPARE(r.object().value(QLatin1String("items")).toArray().at(0)[QLatin1String("scheduleParams")][QLatin1String("frequency")].toString(),
             QStringLiteral("day"));
    r = m_client->del(flow + QStringLiteral("/flows/") + w.flowId);
    QCOMPARE(r.status, 204);
    r = m_client->del(flow + QStringLiteral("/connections/") + w.connectionId);
    QCOMPARE(r.status, 204);
}

void TestSandboxApi::retrigger()
{
    const World w = buildWorld(*m_client, QStringLiteral("retrigger"));
    QVERIFY2(w.error.isEmpty(), qPrintable(w.error));
    const TestReply list = m_client->get(flow + QStringLiteral("/runs?property=flowId==%1&property=metrics.statusSummary.status==failed").arg(w.flowId));
    const QJsonArray failedRuns = list.object().value(QLatin1String("items")).toArray();
    QVERIFY(!failedRuns.isEmpty());
    const QString failedId = failedRuns.at(0)[QLatin1String("id")].toString();
    TestReply r = m_client->send("POST", flow + QStringLiteral("/runs/%1/action?op=re-trigger").arg(failedId));
    QCOMPARE(r.status, 201);
    const QString newId = r.object().value(QLatin1String("id")).toString();
    r = m_client->get(flow + QStringLiteral("/runs/") + newId);
    QCOMPARE(r.object().value(QLatin1String("items")).toArray().at(0)[QLatin1String("metrics")][QLatin1String("statusSummary")][QLatin1String("status")].toString(),
             QStringLiteral("inProgress"));
    m_server->advanceClock(120);
    r = m_client->get(flow + QStringLiteral("/runs/") + newId);
    QCOMPARE(r.object().value(QLatin1String("items")).toArray().at(0)[QLatin1String("metrics")][QLatin1String("statusSummary")][QLatin1String("status")].toString(),
             QStringLiteral("success"));
    const QString okId = m_client->get(flow + QStringLiteral("/runs?property=flowId==%1&property=metrics.statusSummary.status==success").arg(w.flowId))
                             .object().value(QLatin1String("items")).toArray().at(0)[QLatin1String("id")].toString();
    r = m_client->send("POST", flow + QStringLiteral("/runs/%1/action?op=re-trigger").arg(okId));
    QCOMPARE(r.status, 400);
}

void TestSandboxApi::schemaRegistry()
{
    TestReply r = m_client->post(schemas + QStringLiteral("/tenant/schemas"), schemaBody(QStringLiteral("Registry test")));
    QCOMPARE(r.status, 201);
    const QJsonObject created = r.object();
    const QString id = created.value(QLatin1String("$id")).toString();
    QVERIFY(QRegularExpression(QStringLiteral("^https://ns.adobe.com/demotenant/schemas/[0-9a-f]{32}$")).match(id).hasMatch());
    QCOMPARE(created.value(QLatin1String("meta:altId")).toString(), QStringLiteral("_demotenant.schemas.") + id.section(QLatin1Char('/'), -1));
    QCOMPARE(created.value(QLatin1String("version")).toString(), QStringLiteral("1.0"));
    QCOMPARE(created.value(QLatin1String("meta:class")).toString(), profileClass);
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(id));
    r = m_client->get(schemas + QStringLiteral("/tenant/schemas/") + encoded, {{"Accept", fullAccept}});
    QCOMPARE(r.status, 200);
    const QJsonObject properties = r.object().value(QLatin1String("properties")).toObject();
    QVERIFY(properties.contains(QLatin1String("_id")));       // class
    QVERIFY(properties.contains(QLatin1String("person")));    // person details
    QVERIFY(properties.contains(QLatin1String("homeAddress"))); // personal details
    QVERIFY(properties.value(QLatin1String("person"))[QLatin1String("properties")][QLatin1String("name")][QLatin1String("properties")]
                .toObject().contains(QLatin1String("fullName")));
    r = m_client->get(schemas + QStringLiteral("/tenant/schemas/") + created.value(QLatin1String("meta:altId")).toString(),
                      {{"Accept", "application/vnd.adobe.xed+json; version=1"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QLatin1String("allOf")).toArray().size(), 3);
    QVERIFY(!r.object().contains(QLatin1String("properties")));
    r = m_client->get(schemas + QStringLiteral("/tenant/schemas"), {{"Accept", "application/vnd.adobe.xed-id+json"}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.object().value(QLatin1String("results")).toArray().size() >= 2);
    r = m_client->get(schemas + QStringLiteral("/global/classes"), {{"Accept", "application/vnd.adobe.xed-id+json"}});
    QCOMPARE(r.object().value(QLatin1String("results")).toArray().size(), 3);
    r = m_client->get(schemas + QStringLiteral("/global/classes/") + QString::fromLatin1(QUrl::toPercentEncoding(profileClass)),
                      {{"Accept", fullAccept}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QLatin1String("title")).toString(), QStringLiteral("XDM Individual Profile"));
    r = m_client->get(schemas + QStringLiteral("/global/fieldgroups?property=meta:intendedToExtend==") + profileClass,
                      {{"Accept", "application/vnd.adobe.xed-id+json"}});
    const int profileGroups = int(r.object().value(QLatin1String("results")).toArray().size());
    QVERIFY(profileGroups >= 3);
    r = m_client->get(schemas + QStringLiteral("/global/fieldgroups"), {{"Accept", "application/vnd.adobe.xed-id+json"}});
    QVERIFY(r.object().value(QLatin1String("results")).toArray().size() >= 12);
    QVERIFY(r.object().value(QLatin1String("results")).toArray().size() > profileGroups);
    r = m_client->get(schemas + QStringLiteral("/global/fieldgroups/") + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("https://ns.adobe.com/xdm/context/profile-person-details"))),
                      {{"Accept", fullAccept}});
    QCOMPARE(r.object().value(QLatin1String("title")).toString(), QStringLiteral("Demographic Details"));
    // Add a field group later (CONTRACT §5.5).
    const QString workDetails = QStringLiteral("https://ns.adobe.com/xdm/context/profile-work-details");
    r = m_client->send("PATCH", schemas + QStringLiteral("/tenant/schemas/") + encoded,
                       QJsonDocument(QJsonArray{QJsonObject{{"op", "add"}, {"path", "/meta:extends/-"}, {"value", workDetails}},
                                                QJsonObject{{"op", "add"}, {"path", "/allOf/-"}, {"value", QJsonObject{{"$ref", workDetails}}}}})
                           .toJson());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QLatin1String("version")).toString(), QStringLiteral("1.1"));
    r = m_client->get(schemas + QStringLiteral("/tenant/schemas/") + encoded, {{"Accept", fullAccept}});
    QVERIFY(r.object().value(QLatin1String("properties")).toObject().contains(QLatin1String("workEmail")));
    r = m_client->del(schemas + QStringLiteral("/tenant/schemas/") + encoded);
    QCOMPARE(r.status, 204);
    r = m_client->get(schemas + QStringLiteral("/tenant/schemas/") + encoded, {{"Accept", fullAccept}});
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), QStringLiteral("XDM-1012-404"));
}

void TestSandboxApi::catalogDatasets()
{
    const QString schemaId = m_client->post(schemas + QStringLiteral("/tenant/schemas"), schemaBody(QStringLiteral("Catalog test")))
                                 .object().value(QLatin1String("$id")).toString();
    TestReply r = m_client->post(catalog + QStringLiteral("/dataSets"), datasetBody(QStringLiteral("Catalog DS"), schemaId));
    QCOMPARE(r.status, 201);
    const QString ref = r.array().at(0).toString();
    QVERIFY(QRegularExpression(QStringLiteral("^@/dataSets/[0-9a-f]{24}$")).match(ref).hasMatch());
    const QString id = ref.section(QLatin1Char('/'), -1);
    r = m_client->get(catalog + QStringLiteral("/dataSets/") + id);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(id)[QLatin1String("schemaRef")][QLatin1String("id")].toString(), schemaId);
    r = m_client->get(catalog + QStringLiteral("/dataSets?name=Catalog%20DS&properties=name,schemaRef"));
    QCOMPARE(r.object().size(), 1);
    QCOMPARE(r.object().value(id).toObject().keys(), (QStringList{QStringLiteral("name"), QStringLiteral("schemaRef")}));
    r = m_client->get(catalog + QStringLiteral("/dataSets?property=name==Catalog%20DS"));
    QCOMPARE(r.object().size(), 1);
    r = m_client->del(catalog + QStringLiteral("/dataSets/") + id);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.array().at(0).toString(), ref);
    r = m_client->get(catalog + QStringLiteral("/dataSets/") + id);
    QCOMPARE(r.status, 404);
}

void TestSandboxApi::mappingSets()
{
    const QString schemaId = m_client->post(schemas + QStringLiteral("/tenant/schemas"), schemaBody(QStringLiteral("Mapping test")))
                                 .object().value(QLatin1String("$id")).toString();
    QJsonObject body = mappingSetBody(schemaId);
    body.insert(QStringLiteral("name"), QStringLiteral("mapping-test"));
    TestReply r = m_client->post(conversion + QStringLiteral("/mappingSets/validate"), body);
    QCOMPARE(r.status, 200);
    const QJsonArray validation = r.object().value(QLatin1String("validationResponse")).toArray();
    QCOMPARE(validation.size(), 3);
    QCOMPARE(validation.at(0)[QLatin1String("status")].toString(), QStringLiteral("SUCCESS"));
    r = m_client->post(conversion + QStringLiteral("/mappingSets"), body);
    QCOMPARE(r.status, 200);
    const QString id = r.object().value(QLatin1String("id")).toString();
    QCOMPARE(r.object().value(QLatin1String("version")).toInt(), 0);
    for (const char *key : {"createdDate", "modifiedDate", "createdBy", "modifiedBy"})
        QVERIFY(r.object().contains(QLatin1String(key)));
    r = m_client->get(conversion + QStringLiteral("/mappingSets/") + id);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QLatin1String("mappings")).toArray().size(), 3);
    r = m_client->get(conversion + QStringLiteral("/mappingSets?name=mapping-test&limit=10&start=0"));
    QCOMPARE(r.object().value(QLatin1String("data")).toArray().size(), 1);
    const QJsonObject preview{{"data", QJsonArray{QJsonObject{{"Id", "003A"}, {"FirstName", "Ann"}, {"LastName", "Lee"}, {"Email", "ann@example.com"}}}},
                              {"mappingSet", body}};
    r = m_client->post(conversion + QStringLiteral("/mappingSets/preview"), preview);
    QCOMPARE(r.status, 200);
    const QJsonObject data = r.array().at(0)[QLatin1String("data")].toObject();
    QCOMPARE(data.value(QLatin1String("_id")).toString(), QStringLiteral("003A"));
    QCOMPARE(data.value(QLatin1String("person"))[QLatin1String("name")][QLatin1String("fullName")].toString(), QStringLiteral("LEE, Ann"));
    QCOMPARE(data.value(QLatin1String("personalEmail"))[QLatin1String("address")].toString(), QStringLiteral("ann@example.com"));
    QVERIFY(r.array().at(0)[QLatin1String("errors")].isNull());
    r = m_client->send("PUT", conversion + QStringLiteral("/mappingSets/") + id, QJsonDocument(body).toJson());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QLatin1String("version")).toInt(), 1);
    r = m_client->del(conversion + QStringLiteral("/mappingSets/") + id);
    QCOMPARE(r.status, 405);
}

void TestSandboxApi::serverApi()
{
    QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
    const int before = m_server->createCount(QStringLiteral("connections"));
    const int liveBefore = int(m_server->resources(QStringLiteral("connections")).size());
    QCOMPARE(m_client->post(flow + QStringLiteral("/connections"), sscConnectionBody(QStringLiteral("counted"))).status, 201);
    QCOMPARE(m_server->createCount(QStringLiteral("connections")), before + 1);
    QCOMPARE(m_server->resources(QStringLiteral("connections")).size(), liveBefore + 1);
    QVERIFY(!m_server->resources(QStringLiteral("runs")).isEmpty());
    QCOMPARE(handled.count(), 1);
    QCOMPARE(handled.at(0).at(0).toString(), QStringLiteral("POST"));
    QCOMPARE(handled.at(0).at(2).toInt(), 201);
}

void TestSandboxApi::flowServicePaging()
{
    QSet<QString> created;
    for (int i = 0; i < 5; ++i)
        created.insert(m_client->post(flow + QStringLiteral("/connections"), sscConnectionBody(QStringLiteral("page-%1").arg(i)))
                           .object().value(QLatin1String("id")).toString());
    const int total = m_client->get(flow + QStringLiteral("/connections?count=true")).object().value(QLatin1String("count")).toInt();
    QVERIFY(total >= 6);
    QSet<QString> seen;
    int pages = 0;
    QString next = QStringLiteral("/connections?limit=2");
    while (!next.isEmpty() && pages < 100) {
        const TestReply r = m_client->get(flow + next);
        QCOMPARE(r.status, 200);
        const QJsonArray items = r.object().value(QLatin1String("items")).toArray();
        QVERIFY(items.size() <= 2);
        for (const QJsonValue &item : items)
            seen.insert(item[QLatin1String("id")].toString());
        next = r.object().value(QLatin1String("_links"))[QLatin1String("next")][QLatin1String("href")].toString();
        ++pages;
    }
    QCOMPARE(seen.size(), total);
    QCOMPARE(pages, (total + 1) / 2);
    QVERIFY(seen.contains(created));
    // Filters survive paging, and orderby sorts.
    TestReply r = m_client->get(flow + QStringLiteral("/connections?property=name==page-1,page-3&orderby=-name"));
    const QJsonArray two = r.object().value(QLatin1String("items")).toArray();
    QCOMPARE(two.size(), 2);
    QCOMPARE(two.at(0)[QLatin1String("name")].toString(), QStringLiteral("page-3"));
    r = m_client->get(flow + QStringLiteral("/connections?property=name==page-1,page-3&limit=1"));
    const QString href = r.object().value(QLatin1String("_links"))[QLatin1String("next")][QLatin1String("href")].toString();
    QVERIFY(href.contains(QLatin1String("property=")));
    QCOMPARE(m_client->get(flow + href).object().value(QLatin1String("items")).toArray().size(), 1);
    QCOMPARE(m_client->get(flow + QStringLiteral("/connections?continuationToken=%%%")).status, 400);
}

void TestSandboxApi::catalogAndMappingPaging()
{
    const QString schemaId = m_client->post(schemas + QStringLiteral("/tenant/schemas"), schemaBody(QStringLiteral("Paging")))
                                 .object().value(QLatin1String("$id")).toString();
    for (int i = 0; i < 25; ++i)
        QCOMPARE(m_client->post(catalog + QStringLiteral("/dataSets"), datasetBody(QStringLiteral("Paged %1").arg(i), schemaId)).status, 201);
    const int all = m_client->get(catalog + QStringLiteral("/dataSets?limit=100")).object().size();
    QVERIFY(all >= 26);
    QCOMPARE(m_client->get(catalog + QStringLiteral("/dataSets")).object().size(), 20); // default limit
    QSet<QString> ids;
    for (int start = 0; start < all; start += 7) {
        const QJsonObject page = m_client->get(catalog + QStringLiteral("/dataSets?limit=7&start=%1").arg(start)).object();
        QVERIFY(page.size() <= 7);
        for (const QString &key : page.keys())
            ids.insert(key);
    }
    QCOMPARE(ids.size(), all);
    QCOMPARE(m_client->get(catalog + QStringLiteral("/dataSets?name=Paged%203,Paged%204")).object().size(), 2);
    QCOMPARE(m_client->get(catalog + QStringLiteral("/dataSets?limit=100&name=!Paged%203")).object().size(), all - 1);

    QJsonObject body = mappingSetBody(schemaId);
    for (int i = 0; i < 3; ++i) {
        body.insert(QStringLiteral("name"), QStringLiteral("paged-mapping"));
        QCOMPARE(m_client->post(conversion + QStringLiteral("/mappingSets"), body).status, 200);
    }
    TestReply r = m_client->get(conversion + QStringLiteral("/mappingSets?name=paged-mapping&limit=2&start=0"));
    QCOMPARE(r.object().value(QLatin1String("data")).toArray().size(), 2);
    r = m_client->get(conversion + QStringLiteral("/mappingSets?name=paged-mapping&limit=2&start=2"));
    QCOMPARE(r.object().value(QLatin1String("data")).toArray().size(), 1);
    r = m_client->get(schemas + QStringLiteral("/tenant/schemas?orderby=title&limit=1"), {{"Accept", "application/vnd.adobe.xed-id+json"}});
    QCOMPARE(r.object().value(QLatin1String("results")).toArray().size(), 1);
    const QString nextStart = r.object().value(QLatin1String("_page"))[QLatin1String("next")].toString();
    QVERIFY(!nextStart.isEmpty());
    r = m_client->get(schemas + QStringLiteral("/tenant/schemas?orderby=title&start=") + QString::fromLatin1(QUrl::toPercentEncoding(nextStart)),
                      {{"Accept", "application/vnd.adobe.xed-id+json"}});
    QCOMPARE(r.object().value(QLatin1String("results")).toArray().at(0)[QLatin1String("title")].toString(), nextStart);
}

void TestSandboxApi::runsFollowTheClock()
{
    const World w = buildWorld(*m_client, QStringLiteral("clock"), false);
    QVERIFY2(w.error.isEmpty(), qPrintable(w.error));
    const qint64 start = QDateTime::currentSecsSinceEpoch() + 3600; // in the future: no runs yet
    const auto runsOf = [this](const QString &flowId) {
        return m_client->get(flow + QStringLiteral("/runs?property=flowId==") + flowId).object().value(QLatin1String("count")).toInt();
    };
    TestReply r = m_client->post(flow + QStringLiteral("/flows"),
                                 flowBody(QStringLiteral("every 15 min"), w.sourceId, w.targetId, w.deltaColumn, w.mappingSetId, 0,
                                          QJsonObject{{"startTime", double(start)}, {"frequency", "minute"}, {"interval", 15}}));
    QCOMPARE(r.status, 201);
    const QString periodic = r.object().value(QLatin1String("id")).toString();
    r = m_client->post(flow + QStringLiteral("/flows"),
                       flowBody(QStringLiteral("once"), w.sourceId, w.targetId, w.deltaColumn, w.mappingSetId, QStringLiteral("0"),
                                QJsonObject{{"startTime", double(start)}, {"frequency", "once"}}));
    QCOMPARE(r.status, 201);
    const QString once = r.object().value(QLatin1String("id")).toString();
    QCOMPARE(runsOf(periodic), 0);
    QCOMPARE(runsOf(once), 0);
    m_server->advanceClock(3600 + 3600 + 10); // one hour past the start: runs at +0, +15, +30, +45, +60 min
    QVERIFY(m_client->authenticate());
    QCOMPARE(runsOf(periodic), 5);
    QCOMPARE(runsOf(once), 1);
    const QJsonArray runs = m_client->get(flow + QStringLiteral("/runs?property=flowId==") + periodic).object().value(QLatin1String("items")).toArray();
    QCOMPARE(runs.at(0)[QLatin1String("metrics")][QLatin1String("durationSummary")][QLatin1String("startedAtUTC")].toDouble(),
             double(start + 3600) * 1000);
    QCOMPARE(runs.at(0)[QLatin1String("metrics")][QLatin1String("statusSummary")][QLatin1String("status")].toString(), QStringLiteral("inProgress"));
}

QTEST_GUILESS_MAIN(TestSandboxApi)
#include "tst_sandboxapi.moc"
