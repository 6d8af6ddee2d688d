#include "gui/MoneyText.h"

#include <cmath>

namespace gui {

QString moneyText(payi::Money money)
{
    constexpr int PicoDecimals = 12;
    const qint64 pico = money.pico();
    const quint64 amount = pico < 0 ? quint64(0) - quint64(pico) : quint64(pico);
    // With d decimals the last digit is worth 10^(12 - d) pico: three significant digits show
    // once the amount reaches a hundred of those.
    int decimals = 2;
    quint64 unit = 10'000'000'000; // 10^(12 - 2)
    while (decimals < PicoDecimals && amount < 100 * unit) {
        ++decimals;
        unit /= 10;
    }
    const quint64 rounded = amount / unit + (amount % unit >= (unit + 1) / 2 ? 1 : 0);
    quint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    QString fraction = QStringLiteral("%1").arg(rounded % scale, decimals, 10, QLatin1Char('0'));
    while (fraction.size() > 2 && fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    return QStringLiteral("%1$%2.%3")
        .arg(pico < 0 ? QStringLiteral("-") : QString())
        .arg(rounded / scale)
        .arg(fraction);
}

QString moneyText(double usd)
{
    return moneyText(payi::Money::fromPico(std::llround(usd * double(payi::Money::PicoPerUsd))));
}

} // namespace gui
