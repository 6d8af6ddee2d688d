#pragma once

#include "ledger/AggregateSnapshot.h"
#include "ledger/AuditFinding.h"
#include "ledger/EventColumns.h"
#include "payi/CallEvent.h"

#include <array>
#include <vector>

struct sqlite3_stmt;

namespace ledger {

// An event with the seq the ledger gave it, and what the attribution audit found of it.
struct StoredEvent
{
    qint64 seq = 0;
    payi::CallEvent event;
    AuditFinding audit;
    // Retention dropped its request and response texts (they read as empty; the API says so).
    bool textsDropped = false;
};

// One CallEvent as a row of the events table: real columns for everything filtered or
// aggregated, compact JSON text for the nested parts (units, raw usage, properties, limit
// states; EventJson). The encoding happens on the submitting thread, so the writer only
// binds; the row keeps what the aggregates need, not the event. EventReader reads rows back.
// Times are integer UTC milliseconds: exact, compact, and a minute is one division.
class EventRow
{
public:
    EventRow(qint64 seq, const payi::CallEvent &event, const AuditFinding &audit = {});

    qint64 seq() const { return m_facts.seq; }
    void setSeq(qint64 seq);
    const EventFacts &facts() const { return m_facts; }
    EventFacts takeFacts() { return std::move(m_facts); } // after the insert; seq() stays

    static QString insertSql();
    // Binds every column to a reset statement prepared from insertSql() (see EventInsert).
    void bind(sqlite3_stmt *insert) const;
    // "INSERT OR IGNORE INTO instances ...", and the binding of this row's instance to it.
    static QString insertInstanceSql();
    void bindInstance(sqlite3_stmt *insert) const;
    // "INSERT INTO event_texts ...": the request and response texts, compressed (StoredText),
    // when the event has any; its columns in events then say where they are.
    static QString insertTextsSql();
    bool hasTexts() const { return !m_exchange.isEmpty(); }
    QByteArrayView eventIdUtf8() const;
    void bindTexts(sqlite3_stmt *insert) const;

private:
    // A column's value, encoded on the submitting thread: texts as UTF-8, so that SQLite
    // converts nothing on the writer thread. All texts of a row share one buffer, so a row
    // is two allocations (this buffer, the facts) that the writer thread frees.
    struct Value
    {
        enum class Kind : quint8 { Null, Integer, Text, Blob };
        Kind kind = Kind::Null;
        qint64 integer = 0; // or the text's offset in m_texts
        int size = 0;       // of the text
    };
    // Sets the columns of one event (EventRow.cpp).
    class Encoder;
    const char *textOf(const Value &value) const;

    EventFacts m_facts;
    std::array<Value, EventColumns::Count> m_values{};
    QByteArray m_texts;
    QByteArray m_exchange; // the encoded texts for event_texts; empty when the event has none
};

} // namespace ledger
