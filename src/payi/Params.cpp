#include "payi/Params.h"

namespace payi {

QJsonObject propertiesToJson(const Properties &properties)
{
    QJsonObject o;
    for (auto it = properties.cbegin(); it != properties.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

Properties propertiesFromJson(const QJsonObject &object)
{
    Properties p;
    for (auto it = object.begin(); it != object.end(); ++it)
        p.insert(it.key(), it.value().toString());
    return p;
}

bool Params::isEmpty() const
{
    return *this == Params{};
}

void Params::overlay(const Params &other)
{
    const auto take = [](auto &mine, const auto &theirs) {
        if (theirs)
            mine = theirs;
    };
    take(useCaseName, other.useCaseName);
    take(useCaseId, other.useCaseId);
    take(useCaseVersion, other.useCaseVersion);
    take(useCaseStep, other.useCaseStep);
    take(userId, other.userId);
    take(accountName, other.accountName);
    take(limitIds, other.limitIds);
    take(requestProperties, other.requestProperties);
    take(useCaseProperties, other.useCaseProperties);
    take(logPromptAndResponse, other.logPromptAndResponse);
    take(priceAsCategory, other.priceAsCategory);
    take(priceAsResource, other.priceAsResource);
    take(resourceScope, other.resourceScope);
}

} // namespace payi
