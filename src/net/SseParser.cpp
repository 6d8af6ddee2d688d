#include "net/SseParser.h"

namespace net {

QList<SseEvent> SseParser::feed(QByteArrayView bytes)
{
    QList<SseEvent> events;
    qsizetype start = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c == '\n' && m_skipLineFeed) {
            m_skipLineFeed = false;
            start = i + 1;
            continue;
        }
        m_skipLineFeed = false;
        if (c != '\n' && c != '\r')
            continue;
        m_line.append(bytes.sliced(start, i - start));
        processLine(m_line, &events);
        m_line.clear();
        m_skipLineFeed = c == '\r';
        start = i + 1;
    }
    m_line.append(bytes.sliced(start));
    return events;
}

bool SseParser::hasPendingEvent() const
{
    return m_hasData || !m_line.isEmpty();
}

void SseParser::processLine(QByteArrayView line, QList<SseEvent> *events)
{
    if (line.isEmpty()) {
        if (m_hasData) {
            m_pending.data.chop(1); // the '\n' after the last data line
            events->append(m_pending);
        }
        m_pending.event.clear();
        m_pending.data.clear();
        m_hasData = false;
        return;
    }
    if (line.startsWith(':'))
        return;
    const qsizetype colon = line.indexOf(':');
    const QByteArrayView field = colon < 0 ? line : line.first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
    if (value.startsWith(' '))
        value = value.sliced(1);
    if (field == "data") {
        m_pending.data.append(value);
        m_pending.data.append('\n');
        m_hasData = true;
    } else if (field == "event") {
        m_pending.event = value.toByteArray();
    } else if (field == "id" && !value.contains('\0')) {
        m_pending.id = value.toByteArray();
    }
}

} // namespace net
