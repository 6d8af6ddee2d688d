// An HTTP/1.1 load generator: C keep-alive connections, each sending its next request as soon
// as the previous answer arrives (closed loop), until N requests are answered; or, with
// --rate R, requests sent at R per second whatever the answers (open loop) on whichever of
// the C connections is free, each timed from when it was due, so that a server falling
// behind shows in the latencies instead of slowing the load down. Prints
// requests per second, latency percentiles and failures as one JSON line, so that the
// same tool measures Costbench and the seed's Flask app alike. The first answer on each
// connection is "cold" (it paid for the TCP connect, and the server for its own connection
// upstream); the others are "warm". Percentiles are given over all answers and over each.
//
//   loadgen --url http://127.0.0.1:8765/documents --body '{"prompt":"x"}' -c 200 -n 5000
//   loadgen --url http://127.0.0.1:8765/documents --body '{"prompt":"x"}' -c 64 -n 5000 --rate 1000
//
// Streams: --ttfb also measures each answer's time to its first body byte (a stream's first
// event), --ttfb-match REGEX instead the time until its body first matches REGEX (a model's
// first content chunk, past its role chunk), and --expect TEXT counts an answer whose body
// lacks TEXT as failed (a stream that ended with an error event). --ttfb-each FILE writes each
// answer's number and time to first byte (µs) to FILE, a line each, so that two runs of the
// same numbered requests can be compared request by request.
//   loadgen --url http://127.0.0.1:8765/documents --body '{"prompt":"x","stream":true}' -c 1000 -n 1000
//           --ttfb --expect 'event: document'
//
// "{seq}" in the URL or the body becomes the request's number (0, 1, ...), for servers that
// must see every request as a new one (Pay-i ingest's duplicate check).
//
// A mix of two kinds of request: with --mix-url (and --mix-body), a share of the requests
// (--mix-share, 0.5 unless given), spread evenly, goes there instead, on the same connections;
// the JSON line then counts them apart too (mix_ok, mix_failed). "{id}" in either URL or body
// becomes the next line of the --ids file, taken in turn; with --collect FIELD, the string
// FIELD of each 2xx answer to a main request (its first "FIELD":"..." in the body) takes the
// place of the oldest of those ids, so that the mix goes to what the load made earlier (an
// append to a document a create made) while the ids kept stay as many as the file's lines.
// --duration S stops starting requests after S seconds (with it, -n is unlimited unless
// given); --progress S prints the answers so far every S seconds to stderr, one JSON line
// each, while the load runs.
//
//   loadgen --url http://127.0.0.1:8765/documents --body '{"prompt":"x"}' -c 32 --duration 60
//       --mix-url 'http://127.0.0.1:8765/documents/{id}/append' --mix-body '{"text":"y"}'
//       --ids ids.txt --collect document_id --progress 5
//
// It runs on the machine it measures, so it stays out of the server's way: one thread,
// its own sockets on epoll, a request written with one send(), an answer read with recv()
// into the connection's buffer. (On QTcpSocket it used 0.19 s of CPU for 6,000 requests
// over 2,000 connections; this way, 0.12 s.)
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/timerfd.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>
#include <vector>

