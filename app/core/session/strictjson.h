// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Dataflow::Core {

/** Where and why a JSON file was refused. line and column are 1-based; 0 when unknown. */
struct JsonError
{
    QString path; ///< JSON path such as "$.source.columns[2]"; "$" for the document itself
    int line = 0;
    int column = 0;
    QString message; ///< translated, specific ("Duplicate key \"name\".")

    /** "line 3, column 7 ($.source.name): Duplicate key "name"." */
    QString toString() const;
};

/**
 * Strict JSON loading for files a person may have edited or a crash may have truncated.
 *
 * parse() refuses what QJsonDocument silently accepts or reports vaguely: invalid UTF-8, UTF-16
 * without a BOM, NUL bytes, duplicate keys, nesting deeper than maxDepth(), trailing garbage, an
 * empty document and a top level that is not an object. A single-pass scanner does these checks and
 * QJsonDocument::fromJson() then builds the values. Pure functions, thread-safe.
 */
class StrictJson final
{
    Q_DECLARE_TR_FUNCTIONS(Dataflow::Core::StrictJson)

public:
    static constexpr int maxDepth() { return 256; }

    /** Returns the document (always an object) or nullopt with @p error filled (error may be null). */
    static std::optional<QJsonDocument> parse(const QByteArray &bytes, JsonError *error);

    /**
     * Indented JSON for files: like QJsonDocument::toJson, but U+FEFF is written escaped (\ufeff),
     * because Qt 6.4's parser drops a raw byte order mark at the start of a string (found by fuzzing).
     */
    static QByteArray serialize(const QJsonObject &object);

    /** "$" + "name" → "$.name"; keys that are not identifiers are quoted: "$[\"a b\"]". */
    static QString pathJoin(const QString &base, const QString &key);
    /** "$.columns" + 2 → "$.columns[2]". */
    static QString pathIndex(const QString &base, int index);

    /** 1-based line and column of byte @p offset in @p bytes (columns count characters). */
    static void lineColumn(const QByteArray &bytes, qsizetype offset, int *line, int *column);

private:
    StrictJson() = delete;
};

} // namespace Dataflow::Core
