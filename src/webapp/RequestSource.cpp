#include "webapp/RequestSource.h"

#include "payi/Instrumentation.h"

#include <QCryptographicHash>

namespace webapp {

namespace {

const QString Separator = QStringLiteral(" · ");

bool startsWithCi(QByteArrayView name, QByteArrayView prefix)
{
    return name.size() >= prefix.size() && net::HttpHeaders::namesEqual(name.first(prefix.size()), prefix);
}

// The key the request authenticates with: Pay-i's header, else a bearer token.
QByteArray keyOf(const net::HttpHeaders &headers)
{
    const QByteArray payiKey = headers.value("xProxy-api-key").trimmed();
    if (!payiKey.isEmpty())
        return payiKey;
    const QByteArray authorization = headers.value("Authorization").trimmed();
    if (startsWithCi(authorization, "Bearer "))
        return authorization.mid(7).trimmed();
    return authorization;
}

// A header value as text, one line, at most `length` characters.
QString shown(const QByteArray &value, int length)
{
    return QString::fromUtf8(value).simplified().left(length);
}

// Whether value holds the key (a key shorter than 4 bytes is not a secret worth the check).
bool holdsKey(QByteArrayView value, const QByteArray &key)
{
    return key.size() >= 4 && value.contains(key);
}

} // namespace

bool RequestSource::keepsHeader(QByteArrayView name)
{
    // The allow-list first: most headers stop there, without the lower-case copy.
    if (!startsWithCi(name, "xProxy-") && !startsWithCi(name, "X-Stainless-")
        && !net::HttpHeaders::namesEqual(name, "User-Agent"))
        return false;
    const QByteArray lower = name.toByteArray().toLower();
    for (const char *word : {"key", "token", "auth", "secret", "password", "cookie"}) {
        if (lower.contains(word))
            return false;
    }
    return true;
}

QString RequestSource::keyFingerprint(QByteArrayView key)
{
    const QByteArray digest = QCryptographicHash::hash(key, QCryptographicHash::Sha256);
    return QStringLiteral("key ") + QString::fromLatin1(digest.toHex().left(6));
}

RequestSource RequestSource::of(const net::HttpHeaders &headers)
{
    const QByteArray key = keyOf(headers);
    RequestSource source;
    for (const QByteArrayView name : {QByteArrayView("xProxy-Instrumented-Module"), QByteArrayView("User-Agent")}) {
        const QByteArray value = headers.value(name);
        if (source.module.isEmpty() && !holdsKey(value, key))
            source.module = shown(value, MaxModuleLength);
    }
    if (source.module.isEmpty())
        source.module = QStringLiteral("unknown module");
    source.app = key.isEmpty() ? QStringLiteral("no key") : keyFingerprint(key);
    source.label = source.module + Separator + source.app;
    for (const auto &[name, value] : headers.fields()) {
        if (!keepsHeader(name))
            continue;
        source.headers.append({QString::fromLatin1(name), holdsKey(value, key)
                                                              ? QStringLiteral("(not kept: it holds the key)")
                                                              : QString::fromUtf8(value)});
    }
    return source;
}

void RequestSource::applyTo(payi::CallEvent &event) const
{
    event.source = label;
    event.sourceHeaders = headers;
}

void RequestSource::applyTo(payi::CallStart &start) const
{
    start.source = label;
    start.sourceHeaders = headers;
}

std::optional<std::pair<QString, QString>> RequestSource::split(const QString &label)
{
    const qsizetype at = label.lastIndexOf(Separator);
    if (at <= 0)
        return std::nullopt;
    return std::pair{label.left(at), label.mid(at + Separator.size())};
}

} // namespace webapp
