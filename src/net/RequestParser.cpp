#include "net/RequestParser.h"

#include "net/HttpLimits.h"

#include <algorithm>
#include <string_view>
#include <utility>

namespace net {

namespace {

// Request line and each header line cost their text plus these separator bytes.
constexpr qint64 kHeaderLineOverhead = 4;

// RFC 9110 token characters. Debian's http-parser is built lenient and lets e.g. a space
// through, which proxies may read differently (request smuggling); so names are checked here.
bool isToken(QByteArrayView name)
{
    static constexpr std::string_view kSymbols = "!#$%&'*+-.^_`|~";
    return !name.isEmpty() && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
               || kSymbols.find(c) != std::string_view::npos;
    });
}

} // namespace

RequestParser::RequestParser(const HttpLimits &limits) : m_limits(limits)
{
    http_parser_init(&m_parser, HTTP_REQUEST);
    m_parser.data = this;
}

RequestParser::Progress RequestParser::parse(QByteArray &input)
{
    const size_t parsed = http_parser_execute(&m_parser, &parserSettings(), input.constData(), size_t(input.size()));
    const http_errno error = HTTP_PARSER_ERRNO(&m_parser);
    if (error == HPE_PAUSED) {
        input.remove(0, qsizetype(parsed));
        http_parser_pause(&m_parser, 0);
        return Progress::Complete;
    }
    if (error == HPE_OK) {
        input.clear();
        return Progress::Incomplete;
    }
    if (m_rejection)
        return Progress::Refused;
    if (error == HPE_HEADER_OVERFLOW)
        m_rejection = Rejection{431, QStringLiteral("headers_too_large"),
                                QStringLiteral("request line and headers are too large")};
    else
        m_rejection =
            Rejection{400, QStringLiteral("bad_request"),
                      QStringLiteral("malformed HTTP request: %1").arg(QLatin1String(http_errno_description(error)))};
    return Progress::Refused;
}

bool RequestParser::takeContinueDue()
{
    return std::exchange(m_continueDue, false);
}

HttpRequest RequestParser::takeRequest()
{
    HttpRequest request = std::move(m_request);
    m_request = HttpRequest();
    return request;
}

const http_parser_settings &RequestParser::parserSettings()
{
    static const http_parser_settings settings = [] {
        http_parser_settings s;
        http_parser_settings_init(&s);
        s.on_message_begin = &RequestParser::onMessageBegin;
        s.on_url = &RequestParser::onUrl;
        s.on_header_field = &RequestParser::onHeaderField;
        s.on_header_value = &RequestParser::onHeaderValue;
        s.on_headers_complete = &RequestParser::onHeadersComplete;
        s.on_body = &RequestParser::onBody;
        s.on_message_complete = &RequestParser::onMessageComplete;
        return s;
    }();
    return settings;
}

RequestParser &RequestParser::of(http_parser *parser)
{
    return *static_cast<RequestParser *>(parser->data);
}

int RequestParser::onMessageBegin(http_parser *parser)
{
    RequestParser &p = of(parser);
    p.m_insideRequest = true;
    p.m_request = HttpRequest();
    p.m_headers = HttpHeaders();
    p.m_url.clear();
    p.m_field.clear();
    p.m_value.clear();
    p.m_body.clear();
    p.m_inValue = false;
    p.m_headerBytes = 0;
    p.m_headerCount = 0;
    p.m_rejection.reset();
    p.m_http10 = false;
    return 0;
}

int RequestParser::onUrl(http_parser *parser, const char *at, size_t length)
{
    RequestParser &p = of(parser);
    p.m_url.append(at, qsizetype(length));
    return p.countHeaderBytes(qint64(length)) ? 0 : -1;
}

int RequestParser::onHeaderField(http_parser *parser, const char *at, size_t length)
{
    RequestParser &p = of(parser);
    if (p.m_inValue && !p.storeHeaderField())
        return -1;
    qint64 cost = qint64(length);
    if (p.m_field.isEmpty()) {
        if (++p.m_headerCount > p.m_limits.maxHeaderCount) {
            p.m_rejection = Rejection{431, QStringLiteral("headers_too_large"),
                                      QStringLiteral("more than %1 header fields").arg(p.m_limits.maxHeaderCount)};
            return -1;
        }
        cost += kHeaderLineOverhead;
    }
    p.m_field.append(at, qsizetype(length));
    return p.countHeaderBytes(cost) ? 0 : -1;
}

