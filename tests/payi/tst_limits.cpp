#include "payi/Clock.h"
#include "payi/Instrumentation.h"

#include <QRandomGenerator>
#include <QTest>

#include <atomic>
#include <thread>

using namespace payi;
using namespace Qt::Literals::StringLiterals;

namespace {

// Model "m": input 1 USD and output 2 USD per million tokens.
std::shared_ptr<const PriceTable> prices()
{
    return std::make_shared<const PriceTable>(*PriceTable::fromJson(
        R"({"version":"t","currency":"usd","resources":{"m":{"category":"system.openai",
            "units":{"text":{"input":"1","output":"2"}}}}})"));
}

Money usd(const char *text)
{
    return *Money::parse(QString::fromLatin1(text));
}

struct Fixture
{
    Fixture()
    {
        Config c;
        c.globalInstrumentation = false;
        c.prices = prices();
        c.clock = std::make_shared<ManualClock>();
        in = std::make_unique<Instrumentation>(c);
    }
    QString limit(const char *max, LimitType type, int thresholdPercent = 100)
    {
        return in->limits().create(LimitSpec{u"budget"_s, usd(max), type, thresholdPercent}, QDateTime())->id;
    }
    // A call of input 100 tokens and output `output` tokens, reserving for 50 output tokens.
    CallEvent call(const QStringList &limitIds, qint64 output = 50, bool fail = false)
    {
        Params p;
        p.limitIds = limitIds;
        TrackContext scope(p);
        CallStart s;
        s.resource = u"m"_s;
        s.inputUpperBound = 100;
        s.maxOutputTokens = 50;
        TrackedCall c = in->begin(s);
        if (c.isBlocked())
            return c.blockedEvent();
        CallOutcome o;
        o.units.insert(unit::text(), UnitCount{100, output});
        o.failed = fail;
        return c.finish(o);
    }
    std::unique_ptr<Instrumentation> in;
};

} // namespace

class TestLimits : public QObject
{
    Q_OBJECT
private slots:
    void threshold_data();
    void threshold();
    void states_data();
    void states();
    void blockedCallIsRecordedAndNotBilled();
    void failedCallIsNotBilled();
    void unknownLimitDoesNotBlock();
    void outputCapWhenReserving();
    void invalidSpecs_data();
    void invalidSpecs();
    void sixteenThreadsRaceExactly();
    void sixteenThreadsRandomCostsNeverPassMax();
};

void TestLimits::threshold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("percent"); // -1: refused
    QTest::newRow("0.75") << u"0.75"_s << 75;
    QTest::newRow("0.99") << u"0.99"_s << 99;
    QTest::newRow("1") << u"1"_s << 100;
    QTest::newRow("1.0") << u"1.0"_s << 100;
    QTest::newRow("0.8") << u"0.8"_s << 80;
    QTest::newRow("0.74 too low") << u"0.74"_s << -1;
    QTest::newRow("1.01 too high") << u"1.01"_s << -1;
    QTest::newRow("0.995 too precise") << u"0.995"_s << -1;
    QTest::newRow("garbage") << u"most"_s << -1;
}

void TestLimits::threshold()
{
    QFETCH(QString, text);
    QFETCH(int, percent);
    const Result<int> parsed = parseThreshold(text);
    QCOMPARE(parsed.ok(), percent >= 0);
    if (percent >= 0)
        QCOMPARE(*parsed, percent);
}

void TestLimits::states_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("thresholdPercent");
    QTest::addColumn<int>("calls"); // each costs 0.0002 USD; max is 0.001 (five calls)
    QTest::addColumn<QString>("lastState");
    QTest::addColumn<QString>("spent");
    QTest::newRow("block, under threshold") << u"block"_s << 80 << 3 << u"ok"_s << u"0.0006"_s;
    QTest::newRow("block, at threshold") << u"block"_s << 80 << 4 << u"exceeded"_s << u"0.0008"_s;
    QTest::newRow("block, at max") << u"block"_s << 100 << 5 << u"exceeded"_s << u"0.001"_s;
    QTest::newRow("block, past max is refused") << u"block"_s << 100 << 6 << u"blocked"_s << u"0.001"_s;
    QTest::newRow("allow, at max") << u"allow"_s << 100 << 5 << u"exceeded"_s << u"0.001"_s;
    QTest::newRow("allow, past max overruns") << u"allow"_s << 100 << 6 << u"overrun"_s << u"0.0012"_s;
    QTest::newRow("allow, threshold 0.75") << u"allow"_s << 75 << 4 << u"exceeded"_s << u"0.0008"_s;
}

void TestLimits::states()
{
    QFETCH(QString, type);
    QFETCH(int, thresholdPercent);
    QFETCH(int, calls);
    QFETCH(QString, lastState);
    QFETCH(QString, spent);
    Fixture f;
    const QString id = f.limit("0.001", *limitTypeFromName(type), thresholdPercent);
    CallEvent last;
    for (int i = 0; i < calls; ++i)
        last = f.call({id});
    QCOMPARE(limitStateName(last.limits.value(id)), lastState);
    QCOMPARE(f.in->limits().find(id)->spent.toString(), spent);
    QVERIFY(f.in->limits().find(id)->reserved.isZero());
}

