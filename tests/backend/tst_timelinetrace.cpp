// A load run's timeline as kept in the data folder: written and read back whole, a missing
// file an empty trace, and every kind of damage a clear error with nothing read.
#include "backend/RunTimeline.h"
#include "backend/TimelineTrace.h"
#include "payi/Attribution.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

backend::TimelineTrace sample()
{
    backend::TimelineTrace trace;
    trace.started = QDateTime(QDate(2026, 12, 7), QTime(18, 52, 3, 250), Qt::UTC);
    trace.mode = webapp::InstrumentationMode::Global;
    trace.lost = 3;
    for (quint32 i = 1; i <= 3; ++i) {
        webapp::TimelineEntry opened;
        opened.ns = i * 1000;
        opened.request = i;
        opened.phase = webapp::TimelinePhase::Opened;
        opened.flags = webapp::TimelineEntry::Append | webapp::TimelineEntry::Global;
        opened.requestId = QUuid::fromString(payi::newUseCaseId());
        opened.key = 40 + i;
        webapp::TimelineEntry call;
        call.ns = i * 5000;
        call.request = i;
        call.phase = webapp::TimelinePhase::ModelCall;
        call.flags = webapp::TimelineEntry::Global;
        call.writer = 3;
        call.key = 43;
        webapp::TimelineEntry answered;
        answered.ns = i * 9000;
        answered.request = i;
        answered.phase = webapp::TimelinePhase::Answered;
        answered.status = 200;
        trace.entries.insert(trace.entries.end(), {opened, call, answered});
    }
    return trace;
}

bool sameEntry(const webapp::TimelineEntry &a, const webapp::TimelineEntry &b)
{
    return a.ns == b.ns && a.request == b.request && a.phase == b.phase && a.flags == b.flags && a.status == b.status
           && a.requestId == b.requestId && a.key == b.key && a.writer == b.writer;
}

} // namespace

class TestTimelineTrace : public QObject
{
    Q_OBJECT

private slots:
    void savedAndReadBackWhole();
    void missingFileIsNoRun();
    void damage_data();
    void damage();
    void damagedFileIsReportedByTheRunTimeline();
};

void TestTimelineTrace::savedAndReadBackWhole()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(backend::TimelineTrace::fileName());
    const backend::TimelineTrace trace = sample();
    const base::Result<qint64> saved = trace.save(path);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    QCOMPARE(*saved, 9);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{backend::TimelineTrace::fileName()}); // no temp left
    const base::Result<backend::TimelineTrace> read = backend::TimelineTrace::load(path);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
    QCOMPARE(read->started, trace.started);
    QCOMPARE(read->mode, trace.mode);
    QCOMPARE(read->lost, trace.lost);
    QCOMPARE(read->entries.size(), trace.entries.size());
    for (size_t i = 0; i < trace.entries.size(); ++i)
        QVERIFY2(sameEntry(read->entries[i], trace.entries[i]), qPrintable(u"entry %1"_s.arg(i)));
}

void TestTimelineTrace::missingFileIsNoRun()
{
    QTemporaryDir dir;
    const base::Result<backend::TimelineTrace> read = backend::TimelineTrace::load(dir.filePath(u"none"_s));
    QVERIFY(read);
    QVERIFY(read->entries.empty());
}

void TestTimelineTrace::damage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message"); // a part of the error's message
    const QByteArray good = sample().encode();
    QByteArray version = good;
    version[8] = 9;
    QByteArray mode = good;
    mode[12] = 7;
    QByteArray phase = good;
    phase[37 + 12] = 42; // the first entry's phase
    QTest::newRow("empty") << QByteArray() << u"not a Costbench timeline"_s;
    QTest::newRow("another file") << QByteArray("SQLite format 3\0 and more bytes than a header", 46)
                                  << u"not a Costbench timeline"_s;
    QTest::newRow("cut short") << good.left(good.size() - 7) << u"bytes for 9 entries"_s;
    QTest::newRow("bytes added") << good + "x" << u"bytes for 9 entries"_s;
    QTest::newRow("a later version") << version << u"version 9"_s;
    QTest::newRow("unknown mode") << mode << u"unknown mode 7"_s;
    QTest::newRow("unknown phase") << phase << u"unknown phase 42"_s;
}

void TestTimelineTrace::damage()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const base::Result<backend::TimelineTrace> read = backend::TimelineTrace::decode(bytes);
    QVERIFY(!read);
    QCOMPARE(read.error().code, u"timeline_damaged"_s);
    QVERIFY2(read.error().message.contains(message), qPrintable(read.error().message));
}

void TestTimelineTrace::damagedFileIsReportedByTheRunTimeline()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(backend::TimelineTrace::fileName());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("CBTIMELN garbage");
    file.close();
    const backend::RunTimeline runs(path);
    const backend::TimelineUpdate update = runs.update(0, 0);
    QCOMPARE(update.run, 0u);
    QVERIFY(update.entries.empty());
    QVERIFY2(update.problem.contains(u"damaged"_s), qPrintable(update.problem));
}

QTEST_GUILESS_MAIN(TestTimelineTrace)
#include "tst_timelinetrace.moc"
