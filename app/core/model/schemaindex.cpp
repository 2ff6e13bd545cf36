// SPDX-License-Identifier: MIT
#include "schemaindex.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <algorithm>
#include <cstring>

namespace Dataflow::Core {

namespace {

const QString tenantPlaceholder = QStringLiteral("_{TENANT_ID}");

// Context for lupdate and the translators (SchemaIndex is not a QObject).
class SchemaIndexText
{
    Q_DECLARE_TR_FUNCTIONS(Dataflow::Core::SchemaIndex)
};

} // namespace

struct SchemaIndex::Data
{
    QString id;
    QString altId;
    QString title;
    QString classId;
    QString version;
    QString tenantNamespace;
    QList<SchemaField> fields;
    QList<int> roots;
    QHash<QString, int> byPath;
    int leafCount = 0;
};

namespace {

// Siblings are ordered by key, as QJsonObject orders them, so both entry points agree.
void sortSiblings(QList<SchemaField> &fields, QList<int> &siblings)
{
    std::stable_sort(siblings.begin(), siblings.end(),
                     [&fields](int a, int b) { return fields.at(a).name < fields.at(b).name; });
    for (int row = 0; row < siblings.size(); ++row)
        fields[siblings.at(row)].row = row;
}

void finishField(SchemaField &f, bool hasProperties)
{
    f.isLeaf = f.children.isEmpty() && !(hasProperties && f.type == QLatin1String("object"));
}

// --- From a QJsonObject ----------------------------------------------------------------------

struct ObjectBuilder
{
    QList<SchemaField> &fields;
    QHash<QString, int> &byPath;

    QList<int> addProperties(const QJsonObject &properties, int parent, const QString &prefix)
    {
        QList<int> indexes;
        indexes.reserve(properties.size());
        for (auto it = properties.constBegin(), end = properties.constEnd(); it != end; ++it) {
            const QJsonValue value = it.value();
            if (value.isObject())
                indexes.append(addField(it.key(), value.toObject(), parent, prefix));
        }
        sortSiblings(fields, indexes);
        return indexes;
    }

    int addField(const QString &name, const QJsonObject &object, int parent, const QString &prefix)
    {
        const int index = int(fields.size());
        fields.emplace_back();
        QString path = prefix.isEmpty() ? name : prefix + QLatin1Char('.') + name;
        {
            SchemaField &f = fields.last();
            f.name = name;
            f.path = path;
            f.parent = parent;
            f.type = object.value(QLatin1String("type")).toString();
            f.format = object.value(QLatin1String("format")).toString();
            f.xdmType = object.value(QLatin1String("meta:xdmType")).toString();
            f.title = object.value(QLatin1String("title")).toString();
            f.description = object.value(QLatin1String("description")).toString();
        }
        byPath.insert(path, index);
        const QJsonValue properties = object.value(QLatin1String("properties"));
        const bool hasProperties = properties.isObject();
        QList<int> children;
        if (hasProperties) {
            children = addProperties(properties.toObject(), index, path);
        } else {
            // Arrays of objects are inner nodes: their children are the item properties, "a[*].b".
            const QJsonValue itemProperties =
                object.value(QLatin1String("items")).toObject().value(QLatin1String("properties"));
            if (itemProperties.isObject())
                children = addProperties(itemProperties.toObject(), index, path + QLatin1String("[*]"));
        }
        SchemaField &f = fields[index];
        f.children = std::move(children);
        finishField(f, hasProperties);
        return index;
    }
};

// --- Straight from the bytes -----------------------------------------------------------------
//
// A small strict JSON reader that builds the index while it reads, without the intermediate
// QJsonDocument: indexing a schema costs less than parsing it with QJsonDocument would.

struct TopLevel
{
    QString id;
    QString altId;
    QString title;
    QString classId;
    QString version;
    QString tenantNamespace;
    QList<int> roots;
};

class ByteParser
{
public:
    ByteParser(const QByteArray &bytes, TopLevel &data, QList<SchemaField> &fields,
               QHash<QString, int> &byPath)
        : m_begin(bytes.constData())
        , m_p(bytes.constData())
        , m_end(bytes.constData() + bytes.size())
        , m_data(data)
        , m_fields(fields)
        , m_byPath(byPath)
    {
        if (bytes.startsWith("\xEF\xBB\xBF")) // a UTF-8 byte order mark, accepted like QJsonDocument does
            m_p += 3;
    }

