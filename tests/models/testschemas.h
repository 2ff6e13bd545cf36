// SPDX-License-Identifier: MIT
#pragma once

#include "model/schemaindex.h"
#include "model/sourcecolumn.h"

#include <QFile>
#include <QString>

namespace Dataflow::Core::TestSchemas {

inline QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(DATAFLOW_MODELS_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

/** The hand-written xed-full profile schema of tests/models/data. */
inline SchemaIndex profileSchema()
{
    return SchemaIndex::fromJsonBytes(readData(QStringLiteral("profile-schema.json")));
}

inline Dataflow::Core::SourceColumn column(const QString &name, const QString &xdmType = QStringLiteral("string"),
                                           const QString &format = {})
{
    Dataflow::Core::SourceColumn c;
    c.name = name;
    c.type = xdmType == QLatin1String("number") ? QStringLiteral("double") : xdmType;
    c.xdmType = xdmType;
    c.xdmFormat = format;
    if (format == QLatin1String("date-time"))
        c.metaXdmType = format;
    return c;
}

inline Dataflow::Core::SourceColumn dateTimeColumn(const QString &name)
{
    return column(name, QStringLiteral("string"), QStringLiteral("date-time"));
}

} // namespace Dataflow::Core::TestSchemas
