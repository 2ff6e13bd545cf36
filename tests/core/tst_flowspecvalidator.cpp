// SPDX-License-Identifier: MIT
#include "api/flowspecvalidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using Dataflow::Core::FieldProblem;
using Dataflow::Core::FlowSpecCache;
using Dataflow::Core::FlowSpecValidator;

namespace {

QJsonObject fixture()
{
    QFile f(QStringLiteral(DATAFLOW_TEST_DATA "/flowspec-crmtoaep.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", text);
    return doc.object();
}

QString describe(const QList<FieldProblem> &problems)
{
    QStringList out;
    for (const FieldProblem &p : problems)
        out << QStringLiteral("%1: %2 [%3]").arg(p.field, p.message, p.technical);
    return out.isEmpty() ? QStringLiteral("<no problems>") : out.join(QStringLiteral("; "));
}

// Checks that @p problems has exactly one problem for @p field, with @p fragment in its message.
void checkProblems(const QList<FieldProblem> &problems, const QString &field, const QString &fragment)
{
    if (field.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
        return;
    }
    int matching = 0;
    for (const FieldProblem &p : problems) {
        QVERIFY2(!p.message.isEmpty() && p.message.at(0).isUpper() && p.message.endsWith(QLatin1Char('.')),
                 qPrintable(p.message));
        QVERIFY2(!p.message.contains(QLatin1String("constraint")), qPrintable(p.message));
        QVERIFY2(!p.technical.isEmpty(), qPrintable(describe(problems)));
        if (p.field == field) {
            ++matching;
            QVERIFY2(p.message.contains(fragment), qPrintable(describe(problems)));
        }
    }
    QVERIFY2(matching == 1, qPrintable(QStringLiteral("expected one problem for %1, got: %2").arg(field, describe(problems))));
}

} // namespace

class TestFlowSpecValidator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void buildsFromFixture();
    void acceptsItemsWrapper();
    void refusesSpecWithoutSchedule();
    void refusesBrokenSchema();
    void schedule_data();
    void schedule();
    void options_data();
    void options();
    void transformations_data();
    void transformations();
    void unknownTransformation();
    void typeListInSchema();
    void cacheRoundTrip();

private:
    QJsonObject m_spec;
    std::optional<FlowSpecValidator> m_validator;
    std::optional<FlowSpecValidator> m_sandboxValidator; // the emulator's spec, worded differently
};

void TestFlowSpecValidator::initTestCase()
{
    m_spec = fixture();
    QVERIFY(!m_spec.isEmpty());
    QString error;
    m_validator = FlowSpecValidator::fromFlowSpec(m_spec, &error);
    QVERIFY2(m_validator.has_value(), qPrintable(error));

    // The local emulator serves its own copy (then: not/anyOf instead of allOf/not; the messages
    // must come out the same).
    QFile sandbox(QStringLiteral(DATAFLOW_SOURCE_DIR "/resources/sandbox/flow-specs.json"));
    QVERIFY2(sandbox.open(QIODevice::ReadOnly), qPrintable(sandbox.fileName()));
    m_sandboxValidator = FlowSpecValidator::fromFlowSpec(QJsonDocument::fromJson(sandbox.readAll()).object(), &error);
    QVERIFY2(m_sandboxValidator.has_value(), qPrintable(error));
}

void TestFlowSpecValidator::buildsFromFixture()
{
    QCOMPARE(m_validator->flowSpecId(), QStringLiteral("14518937-270c-4525-bdec-c2ba7cce3860"));
    QCOMPARE(m_validator->flowSpecVersion(), QStringLiteral("1.0"));
    QCOMPARE(m_validator->transformationNames(), (QStringList{QStringLiteral("Copy"), QStringLiteral("Mapping")}));
    // Copies share the compiled schemas and work independently.
    const FlowSpecValidator copy = *m_validator;
    QVERIFY(copy.validateSchedule(json(R"({"startTime": 1767225600, "frequency": "once"})")).isEmpty());
}

