// SPDX-License-Identifier: MIT
#include "statefile.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace Dataflow::Sandbox::StateFile {

namespace {

bool fail(QString *errorMessage, const QString &what)
{
    if (errorMessage)
        *errorMessage = QStringLiteral("%1: %2").arg(what, QString::fromLocal8Bit(std::strerror(errno)));
    return false;
}

} // namespace

bool write(const QString &path, const QByteArray &data, QString *errorMessage)
{
    const QByteArray target = QFile::encodeName(path);
    const QByteArray temp = target + ".tmp";
    const int fd = ::open(temp.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(errorMessage, QStringLiteral("open %1").arg(QString::fromLocal8Bit(temp)));
    qint64 written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + written, size_t(data.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            ::close(fd);
            ::unlink(temp.constData());
            return fail(errorMessage, QStringLiteral("write"));
        }
        written += n;
    }
    if (::fsync(fd) != 0) {
        ::close(fd);
        ::unlink(temp.constData());
        return fail(errorMessage, QStringLiteral("fsync"));
    }
    if (::close(fd) != 0) {
        ::unlink(temp.constData());
        return fail(errorMessage, QStringLiteral("close"));
    }
    if (::rename(temp.constData(), target.constData()) != 0) {
        ::unlink(temp.constData());
        return fail(errorMessage, QStringLiteral("rename"));
    }
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    const int dirFd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd < 0)
        return fail(errorMessage, QStringLiteral("open directory"));
    const bool synced = ::fsync(dirFd) == 0;
    ::close(dirFd);
    return synced || fail(errorMessage, QStringLiteral("fsync directory"));
}

bool read(const QString &path, QByteArray *data, QString *errorMessage)
{
    QFile::remove(path + QStringLiteral(".tmp"));
    QFile file(path);
    if (!file.exists()) {
        data->clear();
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorMessage)
            *errorMessage = file.errorString();
        return false;
    }
    *data = file.readAll();
    return true;
}

} // namespace Dataflow::Sandbox::StateFile
