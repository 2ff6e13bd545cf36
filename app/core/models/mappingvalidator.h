// SPDX-License-Identifier: MIT
#pragma once

#include "model/mappingrow.h"
#include "model/schemaindex.h"
#include "model/sourcecolumn.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Dataflow::Core {

/** One problem found in one mapping row. */
struct MappingIssue
{
    enum class Kind {
        EmptySource,          // source (column, expression or literal) is blank
        UnknownSourceColumn,  // ATTRIBUTE source not among the selected columns
        UnknownDestination,   // destination path not in the schema
        NotALeaf,             // destination is an object / array of objects
        DuplicateDestination, // another row targets the same destination
        IncompatibleType,     // ATTRIBUTE column type cannot be written to the destination type
        EmptyDestination      // destination is blank
    };
    Kind kind = Kind::EmptySource;
    int row = -1;
    QString message; // tr()'d, for people

    friend bool operator==(const MappingIssue &a, const MappingIssue &b)
    {
        return a.kind == b.kind && a.row == b.row && a.message == b.message;
    }
};

/**
 * Validates every row against the selected source columns and the target schema. Pure and
 * thread-safe; O(rows). Issues come ordered by row, then in the Kind order a row is checked in.
 * DuplicateDestination is reported on every row sharing a destination. An empty schema (not
 * loaded yet) skips the destination checks that need it (UnknownDestination, NotALeaf,
 * IncompatibleType). Destinations may use "_{TENANT_ID}" (SchemaIndex::resolvePath()).
 */
QList<MappingIssue> validateMapping(const MappingRows &rows, const SourceColumns &selectedColumns,
                                    const SchemaIndex &schema);

/** Short tr()'d label for an issue kind, e.g. "Unknown destination". */
QString mappingIssueKindLabel(MappingIssue::Kind kind);

} // namespace Dataflow::Core
