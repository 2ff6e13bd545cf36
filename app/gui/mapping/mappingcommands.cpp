// SPDX-License-Identifier: MIT
#include "mappingcommands.h"

#include "models/mappingmodel.h"

#include <QHash>

#include <algorithm>

namespace Dataflow::Gui {

using Core::AutoMapSuggestion;
using Core::MappingModel;
using Core::MappingRow;
using Core::MappingRows;

// --- SetMappingRowCommand -------------------------------------------------------------------

SetMappingRowCommand::SetMappingRowCommand(MappingModel *model, int row, const MappingRow &value,
                                           QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_row(row)
    , m_new(value)
{
    if (model) {
        m_old = model->row(row);
        m_oldSuggestion = model->suggestion(row);
    }
    setText(tr("Edit mapping row %1").arg(row + 1));
}

void SetMappingRowCommand::redo()
{
    if (m_model)
        m_model->setRow(m_row, m_new);
}

void SetMappingRowCommand::undo()
{
    if (!m_model)
        return;
    if (m_oldSuggestion.columnIndex >= 0)
        m_model->setSuggestedRow(m_row, m_old, m_oldSuggestion);
    else
        m_model->setRow(m_row, m_old);
}

bool SetMappingRowCommand::mergeWith(const QUndoCommand *other)
{
    if (other->id() != id())
        return false;
    const auto *next = static_cast<const SetMappingRowCommand *>(other);
    if (next->m_model != m_model || next->m_row != m_row)
        return false;
    m_new = next->m_new;
    return true;
}

// --- InsertMappingRowsCommand ---------------------------------------------------------------

InsertMappingRowsCommand::InsertMappingRowsCommand(MappingModel *model, int position, const MappingRows &rows,
                                                   QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_position(position)
    , m_rows(rows)
{
    setText(tr("Add %n mapping row(s)", nullptr, int(rows.size())));
}

void InsertMappingRowsCommand::redo()
{
    if (m_model)
        m_model->insertMappingRows(m_position, m_rows);
}

void InsertMappingRowsCommand::undo()
{
    if (m_model)
        m_model->removeRows(m_position, int(m_rows.size()));
}

// --- RemoveMappingRowsCommand ---------------------------------------------------------------

RemoveMappingRowsCommand::RemoveMappingRowsCommand(MappingModel *model, const QList<int> &rows,
                                                   QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_rowIndexes(rows)
{
    std::sort(m_rowIndexes.begin(), m_rowIndexes.end());
    m_rowIndexes.erase(std::unique(m_rowIndexes.begin(), m_rowIndexes.end()), m_rowIndexes.end());
    if (model) {
        const int count = model->rowCount();
        m_rowIndexes.erase(std::remove_if(m_rowIndexes.begin(), m_rowIndexes.end(),
                                          [count](int r) { return r < 0 || r >= count; }),
                           m_rowIndexes.end());
    }
    setText(tr("Remove %n mapping row(s)", nullptr, int(m_rowIndexes.size())));
}

void RemoveMappingRowsCommand::redo()
{
    if (!m_model)
        return;
    if (!m_captured) {
        for (int r : std::as_const(m_rowIndexes)) {
            m_rows.append(m_model->row(r));
            m_suggestions.append(m_model->suggestion(r));
        }
        m_captured = true;
    }
    // Bottom-up, contiguous runs at once.
    int i = int(m_rowIndexes.size()) - 1;
    while (i >= 0) {
        int j = i;
        while (j > 0 && m_rowIndexes.at(j - 1) == m_rowIndexes.at(j) - 1)
            --j;
        m_model->removeRows(m_rowIndexes.at(j), i - j + 1);
        i = j - 1;
    }
}

void RemoveMappingRowsCommand::undo()
{
    if (!m_model)
        return;
    // Top-down, contiguous runs at once: each row goes back to its original index.
    int k = 0;
    while (k < m_rowIndexes.size()) {
        int end = k + 1;
        while (end < m_rowIndexes.size() && m_rowIndexes.at(end) == m_rowIndexes.at(end - 1) + 1)
            ++end;
        m_model->insertSuggestedRows(m_rowIndexes.at(k), m_rows.mid(k, end - k), m_suggestions.mid(k, end - k));
        k = end;
    }
}

// --- ApplySuggestionsCommand ----------------------------------------------------------------

ApplySuggestionsCommand::ApplySuggestionsCommand(MappingModel *model, const QList<AutoMapSuggestion> &suggestions,
                                                 QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_input(suggestions)
{
    setText(tr("Auto-map %n column(s)", nullptr, int(suggestions.size())));
}

void ApplySuggestionsCommand::redo()
{
    if (!m_model)
        return;
    if (!m_planned) {
        const Core::SourceColumns columns = m_model->selectedColumns();
        // Existing ATTRIBUTE rows without a destination, by source column name (first one wins).
        QHash<QString, int> openRows;
        const MappingRows rows = m_model->rows();
        for (int r = 0; r < rows.size(); ++r) {
            const MappingRow &row = rows.at(r);
            if (row.sourceType == Core::SourceType::Attribute && row.destination.trimmed().isEmpty()
                && !openRows.contains(row.source.trimmed()))
                openRows.insert(row.source.trimmed(), r);
        }
        for (const AutoMapSuggestion &s : std::as_const(m_input)) {
            const MappingRow suggested = Core::mappingRowFromSuggestion(s, columns);
            if (suggested.source.isEmpty())
                continue;
            const auto it = openRows.constFind(suggested.source);
            if (it != openRows.constEnd()) {
                MappingRow filled = rows.at(it.value());
                filled.destination = suggested.destination;
                m_changes.append({it.value(), rows.at(it.value()), m_model->suggestion(it.value()), filled, s});
                openRows.erase(it);
            } else {
                m_appended.append(suggested);
                m_appendedSuggestions.append(s);
            }
        }
        m_appendPosition = int(rows.size());
        m_planned = true;
    }
    QList<int> rows;
    MappingRows values;
    QList<AutoMapSuggestion> suggestions;
    for (const Change &c : std::as_const(m_changes)) {
        rows.append(c.row);
        values.append(c.value);
        suggestions.append(c.suggestion);
    }
    m_model->setRowsAt(rows, values, suggestions);
    if (!m_appended.isEmpty())
        m_model->insertSuggestedRows(m_appendPosition, m_appended, m_appendedSuggestions);
}

void ApplySuggestionsCommand::undo()
{
    if (!m_model)
        return;
    if (!m_appended.isEmpty())
        m_model->removeRows(m_appendPosition, int(m_appended.size()));
    QList<int> rows;
    MappingRows values;
    QList<AutoMapSuggestion> suggestions;
    for (const Change &c : std::as_const(m_changes)) {
        rows.append(c.row);
        values.append(c.old);
        suggestions.append(c.oldSuggestion);
    }
    m_model->setRowsAt(rows, values, suggestions);
}

// --- ReplaceAllRowsCommand ------------------------------------------------------------------

ReplaceAllRowsCommand::ReplaceAllRowsCommand(MappingModel *model, const MappingRows &rows, const QString &text,
                                             QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_new(rows)
{
    setText(text.isEmpty() ? tr("Replace all mapping rows") : text);
}

void ReplaceAllRowsCommand::redo()
{
    if (!m_model)
        return;
    if (!m_captured) {
        m_old = m_model->rows();
        for (int r = 0; r < m_old.size(); ++r)
            m_oldSuggestions.append(m_model->suggestion(r));
        m_captured = true;
    }
    m_model->setRows(m_new);
}

void ReplaceAllRowsCommand::undo()
{
    if (!m_model)
        return;
    m_model->setRows(m_old);
    QList<int> suggested;
    MappingRows values;
    QList<AutoMapSuggestion> suggestions;
    for (int r = 0; r < m_oldSuggestions.size(); ++r) {
        if (m_oldSuggestions.at(r).columnIndex >= 0) {
            suggested.append(r);
            values.append(m_old.at(r));
            suggestions.append(m_oldSuggestions.at(r));
        }
    }
    m_model->setRowsAt(suggested, values, suggestions);
}

} // namespace Dataflow::Gui
