#include "payi/Attribution.h"

#include <QJsonArray>
#include <QRandomGenerator>

#include <bit>
#include <chrono>

namespace payi {

QString originName(Origin origin)
{
    switch (origin) {
    case Origin::None:
        return QStringLiteral("none");
    case Origin::Global:
        return QStringLiteral("global");
    case Origin::Track:
        return QStringLiteral("track");
    case Origin::TrackContext:
        return QStringLiteral("track_context");
    case Origin::CallHeader:
        return QStringLiteral("call_header");
    case Origin::Instrument:
        return QStringLiteral("instrument");
    }
    return QString();
}

QString reasonName(Reason reason)
{
    switch (reason) {
    case Reason::None:
        return QStringLiteral("none");
    case Reason::EmptyValue:
        return QStringLiteral("empty_value");
    case Reason::EmptyUseCaseName:
        return QStringLiteral("empty_use_case_name");
    case Reason::UseCaseNameHeader:
        return QStringLiteral("use_case_name_header");
    case Reason::ContextUseCase:
        return QStringLiteral("context_use_case");
    }
    return QString();
}

void Attribution::setOrigin(Field field, Origin o)
{
    origins[static_cast<int>(field)] = o;
    notes[static_cast<int>(field)] = Note{};
}

void Attribution::setCleared(Field field, Origin by, Reason reason)
{
    const int i = static_cast<int>(field);
    // Only a field that held something is worth a note: clearing nothing changes nothing.
    if (origins[i] != Origin::None || notes[i].reason != Reason::None)
        notes[i] = Note{by, reason};
    origins[i] = Origin::None;
}

QString fieldName(Field field)
{
    static const char *const names[FieldCount] = {
        "use_case_name",
        "use_case_id",
        "use_case_version",
        "use_case_step",
        "user_id",
        "account_name",
        "limit_ids",
        "request_properties",
        "use_case_properties",
        "log_prompt_and_response",
        "price_as_category",
        "price_as_resource",
        "resource_scope",
    };
    return QLatin1String(names[static_cast<int>(field)]);
}

namespace {

// The SDK's _valid_str_or_none: unset inherits, "" clears, a value replaces.
void mergeString(QString &out, const std::optional<QString> &child, Attribution &a, Field f, Origin origin)
{
    if (!child)
        return;
    out = *child;
    if (child->isEmpty())
        a.setCleared(f, origin, Reason::EmptyValue);
    else
        a.setOrigin(f, origin);
}

// The SDK's _valid_properties_or_none: unset inherits, {} clears, otherwise child keys win.
void mergeProperties(Properties &out, const std::optional<Properties> &child, Attribution &a, Field f, Origin origin)
{
    if (!child)
        return;
    if (child->isEmpty()) {
        out.clear();
        a.setCleared(f, origin, Reason::EmptyValue);
        return;
    }
    out.insert(*child);
    a.setOrigin(f, origin);
}

// The SDK clears the name, id, version and step together; a scope's empty name clears its
// use_case_properties too (_init_current_context), a header's does not (_update_extra_headers).
void clearUseCaseGroup(Attribution &a, Origin by, Reason reason, bool properties)
{
    a.useCaseName.clear();
    a.useCaseId.clear();
    a.useCaseVersion.reset();
    a.useCaseStep.clear();
    for (Field f : {Field::UseCaseName, Field::UseCaseId, Field::UseCaseVersion, Field::UseCaseStep})
        a.setCleared(f, by, reason);
    if (properties) {
        a.useCaseProperties.clear();
        a.setCleared(Field::UseCaseProperties, by, reason);
    }
}

} // namespace

QJsonObject Attribution::toJson() const
{
    QJsonObject o;
    const auto putString = [&](Field f, const QString &v) {
        if (!v.isEmpty())
            o.insert(fieldName(f), v);
    };
    putString(Field::UseCaseName, useCaseName);
    putString(Field::UseCaseId, useCaseId);
    if (useCaseVersion)
        o.insert(fieldName(Field::UseCaseVersion), *useCaseVersion);
    putString(Field::UseCaseStep, useCaseStep);
    putString(Field::UserId, userId);
    putString(Field::AccountName, accountName);
    if (!limitIds.isEmpty())
        o.insert(fieldName(Field::LimitIds), QJsonArray::fromStringList(limitIds));
    if (!requestProperties.isEmpty())
        o.insert(fieldName(Field::RequestProperties), propertiesToJson(requestProperties));
    if (!useCaseProperties.isEmpty())
        o.insert(fieldName(Field::UseCaseProperties), propertiesToJson(useCaseProperties));
    o.insert(fieldName(Field::LogPromptAndResponse), logPromptAndResponse);
    putString(Field::PriceAsCategory, priceAsCategory);
    putString(Field::PriceAsResource, priceAsResource);
    putString(Field::ResourceScope, resourceScope);
    QJsonObject originsJson;
    for (int i = 0; i < FieldCount; ++i) {
        if (origins[i] != Origin::None)
            originsJson.insert(fieldName(Field(i)), originName(origins[i]));
    }
    o.insert(QStringLiteral("origins"), originsJson);
    QJsonObject notesJson;
    for (int i = 0; i < FieldCount; ++i) {
        if (notes[i].reason != Reason::None)
            notesJson.insert(fieldName(Field(i)), QJsonObject{{QStringLiteral("by"), originName(notes[i].by)},
                                                              {QStringLiteral("reason"), reasonName(notes[i].reason)}});
    }
    if (!notesJson.isEmpty())
        o.insert(QStringLiteral("notes"), notesJson);
    return o;
}

Attribution Attribution::fromJson(const QJsonObject &o)
{
    Attribution a;
    const auto str = [&](Field f) { return o.value(fieldName(f)).toString(); };
    const auto props = [&](Field f) { return propertiesFromJson(o.value(fieldName(f)).toObject()); };
    a.useCaseName = str(Field::UseCaseName);
    a.useCaseId = str(Field::UseCaseId);
    if (o.contains(fieldName(Field::UseCaseVersion)))
        a.useCaseVersion = o.value(fieldName(Field::UseCaseVersion)).toInt();
    a.useCaseStep = str(Field::UseCaseStep);
    a.userId = str(Field::UserId);
    a.accountName = str(Field::AccountName);
    for (const QJsonValue &id : o.value(fieldName(Field::LimitIds)).toArray())
        a.limitIds.append(id.toString());
    a.requestProperties = props(Field::RequestProperties);
    a.useCaseProperties = props(Field::UseCaseProperties);
    a.logPromptAndResponse = o.value(fieldName(Field::LogPromptAndResponse)).toBool(true);
    a.priceAsCategory = str(Field::PriceAsCategory);
    a.priceAsResource = str(Field::PriceAsResource);
    a.resourceScope = str(Field::ResourceScope);
    const auto originNamed = [](const QString &name) {
        for (Origin candidate :
             {Origin::Global, Origin::Track, Origin::TrackContext, Origin::CallHeader, Origin::Instrument}) {
            if (name == originName(candidate))
                return candidate;
        }
        return Origin::None;
    };
    const QJsonObject origins = o.value(QLatin1String("origins")).toObject();
    const QJsonObject notes = o.value(QLatin1String("notes")).toObject();
    for (int i = 0; i < FieldCount; ++i) {
        a.origins[i] = originNamed(origins.value(fieldName(Field(i))).toString());
        const QJsonObject note = notes.value(fieldName(Field(i))).toObject();
        const QString reason = note.value(QLatin1String("reason")).toString();
        for (Reason candidate :
             {Reason::EmptyValue, Reason::EmptyUseCaseName, Reason::UseCaseNameHeader, Reason::ContextUseCase}) {
            if (reason == reasonName(candidate))
                a.notes[i] = Note{originNamed(note.value(QLatin1String("by")).toString()), candidate};
        }
    }
    return a;
}

bool Attribution::sameAttribution(const Attribution &other) const
{
    return useCaseName == other.useCaseName && useCaseId == other.useCaseId && useCaseVersion == other.useCaseVersion
           && useCaseStep == other.useCaseStep && userId == other.userId && accountName == other.accountName
           && limitIds == other.limitIds && requestProperties == other.requestProperties
           && useCaseProperties == other.useCaseProperties && logPromptAndResponse == other.logPromptAndResponse
           && priceAsCategory == other.priceAsCategory && priceAsResource == other.priceAsResource
           && resourceScope == other.resourceScope;
}

namespace {

// xoshiro256** (Blackman and Vigna): a few instructions per 64 bits, no lock; one per
// thread, seeded from the system's generator.
class FastRandom
{
public:
    FastRandom()
    {
        for (quint64 &word : m_state)
            word = QRandomGenerator::system()->generate64();
    }
    quint64 next()
    {
        const quint64 result = std::rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = std::rotl(m_state[3], 45);
        return result;
    }

private:
    quint64 m_state[4];
};

} // namespace

QString newUseCaseId()
{
    // UUID version 7 (RFC 9562): the Unix time in milliseconds, then 74 random bits. Ids
    // made later sort later, so the ledger's tables keyed by them grow at their right edge
    // instead of dirtying a random page per row on every commit.
    thread_local FastRandom random;
    const auto ms = quint64(
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
            .count());
    const quint64 hi = (ms << 16) | 0x7000 | (random.next() & 0x0FFF);
    const quint64 lo = (random.next() & ~(quint64(0xC) << 60)) | (quint64(0x8) << 60); // RFC 4122 variant
    static constexpr char16_t hex[] = u"0123456789abcdef";
    QString id(36, Qt::Uninitialized);
    QChar *out = id.data();
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            *out++ = u'-';
        const quint64 word = i < 8 ? hi : lo;
        const unsigned byte = unsigned((word >> ((7 - (i % 8)) * 8)) & 0xFF);
        *out++ = hex[byte >> 4];
        *out++ = hex[byte & 0xF];
    }
    return id;
}

