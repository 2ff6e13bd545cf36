// SPDX-License-Identifier: MIT
#include "session/safefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using Dataflow::Core::SafeFile;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray("<missing>");
    return f.readAll();
}

QStringList strays(const QString &path)
{
    const QFileInfo info(path);
    const QStringList all = info.absoluteDir().entryList(QDir::Files | QDir::Hidden);
    const QRegularExpression re(QStringLiteral("^%1\\.[A-Za-z0-9]{6}$").arg(QRegularExpression::escape(info.fileName())));
    QStringList out;
    for (const QString &n : all) {
        if (re.match(n).hasMatch())
            out << n;
    }
    return out;
}

} // namespace

class TestSafeFile : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void keepsPreviousGeneration();
    void userOnlyPermissions();
    void failsWhenFolderIsMissing();
    void failureKeepsOldContent();
    void readOnlyFolderKeepsOldContent();
    void removesStrayTempFiles();
    void injectedFaults_data();
    void injectedFaults();
    void killedMidWrite_data();
    void killedMidWrite();
    void syscallOrder();

private:
    QString strace() const;
    bool m_straceChecked = false;
    QString m_straceProblem;
};

void TestSafeFile::roundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("session.json"));
    const QByteArray bytes = QByteArray("{\"formatVersion\": 1}\n") + QByteArray(100000, 'x');
    QCOMPARE(SafeFile::write(path, bytes), std::nullopt);
    QCOMPARE(readAll(path), bytes);
    QCOMPARE(SafeFile::write(path, QByteArray()), std::nullopt);
    QCOMPARE(readAll(path), QByteArray());
    QVERIFY(strays(path).isEmpty());
}

void TestSafeFile::keepsPreviousGeneration()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.json"));
    const QString bak = SafeFile::backupPath(path);
    QCOMPARE(bak, path + QStringLiteral(".bak"));
    QCOMPARE(SafeFile::write(path, "one"), std::nullopt);
    QVERIFY(!QFile::exists(bak));
    QCOMPARE(SafeFile::write(path, "two"), std::nullopt);
    QCOMPARE(readAll(path), QByteArray("two"));
    QCOMPARE(readAll(bak), QByteArray("one"));
    QCOMPARE(SafeFile::write(path, "three"), std::nullopt);
    QCOMPARE(readAll(path), QByteArray("three"));
    QCOMPARE(readAll(bak), QByteArray("two"));
}

void TestSafeFile::userOnlyPermissions()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("session.json"));
    const mode_t old = ::umask(0);
    const auto error = SafeFile::write(path, "{}");
    ::umask(old);
    QCOMPARE(error, std::nullopt);
    struct stat st;
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0600);
    QCOMPARE(SafeFile::write(path, "{\"a\":1}"), std::nullopt);
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0600);
#else
    QCOMPARE(SafeFile::write(QTemporaryDir().filePath(QStringLiteral("x")), "x").has_value(), false);
#endif
}

void TestSafeFile::failsWhenFolderIsMissing()
{
    QTemporaryDir dir;
    // The parent "folder" is a regular file: nothing can be created below it.
    const QString notADir = dir.filePath(QStringLiteral("plain"));
    QCOMPARE(SafeFile::write(notADir, "x"), std::nullopt);
    const QString path = notADir + QStringLiteral("/session.json");
    const auto error = SafeFile::write(path, "{}");
    QVERIFY(error.has_value());
    QVERIFY2(error->contains(QStringLiteral("session.json")), qPrintable(*error));
    QVERIFY2(error->contains(QStringLiteral("Not a directory"), Qt::CaseInsensitive), qPrintable(*error));
    QCOMPARE(readAll(notADir), QByteArray("x"));
}

void TestSafeFile::failureKeepsOldContent()
{
    // The backup cannot be made (a non-empty folder is in the way): the save fails before the
    // rename, the old file is untouched and no temporary file is left. Works for root too.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("session.json"));
    QCOMPARE(SafeFile::write(path, "old"), std::nullopt);
    QVERIFY(QFile::remove(SafeFile::backupPath(path)) || !QFile::exists(SafeFile::backupPath(path)));
    QVERIFY(QDir().mkpath(SafeFile::backupPath(path) + QStringLiteral("/inside")));
    const auto error = SafeFile::write(path, "new");
    QVERIFY(error.has_value());
    QVERIFY2(error->contains(QStringLiteral("session.json")), qPrintable(*error));
    QCOMPARE(readAll(path), QByteArray("old"));
    QVERIFY(strays(path).isEmpty());
}

