// SPDX-License-Identifier: MIT
// Prints median timings of the mapping editor's hot paths next to their targets. Always exits 0:
// figures are for people and CI logs, not pass/fail assertions.
#include "model/schemaindex.h"
#include "model/sourcecolumn.h"
#include "models/automapper.h"
#include "models/schemafieldfiltermodel.h"
#include "models/schemafieldmodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Dataflow::Core;

namespace {

const char *const words[] = {
    "account", "contact", "case", "incident", "order", "invoice", "product", "address", "billing", "shipping",
    "status", "priority", "amount", "total", "currency", "created", "modified", "closed", "opened", "owner",
    "region", "segment", "channel", "source", "campaign", "email", "phone", "mobile", "street", "city",
    "country", "postal", "code", "number", "score", "level", "tier", "points", "balance", "date",
    "type", "category", "reason", "origin", "subject", "comment", "rating", "industry", "revenue", "employee",
    "language", "timezone", "consent", "preference", "device", "browser", "session", "visit", "page", "click"};
constexpr int wordCount = int(sizeof(words) / sizeof(words[0]));

QString camel(int a, int b, int c = -1)
{
    QString s = QString::fromLatin1(words[a % wordCount]);
    for (int w : {b, c}) {
        if (w < 0)
            continue;
        QString next = QString::fromLatin1(words[w % wordCount]);
        next[0] = next.at(0).toUpper();
        s += next;
    }
    return s;
}

QJsonObject leaf(int seed, const QString &title)
{
    QJsonObject o{{QStringLiteral("title"), title},
                  {QStringLiteral("description"), QStringLiteral("Synthetic field %1 for benchmarking.").arg(seed)}};
    switch (seed % 6) {
    case 0: o.insert(QStringLiteral("type"), QStringLiteral("string")); o.insert(QStringLiteral("meta:xdmType"), QStringLiteral("string")); break;
    case 1: o.insert(QStringLiteral("type"), QStringLiteral("string")); o.insert(QStringLiteral("format"), QStringLiteral("date-time")); o.insert(QStringLiteral("meta:xdmType"), QStringLiteral("date-time")); break;
    case 2: o.insert(QStringLiteral("type"), QStringLiteral("number")); o.insert(QStringLiteral("meta:xdmType"), QStringLiteral("number")); break;
    case 3: o.insert(QStringLiteral("type"), QStringLiteral("integer")); o.insert(QStringLiteral("meta:xdmType"), QStringLiteral("long")); break;
    case 4: o.insert(QStringLiteral("type"), QStringLiteral("boolean")); o.insert(QStringLiteral("meta:xdmType"), QStringLiteral("boolean")); break;
    default: o.insert(QStringLiteral("type"), QStringLiteral("string")); o.insert(QStringLiteral("meta:xdmType"), QStringLiteral("string")); o.insert(QStringLiteral("maxLength"), 255); break;
    }
    return o;
}

/** 100 groups x 5 sub-objects x 20 leaves = 10,000 leaves under the tenant namespace. */
QByteArray syntheticSchema()
{
    QJsonObject tenant;
    int seed = 0;
    for (int g = 0; g < 100; ++g) {
        QJsonObject groupProps;
        for (int s = 0; s < 5; ++s) {
            QJsonObject subProps;
            for (int l = 0; l < 20; ++l, ++seed) {
                const QString name = camel(seed * 7 + 3, seed * 13 + 5, (seed % 3 == 0) ? seed * 17 + 11 : -1);
                subProps.insert(name + QString::number(l), leaf(seed, name));
            }
            groupProps.insert(camel(g * 3 + s, s + 10) + QString::number(s),
                              QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                          {QStringLiteral("meta:xdmType"), QStringLiteral("object")},
                                          {QStringLiteral("title"), QStringLiteral("Sub %1").arg(s)},
                                          {QStringLiteral("properties"), subProps}});
        }
        tenant.insert(camel(g, g + 7) + QString::number(g),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                  {QStringLiteral("meta:xdmType"), QStringLiteral("object")},
                                  {QStringLiteral("title"), QStringLiteral("Group %1").arg(g)},
                                  {QStringLiteral("properties"), groupProps}});
    }
    const QJsonObject schema{
        {QStringLiteral("$id"), QStringLiteral("https://ns.adobe.com/acmecorp/schemas/bench")},
        {QStringLiteral("title"), QStringLiteral("Benchmark schema")},
        {QStringLiteral("version"), QStringLiteral("1.0")},
        {QStringLiteral("meta:class"), QStringLiteral("https://ns.adobe.com/xdm/context/profile")},
        {QStringLiteral("meta:tenantNamespace"), QStringLiteral("_acmecorp")},
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("_acmecorp"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                  {QStringLiteral("properties"), tenant}}}}}};
    return QJsonDocument(schema).toJson(QJsonDocument::Compact);
}

