// SPDX-License-Identifier: MIT
#include "mappingfiltermodel.h"

#include "models/mappingmodel.h"

namespace Dataflow::Core {

MappingFilterModel::MappingFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Status and counters change with other rows' edits (duplicates): re-filter on every change.
    setDynamicSortFilter(true);
}

MappingFilterModel::~MappingFilterModel() = default;

void MappingFilterModel::setShow(Show show)
{
    if (show == m_show)
        return;
    m_show = show;
    invalidateFilter();
}

void MappingFilterModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

bool MappingFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (!source || sourceParent.isValid())
        return false;
    const QModelIndex first = source->index(sourceRow, MappingModel::SourceColumn);
    const QString destination = source->index(sourceRow, MappingModel::DestinationColumn).data().toString();
    switch (m_show) {
    case Show::All:
        break;
    case Show::Errors:
        if (first.data(MappingModel::ValidationStateRole).toInt() != int(MappingModel::ValidationState::Error))
            return false;
        break;
    case Show::Warnings:
        if (first.data(MappingModel::ValidationStateRole).toInt() != int(MappingModel::ValidationState::Warning))
            return false;
        break;
    case Show::Suggested:
        if (!first.data(MappingModel::SuggestedRole).toBool())
            return false;
        break;
    case Show::WithoutDestination:
        if (!destination.trimmed().isEmpty())
            return false;
        break;
    }
    const QString text = m_text.trimmed();
    if (text.isEmpty())
        return true;
    return first.data().toString().contains(text, Qt::CaseInsensitive)
        || destination.contains(text, Qt::CaseInsensitive);
}

} // namespace Dataflow::Core
