// SPDX-License-Identifier: MIT
#include "session/strictjson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using Dataflow::Core::JsonError;
using Dataflow::Core::StrictJson;

class TestStrictJson : public QObject
{
    Q_OBJECT

private slots:
    void malformed_data();
    void malformed();
    void malformedFiles();
    void valid_data();
    void valid();
    void keepsValues();
    void maximumDepthIsAccepted();
    void pathHelpers();
    void lineColumn();
    void errorToString();
};

void TestStrictJson::malformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    // Generated from the same list as tests/data/session/malformed/ (see expected.tsv there).
    QTest::newRow("empty") << QByteArray("", 0) << QStringLiteral("$") << QStringLiteral("empty") << 1 << 1;
    QTest::newRow("whitespace_only") << QByteArray("  \n\t ", 5) << QStringLiteral("$") << QStringLiteral("empty") << 0 << 0;
    QTest::newRow("truncated_object") << QByteArray("{\"a\": 1", 7) << QStringLiteral("$") << QStringLiteral("truncated") << 1 << 8;
    QTest::newRow("truncated_string") << QByteArray("{\"a\": \"abc", 10) << QStringLiteral("$.a") << QStringLiteral("truncated") << 0 << 0;
    QTest::newRow("truncated_after_key") << QByteArray("{\"name\"", 7) << QStringLiteral("$.name") << QStringLiteral("truncated") << 0 << 0;
    QTest::newRow("truncated_array") << QByteArray("{\"a\": [1, 2", 11) << QStringLiteral("$.a") << QStringLiteral("truncated") << 0 << 0;
    QTest::newRow("truncated_literal") << QByteArray("{\"a\": tru", 9) << QStringLiteral("$.a") << QStringLiteral("truncated") << 0 << 0;
    QTest::newRow("truncated_number") << QByteArray("{\"a\": -", 7) << QStringLiteral("$.a") << QStringLiteral("truncated") << 0 << 0;
    QTest::newRow("truncated_nested") << QByteArray("{\n  \"source\": {\n    \"columns\": [\n      {\"name\": \"Id\"", 52) << QStringLiteral("$.source.columns[0]") << QStringLiteral("truncated") << 4 << 20;
    QTest::newRow("invalid_utf8_byte") << QByteArray("{\"a\": \"\377\"}", 10) << QStringLiteral("$.a") << QStringLiteral("UTF-8") << 1 << 8;
    QTest::newRow("invalid_utf8_overlong") << QByteArray("{\"a\": \"\300\257\"}", 11) << QStringLiteral("$.a") << QStringLiteral("UTF-8") << 0 << 0;
    QTest::newRow("invalid_utf8_surrogate") << QByteArray("{\"a\": \"\355\240\200\"}", 12) << QStringLiteral("$.a") << QStringLiteral("UTF-8") << 0 << 0;
    QTest::newRow("invalid_utf8_cut_sequence") << QByteArray("{\"a\": \"\342\202\"}", 11) << QStringLiteral("$.a") << QStringLiteral("UTF-8") << 0 << 0;
    QTest::newRow("invalid_utf8_above_max") << QByteArray("{\"a\": \"\364\220\200\200\"}", 13) << QStringLiteral("$.a") << QStringLiteral("UTF-8") << 0 << 0;
    QTest::newRow("invalid_utf8_in_key") << QByteArray("{\"k\376\": 1}", 9) << QStringLiteral("$") << QStringLiteral("UTF-8") << 0 << 0;
    QTest::newRow("invalid_utf8_outside_string") << QByteArray("{\"a\": \377}", 8) << QStringLiteral("$.a") << QStringLiteral("UTF-8") << 0 << 0;
    QTest::newRow("utf16le_without_bom") << QByteArray("{\000\"\000a\000\"\000:\000 \0001\000}\000", 16) << QStringLiteral("$") << QStringLiteral("UTF-16") << 1 << 1;
    QTest::newRow("utf16be_without_bom") << QByteArray("\000{\000\"\000a\000\"\000:\000 \0001\000}", 16) << QStringLiteral("$") << QStringLiteral("UTF-16") << 1 << 1;
    QTest::newRow("utf16_with_bom") << QByteArray("\377\376{\000\"\000a\000\"\000:\000 \0001\000}\000", 18) << QStringLiteral("$") << QStringLiteral("UTF-16") << 0 << 0;
    QTest::newRow("nul_in_string") << QByteArray("{\"a\": \"x\000y\"}", 12) << QStringLiteral("$.a") << QStringLiteral("NUL") << 1 << 9;
    QTest::newRow("nul_between_tokens") << QByteArray("{\"a\": 1,\000 \"b\": 2}", 17) << QStringLiteral("$") << QStringLiteral("NUL") << 0 << 0;
    QTest::newRow("nul_escape") << QByteArray("{\"a\": \"\\u0000\"}", 15) << QStringLiteral("$.a") << QStringLiteral("NUL") << 0 << 0;
    QTest::newRow("duplicate_key_top") << QByteArray("{\"a\": 1, \"a\": 2}", 16) << QStringLiteral("$.a") << QStringLiteral("Duplicate key \"a\"") << 1 << 10;
    QTest::newRow("duplicate_key_nested") << QByteArray("{\n  \"source\": {\n    \"columns\": [\n      {\"name\": \"x\", \"type\": \"s\", \"name\": \"y\"}\n    ]\n  }\n}", 90) << QStringLiteral("$.source.columns[0].name") << QStringLiteral("Duplicate key \"name\"") << 4 << 34;
    QTest::newRow("duplicate_key_escaped") << QByteArray("{\"ab\": 1, \"a\\u0062\": 2}", 23) << QStringLiteral("$.ab") << QStringLiteral("Duplicate key") << 0 << 0;
    QTest::newRow("duplicate_key_odd_name") << QByteArray("{\"x\": {\"a b\": 1, \"a b\": 2}}", 27) << QStringLiteral("$.x[\"a b\"]") << QStringLiteral("Duplicate key") << 0 << 0;
    QTest::newRow("nesting_257") << QByteArray("{\"a\":" + QByteArray("[").repeated(256) + QByteArray("]").repeated(256) + "}") << QString(QStringLiteral("$.a") + QStringLiteral("[0]").repeated(255)) << QStringLiteral("deeper than 256") << 0 << 0;
    QTest::newRow("nesting_300") << QByteArray("{\"a\":" + QByteArray("[").repeated(299) + QByteArray("]").repeated(299) + "}") << QString(QStringLiteral("$.a") + QStringLiteral("[0]").repeated(255)) << QStringLiteral("deeper than 256") << 0 << 0;
    QTest::newRow("nesting_1025") << QByteArray("{\"a\":" + QByteArray("[").repeated(1024) + QByteArray("]").repeated(1024) + "}") << QString(QStringLiteral("$.a") + QStringLiteral("[0]").repeated(255)) << QStringLiteral("deeper than 256") << 0 << 0;
    QTest::newRow("nesting_objects_300") << QByteArray(QByteArray("{\"a\":").repeated(300) + "1" + QByteArray("}").repeated(300)) << QString(QStringLiteral("$") + QStringLiteral(".a").repeated(256)) << QStringLiteral("deeper than 256") << 0 << 0;
    QTest::newRow("top_level_array") << QByteArray("[1, 2]", 6) << QStringLiteral("$") << QStringLiteral("top level must be a JSON object") << 1 << 1;
    QTest::newRow("top_level_string") << QByteArray("\"x\"", 3) << QStringLiteral("$") << QStringLiteral("found a string") << 0 << 0;
    QTest::newRow("top_level_number") << QByteArray("  42", 4) << QStringLiteral("$") << QStringLiteral("found a number") << 1 << 3;
    QTest::newRow("top_level_null") << QByteArray("null", 4) << QStringLiteral("$") << QStringLiteral("found null") << 0 << 0;
    QTest::newRow("top_level_bool") << QByteArray("true", 4) << QStringLiteral("$") << QStringLiteral("found a boolean") << 0 << 0;
    QTest::newRow("trailing_comma_object") << QByteArray("{\"a\": 1,}", 9) << QStringLiteral("$") << QStringLiteral("Trailing comma") << 1 << 9;
    QTest::newRow("trailing_comma_array") << QByteArray("{\"a\": [1,]}", 11) << QStringLiteral("$.a") << QStringLiteral("Trailing comma") << 0 << 0;
    QTest::newRow("single_quoted_value") << QByteArray("{\"a\": 'x'}", 10) << QStringLiteral("$.a") << QStringLiteral("single quotes") << 0 << 0;
    QTest::newRow("single_quoted_key") << QByteArray("{'a': 1}", 8) << QStringLiteral("$") << QStringLiteral("single quotes") << 0 << 0;
    QTest::newRow("line_comment") << QByteArray("{\"a\": 1 // note\n}", 17) << QStringLiteral("$") << QStringLiteral("Comments") << 1 << 9;
    QTest::newRow("block_comment") << QByteArray("{/* note */ \"a\": 1}", 19) << QStringLiteral("$") << QStringLiteral("Comments") << 0 << 0;
    QTest::newRow("hash_comment") << QByteArray("# note\n{\"a\": 1}", 15) << QStringLiteral("$") << QStringLiteral("Comments") << 1 << 1;
    QTest::newRow("huge_number") << QByteArray("{\"a\": 1e400}", 12) << QStringLiteral("$.a") << QStringLiteral("too large") << 0 << 0;
    QTest::newRow("huge_integer") << QByteArray("{\"a\": 123456789012345678901234567890}", 37) << QStringLiteral("$.a") << QStringLiteral("stored exactly") << 0 << 0;
    QTest::newRow("integer_above_2_53") << QByteArray("{\"id\": 9007199254740993}", 24) << QStringLiteral("$.id") << QStringLiteral("stored exactly") << 0 << 0;
    QTest::newRow("lone_high_surrogate") << QByteArray("{\"a\": \"\\ud800\"}", 15) << QStringLiteral("$.a") << QStringLiteral("Lone high surrogate") << 0 << 0;
    QTest::newRow("lone_low_surrogate") << QByteArray("{\"a\": \"x\\udc00\"}", 16) << QStringLiteral("$.a") << QStringLiteral("Lone low surrogate") << 1 << 9;
    QTest::newRow("high_surrogate_then_bmp") << QByteArray("{\"a\": \"\\ud800\\u0041\"}", 21) << QStringLiteral("$.a") << QStringLiteral("Lone high surrogate") << 0 << 0;
    QTest::newRow("trailing_garbage") << QByteArray("{\"a\": 1} x", 10) << QStringLiteral("$") << QStringLiteral("after the end") << 1 << 10;
    QTest::newRow("two_documents") << QByteArray("{\"a\": 1}\n{\"b\": 2}", 17) << QStringLiteral("$") << QStringLiteral("after the end") << 2 << 1;
    QTest::newRow("unquoted_key") << QByteArray("{a: 1}", 6) << QStringLiteral("$") << QStringLiteral("keys must be strings") << 0 << 0;
    QTest::newRow("missing_colon") << QByteArray("{\"a\" 1}", 7) << QStringLiteral("$.a") << QStringLiteral("':'") << 0 << 0;
    QTest::newRow("missing_comma") << QByteArray("{\"a\": 1 \"b\": 2}", 15) << QStringLiteral("$") << QStringLiteral("',' or '}'") << 0 << 0;
    QTest::newRow("leading_zero") << QByteArray("{\"a\": 01}", 9) << QStringLiteral("$.a") << QStringLiteral("leading zeros") << 0 << 0;
    QTest::newRow("nan_literal") << QByteArray("{\"a\": NaN}", 10) << QStringLiteral("$.a") << QStringLiteral("NaN") << 0 << 0;
    QTest::newRow("infinity_literal") << QByteArray("{\"a\": Infinity}", 15) << QStringLiteral("$.a") << QStringLiteral("Infinity") << 0 << 0;
    QTest::newRow("invalid_escape") << QByteArray("{\"a\": \"\\x41\"}", 13) << QStringLiteral("$.a") << QStringLiteral("Invalid escape") << 0 << 0;
    QTest::newRow("short_unicode_escape") << QByteArray("{\"a\": \"\\u12\"}", 13) << QStringLiteral("$.a") << QStringLiteral("four hex digits") << 0 << 0;
    QTest::newRow("raw_newline_in_string") << QByteArray("{\"a\": \"x\ny\"}", 12) << QStringLiteral("$.a") << QStringLiteral("not closed") << 0 << 0;
    QTest::newRow("raw_tab_in_string") << QByteArray("{\"a\": \"x\ty\"}", 12) << QStringLiteral("$.a") << QStringLiteral("Control characters") << 0 << 0;
    QTest::newRow("unknown_literal") << QByteArray("{\"a\": nul}", 10) << QStringLiteral("$.a") << QStringLiteral("Unknown literal") << 0 << 0;
    QTest::newRow("literal_with_suffix") << QByteArray("{\"a\": trueish}", 14) << QStringLiteral("$.a") << QStringLiteral("Unknown literal") << 0 << 0;
    QTest::newRow("missing_array_value") << QByteArray("{\"a\": [1,,2]}", 13) << QStringLiteral("$.a") << QStringLiteral("Missing value") << 0 << 0;
    QTest::newRow("plus_sign_number") << QByteArray("{\"a\": +1}", 9) << QStringLiteral("$.a") << QStringLiteral("'+'") << 0 << 0;
    QTest::newRow("decimal_without_digits") << QByteArray("{\"a\": 1.}", 9) << QStringLiteral("$.a") << QStringLiteral("decimal point") << 0 << 0;
    QTest::newRow("exponent_without_digits") << QByteArray("{\"a\": 1e}", 9) << QStringLiteral("$.a") << QStringLiteral("exponent") << 0 << 0;
}

