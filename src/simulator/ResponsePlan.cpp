#include "simulator/ResponsePlan.h"

#include "base/JsonText.h"
#include "providers/TokenEstimate.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <charconv>

namespace simulator {

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
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

QByteArray ResponsePlan::completionBody() const
{
    // Written out rather than built as a QJsonObject: at thousands of answers a second this
    // was a third of the model thread's time. The fields come in OpenAI's own order.
    QByteArray bytes;
    bytes.reserve(640 + text.size() * 6); // appendJsonString wants room for escapes
    const auto number = [&bytes](qint64 value) {
        char digits[24];
        const std::to_chars_result end = std::to_chars(digits, digits + sizeof digits, value);
        bytes.append(digits, end.ptr - digits);
    };
    bytes += "{\"id\":";
    base::appendJsonString(bytes, id);
    bytes += ",\"object\":\"chat.completion\",\"created\":";
    number(created);
    bytes += ",\"model\":";
    base::appendJsonString(bytes, model);
    bytes += ",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":";
    base::appendJsonString(bytes, text);
    bytes += ",\"refusal\":null},\"logprobs\":null,\"finish_reason\":";
    base::appendJsonString(bytes, finishReason);
    bytes += "}],\"usage\":{\"prompt_tokens\":";
    number(promptTokens);
    bytes += ",\"completion_tokens\":";
    number(completionTokens());
    bytes += ",\"total_tokens\":";
    number(promptTokens + completionTokens());
    bytes += ",\"prompt_tokens_details\":{\"cached_tokens\":";
    number(cachedTokens);
    bytes += ",\"audio_tokens\":0},\"completion_tokens_details\":{\"reasoning_tokens\":";
    number(reasoningTokens);
    bytes += ",\"audio_tokens\":0,\"accepted_prediction_tokens\":0,"
             "\"rejected_prediction_tokens\":0}},\"service_tier\":\"default\","
             "\"system_fingerprint\":null}";
    return endsAbruptly() ? bytes.left(bytes.size() / 2) : bytes;
}

QList<ResponsePlan::StreamEvent> ResponsePlan::streamEvents() const
{
    auto chunk = [this](const QJsonObject &delta, const QJsonValue &finish) {
        QJsonObject object{
            {QLatin1String("id"), id},
            {QLatin1String("object"), QLatin1String("chat.completion.chunk")},
            {QLatin1String("created"), created},
            {QLatin1String("model"), model},
            {QLatin1String("system_fingerprint"), QJsonValue::Null},
            {QLatin1String("choices"), QJsonArray{QJsonObject{{QLatin1String("index"), 0},
                                                              {QLatin1String("delta"), delta},
                                                              {QLatin1String("logprobs"), QJsonValue::Null},
                                                              {QLatin1String("finish_reason"), finish}}}},
        };
        if (includeUsage)
            object.insert(QLatin1String("usage"), QJsonValue::Null);
        return compact(object);
    };

    QList<StreamEvent> events;
    events.append({firstTokenDelayMs, chunk(QJsonObject{{QLatin1String("role"), QLatin1String("assistant")},
                                                        {QLatin1String("content"), QString()},
                                                        {QLatin1String("refusal"), QJsonValue::Null}},
                                            QJsonValue::Null)});
    const QStringList tokens = providers::splitIntoTokens(text);
    const qsizetype cut = fault == FaultKind::StreamCut || fault == FaultKind::MalformedBody
                              ? qMin<qsizetype>(cutAfterPieces, tokens.size())
                              : tokens.size();
    for (qsizetype i = 0; i < cut; ++i) {
        events.append({firstTokenDelayMs + int(i + 1) * perTokenMs,
                       chunk(QJsonObject{{QLatin1String("content"), tokens[i]}}, QJsonValue::Null)});
    }
    const int endMs = firstTokenDelayMs + int(cut + 1) * perTokenMs;
    if (fault == FaultKind::MalformedBody) {
        events.append({endMs, "{\"id\": \"" + id.toUtf8() + "\", \"choices\": [{\"delta\": {\"content"});
        return events;
    }
    if (fault == FaultKind::StreamCut)
        return events;
    events.append({endMs, chunk(QJsonObject(), finishReason)});
    if (includeUsage) {
        events.append({endMs, compact(QJsonObject{{QLatin1String("id"), id},
                                                  {QLatin1String("object"), QLatin1String("chat.completion.chunk")},
                                                  {QLatin1String("created"), created},
                                                  {QLatin1String("model"), model},
                                                  {QLatin1String("system_fingerprint"), QJsonValue::Null},
                                                  {QLatin1String("choices"), QJsonArray()},
                                                  {QLatin1String("usage"), usage()}})});
    }
    events.append({endMs, QByteArrayLiteral("[DONE]")});
    return events;
}

bool ResponsePlan::endsAbruptly() const
{
    return fault == FaultKind::StreamCut || fault == FaultKind::MalformedBody;
}

} // namespace simulator
