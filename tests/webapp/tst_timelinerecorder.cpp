// The timeline's recorder on its own, with a manual clock: each phase with its time, the
// request whose write of the global context each call read (its own scope in scoped mode,
// nobody's after PUT /instrumentation), the ring's bound and what a late reader is told, and
// a reader on another thread never seeing a torn entry while the writer laps the ring.
#include "base/Clock.h"
#include "payi/Attribution.h"
#include "webapp/TimelineRecorder.h"

#include <QTest>

#include <atomic>
#include <thread>

using namespace Qt::Literals::StringLiterals;
using webapp::TimelineEntry;
using webapp::TimelinePhase;
using webapp::TimelineRecorder;

class TestTimelineRecorder : public QObject
{
    Q_OBJECT

private slots:
    void phasesInOrderWithTheirTimes();
    void globalCallsReadTheLastWrite_data();
    void globalCallsReadTheLastWrite();
    void keysOfEqualAttributionsAreEqual();
    void boundedRingTellsALateReader();
    void readerOnAnotherThreadNeverSeesATornEntry();
};

void TestTimelineRecorder::phasesInOrderWithTheirTimes()
{
    base::ManualClock clock;
    TimelineRecorder recorder(clock, 64);
    const QString id = payi::newUseCaseId();
    const quint32 request = recorder.newRequest();
    QCOMPARE(request, 1u);
    QCOMPARE(recorder.written(), 0u); // a serial number records nothing
    recorder.opened(request, id, true, false, 7);
    clock.advanceMs(1);
    recorder.ledgerRead(request);
    clock.advanceMs(5);
    recorder.modelCall(request, false);
    clock.advanceMs(20);
    recorder.modelAnswered(request, true);
    clock.advanceMs(2);
    recorder.answered(request, 502);

    std::vector<TimelineEntry> out;
    QCOMPARE(recorder.read(0, out), 0u);
    QCOMPARE(out.size(), size_t(5));
    const QList<TimelinePhase> phases{TimelinePhase::Opened, TimelinePhase::LedgerRead, TimelinePhase::ModelCall,
                                      TimelinePhase::ModelAnswered, TimelinePhase::Answered};
    const QList<qint64> ms{0, 1, 6, 26, 28};
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(out[size_t(i)].phase, phases[i]);
        QCOMPARE(out[size_t(i)].request, request);
        QCOMPARE(out[size_t(i)].ns, ms[i] * 1'000'000);
    }
    QCOMPARE(out[0].requestId, QUuid::fromString(id));
    QVERIFY(out[0].has(TimelineEntry::Append));
    QVERIFY(!out[0].has(TimelineEntry::Global));
    QCOMPARE(out[0].key, 7u);
    QCOMPARE(out[2].writer, request); // scoped: its own scope
    QVERIFY(out[3].has(TimelineEntry::ModelFailed));
    QCOMPARE(out[4].status, quint16(502));
    // From the middle: only what follows.
    out.clear();
    QCOMPARE(recorder.read(3, out), 3u);
    QCOMPARE(out.size(), size_t(2));
    QCOMPARE(out[0].phase, TimelinePhase::ModelAnswered);
}

void TestTimelineRecorder::globalCallsReadTheLastWrite_data()
{
    // Steps: "o<n>" request n opens and writes (global), "s<n>" opens in its own scope,
    // "c<n>" request n's call reads, "x" PUT /instrumentation writes. expected: the writer
    // each call read, in order.
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QList<quint32>>("writers");
    QTest::newRow("a create reads its own write") << QStringList{u"o1"_s, u"c1"_s} << QList<quint32>{1};
    QTest::newRow("two appends, the second writes while the first waits")
        << QStringList{u"o1"_s, u"o2"_s, u"c1"_s, u"c2"_s} << QList<quint32>{2, 2};
    QTest::newRow("three, interleaved") << QStringList{u"o1"_s, u"o2"_s, u"c2"_s, u"o3"_s, u"c1"_s, u"c3"_s}
                                        << QList<quint32>{2, 3, 3};
    QTest::newRow("scoped calls read their scope") << QStringList{u"s1"_s, u"o2"_s, u"c1"_s} << QList<quint32>{1};
    QTest::newRow("an outside write is nobody's") << QStringList{u"o1"_s, u"x"_s, u"c1"_s} << QList<quint32>{0};
}

