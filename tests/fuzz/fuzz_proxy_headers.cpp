// providers::paramsFromProxyHeaders and payi::applyCallHeaders on any per-call headers a client
// sends (the document routes pass the request's xProxy-* headers on). Input: header lines
// "Name: value". An accepted set resolves onto a full context so that: every field a header set
// has origin call_header and a value; a noted field (other than "context outranked the header")
// is empty; limit ids are distinct and not blank; an empty xProxy-UseCase-Name leaves no use
// case; xProxy-Logging-Disable turns logging off and nothing turns it on. A refusal is
// invalid_header naming the header, and happens only for a version or a properties header.
#include "FuzzCheck.h"

#include "payi/Attribution.h"
#include "providers/ProxyHeaders.h"

#include <QByteArray>
#include <QSet>

#include <cstdint>

namespace {

payi::Attribution fullContext()
{
    payi::Attribution a;
    a.useCaseName = QStringLiteral("append_document");
    a.useCaseId = QStringLiteral("doc-1");
    a.useCaseVersion = 2;
    a.useCaseStep = QStringLiteral("s");
    a.userId = QStringLiteral("u");
    a.accountName = QStringLiteral("acme");
    a.limitIds = {QStringLiteral("l1")};
    a.requestProperties.insert(QStringLiteral("k"), QStringLiteral("v"));
    a.useCaseProperties.insert(QStringLiteral("p"), QStringLiteral("q"));
    a.priceAsResource = QStringLiteral("gpt-5.4");
    for (int i = 0; i < payi::FieldCount; ++i)
        a.origins[i] = payi::Origin::TrackContext;
    return a;
}

bool hasValue(const payi::Attribution &a, payi::Field f)
{
    switch (f) {
    case payi::Field::UseCaseName:
        return !a.useCaseName.isEmpty();
    case payi::Field::UseCaseId:
        return !a.useCaseId.isEmpty();
    case payi::Field::UseCaseVersion:
        return a.useCaseVersion.has_value();
    case payi::Field::UseCaseStep:
        return !a.useCaseStep.isEmpty();
    case payi::Field::UserId:
        return !a.userId.isEmpty();
    case payi::Field::AccountName:
        return !a.accountName.isEmpty();
    case payi::Field::LimitIds:
        return !a.limitIds.isEmpty();
    case payi::Field::RequestProperties:
        return !a.requestProperties.isEmpty();
    case payi::Field::UseCaseProperties:
        return !a.useCaseProperties.isEmpty();
    case payi::Field::LogPromptAndResponse:
        return true;
    case payi::Field::PriceAsCategory:
        return !a.priceAsCategory.isEmpty();
    case payi::Field::PriceAsResource:
        return !a.priceAsResource.isEmpty();
    case payi::Field::ResourceScope:
        return !a.resourceScope.isEmpty();
    }
    return false;
}

bool named(const QByteArray &name, const char *header)
{
    return name.compare(QByteArrayView(header), Qt::CaseInsensitive) == 0;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    providers::HeaderList headers;
    for (const QByteArray &line : QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers.append({line.left(colon).trimmed(), line.mid(colon + 1)});
    }
    const base::Result<payi::Params> params = providers::paramsFromProxyHeaders(headers);
    if (!params) {
        FUZZ_CHECK(params.error().code == QLatin1String("invalid_header"));
        FUZZ_CHECK(params.error().message.startsWith(QLatin1String("xProxy-UseCase-Version"))
                   || params.error().message.contains(QLatin1String("-Properties")));
        return 0;
    }
    const payi::Attribution a = payi::applyCallHeaders(fullContext(), *params);
    for (int i = 0; i < payi::FieldCount; ++i) {
        const auto f = payi::Field(i);
        if (a.origin(f) == payi::Origin::CallHeader)
            FUZZ_CHECK(hasValue(a, f));
        if (a.note(f).reason != payi::Reason::None && a.note(f).reason != payi::Reason::ContextUseCase)
            FUZZ_CHECK(!hasValue(a, f) && a.origin(f) == payi::Origin::None);
    }
    FUZZ_CHECK(QSet<QString>(a.limitIds.cbegin(), a.limitIds.cend()).size() == a.limitIds.size());
    for (const QString &id : a.limitIds)
        FUZZ_CHECK(!id.trimmed().isEmpty());
    bool loggingDisabled = false;
    bool emptyName = false;
    for (const auto &[name, value] : headers) {
        loggingDisabled = loggingDisabled || named(name, "xProxy-Logging-Disable");
        if (named(name, "xProxy-UseCase-Name"))
            emptyName = value.trimmed().isEmpty();
    }
    FUZZ_CHECK(a.logPromptAndResponse == !loggingDisabled);
    if (emptyName)
        FUZZ_CHECK(a.useCaseName.isEmpty() && a.useCaseId.isEmpty() && !a.useCaseVersion && a.useCaseStep.isEmpty());
    return 0;
}