QString shortId(const QString &id)
{
    return id.right(8);
}

Attribution merge(const Attribution &parent, const Params &child, Origin origin, const QString &generatedId)
{
    Attribution out = parent;
    mergeInto(out, child, origin, generatedId);
    return out;
}

void mergeInto(Attribution &out, const Params &child, Origin origin, const QString &generatedId)
{
    const QString parentName = out.useCaseName;

    if (child.logPromptAndResponse) {
        out.logPromptAndResponse = *child.logPromptAndResponse;
        out.setOrigin(Field::LogPromptAndResponse, origin);
    }

    bool assignUseCase = false;
    QString parentUseCaseId = out.useCaseId;
    if (!child.useCaseName) {
        assignUseCase = !parentName.isEmpty();
    } else if (child.useCaseName->isEmpty()) {
        clearUseCaseGroup(out, origin, Reason::EmptyUseCaseName, true);
    } else {
        if (*child.useCaseName != parentName) {
            // A different use case is a new instance: the given id, or a generated one.
            out.useCaseName = *child.useCaseName;
            parentUseCaseId = generatedId;
            out.useCaseId = generatedId;
            out.setOrigin(Field::UseCaseId, origin);
        }
        out.setOrigin(Field::UseCaseName, origin);
        assignUseCase = true;
    }

    if (assignUseCase) {
        if (child.useCaseVersion) {
            out.useCaseVersion = child.useCaseVersion;
            out.setOrigin(Field::UseCaseVersion, origin);
        }
        out.useCaseId = parentUseCaseId;
        mergeString(out.useCaseId, child.useCaseId, out, Field::UseCaseId, origin);
        mergeString(out.useCaseStep, child.useCaseStep, out, Field::UseCaseStep, origin);
        mergeProperties(out.useCaseProperties, child.useCaseProperties, out, Field::UseCaseProperties, origin);
    }

    if (child.limitIds) {
        if (child.limitIds->isEmpty()) {
            out.limitIds.clear();
            out.setCleared(Field::LimitIds, origin, Reason::EmptyValue);
        } else {
            for (const QString &id : *child.limitIds) {
                if (!out.limitIds.contains(id))
                    out.limitIds.append(id);
            }
            out.setOrigin(Field::LimitIds, origin);
        }
    }

    mergeString(out.userId, child.userId, out, Field::UserId, origin);
    mergeString(out.accountName, child.accountName, out, Field::AccountName, origin);
    mergeProperties(out.requestProperties, child.requestProperties, out, Field::RequestProperties, origin);
    mergeString(out.priceAsCategory, child.priceAsCategory, out, Field::PriceAsCategory, origin);
    mergeString(out.priceAsResource, child.priceAsResource, out, Field::PriceAsResource, origin);
    mergeString(out.resourceScope, child.resourceScope, out, Field::ResourceScope, origin);
}

