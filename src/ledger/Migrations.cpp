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

// Version 7 (issue 22): a document's cost and the instance its create call was charged to, so
// that the document and that instance name each other: each revision keeps what its call cost,
// each document the instance of its create, its creation cost and its total (the sum of its
// revisions'), and an index reads the documents of a page of instances. The documents already
// stored take them from their revisions' events, read in one pass over the events.
const char *const Version7[] = {
    "ALTER TABLE documents ADD COLUMN create_instance_id TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE documents ADD COLUMN creation_cost_pico INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE documents ADD COLUMN cost_pico INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE revisions ADD COLUMN cost_pico INTEGER NOT NULL DEFAULT 0",
    R"(CREATE TEMP TABLE revision_calls (
        event_id TEXT PRIMARY KEY,
        use_case_id TEXT NOT NULL,
        cost_pico INTEGER NOT NULL) WITHOUT ROWID)",
    R"(INSERT OR IGNORE INTO temp.revision_calls (event_id, use_case_id, cost_pico)
        SELECT event_id, use_case_id, cost_total FROM events WHERE event_id IN (SELECT event_id FROM revisions))",
    R"(UPDATE revisions SET cost_pico =
        COALESCE((SELECT c.cost_pico FROM temp.revision_calls c WHERE c.event_id = revisions.event_id), 0))",
    R"(UPDATE documents SET
        create_instance_id = COALESCE((SELECT c.use_case_id FROM revisions r JOIN temp.revision_calls c
            ON c.event_id = r.event_id WHERE r.document_id = documents.id AND r.number = 1), ''),
        creation_cost_pico = COALESCE((SELECT r.cost_pico FROM revisions r
            WHERE r.document_id = documents.id AND r.number = 1), 0),
        cost_pico = (SELECT COALESCE(SUM(r.cost_pico), 0) FROM revisions r WHERE r.document_id = documents.id))",
    "DROP TABLE temp.revision_calls",
    "CREATE INDEX documents_by_create_instance ON documents (create_instance_id)",
};

// Version 8 (issue 23): each instance's totals in the file, kept by the writer in the
// transaction of the events they count, so that memory holds only the recent instances and
// start-up reads no more than they (AggregateCheckpoint). `source` is the index of the
// instance's source (in the order of each source's first event), -1 for an instance with calls
// from several, whose totals per source are in `instance_sources`. Money in pico-USD, times in
// UTC ms, `units` as the events' (`{"type": {"input": n, "output": n}}`). The instances already
// stored are counted from their events once, here.
// (The two tables' definitions: version8Tables().)
const char *const Version8[] = {
    R"(CREATE TEMP TABLE v8_sources AS
        SELECT source, ROW_NUMBER() OVER (ORDER BY MIN(seq)) - 1 AS idx FROM events GROUP BY source)",
    R"(INSERT INTO instances_v8 (use_case_name, use_case_id, first_seq, source, calls, failures, blocked, cost_input,
            cost_output, cost_total, failed_cost, first_ms, last_ms)
        SELECT use_case_name, use_case_id, MIN(seq),
            CASE WHEN COUNT(DISTINCT source) > 1 THEN -1
                 ELSE (SELECT idx FROM v8_sources WHERE v8_sources.source = events.source) END,
            COUNT(*), SUM(failed != 0), SUM(CASE WHEN json_valid(blocked_limit_ids) THEN json_array_length(blocked_limit_ids) > 0 ELSE 0 END), SUM(cost_input), SUM(cost_output),
            SUM(cost_total), SUM(CASE WHEN failed != 0 THEN cost_total ELSE 0 END), MIN(timestamp_ms), MAX(timestamp_ms)
        FROM events GROUP BY use_case_name, use_case_id)",
    R"(INSERT INTO instances_v8 (use_case_name, use_case_id, first_seq)
        SELECT use_case_name, use_case_id, first_seq FROM instances WHERE true
        ON CONFLICT (use_case_name, use_case_id) DO NOTHING)",
    R"(INSERT INTO instance_sources (use_case_name, use_case_id, source, calls, failures, blocked, cost_input,
            cost_output, cost_total, failed_cost, first_ms, last_ms)
        SELECT e.use_case_name, e.use_case_id, s.idx, COUNT(*), SUM(e.failed != 0), SUM(CASE WHEN json_valid(e.blocked_limit_ids) THEN json_array_length(e.blocked_limit_ids) > 0 ELSE 0 END),
            SUM(e.cost_input), SUM(e.cost_output), SUM(e.cost_total),
            SUM(CASE WHEN e.failed != 0 THEN e.cost_total ELSE 0 END), MIN(e.timestamp_ms), MAX(e.timestamp_ms)
        FROM events AS e JOIN v8_sources AS s ON s.source = e.source
        JOIN instances_v8 AS i ON i.use_case_name = e.use_case_name AND i.use_case_id = e.use_case_id
        WHERE i.source = -1 GROUP BY e.use_case_name, e.use_case_id, s.idx)",
    R"(CREATE TEMP TABLE v8_units AS
        SELECT e.use_case_name AS n, e.use_case_id AS i, e.source AS source, j.key AS unit,
            SUM(json_extract(j.value, '$.input')) AS input, SUM(json_extract(j.value, '$.output')) AS output
        FROM events AS e, json_each(CASE WHEN json_valid(e.units) THEN e.units ELSE '{}' END) AS j
        GROUP BY 1, 2, 3, 4)",
    "CREATE INDEX temp.v8_units_by_instance ON v8_units (n, i)",
    R"(UPDATE instances_v8 SET units = COALESCE((
        SELECT json_group_object(unit, json_object('input', input, 'output', output)) FROM (
            SELECT unit, SUM(input) AS input, SUM(output) AS output FROM v8_units
            WHERE n = instances_v8.use_case_name AND i = instances_v8.use_case_id GROUP BY unit)), '{}'))",
    R"(UPDATE instance_sources SET units = COALESCE((
        SELECT json_group_object(unit, json_object('input', input, 'output', output)) FROM v8_units
        JOIN v8_sources ON v8_sources.source = v8_units.source
        WHERE n = instance_sources.use_case_name AND i = instance_sources.use_case_id
            AND v8_sources.idx = instance_sources.source), '{}'))",
    "DROP TABLE v8_units",
    "DROP TABLE v8_sources",
    "DROP TABLE instances",
    "ALTER TABLE instances_v8 RENAME TO instances",
};