void TestStrictJson::malformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, path);
    QFETCH(QString, fragment);
    QFETCH(int, line);
    QFETCH(int, column);

    JsonError error;
    const auto doc = StrictJson::parse(bytes, &error);
    QVERIFY2(!doc, "malformed input was accepted");
    QVERIFY2(error.message.contains(fragment, Qt::CaseInsensitive),
             qPrintable(QStringLiteral("message \"%1\" lacks \"%2\"").arg(error.message, fragment)));
    QCOMPARE(error.path, path);
    QVERIFY(error.line >= 1);
    QVERIFY(error.column >= 1);
    if (line > 0) {
        QCOMPARE(error.line, line);
        QCOMPARE(error.column, column);
    }
    // A null error pointer is allowed.
    QVERIFY(!StrictJson::parse(bytes, nullptr));
}

void TestStrictJson::malformedFiles()
{
    const QDir dir(QStringLiteral(DATAFLOW_TEST_DATA "/session/malformed"));
    QFile table(dir.filePath(QStringLiteral("expected.tsv")));
    QVERIFY2(table.open(QIODevice::ReadOnly), qPrintable(table.fileName()));
    int checked = 0;
    QStringList listed;
    const QList<QByteArray> lines = table.readAll().split('\n');
    for (const QByteArray &rawLine : lines) {
        if (rawLine.isEmpty() || rawLine.startsWith('#'))
            continue;
        const QStringList f = QString::fromUtf8(rawLine).split(QLatin1Char('\t'));
        QCOMPARE(f.size(), 5);
        QFile file(dir.filePath(f[0]));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        JsonError error;
        QVERIFY2(!StrictJson::parse(file.readAll(), &error), qPrintable(f[0]));
        QVERIFY2(error.path == f[1], qPrintable(f[0] + QStringLiteral(": path ") + error.path));
        QVERIFY2(error.message.contains(f[2], Qt::CaseInsensitive), qPrintable(f[0] + QStringLiteral(": ") + error.message));
        if (f[3].toInt() > 0) {
            QCOMPARE(error.line, f[3].toInt());
            QCOMPARE(error.column, f[4].toInt());
        }
        listed << f[0];
        ++checked;
    }
    QVERIFY2(checked >= 30, "the malformed corpus should hold at least 30 files");
    // Every .json file in the folder is described in expected.tsv.
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &name : files)
        QVERIFY2(listed.contains(name), qPrintable(name + QStringLiteral(" is missing from expected.tsv")));
}