void TestSafeFile::readOnlyFolderKeepsOldContent()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    const QString sub = dir.filePath(QStringLiteral("ro"));
    QVERIFY(QDir().mkpath(sub));
    const QString path = sub + QStringLiteral("/session.json");
    QCOMPARE(SafeFile::write(path, "old"), std::nullopt);
    QVERIFY(QFile::setPermissions(sub, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const auto error = SafeFile::write(path, "new");
    QFile::setPermissions(sub, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (::geteuid() == 0) {
        // Root ignores folder permissions: the save succeeds, and must then be complete.
        QCOMPARE(error, std::nullopt);
        QCOMPARE(readAll(path), QByteArray("new"));
    } else {
        QVERIFY(error.has_value());
        QVERIFY2(error->contains(QStringLiteral("session.json")), qPrintable(*error));
        QVERIFY2(error->contains(QStringLiteral("Permission denied"), Qt::CaseInsensitive), qPrintable(*error));
        QCOMPARE(readAll(path), QByteArray("old"));
    }
#endif
}

void TestSafeFile::removesStrayTempFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("session.json"));
    QCOMPARE(SafeFile::write(path, "keep"), std::nullopt);
    QCOMPARE(SafeFile::write(path, "keep2"), std::nullopt);
    const QStringList leftovers{QStringLiteral("session.json.AbC123"), QStringLiteral("session.json.zzzzzz")};
    const QStringList others{QStringLiteral("session.json.AbC12"), QStringLiteral("session.json.AbC1234"),
                             QStringLiteral("other.json.AbC123"), QStringLiteral("session.json.ab-123")};
    for (const QString &n : leftovers + others) {
        QFile f(dir.filePath(n));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("partial");
    }
    QCOMPARE(SafeFile::removeStrayTempFiles(path), 2);
    for (const QString &n : leftovers)
        QVERIFY2(!QFile::exists(dir.filePath(n)), qPrintable(n));
    for (const QString &n : others)
        QVERIFY2(QFile::exists(dir.filePath(n)), qPrintable(n));
    QCOMPARE(readAll(path), QByteArray("keep2"));
    QCOMPARE(readAll(SafeFile::backupPath(path)), QByteArray("keep"));
    QCOMPARE(SafeFile::removeStrayTempFiles(path), 0);
}

QString TestSafeFile::strace() const
{
    return QStandardPaths::findExecutable(QStringLiteral("strace"));
}

#define REQUIRE_STRACE()                                                                                      \
    do {                                                                                                      \
        if (strace().isEmpty())                                                                               \
            QSKIP("strace is not installed (scripts/ install it; CI has it): fault injection not run");      \
        QProcess check;                                                                                       \
        check.start(strace(), {QStringLiteral("-qq"), QStringLiteral("-o"), QStringLiteral("/dev/null"),      \
                               QStringLiteral(SAFEFILE_PROBE)});                                              \
        QVERIFY(check.waitForFinished(60000));                                                                \
        if (check.exitCode() != 2)                                                                            \
            QSKIP(qPrintable(QStringLiteral("strace cannot trace here (ptrace not permitted?): ")            \
                             + QString::fromLocal8Bit(check.readAllStandardError())));                       \
    } while (false)

void TestSafeFile::injectedFaults_data()
{
    QTest::addColumn<QString>("inject");
    QTest::addColumn<bool>("mustFail");
    QTest::newRow("write EIO") << QStringLiteral("write:error=EIO") << true;
    QTest::newRow("write ENOSPC") << QStringLiteral("write:error=ENOSPC") << true;
    QTest::newRow("fsync EIO") << QStringLiteral("fsync:error=EIO") << true;
    QTest::newRow("second fsync (folder) EIO") << QStringLiteral("fsync:error=EIO:when=2") << true;
    QTest::newRow("rename EIO") << QStringLiteral("rename,renameat,renameat2:error=EIO") << true;
    QTest::newRow("link EPERM (backup by copy)") << QStringLiteral("link,linkat:error=EPERM") << false;
    // fdatasync is not what makes the data durable (a checked fsync is): it may fail unnoticed,
    // and the save must still be complete.
    QTest::newRow("fdatasync EIO") << QStringLiteral("fdatasync:error=EIO") << false;
}

void TestSafeFile::injectedFaults()
{
    REQUIRE_STRACE();
    QFETCH(QString, inject);
    QFETCH(bool, mustFail);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("session.json"));
    QCOMPARE(SafeFile::write(path, "old"), std::nullopt);

    QProcess p;
    // strace 6.1 ignores inject= for syscalls outside trace=, so trace exactly those (to /dev/null).
    p.start(strace(), {QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                       QStringLiteral("-e"), QStringLiteral("trace=") + inject.section(QLatin1Char(':'), 0, 0),
                       QStringLiteral("-e"), QStringLiteral("inject=") + inject, QStringLiteral(SAFEFILE_PROBE), path, QStringLiteral("new")});
    QVERIFY(p.waitForFinished(60000));
    const QString stderrText = QString::fromLocal8Bit(p.readAllStandardError());
    const bool dirFsync = inject.contains(QLatin1String("when=2"));
    if (mustFail) {
        QVERIFY2(p.exitCode() == 1, qPrintable(QStringLiteral("exit %1: %2").arg(p.exitCode()).arg(stderrText)));
        if (dirFsync) {
            // The rename happened; only the folder flush failed, and that is reported.
            QCOMPARE(readAll(path), QByteArray("new"));
        } else {
            QCOMPARE(readAll(path), QByteArray("old"));
        }
    } else {
        QVERIFY2(p.exitCode() == 0, qPrintable(stderrText));
        QCOMPARE(readAll(path), QByteArray("new"));
        QCOMPARE(readAll(SafeFile::backupPath(path)), QByteArray("old"));
    }
    QVERIFY(strays(path).isEmpty());
}

