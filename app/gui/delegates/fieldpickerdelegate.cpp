// SPDX-License-Identifier: MIT
#include "delegates/fieldpickerdelegate.h"

#include "models/schemafieldmodel.h"
#include "widgets/fieldpicker.h"

namespace Dataflow::Gui {

FieldPickerDelegate::FieldPickerDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

FieldPickerDelegate::~FieldPickerDelegate() = default;

void FieldPickerDelegate::setFieldModel(Core::SchemaFieldModel *model)
{
    m_fieldModel = model;
}

QWidget *FieldPickerDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    Q_UNUSED(option)
    Q_UNUSED(index)
    auto *picker = new FieldPicker(parent);
    picker->setFieldModel(m_fieldModel);
    // commitData/closeEditor are signals of this delegate; the picker is the context object
    connect(picker, &FieldPicker::pathPicked, picker, [this, picker] {
        auto *self = const_cast<FieldPickerDelegate *>(this);
        emit self->commitData(picker);
        emit self->closeEditor(picker, QAbstractItemDelegate::SubmitModelCache);
    });
    return picker;
}

void FieldPickerDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *picker = qobject_cast<FieldPicker *>(editor);
    if (!picker)
        return QStyledItemDelegate::setEditorData(editor, index);
    picker->setPath(index.data(Qt::EditRole).toString());
}

void FieldPickerDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                       const QModelIndex &index) const
{
    auto *picker = qobject_cast<FieldPicker *>(editor);
    if (!picker)
        return QStyledItemDelegate::setModelData(editor, model, index);
    if (picker->path() != index.data(Qt::EditRole).toString())
        model->setData(index, picker->path(), Qt::EditRole);
}

void FieldPickerDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                               const QModelIndex &index) const
{
    Q_UNUSED(index)
    QRect rect = option.rect;
    rect.setHeight(qMax(rect.height(), m_editorHeight));
    rect.setWidth(qMax(rect.width(), 320));
    if (QWidget *area = editor->parentWidget()) {
        // keep the popup inside the viewport: open upwards near the bottom
        if (rect.bottom() > area->height() && option.rect.bottom() - rect.height() >= 0)
            rect.moveBottom(option.rect.bottom());
        if (rect.right() > area->width())
            rect.moveRight(qMax(rect.width() - 1, area->width() - 1));
    }
    editor->setGeometry(rect);
}

} // namespace Dataflow::Gui
