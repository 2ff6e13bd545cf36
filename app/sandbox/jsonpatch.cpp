// SPDX-License-Identifier: MIT
#include "jsonpatch.h"

#include <QStringList>

namespace Dataflow::Sandbox::JsonPatch {

namespace {

QStringList pointerTokens(const QString &pointer)
{
    QStringList tokens = pointer.split(QLatin1Char('/'));
    tokens.removeFirst(); // leading ""
    for (QString &token : tokens)
        token.replace(QLatin1String("~1"), QLatin1String("/")).replace(QLatin1String("~0"), QLatin1String("~"));
    return tokens;
}

// Recursive edit of a JSON tree along tokens; op is "add", "replace" or "remove".
bool edit(QJsonValue &node, const QStringList &tokens, int index, const QString &op,
          const QJsonValue &value, QString *errorMessage)
{
    const QString &token = tokens.at(index);
    const bool last = index == tokens.size() - 1;
    if (node.isObject()) {
        QJsonObject object = node.toObject();
        if (last) {
            if (op != QLatin1String("add") && !object.contains(token)) {
                *errorMessage = QStringLiteral("path member '%1' does not exist").arg(token);
                return false;
            }
            if (op == QLatin1String("remove"))
                object.remove(token);
            else
                object.insert(token, value);
        } else {
            if (!object.contains(token)) {
                *errorMessage = QStringLiteral("path member '%1' does not exist").arg(token);
                return false;
            }
            QJsonValue child = object.value(token);
            if (!edit(child, tokens, index + 1, op, value, errorMessage))
                return false;
            object.insert(token, child);
        }
        node = object;
        return true;
    }
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        bool ok = false;
        int position = token == QLatin1String("-") ? int(array.size()) : token.toInt(&ok);
        if (token == QLatin1String("-"))
            ok = op == QLatin1String("add") && last;
        if (!ok || position < 0 || position > array.size()
            || (position == array.size() && !(last && op == QLatin1String("add")))) {
            *errorMessage = QStringLiteral("invalid array index '%1'").arg(token);
            return false;
        }
        if (last) {
            if (op == QLatin1String("add"))
                array.insert(position, value);
            else if (op == QLatin1String("replace"))
                array.replace(position, value);
            else
                array.removeAt(position);
        } else {
            QJsonValue child = array.at(position);
            if (!edit(child, tokens, index + 1, op, value, errorMessage))
                return false;
            array.replace(position, child);
        }
        node = array;
        return true;
    }
    *errorMessage = QStringLiteral("path goes through a scalar at '%1'").arg(token);
    return false;
}

} // namespace

bool apply(const QJsonArray &patch, QJsonObject *target, QString *errorMessage)
{
    QJsonValue root = *target;
    for (const QJsonValue &entry : patch) {
        const QJsonObject operation = entry.toObject();
        const QString op = operation.value(QLatin1String("op")).toString().toLower();
        const QString path = operation.value(QLatin1String("path")).toString();
        if (op != QLatin1String("add") && op != QLatin1String("replace") && op != QLatin1String("remove")) {
            *errorMessage = QStringLiteral("unsupported patch op '%1'").arg(op);
            return false;
        }
        if (!path.startsWith(QLatin1Char('/'))) {
            *errorMessage = QStringLiteral("invalid patch path '%1'").arg(path);
            return false;
        }
        if (op != QLatin1String("remove") && !operation.contains(QLatin1String("value"))) {
            *errorMessage = QStringLiteral("patch op '%1' on '%2' has no value").arg(op, path);
            return false;
        }
        if (!edit(root, pointerTokens(path), 0, op, operation.value(QLatin1String("value")), errorMessage))
            return false;
    }
    *target = root.toObject();
    return true;
}

QStringList touchedMembers(const QJsonArray &patch)
{
    QStringList out;
    for (const QJsonValue &entry : patch) {
        const QStringList tokens = pointerTokens(entry[QLatin1String("path")].toString());
        if (!tokens.isEmpty() && !out.contains(tokens.first()))
            out.append(tokens.first());
    }
    return out;
}

} // namespace Dataflow::Sandbox::JsonPatch
