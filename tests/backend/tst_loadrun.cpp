// Load runs (LoadDriver, LoadRun) through the real server on loopback: a real ledger file,
// the simulated model, the attribution audit. The plan's mix is sent exactly, whatever the
// concurrency, and in global mode the default plan makes appends collide.
#include "../webapp/RunningBackend.h"

#include "backend/LoadDriver.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

backend::LoadPlan plan(int requests, int concurrency, int createPercent, int documents)
{
    backend::LoadPlan p;
    p.requests = requests;
    p.concurrency = concurrency;
    p.createPercent = createPercent;
    p.documents = documents;
    return p;
}

} // namespace

Q_DECLARE_METATYPE(backend::LoadPlan)

class TestLoadRun : public QObject
{
    Q_OBJECT

private slots:
    void mixIsHonoured_data();
    void mixIsHonoured();
    void defaultPlanCollidesOnlyInGlobalMode_data();
    void defaultPlanCollidesOnlyInGlobalMode();
    void documentsThatCannotBeMadeStopTheRun();
    void cancelWhileMakingDocuments();

private:
    // Runs plan to its end and returns its last progress.
    static backend::LoadProgress run(RunningBackend &server, const backend::LoadPlan &plan);
};

backend::LoadProgress TestLoadRun::run(RunningBackend &server, const backend::LoadPlan &plan)
{
    backend::LoadDriver driver(server.backend->url(), {}, plan);
    QSignalSpy finished(&driver, &backend::LoadDriver::finished);
    if (!finished.wait(120000))
        qFatal("the load run did not finish");
    return finished.first().first().value<backend::LoadProgress>();
}

void TestLoadRun::mixIsHonoured_data()
{
    QTest::addColumn<backend::LoadPlan>("plan");
    QTest::addColumn<int>("creates");
    QTest::addColumn<int>("appends");
    QTest::addColumn<int>("documentsMade");

    QTest::newRow("panel defaults") << backend::LoadPlan{} << 100 << 100 << 5;
    // The issue's run: every request at once, when no document existed yet to append to.
    QTest::newRow("all 200 at once") << plan(200, 200, 50, 5) << 100 << 100 << 5;
    QTest::newRow("creates rounded to nearest") << plan(7, 7, 50, 2) << 4 << 3 << 2;
    QTest::newRow("a quarter creates") << plan(10, 3, 25, 1) << 3 << 7 << 1;
    QTest::newRow("only creates: no documents made") << plan(12, 12, 100, 5) << 12 << 0 << 0;
    QTest::newRow("only appends") << plan(12, 12, 0, 3) << 0 << 12 << 3;
    QTest::newRow("one request, an append") << plan(1, 1, 0, 4) << 0 << 1 << 4;
}

void TestLoadRun::mixIsHonoured()
{
    QFETCH(backend::LoadPlan, plan);
    QFETCH(int, creates);
    QFETCH(int, appends);
    QFETCH(int, documentsMade);
    QCOMPARE(plan.creates(), creates);
    QCOMPARE(plan.appends(), appends);
    QCOMPARE(plan.documentsToMake(), documentsMade);

    QTemporaryDir dir;
    auto server = RunningBackend::start(dir.path());
    QVERIFY(server);
    const backend::LoadProgress progress = run(*server, plan);
    QVERIFY2(progress.error.isEmpty(), qPrintable(progress.error));
    QVERIFY(!progress.preparing);
    QCOMPARE(progress.documentsMade, documentsMade);
    QCOMPARE(progress.documentsFailed, 0);
    QCOMPARE(progress.sent, plan.requests);
    QCOMPARE(progress.done, plan.requests);
    QCOMPARE(progress.failed, 0);
    QCOMPARE(progress.creates, creates);
    QCOMPARE(progress.appends, appends);
    QCOMPARE(progress.misattributed(), 0); // scoped mode
    // The server agrees: the documents made first and one per create; a call for each.
    QCOMPARE(server->documents(), documentsMade + creates);
    QCOMPARE(server->backend->auditCounts().checked, qint64(documentsMade + plan.requests));
    QCOMPARE(server->calls(), qint64(documentsMade + plan.requests));
}

