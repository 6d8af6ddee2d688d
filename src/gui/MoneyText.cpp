#include "gui/MoneyText.h"

#include <cstdlib>

namespace gui {

QString moneyText(payi::Money money)
{
    constexpr qint64 PicoPerMicro = 1'000'000;
    const qint64 pico = money.pico();
    if (pico != 0 && std::llabs(pico) < PicoPerMicro)
        return QStringLiteral("$") + money.toString();
    const qint64 micro = (std::llabs(pico) + PicoPerMicro / 2) / PicoPerMicro;
    return QStringLiteral("%1$%2.%3")
        .arg(pico < 0 ? QStringLiteral("-") : QString())
        .arg(micro / 1'000'000)
        .arg(micro % 1'000'000, 6, 10, QLatin1Char('0'));
}

} // namespace gui
