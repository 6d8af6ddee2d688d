#include "providers/ProxyHeaders.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace providers {

bool isProxyHeader(QByteArrayView name)
{
    return name.size() >= 7 && name.first(7).compare("xproxy-", Qt::CaseInsensitive) == 0;
}

namespace {

base::Error invalidHeader(const char *name, const QString &why)
{
    return base::Error{QStringLiteral("invalid_header"), QStringLiteral("%1 %2").arg(QLatin1String(name), why)};
}

// A JSON object of strings (null reads as ""), as text or as base64 of that text.
base::Result<payi::Properties> readProperties(const char *name, const QByteArray &value)
{
    if (value.isEmpty())
        return payi::Properties{};
    const QByteArray text = value.startsWith('{') ? value : QByteArray::fromBase64(value);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return invalidHeader(name, QStringLiteral("must be a JSON object, as text or base64"));
    payi::Properties properties;
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString() && !it.value().isNull())
            return invalidHeader(name, QStringLiteral("values must be strings: %1 is not").arg(it.key().left(64)));
        properties.insert(it.key(), it.value().toString());
    }
    return properties;
}

QStringList readLimitIds(const QString &value)
{
    QStringList ids;
    for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString id = part.trimmed();
        if (!id.isEmpty() && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

} // namespace

base::Result<payi::Params> paramsFromProxyHeaders(const HeaderList &headers)
{
    payi::Params params;
    const std::pair<const char *, std::optional<QString> payi::Params::*> strings[] = {
        {"xProxy-UseCase-Name", &payi::Params::useCaseName},
        {"xProxy-UseCase-ID", &payi::Params::useCaseId},
        {"xProxy-UseCase-Step", &payi::Params::useCaseStep},
        {"xProxy-User-ID", &payi::Params::userId},
        {"xProxy-Account-Name", &payi::Params::accountName},
        {"xProxy-PriceAs-Category", &payi::Params::priceAsCategory},
        {"xProxy-PriceAs-Resource", &payi::Params::priceAsResource},
        {"xProxy-Resource-Scope", &payi::Params::resourceScope},
    };
    const std::pair<const char *, std::optional<payi::Properties> payi::Params::*> maps[] = {
        {"xProxy-Request-Properties", &payi::Params::requestProperties},
        {"xProxy-UseCase-Properties", &payi::Params::useCaseProperties},
    };
    for (const auto &[name, rawValue] : headers) {
        if (!isProxyHeader(name))
            continue;
        const QByteArray raw = rawValue.trimmed();
        const QString value = QString::fromUtf8(raw);
        const auto is = [&name = name](const char *header) {
            return name.compare(QByteArrayView(header), Qt::CaseInsensitive) == 0;
        };
        for (const auto &[header, field] : strings) {
            if (is(header))
                params.*field = value;
        }
        for (const auto &[header, field] : maps) {
            if (!is(header))
                continue;
            base::Result<payi::Properties> properties = readProperties(header, raw);
            if (!properties)
                return properties.error();
            params.*field = std::move(properties).value();
        }
        if (is("xProxy-UseCase-Version") && !value.isEmpty()) {
            bool ok = false;
            params.useCaseVersion = value.toInt(&ok);
            if (!ok)
                return invalidHeader("xProxy-UseCase-Version", QStringLiteral("must be an integer"));
        } else if (is("xProxy-Limit-IDs")) {
            params.limitIds = readLimitIds(value);
        } else if (is("xProxy-Logging-Disable")) {
            params.logPromptAndResponse = false;
        }
    }
    return params;
}

} // namespace providers
