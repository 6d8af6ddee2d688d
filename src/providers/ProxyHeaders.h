#pragma once

#include "base/Result.h"
#include "payi/Params.h"

#include <QByteArray>
#include <QList>
#include <QPair>

namespace providers {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// True for Pay-i's per-call headers (xProxy-*, any case): attribution for the library,
// never sent to the provider.
bool isProxyHeader(QByteArrayView name);

// Reads the attribution in the 13 xProxy-* headers the Pay-i SDK reads from a call's
// extra_headers (PayiHeaderNames): -UseCase-Name, -UseCase-ID, -UseCase-Version,
// -UseCase-Step, -UseCase-Properties, -User-ID, -Account-Name, -Limit-IDs (comma-separated),
// -Request-Properties, -PriceAs-Category, -PriceAs-Resource, -Resource-Scope and
// -Logging-Disable (present: logging off, whatever its value). Names match in any case. A
// header present with an empty value is given as empty: payi::applyCallHeaders clears the
// field (or keeps the context's, for price_as and resource_scope). Properties are a JSON
// object of strings, as text or, as the SDK sends them in proxy mode, base64 of that text.
// An empty version reads as not given. Other xProxy-* headers (the key, the module) are
// not attribution and are skipped. Errors (invalid_header): a version that is not an
// integer, properties that are not such an object.
base::Result<payi::Params> paramsFromProxyHeaders(const HeaderList &headers);

} // namespace providers
