#pragma once

#include "base/JsonText.h"
#include "base/Result.h"
#include "ledger/Document.h"
#include "net/HttpResponse.h"
#include "payi/CallEvent.h"

#include <QJsonObject>

namespace webapp::api {

// The JSON of the document endpoints (DocumentService); conventions in ApiJson.h.

// The body of POST /documents {"prompt", "stream"} and POST /documents/{id}/append {"text",
// "stream"}: the field's string, and whether the answer is asked as server-sent events
// ("stream": a boolean; absent or null: not streamed).
struct DocumentRequest
{
    QString text;
    bool stream = false;
};
base::Result<DocumentRequest> readDocumentRequest(const QByteArray &body, const QString &field);

// The `tracking` object of the document endpoints, written into json with the keys in
// QJsonDocument's order, and as an object.
void writeTracking(base::JsonWriter &json, const payi::CallEvent &event);
QJsonObject trackingJson(const payi::CallEvent &event);

// The answer of POST /documents and POST /documents/{id}/append: {"content", "document_id",
// "tracking"}, written directly (the hot path of the document server). documentBody() is its
// body alone, which a streamed answer sends as its `document` event.
QByteArray documentBody(const QString &documentId, const QString &content, const payi::CallEvent &event);
net::HttpResponse documentAnswer(int status, const QString &documentId, const QString &content,
                                 const payi::CallEvent &event);

// The data of a streamed answer's `delta` event: {"text": the piece of text}.
QByteArray deltaEventData(QStringView text);

// A document's title: the first line of its content with text, its spaces simplified, cut to
// 60 characters (an ellipsis marks the cut).
QString documentTitle(const QString &content);

// One document of GET /documents and GET /documents/{id}, with its revisions when they were
// loaded: its title, the instance its create call was charged to, what that call cost and its
// total (the create and every append), each revision with what its call cost.
QJsonObject documentJson(const ledger::Document &document);

} // namespace webapp::api
