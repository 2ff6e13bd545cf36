// SPDX-License-Identifier: MIT
#include "mappingmodel.h"

#include "model/typecompat.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Dataflow::Core {

namespace {

AutoMapSuggestion noSuggestion()
{
    return AutoMapSuggestion{};
}

} // namespace

MappingModel::MappingModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

MappingModel::~MappingModel() = default;

void MappingModel::setContext(const SourceColumns &selectedColumns, const SchemaIndex &schema)
{
    m_columns = selectedColumns;
    m_schema = schema;
    revalidate(false);
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    }
    emit countersChanged();
}

void MappingModel::setRows(const MappingRows &rows)
{
    beginResetModel();
    m_rows = rows;
    m_suggestions = QList<AutoMapSuggestion>(rows.size(), noSuggestion());
    revalidate(false);
    endResetModel();
    emit countersChanged();
}

MappingRow MappingModel::row(int row) const
{
    return (row >= 0 && row < m_rows.size()) ? m_rows.at(row) : MappingRow();
}

bool MappingModel::insertMappingRows(int position, const MappingRows &rows)
{
    return insertSuggestedRows(position, rows, {});
}

bool MappingModel::insertSuggestedRows(int position, const MappingRows &rows,
                                       const QList<AutoMapSuggestion> &suggestions)
{
    if (position < 0 || position > m_rows.size())
        return false;
    if (!suggestions.isEmpty() && suggestions.size() != rows.size())
        return false;
    if (rows.isEmpty())
        return true;
    beginInsertRows({}, position, position + int(rows.size()) - 1);
    for (int i = 0; i < rows.size(); ++i) {
        m_rows.insert(position + i, rows.at(i));
        m_suggestions.insert(position + i, suggestions.isEmpty() ? noSuggestion() : suggestions.at(i));
    }
    revalidate(false);
    endInsertRows();
    // Inserting can change other rows' status (duplicates, unmapped columns).
    emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    emit countersChanged();
    return true;
}

bool MappingModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_rows.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_rows.remove(row, count);
    m_suggestions.remove(row, count);
    revalidate(false);
    endRemoveRows();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    emit countersChanged();
    return true;
}

bool MappingModel::setRow(int row, const MappingRow &value)
{
    return setSuggestedRow(row, value, noSuggestion());
}

bool MappingModel::setSuggestedRow(int row, const MappingRow &value, const AutoMapSuggestion &suggestion)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const bool wasSuggested = m_suggestions.at(row).columnIndex >= 0;
    const bool isNowSuggested = suggestion.columnIndex >= 0;
    if (m_rows.at(row) == value && !wasSuggested && !isNowSuggested)
        return true;
    m_rows[row] = value;
    m_suggestions[row] = suggestion;
    revalidate(true);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit countersChanged();
    return true;
}

bool MappingModel::setRowsAt(const QList<int> &rows, const MappingRows &values,
                             const QList<AutoMapSuggestion> &suggestions)
{
    if (rows.size() != values.size() || (!suggestions.isEmpty() && suggestions.size() != rows.size()))
        return false;
    for (int r : rows) {
        if (r < 0 || r >= m_rows.size())
            return false;
    }
    if (rows.isEmpty())
        return true;
    int first = int(m_rows.size());
    int last = -1;
    for (int i = 0; i < rows.size(); ++i) {
        const int r = rows.at(i);
        m_rows[r] = values.at(i);
        m_suggestions[r] = suggestions.isEmpty() ? noSuggestion() : suggestions.at(i);
        first = std::min(first, r);
        last = std::max(last, r);
    }
    revalidate(true);
    emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    emit countersChanged();
    return true;
}

bool MappingModel::isSuggested(int row) const
{
    return row >= 0 && row < m_suggestions.size() && m_suggestions.at(row).columnIndex >= 0;
}

AutoMapSuggestion MappingModel::suggestion(int row) const
{
    return isSuggested(row) ? m_suggestions.at(row) : noSuggestion();
}

