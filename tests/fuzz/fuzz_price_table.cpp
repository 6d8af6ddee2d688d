// payi::PriceTable::fromJson: a table it accepts keeps the promises of its header (a version,
// a category and a "text" price for every resource, prices never negative), and no call can
// cost more than worstCase() says for the same number of units.
#include "FuzzCheck.h"

#include "payi/PriceTable.h"

#include <QByteArray>

#include <cstdint>

using payi::Money;
using payi::PriceTable;

namespace {

constexpr qint64 kUnitsPerType = 1000;

bool isNonNegative(const std::optional<Money> &price)
{
    return !price || !price->isNegative();
}

void checkResource(const PriceTable &table, const QString &name, const payi::ResourcePrice &price)
{
    FUZZ_CHECK(table.find(name) == &price);
    FUZZ_CHECK(!price.category.isEmpty());
    FUZZ_CHECK(price.units.contains(payi::unit::text()));
    for (const payi::UnitPrice &unitPrice : price.units) {
        FUZZ_CHECK(unitPrice.input || unitPrice.output);
        FUZZ_CHECK(isNonNegative(unitPrice.input) && isNonNegative(unitPrice.output));
    }

    // The same count of every priced unit type, plus one type the table does not price (charged
    // at the text price): the cost never exceeds the worst case for the summed counts.
    payi::Units units;
    for (auto it = price.units.cbegin(); it != price.units.cend(); ++it)
        units.insert(it.key(), {kUnitsPerType, kUnitsPerType});
    units.insert(QStringLiteral("fuzz-unpriced-unit"), {kUnitsPerType, kUnitsPerType});
    const qint64 total = kUnitsPerType * units.size();

    payi::PriceProvenance provenance;
    const base::Result<payi::Cost> cost = table.cost(name, units, &provenance);
    FUZZ_CHECK(!provenance.unknownResource && provenance.resource == name);
    FUZZ_CHECK(provenance.tableVersion == table.version());
    const base::Result<Money> worst = table.worstCase(name, total, total);
    if (worst.ok()) {
        FUZZ_CHECK(cost.ok()); // each term is at most its worst-case term, so nothing overflowed
        FUZZ_CHECK(!cost->input.isNegative() && !cost->output.isNegative());
        FUZZ_CHECK(cost->input.checkedAdd(cost->output) == cost->total);
        FUZZ_CHECK(cost->total <= *worst);
    } else {
        FUZZ_CHECK(worst.error().code == QLatin1String("cost_overflow"));
    }
    if (!cost.ok())
        FUZZ_CHECK(cost.error().code == QLatin1String("cost_overflow"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const base::Result<PriceTable> table = PriceTable::fromJson(json);
    if (!table.ok()) {
        FUZZ_CHECK(table.error().code == QLatin1String("invalid_price_table"));
        FUZZ_CHECK(!table.error().message.isEmpty());
        return 0;
    }
    FUZZ_CHECK(!table->version().isEmpty());
    for (const auto &[name, price] : table->resources())
        checkResource(*table, name, price);

    payi::PriceProvenance provenance;
    const base::Result<payi::Cost> unknown =
        table->cost(QStringLiteral("fuzz-unknown-model"), {{payi::unit::text(), {1, 1}}}, &provenance);
    if (!table->find(QStringLiteral("fuzz-unknown-model"))) {
        FUZZ_CHECK(unknown.ok() && unknown->total.isZero() && provenance.unknownResource);
    }
    return 0;
}
