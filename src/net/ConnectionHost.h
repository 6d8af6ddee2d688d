#pragma once

#include "net/HttpLimits.h"
#include "net/HttpRequest.h"
#include "net/HttpResponse.h"
#include "net/Responder.h"

#include <QtGlobal>

namespace net {

// What a server connection needs from the server that accepted it, so that HttpConnection
// does not depend on HttpServer: the limits, the clock of its deadlines, the counters, and
// where complete requests go. HttpServer is the host of its connections. Called on the host's
// thread, which is the connections' thread.
class ConnectionHost
{
public:
    // The host's limits; the reference stays valid as long as the host.
    virtual const HttpLimits &limits() const = 0;
    // Milliseconds on the host's clock, for the connections' deadlines.
    virtual qint64 now() const = 0;
    // A complete request has arrived: counted in flight until requestFinished(). Returns its
    // id, unique on this host and numbered from 1 in arrival order.
    virtual quint64 requestStarted() = 0;
    // Routes a complete request and answers it, or hands it to its handler.
    virtual void dispatch(HttpRequest request, const Responder &responder) = 0;
    // The answer for an error the connection makes itself (e.g. 413), in the shape the
    // routes under rawPath answer errors with; rawPath is empty when not yet known.
    virtual HttpResponse errorResponse(QByteArrayView rawPath, int status, const QString &code,
                                       const QString &message) const = 0;
    // The request's answer has been written, or its connection has closed first.
    virtual void requestFinished() = 0;
    // Said once by each connection as it is destroyed.
    virtual void connectionClosed() = 0;

protected:
    ~ConnectionHost() = default;
};

} // namespace net
