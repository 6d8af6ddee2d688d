#pragma once

#include "net/HttpHeaders.h"
#include "net/HttpResponse.h"

#include <QByteArray>
#include <QObject>

namespace net {

// Where the answer to a request goes: the connection the request came on. HttpConnection
// implements it; an Exchange reaches it only through ConnectionLink, which runs every call on
// the sink's thread (a QObject, so that work can be queued there). Each call names the
// exchange it answers; a call for an exchange that is not the current one, or that is not in
// the state the call needs, is ignored.
class ResponseSink : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Writes `response` whole and ends the exchange.
    virtual void deliver(quint64 exchangeId, const HttpResponse &response) = 0;
    // An event stream instead: its head (status 200 and `headers`), then each payload as it
    // comes, then its end, which ends the exchange.
    virtual void beginStream(quint64 exchangeId, const HttpHeaders &headers) = 0;
    virtual void writeStream(quint64 exchangeId, const QByteArray &payload) = 0;
    virtual void endStream(quint64 exchangeId) = 0;
};

} // namespace net
