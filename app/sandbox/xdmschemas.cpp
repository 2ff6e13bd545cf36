// SPDX-License-Identifier: MIT
#include "xdmschemas.h"

#include "demodata.h"

#include <QJsonArray>

namespace Dataflow::Sandbox::XdmSchemas {

namespace {

QJsonObject mergeProperties(QJsonObject into, const QJsonObject &from)
{
    for (auto it = from.begin(); it != from.end(); ++it) {
        const QJsonObject incoming = it.value().toObject();
        const QJsonObject existing = into.value(it.key()).toObject();
        if (existing.contains(QLatin1String("properties")) && incoming.contains(QLatin1String("properties"))) {
            QJsonObject merged = existing;
            merged.insert(QStringLiteral("properties"),
                          mergeProperties(existing.value(QLatin1String("properties")).toObject(),
                                          incoming.value(QLatin1String("properties")).toObject()));
            into.insert(it.key(), merged);
        } else {
            into.insert(it.key(), it.value());
        }
    }
    return into;
}

void collectLeaves(const QJsonObject &properties, const QString &prefix, QStringList *out)
{
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        const QJsonObject node = it.value().toObject();
        if (node.contains(QLatin1String("properties")))
            collectLeaves(node.value(QLatin1String("properties")).toObject(), path, out);
        else
            out->append(path);
    }
}

} // namespace

QString classOf(const DemoData &demo, const QJsonObject &schema)
{
    const QString declared = schema.value(QLatin1String("meta:class")).toString();
    if (!declared.isEmpty())
        return declared;
    for (const QJsonValue &ref : schema.value(QLatin1String("allOf")).toArray()) {
        const QString id = ref[QLatin1String("$ref")].toString();
        if (!demo.xdmClass(id).isEmpty())
            return id;
    }
    return {};
}

QJsonObject resolveProperties(const DemoData &demo, const QJsonObject &schema)
{
    QJsonObject properties;
    for (const QJsonValue &ref : schema.value(QLatin1String("allOf")).toArray()) {
        const QString id = ref[QLatin1String("$ref")].toString();
        QJsonObject component = demo.xdmClass(id);
        if (component.isEmpty())
            component = demo.fieldGroup(id);
        properties = mergeProperties(properties, component.value(QLatin1String("properties")).toObject());
    }
    return properties;
}

QStringList leafPaths(const QJsonObject &properties)
{
    QStringList out;
    collectLeaves(properties, QString(), &out);
    return out;
}

QJsonObject nodeAt(const QJsonObject &properties, const QString &path)
{
    QJsonObject level = properties;
    QJsonObject node;
    for (const QString &part : path.split(QLatin1Char('.'))) {
        if (!level.contains(part))
            return {};
        node = level.value(part).toObject();
        level = node.value(QLatin1String("properties")).toObject();
    }
    return node;
}

QJsonValue withoutText(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(withoutText(item));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject out;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == QLatin1String("title") || it.key() == QLatin1String("description"))
            continue;
        out.insert(it.key(), withoutText(it.value()));
    }
    return out;
}

} // namespace Dataflow::Sandbox::XdmSchemas
