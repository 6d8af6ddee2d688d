#pragma once

#include "payi/Money.h"

#include <QString>

namespace gui {

// Money as the window shows it, everywhere (tree, status bar, chart, messages, dialogs): "$",
// at least two decimals, and as many more as three significant digits need, rounded half away
// from zero: a call's $0.00443, a worst case's $0.0617, a budget's $10.00. Down to a
// pico-dollar, so a tiny cost never reads as zero.
QString moneyText(payi::Money money);

// The same for an amount in USD as a double (a chart's axis).
QString moneyText(double usd);

} // namespace gui
