#pragma once

#include <QLoggingCategory>

namespace net {

// The HTTP server's messages: refused requests, failing handlers, malformed answers.
Q_DECLARE_LOGGING_CATEGORY(lcHttp)

} // namespace net
