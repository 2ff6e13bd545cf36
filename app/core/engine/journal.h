// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace Dataflow::Core {

/**
 * The write-ahead provisioning journal (RELIABILITY.md 3), a file beside the session
 * ("<session>.journal"). Per step: intent (marker, name) before the create, the id after it,
 * delete states during rollback. Saved atomically after every change. Plain value type.
 */
struct JournalEntry
{
    enum class State { Intent, Created, Referenced, DeleteIntent, Deleted, DeleteFailed };
    State state = State::Intent;
    QString id;
    QString etag;
    QString marker;
    QString name;
    QString extra; // e.g. the mapping set version, the schema $id
    qint64 updatedAtMs = 0;
    QString error;

    static QString stateName(State state);
    static std::optional<State> stateFromName(const QString &name);
};

struct Journal
{
    Q_DECLARE_TR_FUNCTIONS(Journal)
public:
    static constexpr int formatVersion = 1;
    QString runId;          // 8 hex digits, in every marker of this session's resources
    qint64 generation = 0;  // increments on every save
    QMap<QString, JournalEntry> entries; // by step key

    bool isEmpty() const { return entries.isEmpty(); }
    QJsonObject toJson() const;
    static std::optional<Journal> fromJson(const QJsonObject &object, QString *errorMessage);
    static std::optional<Journal> load(const QString &path, QString *errorMessage); // missing file → empty journal
    std::optional<QString> save(const QString &path); // bumps generation
    static QString pathFor(const QString &sessionPath) { return sessionPath + QStringLiteral(".journal"); }
    static QString newRunId();
};

} // namespace Dataflow::Core