namespace {

// _update_extra_headers for the use-case group (instrument.py 1559-1578, at a2b19c2) and
// _before_invoke_update_request's "if value:" reads (1143-1160).
void applyUseCaseHeaders(Attribution &out, const Params &headers)
{
    constexpr Origin header = Origin::CallHeader;
    if (headers.useCaseName && headers.useCaseName->isEmpty()) {
        clearUseCaseGroup(out, header, Reason::EmptyUseCaseName, false);
        return;
    }
    const bool named = headers.useCaseName.has_value();
    if (named) {
        out.useCaseName = *headers.useCaseName;
        out.setOrigin(Field::UseCaseName, header);
    }
    // With the name header, each of the call's own headers or nothing; without it, the
    // context's field when it names a use case and has one, else the header.
    const bool contextSends = !named && !out.useCaseName.isEmpty();
    const auto take = [&](Field f, bool given, bool contextHas, auto assign, auto clear) {
        if (contextSends && contextHas) {
            if (given)
                out.notes[static_cast<int>(f)] = Note{header, Reason::ContextUseCase};
        } else if (given) {
            assign();
            out.setOrigin(f, header);
        } else if (named) {
            clear();
            out.setCleared(f, header, Reason::UseCaseNameHeader);
        }
    };
    const bool id = headers.useCaseId && !headers.useCaseId->isEmpty();
    take(
        Field::UseCaseId, id, !out.useCaseId.isEmpty(), [&] { out.useCaseId = *headers.useCaseId; },
        [&] { out.useCaseId.clear(); });
    take(
        Field::UseCaseVersion, headers.useCaseVersion.has_value(), out.useCaseVersion.has_value(),
        [&] { out.useCaseVersion = headers.useCaseVersion; }, [&] { out.useCaseVersion.reset(); });
    const bool step = headers.useCaseStep && !headers.useCaseStep->isEmpty();
    take(
        Field::UseCaseStep, step, !out.useCaseStep.isEmpty(), [&] { out.useCaseStep = *headers.useCaseStep; },
        [&] { out.useCaseStep.clear(); });
}

} // namespace

