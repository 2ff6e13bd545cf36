// SPDX-License-Identifier: MIT
// dataflowctl: the headless command line over the dataflow engine.
#include "planrenderer.h"

#include "api/apiclient.h"
#include "api/redactor.h"
#include "api/requests.h"
#include "engine/engine.h"
#include "engine/journal.h"
#include "session/session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Dataflow::Core;

namespace {

enum Exit { ExitOk = 0, ExitRemote = 1, ExitInput = 2, ExitInterrupted = 130 };

int g_signalFd[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFd[0], &c, 1);
}

void out(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

void err(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stderr);
    std::fflush(stderr);
}

/** "SECURITY_TOKEN" → "securityToken". */
QString camelFromSnake(const QString &snake)
{
    QString outText;
    bool upper = false;
    for (const QChar ch : snake.toLower()) {
        if (ch == QLatin1Char('_')) {
            upper = true;
            continue;
        }
        outText += upper ? ch.toUpper() : ch;
        upper = false;
    }
    return outText;
}

struct Context
{
    QString sessionPath;
    Session session;
    QNetworkAccessManager *manager = nullptr;
    ApiClient *client = nullptr;
    Redactor redactor;
    QJsonObject sourceSecrets;
    bool verbose = false;
};

int loadSession(const QString &path, Context &ctx)
{
    QString error;
    const auto session = SessionFile::load(path, &error);
    if (!session) {
        err(error + QLatin1Char('\n'));
        return ExitInput;
    }
    ctx.sessionPath = path;
    ctx.session = *session;
    return ExitOk;
}

void setUpClient(Context &ctx, const QCommandLineParser &parser, QObject *parent)
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    ClientConfig config;
    const EnvironmentSettings &e = ctx.session.environment;
    QString platform = parser.value(QStringLiteral("platform-url"));
    if (platform.isEmpty())
        platform = env.value(QStringLiteral("AEP_PLATFORM_URL"), e.platformUrl);
    QString ims = parser.value(QStringLiteral("ims-url"));
    if (ims.isEmpty())
        ims = env.value(QStringLiteral("AEP_IMS_URL"), e.imsUrl);
    config.platformUrl = QUrl(platform);
    config.imsUrl = QUrl(ims);
    config.orgId = e.orgId;
    config.sandboxName = e.sandbox;
    config.clientId = e.clientId;
    config.scopes = e.scopes;
    ctx.manager = new QNetworkAccessManager(parent);
    ctx.manager->setAutoDeleteReplies(true);
    ctx.client = new ApiClient(ctx.manager, config, parent);

    const QString secret = env.value(QStringLiteral("AEP_CLIENT_SECRET"));
    const QString token = env.value(QStringLiteral("AEP_ACCESS_TOKEN"));
    if (!token.isEmpty())
        ctx.client->setAccessToken(token);
    else if (!secret.isEmpty())
        ctx.client->setClientSecret(secret);
    ctx.redactor.addSecret(secret);
    ctx.redactor.addSecret(token);
    for (const QString &key : env.keys()) {
        if (!key.startsWith(QLatin1String("AEP_SOURCE_")))
            continue;
        const QString value = env.value(key);
        ctx.sourceSecrets.insert(camelFromSnake(key.mid(int(qstrlen("AEP_SOURCE_")))), value);
        ctx.redactor.addSecret(value);
    }
    if (ctx.verbose) {
        const Redactor redactor = ctx.redactor;
        ctx.client->setLogger([redactor](const HttpRecord &record, int status, qint64 ms, const QString &note) {
            const HttpRecord safe = redactor.redacted(record);
            QString line = QStringLiteral("→ %1 %2 … %3 in %4 ms")
                               .arg(QString::fromLatin1(safe.method), safe.url.toString(), status ? QString::number(status) : note)
                               .arg(ms);
            err(line + QLatin1Char('\n'));
            for (const auto &h : safe.headers)
                err(QStringLiteral("    %1: %2\n").arg(QString::fromLatin1(h.first), QString::fromUtf8(h.second)));
            if (!safe.body.isEmpty())
                err(QStringLiteral("    %1\n").arg(QString::fromUtf8(safe.body.left(4000))));
        });
    }
}

QString cacheDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/flowspec");
}

