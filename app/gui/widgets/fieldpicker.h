// SPDX-License-Identifier: MIT
#pragma once

#include "models/schemafieldmodel.h"

#include <QPointer>
#include <QWidget>

class QLineEdit;
class QTreeView;
class QLabel;

namespace Dataflow::Core {
class SchemaFieldFilterModel;
}

namespace Dataflow::Gui {

/**
 * A searchable tree of a target schema's fields, each with its XDM type, for choosing a mapping
 * destination. The line edit holds the chosen path and filters the tree as one types; Enter, a
 * double click or Return on a leaf picks it (pathPicked). The SchemaFieldModel is not owned: many
 * pickers (one per open editor) share one model, each with its own filter. GUI thread.
 */
class FieldPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldPicker)

public:
    explicit FieldPicker(QWidget *parent = nullptr);
    ~FieldPicker() override;

    void setFieldModel(Core::SchemaFieldModel *model);
    Core::SchemaFieldModel *fieldModel() const { return m_fieldModel; }

    /** The chosen path (what the line edit holds). */
    QString path() const;
    /** Shows @p path and selects it in the tree when it exists; does not filter. */
    void setPath(const QString &path);
    /** Filters the tree (words of @p text, case-insensitive). */
    void setFilterText(const QString &text);
    QString filterText() const;
    /** Number of fields the current filter matches. */
    int matchCount() const;

    QLineEdit *lineEdit() const { return m_edit; }
    QTreeView *treeView() const { return m_tree; }

signals:
    /** A leaf was chosen (Enter, double click); the path is also in path(). */
    void pathPicked(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTextEdited(const QString &text);
    void onCurrentChanged();
    void pickCurrent();
    QModelIndex firstLeaf(const QModelIndex &parent) const;
    void updateHint();

    QPointer<Core::SchemaFieldModel> m_fieldModel;
    Core::SchemaFieldFilterModel *m_filter;
    QLineEdit *m_edit;
    QTreeView *m_tree;
    QLabel *m_hint;
};

} // namespace Dataflow::Gui
