#pragma once

#include "payi/Params.h"

#include <QByteArray>
#include <QList>
#include <QPair>

namespace providers {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// True for Pay-i's per-call headers (xProxy-*, any case): attribution for the library,
// never sent to the provider.
bool isProxyHeader(QByteArrayView name);

// Reads the attribution in xProxy-* headers, as Pay-i names them: xProxy-UseCase-Name,
// -UseCase-ID, -UseCase-Version, -UseCase-Step, xProxy-User-ID, xProxy-Account-Name and
// xProxy-Limit-IDs (comma-separated). Names are matched case-insensitively; a header
// with an empty value clears that field. Other headers are ignored.
payi::Params paramsFromProxyHeaders(const HeaderList &headers);

} // namespace providers
