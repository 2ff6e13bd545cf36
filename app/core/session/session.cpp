// SPDX-License-Identifier: MIT
#include "session.h"

#include "api/redactor.h"
#include "session/safefile.h"
#include "session/strictjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace Dataflow::Core {

namespace {

const QString kFormat = QStringLiteral("aep-dataflow-session");

/** Reads typed values at a path and records a problem when the type is wrong. */
class Reader
{
public:
    explicit Reader(QList<SessionProblem> *problems) : m_problems(problems) {}

    QString string(const QJsonObject &o, const QString &key, const QString &path, const QString &fallback = {})
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isString()) {
            problem(StrictJson::pathJoin(path, key), Session::tr("expected a string"));
            return fallback;
        }
        return v.toString();
    }
    QJsonObject object(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isObject()) {
            problem(StrictJson::pathJoin(path, key), Session::tr("expected an object"));
            return {};
        }
        return v.toObject();
    }
    QJsonArray array(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray()) {
            problem(StrictJson::pathJoin(path, key), Session::tr("expected an array"));
            return {};
        }
        return v.toArray();
    }
    void problem(const QString &path, const QString &message)
    {
        if (m_problems)
            m_problems->append({path, message});
        ++m_count;
    }
    int count() const { return m_count; }

private:
    QList<SessionProblem> *m_problems;
    int m_count = 0;
};

/** original with knownKeys replaced by known's values (absent in known = removed). */
QJsonObject overlay(QJsonObject original, const QStringList &knownKeys, const QJsonObject &known)
{
    for (const QString &k : knownKeys)
        original.remove(k);
    for (auto it = known.begin(); it != known.end(); ++it)
        original.insert(it.key(), it.value());
    return original;
}

void putIf(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

} // namespace

QString Session::sourceSecretVariable(const QString &param)
{
    static const QRegularExpression wordStart(QStringLiteral("([a-z0-9])([A-Z])"));
    return QStringLiteral("AEP_SOURCE_") + QString(param).replace(wordStart, QStringLiteral("\\1_\\2")).toUpper();
}

QString Session::resolveTenant(const QString &text, const QString &tenantId)
{
    QString out = text;
    return out.replace(QLatin1String("{TENANT_ID}"), tenantId);
}

