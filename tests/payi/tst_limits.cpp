#include "base/Clock.h"
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
        c.clock = std::make_shared<base::ManualClock>();
        in = std::make_unique<Instrumentation>(c);
    }
    QString limit(const char *max, LimitType type, int thresholdPercent = 100)
    {
        return in->limits().create(LimitSpec{u"budget"_s, usd(max), type, thresholdPercent}, QDateTime())->id;
    }
    // Starts a call of input 100 tokens that reserves for 50 output tokens (0.0002 USD).
    TrackedCall start(const QStringList &limitIds)
    {
        Params p;
        p.limitIds = limitIds;
        TrackContext scope(p);
        CallStart s;
        s.resource = u"m"_s;
        s.inputUpperBound = 100;
        s.maxOutputTokens = 50;
        return in->begin(s);
    }
    static CallEvent finish(TrackedCall &c, qint64 output = 50, bool fail = false)
    {
        if (c.isBlocked())
            return c.blockedEvent();
        CallOutcome o;
        o.units.insert(unit::text(), UnitCount{100, output});
        o.failed = fail;
        return c.finish(o);
    }
    // A call of input 100 tokens and output `output` tokens, reserving for 50 output tokens.
    CallEvent call(const QStringList &limitIds, qint64 output = 50, bool fail = false)
    {
        TrackedCall c = start(limitIds);
        return finish(c, output, fail);
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
    void blockedCallDescriptionReadsBack_data();
    void blockedCallDescriptionReadsBack();
    void failedCallIsNotBilled();
    void unknownLimitDoesNotBlock();
    void outputCapWhenReserving();
    void invalidSpecs_data();
    void invalidSpecs();
    void sixteenThreadsRaceExactly();
    void sixteenThreadsRandomCostsNeverPassMax();
    void editChangesOnlyTheGivenFields();
    void editRefusesAnInvalidResult_data();
    void editRefusesAnInvalidResult();
    void loweredMaxCountsCallsInFlight();
    void maxBelowSpentBlocksUntilRaised();
    void allowSwitchedToBlockCountsCallsInFlight();
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
    const base::Result<int> parsed = parseThreshold(text);
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
    // Its description names the limit and the worst case, and reads back.
    const std::optional<BlockedCall> read = BlockedCall::parse(e.failureDescription);
    QVERIFY2(read, qPrintable(e.failureDescription));
    QCOMPARE(read->limitIds, QStringList{id});
    QVERIFY(read->worstCase > Money::parse(u"0.0001"_s).value());
}

// What a blocked call says, read back as it was written; any other text is not read.
void TestLimits::blockedCallDescriptionReadsBack_data()
{
    QTest::addColumn<QString>("description");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("worstCase");
    QTest::newRow("one limit") << u"blocked by limit L1: its worst-case cost 0.06165 USD would pass max"_s
                               << QStringList{u"L1"_s} << u"0.06165"_s;
    QTest::newRow("two limits") << u"blocked by limit a, b: its worst-case cost 1 USD would pass max"_s
                                << QStringList{u"a"_s, u"b"_s} << u"1"_s;
    QTest::newRow("another text") << u"blocked by limit L1"_s << QStringList() << QString();
    QTest::newRow("not money") << u"blocked by limit L1: its worst-case cost 1e3 USD would pass max"_s << QStringList()
                               << QString();
    QTest::newRow("empty") << QString() << QStringList() << QString();
}

void TestLimits::blockedCallDescriptionReadsBack()
{
    QFETCH(QString, description);
    QFETCH(QStringList, ids);
    QFETCH(QString, worstCase);
    const std::optional<BlockedCall> read = BlockedCall::parse(description);
    QCOMPARE(read.has_value(), !ids.isEmpty());
    if (!read)
        return;
    QCOMPARE(read->limitIds, ids);
    QCOMPARE(read->worstCase.toString(), worstCase);
    QCOMPARE(read->describe(), description);
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
    {
        Params p;
        p.limitIds = QStringList{f.limit("1", LimitType::Block)};
        TrackContext scope(p);
        CallStart s; // captures the context in force
        s.resource = u"m"_s;
        TrackedCall uncapped = f.in->begin(s);
        QCOMPARE(uncapped.outputTokenCap(), f.in->config().defaultMaxOutputTokens);
        s.maxOutputTokens = 10;
        TrackedCall capped = f.in->begin(s);
        QCOMPARE(capped.outputTokenCap(), 0); // the caller's own max_tokens already bounds it
    }

    // An allow limit only observes: it holds the worst case but never changes the call.
    Params allow;
    allow.limitIds = QStringList{f.limit("1", LimitType::Allow)};
    TrackContext scope(allow);
    CallStart s;
    s.resource = u"m"_s;
    TrackedCall observed = f.in->begin(s);
    QVERIFY(observed.isTracked());
    QCOMPARE(observed.outputTokenCap(), 0);
    QVERIFY(!f.in->limits().find(allow.limitIds->first())->reserved.isZero());
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
    const base::Result<Limit> limit =
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

void TestLimits::editChangesOnlyTheGivenFields()
{
    Fixture f;
    const QString id = f.limit("0.001", LimitType::Block, 80);
    f.call({id});
    LimitEdit edit;
    edit.name = u"renamed"_s;
    edit.thresholdPercent = 90;
    const base::Result<Limit> edited = f.in->limits().edit(id, edit);
    QVERIFY(edited.ok());
    const Limit stored = *f.in->limits().find(id);
    QCOMPARE(stored.spec.name, u"renamed"_s);
    QCOMPARE(stored.spec.thresholdPercent, 90);
    QCOMPARE(stored.spec.max, usd("0.001"));
    QCOMPARE(stored.spec.type, LimitType::Block);
    QCOMPARE(stored.spent, usd("0.0002"));
    QCOMPARE(stored.calls, 1);
    QCOMPARE(edited->spec.name, stored.spec.name);
}

void TestLimits::editRefusesAnInvalidResult_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("max");
    QTest::addColumn<int>("threshold");
    QTest::addColumn<QString>("code");
    QTest::newRow("empty name") << u" "_s << QString() << 0 << u"invalid_limit"_s;
    QTest::newRow("zero max") << QString() << u"0"_s << 0 << u"invalid_limit"_s;
    QTest::newRow("negative max") << QString() << u"-1"_s << 0 << u"invalid_limit"_s;
    QTest::newRow("threshold 50") << QString() << QString() << 50 << u"invalid_threshold"_s;
}

