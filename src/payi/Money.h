#pragma once

#include "base/Result.h"

#include <QMetaType>
#include <QString>
#include <QtGlobal>

#include <compare>
#include <optional>

namespace payi {

// An exact amount of US dollars, held as a signed count of pico-dollars (1e-12 USD).
// Every price of the form "USD per million tokens" with at most six decimals is an exact
// whole number of pico-dollars per token, so costs never round. The range is about
// +/- 9.2 million USD; every operation that could leave it is checked.
class Money
{
public:
    static constexpr qint64 PicoPerUsd = 1'000'000'000'000LL;
    static constexpr int Decimals = 12;

    constexpr Money() = default;
    static constexpr Money fromPico(qint64 pico) { return Money(pico); }
    static Money zero() { return Money(); }

    constexpr qint64 pico() const { return m_pico; }
    constexpr bool isZero() const { return m_pico == 0; }
    constexpr bool isNegative() const { return m_pico < 0; }

    // Parses a plain decimal string: optional '-', digits, optional '.' and up to twelve
    // fraction digits ("0.000125", "10", "-1.5"). No exponent, no spaces, no '+'.
    static base::Result<Money> parse(QStringView text);

    // The shortest exact decimal form: "0", "1.5", "0.000125", "-2".
    QString toString() const;

    std::optional<Money> checkedAdd(Money other) const;
    std::optional<Money> checkedSub(Money other) const;
    std::optional<Money> checkedMul(qint64 factor) const;

    // Adds in place; returns false (and leaves *this unchanged) on overflow.
    bool addInPlace(Money other);

    friend constexpr bool operator==(Money a, Money b) = default;
    friend constexpr auto operator<=>(Money a, Money b) = default;

private:
    constexpr explicit Money(qint64 pico) : m_pico(pico) {}
    qint64 m_pico = 0;
};

} // namespace payi

Q_DECLARE_METATYPE(payi::Money)
