#include "ledger/Statement.h"

#include <sqlite3.h>

#include <utility>

namespace ledger {

base::Result<Statement> Statement::prepare(sqlite3 *db, const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr)
        != SQLITE_OK) {
        return base::Error{QStringLiteral("ledger_sql_failed"), QString::fromUtf8(sqlite3_errmsg(db))};
    }
    return Statement(db, statement);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db)
    , m_statement(std::exchange(other.m_statement, nullptr))
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    std::swap(m_db, other.m_db);
    std::swap(m_statement, other.m_statement);
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

void Statement::bindAt(int index, const QString &text)
{
    // constData() of a null QString points at an empty one: bound as "", not as NULL.
    sqlite3_bind_text16(m_statement, index, text.constData(), int(text.size() * sizeof(QChar)), SQLITE_TRANSIENT);
}

void Statement::bindAt(int index, QByteArrayView utf8)
{
    sqlite3_bind_text(m_statement, index, utf8.isNull() ? "" : utf8.data(), int(utf8.size()), SQLITE_STATIC);
}

void Statement::bindAt(int index, Blob blob)
{
    sqlite3_bind_blob(m_statement, index, blob.bytes.isNull() ? "" : blob.bytes.data(), int(blob.bytes.size()),
                      SQLITE_STATIC);
}

void Statement::bindAt(int index, std::optional<qint64> value)
{
    if (value)
        bindAt(index, *value);
    else
        sqlite3_bind_null(m_statement, index);
}

void Statement::bindAt(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

base::Result<bool> Statement::step()
{
    switch (sqlite3_step(m_statement)) {
    case SQLITE_ROW:
        return true;
    case SQLITE_DONE:
        return false;
    default:
        return base::Error{QStringLiteral("ledger_sql_failed"), QString::fromUtf8(sqlite3_errmsg(m_db))};
    }
}

qint64 Statement::int64At(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QByteArrayView Statement::bytesAt(int column) const
{
    const void *bytes = sqlite3_column_blob(m_statement, column);
    return QByteArrayView(static_cast<const char *>(bytes), sqlite3_column_bytes(m_statement, column));
}

void Statement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

std::optional<base::Error> Statement::run()
{
    const base::Result<bool> stepped = step();
    reset();
    if (!stepped)
        return stepped.error();
    return std::nullopt;
}

int Statement::changes() const
{
    return sqlite3_changes(m_db);
}

} // namespace ledger
