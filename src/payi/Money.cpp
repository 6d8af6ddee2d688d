#include "payi/Money.h"

#include <limits>

namespace payi {

namespace {
// ASCII digits only: QChar::isDigit() accepts every Unicode decimal digit.
bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

constexpr qint64 pow10(int n)
{
    qint64 v = 1;
    for (int i = 0; i < n; ++i)
        v *= 10;
    return v;
}
} // namespace

base::Result<Money> Money::parse(QStringView text)
{
    const auto bad = [&](const QString &why) {
        return base::Error{QStringLiteral("invalid_money"),
                           QStringLiteral("\"%1\" is not a decimal amount: %2").arg(text.left(40), why)};
    };
    qsizetype i = 0;
    const bool negative = !text.isEmpty() && text.front() == u'-';
    if (negative)
        ++i;
    // Accumulate as a negative number so that the most negative value is reachable.
    qint64 whole = 0;
    int wholeDigits = 0;
    for (; i < text.size() && isAsciiDigit(text[i]); ++i, ++wholeDigits) {
        const int d = text[i].unicode() - u'0';
        if (whole < (std::numeric_limits<qint64>::min() + d) / 10)
            return bad(QStringLiteral("out of range"));
        whole = whole * 10 - d;
    }
    qint64 fraction = 0;
    int fractionDigits = 0;
    if (i < text.size() && text[i] == u'.') {
        ++i;
        for (; i < text.size() && isAsciiDigit(text[i]); ++i, ++fractionDigits) {
            if (fractionDigits == Decimals)
                return bad(QStringLiteral("more than 12 decimals"));
            fraction = fraction * 10 + (text[i].unicode() - u'0');
        }
        if (fractionDigits == 0)
            return bad(QStringLiteral("no digits after the point"));
    }
    if (wholeDigits == 0)
        return bad(QStringLiteral("no digits before the point"));
    if (i != text.size())
        return bad(QStringLiteral("unexpected character"));

    const qint64 fractionPico = fraction * pow10(Decimals - fractionDigits);
    qint64 pico = 0;
    if (__builtin_mul_overflow(whole, PicoPerUsd, &pico) || __builtin_sub_overflow(pico, fractionPico, &pico))
        return bad(QStringLiteral("out of range"));
    if (!negative) {
        if (pico == std::numeric_limits<qint64>::min())
            return bad(QStringLiteral("out of range"));
        pico = -pico;
    }
    return Money(pico);
}

QString Money::toString() const
{
    // Work on the magnitude as unsigned so that the most negative value prints too.
    const bool negative = m_pico < 0;
    const quint64 magnitude = negative ? 0 - quint64(m_pico) : quint64(m_pico);
    const quint64 whole = magnitude / quint64(PicoPerUsd);
    quint64 fraction = magnitude % quint64(PicoPerUsd);
    QString out;
    if (negative)
        out += u'-';
    out += QString::number(whole);
    if (fraction != 0) {
        int digits = Decimals;
        while (fraction % 10 == 0) {
            fraction /= 10;
            --digits;
        }
        out += u'.';
        out += QString::number(fraction).rightJustified(digits, u'0');
    }
    return out;
}

std::optional<Money> Money::checkedAdd(Money other) const
{
    qint64 r = 0;
    if (__builtin_add_overflow(m_pico, other.m_pico, &r))
        return std::nullopt;
    return Money(r);
}

std::optional<Money> Money::checkedSub(Money other) const
{
    qint64 r = 0;
    if (__builtin_sub_overflow(m_pico, other.m_pico, &r))
        return std::nullopt;
    return Money(r);
}

std::optional<Money> Money::checkedMul(qint64 factor) const
{
    qint64 r = 0;
    if (__builtin_mul_overflow(m_pico, factor, &r))
        return std::nullopt;
    return Money(r);
}

bool Money::addInPlace(Money other)
{
    qint64 r = 0;
    if (__builtin_add_overflow(m_pico, other.m_pico, &r))
        return false;
    m_pico = r;
    return true;
}

} // namespace payi
