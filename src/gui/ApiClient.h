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
    // A streamed answer (ApiClient::postStreamed) that began, then ended with an `error` event,
    // whose data is json.
    bool streamFailed = false;

    bool ok() const { return status >= 200 && status < 300 && !streamFailed; }
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
    // One server-sent event of a streamed answer: its name and its data, a JSON object.
    using EventHandler = std::function<void(const QByteArray &event, const QJsonObject &data)>;

    ApiClient(QUrl base, QString token, QObject *parent = nullptr);

    QUrl base() const { return m_base; }

    // done is dropped if context is destroyed first.
    void get(const QString &path, QObject *context, Done done);
    void post(const QString &path, const QJsonObject &body, const Headers &headers, QObject *context, Done done);
    void put(const QString &path, const QJsonObject &body, QObject *context, Done done);
    void patch(const QString &path, const QJsonObject &body, QObject *context, Done done);
    // POST with "stream": true in the body, for the document routes' server-sent events: each
    // event but the stream's last goes to onEvent as it arrives (the text's `delta`s); done gets
    // the last, a `document` as the reply post() would have had, an `error` as a failed reply
    // (streamFailed). An answer that is not a stream (a failure before it began) is done's as
    // post() gives it.
    void postStreamed(const QString &path, QJsonObject body, const Headers &headers, QObject *context,
                      EventHandler onEvent, Done done);

private:
    void send(const QByteArray &verb, const QString &path, const QByteArray &body, const Headers &headers,
              QObject *context, Done done, EventHandler onEvent = {});

    QUrl m_base;
    QByteArray m_authorization;
    QNetworkAccessManager *m_network;
};

} // namespace gui
