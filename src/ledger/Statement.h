#pragma once

#include "base/Result.h"

#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace ledger {

// A statement prepared on SQLite's own API under a Qt SQL connection (Connection::handle()),
// for the writer's per-request path. Qt SQL builds and hashes a placeholder name for every
// value it binds and converts each through QVariant, which costs more than the statement
// itself. Use it on the connection's thread, and destroy it before the connection.
class Statement
{
public:
    // Prepares sql for repeated use; on failure, what SQLite says.
    static base::Result<Statement> prepare(sqlite3 *db, const QString &sql);
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    ~Statement();

    sqlite3_stmt *get() const { return m_statement; }

    // Binds the placeholders in order from the first: text (a null QString as "", since the
    // text columns hold "" for "absent"), UTF-8 text as a QByteArrayView (not copied: it must
    // outlive the statement's run), a Blob, or an integer.
    // Bytes bound as a BLOB (not copied either).
    struct Blob
    {
        QByteArrayView bytes;
    };

    template <typename... Values>
    void bind(const Values &...values)
    {
        int index = 0;
        (bindAt(++index, values), ...);
    }

    // Runs the bound statement to its first row, or to its end: true if a row is there to
    // read with int64At(). On failure, SQLite's message. reset() readies it for the next use.
    base::Result<bool> step();
    qint64 int64At(int column) const;
    // A BLOB or TEXT column of the current row, valid until the next step or reset.
    QByteArrayView bytesAt(int column) const;
    void reset();
    // Runs a bound statement that returns no rows, and readies it for the next use.
    std::optional<base::Error> run();
    // The rows the last INSERT, UPDATE or DELETE that ended on this connection changed.
    int changes() const;

private:
    Statement(sqlite3 *db, sqlite3_stmt *statement) : m_db(db), m_statement(statement) {}
    void bindAt(int index, const QString &text);
    void bindAt(int index, QByteArrayView utf8);
    void bindAt(int index, qint64 value);
    void bindAt(int index, Blob blob);
    void bindAt(int index, std::optional<qint64> value); // nullopt: NULL
    void bindAt(int index, int value) { bindAt(index, qint64(value)); }

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace ledger