    bool parseDocument()
    {
        skipWhitespace();
        if (m_p >= m_end)
            return fail("no data");
        if (*m_p != '{') {
            if (!skipValue(0))
                return false;
            skipWhitespace();
            if (m_p != m_end)
                return fail("garbage after the document");
            m_notObject = true;
            return false;
        }
        if (!parseTopLevel())
            return false;
        skipWhitespace();
        if (m_p != m_end)
            return fail("garbage after the document");
        return true;
    }

    bool notAnObject() const { return m_notObject; }
    qsizetype errorOffset() const { return m_errorOffset; }
    QString errorText() const { return QString::fromLatin1(m_error); }

private:
    // Real schemas nest a few dozen levels; the limit keeps recursion well inside a worker thread's stack.
    static constexpr int maxDepth = 256;

    struct RawString
    {
        const char *data = nullptr;
        qsizetype size = 0;
        bool escaped = false;   // contains backslash escapes: decode before use
        bool ascii = true;

        bool is(const char *literal, qsizetype length) const
        {
            return !escaped && size == length && std::memcmp(data, literal, size_t(length)) == 0;
        }
    };

    bool fail(const char *message)
    {
        if (!m_error) {
            m_error = message;
            m_errorOffset = m_p - m_begin;
        }
        return false;
    }

    void skipWhitespace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    bool expect(char c, const char *message)
    {
        skipWhitespace();
        if (m_p >= m_end || *m_p != c)
            return fail(message);
        ++m_p;
        return true;
    }

    // At the opening quote. Leaves m_p after the closing quote.
    bool readRawString(RawString *out)
    {
        ++m_p;
        const char *start = m_p;
        bool escaped = false;
        bool ascii = true;
        while (true) {
            if (m_p >= m_end)
                return fail("unterminated string");
            const unsigned char c = static_cast<unsigned char>(*m_p);
            if (c == '"')
                break;
            if (c < 0x20)
                return fail("control character in a string");
            if (c == '\\') {
                escaped = true;
                ++m_p;
                if (m_p >= m_end)
                    return fail("unterminated string");
                const char e = *m_p;
                if (e == 'u') {
                    for (int i = 0; i < 4; ++i) {
                        ++m_p;
                        if (m_p >= m_end || !std::isxdigit(static_cast<unsigned char>(*m_p)))
                            return fail("invalid \\u escape");
                    }
                } else if (!std::strchr("\"\\/bfnrt", e)) {
                    return fail("invalid escape sequence");
                }
            } else if (c >= 0x80) {
                ascii = false;
            }
            ++m_p;
        }
        out->data = start;
        out->size = m_p - start;
        out->escaped = escaped;
        out->ascii = ascii;
        ++m_p;
        return true;
    }

    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        return c - 'A' + 10;
    }

    static QString decode(const RawString &raw)
    {
        if (!raw.escaped)
            return raw.ascii ? QString::fromLatin1(raw.data, raw.size) : QString::fromUtf8(raw.data, raw.size);
        QString out;
        out.reserve(raw.size);
        const char *p = raw.data;
        const char *end = raw.data + raw.size;
        while (p < end) {
            const char *run = p;
            while (p < end && *p != '\\')
                ++p;
            if (p > run)
                out.append(QString::fromUtf8(run, p - run));
            if (p >= end)
                break;
            ++p; // backslash
            const char e = *p++;
            switch (e) {
            case 'b': out.append(QChar(0x08)); break;
            case 'f': out.append(QChar(0x0c)); break;
            case 'n': out.append(QLatin1Char('\n')); break;
            case 'r': out.append(QLatin1Char('\r')); break;
            case 't': out.append(QLatin1Char('\t')); break;
            case 'u': {
                const char16_t unit = char16_t((hexValue(p[0]) << 12) | (hexValue(p[1]) << 8)
                                               | (hexValue(p[2]) << 4) | hexValue(p[3]));
                p += 4;
                out.append(QChar(unit)); // surrogate halves pair up in UTF-16 on their own
                break;
            }
            default: out.append(QLatin1Char(e)); break;
            }
        }
        return out;
    }

