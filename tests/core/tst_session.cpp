// SPDX-License-Identifier: MIT
// Session files: the documented example, round trips with unknown keys, malformed files, no secrets.
#include "session/session.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Dataflow::Core;

namespace {
QByteArray exampleBytes()
{
    QFile f(QStringLiteral(DATAFLOW_SOURCE_DIR "/docs/examples/servicenow-incidents.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}
} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void exampleParsesAndValidates()
    {
        QString error;
        const auto s = SessionFile::parse(exampleBytes(), &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->source.connectionSpecId, QStringLiteral("eb13cb25-47ab-407f-ba89-c0125281c563"));
        QCOMPARE(s->source.columns.size(), 5);
        QVERIFY(s->source.columns.first().raw.isEmpty()); // names only: types come from explore
        QCOMPARE(s->mapping.size(), 4);
        QCOMPARE(s->mapping.at(1).destination, QStringLiteral("person.name.fullName"));
        QVERIFY(!s->schema.isReference());
        QCOMPARE(s->dataflow.schedule.value(QStringLiteral("interval")).toInt(), 1);
        const auto problems = s->validate();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems.first().toString()));
    }

    void roundTripKeepsUnknownKeys()
    {
        QJsonObject root = QJsonDocument::fromJson(exampleBytes()).object();
        root.insert(QStringLiteral("x-team"), QStringLiteral("crm"));
        QJsonObject source = root.value(QStringLiteral("source")).toObject();
        source.insert(QStringLiteral("comment"), QStringLiteral("kept"));
        QJsonObject base = source.value(QStringLiteral("baseConnection")).toObject();
        base.insert(QStringLiteral("owner"), QStringLiteral("ops"));
        source.insert(QStringLiteral("baseConnection"), base);
        root.insert(QStringLiteral("source"), source);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.json"));
        QList<SessionProblem> problems;
        auto s = Session::fromJson(root, &problems);
        QVERIFY(s);
        s->applied.runId = QStringLiteral("0badc0de");
        s->applied.flowId = QStringLiteral("flow-1");
        QVERIFY(!SessionFile::save(path, *s));
        QString error;
        const auto back = SessionFile::load(path, &error);
        QVERIFY2(back, qPrintable(error));
        const QJsonObject saved = back->toJson();
        QCOMPARE(saved.value(QStringLiteral("x-team")).toString(), QStringLiteral("crm"));
        QCOMPARE(saved.value(QStringLiteral("source")).toObject().value(QStringLiteral("comment")).toString(), QStringLiteral("kept"));
        QCOMPARE(saved.value(QStringLiteral("source")).toObject().value(QStringLiteral("baseConnection")).toObject().value(QStringLiteral("owner")).toString(),
                 QStringLiteral("ops"));
        QCOMPARE(back->applied.flowId, QStringLiteral("flow-1"));
        QCOMPARE(back->mapping, s->mapping);
        QCOMPARE(back->toJson(), s->toJson());
    }

    void referenceReplacesDescription()
    {
        QString error;
        auto s = SessionFile::parse(exampleBytes(), &error);
        QVERIFY(s);
        s->schema.id = QStringLiteral("https://ns.adobe.com/demotenant/schemas/abc");
        const QJsonObject schema = s->toJson().value(QStringLiteral("target")).toObject().value(QStringLiteral("schema")).toObject();
        QCOMPARE(schema.keys(), QStringList{QStringLiteral("id")});
    }

