// SPDX-License-Identifier: MIT
#pragma once

#include "model/schemaindex.h"

#include <QAbstractItemModel>

namespace Dataflow::Core {

/**
 * Read-only tree over a SchemaIndex (objects -> children), for the destination picker.
 * Columns: Name (field name; title in the tool tip), Type (effective XDM type), Path.
 * internalId() of an index is the field's position in SchemaIndex::fields(). GUI thread.
 */
class SchemaFieldModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemaFieldModel)

public:
    enum Column { NameColumn, TypeColumn, PathColumn, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1, // QString dot path
        IsLeafRole,                  // bool
        TypeRole,                    // QString effective XDM type (destinationXdmType())
        TitleRole,                   // QString
        DescriptionRole,             // QString
        FieldIndexRole               // int, position in SchemaIndex::fields()
    };

    explicit SchemaFieldModel(QObject *parent = nullptr);
    ~SchemaFieldModel() override;

    void setSchema(const SchemaIndex &schema); // resets the model
    SchemaIndex schema() const { return m_schema; }
    QModelIndex indexForPath(const QString &path, int column = NameColumn) const; // invalid if absent
    int fieldIndex(const QModelIndex &index) const; // -1 when invalid

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    SchemaIndex m_schema;
    QList<QString> m_types; // destinationXdmType() per field, computed once
    QList<int> m_roots;
};

} // namespace Dataflow::Core
