#include "support/SampleEvents.h"

#include "ledger/Ledger.h"
#include "ledger/LedgerSink.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace ledger;

class TestLedgerSink : public QObject
{
    Q_OBJECT

private slots:
    void consumesFromManyThreadsAtOnce();
};

void TestLedgerSink::consumesFromManyThreadsAtOnce()
{
    QTemporaryDir dir;
    auto opened = Ledger::open(dir.path());
    QVERIFY(opened);
    std::unique_ptr<Ledger> ledger = std::move(opened).value();
    LedgerSink sink(ledger.get());
    payi::Sink &asSink = sink;

    constexpr int Threads = 4;
    constexpr int PerThread = 500;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back(QThread::create([&asSink, t] {
            payi::CallEvent event = sample::fullEvent();
            event.attribution.userId = QStringLiteral("thread%1").arg(t);
            for (int i = 0; i < PerThread; ++i)
                asSink.consume(event);
        }));
        threads.back()->start();
    }
    for (auto &thread : threads)
        QVERIFY(thread->wait());
    const base::Result<qint64> durable = ledger->flush();
    QVERIFY(durable);
    QCOMPARE(*durable, Threads * PerThread);
    const AggregateSnapshot snapshot = ledger->snapshot();
    QCOMPARE(snapshot.all().calls, Threads * PerThread);
    for (int t = 0; t < Threads; ++t)
        QCOMPARE(snapshot.users().value(QStringLiteral("thread%1").arg(t)).calls, PerThread);
}

QTEST_GUILESS_MAIN(TestLedgerSink)
#include "tst_ledgersink.moc"
