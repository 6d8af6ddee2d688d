#pragma once

#include "base/Result.h"
#include "ledger/Statement.h"

#include <memory>
#include <optional>

struct sqlite3;

namespace ledger {

// The retention budget of the ledger's texts (issue 23): once the pages the file uses pass
// the budget, the oldest events' request and response texts are dropped, a chunk at a time,
// each chunk one transaction together with text_retention's new position (so a kill leaves
// either the chunk dropped and said so, or neither), until the file uses at most
// RefillPercent of the budget. Costs, units, attribution, audit findings and limits are in
// other columns and tables, which it never touches. Dropped rows of event_texts free whole
// pages, which SQLite's freelist gives to the next inserts: the file stops growing.
// Events stored before schema 9 keep their texts in their own columns: those are replaced in
// place by StoredText::Dropped, oldest first as well. A document's current content is never
// dropped: kept in its last event's response, it gets its own copy before that goes.
// Runs on the writer's thread, between its commits, on the writer's connection.
class TextRetention
{
public:
    static constexpr int Chunk = 500; // events per transaction
    static constexpr int RefillPercent = 95;

    static base::Result<std::unique_ptr<TextRetention>> prepare(sqlite3 *db, qint64 budgetBytes);

    // The bytes of the pages the file uses (its pages less its free ones).
    base::Result<qint64> usedBytes();
    // Drops one chunk of the oldest texts if the file uses more than the budget allows (with
    // over: already past it, keep going down to RefillPercent). Returns whether it dropped
    // anything; on failure, what SQLite said (nothing was changed).
    base::Result<bool> step(bool over);
    // Every event up to this seq has lost its texts to retention (0: none).
    qint64 droppedThrough() const { return m_droppedThrough; }

private:
    TextRetention(sqlite3 *db, qint64 budgetBytes) : m_db(db), m_budget(budgetBytes) {}
    std::optional<base::Error> exec(const char *sql);
    std::optional<base::Error> dropChunk(qint64 *through);
    // Gives the documents whose content is kept in the response of an event in (after, upTo]
    // their own copy, before those texts go.
    std::optional<base::Error> keepDocuments(qint64 after, qint64 upTo);

    sqlite3 *m_db;
    const qint64 m_budget;
    qint64 m_legacyBefore = 0;
    qint64 m_droppedThrough = 0;
    std::optional<Statement> m_pageCount;
    std::optional<Statement> m_freePages;
    std::optional<Statement> m_pageSize;
    std::optional<Statement> m_lastOfChunk;
    std::optional<Statement> m_deleteTexts;
    std::optional<Statement> m_dropLegacy;
    std::optional<Statement> m_saveThrough;
    std::optional<Statement> m_documentsKeptIn;
    std::optional<Statement> m_textsOf;
    std::optional<Statement> m_ownCopy;
};

} // namespace ledger
