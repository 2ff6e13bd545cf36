// SPDX-License-Identifier: MIT
#pragma once

#include "models/schemafieldmodel.h"

#include <QPointer>
#include <QStyledItemDelegate>


namespace Dataflow::Gui {

/**
 * Editor of the mapping table's destination column: a FieldPicker (searchable schema tree with
 * field types) over a shared SchemaFieldModel (not owned). Reads and writes the cell through
 * Qt::EditRole only; picking a field commits and closes the editor.
 */
class FieldPickerDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldPickerDelegate)

public:
    explicit FieldPickerDelegate(QObject *parent = nullptr);
    ~FieldPickerDelegate() override;

    void setFieldModel(Core::SchemaFieldModel *model);
    Core::SchemaFieldModel *fieldModel() const { return m_fieldModel; }
    /** Height of the editor's popup area (the tree needs more than one row). */
    void setEditorHeight(int height) { m_editorHeight = height; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

private:
    QPointer<Core::SchemaFieldModel> m_fieldModel;
    int m_editorHeight = 260;
};

} // namespace Dataflow::Gui