std::optional<Session> Session::fromJson(const QJsonObject &root, QList<SessionProblem> *problems)
{
    Reader r(problems);
    if (root.value(QStringLiteral("format")).toString() != kFormat) {
        r.problem(QStringLiteral("$.format"), tr("must be \"%1\"").arg(kFormat));
        return std::nullopt;
    }
    const QJsonValue version = root.value(QStringLiteral("formatVersion"));
    if (!version.isDouble() || version.toDouble() != formatVersion) {
        r.problem(QStringLiteral("$.formatVersion"),
                  version.isDouble() ? tr("version %1 is not supported (this program reads version %2); update the program")
                                           .arg(version.toDouble())
                                           .arg(formatVersion)
                                     : tr("must be the number %1").arg(formatVersion));
        return std::nullopt;
    }

    Session s;
    s.m_document = root;

    const QJsonObject env = r.object(root, QStringLiteral("environment"), QStringLiteral("$"));
    const QString ep = QStringLiteral("$.environment");
    s.environment.platformUrl = r.string(env, QStringLiteral("platformUrl"), ep, s.environment.platformUrl);
    s.environment.imsUrl = r.string(env, QStringLiteral("imsUrl"), ep, s.environment.imsUrl);
    s.environment.orgId = r.string(env, QStringLiteral("orgId"), ep);
    s.environment.sandbox = r.string(env, QStringLiteral("sandbox"), ep, s.environment.sandbox);
    s.environment.clientId = r.string(env, QStringLiteral("clientId"), ep);
    s.environment.scopes = r.string(env, QStringLiteral("scopes"), ep, s.environment.scopes);

    const QString sp = QStringLiteral("$.source");
    const QJsonObject source = r.object(root, QStringLiteral("source"), QStringLiteral("$"));
    s.source.connectionSpecId = r.string(source, QStringLiteral("connectionSpecId"), sp);
    const QString bp = QStringLiteral("$.source.baseConnection");
    const QJsonObject base = r.object(source, QStringLiteral("baseConnection"), sp);
    s.source.baseConnection.id = r.string(base, QStringLiteral("id"), bp);
    s.source.baseConnection.name = r.string(base, QStringLiteral("name"), bp);
    s.source.baseConnection.description = r.string(base, QStringLiteral("description"), bp);
    s.source.baseConnection.authSpecName = r.string(base, QStringLiteral("authSpecName"), bp);
    s.source.baseConnection.params = r.object(base, QStringLiteral("params"), bp);
    s.source.tableName = r.string(source, QStringLiteral("tableName"), sp);
    const QJsonArray columns = r.array(source, QStringLiteral("columns"), sp);
    for (int i = 0; i < columns.size(); ++i) {
        const QJsonValue c = columns.at(i);
        if (c.isString()) {
            SourceColumn col;
            col.name = c.toString();
            s.source.columns.append(col);
        } else if (c.isObject() && c.toObject().value(QStringLiteral("name")).isString()) {
            s.source.columns.append(SourceColumn::fromJson(c.toObject()));
        } else {
            r.problem(StrictJson::pathIndex(QStringLiteral("$.source.columns"), i),
                      tr("expected a column name or a column object with a \"name\""));
        }
    }

    const QJsonObject target = r.object(root, QStringLiteral("target"), QStringLiteral("$"));
    const QString tp = QStringLiteral("$.target");
    const QJsonObject schema = r.object(target, QStringLiteral("schema"), tp);
    const QString schp = QStringLiteral("$.target.schema");
    s.schema.id = r.string(schema, QStringLiteral("id"), schp);
    s.schema.title = r.string(schema, QStringLiteral("title"), schp);
    s.schema.description = r.string(schema, QStringLiteral("description"), schp);
    s.schema.classId = r.string(schema, QStringLiteral("classId"), schp);
    const QJsonArray groups = r.array(schema, QStringLiteral("fieldGroupIds"), schp);
    for (int i = 0; i < groups.size(); ++i) {
        if (groups.at(i).isString())
            s.schema.fieldGroupIds.append(groups.at(i).toString());
        else
            r.problem(StrictJson::pathIndex(schp + QStringLiteral(".fieldGroupIds"), i), tr("expected a string"));
    }
    const QJsonObject dataset = r.object(target, QStringLiteral("dataset"), tp);
    const QString dp = QStringLiteral("$.target.dataset");
    s.dataset.id = r.string(dataset, QStringLiteral("id"), dp);
    s.dataset.name = r.string(dataset, QStringLiteral("name"), dp);
    s.dataset.description = r.string(dataset, QStringLiteral("description"), dp);

    const QJsonArray mapping = r.array(root, QStringLiteral("mapping"), QStringLiteral("$"));
    for (int i = 0; i < mapping.size(); ++i) {
        const QString mp = StrictJson::pathIndex(QStringLiteral("$.mapping"), i);
        if (!mapping.at(i).isObject()) {
            r.problem(mp, tr("expected an object"));
            continue;
        }
        const QJsonObject m = mapping.at(i).toObject();
        const QString type = r.string(m, QStringLiteral("sourceType"), mp, QStringLiteral("ATTRIBUTE"));
        if (!sourceTypeFromString(type))
            r.problem(StrictJson::pathJoin(mp, QStringLiteral("sourceType")), tr("must be ATTRIBUTE, EXPRESSION or STATIC"));
        r.string(m, QStringLiteral("source"), mp);
        r.string(m, QStringLiteral("destination"), mp);
        s.mapping.append(MappingRow::fromJson(m));
    }

    const QJsonObject flow = r.object(root, QStringLiteral("dataflow"), QStringLiteral("$"));
    const QString fp = QStringLiteral("$.dataflow");
    s.dataflow.name = r.string(flow, QStringLiteral("name"), fp);
    s.dataflow.description = r.string(flow, QStringLiteral("description"), fp);
    s.dataflow.deltaColumn = r.object(flow, QStringLiteral("deltaColumn"), fp);
    s.dataflow.schedule = r.object(flow, QStringLiteral("schedule"), fp);
    s.dataflow.options = r.object(flow, QStringLiteral("options"), fp);

    const QJsonObject applied = r.object(root, QStringLiteral("applied"), QStringLiteral("$"));
    const QString ap = QStringLiteral("$.applied");
    s.applied.runId = r.string(applied, QStringLiteral("runId"), ap);
    s.applied.baseConnectionId = r.string(applied, QStringLiteral("baseConnectionId"), ap);
    s.applied.schemaId = r.string(applied, QStringLiteral("schemaId"), ap);
    s.applied.datasetId = r.string(applied, QStringLiteral("datasetId"), ap);
    s.applied.sourceConnectionId = r.string(applied, QStringLiteral("sourceConnectionId"), ap);
    s.applied.targetConnectionId = r.string(applied, QStringLiteral("targetConnectionId"), ap);
    s.applied.mappingSetId = r.string(applied, QStringLiteral("mappingSetId"), ap);
    s.applied.flowId = r.string(applied, QStringLiteral("flowId"), ap);
    s.wizard = r.object(root, QStringLiteral("wizard"), QStringLiteral("$"));

    if (r.count() > 0)
        return std::nullopt;
    return s;
}

