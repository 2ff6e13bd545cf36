// SPDX-License-Identifier: MIT
#include "widgets/fieldpicker.h"

#include "models/schemafieldfiltermodel.h"
#include "models/schemafieldmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace Dataflow::Gui {

using Core::SchemaFieldModel;

FieldPicker::FieldPicker(QWidget *parent)
    : QWidget(parent)
    , m_filter(new Core::SchemaFieldFilterModel(this))
    , m_edit(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_hint(new QLabel(this))
{
    setAutoFillBackground(true);
    m_edit->setPlaceholderText(tr("Type to search the schema, or a path"));
    m_edit->setAccessibleName(tr("Destination field"));
    m_edit->setClearButtonEnabled(true);
    m_tree->setAccessibleName(tr("Schema fields"));
    m_tree->setModel(m_filter);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(true);
    m_hint->setAccessibleName(tr("Search result"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_hint);
    setFocusProxy(m_edit);

    m_edit->installEventFilter(this);
    m_tree->installEventFilter(this);

    connect(m_edit, &QLineEdit::textEdited, this, &FieldPicker::onTextEdited);
    connect(m_edit, &QLineEdit::returnPressed, this, &FieldPicker::pickCurrent);
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.data(SchemaFieldModel::IsLeafRole).toBool()) {
            m_edit->setText(index.data(SchemaFieldModel::PathRole).toString());
            emit pathPicked(path());
        }
    });
    updateHint();
}

FieldPicker::~FieldPicker() = default;

void FieldPicker::setFieldModel(SchemaFieldModel *model)
{
    m_fieldModel = model;
    m_filter->setSourceModel(model);
    if (model) {
        m_tree->setColumnHidden(SchemaFieldModel::PathColumn, true);
        m_tree->header()->setSectionResizeMode(SchemaFieldModel::NameColumn, QHeaderView::Stretch);
        m_tree->header()->setSectionResizeMode(SchemaFieldModel::TypeColumn, QHeaderView::ResizeToContents);
        m_tree->header()->setStretchLastSection(false);
    }
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FieldPicker::onCurrentChanged, Qt::UniqueConnection);
    updateHint();
}

QString FieldPicker::path() const
{
    return m_edit->text().trimmed();
}

void FieldPicker::setPath(const QString &path)
{
    m_edit->setText(path);
    if (!m_fieldModel)
        return;
    const QModelIndex source = m_fieldModel->indexForPath(m_fieldModel->schema().resolvePath(path));
    const QModelIndex proxy = m_filter->mapFromSource(source);
    if (proxy.isValid()) {
        m_tree->scrollTo(proxy);
        m_tree->selectionModel()->setCurrentIndex(
            proxy, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

void FieldPicker::setFilterText(const QString &text)
{
    m_filter->setFilterText(text);
    if (!text.trimmed().isEmpty())
        m_tree->expandAll();
    updateHint();
}

QString FieldPicker::filterText() const
{
    return m_filter->filterText();
}

int FieldPicker::matchCount() const
{
    return m_filter->matchCount();
}

bool FieldPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_edit && (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown)) {
            m_tree->setFocus();
            const QModelIndex current = m_tree->currentIndex();
            if (!current.isValid() || !current.data(SchemaFieldModel::IsLeafRole).toBool()) {
                const QModelIndex leaf = firstLeaf({});
                if (leaf.isValid())
                    m_tree->setCurrentIndex(leaf);
                else if (m_filter->rowCount() > 0)
                    m_tree->setCurrentIndex(m_filter->index(0, 0));
            }
            return true;
        }
        if (watched == m_tree && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            pickCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FieldPicker::onTextEdited(const QString &text)
{
    setFilterText(text);
}

void FieldPicker::onCurrentChanged()
{
    const QModelIndex current = m_tree->currentIndex();
    if (current.isValid() && current.data(SchemaFieldModel::IsLeafRole).toBool())
        m_edit->setText(current.data(SchemaFieldModel::PathRole).toString());
}

QModelIndex FieldPicker::firstLeaf(const QModelIndex &parent) const
{
    for (int row = 0; row < m_filter->rowCount(parent); ++row) {
        const QModelIndex index = m_filter->index(row, 0, parent);
        if (index.data(SchemaFieldModel::IsLeafRole).toBool())
            return index;
        const QModelIndex inner = firstLeaf(index);
        if (inner.isValid())
            return inner;
    }
    return {};
}

void FieldPicker::pickCurrent()
{
    const QModelIndex current = m_tree->currentIndex();
    const bool exact = m_fieldModel
        && m_fieldModel->indexForPath(m_fieldModel->schema().resolvePath(path())).isValid();
    if (!exact) {
        if (current.isValid() && current.data(SchemaFieldModel::IsLeafRole).toBool()) {
            m_edit->setText(current.data(SchemaFieldModel::PathRole).toString());
        } else if (!m_filter->filterText().trimmed().isEmpty() && m_filter->matchCount() == 1) {
            // one field matches what was typed: Enter takes it
            const QModelIndex leaf = firstLeaf({});
            if (leaf.isValid())
                m_edit->setText(leaf.data(SchemaFieldModel::PathRole).toString());
        }
    }
    emit pathPicked(path());
}

void FieldPicker::updateHint()
{
    if (!m_fieldModel || m_fieldModel->rowCount() == 0) {
        m_hint->setText(tr("No target schema loaded"));
        return;
    }
    if (m_filter->filterText().trimmed().isEmpty())
        m_hint->setText(tr("%n field(s)", nullptr, m_fieldModel->schema().leafCount()));
    else
        m_hint->setText(tr("%n match(es)", nullptr, m_filter->matchCount()));
}

} // namespace Dataflow::Gui
