#pragma once

#include "payi/PriceTable.h"

#include <QList>
#include <QString>

#include <optional>

namespace payi {
class Instrumentation;
}

namespace simulator {

// One model as GET /v1/models lists it: {"id", "object": "model", "created", "owned_by"}.
struct ModelEntry
{
    QString id;
    qint64 created = 0; // seconds since the epoch
    QString ownedBy;
    friend bool operator==(const ModelEntry &, const ModelEntry &) = default;
};

// The models the simulated model serves; a request for any other is refused as OpenAI
// refuses it (404 model_not_found). Either the models of the price table in use by an
// Instrumentation, read anew at every call (so PUT /prices changes them), or, made without
// one, a fixed list of OpenAI chat models. Thread-safe.
class ModelCatalogue
{
public:
    // The fixed list: gpt-5.5, the gpt-5.4 family, gpt-5.2, gpt-5.1, gpt-5, gpt-4.1, gpt-4o,
    // gpt-4o-mini, o1, o3, o3-mini, o4-mini; created on their release day, owned by "openai".
    ModelCatalogue() = default;
    // The resources of `instrumentation`'s price table: created on the day of their price
    // entry (0 without one), owned by their category's provider ("system.openai": "openai").
    // `instrumentation` must outlive the catalogue.
    explicit ModelCatalogue(const payi::Instrumentation &instrumentation) : m_instrumentation(&instrumentation) {}

    bool serves(const QString &id) const;
    // The parameter that caps the model's output; the other one OpenAI refuses for it when it
    // is max_completion_tokens (the gpt-5 family, the o-series). From the price table's entry
    // (max_tokens_parameter), else by the model's name (payi::maxTokensParameterByName).
    payi::MaxTokensParameter maxTokensParameter(const QString &id) const;
    std::optional<ModelEntry> find(const QString &id) const;
    // Every model, by id.
    QList<ModelEntry> list() const;

private:
    const payi::Instrumentation *m_instrumentation = nullptr; // null: the fixed list
};

} // namespace simulator
