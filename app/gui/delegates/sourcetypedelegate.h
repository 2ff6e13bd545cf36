// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace Dataflow::Gui {

/**
 * Editor of the mapping table's source type column: a combo box of ATTRIBUTE, EXPRESSION and
 * STATIC shown in words ("Column", "Expression", "Fixed value"). Goes through Qt::EditRole, whose
 * value is the Data Prep keyword.
 */
class SourceTypeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceTypeDelegate)

public:
    explicit SourceTypeDelegate(QObject *parent = nullptr);
    ~SourceTypeDelegate() override;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace Dataflow::Gui
