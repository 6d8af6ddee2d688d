#pragma once

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
};

struct Document
{
    QString id;
    QString content;
    QDateTime created;
    QDateTime updated;
    int revisionCount = 0;
    QList<Revision> revisions; // filled by Ledger::document(), empty in Ledger::documents()
};

} // namespace ledger
