#pragma once

#include <QtGlobal>

#include <chrono>

namespace net {

// What a server allows each request and connection (see HttpServer's setters): read as each
// request is parsed and as each time-out is armed.
struct HttpLimits
{
    qint64 maxBodySize = 1024 * 1024;
    qint64 maxHeaderSize = 16 * 1024; // request line and header fields together
    int maxHeaderCount = 100;
    std::chrono::milliseconds idleTimeout{30000};    // between requests
    std::chrono::milliseconds requestTimeout{10000}; // from a request's first byte to its last
};

} // namespace net
