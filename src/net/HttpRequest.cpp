#include "net/HttpRequest.h"

namespace net {

QString HttpRequest::path() const
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(m_rawPath));
}

void HttpRequest::setHttpVersion(int major, int minor)
{
    m_httpMajor = major;
    m_httpMinor = minor;
}

void HttpRequest::setIds(quint64 connectionId, quint64 requestId)
{
    m_connectionId = connectionId;
    m_requestId = requestId;
}

} // namespace net
