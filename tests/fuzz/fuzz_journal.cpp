// SPDX-License-Identifier: MIT
// Journal loader: StrictJson::parse then Journal::fromJson, as Journal::load does.
// Properties: a refusal always says why; an accepted journal, written the way Journal::save
// writes it, loads again to the same JSON.

#include "engine/journal.h"
#include "fuzzcheck.h"
#include "session/strictjson.h"

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
    JsonError jsonError;
    const auto doc = StrictJson::parse(bytes, &jsonError);
    if (!doc) {
        FUZZ_CHECK(!jsonError.message.isEmpty(), QStringLiteral("JSON refused without a message"));
        (void)jsonError.toString();
        return 0;
    }
    FUZZ_CHECK(doc->isObject(), QStringLiteral("StrictJson accepted a top level that is not an object"));
    QString error;
    const auto journal = Journal::fromJson(doc->object(), &error);
    if (!journal) {
        FUZZ_CHECK(!error.isEmpty(), QStringLiteral("journal refused without a message"));
        return 0;
    }
    const QJsonObject first = journal->toJson();
    const QByteArray saved = StrictJson::serialize(first);
    JsonError againJsonError;
    const auto againDoc = StrictJson::parse(saved, &againJsonError);
    FUZZ_CHECK(againDoc.has_value(), QStringLiteral("a saved journal is not strict JSON: ") + againJsonError.toString());
    QString againError;
    const auto again = Journal::fromJson(againDoc->object(), &againError);
    FUZZ_CHECK(again.has_value(), QStringLiteral("a saved journal does not load: ") + againError);
    FUZZ_CHECK(again->toJson() == first, QStringLiteral("save and load changed the journal"));
    return 0;
}
