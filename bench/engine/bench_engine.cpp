// SPDX-License-Identifier: MIT
// Benchmark (not a test): how close an apply comes to the critical path of the step graph, and how it
// compares with the sequential curl tutorial, both against a sandbox that delays every answer by 200 ms.
//
//  1. The sandbox runs in-process; the example session (docs/examples/servicenow-incidents.json) is applied
//     by the Engine from a fresh temporary session with a unique schema title, N times. The wall time is
//     compared with the longest chain of requests along Engine::dependencies() × latency.
//  2. A separate aep-sandbox process (--latency-ms 200) serves the script of `dataflowctl plan --format curl`
//     run by bash, N times (so this process's event loop plays no part), and, for comparison at the same
//     process boundary, `dataflowctl apply`.
//
// Prints one line per figure: `figure: <name> value: <v> target: <t> status: met|missed by X`, raw
// measures as `measure: <name> value: <v>`. Exits 0 whether targets are met or not; 1 if it cannot measure.
#include "api/apiclient.h"
#include "engine/engine.h"
#include "engine/journal.h"
#include "sandboxserver.h"
#include "session/session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QNetworkAccessManager>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>

using namespace Dataflow::Core;
using Dataflow::Sandbox::SandboxConfig;
using Dataflow::Sandbox::SandboxServer;

