// SPDX-License-Identifier: MIT
#pragma once

#include "api/httprecord.h"

#include <QList>
#include <QString>

namespace Dataflow::Core {

/**
 * Renders requests as runnable POSIX-shell curl commands (for "Copy as curl" and exported scripts).
 *
 * The formatter does not redact: pass records through Redactor::redacted() first. Header values
 * that are redaction placeholders ("Bearer ${AEP_ACCESS_TOKEN}", "${AEP_API_KEY}") are rendered in
 * double quotes so the shell expands them from the environment; everything else is single-quoted.
 * Pure functions, thread-safe.
 */
class CurlFormatter final
{
public:
    /** One command, e.g. curl -sS -X POST 'https://…' -H 'Content-Type: application/json' --data-binary @- <<'JSON' … */
    static QString toCurl(const HttpRecord &record);

    /** A whole "#!/bin/sh" script with "set -eu", a header comment naming the variables, and one command per record. */
    static QString script(const QList<HttpRecord> &records, const QString &preamble);

    /** Single-quotes @p text for a POSIX shell ('it'\''s'). */
    static QString shellQuote(const QString &text);

private:
    CurlFormatter() = delete;
};

} // namespace Dataflow::Core
