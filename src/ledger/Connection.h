#pragma once

#include "base/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <initializer_list>
#include <memory>

class QSqlError;
class QSqlQuery;
struct sqlite3;

namespace ledger {

// One SQLite connection under a unique name, removed when this is destroyed. Qt SQL ties
// a connection to the thread that opened it: open, use and destroy it on one thread, and
// destroy every QSqlQuery on it first.
class Connection
{
public:
    enum class Mode { ReadOnly, ReadWrite };

    static base::Result<std::unique_ptr<Connection>> open(const QString &path, Mode mode);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    QSqlDatabase &db() { return m_db; }

    // Runs one statement; on failure the error says what was being done.
    std::optional<base::Error> exec(const QString &sql, const QString &doing);
    // The first column of the first row of a query.
    base::Result<QVariant> scalar(const QString &sql, const QString &doing);

    // Binds values to the placeholders in order. A null QString is bound as "", not as SQL
    // NULL (Qt's default): the text columns hold "" for "absent".
    static void bind(QSqlQuery &query, std::initializer_list<QVariant> values);

    static base::Error error(const QString &doing, const QSqlError &sqlError);

    // SQLite's own handle under a Qt connection, for the two paths where Qt SQL's per-value
    // overhead dominates (inserting events, scanning them at start); nullptr if not SQLite.
    static sqlite3 *handle(QSqlDatabase &db);

private:
    explicit Connection(QString name);

    QString m_name;
    QSqlDatabase m_db;
};

} // namespace ledger
