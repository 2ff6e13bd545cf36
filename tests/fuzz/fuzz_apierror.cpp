// SPDX-License-Identifier: MIT
// Error-body classifier: ApiError::fromHttp on an arbitrary status, headers and body.
// Input layout (readable seeds): "<status>\n" then "Name: value\n" header lines, an empty line,
// then the body. Anything that does not fit still reaches fromHttp (status 0, no headers).
// Properties: the result always has a message and stays an Http/Auth/Validation-style error with the
// status given; toString() and isRetryable() never fail.

#include "api/apierror.h"
#include "fuzzcheck.h"

using namespace Dataflow::Core;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Dataflow::Fuzz::quietQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    qsizetype pos = input.indexOf('\n');
    int status = 0;
    RawHeaders headers;
    QByteArray body = input;
    if (pos >= 0) {
        status = input.left(pos).trimmed().toInt();
        qsizetype line = pos + 1;
        while (line <= input.size()) {
            qsizetype end = input.indexOf('\n', line);
            if (end < 0)
                end = input.size();
            const QByteArray header = input.mid(line, end - line);
            line = end + 1;
            if (header.trimmed().isEmpty())
                break;
            const qsizetype colon = header.indexOf(':');
            if (colon < 0)
                headers.append({header, QByteArray()});
            else
                headers.append({header.left(colon).trimmed(), header.mid(colon + 1).trimmed()});
        }
        body = line <= input.size() ? input.mid(line) : QByteArray();
    }

    const ApiError error = ApiError::fromHttp(status, body, headers);
    FUZZ_CHECK(!error.message.isEmpty(), QStringLiteral("classified without a message"));
    FUZZ_CHECK(error.httpStatus == status, QStringLiteral("status %1 became %2").arg(status).arg(error.httpStatus));
    FUZZ_CHECK(error.retryAfterMs >= -1, QStringLiteral("negative Retry-After %1").arg(error.retryAfterMs));
    (void)error.isRetryable();
    FUZZ_CHECK(!error.toString().isEmpty(), QStringLiteral("empty toString()"));
    return 0;
}
