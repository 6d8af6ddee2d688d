#pragma once

#include "base/Result.h"
#include "payi/Money.h"
#include "payi/Units.h"

#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <optional>
#include <string_view>
#include <unordered_map>

namespace payi {

// Prices of one unit type, per single unit (token), exact in pico-dollars.
struct UnitPrice
{
    std::optional<Money> input;
    std::optional<Money> output;
    friend bool operator==(const UnitPrice &, const UnitPrice &) = default;
};

// The request parameter that caps a model's output on OpenAI's chat completions. OpenAI
// refuses max_tokens for the gpt-5 family and the o-series (400 unsupported_parameter: "Use
// 'max_completion_tokens' instead"); older models and most OpenAI-compatible servers take
// max_tokens.
enum class MaxTokensParameter : quint8 { MaxTokens, MaxCompletionTokens };

// "max_tokens" or "max_completion_tokens".
QLatin1String maxTokensParameterName(MaxTokensParameter parameter);
std::optional<MaxTokensParameter> maxTokensParameterFromName(QStringView name);
// The parameter a model takes by its name alone: max_completion_tokens for the gpt-5 family
// ("gpt-5", "gpt-5.4", "gpt-5-mini", ...) and the o-series ("o1", "o3-mini", "o4-mini", ...),
// max_tokens for any other.
MaxTokensParameter maxTokensParameterByName(QStringView model);

struct ResourcePrice
{
    QString category; // "system.openai"
    QMap<QString, UnitPrice> units;
    QString source; // where the price was taken from
    QString date;   // when
    // "max_tokens_parameter" in the table: the parameter the model takes for its output cap;
    // unset, maxTokensParameterByName() decides.
    std::optional<MaxTokensParameter> maxTokensParameter;
    friend bool operator==(const ResourcePrice &, const ResourcePrice &) = default;
};

// What a cost was computed from, kept on every event.
struct PriceProvenance
{
    QString tableVersion; // the table's "version" (a date)
    QString resource;     // the entry used (price_as_resource may differ from the call's)
    bool unknownResource = false;
};

struct Cost
{
    Money input;
    Money output;
    Money total;
    friend bool operator==(const Cost &, const Cost &) = default;
};

// {"currency": "usd", "input", "output", "total"}, amounts as decimal strings.
QJsonObject costToJson(const Cost &cost);

// Hashes a QString's UTF-16 code units with the standard library's hash: looked up on
// every call, and much cheaper than QHash's seeded SipHash for a dozen short model names.
struct ResourceNameHash
{
    size_t operator()(const QString &name) const
    {
        return std::hash<std::u16string_view>()(
            std::u16string_view(reinterpret_cast<const char16_t *>(name.utf16()), size_t(name.size())));
    }
};
using ResourceMap = std::unordered_map<QString, ResourcePrice, ResourceNameHash>;

// List prices in USD per million units, loaded from JSON:
// {"version": "YYYY-MM-DD", "currency": "usd", "resources": {"<model>": {"category":
//  "system.openai", "source": "...", "date": "...", "max_tokens_parameter":
//  "max_completion_tokens", "units": {"text": {"input": "1.25", "output": "10.00"},
//  "text_cache_read": {"input": "0.125"}}}}}
// ("max_tokens_parameter" is optional: "max_tokens" or "max_completion_tokens".)
// Prices must be exact per unit: at most six decimals per million. Immutable once loaded,
// so one table can be shared by every thread.
class PriceTable
{
public:
    PriceTable() = default;

    // Refuses a malformed table with a message naming the place ("resources.gpt-5.4.units.text.input: ...");
    // a name over 40 characters is cut short there, as the message may go back to an HTTP client.
    static base::Result<PriceTable> fromJson(const QByteArray &json);
    static base::Result<PriceTable> fromJson(const QJsonObject &root);
    static base::Result<PriceTable> fromFile(const QString &path);

    QString version() const { return m_version; }
    const ResourceMap &resources() const { return m_resources; }
    const ResourcePrice *find(const QString &resource) const;
    // The parameter that caps this model's output: its entry's max_tokens_parameter, else
    // maxTokensParameterByName() (also for a model the table does not price).
    MaxTokensParameter maxTokensParameter(const QString &resource) const;

    // The table in the format fromJson() reads, prices per million units in their shortest
    // exact form ("5", "0.075"): fromJson(toJson()) is an equal table.
    QJsonObject toJson() const;

    // Cost of units at this resource's prices. A unit type the table does not price is
    // charged at the resource's "text" price (never silently free). An unknown resource
    // costs zero and is flagged in provenance. Returns an error only on overflow.
    base::Result<Cost> cost(const QString &resource, const Units &units, PriceProvenance *provenance) const;

    // The most a call can cost: inputUpperBound units at the highest input price plus
    // maxOutput units at the highest output price of the resource.
    base::Result<Money> worstCase(const QString &resource, qint64 inputUpperBound, qint64 maxOutput) const;

    friend bool operator==(const PriceTable &, const PriceTable &) = default;

private:
    QString m_version;
    ResourceMap m_resources;
};

} // namespace payi
