#include "net/Router.h"

#include <QSet>

#include <algorithm>

namespace net {

bool Router::add(const QByteArray &method, const QString &pattern, RouteHandler handler, RouteAccess access)
{
    QList<Segment> segments;
    if (method.isEmpty() || !handler || !parsePattern(pattern, segments))
        return false;
    const QByteArray upperMethod = method.toUpper();
    const bool duplicate = std::any_of(m_routes.cbegin(), m_routes.cend(), [&](const Route &r) {
        return r.method == upperMethod && sameShape(r.segments, segments);
    });
    if (duplicate)
        return false;
    m_routes.append({upperMethod, segments, std::move(handler), access});
    return true;
}

Router::Match Router::match(QByteArrayView method, QByteArrayView rawPath) const
{
    Match result;
    if (!rawPath.startsWith('/'))
        return result;
    // The segments as bytes, each percent-decoded; only one with a '%' is copied.
    PathSegments segments;
    for (QByteArrayView rest = rawPath.sliced(1);;) {
        const qsizetype slash = rest.indexOf('/');
        const QByteArrayView raw = slash < 0 ? rest : rest.first(slash);
        segments.append(raw.contains('%') ? QByteArray::fromPercentEncoding(raw.toByteArray())
                                          : QByteArray::fromRawData(raw.data(), raw.size()));
        if (slash < 0)
            break;
        rest = rest.sliced(slash + 1);
    }

    const Route *best = nullptr;
    bool pathFound = false;
    for (const Route &route : m_routes) {
        if (!matches(route, segments))
            continue;
        pathFound = true;
        if (route.method == method && (!best || moreSpecific(route, *best)))
            best = &route;
    }
    if (best) {
        result.outcome = Match::Outcome::Found;
        result.handler = best->handler;
        result.access = best->access;
        for (qsizetype i = 0; i < best->segments.size(); ++i) {
            if (best->segments[i].isParameter)
                result.parameters.insert(best->segments[i].text, QString::fromUtf8(segments[i]));
        }
    } else if (pathFound) {
        // The methods the path has, for the 405's Allow header: only a refusal needs them.
        result.outcome = Match::Outcome::MethodNotAllowed;
        for (const Route &route : m_routes) {
            if (matches(route, segments) && !result.allowedMethods.contains(route.method))
                result.allowedMethods.append(route.method);
        }
        std::sort(result.allowedMethods.begin(), result.allowedMethods.end());
    }
    return result;
}

bool Router::parsePattern(const QString &pattern, QList<Segment> &segments)
{
    if (!pattern.startsWith(QLatin1Char('/')))
        return false;
    QSet<QString> names;
    const QStringList parts = pattern.sliced(1).split(QLatin1Char('/'));
    for (const QString &part : parts) {
        const bool braced = part.size() > 2 && part.startsWith(QLatin1Char('{')) && part.endsWith(QLatin1Char('}'));
        const QString text = braced ? part.sliced(1, part.size() - 2) : part;
        if (text.contains(QLatin1Char('{')) || text.contains(QLatin1Char('}')))
            return false;
        if (braced) {
            if (names.contains(text))
                return false;
            names.insert(text);
        }
        segments.append({text, text.toUtf8(), braced});
    }
    return true;
}

bool Router::sameShape(const QList<Segment> &a, const QList<Segment> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const Segment &x, const Segment &y) {
        return x.isParameter == y.isParameter && (x.isParameter || x.text == y.text);
    });
}

bool Router::matches(const Route &route, const PathSegments &segments)
{
    if (route.segments.size() != segments.size())
        return false;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Segment &segment = route.segments[i];
        const bool fits = segment.isParameter ? !segments[i].isEmpty() : segment.utf8 == segments[i];
        if (!fits)
            return false;
    }
    return true;
}

bool Router::moreSpecific(const Route &a, const Route &b)
{
    for (qsizetype i = 0; i < a.segments.size(); ++i) {
        if (a.segments[i].isParameter != b.segments[i].isParameter)
            return !a.segments[i].isParameter;
    }
    return false;
}

} // namespace net
