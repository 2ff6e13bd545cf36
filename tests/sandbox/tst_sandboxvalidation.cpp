// SPDX-License-Identifier: MIT
// Header enforcement and body validation: status, code and error-body format of each rule.
#include "sandboxfixtures.h"
#include "sandboxserver.h"

#include <QTest>

using namespace Dataflow::Sandbox;
using namespace SandboxPaths;
using namespace SandboxFixtures;

class TestSandboxValidation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void gatewayHeaders_data();
    void gatewayHeaders();
    void sandboxHeader();
    void contentType();
    void expiredToken();
    void schemaRegistryAccept();
    void connectionRules();
    void sourceConnectionRules();
    void targetConnectionRules();
    void flowRules_data();
    void flowRules();
    void scheduleRules_data();
    void scheduleRules();
    void etagRules();
    void deleteConnectionInUse();
    void schemaRules();
    void datasetRules();
    void mappingSetRules();
    void listQueryRules();

private:
    QJsonObject validFlow() const;

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
    World m_world;
};

void TestSandboxValidation::initTestCase()
{
    SandboxConfig config;
    config.tokenLifetimeSeconds = 3600;
    m_server = std::make_unique<SandboxServer>(config);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_client = std::make_unique<SandboxTestClient>(m_server->url());
    QVERIFY(m_client->authenticate());
    m_world = buildWorld(*m_client, QStringLiteral("validation"), false);
    QVERIFY2(m_world.error.isEmpty(), qPrintable(m_world.error));
}

QJsonObject TestSandboxValidation::validFlow() const
{
    return flowBody(QStringLiteral("flow"), m_world.sourceId, m_world.targetId, m_world.deltaColumn,
                    m_world.mappingSetId, 0, hourly(1767225600));
}

void TestSandboxValidation::gatewayHeaders_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("no token") << QByteArray("Authorization") << QByteArray() << 401 << QStringLiteral("403010");
    QTest::newRow("unknown token") << QByteArray("Authorization") << QByteArray("Bearer forged") << 401 << QStringLiteral("401013");
    QTest::newRow("not bearer") << QByteArray("Authorization") << QByteArray("Basic abc") << 401 << QStringLiteral("401013");
    QTest::newRow("no api key") << QByteArray("x-api-key") << QByteArray() << 403 << QStringLiteral("403000");
    QTest::newRow("wrong api key") << QByteArray("x-api-key") << QByteArray("other") << 403 << QStringLiteral("403003");
    QTest::newRow("no org") << QByteArray("x-gw-ims-org-id") << QByteArray() << 400 << QStringLiteral("400003");
    QTest::newRow("wrong org") << QByteArray("x-gw-ims-org-id") << QByteArray("X@AdobeOrg") << 403 << QStringLiteral("403027");
}

void TestSandboxValidation::gatewayHeaders()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    QFETCH(int, status);
    QFETCH(QString, code);
    for (const QString &path : {flow + QStringLiteral("/connections"), catalog + QStringLiteral("/dataSets")}) {
        const TestReply r = m_client->get(path, {{header, value}});
        QCOMPARE(r.status, status);
        QCOMPARE(r.object().value(QLatin1String("error_code")).toString(), code);
        QVERIFY(!r.object().value(QLatin1String("message")).toString().isEmpty());
    }
}

