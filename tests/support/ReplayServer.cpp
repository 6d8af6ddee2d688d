#include "support/ReplayServer.h"

#include <QFile>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

QByteArray ReplayServer::Request::header(QByteArrayView name) const
{
    for (const auto &[n, value] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool ReplayServer::Request::hasHeaderStartingWith(QByteArrayView prefix) const
{
    for (const auto &header : headers) {
        if (header.first.size() >= prefix.size()
            && QByteArrayView(header.first).first(prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

namespace {

QByteArray tlsFixture(const char *name)
{
    QFile file(QStringLiteral(COSTBENCH_FIXTURES "/tls/%1").arg(QLatin1String(name)));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing %s", qPrintable(file.fileName()));
    return file.readAll();
}

// A TLS server the way Qt's own examples make one: with Qt 6.4.2's QSslServer in its
// place the request never reached readyRead here, not even from openssl s_client.
class TlsServer : public QTcpServer
{
public:
    explicit TlsServer(QSslConfiguration configuration) : m_configuration(std::move(configuration)) {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        socket->setSslConfiguration(m_configuration);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        addPendingConnection(socket);
        socket->startServerEncryption(); // reads and writes wait for the handshake
    }

private:
    const QSslConfiguration m_configuration;
};

} // namespace

ReplayServer::ReplayServer(Scheme scheme, QObject *parent) : QObject(parent), m_scheme(scheme)
{
    if (scheme == Scheme::Https) {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(certificate());
        configuration.setPrivateKey(QSslKey(tlsFixture("replay-key.pem"), QSsl::Rsa));
        m_server = std::make_unique<TlsServer>(configuration);
    } else {
        m_server = std::make_unique<QTcpServer>();
    }
    // The default backlog (50) overflows when a test opens many connections at once.
    m_server->setListenBacklogSize(1024);
    m_server->listen(QHostAddress::LocalHost, 0);
    connect(m_server.get(), &QTcpServer::newConnection, this, &ReplayServer::onConnection);
}

QSslCertificate ReplayServer::certificate()
{
    return QSslCertificate(tlsFixture("replay-cert.pem"));
}

QByteArray ReplayServer::baseUrl() const
{
    return (m_scheme == Scheme::Https ? "https" : "http") + QByteArray("://127.0.0.1:") + QByteArray::number(port())
           + "/v1";
}

void ReplayServer::replay(const QString &fixture, int pieceBytes)
{
    replay([fixture](const Request &) { return fixture; }, pieceBytes);
}

void ReplayServer::replay(FixtureChoice choose, int pieceBytes)
{
    m_choose = std::move(choose);
    m_pieceBytes = pieceBytes;
}

void ReplayServer::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void ReplayServer::onReadable(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    Request request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    request.method = requestLine.value(0);
    request.path = requestLine.value(1);
    qsizetype contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        const QByteArray name = lines[i].left(colon).trimmed();
        const QByteArray value = lines[i].mid(colon + 1).trimmed();
        request.headers.append({name, value});
        if (name.compare("content-length", Qt::CaseInsensitive) == 0)
            contentLength = value.toLongLong();
    }
    if (buffer.size() < headerEnd + 4 + contentLength)
        return;
    request.body = buffer.mid(headerEnd + 4, contentLength);
    buffer.remove(0, headerEnd + 4 + contentLength);
    m_requests.append(request);
    if (!m_choose)
        return;
    if (const QString fixture = m_choose(request); !fixture.isEmpty())
        answer(socket, fixture);
}

namespace {

void writePieces(QTcpSocket *socket, const std::shared_ptr<QList<QByteArray>> &pieces)
{
    if (pieces->isEmpty()) {
        // A cut stream just lacks its last chunk: closing with a reset could make the
        // client's kernel drop what it has not read yet, which is another test.
        socket->disconnectFromHost();
        return;
    }
    socket->write(pieces->takeFirst());
    socket->flush();
    QTimer::singleShot(0, socket, [socket, pieces] { writePieces(socket, pieces); });
}

} // namespace

void ReplayServer::answer(QTcpSocket *socket, const QString &fixture)
{
    QFile file(QStringLiteral(COSTBENCH_FIXTURES "/%1.http").arg(fixture));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("missing fixture %s", qPrintable(file.fileName()));
        socket->abort();
        return;
    }
    const QByteArray recorded = file.readAll();
    const qsizetype split = recorded.indexOf("\n\n");
    const QByteArray body = recorded.mid(split + 2);
    QByteArray head;
    bool eventStream = false;
    bool cut = false;
    for (const QByteArray &line : recorded.left(split).split('\n')) {
        if (line.startsWith("X-Fixture-Cut:")) {
            cut = true;
            continue;
        }
        eventStream = eventStream || line.toLower().startsWith("content-type: text/event-stream");
        head += line + "\r\n";
    }
    head += eventStream ? QByteArray("Transfer-Encoding: chunked\r\n")
                        : "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += "Connection: close\r\n\r\n";

    // The body in pieces, each its own write (and HTTP chunk for streams) in its own loop turn.
    auto pieces = std::make_shared<QList<QByteArray>>();
    const qsizetype step = m_pieceBytes > 0 ? m_pieceBytes : qMax<qsizetype>(1, body.size());
    for (qsizetype at = 0; at < body.size(); at += step) {
        const QByteArray piece = body.mid(at, step);
        pieces->append(eventStream ? QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n" : piece);
    }
    if (eventStream && !cut)
        pieces->append("0\r\n\r\n");
    socket->write(head);
    writePieces(socket, pieces);
}
