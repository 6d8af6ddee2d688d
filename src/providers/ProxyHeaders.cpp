#include "providers/ProxyHeaders.h"

namespace providers {

bool isProxyHeader(QByteArrayView name)
{
    return name.size() >= 7 && name.first(7).compare("xproxy-", Qt::CaseInsensitive) == 0;
}

payi::Params paramsFromProxyHeaders(const HeaderList &headers)
{
    payi::Params params;
    for (const auto &[name, rawValue] : headers) {
        if (!isProxyHeader(name))
            continue;
        const QString value = QString::fromUtf8(rawValue).trimmed();
        auto is = [&name = name](const char *header) {
            return name.compare(QByteArrayView(header), Qt::CaseInsensitive) == 0;
        };
        if (is("xProxy-UseCase-Name")) {
            params.useCaseName = value;
        } else if (is("xProxy-UseCase-ID")) {
            params.useCaseId = value;
        } else if (is("xProxy-UseCase-Version")) {
            bool ok = false;
            const int version = value.toInt(&ok);
            if (ok)
                params.useCaseVersion = version;
        } else if (is("xProxy-UseCase-Step")) {
            params.useCaseStep = value;
        } else if (is("xProxy-User-ID")) {
            params.userId = value;
        } else if (is("xProxy-Account-Name")) {
            params.accountName = value;
        } else if (is("xProxy-Limit-IDs")) {
            QStringList ids;
            const QStringList parts = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (const QString &id : parts)
                ids.append(id.trimmed());
            params.limitIds = ids;
        }
    }
    return params;
}

} // namespace providers
