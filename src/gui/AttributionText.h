#pragma once

#include "payi/Attribution.h"

#include <QString>
#include <QStringList>

namespace gui {

// The Pay-i per-call header that sets a field, e.g. "xProxy-User-ID" for user_id and
// "xProxy-Logging-Disable" for log_prompt_and_response.
QString callHeaderName(payi::Field field);
// The 13 per-call headers, in the order of payi::Field.
QStringList callHeaderNames();
// What a call header sent with an empty value does (names match in any case), e.g. "clears
// the field"; "" for a header that is not one of the 13.
QString emptyCallHeaderEffect(const QString &headerName);

// What the context inspector says about one field of a call's attribution: where its value
// came from, and why it holds none (or why the call's header for it was ignored). Short
// texts for the row, whole sentences for the tooltips. Pure: no widgets, no state.
struct FieldExplanation
{
    QString from;         // "global context", "@track", "track_context", "call header xProxy-User-ID", "default"…
    QString fromToolTip;  // the origin as a sentence
    QString note;         // e.g. "cleared by an empty xProxy-User-ID header"; "" without a note
    QString noteToolTip;  // the note as a sentence
    bool cleared = false; // the note says the field was cleared: it holds no value
};
FieldExplanation explainField(payi::Field field, payi::Origin origin, payi::Note note);

} // namespace gui
