#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace gui {

// What the embedded server answered: the HTTP status (0 when no answer came) and the
// JSON body, parsed off the GUI thread.
struct ApiReply
{
    int status = 0;
    QJsonObject json;
    QString transportError; // set when status is 0

    bool ok() const { return status >= 200 && status < 300; }
    // The server's {"error": {"message"}} or the transport error, for a message box.
    QString errorMessage() const;
};

// Asynchronous JSON calls to the embedded server, so that the window is one more client
// of the real endpoints. Lives on the GUI thread; nothing here ever blocks: the reply's
// JSON is parsed on the thread pool and done runs on context's thread afterwards.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    using Done = std::function<void(const ApiReply &)>;

    ApiClient(QUrl base, QString token, QObject *parent = nullptr);

    QUrl base() const { return m_base; }

    // done is dropped if context is destroyed first.
    void get(const QString &path, QObject *context, Done done);
    void post(const QString &path, const QJsonObject &body, const Headers &headers, QObject *context, Done done);
    void put(const QString &path, const QJsonObject &body, QObject *context, Done done);
    void patch(const QString &path, const QJsonObject &body, QObject *context, Done done);

private:
    void send(const QByteArray &verb, const QString &path, const QByteArray &body, const Headers &headers,
              QObject *context, Done done);

    QUrl m_base;
    QByteArray m_authorization;
    QNetworkAccessManager *m_network;
};

} // namespace gui
