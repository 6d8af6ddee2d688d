#include "payi/PriceTable.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace payi {

namespace {

constexpr qint64 UnitsPerPriceQuote = 1'000'000; // prices are quoted per million units

base::Error malformed(const QString &where, const QString &what)
{
    return base::Error{QStringLiteral("invalid_price_table"), QStringLiteral("%1: %2").arg(where, what)};
}

// "1.25" USD per million -> pico-dollars per unit, refused unless exact.
base::Result<Money> perUnitPrice(const QJsonValue &value, const QString &where)
{
    if (!value.isString())
        return malformed(where, QStringLiteral("expected a decimal string such as \"1.25\""));
    const base::Result<Money> perMillion = Money::parse(value.toString());
    if (!perMillion)
        return malformed(where, perMillion.error().message);
    if (perMillion->isNegative())
        return malformed(where, QStringLiteral("a price cannot be negative"));
    if (perMillion->pico() % UnitsPerPriceQuote != 0)
        return malformed(where, QStringLiteral("at most six decimals (the price per unit must be exact)"));
    return Money::fromPico(perMillion->pico() / UnitsPerPriceQuote);
}

// A resource or unit name as a message names its place: at most 40 characters of it.
QString placeName(const QString &name)
{
    return name.size() > 40 ? name.left(40) + u'…' : name;
}

// The other way: an exact per-unit price never overflows per million, as it was parsed so.
QString perMillionPrice(Money perUnit)
{
    return Money::fromPico(perUnit.pico() * UnitsPerPriceQuote).toString();
}

} // namespace

base::Result<PriceTable> PriceTable::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return malformed(QStringLiteral("offset %1").arg(parseError.offset), parseError.errorString());
    if (!doc.isObject())
        return malformed(QStringLiteral("(top)"), QStringLiteral("expected an object"));
    return fromJson(doc.object());
}

base::Result<PriceTable> PriceTable::fromJson(const QJsonObject &root)
{
    PriceTable table;
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isString() || version.toString().isEmpty())
        return malformed(QStringLiteral("version"), QStringLiteral("expected a date string \"YYYY-MM-DD\""));
    table.m_version = version.toString();
    const QString currency = root.value(QLatin1String("currency")).toString();
    if (currency != QLatin1String("usd"))
        return malformed(QStringLiteral("currency"), QStringLiteral("only \"usd\" is supported"));
    const QJsonValue resources = root.value(QLatin1String("resources"));
    if (!resources.isObject())
        return malformed(QStringLiteral("resources"), QStringLiteral("expected an object of models"));

    const QJsonObject models = resources.toObject();
    for (auto m = models.begin(); m != models.end(); ++m) {
        const QString at = QStringLiteral("resources.%1").arg(placeName(m.key()));
        if (!m.value().isObject())
            return malformed(at, QStringLiteral("expected an object"));
        const QJsonObject model = m.value().toObject();
        ResourcePrice price;
        price.category = model.value(QLatin1String("category")).toString();
        if (price.category.isEmpty())
            return malformed(at + QStringLiteral(".category"),
                             QStringLiteral("expected a category such as \"system.openai\""));
        price.source = model.value(QLatin1String("source")).toString();
        price.date = model.value(QLatin1String("date")).toString();
        if (const QJsonValue parameter = model.value(QLatin1String("max_tokens_parameter")); !parameter.isUndefined()) {
            price.maxTokensParameter = maxTokensParameterFromName(parameter.toString());
            if (!parameter.isString() || !price.maxTokensParameter)
                return malformed(at + QStringLiteral(".max_tokens_parameter"),
                                 QStringLiteral("expected \"max_tokens\" or \"max_completion_tokens\""));
        }
        const QJsonValue units = model.value(QLatin1String("units"));
        if (!units.isObject() || units.toObject().isEmpty())
            return malformed(at + QStringLiteral(".units"), QStringLiteral("expected an object of unit types"));
        const QJsonObject unitsObject = units.toObject();
        for (auto u = unitsObject.begin(); u != unitsObject.end(); ++u) {
            const QString unitAt = QStringLiteral("%1.units.%2").arg(at, placeName(u.key()));
            if (!u.value().isObject())
                return malformed(unitAt, QStringLiteral("expected {\"input\": ..., \"output\": ...}"));
            const QJsonObject sides = u.value().toObject();
            UnitPrice unitPrice;
            for (const auto &[side, slot] : {std::pair{QLatin1String("input"), &unitPrice.input},
                                             std::pair{QLatin1String("output"), &unitPrice.output}}) {
                if (!sides.contains(side))
                    continue;
                const base::Result<Money> p = perUnitPrice(sides.value(side), unitAt + u'.' + side);
                if (!p)
                    return p.error();
                *slot = *p;
            }
            if (!unitPrice.input && !unitPrice.output)
                return malformed(unitAt, QStringLiteral("needs an input or an output price"));
            price.units.insert(u.key(), unitPrice);
        }
        if (!price.units.contains(unit::text()))
            return malformed(at + QStringLiteral(".units"), QStringLiteral("needs a \"text\" price"));
        table.m_resources.insert_or_assign(m.key(), std::move(price));
    }
    return table;
}

base::Result<PriceTable> PriceTable::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return base::Error{QStringLiteral("price_table_unreadable"),
                           QStringLiteral("cannot read the price table %1: %2").arg(path, file.errorString())};
    base::Result<PriceTable> table = fromJson(file.readAll());
    if (!table)
        return base::Error{table.error().code, QStringLiteral("%1: %2").arg(path, table.error().message)};
    return table;
}

