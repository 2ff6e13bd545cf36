// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Dataflow::Sandbox {

/**
 * One `property=` query filter: `path op value[,value…]` (Flow Service, CONTRACT §1.5; also
 * used for Schema Registry and Catalog). Path segments ending in `[]` walk array members;
 * values may be quoted; commas mean OR. A bare path means "exists".
 */
class PropertyFilter final
{
public:
    enum class Op { Exists, NotExists, Equal, NotEqual, Greater, Less, GreaterEqual, LessEqual, Regex };

    /** Returns false with a message on a syntax error. */
    static bool parse(const QString &text, PropertyFilter *filter, QString *errorMessage);

    bool matches(const QJsonObject &object) const;
    Op op() const { return m_op; }
    QString path() const { return m_path; }
    QStringList values() const { return m_values; }

    /** The leaf values a dotted path (with [] array walks) reaches in an object. */
    static QList<QJsonValue> valuesAt(const QJsonValue &root, const QString &path);

private:
    QString m_path;
    Op m_op = Op::Exists;
    QStringList m_values;
};

} // namespace Dataflow::Sandbox