namespace {

struct Settings
{
    QUrl url;
    QByteArray method;
    QByteArray body;
    QByteArray headers;
    int connections = 1;
    int requests = 1;
    double rate = 0; // requests per second; 0: closed loop
    QUrl mixUrl;     // empty: every request goes to url
    QByteArray mixBody;
    double mixShare = 0.5;
    QList<QByteArray> ids; // what "{id}" becomes, in turn
    QByteArray collect;    // the field of the main answers that replaces the oldest id
    double duration = 0;   // seconds; 0: until N requests are answered
    double progress = 0;   // seconds between progress lines; 0: none
    bool ttfb = false;
    std::optional<QRegularExpression> firstMatch; // set: the time to first byte is the time to its first match
    QByteArray expect;                            // not empty: an answer whose body lacks it failed
    QString ttfbEach;                             // not empty: the file each answer's ttfb goes to
};

// The path and query of a URL as sent on the request line, its placeholders kept.
QByteArray targetOf(const QUrl &url)
{
    QByteArray target =
        url.path(QUrl::FullyEncoded).toUtf8() + (url.hasQuery() ? "?" + url.query().toUtf8() : QByteArray());
    target.replace("%7Bseq%7D", "{seq}");
    target.replace("%7Bid%7D", "{id}");
    return target.isEmpty() ? QByteArray("/") : target;
}

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// The length of a chunked body that starts at `from` once it is whole (through its last,
// empty chunk and the blank line after any trailers), else -1.
qsizetype chunkedLength(const QByteArray &buffer, qsizetype from)
{
    qsizetype at = from;
    for (;;) {
        const qsizetype lineEnd = buffer.indexOf("\r\n", at);
        if (lineEnd < 0)
            return -1;
        bool ok = false;
        const qint64 size = buffer.mid(at, lineEnd - at).split(';').first().trimmed().toLongLong(&ok, 16);
        if (!ok)
            return -1;
        at = lineEnd + 2;
        if (size == 0) {
            const qsizetype end = buffer.indexOf("\r\n\r\n", at - 2); // no trailers: "0\r\n\r\n"
            return end < 0 ? -1 : end + 4 - from;
        }
        if (buffer.size() < at + size + 2)
            return -1;
        at += size + 2;
    }
}

// The answer at the front of `buffer`, once it is whole: its status, its length in bytes
// and whether the server closes after it (HTTP/1.0, "Connection: close", or a body that
// runs to the end of the stream, which `ended` says has come). Bodies are framed by
// Content-Length, chunked (an event stream), or by the end of the stream.
struct Answer
{
    int status = 0;
    qsizetype size = 0;
    bool closes = false;
    qsizetype bodyFrom = 0; // where the body starts
};

std::optional<Answer> wholeAnswer(const QByteArray &buffer, bool ended)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    const QByteArray head = buffer.left(end).toLower();
    Answer answer;
    answer.status = buffer.mid(9, 3).toInt();
    answer.bodyFrom = end + 4;
    answer.closes = head.startsWith("http/1.0") || head.contains("\r\nconnection: close");
    if (head.contains("\r\ntransfer-encoding: chunked")) {
        const qsizetype length = chunkedLength(buffer, end + 4);
        if (length < 0)
            return std::nullopt;
        answer.size = end + 4 + length;
        return answer;
    }
    const qsizetype at = head.indexOf("\r\ncontent-length:");
    if (at < 0) {
        // No length: the body is what comes before the server closes.
        if (!ended)
            return std::nullopt;
        answer.size = buffer.size();
        answer.closes = true;
        return answer;
    }
    const qsizetype from = at + 17;
    const qint64 length = head.mid(from, head.indexOf('\r', from) - from).trimmed().toLongLong();
    if (buffer.size() < end + 4 + length)
        return std::nullopt;
    answer.size = end + 4 + length;
    return answer;
}

class Load
{
public:
    explicit Load(Settings settings) : m_settings(std::move(settings))
    {
        m_kinds[0].target = targetOf(m_settings.url);
        m_kinds[0].body = m_settings.body;
        m_kinds[1].target = targetOf(m_settings.mixUrl);
        m_kinds[1].body = m_settings.mixBody;
        for (Kind &kind : m_kinds) {
            kind.numbered = kind.target.contains("{seq}") || kind.body.contains("{seq}");
            kind.takesId = kind.target.contains("{id}") || kind.body.contains("{id}");
            kind.request = requestText(kind, 0);
        }
        m_mixed = !m_settings.mixUrl.isEmpty();
        if (m_settings.duration > 0)
            m_durationNs = qint64(m_settings.duration * 1e9);
    }

