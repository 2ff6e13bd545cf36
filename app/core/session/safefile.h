// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Dataflow::Core {

/**
 * Crash-safe file writes (RELIABILITY.md §4).
 *
 * write() stores the bytes in a temporary file next to the target, fsyncs it (checked), keeps the
 * previous generation as "<name>.bak", renames the temporary file over the target and fsyncs the
 * directory (checked). The target is never missing: either the old or the new content is there.
 * Files are created with user-only permissions (0600).
 *
 * Stateless and reentrant; callers serialise writes to the same path (e.g. with a QLockFile).
 */
class SafeFile final
{
    Q_DECLARE_TR_FUNCTIONS(Dataflow::Core::SafeFile)

public:
    /** Returns nullopt on success, otherwise a translated message naming the file and the OS error. */
    static std::optional<QString> write(const QString &path, const QByteArray &bytes);

    /** Path of the previous generation kept by write(): "<path>.bak". */
    static QString backupPath(const QString &path);

    /**
     * Removes leftovers of interrupted writes next to @p path ("<name>.XXXXXX", QSaveFile's temporary
     * naming, six alphanumeric characters). Returns how many files were removed.
     */
    static int removeStrayTempFiles(const QString &path);

private:
    SafeFile() = delete;
};

} // namespace Dataflow::Core
