// SPDX-License-Identifier: MIT
#pragma once

#include "model/schemaindex.h"

#include <QBitArray>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace Dataflow::Core {

class SchemaFieldModel;

/**
 * Filters a SchemaFieldModel: a field is shown when every word of the filter text occurs
 * (case-insensitive substring) in its path or title, and (leaves-only) it is a leaf; ancestors of
 * shown fields stay visible (recursive filtering). Matching is precomputed per filter text over the
 * whole schema, so a keystroke costs one linear pass; typing more letters only re-checks the fields
 * that matched before. GUI thread. The source must be a
 * SchemaFieldModel (setSourceModel() with anything else shows everything).
 */
class SchemaFieldFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemaFieldFilterModel)

public:
    explicit SchemaFieldFilterModel(QObject *parent = nullptr);
    ~SchemaFieldFilterModel() override;

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    QString filterText() const { return m_text; }
    void setFilterText(const QString &text);
    bool leavesOnly() const { return m_leavesOnly; }
    void setLeavesOnly(bool leavesOnly);
    int matchCount() const { return m_matchCount; } // fields matching the words (and leaf rule)

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void rebuildHaystacks();
    void recompute(bool refine);

    SchemaFieldModel *m_schemaModel = nullptr;
    SchemaIndex m_schema; // the source model's, refreshed on its resets
    QList<int> m_rootsCache;
    QString m_text;
    QStringList m_words;
    bool m_leavesOnly = false;
    bool m_acceptAll = true;
    QBitArray m_matches; // per field: matches the words (and the leaf rule)
    QBitArray m_visible; // per field: shown (matches or has a matching descendant)
    QStringList m_haystacks; // per field: lower-case "path\ntitle"
    int m_matchCount = 0;
};

} // namespace Dataflow::Core
