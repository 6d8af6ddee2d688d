#include "ledger/Migrations.h"

#include "ledger/Connection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ledger {

namespace {

// Version 1. Money is INTEGER pico-USD, times are INTEGER UTC milliseconds.
const char *const Version1[] = {
    R"(CREATE TABLE events (
        seq INTEGER PRIMARY KEY,
        event_id TEXT NOT NULL,
        request_id TEXT NOT NULL,
        timestamp_ms INTEGER NOT NULL,
        category TEXT NOT NULL,
        resource TEXT NOT NULL,
        provider_uri TEXT NOT NULL,
        latency_ms INTEGER NOT NULL,
        ttft_ms INTEGER,
        http_status INTEGER NOT NULL,
        provider_response_id TEXT NOT NULL,
        streaming INTEGER NOT NULL,
        use_case_name TEXT NOT NULL,
        use_case_id TEXT NOT NULL,
        use_case_version INTEGER,
        use_case_step TEXT NOT NULL,
        user_id TEXT NOT NULL,
        account_name TEXT NOT NULL,
        limit_ids TEXT NOT NULL,
        attribution TEXT NOT NULL,
        units TEXT NOT NULL,
        raw_usage TEXT NOT NULL,
        properties TEXT NOT NULL,
        failed INTEGER NOT NULL,
        failure_kind TEXT NOT NULL,
        failure_description TEXT NOT NULL,
        cost_input INTEGER NOT NULL,
        cost_output INTEGER NOT NULL,
        cost_total INTEGER NOT NULL,
        price_table_version TEXT NOT NULL,
        price_resource TEXT NOT NULL,
        price_unknown INTEGER NOT NULL,
        limit_states TEXT NOT NULL,
        blocked_limit_ids TEXT NOT NULL,
        provider_request TEXT NOT NULL,
        provider_response TEXT NOT NULL))",    "CREATE INDEX events_by_instance ON events (use_case_name, use_case_id)",
    R"(CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        content TEXT NOT NULL,
        created_ms INTEGER NOT NULL,
        updated_ms INTEGER NOT NULL,
        revisions INTEGER NOT NULL))",
    R"(CREATE TABLE revisions (
        document_id TEXT NOT NULL,
        number INTEGER NOT NULL,
        kind TEXT NOT NULL,
        content TEXT NOT NULL,
        request_id TEXT NOT NULL,
        event_id TEXT NOT NULL,
        at_ms INTEGER NOT NULL,
        PRIMARY KEY (document_id, number)) WITHOUT ROWID)",
    R"(CREATE TABLE limits (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        max_pico INTEGER NOT NULL,
        type TEXT NOT NULL,
        threshold_percent INTEGER NOT NULL,
        created_ms INTEGER NOT NULL))",
};

const char *const Version2[] = {
    R"(CREATE TABLE requests (
        id TEXT PRIMARY KEY,
        method TEXT NOT NULL,
        path TEXT NOT NULL,
        status INTEGER NOT NULL,
        user_id TEXT NOT NULL,
        started_ms INTEGER NOT NULL,
        finished_ms INTEGER NOT NULL))",
};

// Version 3: the aggregates saved at a seq (see AggregateCheckpoint), one row at most;
// the instances of each use case in a table of their own, in place of an index over every
// event, whose random insert positions made each commit write several times the events'
// own size.
const char *const Version3[] = {
    R"(CREATE TABLE instances (
        use_case_name TEXT NOT NULL,
        use_case_id TEXT NOT NULL,
        first_seq INTEGER NOT NULL,
        PRIMARY KEY (use_case_name, use_case_id)) WITHOUT ROWID)",
    R"(INSERT INTO instances (use_case_name, use_case_id, first_seq)
        SELECT use_case_name, use_case_id, MIN(seq) FROM events GROUP BY 1, 2)",
    "DROP INDEX events_by_instance",
    R"(CREATE TABLE aggregate_checkpoint (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        format INTEGER NOT NULL,
        last_seq INTEGER NOT NULL,
        data BLOB NOT NULL))",
};

// Version 4: where each call came from (docs/http-api.md, "Sources"): the source, and the
// headers an outside app's SDK sent with the call, as a JSON list of [name, value]; an index
// to read one source's events in seq order (its entries are (source, seq): each source's
// grow at its end). The events already stored are the document app's, but for those the
// ingest route recorded, whose app was not kept: a document-app call always carries the id
// of its HTTP request, an ingested one has its own event id as request id.
const char *const Version4[] = {
    "ALTER TABLE events ADD COLUMN source TEXT NOT NULL DEFAULT 'document app'",
    "ALTER TABLE events ADD COLUMN source_headers TEXT NOT NULL DEFAULT '[]'",
    "UPDATE events SET source = ?1 WHERE request_id = event_id", // ?1: UnknownEarlierSource
    "CREATE INDEX events_by_source ON events (source)",
};

