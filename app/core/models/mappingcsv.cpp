// SPDX-License-Identifier: MIT
#include "mappingcsv.h"

#include <QStringList>

namespace Dataflow::Core::MappingCsv {

namespace {

// Context for lupdate and the translators (a non-QObject, STYLE.md 3.10).
class MappingCsvText
{
    Q_DECLARE_TR_FUNCTIONS(Dataflow::Core::MappingCsv)
};

QString quoted(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"'))
        && !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r')))
        return field;
    QString out = field;
    out.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

struct Record
{
    int line; // 1-based line where the record starts
    QStringList fields;
};

// RFC 4180 tokenizer; quoted fields may span lines. Returns false with a message on a bad quote.
bool parse(const QString &text, QList<Record> *records, QString *error)
{
    Record current{1, {}};
    QString field;
    int line = 1;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    bool recordHasContent = false;
    int quoteStartLine = 0;
    auto endField = [&] {
        current.fields.append(field);
        field.clear();
        fieldWasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        if (recordHasContent)
            records->append(current);
        current = Record{line, {}};
        recordHasContent = false;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(QLatin1Char('"'));
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || fieldWasQuoted) {
                *error = MappingCsvText::tr("Line %1: a quote inside an unquoted field; quote the whole field and double the quote.")
                             .arg(line);
                return false;
            }
            inQuotes = true;
            fieldWasQuoted = true;
            recordHasContent = true;
            quoteStartLine = line;
        } else if (c == QLatin1Char(',')) {
            recordHasContent = true;
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++line;
            endRecord();
        } else {
            if (fieldWasQuoted) {
                *error = MappingCsvText::tr("Line %1: text after a closing quote.").arg(line);
                return false;
            }
            if (!c.isSpace())
                recordHasContent = true;
            field.append(c);
        }
    }
    if (inQuotes) {
        *error = MappingCsvText::tr("Line %1: a quoted field is not closed.").arg(quoteStartLine);
        return false;
    }
    endRecord();
    return true;
}

QString headerKey(const QString &header)
{
    QString key;
    for (QChar c : header) {
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    }
    return key;
}

enum class Role { Ignore, SourceType, Source, Destination, Name, Description };

Role roleOf(const QString &header)
{
    const QString key = headerKey(header);
    if (key == QLatin1String("sourcetype") || key == QLatin1String("type") || key == QLatin1String("mappingtype"))
        return Role::SourceType;
    if (key == QLatin1String("source") || key == QLatin1String("sourcefield") || key == QLatin1String("sourceattribute")
        || key == QLatin1String("sourcecolumn") || key == QLatin1String("sourcepath"))
        return Role::Source;
    if (key == QLatin1String("destination") || key == QLatin1String("targetfield") || key == QLatin1String("target")
        || key == QLatin1String("destinationfield") || key == QLatin1String("destinationxdmpath")
        || key == QLatin1String("targetpath") || key == QLatin1String("xdmpath"))
        return Role::Destination;
    if (key == QLatin1String("name"))
        return Role::Name;
    if (key == QLatin1String("description"))
        return Role::Description;
    return Role::Ignore;
}

} // namespace

QByteArray write(const MappingRows &rows)
{
    QString out = QStringLiteral("sourceType,source,destination,name,description\r\n");
    for (const MappingRow &row : rows) {
        out += sourceTypeToString(row.sourceType) + QLatin1Char(',') + quoted(row.source) + QLatin1Char(',')
            + quoted(row.destination) + QLatin1Char(',') + quoted(row.name) + QLatin1Char(',')
            + quoted(row.description) + QLatin1String("\r\n");
    }
    return out.toUtf8();
}

MappingRows read(const QByteArray &csv, QString *errorMessage)
{
    QString error;
    auto fail = [&](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return MappingRows();
    };
    QByteArray bytes = csv;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QList<Record> records;
    if (!parse(QString::fromUtf8(bytes), &records, &error))
        return fail(error);
    if (records.isEmpty())
        return fail(MappingCsvText::tr("Line 1: the file is empty; expected a header such as \"sourceType,source,destination\"."));

    const Record &header = records.first();
    QList<Role> roles;
    int sourceColumn = -1;
    int destinationColumn = -1;
    for (int i = 0; i < header.fields.size(); ++i) {
        const Role role = roleOf(header.fields.at(i));
        // The first column of a role wins; later duplicates are ignored.
        const bool duplicate = roles.contains(role) && role != Role::Ignore;
        roles.append(duplicate ? Role::Ignore : role);
        if (!duplicate && role == Role::Source)
            sourceColumn = i;
        if (!duplicate && role == Role::Destination)
            destinationColumn = i;
    }
    if (sourceColumn < 0 || destinationColumn < 0) {
        return fail(MappingCsvText::tr("Line %1: the header needs a source and a destination column "
                       "(\"source\"/\"destination\" or \"Source Field\"/\"Target Field\").")
                        .arg(header.line));
    }

    MappingRows rows;
    rows.reserve(records.size() - 1);
    for (int r = 1; r < records.size(); ++r) {
        const Record &record = records.at(r);
        if (record.fields.size() > roles.size()) {
            // Extra empty trailing fields (a trailing comma) are harmless.
            bool extraEmpty = true;
            for (int i = int(roles.size()); i < record.fields.size(); ++i)
                extraEmpty = extraEmpty && record.fields.at(i).trimmed().isEmpty();
            if (!extraEmpty) {
                return fail(MappingCsvText::tr("Line %1: %2 fields, but the header has %3.")
                                .arg(record.line)
                                .arg(record.fields.size())
                                .arg(roles.size()));
            }
        }
        MappingRow row;
        for (int i = 0; i < roles.size() && i < record.fields.size(); ++i) {
            const QString &value = record.fields.at(i);
            switch (roles.at(i)) {
            case Role::Ignore:
                break;
            case Role::SourceType: {
                if (value.trimmed().isEmpty())
                    break;
                const std::optional<SourceType> type = sourceTypeFromString(value);
                if (!type) {
                    return fail(MappingCsvText::tr("Line %1: unknown source type \"%2\" (use ATTRIBUTE, EXPRESSION or STATIC).")
                                    .arg(record.line)
                                    .arg(value));
                }
                row.sourceType = *type;
                break;
            }
            case Role::Source:
                row.source = row.sourceType == SourceType::Static ? value : value.trimmed();
                break;
            case Role::Destination:
                row.destination = value.trimmed();
                break;
            case Role::Name:
                row.name = value;
                break;
            case Role::Description:
                row.description = value;
                break;
            }
        }
        // A STATIC literal keeps its spaces even when the type column comes after the source.
        if (row.sourceType == SourceType::Static && sourceColumn < record.fields.size())
            row.source = record.fields.at(sourceColumn);
        if (row.source.isEmpty() && row.destination.isEmpty())
            return fail(MappingCsvText::tr("Line %1: both source and destination are empty.").arg(record.line));
        rows.append(row);
    }
    if (errorMessage)
        errorMessage->clear();
    return rows;
}

} // namespace Dataflow::Core::MappingCsv
