// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Dataflow::Sandbox::JsonSchemaCheck {

/** Validates instance against a draft-07 JSON Schema (valijson). Returns the problems found,
    empty when valid; each entry reads "<where>: <what>". */
QStringList validate(const QJsonObject &schema, const QJsonValue &instance);

} // namespace Dataflow::Sandbox::JsonSchemaCheck
