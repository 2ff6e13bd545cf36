// SPDX-License-Identifier: MIT
// Malformed input corpus (RELIABILITY.md G12): every HTTP answer of corpus/http/ served raw from a
// loopback socket to a real ApiClient (and create answers through the engine's id parse), every
// session file of corpus/session/ and tests/data/session/malformed/ through SessionFile::load.
// Each gives its specific error kind, code, request id and message; none crashes or hangs; peak
// RSS stays under 256 MiB. A raw QTcpServer rather than QHttpServer: truncated bodies, a lying
// Content-Length and a 1 GiB stream need control over the bytes on the wire.
#include "api/apiclient.h"
#include "api/requests.h"
#include "deflatebomb.h"
#include "session/session.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <sys/resource.h>

using namespace Dataflow::Core;

namespace {

const QString kCorpus = QStringLiteral(DATAFLOW_SOURCE_DIR "/tests/reliability/corpus");
constexpr int kDeadlineMs = 3000;

QMap<QString, QString> readExpect(const QString &path)
{
    QMap<QString, QString> map;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return map;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const int eq = line.indexOf('=');
        if (eq > 0)
            map.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    return map;
}

QString kindName(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::Network: return QStringLiteral("Network");
    case ApiError::Kind::Timeout: return QStringLiteral("Timeout");
    case ApiError::Kind::Cancelled: return QStringLiteral("Cancelled");
    case ApiError::Kind::Http: return QStringLiteral("Http");
    case ApiError::Kind::Auth: return QStringLiteral("Auth");
    case ApiError::Kind::Parse: return QStringLiteral("Parse");
    case ApiError::Kind::Validation: return QStringLiteral("Validation");
    }
    return {};
}

ApiRequest requestFor(const QString &name)
{
    ApiRequest r;
    if (name == QLatin1String("POST-flow")) {
        r.method = "POST";
        r.service = Service::FlowService;
        r.path = QStringLiteral("/flows");
        r.body = R"({"name":"corpus [dataflow:0badc0de:flow]"})";
        r.contentType = "application/json";
    } else if (name == QLatin1String("POST-dataset")) {
        r.method = "POST";
        r.service = Service::Catalog;
        r.path = QStringLiteral("/dataSets");
        r.body = R"({"name":"corpus"})";
        r.contentType = "application/json";
    } else {
        r.service = Service::FlowService;
        r.path = QStringLiteral("/flows");
    }
    return r;
}

/** The engine's id parse of a create answer (Engine: flows use "id", datasets the Catalog path). */
QString createdId(const QString &request, const ApiResponse &response)
{
    if (request == QLatin1String("POST-dataset"))
        return Shapes::dataSetIdFromCreate(response.json);
    return response.json.object().value(QStringLiteral("id")).toString();
}

/** Answers every request with the armed raw bytes, or streams a body, or stalls. */
class RawServer : public QObject
{
public:
    enum class Mode { Raw, Stream, Stall };

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    void arm(QByteArray raw, Mode mode = Mode::Raw, qint64 streamBytes = 0)
    {
        m_raw = std::move(raw);
        m_mode = mode;
        m_streamBytes = streamBytes;
    }
    int requests = 0;

    RawServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    buffer->append(socket->readAll());
                    const int end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    qint64 length = 0;
                    for (const QByteArray &line : buffer->left(end).split('\n')) {
                        if (line.toLower().startsWith("content-length:"))
                            length = line.mid(15).trimmed().toLongLong();
                    }
                    if (buffer->size() < end + 4 + length)
                        return;
                    buffer->clear();
                    ++requests;
                    answer(socket);
                });
            }
        });
    }

