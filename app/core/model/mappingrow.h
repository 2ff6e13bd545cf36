// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Dataflow::Core {

/** How a mapping row's source is read: a column, a Data Prep expression or a literal. */
enum class SourceType { Attribute, Expression, Static };

QString sourceTypeToString(SourceType type);            // "ATTRIBUTE", "EXPRESSION", "STATIC"
std::optional<SourceType> sourceTypeFromString(const QString &text); // case-insensitive

/** One row of a Data Prep mapping set (CONTRACT 7.1, current vocabulary). Plain value type. */
struct MappingRow
{
    SourceType sourceType = SourceType::Attribute;
    QString source;       // column name, expression or literal
    QString destination;  // XDM dot path; may contain the literal {TENANT_ID}
    QString name;         // optional
    QString description;  // optional

    QJsonObject toJson() const;                 // {"sourceType","source","destination"[,"name","description"]}
    static MappingRow fromJson(const QJsonObject &object); // tolerant: also reads sourceAttribute/destinationXdmPath

    friend bool operator==(const MappingRow &a, const MappingRow &b)
    {
        return a.sourceType == b.sourceType && a.source == b.source && a.destination == b.destination
            && a.name == b.name && a.description == b.description;
    }
    friend bool operator!=(const MappingRow &a, const MappingRow &b) { return !(a == b); }
};

using MappingRows = QList<MappingRow>;

} // namespace Dataflow::Core