QJsonObject Session::toJson() const
{
    QJsonObject root = m_document;
    root.insert(QStringLiteral("format"), kFormat);
    root.insert(QStringLiteral("formatVersion"), formatVersion);

    QJsonObject env;
    putIf(env, QStringLiteral("platformUrl"), environment.platformUrl);
    putIf(env, QStringLiteral("imsUrl"), environment.imsUrl);
    putIf(env, QStringLiteral("orgId"), environment.orgId);
    putIf(env, QStringLiteral("sandbox"), environment.sandbox);
    putIf(env, QStringLiteral("clientId"), environment.clientId);
    putIf(env, QStringLiteral("scopes"), environment.scopes);
    root.insert(QStringLiteral("environment"),
                overlay(m_document.value(QStringLiteral("environment")).toObject(),
                        {QStringLiteral("platformUrl"), QStringLiteral("imsUrl"), QStringLiteral("orgId"),
                         QStringLiteral("sandbox"), QStringLiteral("clientId"), QStringLiteral("scopes")},
                        env));

    const QJsonObject oldSource = m_document.value(QStringLiteral("source")).toObject();
    QJsonObject base;
    if (source.baseConnection.isReference()) {
        base.insert(QStringLiteral("id"), source.baseConnection.id);
    } else {
        putIf(base, QStringLiteral("name"), source.baseConnection.name);
        putIf(base, QStringLiteral("description"), source.baseConnection.description);
        putIf(base, QStringLiteral("authSpecName"), source.baseConnection.authSpecName);
        // Secrets never reach a file, even if a caller put one in params by mistake.
        QJsonObject params;
        for (auto it = source.baseConnection.params.begin(); it != source.baseConnection.params.end(); ++it) {
            if (!Redactor::isSecretKey(it.key()))
                params.insert(it.key(), it.value());
        }
        if (!params.isEmpty())
            base.insert(QStringLiteral("params"), params);
    }
    QJsonArray columns;
    for (const SourceColumn &c : source.columns) {
        if (c.raw.isEmpty())
            columns.append(c.name);
        else
            columns.append(c.raw);
    }
    QJsonObject src;
    putIf(src, QStringLiteral("connectionSpecId"), source.connectionSpecId);
    src.insert(QStringLiteral("baseConnection"),
               overlay(oldSource.value(QStringLiteral("baseConnection")).toObject(),
                       {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("description"),
                        QStringLiteral("authSpecName"), QStringLiteral("params")},
                       base));
    putIf(src, QStringLiteral("tableName"), source.tableName);
    src.insert(QStringLiteral("columns"), columns);
    root.insert(QStringLiteral("source"),
                overlay(oldSource, {QStringLiteral("connectionSpecId"), QStringLiteral("baseConnection"),
                                    QStringLiteral("tableName"), QStringLiteral("columns")},
                        src));

    const QJsonObject oldTarget = m_document.value(QStringLiteral("target")).toObject();
    QJsonObject sch;
    if (schema.isReference()) {
        sch.insert(QStringLiteral("id"), schema.id);
    } else {
        putIf(sch, QStringLiteral("title"), schema.title);
        putIf(sch, QStringLiteral("description"), schema.description);
        putIf(sch, QStringLiteral("classId"), schema.classId);
        sch.insert(QStringLiteral("fieldGroupIds"), QJsonArray::fromStringList(schema.fieldGroupIds));
    }
    QJsonObject ds;
    if (dataset.isReference()) {
        ds.insert(QStringLiteral("id"), dataset.id);
    } else {
        putIf(ds, QStringLiteral("name"), dataset.name);
        putIf(ds, QStringLiteral("description"), dataset.description);
    }
    const QStringList schemaKeys{QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("description"),
                                 QStringLiteral("classId"), QStringLiteral("fieldGroupIds")};
    const QStringList datasetKeys{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("description")};
    QJsonObject tgt;
    tgt.insert(QStringLiteral("schema"), overlay(oldTarget.value(QStringLiteral("schema")).toObject(), schemaKeys, sch));
    tgt.insert(QStringLiteral("dataset"), overlay(oldTarget.value(QStringLiteral("dataset")).toObject(), datasetKeys, ds));
    root.insert(QStringLiteral("target"), overlay(oldTarget, {QStringLiteral("schema"), QStringLiteral("dataset")}, tgt));

    QJsonArray rows;
    for (const MappingRow &row : mapping)
        rows.append(row.toJson());
    root.insert(QStringLiteral("mapping"), rows);

    QJsonObject flow;
    putIf(flow, QStringLiteral("name"), dataflow.name);
    putIf(flow, QStringLiteral("description"), dataflow.description);
    if (!dataflow.deltaColumn.isEmpty())
        flow.insert(QStringLiteral("deltaColumn"), dataflow.deltaColumn);
    if (!dataflow.schedule.isEmpty())
        flow.insert(QStringLiteral("schedule"), dataflow.schedule);
    if (!dataflow.options.isEmpty())
        flow.insert(QStringLiteral("options"), dataflow.options);
    root.insert(QStringLiteral("dataflow"),
                overlay(m_document.value(QStringLiteral("dataflow")).toObject(),
                        {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("deltaColumn"),
                         QStringLiteral("schedule"), QStringLiteral("options")},
                        flow));

    if (applied.isEmpty()) {
        root.remove(QStringLiteral("applied"));
    } else {
        QJsonObject a;
        putIf(a, QStringLiteral("runId"), applied.runId);
        putIf(a, QStringLiteral("baseConnectionId"), applied.baseConnectionId);
        putIf(a, QStringLiteral("schemaId"), applied.schemaId);
        putIf(a, QStringLiteral("datasetId"), applied.datasetId);
        putIf(a, QStringLiteral("sourceConnectionId"), applied.sourceConnectionId);
        putIf(a, QStringLiteral("targetConnectionId"), applied.targetConnectionId);
        putIf(a, QStringLiteral("mappingSetId"), applied.mappingSetId);
        putIf(a, QStringLiteral("flowId"), applied.flowId);
        root.insert(QStringLiteral("applied"), a);
    }
    if (wizard.isEmpty())
        root.remove(QStringLiteral("wizard"));
    else
        root.insert(QStringLiteral("wizard"), wizard);
    return root;
}