void TestSafeFile::killedMidWrite_data()
{
    QTest::addColumn<QString>("syscall");
    QTest::addColumn<bool>("tempLeft");
    QTest::newRow("killed at write") << QStringLiteral("write") << true;
    QTest::newRow("killed at fsync") << QStringLiteral("fsync") << true;
    QTest::newRow("killed at rename") << QStringLiteral("rename,renameat,renameat2") << true;
}

void TestSafeFile::killedMidWrite()
{
    REQUIRE_STRACE();
    QFETCH(QString, syscall);
    QFETCH(bool, tempLeft);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("session.json"));
    QCOMPARE(SafeFile::write(path, "old"), std::nullopt);
    QProcess p;
    p.start(strace(), {QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                       QStringLiteral("-e"), QStringLiteral("trace=") + syscall, QStringLiteral("-e"),
                       QStringLiteral("inject=%1:signal=SIGKILL").arg(syscall), QStringLiteral(SAFEFILE_PROBE), path,
                       QStringLiteral("new")});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() != 0, "the probe should have been killed");
    QCOMPARE(readAll(path), QByteArray("old")); // never missing, never half-written
    QCOMPARE(!strays(path).isEmpty(), tempLeft);
    QCOMPARE(SafeFile::removeStrayTempFiles(path), tempLeft ? 1 : 0);
    QVERIFY(strays(path).isEmpty());
    QCOMPARE(readAll(path), QByteArray("old"));
}

void TestSafeFile::syscallOrder()
{
    REQUIRE_STRACE();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("session.json"));
    QCOMPARE(SafeFile::write(path, "old"), std::nullopt);
    const QString log = dir.filePath(QStringLiteral("trace.txt"));
    QProcess p;
    p.start(strace(), {QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-o"), log, QStringLiteral("-e"),
                       QStringLiteral("trace=openat,write,fsync,fdatasync,rename,renameat,renameat2"),
                       QStringLiteral(SAFEFILE_PROBE), path, QStringLiteral("new-content")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    QCOMPARE(readAll(path), QByteArray("new-content"));

    const QList<QByteArray> lines = readAll(log).split('\n');
    const QByteArray target = QFile::encodeName(QFileInfo(path).absoluteFilePath());
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    QString tempFd;
    QString dirFd;
    int openTemp = -1, writeTemp = -1, fsyncTemp = -1, rename = -1, openDir = -1, fsyncDir = -1;
    const QRegularExpression result(QStringLiteral("= (\\d+)$"));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromLocal8Bit(lines.at(i)).trimmed();
        const auto fd = result.match(line);
        if (openTemp < 0 && line.contains(QLatin1String("openat(")) && line.contains(QString::fromLocal8Bit(target + "."))
            && line.contains(QLatin1String("O_EXCL")) && fd.hasMatch()) {
            openTemp = i;
            tempFd = fd.captured(1);
            QVERIFY2(line.contains(QLatin1String("0600")), qPrintable(line));
        } else if (!tempFd.isEmpty() && writeTemp < 0 && line.contains(QStringLiteral("write(%1,").arg(tempFd))) {
            writeTemp = i;
        } else if (!tempFd.isEmpty() && fsyncTemp < 0 && line.contains(QStringLiteral("fsync(%1)").arg(tempFd))) {
            fsyncTemp = i;
        } else if (rename < 0 && line.contains(QLatin1String("rename")) && line.contains(QString::fromLocal8Bit(target))) {
            rename = i;
        } else if (rename >= 0 && openDir < 0 && line.contains(QLatin1String("O_DIRECTORY"))
                   && line.contains(QStringLiteral("\"%1\"").arg(QString::fromLocal8Bit(folder))) && fd.hasMatch()) {
            openDir = i;
            dirFd = fd.captured(1);
        } else if (!dirFd.isEmpty() && fsyncDir < 0 && line.contains(QStringLiteral("fsync(%1)").arg(dirFd))) {
            fsyncDir = i;
        }
    }
    const QString trace = QString::fromLocal8Bit(readAll(log));
    QVERIFY2(openTemp >= 0, qPrintable(trace));
    QVERIFY2(writeTemp > openTemp, qPrintable(trace));
    QVERIFY2(fsyncTemp > writeTemp, qPrintable(trace));
    QVERIFY2(rename > fsyncTemp, qPrintable(trace));
    QVERIFY2(fsyncDir > rename, qPrintable(trace));
}

QTEST_GUILESS_MAIN(TestSafeFile)
#include "tst_safefile.moc"
