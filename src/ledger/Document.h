#pragma once

#include "payi/Money.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace ledger {

// One step of a document's history: its creation or an append, with the content it left.
struct Revision
{
    int number = 0; // 1 is the creation
    QString kind;   // "create" or "append"
    QString content;
    QString requestId; // the HTTP request that made it
    QString eventId;   // the tracked model call that produced it
    QDateTime at;
    payi::Money cost; // what that call cost
    // Kept once, in its event's response (StoredText::InEvent), and retention dropped it:
    // content is empty, and the API says so.
    bool contentDropped = false;
};

// A creation or an append, as the writer stores it; atMs is its time (UTC).
struct DocumentEdit
{
    bool create = true; // else append
    QString id;
    QString content;
    QString requestId;
    QString eventId;
    qint64 atMs = 0;
    QString instanceId; // create: the use case instance its call was charged to
    payi::Money cost;   // what the call that wrote it cost
};

struct Document
{
    QString id;
    QString content;
    QDateTime created;
    QDateTime updated;
    int revisionCount = 0;
    QList<Revision> revisions; // filled by Ledger::document(), empty in Ledger::documents()
    // The use case instance its create call was charged to (create_document's, a new one per
    // document; "" when per-call headers charged it to a use case without an id).
    QString createInstanceId;
    payi::Money creationCost; // what the create call cost
    payi::Money cost;         // the create and every append: the sum of its revisions' costs
};

} // namespace ledger
