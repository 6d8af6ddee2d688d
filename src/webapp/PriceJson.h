#pragma once

#include "base/Result.h"
#include "payi/PriceTable.h"

#include <QByteArray>

namespace webapp::api {

// The body of PUT /prices (PriceRoutes); conventions in ApiJson.h. The answer of GET and
// PUT /prices is payi::PriceTable::toJson().

// The largest PUT /prices body: the shipped table is 4 KiB for 11 models, so this holds
// hundreds, and a bigger body is refused before it is parsed on the server's thread.
constexpr qsizetype MaxPriceTableBytes = 256 * 1024;

// PUT /prices: a whole table in the format of resources/prices.json, read as PriceTable::fromJson
// reads it. Errors: invalid_json or invalid_utf8 (not one JSON object); missing_field ("version",
// "currency" or "resources" absent or null); invalid_field (over MaxPriceTableBytes, or a table
// PriceTable refuses, with its message naming the place, cut short to keep the answer short).
base::Result<payi::PriceTable> readPriceTable(const QByteArray &body);

} // namespace webapp::api
