#include "net/ResponseParser.h"

#include <utility>

namespace net {

ResponseParser::ResponseParser()
{
    restart();
}

void ResponseParser::restart()
{
    m_headersDone = false;
    m_complete = false;
    m_trailing = false;
    m_body = QByteArray();
    m_headers = HttpHeaders();
    m_fieldName.clear();
    m_fieldValue.clear();
    m_inValue = false;
    http_parser_init(&m_parser, HTTP_RESPONSE);
    m_parser.data = this;
}

bool ResponseParser::feed(const char *data, qsizetype size)
{
    const size_t parsed = http_parser_execute(&m_parser, &settings(), data, size_t(size));
    const auto error = http_errno(m_parser.http_errno);
    if (error == HPE_PAUSED) {
        m_trailing = parsed < size_t(size);
        return true;
    }
    return error == HPE_OK;
}

void ResponseParser::finish()
{
    feed(nullptr, 0);
}

void ResponseParser::takeField()
{
    if (!m_fieldName.isEmpty())
        m_headers.add(m_fieldName, m_fieldValue.trimmed());
    m_fieldName.clear();
    m_fieldValue.clear();
    m_inValue = false;
}

QByteArray ResponseParser::takeBody()
{
    return std::exchange(m_body, QByteArray());
}

bool ResponseParser::leavesConnectionReusable() const
{
    return !m_trailing && http_should_keep_alive(&m_parser) != 0;
}

QLatin1String ResponseParser::errorDescription() const
{
    return QLatin1String(http_errno_description(http_errno(m_parser.http_errno)));
}

const http_parser_settings &ResponseParser::settings()
{
    static const http_parser_settings settings = [] {
        http_parser_settings s;
        http_parser_settings_init(&s);
        s.on_header_field = [](http_parser *parser, const char *at, size_t length) {
            ResponseParser &r = of(parser);
            if (r.m_inValue)
                r.takeField();
            r.m_fieldName.append(at, qsizetype(length));
            return 0;
        };
        s.on_header_value = [](http_parser *parser, const char *at, size_t length) {
            ResponseParser &r = of(parser);
            r.m_inValue = true;
            r.m_fieldValue.append(at, qsizetype(length));
            return 0;
        };
        s.on_headers_complete = [](http_parser *parser) {
            ResponseParser &r = of(parser);
            r.takeField();
            r.m_headersDone = true;
            return 0;
        };
        s.on_body = [](http_parser *parser, const char *at, size_t length) {
            of(parser).m_body.append(at, qsizetype(length));
            return 0;
        };
        s.on_message_complete = [](http_parser *parser) {
            of(parser).m_complete = true;
            // Stop at the answer's end: what follows is not part of it.
            http_parser_pause(parser, 1);
            return 0;
        };
        return s;
    }();
    return settings;
}

ResponseParser &ResponseParser::of(http_parser *parser)
{
    return *static_cast<ResponseParser *>(parser->data);
}

} // namespace net
