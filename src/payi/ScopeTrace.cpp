#include "payi/ScopeTrace.h"

namespace payi {

ScopeLayer scopeLayer(const Params &params, Origin origin)
{
    ScopeLayer layer{params, origin, QString()};
    if (params.useCaseName && !params.useCaseName->isEmpty() && !params.useCaseId)
        layer.generatedId = newUseCaseId();
    return layer;
}

void applyScope(Attribution &context, const ScopeLayer &scope)
{
    mergeInto(context, scope.params, scope.origin, scope.generatedId);
}

namespace {

// Stands, while one layer is applied, for the origin of every field an earlier layer wrote:
// after the layer, a field whose origin (or note) names the layer's kind was written by it.
// The merge only tests an origin against Origin::None, which this is not.
constexpr auto Earlier = static_cast<Origin>(0xFF);

void recordElements(QMap<QString, int> &layers, const QStringList &given, int layer)
{
    for (const QString &element : given)
        layers.insert(element, layer);
}

void recordElements(QMap<QString, int> &layers, const Properties &given, int layer)
{
    for (auto it = given.cbegin(); it != given.cend(); ++it)
        layers.insert(it.key(), layer);
}

template <typename Elements>
void keepPresent(QMap<QString, int> &layers, const Elements &present)
{
    for (auto it = layers.begin(); it != layers.end();) {
        if (present.contains(it.key()))
            ++it;
        else
            it = layers.erase(it);
    }
}

// Applies one layer with apply(attribution) and records what it wrote.
template <typename Apply>
void applyTraced(TracedAttribution &t, int layer, Origin kind, const Params &given, const Apply &apply)
{
    Attribution &a = t.attribution;
    const std::array<Origin, FieldCount> origins = a.origins;
    const std::array<Note, FieldCount> notes = a.notes;
    for (int i = 0; i < FieldCount; ++i) {
        if (a.origins[i] != Origin::None)
            a.origins[i] = Earlier;
        if (a.notes[i].reason != Reason::None)
            a.notes[i].by = Earlier;
    }
    apply(a);
    for (int i = 0; i < FieldCount; ++i) {
        if (a.origins[i] == Earlier)
            a.origins[i] = origins[i];
        else
            t.setBy[i] = a.origins[i] == kind ? layer : NoLayer;
        if (a.notes[i].reason == Reason::None)
            t.notedBy[i] = NoLayer;
        else if (a.notes[i].by == Earlier)
            a.notes[i].by = notes[i].by;
        else
            t.notedBy[i] = layer;
    }
    if (t.setLayer(Field::LimitIds) == layer && given.limitIds)
        recordElements(t.limitIdLayers, *given.limitIds, layer);
    if (t.setLayer(Field::RequestProperties) == layer && given.requestProperties)
        recordElements(t.requestPropertyLayers, *given.requestProperties, layer);
    if (t.setLayer(Field::UseCaseProperties) == layer && given.useCaseProperties)
        recordElements(t.useCasePropertyLayers, *given.useCaseProperties, layer);
}

} // namespace

TracedAttribution traceLayers(const Attribution &root, const QList<ScopeLayer> &scopes, const Params &headers,
                              const QString &rootGeneratedId)
{
    TracedAttribution t;
    t.attribution = root;
    for (int i = 0; i < FieldCount; ++i) {
        t.setBy[i] = root.origins[i] == Origin::None ? NoLayer : RootLayer;
        t.notedBy[i] = root.notes[i].reason == Reason::None ? NoLayer : RootLayer;
    }
    recordElements(t.limitIdLayers, root.limitIds, RootLayer);
    recordElements(t.requestPropertyLayers, root.requestProperties, RootLayer);
    recordElements(t.useCasePropertyLayers, root.useCaseProperties, RootLayer);

    for (int layer = 0; layer < scopes.size(); ++layer) {
        const ScopeLayer &scope = scopes[layer];
        applyTraced(t, layer, scope.origin, scope.params, [&](Attribution &a) { applyScope(a, scope); });
    }
    const int headerLayer = int(scopes.size());
    applyTraced(t, headerLayer, Origin::CallHeader, headers, [&](Attribution &a) { a = applyCallHeaders(a, headers); });

    const Attribution &a = t.attribution;
    keepPresent(t.limitIdLayers, a.limitIds);
    keepPresent(t.requestPropertyLayers, a.requestProperties);
    keepPresent(t.useCasePropertyLayers, a.useCaseProperties);

    const int idLayer = t.setLayer(Field::UseCaseId);
    if (idLayer == RootLayer)
        t.generatedUseCaseId = !rootGeneratedId.isEmpty() && a.useCaseId == rootGeneratedId;
    else if (idLayer >= 0 && idLayer < headerLayer)
        t.generatedUseCaseId = !scopes[idLayer].params.useCaseId && a.useCaseId == scopes[idLayer].generatedId;
    return t;
}

} // namespace payi
