// SPDX-License-Identifier: MIT
#include "schemafieldfiltermodel.h"

#include "models/schemafieldmodel.h"

namespace Dataflow::Core {

SchemaFieldFilterModel::SchemaFieldFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Ancestors are kept by recompute(); Qt's own recursive pass would only repeat the work.
    setRecursiveFilteringEnabled(false);
}

SchemaFieldFilterModel::~SchemaFieldFilterModel() = default;

void SchemaFieldFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    if (m_schemaModel)
        disconnect(m_schemaModel, nullptr, this, nullptr);
    m_schemaModel = qobject_cast<SchemaFieldModel *>(sourceModel);
    if (m_schemaModel) {
        // Before the proxy handles the reset, so filterAcceptsRow() sees the new schema's bits.
        connect(m_schemaModel, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_visible.clear(); });
        connect(m_schemaModel, &QAbstractItemModel::modelReset, this, [this] { recompute(); });
    }
    recompute();
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void SchemaFieldFilterModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    recompute();
    invalidateFilter();
}

void SchemaFieldFilterModel::setLeavesOnly(bool leavesOnly)
{
    if (leavesOnly == m_leavesOnly)
        return;
    m_leavesOnly = leavesOnly;
    recompute();
    invalidateFilter();
}

void SchemaFieldFilterModel::recompute()
{
    m_matchCount = 0;
    m_acceptAll = !m_schemaModel || (m_words.isEmpty() && !m_leavesOnly);
    if (!m_schemaModel) {
        m_visible.clear();
        return;
    }
    const QList<SchemaField> &fields = m_schemaModel->schema().fields();
    const qsizetype n = fields.size();
    m_visible = QBitArray(n, false);
    // Match each field once, then mark ancestors: children come after their parent in fields().
    for (qsizetype i = 0; i < n; ++i) {
        const SchemaField &f = fields.at(i);
        if (m_leavesOnly && !f.isLeaf)
            continue;
        bool all = true;
        for (const QString &word : std::as_const(m_words)) {
            if (!f.path.contains(word, Qt::CaseInsensitive) && !f.title.contains(word, Qt::CaseInsensitive)) {
                all = false;
                break;
            }
        }
        if (all) {
            m_visible.setBit(i);
            ++m_matchCount;
        }
    }
    for (qsizetype i = n - 1; i >= 0; --i) {
        const int parent = fields.at(i).parent;
        if (parent >= 0 && m_visible.testBit(i))
            m_visible.setBit(parent);
    }
}

bool SchemaFieldFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_acceptAll)
        return true;
    const QModelIndex index = m_schemaModel->index(sourceRow, 0, sourceParent);
    const int f = m_schemaModel->fieldIndex(index);
    return f >= 0 && f < m_visible.size() && m_visible.testBit(f);
}

} // namespace Dataflow::Core
