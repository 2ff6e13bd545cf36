// SPDX-License-Identifier: MIT
#pragma once

#include "models/automapper.h"
#include "model/mappingrow.h"

#include <QCoreApplication>
#include <QList>
#include <QPointer>
#include <QUndoCommand>

namespace Dataflow::Core {
class MappingModel;
}

namespace Dataflow::Gui {

/**
 * Undo commands over a Core::MappingModel (push them on a QUndoStack; the first redo() applies).
 * The model is held by QPointer: if it is gone, undo/redo do nothing. Row indexes are model rows
 * (not proxy rows). Each command restores the suggested flags it changed.
 */

/** Replaces one row (an edit of a cell, or of the whole row). Consecutive edits of the same row merge. */
class SetMappingRowCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Dataflow::Gui::SetMappingRowCommand)
public:
    SetMappingRowCommand(Core::MappingModel *model, int row, const Core::MappingRow &value,
                         QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return 0x4d52; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    QPointer<Core::MappingModel> m_model;
    int m_row;
    Core::MappingRow m_old;
    Core::MappingRow m_new;
    Core::AutoMapSuggestion m_oldSuggestion; // columnIndex -1 when the row was not a suggestion
};

/** Inserts rows at a position (append: position == rowCount()). */
class InsertMappingRowsCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Dataflow::Gui::InsertMappingRowsCommand)
public:
    InsertMappingRowsCommand(Core::MappingModel *model, int position, const Core::MappingRows &rows,
                             QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    QPointer<Core::MappingModel> m_model;
    int m_position;
    Core::MappingRows m_rows;
};

/** Removes a set of rows (any order, duplicates ignored). */
class RemoveMappingRowsCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Dataflow::Gui::RemoveMappingRowsCommand)
public:
    RemoveMappingRowsCommand(Core::MappingModel *model, const QList<int> &rows,
                             QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    QPointer<Core::MappingModel> m_model;
    QList<int> m_rowIndexes; // ascending
    Core::MappingRows m_rows; // parallel to m_rowIndexes, captured at first redo()
    QList<Core::AutoMapSuggestion> m_suggestions;
    bool m_captured = false;
};

/**
 * Applies a whole auto-map as one undo step: a suggestion for a column that already has an
 * ATTRIBUTE row with an empty destination fills that row; otherwise a row is appended.
 * Affected rows are flagged as suggestions (MappingModel::SuggestedRole).
 */
class ApplySuggestionsCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Dataflow::Gui::ApplySuggestionsCommand)
public:
    ApplySuggestionsCommand(Core::MappingModel *model, const QList<Core::AutoMapSuggestion> &suggestions,
                            QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    struct Change
    {
        int row;
        Core::MappingRow old;
        Core::AutoMapSuggestion oldSuggestion;
        Core::MappingRow value;
        Core::AutoMapSuggestion suggestion;
    };
    QPointer<Core::MappingModel> m_model;
    QList<Core::AutoMapSuggestion> m_input;
    QList<Change> m_changes;            // fills of existing rows
    Core::MappingRows m_appended;       // appended at the end
    QList<Core::AutoMapSuggestion> m_appendedSuggestions;
    int m_appendPosition = -1;
    bool m_planned = false;
};

/** Replaces all rows (CSV import, "clear all"). */
class ReplaceAllRowsCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Dataflow::Gui::ReplaceAllRowsCommand)
public:
    ReplaceAllRowsCommand(Core::MappingModel *model, const Core::MappingRows &rows,
                          const QString &text = {}, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    QPointer<Core::MappingModel> m_model;
    Core::MappingRows m_old;
    QList<Core::AutoMapSuggestion> m_oldSuggestions;
    Core::MappingRows m_new;
    bool m_captured = false;
};

} // namespace Dataflow::Gui
