#include "net/Exchange.h"

#include "net/ConnectionLink.h"
#include "net/HttpLog.h"
#include "net/ResponseSink.h"

namespace net {

Exchange::Exchange(std::shared_ptr<ConnectionLink> link, quint64 exchangeId)
    : m_link(std::move(link))
    , m_exchangeId(exchangeId)
{
}

Exchange::~Exchange()
{
    if (m_state.load() == State::Pending && m_link->isConnected()) {
        qCWarning(lcHttp) << "request handler dropped its responder without answering";
        answer(HttpResponse::error(500, QStringLiteral("internal_error"),
                                   QStringLiteral("the request handler did not answer")));
    } else if (m_state.load() == State::Streaming) {
        endStream();
    }
}

bool Exchange::answer(const HttpResponse &response)
{
    if (!transition(State::Pending, State::Answered))
        return false;
    return m_link->post([id = m_exchangeId, response](ResponseSink &connection) { connection.deliver(id, response); });
}

bool Exchange::beginStream(const HttpHeaders &headers)
{
    if (!transition(State::Pending, State::Streaming))
        return false;
    return m_link->post(
        [id = m_exchangeId, headers](ResponseSink &connection) { connection.beginStream(id, headers); });
}

bool Exchange::writeStream(const QByteArray &payload)
{
    if (m_state.load() != State::Streaming)
        return false;
    return m_link->post(
        [id = m_exchangeId, payload](ResponseSink &connection) { connection.writeStream(id, payload); });
}

bool Exchange::endStream()
{
    if (!transition(State::Streaming, State::Ended))
        return false;
    return m_link->post([id = m_exchangeId](ResponseSink &connection) { connection.endStream(id); });
}

bool Exchange::isAnswered() const
{
    return m_state.load() != State::Pending;
}

bool Exchange::isStreaming() const
{
    return m_state.load() == State::Streaming;
}

bool Exchange::isConnected() const
{
    return m_link->isConnected();
}

bool Exchange::transition(State from, State to)
{
    return m_state.compare_exchange_strong(from, to);
}

} // namespace net
