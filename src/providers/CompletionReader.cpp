#include "providers/CompletionReader.h"

namespace providers {

namespace {

constexpr int MaxDepth = 64;
constexpr qsizetype MaxText = 16 * 1024 * 1024;
constexpr int MaxIntegerDigits = 15; // converts exactly, as QJsonDocument would

// A strict RFC 8259 reader over the text, which stops (ok() false) at the first thing it
// is not sure QJsonDocument reads the same way.
class Reader
{
public:
    explicit Reader(QByteArrayView text) : m_p(text.data()), m_end(text.data() + text.size()) {}

    bool ok() const { return m_ok; }
    bool atEnd()
    {
        space();
        return m_p == m_end;
    }

    // Calls member(key) at each member's value; member reads the value or skips it.
    template <typename Member>
    bool object(int depth, Member &&member)
    {
        if (!take('{') || depth > MaxDepth)
            return fail();
        if (take('}'))
            return true;
        do {
            QByteArrayView key;
            if (!rawKey(&key) || !take(':') || !member(key))
                return fail();
        } while (take(','));
        return take('}') || fail();
    }

    // Calls element(index) at each element; element reads the value or skips it.
    template <typename Element>
    bool array(int depth, Element &&element)
    {
        if (!take('[') || depth > MaxDepth)
            return fail();
        if (take(']'))
            return true;
        int index = 0;
        do {
            if (!element(index++))
                return fail();
        } while (take(','));
        return take(']') || fail();
    }

    char peek()
    {
        space();
        return m_p < m_end ? *m_p : '\0';
    }

    // A string value into out (decoded), or any other value skipped, which leaves out "".
    bool stringOrSkip(int depth, QString *out)
    {
        out->clear();
        if (peek() == '"')
            return string(out);
        return skip(depth);
    }

    bool skip(int depth)
    {
        switch (peek()) {
        case '{':
            return object(depth + 1, [&](QByteArrayView) { return skip(depth + 1); });
        case '[':
            return array(depth + 1, [&](int) { return skip(depth + 1); });
        case '"':
            return string(nullptr);
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return number();
        }
    }

    // Where the next value starts, and where the last one ended.
    const char *next()
    {
        space();
        return m_p;
    }
    const char *here() const { return m_p; }

private:
    bool fail()
    {
        m_ok = false;
        return false;
    }

    void space()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }

    bool take(char c)
    {
        if (!m_ok || peek() != c)
            return false;
        ++m_p;
        return true;
    }

    bool literal(const char *word)
    {
        const qsizetype n = qsizetype(qstrlen(word));
        if (m_end - m_p < n || QByteArrayView(m_p, n) != QByteArrayView(word, n))
            return fail();
        m_p += n;
        return true;
    }

    // -?(0|[1-9][0-9]{0,14})(\.[0-9]+)?, and no exponent.
    bool number()
    {
        if (m_p < m_end && *m_p == '-')
            ++m_p;
        const char *digits = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        const qsizetype count = m_p - digits;
        if (count == 0 || count > MaxIntegerDigits || (count > 1 && *digits == '0'))
            return fail();
        if (m_p < m_end && *m_p == '.') {
            const char *fraction = ++m_p;
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
            if (m_p == fraction)
                return fail();
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E'))
            return fail();
        return true;
    }

    // A key without escapes, as its bytes (a key with one is declined).
    bool rawKey(QByteArrayView *key)
    {
        if (peek() != '"')
            return fail();
        const char *start = ++m_p;
        while (m_p < m_end && *m_p != '"') {
            if (*m_p == '\\' || !utf8Sequence())
                return fail();
        }
        if (m_p == m_end)
            return fail();
        *key = QByteArrayView(start, m_p - start);
        ++m_p;
        return true;
    }

    // Steps over one character of UTF-8 (strict: no overlong forms, no surrogates, nothing
    // past U+10FFFF, as QJsonDocument requires).
    bool utf8Sequence()
    {
        const auto byte = [this](qsizetype i) { return uchar(m_p[i]); };
        const uchar lead = byte(0);
        if (lead < 0x80) {
            ++m_p;
            return true;
        }
        qsizetype length = 0;
        uchar low = 0x80;
        uchar high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                low = 0xA0;
            else if (lead == 0xED)
                high = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                low = 0x90;
            else if (lead == 0xF4)
                high = 0x8F;
        } else {
            return false;
        }
        if (m_end - m_p < length || byte(1) < low || byte(1) > high)
            return false;
        for (qsizetype i = 2; i < length; ++i) {
            if (byte(i) < 0x80 || byte(i) > 0xBF)
                return false;
        }
        m_p += length;
        return true;
    }

    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    bool hex4(char16_t *unit)
    {
        if (m_end - m_p < 4)
            return false;
        int value = 0;
        for (int i = 0; i < 4; ++i) {
            const int digit = hexValue(m_p[i]);
            if (digit < 0)
                return false;
            value = value * 16 + digit;
        }
        m_p += 4;
        *unit = char16_t(value);
        return true;
    }

