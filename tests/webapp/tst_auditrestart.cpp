// Findings that last (issue 22): a global-mode load that misattributes calls and a block limit
// that refuses some, read through every route and export, then the server stopped and started
// again on the same ledger file, twice (after a clean stop, which saves the aggregates, and
// with the saved aggregates gone, so that start-up counts every event again). Every counter
// and the audit must read the same before and after.
#include "RunningBackend.h"

#include "ledger/Connection.h"
#include "ledger/Ledger.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// The fields of one CSV line (RFC 4180 quoting, as EventExporter writes it).
QStringList csvFields(const QByteArray &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    const QString text = QString::fromUtf8(line);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted && c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
            field += c;
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (c == u',' && !quoted) {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}

// One read of every counter, keyed by what was read.
using Reads = QMap<QString, QByteArray>;

} // namespace

class TestAuditRestart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void globalLoadMisattributed();
    void eventsFlagEachMisattribution();
    void exportsFlagEachMisattribution_data();
    void exportsFlagEachMisattribution();
    void limitCounters_data();
    void limitCounters();
    void sameAfterRestart_data();
    void sameAfterRestart();

private:
    Reads readEverything(RunningBackend &s);
    QJsonObject limitAt(const QString &start, const QString &id) const;

    QTemporaryDir m_dir;
    QString m_blockLimit;                               // refuses the calls after the first
    QString m_allowLimit;                               // named with it on every one of those calls
    int m_requests = 0;                                 // document requests made, each with one call
    QHash<QString, QPair<QString, QString>> m_expected; // request id -> (use case id, user) of appends
    // What each start read: "before", "after a clean stop", "counted again".
    QMap<QString, Reads> m_reads;
};

void TestAuditRestart::initTestCase()
{
    {
        backend::ServerOptions options;
        options.providerTimeoutMs = 60'000;
        auto s = RunningBackend::start(m_dir.path(), options);
        QVERIFY(s);
        QCOMPARE(s->call("PUT", u"/sim/settings"_s, R"({"per_token_ms":0})").status, 200);
        m_blockLimit = s->call("POST", u"/limits"_s, R"({"limit_name":"block","max":"1","limit_type":"block"})")
                           .json()
                           .value(u"limit_id"_s)
                           .toString();
        m_allowLimit = s->call("POST", u"/limits"_s, R"({"limit_name":"allow","max":"1","limit_type":"allow"})")
                           .json()
                           .value(u"limit_id"_s)
                           .toString();
        QVERIFY(!m_blockLimit.isEmpty() && !m_allowLimit.isEmpty());
        const HttpProbe::Headers limited{{"X-Limit-Ids", (m_blockLimit + u","_s + m_allowLimit).toUtf8()}};

        // One call under both limits, then the block limit's max lowered to what it spent:
        // each later call's worst case would pass it, and is refused.
        QCOMPARE(s->call("POST", u"/documents"_s, R"({"prompt":"the one allowed"})", limited).status, 201);
        ++m_requests;
        const QString spent = s->call("GET", u"/limits/%1"_s.arg(m_blockLimit)).json().value(u"spent"_s).toString();
        QCOMPARE(s->call("PATCH", u"/limits/%1"_s.arg(m_blockLimit), json({{u"max"_s, spent}})).status, 200);
        for (int i = 0; i < 3; ++i) {
            const HttpProbe::Reply refused = s->call("POST", u"/documents"_s, R"({"prompt":"refused"})", limited);
            QCOMPARE(refused.status, 429);
            QCOMPARE(refused.errorCode(), u"limit_blocked"_s);
            ++m_requests;
        }

        // Documents to append to (creates never collide), then concurrent appends in global
        // mode: each waits for a ledger read between setting the global context and calling
        // the model, and another request overwrites the context meanwhile.
        QStringList documents;
        for (int d = 0; d < 20; ++d) {
            s->probe->send("POST", u"/documents"_s, json({{u"prompt"_s, u"doc %1"_s.arg(d)}}), {},
                           [&](HttpProbe::Reply r) { documents.append(r.json().value(u"document_id"_s).toString()); });
        }
        QTRY_COMPARE_WITH_TIMEOUT(documents.size(), 20, 30000);
        QVERIFY(!documents.contains(QString()));
        m_requests += 20;
        QCOMPARE(s->call("PUT", u"/sim/settings"_s, R"({"base_latency_ms":300})").status, 200);
        QCOMPARE(s->call("PUT", u"/instrumentation"_s, R"({"mode":"global"})").status, 200);
        constexpr int Appends = 200;
        int answered = 0;
        for (int i = 0; i < Appends; ++i) {
            const QString user = u"user-%1"_s.arg(i);
            const QString document = documents.at(i % documents.size());
            s->probe->send("POST", u"/documents/%1/append"_s.arg(document), json({{u"text"_s, u"line %1"_s.arg(i)}}),
                           {{"X-User-Id", user.toUtf8()}}, [&, user, document](HttpProbe::Reply r) {
                               ++answered;
                               if (r.status == 200)
                                   m_expected.insert(
                                       r.json().value(u"tracking"_s).toObject().value(u"request_id"_s).toString(),
                                       {document, user});
                           });
        }
        QTRY_COMPARE_WITH_TIMEOUT(answered, Appends, 60000);
        QCOMPARE(m_expected.size(), Appends);
        m_requests += Appends;
        m_reads.insert(u"before"_s, readEverything(*s));
    } // a clean stop: the ledger saves its aggregates

    {
        auto s = RunningBackend::start(m_dir.path());
        QVERIFY(s);
        QCOMPARE(s->backend->ledger().rebuilt().replayed, 0); // all from the saved aggregates
        m_reads.insert(u"after a clean stop"_s, readEverything(*s));
    }

    {
        auto connection = ledger::Connection::open(m_dir.filePath(ledger::Ledger::databaseFileName()),
                                                   ledger::Connection::Mode::ReadWrite);
        QVERIFY(connection);
        QSqlQuery query((*connection)->db());
        QVERIFY(query.exec(u"DELETE FROM aggregate_checkpoint"_s));
    }
    auto s = RunningBackend::start(m_dir.path());
    QVERIFY(s);
    QCOMPARE(s->backend->ledger().rebuilt().checkpointSeq, 0);
    QCOMPARE(s->backend->ledger().rebuilt().replayed, qint64(m_requests));
    m_reads.insert(u"counted again"_s, readEverything(*s));
}