void TestStrictJson::valid_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("whitespace around") << QByteArray(" \r\n\t{ } \n");
    QTest::newRow("utf8 bom") << QByteArray("\xEF\xBB\xBF{\"a\": 1}");
    QTest::newRow("nested") << QByteArray(R"({"a": {"b": [1, 2, {"c": null}]}, "d": [], "e": {}})");
    QTest::newRow("same key in sibling objects") << QByteArray(R"({"a": {"x": 1}, "b": {"x": 2}, "c": [{"x": 1}, {"x": 2}]})");
    QTest::newRow("keys differ in case") << QByteArray(R"({"a": 1, "A": 2})");
    QTest::newRow("numbers") << QByteArray(R"({"a": -0.5e10, "b": 0, "c": -0, "d": 1E+2, "e": 9007199254740992, "f": 1.5e300})");
    QTest::newRow("escapes") << QByteArray(R"({"a": "\"\\\/\b\f\n\r\t\u00e9", "b": "\ud83d\ude00"})");
    QTest::newRow("utf8 text") << QByteArray("{\"name\": \"Gr\xC3\xBC\xC3\x9F\x65 \xE2\x82\xAC \xF0\x9F\x98\x80\"}");
    QTest::newRow("literals") << QByteArray(R"({"t": true, "f": false, "n": null})");
    QTest::newRow("slash in value is not a comment") << QByteArray(R"({"url": "https://example.test/a//b"})");
}

