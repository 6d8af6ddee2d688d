#include "ledger/DocumentReader.h"

#include "ledger/Connection.h"
#include "ledger/EventReader.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ledger {

namespace {

QDateTime utcAt(const QSqlQuery &query, int column)
{
    return QDateTime::fromMSecsSinceEpoch(query.value(column).toLongLong(), Qt::UTC);
}

payi::Money moneyAt(const QSqlQuery &query, int column)
{
    return payi::Money::fromPico(query.value(column).toLongLong());
}

// The columns of a document's row, in the order documentAt() reads them.
const char *const DocumentColumns = "id, content, created_ms, updated_ms, revisions, create_instance_id, "
                                    "creation_cost_pico, cost_pico";

// A document's content is a StoredText: kept once, perhaps in its last event's response.
Document documentAt(QSqlDatabase &db, const QSqlQuery &query)
{
    Document document;
    document.id = query.value(0).toString();
    document.content = EventReader::contentOf(db, query.value(1)).value_or(QString());
    document.created = utcAt(query, 2);
    document.updated = utcAt(query, 3);
    document.revisionCount = query.value(4).toInt();
    document.createInstanceId = query.value(5).toString();
    document.creationCost = moneyAt(query, 6);
    document.cost = moneyAt(query, 7);
    return document;
}

base::Result<QList<Document>> documentsOf(QSqlDatabase &db, QSqlQuery &query, const QString &doing)
{
    if (!query.exec())
        return Connection::error(doing, query.lastError());
    QList<Document> documents;
    while (query.next())
        documents.append(documentAt(db, query));
    return documents;
}

} // namespace

base::Result<Document> DocumentReader::document(QSqlDatabase &db, const QString &id, bool withRevisions)
{
    const QString doing = QStringLiteral("could not read document %1").arg(id);
    db.transaction();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT %1 FROM documents WHERE id = ?").arg(QLatin1String(DocumentColumns)));
    Connection::bind(query, {id});
    if (!query.exec())
        return Connection::error(doing, query.lastError());
    if (!query.next())
        return base::Error{QStringLiteral("not_found"), QStringLiteral("no document with id %1").arg(id)};
    Document document = documentAt(db, query);
    if (withRevisions) {
        query.prepare(QStringLiteral("SELECT number, kind, content, request_id, event_id, at_ms, cost_pico "
                                     "FROM revisions WHERE document_id = ? ORDER BY number"));
        Connection::bind(query, {id});
        if (!query.exec())
            return Connection::error(doing, query.lastError());
        while (query.next()) {
            // Retention may have dropped a revision's text kept in its event: it says so.
            const std::optional<QString> content = EventReader::contentOf(db, query.value(2));
            document.revisions.append(Revision{
                query.value(0).toInt(), query.value(1).toString(), content.value_or(QString()),
                query.value(3).toString(), query.value(4).toString(), utcAt(query, 5), moneyAt(query, 6), !content});
        }
    }
    query.finish();
    db.commit();
    return document;
}

base::Result<QList<Document>> DocumentReader::documents(QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT %1 FROM documents ORDER BY created_ms, id").arg(QLatin1String(DocumentColumns)));
    return documentsOf(db, query, QStringLiteral("could not list the documents"));
}

base::Result<QList<Document>> DocumentReader::createdIn(QSqlDatabase &db, const QStringList &instanceIds)
{
    if (instanceIds.isEmpty())
        return QList<Document>();
    QStringList marks;
    marks.fill(QStringLiteral("?"), instanceIds.size());
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT %1 FROM documents WHERE create_instance_id IN (%2) ORDER BY created_ms, id")
                      .arg(QLatin1String(DocumentColumns), marks.join(u',')));
    for (const QString &id : instanceIds)
        query.addBindValue(id);
    return documentsOf(db, query,
                       QStringLiteral("could not read the documents of %1 instances").arg(instanceIds.size()));
}

} // namespace ledger