    // Type-like values come from a small vocabulary: share one QString per value, no allocation.
    static QString internedOrDecoded(const RawString &raw)
    {
        static const QString known[] = {
            QStringLiteral("string"),  QStringLiteral("object"),   QStringLiteral("array"),
            QStringLiteral("number"),  QStringLiteral("integer"),  QStringLiteral("boolean"),
            QStringLiteral("date-time"), QStringLiteral("date"),   QStringLiteral("uri"),
            QStringLiteral("uri-reference"), QStringLiteral("email"), QStringLiteral("map"),
            QStringLiteral("long"),    QStringLiteral("int"),      QStringLiteral("short"),
            QStringLiteral("byte"),    QStringLiteral("double")};
        if (!raw.escaped && raw.ascii) {
            for (const QString &k : known) {
                if (k.size() == raw.size && QLatin1String(raw.data, raw.size) == k)
                    return k;
            }
        }
        return decode(raw);
    }

    bool readString(QString *out, bool intern = false)
    {
        RawString raw;
        if (!readRawString(&raw))
            return false;
        *out = intern ? internedOrDecoded(raw) : decode(raw);
        return true;
    }

    bool skipNumber()
    {
        const char *start = m_p;
        if (m_p < m_end && *m_p == '-')
            ++m_p;
        if (m_p >= m_end || !std::isdigit(static_cast<unsigned char>(*m_p)))
            return fail("invalid number");
        if (*m_p == '0')
            ++m_p;
        else
            while (m_p < m_end && std::isdigit(static_cast<unsigned char>(*m_p)))
                ++m_p;
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            if (m_p >= m_end || !std::isdigit(static_cast<unsigned char>(*m_p)))
                return fail("invalid number");
            while (m_p < m_end && std::isdigit(static_cast<unsigned char>(*m_p)))
                ++m_p;
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (m_p >= m_end || !std::isdigit(static_cast<unsigned char>(*m_p)))
                return fail("invalid number");
            while (m_p < m_end && std::isdigit(static_cast<unsigned char>(*m_p)))
                ++m_p;
        }
        return m_p > start;
    }

    bool skipLiteral(const char *literal, qsizetype length)
    {
        if (m_end - m_p < length || std::memcmp(m_p, literal, size_t(length)) != 0)
            return fail("invalid value");
        m_p += length;
        return true;
    }

