#pragma once

#include "base/Result.h"
#include "ledger/Statement.h"

#include <memory>
#include <optional>

struct sqlite3;

namespace ledger {

class EventRow;

// The prepared INSERT of one event (with its texts, and its instance the first time it is seen), on
// SQLite's own API (Statement): the writer does this for every event. Use it on the
// connection's thread (Connection::handle()), and destroy it before the connection.
class EventInsert
{
public:
    static base::Result<std::unique_ptr<EventInsert>> prepare(sqlite3 *db);

    // Inserts the row; on failure, what SQLite says.
    std::optional<base::Error> insert(const EventRow &row);

private:
    EventInsert(Statement event, Statement instance, Statement texts)
        : m_event(std::move(event))
        , m_instance(std::move(instance))
        , m_texts(std::move(texts))
    {
    }

    Statement m_event;
    Statement m_instance;
    Statement m_texts;
};

} // namespace ledger
