// SPDX-License-Identifier: MIT
// Prints median timings of the mapping editor's hot paths next to their targets. Always exits 0:
// figures are for people and CI logs, not pass/fail assertions.
#include "model/schemaindex.h"
#include "model/sourcecolumn.h"
#include "models/automapper.h"
#include "models/mappingmodel.h"
#include "models/mappingvalidator.h"
#include "models/schemafieldfiltermodel.h"
#include "models/schemafieldmodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <ctime>
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

/** Wall time (QElapsedTimer) and process CPU time of one run, in ms. */
struct Timing
{
    double wall = 0;
    double cpu = 0;
};

template<typename Work>
Timing timeOnce(Work &&work)
{
    QElapsedTimer timer;
    const std::clock_t cpuStart = std::clock();
    timer.start();
    work();
    Timing t;
    t.wall = double(timer.nsecsElapsed()) / 1e6;
    t.cpu = double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC;
    return t;
}

/** Median wall and median CPU time over the samples (each sorted separately). */
Timing median(std::vector<Timing> samples)
{
    Timing m;
    std::vector<double> wall;
    std::vector<double> cpu;
    for (const Timing &t : samples) {
        wall.push_back(t.wall);
        cpu.push_back(t.cpu);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    m.wall = wall[wall.size() / 2];
    m.cpu = cpu[cpu.size() / 2];
    return m;
}

Timing worst(const std::vector<Timing> &samples)
{
    Timing w;
    for (const Timing &t : samples) {
        w.wall = std::max(w.wall, t.wall);
        w.cpu = std::max(w.cpu, t.cpu);
    }
    return w;
}

Timing medianMs(int runs, const std::function<void()> &work)
{
    std::vector<Timing> samples;
    for (int i = 0; i < runs; ++i)
        samples.push_back(timeOnce(work));
    return median(samples);
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

// The verdict uses CPU time: on a shared, busy machine wall time also measures the neighbours.
void report(const char *what, const Timing &t, double target)
{
    std::printf("%-56s %8.2f ms wall %8.2f ms cpu (target <= %g ms) %s\n", what, t.wall, t.cpu, target,
                t.cpu <= target ? "OK" : "MISSED");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // Optional argument: "automap", "index" or "filter" runs one part only (handy under perf).
    const QString only = app.arguments().value(1);
    const auto runs = [&only](const char *part) { return only.isEmpty() || only == QLatin1String(part); };
    int sink = 0;
    const QByteArray bytes = syntheticSchema();
    const SourceColumns columns = sourceTable();
    const SchemaIndex schema = SchemaIndex::fromJsonBytes(bytes);
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    if (loadavg.open(QIODevice::ReadOnly))
        std::printf("load average: %s", loadavg.readLine().constData());
    std::printf("schema: %lld bytes, %lld fields, %d leaves; source: %lld columns\n", qint64(bytes.size()),
                qint64(schema.fields().size()), schema.leafCount(), qint64(columns.size()));

    // 1. Auto-map.
    if (runs("automap")) {
    int suggestionCount = 0;
    const Timing autoMap = medianMs(15, [&] { suggestionCount = int(suggestMappings(columns, schema).size()); });
    std::printf("auto-map suggestions: %d\n", suggestionCount);
    report("auto-map 800 columns x 10,000 leaves (median of 15)", autoMap, 50);

    // Applying it to the table (one row per column, no destinations yet) and validating the result.
    const QList<AutoMapSuggestion> suggestions = suggestMappings(columns, schema);
    MappingRows open;
    for (const SourceColumn &c : columns) {
        MappingRow row;
        row.source = c.name;
        open.append(row);
    }
    QList<int> rows;
    MappingRows values;
    for (const AutoMapSuggestion &s : suggestions) {
        rows.append(s.columnIndex);
        values.append(mappingRowFromSuggestion(s, columns));
    }
    MappingModel model;
    model.setContext(columns, schema);
    const Timing apply = medianMs(15, [&] {
        model.setRows(open);
        model.setRowsAt(rows, values, suggestions);
    });
    std::printf("after auto-map: %d mapped, %d errors\n", model.mappedCount(), model.errorCount());
    report("apply auto-map to an 800-row table (reset + bulk set)", apply, 50);
    MappingRows applied = model.rows();
    const Timing validate = medianMs(15, [&] { sink += int(validateMapping(applied, columns, schema).size()); });
    report("validate 800 rows", validate, 10);
    }

    // 2. Index building vs a bare parse of the same bytes.
    if (runs("index")) {
    // Interleaved, so both see the same machine load.
    std::vector<Timing> parseSamples;
    std::vector<Timing> indexSamples;
    for (int i = 0; i < 15; ++i) {
        parseSamples.push_back(timeOnce([&] { sink += int(QJsonDocument::fromJson(bytes).object().size()); }));
        indexSamples.push_back(timeOnce([&] { sink += SchemaIndex::fromJsonBytes(bytes).leafCount(); }));
    }
    const Timing parse = median(parseSamples);
    const Timing index = median(indexSamples);
    std::printf("bare QJsonDocument::fromJson: %.2f ms wall %.2f ms cpu; SchemaIndex::fromJsonBytes: %.2f ms wall "
                "%.2f ms cpu (medians of 15)\n", parse.wall, parse.cpu, index.wall, index.cpu);
    const double ratioWall = index.wall / parse.wall;
    const double ratioCpu = index.cpu / std::max(parse.cpu, 0.001);
    std::printf("%-56s %8.2f x wall  %8.2f x cpu   (target <= 1.5) %s\n",
                "SchemaIndex::fromJsonBytes / QJsonDocument::fromJson", ratioWall, ratioCpu,
                ratioCpu <= 1.5 ? "OK" : "MISSED");
    }

    // 3. Filtering the destination tree while typing a 6-letter word.
    if (runs("filter")) {
    SchemaFieldModel model;
    model.setSchema(schema);
    SchemaFieldFilterModel filter;
    filter.setSourceModel(&model);
    const QString word = QStringLiteral("amount");
    std::vector<Timing> keystroke;
    std::vector<Timing> keystrokeWalk;
    std::vector<std::vector<Timing>> perKey(size_t(word.size()));
    for (int run = 0; run < 7; ++run) {
        filter.setFilterText(QString());
        walk(&filter);
        for (int k = 1; k <= word.size(); ++k) {
            keystroke.push_back(timeOnce([&] { filter.setFilterText(word.left(k)); }));
            perKey[size_t(k - 1)].push_back(keystroke.back());
            // What an expanded view would fetch afterwards.
            const Timing walked = timeOnce([&] { sink += walk(&filter); });
            keystrokeWalk.push_back({keystroke.back().wall + walked.wall, keystroke.back().cpu + walked.cpu});
        }
    }
    std::printf("filter \"%s\": %d fields match; median cpu per keystroke:", qPrintable(word), filter.matchCount());
    for (const std::vector<Timing> &times : perKey)
        std::printf(" %.2f", median(times).cpu);
    std::printf(" ms\n");
    report("filter per keystroke (median of 42)", median(keystroke), 10);
    report("filter per keystroke (worst of 42)", worst(keystroke), 10);
    report("filter + walk of all visible rows (median)", median(keystrokeWalk), 10);
    report("filter + walk of all visible rows (worst)", worst(keystrokeWalk), 10);
    }
    std::printf("(checksum %d)\n", sink);
    return 0;
}
