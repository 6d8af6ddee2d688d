#pragma once

#include "payi/Limit.h"

#include <QString>

#include <functional>
#include <optional>

namespace gui {

// The window's words for a document request block limits refused (the server's 429, whose
// message is a payi::BlockedCall's description): the limits by name, money by moneyText, the
// worst-case reservation in one plain sentence, and a link to Help ▸ How tracking works at the
// section on limits. A pure function, table-tested in tests/gui/tst_documentcost.cpp.
struct BlockedCallText
{
    QString rich;  // for a label: the sentence with its link
    QString plain; // for the status bar and the message log: the link as "(Help ▸ How tracking works, F1)"
};

using LimitOf = std::function<std::optional<payi::Limit>(const QString &id)>;

// action is what was refused ("Create", "Append"); typicalCost, what such a call has cost on
// average so far (none yet: left out).
BlockedCallText blockedCallText(const QString &action, const payi::BlockedCall &blocked, const LimitOf &limitOf,
                                std::optional<payi::Money> typicalCost);

} // namespace gui