Reads TestAuditRestart::readEverything(RunningBackend &s)
{
    Reads reads;
    for (const QString &path :
         {u"/audit"_s, u"/limits"_s, u"/limits/%1"_s.arg(m_blockLimit), u"/limits/%1"_s.arg(m_allowLimit),
          u"/use-cases"_s, u"/users?limit=1000"_s, u"/sources"_s, u"/use-cases/append_document/instances?limit=1000"_s,
          u"/use-cases/create_document/instances?limit=1000"_s}) {
        const HttpProbe::Reply reply = s.call("GET", path);
        reads.insert(path, reply.status == 200 ? json(reply.json()) : QByteArray::number(reply.status));
    }
    // The counters of /metrics that the ledger holds (not this process's HTTP requests).
    QByteArray counters;
    for (const QByteArray &line : s.call("GET", u"/metrics"_s).body.split('\n')) {
        if (line.startsWith("costbench_call") || line.startsWith("costbench_cost_usd_total")
            || line.startsWith("costbench_audit_") || line.startsWith("costbench_ledger_durable_seq"))
            counters += line + '\n';
    }
    reads.insert(u"/metrics (counters)"_s, counters);
    QByteArray events;
    qint64 after = 0;
    for (;;) {
        const QJsonObject page = s.call("GET", u"/events?after=%1&limit=1000"_s.arg(after)).json();
        const QJsonArray list = page.value(u"events"_s).toArray();
        if (list.isEmpty())
            break;
        for (const QJsonValue &event : list)
            events += json(event.toObject()) + '\n';
        after = page.value(u"next_after"_s).toInteger();
    }
    reads.insert(u"/events"_s, events);
    for (const auto &[name, format] : {std::pair{u"csv"_s, ledger::EventExporter::Format::Csv},
                                       std::pair{u"jsonl"_s, ledger::EventExporter::Format::JsonLines}}) {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        const base::Result<qint64> written = s.backend->ledger().exportEvents(&out, format);
        reads.insert(name, written ? out.data() : written.error().message.toUtf8());
    }
    return reads;
}

