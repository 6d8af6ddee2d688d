#pragma once

#include "base/Result.h"

#include <QStringList>

#include <optional>

class QSqlDatabase;

namespace ledger {

// The schema's versions, kept in PRAGMA user_version. Each step runs in one transaction
// together with its version bump, so a file is always at exactly one version.
//   1: events, documents and their revisions, limits.
//   2: requests (the HTTP requests that issued calls).
//   3: instances, the aggregate checkpoint.
//   4: the source of each event, and the headers its SDK sent.
//   5: events.attempts, events.usage_estimated.
//   6: the attribution audit's finding of each event (events.audit, expected_*, audit_mode).
//   7: documents' create instance, creation cost and total; each revision's cost.
//   8: every instance's totals (instances, instance_sources), kept by the writer.
//   9: event_texts (an event's texts, compressed), text_retention.
class Migrations
{
public:
    static constexpr int LatestVersion = 9;
    // The version from which texts are StoredText (event_texts, text_retention,
    // documents.content_seq): the files of the versions before it are read as they are.
    static constexpr int TextsVersion = 9;
    // The source Version 4 gives the events the ingest route stored before it.
    static constexpr const char *UnknownEarlierSource = "unknown app (ingested before sources were kept)";
    // PRAGMA application_id of a Costbench ledger ("CBLG").
    static constexpr qint32 ApplicationId = 0x43424c47;

    static base::Result<int> version(QSqlDatabase &db);
    // Brings the schema from its version up to target (never down).
    static std::optional<base::Error> migrate(QSqlDatabase &db, int targetVersion = LatestVersion);

    // The statements that take the schema from version - 1 to version.
    static QStringList step(int version);
};

} // namespace ledger
