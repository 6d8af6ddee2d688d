#pragma once

#include "net/HttpRequest.h"
#include "net/Responder.h"

#include <QByteArrayList>
#include <QHash>
#include <QList>
#include <QString>
#include <QVarLengthArray>

#include <functional>

namespace net {

// A route handler answers through the Responder, now or later; see Responder.
using RouteHandler = std::function<void(const HttpRequest &request, Responder responder)>;

enum class RouteAccess {
    TokenRequired, // needs the bearer token when the server has one
    Public,        // always reachable, e.g. /healthz
};

// Maps method + path to a handler. Patterns are absolute paths whose segments are literals or
// whole-segment parameters: "/documents/{id}/append". When several patterns match one path,
// the one with a literal where the others have a parameter (leftmost difference) wins, so
// "/documents/new" beats "/documents/{id}".
class Router
{
public:
    struct Match
    {
        enum class Outcome { Found, NotFound, MethodNotAllowed };
        Outcome outcome = Outcome::NotFound;
        RouteHandler handler;
        RouteAccess access = RouteAccess::TokenRequired;
        QHash<QString, QString> parameters;
        QByteArrayList allowedMethods; // sorted; set for MethodNotAllowed
    };

    // False when the pattern is malformed (no leading '/', stray braces, a parameter name used
    // twice) or the same method already has an equivalent pattern.
    bool add(const QByteArray &method, const QString &pattern, RouteHandler handler, RouteAccess access);

    // `rawPath` is percent-encoded; segments are decoded after splitting on '/'.
    Match match(QByteArrayView method, QByteArrayView rawPath) const;

private:
    struct Segment
    {
        QString text;    // literal text, or the parameter's name
        QByteArray utf8; // text as a request's decoded path has it
        bool isParameter = false;
    };
    using PathSegments = QVarLengthArray<QByteArray, 8>;
    struct Route
    {
        QByteArray method;
        QList<Segment> segments;
        RouteHandler handler;
        RouteAccess access;
    };

    static bool parsePattern(const QString &pattern, QList<Segment> &segments);
    static bool sameShape(const QList<Segment> &a, const QList<Segment> &b);
    static bool matches(const Route &route, const PathSegments &segments);
    static bool moreSpecific(const Route &a, const Route &b);

    QList<Route> m_routes;
};

} // namespace net