namespace {

const QString kClientSecret = QStringLiteral("bench-client-secret");
const QString kSourcePassword = QStringLiteral("bench-source-password");
constexpr double kCriticalPathTarget = 1.15; // wall / (critical path × latency), at most
constexpr double kCurlRatioTarget = 0.6;     // our wall / curl script wall, at most

void print(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

QString joined(const QList<double> &values, int precision = 0)
{
    QStringList parts;
    for (double v : values)
        parts.append(QString::number(v, 'f', precision));
    return parts.join(QStringLiteral(", "));
}

/** `figure:` line for a value that must stay at or below its target. */
void figureAtMost(const QString &name, double value, double target, int precision)
{
    QString status = QStringLiteral("met");
    if (value > target) {
        status = QStringLiteral("missed by %1 (%2%)")
                     .arg(QString::number(value - target, 'f', precision))
                     .arg(QString::number((value - target) / target * 100, 'f', 1));
    }
    print(QStringLiteral("figure: %1 value: %2 target: <= %3 status: %4")
              .arg(name, QString::number(value, 'f', precision), QString::number(target, 'f', precision), status));
}

void measure(const QString &name, const QString &value)
{
    print(QStringLiteral("measure: %1 value: %2").arg(name, value));
}

/**
 * Requests a step sends, one after the other, on the happy path of a fresh apply (nothing exists yet,
 * every create answers with its id at once, no retry). Requests a step sends at the same time count once.
 * Read from app/core/engine/engine.cpp; the measured per-step durations printed below check it.
 */
int sequentialRequests(StepId id, QString *how)
{
    switch (id) {
    case StepId::Token: *how = QStringLiteral("POST /ims/token/v3"); return 1;
    case StepId::Tenant: *how = QStringLiteral("GET schemaregistry stats"); return 1;
    case StepId::FlowSpec: *how = QStringLiteral("GET flowSpecs?property=name==CRMToAEP"); return 1;
    case StepId::ConnectionSpec: *how = QStringLiteral("GET connectionSpecs/{id}"); return 1;
    case StepId::BaseConnection: *how = QStringLiteral("POST connections (journal intent saved before, id after)"); return 1;
    case StepId::Explore: *how = QStringLiteral("GET connections/{id}/explore?objectType=table"); return 1;
    case StepId::Schema: *how = QStringLiteral("POST tenant/schemas, then GET the full schema"); return 2;
    case StepId::Dataset: *how = QStringLiteral("POST catalog/dataSets"); return 1;
    case StepId::SourceConnection: *how = QStringLiteral("POST sourceConnections"); return 1;
    case StepId::TargetConnection: *how = QStringLiteral("POST targetConnections"); return 1;
    case StepId::MappingSet: *how = QStringLiteral("POST mappingSets (the answer carries the version: no GET)"); return 1;
    case StepId::Flow: *how = QStringLiteral("POST flows"); return 1;
    case StepId::Verify: *how = QStringLiteral("7 GET lists (duplicate sweep), sent at once"); return 1;
    }
    return 0;
}

struct CriticalPath
{
    int requests = 0;
    QList<QList<StepId>> chains; // every chain of that length, Token first
};

/** Longest chains through Engine::dependencies() weighted by sequentialRequests(). */
CriticalPath criticalPath()
{
    QHash<int, int> memo;
    std::function<int(StepId)> longestTo = [&](StepId s) {
        if (memo.contains(int(s)))
            return memo.value(int(s));
        QString how;
        int best = 0;
        for (StepId dep : Engine::dependencies(s))
            best = std::max(best, longestTo(dep));
        const int total = best + sequentialRequests(s, &how);
        memo.insert(int(s), total);
        return total;
    };
    CriticalPath path;
    for (int i = 0; i < StepCount; ++i)
        path.requests = std::max(path.requests, longestTo(StepId(i)));
    // Walk back from every step that ends a longest chain, through every predecessor on one.
    std::function<void(StepId, QList<StepId>)> back = [&](StepId s, QList<StepId> tail) {
        tail.prepend(s);
        QString how;
        const int before = memo.value(int(s)) - sequentialRequests(s, &how);
        bool any = false;
        for (StepId dep : Engine::dependencies(s)) {
            if (memo.value(int(dep)) == before && before > 0) {
                back(dep, tail);
                any = true;
            }
        }
        if (!any)
            path.chains.append(tail);
    };
    for (int i = 0; i < StepCount; ++i) {
        if (memo.value(i) == path.requests)
            back(StepId(i), {});
    }
    return path;
}

QString chainText(const QList<StepId> &chain)
{
    QStringList parts;
    for (StepId s : chain) {
        QString how;
        parts.append(QStringLiteral("%1(%2)").arg(stepKey(s)).arg(sequentialRequests(s, &how)));
    }
    return parts.join(QStringLiteral(" -> "));
}

/** Copy of the example with a schema title no earlier run used (titles are unique per tenant). */
std::optional<QString> writeFreshSession(const Session &example, const QString &path, const QString &tag)
{
    Session s = example;
    s.schema.title = QStringLiteral("%1 bench %2 %3").arg(s.schema.title, tag).arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    QFile::remove(path);
    QFile::remove(Journal::pathFor(path));
    return SessionFile::save(path, s);
}

struct StepTiming
{
    qint64 startMs = -1;
    qint64 endMs = -1;
};

struct RequestTiming
{
    qint64 sentMs = 0;   // from the start of the apply
    qint64 elapsedMs = 0; // until the reply finished, as ApiClient measures it
    QString what;
};

struct ApplyResult
{
    QList<RequestTiming> requestTimings;
    bool ok = false;
    QString error;
    qint64 wallMs = 0;
    int requests = 0;
    QHash<int, StepTiming> steps;
};

/** One apply of a fresh session by a fresh ApiClient and Engine, as a new dataflowctl would do it. */
ApplyResult applyInProcess(SandboxServer &sandbox, const QString &sessionPath, const QString &cacheDir, bool durable = true)
{
    ApplyResult result;
    QString error;
    const auto session = SessionFile::load(sessionPath, &error);
    if (!session) {
        result.error = error;
        return result;
    }
    QNetworkAccessManager manager;
    manager.setAutoDeleteReplies(true);
    ClientConfig config;
    config.platformUrl = sandbox.url();
    config.imsUrl = sandbox.url();
    config.orgId = session->environment.orgId;
    config.sandboxName = session->environment.sandbox;
    config.clientId = session->environment.clientId;
    config.scopes = session->environment.scopes;
    ApiClient client(&manager, config);
    client.setClientSecret(kClientSecret);
    Engine engine(&client);
    engine.setSession(*session);
    engine.setJournalPath(durable ? Journal::pathFor(sessionPath) : QString());
    engine.setSourceSecrets(QJsonObject{{QStringLiteral("password"), kSourcePassword}});
    engine.setCacheDirectory(durable ? cacheDir : QString());

    QElapsedTimer clock;
    client.setLogger([&result, &clock](const HttpRecord &record, int status, qint64 elapsedMs, const QString &) {
        const qint64 now = clock.elapsed();
        result.requestTimings.append({now - elapsedMs, elapsedMs,
                                      QStringLiteral("%1 %2 -> %3").arg(QString::fromLatin1(record.method), record.url.path()).arg(status)});
    });
    QObject::connect(&engine, &Engine::sessionChanged, &engine, [sessionPath, durable](const Session &s) {
        if (durable)
            SessionFile::save(sessionPath, s);
    });
    QObject::connect(&engine, &Engine::stepChanged, &engine, [&result, &clock](const StepStatus &status) {
        StepTiming &t = result.steps[int(status.id)];
        if (status.state == StepState::Running)
            t.startMs = clock.elapsed();
        else if (status.state == StepState::Done)
            t.endMs = clock.elapsed();
    });
    const auto counter = QObject::connect(&sandbox, &SandboxServer::requestHandled, &engine,
                                          [&result](const QString &, const QString &, int) { ++result.requests; });
    QEventLoop loop;
    QObject::connect(&engine, &Engine::finished, &loop, [&](bool ok, const std::optional<ApiError> &e) {
        result.wallMs = clock.elapsed();
        result.ok = ok;
        if (!ok)
            result.error = e ? e->toString() : QStringLiteral("failed");
        loop.quit();
    });
    QTimer watchdog;
    watchdog.setSingleShot(true);
    QObject::connect(&watchdog, &QTimer::timeout, &loop, [&] {
        result.error = QStringLiteral("no answer within 60 s");
        engine.cancel();
        loop.quit();
    });
    watchdog.start(60000);
    clock.start();
    engine.apply();
    if (engine.isRunning())
        loop.exec();
    QObject::disconnect(counter);
    return result;
}

struct ProcessRun
{
    bool ok = false;
    qint64 wallMs = 0;
    QByteArray out;
    QByteArray err;
};

ProcessRun runProcess(const QString &program, const QStringList &args, const QProcessEnvironment &env,
                      const QString &workDir, int timeoutMs = 120000)
{
    ProcessRun run;
    QProcess p;
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(workDir);
    QElapsedTimer clock;
    clock.start();
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        run.err = p.errorString().toUtf8();
        return run;
    }
    p.closeWriteChannel();
    const bool finished = p.waitForFinished(timeoutMs);
    run.wallMs = clock.elapsed();
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    if (!finished) {
        p.kill();
        p.waitForFinished(5000);
        run.err += "\n(timed out)";
        return run;
    }
    run.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!run.ok)
        run.err += QStringLiteral("\n(exit code %1)").arg(p.exitCode()).toUtf8();
    return run;
}

