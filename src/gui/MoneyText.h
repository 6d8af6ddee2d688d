#pragma once

#include "payi/Money.h"

#include <QString>

namespace gui {

// Money as the window shows it: "$0.004125". Amounts under a micro-dollar keep every
// digit so that a tiny cost never reads as zero.
QString moneyText(payi::Money money);

} // namespace gui
