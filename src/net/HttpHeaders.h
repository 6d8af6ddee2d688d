#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <algorithm>
#include <utility>

namespace net {

// An ordered list of HTTP header fields. Names keep the spelling they were given; every lookup
// compares names case-insensitively, as HTTP requires.
class HttpHeaders
{
public:
    using Field = std::pair<QByteArray, QByteArray>;

    HttpHeaders() = default;
    HttpHeaders(std::initializer_list<Field> fields);

    // The value of `name`; several fields of that name are joined with ", " (RFC 9110, 5.3).
    // Empty when the field is absent.
    QByteArray value(QByteArrayView name) const;
    bool contains(QByteArrayView name) const;

    // Replaces every field called `name` with one field.
    void set(const QByteArray &name, const QByteArray &value);
    // Appends a field, keeping any earlier field of the same name.
    void add(const QByteArray &name, const QByteArray &value);
    void remove(QByteArrayView name);

    const QList<Field> &fields() const { return m_fields; }
    qsizetype size() const { return m_fields.size(); }
    bool isEmpty() const { return m_fields.isEmpty(); }

    static bool namesEqual(QByteArrayView a, QByteArrayView b);
    // Whether `value` may be a field value (RFC 9110): no control characters but horizontal tab.
    // Inline: it runs over every byte of every field the server reads or writes.
    static bool isFieldValue(QByteArrayView value)
    {
        return std::none_of(value.cbegin(), value.cend(), [](char c) {
            const auto u = static_cast<unsigned char>(c);
            return (u < 0x20 && u != '\t') || u == 0x7f;
        });
    }

private:
    QList<Field> m_fields;
};

} // namespace net
