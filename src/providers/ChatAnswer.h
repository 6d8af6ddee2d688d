#pragma once

#include "net/PlainHttpTransport.h"
#include "net/SseParser.h"
#include "providers/ChatResponse.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace providers {

// One call's answer, read as it arrives: a non-stream or error body gathered whole, a
// stream's chunks read into the response one by one. It sends nothing and records nothing:
// it says what the answer came to, and the client passes that on and records it.
class ChatAnswer
{
public:
    // Why a call ends without a response.
    struct Failure
    {
        // timeout, http_error, malformed_response, stream_cut, connection_refused or
        // network_error.
        QString kind;
        QString description; // for a person; may quote the provider's answer
        // A stream cut or stalled after the provider answered consumed what was counted:
        // whether the units so far are recorded (when the status was 2xx).
        bool withUnits = false;
    };

    // What one stream event brought.
    struct Event
    {
        std::optional<Failure> failure; // a chunk that is not JSON, or an error chunk
        QJsonObject chunk;              // the chat.completion.chunk; empty for [DONE] and after it
        QString delta;                  // choices[0].delta.content, possibly empty
        bool usageOnly = false;         // usage without choices: the chunk Costbench asks for
        bool firstToken = false;        // the first delta with content
    };

    explicit ChatAnswer(bool stream) : m_stream(stream) {}

    // Takes bytes as they arrive, with the status. A non-stream answer, or one whose status
    // is not 2xx, is kept whole (received()); a stream's bytes come back as the events they
    // complete, for readEvent() in order.
    QList<net::SseEvent> receive(int status, const QByteArray &bytes);
    // Reads one stream event's data into the response.
    Event readEvent(const QByteArray &data);
    // What the answer came to when its exchange ended: nullopt when response() is whole,
    // else why not. timeoutMs: the client's, named in a time-out's description.
    std::optional<Failure> end(int status, const net::ExchangeEnd &end, int timeoutMs);

    int status() const { return m_status; }
    // A non-stream body, or an error body.
    const QByteArray &received() const { return m_received; }
    // Stream chunks that carried content: a stream's output tokens.
    qint64 contentChunks() const { return m_contentChunks; }
    ChatResponse &response() { return m_response; }

private:
    // The whole non-stream body read into the response, or why it is not a chat completion.
    std::optional<Failure> readCompletionBody();

    bool m_stream;
    int m_status = 0;
    QByteArray m_received;
    net::SseParser m_parser;
    bool m_sawDone = false;
    bool m_firstToken = false;
    qint64 m_contentChunks = 0;
    ChatResponse m_response;
};

} // namespace providers