void TestFlowSpecValidator::acceptsItemsWrapper()
{
    QString error;
    const auto v = FlowSpecValidator::fromFlowSpec(QJsonObject{{QStringLiteral("items"), QJsonArray{m_spec}}}, &error);
    QVERIFY2(v.has_value(), qPrintable(error));
    QCOMPARE(v->flowSpecId(), m_validator->flowSpecId());
    QVERIFY(!v->validateSchedule(json(R"({"startTime": 1767225600, "frequency": "hour"})")).isEmpty());

    // Older documents call the list "transformationSpec".
    QJsonObject old = m_spec;
    old.insert(QStringLiteral("transformationSpec"), old.take(QStringLiteral("transformationSpecs")));
    const auto v2 = FlowSpecValidator::fromFlowSpec(old, &error);
    QVERIFY2(v2.has_value(), qPrintable(error));
    QCOMPARE(v2->transformationNames().size(), 2);
}

void TestFlowSpecValidator::refusesSpecWithoutSchedule()
{
    QJsonObject spec = m_spec;
    spec.remove(QStringLiteral("scheduleSpec"));
    QString error;
    QVERIFY(!FlowSpecValidator::fromFlowSpec(spec, &error));
    QVERIFY2(error.contains(QLatin1String("scheduleSpec")), qPrintable(error));
    QVERIFY(!FlowSpecValidator::fromFlowSpec(QJsonObject{}, &error));
}

void TestFlowSpecValidator::refusesBrokenSchema()
{
    // valijson would abort() on this without exceptions enabled; the validator must report it.
    QJsonObject spec = m_spec;
    QJsonObject schedule = spec.value(QStringLiteral("scheduleSpec")).toObject();
    schedule.insert(QStringLiteral("spec"), json(R"({"type": "object", "properties": {"a": {"type": "nonsense"}}})"));
    spec.insert(QStringLiteral("scheduleSpec"), schedule);
    QString error;
    QVERIFY(!FlowSpecValidator::fromFlowSpec(spec, &error));
    QVERIFY2(error.contains(QLatin1String("scheduleSpec")), qPrintable(error));
}

void TestFlowSpecValidator::schedule_data()
{
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<QString>("field");    // empty: valid
    QTest::addColumn<QString>("fragment");
    // The QT-NOTES.md table.
    QTest::newRow("minute 15") << QByteArray(R"({"startTime":1767225600,"frequency":"minute","interval":15})") << QString() << QString();
    QTest::newRow("minute 10") << QByteArray(R"({"startTime":1767225600,"frequency":"minute","interval":10})")
                               << QStringLiteral("scheduleParams.interval")
                               << QStringLiteral("The interval must be at least 15 minutes when the frequency is minute.");
    QTest::newRow("once with interval") << QByteArray(R"({"startTime":1767225600,"frequency":"once","interval":1})")
                                        << QStringLiteral("scheduleParams.interval") << QStringLiteral("Leave the interval empty");
    QTest::newRow("once") << QByteArray(R"({"startTime":1767225600,"frequency":"once"})") << QString() << QString();
    QTest::newRow("string startTime") << QByteArray(R"({"startTime":"1767225600","frequency":"hour","interval":1})")
                                      << QStringLiteral("scheduleParams.startTime") << QStringLiteral("not text");
    QTest::newRow("hour without interval") << QByteArray(R"({"startTime":1767225600,"frequency":"hour"})")
                                           << QStringLiteral("scheduleParams.interval")
                                           << QStringLiteral("required unless the frequency is once");
    // More outcomes of the if/then/else and types.
    QTest::newRow("once with backfill") << QByteArray(R"({"startTime":1767225600,"frequency":"once","backfill":true})")
                                        << QStringLiteral("scheduleParams.backfill") << QStringLiteral("Backfill cannot be set");
    QTest::newRow("milliseconds") << QByteArray(R"({"startTime":1767225600000,"frequency":"day","interval":1})")
                                  << QStringLiteral("scheduleParams.startTime") << QStringLiteral("looks like milliseconds; use seconds");
    QTest::newRow("milliseconds once") << QByteArray(R"({"startTime":1767225600000,"frequency":"once"})")
                                       << QStringLiteral("scheduleParams.startTime") << QStringLiteral("milliseconds");
    QTest::newRow("after 2038 is fine") << QByteArray(R"({"startTime":2200000000,"frequency":"week","interval":2})") << QString() << QString();
    QTest::newRow("hour interval 0") << QByteArray(R"({"startTime":1767225600,"frequency":"hour","interval":0})")
                                     << QStringLiteral("scheduleParams.interval") << QStringLiteral("The interval must be at least 1.");
    QTest::newRow("interval as text") << QByteArray(R"({"startTime":1767225600,"frequency":"hour","interval":"15"})")
                                      << QStringLiteral("scheduleParams.interval") << QStringLiteral("a whole number");
    QTest::newRow("fractional interval") << QByteArray(R"({"startTime":1767225600,"frequency":"day","interval":1.5})")
                                         << QStringLiteral("scheduleParams.interval") << QStringLiteral("a whole number");
    QTest::newRow("unknown frequency") << QByteArray(R"({"startTime":1767225600,"frequency":"yearly","interval":1})")
                                       << QStringLiteral("scheduleParams.frequency")
                                       << QStringLiteral("once, minute, hour, day, week");
    QTest::newRow("missing startTime") << QByteArray(R"({"frequency":"once"})") << QStringLiteral("scheduleParams.startTime")
                                       << QStringLiteral("Choose a start time.");
    QTest::newRow("missing frequency") << QByteArray(R"({"startTime":1767225600})") << QStringLiteral("scheduleParams.frequency")
                                       << QStringLiteral("Choose a frequency.");
    QTest::newRow("backfill as text") << QByteArray(R"({"startTime":1767225600,"frequency":"hour","interval":1,"backfill":"yes"})")
                                      << QStringLiteral("scheduleParams.backfill") << QStringLiteral("true or false");
    QTest::newRow("day with backfill") << QByteArray(R"({"startTime":1767225600,"frequency":"day","interval":1,"backfill":false})")
                                       << QString() << QString();
}