int RequestParser::onHeaderValue(http_parser *parser, const char *at, size_t length)
{
    RequestParser &p = of(parser);
    p.m_inValue = true;
    p.m_value.append(at, qsizetype(length));
    return p.countHeaderBytes(qint64(length)) ? 0 : -1;
}

int RequestParser::onHeadersComplete(http_parser *parser)
{
    RequestParser &p = of(parser);
    if ((p.m_inValue && !p.storeHeaderField()) || !p.takeRequestTarget())
        return -1;
    p.m_request.setMethod(QByteArray(http_method_str(http_method(parser->method))));
    p.m_request.setHttpVersion(parser->http_major, parser->http_minor);
    p.m_http10 = parser->http_major == 1 && parser->http_minor == 0;
    p.m_request.setHeaders(p.m_headers);
    p.m_keepAlive = http_should_keep_alive(parser) != 0 && parser->upgrade == 0;
    p.m_headRequest = parser->method == HTTP_HEAD;

    const bool hasLength = (parser->flags & F_CONTENTLENGTH) != 0;
    const qint64 maxBody = p.m_limits.maxBodySize;
    if (hasLength && parser->content_length > quint64(maxBody)) {
        // Refused on the headers alone: the body is never read.
        p.m_rejection = Rejection{413, QStringLiteral("payload_too_large"),
                                  QStringLiteral("the body exceeds %1 bytes").arg(maxBody), p.m_request.rawPath()};
        return -1;
    }
    const bool expectsBody = (parser->flags & F_CHUNKED) || (hasLength && parser->content_length);
    if (expectsBody && parser->http_minor >= 1
        && p.m_headers.value("Expect").compare("100-continue", Qt::CaseInsensitive) == 0) {
        p.m_continueDue = true;
    }
    return 0;
}

int RequestParser::onBody(http_parser *parser, const char *at, size_t length)
{
    RequestParser &p = of(parser);
    const qint64 maxBody = p.m_limits.maxBodySize;
    if (p.m_body.size() + qint64(length) > maxBody) {
        p.m_rejection = Rejection{413, QStringLiteral("payload_too_large"),
                                  QStringLiteral("the body exceeds %1 bytes").arg(maxBody), p.m_request.rawPath()};
        return -1;
    }
    p.m_body.append(at, qsizetype(length));
    return 0;
}

int RequestParser::onMessageComplete(http_parser *parser)
{
    RequestParser &p = of(parser);
    p.m_insideRequest = false;
    p.m_request.setBody(p.m_body);
    p.m_body.clear();
    http_parser_pause(parser, 1);
    return 0;
}

bool RequestParser::countHeaderBytes(qint64 bytes)
{
    m_headerBytes += bytes;
    if (m_headerBytes <= m_limits.maxHeaderSize)
        return true;
    m_rejection = Rejection{431, QStringLiteral("headers_too_large"),
                            QStringLiteral("request line and headers exceed %1 bytes").arg(m_limits.maxHeaderSize)};
    return false;
}

bool RequestParser::storeHeaderField()
{
    if (!isToken(m_field)) {
        m_rejection = Rejection{400, QStringLiteral("bad_request"), QStringLiteral("malformed header field name")};
        return false;
    }
    // http-parser lets some control characters through (a value may start with one), and they
    // would reach handlers, the ledger and any header a handler copies a value into.
    if (!HttpHeaders::isFieldValue(m_value)) {
        m_rejection =
            Rejection{400, QStringLiteral("bad_request"), QStringLiteral("a header value holds a control character")};
        return false;
    }
    m_headers.add(m_field, m_value.trimmed());
    m_field.clear();
    m_value.clear();
    m_inValue = false;
    return true;
}

bool RequestParser::takeRequestTarget()
{
    http_parser_url url;
    http_parser_url_init(&url);
    const bool isConnect = m_parser.method == HTTP_CONNECT;
    if (http_parser_parse_url(m_url.constData(), size_t(m_url.size()), isConnect, &url) != 0) {
        m_rejection = Rejection{400, QStringLiteral("bad_request"), QStringLiteral("malformed request target")};
        return false;
    }
    const auto part = [&](http_parser_url_fields field) {
        if (!(url.field_set & (1 << field)))
            return QByteArray();
        return m_url.mid(url.field_data[field].off, url.field_data[field].len);
    };
    m_request.setRawPath(part(UF_PATH));
    m_request.setQuery(QUrlQuery(QString::fromUtf8(part(UF_QUERY))));
    return true;
}

} // namespace net
