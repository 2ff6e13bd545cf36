// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Dataflow::Sandbox::MappingEngine {

/** One mapping in the current vocabulary (legacy sourceAttribute/destinationXdmPath folded in). */
struct Mapping
{
    QString sourceType; // ATTRIBUTE, STATIC or EXPRESSION
    QString source;
    QString destination;
};

QList<Mapping> mappingsOf(const QJsonObject &mappingSet);
/** Output schema $id of a mapping set in either vocabulary. */
QString outputSchemaId(const QJsonObject &mappingSet);

/** Applies one mapping to a source row. EXPRESSION supports upper, lower, trim, concat,
    coalesce and length over column names, string and number literals. */
bool evaluate(const Mapping &mapping, const QJsonObject &row, QJsonValue *value, QString *errorMessage);
/** Syntax check of an expression (functions known, parentheses balanced). */
bool checkExpression(const QString &expression, QString *errorMessage);
/** Sets value at a dot path, creating objects on the way. */
void setPath(QJsonObject *root, const QString &path, const QJsonValue &value);

} // namespace Dataflow::Sandbox::MappingEngine
