// Isolation is a promise with a number: zero misattributed calls under any concurrency.
#include "payi/Instrumentation.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <functional>
#include <thread>

using namespace payi;
using namespace Qt::Literals::StringLiterals;

namespace {

// A minimal asynchronous provider client of the test's own: the call is tracked from
// start() and completes on a later loop turn, after a random delay.
class AsyncClient : public QObject
{
public:
    explicit AsyncClient(ClientBinding binding) : m_binding(binding) {}

    void start(const QString &requestId, std::function<void(const CallEvent &)> done)
    {
        CallStart s;
        s.resource = u"gpt-5.4"_s;
        s.requestId = requestId;
        auto call = std::make_shared<TrackedCall>(m_binding.begin(std::move(s)));
        // The continuation carries the caller's context across the loop turn.
        auto continuation = payi::bind(std::move(done));
        QTimer::singleShot(int(QRandomGenerator::global()->bounded(40)), this, [call, continuation]() mutable {
            CallOutcome outcome;
            outcome.units.insert(unit::text(), UnitCount{10, 5});
            continuation(call->finish(outcome));
        });
    }

private:
    ClientBinding m_binding;
};

class CountingSink final : public Sink
{
public:
    void consume(const CallEvent &) override { count.fetch_add(1); }
    std::atomic<int> count{0};
};

Config scopedOnly()
{
    Config c;
    c.globalInstrumentation = false;
    return c;
}

} // namespace

class TestIsolation : public QObject
{
    Q_OBJECT
private slots:
    void oneThreadThousandInterleavedCalls();
    void contextReadAtCompletionWouldCollide();
    void sixteenThreadsRandomNesting();
};

void TestIsolation::oneThreadThousandInterleavedCalls()
{
    Instrumentation in(scopedOnly());
    auto sink = std::make_shared<CountingSink>();
    in.addSink(sink);
    AsyncClient client{ClientBinding(&in)};

    constexpr int Scopes = 1000;
    int misattributed = 0;
    int completed = 0;
    const auto check = [&](const CallEvent &e, int i) {
        const QString want = u"user-%1"_s.arg(i);
        if (e.attribution.userId != want || e.attribution.useCaseId != u"doc-%1"_s.arg(i))
            ++misattributed;
        ++completed;
    };
    for (int i = 0; i < Scopes; ++i) {
        Params p;
        p.useCaseName = u"append_document"_s;
        p.useCaseId = u"doc-%1"_s.arg(i);
        p.userId = u"user-%1"_s.arg(i);
        TrackContext scope(p);
        client.start(u"r%1"_s.arg(i), [&, i](const CallEvent &e) {
            check(e, i);
            // A follow-up call made from the continuation, many loop turns later, while
            // other requests' completions interleave: it must still be this scope's.
            client.start(u"r%1-followup"_s.arg(i), [&, i](const CallEvent &followUp) { check(followUp, i); });
        });
    }
    QVERIFY(!CapturedContext::current().hasScope());
    QTRY_COMPARE_WITH_TIMEOUT(completed, 2 * Scopes, 10000);
    QCOMPARE(misattributed, 0);
    QCOMPARE(sink->count.load(), 2 * Scopes);
}

void TestIsolation::contextReadAtCompletionWouldCollide()
{
    // The SDK's hazard on an event loop: if the context were read when the call completes
    // (from whatever scope is in force then) instead of captured at start, calls would be
    // attributed to other requests. Show that the hazard is real, and that capture avoids it.
    Instrumentation in(scopedOnly());
    struct Pending
    {
        QString user;
        TrackedCall call;
    };
    std::vector<Pending> pending;
    for (int i = 0; i < 100; ++i) {
        TrackContext scope([&] {
            Params p;
            p.userId = u"user-%1"_s.arg(i);
            return p;
        }());
        pending.push_back({u"user-%1"_s.arg(i), in.begin(CallStart{})});
    }
    int naiveWrong = 0;
    int capturedWrong = 0;
    for (int i = 0; i < 100; ++i) {
        // Completion runs while a different request's scope is in force on the loop thread.
        Params other;
        other.userId = u"user-%1"_s.arg((i + 1) % 100);
        TrackContext interleaved(other);
        const std::optional<Attribution> naive = in.resolve(CapturedContext::current());
        naiveWrong += naive->userId != pending[i].user;
        capturedWrong += pending[i].call.finish(CallOutcome{}).attribution.userId != pending[i].user;
    }
    QCOMPARE(naiveWrong, 100);
    QCOMPARE(capturedWrong, 0);
}

void TestIsolation::sixteenThreadsRandomNesting()
{
    Instrumentation in(scopedOnly());
    auto sink = std::make_shared<CountingSink>();
    in.addSink(sink);
    constexpr int Threads = 16;
    constexpr int CallsPerThread = 10000;
    std::atomic<int> misattributed{0};
    std::atomic<int> calls{0};

    std::vector<std::thread> threads;
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back([&, t] {
            QRandomGenerator rng(quint32(1234 + t));
            for (int c = 0; c < CallsPerThread; ++c) {
                const int depth = 1 + int(rng.bounded(4));
                const QString tag = u"t%1-c%2"_s.arg(t).arg(c);
                QString wantUser;
                QString wantUseCase;
                QStringList wantLimits;
                std::vector<std::unique_ptr<TrackContext>> scopes;
                for (int level = 0; level < depth; ++level) {
                    Params p;
                    if (rng.bounded(2) == 0 || level == depth - 1) {
                        p.userId = u"%1-l%2"_s.arg(tag).arg(level);
                        wantUser = *p.userId;
                    }
                    if (rng.bounded(3) == 0) {
                        p.useCaseName = u"uc-%1"_s.arg(rng.bounded(3));
                        wantUseCase = *p.useCaseName;
                    }
                    const QString limit = u"L%1"_s.arg(level);
                    p.limitIds = QStringList{limit};
                    wantLimits.append(limit);
                    scopes.push_back(std::make_unique<TrackContext>(p));
                }
                CallStart s;
                s.requestId = tag;
                TrackedCall call = in.begin(std::move(s));
                const auto verify = [&](const CallEvent &e) {
                    calls.fetch_add(1);
                    if (e.attribution.userId != wantUser || e.attribution.useCaseName != wantUseCase
                        || e.attribution.limitIds != wantLimits || e.requestId != tag)
                        misattributed.fetch_add(1);
                };
                if (c % 2 == 0) {
                    verify(call.finish(CallOutcome{}));
                    while (!scopes.empty())
                        scopes.pop_back();
                } else {
                    while (!scopes.empty())
                        scopes.pop_back();
                    verify(call.finish(CallOutcome{}));
                }
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(calls.load(), Threads * CallsPerThread);
    QCOMPARE(sink->count.load(), Threads * CallsPerThread);
    QCOMPARE(misattributed.load(), 0);
}

QTEST_GUILESS_MAIN(TestIsolation)
#include "tst_isolation.moc"