/** A started aep-sandbox process; stopped (SIGTERM, then kill) when it goes out of scope. */
class SandboxProcess
{
public:
    ~SandboxProcess()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    bool start(const QString &program, const QStringList &args, QString *error)
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(program, args);
        if (!m_process.waitForStarted(10000)) {
            *error = m_process.errorString();
            return false;
        }
        QElapsedTimer clock;
        clock.start();
        while (!m_process.canReadLine() && clock.elapsed() < 10000) {
            if (!m_process.waitForReadyRead(int(10000 - clock.elapsed())))
                break;
        }
        m_url = QString::fromUtf8(m_process.readLine()).trimmed();
        if (m_url.isEmpty()) {
            *error = QStringLiteral("aep-sandbox printed no URL: ") + QString::fromUtf8(m_process.readAllStandardError());
            return false;
        }
        return true;
    }
    QString url() const { return m_url; }

private:
    QProcess m_process;
    QString m_url;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_engine"));
    qRegisterMetaType<std::optional<ApiError>>();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Engine apply wall time vs the step graph's critical path and vs the curl script."));
    parser.addHelpOption();
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("Runs of each measurement (median reported)."),
                                          QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption latencyOption(QStringLiteral("latency-ms"), QStringLiteral("Sandbox latency per request."),
                                           QStringLiteral("MS"), QStringLiteral("200"));
    const QCommandLineOption binOption(QStringLiteral("bin-dir"), QStringLiteral("Where dataflowctl and aep-sandbox are (default: next to this program)."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption sessionOption(QStringLiteral("session"), QStringLiteral("Session to apply (default: docs/examples/servicenow-incidents.json)."),
                                           QStringLiteral("FILE"), QStringLiteral(DATAFLOW_SOURCE_DIR "/docs/examples/servicenow-incidents.json"));
    parser.addOptions({repeatOption, latencyOption, binOption, sessionOption});
    parser.process(app);
    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    const int latencyMs = std::max(1, parser.value(latencyOption).toInt());
    const QDir binDir(parser.isSet(binOption) ? parser.value(binOption) : QCoreApplication::applicationDirPath());
    const QString dataflowctl = binDir.filePath(QStringLiteral("dataflowctl"));
    const QString aepSandbox = binDir.filePath(QStringLiteral("aep-sandbox"));

    QString error;
    const auto example = SessionFile::load(parser.value(sessionOption), &error);
    if (!example) {
        print(QStringLiteral("error: ") + error);
        return 1;
    }
    QTemporaryDir tmp;
    if (!tmp.isValid()) {
        print(QStringLiteral("error: no temporary directory"));
        return 1;
    }

    // ---- Critical path -------------------------------------------------------------------------
    print(QStringLiteral("== Critical path: sequential requests per step on the happy path of a fresh apply"));
    for (int i = 0; i < StepCount; ++i) {
        QString how;
        const int n = sequentialRequests(StepId(i), &how);
        QStringList deps;
        for (StepId d : Engine::dependencies(StepId(i)))
            deps.append(stepKey(d));
        print(QStringLiteral("  %1 %2  %3  (after: %4)").arg(stepKey(StepId(i)), -17).arg(n).arg(how, deps.isEmpty() ? QStringLiteral("-") : deps.join(QStringLiteral(", "))));
    }
    const CriticalPath path = criticalPath();
    for (const auto &chain : path.chains)
        print(QStringLiteral("  longest chain: %1 = %2 requests").arg(chainText(chain)).arg(path.requests));
    print(QStringLiteral("  Engine::graphDepth() = %1 steps; critical path = %2 requests x %3 ms = %4 ms")
              .arg(Engine::graphDepth()).arg(path.requests).arg(latencyMs).arg(path.requests * latencyMs));
    const double criticalMs = path.requests * latencyMs;

    // ---- 1. Engine in-process --------------------------------------------------------------------
    print(QStringLiteral("\n== 1. Engine::apply against the in-process sandbox, %1 ms per request, %2 runs").arg(latencyMs).arg(repeat));
    SandboxConfig config;
    config.clientId = example->environment.clientId;
    config.clientSecret = kClientSecret;
    config.orgId = example->environment.orgId;
    config.sandboxName = example->environment.sandbox;
    config.latencyMs = latencyMs;
    SandboxServer sandbox(config);
    if (!sandbox.start(&error)) {
        print(QStringLiteral("error: sandbox: ") + error);
        return 1;
    }
    QList<double> engineWalls;
    ApplyResult last;
    for (int run = 1; run <= repeat; ++run) {
        const QString sessionPath = tmp.filePath(QStringLiteral("engine-%1.json").arg(run));
        if (const auto e = writeFreshSession(*example, sessionPath, QStringLiteral("engine %1").arg(run))) {
            print(QStringLiteral("error: ") + *e);
            return 1;
        }
        const ApplyResult r = applyInProcess(sandbox, sessionPath, tmp.filePath(QStringLiteral("cache")));
        if (!r.ok) {
            print(QStringLiteral("error: apply %1 failed: %2").arg(run).arg(r.error));
            return 1;
        }
        print(QStringLiteral("  run %1: %2 ms, %3 requests").arg(run).arg(r.wallMs).arg(r.requests));
        engineWalls.append(double(r.wallMs));
        last = r;
    }
    print(QStringLiteral("  step timeline of run %1 (ms from apply; duration / latency = round trips):").arg(repeat));
    for (int i = 0; i < StepCount; ++i) {
        const StepTiming t = last.steps.value(i);
        const qint64 d = t.endMs - t.startMs;
        print(QStringLiteral("    %1 %2 .. %3  %4 ms = %5 round trips")
                  .arg(stepKey(StepId(i)), -17).arg(t.startMs, 5).arg(t.endMs, 5).arg(d, 5)
                  .arg(QString::number(double(d) / latencyMs, 'f', 2)));
    }
    // Why the wall time is over the critical path: steps that needed more round trips than counted.
    int extraTrips = 0;
    for (int i = 0; i < StepCount; ++i) {
        const StepTiming t = last.steps.value(i);
        QString how;
        const int expected = sequentialRequests(StepId(i), &how);
        const int trips = int(double(t.endMs - t.startMs) / latencyMs + 0.5);
        if (trips > expected) {
            extraTrips = std::max(extraTrips, trips - expected);
            print(QStringLiteral("  note: %1 took %2 round trips, %3 expected%4")
                      .arg(stepKey(StepId(i))).arg(trips).arg(expected)
                      .arg(StepId(i) == StepId::Verify
                               ? QStringLiteral(": its 7 lists go out at once but QNetworkAccessManager opens at most 6 "
                                                "HTTP/1.1 connections per host, so the 7th waits for a free one")
                               : QString()));
        }
    }
    print(QStringLiteral("  note: run %1 spent %2 ms over the critical path; %3 ms of it is %4 extra round trip(s), the rest "
                         "(%5 ms) is processing between and around requests (journal fsyncs, JSON, the shared event loop)")
              .arg(repeat).arg(last.wallMs - qint64(criticalMs)).arg(extraTrips * latencyMs).arg(extraTrips)
              .arg(last.wallMs - qint64(criticalMs) - extraTrips * latencyMs));
    print(QStringLiteral("  request timeline of run %1 (sent at, ms as ApiClient measured it):").arg(repeat));
    std::sort(last.requestTimings.begin(), last.requestTimings.end(),
              [](const RequestTiming &a, const RequestTiming &b) { return a.sentMs < b.sentMs; });
    for (const RequestTiming &t : last.requestTimings)
        print(QStringLiteral("    %1 +%2 ms  %3").arg(t.sentMs, 5).arg(t.elapsedMs, 4).arg(t.what));
    const double engineMs = median(engineWalls);
    measure(QStringLiteral("engine apply wall ms (median; runs %1)").arg(joined(engineWalls)), QString::number(engineMs, 'f', 0));
    measure(QStringLiteral("critical path ms (%1 requests x %2 ms)").arg(path.requests).arg(latencyMs), QString::number(criticalMs, 'f', 0));
    figureAtMost(QStringLiteral("engine apply wall / critical path"), engineMs / criticalMs, kCriticalPathTarget, 2);
    // Diagnostic, not a figure: the same apply with the journal, session and cache kept in memory, to
    // show what the durable saves (write, fsync, rename, fsync dir) cost on this machine's disk.
    QList<double> memoryWalls;
    for (int run = 1; run <= repeat; ++run) {
        const QString sessionPath = tmp.filePath(QStringLiteral("memory-%1.json").arg(run));
        if (const auto e = writeFreshSession(*example, sessionPath, QStringLiteral("memory %1").arg(run))) {
            print(QStringLiteral("error: ") + *e);
            return 1;
        }
        const ApplyResult r = applyInProcess(sandbox, sessionPath, QString(), false);
        if (!r.ok) {
            print(QStringLiteral("error: in-memory apply %1 failed: %2").arg(run).arg(r.error));
            return 1;
        }
        memoryWalls.append(double(r.wallMs));
    }
    measure(QStringLiteral("diagnostic: engine apply wall ms with journal and session in memory only (median; runs %1)").arg(joined(memoryWalls)),
            QString::number(median(memoryWalls), 'f', 0));

    // ---- 2. curl script and dataflowctl against a separate aep-sandbox --------------------------
    print(QStringLiteral("\n== 2. `dataflowctl plan --format curl` script (bash) against aep-sandbox --latency-ms %1, %2 runs").arg(latencyMs).arg(repeat));
    for (const QString &program : {dataflowctl, aepSandbox}) {
        if (!QFileInfo(program).isExecutable()) {
            print(QStringLiteral("error: %1 is missing (build the dataflowctl and aep-sandbox targets or pass --bin-dir)").arg(program));
            return 1;
        }
    }
    if (QStandardPaths::findExecutable(QStringLiteral("jq")).isEmpty() || QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty()) {
        print(QStringLiteral("error: the curl script needs curl and jq (scripts/install-deps)"));
        return 1;
    }
    SandboxProcess server;
    if (!server.start(aepSandbox,
                      {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--print-url"),
                       QStringLiteral("--latency-ms"), QString::number(latencyMs),
                       QStringLiteral("--client-id"), example->environment.clientId,
                       QStringLiteral("--client-secret"), kClientSecret,
                       QStringLiteral("--org-id"), example->environment.orgId,
                       QStringLiteral("--sandbox-name"), example->environment.sandbox},
                      &error)) {
        print(QStringLiteral("error: ") + error);
        return 1;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AEP_PLATFORM_URL"), server.url());
    env.insert(QStringLiteral("AEP_IMS_URL"), server.url());
    env.insert(QStringLiteral("AEP_CLIENT_SECRET"), kClientSecret);
    env.insert(QStringLiteral("AEP_SOURCE_PASSWORD"), kSourcePassword);
    env.insert(QStringLiteral("XDG_CACHE_HOME"), tmp.filePath(QStringLiteral("xdg-cache")));
    env.remove(QStringLiteral("AEP_ACCESS_TOKEN"));

    QList<double> curlWalls;
    QList<double> ctlWalls;
    int curlRequests = 0;
    for (int run = 1; run <= repeat; ++run) {
        const QString curlSession = tmp.filePath(QStringLiteral("curl-%1.json").arg(run));
        if (const auto e = writeFreshSession(*example, curlSession, QStringLiteral("curl %1").arg(run))) {
            print(QStringLiteral("error: ") + *e);
            return 1;
        }
        const ProcessRun plan = runProcess(dataflowctl, {QStringLiteral("plan"), curlSession, QStringLiteral("--format"), QStringLiteral("curl")},
                                           env, tmp.path());
        if (!plan.ok) {
            print(QStringLiteral("error: dataflowctl plan failed: ") + QString::fromUtf8(plan.err));
            return 1;
        }
        curlRequests = int(plan.out.count("curl -sS"));
        const QString script = tmp.filePath(QStringLiteral("curl-%1.sh").arg(run));
        QFile f(script);
        if (!f.open(QIODevice::WriteOnly) || f.write(plan.out) != plan.out.size()) {
            print(QStringLiteral("error: cannot write ") + script);
            return 1;
        }
        f.close();
        QProcessEnvironment scriptEnv = env;
        scriptEnv.insert(QStringLiteral("RUN_ID"), QStringLiteral("bench%1%2").arg(run).arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
        const ProcessRun curl = runProcess(QStringLiteral("bash"), {script}, scriptEnv, tmp.path());
        if (!curl.ok) {
            print(QStringLiteral("error: the curl script failed: ") + QString::fromUtf8(curl.err.right(2000)));
            return 1;
        }
        curlWalls.append(double(curl.wallMs));

        const QString ctlSession = tmp.filePath(QStringLiteral("ctl-%1.json").arg(run));
        if (const auto e = writeFreshSession(*example, ctlSession, QStringLiteral("ctl %1").arg(run))) {
            print(QStringLiteral("error: ") + *e);
            return 1;
        }
        const ProcessRun apply = runProcess(dataflowctl, {QStringLiteral("apply"), ctlSession}, env, tmp.path());
        if (!apply.ok) {
            print(QStringLiteral("error: dataflowctl apply failed: ") + QString::fromUtf8(apply.err.right(2000)));
            return 1;
        }
        ctlWalls.append(double(apply.wallMs));
        print(QStringLiteral("  run %1: curl script %2 ms (%3 requests, one after the other); dataflowctl apply %4 ms")
                  .arg(run).arg(curl.wallMs).arg(curlRequests).arg(apply.wallMs));
    }
    const double curlMs = median(curlWalls);
    const double ctlMs = median(ctlWalls);
    measure(QStringLiteral("curl script wall ms (median; runs %1)").arg(joined(curlWalls)), QString::number(curlMs, 'f', 0));
    measure(QStringLiteral("dataflowctl apply process wall ms (median; runs %1)").arg(joined(ctlWalls)), QString::number(ctlMs, 'f', 0));
    figureAtMost(QStringLiteral("engine apply wall / curl script wall"), engineMs / curlMs, kCurlRatioTarget, 2);
    figureAtMost(QStringLiteral("dataflowctl apply process wall / curl script wall"), ctlMs / curlMs, kCurlRatioTarget, 2);
    return 0;
}