/** 800 Salesforce-like columns: word pairs in CamelCase, custom "__c" ones, mixed types. */
SourceColumns sourceTable()
{
    SourceColumns columns;
    columns.reserve(800);
    for (int i = 0; i < 800; ++i) {
        SourceColumn c;
        QString name = camel(i * 11 + 1, i * 5 + 2);
        name[0] = name.at(0).toUpper();
        c.name = (i % 4 == 0) ? name + QStringLiteral("_%1__c").arg(i) : name + QString::number(i);
        switch (i % 4) {
        case 0: c.type = c.xdmType = QStringLiteral("string"); break;
        case 1: c.type = QStringLiteral("string"); c.xdmType = QStringLiteral("string"); c.xdmFormat = c.metaXdmType = QStringLiteral("date-time"); break;
        case 2: c.type = QStringLiteral("double"); c.xdmType = QStringLiteral("number"); break;
        default: c.type = c.xdmType = QStringLiteral("boolean"); break;
        }
        columns.append(c);
    }
    return columns;
}

double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

int walk(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    int n = 0;
    const int rows = model->rowCount(parent);
    for (int r = 0; r < rows; ++r) {
        const QModelIndex index = model->index(r, 0, parent);
        n += 1 + walk(model, index);
    }
    return n;
}

void report(const char *what, double value, const char *unit, const char *target, bool met)
{
    std::printf("%-58s %9.2f %-3s (target %s) %s\n", what, value, unit, target, met ? "OK" : "MISSED");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // Optional argument: "automap", "index" or "filter" runs one part only (handy under perf).
    const QString only = app.arguments().value(1);
    const auto runs = [&only](const char *part) { return only.isEmpty() || only == QLatin1String(part); };
    const QByteArray bytes = syntheticSchema();
    const SourceColumns columns = sourceTable();
    const SchemaIndex schema = SchemaIndex::fromJsonBytes(bytes);
    std::printf("schema: %lld bytes, %lld fields, %d leaves; source: %lld columns\n", qint64(bytes.size()),
                qint64(schema.fields().size()), schema.leafCount(), qint64(columns.size()));

    int sink = 0;
    // 1. Auto-map.
    if (runs("automap")) {
    int suggestionCount = 0;
    const double autoMap = medianMs(9, [&] { suggestionCount = int(suggestMappings(columns, schema).size()); });
    std::printf("auto-map suggestions: %d\n", suggestionCount);
    report("auto-map 800 columns x 10,000 leaves (median of 9)", autoMap, "ms", "<= 50 ms", autoMap <= 50.0);
    }

    // 2. Index building vs a bare parse of the same bytes.
    if (runs("index")) {
    const double parse = medianMs(9, [&] { sink += int(QJsonDocument::fromJson(bytes).object().size()); });
    const double index = medianMs(9, [&] { sink += SchemaIndex::fromJsonBytes(bytes).leafCount(); });
    std::printf("bare QJsonDocument::fromJson: %.2f ms; SchemaIndex::fromJsonBytes: %.2f ms\n", parse, index);
    report("SchemaIndex::fromJsonBytes / QJsonDocument::fromJson", index / parse, "x", "<= 1.5", index / parse <= 1.5);
    }

    // 3. Filtering the destination tree while typing a 6-letter word.
    if (runs("filter")) {
    SchemaFieldModel model;
    model.setSchema(schema);
    SchemaFieldFilterModel filter;
    filter.setSourceModel(&model);
    const QString word = QStringLiteral("amount");
    std::vector<double> keystroke;
    std::vector<double> keystrokeWalk;
    std::vector<std::vector<double>> perKey(size_t(word.size()));
    for (int run = 0; run < 5; ++run) {
        filter.setFilterText(QString());
        walk(&filter);
        for (int k = 1; k <= word.size(); ++k) {
            QElapsedTimer timer;
            timer.start();
            filter.setFilterText(word.left(k));
            keystroke.push_back(double(timer.nsecsElapsed()) / 1e6);
            perKey[size_t(k - 1)].push_back(keystroke.back());
            sink += walk(&filter); // what an expanded view would fetch
            keystrokeWalk.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    std::sort(keystroke.begin(), keystroke.end());
    std::sort(keystrokeWalk.begin(), keystrokeWalk.end());
    std::printf("filter \"%s\": %d fields match; median per keystroke:", qPrintable(word), filter.matchCount());
    for (std::vector<double> &times : perKey) {
        std::sort(times.begin(), times.end());
        std::printf(" %.2f", times[times.size() / 2]);
    }
    std::printf(" ms\n");
    report("filter per keystroke (median)", keystroke[keystroke.size() / 2], "ms", "<= 10 ms",
           keystroke[keystroke.size() / 2] <= 10.0);
    report("filter per keystroke (worst)", keystroke.back(), "ms", "<= 10 ms", keystroke.back() <= 10.0);
    report("filter per keystroke + walk of all visible rows (worst)", keystrokeWalk.back(), "ms", "<= 10 ms",
           keystrokeWalk.back() <= 10.0);
    }
    std::printf("(checksum %d)\n", sink);
    return 0;
}
