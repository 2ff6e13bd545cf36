// SPDX-License-Identifier: MIT
#pragma once

#include "model/mappingrow.h"
#include "model/schemaindex.h"
#include "model/sourcecolumn.h"

#include <QList>
#include <QString>

namespace Dataflow::Core {

/** One proposed mapping: columns[columnIndex] -> destination, with a score in (0, 1] and a tr()'d reason. */
struct AutoMapSuggestion
{
    int columnIndex = -1;
    QString destination; // a leaf path of the schema (tenant namespace resolved, e.g. "_acmecorp.x")
    double score = 0.0;
    QString reason;
};

/**
 * Suggests destinations for source columns by name (known Salesforce / ServiceNow / CRM names,
 * then token similarity of the column name with the field name, title and parent path) and type
 * compatibility. Pure and thread-safe.
 * - never suggests a destination twice, nor one already used by a row of `existing`;
 * - skips columns already mapped (ATTRIBUTE source with a destination) in `existing`;
 * - never suggests a type-incompatible or non-leaf destination;
 * - results are ordered by columnIndex.
 * Designed for 800 columns x 10,000 leaves in well under 50 ms.
 */
QList<AutoMapSuggestion> suggestMappings(const SourceColumns &columns, const SchemaIndex &schema,
                                         const MappingRows &existing = {});

/** The ATTRIBUTE row a suggestion stands for (source = column name, name = column name). */
MappingRow mappingRowFromSuggestion(const AutoMapSuggestion &suggestion, const SourceColumns &columns);

} // namespace Dataflow::Core
