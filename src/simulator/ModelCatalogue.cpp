#include "simulator/ModelCatalogue.h"

#include "payi/Instrumentation.h"
#include "payi/PriceTable.h"

#include <QDate>

#include <algorithm>
#include <array>

namespace simulator {

namespace {

struct FixedModel
{
    QLatin1StringView id;
    QLatin1StringView released; // YYYY-MM-DD
};

constexpr std::array<FixedModel, 14> FixedModels{{
    {QLatin1StringView("gpt-4.1"), QLatin1StringView("2025-04-14")},
    {QLatin1StringView("gpt-4o"), QLatin1StringView("2024-05-13")},
    {QLatin1StringView("gpt-4o-mini"), QLatin1StringView("2024-07-18")},
    {QLatin1StringView("gpt-5"), QLatin1StringView("2025-08-07")},
    {QLatin1StringView("gpt-5.1"), QLatin1StringView("2025-11-13")},
    {QLatin1StringView("gpt-5.2"), QLatin1StringView("2025-12-11")},
    {QLatin1StringView("gpt-5.4"), QLatin1StringView("2026-04-13")},
    {QLatin1StringView("gpt-5.4-mini"), QLatin1StringView("2026-04-13")},
    {QLatin1StringView("gpt-5.4-nano"), QLatin1StringView("2026-04-13")},
    {QLatin1StringView("gpt-5.5"), QLatin1StringView("2026-06-01")},
    {QLatin1StringView("o1"), QLatin1StringView("2024-12-17")},
    {QLatin1StringView("o3"), QLatin1StringView("2025-04-16")},
    {QLatin1StringView("o3-mini"), QLatin1StringView("2025-01-31")},
    {QLatin1StringView("o4-mini"), QLatin1StringView("2025-04-16")},
}};

// Midnight UTC of an ISO date; 0 when it is not one.
qint64 dayStart(QStringView isoDate)
{
    const QDate date = QDate::fromString(isoDate.toString(), Qt::ISODate);
    return date.isValid() ? date.startOfDay(Qt::UTC).toSecsSinceEpoch() : 0;
}

ModelEntry fixedEntry(const FixedModel &model)
{
    return {QString(model.id), dayStart(QString(model.released)), QStringLiteral("openai")};
}

const FixedModel *findFixed(const QString &id)
{
    const auto found =
        std::find_if(FixedModels.begin(), FixedModels.end(), [&](const FixedModel &model) { return model.id == id; });
    return found == FixedModels.end() ? nullptr : &*found;
}

ModelEntry priceEntry(const QString &id, const payi::ResourcePrice &price)
{
    const qsizetype dot = price.category.lastIndexOf(QLatin1Char('.'));
    return {id, dayStart(price.date), price.category.mid(dot + 1)};
}

} // namespace

bool ModelCatalogue::serves(const QString &id) const
{
    if (!m_instrumentation)
        return findFixed(id) != nullptr;
    return m_instrumentation->prices()->find(id) != nullptr;
}

payi::MaxTokensParameter ModelCatalogue::maxTokensParameter(const QString &id) const
{
    if (!m_instrumentation)
        return payi::maxTokensParameterByName(id);
    return m_instrumentation->prices()->maxTokensParameter(id);
}

std::optional<ModelEntry> ModelCatalogue::find(const QString &id) const
{
    if (!m_instrumentation) {
        const FixedModel *model = findFixed(id);
        return model ? std::optional(fixedEntry(*model)) : std::nullopt;
    }
    const std::shared_ptr<const payi::PriceTable> prices = m_instrumentation->prices();
    const payi::ResourcePrice *price = prices->find(id);
    return price ? std::optional(priceEntry(id, *price)) : std::nullopt;
}

QList<ModelEntry> ModelCatalogue::list() const
{
    QList<ModelEntry> entries;
    if (!m_instrumentation) {
        for (const FixedModel &model : FixedModels)
            entries.append(fixedEntry(model));
        return entries;
    }
    const std::shared_ptr<const payi::PriceTable> prices = m_instrumentation->prices();
    for (const auto &[id, price] : prices->resources())
        entries.append(priceEntry(id, price));
    std::sort(entries.begin(), entries.end(), [](const ModelEntry &a, const ModelEntry &b) { return a.id < b.id; });
    return entries;
}

} // namespace simulator