QList<SessionProblem> Session::validate() const
{
    QList<SessionProblem> p;
    auto need = [&p](bool ok, const QString &path, const QString &message) {
        if (!ok)
            p.append({path, message});
    };
    auto urlOk = [](const QString &text) {
        const QUrl u(text);
        if (!u.isValid() || u.host().isEmpty())
            return false;
        if (u.scheme() == QLatin1String("https"))
            return true;
        return u.scheme() == QLatin1String("http")
            && (u.host() == QLatin1String("localhost") || u.host().startsWith(QLatin1String("127.")) || u.host() == QLatin1String("::1"));
    };
    need(urlOk(environment.platformUrl), QStringLiteral("$.environment.platformUrl"), tr("must be an https URL (http only for this computer)"));
    need(urlOk(environment.imsUrl), QStringLiteral("$.environment.imsUrl"), tr("must be an https URL (http only for this computer)"));
    need(environment.orgId.endsWith(QLatin1String("@AdobeOrg")), QStringLiteral("$.environment.orgId"),
         tr("must be an organisation id ending in @AdobeOrg"));
    need(!environment.sandbox.isEmpty() && environment.sandbox == environment.sandbox.toLower(),
         QStringLiteral("$.environment.sandbox"), tr("must be the sandbox name in lower case, e.g. prod"));
    need(!environment.clientId.isEmpty(), QStringLiteral("$.environment.clientId"), tr("is required (the credential's client id)"));

    static const QRegularExpression uuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    need(uuid.match(source.connectionSpecId).hasMatch(), QStringLiteral("$.source.connectionSpecId"),
         tr("must be a connection spec id (Salesforce Service Cloud %1, ServiceNow %2)")
             .arg(QStringLiteral("cb66ab34-8619-49cb-96d1-39b37ede86ea"), QStringLiteral("eb13cb25-47ab-407f-ba89-c0125281c563")));
    const BaseConnectionSettings &base = source.baseConnection;
    if (!base.isReference()) {
        need(!base.name.isEmpty(), QStringLiteral("$.source.baseConnection.name"), tr("is required to create an account (or give its \"id\")"));
        need(!base.authSpecName.isEmpty(), QStringLiteral("$.source.baseConnection.authSpecName"), tr("is required, e.g. \"Basic Authentication\""));
        for (auto it = base.params.begin(); it != base.params.end(); ++it) {
            need(!Redactor::isSecretKey(it.key()), QStringLiteral("$.source.baseConnection.params.") + it.key(),
                 tr("is a secret and must not be in a session file; set %1 or use the wizard's keychain")
                     .arg(sourceSecretVariable(it.key())));
        }
    }
    need(!source.tableName.isEmpty(), QStringLiteral("$.source.tableName"), tr("is required"));
    need(!source.columns.isEmpty(), QStringLiteral("$.source.columns"), tr("select at least one column"));
    QSet<QString> columnNames;
    for (int i = 0; i < source.columns.size(); ++i) {
        const QString name = source.columns.at(i).name;
        need(!name.isEmpty(), StrictJson::pathIndex(QStringLiteral("$.source.columns"), i), tr("a column needs a name"));
        need(!columnNames.contains(name), StrictJson::pathIndex(QStringLiteral("$.source.columns"), i),
             tr("column \"%1\" is listed twice").arg(name));
        columnNames.insert(name);
    }

    if (!schema.isReference()) {
        need(!schema.title.isEmpty(), QStringLiteral("$.target.schema.title"), tr("is required to create a schema (or give its \"id\")"));
        need(schema.classId.startsWith(QLatin1String("https://ns.adobe.com/")), QStringLiteral("$.target.schema.classId"),
             tr("must be a class $id such as https://ns.adobe.com/xdm/context/profile"));
    } else {
        need(schema.id.startsWith(QLatin1String("https://ns.adobe.com/")) || schema.id.startsWith(QLatin1Char('_')),
             QStringLiteral("$.target.schema.id"), tr("must be a schema $id (https://ns.adobe.com/…) or meta:altId"));
    }
    if (!dataset.isReference())
        need(!dataset.name.isEmpty(), QStringLiteral("$.target.dataset.name"), tr("is required to create a dataset (or give its \"id\")"));

    need(!mapping.isEmpty(), QStringLiteral("$.mapping"), tr("map at least one column"));
    QSet<QString> destinations;
    for (int i = 0; i < mapping.size(); ++i) {
        const MappingRow &row = mapping.at(i);
        const QString mp = StrictJson::pathIndex(QStringLiteral("$.mapping"), i);
        need(!row.source.trimmed().isEmpty(), mp + QStringLiteral(".source"), tr("is empty"));
        need(!row.destination.trimmed().isEmpty(), mp + QStringLiteral(".destination"), tr("is empty"));
        if (row.sourceType == SourceType::Attribute && !row.source.isEmpty())
            need(columnNames.contains(row.source), mp + QStringLiteral(".source"),
                 tr("\"%1\" is not one of the selected columns").arg(row.source));
        need(row.destination.isEmpty() || !destinations.contains(row.destination), mp + QStringLiteral(".destination"),
             tr("\"%1\" is mapped twice").arg(row.destination));
        destinations.insert(row.destination);
    }

    need(!dataflow.name.isEmpty(), QStringLiteral("$.dataflow.name"), tr("is required"));
    const QString delta = dataflow.deltaColumn.value(QStringLiteral("name")).toString();
    need(!delta.isEmpty(), QStringLiteral("$.dataflow.deltaColumn.name"), tr("is required: a date-time column used for incremental loads"));
    if (!delta.isEmpty()) {
        need(columnNames.contains(delta), QStringLiteral("$.dataflow.deltaColumn.name"),
             tr("\"%1\" is not one of the selected columns").arg(delta));
        for (const SourceColumn &c : source.columns) {
            if (c.name == delta && !c.raw.isEmpty())
                need(c.isDateTime(), QStringLiteral("$.dataflow.deltaColumn.name"), tr("\"%1\" is not a date-time column").arg(delta));
        }
    }
    need(!dataflow.schedule.isEmpty(), QStringLiteral("$.dataflow.schedule"), tr("is required"));
    return p;
}

