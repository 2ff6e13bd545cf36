// SPDX-License-Identifier: MIT
#include "mappingengine.h"

#include <QJsonArray>
#include <QStringList>

namespace Dataflow::Sandbox::MappingEngine {

namespace {

const QStringList functions{QStringLiteral("upper"), QStringLiteral("lower"), QStringLiteral("trim"),
                            QStringLiteral("concat"), QStringLiteral("coalesce"), QStringLiteral("length")};

QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

QJsonValue column(const QJsonObject &row, const QString &name)
{
    if (row.contains(name))
        return row.value(name);
    // Nested path: a.b with "\." escaping a literal dot.
    QStringList parts;
    QString current;
    for (int i = 0; i < name.size(); ++i) {
        if (name.at(i) == QLatin1Char('\\') && i + 1 < name.size()) {
            current.append(name.at(++i));
        } else if (name.at(i) == QLatin1Char('.')) {
            parts.append(current);
            current.clear();
        } else {
            current.append(name.at(i));
        }
    }
    parts.append(current);
    QJsonValue node = row;
    for (const QString &part : parts)
        node = node.toObject().value(part);
    return node.isUndefined() ? QJsonValue(QJsonValue::Null) : node;
}

/** Tiny recursive-descent evaluator; row null = syntax check only. */
class Parser
{
public:
    Parser(const QString &input, const QJsonObject *row) : m_input(input), m_row(row) {}

    bool parse(QJsonValue *out, QString *error)
    {
        if (!expression(out, error))
            return false;
        skipSpace();
        if (m_pos != m_input.size()) {
            *error = QStringLiteral("unexpected '%1' at %2").arg(m_input.mid(m_pos, 10)).arg(m_pos);
            return false;
        }
        return true;
    }

private:
    void skipSpace()
    {
        while (m_pos < m_input.size() && m_input.at(m_pos).isSpace())
            ++m_pos;
    }

    bool expression(QJsonValue *out, QString *error)
    {
        skipSpace();
        if (m_pos >= m_input.size()) {
            *error = QStringLiteral("unexpected end of expression");
            return false;
        }
        const QChar c = m_input.at(m_pos);
        if (c == QLatin1Char('"') || c == QLatin1Char('\''))
            return stringLiteral(out, error);
        if (c.isDigit() || c == QLatin1Char('-'))
            return number(out, error);
        return identifierOrCall(out, error);
    }

    bool stringLiteral(QJsonValue *out, QString *error)
    {
        const QChar quote = m_input.at(m_pos++);
        QString value;
        while (m_pos < m_input.size() && m_input.at(m_pos) != quote) {
            if (m_input.at(m_pos) == QLatin1Char('\\') && m_pos + 1 < m_input.size())
                ++m_pos;
            value.append(m_input.at(m_pos++));
        }
        if (m_pos >= m_input.size()) {
            *error = QStringLiteral("unterminated string literal");
            return false;
        }
        ++m_pos;
        *out = value;
        return true;
    }

    bool number(QJsonValue *out, QString *error)
    {
        const int start = m_pos++;
        while (m_pos < m_input.size() && (m_input.at(m_pos).isDigit() || m_input.at(m_pos) == QLatin1Char('.')))
            ++m_pos;
        bool ok = false;
        const double value = m_input.mid(start, m_pos - start).toDouble(&ok);
        if (!ok) {
            *error = QStringLiteral("invalid number at %1").arg(start);
            return false;
        }
        *out = value;
        return true;
    }

    bool identifierOrCall(QJsonValue *out, QString *error)
    {
        QString name;
        while (m_pos < m_input.size()) {
            const QChar c = m_input.at(m_pos);
            if (c == QLatin1Char('\\') && m_pos + 1 < m_input.size()) {
                name.append(c).append(m_input.at(m_pos + 1));
                m_pos += 2;
                continue;
            }
            if (!(c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('.')))
                break;
            name.append(c);
            ++m_pos;
        }
        if (name.isEmpty()) {
            *error = QStringLiteral("unexpected '%1' at %2").arg(m_input.at(m_pos)).arg(m_pos);
            return false;
        }
        skipSpace();
        if (m_pos < m_input.size() && m_input.at(m_pos) == QLatin1Char('('))
            return call(name, out, error);
        *out = m_row ? column(*m_row, name) : QJsonValue(QString());
        return true;
    }

