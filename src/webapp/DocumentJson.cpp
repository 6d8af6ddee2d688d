#include "webapp/DocumentJson.h"

#include "webapp/ApiJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace webapp::api {

base::Result<DocumentRequest> readDocumentRequest(const QByteArray &body, const QString &field)
{
    const base::Result<QJsonObject> object = base::readJsonObject(body);
    if (!object)
        return object.error();
    base::Result<QString> text = requireString(*object, field);
    if (!text)
        return text.error();
    DocumentRequest request{std::move(text).value()};
    const QJsonValue stream = object->value(QLatin1String("stream"));
    if (!stream.isUndefined() && !stream.isNull()) {
        if (!stream.isBool())
            return invalidField(QStringLiteral("\"stream\" must be a boolean"));
        request.stream = stream.toBool();
    }
    return request;
}

void writeTracking(base::JsonWriter &json, const payi::CallEvent &event)
{
    const payi::Attribution &a = event.attribution;
    json.open('{');
    json.key(u"cost").open('{');
    json.key(u"currency").item(u"usd");
    json.key(u"input").item(event.cost.input.toString());
    json.key(u"output").item(event.cost.output.toString());
    json.key(u"total").item(event.cost.total.toString());
    json.close('}');
    json.key(u"limit_ids").open('[');
    for (const QString &id : a.limitIds)
        json.item(id);
    json.close(']');
    json.key(u"limits").open('{');
    for (auto it = event.limits.cbegin(); it != event.limits.cend(); ++it)
        json.key(it.key()).item(payi::limitStateName(it.value()));
    json.close('}');
    json.key(u"request_id").item(event.requestId);
    json.key(u"use_case_id").item(a.useCaseId);
    json.key(u"use_case_name").item(a.useCaseName);
    json.key(u"user_id").item(a.userId);
    json.close('}');
}

QJsonObject trackingJson(const payi::CallEvent &event)
{
    base::JsonWriter json;
    writeTracking(json, event);
    return QJsonDocument::fromJson(json.take()).object();
}

QByteArray documentBody(const QString &documentId, const QString &content, const payi::CallEvent &event)
{
    base::JsonWriter json;
    json.open('{');
    json.key(u"content").item(content);
    json.key(u"document_id").item(documentId);
    writeTracking(json.key(u"tracking"), event);
    json.close('}');
    return json.take();
}

net::HttpResponse documentAnswer(int status, const QString &documentId, const QString &content,
                                 const payi::CallEvent &event)
{
    return net::HttpResponse::text(status, documentBody(documentId, content, event),
                                   QByteArrayLiteral("application/json"));
}

QByteArray deltaEventData(QStringView text)
{
    base::JsonWriter json;
    json.open('{');
    json.key(u"text").item(text);
    json.close('}');
    return json.take();
}

QString documentTitle(const QString &content)
{
    constexpr int MaxTitle = 60;
    for (const QString &line : content.split(u'\n')) {
        const QString text = line.simplified();
        if (!text.isEmpty())
            return text.size() <= MaxTitle ? text : text.left(MaxTitle - 1).trimmed() + QChar(0x2026);
    }
    return {};
}

QJsonObject documentJson(const ledger::Document &d)
{
    QJsonObject o{{QStringLiteral("document_id"), d.id},
                  {QStringLiteral("title"), documentTitle(d.content)},
                  {QStringLiteral("content"), d.content},
                  {QStringLiteral("created"), isoUtc(d.created)},
                  {QStringLiteral("updated"), isoUtc(d.updated)},
                  {QStringLiteral("revision_count"), d.revisionCount},
                  {QStringLiteral("create_instance_id"), d.createInstanceId},
                  {QStringLiteral("creation_cost"), d.creationCost.toString()},
                  {QStringLiteral("total_cost"), d.cost.toString()}};
    if (!d.revisions.isEmpty()) {
        QJsonArray revisions;
        for (const ledger::Revision &r : d.revisions) {
            QJsonObject revision{{QStringLiteral("number"), r.number},
                                 {QStringLiteral("kind"), r.kind},
                                 {QStringLiteral("content"), r.contentDropped ? QJsonValue() : QJsonValue(r.content)},
                                 {QStringLiteral("request_id"), r.requestId},
                                 {QStringLiteral("event_id"), r.eventId},
                                 {QStringLiteral("at"), isoUtc(r.at)},
                                 {QStringLiteral("cost"), r.cost.toString()}};
            if (r.contentDropped) // the ledger's retention budget: the text is gone, not empty
                revision.insert(QStringLiteral("content_dropped_by_retention"), true);
            revisions.append(revision);
        }
        o.insert(QStringLiteral("revisions"), revisions);
    }
    return o;
}

} // namespace webapp::api
