// The epoll event dispatcher runs this whole test's main thread (see main() below), so every
// QTRY_*, QSignalSpy::wait and socket here goes through it, on top of the cases themselves.
#include "base/Handoff.h"
#include "net/EpollEventDispatcher.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <fstream>
#include <functional>
#include <string>
#include <thread>
#include <vector>

#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

using net::EpollEventDispatcher;

namespace {

// A connected loopback pair: what the client writes, the server side reads.
struct SocketPair
{
    QTcpServer listener;
    QTcpSocket client;
    QTcpSocket *accepted = nullptr;

    bool open()
    {
        if (!listener.listen(QHostAddress::LocalHost, 0))
            return false;
        client.connectToHost(QHostAddress::LocalHost, listener.serverPort());
        if (!listener.waitForNewConnection(5000))
            return false;
        accepted = listener.nextPendingConnection();
        return accepted && client.waitForConnected(5000);
    }
};

// Whether thread `tid` of this process sleeps in epoll_wait: the kernel names the system call
// a blocked thread is in, and says "running" of one that is not blocked.
bool sleepsInEpollWait(pid_t tid)
{
    std::ifstream file("/proc/self/task/" + std::to_string(tid) + "/syscall");
    std::string number;
    file >> number;
#ifdef SYS_epoll_wait
    if (number == std::to_string(SYS_epoll_wait))
        return true;
#endif
    return number == std::to_string(SYS_epoll_pwait);
}

// Records the ids of the timers that fire, in order, and runs a hook on each.
class TimerLog : public QObject
{
public:
    std::vector<int> fired;
    std::function<void(int)> onFire;

protected:
    void timerEvent(QTimerEvent *event) override
    {
        fired.push_back(event->timerId());
        if (onFire)
            onFire(event->timerId());
    }
};

} // namespace

class TestEpollDispatcher : public QObject
{
    Q_OBJECT

private slots:
    void isInstalled();
    void timersFireInDeadlineOrder_data();
    void timersFireInDeadlineOrder();
    void repeatingTimerKeepsItsPeriod();
    void zeroTimerFiresOncePerTurn();
    void timerKilledByAnEarlierSlotDoesNotFire();
    void timerIsNotReenteredFromANestedLoop();
    void nestedLoopDoesNotSpinOnItsOwnZeroTimer();
    void timerFiredByANestedLoopIsNotFiredAgainAfterIt();
    void timerBookkeeping();
    void socketReadWriteAndHangUp();
    void notifierDeletedWhilePendingIsNotActivated();
    void nestedLoopInsideANotifierSlot();
    void wakesForEventsPostedFromAnotherThread();
    void workerThreadQuits();
};

void TestEpollDispatcher::isInstalled()
{
    QVERIFY(qobject_cast<net::EpollEventDispatcher *>(QAbstractEventDispatcher::instance()));
}

void TestEpollDispatcher::timersFireInDeadlineOrder_data()
{
    QTest::addColumn<QList<int>>("intervalsMs");
    QTest::addColumn<QList<int>>("expectedOrder"); // indexes into intervalsMs
    QTest::newRow("ascending") << QList<int>{5, 20, 40} << QList<int>{0, 1, 2};
    QTest::newRow("descending") << QList<int>{40, 20, 5} << QList<int>{2, 1, 0};
    QTest::newRow("shuffled") << QList<int>{30, 0, 60, 10} << QList<int>{1, 3, 0, 2};
}

void TestEpollDispatcher::timersFireInDeadlineOrder()
{
    QFETCH(QList<int>, intervalsMs);
    QFETCH(QList<int>, expectedOrder);
    TimerLog log;
    QList<int> ids;
    for (const int ms : intervalsMs)
        ids.append(log.startTimer(ms, Qt::PreciseTimer));
    log.onFire = [&log](int id) { log.killTimer(id); };
    QTRY_COMPARE(log.fired.size(), size_t(ids.size()));
    for (qsizetype i = 0; i < expectedOrder.size(); ++i)
        QCOMPARE(log.fired[size_t(i)], ids[expectedOrder[i]]);
}

void TestEpollDispatcher::repeatingTimerKeepsItsPeriod()
{
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    timer.setInterval(20);
    QElapsedTimer clock;
    int ticks = 0;
    qint64 tenthAtMs = -1;
    connect(&timer, &QTimer::timeout, this, [&] {
        if (++ticks == 10) {
            tenthAtMs = clock.elapsed();
            timer.stop();
        }
    });
    clock.start();
    timer.start();
    QTRY_VERIFY_WITH_TIMEOUT(tenthAtMs >= 0, 5000);
    // Ten periods of 20 ms: not early, and not drifting by a period per tick.
    QVERIFY2(tenthAtMs >= 195, qPrintable(QString::number(tenthAtMs)));
    QVERIFY2(tenthAtMs < 1000, qPrintable(QString::number(tenthAtMs)));
}

