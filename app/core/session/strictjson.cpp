// SPDX-License-Identifier: MIT
#include "session/strictjson.h"

#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace Dataflow::Core {

namespace {

// Single pass over the bytes: checks what QJsonDocument does not (encoding, NUL, duplicate keys,
// depth, exact numbers) and reports grammar errors with a position and a JSON path.
class Scanner
{
public:
    explicit Scanner(const QByteArray &bytes, qsizetype start)
        : m_data(bytes.constData())
        , m_size(bytes.size())
        , m_pos(start)
        , m_bytes(bytes)
    {
    }

    bool run()
    {
        skipSpace();
        if (m_failed)
            return false;
        if (m_pos >= m_size)
            return fail(m_pos, StrictJson::tr("The file is empty."));
        const char c = m_data[m_pos];
        if (c != '{') {
            QString found;
            switch (c) {
            case '[': found = StrictJson::tr("an array"); break;
            case '"': found = StrictJson::tr("a string"); break;
            case 't': case 'f': found = StrictJson::tr("a boolean"); break;
            case 'n': found = StrictJson::tr("null"); break;
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                    found = StrictJson::tr("a number");
            }
            if (!found.isEmpty())
                return fail(m_pos,
                            StrictJson::tr("The top level must be a JSON object ({…}), found %1.").arg(found));
        }
        if (!value(0))
            return false;
        skipSpace();
        if (m_failed)
            return false;
        if (m_pos < m_size)
            return fail(m_pos,
                        StrictJson::tr("Unexpected content after the end of the JSON document."));
        return true;
    }

    JsonError error() const { return m_error; }

private:
    QString currentPath() const
    {
        QString path = QStringLiteral("$");
        for (const Segment &s : m_path)
            path = s.index < 0 ? StrictJson::pathJoin(path, QString::fromUtf8(s.key)) : StrictJson::pathIndex(path, s.index);
        return path;
    }

private:
    bool fail(qsizetype offset, const QString &message)
    {
        if (!m_failed) {
            m_failed = true;
            m_error.path = currentPath();
            m_error.message = message;
            StrictJson::lineColumn(m_bytes, offset, &m_error.line, &m_error.column);
        }
        return false;
    }

    bool truncated(const QString &what)
    {
        return fail(m_size, StrictJson::tr("The file ends inside %1; it may be truncated.").arg(what));
    }

    void skipSpace()
    {
        while (m_pos < m_size) {
            const char c = m_data[m_pos];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                ++m_pos;
            } else if (c == '/' && m_pos + 1 < m_size && (m_data[m_pos + 1] == '/' || m_data[m_pos + 1] == '*')) {
                fail(m_pos, StrictJson::tr("Comments are not allowed in JSON."));
                return;
            } else if (c == '#') {
                fail(m_pos, StrictJson::tr("Comments are not allowed in JSON."));
                return;
            } else {
                return;
            }
        }
    }

    // Describes an unexpected byte at m_pos.
    bool unexpected(const QString &expected)
    {
        const unsigned char c = static_cast<unsigned char>(m_data[m_pos]);
        if (c == 0)
            return fail(m_pos, StrictJson::tr("The file contains a NUL byte."));
        if (c >= 0x80) {
            if (utf8Length(m_pos) == 0)
                return fail(m_pos, StrictJson::tr("The file is not valid UTF-8."));
            return fail(m_pos, StrictJson::tr("Unexpected character; expected %1.").arg(expected));
        }
        if (c == '\'')
            return fail(m_pos, StrictJson::tr("Strings must use double quotes, not single quotes."));
        return fail(m_pos,
                    StrictJson::tr("Unexpected character '%1'; expected %2.")
                        .arg(c < 0x20 ? QStringLiteral("\\x%1").arg(int(c), 2, 16, QLatin1Char('0'))
                                      : QString(QLatin1Char(char(c))),
                             expected));
    }