private:
    void answer(QTcpSocket *socket)
    {
        if (m_mode == Mode::Stall)
            return; // never answers: the client's deadline must end the call
        const int headerEnd = m_raw.indexOf("\r\n\r\n");
        QByteArray head = m_raw.left(headerEnd);
        const QByteArray body = m_raw.mid(headerEnd + 4);
        if (!head.toLower().contains("\r\ncontent-length:"))
            head += "\r\nContent-Length: " + QByteArray::number(m_mode == Mode::Stream ? m_streamBytes : body.size());
        head += "\r\nConnection: close\r\n\r\n";
        socket->write(head);
        if (m_mode == Mode::Raw) {
            socket->write(body);
            socket->disconnectFromHost();
            return;
        }
        // Stream m_streamBytes of JSON-ish padding as the socket drains, never holding it all.
        auto sent = std::make_shared<qint64>(0);
        const qint64 total = m_streamBytes;
        auto pump = [socket, sent, total] {
            static const QByteArray chunk(64 * 1024, 'a');
            while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 1024 * 1024 && *sent < total) {
                const qint64 n = qMin<qint64>(chunk.size(), total - *sent);
                socket->write(chunk.constData(), n);
                *sent += n;
            }
            if (*sent >= total)
                socket->disconnectFromHost();
        };
        connect(socket, &QTcpSocket::bytesWritten, socket, pump);
        socket->write("{\"pad\":\"");
        pump();
    }

    QTcpServer m_server;
    QByteArray m_raw;
    Mode m_mode = Mode::Raw;
    qint64 m_streamBytes = 0;
};

} // namespace

class TestMalformedCorpus : public QObject
{
    Q_OBJECT

    RawServer m_server;
    QNetworkAccessManager m_manager;
    int m_httpCases = 0;
    int m_sessionCases = 0;

