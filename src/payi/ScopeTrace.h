#pragma once

#include "payi/Attribution.h"

#include <QList>
#include <QMap>

#include <array>

namespace payi {

// One scope of a stack as a ScopeFrame holds it: its parameters, its kind (Origin::Track or
// Origin::TrackContext) and the use_case_id generated for it, taken when it names another
// use case than the scope around it.
struct ScopeLayer
{
    Params params;
    Origin origin = Origin::TrackContext;
    QString generatedId;
};

// The layer a scope with these parameters is, its id generated as an open scope's is (a
// use case named without an id).
ScopeLayer scopeLayer(const Params &params, Origin origin);
// Merges one scope onto the context around it (mergeInto): what a ScopeFrame does.
void applyScope(Attribution &context, const ScopeLayer &scope);

// Where each field of a resolved context came from, layer by layer. Layers are numbered
// from 0, the outermost scope; the call's headers are the layer after the last scope.
inline constexpr int RootLayer = -1; // the root: the global context
inline constexpr int NoLayer = -2;   // no layer (the field has no value, or no note)

struct TracedAttribution
{
    Attribution attribution;
    std::array<int, FieldCount> setBy;   // the layer that gave the field its value, else NoLayer
    std::array<int, FieldCount> notedBy; // the layer of the field's note, else NoLayer
    // use_case_id is the id generated for the layer that set it (or for the global
    // context), not one that was given.
    bool generatedUseCaseId = false;
    // Each limit id and property key of the result → the last layer that gave it.
    QMap<QString, int> limitIdLayers;
    QMap<QString, int> requestPropertyLayers;
    QMap<QString, int> useCasePropertyLayers;

    int setLayer(Field f) const { return setBy[static_cast<int>(f)]; }
    int noteLayer(Field f) const { return notedBy[static_cast<int>(f)]; }
};

// Resolves root, then every scope (applyScope), then the call's headers (applyCallHeaders):
// the code CapturedContext::resolve and Instrumentation::resolve run, in the same order,
// watching which layer wrote each field. rootGeneratedId is the id generated for the root's
// use case ("" when the root's id was given).
TracedAttribution traceLayers(const Attribution &root, const QList<ScopeLayer> &scopes, const Params &headers,
                              const QString &rootGeneratedId);

} // namespace payi