Attribution applyCallHeaders(const Attribution &resolved, const Params &headers)
{
    Attribution out = resolved;
    constexpr Origin header = Origin::CallHeader;
    // Present and empty clears; present replaces (_update_extra_headers, 1494-1557).
    const auto replaceOrClear = [&](auto &field, const auto &value, Field f) {
        if (!value)
            return;
        field = *value;
        if (value->isEmpty())
            out.setCleared(f, header, Reason::EmptyValue);
        else
            out.setOrigin(f, header);
    };
    replaceOrClear(out.userId, headers.userId, Field::UserId);
    replaceOrClear(out.accountName, headers.accountName, Field::AccountName);
    replaceOrClear(out.limitIds, headers.limitIds, Field::LimitIds);
    replaceOrClear(out.requestProperties, headers.requestProperties, Field::RequestProperties);
    replaceOrClear(out.useCaseProperties, headers.useCaseProperties, Field::UseCaseProperties);
    applyUseCaseHeaders(out, headers);

    // _extract_price_as (1109-1116): `header or context`, so an empty header keeps the context's.
    const auto replaceIfGiven = [&](QString &field, const std::optional<QString> &value, Field f) {
        if (value && !value->isEmpty()) {
            field = *value;
            out.setOrigin(f, header);
        }
    };
    replaceIfGiven(out.priceAsCategory, headers.priceAsCategory, Field::PriceAsCategory);
    replaceIfGiven(out.priceAsResource, headers.priceAsResource, Field::PriceAsResource);
    replaceIfGiven(out.resourceScope, headers.resourceScope, Field::ResourceScope);

    // xProxy-Logging-Disable: its presence turns logging off; nothing per call turns it on.
    if (headers.logPromptAndResponse == false) {
        out.logPromptAndResponse = false;
        out.setOrigin(Field::LogPromptAndResponse, header);
    }
    return out;
}

} // namespace payi
