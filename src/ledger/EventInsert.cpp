#include "ledger/EventInsert.h"

#include "ledger/EventRow.h"

namespace ledger {

base::Result<std::unique_ptr<EventInsert>> EventInsert::prepare(sqlite3 *sqlite)
{
    auto event = Statement::prepare(sqlite, EventRow::insertSql());
    auto instance = Statement::prepare(sqlite, EventRow::insertInstanceSql());
    auto texts = Statement::prepare(sqlite, EventRow::insertTextsSql());
    for (const auto *prepared : {&event, &instance, &texts}) {
        if (!*prepared) {
            return base::Error{
                QStringLiteral("ledger_sql_failed"),
                QStringLiteral("could not prepare the insert of events: %1").arg(prepared->error().message)};
        }
    }
    return std::unique_ptr<EventInsert>(
        new EventInsert(std::move(event).value(), std::move(instance).value(), std::move(texts).value()));
}

std::optional<base::Error> EventInsert::insert(const EventRow &row)
{
    row.bind(m_event.get());
    std::optional<base::Error> failure = m_event.run();
    if (!failure && row.hasTexts()) {
        row.bindTexts(m_texts.get());
        failure = m_texts.run();
    }
    if (!failure) {
        row.bindInstance(m_instance.get());
        failure = m_instance.run();
    }
    return failure;
}

} // namespace ledger
