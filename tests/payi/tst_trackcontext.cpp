#include "payi/Instrumentation.h"

#include <QFuture>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent>

#include <thread>

using namespace payi;
using namespace Qt::Literals::StringLiterals;

namespace {
Params user(const QString &id)
{
    Params p;
    p.userId = id;
    return p;
}

Config scopedOnly()
{
    Config c;
    c.globalInstrumentation = false;
    return c;
}
} // namespace

class TestTrackContext : public QObject
{
    Q_OBJECT
private slots:
    void scopeEndsWithItsObject();
    void trackReturnsTheValue();
    void eachTrackInvocationIsANewInstance();
    void origins();
    void bindCarriesIntoThreadPool();
    void bindCarriesIntoQtConcurrent();
    void bindCarriesIntoALaterLoopTurn();
    void plainThreadStartsEmpty();
    void callOutlivesItsScope();
    void capturedRun();
};

void TestTrackContext::scopeEndsWithItsObject()
{
    Instrumentation in(scopedOnly());
    QVERIFY(!in.resolve(CapturedContext::current()));
    {
        TrackContext outer(user(u"a"_s));
        QCOMPARE(in.resolve(CapturedContext::current())->userId, u"a"_s);
        {
            TrackContext inner(user(u"b"_s));
            QCOMPARE(in.resolve(CapturedContext::current())->userId, u"b"_s);
        }
        QCOMPARE(in.resolve(CapturedContext::current())->userId, u"a"_s);
    }
    QVERIFY(!CapturedContext::current().hasScope());
    QVERIFY(!in.resolve(CapturedContext::current()));
}

void TestTrackContext::trackReturnsTheValue()
{
    Instrumentation in(scopedOnly());
    const QString seen = track(user(u"t"_s), [&] { return in.resolve(CapturedContext::current())->userId; });
    QCOMPARE(seen, u"t"_s);
    QVERIFY(!CapturedContext::current().hasScope());
}

void TestTrackContext::eachTrackInvocationIsANewInstance()
{
    Instrumentation in(scopedOnly());
    Params p;
    p.useCaseName = u"create_document"_s;
    const auto instance = [&] { return track(p, [&] { return in.resolve(CapturedContext::current())->useCaseId; }); };
    const QString first = instance();
    const QString second = instance();
    QVERIFY(!first.isEmpty());
    QVERIFY(first != second);
}

void TestTrackContext::origins()
{
    Config c;
    c.globalContext.accountName = u"acme"_s;
    Instrumentation in(c);
    Params t;
    t.useCaseName = u"a"_s;
    Params ctx;
    ctx.userId = u"u"_s;
    Params headers;
    headers.limitIds = QStringList{u"L"_s};
    const Attribution a = track(t, [&] {
        TrackContext inner(ctx);
        return *in.resolve(CapturedContext::current(), headers);
    });
    QCOMPARE(a.origin(Field::AccountName), Origin::Global);
    QCOMPARE(a.origin(Field::UseCaseName), Origin::Track);
    QCOMPARE(a.origin(Field::UseCaseId), Origin::Track);
    QCOMPARE(a.origin(Field::UserId), Origin::TrackContext);
    QCOMPARE(a.origin(Field::LimitIds), Origin::CallHeader);
    QCOMPARE(a.origin(Field::UseCaseStep), Origin::None);
    QCOMPARE(a.toJson().value(u"origins"_s).toObject().value(u"user_id"_s).toString(), u"track_context"_s);
}

void TestTrackContext::bindCarriesIntoThreadPool()
{
    Instrumentation in(scopedOnly());
    QString seen;
    {
        TrackContext scope(user(u"pool"_s));
        QThreadPool::globalInstance()->start(bind([&] {
            const auto a = in.resolve(CapturedContext::current());
            seen = a ? a->userId : u"untracked"_s;
        }));
    }
    QVERIFY(QThreadPool::globalInstance()->waitForDone(5000));
    QCOMPARE(seen, u"pool"_s);
}

void TestTrackContext::bindCarriesIntoQtConcurrent()
{
    Instrumentation in(scopedOnly());
    QFuture<QString> future;
    {
        TrackContext scope(user(u"concurrent"_s));
        future = QtConcurrent::run(bind([&] { return in.resolve(CapturedContext::current())->userId; }));
    }
    QCOMPARE(future.result(), u"concurrent"_s);
}

void TestTrackContext::bindCarriesIntoALaterLoopTurn()
{
    Instrumentation in(scopedOnly());
    QString bound;
    QString unbound;
    {
        TrackContext scope(user(u"loop"_s));
        QTimer::singleShot(0, this, bind([&] { bound = in.resolve(CapturedContext::current())->userId; }));
        QTimer::singleShot(0, this, [&] {
            // Without bind the scope is gone by the time the loop runs this: untracked.
            unbound = in.resolve(CapturedContext::current()) ? u"tracked"_s : u"untracked"_s;
        });
    }
    QTRY_COMPARE(bound, u"loop"_s);
    QTRY_COMPARE(unbound, u"untracked"_s);
}

void TestTrackContext::plainThreadStartsEmpty()
{
    Instrumentation in(scopedOnly());
    TrackContext scope(user(u"main"_s));
    bool tracked = true;
    std::thread([&] { tracked = in.resolve(CapturedContext::current()).has_value(); }).join();
    QVERIFY(!tracked);
}

void TestTrackContext::callOutlivesItsScope()
{
    Instrumentation in(scopedOnly());
    TrackedCall call;
    {
        Params p;
        p.useCaseName = u"append_document"_s;
        p.useCaseId = u"doc-7"_s;
        p.userId = u"closing"_s;
        TrackContext scope(p);
        call = in.begin(CallStart{});
    }
    // Another scope is open on this thread when the call completes.
    TrackContext other(user(u"someone-else"_s));
    const CallEvent e = call.finish(CallOutcome{});
    QCOMPARE(e.attribution.userId, u"closing"_s);
    QCOMPARE(e.attribution.useCaseId, u"doc-7"_s);
}

void TestTrackContext::capturedRun()
{
    Instrumentation in(scopedOnly());
    CapturedContext captured;
    {
        TrackContext scope(user(u"kept"_s));
        captured = CapturedContext::current();
    }
    QVERIFY(!CapturedContext::current().hasScope());
    QCOMPARE(captured.run([&] { return in.resolve(CapturedContext::current())->userId; }), u"kept"_s);
    QVERIFY(!CapturedContext::current().hasScope());
}

QTEST_GUILESS_MAIN(TestTrackContext)
#include "tst_trackcontext.moc"