void TestStrictJson::valid()
{
    QFETCH(QByteArray, bytes);
    JsonError error;
    const auto doc = StrictJson::parse(bytes, &error);
    QVERIFY2(doc.has_value(), qPrintable(error.toString()));
    QVERIFY(doc->isObject());
}

void TestStrictJson::keepsValues()
{
    const auto doc = StrictJson::parse(
        QByteArray(R"({"source": {"columns": [{"name": "Id"}, {"name": "\u00e9t\u00e9"}]}, "n": 15, "emoji": "\ud83d\ude00"})"),
        nullptr);
    QVERIFY(doc);
    const QJsonObject root = doc->object();
    QCOMPARE(root.value(QLatin1String("n")).toInt(), 15);
    const QJsonArray columns = root.value(QLatin1String("source")).toObject().value(QLatin1String("columns")).toArray();
    QCOMPARE(columns.size(), 2);
    QCOMPARE(columns.at(1).toObject().value(QLatin1String("name")).toString(), QString::fromUtf8("\xC3\xA9t\xC3\xA9"));
    QCOMPARE(root.value(QLatin1String("emoji")).toString(), QString::fromUtf8("\xF0\x9F\x98\x80"));
}

void TestStrictJson::maximumDepthIsAccepted()
{
    // The top-level object is level 1; 255 arrays inside make 256 levels.
    const QByteArray ok = "{\"a\":" + QByteArray("[").repeated(255) + QByteArray("]").repeated(255) + "}";
    JsonError error;
    QVERIFY2(StrictJson::parse(ok, &error), qPrintable(error.toString()));
    const QByteArray tooDeep = "{\"a\":" + QByteArray("[").repeated(256) + QByteArray("]").repeated(256) + "}";
    QVERIFY(!StrictJson::parse(tooDeep, &error));
    QVERIFY(error.message.contains(QLatin1String("256")));
}