    void secretsNeverSaved()
    {
        QString error;
        auto s = SessionFile::parse(exampleBytes(), &error);
        QVERIFY(s);
        s->source.baseConnection.params.insert(QStringLiteral("password"), QStringLiteral("canary-pw-123"));
        s->source.baseConnection.params.insert(QStringLiteral("securityToken"), QStringLiteral("canary-tok-456"));
        QVERIFY(!s->validate().isEmpty()); // a secret in a session is an input error
        const QByteArray bytes = QJsonDocument(s->toJson()).toJson();
        QVERIFY(!bytes.contains("canary-pw-123"));
        QVERIFY(!bytes.contains("canary-tok-456"));
        QVERIFY(bytes.contains("integration")); // the non-secret params stay
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << "";
        QTest::newRow("truncated") << exampleBytes().left(200) << "line";
        QTest::newRow("wrong format") << QByteArray(R"({"format":"other","formatVersion":1})") << "$.format";
        QTest::newRow("future version") << QByteArray(R"({"format":"aep-dataflow-session","formatVersion":2})") << "$.formatVersion";
        QTest::newRow("version string") << QByteArray(R"({"format":"aep-dataflow-session","formatVersion":"1"})") << "$.formatVersion";
        QTest::newRow("columns not array") << QByteArray(R"({"format":"aep-dataflow-session","formatVersion":1,"source":{"columns":"a"}})") << "$.source.columns";
        QTest::newRow("column number") << QByteArray(R"({"format":"aep-dataflow-session","formatVersion":1,"source":{"columns":["a",3]}})") << "$.source.columns[1]";
        QTest::newRow("mapping type") << QByteArray(R"({"format":"aep-dataflow-session","formatVersion":1,"mapping":[{"sourceType":"FORMULA"}]})") << "$.mapping[0].sourceType";
        QTest::newRow("name number") << QByteArray(R"({"format":"aep-dataflow-session","formatVersion":1,"dataflow":{"name":5}})") << "$.dataflow.name";
        QTest::newRow("duplicate keys") << QByteArray(R"({"format":"aep-dataflow-session","format":"x","formatVersion":1})") << "uplicate";
        QTest::newRow("array top") << QByteArray("[1,2]") << "";
        QTest::newRow("raw byte order mark in a string") << QByteArray("{\"format\":\"aep-dataflow-session\",\"formatVersion\":1,\"dataflow\":{\"name\":\"\xEF\xBB\xBFx\"}}") << "byte order mark";
        QTest::newRow("invalid utf8") << QByteArray("{\"format\":\"\xff\xfe\"}") << "";
    }

    void malformed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        QString error;
        QVERIFY(!SessionFile::load(path, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), bytes); // the file stays untouched
    }

    void validateFindsProblems()
    {
        QString error;
        auto s = SessionFile::parse(exampleBytes(), &error);
        QVERIFY(s);
        s->environment.orgId = QStringLiteral("nope");
        s->environment.platformUrl = QStringLiteral("http://platform.example.com");
        s->mapping.append(MappingRow{SourceType::Attribute, QStringLiteral("missing_col"), QStringLiteral("_id"), {}, {}});
        s->dataflow.deltaColumn.insert(QStringLiteral("name"), QStringLiteral("number"));
        QStringList paths;
        for (const auto &p : s->validate())
            paths.append(p.path);
        QVERIFY(paths.contains(QStringLiteral("$.environment.orgId")));
        QVERIFY(paths.contains(QStringLiteral("$.environment.platformUrl")));
        QVERIFY(paths.contains(QStringLiteral("$.mapping[4].source")));
        QVERIFY(paths.contains(QStringLiteral("$.mapping[4].destination"))); // _id twice
    }

    void byteOrderMarkInTextSurvives()
    {
        QString error;
        auto s = SessionFile::parse(exampleBytes(), &error);
        QVERIFY(s);
        s->dataflow.name = QChar(0xFEFF) + QStringLiteral("Incidents");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bom.json"));
        QVERIFY(!SessionFile::save(path, *s));
        const auto back = SessionFile::load(path, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->dataflow.name, s->dataflow.name);
    }

    void tenantPlaceholder()
    {
        QCOMPARE(Session::resolveTenant(QStringLiteral("_{TENANT_ID}.loyalty.level"), QStringLiteral("acme")),
                 QStringLiteral("_acme.loyalty.level"));
    }
};

QTEST_APPLESS_MAIN(TestSession)
#include "tst_session.moc"