int commandValidate(Context &ctx)
{
    QStringList problems;
    for (const auto &p : ctx.session.validate())
        problems.append(p.toString());
    // Schedule, options and delta column against the flow spec's JSON Schemas (cached, else shipped).
    for (const QString &line : Engine::checkAgainstFlowSpec(ctx.session, Engine::offlineFlowSpec(cacheDir())))
        problems.append(QStringLiteral("$.dataflow.") + line);
    for (const auto &p : problems)
        out(p + QLatin1Char('\n'));
    if (problems.isEmpty()) {
        out(QCoreApplication::translate("dataflowctl", "%1: valid\n").arg(ctx.sessionPath));
        return ExitOk;
    }
    return ExitInput;
}

int commandPlan(Context &ctx, const QString &format)
{
    const auto plan = Engine::plan(ctx.session);
    Dataflow::Ctl::PlanRenderer renderer(*ctx.client, ctx.session);
    QString text;
    if (format == QLatin1String("json"))
        text = QString::fromUtf8(renderer.json(plan));
    else if (format == QLatin1String("curl"))
        text = renderer.curlScript(plan, QFileInfo(ctx.sessionPath).fileName());
    else if (format == QLatin1String("text"))
        text = renderer.text(plan);
    else {
        err(QCoreApplication::translate("dataflowctl", "Unknown format %1: use text, json or curl.\n").arg(format));
        return ExitInput;
    }
    // The plan holds ${VAR} placeholders, never secrets; mask any registered secret value all the same
    // (the key-based masking of Redactor::redact would also hide the placeholders).
    QByteArray bytes = text.toUtf8();
    for (const QByteArray &secret : ctx.redactor.secrets())
        bytes.replace(secret, Redactor::mask());
    out(QString::fromUtf8(bytes));
    return ExitOk;
}

