// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dataflow::Sandbox {

/**
 * Fault rules: `[METHOD] PATH ACTION [xN|x*] [skip=N]` (docs/sandbox.md). PATH is a prefix of
 * the request path with /data/foundation stripped. Rules are tried in order; the first that
 * fires wins.
 */
class FaultInjector final
{
public:
    enum class Kind {
        TooManyRequests,   // 429 (+ Retry-After), not processed
        Status,            // 500/502/503/504/401, not processed
        StatusAfterCommit, // processed, then that status
        DropBefore,        // abort, not processed
        DropAfterCommit,   // processed, then abort without answering
        Stall,             // processed, answer held for ms, then abort
        Trickle,           // processed, answer sent ~1 byte per 200 ms
        Truncate,          // processed, full Content-Length, half the body, abort
        MalformedJson,     // processed, 2xx with invalid JSON
        Html,              // 502 with an HTML page, not processed
        Huge,              // 200 with a valid JSON body of N MiB, streamed, not processed
        DeflateBomb,       // 200, Content-Encoding: deflate, inflates to N MiB, not processed
        Empty200,          // processed, 200 with an empty body
        Redirect,          // 307 to a URL, not processed
        HideFromList,      // processed, created resource hidden from lists for seconds
    };

    struct Action
    {
        Kind kind = Kind::Status;
        int status = 500;
        QString argument; // retry-after value, URL
        int milliseconds = 0;
        QString rule;     // the rule text, for logs

        bool processes() const;
    };

    struct Rule
    {
        QByteArray method; // empty = any
        QString pathPrefix;
        Action action;
        int remaining = 1; // -1 = forever
        int skip = 0;
        QString text;
    };

    static bool parse(const QString &text, Rule *rule, QString *errorMessage);

    bool add(const QString &text, QString *errorMessage);
    void clear() { m_rules.clear(); }
    QStringList rules() const;
    const QList<Rule> &ruleList() const { return m_rules; }
    bool isEmpty() const { return m_rules.isEmpty(); }

    /** The action for a request, consuming the rule's budget; nullopt when none fires. */
    std::optional<Action> take(const QByteArray &method, const QString &path);

private:
    QList<Rule> m_rules;
};

} // namespace Dataflow::Sandbox
