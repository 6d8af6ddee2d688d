#pragma once

#include "payi/Params.h"
#include "payi/PriceTable.h"
#include "payi/TrackContext.h"
#include "providers/ProxyHeaders.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace providers {

// Which parameter carries a call's output cap (ChatClient::setMaxTokensSetting): "auto", as
// the model takes it (OpenAI refuses max_tokens for the gpt-5 family and the o-series), or
// always "max_tokens" or always "max_completion_tokens", for OpenAI-compatible servers that
// differ.
enum class MaxTokensSetting : quint8 { Auto, MaxTokens, MaxCompletionTokens };
QString maxTokensSettingName(MaxTokensSetting setting);
std::optional<MaxTokensSetting> maxTokensSettingFromName(QStringView name);

struct ChatMessage
{
    QString role; // "system", "developer", "user", "assistant"
    QString content;
};

// One chat completions call, as a value.
struct ChatRequest
{
    QString model;
    QList<ChatMessage> messages;
    std::optional<qint64> maxTokens;
    bool stream = false;
    // Other body fields, sent as given (temperature, reasoning_effort, stream_options, ...).
    QJsonObject extraBody;
    // Per-call attribution, the highest precedence (Pay-i's xProxy-* headers). xProxy-*
    // headers in extraHeaders are read too, and win over these.
    payi::Params headers;
    // HTTP headers for the provider. xProxy-* ones are attribution and are not sent.
    HeaderList extraHeaders;
    // The caller's tag for the request that issued the call (kept on the event).
    QString requestId;
    // The scopes the call runs under; by default those in force when complete() is called.
    std::optional<payi::CapturedContext> context;

    QJsonArray messagesJson() const;
    // The request body. outputCap > 0 (the library's cap for a block-limit reservation)
    // lowers or sets the output cap. The cap (sentMaxTokens()) goes out as `parameter`,
    // max_tokens or max_completion_tokens; a max_tokens or max_completion_tokens of
    // extraBody is folded into it. Streams ask for usage (stream_options.include_usage).
    QJsonObject body(qint64 outputCap, payi::MaxTokensParameter parameter = payi::MaxTokensParameter::MaxTokens) const;
    // body() as compact JSON text.
    QByteArray bodyText(qint64 outputCap,
                        payi::MaxTokensParameter parameter = payi::MaxTokensParameter::MaxTokens) const;
    // The output cap the body sends: the request's own, lowered or set by outputCap > 0.
    qint64 sentMaxTokens(qint64 outputCap) const;
    // The parameter the caller named in extraBody, when it named one of the two only.
    std::optional<payi::MaxTokensParameter> callerMaxTokensParameter() const;
    // The max output tokens the request allows, 0 when it sets none.
    qint64 maxOutputTokens() const;
    // Whether the caller itself asked for the usage chunk of a stream.
    bool callerWantsUsage() const;
    // The per-call attribution: headers overlaid with the xProxy-* ones of extraHeaders;
    // paramsFromProxyHeaders's error when those cannot be read.
    base::Result<payi::Params> callHeaders() const;
};

} // namespace providers