    // At the opening quote. Runs without escapes are decoded in one piece.
    bool string(QString *out)
    {
        const char *run = ++m_p;
        const auto flush = [&] {
            if (out && m_p > run)
                out->append(QString::fromUtf8(run, m_p - run));
        };
        while (m_p < m_end && *m_p != '"') {
            if (*m_p != '\\') {
                if (!utf8Sequence())
                    return fail();
                continue;
            }
            flush();
            ++m_p;
            if (m_p == m_end)
                return fail();
            const char escape = *m_p++;
            char16_t unit = 0;
            switch (escape) {
            case '"':
            case '\\':
            case '/':
                unit = char16_t(escape);
                break;
            case 'b':
                unit = u'\b';
                break;
            case 'f':
                unit = u'\f';
                break;
            case 'n':
                unit = u'\n';
                break;
            case 'r':
                unit = u'\r';
                break;
            case 't':
                unit = u'\t';
                break;
            case 'u':
                if (!hex4(&unit))
                    return fail();
                break;
            default:
                return fail();
            }
            if (QChar::isLowSurrogate(unit))
                return fail(); // half a pair: declined
            if (QChar::isHighSurrogate(unit)) {
                char16_t low = 0;
                if (m_end - m_p < 2 || m_p[0] != '\\' || m_p[1] != 'u')
                    return fail();
                m_p += 2;
                if (!hex4(&low) || !QChar::isLowSurrogate(low))
                    return fail();
                if (out) {
                    const QChar pair[] = {QChar(unit), QChar(low)};
                    out->append(pair, 2);
                }
            } else if (out) {
                out->append(QChar(unit));
            }
            run = m_p;
        }
        if (m_p == m_end)
            return fail();
        flush();
        ++m_p;
        return true;
    }

    const char *m_p;
    const char *m_end;
    bool m_ok = true;
};

} // namespace

std::optional<CompletionFields> readCompletion(QByteArrayView text)
{
    if (text.size() > MaxText)
        return std::nullopt;
    Reader reader(text);
    CompletionFields fields;
    int choices = 0;
    const auto readMessage = [&](int depth) {
        fields.content.clear();
        if (reader.peek() != '{')
            return reader.skip(depth);
        return reader.object(depth + 1, [&](QByteArrayView key) {
            if (key == "content")
                return reader.stringOrSkip(depth + 1, &fields.content);
            return reader.skip(depth + 1);
        });
    };
    const auto readChoice = [&](int depth) {
        fields.content.clear();
        fields.finishReason.clear();
        if (reader.peek() != '{')
            return reader.skip(depth);
        return reader.object(depth + 1, [&](QByteArrayView key) {
            if (key == "message")
                return readMessage(depth + 1);
            if (key == "finish_reason")
                return reader.stringOrSkip(depth + 1, &fields.finishReason);
            return reader.skip(depth + 1);
        });
    };
    const bool read = reader.object(1, [&](QByteArrayView key) {
        if (key == "id")
            return reader.stringOrSkip(1, &fields.id);
        if (key == "model")
            return reader.stringOrSkip(1, &fields.model);
        if (key == "usage") {
            const bool isObject = reader.peek() == '{';
            const char *start = reader.next();
            if (!reader.skip(1))
                return false;
            fields.usage = isObject ? QByteArrayView(start, reader.here() - start) : QByteArrayView();
            return true;
        }
        if (key == "choices") {
            choices = 0;
            fields.content.clear();
            fields.finishReason.clear();
            if (reader.peek() != '[')
                return reader.skip(1);
            return reader.array(2, [&](int index) {
                ++choices;
                return index == 0 ? readChoice(2) : reader.skip(2);
            });
        }
        return reader.skip(1);
    });
    if (!read || !reader.ok() || !reader.atEnd() || choices == 0)
        return std::nullopt;
    return fields;
}

} // namespace providers
