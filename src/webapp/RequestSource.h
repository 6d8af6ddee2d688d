#pragma once

#include "net/HttpRequest.h"
#include "payi/CallEvent.h"

#include <QString>

#include <optional>
#include <utility>

namespace payi {
struct CallStart;
}

namespace webapp {

// Where a call reported over HTTP comes from (docs/http-api.md, "Sources"): an outside app,
// named by the module its Pay-i SDK instruments and a fingerprint of its key, with the request
// headers worth showing beside its calls. For every route that records a call on an outside
// app's behalf: the ingest route applies it to the reported event, the Pay-i proxy route to
// the CallStart of the call it forwards, so that the recorded event carries it.
//
//     const RequestSource source = RequestSource::of(request);
//     source.applyTo(start); // or applyTo(event)
//
// The key (xProxy-api-key, else the token of `Authorization: Bearer`) is hashed and
// forgotten: neither it nor a header that holds it is kept, here or on the event.
struct RequestSource
{
    QString label;               // "<module> · <app>", e.g. "openai/2.34.0 · key 3f9a1c": the event's source
    QString module;              // xProxy-Instrumented-Module, else User-Agent, else "unknown module"
    QString app;                 // keyFingerprint(key), or "no key"
    payi::SourceHeaders headers; // those keepsHeader() keeps, in the order sent

    static RequestSource of(const net::HttpHeaders &headers);
    static RequestSource of(const net::HttpRequest &request) { return of(request.headers()); }

    void applyTo(payi::CallEvent &event) const;
    void applyTo(payi::CallStart &start) const;

    // The headers kept with a call: xProxy-* (the key aside), User-Agent and X-Stainless-*
    // (the SDK's runtime, version, retry count). An allow-list, so that no credential a
    // client adds (Authorization, Cookie, X-Api-Key, ...) is ever kept; a name that says
    // key, token, auth, secret, password or cookie is refused whatever its prefix.
    static bool keepsHeader(QByteArrayView name);
    // "key " and the first 6 hex digits of the key's SHA-256: `printf %s "$KEY" | sha256sum`
    // shows the same digits. Tells keys apart without revealing them.
    static QString keyFingerprint(QByteArrayView key);
    // A label back into its module and app; nullopt for a label not of that form (the
    // document app's).
    static std::optional<std::pair<QString, QString>> split(const QString &label);

    static constexpr int MaxModuleLength = 64;
};

} // namespace webapp