    bool call(const QString &name, QJsonValue *out, QString *error)
    {
        const QString function = name.toLower();
        if (!functions.contains(function)) {
            *error = QStringLiteral("unknown function '%1'").arg(name);
            return false;
        }
        ++m_pos; // (
        QList<QJsonValue> args;
        skipSpace();
        if (m_pos < m_input.size() && m_input.at(m_pos) == QLatin1Char(')')) {
            ++m_pos;
        } else {
            for (;;) {
                QJsonValue arg;
                if (!expression(&arg, error))
                    return false;
                args.append(arg);
                skipSpace();
                if (m_pos < m_input.size() && m_input.at(m_pos) == QLatin1Char(',')) {
                    ++m_pos;
                    continue;
                }
                if (m_pos < m_input.size() && m_input.at(m_pos) == QLatin1Char(')')) {
                    ++m_pos;
                    break;
                }
                *error = QStringLiteral("expected ',' or ')' in call to %1").arg(name);
                return false;
            }
        }
        return apply(function, args, out, error);
    }

    static bool apply(const QString &function, const QList<QJsonValue> &args, QJsonValue *out, QString *error)
    {
        const bool unary = function == QLatin1String("upper") || function == QLatin1String("lower")
            || function == QLatin1String("trim") || function == QLatin1String("length");
        if (unary && args.size() != 1) {
            *error = QStringLiteral("%1() takes one argument").arg(function);
            return false;
        }
        if (function == QLatin1String("upper"))
            *out = args.at(0).isNull() ? QJsonValue() : QJsonValue(text(args.at(0)).toUpper());
        else if (function == QLatin1String("lower"))
            *out = args.at(0).isNull() ? QJsonValue() : QJsonValue(text(args.at(0)).toLower());
        else if (function == QLatin1String("trim"))
            *out = args.at(0).isNull() ? QJsonValue() : QJsonValue(text(args.at(0)).trimmed());
        else if (function == QLatin1String("length"))
            *out = double(text(args.at(0)).size());
        else if (function == QLatin1String("concat")) {
            QString joined;
            for (const QJsonValue &arg : args)
                joined += text(arg);
            *out = joined;
        } else { // coalesce
            *out = QJsonValue();
            for (const QJsonValue &arg : args) {
                if (!arg.isNull() && !arg.isUndefined()) {
                    *out = arg;
                    break;
                }
            }
        }
        return true;
    }

    QString m_input;
    const QJsonObject *m_row;
    int m_pos = 0;
};

} // namespace

QList<Mapping> mappingsOf(const QJsonObject &mappingSet)
{
    QList<Mapping> out;
    for (const QJsonValue &value : mappingSet.value(QLatin1String("mappings")).toArray()) {
        const QJsonObject m = value.toObject();
        Mapping mapping;
        mapping.sourceType = m.value(QLatin1String("sourceType")).toString(QStringLiteral("ATTRIBUTE")).toUpper();
        if (mapping.sourceType == QLatin1String("TEXT/X.SCHEMA-PATH"))
            mapping.sourceType = QStringLiteral("ATTRIBUTE");
        mapping.source = m.value(QLatin1String("source")).toString(m.value(QLatin1String("sourceAttribute")).toString());
        mapping.destination = m.value(QLatin1String("destination")).toString(m.value(QLatin1String("destinationXdmPath")).toString());
        out.append(mapping);
    }
    return out;
}

QString outputSchemaId(const QJsonObject &mappingSet)
{
    const QString id = mappingSet.value(QLatin1String("outputSchema"))[QLatin1String("schemaRef")][QLatin1String("id")].toString();
    return id.isEmpty() ? mappingSet.value(QLatin1String("xdmSchema")).toString() : id;
}

bool evaluate(const Mapping &mapping, const QJsonObject &row, QJsonValue *value, QString *errorMessage)
{
    if (mapping.sourceType == QLatin1String("STATIC")) {
        *value = mapping.source;
        return true;
    }
    if (mapping.sourceType == QLatin1String("ATTRIBUTE")) {
        *value = column(row, mapping.source);
        return true;
    }
    if (mapping.sourceType == QLatin1String("EXPRESSION"))
        return Parser(mapping.source, &row).parse(value, errorMessage);
    *errorMessage = QStringLiteral("unknown sourceType '%1'").arg(mapping.sourceType);
    return false;
}

bool checkExpression(const QString &expression, QString *errorMessage)
{
    QJsonValue ignored;
    return Parser(expression, nullptr).parse(&ignored, errorMessage);
}

void setPath(QJsonObject *root, const QString &path, const QJsonValue &value)
{
    const int dot = path.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        root->insert(path, value);
        return;
    }
    const QString head = path.left(dot);
    QJsonObject child = root->value(head).toObject();
    setPath(&child, path.mid(dot + 1), value);
    root->insert(head, child);
}

} // namespace Dataflow::Sandbox::MappingEngine