    // Calls member(key) at each member's value; member must consume the value.
    template<typename Member>
    bool readObject(int depth, Member &&member)
    {
        if (depth > maxDepth)
            return fail("too deeply nested");
        ++m_p; // '{'
        skipWhitespace();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            return true;
        }
        while (true) {
            skipWhitespace();
            if (m_p >= m_end || *m_p != '"')
                return fail("expected a member name");
            RawString key;
            if (!readRawString(&key) || !expect(':', "expected ':'"))
                return false;
            skipWhitespace();
            if (m_p >= m_end)
                return fail("unexpected end of data");
            if (!member(key))
                return false;
            skipWhitespace();
            if (m_p >= m_end)
                return fail("unterminated object");
            if (*m_p == ',') {
                ++m_p;
                continue;
            }
            if (*m_p == '}') {
                ++m_p;
                return true;
            }
            return fail("expected ',' or '}'");
        }
    }

    bool skipValue(int depth)
    {
        skipWhitespace();
        if (m_p >= m_end)
            return fail("unexpected end of data");
        switch (*m_p) {
        case '{':
            return readObject(depth + 1, [this, depth](const RawString &) { return skipValue(depth + 1); });
        case '[': {
            if (depth > maxDepth)
                return fail("too deeply nested");
            ++m_p;
            skipWhitespace();
            if (m_p < m_end && *m_p == ']') {
                ++m_p;
                return true;
            }
            while (true) {
                if (!skipValue(depth + 1))
                    return false;
                skipWhitespace();
                if (m_p >= m_end)
                    return fail("unterminated array");
                if (*m_p == ',') {
                    ++m_p;
                    continue;
                }
                if (*m_p == ']') {
                    ++m_p;
                    return true;
                }
                return fail("expected ',' or ']'");
            }
        }
        case '"': {
            RawString ignored;
            return readRawString(&ignored);
        }
        case 't': return skipLiteral("true", 4);
        case 'f': return skipLiteral("false", 5);
        case 'n': return skipLiteral("null", 4);
        default: return skipNumber();
        }
    }

    // A string member value, or "" (like QJsonValue::toString()) when it is not a string.
    bool readStringMember(QString *out, int depth, bool intern = false)
    {
        if (*m_p == '"')
            return readString(out, intern);
        out->clear();
        return skipValue(depth);
    }

    bool parseTopLevel()
    {
        return readObject(1, [this](const RawString &key) {
            if (key.is("properties", 10)) {
                if (*m_p != '{')
                    return skipValue(1);
                QList<int> roots;
                if (!parseProperties(2, -1, QString(), &roots))
                    return false;
                m_data.roots = std::move(roots);
                return true;
            }
            if (key.is("$id", 3))
                return readStringMember(&m_data.id, 1);
            if (key.is("meta:altId", 10))
                return readStringMember(&m_data.altId, 1);
            if (key.is("title", 5))
                return readStringMember(&m_data.title, 1);
            if (key.is("meta:class", 10))
                return readStringMember(&m_data.classId, 1);
            if (key.is("version", 7))
                return readStringMember(&m_data.version, 1);
            if (key.is("meta:tenantNamespace", 20))
                return readStringMember(&m_data.tenantNamespace, 1);
            return skipValue(1);
        });
    }

    // At '{' of a "properties" object: every object-valued member is a field.
    bool parseProperties(int depth, int parent, const QString &prefix, QList<int> *indexes)
    {
        const bool ok = readObject(depth, [&](const RawString &key) {
            if (*m_p != '{')
                return skipValue(depth);
            const QString name = decode(key);
            return parseField(depth + 1, name, parent, prefix, indexes);
        });
        if (ok)
            sortSiblings(m_fields, *indexes);
        return ok;
    }

    bool parseField(int depth, const QString &name, int parent, const QString &prefix, QList<int> *siblings)
    {
        const int index = int(m_fields.size());
        siblings->append(index);
        QString path = prefix.isEmpty() ? name : prefix + QLatin1Char('.') + name;
        {
            m_fields.emplace_back();
            SchemaField &f = m_fields.last();
            f.name = name;
            f.path = path;
            f.parent = parent;
        }
        m_byPath.insert(path, index);

        QString type;
        QString format;
        QString xdmType;
        QString title;
        QString description;
        QList<int> children;
        bool hasProperties = false;
        bool childrenFromItems = false;
        const bool ok = readObject(depth, [&](const RawString &key) {
            if (key.is("type", 4))
                return readStringMember(&type, depth, true);
            if (key.is("format", 6))
                return readStringMember(&format, depth, true);
            if (key.is("meta:xdmType", 12))
                return readStringMember(&xdmType, depth, true);
            if (key.is("title", 5))
                return readStringMember(&title, depth);
            if (key.is("description", 11))
                return readStringMember(&description, depth);
            if (key.is("properties", 10) && *m_p == '{') {
                if (childrenFromItems) // invalid XDM (both); keep what QJsonObject order would give
                    return skipValue(depth);
                hasProperties = true;
                return parseProperties(depth + 1, index, path, &children);
            }
            if (key.is("items", 5) && *m_p == '{' && !hasProperties) {
                // Arrays of objects are inner nodes: their children are the item properties, "a[*].b".
                return readObject(depth + 1, [&](const RawString &itemKey) {
                    if (itemKey.is("properties", 10) && *m_p == '{' && !childrenFromItems) {
                        childrenFromItems = true;
                        return parseProperties(depth + 2, index, path + QLatin1String("[*]"), &children);
                    }
                    return skipValue(depth + 1);
                });
            }
            return skipValue(depth);
        });
        if (!ok)
            return false;
        SchemaField &f = m_fields[index];
        f.type = std::move(type);
        f.format = std::move(format);
        f.xdmType = std::move(xdmType);
        f.title = std::move(title);
        f.description = std::move(description);
        f.children = std::move(children);
        finishField(f, hasProperties);
        return true;
    }

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    TopLevel &m_data;
    QList<SchemaField> &m_fields;
    QHash<QString, int> &m_byPath;
    const char *m_error = nullptr;
    qsizetype m_errorOffset = 0;
    bool m_notObject = false;
};

int countLeaves(const QList<SchemaField> &fields)
{
    return int(std::count_if(fields.cbegin(), fields.cend(), [](const SchemaField &f) { return f.isLeaf; }));
}

} // namespace

SchemaIndex::SchemaIndex()
    : d(std::make_shared<const Data>())
{
}

