#include "providers/ChatAnswer.h"

#include "providers/CompletionReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace providers {

namespace {

constexpr qsizetype ExcerptBytes = 300;

namespace kind {
const QLatin1String ConnectionRefused("connection_refused");
const QLatin1String Timeout("timeout");
const QLatin1String HttpError("http_error");
const QLatin1String Malformed("malformed_response");
const QLatin1String StreamCut("stream_cut");
const QLatin1String Network("network_error");
} // namespace kind

QString excerpt(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes.left(ExcerptBytes)).simplified();
    if (bytes.size() > ExcerptBytes)
        text += QStringLiteral("...");
    return text;
}

// "HTTP 429: <message> (type: requests, code: rate_limit_exceeded)" from OpenAI's error
// body {"error": {"message", "type", "code"}}, or the body itself when it is not one.
QString providerErrorDescription(int status, const QByteArray &body)
{
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    if (error.isEmpty())
        return QStringLiteral("HTTP %1: %2").arg(status).arg(excerpt(body));
    QString text = QStringLiteral("HTTP %1: %2").arg(status).arg(error.value(QLatin1String("message")).toString());
    QStringList details;
    for (const QLatin1String key : {QLatin1String("type"), QLatin1String("code")}) {
        const QJsonValue value = error.value(key);
        if (value.isString() || value.isDouble())
            details.append(QStringLiteral("%1: %2").arg(key, value.toVariant().toString()));
    }
    if (!details.isEmpty())
        text += QStringLiteral(" (%1)").arg(details.join(QStringLiteral(", ")));
    return text;
}

} // namespace

QList<net::SseEvent> ChatAnswer::receive(int status, const QByteArray &bytes)
{
    m_status = status;
    if (!m_stream || m_status < 200 || m_status >= 300) {
        m_received += bytes;
        return {};
    }
    return m_parser.feed(bytes);
}

ChatAnswer::Event ChatAnswer::readEvent(const QByteArray &data)
{
    Event event;
    if (m_sawDone)
        return event;
    if (data == "[DONE]") {
        m_sawDone = true;
        return event;
    }
    QJsonParseError parseError{};
    QJsonObject chunk = QJsonDocument::fromJson(data, &parseError).object();
    if (parseError.error != QJsonParseError::NoError || chunk.isEmpty()) {
        event.failure = Failure{
            kind::Malformed,
            QStringLiteral("a stream chunk is not a JSON object (%1): %2").arg(parseError.errorString(), excerpt(data)),
            true};
        return event;
    }
    if (chunk.value(QLatin1String("error")).isObject()) {
        event.failure = Failure{kind::HttpError, providerErrorDescription(m_status, data), true};
        return event;
    }
    ChatResponse &r = m_response;
    if (const QString id = chunk.value(QLatin1String("id")).toString(); !id.isEmpty())
        r.id = id;
    if (const QString model = chunk.value(QLatin1String("model")).toString(); !model.isEmpty())
        r.model = model;
    const QJsonValue usage = chunk.value(QLatin1String("usage"));
    if (usage.isObject())
        r.usage = usage.toObject();

    const QJsonArray choices = chunk.value(QLatin1String("choices")).toArray();
    for (const QJsonValue &value : choices) {
        const QJsonObject choice = value.toObject();
        if (choice.value(QLatin1String("index")).toInt() != 0)
            continue;
        event.delta = choice.value(QLatin1String("delta")).toObject().value(QLatin1String("content")).toString();
        const QJsonValue finish = choice.value(QLatin1String("finish_reason"));
        if (finish.isString())
            r.finishReason = finish.toString();
    }
    if (!event.delta.isEmpty()) {
        r.content += event.delta;
        ++m_contentChunks;
        event.firstToken = !m_firstToken;
        m_firstToken = true;
    }
    event.usageOnly = choices.isEmpty() && usage.isObject();
    event.chunk = std::move(chunk);
    return event;
}

std::optional<ChatAnswer::Failure> ChatAnswer::end(int status, const net::ExchangeEnd &end, int timeoutMs)
{
    m_status = status;
    if (end.kind == net::ExchangeEnd::Kind::Timeout)
        return Failure{kind::Timeout, QStringLiteral("no data from the provider for %1 ms").arg(timeoutMs), true};
    if (m_status >= 300)
        return Failure{kind::HttpError, providerErrorDescription(m_status, m_received), false};
    if (end.kind == net::ExchangeEnd::Kind::Malformed)
        return Failure{kind::Malformed, end.description, false};
    if (m_status == 0) {
        const bool refused = end.kind == net::ExchangeEnd::Kind::ConnectionRefused;
        return Failure{refused ? kind::ConnectionRefused : kind::Network, end.description, false};
    }
    if (m_stream) {
        if (m_sawDone)
            return std::nullopt;
        QString why = QStringLiteral("the stream ended before [DONE] after %1 content chunks").arg(m_contentChunks);
        if (end.kind != net::ExchangeEnd::Kind::Complete)
            why += QStringLiteral(" (%1)").arg(end.description);
        return Failure{kind::StreamCut, why, true};
    }
    if (end.kind != net::ExchangeEnd::Kind::Complete) {
        return Failure{kind::Network,
                       QStringLiteral("%1 after %2 bytes of the response").arg(end.description).arg(m_received.size()),
                       false};
    }
    return readCompletionBody();
}

std::optional<ChatAnswer::Failure> ChatAnswer::readCompletionBody()
{
    ChatResponse &r = m_response;
    if (std::optional<CompletionFields> fields = providers::readCompletion(m_received)) {
        r.id = std::move(fields->id);
        r.model = std::move(fields->model);
        r.content = std::move(fields->content);
        r.finishReason = std::move(fields->finishReason);
        if (!fields->usage.isEmpty())
            r.usage = QJsonDocument::fromJson(fields->usage.toByteArray()).object();
        return std::nullopt;
    }
    // What the reader declines: QJsonDocument judges it, and names what is wrong.
    QJsonParseError parseError{};
    const QJsonObject body = QJsonDocument::fromJson(m_received, &parseError).object();
    const QJsonArray choices = body.value(QLatin1String("choices")).toArray();
    if (parseError.error != QJsonParseError::NoError || choices.isEmpty()) {
        return Failure{kind::Malformed,
                       QStringLiteral("the response is not a chat completion (%1): %2")
                           .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                             : QStringLiteral("no choices"),
                                excerpt(m_received)),
                       false};
    }
    r.id = body.value(QLatin1String("id")).toString();
    r.model = body.value(QLatin1String("model")).toString();
    const QJsonObject choice = choices.first().toObject();
    r.content = choice.value(QLatin1String("message")).toObject().value(QLatin1String("content")).toString();
    r.finishReason = choice.value(QLatin1String("finish_reason")).toString();
    r.usage = body.value(QLatin1String("usage")).toObject();
    return std::nullopt;
}

} // namespace providers
