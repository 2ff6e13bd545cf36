// SPDX-License-Identifier: MIT
#include "session/safefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <cerrno>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Dataflow::Core {

namespace {

#ifdef Q_OS_UNIX
QString osError(int error)
{
    return qt_error_string(error);
}

// write() until done, retrying on EINTR and short writes.
bool writeAll(int fd, const QByteArray &bytes)
{
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        if (n == 0) {
            errno = EIO;
            return false;
        }
        data += n;
        left -= n;
    }
    return true;
}

int fsyncRetry(int fd)
{
    int rc;
    do {
        rc = ::fsync(fd);
    } while (rc != 0 && errno == EINTR);
    return rc;
}

// Keeps the current generation as <path>.bak. A hard link costs nothing and is atomic; where links
// are not supported, a copy is made and synced.
bool keepBackup(const QByteArray &target, const QByteArray &backup)
{
    struct stat st;
    if (::lstat(target.constData(), &st) != 0)
        return errno == ENOENT; // first save: nothing to keep
    if (::unlink(backup.constData()) != 0 && errno != ENOENT)
        return false;
    if (::link(target.constData(), backup.constData()) == 0)
        return true;
    const int in = ::open(target.constData(), O_RDONLY | O_CLOEXEC);
    if (in < 0)
        return false;
    const int out = ::open(backup.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (out < 0) {
        const int saved = errno;
        ::close(in);
        errno = saved;
        return false;
    }
    bool ok = true;
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(in, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            ok = false;
            break;
        }
        if (n == 0)
            break;
        if (!writeAll(out, QByteArray::fromRawData(buffer, n))) {
            ok = false;
            break;
        }
    }
    const int saved = errno;
    if (ok && fsyncRetry(out) != 0)
        ok = false;
    const int savedSync = errno;
    ::close(in);
    if (::close(out) != 0 && ok)
        ok = false;
    errno = ok ? 0 : (saved ? saved : savedSync);
    return ok;
}
#endif

} // namespace

QString SafeFile::backupPath(const QString &path)
{
    return path + QStringLiteral(".bak");
}

std::optional<QString> SafeFile::write(const QString &path, const QByteArray &bytes)
{
    const QString shown = QDir::toNativeSeparators(path);
#ifdef Q_OS_UNIX
    const QFileInfo info(path);
    const QByteArray target = QFile::encodeName(info.absoluteFilePath());
    const QByteArray dir = QFile::encodeName(info.absolutePath());

    // Same directory as the target, QSaveFile-style name so removeStrayTempFiles() finds leftovers.
    QByteArray tmpl = target + ".XXXXXX";
    const int fd = ::mkstemp(tmpl.data()); // mode 0600
    if (fd < 0)
        return tr("Could not create a temporary file next to %1: %2").arg(shown, osError(errno));
    const auto failTemp = [&](const QString &what) {
        const int saved = errno;
        ::unlink(tmpl.constData());
        return what.arg(shown, osError(saved));
    };
    ::fchmod(fd, S_IRUSR | S_IWUSR);
    if (!writeAll(fd, bytes)) {
        const QString message = failTemp(tr("Could not write %1: %2"));
        ::close(fd);
        return message;
    }
    if (fsyncRetry(fd) != 0) {
        // The data may not be on disk: do not rename it over a good file.
        const QString message = failTemp(tr("Could not flush %1 to disk: %2"));
        ::close(fd);
        return message;
    }
    if (::close(fd) != 0)
        return failTemp(tr("Could not close %1: %2"));
    if (!keepBackup(target, QFile::encodeName(backupPath(info.absoluteFilePath()))))
        return failTemp(tr("Could not keep the previous version of %1: %2"));
    if (::rename(tmpl.constData(), target.constData()) != 0)
        return failTemp(tr("Could not replace %1: %2"));

    const int dirFd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd < 0)
        return tr("Saved %1, but could not open its folder to flush it: %2").arg(shown, osError(errno));
    if (fsyncRetry(dirFd) != 0) {
        const int saved = errno;
        ::close(dirFd);
        return tr("Saved %1, but could not flush its folder to disk: %2").arg(shown, osError(saved));
    }
    ::close(dirFd);
    return std::nullopt;
#else
    if (QFile::exists(path)) {
        QFile::remove(backupPath(path));
        if (!QFile::copy(path, backupPath(path)))
            return tr("Could not keep the previous version of %1.").arg(shown);
    }
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Could not save %1: %2").arg(shown, file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString message = tr("Could not write %1: %2").arg(shown, file.errorString());
        file.cancelWriting();
        return message;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!file.commit())
        return tr("Could not save %1: %2").arg(shown, file.errorString());
    return std::nullopt;
#endif
}

int SafeFile::removeStrayTempFiles(const QString &path)
{
    const QFileInfo info(path);
    const QDir dir = info.absoluteDir();
    const QRegularExpression pattern(QStringLiteral("^%1\\.[A-Za-z0-9]{6}$")
                                         .arg(QRegularExpression::escape(info.fileName())));
    const QStringList candidates = dir.entryList(QStringList{info.fileName() + QStringLiteral(".??????")},
                                                 QDir::Files | QDir::Hidden | QDir::System);
    int removed = 0;
    for (const QString &name : candidates) {
        if (pattern.match(name).hasMatch() && QFile::remove(dir.filePath(name)))
            ++removed;
    }
    return removed;
}

} // namespace Dataflow::Core
