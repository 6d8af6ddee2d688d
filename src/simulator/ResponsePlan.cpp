#include "simulator/ResponsePlan.h"

#include "base/JsonText.h"
#include "providers/TokenEstimate.h"

#include <charconv>

namespace simulator {

namespace {

void appendNumber(QByteArray &bytes, qint64 value)
{
    char digits[24];
    const std::to_chars_result end = std::to_chars(digits, digits + sizeof digits, value);
    bytes.append(digits, end.ptr - digits);
}

} // namespace

QJsonObject ResponsePlan::usage() const
{
    return QJsonObject{
        {QLatin1String("prompt_tokens"), promptTokens},
        {QLatin1String("completion_tokens"), completionTokens()},
        {QLatin1String("total_tokens"), promptTokens + completionTokens()},
        {QLatin1String("prompt_tokens_details"),
         QJsonObject{{QLatin1String("cached_tokens"), cachedTokens}, {QLatin1String("audio_tokens"), 0}}},
        {QLatin1String("completion_tokens_details"), QJsonObject{{QLatin1String("reasoning_tokens"), reasoningTokens},
                                                                 {QLatin1String("audio_tokens"), 0},
                                                                 {QLatin1String("accepted_prediction_tokens"), 0},
                                                                 {QLatin1String("rejected_prediction_tokens"), 0}}},
    };
}

int ResponsePlan::totalLatencyMs() const
{
    return firstTokenDelayMs + int(pieces) * perTokenMs;
}

// The answers are written out rather than built as QJsonObjects: at thousands of answers
// (and a hundred thousand stream chunks) a second, QJsonObject was a third of the model
// thread's time. The fields come in OpenAI's own order, where a QJsonObject sorts them.
void ResponsePlan::appendUsage(QByteArray &bytes) const
{
    bytes += "{\"prompt_tokens\":";
    appendNumber(bytes, promptTokens);
    bytes += ",\"completion_tokens\":";
    appendNumber(bytes, completionTokens());
    bytes += ",\"total_tokens\":";
    appendNumber(bytes, promptTokens + completionTokens());
    bytes += ",\"prompt_tokens_details\":{\"cached_tokens\":";
    appendNumber(bytes, cachedTokens);
    bytes += ",\"audio_tokens\":0},\"completion_tokens_details\":{\"reasoning_tokens\":";
    appendNumber(bytes, reasoningTokens);
    bytes += ",\"audio_tokens\":0,\"accepted_prediction_tokens\":0,\"rejected_prediction_tokens\":0}}";
}

// "{"id":…,"object":…,"created":…,"model":…": how every object of this answer begins.
void ResponsePlan::appendHead(QByteArray &bytes, QLatin1StringView object) const
{
    bytes += "{\"id\":";
    base::appendJsonString(bytes, id);
    bytes += ",\"object\":\"";
    bytes += object;
    bytes += "\",\"created\":";
    appendNumber(bytes, created);
    bytes += ",\"model\":";
    base::appendJsonString(bytes, model);
}

QByteArray ResponsePlan::completionBody() const
{
    QByteArray bytes;
    bytes.reserve(640 + text.size() * 6); // appendJsonString wants room for escapes
    appendHead(bytes, QLatin1StringView("chat.completion"));
    bytes += ",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":";
    base::appendJsonString(bytes, text);
    bytes += ",\"refusal\":null},\"logprobs\":null,\"finish_reason\":";
    base::appendJsonString(bytes, finishReason);
    bytes += "}],\"usage\":";
    appendUsage(bytes);
    bytes += ",\"service_tier\":\"default\",\"system_fingerprint\":null}";
    return endsAbruptly() ? bytes.left(bytes.size() / 2) : bytes;
}

QList<ResponsePlan::StreamEvent> ResponsePlan::streamEvents() const
{
    // Every chunk is this head, its delta, and this tail.
    QByteArray head;
    appendHead(head, QLatin1StringView("chat.completion.chunk"));
    head += ",\"system_fingerprint\":null,\"choices\":[{\"index\":0,\"delta\":";
    const QByteArray tail = includeUsage ? QByteArrayLiteral("}],\"usage\":null}") : QByteArrayLiteral("}]}");
    const auto chunk = [&head, &tail](QByteArrayView delta, QByteArrayView finish) {
        QByteArray bytes;
        bytes.reserve(head.size() + delta.size() + finish.size() + tail.size() + 32);
        bytes += head;
        bytes += delta;
        bytes += ",\"logprobs\":null,\"finish_reason\":";
        bytes += finish;
        bytes += tail;
        return bytes;
    };
    const auto content = [](const QString &piece) {
        QByteArray delta("{\"content\":");
        base::appendJsonString(delta, piece);
        delta += '}';
        return delta;
    };

    QList<StreamEvent> events;
    events.append({firstTokenDelayMs, chunk("{\"role\":\"assistant\",\"content\":\"\",\"refusal\":null}", "null")});
    const QStringList tokens = providers::splitIntoTokens(text);
    const qsizetype cut = fault == FaultKind::StreamCut || fault == FaultKind::MalformedBody
                              ? qMin<qsizetype>(cutAfterPieces, tokens.size())
                              : tokens.size();
    events.reserve(cut + 4);
    for (qsizetype i = 0; i < cut; ++i)
        events.append({firstTokenDelayMs + int(i + 1) * perTokenMs, chunk(content(tokens[i]), "null")});
    const int endMs = firstTokenDelayMs + int(cut + 1) * perTokenMs;
    if (fault == FaultKind::MalformedBody) {
        events.append({endMs, "{\"id\": \"" + id.toUtf8() + "\", \"choices\": [{\"delta\": {\"content"});
        return events;
    }
    if (fault == FaultKind::StreamCut)
        return events;
    QByteArray finish;
    base::appendJsonString(finish, finishReason);
    events.append({endMs, chunk("{}", finish)});
    if (includeUsage) {
        QByteArray usageChunk;
        appendHead(usageChunk, QLatin1StringView("chat.completion.chunk"));
        usageChunk += ",\"system_fingerprint\":null,\"choices\":[],\"usage\":";
        appendUsage(usageChunk);
        usageChunk += '}';
        events.append({endMs, std::move(usageChunk)});
    }
    events.append({endMs, QByteArrayLiteral("[DONE]")});
    return events;
}

bool ResponsePlan::endsAbruptly() const
{
    return fault == FaultKind::StreamCut || fault == FaultKind::MalformedBody;
}

} // namespace simulator
