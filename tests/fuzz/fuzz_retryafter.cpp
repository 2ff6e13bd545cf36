// SPDX-License-Identifier: MIT
// Retry-After parser: parseRetryAfterMs on an arbitrary header value (delta seconds or HTTP-date).
// Properties: -1 or a non-negative delay; delta seconds are capped at 24 h; the same value read at a
// later time never gives a longer delay.

#include "api/apierror.h"
#include "fuzzcheck.h"

using namespace Dataflow::Core;

namespace {
constexpr qint64 kNow = 1764806400000; // 2025-12-04T00:00:00Z
constexpr qint64 kDayMs = 24 * 3600 * 1000;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Dataflow::Fuzz::quietQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray value(reinterpret_cast<const char *>(data), qsizetype(size));
    const qint64 ms = parseRetryAfterMs(value, kNow);
    FUZZ_CHECK(ms >= -1, QStringLiteral("delay %1").arg(ms));
    bool isNumber = false;
    value.trimmed().toLongLong(&isNumber);
    if (isNumber)
        FUZZ_CHECK(ms <= kDayMs, QStringLiteral("delta seconds above 24 h: %1").arg(ms));
    const qint64 later = parseRetryAfterMs(value, kNow + kDayMs);
    FUZZ_CHECK((ms == -1) == (later == -1), QStringLiteral("validity depends on the time: %1 vs %2").arg(ms).arg(later));
    FUZZ_CHECK(later <= ms, QStringLiteral("a later reading waits longer: %1 > %2").arg(later).arg(ms));
    (void)parseRetryAfterMs(value, 0);
    return 0;
}