QJsonObject costToJson(const Cost &cost)
{
    return QJsonObject{{QStringLiteral("currency"), QStringLiteral("usd")},
                       {QStringLiteral("input"), cost.input.toString()},
                       {QStringLiteral("output"), cost.output.toString()},
                       {QStringLiteral("total"), cost.total.toString()}};
}

QJsonObject PriceTable::toJson() const
{
    QJsonObject resources;
    for (const auto &[name, price] : m_resources) {
        QJsonObject units;
        for (auto u = price.units.cbegin(); u != price.units.cend(); ++u) {
            QJsonObject sides;
            if (u->input)
                sides.insert(QStringLiteral("input"), perMillionPrice(*u->input));
            if (u->output)
                sides.insert(QStringLiteral("output"), perMillionPrice(*u->output));
            units.insert(u.key(), sides);
        }
        QJsonObject resource{{QStringLiteral("category"), price.category}, {QStringLiteral("units"), units}};
        // Written only when the table gave them, as fromJson() reads a missing one as empty.
        if (!price.source.isEmpty())
            resource.insert(QStringLiteral("source"), price.source);
        if (!price.date.isEmpty())
            resource.insert(QStringLiteral("date"), price.date);
        if (price.maxTokensParameter)
            resource.insert(QStringLiteral("max_tokens_parameter"), maxTokensParameterName(*price.maxTokensParameter));
        resources.insert(name, resource);
    }
    return QJsonObject{{QStringLiteral("version"), m_version},
                       {QStringLiteral("currency"), QStringLiteral("usd")},
                       {QStringLiteral("resources"), resources}};
}

const ResourcePrice *PriceTable::find(const QString &resource) const
{
    const auto it = m_resources.find(resource);
    return it == m_resources.end() ? nullptr : &it->second;
}

MaxTokensParameter PriceTable::maxTokensParameter(const QString &resource) const
{
    const ResourcePrice *price = find(resource);
    if (price && price->maxTokensParameter)
        return *price->maxTokensParameter;
    return maxTokensParameterByName(resource);
}

QLatin1String maxTokensParameterName(MaxTokensParameter parameter)
{
    return parameter == MaxTokensParameter::MaxCompletionTokens ? QLatin1String("max_completion_tokens")
                                                                : QLatin1String("max_tokens");
}

std::optional<MaxTokensParameter> maxTokensParameterFromName(QStringView name)
{
    if (name == QLatin1String("max_tokens"))
        return MaxTokensParameter::MaxTokens;
    if (name == QLatin1String("max_completion_tokens"))
        return MaxTokensParameter::MaxCompletionTokens;
    return std::nullopt;
}

MaxTokensParameter maxTokensParameterByName(QStringView model)
{
    // gpt-5, gpt-5.4, gpt-5-mini; not gpt-50.
    const bool gpt5 =
        model.startsWith(QLatin1String("gpt-5")) && (model.size() == 5 || model.at(5) == u'.' || model.at(5) == u'-');
    // o1, o3-mini, o4-mini.
    const bool oSeries = model.size() >= 2 && model.at(0) == u'o' && model.at(1).isDigit();
    return gpt5 || oSeries ? MaxTokensParameter::MaxCompletionTokens : MaxTokensParameter::MaxTokens;
}

base::Result<Cost> PriceTable::cost(const QString &resource, const Units &units, PriceProvenance *provenance) const
{
    const ResourcePrice *price = find(resource);
    if (provenance)
        *provenance = PriceProvenance{m_version, resource, price == nullptr};
    Cost cost;
    if (!price)
        return cost;
    const UnitPrice fallback = price->units.value(unit::text());
    for (auto it = units.cbegin(); it != units.cend(); ++it) {
        const auto found = price->units.constFind(it.key());
        const UnitPrice &p = found == price->units.cend() ? fallback : found.value();
        const std::optional<Money> in = (p.input ? *p.input : fallback.input.value_or(Money())).checkedMul(it->input);
        const std::optional<Money> out =
            (p.output ? *p.output : fallback.output.value_or(Money())).checkedMul(it->output);
        if (!in || !out || !cost.input.addInPlace(*in) || !cost.output.addInPlace(*out))
            return base::Error{QStringLiteral("cost_overflow"),
                               QStringLiteral("the cost of this call is out of range")};
    }
    const std::optional<Money> total = cost.input.checkedAdd(cost.output);
    if (!total)
        return base::Error{QStringLiteral("cost_overflow"), QStringLiteral("the cost of this call is out of range")};
    cost.total = *total;
    return cost;
}

base::Result<Money> PriceTable::worstCase(const QString &resource, qint64 inputUpperBound, qint64 maxOutput) const
{
    const ResourcePrice *price = find(resource);
    if (!price)
        return Money();
    Money highestInput;
    Money highestOutput;
    for (const UnitPrice &p : std::as_const(price->units)) {
        highestInput = std::max(highestInput, p.input.value_or(Money()));
        highestOutput = std::max(highestOutput, p.output.value_or(Money()));
    }
    const std::optional<Money> in = highestInput.checkedMul(inputUpperBound);
    const std::optional<Money> out = highestOutput.checkedMul(maxOutput);
    const std::optional<Money> sum = in && out ? in->checkedAdd(*out) : std::nullopt;
    if (!sum)
        return base::Error{QStringLiteral("cost_overflow"),
                           QStringLiteral("the worst-case cost of this call is out of range")};
    return *sum;
}

} // namespace payi
