// SPDX-License-Identifier: MIT
#include "schemafieldfiltermodel.h"

#include "models/schemafieldmodel.h"

#include <QStringMatcher>

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
        connect(m_schemaModel, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
            m_visible.clear();
            m_matches.clear();
            m_haystacks.clear();
        });
        connect(m_schemaModel, &QAbstractItemModel::modelReset, this, [this] {
            rebuildHaystacks();
            recompute(false);
        });
    }
    rebuildHaystacks();
    recompute(false);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void SchemaFieldFilterModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    // Appending letters can only narrow the matches: re-check the previous ones only.
    const bool refine = !m_text.trimmed().isEmpty() && text.startsWith(m_text) && m_matches.size() > 0;
    m_text = text;
    m_words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    recompute(refine);
    invalidateFilter();
}

void SchemaFieldFilterModel::setLeavesOnly(bool leavesOnly)
{
    if (leavesOnly == m_leavesOnly)
        return;
    m_leavesOnly = leavesOnly;
    recompute(false);
    invalidateFilter();
}

void SchemaFieldFilterModel::rebuildHaystacks()
{
    m_haystacks.clear();
    m_schema = m_schemaModel ? m_schemaModel->schema() : SchemaIndex();
    m_rootsCache = m_schema.roots();
    const QList<SchemaField> &fields = m_schema.fields();
    m_haystacks.reserve(fields.size());
    for (const SchemaField &f : fields)
        m_haystacks.append(f.title.isEmpty() ? f.path.toLower() : (f.path + QLatin1Char('\n') + f.title).toLower());
}

void SchemaFieldFilterModel::recompute(bool refine)
{
    m_matchCount = 0;
    m_acceptAll = !m_schemaModel || (m_words.isEmpty() && !m_leavesOnly);
    if (!m_schemaModel) {
        m_visible.clear();
        m_matches.clear();
        return;
    }
    const QList<SchemaField> &fields = m_schema.fields();
    const qsizetype n = fields.size();
    if (!refine || m_matches.size() != n)
        m_matches = QBitArray(n, true);
    m_visible = QBitArray(n, false);
    QList<QStringMatcher> matchers;
    matchers.reserve(m_words.size());
    for (const QString &word : std::as_const(m_words))
        matchers.append(QStringMatcher(word, Qt::CaseSensitive)); // haystacks are lower case already
    for (qsizetype i = 0; i < n; ++i) {
        if (!m_matches.testBit(i))
            continue;
        bool all = !(m_leavesOnly && !fields.at(i).isLeaf);
        for (qsizetype w = 0; all && w < matchers.size(); ++w)
            all = matchers.at(w).indexIn(m_haystacks.at(i)) >= 0;
        if (!all) {
            m_matches.clearBit(i);
            continue;
        }
        m_visible.setBit(i);
        ++m_matchCount;
    }
    // Children come after their parent in fields(): one backward pass marks every ancestor.
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
    // Same mapping as SchemaFieldModel::index(), without building an index per row.
    const QList<SchemaField> &fields = m_schema.fields();
    int f = -1;
    if (!sourceParent.isValid()) {
        const QList<int> &roots = m_rootsCache;
        f = sourceRow < roots.size() ? roots.at(sourceRow) : -1;
    } else {
        const qsizetype parent = qsizetype(sourceParent.internalId());
        if (parent < fields.size() && sourceRow < fields.at(parent).children.size())
            f = fields.at(parent).children.at(sourceRow);
    }
    return f >= 0 && f < m_visible.size() && m_visible.testBit(f);
}

} // namespace Dataflow::Core
