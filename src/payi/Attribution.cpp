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
    }
    return QString();
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
    a.setOrigin(f, child->isEmpty() ? Origin::None : origin);
}

// The SDK's _valid_properties_or_none: unset inherits, {} clears, otherwise child keys win.
void mergeProperties(Properties &out, const std::optional<Properties> &child, Attribution &a, Field f, Origin origin)
{
    if (!child)
        return;
    if (child->isEmpty()) {
        out.clear();
        a.setOrigin(f, Origin::None);
        return;
    }
    out.insert(*child);
    a.setOrigin(f, origin);
}

void clearUseCase(Attribution &a)
{
    a.useCaseName.clear();
    a.useCaseId.clear();
    a.useCaseVersion.reset();
    a.useCaseStep.clear();
    a.useCaseProperties.clear();
    for (Field f :
         {Field::UseCaseName, Field::UseCaseId, Field::UseCaseVersion, Field::UseCaseStep, Field::UseCaseProperties})
        a.setOrigin(f, Origin::None);
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
    const QJsonObject origins = o.value(QLatin1String("origins")).toObject();
    for (int i = 0; i < FieldCount; ++i) {
        const QString name = origins.value(fieldName(Field(i))).toString();
        for (Origin candidate : {Origin::Global, Origin::Track, Origin::TrackContext, Origin::CallHeader}) {
            if (name == originName(candidate))
                a.origins[i] = candidate;
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
        clearUseCase(out);
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
            out.setOrigin(Field::LimitIds, Origin::None);
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

Attribution applyCallHeaders(const Attribution &resolved, const Params &headers)
{
    Attribution out = resolved;
    const auto replace = [&](QString &field, const std::optional<QString> &header, Field f) {
        if (header && !header->isEmpty()) {
            field = *header;
            out.setOrigin(f, Origin::CallHeader);
        }
    };
    replace(out.useCaseName, headers.useCaseName, Field::UseCaseName);
    replace(out.useCaseId, headers.useCaseId, Field::UseCaseId);
    if (headers.useCaseVersion) {
        out.useCaseVersion = headers.useCaseVersion;
        out.setOrigin(Field::UseCaseVersion, Origin::CallHeader);
    }
    replace(out.useCaseStep, headers.useCaseStep, Field::UseCaseStep);
    replace(out.userId, headers.userId, Field::UserId);
    replace(out.accountName, headers.accountName, Field::AccountName);
    replace(out.priceAsCategory, headers.priceAsCategory, Field::PriceAsCategory);
    replace(out.priceAsResource, headers.priceAsResource, Field::PriceAsResource);
    replace(out.resourceScope, headers.resourceScope, Field::ResourceScope);
    if (headers.limitIds && !headers.limitIds->isEmpty()) {
        out.limitIds = *headers.limitIds;
        out.setOrigin(Field::LimitIds, Origin::CallHeader);
    }
    if (headers.requestProperties && !headers.requestProperties->isEmpty()) {
        out.requestProperties = *headers.requestProperties;
        out.setOrigin(Field::RequestProperties, Origin::CallHeader);
    }
    if (headers.useCaseProperties && !headers.useCaseProperties->isEmpty()) {
        out.useCaseProperties = *headers.useCaseProperties;
        out.setOrigin(Field::UseCaseProperties, Origin::CallHeader);
    }
    if (headers.logPromptAndResponse) {
        out.logPromptAndResponse = *headers.logPromptAndResponse;
        out.setOrigin(Field::LogPromptAndResponse, Origin::CallHeader);
    }
    return out;
}

} // namespace payi
