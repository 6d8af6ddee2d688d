#include "gui/ApiClient.h"

#include "base/Handoff.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace gui {

namespace {

// A server-sent event read from a text/event-stream (the fields the document routes send).
struct StreamEvent
{
    QByteArray name;
    QByteArray data;
};

// The events complete in buffer (each ended by a blank line), taken out of it.
QList<StreamEvent> takeEvents(QByteArray &buffer)
{
    QList<StreamEvent> events;
    buffer.replace("\r\n", "\n");
    qsizetype end;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
        StreamEvent event;
        for (const QByteArray &line : buffer.left(end).split('\n')) {
            if (line.startsWith("event:"))
                event.name = line.mid(6).trimmed();
            else if (line.startsWith("data:"))
                event.data += (event.data.isEmpty() ? QByteArray() : QByteArray("\n")) + line.mid(5).trimmed();
        }
        buffer.remove(0, end + 2);
        if (!event.data.isEmpty())
            events.append(event);
    }
    return events;
}

} // namespace

QString ApiReply::errorMessage() const
{
    if (status == 0 || !transportError.isEmpty())
        return transportError;
    const QJsonObject error = json.value(QStringLiteral("error")).toObject();
    const QString message = error.value(QStringLiteral("message")).toString();
    return message.isEmpty() ? QObject::tr("HTTP status %1").arg(status) : message;
}

ApiClient::ApiClient(QUrl base, QString token, QObject *parent)
    : QObject(parent)
    , m_base(std::move(base))
    , m_network(new QNetworkAccessManager(this))
{
    if (!token.isEmpty())
        m_authorization = "Bearer " + token.toUtf8();
}

void ApiClient::get(const QString &path, QObject *context, Done done)
{
    send("GET", path, {}, {}, context, std::move(done));
}

void ApiClient::post(const QString &path, const QJsonObject &body, const Headers &headers, QObject *context, Done done)
{
    send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers, context, std::move(done));
}

void ApiClient::put(const QString &path, const QJsonObject &body, QObject *context, Done done)
{
    send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact), {}, context, std::move(done));
}

void ApiClient::patch(const QString &path, const QJsonObject &body, QObject *context, Done done)
{
    send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact), {}, context, std::move(done));
}

void ApiClient::postStreamed(const QString &path, QJsonObject body, const Headers &headers, QObject *context,
                             EventHandler onEvent, Done done)
{
    body.insert(QStringLiteral("stream"), true);
    send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers, context, std::move(done),
         std::move(onEvent));
}

void ApiClient::send(const QByteArray &verb, const QString &path, const QByteArray &body, const Headers &headers,
                     QObject *context, Done done, EventHandler onEvent)
{
    QUrl url = m_base;
    const qsizetype query = path.indexOf(u'?');
    url.setPath(path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_network->sendCustomRequest(request, verb, body);
    QPointer<QObject> guard(context);
    // A stream's events are read as they come; the last is held for done.
    const bool streamed = bool(onEvent);
    const auto isStream = [reply] {
        return reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().startsWith("text/event-stream");
    };
    auto last = std::make_shared<std::optional<StreamEvent>>();
    const auto feed = [onEvent = std::move(onEvent), pending = std::make_shared<QByteArray>(),
                       last](const QByteArray &bytes) {
        *pending += bytes;
        for (StreamEvent &event : takeEvents(*pending)) {
            if (*last)
                onEvent((*last)->name, QJsonDocument::fromJson((*last)->data).object());
            *last = std::move(event);
        }
    };
    if (streamed) {
        connect(reply, &QNetworkReply::readyRead, this, [reply, guard, isStream, feed] {
            if (guard && isStream())
                feed(reply->readAll());
        });
    }
    connect(reply, &QNetworkReply::finished, this,
            [reply, guard, done = std::move(done), streamed, isStream, feed, last] {
                reply->deleteLater();
                if (!guard)
                    return;
                ApiReply answer;
                answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (answer.status == 0)
                    answer.transportError = reply->errorString();
                QByteArray bytes = reply->readAll();
                if (streamed && answer.status != 0 && isStream()) {
                    feed(bytes);
                    bytes = *last ? (*last)->data : QByteArray();
                    answer.streamFailed = !*last || (*last)->name != "document";
                    if (!*last)
                        answer.transportError = QObject::tr("The stream ended before its document.");
                }
                // Large lists (every document) would stall the loop if parsed here.
                QtConcurrent::run(base::workPool(), [bytes] {
                    return QJsonDocument::fromJson(bytes).object();
                }).then(guard.data(), [guard, done, answer](QJsonObject json) mutable {
                    if (!guard)
                        return;
                    answer.json = std::move(json);
                    done(answer);
                });
            });
}

} // namespace gui
