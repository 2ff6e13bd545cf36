// SPDX-License-Identifier: MIT
#include "delegates/sourcetypedelegate.h"

#include "model/mappingrow.h"

#include <QComboBox>

namespace Dataflow::Gui {

using Core::SourceType;

SourceTypeDelegate::SourceTypeDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

SourceTypeDelegate::~SourceTypeDelegate() = default;

QWidget *SourceTypeDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    Q_UNUSED(option)
    Q_UNUSED(index)
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(tr("Source type"));
    combo->addItem(tr("Column"), Core::sourceTypeToString(SourceType::Attribute));
    combo->addItem(tr("Expression"), Core::sourceTypeToString(SourceType::Expression));
    combo->addItem(tr("Fixed value"), Core::sourceTypeToString(SourceType::Static));
    combo->setItemData(0, tr("The value of a source column"), Qt::ToolTipRole);
    combo->setItemData(1, tr("A Data Prep expression, e.g. concat(FirstName, \" \", LastName)"), Qt::ToolTipRole);
    combo->setItemData(2, tr("The same literal value in every record"), Qt::ToolTipRole);
    // commit as soon as a value is chosen
    connect(combo, &QComboBox::activated, combo, [this, combo] {
        emit const_cast<SourceTypeDelegate *>(this)->commitData(combo);
    });
    return combo;
}

void SourceTypeDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return QStyledItemDelegate::setEditorData(editor, index);
    const auto type = Core::sourceTypeFromString(index.data(Qt::EditRole).toString());
    const int at = combo->findData(Core::sourceTypeToString(type.value_or(SourceType::Attribute)));
    combo->setCurrentIndex(qMax(0, at));
}

void SourceTypeDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return QStyledItemDelegate::setModelData(editor, model, index);
    const QString value = combo->currentData().toString();
    if (value.compare(index.data(Qt::EditRole).toString(), Qt::CaseInsensitive) != 0)
        model->setData(index, value, Qt::EditRole);
}

} // namespace Dataflow::Gui
