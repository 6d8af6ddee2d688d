#include "gui/ApiClient.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace gui {

QString ApiReply::errorMessage() const
{
    if (status == 0)
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

void ApiClient::send(const QByteArray &verb, const QString &path, const QByteArray &body, const Headers &headers,
                     QObject *context, Done done)
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
    connect(reply, &QNetworkReply::finished, this, [reply, guard, done = std::move(done)] {
        reply->deleteLater();
        if (!guard)
            return;
        ApiReply answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (answer.status == 0)
            answer.transportError = reply->errorString();
        const QByteArray bytes = reply->readAll();
        // Large lists (every document) would stall the loop if parsed here.
        QtConcurrent::run([bytes] {
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
