#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace net {

// One server-sent event as the HTML standard defines it.
struct SseEvent
{
    QByteArray event; // the "event:" field; empty means "message"
    QByteArray data;  // "data:" lines joined by '\n'
    QByteArray id;
    friend bool operator==(const SseEvent &, const SseEvent &) = default;
};

// An incremental text/event-stream parser: feed it bytes as they arrive, split anywhere,
// and it returns the events each feed completes. Lines end in LF, CRLF or CR (a CR at the
// end of one feed and an LF at the start of the next are one line end). Comment lines
// (":...") and unknown fields are ignored; an event is dispatched at a blank line and only
// when it carried data. "[DONE]" is ordinary data here: OpenAI's meaning is the caller's.
class SseParser
{
public:
    QList<SseEvent> feed(QByteArrayView bytes);
    // True when bytes of an event not yet completed by a blank line are held.
    bool hasPendingEvent() const;

private:
    void processLine(QByteArrayView line, QList<SseEvent> *events);

    QByteArray m_line;
    bool m_skipLineFeed = false; // the last byte seen was a CR
    SseEvent m_pending;
    bool m_hasData = false;
};

} // namespace net