    // Runs the load to its end; false when the target cannot be reached at all.
    bool run()
    {
        if (!resolve())
            return false;
        m_epoll = epoll_create1(EPOLL_CLOEXEC);
        m_startNs = nowNs();
        if (m_settings.progress > 0) {
            m_progressTimer = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
            const qint64 everyNs = qint64(m_settings.progress * 1e9);
            itimerspec every{};
            every.it_interval.tv_sec = time_t(everyNs / 1'000'000'000);
            every.it_interval.tv_nsec = long(everyNs % 1'000'000'000);
            every.it_value = every.it_interval;
            timerfd_settime(m_progressTimer, 0, &every, nullptr);
            epoll_event event{EPOLLIN, {&m_progressTimer}};
            epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_progressTimer, &event);
        }
        if (m_settings.rate > 0) {
            m_intervalNs = qint64(1e9 / m_settings.rate);
            m_nextDueNs = m_startNs;
            m_timer = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
            epoll_event event{EPOLLIN, {nullptr}};
            epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_timer, &event);
        }
        for (int i = 0; i < m_settings.connections && mayStart() && m_started + m_opening < m_settings.requests; ++i)
            open();
        std::vector<epoll_event> events(1024);
        // Without --duration, until N are answered: once N are started, none is opening.
        while (mayStart() || m_done < m_started || m_opening > 0) {
            const int ready = epoll_wait(m_epoll, events.data(), int(events.size()), 1000);
            for (int i = 0; i < ready; ++i) {
                if (events[i].data.ptr == &m_progressTimer) {
                    quint64 expirations = 0;
                    [[maybe_unused]] const ssize_t got = ::read(m_progressTimer, &expirations, sizeof expirations);
                    printProgress();
                    continue;
                }
                auto *c = static_cast<Connection *>(events[i].data.ptr);
                if (!c) { // the rate's timer
                    quint64 expirations = 0;
                    [[maybe_unused]] const ssize_t got = ::read(m_timer, &expirations, sizeof expirations);
                    pump();
                } else if (c->connecting)
                    connected(c, events[i].events);
                else
                    readable(c);
            }
        }
        ::close(m_epoll);
        if (m_timer >= 0)
            ::close(m_timer);
        if (m_progressTimer >= 0)
            ::close(m_progressTimer);
        return true;
    }

    void print() const
    {
        const double seconds = double(nowNs() - m_startNs) / 1e9;
        const auto pct = [](std::vector<qint64> us, double p) {
            std::sort(us.begin(), us.end());
            return us.empty() ? 0.0 : double(us[size_t(p * double(us.size() - 1))]) / 1000.0;
        };
        QJsonObject result{{QStringLiteral("requests"), m_done},
                           {QStringLiteral("ok"), m_ok},
                           {QStringLiteral("failed"), m_failed},
                           {QStringLiteral("connections"), m_settings.connections},
                           {QStringLiteral("seconds"), seconds},
                           {QStringLiteral("requests_per_second"), double(m_done) / seconds},
                           {QStringLiteral("p50_ms"), pct(m_latenciesUs, 0.50)},
                           {QStringLiteral("p99_ms"), pct(m_latenciesUs, 0.99)},
                           {QStringLiteral("max_ms"), pct(m_latenciesUs, 1.0)},
                           {QStringLiteral("cold"), qint64(m_coldUs.size())},
                           {QStringLiteral("cold_p99_ms"), pct(m_coldUs, 0.99)}};
        if (m_settings.rate > 0)
            result.insert(QStringLiteral("offered_rate"), m_settings.rate);
        if (m_mixed) {
            result.insert(QStringLiteral("mix_ok"), m_mixOk);
            result.insert(QStringLiteral("mix_failed"), m_mixFailed);
        }
        if (m_settings.ttfb) {
            result.insert(QStringLiteral("ttfb"), qint64(m_ttfbUs.size()));
            result.insert(QStringLiteral("ttfb_p50_ms"), pct(m_ttfbUs, 0.50));
            result.insert(QStringLiteral("ttfb_p99_ms"), pct(m_ttfbUs, 0.99));
            result.insert(QStringLiteral("ttfb_max_ms"), pct(m_ttfbUs, 1.0));
        }
        if (!m_warmUs.empty()) {
            result.insert(QStringLiteral("warm"), qint64(m_warmUs.size()));
            result.insert(QStringLiteral("warm_p50_ms"), pct(m_warmUs, 0.50));
            result.insert(QStringLiteral("warm_p99_ms"), pct(m_warmUs, 0.99));
        }
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
    }

    bool allAnswered() const { return m_failed == 0; }

    // --ttfb-each: "NUMBER MICROSECONDS" a line, in the order the answers came.
    bool writeEachTtfb() const
    {
        QFile file(m_settings.ttfbEach);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        QByteArray lines;
        for (const auto &[seq, us] : m_ttfbEach)
            lines += QByteArray::number(seq) + ' ' + QByteArray::number(us) + '\n';
        return file.write(lines) == lines.size();
    }

private:
    struct Connection
    {
        int fd = -1;
        bool connecting = true;
        bool answered = false;  // has had an answer: the next one is warm
        bool mix = false;       // the request in flight is of the mix
        qint64 sentNs = 0;      // 0: no request in flight
        qint64 firstByteNs = 0; // --ttfb: when the answer's first body byte (or match) came
        int seq = 0;            // the number of the request in flight
        QByteArray buffer;
    };

