#include "payi/Limit.h"

#include <QRegularExpression>

namespace payi {

QString limitTypeName(LimitType type)
{
    return type == LimitType::Block ? QStringLiteral("block") : QStringLiteral("allow");
}

std::optional<LimitType> limitTypeFromName(QStringView name)
{
    if (name == u"block")
        return LimitType::Block;
    if (name == u"allow")
        return LimitType::Allow;
    return std::nullopt;
}

QString limitStateName(LimitState state)
{
    switch (state) {
    case LimitState::Ok:
        return QStringLiteral("ok");
    case LimitState::Exceeded:
        return QStringLiteral("exceeded");
    case LimitState::Overrun:
        return QStringLiteral("overrun");
    case LimitState::Blocked:
        return QStringLiteral("blocked");
    case LimitState::Failed:
        return QStringLiteral("failed");
    }
    return QString();
}

std::optional<LimitState> limitStateFromName(QStringView name)
{
    for (LimitState state :
         {LimitState::Ok, LimitState::Exceeded, LimitState::Overrun, LimitState::Blocked, LimitState::Failed}) {
        if (name == limitStateName(state))
            return state;
    }
    return std::nullopt;
}

QString BlockedCall::describe() const
{
    return QStringLiteral("blocked by limit %1: its worst-case cost %2 USD would pass max")
        .arg(limitIds.join(QStringLiteral(", ")), worstCase.toString());
}

std::optional<BlockedCall> BlockedCall::parse(QStringView description)
{
    static const QRegularExpression pattern(
        QStringLiteral("^blocked by limit (.+): its worst-case cost (-?[0-9.]+) USD would pass max$"));
    const QRegularExpressionMatch match = pattern.match(description);
    if (!match.hasMatch())
        return std::nullopt;
    const base::Result<Money> worstCase = Money::parse(match.capturedView(2));
    if (!worstCase)
        return std::nullopt;
    return BlockedCall{match.captured(1).split(QStringLiteral(", ")), *worstCase};
}

base::Result<int> parseThreshold(QStringView text)
{
    const base::Result<Money> asMoney = Money::parse(text); // the same exact decimal grammar
    const base::Error bad{QStringLiteral("invalid_threshold"),
                          QStringLiteral("threshold must be 0.75 to 0.99 or 1.0, got \"%1\"").arg(text.left(20))};
    if (!asMoney)
        return bad;
    const qint64 hundredth = Money::PicoPerUsd / 100;
    if (asMoney->pico() % hundredth != 0)
        return bad;
    const int percent = int(asMoney->pico() / hundredth);
    if (percent != 100 && (percent < 75 || percent > 99))
        return bad;
    return percent;
}

std::optional<base::Error> LimitSpec::validate() const
{
    if (name.trimmed().isEmpty())
        return base::Error{QStringLiteral("invalid_limit"), QStringLiteral("limit_name must not be empty")};
    if (max.pico() <= 0)
        return base::Error{QStringLiteral("invalid_limit"), QStringLiteral("max must be greater than 0")};
    if (thresholdPercent != 100 && (thresholdPercent < 75 || thresholdPercent > 99))
        return base::Error{QStringLiteral("invalid_threshold"),
                           QStringLiteral("threshold must be 0.75 to 0.99 or 1.0")};
    return std::nullopt;
}

LimitSpec LimitEdit::appliedTo(LimitSpec spec) const
{
    spec.name = name.value_or(spec.name);
    spec.max = max.value_or(spec.max);
    spec.type = type.value_or(spec.type);
    spec.thresholdPercent = thresholdPercent.value_or(spec.thresholdPercent);
    return spec;
}

Money LimitSpec::thresholdAmount() const
{
    // max * percent / 100 without overflow: max is at most ~9.2e18 pico.
    const qint64 m = max.pico();
    return Money::fromPico(m / 100 * thresholdPercent + (m % 100) * thresholdPercent / 100);
}

LimitState Limit::state() const
{
    if (spent > spec.max)
        return spec.type == LimitType::Allow ? LimitState::Overrun : LimitState::Blocked;
    if (spent >= spec.thresholdAmount())
        return LimitState::Exceeded;
    return LimitState::Ok;
}

QJsonObject Limit::toJson() const
{
    return QJsonObject{
        {QStringLiteral("limit_id"), id},
        {QStringLiteral("limit_name"), spec.name},
        {QStringLiteral("max"), spec.max.toString()},
        {QStringLiteral("limit_type"), limitTypeName(spec.type)},
        {QStringLiteral("threshold"), Money::fromPico(Money::PicoPerUsd / 100 * spec.thresholdPercent).toString()},
        {QStringLiteral("spent"), spent.toString()},
        {QStringLiteral("reserved"), reserved.toString()},
        {QStringLiteral("calls"), calls},
        {QStringLiteral("blocked_calls"), blockedCalls},
        {QStringLiteral("state"), limitStateName(state())},
        {QStringLiteral("created"), created.toString(Qt::ISODateWithMs)},
    };
}

} // namespace payi