void MappingModel::clearSuggestedFlags()
{
    int first = -1;
    int last = -1;
    for (int i = 0; i < m_suggestions.size(); ++i) {
        if (m_suggestions.at(i).columnIndex >= 0) {
            m_suggestions[i] = noSuggestion();
            if (first < 0)
                first = i;
            last = i;
        }
    }
    if (first >= 0)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

int MappingModel::mappedCount() const { return m_mapped; }
int MappingModel::unmappedColumnCount() const { return m_unmapped; }
QStringList MappingModel::unmappedColumns() const { return m_unmappedColumns; }
int MappingModel::errorCount() const { return m_errors; }

QList<MappingIssue> MappingModel::issues(int row) const
{
    QList<MappingIssue> out;
    if (row < 0 || row >= m_rowIssues.size())
        return out;
    for (int i : m_rowIssues.at(row))
        out.append(m_issues.at(i));
    return out;
}

MappingModel::ValidationState MappingModel::validationState(int row) const
{
    return (row >= 0 && row < m_rowStates.size()) ? m_rowStates.at(row) : ValidationState::Valid;
}

void MappingModel::revalidate(bool emitChanges)
{
    const QList<ValidationState> oldStates = m_rowStates;
    const QList<QList<int>> oldRowIssues = m_rowIssues;
    const QList<MappingIssue> oldIssues = m_issues;

    m_issues = validateMapping(m_rows, m_columns, m_schema);
    m_rowIssues = QList<QList<int>>(m_rows.size());
    for (int i = 0; i < m_issues.size(); ++i)
        m_rowIssues[m_issues.at(i).row].append(i);

    QHash<QString, const Dataflow::Core::SourceColumn *> columnByName;
    for (const Dataflow::Core::SourceColumn &c : m_columns)
        columnByName.insert(c.name, &c);

    m_rowStates = QList<ValidationState>(m_rows.size(), ValidationState::Valid);
    m_mapped = 0;
    m_errors = 0;
    QSet<QString> usedColumns;
    for (int r = 0; r < m_rows.size(); ++r) {
        const MappingRow &row = m_rows.at(r);
        if (!row.source.trimmed().isEmpty() && !row.destination.trimmed().isEmpty())
            ++m_mapped;
        if (row.sourceType == SourceType::Attribute)
            usedColumns.insert(row.source.trimmed());
        if (!m_rowIssues.at(r).isEmpty()) {
            m_rowStates[r] = ValidationState::Error;
            ++m_errors;
            continue;
        }
        // Valid but lossy or parsing conversions deserve a look.
        if (row.sourceType == SourceType::Attribute) {
            const auto *column = columnByName.value(row.source.trimmed());
            const SchemaField *field = m_schema.field(row.destination.trimmed());
            if (column && field && typeMatch(column->effectiveXdmType(), *field) == TypeMatch::Convertible)
                m_rowStates[r] = ValidationState::Warning;
        }
    }
    m_unmappedColumns.clear();
    for (const Dataflow::Core::SourceColumn &c : m_columns) {
        if (!usedColumns.contains(c.name))
            m_unmappedColumns.append(c.name);
    }
    m_unmapped = int(m_unmappedColumns.size());

    if (!emitChanges || m_rows.isEmpty())
        return;
    // Other rows' status may change (duplicates): signal the span of rows whose state or messages moved.
    int first = -1;
    int last = -1;
    for (int r = 0; r < m_rows.size(); ++r) {
        bool changed = r >= oldStates.size() || oldStates.at(r) != m_rowStates.at(r)
            || r >= oldRowIssues.size() || oldRowIssues.at(r).size() != m_rowIssues.at(r).size();
        if (!changed) {
            for (int k = 0; k < m_rowIssues.at(r).size(); ++k) {
                if (!(oldIssues.at(oldRowIssues.at(r).at(k)) == m_issues.at(m_rowIssues.at(r).at(k)))) {
                    changed = true;
                    break;
                }
            }
        }
        if (changed) {
            if (first < 0)
                first = r;
            last = r;
        }
    }
    if (first >= 0)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

QString MappingModel::destinationTypeText(const MappingRow &row) const
{
    const SchemaField *field = m_schema.field(row.destination.trimmed());
    return field ? destinationXdmType(*field) : QString();
}

int MappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MappingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int r = index.row();
    const MappingRow &row = m_rows.at(r);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case SourceTypeColumn: return sourceTypeToString(row.sourceType);
        case SourceColumn: return row.source;
        case DestinationColumn: return row.destination;
        case DestinationTypeColumn: return destinationTypeText(row);
        case StatusColumn: {
            if (role == Qt::EditRole)
                return {};
            const QList<int> &rowIssues = m_rowIssues.at(r);
            if (!rowIssues.isEmpty()) {
                const QString first = mappingIssueKindLabel(m_issues.at(rowIssues.first()).kind);
                return rowIssues.size() == 1 ? first
                                             : tr("%1 (+%n more)", nullptr, int(rowIssues.size()) - 1).arg(first);
            }
            if (m_rowStates.at(r) == ValidationState::Warning)
                return tr("Converted");
            return isSuggested(r) ? tr("Suggested") : tr("OK");
        }
        default: return {};
        }
    case Qt::ToolTipRole: {
        QStringList lines;
        for (int i : m_rowIssues.at(r))
            lines.append(m_issues.at(i).message);
        if (m_rowStates.at(r) == ValidationState::Warning)
            lines.append(tr("The source value will be converted to the destination type."));
        if (isSuggested(r))
            lines.append(tr("Suggested (score %1): %2")
                             .arg(QString::number(m_suggestions.at(r).score, 'f', 2), m_suggestions.at(r).reason));
        if (index.column() == DestinationColumn && !row.destination.isEmpty()) {
            if (const SchemaField *field = m_schema.field(row.destination.trimmed())) {
                if (!field->title.isEmpty())
                    lines.prepend(field->title);
            }
        }
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case ValidationStateRole: return int(m_rowStates.at(r));
    case IssueMessageRole: {
        QStringList lines;
        for (int i : m_rowIssues.at(r))
            lines.append(m_issues.at(i).message);
        return lines.join(QLatin1Char('\n'));
    }
    case SuggestedRole: return isSuggested(r);
    case SuggestionScoreRole: return isSuggested(r) ? m_suggestions.at(r).score : 0.0;
    case SuggestionReasonRole: return isSuggested(r) ? m_suggestions.at(r).reason : QString();
    case IssueKindsRole: {
        QVariantList kinds;
        for (int i : m_rowIssues.at(r))
            kinds.append(int(m_issues.at(i).kind));
        return kinds;
    }
    default: return {};
    }
}

