// SPDX-License-Identifier: MIT
#pragma once

#include "model/sourcecolumn.h"

#include <QStyledItemDelegate>

namespace Dataflow::Gui {

/**
 * Editor of the mapping table's source column. For a column row (ATTRIBUTE, read from the sibling
 * in column @p typeColumn) an editable combo box of the selected source columns, each with its type;
 * for an expression or a fixed value a line edit. Goes through Qt::EditRole only.
 */
class SourceColumnDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceColumnDelegate)

public:
    explicit SourceColumnDelegate(int typeColumn, QObject *parent = nullptr);
    ~SourceColumnDelegate() override;

    void setColumns(const Core::SourceColumns &columns);
    Core::SourceColumns columns() const { return m_columns; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    int m_typeColumn;
    Core::SourceColumns m_columns;
};

} // namespace Dataflow::Gui
