#include "ledger/TextRetention.h"

#include "ledger/StoredText.h"

#include <sqlite3.h>

#include <vector>

namespace ledger {

base::Result<std::unique_ptr<TextRetention>> TextRetention::prepare(sqlite3 *db, qint64 budgetBytes)
{
    std::unique_ptr<TextRetention> retention(new TextRetention(db, budgetBytes));
    const std::pair<std::optional<Statement> *, QString> statements[] = {
        {&retention->m_pageCount, QStringLiteral("PRAGMA page_count")},
        {&retention->m_freePages, QStringLiteral("PRAGMA freelist_count")},
        {&retention->m_pageSize, QStringLiteral("PRAGMA page_size")},
        {&retention->m_lastOfChunk,
         QStringLiteral("SELECT MAX(seq) FROM (SELECT seq FROM event_texts WHERE seq > ? ORDER BY seq LIMIT %1)")
             .arg(Chunk)},
        {&retention->m_deleteTexts, QStringLiteral("DELETE FROM event_texts WHERE seq > ? AND seq <= ?")},
        {&retention->m_dropLegacy,
         QStringLiteral("UPDATE events SET provider_request = ?1, provider_response = ?1 WHERE seq > ?2 AND seq <= ?3 "
                        "AND (provider_request != '' OR provider_response != '')")},
        {&retention->m_saveThrough, QStringLiteral("UPDATE text_retention SET dropped_through = ? WHERE id = 1")},
        {&retention->m_documentsKeptIn,
         QStringLiteral("SELECT rowid, content FROM documents WHERE content_seq > ? AND content_seq <= ?")},
        {&retention->m_textsOf, QStringLiteral("SELECT texts FROM event_texts WHERE seq = ?")},
        {&retention->m_ownCopy, QStringLiteral("UPDATE documents SET content = ?, content_seq = NULL WHERE rowid = ?")},
    };
    for (const auto &[statement, sql] : statements) {
        auto prepared = Statement::prepare(db, sql);
        if (!prepared)
            return prepared.error();
        statement->emplace(std::move(prepared).value());
    }
    auto prepared = Statement::prepare(db, QStringLiteral("SELECT legacy_before, dropped_through FROM text_retention"));
    if (!prepared)
        return prepared.error();
    Statement position = std::move(prepared).value();
    const base::Result<bool> found = position.step();
    if (!found)
        return found.error();
    if (*found) {
        retention->m_legacyBefore = position.int64At(0);
        retention->m_droppedThrough = position.int64At(1);
    }
    return retention;
}

base::Result<qint64> TextRetention::usedBytes()
{
    qint64 values[3] = {};
    std::optional<Statement> *const pragmas[] = {&m_pageCount, &m_freePages, &m_pageSize};
    for (int i = 0; i < 3; ++i) {
        Statement &pragma = **pragmas[i];
        const base::Result<bool> row = pragma.step();
        values[i] = row && *row ? pragma.int64At(0) : 0;
        pragma.reset();
        if (!row)
            return row.error();
    }
    return (values[0] - values[1]) * values[2];
}

base::Result<bool> TextRetention::step(bool over)
{
    const base::Result<qint64> used = usedBytes();
    if (!used)
        return used.error();
    const qint64 allowed = over ? m_budget / 100 * RefillPercent : m_budget;
    if (*used <= allowed)
        return false;
    qint64 through = m_droppedThrough;
    std::optional<base::Error> failure = exec("BEGIN IMMEDIATE");
    if (!failure)
        failure = dropChunk(&through);
    if (!failure && through != m_droppedThrough) {
        m_saveThrough->bind(through);
        failure = m_saveThrough->run();
    }
    if (!failure)
        failure = exec("COMMIT");
    if (failure) {
        exec("ROLLBACK");
        return *failure;
    }
    const bool dropped = through != m_droppedThrough;
    m_droppedThrough = through;
    return dropped;
}

std::optional<base::Error> TextRetention::dropChunk(qint64 *through)
{
    if (*through + 1 < m_legacyBefore) {
        // Events stored before schema 9: their texts are dropped where they are.
        const qint64 upTo = qMin(*through + Chunk, m_legacyBefore - 1);
        const QByteArray dropped = StoredText::marker(StoredText::Dropped);
        m_dropLegacy->bind(Statement::Blob{dropped}, *through, upTo);
        if (const std::optional<base::Error> failure = m_dropLegacy->run())
            return failure;
        *through = upTo;
        return std::nullopt;
    }
    m_lastOfChunk->bind(*through);
    const base::Result<bool> row = m_lastOfChunk->step();
    const bool any = row && *row && sqlite3_column_type(m_lastOfChunk->get(), 0) != SQLITE_NULL;
    const qint64 upTo = any ? m_lastOfChunk->int64At(0) : *through;
    m_lastOfChunk->reset();
    if (!row)
        return row.error();
    if (!any)
        return std::nullopt; // nothing left to drop
    if (const std::optional<base::Error> failure = keepDocuments(*through, upTo))
        return failure;
    m_deleteTexts->bind(*through, upTo);
    if (const std::optional<base::Error> failure = m_deleteTexts->run())
        return failure;
    *through = upTo;
    return std::nullopt;
}

std::optional<base::Error> TextRetention::keepDocuments(qint64 after, qint64 upTo)
{
    std::vector<std::pair<qint64, StoredText::Slice>> kept; // read first: the updates change the index read
    m_documentsKeptIn->bind(after, upTo);
    base::Result<bool> row = m_documentsKeptIn->step();
    for (; row && *row; row = m_documentsKeptIn->step()) {
        if (const std::optional<StoredText::Slice> slice = StoredText::sliceOf(m_documentsKeptIn->bytesAt(1)))
            kept.emplace_back(m_documentsKeptIn->int64At(0), *slice);
    }
    m_documentsKeptIn->reset();
    if (!row)
        return row.error();
    for (const auto &[rowid, slice] : kept) {
        m_textsOf->bind(slice.seq);
        const base::Result<bool> found = m_textsOf->step();
        const std::optional<QString> content =
            found && *found ? StoredText::stringIn(m_textsOf->bytesAt(0), slice) : std::nullopt;
        m_textsOf->reset();
        if (!content) { // never written so: nothing would be left of the document
            return base::Error{
                QStringLiteral("ledger_corrupt"),
                QStringLiteral("retention: the content of a document, kept in event %1, is unreadable").arg(slice.seq)};
        }
        const QByteArray copy = StoredText::encode(content->toUtf8());
        m_ownCopy->bind(Statement::Blob{copy}, rowid);
        if (const std::optional<base::Error> failure = m_ownCopy->run())
            return failure;
    }
    return std::nullopt;
}

std::optional<base::Error> TextRetention::exec(const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return std::nullopt;
    base::Error error{QStringLiteral("ledger_sql_failed"),
                      QStringLiteral("retention: %1").arg(QString::fromUtf8(message ? message : "unknown error"))};
    sqlite3_free(message);
    return error;
}

} // namespace ledger
