#include "base/JsonText.h"

#include <QJsonDocument>
#include <QStringDecoder>

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace base {

void appendJsonString(QByteArray &out, QStringView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    // Written through a pointer into room for the longest outcome (every unit a \u escape),
    // then cut to length: appending byte by byte cost more than the rest of an answer.
    const qsizetype start = out.size();
    out.resize(start + 2 + 6 * text.size());
    char *p = out.data() + start;
    const auto escape = [&p](char16_t unit) {
        *p++ = '\\';
        *p++ = 'u';
        for (int shift = 12; shift >= 0; shift -= 4)
            *p++ = hex[(unit >> shift) & 0xF];
    };
    *p++ = '"';
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80) {
            const char plain = char(c);
            switch (c) {
            case u'"':
            case u'\\':
                *p++ = '\\';
                *p++ = plain;
                break;
            case u'\n':
                *p++ = '\\';
                *p++ = 'n';
                break;
            case u'\r':
                *p++ = '\\';
                *p++ = 'r';
                break;
            case u'\t':
                *p++ = '\\';
                *p++ = 't';
                break;
            default:
                if (c < 0x20)
                    escape(c);
                else
                    *p++ = plain;
            }
        } else if (c < 0x800) {
            *p++ = char(0xC0 | (c >> 6));
            *p++ = char(0x80 | (c & 0x3F));
        } else if (QChar::isHighSurrogate(c) && i + 1 < n && text[i + 1].isLowSurrogate()) {
            const char32_t code = QChar::surrogateToUcs4(c, text[++i].unicode());
            *p++ = char(0xF0 | (code >> 18));
            *p++ = char(0x80 | ((code >> 12) & 0x3F));
            *p++ = char(0x80 | ((code >> 6) & 0x3F));
            *p++ = char(0x80 | (code & 0x3F));
        } else if (QChar::isSurrogate(c)) {
            escape(c); // half a pair: kept as its escape, as QJsonDocument writes it
        } else {
            *p++ = char(0xE0 | (c >> 12));
            *p++ = char(0x80 | ((c >> 6) & 0x3F));
            *p++ = char(0x80 | (c & 0x3F));
        }
    }
    *p++ = '"';
    out.resize(p - out.constData());
}

JsonWriter &JsonWriter::value(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return raw(value.toBool() ? "true" : "false");
    case QJsonValue::Double: {
        // An integer (or a double with an integral value in range) is written as an integer.
        const double d = value.toDouble();
        const qint64 integer = value.toInteger();
        if (double(integer) == d)
            return item(integer);
        return raw(std::isfinite(d) ? QByteArray::number(d, 'g', QLocale::FloatingPointShortest) : QByteArray("null"));
    }
    case QJsonValue::String:
        return item(value.toString());
    case QJsonValue::Array: {
        open('[');
        const QJsonArray array = value.toArray();
        for (const QJsonValue &element : array)
            this->value(element);
        return close(']');
    }
    case QJsonValue::Object: {
        open('{');
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            key(it.key()).value(it.value());
        return close('}');
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return raw("null");
}

Result<QJsonObject> readJsonObject(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return Error{QStringLiteral("invalid_json"), QStringLiteral("the body is empty: send a JSON object")};
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8(body);
    if (utf8.hasError())
        return Error{QStringLiteral("invalid_utf8"), QStringLiteral("the body is not valid UTF-8")};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Error{
            QStringLiteral("invalid_json"),
            QStringLiteral("the body is not valid JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset)};
    if (!doc.isObject())
        return Error{QStringLiteral("invalid_json"), QStringLiteral("the body must be a JSON object")};
    return doc.object();
}

} // namespace base
