// SPDX-License-Identifier: MIT
#pragma once

#include "model/mappingrow.h"
#include "model/sourcecolumn.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dataflow::Core {

/** A problem found in a session, located by its JSON path ("$.source.columns[2]"). */
struct SessionProblem
{
    QString path;
    QString message;
    QString toString() const { return path + QLatin1String(": ") + message; }
};

struct EnvironmentSettings
{
    QString platformUrl = QStringLiteral("https://platform.adobe.io");
    QString imsUrl = QStringLiteral("https://ims-na1.adobelogin.com");
    QString orgId;
    QString sandbox = QStringLiteral("prod");
    QString clientId;
    QString scopes = QStringLiteral("openid,AdobeID,read_organizations,additional_info.projectedProductContext,session");
};

/** Referenced ({"id"}) or described for creation (name, authSpecName, non-secret params). */
struct BaseConnectionSettings
{
    QString id;
    QString name;
    QString description;
    QString authSpecName;
    QJsonObject params; // never secrets: they come from the keychain or AEP_SOURCE_<PARAM>
    bool isReference() const { return !id.isEmpty(); }
};

struct SourceSettings
{
    QString connectionSpecId;
    BaseConnectionSettings baseConnection;
    QString tableName;
    SourceColumns columns; // name-only entries have an empty raw object
};

struct SchemaSettings
{
    QString id;
    QString title;
    QString description;
    QString classId;
    QStringList fieldGroupIds;
    bool isReference() const { return !id.isEmpty(); }
};

struct DatasetSettings
{
    QString id;
    QString name;
    QString description;
    bool isReference() const { return !id.isEmpty(); }
};

struct DataflowSettings
{
    QString name;
    QString description;
    QJsonObject deltaColumn; // {name, dateFormat, timezone}
    QJsonObject schedule;    // scheduleParams as sent
    QJsonObject options;     // {errorDiagnosticsEnabled, partialIngestionPercent}
};

/** Ids written back by apply (informational; the journal is authoritative). */
struct AppliedIds
{
    QString runId;
    QString baseConnectionId;
    QString schemaId;
    QString datasetId;
    QString sourceConnectionId;
    QString targetConnectionId;
    QString mappingSetId;
    QString flowId;
    bool isEmpty() const { return runId.isEmpty() && flowId.isEmpty(); }
};

/**
 * A dataflow session: everything needed to plan and apply one dataflow, without secrets
 * (docs/session-format.md). Plain value type. Unknown keys read from a file are kept and written
 * back unchanged.
 */
struct Session
{
    Q_DECLARE_TR_FUNCTIONS(Session)
public:
    static constexpr int formatVersion = 1;

    EnvironmentSettings environment;
    SourceSettings source;
    SchemaSettings schema;
    DatasetSettings dataset;
    MappingRows mapping;
    DataflowSettings dataflow;
    AppliedIds applied;
    QJsonObject wizard; // the wizard's own state (page, selections); opaque to the core

    /** Reads a session object; structural problems (wrong types, unknown formatVersion) go to problems. */
    static std::optional<Session> fromJson(const QJsonObject &object, QList<SessionProblem> *problems);
    QJsonObject toJson() const;

    /** Local checks that need no network (dataflowctl validate); empty when valid. */
    QList<SessionProblem> validate() const;

    /** The environment variable a headless run reads a secret source param from: securityToken → AEP_SOURCE_SECURITY_TOKEN. */
    static QString sourceSecretVariable(const QString &param);

    /** Destination with {TENANT_ID} replaced. */
    static QString resolveTenant(const QString &text, const QString &tenantId);

private:
    QJsonObject m_document; // the object as read, for unknown keys
};

/** Loading and atomic, durable saving of session files. */
class SessionFile
{
    Q_DECLARE_TR_FUNCTIONS(SessionFile)
public:
    /** nullopt and a message naming the JSON path and the problem when the file is malformed. */
    static std::optional<Session> load(const QString &path, QString *errorMessage);
    static std::optional<Session> parse(const QByteArray &bytes, QString *errorMessage);
    /** nullopt on success, else the reason; the previous file is untouched on failure. */
    static std::optional<QString> save(const QString &path, const Session &session);
};

} // namespace Dataflow::Core