QJsonObject TestAuditRestart::limitAt(const QString &start, const QString &id) const
{
    return QJsonDocument::fromJson(m_reads.value(start).value(u"/limits/%1"_s.arg(id))).object();
}

void TestAuditRestart::globalLoadMisattributed()
{
    const QJsonObject audit = QJsonDocument::fromJson(m_reads[u"before"_s].value(u"/audit"_s)).object();
    QCOMPARE(audit.value(u"checked"_s).toInteger(), qint64(m_requests));
    const qint64 misattributed = audit.value(u"misattributed"_s).toInteger();
    qInfo("global mode: %lld of %d appends misattributed", misattributed, int(m_expected.size()));
    QVERIFY2(misattributed > 0, "concurrent appends in global mode collide");
    QCOMPARE(audit.value(u"recent_misattributed"_s).toArray().size(), misattributed);
}

// Each event says whether the audit found it misattributed, and what its request expected:
// exactly the appends whose attribution is not their own request's.
void TestAuditRestart::eventsFlagEachMisattribution()
{
    for (const QString &start : m_reads.keys()) {
        int flagged = 0;
        int audited = 0;
        for (const QByteArray &line : m_reads[start].value(u"/events"_s).split('\n')) {
            if (line.isEmpty())
                continue;
            const QJsonObject e = QJsonDocument::fromJson(line).object();
            audited += e.value(u"audited"_s).toBool();
            const auto own = m_expected.constFind(e.value(u"request_id"_s).toString());
            const bool wrong = own != m_expected.cend()
                               && (e.value(u"use_case_id"_s).toString() != own->first
                                   || e.value(u"user_id"_s).toString() != own->second);
            QVERIFY2(e.value(u"misattributed"_s).isBool(), line.constData());
            QCOMPARE(e.value(u"misattributed"_s).toBool(), wrong);
            if (!wrong) {
                QVERIFY(e.value(u"expected"_s).isNull());
                continue;
            }
            ++flagged;
            QCOMPARE(e.value(u"expected"_s).toObject(), (QJsonObject{{u"use_case_name"_s, u"append_document"_s},
                                                                     {u"use_case_id"_s, own->first},
                                                                     {u"user_id"_s, own->second}}));
        }
        QCOMPARE(audited, m_requests);
        const QJsonObject audit = QJsonDocument::fromJson(m_reads[start].value(u"/audit"_s)).object();
        QCOMPARE(flagged, audit.value(u"misattributed"_s).toInteger());
    }
}

void TestAuditRestart::exportsFlagEachMisattribution_data()
{
    QTest::addColumn<QString>("start");
    for (const QString &start : m_reads.keys())
        QTest::addRow("%s", qPrintable(start)) << start;
}

// The CSV's appended columns and the JSON lines carry the same flags as /events, and the CSV
// names the limit that refused each blocked call.
void TestAuditRestart::exportsFlagEachMisattribution()
{
    QFETCH(QString, start);
    const Reads &reads = m_reads[start];
    QList<QByteArray> csv = reads.value(u"csv"_s).split('\n');
    const QStringList header = csvFields(csv.takeFirst().trimmed());
    const qsizetype estimated = header.indexOf(u"usage_estimated"_s);
    QCOMPARE(header.mid(estimated + 1),
             (QStringList{u"blocked_limit_ids"_s, u"audited"_s, u"misattributed"_s, u"expected_use_case_name"_s,
                          u"expected_use_case_id"_s, u"expected_user_id"_s}));
    QMap<QString, QStringList> csvFlags; // event id -> misattributed, expected use case id, user
    int blocked = 0;
    for (const QByteArray &line : std::as_const(csv)) {
        if (line.trimmed().isEmpty())
            continue;
        const QStringList fields = csvFields(line.trimmed());
        QCOMPARE(fields.size(), header.size());
        const QString event = fields.at(header.indexOf(u"event_id"_s));
        csvFlags.insert(event, {fields.at(estimated + 3), fields.at(estimated + 5), fields.at(estimated + 6)});
        if (!fields.at(estimated + 1).isEmpty()) {
            QCOMPARE(fields.at(estimated + 1), m_blockLimit);
            ++blocked;
        }
    }
    QCOMPARE(blocked, 3);

    QMap<QString, QStringList> eventFlags;
    QMap<QString, QStringList> jsonlFlags;
    for (const auto &[source, flags] : {std::pair{u"/events"_s, &eventFlags}, std::pair{u"jsonl"_s, &jsonlFlags}}) {
        for (const QByteArray &line : reads.value(source).split('\n')) {
            if (line.isEmpty())
                continue;
            const QJsonObject e = QJsonDocument::fromJson(line).object();
            const QJsonObject expected = e.value(u"expected"_s).toObject();
            flags->insert(e.value(u"event_id"_s).toString(),
                          {e.value(u"misattributed"_s).toBool() ? u"true"_s : u"false"_s,
                           expected.value(u"use_case_id"_s).toString(), expected.value(u"user_id"_s).toString()});
        }
    }
    QCOMPARE(csvFlags.size(), m_requests);
    QCOMPARE(csvFlags, eventFlags);
    QCOMPARE(jsonlFlags, eventFlags);
}