void TestLoadRun::defaultPlanCollidesOnlyInGlobalMode_data()
{
    QTest::addColumn<bool>("global");
    QTest::addColumn<int>("runs");
    QTest::addColumn<int>("mustCollide"); // runs with misattributed calls, at least
    QTest::addColumn<int>("mayCollide");  // at most

    QTest::newRow("global: at least 19 of 20") << true << 20 << 19 << 20;
    QTest::newRow("scoped: none of 20") << false << 20 << 0 << 0;
}

void TestLoadRun::defaultPlanCollidesOnlyInGlobalMode()
{
    QFETCH(bool, global);
    QFETCH(int, runs);
    QFETCH(int, mustCollide);
    QFETCH(int, mayCollide);

    QTemporaryDir dir;
    auto server = RunningBackend::start(dir.path());
    QVERIFY(server);
    server->backend->setMode(global ? backend::InstrumentationMode::Global : backend::InstrumentationMode::Scoped);
    // Short runs: the model answers in 20 ms, whatever its answer's length.
    QCOMPARE(server->call("PUT", u"/sim/settings"_s, R"({"base_latency_ms": 20, "per_token_ms": 0})").status, 200);
    const backend::LoadPlan defaults;
    int colliding = 0;
    QStringList counts;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < runs; ++i) {
        const backend::AuditCounts before = server->backend->auditCounts();
        const backend::LoadProgress progress = run(*server, defaults);
        const backend::AuditCounts after = server->backend->auditCounts();
        QCOMPARE(progress.failed, 0);
        QCOMPARE(progress.creates, defaults.creates());
        QCOMPARE(progress.appends, defaults.appends());
        // The run's own check of each answer agrees with the audit, call for call.
        QCOMPARE(after.checked - before.checked, qint64(defaults.documentsToMake() + defaults.requests));
        QCOMPARE(after.misattributed - before.misattributed, qint64(progress.misattributed()));
        QCOMPARE(progress.createsMisattributed, 0); // a create sets the context and calls in one turn
        colliding += progress.misattributed() > 0 ? 1 : 0;
        counts.append(QString::number(progress.appendsMisattributed));
    }
    qInfo("%s: %d of %d runs collided in %lld ms; misattributed appends per run: %s", QTest::currentDataTag(),
          colliding, runs, clock.elapsed(), qPrintable(counts.join(u' ')));
    QVERIFY2(colliding >= mustCollide && colliding <= mayCollide, qPrintable(counts.join(u' ')));
}

void TestLoadRun::documentsThatCannotBeMadeStopTheRun()
{
    QTemporaryDir dir;
    auto server = RunningBackend::start(dir.path());
    QVERIFY(server);
    QCOMPARE(server->call("PUT", u"/sim/settings"_s, R"({"failure_rate": 1, "fault_kind": "server_error"})").status,
             200);
    const backend::LoadProgress progress = run(*server, plan(10, 5, 50, 3));
    QCOMPARE(progress.error, u"none of the 3 documents to append to could be made"_s);
    QCOMPARE(progress.documentsFailed, 3);
    QCOMPARE(progress.documentsMade, 0);
    QCOMPARE(progress.sent, 0); // none of the run's requests
    QCOMPARE(server->documents(), 0);
}

void TestLoadRun::cancelWhileMakingDocuments()
{
    QTemporaryDir dir;
    auto server = RunningBackend::start(dir.path());
    QVERIFY(server);
    QCOMPARE(server->call("PUT", u"/sim/settings"_s, R"({"base_latency_ms": 300})").status, 200);
    backend::LoadDriver driver(server->backend->url(), {}, plan(50, 2, 50, 6));
    QSignalSpy progressed(&driver, &backend::LoadDriver::progressed);
    QSignalSpy finished(&driver, &backend::LoadDriver::finished);
    QVERIFY(progressed.wait(5000));
    QVERIFY(progressed.last().first().value<backend::LoadProgress>().preparing);
    driver.cancel();
    QVERIFY(finished.wait(10000));
    const auto progress = finished.first().first().value<backend::LoadProgress>();
    QVERIFY(progress.documentsMade <= 2); // the two in flight end; no more are sent
    QCOMPARE(progress.sent, 0);
    QVERIFY(progress.error.isEmpty());
}

QTEST_GUILESS_MAIN(TestLoadRun)
#include "tst_loadrun.moc"
