#include "providers/ChatRequest.h"

#include "base/JsonText.h"

#include <QJsonDocument>

namespace providers {

namespace {

const QLatin1String MaxTokens("max_tokens");
const QLatin1String MaxCompletionTokens("max_completion_tokens");
const QLatin1String StreamOptions("stream_options");
const QLatin1String IncludeUsage("include_usage");

} // namespace

QString maxTokensSettingName(MaxTokensSetting setting)
{
    switch (setting) {
    case MaxTokensSetting::MaxTokens:
        return MaxTokens;
    case MaxTokensSetting::MaxCompletionTokens:
        return MaxCompletionTokens;
    case MaxTokensSetting::Auto:
        break;
    }
    return QStringLiteral("auto");
}

std::optional<MaxTokensSetting> maxTokensSettingFromName(QStringView name)
{
    for (const MaxTokensSetting setting :
         {MaxTokensSetting::Auto, MaxTokensSetting::MaxTokens, MaxTokensSetting::MaxCompletionTokens}) {
        if (name == maxTokensSettingName(setting))
            return setting;
    }
    return std::nullopt;
}

QJsonArray ChatRequest::messagesJson() const
{
    QJsonArray array;
    for (const ChatMessage &message : messages) {
        array.append(QJsonObject{{QLatin1String("role"), message.role}, {QLatin1String("content"), message.content}});
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

qint64 ChatRequest::sentMaxTokens(qint64 outputCap) const
{
    const qint64 cap = maxOutputTokens();
    if (outputCap > 0)
        return cap > 0 ? qMin(cap, outputCap) : outputCap;
    return cap;
}

std::optional<payi::MaxTokensParameter> ChatRequest::callerMaxTokensParameter() const
{
    const bool namesMaxTokens = extraBody.contains(MaxTokens);
    if (namesMaxTokens == extraBody.contains(MaxCompletionTokens))
        return std::nullopt;
    return namesMaxTokens ? payi::MaxTokensParameter::MaxTokens : payi::MaxTokensParameter::MaxCompletionTokens;
}

QJsonObject ChatRequest::body(qint64 outputCap, payi::MaxTokensParameter parameter) const
{
    QJsonObject json = extraBody;
    json.insert(QLatin1String("model"), model);
    json.insert(QLatin1String("messages"), messagesJson());
    const qint64 cap = sentMaxTokens(outputCap);
    if (cap > 0) {
        json.remove(MaxTokens);
        json.remove(MaxCompletionTokens);
        json.insert(payi::maxTokensParameterName(parameter), cap);
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

QByteArray ChatRequest::bodyText(qint64 outputCap, payi::MaxTokensParameter parameter) const
{
    if (!extraBody.isEmpty())
        return QJsonDocument(body(outputCap, parameter)).toJson(QJsonDocument::Compact);
    // Without other fields, the same JSON written directly: every call pays for it on the
    // server's thread, and QJsonObject's tree of the prompt cost more than the writing.
    QByteArray out;
    qsizetype size = model.size() + 96;
    for (const ChatMessage &message : messages)
        size += 3 * (message.role.size() + message.content.size()) / 2 + 32;
    out.reserve(size);
    out += '{';
    // In the order QJsonDocument writes keys: "max_completion_tokens" and "max_tokens" come
    // before "messages".
    if (const qint64 cap = sentMaxTokens(outputCap); cap > 0) {
        const QLatin1String key = payi::maxTokensParameterName(parameter);
        out += '"';
        out.append(key.data(), key.size());
        out += "\":" + QByteArray::number(cap) + ',';
    }
    out += "\"messages\":[";
    for (const ChatMessage &message : messages) {
        if (out.back() == '}')
            out += ',';
        out += "{\"content\":";
        base::appendJsonString(out, message.content);
        out += ",\"role\":";
        base::appendJsonString(out, message.role);
        out += '}';
    }
    out += "],\"model\":";
    base::appendJsonString(out, model);
    if (stream)
        out += ",\"stream\":true,\"stream_options\":{\"include_usage\":true}";
    out += '}';
    return out;
}

bool ChatRequest::callerWantsUsage() const
{
    return extraBody.value(StreamOptions).toObject().value(IncludeUsage).toBool();
}

base::Result<payi::Params> ChatRequest::callHeaders() const
{
    const base::Result<payi::Params> fromHeaders = paramsFromProxyHeaders(extraHeaders);
    if (!fromHeaders)
        return fromHeaders.error();
    payi::Params params = headers;
    params.overlay(*fromHeaders);
    return params;
}

} // namespace providers
