// SPDX-License-Identifier: MIT
#pragma once

#include "model/schemafield.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Dataflow::Core {

/**
 * A flattened, read-only index over a Schema Registry "xed-full" schema (CONTRACT 5.4).
 *
 * Value type, cheap to copy: the data is immutable and shared between copies, so copies may be
 * read from several threads at once. Objects with `properties` become inner nodes; maps
 * (`type: object` without `properties`) and scalars are leaves; arrays of scalars are leaves,
 * arrays of objects are inner nodes whose children are the item properties ("a[*].b").
 * Siblings come in key order: QJsonObject sorts keys, so the document's order is not kept.
 * Paths given to indexOf()/field() may use the literal `_{TENANT_ID}` namespace: it is resolved
 * against the schema's `meta:tenantNamespace`.
 */
class SchemaIndex
{
public:
    SchemaIndex();

    static SchemaIndex fromJson(const QJsonObject &fullSchema);
    /** Parses and indexes; on a JSON error returns an empty index and sets *errorMessage (tr()'d). */
    static SchemaIndex fromJsonBytes(const QByteArray &bytes, QString *errorMessage = nullptr);

    bool isEmpty() const;
    QString id() const;              // "$id"
    QString altId() const;           // "meta:altId"
    QString title() const;           // "title"
    QString classId() const;         // "meta:class"
    QString version() const;         // "version"
    QString tenantNamespace() const; // "meta:tenantNamespace", e.g. "_acmecorp" (may be empty)

    const QList<SchemaField> &fields() const;
    int indexOf(const QString &path) const;          // -1 if absent
    const SchemaField *field(const QString &path) const; // nullptr if absent; valid while this index lives
    QList<int> roots() const;                        // indexes of the top-level fields, in key order
    int leafCount() const;
    QStringList leafPaths() const;                   // depth first, siblings in key order

    /** Replaces a leading/embedded "_{TENANT_ID}" by tenantNamespace(); returns the path unchanged otherwise. */
    QString resolvePath(const QString &path) const;

private:
    struct Data;
    std::shared_ptr<const Data> d;
};

} // namespace Dataflow::Core
