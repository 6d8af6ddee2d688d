// instrument(log_prompt_and_response = false) is a hard switch: whatever the scopes, the global
// context or the call's headers say, no prompt or response text reaches the ledger file, the ingest
// packets or the offline instrumentation file. The test reads the stored bytes themselves.
#include "support/ReplayServer.h"

#include "ledger/Ledger.h"
#include "ledger/LedgerSink.h"
#include "payi/IngestSink.h"
#include "payi/Instrumentation.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray Prompt = "PROMPT-7f3a-a haiku about ledgers";
const QByteArray Answer = "ANSWER-91c2-columns of numbers";

// Every byte under dir: the SQLite file, its WAL and the offline file.
QByteArray bytesUnder(const QString &dir)
{
    QByteArray all;
    QDirIterator files(dir, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

} // namespace

class TestPromptLogging : public QObject
{
    Q_OBJECT
private slots:
    void storedBytes_data();
    void storedBytes();
};

void TestPromptLogging::storedBytes_data()
{
    QTest::addColumn<bool>("instrumentLogs"); // instrument(log_prompt_and_response=...)
    QTest::addColumn<int>("globalLogs");      // the global context's value: -1 not given, 0, 1
    QTest::addColumn<int>("scopeLogs");       // a track_context's value: -1 not given, 0, 1
    QTest::addColumn<bool>("textsKept");

    QTest::newRow("off, a scope says on") << false << -1 << 1 << false;
    QTest::newRow("off, the global context says on") << false << 1 << -1 << false;
    QTest::newRow("off, both say on") << false << 1 << 1 << false;
    QTest::newRow("off, nobody says anything") << false << -1 << -1 << false;
    // The same check finds the texts when they are kept: it can fail.
    QTest::newRow("on, the control") << true << -1 << -1 << true;
    QTest::newRow("on, a scope says off") << true << -1 << 0 << false;
}

void TestPromptLogging::storedBytes()
{
    QFETCH(bool, instrumentLogs);
    QFETCH(int, globalLogs);
    QFETCH(int, scopeLogs);
    const auto given = [](int v) { return v < 0 ? std::optional<bool>() : std::optional<bool>(v == 1); };
    QFETCH(bool, textsKept);

    QTemporaryDir dir;
    ReplayServer payiService;
    payiService.replay(u"ingest_ok"_s);
    {
        auto opened = ledger::Ledger::open(dir.filePath(u"ledger"_s));
        QVERIFY(opened);
        std::unique_ptr<ledger::Ledger> ledger = std::move(opened).value();

        payi::Config config;
        config.logPromptAndResponse = instrumentLogs;
        config.globalContext.useCaseName = u"docs-app"_s;
        config.globalContext.logPromptAndResponse = given(globalLogs);
        config.offlineInstrumentation = dir.filePath(u"payi_instrumentation.json"_s);
        payi::Instrumentation instrumentation(config);
        instrumentation.addSink(std::make_shared<ledger::LedgerSink>(ledger.get()));
        payi::IngestSink::Options ingest;
        ingest.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(payiService.port()));
        ingest.apiKey = u"key"_s;
        auto ingestSink = std::make_shared<payi::IngestSink>(ingest);
        instrumentation.addSink(ingestSink);

        payi::Params scope;
        scope.useCaseName = u"create_document"_s;
        scope.logPromptAndResponse = given(scopeLogs);
        payi::TrackContext context(scope);
        payi::CallStart start;
        start.resource = u"gpt-5.4"_s;
        start.providerRequest = R"({"messages":[{"role":"user","content":")" + Prompt + R"("}],"model":"gpt-5.4"})";
        payi::TrackedCall call = instrumentation.begin(std::move(start));
        QVERIFY(call.isTracked());
        payi::CallOutcome outcome;
        outcome.providerResponseId = u"chatcmpl-1"_s;
        outcome.units.insert(payi::unit::text(), {12, 8});
        outcome.providerResponse = R"({"choices":[{"message":{"content":")" + Answer + R"("}}]})";
        const payi::CallEvent event = call.finish(outcome);
        QCOMPARE(event.attribution.logPromptAndResponse, textsKept);

        QVERIFY(ledger->flush());
        QTRY_VERIFY_WITH_TIMEOUT(ingestSink->flush(0), 5000);
        QCOMPARE(payiService.requests().size(), 1);
        const QByteArray packet = payiService.requests().first().body;
        QCOMPARE(packet.contains(Prompt), textsKept);
        QCOMPARE(packet.contains(Answer), textsKept);
    } // the instrumentation writes the offline file, the ledger closes

    QVERIFY(QFile::exists(dir.filePath(u"payi_instrumentation.json"_s)));
    const QByteArray stored = bytesUnder(dir.path());
    QVERIFY(stored.contains("create_document")); // the event itself is there
    QCOMPARE(stored.contains(Prompt), textsKept);
    QCOMPARE(stored.contains(Answer), textsKept);
}

QTEST_GUILESS_MAIN(TestPromptLogging)
#include "tst_promptlogging.moc"