void TestFlowSpecValidator::schedule()
{
    QFETCH(QByteArray, params);
    QFETCH(QString, field);
    QFETCH(QString, fragment);
    checkProblems(m_validator->validateSchedule(json(params.constData())), field, fragment);
    checkProblems(m_sandboxValidator->validateSchedule(json(params.constData())), field, fragment);
}

void TestFlowSpecValidator::options_data()
{
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("empty") << QByteArray("{}") << QString() << QString();
    QTest::newRow("both") << QByteArray(R"({"errorDiagnosticsEnabled":true,"partialIngestionPercent":10})") << QString() << QString();
    QTest::newRow("fractional percent") << QByteArray(R"({"partialIngestionPercent":0.5})") << QString() << QString();
    QTest::newRow("percent 0") << QByteArray(R"({"partialIngestionPercent":0})") << QStringLiteral("options.partialIngestionPercent")
                               << QStringLiteral("must be greater than 0");
    QTest::newRow("percent 150") << QByteArray(R"({"partialIngestionPercent":150})") << QStringLiteral("options.partialIngestionPercent")
                                 << QStringLiteral("must be at most 100");
    QTest::newRow("percent as text") << QByteArray(R"({"partialIngestionPercent":"10"})")
                                     << QStringLiteral("options.partialIngestionPercent") << QStringLiteral("must be a number");
    QTest::newRow("diagnostics as text") << QByteArray(R"({"errorDiagnosticsEnabled":"true"})")
                                         << QStringLiteral("options.errorDiagnosticsEnabled") << QStringLiteral("true or false");
    QTest::newRow("unknown option") << QByteArray(R"({"errorDiagnostics":true})") << QStringLiteral("options.errorDiagnostics")
                                    << QStringLiteral("The option “errorDiagnostics” is not known.");
}

void TestFlowSpecValidator::options()
{
    QFETCH(QByteArray, params);
    QFETCH(QString, field);
    QFETCH(QString, fragment);
    checkProblems(m_validator->validateOptions(json(params.constData())), field, fragment);
    checkProblems(m_sandboxValidator->validateOptions(json(params.constData())), field, fragment);
}

