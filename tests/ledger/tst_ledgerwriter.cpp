#include "support/SampleEvents.h"

#include "ledger/Connection.h"
#include "ledger/Ledger.h"
#include "ledger/WalCheckpointer.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace ledger;

namespace {

// What the ledger_writer child printed: its acknowledged seqs and its last words.
struct WriterOutput
{
    QList<qint64> acknowledged;
    QString failure;
    bool done = false;

    void parse(const QByteArray &bytes)
    {
        for (const QByteArray &line : bytes.split('\n')) {
            if (line.startsWith("ack "))
                acknowledged << line.mid(4).toLongLong();
            else if (line.startsWith("failed "))
                failure = QString::fromUtf8(line.mid(7));
            else if (line == "done")
                done = true;
        }
    }
};

// Every acknowledged seq is in the reopened ledger, the file opens clean, and the
// aggregates count every stored event once. *rebuilt: how start-up counted them.
void checkAcknowledgedAreStored(const QString &dataDir, const QList<qint64> &acknowledged,
                                Aggregates::Rebuilt *rebuilt = nullptr)
{
    auto opened = Ledger::open(dataDir);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    std::unique_ptr<Ledger> ledger = std::move(opened).value();
    QSet<qint64> stored;
    for (qint64 after = 0;;) {
        const auto page = ledger->eventsAfter(after, 10'000);
        QVERIFY(page);
        if (page->isEmpty())
            break;
        for (const StoredEvent &event : *page)
            stored.insert(event.seq);
        after = page->last().seq;
    }
    for (qint64 seq : acknowledged)
        QVERIFY2(stored.contains(seq), qPrintable(QStringLiteral("seq %1 was lost").arg(seq)));
    QCOMPARE(ledger->snapshot().all().calls, qint64(stored.size()));
    if (rebuilt)
        *rebuilt = ledger->rebuilt();
}

// True when the checkpointer has nothing left to do: the write-ahead log is below the size
// that wakes it, or every frame of it has been copied into the database. Read from the log's
// index, SQLite's "-shm" file (sqlite.org/walformat.html): its header, kept twice, counts the
// frames in the log at byte 16 (mxFrame); the copied ones are counted at byte 96 (nBackfill).
bool checkpointerIsIdle(const QString &database)
{
    QFile index(database + QStringLiteral("-shm"));
    if (!index.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = index.read(100);
    if (header.size() < 100)
        return false;
    const auto word = [&header](int offset) { return qFromUnaligned<quint32>(header.constData() + offset); };
    const quint32 frames = word(16);
    if (word(48 + 16) != frames) // read while SQLite was writing it
        return false;
    return frames < quint32(WalCheckpointer::WakeAtPages) || word(96) == frames;
}

// The last event the aggregates' checkpoint saved in the file so far counts (0: none yet), read
// as another process would while the writer runs.
qint64 savedCheckpointSeq(const QString &database)
{
    auto connection = Connection::open(database, Connection::Mode::ReadOnly);
    if (!connection)
        return 0;
    QSqlQuery query((*connection)->db());
    if (!query.exec(QStringLiteral("SELECT last_seq FROM aggregate_checkpoint WHERE id = 1")) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

} // namespace

class TestLedgerWriter : public QObject
{
    Q_OBJECT

private slots:
    void commitsManyEventsPerTransaction();
    void logIsCopiedOffTheWriterAndStaysShort();
    void acknowledgedEventsSurviveSigkill();
    void aFullDiskIsAClearErrorAndLosesNothingAcknowledged();
};

void TestLedgerWriter::commitsManyEventsPerTransaction()
{
    QTemporaryDir dir;
    auto opened = Ledger::open(dir.path());
    QVERIFY(opened);
    std::unique_ptr<Ledger> ledger = std::move(opened).value();
    QSignalSpy durable(ledger.get(), &Ledger::durable);
    constexpr int Events = 20'000;
    const payi::CallEvent event = sample::fullEvent();
    for (int i = 0; i < Events; ++i)
        ledger->submit(event);
    QCOMPARE(*ledger->flush(), Events);
    QTRY_VERIFY(!durable.isEmpty() && durable.last().at(0).toLongLong() == Events);
    QVERIFY2(durable.size() < Events / 10,
             qPrintable(QStringLiteral("%1 commits for %2 events").arg(durable.size()).arg(Events)));
    qint64 previous = 0;
    for (const QList<QVariant> &signal : std::as_const(durable)) {
        QVERIFY(signal.at(0).toLongLong() > previous);
        previous = signal.at(0).toLongLong();
    }
}

// The write-ahead log is copied into the database by the checkpointer's thread once it passes
// WakeAtPages, and then starts again from its beginning: it stays near that size however many
// events are written, and the writer never copies it itself, which stalled every answer waiting
// on a commit (WriterCopiesAtPages: 64 MiB of log).
void TestLedgerWriter::logIsCopiedOffTheWriterAndStaysShort()
{
    QTemporaryDir dir;
    auto opened = Ledger::open(dir.path());
    QVERIFY(opened);
    std::unique_ptr<Ledger> ledger = std::move(opened).value();
    const QString database = dir.filePath(Ledger::databaseFileName());
    const QString log = database + QStringLiteral("-wal"); // SQLite's name for it
    constexpr qint64 WakeBytes = qint64(WalCheckpointer::WakeAtPages) * 4096;
    constexpr int Rounds = 300; // 15,000 events: 15 MB of log when nothing copies it
    const payi::CallEvent event = sample::fullEvent();
    qint64 longest = 0;
    for (int round = 0; round < Rounds; ++round) {
        for (int i = 0; i < 50; ++i)
            ledger->submit(event);
        QVERIFY(ledger->flush());
        longest = std::max(longest, QFileInfo(log).size());
        // Pauses now and then, as between bursts, until the checkpointer has caught up.
        if (round % 20 == 19)
            QTRY_VERIFY_WITH_TIMEOUT(checkpointerIsIdle(database), 30'000);
    }
    QTRY_VERIFY2(QFileInfo(database).size() > WakeBytes / 2,
                 qPrintable(QStringLiteral("database %1 bytes, log %2 bytes")
                                .arg(QFileInfo(database).size())
                                .arg(QFileInfo(log).size())));
    QVERIFY2(longest < 3 * WakeBytes, qPrintable(QString::number(longest)));
}

void TestLedgerWriter::acknowledgedEventsSurviveSigkill()
{
    QTemporaryDir dir;
    QProcess writer;
    WriterOutput output;
    QByteArray pending;
    connect(&writer, &QProcess::readyReadStandardOutput, this, [&] {
        pending += writer.readAllStandardOutput();
        const qsizetype end = pending.lastIndexOf('\n');
        if (end >= 0) {
            output.parse(pending.left(end));
            pending.remove(0, end + 1);
        }
    });
    writer.start(QStringLiteral(LEDGER_WRITER_PATH), {dir.path(), QStringLiteral("20"), QStringLiteral("0")});
    QVERIFY(writer.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(output.acknowledged.size() >= 2000, 60'000);
    // A checkpoint is encoded off the writer's thread, then saved: on a slow build (sanitizers)
    // the first can come after the 2,000th event.
    QTRY_VERIFY_WITH_TIMEOUT(savedCheckpointSeq(dir.filePath(Ledger::databaseFileName())) >= 500, 60'000);
    writer.kill(); // SIGKILL, mid-stream
    QVERIFY(writer.waitForFinished());
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
    pending += writer.readAllStandardOutput();
    output.parse(pending.left(pending.lastIndexOf('\n') + 1));
    QVERIFY(output.failure.isEmpty());
    Aggregates::Rebuilt rebuilt;
    checkAcknowledgedAreStored(dir.path(), output.acknowledged, &rebuilt);
    // The writer saved checkpoints while it ran (every 500 events); start-up used the
    // last one and counted the events after it.
    QVERIFY2(rebuilt.checkpointSeq >= 500, qPrintable(QString::number(rebuilt.checkpointSeq)));
    QCOMPARE(rebuilt.checkpointSeq + rebuilt.replayed, rebuilt.lastSeq);
}

void TestLedgerWriter::aFullDiskIsAClearErrorAndLosesNothingAcknowledged()
{
    QTemporaryDir dir;
    QProcess writer;
    constexpr int FileSizeLimit = 2 * 1024 * 1024;
    writer.start(QStringLiteral(LEDGER_WRITER_PATH),
                 {dir.path(), QStringLiteral("50"), QStringLiteral("0"), QString::number(FileSizeLimit)});
    QVERIFY(writer.waitForStarted());
    QVERIFY(writer.waitForFinished(120'000));
    WriterOutput output;
    output.parse(writer.readAllStandardOutput());
    QCOMPARE(writer.exitStatus(), QProcess::NormalExit);
    QCOMPARE(writer.exitCode(), 3);
    QVERIFY(!output.acknowledged.isEmpty());
    QVERIFY2(output.failure.startsWith(QStringLiteral("ledger_write_failed: could not write to "
                                                      "the ledger ")),
             qPrintable(output.failure));
    QVERIFY2(output.failure.contains(QStringLiteral("check that the disk has room")), qPrintable(output.failure));
    checkAcknowledgedAreStored(dir.path(), output.acknowledged);
}

QTEST_GUILESS_MAIN(TestLedgerWriter)
#include "tst_ledgerwriter.moc"