    // Length of the valid UTF-8 sequence at offset, or 0 if invalid (overlong, surrogate, > U+10FFFF, cut).
    int utf8Length(qsizetype at) const
    {
        const auto b = [this](qsizetype i) { return static_cast<unsigned char>(m_data[i]); };
        const unsigned char c = b(at);
        int length;
        uint cp;
        if (c < 0x80)
            return 1;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            cp = c & 0x07;
        } else {
            return 0;
        }
        if (at + length > m_size)
            return 0;
        for (int i = 1; i < length; ++i) {
            const unsigned char t = b(at + i);
            if ((t & 0xC0) != 0x80)
                return 0;
            cp = (cp << 6) | (t & 0x3F);
        }
        if ((length == 3 && cp < 0x800) || (length == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
            return 0;
        if (cp >= 0xD800 && cp <= 0xDFFF)
            return 0;
        return length;
    }

    bool value(int depth)
    {
        skipSpace();
        if (m_failed)
            return false;
        if (m_pos >= m_size)
            return truncated(StrictJson::tr("a value"));
        const char c = m_data[m_pos];
        switch (c) {
        case '{':
            return object(depth + 1);
        case '[':
            return array(depth + 1);
        case '"': {
            return string(nullptr); // values need checking, not decoding
        }
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            if (c == '-' || (c >= '0' && c <= '9'))
                return number();
            if (c == 'N' || c == 'I')
                return fail(m_pos, StrictJson::tr("NaN and Infinity are not allowed in JSON."));
            return unexpected(StrictJson::tr("a value"));
        }
    }

    bool checkDepth(int depth)
    {
        if (depth > StrictJson::maxDepth())
            return fail(m_pos,
                        StrictJson::tr("Nesting is deeper than %1 levels.").arg(StrictJson::maxDepth()));
        return true;
    }

    bool object(int depth)
    {
        if (!checkDepth(depth))
            return false;
        ++m_pos; // '{'
        QSet<QByteArray> keys;
        for (;;) {
            skipSpace();
            if (m_failed)
                return false;
            if (m_pos >= m_size)
                return truncated(StrictJson::tr("an object"));
            const char c = m_data[m_pos];
            if (c == '}') { // only reachable for "{}": a '}' after a comma is caught below
                ++m_pos;
                return true;
            }
            if (c != '"') {
                if (c == '\'')
                    return unexpected(QString());
                if (std::isalpha(static_cast<unsigned char>(c)) || c == '_')
                    return fail(m_pos, StrictJson::tr("Object keys must be strings in double quotes."));
                return unexpected(StrictJson::tr("a key in double quotes or '}'"));
            }
            const qsizetype keyAt = m_pos;
            QByteArray key;
            if (!string(&key))
                return false;
            m_path.push_back({key, -1});
            if (keys.contains(key))
                return fail(keyAt, StrictJson::tr("Duplicate key \"%1\".").arg(QString::fromUtf8(key)));
            keys.insert(key);
            skipSpace();
            if (m_failed)
                return false;
            if (m_pos >= m_size)
                return truncated(StrictJson::tr("an object"));
            if (m_data[m_pos] != ':')
                return unexpected(StrictJson::tr("':' after the key"));
            ++m_pos;
            if (!value(depth))
                return false;
            m_path.pop_back();
            skipSpace();
            if (m_failed)
                return false;
            if (m_pos >= m_size)
                return truncated(StrictJson::tr("an object"));
            if (m_data[m_pos] == '}') {
                ++m_pos;
                return true;
            }
            if (m_data[m_pos] != ',')
                return unexpected(StrictJson::tr("',' or '}'"));
            ++m_pos;
            skipSpace();
            if (m_failed)
                return false;
            if (m_pos < m_size && m_data[m_pos] == '}')
                return fail(m_pos, StrictJson::tr("Trailing comma before '}'."));
        }
    }

    bool array(int depth)
    {
        if (!checkDepth(depth))
            return false;
        ++m_pos; // '['
        int index = 0;
        skipSpace();
        if (m_failed)
            return false;
        if (m_pos < m_size && m_data[m_pos] == ']') {
            ++m_pos;
            return true;
        }
        for (;;) {
            m_path.push_back({QByteArray(), index});
            if (!value(depth))
                return false;
            m_path.pop_back();
            skipSpace();
            if (m_failed)
                return false;
            if (m_pos >= m_size)
                return truncated(StrictJson::tr("an array"));
            if (m_data[m_pos] == ']') {
                ++m_pos;
                return true;
            }
            if (m_data[m_pos] != ',')
                return unexpected(StrictJson::tr("',' or ']'"));
            ++m_pos;
            skipSpace();
            if (m_failed)
                return false;
            if (m_pos < m_size && m_data[m_pos] == ']')
                return fail(m_pos, StrictJson::tr("Trailing comma before ']'."));
            if (m_pos < m_size && m_data[m_pos] == ',')
                return fail(m_pos, StrictJson::tr("Missing value between commas."));
            ++index;
        }
    }

    bool literal(const char *word)
    {
        const qsizetype length = qsizetype(std::strlen(word));
        if (m_pos + length > m_size && std::strncmp(m_data + m_pos, word, size_t(m_size - m_pos)) == 0)
            return truncated(StrictJson::tr("a value"));
        if (m_pos + length > m_size || std::strncmp(m_data + m_pos, word, size_t(length)) != 0)
            return fail(m_pos, StrictJson::tr("Unknown literal; expected true, false or null."));
        m_pos += length;
        if (m_pos < m_size && (std::isalnum(static_cast<unsigned char>(m_data[m_pos])) || m_data[m_pos] == '_'))
            return fail(m_pos, StrictJson::tr("Unknown literal; expected true, false or null."));
        return true;
    }

    bool number()
    {
        const qsizetype start = m_pos;
        const auto digit = [this](qsizetype i) { return i < m_size && m_data[i] >= '0' && m_data[i] <= '9'; };
        bool integral = true;
        if (m_data[m_pos] == '-')
            ++m_pos;
        if (m_pos >= m_size)
            return truncated(StrictJson::tr("a number"));
        if (m_data[m_pos] == '0') {
            ++m_pos;
            if (digit(m_pos))
                return fail(start, StrictJson::tr("Numbers must not have leading zeros."));
        } else if (digit(m_pos)) {
            while (digit(m_pos))
                ++m_pos;
        } else {
            return fail(start, StrictJson::tr("Invalid number."));
        }
        if (m_pos < m_size && m_data[m_pos] == '.') {
            integral = false;
            ++m_pos;
            if (m_pos >= m_size)
                return truncated(StrictJson::tr("a number"));
            if (!digit(m_pos))
                return fail(start, StrictJson::tr("Invalid number: a digit must follow the decimal point."));
            while (digit(m_pos))
                ++m_pos;
        }
        if (m_pos < m_size && (m_data[m_pos] == 'e' || m_data[m_pos] == 'E')) {
            integral = false;
            ++m_pos;
            if (m_pos < m_size && (m_data[m_pos] == '+' || m_data[m_pos] == '-'))
                ++m_pos;
            if (m_pos >= m_size)
                return truncated(StrictJson::tr("a number"));
            if (!digit(m_pos))
                return fail(start, StrictJson::tr("Invalid number: the exponent has no digits."));
            while (digit(m_pos))
                ++m_pos;
        }
        const QByteArray text(m_data + start, m_pos - start);
        const double v = std::strtod(text.constData(), nullptr);
        if (!std::isfinite(v))
            return fail(start, StrictJson::tr("The number %1 is too large.").arg(QString::fromLatin1(text)));
        // QJsonValue keeps numbers as double: larger integers would silently change.
        if (integral && std::fabs(v) >= 9007199254740992.0 && QByteArray::number(v, 'f', 0) != text)
            return fail(start,
                        StrictJson::tr("The integer %1 is too large to be stored exactly.").arg(QString::fromLatin1(text)));
        return true;
    }

    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    // Reads 4 hex digits after "\u" at m_pos (pointing at 'u'); -1 on error (reported).
    int unicodeEscape(qsizetype escapeAt)
    {
        if (m_pos + 5 > m_size)
            return truncated(StrictJson::tr("a string")), -1;
        int v = 0;
        for (int i = 1; i <= 4; ++i) {
            const int h = hexValue(m_data[m_pos + i]);
            if (h < 0)
                return fail(escapeAt, StrictJson::tr("Invalid \\u escape: four hex digits are needed.")), -1;
            v = v * 16 + h;
        }
        m_pos += 5;
        return v;
    }

    bool string(QByteArray *decoded)
    {
        ++m_pos; // '"'
        QByteArray utf8; // only filled when decoded is wanted (object keys)
        const bool keep = decoded != nullptr;
        for (;;) {
            if (m_pos >= m_size)
                return truncated(StrictJson::tr("a string"));
            const unsigned char c = static_cast<unsigned char>(m_data[m_pos]);
            if (c == '"') {
                ++m_pos;
                if (decoded)
                    *decoded = utf8;
                return true;
            }
            if (c == 0)
                return fail(m_pos, StrictJson::tr("The file contains a NUL byte."));
            if (c < 0x20)
                return fail(m_pos,
                            c == '\n' ? StrictJson::tr("A string is not closed before the end of the line.")
                                      : StrictJson::tr("Control characters must be escaped in strings."));
            if (c >= 0x80) {
                const int length = utf8Length(m_pos);
                if (length == 0)
                    return fail(m_pos, StrictJson::tr("The file is not valid UTF-8."));
                // Qt 6.4 silently drops a raw U+FEFF at the start of a string: refuse it rather
                // than load something else than what the file says.
                if (length == 3 && c == 0xEF && uchar(m_data[m_pos + 1]) == 0xBB && uchar(m_data[m_pos + 2]) == 0xBF)
                    return fail(m_pos, StrictJson::tr("A string contains a raw byte order mark (U+FEFF); write it as \\ufeff."));
                if (keep)
                    utf8.append(m_data + m_pos, length);
                m_pos += length;
                continue;
            }
            if (c != '\\') {
                if (keep)
                    utf8.append(char(c));
                ++m_pos;
                continue;
            }
            const qsizetype escapeAt = m_pos;
            ++m_pos;
            if (m_pos >= m_size)
                return truncated(StrictJson::tr("a string"));
            const char e = m_data[m_pos];
            switch (e) {
            case '"': utf8.append('"'); ++m_pos; break;
            case '\\': utf8.append('\\'); ++m_pos; break;
            case '/': utf8.append('/'); ++m_pos; break;
            case 'b': utf8.append('\b'); ++m_pos; break;
            case 'f': utf8.append('\f'); ++m_pos; break;
            case 'n': utf8.append('\n'); ++m_pos; break;
            case 'r': utf8.append('\r'); ++m_pos; break;
            case 't': utf8.append('\t'); ++m_pos; break;
            case 'u': {
                int unit = unicodeEscape(escapeAt);
                if (unit < 0)
                    return false;
                char32_t cp = char32_t(unit);
                if (unit >= 0xDC00 && unit <= 0xDFFF)
                    return fail(escapeAt,
                                StrictJson::tr("Lone low surrogate \\u%1 in a string.")
                                    .arg(QString::number(unit, 16).toUpper()));
                if (unit >= 0xD800 && unit <= 0xDBFF) {
                    if (m_pos + 1 < m_size && m_data[m_pos] == '\\' && m_data[m_pos + 1] == 'u') {
                        const qsizetype lowAt = m_pos;
                        ++m_pos;
                        const int low = unicodeEscape(lowAt);
                        if (low < 0)
                            return false;
                        if (low < 0xDC00 || low > 0xDFFF)
                            return fail(escapeAt, StrictJson::tr("Lone high surrogate \\u%1 in a string.")
                                                            .arg(QString::number(unit, 16).toUpper()));
                        cp = 0x10000 + ((char32_t(unit) - 0xD800) << 10) + (char32_t(low) - 0xDC00);
                    } else if (m_pos >= m_size) {
                        return truncated(StrictJson::tr("a string"));
                    } else {
                        return fail(escapeAt, StrictJson::tr("Lone high surrogate \\u%1 in a string.")
                                                        .arg(QString::number(unit, 16).toUpper()));
                    }
                }
                if (cp == 0)
                    return fail(escapeAt, StrictJson::tr("The file contains a NUL character (\\u0000)."));
                if (keep)
                    utf8.append(QString::fromUcs4(&cp, 1).toUtf8());
                break;
            }
            default:
                return fail(escapeAt, StrictJson::tr("Invalid escape sequence in a string."));
            }
        }
    }

    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos;
    const QByteArray &m_bytes;
    bool m_failed = false;
    JsonError m_error;
    struct Segment
    {
        QByteArray key; ///< decoded UTF-8, when index < 0
        int index;
    };
    std::vector<Segment> m_path; ///< where the scanner is; turned into text only on error
};

bool isIdentifier(const QString &key)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_$@][A-Za-z0-9_$@-]*$"));
    return re.match(key).hasMatch();
}

} // namespace