void TestLimits::blockedCallIsRecordedAndNotBilled()
{
    Fixture f;
    const QString id = f.limit("0.0001", LimitType::Block); // less than one call's worst case
    const CallEvent e = f.call({id});
    QVERIFY(e.failed);
    QCOMPARE(e.failureKind, u"limit_blocked"_s);
    QCOMPARE(e.httpStatusCode, 429);
    QCOMPARE(e.blockedLimitIds, QStringList{id});
    QVERIFY(e.cost.total.isZero());
    QCOMPARE(f.in->limits().find(id)->blockedCalls, 1);
    QVERIFY(f.in->limits().find(id)->spent.isZero());
}

void TestLimits::failedCallIsNotBilled()
{
    Fixture f;
    const QString id = f.limit("1", LimitType::Block);
    const CallEvent e = f.call({id}, 50, true);
    QCOMPARE(e.limits.value(id), LimitState::Failed);
    QVERIFY(e.cost.total.isZero());
    QCOMPARE(e.units.value(unit::text()).input, 100); // what was counted is kept
    QVERIFY(f.in->limits().find(id)->spent.isZero());
    QVERIFY(f.in->limits().find(id)->reserved.isZero());
}

void TestLimits::unknownLimitDoesNotBlock()
{
    Fixture f;
    const CallEvent e = f.call({u"no-such-limit"_s});
    QVERIFY(!e.failed);
    QCOMPARE(e.limits.value(u"no-such-limit"_s), LimitState::Failed);
}

void TestLimits::outputCapWhenReserving()
{
    Fixture f;
    const QString id = f.limit("1", LimitType::Block);
    Params p;
    p.limitIds = QStringList{id};
    TrackContext scope(p);
    CallStart s;
    s.resource = u"m"_s;
    TrackedCall uncapped = f.in->begin(s);
    QCOMPARE(uncapped.outputTokenCap(), f.in->config().defaultMaxOutputTokens);
    s.maxOutputTokens = 10;
    TrackedCall capped = f.in->begin(s);
    QCOMPARE(capped.outputTokenCap(), 0); // the caller's own max_tokens already bounds it
}

void TestLimits::invalidSpecs_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("max");
    QTest::addColumn<int>("threshold");
    QTest::newRow("empty name") << u""_s << u"1"_s << 100;
    QTest::newRow("zero max") << u"b"_s << u"0"_s << 100;
    QTest::newRow("negative max") << u"b"_s << u"-1"_s << 100;
    QTest::newRow("threshold 50") << u"b"_s << u"1"_s << 50;
}

void TestLimits::invalidSpecs()
{
    QFETCH(QString, name);
    QFETCH(QString, max);
    QFETCH(int, threshold);
    LimitRegistry registry;
    const Result<Limit> limit =
        registry.create(LimitSpec{name, *Money::parse(max), LimitType::Block, threshold}, QDateTime());
    QVERIFY(!limit.ok());
    QVERIFY(registry.all().isEmpty());
}

void TestLimits::sixteenThreadsRaceExactly()
{
    // Every call costs exactly its worst case (0.0002 USD), max is 0.1 USD: exactly 500 calls
    // fit. 1,600 racing attempts must end with 500 billed, 1,100 refused, spent == max.
    Fixture f;
    const QString id = f.limit("0.1", LimitType::Block);
    std::atomic<int> billed{0};
    std::atomic<int> refused{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 16; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 100; ++i) {
                const CallEvent e = f.call({id});
                (e.blockedLimitIds.isEmpty() ? billed : refused).fetch_add(1);
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    const Limit limit = *f.in->limits().find(id);
    QCOMPARE(billed.load(), 500);
    QCOMPARE(refused.load(), 1100);
    QCOMPARE(limit.spent, usd("0.1"));
    QVERIFY(limit.reserved.isZero());
    QCOMPARE(limit.blockedCalls, 1100);
}

void TestLimits::sixteenThreadsRandomCostsNeverPassMax()
{
    Fixture f;
    const QString id = f.limit("0.05", LimitType::Block);
    std::vector<std::thread> threads;
    std::atomic<int> billed{0};
    for (int t = 0; t < 16; ++t) {
        threads.emplace_back([&, t] {
            QRandomGenerator rng{quint32(t)};
            for (int i = 0; i < 200; ++i) {
                if (f.call({id}, rng.bounded(51)).blockedLimitIds.isEmpty())
                    billed.fetch_add(1);
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    const Limit limit = *f.in->limits().find(id);
    QVERIFY(limit.spent <= limit.spec.max);
    QVERIFY(limit.reserved.isZero());
    // At least as many calls as fit at the worst case (0.05 / 0.0002) went through.
    QVERIFY(billed.load() >= 250);
}

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"
