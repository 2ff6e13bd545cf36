// SPDX-License-Identifier: MIT
#include "resourcestore.h"

#include <QJsonArray>

namespace Dataflow::Sandbox {

bool ResourceStore::contains(const QString &kind, const QString &id) const
{
    const auto it = m_collections.constFind(kind);
    return it != m_collections.cend() && it->items.contains(id);
}

QJsonObject ResourceStore::get(const QString &kind, const QString &id) const
{
    const auto it = m_collections.constFind(kind);
    return it == m_collections.cend() ? QJsonObject() : it->items.value(id);
}

QList<QJsonObject> ResourceStore::list(const QString &kind) const
{
    QList<QJsonObject> out;
    const auto it = m_collections.constFind(kind);
    if (it == m_collections.cend())
        return out;
    out.reserve(it->order.size());
    for (const QString &id : it->order)
        out.append(it->items.value(id));
    return out;
}

void ResourceStore::put(const QString &kind, const QString &id, const QJsonObject &object)
{
    Collection &collection = m_collections[kind];
    if (!collection.items.contains(id))
        collection.order.append(id);
    collection.items.insert(id, object);
}

bool ResourceStore::remove(const QString &kind, const QString &id)
{
    auto it = m_collections.find(kind);
    if (it == m_collections.end() || !it->items.remove(id))
        return false;
    it->order.removeOne(id);
    m_hiddenUntil.remove(kind + QLatin1Char('/') + id);
    return true;
}

int ResourceStore::size(const QString &kind) const
{
    return int(m_collections.value(kind).order.size());
}

void ResourceStore::countCreate(const QString &kind)
{
    ++m_createCounts[kind];
}

int ResourceStore::createCount(const QString &kind) const
{
    return m_createCounts.value(kind);
}

void ResourceStore::hideUntil(const QString &kind, const QString &id, qint64 untilMs)
{
    m_hiddenUntil.insert(kind + QLatin1Char('/') + id, untilMs);
}

bool ResourceStore::isHidden(const QString &kind, const QString &id, qint64 nowMs) const
{
    if (m_hiddenUntil.isEmpty())
        return false;
    const auto it = m_hiddenUntil.constFind(kind + QLatin1Char('/') + id);
    return it != m_hiddenUntil.cend() && nowMs < *it;
}

void ResourceStore::addToken(const QString &token, qint64 expiresAtMs)
{
    m_tokens.insert(token, expiresAtMs);
}

qint64 ResourceStore::tokenExpiry(const QString &token) const
{
    return m_tokens.value(token);
}

QJsonObject ResourceStore::toJson() const
{
    QJsonObject collections;
    for (auto it = m_collections.cbegin(); it != m_collections.cend(); ++it) {
        QJsonArray items;
        for (const QString &id : it->order)
            items.append(QJsonObject{{"key", id}, {"value", it->items.value(id)}});
        collections.insert(it.key(), items);
    }
    QJsonObject counts;
    for (auto it = m_createCounts.cbegin(); it != m_createCounts.cend(); ++it)
        counts.insert(it.key(), it.value());
    QJsonObject hidden;
    for (auto it = m_hiddenUntil.cbegin(); it != m_hiddenUntil.cend(); ++it)
        hidden.insert(it.key(), double(it.value()));
    QJsonObject tokens;
    for (auto it = m_tokens.cbegin(); it != m_tokens.cend(); ++it)
        tokens.insert(it.key(), double(it.value()));
    return QJsonObject{{"formatVersion", 1},
                       {"collections", collections},
                       {"createCounts", counts},
                       {"hiddenUntil", hidden},
                       {"tokens", tokens},
                       {"sequence", QString::number(m_sequence)},
                       {"clockOffsetMs", double(m_clockOffsetMs)}};
}

void ResourceStore::fromJson(const QJsonObject &state)
{
    *this = ResourceStore();
    const QJsonObject collections = state.value(QLatin1String("collections")).toObject();
    for (auto it = collections.begin(); it != collections.end(); ++it) {
        for (const QJsonValue &entry : it.value().toArray())
            put(it.key(), entry[QLatin1String("key")].toString(), entry[QLatin1String("value")].toObject());
    }
    const QJsonObject counts = state.value(QLatin1String("createCounts")).toObject();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        m_createCounts.insert(it.key(), it.value().toInt());
    const QJsonObject hidden = state.value(QLatin1String("hiddenUntil")).toObject();
    for (auto it = hidden.begin(); it != hidden.end(); ++it)
        m_hiddenUntil.insert(it.key(), qint64(it.value().toDouble()));
    const QJsonObject tokens = state.value(QLatin1String("tokens")).toObject();
    for (auto it = tokens.begin(); it != tokens.end(); ++it)
        m_tokens.insert(it.key(), qint64(it.value().toDouble()));
    m_sequence = state.value(QLatin1String("sequence")).toString().toULongLong();
    m_clockOffsetMs = qint64(state.value(QLatin1String("clockOffsetMs")).toDouble());
}

} // namespace Dataflow::Sandbox
