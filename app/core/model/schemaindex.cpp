// SPDX-License-Identifier: MIT
#include "schemaindex.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Dataflow::Core {

namespace {

const QString tenantPlaceholder = QStringLiteral("_{TENANT_ID}");

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

struct Builder
{
    QList<SchemaField> &fields;
    QHash<QString, int> &byPath;
    int leafCount = 0;

    // Adds the children found in `properties` under `parent` (-1 for the roots) and returns their indexes.
    QList<int> addProperties(const QJsonObject &properties, int parent, const QString &prefix)
    {
        QList<int> indexes;
        indexes.reserve(properties.size());
        int row = 0;
        for (auto it = properties.constBegin(), end = properties.constEnd(); it != end; ++it) {
            const QJsonValue value = it.value();
            if (!value.isObject())
                continue;
            const int index = addField(it.key(), value.toObject(), parent, row, prefix);
            indexes.append(index);
            ++row;
        }
        return indexes;
    }

    int addField(const QString &name, const QJsonObject &object, int parent, int row, const QString &prefix)
    {
        const int index = int(fields.size());
        fields.emplace_back();
        {
            SchemaField &f = fields.last();
            f.name = name;
            f.path = prefix.isEmpty() ? name : prefix + QLatin1Char('.') + name;
            f.parent = parent;
            f.row = row;
        }
        // One pass over the keys instead of several linear look-ups.
        QJsonObject properties;
        QJsonObject items;
        bool hasProperties = false;
        bool hasItems = false;
        QString type;
        QString format;
        QString xdmType;
        QString title;
        QString description;
        for (auto it = object.constBegin(), end = object.constEnd(); it != end; ++it) {
            const QString key = it.key();
            if (key.isEmpty())
                continue;
            switch (key.at(0).unicode()) {
            case 't':
                if (key == QLatin1String("type"))
                    type = it.value().toString();
                else if (key == QLatin1String("title"))
                    title = it.value().toString();
                break;
            case 'f':
                if (key == QLatin1String("format"))
                    format = it.value().toString();
                break;
            case 'd':
                if (key == QLatin1String("description"))
                    description = it.value().toString();
                break;
            case 'm':
                if (key == QLatin1String("meta:xdmType"))
                    xdmType = it.value().toString();
                break;
            case 'p':
                if (key == QLatin1String("properties")) {
                    const QJsonValue v = it.value();
                    hasProperties = v.isObject();
                    if (hasProperties)
                        properties = v.toObject();
                }
                break;
            case 'i':
                if (key == QLatin1String("items")) {
                    const QJsonValue v = it.value();
                    hasItems = v.isObject();
                    if (hasItems)
                        items = v.toObject();
                }
                break;
            default:
                break;
            }
        }

        // Arrays of objects are inner nodes: their children are the item properties, "a[*].b".
        bool itemsAreObjects = false;
        if (hasItems && !hasProperties) {
            const QJsonValue itemProperties = items.value(QLatin1String("properties"));
            if (itemProperties.isObject()) {
                itemsAreObjects = true;
                properties = itemProperties.toObject();
            }
        }
        const bool inner = (hasProperties || itemsAreObjects) && !properties.isEmpty();
        {
            SchemaField &f = fields[index];
            f.type = type;
            f.format = format;
            f.xdmType = xdmType;
            f.title = title;
            f.description = description;
            f.isLeaf = !inner && !(type == QLatin1String("object") && hasProperties);
        }
        const QString path = fields.at(index).path; // shared copy, no allocation
        byPath.insert(path, index);
        if (fields.at(index).isLeaf)
            ++leafCount;
        if (inner) {
            const QString childPrefix = itemsAreObjects ? path + QLatin1String("[*]") : path;
            QList<int> children = addProperties(properties, index, childPrefix);
            fields[index].children = std::move(children);
        }
        return index;
    }
};

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
    Builder builder{data->fields, data->byPath};
    data->roots = builder.addProperties(properties, -1, QString());
    data->leafCount = builder.leafCount;
    data->fields.squeeze();

    SchemaIndex index;
    index.d = std::move(data);
    return index;
}

SchemaIndex SchemaIndex::fromJsonBytes(const QByteArray &bytes, QString *errorMessage)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        if (errorMessage) {
            *errorMessage = QCoreApplication::translate("Dataflow::Core::SchemaIndex",
                                                        "The schema is not valid JSON (offset %1): %2")
                                .arg(error.offset)
                                .arg(error.errorString());
        }
        return {};
    }
    if (!document.isObject()) {
        if (errorMessage) {
            *errorMessage = QCoreApplication::translate("Dataflow::Core::SchemaIndex",
                                                        "The schema is not a JSON object.");
        }
        return {};
    }
    if (errorMessage)
        errorMessage->clear();
    return fromJson(document.object());
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
    QStringList paths;
    paths.reserve(d->leafCount);
    for (const SchemaField &f : d->fields) {
        if (f.isLeaf)
            paths.append(f.path);
    }
    return paths;
}

} // namespace Dataflow::Core
