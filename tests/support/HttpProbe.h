#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <functional>

// A raw HTTP/1.1 client for tests: one connection per request (Connection: close), so a
// test can hold hundreds of requests in flight at once, and send bytes no well-behaved
// client would.
class HttpProbe : public QObject
{
public:
    struct Reply
    {
        int status = 0; // 0: no answer (connection failed or closed early)
        QByteArray headers;
        QByteArray body;
        QJsonObject json() const;
        QString errorCode() const; // error.code of an error body
    };
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit HttpProbe(QUrl base) : m_base(std::move(base)) {}

    // Sends a request and calls done with the answer, on this thread's event loop.
    void send(const QByteArray &method, const QString &path, const QByteArray &body, const Headers &headers,
              std::function<void(Reply)> done);
    // Sends raw bytes as they are.
    void sendRaw(const QByteArray &bytes, std::function<void(Reply)> done);
    // The same, waiting for the answer (up to timeoutMs).
    Reply call(const QByteArray &method, const QString &path, const QByteArray &body = {}, const Headers &headers = {},
               int timeoutMs = 30000);
    Reply callRaw(const QByteArray &bytes, int timeoutMs = 30000);

    static QByteArray request(const QByteArray &method, const QString &path, const QByteArray &body,
                              const Headers &headers);

private:
    QUrl m_base;
};