void TestSandboxValidation::sandboxHeader()
{
    TestReply r = m_client->get(flow + QStringLiteral("/connections"), {{"x-sandbox-name", QByteArray()}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("FLOW-2105-400"));
    QVERIFY(!r.object().value(QLatin1String("report"))[QLatin1String("request-id")].toString().isEmpty());
    QCOMPARE(r.object().value(QLatin1String("status")).toInt(), 400);
    QVERIFY(r.object().contains(QLatin1String("errorMessage")));
    r = m_client->get(catalog + QStringLiteral("/dataSets"), {{"x-sandbox-name", QByteArray()}});
    QCOMPARE(r.status, 400);
    r = m_client->get(flow + QStringLiteral("/connections"), {{"x-sandbox-name", "staging"}});
    QCOMPARE(r.status, 403);
    r = m_client->get(schemas + QStringLiteral("/stats"), {{"x-sandbox-name", "staging"}});
    QCOMPARE(r.status, 403);
}

void TestSandboxValidation::contentType()
{
    const QByteArray body = QJsonDocument(sscConnectionBody(QStringLiteral("ct"))).toJson();
    TestReply r = m_client->send("POST", flow + QStringLiteral("/connections"), body, {{"Content-Type", "text/plain"}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.object().value(QLatin1String("title")).toString(), QStringLiteral("BadRequestError"));
    QCOMPARE(r.object().value(QLatin1String("detail")).toString(), QStringLiteral("A valid content-type must be specified"));
    r = m_client->send("POST", catalog + QStringLiteral("/dataSets"), body, {{"Content-Type", QByteArray()}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.object().value(QLatin1String("title")).toString(), QStringLiteral("BadRequestError"));
    r = m_client->send("POST", flow + QStringLiteral("/connections"), body, {{"Content-Type", "application/json; charset=utf-8"}});
    QCOMPARE(r.status, 201);
    // PATCH also takes application/json-patch+json.
    const QString id = r.object().value(QLatin1String("id")).toString();
    const QByteArray etag = r.object().value(QLatin1String("etag")).toString().toUtf8();
    const QByteArray patch = R"([{"op":"replace","path":"/name","value":"ct2"}])";
    r = m_client->send("PATCH", flow + QStringLiteral("/connections/") + id, patch,
                       {{"Content-Type", "application/json-patch+json"}, {"If-Match", etag}});
    QCOMPARE(r.status, 200);
}

void TestSandboxValidation::expiredToken()
{
    const TestReply before = m_client->get(flow + QStringLiteral("/connectionSpecs"));
    QCOMPARE(before.status, 200);
    m_server->advanceClock(3601);
    const TestReply after = m_client->get(flow + QStringLiteral("/connectionSpecs"));
    QCOMPARE(after.status, 401);
    QCOMPARE(after.object().value(QLatin1String("error_code")).toString(), QStringLiteral("401013"));
    QVERIFY(m_client->authenticate());
    QCOMPARE(m_client->get(flow + QStringLiteral("/connectionSpecs")).status, 200);
}

void TestSandboxValidation::schemaRegistryAccept()
{
    const QString id = QString::fromLatin1(QUrl::toPercentEncoding(m_world.schemaId));
    TestReply r = m_client->get(schemas + QStringLiteral("/tenant/schemas"), {{"Accept", "application/vnd.adobe.xed-id+json; version=1"}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("XDM-1006-400"));
    QVERIFY(!r.object().value(QLatin1String("report"))[QLatin1String("registryRequestId")].toString().isEmpty());
    r = m_client->get(schemas + QStringLiteral("/tenant/schemas"));
    QCOMPARE(r.errorCode(), QStringLiteral("XDM-1006-400"));
    r = m_client->get(schemas + QStringLiteral("/tenant/schemas/") + id, {{"Accept", "application/vnd.adobe.xed-full+json"}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("XDM-1007-400"));
    QVERIFY(r.object().contains(QLatin1String("detail")));
    r = m_client->get(schemas + QStringLiteral("/tenant/schemas/") + id, {{"Accept", "application/json"}});
    QCOMPARE(r.errorCode(), QStringLiteral("XDM-1007-400"));
    r = m_client->get(schemas + QStringLiteral("/tenant/schemas/") + id, {{"Accept", "application/vnd.adobe.xed-full-notext+json; version=1"}});
    QCOMPARE(r.status, 200);
    QVERIFY(!r.object().value(QLatin1String("properties"))[QLatin1String("person")].toObject().contains(QLatin1String("title")));
}

void TestSandboxValidation::connectionRules()
{
    QJsonObject body = sscConnectionBody(QStringLiteral("rules"));
    body.insert(QStringLiteral("connectionSpec"), QJsonObject{{"id", "00000000-0000-0000-0000-000000000000"}});
    TestReply r = m_client->post(flow + QStringLiteral("/connections"), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("FLOW-1413-400"));

    body = sscConnectionBody(QStringLiteral("rules"));
    QJsonObject auth = body.value(QLatin1String("auth")).toObject();
    auth.insert(QStringLiteral("specName"), QStringLiteral("Magic Auth"));
    body.insert(QStringLiteral("auth"), auth);
    r = m_client->post(flow + QStringLiteral("/connections"), body);
    QCOMPARE(r.errorCode(), QStringLiteral("FLOW-1415-400"));

    body = sscConnectionBody(QStringLiteral("rules"));
    auth = body.value(QLatin1String("auth")).toObject();
    QJsonObject params = auth.value(QLatin1String("params")).toObject();
    params.remove(QStringLiteral("clientSecret"));
    auth.insert(QStringLiteral("params"), params);
    body.insert(QStringLiteral("auth"), auth);
    r = m_client->post(flow + QStringLiteral("/connections"), body);
    QCOMPARE(r.status, 400);
    QVERIFY2(r.object().value(QLatin1String("errorMessage")).toString().contains(QLatin1String("clientSecret")), r.body.constData());

    r = m_client->send("POST", flow + QStringLiteral("/connections"), "{not json");
    QCOMPARE(r.status, 400);
    QVERIFY(r.errorCode().startsWith(QLatin1String("FLOW-")));
}

void TestSandboxValidation::sourceConnectionRules()
{
    const auto expectBad = [this](const QJsonObject &body, const QString &fragment) {
        const TestReply r = m_client->post(flow + QStringLiteral("/sourceConnections"), body);
        QCOMPARE(r.status, 400);
        QVERIFY2(r.object().value(QLatin1String("errorMessage")).toString().contains(fragment, Qt::CaseInsensitive), r.body.constData());
    };
    const QJsonObject good = sourceBody(QStringLiteral("s"), m_world.connectionId, QStringLiteral("Contact"), m_world.columns);
    QJsonObject body = good;
    body.insert(QStringLiteral("baseConnectionId"), QStringLiteral("missing"));
    expectBad(body, QStringLiteral("not found"));
    body = good;
    body.insert(QStringLiteral("connectionSpec"), QJsonObject{{"id", serviceNowSpec}});
    expectBad(body, QStringLiteral("differs"));
    body = good;
    body.insert(QStringLiteral("data"), QJsonObject{{"format", "parquet"}});
    expectBad(body, QStringLiteral("tabular"));
    body = good;
    body.insert(QStringLiteral("params"), QJsonObject{{"tableName", "incident"}, {"columns", QJsonArray()}});
    expectBad(body, QStringLiteral("does not exist"));
    body = good;
    body.insert(QStringLiteral("params"), QJsonObject{{"tableName", "Contact"}, {"columns", QJsonArray{QJsonObject{{"name", "NoSuchColumn"}}}}});
    expectBad(body, QStringLiteral("NoSuchColumn"));
}

void TestSandboxValidation::targetConnectionRules()
{
    const QString otherSchema = m_client->post(schemas + QStringLiteral("/tenant/schemas"), schemaBody(QStringLiteral("Other schema")))
                                    .object().value(QLatin1String("$id")).toString();
    TestReply r = m_client->post(flow + QStringLiteral("/targetConnections"), targetBody(QStringLiteral("t"), otherSchema, m_world.dataSetId));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("FLOW-1425-400"));
    r = m_client->post(flow + QStringLiteral("/targetConnections"), targetBody(QStringLiteral("t"), m_world.schemaId, QStringLiteral("000000000000000000000000")));
    QCOMPARE(r.status, 400);
    r = m_client->post(flow + QStringLiteral("/targetConnections"), targetBody(QStringLiteral("t"), QStringLiteral("https://ns.adobe.com/demotenant/schemas/none"), m_world.dataSetId));
    QCOMPARE(r.status, 400);
    QJsonObject body = targetBody(QStringLiteral("t"), m_world.schemaId, m_world.dataSetId);
    body.insert(QStringLiteral("connectionSpec"), QJsonObject{{"id", sscSpec}});
    r = m_client->post(flow + QStringLiteral("/targetConnections"), body);
    QCOMPARE(r.status, 400);
}

void TestSandboxValidation::flowRules_data()
{
    QTest::addColumn<QString>("mutation");
    QTest::addColumn<QString>("code");
    QTest::newRow("state") << QStringLiteral("state") << QStringLiteral("FLOW-1410-400");
    QTest::newRow("flow spec") << QStringLiteral("flowSpec") << QStringLiteral("FLOW-1413-400");
    QTest::newRow("mapping version") << QStringLiteral("mappingVersion") << QStringLiteral("FLOW-1412-400");
    QTest::newRow("mapping id") << QStringLiteral("mappingId") << QStringLiteral("FLOW-1412-400");
    QTest::newRow("mapping schema") << QStringLiteral("mappingSchema") << QStringLiteral("FLOW-1425-400");
    QTest::newRow("delta column") << QStringLiteral("deltaColumn") << QStringLiteral("FLOW-1400-400");
    QTest::newRow("delta not date-time") << QStringLiteral("deltaNotDate") << QStringLiteral("FLOW-1400-400");
    QTest::newRow("source missing") << QStringLiteral("source") << QStringLiteral("FLOW-1400-400");
    QTest::newRow("bad options") << QStringLiteral("options") << QStringLiteral("FLOW-1400-400");
}

void TestSandboxValidation::flowRules()
{
    QFETCH(QString, mutation);
    QFETCH(QString, code);
    QJsonObject body = validFlow();
    QJsonArray transformations = body.value(QLatin1String("transformations")).toArray();
    const auto setParams = [&transformations](int index, const QJsonObject &params) {
        QJsonObject t = transformations.at(index).toObject();
        t.insert(QStringLiteral("params"), params);
        transformations.replace(index, t);
    };
    if (mutation == QLatin1String("state")) {
        body.insert(QStringLiteral("state"), QStringLiteral("enabled"));
    } else if (mutation == QLatin1String("flowSpec")) {
        body.insert(QStringLiteral("flowSpec"), QJsonObject{{"id", "9753525b-82c7-4dce-8a9b-5ccfce2b9876"}, {"version", "1.0"}});
    } else if (mutation == QLatin1String("mappingVersion")) {
        setParams(1, QJsonObject{{"mappingId", m_world.mappingSetId}, {"mappingVersion", 3}});
    } else if (mutation == QLatin1String("mappingId")) {
        setParams(1, QJsonObject{{"mappingId", "0123"}, {"mappingVersion", 0}});
    } else if (mutation == QLatin1String("mappingSchema")) {
        const QString other = m_client->post(schemas + QStringLiteral("/tenant/schemas"), schemaBody(QStringLiteral("Mapping mismatch")))
                                  .object().value(QLatin1String("$id")).toString();
        const QString mapping = m_client->post(conversion + QStringLiteral("/mappingSets"), mappingSetBody(other))
                                    .object().value(QLatin1String("id")).toString();
        QVERIFY(!mapping.isEmpty());
        setParams(1, QJsonObject{{"mappingId", mapping}, {"mappingVersion", "0"}});
    } else if (mutation == QLatin1String("deltaColumn")) {
        setParams(0, QJsonObject{{"deltaColumn", QJsonObject{{"name", "NoSuchColumn"}}}});
    } else if (mutation == QLatin1String("deltaNotDate")) {
        setParams(0, QJsonObject{{"deltaColumn", QJsonObject{{"name", "Email"}}}});
    } else if (mutation == QLatin1String("source")) {
        body.insert(QStringLiteral("sourceConnectionIds"), QJsonArray{QStringLiteral("missing")});
    } else if (mutation == QLatin1String("options")) {
        body.insert(QStringLiteral("options"), QJsonObject{{"partialIngestionPercent", 0}});
    }
    body.insert(QStringLiteral("transformations"), transformations);
    const TestReply r = m_client->post(flow + QStringLiteral("/flows"), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), code);
    QCOMPARE(r.object().value(QLatin1String("status")).toInt(), 400);
    QVERIFY(r.object().contains(QLatin1String("title")));
}

void TestSandboxValidation::scheduleRules_data()
{
    QTest::addColumn<QJsonObject>("schedule");
    QTest::addColumn<bool>("accepted");
    const double start = 1767225600;
    QTest::newRow("minute 15") << QJsonObject{{"startTime", start}, {"frequency", "minute"}, {"interval", 15}} << true;
    QTest::newRow("minute 10") << QJsonObject{{"startTime", start}, {"frequency", "minute"}, {"interval", 10}} << false;
    QTest::newRow("once") << QJsonObject{{"startTime", start}, {"frequency", "once"}} << true;
    QTest::newRow("once with interval") << QJsonObject{{"startTime", start}, {"frequency", "once"}, {"interval", 1}} << false;
    QTest::newRow("once with backfill") << QJsonObject{{"startTime", start}, {"frequency", "once"}, {"backfill", true}} << false;
    QTest::newRow("hour no interval") << QJsonObject{{"startTime", start}, {"frequency", "hour"}} << false;
    QTest::newRow("interval 0") << QJsonObject{{"startTime", start}, {"frequency", "day"}, {"interval", 0}} << false;
    QTest::newRow("string epoch") << QJsonObject{{"startTime", "1767225600"}, {"frequency", "hour"}, {"interval", 1}} << false;
    QTest::newRow("milliseconds") << QJsonObject{{"startTime", start * 1000}, {"frequency", "hour"}, {"interval", 1}} << false;
    QTest::newRow("bad frequency") << QJsonObject{{"startTime", start}, {"frequency", "month"}, {"interval", 1}} << false;
    QTest::newRow("week") << QJsonObject{{"startTime", start}, {"frequency", "week"}, {"interval", 2}, {"backfill", false}} << true;
}

void TestSandboxValidation::scheduleRules()
{
    QFETCH(QJsonObject, schedule);
    QFETCH(bool, accepted);
    QJsonObject body = validFlow();
    body.insert(QStringLiteral("scheduleParams"), schedule);
    const TestReply r = m_client->post(flow + QStringLiteral("/flows"), body);
    QCOMPARE(r.status, accepted ? 201 : 400);
    if (!accepted)
        QCOMPARE(r.errorCode(), QStringLiteral("FLOW-1400-400"));
    else
        QCOMPARE(m_client->del(flow + QStringLiteral("/flows/") + r.object().value(QLatin1String("id")).toString()).status, 204);
}

void TestSandboxValidation::etagRules()
{
    TestReply r = m_client->post(flow + QStringLiteral("/flows"), validFlow());
    QCOMPARE(r.status, 201);
    const QString id = r.object().value(QLatin1String("id")).toString();
    const QByteArray etag = r.object().value(QLatin1String("etag")).toString().toUtf8();
    const QJsonArray patch{QJsonObject{{"op", "replace"}, {"path", "/name"}, {"value", "renamed"}}};
    r = m_client->patch(flow + QStringLiteral("/flows/") + id, patch, QByteArray());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("FLOW-1403-400"));
    r = m_client->patch(flow + QStringLiteral("/flows/") + id, patch, "\"0000\"");
    QCOMPARE(r.status, 412);
    QCOMPARE(r.errorCode(), QStringLiteral("FLOW-1404-412"));
    r = m_client->send("PATCH", flow + QStringLiteral("/flows/") + id, R"({"op":"replace"})", {{"If-Match", etag}});
    QCOMPARE(r.status, 400); // not an array
    r = m_client->patch(flow + QStringLiteral("/flows/") + id, patch, etag);
    QCOMPARE(r.status, 200);
    r = m_client->patch(flow + QStringLiteral("/flows/") + id, patch, etag); // now stale
    QCOMPARE(r.status, 412);
    const QByteArray fresh = m_client->get(flow + QStringLiteral("/flows/") + id).object().value(QLatin1String("items"))
                                 .toArray().at(0)[QLatin1String("etag")].toString().toUtf8();
    r = m_client->patch(flow + QStringLiteral("/flows/") + id,
                        QJsonArray{QJsonObject{{"op", "replace"}, {"path", "/scheduleParams/interval"}, {"value", 0}}}, fresh);
    QCOMPARE(r.status, 400); // a patched flow is validated again
    r = m_client->patch(flow + QStringLiteral("/flows/") + id,
                        QJsonArray{QJsonObject{{"op", "replace"}, {"path", "/flowSpec/id"}, {"value", "x"}}}, fresh);
    QCOMPARE(r.errorCode(), QStringLiteral("FLOW-1414-400"));
    QCOMPARE(m_client->del(flow + QStringLiteral("/flows/") + id).status, 204);
}

void TestSandboxValidation::deleteConnectionInUse()
{
    const World w = buildWorld(*m_client, QStringLiteral("in-use"));
    QVERIFY2(w.error.isEmpty(), qPrintable(w.error));
    TestReply r = m_client->del(flow + QStringLiteral("/connections/") + w.connectionId);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("FLOW-1418-400"));
    QCOMPARE(m_client->del(flow + QStringLiteral("/flows/") + w.flowId).status, 204);
    QCOMPARE(m_client->del(flow + QStringLiteral("/connections/") + w.connectionId).status, 204);
    r = m_client->del(flow + QStringLiteral("/connections/") + w.connectionId);
    QCOMPARE(r.errorCode(), QStringLiteral("FLOW-1439-404"));
}

void TestSandboxValidation::schemaRules()
{
    TestReply r = m_client->post(schemas + QStringLiteral("/tenant/schemas"), schemaBody(QStringLiteral("Schema validation")));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("XDM-3005-400"));
    QVERIFY(r.object().value(QLatin1String("title")).toString().contains(QLatin1String("Title must be unique")));
    QJsonObject body = schemaBody(QStringLiteral("Two classes"));
    body.insert(QStringLiteral("allOf"), QJsonArray{QJsonObject{{"$ref", profileClass}},
                                                    QJsonObject{{"$ref", "https://ns.adobe.com/xdm/context/experienceevent"}}});
    QCOMPARE(m_client->post(schemas + QStringLiteral("/tenant/schemas"), body).status, 400);
    body.insert(QStringLiteral("allOf"), QJsonArray{QJsonObject{{"$ref", "https://ns.adobe.com/xdm/context/profile-person-details"}}});
    QCOMPARE(m_client->post(schemas + QStringLiteral("/tenant/schemas"), body).status, 400); // no class
    body.insert(QStringLiteral("allOf"), QJsonArray{QJsonObject{{"$ref", profileClass}}, QJsonObject{{"$ref", "https://ns.adobe.com/xdm/unknown"}}});
    QCOMPARE(m_client->post(schemas + QStringLiteral("/tenant/schemas"), body).status, 400);
    body.remove(QStringLiteral("title"));
    QCOMPARE(m_client->post(schemas + QStringLiteral("/tenant/schemas"), body).status, 400);
}

