#include "gui/ScopeLabModel.h"

#include "gui/AttributionText.h"

#include <QCoreApplication>
#include <QSet>

#include <utility>

namespace gui {

using payi::Field;
using payi::Origin;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("gui::ScopeLabModel", text);
}

QString listText(const QStringList &list)
{
    return list.join(QStringLiteral(", "));
}

QString mapText(const payi::Properties &map)
{
    QStringList pairs;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        pairs.append(it.key() + u'=' + it.value());
    return pairs.join(QStringLiteral(", "));
}

QStringList parseList(const QString &text)
{
    QStringList list;
    for (const QString &part : text.split(u',')) {
        const QString id = part.trimmed();
        if (!id.isEmpty() && !list.contains(id))
            list.append(id);
    }
    return list;
}

std::optional<payi::Properties> parseMap(const QString &text, QString *error)
{
    payi::Properties map;
    for (const QString &part : text.split(u',')) {
        if (part.trimmed().isEmpty())
            continue;
        const qsizetype eq = part.indexOf(u'=');
        if (eq <= 0 || part.left(eq).trimmed().isEmpty()) {
            *error = tr("write properties as key=value, key2=value2 (\"%1\" has no key=)").arg(part.trimmed());
            return std::nullopt;
        }
        map.insert(part.left(eq).trimmed(), part.mid(eq + 1).trimmed());
    }
    return map;
}

template <typename T>
std::optional<QString> given(const std::optional<T> &value, QString (*text)(const T &))
{
    return value ? std::optional<QString>(text(*value)) : std::nullopt;
}

QString same(const QString &s)
{
    return s;
}

// The member of the parameters (const or not) that holds a text field; null for the others.
template <typename P>
auto stringField(P &p, Field field)
{
    using Member = decltype(&p.useCaseName);
    switch (field) {
    case Field::UseCaseName:
        return &p.useCaseName;
    case Field::UseCaseId:
        return &p.useCaseId;
    case Field::UseCaseStep:
        return &p.useCaseStep;
    case Field::UserId:
        return &p.userId;
    case Field::AccountName:
        return &p.accountName;
    case Field::PriceAsCategory:
        return &p.priceAsCategory;
    case Field::PriceAsResource:
        return &p.priceAsResource;
    case Field::ResourceScope:
        return &p.resourceScope;
    default:
        return Member(nullptr);
    }
}

ScopeScenario preset(const QString &name, const QString &explanation, bool global)
{
    ScopeScenario s;
    s.name = name;
    s.explanation = explanation;
    s.globalInstrumentation = global;
    return s;
}

payi::ScopeLayer scope(Origin kind, std::initializer_list<std::pair<Field, QString>> fields)
{
    payi::Params p;
    for (const auto &[field, text] : fields) {
        QString error;
        setFieldText(p, field, text, &error);
    }
    return payi::scopeLayer(p, kind);
}

} // namespace

QList<Field> fieldsOf(Origin kind)
{
    if (kind == Origin::Track) {
        return {Field::UseCaseName,         Field::UseCaseId, Field::UseCaseVersion,    Field::UserId,
                Field::AccountName,         Field::LimitIds,  Field::RequestProperties, Field::UseCaseProperties,
                Field::LogPromptAndResponse};
    }
    QList<Field> all;
    for (int i = 0; i < payi::FieldCount; ++i)
        all.append(Field(i));
    return all;
}

std::optional<QString> fieldText(const payi::Params &p, Field field)
{
    switch (field) {
    case Field::UseCaseVersion:
        return p.useCaseVersion ? std::optional<QString>(QString::number(*p.useCaseVersion)) : std::nullopt;
    case Field::LimitIds:
        return given(p.limitIds, listText);
    case Field::RequestProperties:
        return given(p.requestProperties, mapText);
    case Field::UseCaseProperties:
        return given(p.useCaseProperties, mapText);
    case Field::LogPromptAndResponse:
        if (!p.logPromptAndResponse)
            return std::nullopt;
        return *p.logPromptAndResponse ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return given(*stringField(p, field), same);
    }
}

