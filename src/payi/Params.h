#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace payi {

using Properties = QMap<QString, QString>;

QJsonObject propertiesToJson(const Properties &properties);
// Values that are not strings read as empty strings.
Properties propertiesFromJson(const QJsonObject &object);

// The parameters of track(), TrackContext and the per-call headers, as in the Pay-i SDK.
// std::nullopt means "not given: inherit"; an empty string, list or map means "clear it
// and do not inherit" (docs/tracking-model.md, "Nesting and precedence").
struct Params
{
    std::optional<QString> useCaseName;
    std::optional<QString> useCaseId;
    std::optional<int> useCaseVersion;
    std::optional<QString> useCaseStep;
    std::optional<QString> userId;
    std::optional<QString> accountName;
    std::optional<QStringList> limitIds;
    std::optional<Properties> requestProperties;
    std::optional<Properties> useCaseProperties;
    std::optional<bool> logPromptAndResponse;
    std::optional<QString> priceAsCategory;
    std::optional<QString> priceAsResource;
    std::optional<QString> resourceScope;

    bool isEmpty() const;
    // Fields of other that are given replace this one's (used to edit the global context).
    void overlay(const Params &other);
    friend bool operator==(const Params &, const Params &) = default;
};

} // namespace payi
