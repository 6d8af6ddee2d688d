#pragma once

#include "base/Result.h"
#include "payi/Money.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace payi {

enum class LimitType : quint8 { Block, Allow };

// The state of a limit on one call (docs/tracking-model.md): ok; exceeded (spending reached the
// threshold); overrun (an allow limit's spending passed max); blocked (a block limit
// refused the call); failed (the call failed, or named a limit that does not exist).
enum class LimitState : quint8 { Ok, Exceeded, Overrun, Blocked, Failed };

QString limitTypeName(LimitType type);
std::optional<LimitType> limitTypeFromName(QStringView name);
QString limitStateName(LimitState state);
std::optional<LimitState> limitStateFromName(QStringView name);

struct LimitSpec
{
    QString name;
    Money max;
    LimitType type = LimitType::Block;
    // A fraction of max: 0.75 to 0.99, or 1.0. Held exactly in hundredths.
    int thresholdPercent = 100;

    // Checks name non-empty, max > 0 and the threshold range.
    std::optional<base::Error> validate() const;
    Money thresholdAmount() const;
};

// An edit of a limit's spec: the fields given replace the spec's, the others stay.
struct LimitEdit
{
    std::optional<QString> name;
    std::optional<Money> max;
    std::optional<LimitType> type;
    std::optional<int> thresholdPercent;

    bool isEmpty() const { return !name && !max && !type && !thresholdPercent; }
    LimitSpec appliedTo(LimitSpec spec) const;
};

// Parses "0.8", "1", "1.0" into hundredths; refuses more precision or a value out of range.
base::Result<int> parseThreshold(QStringView text);

// A call block limits refused: the limits that refused it and the worst case it would have
// reserved. describe() is the blocked event's failure description (and so the message of the
// document app's 429); parse() reads one back, for a client that explains it in its own words.
struct BlockedCall
{
    QStringList limitIds;
    Money worstCase;

    QString describe() const;
    static std::optional<BlockedCall> parse(QStringView description);
};

struct Limit
{
    QString id;
    LimitSpec spec;
    Money spent;    // settled spending
    Money reserved; // held by calls in flight (block limits)
    qint64 calls = 0;
    qint64 blockedCalls = 0;
    QDateTime created;

    // The state the limit is in now, from its settled spending. A block limit past its max
    // (only possible after its max was lowered below what was spent) is Blocked: it refuses
    // every call until max is raised again.
    LimitState state() const;
    QJsonObject toJson() const;
};

} // namespace payi