std::optional<Session> SessionFile::parse(const QByteArray &bytes, QString *errorMessage)
{
    JsonError jsonError;
    const auto doc = StrictJson::parse(bytes, &jsonError);
    if (!doc) {
        if (errorMessage)
            *errorMessage = jsonError.toString();
        return std::nullopt;
    }
    QList<SessionProblem> problems;
    auto session = Session::fromJson(doc->object(), &problems);
    if (!session) {
        if (errorMessage) {
            QStringList lines;
            for (const auto &pr : problems)
                lines.append(pr.toString());
            *errorMessage = lines.join(QLatin1Char('\n'));
        }
        return std::nullopt;
    }
    return session;
}

std::optional<Session> SessionFile::load(const QString &path, QString *errorMessage)
{
    // Leftovers of a save interrupted by a crash (RELIABILITY.md 4): the file itself is intact.
    SafeFile::removeStrayTempFiles(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorMessage)
            *errorMessage = tr("Cannot open %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    constexpr qint64 maxSize = 64 * 1024 * 1024;
    if (file.size() > maxSize) {
        if (errorMessage)
            *errorMessage = tr("%1 is larger than 64 MiB; it is not a session file.").arg(path);
        return std::nullopt;
    }
    QString message;
    auto session = parse(file.readAll(), &message);
    if (!session && errorMessage)
        *errorMessage = tr("%1: %2").arg(path, message);
    return session;
}

std::optional<QString> SessionFile::save(const QString &path, const Session &session)
{
    return SafeFile::write(path, StrictJson::serialize(session.toJson()));
}

} // namespace Dataflow::Core
