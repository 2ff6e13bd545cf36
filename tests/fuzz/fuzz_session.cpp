// SPDX-License-Identifier: MIT
// Session loader: SessionFile::parse (StrictJson + Session::fromJson) on arbitrary bytes.
// Properties: a refusal always says why; an accepted session, saved the way SessionFile::save
// writes it, loads again and saves to the same bytes.

#include "fuzzcheck.h"
#include "session/strictjson.h"
#include "session/session.h"

#include <QJsonDocument>

using namespace Dataflow::Core;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Dataflow::Fuzz::quietQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto session = SessionFile::parse(bytes, &error);
    if (!session) {
        FUZZ_CHECK(!error.isEmpty(), QStringLiteral("refused without a message"));
        return 0;
    }
    (void)session->validate();
    const QByteArray saved = StrictJson::serialize(session->toJson());
    QString againError;
    const auto again = SessionFile::parse(saved, &againError);
    FUZZ_CHECK(again.has_value(), QStringLiteral("a saved session does not load: ") + againError);
    const QByteArray savedAgain = StrictJson::serialize(again->toJson());
    FUZZ_CHECK(saved == savedAgain, QStringLiteral("save, load, save changed the file:\n") + QString::fromUtf8(saved)
                                        + QStringLiteral("\nbecame\n") + QString::fromUtf8(savedAgain));
    return 0;
}
