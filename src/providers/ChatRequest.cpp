#include "providers/ChatRequest.h"

namespace providers {

namespace {

const QLatin1String MaxTokens("max_tokens");
const QLatin1String MaxCompletionTokens("max_completion_tokens");
const QLatin1String StreamOptions("stream_options");
const QLatin1String IncludeUsage("include_usage");

} // namespace

QJsonArray ChatRequest::messagesJson() const
{
    QJsonArray array;
    for (const ChatMessage &message : messages) {
        array.append(QJsonObject{{QLatin1String("role"), message.role},
                                 {QLatin1String("content"), message.content}});
    }
    return array;
}

qint64 ChatRequest::maxOutputTokens() const
{
    qint64 cap = maxTokens.value_or(0);
    for (const QLatin1String key : {MaxTokens, MaxCompletionTokens}) {
        const qint64 given = extraBody.value(key).toInteger(0);
        if (given > 0)
            cap = cap > 0 ? qMin(cap, given) : given;
    }
    return cap;
}

QJsonObject ChatRequest::body(qint64 outputCap) const
{
    QJsonObject json = extraBody;
    json.insert(QLatin1String("model"), model);
    json.insert(QLatin1String("messages"), messagesJson());
    qint64 cap = maxOutputTokens();
    if (outputCap > 0)
        cap = cap > 0 ? qMin(cap, outputCap) : outputCap;
    if (cap > 0) {
        const QLatin1String key =
            json.contains(MaxCompletionTokens) ? MaxCompletionTokens : MaxTokens;
        json.insert(key, cap);
    }
    if (stream) {
        json.insert(QLatin1String("stream"), true);
        QJsonObject options = json.value(StreamOptions).toObject();
        options.insert(IncludeUsage, true);
        json.insert(StreamOptions, options);
    } else {
        json.remove(QLatin1String("stream"));
        json.remove(StreamOptions);
    }
    return json;
}

bool ChatRequest::callerWantsUsage() const
{
    return extraBody.value(StreamOptions).toObject().value(IncludeUsage).toBool();
}

payi::Params ChatRequest::callHeaders() const
{
    payi::Params params = headers;
    params.overlay(paramsFromProxyHeaders(extraHeaders));
    return params;
}

} // namespace providers