bool setFieldText(payi::Params &p, Field field, const std::optional<QString> &text, QString *error)
{
    switch (field) {
    case Field::UseCaseVersion: {
        bool ok = true;
        const int version = text ? text->trimmed().toInt(&ok) : 0;
        if (!ok) {
            *error = tr("use_case_version is a whole number (\"%1\" is not)").arg(*text);
            return false;
        }
        p.useCaseVersion = text ? std::optional<int>(version) : std::nullopt;
        return true;
    }
    case Field::LimitIds:
        p.limitIds = text ? std::optional<QStringList>(parseList(*text)) : std::nullopt;
        return true;
    case Field::RequestProperties:
    case Field::UseCaseProperties: {
        std::optional<payi::Properties> map;
        if (text && !(map = parseMap(*text, error)))
            return false;
        (field == Field::RequestProperties ? p.requestProperties : p.useCaseProperties) = map;
        return true;
    }
    case Field::LogPromptAndResponse: {
        const QString t = text ? text->trimmed().toLower() : QString();
        if (text && t != u"true" && t != u"false") {
            *error = tr("log_prompt_and_response is true or false (\"%1\" is neither)").arg(*text);
            return false;
        }
        p.logPromptAndResponse = text ? std::optional<bool>(t == u"true") : std::nullopt;
        return true;
    }
    default:
        *stringField(p, field) = text;
        return true;
    }
}

QList<ScopeScenario> scopeLabPresets()
{
    QList<ScopeScenario> presets;
    ScopeScenario s = preset(tr("Same name nested"),
                             tr("A nested scope that repeats the use case's name stays in the outer instance: "
                                "the id @track generated is kept."),
                             false);
    s.scopes = {scope(Origin::Track, {{Field::UseCaseName, QStringLiteral("summarize")}}),
                scope(Origin::TrackContext,
                      {{Field::UseCaseName, QStringLiteral("summarize")}, {Field::UserId, QStringLiteral("bob")}})};
    presets.append(s);

    s = preset(tr("Different name"),
               tr("Another name is a new instance with an id of its own, yet the SDK carries the outer "
                  "use_case_version into it."),
               false);
    s.scopes = {scope(Origin::Track, {{Field::UseCaseName, QStringLiteral("summarize")},
                                      {Field::UseCaseVersion, QStringLiteral("2")}}),
                scope(Origin::TrackContext, {{Field::UseCaseName, QStringLiteral("translate")}})};
    presets.append(s);

    s = preset(tr("Empty values clear"),
               tr("\"\" and [] clear a field instead of inheriting it; a field left out is inherited."), true);
    s.scopes = {scope(Origin::Track, {{Field::UseCaseName, QStringLiteral("summarize")},
                                      {Field::UserId, QStringLiteral("alice")},
                                      {Field::LimitIds, QStringLiteral("team-budget")}}),
                scope(Origin::TrackContext, {{Field::UserId, QString()}, {Field::LimitIds, QString()}})};
    presets.append(s);

    s = preset(tr("Limit ids union"),
               tr("A nested scope's limit_ids join the outer ones and properties merge key by key: the call counts "
                  "against both budgets."),
               false);
    s.scopes = {scope(Origin::Track, {{Field::UseCaseName, QStringLiteral("summarize")},
                                      {Field::LimitIds, QStringLiteral("team-budget")},
                                      {Field::RequestProperties, QStringLiteral("team=docs")}}),
                scope(Origin::TrackContext, {{Field::LimitIds, QStringLiteral("user-budget")},
                                             {Field::RequestProperties, QStringLiteral("feature=summary")}})};
    presets.append(s);

    s = preset(tr("A header overrides"),
               tr("A per-call header replaces the context's value, limit ids too: no union with the scopes'."), true);
    s.scopes = {scope(Origin::Track, {{Field::UseCaseName, QStringLiteral("summarize")},
                                      {Field::LimitIds, QStringLiteral("team-budget")}}),
                scope(Origin::TrackContext, {{Field::UserId, QStringLiteral("alice")}})};
    QString error;
    setFieldText(s.headers, Field::UserId, QStringLiteral("bob"), &error);
    setFieldText(s.headers, Field::LimitIds, QStringLiteral("call-budget"), &error);
    presets.append(s);

    s = preset(tr("Use-case header"),
               tr("With xProxy-UseCase-Name the call is charged to the header's use case alone: even the same name "
                  "drops the context's id."),
               false);
    s.scopes = {scope(Origin::TrackContext, {{Field::UseCaseName, QStringLiteral("summarize")},
                                             {Field::UseCaseId, QStringLiteral("doc-42")},
                                             {Field::UserId, QStringLiteral("alice")}})};
    setFieldText(s.headers, Field::UseCaseName, QStringLiteral("summarize"), &error);
    presets.append(s);

    s = preset(tr("Global context"),
               tr("With global instrumentation on, a call outside every scope lands in the program's own use case."),
               true);
    setFieldText(s.headers, Field::UserId, QStringLiteral("alice"), &error);
    presets.append(s);
    return presets;
}

