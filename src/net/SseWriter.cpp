#include "net/SseWriter.h"

#include "net/Exchange.h"

namespace net {

namespace {

QByteArray singleLine(QByteArrayView text)
{
    QByteArray line = text.toByteArray();
    line.replace('\r', QByteArray()).replace('\n', QByteArray());
    return line;
}

void appendEvent(QByteArray &payload, QByteArrayView data, QByteArrayView event = {}, QByteArrayView id = {})
{
    if (!event.isEmpty())
        payload += "event: " + singleLine(event) + '\n';
    if (!id.isEmpty())
        payload += "id: " + singleLine(id) + '\n';
    // The common case, one line (a JSON text): no copy but into the payload.
    if (!data.contains('\n') && !data.contains('\r')) {
        payload += "data: ";
        payload += data;
        payload += "\n\n";
        return;
    }
    // CRLF, CR and LF all end a line in an event stream; normalise to LF and split.
    QByteArray normalised = data.toByteArray();
    normalised.replace("\r\n", "\n").replace('\r', '\n');
    for (const QByteArray &line : normalised.split('\n'))
        payload += "data: " + line + '\n';
    payload += '\n';
}

} // namespace

SseWriter::SseWriter(std::shared_ptr<Exchange> exchange) : m_exchange(std::move(exchange)) {}

bool SseWriter::sendEvent(QByteArrayView data, QByteArrayView event, QByteArrayView id) const
{
    if (!m_exchange)
        return false;
    QByteArray payload;
    appendEvent(payload, data, event, id);
    return m_exchange->writeStream(payload);
}

bool SseWriter::sendEvents(const QList<QByteArray> &data) const
{
    if (!m_exchange)
        return false;
    QByteArray payload;
    for (const QByteArray &one : data)
        appendEvent(payload, one);
    return m_exchange->writeStream(payload);
}

bool SseWriter::sendComment(QByteArrayView text) const
{
    return m_exchange && m_exchange->writeStream(": " + singleLine(text) + "\n\n");
}

void SseWriter::end() const
{
    if (m_exchange)
        m_exchange->endStream();
}

bool SseWriter::isOpen() const
{
    return m_exchange && m_exchange->isStreaming() && m_exchange->isConnected();
}

} // namespace net
