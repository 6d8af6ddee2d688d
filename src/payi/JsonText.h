#pragma once

#include <QByteArray>
#include <QStringView>

namespace payi {

// Appends text as a JSON string, quotes included (RFC 8259: UTF-8; quote, backslash and
// control characters escaped; half a surrogate pair as its \u escape, as QJsonDocument
// writes it). For the hot paths that write JSON directly rather than
// through QJsonObject: the ledger's stored columns and the simulated model's answers.
void appendJsonString(QByteArray &out, QStringView text);

} // namespace payi
