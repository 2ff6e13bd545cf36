// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>

// A property the code under test must keep; a violation aborts, so libFuzzer saves the input.
#define FUZZ_CHECK(condition, what)                                                                 \
    do {                                                                                            \
        if (!(condition)) {                                                                         \
            std::fprintf(stderr, "FUZZ_CHECK failed at %s:%d: %s (%s)\n", __FILE__, __LINE__, #condition, \
                         QString(what).toLocal8Bit().constData());                                  \
            std::abort();                                                                           \
        }                                                                                           \
    } while (false)

#include <QtGlobal>

namespace Dataflow::Fuzz {

/** Qt warnings about odd input are expected here; printing them would only slow the fuzzer. */
inline void quietQtMessages()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "qFatal: %s\n", message.toLocal8Bit().constData());
            std::abort();
        }
    });
}

/** FUZZ_KNOWN_BUGS=1: do not step around the open bugs listed in README.md (to reproduce them). */
inline bool reproduceKnownBugs()
{
    static const bool reproduce = qEnvironmentVariableIntValue("FUZZ_KNOWN_BUGS") == 1;
    return reproduce;
}

/**
 * Open bug (README.md, crashes/session): Qt 6.4's QJsonDocument::fromJson drops a raw UTF-8 BOM
 * (EF BB BF) at the start of any string and builds a broken key from a key that is only a BOM,
 * while toJson writes U+FEFF raw. Text saved with one does not load back the same.
 */
inline bool hasByteOrderMark(const QByteArray &input, const QByteArray &saved)
{
    // A BOM at the very start of the input is the file's own and is skipped by StrictJson.
    return input.indexOf("\xEF\xBB\xBF", 1) >= 0 || saved.contains("\xEF\xBB\xBF");
}

} // namespace Dataflow::Fuzz
