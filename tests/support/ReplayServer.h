#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSslCertificate>
#include <QTcpServer>

#include <functional>
#include <memory>

class QTcpSocket;

// The tests' own OpenAI (and Pay-i ingest): a loopback HTTP/1.1 server on a bare QTcpServer that
// replays a recorded response (tests/support/fixtures/<name>.http: status line and headers, a
// blank line, the body) byte for byte. A bare socket, not net::HttpServer, because the tests
// need what a well-behaved server never does: bodies written a few bytes at a time, and a
// stream whose connection closes mid-chunk (a fixture with "X-Fixture-Cut: true").
// Event streams go out chunked, like OpenAI's; other bodies with Content-Length. Over https,
// it presents certificate() (for 127.0.0.1, in fixtures/tls), which the client must trust.
class ReplayServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(QByteArrayView name) const;
        bool hasHeaderStartingWith(QByteArrayView prefix) const;
    };

    enum class Scheme { Http, Https };

    explicit ReplayServer(Scheme scheme = Scheme::Http, QObject *parent = nullptr);
    static QSslCertificate certificate();

    quint16 port() const { return m_server->serverPort(); }
    QByteArray baseUrl() const;

    using FixtureChoice = std::function<QString(const Request &)>;

    // The fixture every request gets, written pieceBytes at a time (0: in one write).
    void replay(const QString &fixture, int pieceBytes = 0);
    // The fixture each request gets, as choose says; an empty name leaves that request
    // unanswered.
    void replay(FixtureChoice choose, int pieceBytes = 0);
    // Accept requests and never answer them.
    void stayMute() { m_choose = nullptr; }

    const QList<Request> &requests() const { return m_requests; }

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const QString &fixture);

    const Scheme m_scheme;
    FixtureChoice m_choose;
    int m_pieceBytes = 0;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Request> m_requests;
    // Last: its sockets go first, while the members above still exist.
    std::unique_ptr<QTcpServer> m_server;
};