void TestAuditRestart::limitCounters_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<bool>("block"); // the block limit, else the allow limit named with it
    QTest::addColumn<QString>("field");
    QTest::addColumn<qint64>("value");
    for (const QString &start : m_reads.keys()) {
        for (const auto &[field, block, allow] :
             {std::tuple{"calls", 1, 1}, std::tuple{"blocked_calls", 3, 0}, std::tuple{"totals.calls", 4, 4},
              std::tuple{"totals.blocked", 3, 0}, std::tuple{"totals.failures", 3, 3},
              std::tuple{"totals.blocked_by_other_limits", 0, 3}}) {
            QTest::addRow("%s, block limit, %s", qPrintable(start), field) << start << true << field << qint64(block);
            QTest::addRow("%s, allow limit, %s", qPrintable(start), field) << start << false << field << qint64(allow);
        }
    }
}

// One call ran under both limits, three were refused by the block limit: blocked calls are
// not calls, and calls + blocked_calls + totals.blocked_by_other_limits = totals.calls.
void TestAuditRestart::limitCounters()
{
    QFETCH(QString, start);
    QFETCH(bool, block);
    QFETCH(QString, field);
    QFETCH(qint64, value);
    const QJsonObject limit = limitAt(start, block ? m_blockLimit : m_allowLimit);
    const QJsonObject totals = limit.value(u"totals"_s).toObject();
    const QJsonValue read = field.startsWith(u"totals."_s) ? totals.value(field.mid(7)) : limit.value(field);
    QCOMPARE(read.toInteger(-1), value);
    QCOMPARE(limit.value(u"calls"_s).toInteger() + limit.value(u"blocked_calls"_s).toInteger()
                 + totals.value(u"blocked_by_other_limits"_s).toInteger(),
             totals.value(u"calls"_s).toInteger());
}

void TestAuditRestart::sameAfterRestart_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("read");
    for (const QString &start : {u"after a clean stop"_s, u"counted again"_s}) {
        for (const QString &read : m_reads.value(u"before"_s).keys())
            QTest::addRow("%s: %s", qPrintable(start), qPrintable(read)) << start << read;
    }
}

void TestAuditRestart::sameAfterRestart()
{
    QFETCH(QString, start);
    QFETCH(QString, read);
    QByteArray before = m_reads[u"before"_s].value(read);
    QByteArray after = m_reads[start].value(read);
    if (read == u"/audit"_s) {
        // "mode" is the mode the server runs in now, not a finding: a start is scoped. The latest misattributions come
        // back in the order of their events, which the live list may have taken in a slightly different order: compared
        // as sets.
        const auto sorted = [](const QByteArray &text) {
            QJsonObject audit = QJsonDocument::fromJson(text).object();
            audit.remove(u"mode"_s);
            QList<QByteArray> recent;
            for (const QJsonValue &m : audit.take(u"recent_misattributed"_s).toArray())
                recent << json(m.toObject());
            std::sort(recent.begin(), recent.end());
            audit.insert(u"recent_misattributed"_s, QString::fromUtf8(recent.join('\n')));
            return json(audit);
        };
        before = sorted(before);
        after = sorted(after);
    }
    QVERIFY(!before.isEmpty());
    QCOMPARE(after, before);
}

QTEST_GUILESS_MAIN(TestAuditRestart)
#include "tst_auditrestart.moc"
