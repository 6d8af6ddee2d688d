#pragma once

#include "providers/ChatRequest.h"

#include <QJsonArray>
#include <QStringList>
#include <QStringView>

namespace providers {

// Costbench's stand-in for a BPE tokenizer, used by the simulated model and to estimate
// what a cut stream consumed. The approximation of cl100k/o200k on English text:
// - a word is one token per started six letters ("approximation" is three);
// - digits go in groups of up to three; every other symbol is one token;
// - letters of scripts beyond Latin are one token each;
// - a single space before a word, number or symbol belongs to that token; a run of
//   line breaks is one token, as is any other run of white space.
// That gives about 1.3 tokens per English word, close to OpenAI's "a token is about four
// characters". Every token holds at least one character, so the count never exceeds the
// UTF-8 byte count, as with byte-level BPE. The split is lossless: joining gives the text.
QStringList splitIntoTokens(QStringView text);
qint64 estimateTokens(QStringView text);
// The length of the token that starts at i (i < text.size()): walks the split without
// making strings.
qsizetype tokenLengthAt(QStringView text, qsizetype i);

// The text of a chat message's content: a string, or the "text" parts of an array.
QString messageText(const QJsonValue &content);

// Prompt tokens of chat messages as OpenAI counts them: three per message, one for the
// role, the content's tokens, and three that prime the reply.
qint64 estimatePromptTokens(const QJsonArray &messages);

// A true upper bound on the prompt tokens of any byte-level BPE tokenizer: UTF-8 bytes of
// every content and role, plus four per message and three for the reply's priming.
qint64 promptTokenUpperBound(const QList<ChatMessage> &messages);

} // namespace providers
