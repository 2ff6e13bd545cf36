// SPDX-License-Identifier: MIT
#include "mappingrow.h"

namespace Dataflow::Core {

QString sourceTypeToString(SourceType type)
{
    switch (type) {
    case SourceType::Attribute: return QStringLiteral("ATTRIBUTE");
    case SourceType::Expression: return QStringLiteral("EXPRESSION");
    case SourceType::Static: return QStringLiteral("STATIC");
    }
    return QStringLiteral("ATTRIBUTE");
}

std::optional<SourceType> sourceTypeFromString(const QString &text)
{
    const QString upper = text.trimmed().toUpper();
    if (upper == QLatin1String("ATTRIBUTE") || upper == QLatin1String("TEXT/X.SCHEMA-PATH"))
        return SourceType::Attribute;
    if (upper == QLatin1String("EXPRESSION"))
        return SourceType::Expression;
    if (upper == QLatin1String("STATIC"))
        return SourceType::Static;
    return std::nullopt;
}

QJsonObject MappingRow::toJson() const
{
    QJsonObject o{{QStringLiteral("sourceType"), sourceTypeToString(sourceType)},
                  {QStringLiteral("source"), source},
                  {QStringLiteral("destination"), destination}};
    if (!name.isEmpty())
        o.insert(QStringLiteral("name"), name);
    if (!description.isEmpty())
        o.insert(QStringLiteral("description"), description);
    return o;
}

MappingRow MappingRow::fromJson(const QJsonObject &object)
{
    MappingRow row;
    row.sourceType = sourceTypeFromString(object.value(QStringLiteral("sourceType")).toString())
                         .value_or(SourceType::Attribute);
    row.source = object.value(QStringLiteral("source")).toString(
        object.value(QStringLiteral("sourceAttribute")).toString());
    row.destination = object.value(QStringLiteral("destination")).toString(
        object.value(QStringLiteral("destinationXdmPath")).toString());
    row.name = object.value(QStringLiteral("name")).toString();
    row.description = object.value(QStringLiteral("description")).toString();
    return row;
}

} // namespace Dataflow::Core
