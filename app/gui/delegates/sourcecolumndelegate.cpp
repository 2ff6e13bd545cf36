// SPDX-License-Identifier: MIT
#include "delegates/sourcecolumndelegate.h"

#include "model/mappingrow.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>

namespace Dataflow::Gui {

SourceColumnDelegate::SourceColumnDelegate(int typeColumn, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_typeColumn(typeColumn)
{
}

SourceColumnDelegate::~SourceColumnDelegate() = default;

void SourceColumnDelegate::setColumns(const Core::SourceColumns &columns)
{
    m_columns = columns;
}

QWidget *SourceColumnDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                            const QModelIndex &index) const
{
    const auto type = Core::sourceTypeFromString(index.sibling(index.row(), m_typeColumn).data(Qt::EditRole).toString());
    if (type.value_or(Core::SourceType::Attribute) != Core::SourceType::Attribute) {
        auto *edit = qobject_cast<QLineEdit *>(QStyledItemDelegate::createEditor(parent, option, index));
        if (edit) {
            edit->setAccessibleName(*type == Core::SourceType::Expression ? tr("Expression") : tr("Fixed value"));
            edit->setPlaceholderText(*type == Core::SourceType::Expression ? tr("e.g. concat(FirstName, \" \", LastName)")
                                                                           : tr("The value written in every record"));
        }
        return edit;
    }
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setAccessibleName(tr("Source column"));
    for (const auto &column : m_columns) {
        combo->addItem(column.name, column.name);
        combo->setItemData(combo->count() - 1, tr("%1 (%2)").arg(column.name, column.effectiveXdmType()), Qt::ToolTipRole);
    }
    if (QCompleter *completer = combo->completer()) {
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        completer->setCompletionMode(QCompleter::PopupCompletion);
    }
    connect(combo, &QComboBox::activated, combo, [this, combo] {
        emit const_cast<SourceColumnDelegate *>(this)->commitData(combo);
    });
    return combo;
}

void SourceColumnDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return QStyledItemDelegate::setEditorData(editor, index);
    const QString value = index.data(Qt::EditRole).toString();
    const int at = combo->findData(value);
    if (at >= 0)
        combo->setCurrentIndex(at);
    else
        combo->setEditText(value);
}

void SourceColumnDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return QStyledItemDelegate::setModelData(editor, model, index);
    const QString value = combo->currentText().trimmed();
    if (value != index.data(Qt::EditRole).toString())
        model->setData(index, value, Qt::EditRole);
}

} // namespace Dataflow::Gui