void TestTimelineRecorder::globalCallsReadTheLastWrite()
{
    QFETCH(QStringList, steps);
    QFETCH(QList<quint32>, writers);
    base::ManualClock clock;
    TimelineRecorder recorder(clock, 64);
    QSet<quint32> scoped;
    for (const QString &step : std::as_const(steps)) {
        const quint32 n = step.mid(1).toUInt();
        if (step.startsWith(u'o')) {
            QCOMPARE(recorder.newRequest(), n);
            recorder.opened(n, payi::newUseCaseId(), true, true, 100 + n);
        } else if (step.startsWith(u's')) {
            QCOMPARE(recorder.newRequest(), n);
            scoped.insert(n);
            recorder.opened(n, payi::newUseCaseId(), true, false, 100 + n);
        } else if (step.startsWith(u'c')) {
            recorder.modelCall(n, !scoped.contains(n));
        } else {
            recorder.outsideWrite();
        }
    }
    std::vector<TimelineEntry> out;
    recorder.read(0, out);
    QList<quint32> read;
    for (const TimelineEntry &e : out) {
        if (e.phase != TimelinePhase::ModelCall)
            continue;
        read.append(e.writer);
        // The key of the write it read: the writer's, or none.
        QCOMPARE(e.key, e.writer == 0 || scoped.contains(e.request) ? 0u : 100 + e.writer);
    }
    QCOMPARE(read, writers);
}

void TestTimelineRecorder::keysOfEqualAttributionsAreEqual()
{
    const quint32 a = TimelineRecorder::keyOf(u"append_document"_s, u"doc-1"_s, u"alice"_s);
    QCOMPARE(TimelineRecorder::keyOf(u"append_document"_s, u"doc-1"_s, u"alice"_s), a);
    QVERIFY(TimelineRecorder::keyOf(u"append_document"_s, u"doc-1"_s, u"bob"_s) != a);
    QVERIFY(TimelineRecorder::keyOf(u"append_document"_s, u"doc-2"_s, u"alice"_s) != a);
    QVERIFY(TimelineRecorder::keyOf(u"create_document"_s, u"doc-1"_s, u"alice"_s) != a);
    QVERIFY(TimelineRecorder::keyOf(QString(), QString(), QString()) != 0); // 0 is "no write"
}

void TestTimelineRecorder::boundedRingTellsALateReader()
{
    base::ManualClock clock;
    TimelineRecorder recorder(clock, 6); // rounded up to 8
    QCOMPARE(recorder.capacity(), 8u);
    for (int i = 0; i < 20; ++i) {
        clock.advanceMs(1);
        recorder.ledgerRead(recorder.newRequest());
    }
    QCOMPARE(recorder.written(), 20u);
    std::vector<TimelineEntry> out;
    QCOMPARE(recorder.read(0, out), 12u); // the 12 oldest are gone, and the reader is told
    QCOMPARE(out.size(), size_t(8));
    QCOMPARE(out.front().request, 13u);
    QCOMPARE(out.back().request, 20u);
    out.clear();
    QCOMPARE(recorder.read(20, out), 20u);
    QVERIFY(out.empty());
}

void TestTimelineRecorder::readerOnAnotherThreadNeverSeesATornEntry()
{
    base::ManualClock clock;
    TimelineRecorder recorder(clock, 256);
    constexpr quint32 Requests = 200'000;
    std::atomic<bool> done{false};
    std::thread writer([&] {
        for (quint32 i = 1; i <= Requests; ++i) {
            clock.advanceMs(1);
            recorder.answered(recorder.newRequest(), int(i % 600));
        }
        done.store(true);
    });
    quint64 from = 0;
    quint64 seen = 0;
    std::vector<TimelineEntry> out;
    bool consistent = true;
    while (!done.load() || from < recorder.written()) {
        out.clear();
        const quint64 first = recorder.read(from, out);
        for (size_t k = 0; k < out.size(); ++k) {
            const TimelineEntry &e = out[k];
            // Every word of an entry from the same write: its number, its time, its status.
            consistent = consistent && e.request == quint32(first + k + 1) && e.ns == qint64(e.request) * 1'000'000
                         && e.status == e.request % 600 && e.phase == TimelinePhase::Answered;
        }
        seen += out.size();
        from = first + out.size();
    }
    writer.join();
    QVERIFY(consistent);
    QVERIFY(seen > 0);
    QCOMPARE(from, quint64(Requests));
}

QTEST_GUILESS_MAIN(TestTimelineRecorder)
#include "tst_timelinerecorder.moc"
