#pragma once

#include "payi/Params.h"

#include <QJsonObject>
#include <QMetaType>

#include <array>

namespace payi {

// Where a resolved field got its value: the context inspector shows this. Instrument is
// instrument()'s own configuration (log_prompt_and_response = false, a hard switch).
enum class Origin : quint8 { None, Global, Track, TrackContext, CallHeader, Instrument };
QString originName(Origin origin);

// Why a field holds no value although a layer gave it one, or why a per-call header did
// not take effect: the inspector's "cleared by …".
enum class Reason : quint8 {
    None,
    EmptyValue,        // the layer gave this field an empty value
    EmptyUseCaseName,  // an empty use_case_name clears the use-case group
    UseCaseNameHeader, // xProxy-UseCase-Name sends only the call's own use-case headers
    ContextUseCase,    // no xProxy-UseCase-Name: the context's use-case field was sent instead of the header
};
QString reasonName(Reason reason);
struct Note
{
    Origin by = Origin::None; // the layer whose rule applied
    Reason reason = Reason::None;
    friend bool operator==(const Note &, const Note &) = default;
};

enum class Field : quint8 {
    UseCaseName,
    UseCaseId,
    UseCaseVersion,
    UseCaseStep,
    UserId,
    AccountName,
    LimitIds,
    RequestProperties,
    UseCaseProperties,
    LogPromptAndResponse,
    PriceAsCategory,
    PriceAsResource,
    ResourceScope,
};
inline constexpr int FieldCount = 13;
QString fieldName(Field field); // the SDK's snake_case name, e.g. "use_case_id"

// The resolved context a call is attributed to: what every scope in force, the global
// context and the per-call headers add up to. Empty strings and lists mean "absent".
struct Attribution
{
    QString useCaseName;
    QString useCaseId;
    std::optional<int> useCaseVersion;
    QString useCaseStep;
    QString userId;
    QString accountName;
    QStringList limitIds;
    Properties requestProperties;
    Properties useCaseProperties;
    bool logPromptAndResponse = true;
    QString priceAsCategory;
    QString priceAsResource;
    QString resourceScope;

    std::array<Origin, FieldCount> origins{};
    std::array<Note, FieldCount> notes{};
    Origin origin(Field field) const { return origins[static_cast<int>(field)]; }
    Note note(Field field) const { return notes[static_cast<int>(field)]; }
    // A layer gave the field a value: its origin, and no note.
    void setOrigin(Field field, Origin o);
    // A layer cleared the field: no origin, and the note says who and why.
    void setCleared(Field field, Origin by, Reason reason);

    // JSON with the SDK's field names; absent fields are left out. "origins" maps each
    // present field to where it came from; "notes" each noted field to {"by", "reason"}.
    QJsonObject toJson() const;
    static Attribution fromJson(const QJsonObject &object);

    // Equal attribution, origins aside: what the isolation audit compares.
    bool sameAttribution(const Attribution &other) const;
};

// Generates the use_case_id of a new instance: a UUID (version 7, time-ordered) without
// braces. Every other generated id (documents, requests, events, limits) is one too.
QString newUseCaseId();
// The short form people read: the last eight hex digits. Ids made close together share
// their leading (time) digits, so the end is what tells them apart.
QString shortId(const QString &id);

// Merges a child scope's parameters into the parent's resolved context, following the
// SDK's rules: unset inherits, empty clears, limit_ids union, properties merge child-wins,
// same use_case_name keeps the parent's id, a different one takes useCaseId or
// generatedId. generatedId is made once per scope so that every call in it agrees.
Attribution merge(const Attribution &parent, const Params &child, Origin origin, const QString &generatedId);
// The same, in place: out is the parent's context on entry and the child's on return.
void mergeInto(Attribution &out, const Params &child, Origin origin, const QString &generatedId);

// Applies per-call headers (xProxy-*), the highest precedence, as the SDK's
// _update_extra_headers and _extract_price_as do: a header replaces the field (limit_ids
// and properties too: no union, no merge) and an empty one clears it; an empty price_as or
// resource_scope header keeps the context's value; xProxy-UseCase-Name brings only the
// call's own use-case id, version and step, and without it the context's use-case fields
// win over those headers. A per-call log_prompt_and_response can only turn logging off.
Attribution applyCallHeaders(const Attribution &resolved, const Params &headers);

} // namespace payi

Q_DECLARE_METATYPE(payi::Attribution)
