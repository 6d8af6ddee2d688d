// payi::Money: parse() against an independent reading of its documented grammar
// (-?[0-9]+(\.[0-9]{1,12})?, within the pico-dollar range), the round trip
// parse(toString(x)) == x with a canonical toString(), and checked arithmetic against 128-bit
// integers.
#include "FuzzCheck.h"

#include "payi/Money.h"

#include <QString>

#include <cstdint>
#include <cstring>
#include <limits>
#include <optional>

using payi::Money;

namespace {

using Wide = __int128;

constexpr Wide kMin = std::numeric_limits<qint64>::min();
constexpr Wide kMax = std::numeric_limits<qint64>::max();

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// The amount `text` denotes, or nullopt when it is outside the grammar or the range.
std::optional<qint64> referencePico(QStringView text)
{
    qsizetype i = 0;
    const bool negative = text.startsWith(u'-');
    if (negative)
        ++i;
    Wide whole = 0;
    const qsizetype wholeStart = i;
    for (; i < text.size() && isAsciiDigit(text[i]); ++i) {
        whole = whole * 10 + (text[i].unicode() - u'0');
        if (whole > kMax) // already out of range as whole dollars; stop before 128 bits overflow
            return std::nullopt;
    }
    if (i == wholeStart)
        return std::nullopt;
    Wide fraction = 0;
    int fractionDigits = 0;
    if (i < text.size() && text[i] == u'.') {
        ++i;
        for (; i < text.size() && isAsciiDigit(text[i]); ++i, ++fractionDigits) {
            if (fractionDigits == Money::Decimals)
                return std::nullopt;
            fraction = fraction * 10 + (text[i].unicode() - u'0');
        }
        if (fractionDigits == 0)
            return std::nullopt;
    }
    if (i != text.size())
        return std::nullopt;
    for (int d = fractionDigits; d < Money::Decimals; ++d)
        fraction *= 10;
    Wide pico = whole * Money::PicoPerUsd + fraction;
    if (negative)
        pico = -pico;
    if (pico < kMin || pico > kMax)
        return std::nullopt;
    return qint64(pico);
}

// toString() promises the shortest exact form: no leading zeros, no trailing fraction zeros,
// no "-0", ASCII only.
bool isCanonical(const QString &text)
{
    qsizetype i = text.startsWith(u'-') ? 1 : 0;
    const qsizetype wholeStart = i;
    while (i < text.size() && isAsciiDigit(text[i]))
        ++i;
    const qsizetype wholeDigits = i - wholeStart;
    if (wholeDigits == 0 || (wholeDigits > 1 && text[wholeStart] == u'0'))
        return false;
    if (i < text.size()) {
        if (text[i] != u'.' || i + 1 == text.size() || text.back() == u'0')
            return false;
        for (++i; i < text.size(); ++i) {
            if (!isAsciiDigit(text[i]))
                return false;
        }
    }
    return text != QLatin1String("-0");
}

void checkRoundTrip(Money m)
{
    const QString text = m.toString();
    FUZZ_CHECK(isCanonical(text));
    const base::Result<Money> back = Money::parse(text);
    FUZZ_CHECK(back.ok());
    FUZZ_CHECK(*back == m);
}

void checkArithmetic(Money a, Money b)
{
    const Wide x = a.pico();
    const Wide y = b.pico();
    const auto agrees = [](std::optional<Money> got, Wide exact) {
        const bool fits = exact >= kMin && exact <= kMax;
        return got.has_value() == fits && (!fits || Wide(got->pico()) == exact);
    };
    FUZZ_CHECK(agrees(a.checkedAdd(b), x + y));
    FUZZ_CHECK(agrees(a.checkedSub(b), x - y));
    FUZZ_CHECK(agrees(a.checkedMul(b.pico()), x * y));
    Money sum = a;
    const bool added = sum.addInPlace(b);
    FUZZ_CHECK(added == a.checkedAdd(b).has_value());
    FUZZ_CHECK(sum == (added ? *a.checkedAdd(b) : a));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The whole input as text for the parser.
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const base::Result<Money> parsed = Money::parse(text);
    const std::optional<qint64> expected = referencePico(text);
    FUZZ_CHECK(parsed.ok() == expected.has_value());
    if (parsed.ok()) {
        FUZZ_CHECK(parsed->pico() == *expected);
        checkRoundTrip(*parsed);
    } else {
        FUZZ_CHECK(parsed.error().code == QLatin1String("invalid_money"));
    }

    // The first sixteen bytes as two amounts, for formatting and arithmetic.
    if (size >= 2 * sizeof(qint64)) {
        qint64 a = 0;
        qint64 b = 0;
        std::memcpy(&a, data, sizeof a);
        std::memcpy(&b, data + sizeof a, sizeof b);
        checkRoundTrip(Money::fromPico(a));
        checkArithmetic(Money::fromPico(a), Money::fromPico(b));
    }
    return 0;
}
