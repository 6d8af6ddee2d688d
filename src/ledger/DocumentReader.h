#pragma once

#include "base/Result.h"
#include "ledger/Document.h"

#include <QStringList>

class QSqlDatabase;

namespace ledger {

// Reads documents and their revisions back from the documents and revisions tables, on a
// reader's connection (Ledger::document(), documents(), documentsCreatedIn()).
class DocumentReader
{
public:
    // One document; with its revisions, in one read transaction so that both agree.
    static base::Result<Document> document(QSqlDatabase &db, const QString &id, bool withRevisions);
    // Every document, oldest first, without revisions.
    static base::Result<QList<Document>> documents(QSqlDatabase &db);
    // The documents whose create call was charged to one of instanceIds, oldest first.
    static base::Result<QList<Document>> createdIn(QSqlDatabase &db, const QStringList &instanceIds);
};

} // namespace ledger