void TestLimits::editRefusesAnInvalidResult()
{
    QFETCH(QString, name);
    QFETCH(QString, max);
    QFETCH(int, threshold);
    QFETCH(QString, code);
    Fixture f;
    const QString id = f.limit("0.001", LimitType::Block, 80);
    LimitEdit edit;
    if (!name.isNull())
        edit.name = name;
    if (!max.isNull())
        edit.max = usd(max.toLatin1().constData());
    if (threshold)
        edit.thresholdPercent = threshold;
    const base::Result<Limit> edited = f.in->limits().edit(id, edit);
    QVERIFY(!edited.ok());
    QCOMPARE(edited.error().code, code);
    const Limit stored = *f.in->limits().find(id);
    QCOMPARE(stored.spec.name, u"budget"_s);
    QCOMPARE(stored.spec.max, usd("0.001"));
    QCOMPARE(stored.spec.thresholdPercent, 80);

    const base::Result<Limit> unknown = f.in->limits().edit(u"no-such-limit"_s, LimitEdit{u"x"_s, {}, {}, {}});
    QCOMPARE(unknown.error().code, u"not_found"_s);
}

void TestLimits::loweredMaxCountsCallsInFlight()
{
    // Three calls spent 0.0006; a fourth is in flight holding its worst case, 0.0002.
    Fixture f;
    const QString id = f.limit("1", LimitType::Block);
    for (int i = 0; i < 3; ++i)
        f.call({id});
    TrackedCall inFlight = f.start({id});
    QVERIFY(!inFlight.isBlocked());
    QCOMPARE(f.in->limits().find(id)->reserved, usd("0.0002"));

    // Lowered to 0.0008: the call in flight fills it, so no other call may start.
    LimitEdit edit;
    edit.max = usd("0.0008");
    QVERIFY(f.in->limits().edit(id, edit).ok());
    QCOMPARE(f.in->limits().find(id)->reserved, usd("0.0002"));
    const CallEvent refused = f.call({id});
    QCOMPARE(refused.blockedLimitIds, QStringList{id});
    const CallEvent settled = Fixture::finish(inFlight);
    QCOMPARE(settled.limits.value(id), LimitState::Exceeded);
    const Limit limit = *f.in->limits().find(id);
    QCOMPARE(limit.spent, usd("0.0008"));
    QVERIFY(limit.spent <= limit.spec.max);
    QVERIFY(limit.reserved.isZero());
    QCOMPARE(limit.blockedCalls, 1);
}

void TestLimits::maxBelowSpentBlocksUntilRaised()
{
    Fixture f;
    const QString id = f.limit("1", LimitType::Block);
    f.call({id});
    f.call({id}); // spent 0.0004
    TrackedCall inFlight = f.start({id});
    LimitEdit lower;
    lower.max = usd("0.0003");
    QVERIFY(f.in->limits().edit(id, lower).ok());
    QCOMPARE(f.in->limits().find(id)->state(), LimitState::Blocked);
    QCOMPARE(f.call({id}).blockedLimitIds, QStringList{id});

    // The call admitted before the edit still settles (its cost was bounded by the old max)
    // and reports what it met, not a refusal.
    const CallEvent settled = Fixture::finish(inFlight);
    QVERIFY(!settled.failed);
    QCOMPARE(settled.limits.value(id), LimitState::Exceeded);
    QCOMPARE(f.in->limits().find(id)->spent, usd("0.0006"));
    QCOMPARE(f.in->limits().find(id)->state(), LimitState::Blocked);
    QCOMPARE(f.in->limits().find(id)->toJson().value(u"state"_s).toString(), u"blocked"_s);

    LimitEdit raise;
    raise.max = usd("1");
    QVERIFY(f.in->limits().edit(id, raise).ok());
    QCOMPARE(f.in->limits().find(id)->state(), LimitState::Ok);
    QVERIFY(f.call({id}).blockedLimitIds.isEmpty());
}

void TestLimits::allowSwitchedToBlockCountsCallsInFlight()
{
    Fixture f;
    const QString id = f.limit("1", LimitType::Allow);
    TrackedCall inFlight = f.start({id});
    QCOMPARE(f.in->limits().find(id)->reserved, usd("0.0002"));
    LimitEdit edit;
    edit.type = LimitType::Block;
    edit.max = usd("0.0003");
    QVERIFY(f.in->limits().edit(id, edit).ok());
    // 0.0002 held + 0.0002 would pass 0.0003.
    QCOMPARE(f.call({id}).blockedLimitIds, QStringList{id});
    Fixture::finish(inFlight);
    const Limit limit = *f.in->limits().find(id);
    QCOMPARE(limit.spent, usd("0.0002"));
    QVERIFY(limit.reserved.isZero());
}

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"
