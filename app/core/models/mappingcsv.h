// SPDX-License-Identifier: MIT
#pragma once

#include "model/mappingrow.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Dataflow::Core {

/**
 * CSV import/export of mapping rows (RFC 4180: comma separated, CRLF on write, fields quoted
 * when they contain a comma, quote, CR or LF; quotes doubled). Pure functions.
 *
 * write(): UTF-8, header `sourceType,source,destination,name,description`.
 * read(): UTF-8 (a BOM is skipped), LF or CRLF, header matched case-insensitively. Besides our own
 * header it accepts AEP template headers: "Source Field"/"Target Field", "source"/"destination",
 * "sourceAttribute"/"destinationXdmPath", "Source Type"/"sourceType", "Target"/"Destination Field".
 * Without a source-type column rows are ATTRIBUTE. Blank lines are skipped. On error returns {} and
 * sets *errorMessage (tr()'d) naming the line, e.g. "Line 4: unknown source type \"FOO\"".
 */
namespace MappingCsv {
QByteArray write(const MappingRows &rows);
MappingRows read(const QByteArray &csv, QString *errorMessage = nullptr);
} // namespace MappingCsv

} // namespace Dataflow::Core
