// SPDX-License-Identifier: MIT
#include "propertyfilter.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Dataflow::Sandbox {

namespace {

struct OpToken
{
    const char *text;
    PropertyFilter::Op op;
};

// Longest first so "==" wins over a lone "=" and ">=" over ">".
const OpToken opTokens[] = {
    {"==", PropertyFilter::Op::Equal},       {"!=", PropertyFilter::Op::NotEqual},
    {">=", PropertyFilter::Op::GreaterEqual}, {"<=", PropertyFilter::Op::LessEqual},
    {">", PropertyFilter::Op::Greater},       {"<", PropertyFilter::Op::Less},
    {"~", PropertyFilter::Op::Regex},
};

QStringList splitValues(const QString &text)
{
    QStringList out;
    QString current;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
            continue;
        }
        if (c == QLatin1Char(',') && !quoted) {
            out.append(current);
            current.clear();
            continue;
        }
        current.append(c);
    }
    out.append(current);
    return out;
}

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::Null:
        return QStringLiteral("null");
    default:
        return {};
    }
}

int compare(const QJsonValue &candidate, const QString &value)
{
    bool candidateNumeric = candidate.isDouble();
    double a = candidate.toDouble();
    if (candidate.isString())
        a = candidate.toString().toDouble(&candidateNumeric);
    bool valueNumeric = false;
    const double b = value.toDouble(&valueNumeric);
    if (candidateNumeric && valueNumeric)
        return a < b ? -1 : (a > b ? 1 : 0);
    return QString::compare(scalarText(candidate), value);
}

void collect(const QJsonValue &node, const QStringList &segments, int index, QList<QJsonValue> *out)
{
    if (index == segments.size()) {
        if (node.isArray()) { // an array leaf matches through any of its members
            for (const QJsonValue &member : node.toArray())
                out->append(member);
            return;
        }
        out->append(node);
        return;
    }
    QString segment = segments.at(index);
    const bool walkArray = segment.endsWith(QLatin1String("[]"));
    if (walkArray)
        segment.chop(2);
    const QJsonValue child = node.toObject().value(segment);
    if (child.isUndefined())
        return;
    if (walkArray) {
        for (const QJsonValue &member : child.toArray())
            collect(member, segments, index + 1, out);
        return;
    }
    collect(child, segments, index + 1, out);
}

} // namespace

bool PropertyFilter::parse(const QString &text, PropertyFilter *filter, QString *errorMessage)
{
    PropertyFilter result;
    int opAt = -1;
    int opLength = 0;
    for (int i = 0; i < text.size() && opAt < 0; ++i) {
        for (const OpToken &token : opTokens) {
            const QLatin1String tokenText(token.text);
            if (QStringView(text).mid(i).startsWith(tokenText)) {
                opAt = i;
                opLength = int(tokenText.size());
                result.m_op = token.op;
                break;
            }
        }
    }
    if (opAt < 0) {
        result.m_path = text.trimmed();
        result.m_op = Op::Exists;
        if (result.m_path.startsWith(QLatin1Char('!'))) {
            result.m_path.remove(0, 1);
            result.m_op = Op::NotExists;
        }
    } else {
        result.m_path = text.left(opAt).trimmed();
        result.m_values = splitValues(text.mid(opAt + opLength));
    }
    static const QRegularExpression pathPattern(QStringLiteral("^[A-Za-z0-9_:@$\\-]+(\\[\\])?(\\.[A-Za-z0-9_:@$\\-]+(\\[\\])?)*$"));
    if (!pathPattern.match(result.m_path).hasMatch()) {
        if (errorMessage)
            *errorMessage = QStringLiteral("Invalid property filter field '%1'").arg(result.m_path);
        return false;
    }
    if (result.m_op != Op::Exists && result.m_op != Op::NotExists && result.m_values.isEmpty()) {
        if (errorMessage)
            *errorMessage = QStringLiteral("Property filter '%1' has no value").arg(text);
        return false;
    }
    *filter = result;
    return true;
}

QList<QJsonValue> PropertyFilter::valuesAt(const QJsonValue &root, const QString &path)
{
    QList<QJsonValue> out;
    collect(root, path.split(QLatin1Char('.')), 0, &out);
    return out;
}

bool PropertyFilter::matches(const QJsonObject &object) const
{
    const QList<QJsonValue> candidates = valuesAt(object, m_path);
    switch (m_op) {
    case Op::Exists:
        return !candidates.isEmpty();
    case Op::NotExists:
        return candidates.isEmpty();
    case Op::NotEqual:
        for (const QJsonValue &candidate : candidates) {
            for (const QString &value : m_values) {
                if (compare(candidate, value) == 0)
                    return false;
            }
        }
        return true;
    default:
        break;
    }
    for (const QJsonValue &candidate : candidates) {
        for (const QString &value : m_values) {
            const int c = compare(candidate, value);
            switch (m_op) {
            case Op::Equal: if (c == 0) return true; break;
            case Op::Greater: if (c > 0) return true; break;
            case Op::Less: if (c < 0) return true; break;
            case Op::GreaterEqual: if (c >= 0) return true; break;
            case Op::LessEqual: if (c <= 0) return true; break;
            case Op::Regex:
                if (QRegularExpression(value).match(scalarText(candidate)).hasMatch())
                    return true;
                break;
            default: break;
            }
        }
    }
    return false;
}

} // namespace Dataflow::Sandbox