// Version 5 (issue 21): how many HTTP requests each call took (the client retries as the
// OpenAI SDKs do), and whether its units are an estimate because the provider reported no
// usage. Calls recorded before were sent once, save those a block limit refused (none);
// whether their units were estimated was not kept, so they read as reported.
const char *const Version5[] = {
    "ALTER TABLE events ADD COLUMN attempts INTEGER NOT NULL DEFAULT 1",
    "UPDATE events SET attempts = 0 WHERE failure_kind = 'limit_blocked'",
    "ALTER TABLE events ADD COLUMN usage_estimated INTEGER NOT NULL DEFAULT 0",
};

// Version 6 (issue 22): what the attribution audit found of each call, kept with the call so
// that a restart keeps it: whether the audit checked it (0 no, 1 attributed as its request
// expected, 2 misattributed) and, for a misattributed call, the attribution its request
// expected and the instrumentation mode it ran under; an index of the misattributed calls
// alone (a few rows, none in scoped mode), from which start-up reads the latest. Calls
// recorded before were not kept checked: they read as unchecked.
const char *const Version6[] = {
    "ALTER TABLE events ADD COLUMN audit INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE events ADD COLUMN expected_use_case_name TEXT",
    "ALTER TABLE events ADD COLUMN expected_use_case_id TEXT",
    "ALTER TABLE events ADD COLUMN expected_user_id TEXT",
    "ALTER TABLE events ADD COLUMN audit_mode TEXT",
    "CREATE INDEX events_misattributed ON events (seq) WHERE audit = 2",
};

// Version 7 (issue 23, point 3): each text stored once, compressed (StoredText). An event's
// request and response texts go to event_texts, keyed by its seq, so that retention deletes
// whole rows oldest first (their pages go to the freelist and are reused). text_retention
// holds where retention is: every event up to dropped_through has lost its texts; the events
// before legacy_before were stored before this version, with their texts in their own
// columns as TEXT (read as they are; retention marks them dropped in place). A document's
// current content is kept in its last event's response too; content_seq names that event, so
// that retention, before it drops the event's texts, gives the document its own copy.
const char *const Version7[] = {
    "CREATE TABLE event_texts (seq INTEGER PRIMARY KEY, texts BLOB NOT NULL)",
    R"(CREATE TABLE text_retention (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        legacy_before INTEGER NOT NULL,
        dropped_through INTEGER NOT NULL))",
    R"(INSERT INTO text_retention (id, legacy_before, dropped_through)
        SELECT 1, IFNULL(MAX(seq), 0) + 1, 0 FROM events)",
    "ALTER TABLE documents ADD COLUMN content_seq INTEGER",
    "CREATE INDEX documents_by_content_seq ON documents (content_seq) WHERE content_seq IS NOT NULL",
};

template <std::size_t N>
QStringList statements(const char *const (&sql)[N])
{
    QStringList list;
    for (const char *statement : sql)
        list << QString::fromUtf8(statement);
    return list;
}

} // namespace

base::Result<int> Migrations::version(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return Connection::error(QStringLiteral("could not read the schema version"), query.lastError());
    return query.value(0).toInt();
}

QStringList Migrations::step(int version)
{
    switch (version) {
    case 1:
        return QStringList{QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)} + statements(Version1);
    case 2:
        return statements(Version2);
    case 3:
        return statements(Version3);
    case 4: {
        QStringList list = statements(Version4);
        list.replaceInStrings(QStringLiteral("?1"), QStringLiteral("'%1'").arg(QLatin1String(UnknownEarlierSource)));
        return list;
    }
    case 5:
        return statements(Version5);
    case 6:
        return statements(Version6);
    case 7:
        return statements(Version7);
    default:
        return {};
    }
}

std::optional<base::Error> Migrations::migrate(QSqlDatabase &db, int targetVersion)
{
    const base::Result<int> current = version(db);
    if (!current)
        return current.error();
    for (int next = *current + 1; next <= targetVersion; ++next) {
        const QString doing = QStringLiteral("could not migrate the ledger to schema %1").arg(next);
        if (!db.transaction())
            return Connection::error(doing, db.lastError());
        QStringList sql = step(next);
        sql << QStringLiteral("PRAGMA user_version = %1").arg(next);
        for (const QString &statement : std::as_const(sql)) {
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                const base::Error error = Connection::error(doing, query.lastError());
                query.finish();
                db.rollback();
                return error;
            }
        }
        if (!db.commit())
            return Connection::error(doing, db.lastError());
    }
    return std::nullopt;
}

} // namespace ledger
