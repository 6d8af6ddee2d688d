#include "support/HttpProbe.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>

QJsonObject HttpProbe::Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString HttpProbe::Reply::errorCode() const
{
    return json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
}

QByteArray HttpProbe::request(const QByteArray &method, const QString &path, const QByteArray &body,
                              const Headers &headers)
{
    QByteArray out = method + ' ' + path.toUtf8() + " HTTP/1.1\r\nHost: test\r\nConnection: close\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PUT")
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return out + "\r\n" + body;
}

void HttpProbe::send(const QByteArray &method, const QString &path, const QByteArray &body, const Headers &headers,
                     std::function<void(Reply)> done)
{
    sendRaw(request(method, path, body, headers), std::move(done));
}

void HttpProbe::sendRaw(const QByteArray &bytes, std::function<void(Reply)> done)
{
    auto *socket = new QTcpSocket(this);
    auto received = std::make_shared<QByteArray>();
    connect(socket, &QTcpSocket::connected, socket, [socket, bytes] { socket->write(bytes); });
    connect(socket, &QTcpSocket::readyRead, socket, [socket, received] { received->append(socket->readAll()); });
    auto finished = std::make_shared<bool>(false);
    const auto finish = [socket, received, finished, done = std::move(done)] {
        if (std::exchange(*finished, true))
            return;
        received->append(socket->readAll());
        Reply reply;
        const qsizetype split = received->indexOf("\r\n\r\n");
        if (received->startsWith("HTTP/1.") && split > 0) {
            reply.status = received->mid(9, 3).toInt();
            reply.headers = received->left(split);
            reply.body = received->mid(split + 4);
            if (reply.headers.toLower().contains("transfer-encoding: chunked")) {
                QByteArray plain;
                qsizetype at = 0;
                for (;;) {
                    const qsizetype eol = reply.body.indexOf("\r\n", at);
                    const qsizetype n = eol < 0 ? 0 : reply.body.mid(at, eol - at).toLongLong(nullptr, 16);
                    if (n <= 0)
                        break;
                    plain += reply.body.mid(eol + 2, n);
                    at = eol + 2 + n + 2;
                }
                reply.body = plain;
            }
        }
        socket->deleteLater();
        done(reply);
    };
    connect(socket, &QTcpSocket::disconnected, socket, finish);
    // A refused or reset connection ends without "disconnected" when it never connected.
    connect(socket, &QTcpSocket::errorOccurred, socket, [socket, finish] {
        if (socket->state() == QAbstractSocket::UnconnectedState)
            finish();
    });
    socket->connectToHost(m_base.host(), quint16(m_base.port()));
}

HttpProbe::Reply HttpProbe::call(const QByteArray &method, const QString &path, const QByteArray &body,
                                 const Headers &headers, int timeoutMs)
{
    return callRaw(request(method, path, body, headers), timeoutMs);
}

HttpProbe::Reply HttpProbe::callRaw(const QByteArray &bytes, int timeoutMs)
{
    QEventLoop loop;
    Reply result;
    bool answered = false;
    sendRaw(bytes, [&](Reply reply) {
        if (answered)
            return;
        answered = true;
        result = std::move(reply);
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!answered)
        loop.exec();
    answered = true;
    return result;
}
