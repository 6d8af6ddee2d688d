#include "net/HttpLog.h"

namespace net {

Q_LOGGING_CATEGORY(lcHttp, "costbench.server.http")

} // namespace net