void TestStrictJson::pathHelpers()
{
    QCOMPARE(StrictJson::pathJoin(QStringLiteral("$"), QStringLiteral("source")), QStringLiteral("$.source"));
    QCOMPARE(StrictJson::pathIndex(QStringLiteral("$.source.columns"), 2), QStringLiteral("$.source.columns[2]"));
    QCOMPARE(StrictJson::pathJoin(QStringLiteral("$"), QStringLiteral("a b")), QStringLiteral("$[\"a b\"]"));
    QCOMPARE(StrictJson::pathJoin(QStringLiteral("$"), QStringLiteral("x\"y")), QStringLiteral("$[\"x\\\"y\"]"));
    QCOMPARE(StrictJson::pathJoin(QStringLiteral("$"), QStringLiteral("1st")), QStringLiteral("$[\"1st\"]"));
    QCOMPARE(StrictJson::pathJoin(QStringLiteral("$"), QString()), QStringLiteral("$[\"\"]"));
}

void TestStrictJson::lineColumn()
{
    int line = 0;
    int column = 0;
    const QByteArray text("ab\n\xC3\xA9x\ny");
    StrictJson::lineColumn(text, 0, &line, &column);
    QCOMPARE(line, 1);
    QCOMPARE(column, 1);
    StrictJson::lineColumn(text, 5, &line, &column); // 'x' after a two-byte character
    QCOMPARE(line, 2);
    QCOMPARE(column, 2);
    StrictJson::lineColumn(text, text.size(), &line, &column);
    QCOMPARE(line, 3);
    QCOMPARE(column, 2);
}

void TestStrictJson::errorToString()
{
    JsonError error;
    QVERIFY(!StrictJson::parse(QByteArray("{\n \"a\": 1,\n \"a\": 2}"), &error));
    const QString text = error.toString();
    QVERIFY2(text.contains(QLatin1String("line 3, column 2")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("$.a")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Duplicate key")), qPrintable(text));
}

QTEST_APPLESS_MAIN(TestStrictJson)
#include "tst_strictjson.moc"