QString JsonError::toString() const
{
    QString where;
    if (line > 0)
        where = StrictJson::tr("line %1, column %2").arg(line).arg(column);
    if (!path.isEmpty())
        where += (where.isEmpty() ? QString() : QStringLiteral(" ")) + QStringLiteral("(%1)").arg(path);
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

QString StrictJson::pathJoin(const QString &base, const QString &key)
{
    if (isIdentifier(key))
        return base + QLatin1Char('.') + key;
    QString escaped = key;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return base + QStringLiteral("[\"") + escaped + QStringLiteral("\"]");
}

QString StrictJson::pathIndex(const QString &base, int index)
{
    return base + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

void StrictJson::lineColumn(const QByteArray &bytes, qsizetype offset, int *line, int *column)
{
    int l = 1;
    int c = 1;
    const qsizetype end = qMin(offset, bytes.size());
    for (qsizetype i = 0; i < end; ++i) {
        const unsigned char b = static_cast<unsigned char>(bytes.at(i));
        if (b == '\n') {
            ++l;
            c = 1;
        } else if ((b & 0xC0) != 0x80) { // count characters, not continuation bytes
            ++c;
        }
    }
    if (line)
        *line = l;
    if (column)
        *column = c;
}

std::optional<QJsonDocument> StrictJson::parse(const QByteArray &bytes, JsonError *error)
{
    const auto refuse = [&](const JsonError &e) -> std::optional<QJsonDocument> {
        if (error)
            *error = e;
        return std::nullopt;
    };
    const auto at = [&](qsizetype offset, const QString &message) {
        JsonError e;
        e.path = QStringLiteral("$");
        e.message = message;
        lineColumn(bytes, offset, &e.line, &e.column);
        return e;
    };

    if (bytes.isEmpty())
        return refuse(at(0, tr("The file is empty.")));
    const auto u = [&](qsizetype i) { return static_cast<unsigned char>(bytes.at(i)); };
    if (bytes.size() >= 2 && ((u(0) == 0xFF && u(1) == 0xFE) || (u(0) == 0xFE && u(1) == 0xFF)))
        return refuse(at(0, tr("The file is UTF-16 encoded; save it as UTF-8.")));
    // BOM-less UTF-16: ASCII text with every other byte zero.
    if (bytes.size() >= 2 && ((u(0) == 0 && u(1) != 0) || (u(0) != 0 && u(1) == 0)))
        return refuse(at(0, tr("The file looks like UTF-16 without a byte-order mark; save it as UTF-8.")));

    qsizetype start = 0;
    if (bytes.size() >= 3 && u(0) == 0xEF && u(1) == 0xBB && u(2) == 0xBF)
        start = 3; // a UTF-8 byte-order mark is tolerated

    Scanner scanner(bytes, start);
    if (!scanner.run())
        return refuse(scanner.error());

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.mid(start), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        // Should not happen after the scan; report Qt's view with a position.
        return refuse(at(start + parseError.offset, parseError.errorString()));
    }
    return doc;
}

QByteArray StrictJson::serialize(const QJsonObject &object)
{
    QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Indented);
    // U+FEFF can only stand inside a string here, where the escape means the same character.
    return bytes.replace("\xEF\xBB\xBF", "\\ufeff");
}

} // namespace Dataflow::Core
