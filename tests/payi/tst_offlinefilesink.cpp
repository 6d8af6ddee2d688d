#include "payi/Instrumentation.h"
#include "payi/OfflineFileSink.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace payi;
using namespace Qt::Literals::StringLiterals;

namespace {
QJsonArray packetsIn(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    return error.error == QJsonParseError::NoError ? doc.object().value(u"packets"_s).toArray() : QJsonArray();
}
} // namespace

class TestOfflineFileSink : public QObject
{
    Q_OBJECT
private slots:
    void offlineInstrumentationWritesPackets();
    void fileIsAlwaysWhole();
    void unwritableFileGivesAnErrorAndKeepsTheOld();
};

void TestOfflineFileSink::offlineInstrumentationWritesPackets()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"packets.json"_s);
    {
        Config c;
        c.offlineInstrumentation = path;
        Instrumentation in(c);
        Params p;
        p.userId = u"u1"_s;
        TrackContext scope(p);
        for (int i = 0; i < 3; ++i)
            in.begin(CallStart{}).finish(CallOutcome{});
    } // destroying the sink flushes
    const QJsonArray packets = packetsIn(path);
    QCOMPARE(packets.size(), 3);
    const QJsonObject first = packets.first().toObject();
    QCOMPARE(first.value(u"headers"_s).toObject().value(u"xProxy-User-ID"_s).toString(), u"u1"_s);
    QVERIFY(first.value(u"body"_s).toObject().contains(u"event_timestamp"_s));
    QVERIFY(first.value(u"event"_s).toObject().contains(u"attribution"_s));
}

void TestOfflineFileSink::fileIsAlwaysWhole()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"packets.json"_s);
    OfflineFileSink sink(path, 0); // write on every event
    Instrumentation in(Config{});
    for (int i = 1; i <= 20; ++i) {
        sink.consume(in.begin(CallStart{}).finish(CallOutcome{}));
        QCOMPARE(packetsIn(path).size(), i); // parseable and complete after every write
    }
}

void TestOfflineFileSink::unwritableFileGivesAnErrorAndKeepsTheOld()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"packets.json"_s);
    OfflineFileSink sink(path, 60'000);
    Instrumentation in(Config{});
    sink.consume(in.begin(CallStart{}).finish(CallOutcome{}));
    QVERIFY(sink.flush());
    const qint64 oldSize = QFileInfo(path).size();
    sink.consume(in.begin(CallStart{}).finish(CallOutcome{}));

    // A full disk, as root too: cap the size of any file this process writes.
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit saved{};
    getrlimit(RLIMIT_FSIZE, &saved);
    rlimit capped = saved;
    capped.rlim_cur = rlim_t(oldSize + 16);
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &capped), 0);
    QString error;
    const bool wrote = sink.flush(&error);
    setrlimit(RLIMIT_FSIZE, &saved);

    QVERIFY(!wrote);
    QVERIFY2(error.contains(path), qPrintable(error));
    QCOMPARE(packetsIn(path).size(), 1); // the old complete file is still there
    QVERIFY(sink.flush());               // and the next write, with room, has both
    QCOMPARE(packetsIn(path).size(), 2);
}

QTEST_GUILESS_MAIN(TestOfflineFileSink)
#include "tst_offlinefilesink.moc"