void TestFlowSpecValidator::transformations_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("copy") << QStringLiteral("Copy")
                          << QByteArray(R"({"deltaColumn":{"name":"LastModifiedDate","dateFormat":"YYYY-MM-DD","timezone":"UTC"}})")
                          << QString() << QString();
    QTest::newRow("copy without delta column") << QStringLiteral("Copy") << QByteArray("{}")
                                               << QStringLiteral("transformations.Copy.deltaColumn")
                                               << QStringLiteral("The delta column is required.");
    QTest::newRow("copy without column name") << QStringLiteral("Copy") << QByteArray(R"({"deltaColumn":{"timezone":"UTC"}})")
                                              << QStringLiteral("transformations.Copy.deltaColumn.name")
                                              << QStringLiteral("The delta column name is required.");
    QTest::newRow("copy with numeric name") << QStringLiteral("Copy") << QByteArray(R"({"deltaColumn":{"name":5}})")
                                            << QStringLiteral("transformations.Copy.deltaColumn.name") << QStringLiteral("must be text");
    QTest::newRow("mapping") << QStringLiteral("Mapping") << QByteArray(R"({"mappingId":"97051e9e","mappingVersion":"0"})")
                             << QString() << QString();
    QTest::newRow("mapping without version") << QStringLiteral("Mapping") << QByteArray(R"({"mappingId":"97051e9e"})")
                                             << QStringLiteral("transformations.Mapping.mappingVersion")
                                             << QStringLiteral("The mapping version is required.");
    QTest::newRow("mapping without id") << QStringLiteral("Mapping") << QByteArray(R"({"mappingVersion":"0"})")
                                        << QStringLiteral("transformations.Mapping.mappingId")
                                        << QStringLiteral("The mapping id is required.");
    QTest::newRow("mapping version as number") << QStringLiteral("Mapping") << QByteArray(R"({"mappingId":"97051e9e","mappingVersion":0})")
                                               << QStringLiteral("transformations.Mapping.mappingVersion")
                                               << QStringLiteral("must be text (for example \"0\")");
}

void TestFlowSpecValidator::transformations()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, params);
    QFETCH(QString, field);
    QFETCH(QString, fragment);
    checkProblems(m_validator->validateTransformation(name, json(params.constData())), field, fragment);
}

void TestFlowSpecValidator::unknownTransformation()
{
    const auto problems = m_validator->validateTransformation(QStringLiteral("Flatten"), QJsonObject{});
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, QStringLiteral("transformations.Flatten"));
    QVERIFY2(problems.first().message.contains(QLatin1String("Copy, Mapping")), qPrintable(problems.first().message));
}

void TestFlowSpecValidator::typeListInSchema()
{
    // The emulator's Mapping spec allows ["string", "integer"] for the version.
    QVERIFY(m_sandboxValidator->validateTransformation(QStringLiteral("Mapping"),
                                                       json(R"({"mappingId":"m1","mappingVersion":0})")).isEmpty());
    checkProblems(m_sandboxValidator->validateTransformation(QStringLiteral("Mapping"),
                                                             json(R"({"mappingId":"m1","mappingVersion":true})")),
                  QStringLiteral("transformations.Mapping.mappingVersion"),
                  QStringLiteral("The mapping version must be text or a whole number."));
}

void TestFlowSpecValidator::cacheRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString cacheDir = dir.filePath(QStringLiteral("cache/flowspecs"));
    QVERIFY(!FlowSpecCache::load(cacheDir));
    QVERIFY(FlowSpecCache::save(cacheDir, m_spec));
    const auto loaded = FlowSpecCache::load(cacheDir);
    QVERIFY(loaded.has_value());
    QCOMPARE(*loaded, m_spec);
    QString error;
    QVERIFY2(FlowSpecValidator::fromFlowSpec(*loaded, &error), qPrintable(error));

    // A corrupt cache (duplicate key) is refused, not half-used.
    QFile f(FlowSpecCache::filePath(cacheDir));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(R"({"id": "a", "id": "b"})");
    f.close();
    QVERIFY(!FlowSpecCache::load(cacheDir));

    // A path below a regular file cannot be created.
    QVERIFY(!FlowSpecCache::save(FlowSpecCache::filePath(cacheDir) + QStringLiteral("/below"), m_spec));
}

QTEST_GUILESS_MAIN(TestFlowSpecValidator)
#include "tst_flowspecvalidator.moc"
