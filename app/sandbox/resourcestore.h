// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Dataflow::Sandbox {

/**
 * In-memory resources by kind, in creation order, plus the create counters, issued tokens and
 * id sequence. Serialises to one JSON object for the state file.
 */
class ResourceStore final
{
public:
    bool contains(const QString &kind, const QString &id) const;
    QJsonObject get(const QString &kind, const QString &id) const;
    QList<QJsonObject> list(const QString &kind) const;
    /** Inserts or replaces; new ids go to the end of the order. */
    void put(const QString &kind, const QString &id, const QJsonObject &object);
    bool remove(const QString &kind, const QString &id);
    int size(const QString &kind) const;

    void countCreate(const QString &kind);
    int createCount(const QString &kind) const;

    /** F14: keep a resource out of lists until the given sandbox time (ms). */
    void hideUntil(const QString &kind, const QString &id, qint64 untilMs);
    bool isHidden(const QString &kind, const QString &id, qint64 nowMs) const;

    void addToken(const QString &token, qint64 expiresAtMs);
    /** Expiry in sandbox ms; 0 when unknown. */
    qint64 tokenExpiry(const QString &token) const;

    quint64 nextSequence() { return ++m_sequence; }
    qint64 clockOffsetMs() const { return m_clockOffsetMs; }
    void setClockOffsetMs(qint64 offset) { m_clockOffsetMs = offset; }

    QJsonObject toJson() const;
    void fromJson(const QJsonObject &state);

private:
    struct Collection
    {
        QStringList order;
        QHash<QString, QJsonObject> items;
    };
    QHash<QString, Collection> m_collections;
    QHash<QString, int> m_createCounts;
    QHash<QString, qint64> m_hiddenUntil; // "kind/id" → ms
    QHash<QString, qint64> m_tokens;
    quint64 m_sequence = 0;
    qint64 m_clockOffsetMs = 0;
};

} // namespace Dataflow::Sandbox
