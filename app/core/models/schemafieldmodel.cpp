// SPDX-License-Identifier: MIT
#include "schemafieldmodel.h"

#include "model/typecompat.h"

namespace Dataflow::Core {

SchemaFieldModel::SchemaFieldModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

SchemaFieldModel::~SchemaFieldModel() = default;

void SchemaFieldModel::setSchema(const SchemaIndex &schema)
{
    beginResetModel();
    m_schema = schema;
    m_roots = schema.roots();
    m_types.clear();
    m_types.reserve(schema.fields().size());
    for (const SchemaField &f : schema.fields())
        m_types.append(destinationXdmType(f));
    endResetModel();
}

int SchemaFieldModel::fieldIndex(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return -1;
    return int(index.internalId());
}

QModelIndex SchemaFieldModel::indexForPath(const QString &path, int column) const
{
    const int f = m_schema.indexOf(path);
    if (f < 0 || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(m_schema.fields().at(f).row, column, quintptr(f));
}

QModelIndex SchemaFieldModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const QList<SchemaField> &fields = m_schema.fields();
    if (!parent.isValid()) {
        if (row >= m_roots.size())
            return {};
        return createIndex(row, column, quintptr(m_roots.at(row)));
    }
    if (parent.model() != this || parent.column() != 0)
        return {};
    const SchemaField &p = fields.at(int(parent.internalId()));
    if (row >= p.children.size())
        return {};
    return createIndex(row, column, quintptr(p.children.at(row)));
}

QModelIndex SchemaFieldModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const SchemaField &f = m_schema.fields().at(int(child.internalId()));
    if (f.parent < 0)
        return {};
    return createIndex(m_schema.fields().at(f.parent).row, 0, quintptr(f.parent));
}

int SchemaFieldModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    return int(m_schema.fields().at(int(parent.internalId())).children.size());
}

int SchemaFieldModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool SchemaFieldModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant SchemaFieldModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int i = int(index.internalId());
    const SchemaField &f = m_schema.fields().at(i);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return f.name;
        case TypeColumn: return m_types.at(i);
        case PathColumn: return f.path;
        default: return {};
        }
    case Qt::ToolTipRole: {
        QString tip = f.title.isEmpty() ? f.path : f.title + QLatin1String(" (") + f.path + QLatin1Char(')');
        if (!f.description.isEmpty())
            tip += QLatin1Char('\n') + f.description;
        return tip;
    }
    case PathRole: return f.path;
    case IsLeafRole: return f.isLeaf;
    case TypeRole: return m_types.at(i);
    case TitleRole: return f.title;
    case DescriptionRole: return f.description;
    case FieldIndexRole: return i;
    default: return {};
    }
}

Qt::ItemFlags SchemaFieldModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_schema.fields().at(int(index.internalId())).children.isEmpty())
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant SchemaFieldModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Field");
    case TypeColumn: return tr("Type");
    case PathColumn: return tr("Path");
    default: return {};
    }
}

} // namespace Dataflow::Core