// Version 9 (issue 23, point 3): each text stored once, compressed (StoredText). An event's
// request and response texts go to event_texts, keyed by its seq, so that retention deletes
// whole rows oldest first (their pages go to the freelist and are reused). text_retention
// holds where retention is: every event up to dropped_through has lost its texts; the events
// before legacy_before were stored before this version, with their texts in their own
// columns as TEXT (read as they are; retention marks them dropped in place). A document's
// current content is kept in its last event's response too; content_seq names that event, so
// that retention, before it drops the event's texts, gives the document its own copy.
const char *const Version9[] = {
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

// Version 8's tables, with the same totals columns.
QStringList version8Tables()
{
    const QString totals = QStringLiteral(
        "calls INTEGER NOT NULL DEFAULT 0, failures INTEGER NOT NULL DEFAULT 0, blocked INTEGER NOT NULL DEFAULT 0, "
        "cost_input INTEGER NOT NULL DEFAULT 0, cost_output INTEGER NOT NULL DEFAULT 0, "
        "cost_total INTEGER NOT NULL DEFAULT 0, failed_cost INTEGER NOT NULL DEFAULT 0, "
        "first_ms INTEGER NOT NULL DEFAULT 0, last_ms INTEGER NOT NULL DEFAULT 0, overflow INTEGER NOT NULL DEFAULT 0, "
        "units TEXT NOT NULL DEFAULT '{}'");
    return QStringList{
        QStringLiteral("CREATE TABLE instances_v8 (use_case_name TEXT NOT NULL, use_case_id TEXT NOT NULL, "
                       "first_seq INTEGER NOT NULL, source INTEGER NOT NULL DEFAULT 0, %1, "
                       "PRIMARY KEY (use_case_name, use_case_id)) WITHOUT ROWID")
            .arg(totals),
        QStringLiteral("CREATE TABLE instance_sources (use_case_name TEXT NOT NULL, use_case_id TEXT NOT NULL, "
                       "source INTEGER NOT NULL, %1, PRIMARY KEY (use_case_name, use_case_id, source)) WITHOUT ROWID")
            .arg(totals),
    };
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
    case 8:
        return version8Tables() + statements(Version8);
    case 9:
        return statements(Version9);
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