namespace {
// A resolved context's values, written as the parameters that would give them.
payi::Params valuesOf(const payi::Attribution &a)
{
    payi::Params p;
    p.useCaseName = a.useCaseName;
    p.useCaseId = a.useCaseId;
    p.useCaseVersion = a.useCaseVersion;
    p.useCaseStep = a.useCaseStep;
    p.userId = a.userId;
    p.accountName = a.accountName;
    p.limitIds = a.limitIds;
    p.requestProperties = a.requestProperties;
    p.useCaseProperties = a.useCaseProperties;
    p.logPromptAndResponse = a.logPromptAndResponse;
    p.priceAsCategory = a.priceAsCategory;
    p.priceAsResource = a.priceAsResource;
    p.resourceScope = a.resourceScope;
    return p;
}

payi::Config labConfig()
{
    payi::Config config;
    config.globalContext.useCaseName = QString::fromUtf16(ScopeLabGlobalName);
    return config;
}
} // namespace

ScopeLabModel::ScopeLabModel(QObject *parent) : QObject(parent), m_instrumentation(labConfig())
{
    load(scopeLabPresets().constFirst());
}

void ScopeLabModel::load(const ScopeScenario &scenario)
{
    m_scenario = scenario;
    m_edited = false;
    recompute();
}

void ScopeLabModel::markEdited()
{
    if (std::exchange(m_edited, true))
        return;
    m_scenario.explanation = m_scenario.name.isEmpty()
                                 ? tr("Your own scenario.")
                                 : tr("Your own scenario, started from the preset \"%1\".").arg(m_scenario.name);
    m_scenario.name = tr("your scenario");
}

void ScopeLabModel::setGlobalInstrumentation(bool on)
{
    markEdited();
    m_scenario.globalInstrumentation = on;
    recompute();
}

int ScopeLabModel::addScope(Origin kind, int index)
{
    index = std::clamp(index, 0, int(m_scenario.scopes.size()));
    markEdited();
    m_scenario.scopes.insert(index, payi::scopeLayer({}, kind));
    recompute();
    return index;
}

void ScopeLabModel::removeScope(int index)
{
    if (index < 0 || index >= m_scenario.scopes.size())
        return;
    markEdited();
    m_scenario.scopes.removeAt(index);
    recompute();
}

bool ScopeLabModel::moveScope(int from, int to)
{
    const int n = int(m_scenario.scopes.size());
    if (from < 0 || from >= n || to < 0 || to >= n)
        return false;
    markEdited();
    m_scenario.scopes.move(from, to);
    recompute();
    return true;
}

