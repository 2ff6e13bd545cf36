// SPDX-License-Identifier: MIT
#pragma once

#include <QBitArray>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace Dataflow::Core {

class SchemaFieldModel;

/**
 * Filters a SchemaFieldModel: a field is shown when every word of the filter text occurs
 * (case-insensitive substring) in its path or title, and (leaves-only) it is a leaf; ancestors of
 * shown fields stay visible (recursive filtering). Matching is precomputed per filter text over the
 * whole schema, so a keystroke costs one linear pass. GUI thread. The source must be a
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
    void recompute();

    SchemaFieldModel *m_schemaModel = nullptr;
    QString m_text;
    QStringList m_words;
    bool m_leavesOnly = false;
    bool m_acceptAll = true;
    QBitArray m_visible; // per field: shown (matches or has a matching descendant)
    int m_matchCount = 0;
};

} // namespace Dataflow::Core
