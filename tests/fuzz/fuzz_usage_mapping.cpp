// providers::unitsFromOpenAiUsage on any JSON a provider could send (a chat.completion, a
// stream chunk, or a bare usage object): the units add up to the reported token counts, never
// go negative, survive the JSON round trip, and price with the shipped price table without
// anything but a clean overflow error.
#include "FuzzCheck.h"

#include "payi/PriceTable.h"
#include "payi/Units.h"
#include "providers/UsageMapping.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>

namespace {

qint64 reported(const QJsonObject &object, QLatin1String key)
{
    return qMax<qint64>(0, object.value(key).toInteger());
}

const payi::PriceTable &shippedPrices()
{
    static const payi::PriceTable table = [] {
        base::Result<payi::PriceTable> loaded = payi::PriceTable::fromFile(QStringLiteral(COSTBENCH_PRICES_JSON));
        FUZZ_CHECK(loaded.ok());
        return std::move(loaded).value();
    }();
    return table;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    shippedPrices();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!document.isObject())
        return 0;
    const QJsonObject root = document.object();
    const QJsonObject usage =
        root.value(QLatin1String("usage")).isObject() ? root.value(QLatin1String("usage")).toObject() : root;

    const payi::Units units = providers::unitsFromOpenAiUsage(usage);
    FUZZ_CHECK(units.contains(payi::unit::text()));
    qint64 input = 0;
    qint64 output = 0;
    for (auto it = units.cbegin(); it != units.cend(); ++it) {
        FUZZ_CHECK(it.key() == payi::unit::text() || it.key() == payi::unit::textCacheRead()
                   || it.key() == payi::unit::reasoning());
        FUZZ_CHECK(it->input >= 0 && it->output >= 0);
        FUZZ_CHECK(it.key() == payi::unit::text() || it->input > 0 || it->output > 0);
        input += it->input;
        output += it->output;
    }
    FUZZ_CHECK(input == reported(usage, QLatin1String("prompt_tokens")));
    FUZZ_CHECK(output == reported(usage, QLatin1String("completion_tokens")));
    FUZZ_CHECK(payi::unitsFromJson(payi::unitsToJson(units)) == units);

    const QString model = root.value(QLatin1String("model")).toString(QStringLiteral("gpt-5.4"));
    payi::PriceProvenance provenance;
    const base::Result<payi::Cost> cost = shippedPrices().cost(model, units, &provenance);
    FUZZ_CHECK(provenance.unknownResource == (shippedPrices().find(model) == nullptr));
    if (cost.ok()) {
        FUZZ_CHECK(!cost->input.isNegative() && !cost->output.isNegative());
        FUZZ_CHECK(cost->input.checkedAdd(cost->output) == cost->total);
    } else {
        FUZZ_CHECK(cost.error().code == QLatin1String("cost_overflow"));
    }
    return 0;
}
