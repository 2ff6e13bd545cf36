// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Dataflow::Core {

/** A column of a source table as returned by explore (CONTRACT 3.4). Plain value type. */
struct SourceColumn
{
    QString name;
    QString type;        // source type: string, boolean, double, ...
    QString xdmType;     // xdm.type: string, boolean, number, integer
    QString xdmFormat;   // xdm.format, e.g. date-time
    QString metaXdmType; // meta:xdmType, e.g. date-time
    QJsonObject raw;     // the object as explore returned it, sent back verbatim in params.columns

    bool isDateTime() const
    {
        return metaXdmType == QLatin1String("date-time") || xdmFormat == QLatin1String("date-time");
    }
    /** "date-time", "date", "string", "number", "boolean", "integer": the XDM type to compare with. */
    QString effectiveXdmType() const
    {
        if (!metaXdmType.isEmpty())
            return metaXdmType;
        if (!xdmFormat.isEmpty())
            return xdmFormat;
        return xdmType.isEmpty() ? type : xdmType;
    }
    QJsonObject toJson() const { return raw.isEmpty() ? fromFields() : raw; }

    static SourceColumn fromJson(const QJsonObject &o)
    {
        SourceColumn c;
        c.name = o.value(QStringLiteral("name")).toString();
        c.type = o.value(QStringLiteral("type")).toString();
        const QJsonObject xdm = o.value(QStringLiteral("xdm")).toObject();
        c.xdmType = xdm.value(QStringLiteral("type")).toString();
        c.xdmFormat = xdm.value(QStringLiteral("format")).toString();
        c.metaXdmType = o.value(QStringLiteral("meta:xdmType")).toString();
        c.raw = o;
        return c;
    }

private:
    QJsonObject fromFields() const
    {
        QJsonObject xdm{{QStringLiteral("type"), xdmType.isEmpty() ? type : xdmType}};
        if (!xdmFormat.isEmpty())
            xdm.insert(QStringLiteral("format"), xdmFormat);
        QJsonObject o{{QStringLiteral("name"), name}, {QStringLiteral("type"), type},
                      {QStringLiteral("xdm"), xdm}};
        if (!metaXdmType.isEmpty())
            o.insert(QStringLiteral("meta:xdmType"), metaXdmType);
        return o;
    }
};

using SourceColumns = QList<SourceColumn>;

} // namespace Dataflow::Core