void TestEpollDispatcher::zeroTimerFiresOncePerTurn()
{
    TimerLog log;
    const int id = log.startTimer(0);
    // A zero timer must not starve the turn: each processEvents() fires it once.
    for (int turn = 1; turn <= 5; ++turn) {
        QCoreApplication::processEvents();
        QCOMPARE(log.fired.size(), size_t(turn));
    }
    // And posted events still run beside it.
    bool posted = false;
    QMetaObject::invokeMethod(
        &log, [&posted] { posted = true; }, Qt::QueuedConnection);
    QTRY_VERIFY(posted);
    log.killTimer(id);
}

void TestEpollDispatcher::timerKilledByAnEarlierSlotDoesNotFire()
{
    TimerLog log;
    const int first = log.startTimer(10, Qt::PreciseTimer);
    const int second = log.startTimer(10, Qt::PreciseTimer);
    // Both are due in the same turn; whichever fires first kills both.
    log.onFire = [&](int) {
        log.killTimer(first);
        log.killTimer(second);
    };
    // Due after both: once it has fired, so would they have.
    bool later = false;
    QTimer::singleShot(30, Qt::PreciseTimer, &log, [&later] { later = true; });
    QTRY_VERIFY(later);
    QCOMPARE(log.fired.size(), size_t(1));
}

void TestEpollDispatcher::timerIsNotReenteredFromANestedLoop()
{
    TimerLog log;
    int depth = 0;
    int deepest = 0;
    const int id = log.startTimer(5, Qt::PreciseTimer);
    log.onFire = [&](int) {
        ++depth;
        deepest = std::max(deepest, depth);
        if (log.fired.size() == 1) {
            // A nested loop that outlives several periods of this same timer.
            QEventLoop nested;
            QTimer::singleShot(50, &nested, &QEventLoop::quit);
            nested.exec();
        }
        --depth;
    };
    QTRY_VERIFY(log.fired.size() >= 3);
    log.killTimer(id);
    QCOMPARE(deepest, 1);
}

void TestEpollDispatcher::nestedLoopDoesNotSpinOnItsOwnZeroTimer()
{
    TimerLog log;
    int turns = 0;
    const auto counter =
        connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::awake, this, [&turns] { ++turns; });
    int nestedTurns = -1;
    const int id = log.startTimer(0);
    log.onFire = [&](int) {
        if (nestedTurns >= 0)
            return;
        // The zero timer is busy in this slot: the nested loop must sleep until its own
        // timer, not wake for it on every turn.
        const int before = turns;
        QEventLoop nested;
        QTimer::singleShot(50, &nested, &QEventLoop::quit);
        nested.exec();
        nestedTurns = turns - before;
    };
    QTRY_VERIFY(nestedTurns >= 0);
    log.killTimer(id);
    disconnect(counter);
    QVERIFY2(nestedTurns < 20, qPrintable(QString::number(nestedTurns)));
}

void TestEpollDispatcher::timerFiredByANestedLoopIsNotFiredAgainAfterIt()
{
    // Two timers due in the same turn; the first to fire runs a nested loop, in which the
    // other fires. Back in the outer turn, the other must not fire again at once: it is due
    // again only a period later, after this turn's posted events.
    TimerLog log;
    int first = -1;
    bool outerTurnGoesOn = false;
    int firedAgainAtOnce = 0;
    log.onFire = [&](int id) {
        if (first == -1) {
            first = id;
            QEventLoop nested;
            QTimer::singleShot(40, &nested, &QEventLoop::quit);
            nested.exec();
            outerTurnGoesOn = true;
            QMetaObject::invokeMethod(
                &log, [&outerTurnGoesOn] { outerTurnGoesOn = false; }, Qt::QueuedConnection);
            return;
        }
        if (id != first && outerTurnGoesOn)
            ++firedAgainAtOnce;
    };
    const int a = log.startTimer(10, Qt::PreciseTimer);
    const int b = log.startTimer(10, Qt::PreciseTimer);
    QTRY_VERIFY(log.fired.size() >= 8);
    log.killTimer(a);
    log.killTimer(b);
    QCOMPARE(firedAgainAtOnce, 0);
}