void ScopeLabModel::setScopeParams(int index, const payi::Params &params)
{
    if (index < 0 || index >= m_scenario.scopes.size())
        return;
    markEdited();
    payi::ScopeLayer &layer = m_scenario.scopes[index];
    payi::ScopeLayer edited = payi::scopeLayer(params, layer.origin);
    // Keep the id generated for this scope while it still needs one: it stays one instance.
    if (!edited.generatedId.isEmpty() && !layer.generatedId.isEmpty())
        edited.generatedId = layer.generatedId;
    layer = edited;
    recompute();
}

void ScopeLabModel::setHeaders(const payi::Params &headers)
{
    markEdited();
    m_scenario.headers = headers;
    recompute();
}

void ScopeLabModel::recompute()
{
    m_instrumentation.setGlobalInstrumentation(m_scenario.globalInstrumentation);
    m_result = m_instrumentation.trace(m_scenario.scopes, m_scenario.headers);
    emit changed();
}

QString ScopeLabModel::layerName(int layer) const
{
    if (layer == payi::RootLayer)
        return tr("global context");
    if (layer >= m_scenario.scopes.size())
        return tr("call headers");
    const bool track = m_scenario.scopes[layer].origin == Origin::Track;
    return QStringLiteral("#%1 %2").arg(layer + 1).arg(track ? QStringLiteral("@track")
                                                             : QStringLiteral("track_context"));
}

QList<ScopeLabRow> ScopeLabModel::rows() const
{
    QList<ScopeLabRow> rows;
    if (!m_result)
        return rows;
    const payi::TracedAttribution &t = *m_result;
    const payi::Attribution &a = t.attribution;
    const payi::Params resolved = valuesOf(a);
    const int headerLayer = int(m_scenario.scopes.size());
    const auto from = [&](Field f, int layer) {
        if (a.origin(f) == Origin::Instrument)
            return QStringLiteral("instrument()");
        return layer == headerLayer ? tr("call header %1").arg(callHeaderName(f)) : layerName(layer);
    };
    // A list or map whose elements came from more than one layer names each element's.
    const auto elements = [&](Field f, const QMap<QString, int> &layers) {
        const QList<int> distinct = QSet<int>(layers.cbegin(), layers.cend()).values();
        if (distinct.size() <= 1)
            return from(f, t.setLayer(f));
        QStringList parts;
        for (auto it = layers.cbegin(); it != layers.cend(); ++it)
            parts.append(QStringLiteral("%1 ← %2").arg(it.key(), from(f, it.value())));
        return parts.join(QStringLiteral(" · "));
    };
    for (int i = 0; i < payi::FieldCount; ++i) {
        const Field f = Field(i);
        ScopeLabRow row{f, QString(), QString(), QString(), false};
        row.value = fieldText(resolved, f).value_or(QString());
        const FieldExplanation e = explainField(f, a.origin(f), a.note(f));
        row.toolTip = e.note.isEmpty() ? e.fromToolTip : e.noteToolTip;
        if (a.origin(f) != Origin::None) {
            if (f == Field::LimitIds)
                row.origin = elements(f, t.limitIdLayers);
            else if (f == Field::RequestProperties)
                row.origin = elements(f, t.requestPropertyLayers);
            else if (f == Field::UseCaseProperties)
                row.origin = elements(f, t.useCasePropertyLayers);
            else if (f == Field::UseCaseId && t.generatedUseCaseId)
                row.origin = tr("generated by %1").arg(from(f, t.setLayer(f)));
            else
                row.origin = from(f, t.setLayer(f));
            if (!e.note.isEmpty())
                row.origin += QStringLiteral("; ") + e.note;
        } else if (!e.note.isEmpty()) {
            row.cleared = e.cleared;
            const int by = t.noteLayer(f);
            row.origin = by >= 0 && by < headerLayer ? QStringLiteral("%1 (%2)").arg(e.note, layerName(by)) : e.note;
        } else if (f == Field::LogPromptAndResponse) {
            row.origin = e.from;
        }
        rows.append(row);
    }
    return rows;
}

} // namespace gui