bool MappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    MappingRow row = m_rows.at(index.row());
    switch (index.column()) {
    case SourceTypeColumn: {
        std::optional<SourceType> type;
        if (value.userType() == QMetaType::Int) {
            const int v = value.toInt();
            if (v >= int(SourceType::Attribute) && v <= int(SourceType::Static))
                type = SourceType(v);
        } else if (value.canConvert<QString>()) {
            type = sourceTypeFromString(value.toString());
        }
        if (!type)
            return false;
        row.sourceType = *type;
        break;
    }
    case SourceColumn:
        if (!value.canConvert<QString>())
            return false;
        row.source = row.sourceType == SourceType::Static ? value.toString() : value.toString().trimmed();
        break;
    case DestinationColumn:
        if (!value.canConvert<QString>())
            return false;
        row.destination = value.toString().trimmed();
        break;
    default:
        return false;
    }
    if (row == m_rows.at(index.row()))
        return true;
    return setRow(index.row(), row);
}

Qt::ItemFlags MappingModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == SourceTypeColumn || index.column() == SourceColumn || index.column() == DestinationColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant MappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (section) {
    case SourceTypeColumn: return role == Qt::DisplayRole ? tr("Type") : tr("Attribute, expression or static value");
    case SourceColumn: return role == Qt::DisplayRole ? tr("Source") : tr("Source column, expression or value");
    case DestinationColumn: return role == Qt::DisplayRole ? tr("Destination") : tr("XDM field path in the target schema");
    case DestinationTypeColumn: return role == Qt::DisplayRole ? tr("Field type") : tr("Type of the destination field");
    case StatusColumn: return role == Qt::DisplayRole ? tr("Status") : tr("Validation result");
    default: return {};
    }
}

} // namespace Dataflow::Core