    std::unique_ptr<ApiClient> makeClient(bool withSecret = false)
    {
        ClientConfig c;
        c.platformUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.port()));
        c.imsUrl = c.platformUrl;
        c.orgId = QStringLiteral("CORPUS0000000000000000ORG@AdobeOrg");
        c.clientId = QStringLiteral("corpus-client");
        c.deadlineMs = kDeadlineMs;
        c.transferTimeoutMs = kDeadlineMs;
        c.maxAttempts = 1; // one answer per case: the classification is under test, not the retry
        auto client = std::make_unique<ApiClient>(&m_manager, c);
        if (withSecret)
            client->setClientSecret(QStringLiteral("corpus-secret")); // the first call asks IMS for a token
        else
            client->setAccessToken(QStringLiteral("corpus-token"), QDateTime::currentMSecsSinceEpoch() + 3600 * 1000);
        return client;
    }

    /** Sends one request; nullopt when no result arrived within the deadline plus 2 s (a hang). */
    std::optional<ApiResult<ApiResponse>> exchange(const ApiRequest &request, bool withSecret = false)
    {
        auto client = makeClient(withSecret);
        std::optional<ApiResult<ApiResponse>> result;
        client->send(request, this, [&result](const ApiResult<ApiResponse> &r) { result = r; });
        (void)QTest::qWaitFor([&result] { return result.has_value(); }, kDeadlineMs + 2000);
        return result;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
    }

    void httpCorpus_data()
    {
        QTest::addColumn<QString>("name");
        const QDir dir(kCorpus + QStringLiteral("/http"));
        const QStringList names = dir.entryList({QStringLiteral("*.http")}, QDir::Files, QDir::Name);
        QVERIFY2(names.size() >= 200, qPrintable(QString::number(names.size())));
        for (const QString &file : names) {
            const QString name = file.chopped(5);
            QTest::newRow(qPrintable(name)) << name;
        }
    }

    void httpCorpus()
    {
        QFETCH(QString, name);
        const QString base = kCorpus + QStringLiteral("/http/") + name;
        QFile f(base + QStringLiteral(".http"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QMap<QString, QString> expect = readExpect(base + QStringLiteral(".expect"));
        QVERIFY2(expect.contains(QStringLiteral("result")), "no .expect file");
        m_server.arm(f.readAll());
        const QString requestName = expect.value(QStringLiteral("request"));
        const auto result = exchange(requestFor(requestName), requestName == QLatin1String("TOKEN"));
        QVERIFY2(result.has_value(), "no result within the deadline (hang)");
        ++m_httpCases;

        if (expect.value(QStringLiteral("result")) == QLatin1String("ok")) {
            QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().toString()));
            QCOMPARE(createdId(requestName, result->value()), expect.value(QStringLiteral("createId")));
            return;
        }
        QVERIFY2(!result->ok(), "an error was expected");
        const ApiError &e = result->error();
        const QString shown = e.toString();
        QCOMPARE(kindName(e.kind), expect.value(QStringLiteral("kind")));
        QCOMPARE(QString::number(e.httpStatus), expect.value(QStringLiteral("status")));
        QCOMPARE(e.code, expect.value(QStringLiteral("code")));
        QCOMPARE(e.requestId, expect.value(QStringLiteral("requestId")));
        const QString fragment = expect.value(QStringLiteral("message"));
        QVERIFY2(e.message.contains(fragment), qPrintable(e.message + QStringLiteral(" / expected: ") + fragment));
        QVERIFY2(!e.nextStep.isEmpty(), "every error says what to do next");
        if (!e.code.isEmpty())
            QVERIFY2(shown.contains(e.code), qPrintable(shown));
        if (!e.requestId.isEmpty())
            QVERIFY2(shown.contains(e.requestId), qPrintable(shown));
        if (requestName.startsWith(QLatin1String("POST")) && (e.kind == ApiError::Kind::Parse || e.httpStatus >= 500))
            QCOMPARE(e.outcome, ApiError::Outcome::Ambiguous); // a create may have happened
    }

    void generatedBodies_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("fragment");
        const QByteArray json = "HTTP/1.1 200 OK\r\nContent-Type: application/json";
        QTest::newRow("huge 20 MiB over the 16 MiB cap") << int(RawServer::Mode::Stream) << json << qint64(20) * 1048576 << "Parse" << "larger than";
        QTest::newRow("1 GiB declared and streamed") << int(RawServer::Mode::Stream) << json << (qint64(1) << 30) << "Parse" << "larger than";
        QTest::newRow("1 GiB without Content-Length check") << int(RawServer::Mode::Stream)
                                                            << QByteArray(json + "\r\nContent-Length: 5") << (qint64(1) << 30) << "Parse" << "";
        QTest::newRow("stall past the deadline") << int(RawServer::Mode::Stall) << json << qint64(0) << "Timeout" << "";
    }

    void generatedBodies()
    {
        QFETCH(int, mode);
        QFETCH(QByteArray, head);
        QFETCH(qint64, bytes);
        QFETCH(QString, kind);
        QFETCH(QString, fragment);
        m_server.arm(head + "\r\n\r\n", RawServer::Mode(mode), bytes);
        const auto result = exchange(requestFor(QStringLiteral("GET")));
        QVERIFY2(result.has_value(), "no result within the deadline (hang)");
        QVERIFY(!result->ok());
        QVERIFY2(kindName(result->error().kind) == kind, qPrintable(result->error().toString()));
        QVERIFY2(result->error().message.contains(fragment), qPrintable(result->error().message));
        ++m_httpCases;
    }

    void deflateBomb()
    {
        const QByteArray bomb = Dataflow::Sandbox::DeflateBomb::make(1024); // inflates to 1 GiB
        qInfo("deflate bomb: %lld bytes on the wire for %lld inflated", qint64(bomb.size()),
              Dataflow::Sandbox::DeflateBomb::inflatedSize(1024));
        QVERIFY(bomb.size() < 16 * 1048576);
        m_server.arm("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: deflate\r\n\r\n" + bomb);
        const auto result = exchange(requestFor(QStringLiteral("GET")));
        QVERIFY2(result.has_value(), "no result within the deadline (hang)");
        QVERIFY(!result->ok());
        QVERIFY2(result->error().kind == ApiError::Kind::Parse || result->error().kind == ApiError::Kind::Network,
                 qPrintable(result->error().toString()));
        QVERIFY(!result->error().message.isEmpty());
        qInfo("deflate bomb: %s", qPrintable(result->error().toString()));
        ++m_httpCases;
    }

    void sessionCorpus_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("fragment");
        // The shared malformed files (tab-separated: file, json path, fragment, line, column).
        const QString shared = QStringLiteral(DATAFLOW_TEST_DATA "/session/malformed");
        QFile a(shared + QStringLiteral("/expected.tsv"));
        QVERIFY(a.open(QIODevice::ReadOnly));
        for (const QByteArray &line : a.readAll().split('\n')) {
            const QList<QByteArray> cols = line.split('\t');
            if (line.startsWith('#') || cols.size() < 3)
                continue;
            QTest::newRow(qPrintable(QStringLiteral("shared/") + QString::fromUtf8(cols[0])))
                << shared + QLatin1Char('/') + QString::fromUtf8(cols[0]) << QStringLiteral("load") << QString::fromUtf8(cols[2]);
        }
        const QString own = kCorpus + QStringLiteral("/session");
        QFile b(own + QStringLiteral("/expected.tsv"));
        QVERIFY(b.open(QIODevice::ReadOnly));
        for (const QByteArray &line : b.readAll().split('\n')) {
            const QList<QByteArray> cols = line.split('\t');
            if (line.startsWith('#') || cols.size() < 3)
                continue;
            QTest::newRow(qPrintable(QString::fromUtf8(cols[0])))
                << own + QLatin1Char('/') + QString::fromUtf8(cols[0]) << QString::fromUtf8(cols[1]) << QString::fromUtf8(cols[2]);
        }
    }

    void sessionCorpus()
    {
        QFETCH(QString, path);
        QFETCH(QString, mode);
        QFETCH(QString, fragment);
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray before = f.readAll();
        f.close();
        const QDateTime modified = QFileInfo(path).lastModified();
        QString error;
        const auto session = SessionFile::load(path, &error);
        ++m_sessionCases;
        if (mode == QLatin1String("validate")) {
            QVERIFY2(session, qPrintable(error));
            QStringList found;
            for (const SessionProblem &p : session->validate())
                found.append(p.path + QStringLiteral(": ") + p.message);
            QVERIFY2(found.join(QLatin1Char('\n')).contains(fragment), qPrintable(found.join(QLatin1Char('\n'))));
        } else {
            QVERIFY2(!session, "a malformed file was accepted");
            QVERIFY(!error.isEmpty());
            QVERIFY2(error.contains(fragment, Qt::CaseInsensitive), qPrintable(error + QStringLiteral(" / expected: ") + fragment));
            QVERIFY2(error.contains(QFileInfo(path).fileName()), qPrintable(error)); // names the file
        }
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before); // untouched
        QCOMPARE(QFileInfo(path).lastModified(), modified);
        QVERIFY(!QFile::exists(path + QStringLiteral(".bak")));
    }

    void totalsAndPeakMemory()
    {
        qInfo("corpus: %d HTTP answers, %d session files", m_httpCases, m_sessionCases);
        QVERIFY(m_httpCases >= 200);
        QVERIFY(m_sessionCases >= 100);
        rusage usage{};
        QCOMPARE(getrusage(RUSAGE_SELF, &usage), 0);
        const double mib = usage.ru_maxrss / 1024.0; // ru_maxrss is in KiB on Linux
        qInfo("peak RSS: %.1f MiB", mib);
        QVERIFY2(mib < 256.0, qPrintable(QString::number(mib)));
    }
};

QTEST_GUILESS_MAIN(TestMalformedCorpus)
#include "tst_malformedcorpus.moc"
