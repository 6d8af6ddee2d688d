#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringView>

namespace base {

// Appends text as a JSON string, quotes included (RFC 8259: UTF-8; quote, backslash and
// control characters escaped; half a surrogate pair as its \u escape, as QJsonDocument
// writes it). For the hot paths that write JSON directly rather than
// through QJsonObject: the ledger's stored columns and the simulated model's answers.
void appendJsonString(QByteArray &out, QStringView text);

// Compact JSON written straight into bytes, for the same hot paths: the caller gives keys
// in the order they are to appear (QJsonDocument's order is by key), commas are its own.
class JsonWriter
{
public:
    explicit JsonWriter(QByteArray out = {}) : m_out(std::move(out)) {} // appends to out

    JsonWriter &key(QStringView name)
    {
        separate();
        appendJsonString(m_out, name);
        m_out += ':';
        m_first = true; // the value that follows needs no comma
        return *this;
    }
    JsonWriter &open(char bracket)
    {
        separate();
        m_out += bracket;
        m_first = true;
        return *this;
    }
    JsonWriter &close(char bracket)
    {
        m_out += bracket;
        m_first = false;
        return *this;
    }
    JsonWriter &item(QStringView value)
    {
        separate();
        appendJsonString(m_out, value);
        m_first = false;
        return *this;
    }
    JsonWriter &item(qint64 value)
    {
        separate();
        m_out += QByteArray::number(value);
        m_first = false;
        return *this;
    }
    // Any value, as QJsonDocument writes it (objects by key, integers without a fraction).
    JsonWriter &value(const QJsonValue &value);
    JsonWriter &raw(QByteArrayView value) // a JSON value as it is written
    {
        separate();
        m_out += value;
        m_first = false;
        return *this;
    }
    QByteArray take() { return std::move(m_out); }

private:
    void separate()
    {
        if (!m_first)
            m_out += ',';
        m_first = false;
    }

    QByteArray m_out;
    bool m_first = true;
};

// A request body that must be one JSON object in valid UTF-8. Errors: invalid_json (empty, not
// JSON, or not an object) and invalid_utf8, with a sentence that says where.
Result<QJsonObject> readJsonObject(const QByteArray &body);

} // namespace base
