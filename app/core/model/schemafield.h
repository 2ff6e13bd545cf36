// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace Dataflow::Core {

/**
 * One node of a resolved XDM schema (CONTRACT 5.4), as stored in a SchemaIndex.
 * Plain value type. `parent` and `children` are indexes into SchemaIndex::fields().
 */
struct SchemaField
{
    QString path;        // dot path, e.g. "person.name.fullName"; array items as "emails[*].address"
    QString name;        // last property name, e.g. "fullName"
    QString title;       // "title" of the property, may be empty
    QString description; // "description" of the property, may be empty
    QString type;        // JSON Schema "type": string, number, integer, boolean, object, array
    QString format;      // "format": date-time, date, uri, uri-reference, ... (may be empty)
    QString xdmType;     // "meta:xdmType" as given (may be empty); see destinationXdmType() for the effective one
    bool isLeaf = false; // scalar, map, or array of scalars: something a mapping can target
    int parent = -1;     // index of the parent field, -1 for a top-level field
    int row = 0;         // position among the parent's children (or among the roots)
    QList<int> children; // indexes of the child fields, in key order (QJsonObject sorts keys)
};

} // namespace Dataflow::Core
