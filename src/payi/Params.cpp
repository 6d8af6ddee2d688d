#include "payi/Params.h"

namespace payi {

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
