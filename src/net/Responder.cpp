#include "net/Responder.h"

#include "net/Exchange.h"

namespace net {

Responder::Responder(std::shared_ptr<Exchange> exchange) : m_exchange(std::move(exchange)) {}

bool Responder::send(const HttpResponse &response) const
{
    return m_exchange && m_exchange->answer(response);
}

SseWriter Responder::startEventStream(const HttpHeaders &extraHeaders) const
{
    if (!m_exchange || !m_exchange->beginStream(extraHeaders))
        return SseWriter();
    return SseWriter(m_exchange);
}

bool Responder::isAnswered() const
{
    return m_exchange && m_exchange->isAnswered();
}

bool Responder::isConnected() const
{
    return m_exchange && m_exchange->isConnected();
}

} // namespace net
