#include "providers/TokenEstimate.h"

#include <QJsonObject>

namespace providers {

namespace {

constexpr qsizetype LettersPerToken = 6;
constexpr qsizetype DigitsPerToken = 3;
constexpr qint64 TokensPerMessage = 3;
constexpr qint64 TokensPerRole = 1;
constexpr qint64 ReplyPrimingTokens = 3;
constexpr qint64 BoundPerMessage = 4;

bool isLatinLetter(QChar c)
{
    return c.isLetter() && c.unicode() < 0x0300;
}

bool isLineBreak(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r');
}

// The length of the token that starts at i (after any leading space was taken).
qsizetype tokenBodyLength(QStringView text, qsizetype i)
{
    const qsizetype n = text.size();
    const QChar c = text[i];
    if (isLatinLetter(c)) {
        qsizetype j = i;
        while (j < n && j - i < LettersPerToken && isLatinLetter(text[j]))
            ++j;
        return j - i;
    }
    if (c.isDigit()) {
        qsizetype j = i;
        while (j < n && j - i < DigitsPerToken && text[j].isDigit())
            ++j;
        return j - i;
    }
    if (c.isHighSurrogate() && i + 1 < n && text[i + 1].isLowSurrogate())
        return 2;
    return 1;
}

} // namespace

qsizetype tokenLengthAt(QStringView text, qsizetype i)
{
    const qsizetype n = text.size();
    const QChar c = text[i];
    if (isLineBreak(c)) {
        qsizetype j = i;
        while (j < n && isLineBreak(text[j]))
            ++j;
        return j - i;
    }
    if (c.isSpace()) {
        qsizetype j = i;
        while (j < n && text[j].isSpace() && !isLineBreak(text[j]))
            ++j;
        // One plain space before a non-space starts that token instead.
        if (j - i == 1 && j < n && c == QLatin1Char(' ') && !isLineBreak(text[j]))
            return 1 + tokenBodyLength(text, j);
        // A longer run keeps its last space for the word after it.
        if (j - i > 1 && j < n && text[j - 1] == QLatin1Char(' ') && !isLineBreak(text[j]))
            --j;
        return j - i;
    }
    return tokenBodyLength(text, i);
}

QStringList splitIntoTokens(QStringView text)
{
    QStringList tokens;
    for (qsizetype i = 0, length = 0; i < text.size(); i += length) {
        length = tokenLengthAt(text, i);
        tokens.append(text.mid(i, length).toString());
    }
    return tokens;
}

qint64 estimateTokens(QStringView text)
{
    qint64 count = 0;
    for (qsizetype i = 0; i < text.size(); i += tokenLengthAt(text, i))
        ++count;
    return count;
}

QString messageText(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    QString text;
    const QJsonArray parts = content.toArray();
    for (const QJsonValue &part : parts) {
        const QJsonObject object = part.toObject();
        if (object.value(QLatin1String("type")).toString() == QLatin1String("text"))
            text += object.value(QLatin1String("text")).toString();
    }
    return text;
}

qint64 estimatePromptTokens(const QJsonArray &messages)
{
    qint64 tokens = ReplyPrimingTokens;
    for (const QJsonValue &message : messages) {
        const QJsonObject object = message.toObject();
        tokens +=
            TokensPerMessage + TokensPerRole + estimateTokens(messageText(object.value(QLatin1String("content"))));
    }
    return tokens;
}

qint64 promptTokenUpperBound(const QList<ChatMessage> &messages)
{
    qint64 bound = ReplyPrimingTokens;
    for (const ChatMessage &message : messages)
        bound += BoundPerMessage + message.role.toUtf8().size() + message.content.toUtf8().size();
    return bound;
}

} // namespace providers
