// SPDX-License-Identifier: MIT
#include "mappingvalidator.h"

#include "model/typecompat.h"

#include <QHash>

namespace Dataflow::Core {

namespace {

// Context for lupdate and the translators (a non-QObject, STYLE.md 3.10).
class MappingValidator
{
    Q_DECLARE_TR_FUNCTIONS(Dataflow::Core::MappingValidator)
};

// "a\.b" in a source names the column "a.b" (CONTRACT 7.1: dots in names are escaped).
QString unescapeSource(const QString &source)
{
    if (!source.contains(QLatin1Char('\\')))
        return source;
    QString out;
    out.reserve(source.size());
    for (qsizetype i = 0; i < source.size(); ++i) {
        if (source.at(i) == QLatin1Char('\\') && i + 1 < source.size())
            ++i;
        out.append(source.at(i));
    }
    return out;
}

} // namespace

QString mappingIssueKindLabel(MappingIssue::Kind kind)
{
    switch (kind) {
    case MappingIssue::Kind::EmptySource: return MappingValidator::tr("Empty source");
    case MappingIssue::Kind::UnknownSourceColumn: return MappingValidator::tr("Unknown source column");
    case MappingIssue::Kind::UnknownDestination: return MappingValidator::tr("Unknown destination");
    case MappingIssue::Kind::NotALeaf: return MappingValidator::tr("Destination is not a field");
    case MappingIssue::Kind::DuplicateDestination: return MappingValidator::tr("Duplicate destination");
    case MappingIssue::Kind::IncompatibleType: return MappingValidator::tr("Incompatible type");
    case MappingIssue::Kind::EmptyDestination: return MappingValidator::tr("Empty destination");
    }
    return QString();
}

QList<MappingIssue> validateMapping(const MappingRows &rows, const SourceColumns &selectedColumns,
                                    const SchemaIndex &schema)
{
    QHash<QString, int> columnByName;
    columnByName.reserve(selectedColumns.size());
    for (int i = 0; i < selectedColumns.size(); ++i)
        columnByName.insert(selectedColumns.at(i).name, i);

    // Destination (resolved) -> rows using it, to report duplicates on every row involved.
    QHash<QString, QList<int>> rowsByDestination;
    rowsByDestination.reserve(rows.size());
    QList<QString> resolved(rows.size());
    for (int r = 0; r < rows.size(); ++r) {
        const QString destination = rows.at(r).destination.trimmed();
        if (destination.isEmpty())
            continue;
        resolved[r] = schema.resolvePath(destination);
        rowsByDestination[resolved.at(r)].append(r);
    }

    const bool haveSchema = !schema.isEmpty();
    QList<MappingIssue> issues;
    for (int r = 0; r < rows.size(); ++r) {
        const MappingRow &row = rows.at(r);
        const QString source = row.source.trimmed();
        const QString destination = row.destination.trimmed();
        const Dataflow::Core::SourceColumn *column = nullptr;

        if (source.isEmpty()) {
            issues.append({MappingIssue::Kind::EmptySource, r,
                           row.sourceType == SourceType::Attribute
                               ? MappingValidator::tr("Choose a source column.")
                               : row.sourceType == SourceType::Expression ? MappingValidator::tr("Enter an expression.")
                                                                          : MappingValidator::tr("Enter a value.")});
        } else if (row.sourceType == SourceType::Attribute) {
            auto it = columnByName.constFind(row.source);
            if (it == columnByName.constEnd())
                it = columnByName.constFind(unescapeSource(source));
            if (it == columnByName.constEnd()) {
                issues.append({MappingIssue::Kind::UnknownSourceColumn, r,
                               MappingValidator::tr("\"%1\" is not one of the selected source columns.").arg(source)});
            } else {
                column = &selectedColumns.at(it.value());
            }
        }

        if (destination.isEmpty()) {
            issues.append({MappingIssue::Kind::EmptyDestination, r, MappingValidator::tr("Choose a destination field.")});
            continue;
        }
        if (haveSchema) {
            const SchemaField *field = schema.field(resolved.at(r));
            if (!field) {
                issues.append({MappingIssue::Kind::UnknownDestination, r,
                               MappingValidator::tr("\"%1\" is not a field of schema \"%2\".").arg(destination, schema.title())});
            } else if (!field->isLeaf) {
                issues.append({MappingIssue::Kind::NotALeaf, r,
                               MappingValidator::tr("\"%1\" is an object; choose one of its fields.").arg(destination)});
            } else if (column && typeMatch(column->effectiveXdmType(), *field) == TypeMatch::Incompatible) {
                issues.append({MappingIssue::Kind::IncompatibleType, r,
                               MappingValidator::tr("Column \"%1\" (%2) cannot be written to \"%3\" (%4).")
                                   .arg(column->name, column->effectiveXdmType(), destination,
                                        destinationXdmType(*field))});
            }
        }
        const QList<int> &sharing = rowsByDestination.value(resolved.at(r));
        if (sharing.size() > 1) {
            QStringList others;
            for (int other : sharing) {
                if (other != r)
                    others.append(QString::number(other + 1));
            }
            issues.append({MappingIssue::Kind::DuplicateDestination, r,
                           MappingValidator::tr("\"%1\" is also the destination of row(s) %2.")
                               .arg(destination, others.join(QLatin1String(", ")))});
        }
    }
    return issues;
}

} // namespace Dataflow::Core
