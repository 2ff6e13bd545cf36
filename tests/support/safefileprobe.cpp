// SPDX-License-Identifier: MIT
// safefileprobe <path> <content>: saves <content> to <path> through SafeFile::write and exits 0,
// or prints the error and exits 1. tst_safefile runs it under strace with injected faults.
#include "session/safefile.h"

#include <QByteArray>
#include <QString>

#include <cstdio>

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: safefileprobe <path> <content>\n");
        return 2;
    }
    const auto error = Dataflow::Core::SafeFile::write(QString::fromLocal8Bit(argv[1]), QByteArray(argv[2]));
    if (error) {
        std::fprintf(stderr, "%s\n", error->toLocal8Bit().constData());
        return 1;
    }
    return 0;
}
