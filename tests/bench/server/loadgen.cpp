// A closed-loop HTTP/1.1 load generator: C keep-alive connections, each sending its next
// request as soon as the previous answer arrives, until N requests are answered. Prints
// requests per second, latency percentiles and failures as one JSON line, so that the
// same tool measures Costbench and the seed's Flask app alike. The first answer on each
// connection is "cold" (it paid for the TCP connect, and the server for its own connection
// upstream); the others are "warm". Percentiles are given over all answers and over each.
//
//   loadgen --url http://127.0.0.1:8765/documents --body '{"prompt":"x"}' -c 200 -n 5000
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QUrl>

#include "providers/SocketWrite.h"
#include "server/EpollEventDispatcher.h"

#include <algorithm>
#include <cstdio>
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
};

class Load : public QObject
{
public:
    explicit Load(Settings settings) : m_settings(std::move(settings))
    {
        const QByteArray target = m_settings.url.path(QUrl::FullyEncoded).toUtf8()
                                  + (m_settings.url.hasQuery() ? "?" + m_settings.url.query().toUtf8() : QByteArray());
        m_request = m_settings.method + ' ' + (target.isEmpty() ? QByteArray("/") : target) + " HTTP/1.1\r\nHost: "
                    + m_settings.url.host().toUtf8() + "\r\nContent-Type: application/json\r\n" + m_settings.headers
                    + "Content-Length: " + QByteArray::number(m_settings.body.size()) + "\r\n\r\n" + m_settings.body;
    }

    void start()
    {
        m_clock.start();
        for (int i = 0; i < m_settings.connections; ++i)
            open();
    }

private:
    struct Connection
    {
        QTcpSocket *socket;
        QByteArray buffer;
        qint64 sentNs = 0;
        bool answered = false;
    };

    void open()
    {
        auto *c = new Connection{new QTcpSocket(this), {}, 0, false};
        connect(c->socket, &QTcpSocket::connected, this, [this, c] { sendNext(c); });
        connect(c->socket, &QTcpSocket::readyRead, this, [this, c] { read(c); });
        connect(c->socket, &QTcpSocket::errorOccurred, this, [this, c] {
            c->socket->disconnect(this);
            if (c->sentNs != 0) {
                ++m_failed;
                c->sentNs = 0;
                ++m_done;
            }
            c->socket->deleteLater();
            delete c;
            if (m_started < m_settings.requests)
                open();
            else
                finishIfDone();
        });
        c->socket->connectToHost(m_settings.url.host(), quint16(m_settings.url.port(80)));
    }

    void sendNext(Connection *c)
    {
        if (m_started >= m_settings.requests)
            return;
        ++m_started;
        // Sent now rather than at the socket's next write-ready turn, so that the latency
        // counts from when the request left.
        c->sentNs = m_clock.nsecsElapsed();
        providers::writeNow(*c->socket, m_request);
    }

    void read(Connection *c)
    {
        c->buffer += c->socket->readAll();
        for (;;) {
            const qsizetype end = c->buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = c->buffer.left(end).toLower();
            const qsizetype at = head.indexOf("content-length:");
            const qint64 length = at < 0 ? 0 : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
            if (c->buffer.size() < end + 4 + length)
                return;
            const int status = c->buffer.mid(9, 3).toInt();
            // An HTTP/1.0 server (the seed's Flask app) closes after each answer.
            const bool closes = head.startsWith("http/1.0") || head.contains("\r\nconnection: close");
            c->buffer.remove(0, end + 4 + length);
            const qint64 latencyUs = (m_clock.nsecsElapsed() - c->sentNs) / 1000;
            m_latenciesUs.push_back(latencyUs);
            (c->answered ? m_warmUs : m_coldUs).push_back(latencyUs);
            c->answered = true;
            c->sentNs = 0;
            ++m_done;
            if (status >= 200 && status < 300)
                ++m_ok;
            else
                ++m_failed;
            if (closes) {
                c->socket->disconnect(this);
                c->socket->abort();
                c->socket->deleteLater();
                delete c;
                if (m_started < m_settings.requests)
                    open();
                finishIfDone();
                return;
            }
            sendNext(c);
            finishIfDone();
        }
    }

    void finishIfDone()
    {
        if (m_done < m_settings.requests)
            return;
        const double seconds = double(m_clock.nsecsElapsed()) / 1e9;
        const auto pct = [](std::vector<qint64> &us, double p) {
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
        if (!m_warmUs.empty()) {
            result.insert(QStringLiteral("warm"), qint64(m_warmUs.size()));
            result.insert(QStringLiteral("warm_p50_ms"), pct(m_warmUs, 0.50));
            result.insert(QStringLiteral("warm_p99_ms"), pct(m_warmUs, 0.99));
        }
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
        QCoreApplication::exit(m_failed == 0 ? 0 : 1);
    }

    Settings m_settings;
    QByteArray m_request;
    QElapsedTimer m_clock;
    int m_started = 0;
    int m_done = 0;
    int m_ok = 0;
    int m_failed = 0;
    std::vector<qint64> m_latenciesUs;
    std::vector<qint64> m_coldUs;
    std::vector<qint64> m_warmUs;
};

} // namespace

int main(int argc, char *argv[])
{
    // Epoll, like the server's threads: with glib's poll() over 2,000 sockets the load
    // generator took CPU the server under test needed.
    QCoreApplication::setEventDispatcher(new server::EpollEventDispatcher);
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("url"), QStringLiteral("Target URL."), QStringLiteral("URL")},
                       {QStringLiteral("method"), QStringLiteral("HTTP method (POST)."), QStringLiteral("M")},
                       {QStringLiteral("body"), QStringLiteral("Request body."), QStringLiteral("JSON")},
                       {QStringLiteral("header"), QStringLiteral("Extra header line."), QStringLiteral("H")},
                       {{QStringLiteral("c"), QStringLiteral("connections")}, QStringLiteral("Connections."),
                        QStringLiteral("C")},
                       {{QStringLiteral("n"), QStringLiteral("requests")}, QStringLiteral("Requests."),
                        QStringLiteral("N")}});
    parser.process(app);
    Settings s;
    s.url = QUrl(parser.value(QStringLiteral("url")));
    s.method = parser.isSet(QStringLiteral("method")) ? parser.value(QStringLiteral("method")).toUtf8() : "POST";
    s.body = parser.value(QStringLiteral("body")).toUtf8();
    for (const QString &h : parser.values(QStringLiteral("header")))
        s.headers += h.toUtf8() + "\r\n";
    s.connections = std::max(1, parser.value(QStringLiteral("c")).toInt());
    s.requests = std::max(1, parser.value(QStringLiteral("n")).toInt());
    if (!s.url.isValid() || s.url.host().isEmpty()) {
        std::fprintf(stderr, "loadgen: --url is required\n");
        return 2;
    }
    Load load(s);
    load.start();
    return QCoreApplication::exec();
}
