// SPDX-License-Identifier: MIT
#pragma once

#include "model/schemafield.h"

#include <QString>

namespace Dataflow::Core {

/** How well a source value type fits a destination field. */
enum class TypeMatch { Exact, Convertible, Incompatible };

/**
 * The effective XDM type of a schema field, keyed off type + format + meta:xdmType (CONTRACT 5.4):
 * "string", "date-time", "date", "number", "long", "int", "short", "byte", "integer", "boolean",
 * "map", "object", "array".
 */
QString destinationXdmType(const SchemaField &field);

/**
 * Compares a source column's effective XDM type (SourceColumn::effectiveXdmType(): "date-time",
 * "date", "string", "number", "boolean", "integer", ...; source-side names such as "double",
 * "long", "int" are accepted too) with a destination field. Pure, thread-safe.
 * An empty/unknown source type is Convertible; an object/array-of-objects destination is Incompatible.
 */
TypeMatch typeMatch(const QString &sourceXdmType, const SchemaField &destination);

} // namespace Dataflow::Core