void TestSandboxValidation::datasetRules()
{
    TestReply r = m_client->post(catalog + QStringLiteral("/dataSets"), QJsonObject{{"name", "no schema"}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.errorCode().startsWith(QLatin1String("CAT-")));
    r = m_client->post(catalog + QStringLiteral("/dataSets"), datasetBody(QString(), m_world.schemaId));
    QCOMPARE(r.status, 400);
    r = m_client->post(catalog + QStringLiteral("/dataSets"), datasetBody(QStringLiteral("x"), QStringLiteral("https://ns.adobe.com/demotenant/schemas/none")));
    QCOMPARE(r.status, 400);
    QCOMPARE(m_client->get(catalog + QStringLiteral("/dataSets?limit=0")).status, 400);
    QCOMPARE(m_client->get(catalog + QStringLiteral("/dataSets?limit=101")).status, 400);
    QCOMPARE(m_client->get(catalog + QStringLiteral("/dataSets/ffffffffffffffffffffffff")).status, 404);
}

void TestSandboxValidation::mappingSetRules()
{
    QJsonObject body = mappingSetBody(m_world.schemaId);
    QJsonArray mappings = body.value(QLatin1String("mappings")).toArray();
    mappings.append(QJsonObject{{"sourceType", "ATTRIBUTE"}, {"source", "Id"}, {"destination", "person.nope"}});
    body.insert(QStringLiteral("mappings"), mappings);
    TestReply r = m_client->post(conversion + QStringLiteral("/mappingSets"), body);
    QCOMPARE(r.status, 400);
    QVERIFY(r.object().value(QLatin1String("detail")).toString().contains(QLatin1String("person.nope")));
    r = m_client->post(conversion + QStringLiteral("/mappingSets/validate"), body);
    QCOMPARE(r.status, 200);
    const QJsonArray results = r.object().value(QLatin1String("validationResponse")).toArray();
    QCOMPARE(results.last()[QLatin1String("status")].toString(), QStringLiteral("FAILED"));
    QCOMPARE(results.last()[QLatin1String("errors")][0][QLatin1String("destination")].toString(), QStringLiteral("person.nope"));
    // An object node is not a leaf.
    body = mappingSetBody(m_world.schemaId);
    body.insert(QStringLiteral("mappings"), QJsonArray{QJsonObject{{"sourceType", "ATTRIBUTE"}, {"source", "Id"}, {"destination", "person.name"}}});
    QCOMPARE(m_client->post(conversion + QStringLiteral("/mappingSets"), body).status, 400);
    body.insert(QStringLiteral("mappings"), QJsonArray{QJsonObject{{"sourceType", "EXPRESSION"}, {"source", "frobnicate(Id)"}, {"destination", "_id"}}});
    QCOMPARE(m_client->post(conversion + QStringLiteral("/mappingSets"), body).status, 400);
    body = mappingSetBody(QStringLiteral("https://ns.adobe.com/demotenant/schemas/none"));
    QCOMPARE(m_client->post(conversion + QStringLiteral("/mappingSets"), body).status, 400);
    QCOMPARE(m_client->get(conversion + QStringLiteral("/mappingSets/nope")).status, 404);
}

void TestSandboxValidation::listQueryRules()
{
    TestReply r = m_client->get(flow + QStringLiteral("/connections?count=true&limit=5"));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("FLOW-1401-400"));
    r = m_client->get(flow + QStringLiteral("/connections?property=name~abc"));
    QCOMPARE(r.errorCode(), QStringLiteral("FLOW-1440-400"));
    r = m_client->get(flow + QStringLiteral("/connections?property=%3D%3Dabc"));
    QCOMPARE(r.errorCode(), QStringLiteral("FLOW-1449-400"));
}

QTEST_GUILESS_MAIN(TestSandboxValidation)
#include "tst_sandboxvalidation.moc"
