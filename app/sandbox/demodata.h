// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Dataflow::Sandbox {

/** The read-only catalogue compiled in under :/sandbox/ (resources/sandbox, one JSON file per part). */
class DemoData final
{
public:
    /** Reads the files below dir (default ":/sandbox"). */
    bool load(QString *errorMessage = nullptr, const QString &dir = QStringLiteral(":/sandbox"));

    const QList<QJsonObject> &connectionSpecs() const { return m_connectionSpecs; }
    const QList<QJsonObject> &flowSpecs() const { return m_flowSpecs; }
    const QList<QJsonObject> &classes() const { return m_classes; }
    const QList<QJsonObject> &fieldGroups() const { return m_fieldGroups; }
    const QJsonObject &tenant() const { return m_tenant; }
    QString tenantId() const;

    QJsonObject connectionSpec(const QString &id) const;
    QJsonObject flowSpec(const QString &id) const;
    QJsonObject xdmClass(const QString &idOrAltId) const;
    QJsonObject fieldGroup(const QString &idOrAltId) const;
    /** Tables of the source behind a connection spec; empty when it has none. */
    QList<QJsonObject> sourceTables(const QString &connectionSpecId) const;
    QJsonObject sourceTable(const QString &connectionSpecId, const QString &path) const;

private:
    QList<QJsonObject> m_connectionSpecs;
    QList<QJsonObject> m_flowSpecs;
    QList<QJsonObject> m_classes;
    QList<QJsonObject> m_fieldGroups;
    QHash<QString, QList<QJsonObject>> m_sources;
    QJsonObject m_tenant;
};

} // namespace Dataflow::Sandbox
