// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace Dataflow::Sandbox::JsonPatch {

/** Applies an RFC 6902 patch (add, replace, remove; op case-insensitive) to a copy of target.
    Returns false with a message when an operation cannot apply. */
bool apply(const QJsonArray &patch, QJsonObject *target, QString *errorMessage);

/** The top-level member names the patch touches, e.g. "name" for "/name". */
QStringList touchedMembers(const QJsonArray &patch);

} // namespace Dataflow::Sandbox::JsonPatch