SchemaIndex SchemaIndex::fromJson(const QJsonObject &fullSchema)
{
    auto data = std::make_shared<Data>();
    data->id = fullSchema.value(QLatin1String("$id")).toString();
    data->altId = fullSchema.value(QLatin1String("meta:altId")).toString();
    data->title = fullSchema.value(QLatin1String("title")).toString();
    data->classId = fullSchema.value(QLatin1String("meta:class")).toString();
    data->version = fullSchema.value(QLatin1String("version")).toString();
    data->tenantNamespace = fullSchema.value(QLatin1String("meta:tenantNamespace")).toString();

    const QJsonObject properties = fullSchema.value(QLatin1String("properties")).toObject();
    ObjectBuilder builder{data->fields, data->byPath};
    data->roots = builder.addProperties(properties, -1, QString());
    data->leafCount = countLeaves(data->fields);

    SchemaIndex index;
    index.d = std::move(data);
    return index;
}

SchemaIndex SchemaIndex::fromJsonBytes(const QByteArray &bytes, QString *errorMessage)
{
    auto data = std::make_shared<Data>();
    // A field object takes well over 128 bytes of JSON: reserve once instead of growing repeatedly.
    data->fields.reserve(bytes.size() / 128 + 16);
    data->byPath.reserve(bytes.size() / 128 + 16);
    TopLevel top;
    ByteParser parser(bytes, top, data->fields, data->byPath);
    if (!parser.parseDocument()) {
        if (errorMessage) {
            if (parser.notAnObject()) {
                *errorMessage = SchemaIndexText::tr("The schema is not a JSON object.");
            } else {
                *errorMessage = SchemaIndexText::tr("The schema is not valid JSON (offset %1): %2")
                                    .arg(parser.errorOffset())
                                    .arg(parser.errorText());
            }
        }
        return {};
    }
    if (errorMessage)
        errorMessage->clear();
    data->id = std::move(top.id);
    data->altId = std::move(top.altId);
    data->title = std::move(top.title);
    data->classId = std::move(top.classId);
    data->version = std::move(top.version);
    data->tenantNamespace = std::move(top.tenantNamespace);
    data->roots = std::move(top.roots);
    data->leafCount = countLeaves(data->fields);
    SchemaIndex index;
    index.d = std::move(data);
    return index;
}

bool SchemaIndex::isEmpty() const { return d->fields.isEmpty(); }
QString SchemaIndex::id() const { return d->id; }
QString SchemaIndex::altId() const { return d->altId; }
QString SchemaIndex::title() const { return d->title; }
QString SchemaIndex::classId() const { return d->classId; }
QString SchemaIndex::version() const { return d->version; }
QString SchemaIndex::tenantNamespace() const { return d->tenantNamespace; }
const QList<SchemaField> &SchemaIndex::fields() const { return d->fields; }
QList<int> SchemaIndex::roots() const { return d->roots; }
int SchemaIndex::leafCount() const { return d->leafCount; }

QString SchemaIndex::resolvePath(const QString &path) const
{
    if (d->tenantNamespace.isEmpty() || !path.contains(tenantPlaceholder))
        return path;
    QString resolved = path;
    resolved.replace(tenantPlaceholder, d->tenantNamespace);
    return resolved;
}

int SchemaIndex::indexOf(const QString &path) const
{
    auto it = d->byPath.constFind(path);
    if (it != d->byPath.constEnd())
        return it.value();
    if (path.contains(QLatin1Char('{'))) {
        it = d->byPath.constFind(resolvePath(path));
        if (it != d->byPath.constEnd())
            return it.value();
    }
    return -1;
}

const SchemaField *SchemaIndex::field(const QString &path) const
{
    const int index = indexOf(path);
    return index < 0 ? nullptr : &d->fields.at(index);
}

QStringList SchemaIndex::leafPaths() const
{
    // Tree order (siblings by key), the same whichever entry point built the index.
    QStringList paths;
    paths.reserve(d->leafCount);
    QList<int> stack;
    for (auto it = d->roots.crbegin(); it != d->roots.crend(); ++it)
        stack.append(*it);
    while (!stack.isEmpty()) {
        const SchemaField &f = d->fields.at(stack.takeLast());
        if (f.isLeaf)
            paths.append(f.path);
        for (auto it = f.children.crbegin(); it != f.children.crend(); ++it)
            stack.append(*it);
    }
    return paths;
}

} // namespace Dataflow::Core
