#pragma once

#include <QJsonObject>
#include <QString>

namespace ledger {

// What the attribution audit (webapp::AttributionAudit) found of one call, stored with the
// call's event (schema 6) so that it outlives the process.
struct AuditFinding
{
    enum class Verdict : quint8 {
        Unchecked = 0,    // not a call the document app made, or recorded before schema 6
        Attributed = 1,   // checked: charged to the request that made it
        Misattributed = 2 // checked: charged to another request
    };
    Verdict verdict = Verdict::Unchecked;
    // When misattributed: the attribution the request that made the call expected, and the
    // instrumentation mode it ran under. Empty otherwise.
    QString expectedUseCaseName;
    QString expectedUseCaseId;
    QString expectedUserId;
    QString mode;

    // The verdict stored as an integer; anything else reads as Unchecked.
    static Verdict verdictOf(qint64 stored);

    bool checked() const { return verdict != Verdict::Unchecked; }
    bool misattributed() const { return verdict == Verdict::Misattributed; }
    // {"use_case_name", "use_case_id", "user_id"}: what the request expected.
    QJsonObject expectedJson() const;
    // Adds "audited", "misattributed" and "expected" (the expectation, or null) to an event's
    // JSON (docs/http-api.md, GET /events).
    void addTo(QJsonObject *event) const;
    friend bool operator==(const AuditFinding &, const AuditFinding &) = default;
};

} // namespace ledger
