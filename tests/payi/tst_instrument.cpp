// instrument() is once per process and must come before provider clients: this program
// is the only one that calls it, so it sees the process-wide state from the start.
#include "payi/Instrumentation.h"

#include <QTest>

using namespace payi;
using namespace Qt::Literals::StringLiterals;

namespace {
// A minimal provider client of the test's own: it binds when it is constructed.
class MinimalClient
{
public:
    MinimalClient() : m_binding(ClientBinding::atConstruction()) {}
    bool instrumented() const { return m_binding.isInstrumented(); }
    CallEvent call()
    {
        TrackedCall c = m_binding.begin(CallStart{});
        if (!c.isTracked())
            return CallEvent();
        return c.finish(CallOutcome{});
    }

private:
    ClientBinding m_binding;
};

class CountingSink final : public Sink
{
public:
    void consume(const CallEvent &) override { ++count; }
    int count = 0;
};
} // namespace

class TestInstrument : public QObject
{
    Q_OBJECT
private slots:
    void clientsBeforeInstrumentAreNotTracked();
};

void TestInstrument::clientsBeforeInstrumentAreNotTracked()
{
    QCoreApplication::setApplicationName(u"docs-app"_s);
    QVERIFY(!instrumentation());
    MinimalClient early;
    QVERIFY(!early.instrumented());

    Config first;
    first.globalContext.userId = u"first"_s;
    QVERIFY(instrument(first));
    Instrumentation *in = instrumentation();
    QVERIFY(in);
    auto sink = std::make_shared<CountingSink>();
    in->addSink(sink);

    Config second;
    second.globalInstrumentation = false;
    second.globalContext.userId = u"second"_s;
    QVERIFY(!instrument(second)); // changes nothing
    QCOMPARE(instrumentation(), in);
    QVERIFY(in->globalInstrumentation());
    QCOMPARE(in->globalContext().userId, u"first"_s);

    MinimalClient late;
    QVERIFY(late.instrumented());
    QVERIFY(early.call().eventId.isEmpty());
    QCOMPARE(sink->count, 0);

    const CallEvent e = late.call();
    QCOMPARE(sink->count, 1);
    // Global instrumentation: the program's name is the use case, with one generated id.
    QCOMPARE(e.attribution.useCaseName, u"docs-app"_s);
    QVERIFY(!e.attribution.useCaseId.isEmpty());
    QCOMPARE(late.call().attribution.useCaseId, e.attribution.useCaseId);
    QCOMPARE(e.attribution.userId, u"first"_s);
}

QTEST_GUILESS_MAIN(TestInstrument)
#include "tst_instrument.moc"
