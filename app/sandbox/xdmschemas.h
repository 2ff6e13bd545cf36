// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QStringList>

namespace Dataflow::Sandbox {

class DemoData;

namespace XdmSchemas {

/** Class id (first allOf/meta:extends entry that is a class) of a raw tenant schema. */
QString classOf(const DemoData &demo, const QJsonObject &schema);
/** Deep merge of the `properties` of the schema's class and field groups. */
QJsonObject resolveProperties(const DemoData &demo, const QJsonObject &schema);
/** Dot paths of every leaf (non-object node) under a resolved properties tree. */
QStringList leafPaths(const QJsonObject &properties);
/** The node at a dot path, or an empty object. */
QJsonObject nodeAt(const QJsonObject &properties, const QString &path);
/** Copy without "title"/"description" members (xed-full-notext). */
QJsonValue withoutText(const QJsonValue &value);

} // namespace XdmSchemas
} // namespace Dataflow::Sandbox
