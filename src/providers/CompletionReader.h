#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace providers {

// The fields of a chat completion that a call keeps, read straight from the provider's
// text. QJsonDocument::fromJson built the whole document (every string as UTF-16) to keep
// five values: a sixth of the provider thread's time under load.
struct CompletionFields
{
    QString id;
    QString model;
    QString content;      // choices[0].message.content
    QString finishReason; // choices[0].finish_reason
    QByteArrayView usage; // the text of the "usage" object; empty when there is none
};

// The fields of `text` when it is a JSON object with a non-empty "choices" array, each
// exactly as QJsonObject would give it (a field of another type reads as "", a repeated
// key as its last value). nullopt means "not sure": anything else, and whatever this reader
// declines (escaped keys, lone surrogates, deep nesting, exponents), is for QJsonDocument
// to judge. It never accepts a text that QJsonDocument refuses.
std::optional<CompletionFields> readCompletion(QByteArrayView text);

} // namespace providers