int runEngine(Context &ctx, bool rollback)
{
    const QList<SessionProblem> problems = rollback ? QList<SessionProblem>() : ctx.session.validate();
    if (!problems.isEmpty()) {
        for (const auto &p : problems)
            err(p.toString() + QLatin1Char('\n'));
        return ExitInput;
    }
    if (!ctx.client->hasCredentials()) {
        err(QCoreApplication::translate("dataflowctl", "Set AEP_CLIENT_SECRET (or AEP_ACCESS_TOKEN) in the environment.\n"));
        return ExitInput;
    }
    QString journalError;
    const QString journalPath = Journal::pathFor(ctx.sessionPath);
    if (!Journal::load(journalPath, &journalError)) {
        err(journalError + QLatin1Char('\n'));
        return ExitInput;
    }
    Engine engine(ctx.client);
    engine.setSession(ctx.session);
    engine.setJournalPath(journalPath);
    engine.setSourceSecrets(ctx.sourceSecrets);
    engine.setCacheDirectory(cacheDir());
    int exitCode = ExitOk;
    bool interrupted = false;
    QObject::connect(&engine, &Engine::progress, &engine, [&ctx](const QString &line) {
        err(ctx.redactor.redact(line) + QLatin1Char('\n'));
    });
    bool saveFailed = false;
    QObject::connect(&engine, &Engine::sessionChanged, &engine, [&ctx, &saveFailed](const Session &session) {
        ctx.session = session;
        if (const auto error = SessionFile::save(ctx.sessionPath, session)) {
            // The journal holds the ids; the previous session file is intact. Say so and fail.
            err(QCoreApplication::translate("dataflowctl", "The session could not be saved: %1\nThe ids are in the journal %2; apply again once the disk is fixed.\n")
                    .arg(*error, Journal::pathFor(ctx.sessionPath)));
            saveFailed = true;
        }
    });
    QEventLoop loop;
    QObject::connect(&engine, &Engine::finished, &loop, [&](bool ok, const std::optional<ApiError> &error) {
        if (!ok && error) {
            err(ctx.redactor.redact(QCoreApplication::translate("dataflowctl", "Failed: %1\n").arg(error->toString())));
            exitCode = error->kind == ApiError::Kind::Validation ? ExitInput : ExitRemote;
        }
        if (interrupted)
            exitCode = ExitInterrupted;
        loop.quit();
    });
    QSocketNotifier notifier(g_signalFd[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &engine, [&] {
        char c;
        [[maybe_unused]] const auto n = ::read(g_signalFd[1], &c, 1);
        err(QCoreApplication::translate("dataflowctl", "Interrupted: stopping; the journal is saved, apply again to resume.\n"));
        interrupted = true;
        engine.cancel();
    });
    if (rollback)
        QTimer::singleShot(0, &engine, &Engine::rollback);
    else
        QTimer::singleShot(0, &engine, &Engine::apply);
    loop.exec();
    if (saveFailed && exitCode == ExitOk)
        exitCode = ExitRemote;
    if (exitCode == ExitOk) {
        if (rollback)
            out(QCoreApplication::translate("dataflowctl", "Rolled back.\n"));
        else
            out(QCoreApplication::translate("dataflowctl", "Dataflow %1 is ready.\n").arg(ctx.session.applied.flowId));
    }
    return exitCode;
}

int commandStatus(Context &ctx)
{
    QString error;
    const auto journal = Journal::load(Journal::pathFor(ctx.sessionPath), &error);
    if (!journal) {
        err(error + QLatin1Char('\n'));
        return ExitInput;
    }
    if (journal->isEmpty()) {
        out(QCoreApplication::translate("dataflowctl", "Nothing applied yet.\n"));
        return ExitOk;
    }
    out(QCoreApplication::translate("dataflowctl", "Run marker %1 (journal generation %2)\n").arg(journal->runId).arg(journal->generation));
    for (int i = 0; i < StepCount; ++i) {
        const QString key = stepKey(StepId(i));
        if (!journal->entries.contains(key))
            continue;
        const JournalEntry e = journal->entries.value(key);
        out(QStringLiteral("  %1 %2 %3\n").arg(stepLabel(StepId(i)), -34).arg(JournalEntry::stateName(e.state), -14).arg(e.id));
    }
    return ExitOk;
}

QString formatDuration(qint64 ms)
{
    if (ms <= 0)
        return QStringLiteral("-");
    const qint64 s = ms / 1000;
    return s >= 3600 ? QStringLiteral("%1h%2m").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1m%2s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

int commandRuns(Context &ctx, bool watch, int intervalSeconds)
{
    QString flowId = ctx.session.applied.flowId;
    if (flowId.isEmpty()) {
        QString error;
        if (const auto j = Journal::load(Journal::pathFor(ctx.sessionPath), &error))
            flowId = j->entries.value(stepKey(StepId::Flow)).id;
    }
    if (flowId.isEmpty()) {
        err(QCoreApplication::translate("dataflowctl", "The session has no dataflow yet: apply it first.\n"));
        return ExitInput;
    }
    if (!ctx.client->hasCredentials()) {
        err(QCoreApplication::translate("dataflowctl", "Set AEP_CLIENT_SECRET (or AEP_ACCESS_TOKEN) in the environment.\n"));
        return ExitInput;
    }
    int exitCode = ExitOk;
    QEventLoop loop;
    QTimer timer;
    auto fetch = [&] {
        ctx.client->sendList(Requests::runs(flowId, 100), &loop, [&](const ApiResult<QJsonArray> &r) {
            if (!r.ok()) {
                err(ctx.redactor.redact(r.error().toString()) + QLatin1Char('\n'));
                exitCode = ExitRemote;
                loop.quit();
                return;
            }
            out(QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                    .arg(QStringLiteral("run"), -36).arg(QStringLiteral("status"), -10).arg(QStringLiteral("started (UTC)"), -19)
                    .arg(QStringLiteral("duration"), 8).arg(QStringLiteral("read"), 9).arg(QStringLiteral("written"), 9).arg(QStringLiteral("failed"), 7));
            for (const auto &v : r.value()) {
                const QJsonObject run = v.toObject();
                const QJsonObject metrics = run.value(QStringLiteral("metrics")).toObject();
                const QJsonObject duration = metrics.value(QStringLiteral("durationSummary")).toObject();
                const QJsonObject records = metrics.value(QStringLiteral("recordSummary")).toObject();
                const qint64 started = Shapes::toInteger(duration.value(QStringLiteral("startedAtUTC")));
                const qint64 completed = Shapes::toInteger(duration.value(QStringLiteral("completedAtUTC")));
                out(QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                        .arg(run.value(QStringLiteral("id")).toString(), -36)
                        .arg(Shapes::runStatus(run), -10)
                        .arg(started ? QDateTime::fromMSecsSinceEpoch(started, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QStringLiteral("-"), -19)
                        .arg(formatDuration(completed > started ? completed - started : 0), 8)
                        .arg(Shapes::toInteger(records.value(QStringLiteral("inputRecordCount"))), 9)
                        .arg(Shapes::toInteger(records.value(QStringLiteral("outputRecordCount"))), 9)
                        .arg(Shapes::toInteger(records.value(QStringLiteral("failedRecordCount"))), 7));
            }
            if (!watch)
                loop.quit();
            else
                out(QStringLiteral("\n"));
        });
    };
    QSocketNotifier notifier(g_signalFd[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &loop, [&] {
        char c;
        [[maybe_unused]] const auto n = ::read(g_signalFd[1], &c, 1);
        loop.quit();
    });
    QObject::connect(&timer, &QTimer::timeout, &loop, fetch);
    if (watch)
        timer.start(intervalSeconds * 1000);
    QTimer::singleShot(0, &loop, fetch);
    loop.exec();
    return exitCode;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dataflowctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("dataflow"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) == 0) {
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("dataflowctl",
        "Plan, apply, roll back and monitor Adobe Experience Platform dataflows described by a session file.\n\n"
        "Commands:\n"
        "  validate SESSION            local checks; exit 0, or 2 with one line per problem\n"
        "  plan SESSION [--format F]   the requests apply would send (text, json or curl)\n"
        "  apply SESSION               create what is missing, resume after any interruption\n"
        "  rollback SESSION            delete what this session created, in reverse order\n"
        "  status SESSION              what the journal says exists\n"
        "  runs SESSION [--watch]      the dataflow's runs\n\n"
        "Secrets come from the environment only: AEP_CLIENT_SECRET (or AEP_ACCESS_TOKEN) and\n"
        "AEP_SOURCE_<PARAM> for the source's secrets (AEP_SOURCE_PASSWORD, AEP_SOURCE_SECURITY_TOKEN,\n"
        "AEP_SOURCE_CLIENT_SECRET). Exit codes: 0 success, 1 remote failure, 2 invalid input."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("platform-url"), QCoreApplication::translate("dataflowctl", "Platform base URL (env AEP_PLATFORM_URL)."), QStringLiteral("url")});
    parser.addOption({QStringLiteral("ims-url"), QCoreApplication::translate("dataflowctl", "IMS base URL (env AEP_IMS_URL)."), QStringLiteral("url")});
    parser.addOption({QStringLiteral("verbose"), QCoreApplication::translate("dataflowctl", "Print every request, redacted, on stderr.")});
    parser.addOption({QStringLiteral("format"), QCoreApplication::translate("dataflowctl", "plan: text, json or curl."), QStringLiteral("format"), QStringLiteral("text")});
    parser.addOption({QStringLiteral("watch"), QCoreApplication::translate("dataflowctl", "runs: refresh until interrupted.")});
    parser.addOption({QStringLiteral("interval"), QCoreApplication::translate("dataflowctl", "runs --watch: seconds between refreshes."), QStringLiteral("seconds"), QStringLiteral("15")});
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("dataflowctl", "validate, plan, apply, rollback, status or runs."));
    parser.addPositionalArgument(QStringLiteral("session"), QCoreApplication::translate("dataflowctl", "The session file."));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    static const QStringList commands{QStringLiteral("validate"), QStringLiteral("plan"), QStringLiteral("apply"),
                                      QStringLiteral("rollback"), QStringLiteral("status"), QStringLiteral("runs")};
    if (args.size() != 2 || !commands.contains(args.first())) {
        err(parser.helpText());
        return ExitInput;
    }
    Context ctx;
    ctx.verbose = parser.isSet(QStringLiteral("verbose"));
    if (const int rc = loadSession(args.at(1), ctx); rc != ExitOk)
        return rc;
    setUpClient(ctx, parser, &app);

    const QString command = args.first();
    if (command == QLatin1String("validate"))
        return commandValidate(ctx);
    if (command == QLatin1String("plan"))
        return commandPlan(ctx, parser.value(QStringLiteral("format")));
    if (command == QLatin1String("apply"))
        return runEngine(ctx, false);
    if (command == QLatin1String("rollback"))
        return runEngine(ctx, true);
    if (command == QLatin1String("status"))
        return commandStatus(ctx);
    return commandRuns(ctx, parser.isSet(QStringLiteral("watch")), qMax(1, parser.value(QStringLiteral("interval")).toInt()));
}