    // One kind of request: the main one, or the mix's.
    struct Kind
    {
        QByteArray target;
        QByteArray body;
        bool numbered = false;
        bool takesId = false;
        QByteArray request; // the request when it is the same every time
    };

    // Whether another request may start: fewer than N started, and --duration not over.
    bool mayStart() const
    {
        return m_started < m_settings.requests && (m_durationNs == 0 || nowNs() - m_startNs < m_durationNs);
    }

    void printProgress() const
    {
        const QJsonObject line{{QStringLiteral("seconds"), double(nowNs() - m_startNs) / 1e9},
                               {QStringLiteral("requests"), m_done},
                               {QStringLiteral("ok"), m_ok},
                               {QStringLiteral("failed"), m_failed}};
        std::fprintf(stderr, "%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
        std::fflush(stderr);
    }

    bool resolve()
    {
        addrinfo hints{};
        hints.ai_socktype = SOCK_STREAM;
        addrinfo *found = nullptr;
        const QByteArray host = m_settings.url.host().toUtf8();
        const QByteArray port = QByteArray::number(m_settings.url.port(80));
        if (const int error = getaddrinfo(host.constData(), port.constData(), &hints, &found)) {
            std::fprintf(stderr, "loadgen: %s: %s\n", host.constData(), gai_strerror(error));
            return false;
        }
        std::memcpy(&m_address, found->ai_addr, found->ai_addrlen);
        m_addressLength = found->ai_addrlen;
        m_family = found->ai_family;
        freeaddrinfo(found);
        return true;
    }

    void open()
    {
        auto c = std::make_unique<Connection>();
        c->fd = ::socket(m_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        const int one = 1;
        setsockopt(c->fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        const auto *address = reinterpret_cast<const sockaddr *>(&m_address);
        if (::connect(c->fd, address, m_addressLength) != 0 && errno != EINPROGRESS) {
            ::close(c->fd);
            failConnect(errno);
            return;
        }
        ++m_opening;
        epoll_event event{EPOLLOUT, {c.get()}};
        epoll_ctl(m_epoll, EPOLL_CTL_ADD, c->fd, &event);
        c.release(); // owned by its epoll entry until drop()
    }

    void connected(Connection *c, quint32 events)
    {
        --m_opening;
        int error = 0;
        socklen_t length = sizeof error;
        getsockopt(c->fd, SOL_SOCKET, SO_ERROR, &error, &length);
        if (error != 0 || (events & EPOLLERR)) {
            epoll_ctl(m_epoll, EPOLL_CTL_DEL, c->fd, nullptr);
            ::close(c->fd);
            delete c;
            failConnect(error);
            return;
        }
        c->connecting = false;
        epoll_event event{EPOLLIN, {c}};
        epoll_ctl(m_epoll, EPOLL_CTL_MOD, c->fd, &event);
        sendNext(c);
    }

    // The connection is free: closed loop, its next request now; open loop, it waits for one.
    void sendNext(Connection *c)
    {
        if (m_settings.rate > 0) {
            m_free.push_back(c);
            pump();
            return;
        }
        if (!mayStart()) {
            drop(c, false);
            return;
        }
        send(c, nowNs());
    }

    // Open loop: every request now due goes out on a free connection; the timer is armed for
    // the next. A request due while no connection is free waits for one, timed from when it was due.
    void pump()
    {
        const qint64 now = nowNs();
        while (mayStart() && m_nextDueNs <= now && !m_free.empty()) {
            Connection *c = m_free.back();
            m_free.pop_back();
            send(c, m_nextDueNs);
            m_nextDueNs += m_intervalNs;
        }
        if (mayStart()) {
            itimerspec due{};
            const qint64 at = std::max(m_nextDueNs, now + 1000);
            due.it_value.tv_sec = time_t(at / 1'000'000'000);
            due.it_value.tv_nsec = long(at % 1'000'000'000);
            timerfd_settime(m_timer, TFD_TIMER_ABSTIME, &due, nullptr);
        }
    }

    QByteArray requestText(const Kind &kind, int seq, const QByteArray &id = {}) const
    {
        QByteArray target = kind.target;
        QByteArray body = kind.body;
        const QByteArray number = QByteArray::number(seq);
        target.replace("{seq}", number);
        body.replace("{seq}", number);
        if (kind.takesId) {
            target.replace("{id}", id);
            body.replace("{id}", id);
        }
        return m_settings.method + ' ' + target + " HTTP/1.1\r\nHost: " + m_settings.url.host().toUtf8()
               + "\r\nContent-Type: application/json\r\n" + m_settings.headers
               + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }

    // Request n is of the mix when the mix's share of the first n + 1 passes a whole number.
    bool isMix(int seq) const
    {
        return m_mixed
               && std::floor(double(seq + 1) * m_settings.mixShare) > std::floor(double(seq) * m_settings.mixShare);
    }

    void send(Connection *c, qint64 fromNs)
    {
        c->mix = isMix(m_started);
        const Kind &kind = m_kinds[c->mix ? 1 : 0];
        QByteArray request = kind.request;
        if (kind.takesId) {
            request = requestText(kind, m_started, m_settings.ids.at(m_nextId));
            m_nextId = (m_nextId + 1) % int(m_settings.ids.size());
        } else if (kind.numbered)
            request = requestText(kind, m_started);
        c->seq = m_started++;
        c->sentNs = fromNs;
        c->firstByteNs = 0;
        // A request is far smaller than a socket's send buffer: one send() takes it whole.
        if (::send(c->fd, request.constData(), size_t(request.size()), MSG_NOSIGNAL) != request.size())
            drop(c, true);
    }

    void readable(Connection *c)
    {
        char chunk[65536];
        bool ended = false;
        for (;;) {
            const ssize_t got = ::recv(c->fd, chunk, sizeof chunk, 0);
            if (got > 0) {
                c->buffer.append(chunk, got);
                if (got < ssize_t(sizeof chunk))
                    break;
                continue;
            }
            if (got < 0 && (errno == EAGAIN || errno == EINTR))
                break;
            ended = true; // closed, or reset
            break;
        }
        if (m_settings.ttfb && c->sentNs != 0 && c->firstByteNs == 0)
            noteFirstByte(c);
        while (c->sentNs != 0) {
            const std::optional<Answer> answer = wholeAnswer(c->buffer, ended);
            if (!answer)
                break;
            const bool expected =
                m_settings.expect.isEmpty()
                || c->buffer.mid(answer->bodyFrom, answer->size - answer->bodyFrom).contains(m_settings.expect);
            if (!m_settings.collect.isEmpty() && !c->mix && expected && answer->status >= 200 && answer->status < 300)
                collect(c->buffer.left(answer->size));
            c->buffer.remove(0, answer->size);
            record(c, expected ? answer->status : 0);
            if (answer->closes) {
                drop(c, false);
                return;
            }
            sendNext(c);
        }
        if (ended)
            drop(c, true);
    }

    // The answer's string field --collect takes the place of the oldest id.
    void collect(const QByteArray &answer)
    {
        const QByteArray key = '"' + m_settings.collect + "\":\"";
        const qsizetype from = answer.indexOf(key);
        if (from < 0)
            return;
        const qsizetype start = from + key.size();
        const qsizetype end = answer.indexOf('"', start);
        if (end < 0)
            return;
        m_settings.ids[m_nextCollected] = answer.mid(start, end - start);
        m_nextCollected = (m_nextCollected + 1) % int(m_settings.ids.size());
    }

    // The answer's body has begun (or matched): its time to first byte.
    void noteFirstByte(Connection *c)
    {
        const qsizetype end = c->buffer.indexOf("\r\n\r\n");
        if (end < 0 || c->buffer.size() <= end + 4)
            return;
        if (m_settings.firstMatch
            && !m_settings.firstMatch->match(QString::fromUtf8(c->buffer.mid(end + 4))).hasMatch())
            return;
        c->firstByteNs = nowNs();
    }

    void record(Connection *c, int status)
    {
        if (m_settings.ttfb && c->firstByteNs != 0) {
            m_ttfbUs.push_back((c->firstByteNs - c->sentNs) / 1000);
            m_ttfbEach.emplace_back(c->seq, m_ttfbUs.back());
        }
        const qint64 latencyUs = (nowNs() - c->sentNs) / 1000;
        m_latenciesUs.push_back(latencyUs);
        (c->answered ? m_warmUs : m_coldUs).push_back(latencyUs);
        c->answered = true;
        c->sentNs = 0;
        ++m_done;
        const bool ok = status >= 200 && status < 300;
        if (ok)
            ++m_ok;
        else
            ++m_failed;
        if (c->mix)
            ++(ok ? m_mixOk : m_mixFailed);
    }

    // A connection that could not be made costs the request it was for, so that a load on
    // a server that is down ends (the first reason is printed).
    void failConnect(int error)
    {
        if (m_failed == 0)
            std::fprintf(stderr, "loadgen: connect: %s\n", std::strerror(error));
        ++m_started;
        ++m_failed;
        ++m_done;
        if (mayStart() && m_started + m_opening < m_settings.requests)
            open();
    }

    // Closes the connection; a request still in flight on it is a failure. A closed
    // connection is replaced while requests remain to be started.
    void drop(Connection *c, bool broken)
    {
        if (c->sentNs != 0 && broken) {
            ++m_failed;
            ++m_done;
            if (c->mix)
                ++m_mixFailed;
        }
        m_free.erase(std::remove(m_free.begin(), m_free.end(), c), m_free.end());
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, c->fd, nullptr);
        ::close(c->fd);
        delete c;
        if (mayStart() && m_started + m_opening < m_settings.requests)
            open();
    }

    Settings m_settings;
    Kind m_kinds[2]; // the main request, the mix's
    bool m_mixed = false;
    int m_nextId = 0;        // the line of --ids the next "{id}" takes
    int m_nextCollected = 0; // the line of --ids the next collected id replaces
    qint64 m_durationNs = 0;
    int m_progressTimer = -1;
    sockaddr_storage m_address{};
    socklen_t m_addressLength = 0;
    int m_family = AF_INET;
    int m_epoll = -1;
    int m_timer = -1;
    qint64 m_intervalNs = 0;
    qint64 m_nextDueNs = 0;
    std::vector<Connection *> m_free; // open loop: connections waiting for a request
    qint64 m_startNs = 0;
    int m_opening = 0; // connections whose connect is under way
    int m_started = 0;
    int m_done = 0;
    int m_ok = 0;
    int m_failed = 0;
    int m_mixOk = 0;
    int m_mixFailed = 0;
    std::vector<qint64> m_latenciesUs;
    std::vector<qint64> m_coldUs;
    std::vector<qint64> m_warmUs;
    std::vector<qint64> m_ttfbUs;
    std::vector<std::pair<int, qint64>> m_ttfbEach; // (request number, time to first byte in µs)
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("url"), QStringLiteral("Target URL."), QStringLiteral("URL")},
         {QStringLiteral("method"), QStringLiteral("HTTP method (POST)."), QStringLiteral("M")},
         {QStringLiteral("body"), QStringLiteral("Request body."), QStringLiteral("JSON")},
         {QStringLiteral("header"), QStringLiteral("Extra header line."), QStringLiteral("H")},
         {{QStringLiteral("c"), QStringLiteral("connections")}, QStringLiteral("Connections."), QStringLiteral("C")},
         {{QStringLiteral("n"), QStringLiteral("requests")}, QStringLiteral("Requests."), QStringLiteral("N")},
         {QStringLiteral("rate"), QStringLiteral("Requests per second, sent whatever the answers (open loop)."),
          QStringLiteral("R")},
         {QStringLiteral("mix-url"), QStringLiteral("URL of the mix's requests (same host and port)."),
          QStringLiteral("URL")},
         {QStringLiteral("mix-body"), QStringLiteral("Body of the mix's requests."), QStringLiteral("JSON")},
         {QStringLiteral("mix-share"), QStringLiteral("Share of the requests that are the mix's (0.5)."),
          QStringLiteral("F")},
         {QStringLiteral("ids"), QStringLiteral("File whose lines \"{id}\" becomes, in turn."), QStringLiteral("FILE")},
         {QStringLiteral("collect"), QStringLiteral("String field of the main answers that replaces the oldest id."),
          QStringLiteral("FIELD")},
         {QStringLiteral("duration"), QStringLiteral("Seconds after which no request starts."), QStringLiteral("S")},
         {QStringLiteral("progress"), QStringLiteral("Seconds between progress lines on stderr."), QStringLiteral("S")},
         {QStringLiteral("ttfb"), QStringLiteral("Also measure the time to each answer's first body byte.")},
         {QStringLiteral("ttfb-match"),
          QStringLiteral("Measure the time until the body first matches REGEX instead (implies --ttfb)."),
          QStringLiteral("REGEX")},
         {QStringLiteral("ttfb-each"), QStringLiteral("Write each answer's number and ttfb in µs to FILE."),
          QStringLiteral("FILE")},
         {QStringLiteral("expect"), QStringLiteral("An answer whose body lacks TEXT counts as failed."),
          QStringLiteral("TEXT")}});
    parser.process(app);
    Settings s;
    s.url = QUrl(parser.value(QStringLiteral("url")));
    s.method = parser.isSet(QStringLiteral("method")) ? parser.value(QStringLiteral("method")).toUtf8() : "POST";
    s.body = parser.value(QStringLiteral("body")).toUtf8();
    for (const QString &h : parser.values(QStringLiteral("header")))
        s.headers += h.toUtf8() + "\r\n";
    s.connections = std::max(1, parser.value(QStringLiteral("c")).toInt());
    s.duration = std::max(0.0, parser.value(QStringLiteral("duration")).toDouble());
    s.requests = s.duration > 0 && !parser.isSet(QStringLiteral("n"))
                     ? INT_MAX
                     : std::max(1, parser.value(QStringLiteral("n")).toInt());
    s.rate = std::max(0.0, parser.value(QStringLiteral("rate")).toDouble());
    s.progress = std::max(0.0, parser.value(QStringLiteral("progress")).toDouble());
    s.ttfbEach = parser.value(QStringLiteral("ttfb-each"));
    s.ttfb =
        parser.isSet(QStringLiteral("ttfb")) || parser.isSet(QStringLiteral("ttfb-match")) || !s.ttfbEach.isEmpty();
    if (parser.isSet(QStringLiteral("ttfb-match"))) {
        s.firstMatch = QRegularExpression(parser.value(QStringLiteral("ttfb-match")));
        if (!s.firstMatch->isValid()) {
            std::fprintf(stderr, "loadgen: --ttfb-match: %s\n", qPrintable(s.firstMatch->errorString()));
            return 2;
        }
    }
    s.expect = parser.value(QStringLiteral("expect")).toUtf8();
    if (!s.url.isValid() || s.url.host().isEmpty() || s.url.scheme() != QLatin1String("http")) {
        std::fprintf(stderr, "loadgen: --url http://HOST:PORT/PATH is required\n");
        return 2;
    }
    if (parser.isSet(QStringLiteral("mix-url"))) {
        s.mixUrl = QUrl(parser.value(QStringLiteral("mix-url")));
        s.mixBody = parser.value(QStringLiteral("mix-body")).toUtf8();
        if (parser.isSet(QStringLiteral("mix-share")))
            s.mixShare = std::clamp(parser.value(QStringLiteral("mix-share")).toDouble(), 0.0, 1.0);
        if (!s.mixUrl.isValid() || s.mixUrl.host() != s.url.host() || s.mixUrl.port(80) != s.url.port(80)) {
            std::fprintf(stderr, "loadgen: --mix-url must be on the host and port of --url\n");
            return 2;
        }
    }
    if (parser.isSet(QStringLiteral("ids"))) {
        QFile file(parser.value(QStringLiteral("ids")));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "loadgen: cannot read %s\n", qPrintable(file.fileName()));
            return 2;
        }
        for (const QByteArray &line : file.readAll().split('\n'))
            if (!line.trimmed().isEmpty())
                s.ids.append(line.trimmed());
    }
    const auto takesId = [](const QUrl &url, const QByteArray &body) {
        return targetOf(url).contains("{id}") || body.contains("{id}");
    };
    s.collect = parser.value(QStringLiteral("collect")).toUtf8();
    if (s.ids.isEmpty() && (takesId(s.url, s.body) || takesId(s.mixUrl, s.mixBody) || !s.collect.isEmpty())) {
        std::fprintf(stderr, "loadgen: \"{id}\" and --collect need --ids FILE with at least one line\n");
        return 2;
    }
    Load load(s);
    if (!load.run())
        return 2;
    load.print();
    if (!s.ttfbEach.isEmpty() && !load.writeEachTtfb()) {
        std::fprintf(stderr, "loadgen: cannot write %s\n", qPrintable(s.ttfbEach));
        return 2;
    }
    return load.allAnswered() ? 0 : 1;
}