void TestEpollDispatcher::timerBookkeeping()
{
    TimerLog log;
    auto *dispatcher = QAbstractEventDispatcher::instance();
    const int slow = log.startTimer(60'000, Qt::CoarseTimer);
    const int fast = log.startTimer(1'000, Qt::PreciseTimer);
    const QList<QAbstractEventDispatcher::TimerInfo> timers = dispatcher->registeredTimers(&log);
    QCOMPARE(timers.size(), 2);
    for (const QAbstractEventDispatcher::TimerInfo &info : timers)
        QCOMPARE(info.interval, info.timerId == slow ? 60'000 : 1'000);
    const int left = dispatcher->remainingTime(fast);
    QVERIFY2(left > 900 && left <= 1'000, qPrintable(QString::number(left)));
    QVERIFY(dispatcher->unregisterTimers(&log));
    QVERIFY(dispatcher->registeredTimers(&log).isEmpty());
    QCOMPARE(dispatcher->remainingTime(slow), -1);
    QVERIFY(!dispatcher->unregisterTimer(fast));
}

void TestEpollDispatcher::socketReadWriteAndHangUp()
{
    SocketPair pair;
    QVERIFY(pair.open());
    QSignalSpy readable(pair.accepted, &QTcpSocket::readyRead);
    QSignalSpy written(&pair.client, &QTcpSocket::bytesWritten);
    const QByteArray payload(256 * 1024, 'x'); // more than one write's worth: write notifiers too
    pair.client.write(payload);
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT((received += pair.accepted->readAll()).size() == payload.size(), 10000);
    QVERIFY(!readable.isEmpty());
    QVERIFY(!written.isEmpty());
    QSignalSpy closed(pair.accepted, &QTcpSocket::disconnected);
    pair.client.close();
    QTRY_COMPARE(closed.size(), 1);
}

void TestEpollDispatcher::notifierDeletedWhilePendingIsNotActivated()
{
    int a[2];
    int b[2];
    QCOMPARE(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, a), 0);
    QCOMPARE(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, b), 0);
    auto *first = new QSocketNotifier(a[0], QSocketNotifier::Read);
    auto *second = new QSocketNotifier(b[0], QSocketNotifier::Read);
    int activations = 0;
    auto onReady = [&] {
        ++activations;
        // Whichever comes first in the turn deletes both: the other must not be activated.
        delete first;
        delete second;
        first = second = nullptr;
    };
    connect(first, &QSocketNotifier::activated, this, onReady);
    connect(second, &QSocketNotifier::activated, this, onReady);
    // Both readable before the loop next turns, so both are ready in the same epoll_wait.
    QCOMPARE(::write(a[1], "a", 1), 1);
    QCOMPARE(::write(b[1], "b", 1), 1);
    QTRY_COMPARE(activations, 1);
    // A third socket made readable now: once its notifier is activated, the loop has waited
    // again with a and b still readable.
    int c[2];
    QCOMPARE(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, c), 0);
    QSocketNotifier third(c[0], QSocketNotifier::Read);
    bool waitedAgain = false;
    connect(&third, &QSocketNotifier::activated, this, [&waitedAgain] { waitedAgain = true; });
    QCOMPARE(::write(c[1], "c", 1), 1);
    QTRY_VERIFY(waitedAgain);
    QCOMPARE(activations, 1);
    for (const int fd : {a[0], a[1], b[0], b[1], c[0], c[1]})
        ::close(fd);
}

void TestEpollDispatcher::nestedLoopInsideANotifierSlot()
{
    SocketPair a;
    SocketPair b;
    QVERIFY(a.open());
    QVERIFY(b.open());
    QByteArray fromB;
    int aReads = 0;
    connect(b.accepted, &QTcpSocket::readyRead, this, [&] { fromB += b.accepted->readAll(); });
    connect(a.accepted, &QTcpSocket::readyRead, this, [&] {
        a.accepted->readAll();
        if (++aReads > 1)
            return;
        // Inside a's slot, wait in a nested loop for b's data.
        QEventLoop nested;
        connect(b.accepted, &QTcpSocket::readyRead, &nested, &QEventLoop::quit);
        QTimer::singleShot(5000, &nested, &QEventLoop::quit);
        b.client.write("ping");
        nested.exec();
    });
    a.client.write("1");
    QTRY_COMPARE(fromB, QByteArray("ping"));
    // After the nested loop a's notifier still works.
    a.client.write("2");
    QTRY_COMPARE(aReads, 2);
}

void TestEpollDispatcher::wakesForEventsPostedFromAnotherThread()
{
    // No timer is pending, so the loop sleeps in epoll_wait until the eventfd wakes it.
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    const pid_t loopThread = gettid();
    bool postedWhileAsleep = false;
    std::thread poster([&loop, &postedWhileAsleep, loopThread] {
        // Posts once the loop sleeps, so that only the eventfd can wake it.
        QElapsedTimer waited;
        waited.start();
        while (!(postedWhileAsleep = sleepsInEpollWait(loopThread)) && waited.elapsed() < 4000)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        base::postTo(&loop, [&loop] { loop.quit(); });
    });
    QTimer::singleShot(5000, &loop, [&loop] { loop.exit(1); }); // a safety net only
    const int code = loop.exec();
    poster.join();
    QVERIFY(postedWhileAsleep);
    QCOMPARE(code, 0);
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
}

void TestEpollDispatcher::workerThreadQuits()
{
    QThread worker;
    worker.setEventDispatcher(new net::EpollEventDispatcher);
    worker.start();
    QObject anchor;
    anchor.moveToThread(&worker);
    bool ran = false;
    base::runOnAndWait(&anchor, [&ran] { ran = true; });
    QVERIFY(ran);
    QVERIFY(qobject_cast<net::EpollEventDispatcher *>(worker.eventDispatcher()));
    worker.quit();
    QVERIFY(worker.wait(5000));
}

int main(int argc, char *argv[])
{
    QCoreApplication::setEventDispatcher(new net::EpollEventDispatcher);
    QCoreApplication app(argc, argv);
    TestEpollDispatcher test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_epolldispatcher.moc"
