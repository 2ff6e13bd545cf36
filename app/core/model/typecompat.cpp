// SPDX-License-Identifier: MIT
#include "typecompat.h"

namespace Dataflow::Core {

namespace {

enum class Family { Unknown, String, DateTime, Date, Number, Integer, Boolean, Map, Object, Array };

Family familyOfDestination(const QString &type)
{
    if (type == QLatin1String("string"))
        return Family::String;
    if (type == QLatin1String("date-time"))
        return Family::DateTime;
    if (type == QLatin1String("date"))
        return Family::Date;
    if (type == QLatin1String("number"))
        return Family::Number;
    if (type == QLatin1String("boolean"))
        return Family::Boolean;
    if (type == QLatin1String("map"))
        return Family::Map;
    if (type == QLatin1String("object"))
        return Family::Object;
    if (type == QLatin1String("array"))
        return Family::Array;
    return Family::Integer; // long, int, short, byte, integer
}

Family familyOfSource(const QString &rawType)
{
    const QString type = rawType.trimmed().toLower();
    if (type.isEmpty())
        return Family::Unknown;
    if (type == QLatin1String("string") || type == QLatin1String("text") || type == QLatin1String("uri")
        || type == QLatin1String("uri-reference") || type == QLatin1String("email")
        || type == QLatin1String("reference") || type == QLatin1String("id"))
        return Family::String;
    if (type == QLatin1String("date-time") || type == QLatin1String("datetime")
        || type == QLatin1String("timestamp"))
        return Family::DateTime;
    if (type == QLatin1String("date"))
        return Family::Date;
    if (type == QLatin1String("number") || type == QLatin1String("double") || type == QLatin1String("float")
        || type == QLatin1String("decimal") || type == QLatin1String("currency")
        || type == QLatin1String("percent"))
        return Family::Number;
    if (type == QLatin1String("integer") || type == QLatin1String("int") || type == QLatin1String("long")
        || type == QLatin1String("short") || type == QLatin1String("byte"))
        return Family::Integer;
    if (type == QLatin1String("boolean") || type == QLatin1String("bool"))
        return Family::Boolean;
    if (type == QLatin1String("object"))
        return Family::Object;
    if (type == QLatin1String("array"))
        return Family::Array;
    if (type == QLatin1String("map"))
        return Family::Map;
    return Family::Unknown;
}

} // namespace

QString destinationXdmType(const SchemaField &field)
{
    const QString &type = field.type;
    if (type == QLatin1String("string")) {
        if (field.format == QLatin1String("date-time") || field.xdmType == QLatin1String("date-time"))
            return QStringLiteral("date-time");
        if (field.format == QLatin1String("date") || field.xdmType == QLatin1String("date"))
            return QStringLiteral("date");
        return QStringLiteral("string");
    }
    if (type == QLatin1String("integer")) {
        if (field.xdmType == QLatin1String("long") || field.xdmType == QLatin1String("int")
            || field.xdmType == QLatin1String("short") || field.xdmType == QLatin1String("byte"))
            return field.xdmType;
        return QStringLiteral("integer");
    }
    if (type == QLatin1String("number"))
        return QStringLiteral("number");
    if (type == QLatin1String("boolean"))
        return QStringLiteral("boolean");
    if (type == QLatin1String("array"))
        return QStringLiteral("array");
    if (type == QLatin1String("object")) {
        if (field.xdmType == QLatin1String("map") || (field.isLeaf && field.children.isEmpty()))
            return QStringLiteral("map");
        return QStringLiteral("object");
    }
    if (!field.xdmType.isEmpty())
        return field.xdmType;
    return type;
}

TypeMatch typeMatch(const QString &sourceXdmType, const SchemaField &destination)
{
    const Family to = familyOfDestination(destinationXdmType(destination));
    if (to == Family::Object || (to == Family::Array && !destination.isLeaf))
        return TypeMatch::Incompatible;
    const Family from = familyOfSource(sourceXdmType);
    if (from == Family::Unknown)
        return TypeMatch::Convertible;
    if (to == Family::Map || to == Family::Array)
        return from == to ? TypeMatch::Exact : TypeMatch::Incompatible;
    if (from == to)
        return TypeMatch::Exact;
    if (from == Family::Object || from == Family::Array || from == Family::Map)
        return TypeMatch::Incompatible;

    switch (to) {
    case Family::String:
        return TypeMatch::Convertible; // every scalar has a text form
    case Family::DateTime:
    case Family::Date:
        // Data Prep parses date strings; a date widens to midnight, a date-time truncates to its date.
        return (from == Family::String || from == Family::Date || from == Family::DateTime)
            ? TypeMatch::Convertible : TypeMatch::Incompatible;
    case Family::Number:
    case Family::Integer:
        return (from == Family::String || from == Family::Number || from == Family::Integer)
            ? TypeMatch::Convertible : TypeMatch::Incompatible;
    case Family::Boolean:
        return from == Family::String ? TypeMatch::Convertible : TypeMatch::Incompatible;
    default:
        return TypeMatch::Incompatible;
    }
}

} // namespace Dataflow::Core
