// SPDX-License-Identifier: MIT
#include "journal.h"

#include "session/safefile.h"
#include "session/strictjson.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace Dataflow::Core {

namespace {
const QString kFormat = QStringLiteral("aep-dataflow-journal");

struct StateName
{
    JournalEntry::State state;
    const char *name;
};
constexpr StateName kStates[] = {
    {JournalEntry::State::Intent, "intent"},
    {JournalEntry::State::Created, "created"},
    {JournalEntry::State::Referenced, "referenced"},
    {JournalEntry::State::DeleteIntent, "delete-intent"},
    {JournalEntry::State::Deleted, "deleted"},
    {JournalEntry::State::DeleteFailed, "delete-failed"},
};
} // namespace

QString JournalEntry::stateName(State state)
{
    for (const auto &s : kStates) {
        if (s.state == state)
            return QLatin1String(s.name);
    }
    return QStringLiteral("intent");
}

std::optional<JournalEntry::State> JournalEntry::stateFromName(const QString &name)
{
    for (const auto &s : kStates) {
        if (name == QLatin1String(s.name))
            return s.state;
    }
    return std::nullopt;
}

QJsonObject Journal::toJson() const
{
    QJsonObject steps;
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        const JournalEntry &e = it.value();
        QJsonObject o{{QStringLiteral("state"), JournalEntry::stateName(e.state)},
                      {QStringLiteral("marker"), e.marker},
                      {QStringLiteral("updatedAt"), e.updatedAtMs}};
        if (!e.id.isEmpty())
            o.insert(QStringLiteral("id"), e.id);
        if (!e.etag.isEmpty())
            o.insert(QStringLiteral("etag"), e.etag);
        if (!e.name.isEmpty())
            o.insert(QStringLiteral("name"), e.name);
        if (!e.extra.isEmpty())
            o.insert(QStringLiteral("extra"), e.extra);
        if (!e.error.isEmpty())
            o.insert(QStringLiteral("error"), e.error);
        steps.insert(it.key(), o);
    }
    return QJsonObject{{QStringLiteral("format"), kFormat},
                       {QStringLiteral("formatVersion"), formatVersion},
                       {QStringLiteral("runId"), runId},
                       {QStringLiteral("generation"), generation},
                       {QStringLiteral("steps"), steps}};
}

std::optional<Journal> Journal::fromJson(const QJsonObject &o, QString *errorMessage)
{
    auto fail = [errorMessage](const QString &m) {
        if (errorMessage)
            *errorMessage = m;
        return std::nullopt;
    };
    if (o.value(QStringLiteral("format")).toString() != kFormat)
        return fail(tr("$.format: must be \"%1\"").arg(kFormat));
    if (o.value(QStringLiteral("formatVersion")).toInt() != formatVersion)
        return fail(tr("$.formatVersion: version %1 is not supported").arg(o.value(QStringLiteral("formatVersion")).toVariant().toString()));
    Journal j;
    j.runId = o.value(QStringLiteral("runId")).toString();
    static const QRegularExpression hex8(QStringLiteral("^[0-9a-f]{8}$"));
    if (!hex8.match(j.runId).hasMatch())
        return fail(tr("$.runId: must be 8 hexadecimal digits"));
    j.generation = o.value(QStringLiteral("generation")).toInteger();
    const QJsonValue steps = o.value(QStringLiteral("steps"));
    if (!steps.isObject())
        return fail(tr("$.steps: expected an object"));
    const QJsonObject so = steps.toObject();
    for (auto it = so.begin(); it != so.end(); ++it) {
        const QString path = StrictJson::pathJoin(QStringLiteral("$.steps"), it.key());
        if (!it.value().isObject())
            return fail(tr("%1: expected an object").arg(path));
        const QJsonObject eo = it.value().toObject();
        const auto state = JournalEntry::stateFromName(eo.value(QStringLiteral("state")).toString());
        if (!state)
            return fail(tr("%1.state: unknown state \"%2\"").arg(path, eo.value(QStringLiteral("state")).toString()));
        JournalEntry e;
        e.state = *state;
        e.id = eo.value(QStringLiteral("id")).toString();
        e.etag = eo.value(QStringLiteral("etag")).toString();
        e.marker = eo.value(QStringLiteral("marker")).toString();
        e.name = eo.value(QStringLiteral("name")).toString();
        e.extra = eo.value(QStringLiteral("extra")).toString();
        e.error = eo.value(QStringLiteral("error")).toString();
        e.updatedAtMs = eo.value(QStringLiteral("updatedAt")).toInteger();
        j.entries.insert(it.key(), e);
    }
    return j;
}

std::optional<Journal> Journal::load(const QString &path, QString *errorMessage)
{
    SafeFile::removeStrayTempFiles(path);
    QFile file(path);
    if (!file.exists())
        return Journal();
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorMessage)
            *errorMessage = tr("Cannot open %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    JsonError jsonError;
    const auto doc = StrictJson::parse(file.readAll(), &jsonError);
    if (!doc) {
        if (errorMessage)
            *errorMessage = tr("%1: %2").arg(path, jsonError.toString());
        return std::nullopt;
    }
    QString message;
    auto journal = fromJson(doc->object(), &message);
    if (!journal && errorMessage)
        *errorMessage = tr("%1: %2").arg(path, message);
    return journal;
}

std::optional<QString> Journal::save(const QString &path)
{
    ++generation;
    return SafeFile::write(path, StrictJson::serialize(toJson()));
}

QString Journal::newRunId()
{
    return QString::number(QRandomGenerator::global()->generate() | 0x10000000u, 16).right(8);
}

} // namespace Dataflow::Core
