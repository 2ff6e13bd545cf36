// SPDX-License-Identifier: MIT
#include "demodata.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace Dataflow::Sandbox {

namespace {

bool readObject(const QString &path, QJsonObject *out, QString *errorMessage)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorMessage)
            *errorMessage = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject()) {
        if (errorMessage)
            *errorMessage = QStringLiteral("%1: %2").arg(path, error.errorString());
        return false;
    }
    *out = document.object();
    return true;
}

QList<QJsonObject> objects(const QJsonValue &array)
{
    QList<QJsonObject> out;
    for (const QJsonValue &value : array.toArray())
        out.append(value.toObject());
    return out;
}

QJsonObject findBy(const QList<QJsonObject> &list, const QString &key, const QString &value)
{
    for (const QJsonObject &object : list) {
        if (object.value(key).toString() == value)
            return object;
    }
    return {};
}

} // namespace

bool DemoData::load(QString *errorMessage, const QString &dir)
{
    QJsonObject file;
    const auto path = [&dir](const char *name) { return dir + QLatin1Char('/') + QLatin1String(name); };
    if (!readObject(path("connection-specs.json"), &file, errorMessage))
        return false;
    m_connectionSpecs = objects(file.value(QLatin1String("items")));
    if (!readObject(path("flow-specs.json"), &file, errorMessage))
        return false;
    m_flowSpecs = objects(file.value(QLatin1String("items")));
    if (!readObject(path("xdm-classes.json"), &file, errorMessage))
        return false;
    m_classes = objects(file.value(QLatin1String("results")));
    if (!readObject(path("xdm-fieldgroups.json"), &file, errorMessage))
        return false;
    m_fieldGroups = objects(file.value(QLatin1String("results")));
    if (!readObject(path("demo-tenant.json"), &m_tenant, errorMessage))
        return false;
    m_sources.clear();
    const QStringList sourceFiles = QDir(dir).entryList({QStringLiteral("source-*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : sourceFiles) {
        if (!readObject(dir + QLatin1Char('/') + name, &file, errorMessage))
            return false;
        m_sources[file.value(QLatin1String("connectionSpecId")).toString()]
            .append(objects(file.value(QLatin1String("tables"))));
    }
    if (m_connectionSpecs.isEmpty() || m_flowSpecs.isEmpty() || m_classes.isEmpty()) {
        if (errorMessage)
            *errorMessage = QStringLiteral("demo data in %1 is incomplete").arg(dir);
        return false;
    }
    return true;
}

QString DemoData::tenantId() const
{
    return m_tenant.value(QLatin1String("tenantId")).toString(QStringLiteral("demotenant"));
}

QJsonObject DemoData::connectionSpec(const QString &id) const
{
    return findBy(m_connectionSpecs, QStringLiteral("id"), id);
}

QJsonObject DemoData::flowSpec(const QString &id) const
{
    return findBy(m_flowSpecs, QStringLiteral("id"), id);
}

QJsonObject DemoData::xdmClass(const QString &idOrAltId) const
{
    const QJsonObject byId = findBy(m_classes, QStringLiteral("$id"), idOrAltId);
    return byId.isEmpty() ? findBy(m_classes, QStringLiteral("meta:altId"), idOrAltId) : byId;
}

QJsonObject DemoData::fieldGroup(const QString &idOrAltId) const
{
    const QJsonObject byId = findBy(m_fieldGroups, QStringLiteral("$id"), idOrAltId);
    return byId.isEmpty() ? findBy(m_fieldGroups, QStringLiteral("meta:altId"), idOrAltId) : byId;
}

QList<QJsonObject> DemoData::sourceTables(const QString &connectionSpecId) const
{
    return m_sources.value(connectionSpecId);
}

QJsonObject DemoData::sourceTable(const QString &connectionSpecId, const QString &path) const
{
    for (const QJsonObject &table : m_sources.value(connectionSpecId)) {
        if (table.value(QLatin1String("path")).toString() == path
            || table.value(QLatin1String("name")).toString() == path)
            return table;
    }
    return {};
}

} // namespace Dataflow::Sandbox
