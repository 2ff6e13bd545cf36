// SPDX-License-Identifier: MIT
#include "faultinjector.h"

#include <QRegularExpression>

namespace Dataflow::Sandbox {

namespace {

const QStringList methods{QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("PATCH"),
                          QStringLiteral("DELETE"), QStringLiteral("HEAD"), QStringLiteral("OPTIONS")};

bool parseAction(const QString &text, FaultInjector::Action *action, QString *errorMessage)
{
    using Kind = FaultInjector::Kind;
    static const QRegularExpression afterCommit(QStringLiteral("^(50[0-4])-after-commit$"));
    const QString name = text.section(QLatin1Char(':'), 0, 0);
    const QString argument = text.section(QLatin1Char(':'), 1);
    if (const auto m = afterCommit.match(text); m.hasMatch()) {
        action->kind = Kind::StatusAfterCommit;
        action->status = m.captured(1).toInt();
        return true;
    }
    if (name == QLatin1String("429")) {
        action->kind = Kind::TooManyRequests;
        action->status = 429;
        action->argument = QStringLiteral("1");
        if (!argument.isEmpty()) {
            if (!argument.startsWith(QLatin1String("retry-after="))) {
                *errorMessage = QStringLiteral("429 takes ':retry-after=VALUE'");
                return false;
            }
            action->argument = argument.mid(12);
        }
        return true;
    }
    if (name == QLatin1String("500") || name == QLatin1String("502") || name == QLatin1String("503")
        || name == QLatin1String("504") || name == QLatin1String("401")) {
        action->kind = Kind::Status;
        action->status = name.toInt();
        return true;
    }
    if (name == QLatin1String("drop-before")) {
        action->kind = Kind::DropBefore;
        return true;
    }
    if (name == QLatin1String("drop-after-commit")) {
        action->kind = Kind::DropAfterCommit;
        return true;
    }
    if (name == QLatin1String("stall")) {
        action->kind = Kind::Stall;
        bool ok = true;
        action->milliseconds = argument.isEmpty() ? 30000 : argument.toInt(&ok);
        if (!ok || action->milliseconds < 0) {
            *errorMessage = QStringLiteral("stall takes ':MILLISECONDS'");
            return false;
        }
        return true;
    }
    if (name == QLatin1String("trickle")) {
        action->kind = Kind::Trickle;
        action->milliseconds = argument.isEmpty() ? 200 : argument.toInt();
        return true;
    }
    if (name == QLatin1String("truncate")) {
        action->kind = Kind::Truncate;
        return true;
    }
    if (name == QLatin1String("malformed-json")) {
        action->kind = Kind::MalformedJson;
        return true;
    }
    if (name == QLatin1String("html")) {
        action->kind = Kind::Html;
        action->status = 502;
        return true;
    }
    if (name == QLatin1String("huge") || name == QLatin1String("deflate-bomb")) {
        action->kind = name == QLatin1String("huge") ? Kind::Huge : Kind::DeflateBomb;
        bool ok = true;
        action->milliseconds = argument.isEmpty() ? (action->kind == Kind::Huge ? 256 : 1024) : argument.toInt(&ok); // MiB
        if (!ok || action->milliseconds < 1 || action->milliseconds > 65536) {
            *errorMessage = QStringLiteral("%1 takes ':MEBIBYTES' (1 to 65536)").arg(name);
            return false;
        }
        return true;
    }
    if (name == QLatin1String("empty-200")) {
        action->kind = Kind::Empty200;
        return true;
    }
    if (name == QLatin1String("redirect")) {
        action->kind = Kind::Redirect;
        action->status = 307;
        action->argument = argument;
        if (argument.isEmpty()) {
            *errorMessage = QStringLiteral("redirect takes ':URL'");
            return false;
        }
        return true;
    }
    if (name == QLatin1String("hide-from-list")) {
        action->kind = Kind::HideFromList;
        bool ok = true;
        action->milliseconds = (argument.isEmpty() ? 10 : argument.toInt(&ok)) * 1000;
        if (!ok) {
            *errorMessage = QStringLiteral("hide-from-list takes ':SECONDS'");
            return false;
        }
        return true;
    }
    *errorMessage = QStringLiteral("unknown fault action '%1'").arg(text);
    return false;
}

} // namespace

bool FaultInjector::Action::processes() const
{
    switch (kind) {
    case Kind::TooManyRequests:
    case Kind::Status:
    case Kind::DropBefore:
    case Kind::Html:
    case Kind::Huge:
    case Kind::DeflateBomb:
    case Kind::Redirect:
        return false;
    default:
        return true;
    }
}

bool FaultInjector::parse(const QString &text, Rule *rule, QString *errorMessage)
{
    QStringList tokens = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    Rule result;
    result.text = text.simplified();
    if (!tokens.isEmpty() && methods.contains(tokens.first().toUpper()))
        result.method = tokens.takeFirst().toUpper().toLatin1();
    if (tokens.size() < 2 || !tokens.first().startsWith(QLatin1Char('/'))) {
        *errorMessage = QStringLiteral("expected '[METHOD] PATH ACTION [xN] [skip=N]', got '%1'").arg(text);
        return false;
    }
    result.pathPrefix = tokens.takeFirst();
    if (!parseAction(tokens.takeFirst(), &result.action, errorMessage))
        return false;
    for (const QString &token : tokens) {
        bool ok = false;
        if (token == QLatin1String("x*")) {
            result.remaining = -1;
            ok = true;
        } else if (token.startsWith(QLatin1Char('x'))) {
            result.remaining = token.mid(1).toInt(&ok);
            ok = ok && result.remaining > 0;
        } else if (token.startsWith(QLatin1String("skip="))) {
            result.skip = token.mid(5).toInt(&ok);
            ok = ok && result.skip >= 0;
        }
        if (!ok) {
            *errorMessage = QStringLiteral("unexpected '%1' in fault rule").arg(token);
            return false;
        }
    }
    result.action.rule = result.text;
    *rule = result;
    return true;
}

bool FaultInjector::add(const QString &text, QString *errorMessage)
{
    Rule rule;
    QString message;
    if (!parse(text, &rule, &message)) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    }
    m_rules.append(rule);
    return true;
}

QStringList FaultInjector::rules() const
{
    QStringList out;
    for (const Rule &rule : m_rules)
        out.append(rule.text);
    return out;
}

std::optional<FaultInjector::Action> FaultInjector::take(const QByteArray &method, const QString &path)
{
    static const QString foundation = QStringLiteral("/data/foundation");
    const QString stripped = path.startsWith(foundation) ? path.mid(foundation.size()) : path;
    for (int i = 0; i < m_rules.size(); ++i) {
        Rule &rule = m_rules[i];
        if (!rule.method.isEmpty() && rule.method != method)
            continue;
        if (!stripped.startsWith(rule.pathPrefix))
            continue;
        if (rule.skip > 0) {
            --rule.skip;
            continue;
        }
        const Action action = rule.action;
        if (rule.remaining > 0 && --rule.remaining == 0)
            m_rules.removeAt(i);
        return action;
    }
    return std::nullopt;
}

} // namespace Dataflow::Sandbox
