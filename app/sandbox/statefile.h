// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace Dataflow::Sandbox::StateFile {

/** Crash-safe replace: temp file in the same folder, write, fsync (checked), rename, fsync
    of the folder. On failure the previous file is left intact. */
bool write(const QString &path, const QByteArray &data, QString *errorMessage = nullptr);
/** Reads the file (empty when missing) and removes a temp file a crash mid-write left behind. */
bool read(const QString &path, QByteArray *data, QString *errorMessage = nullptr);

} // namespace Dataflow::Sandbox::StateFile
