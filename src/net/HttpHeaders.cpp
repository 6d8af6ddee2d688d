#include "net/HttpHeaders.h"

#include <algorithm>

namespace net {

HttpHeaders::HttpHeaders(std::initializer_list<Field> fields) : m_fields(fields) {}

QByteArray HttpHeaders::value(QByteArrayView name) const
{
    QByteArray joined;
    bool found = false;
    for (const Field &field : m_fields) {
        if (!namesEqual(field.first, name))
            continue;
        if (found)
            joined += ", ";
        joined += field.second;
        found = true;
    }
    return joined;
}

bool HttpHeaders::contains(QByteArrayView name) const
{
    return std::any_of(m_fields.cbegin(), m_fields.cend(),
                       [name](const Field &field) { return namesEqual(field.first, name); });
}

void HttpHeaders::set(const QByteArray &name, const QByteArray &value)
{
    remove(name);
    m_fields.append({name, value});
}

void HttpHeaders::add(const QByteArray &name, const QByteArray &value)
{
    m_fields.append({name, value});
}

void HttpHeaders::remove(QByteArrayView name)
{
    m_fields.removeIf([name](const Field &field) { return namesEqual(field.first, name); });
}

bool HttpHeaders::namesEqual(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace net
