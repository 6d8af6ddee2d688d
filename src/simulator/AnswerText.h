#pragma once

#include "simulator/Draw.h"

#include <QJsonArray>
#include <QString>

namespace simulator {

// The text the simulated model answers messages with. For an edit prompt (a user message
// "Existing document:\n...\n\nText to append:\n...", or a system or developer message about
// "editing an existing document") it is the whole document with the text appended and a
// closing line in the document's voice: its own words, from a small word model. For any
// other prompt it is a short poem of two stanzas about the last user message's words.
// draw makes every choice: the same draw and messages always give the same text.
QString answerText(const QJsonArray &messages, Draw &draw);

} // namespace simulator
