#pragma once

#include "payi/Params.h"

#include <QJsonObject>
#include <QMetaType>

#include <array>

namespace payi {

// Where a resolved field got its value: the context inspector shows this.
enum class Origin : quint8 { None, Global, Track, TrackContext, CallHeader };
QString originName(Origin origin);

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
    Origin origin(Field field) const { return origins[static_cast<int>(field)]; }
    void setOrigin(Field field, Origin o) { origins[static_cast<int>(field)] = o; }

    // JSON with the SDK's field names; absent fields are left out. "origins" maps each
    // present field to where it came from.
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

// Applies per-call headers (xProxy-*), the highest precedence: each given field replaces
// the resolved one, limit_ids included (no union).
Attribution applyCallHeaders(const Attribution &resolved, const Params &headers);

} // namespace payi

Q_DECLARE_METATYPE(payi::Attribution)
