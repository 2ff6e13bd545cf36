// SPDX-License-Identifier: MIT
#pragma once

#include "models/automapper.h"
#include "models/mappingvalidator.h"
#include "model/mappingrow.h"
#include "model/schemaindex.h"
#include "model/sourcecolumn.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace Dataflow::Core {

/**
 * The mapping table: one MappingRow per row, validated live against the selected source columns
 * and the target schema (validateMapping()). Lives in the GUI thread; Qt6::Core only.
 *
 * Editable columns: SourceTypeColumn ("ATTRIBUTE"/"EXPRESSION"/"STATIC"), SourceColumn,
 * DestinationColumn (Qt::EditRole strings). DestinationTypeColumn and StatusColumn are read-only.
 * Rows inserted as auto-map suggestions carry SuggestedRole == true (plus score and reason) until
 * the row is edited or clearSuggestedFlags() is called.
 */
class MappingModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingModel)

public:
    enum Column {
        SourceTypeColumn,
        SourceColumn,
        DestinationColumn,
        DestinationTypeColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        ValidationStateRole = Qt::UserRole + 1, // int, a ValidationState
        IssueMessageRole,                       // QString: the row's issue messages joined by "\n"
        SuggestedRole,                          // bool: row came from auto-map and is untouched
        SuggestionScoreRole,                    // double (0 when not suggested)
        SuggestionReasonRole,                   // QString (empty when not suggested)
        IssueKindsRole                          // QVariantList of int(MappingIssue::Kind)
    };
    enum class ValidationState { Valid, Warning /* type only convertible */, Error };
    Q_ENUM(ValidationState)

    explicit MappingModel(QObject *parent = nullptr);
    ~MappingModel() override;

    /** Columns selected on the source page and the target schema; revalidates every row. */
    void setContext(const SourceColumns &selectedColumns, const SchemaIndex &schema);
    SourceColumns selectedColumns() const { return m_columns; }
    SchemaIndex schema() const { return m_schema; }

    void setRows(const MappingRows &rows); // resets the model, clears suggested flags
    MappingRows rows() const { return m_rows; }
    MappingRow row(int row) const;         // a default row when out of range

    bool insertMappingRows(int position, const MappingRows &rows); // false on a bad position
    /** Inserts suggestion rows (flagged SuggestedRole); `suggestions` parallel to `rows`. */
    bool insertSuggestedRows(int position, const MappingRows &rows,
                             const QList<AutoMapSuggestion> &suggestions);
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool setRow(int row, const MappingRow &value); // clears the row's suggested flag
    /** Like setRow() but flags the row as a suggestion (used by auto-map on an existing row). */
    bool setSuggestedRow(int row, const MappingRow &value, const AutoMapSuggestion &suggestion);
    /**
     * Replaces several rows at once (one revalidation, one dataChanged span): auto-map and undo use it.
     * `suggestions` is empty (rows become the user's) or parallel to `rows` (columnIndex -1 = not
     * suggested). False, and nothing changes, on a bad row or a size mismatch.
     */
    bool setRowsAt(const QList<int> &rows, const MappingRows &values,
                   const QList<AutoMapSuggestion> &suggestions = {});
    bool isSuggested(int row) const;
    AutoMapSuggestion suggestion(int row) const; // columnIndex -1 when not suggested
    void clearSuggestedFlags();

    int mappedCount() const;          // rows with both a source and a destination
    int unmappedColumnCount() const;  // selected columns used by no ATTRIBUTE row
    QStringList unmappedColumns() const;
    int errorCount() const;           // rows with at least one issue
    QList<MappingIssue> issues() const { return m_issues; }
    QList<MappingIssue> issues(int row) const;
    ValidationState validationState(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void countersChanged();

private:
    void revalidate(bool emitChanges);
    QString destinationTypeText(const MappingRow &row) const;

    SourceColumns m_columns;
    SchemaIndex m_schema;
    MappingRows m_rows;
    QList<AutoMapSuggestion> m_suggestions; // parallel to m_rows; columnIndex -1 when not suggested
    QList<MappingIssue> m_issues;
    QList<QList<int>> m_rowIssues;          // parallel to m_rows: indexes into m_issues
    QList<ValidationState> m_rowStates;     // parallel to m_rows
    int m_mapped = 0;
    int m_unmapped = 0;
    int m_errors = 0;
    QStringList m_unmappedColumns;
};

} // namespace Dataflow::Core
