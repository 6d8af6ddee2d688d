#include "ledger/Connection.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <atomic>

namespace ledger {

namespace {

std::atomic<quint64> s_nextConnection{0};

} // namespace

Connection::Connection(QString name) : m_name(std::move(name)) {}

Connection::~Connection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

base::Result<std::unique_ptr<Connection>> Connection::open(const QString &path, Mode mode)
{
    std::unique_ptr<Connection> connection(
        new Connection(QStringLiteral("costbench-ledger-%1").arg(s_nextConnection++)));
    connection->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection->m_name);
    connection->m_db.setDatabaseName(path);
    if (mode == Mode::ReadOnly)
        connection->m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!connection->m_db.open())
        return error(QStringLiteral("could not open %1").arg(path), connection->m_db.lastError());
    return connection;
}

std::optional<base::Error> Connection::exec(const QString &sql, const QString &doing)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return error(doing, query.lastError());
    return std::nullopt;
}

base::Result<QVariant> Connection::scalar(const QString &sql, const QString &doing)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return error(doing, query.lastError());
    if (!query.next()) {
        if (query.lastError().isValid())
            return error(doing, query.lastError());
        return base::Error{QStringLiteral("ledger_read_failed"), doing + QStringLiteral(": no row")};
    }
    return query.value(0);
}

void Connection::bind(QSqlQuery &query, std::initializer_list<QVariant> values)
{
    static const QVariant empty = QStringLiteral("");
    int i = 0;
    for (const QVariant &value : values) {
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.bindValue(i++, nullText ? empty : value);
    }
}

sqlite3 *Connection::handle(QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

base::Error Connection::error(const QString &doing, const QSqlError &sqlError)
{
    QString detail = sqlError.databaseText();
    if (detail.isEmpty())
        detail = sqlError.text();
    return base::Error{QStringLiteral("ledger_sql_failed"), QStringLiteral("%1: %2").arg(doing, detail)};
}

} // namespace ledger
