// The cost tree's "older instances — show more" row (issue 22 point 5, issue 23): a use case
// with more instances than the tree shows says how many it does not show, and activating the
// row pages them in through the real HTTP API of a real backend, newest first, until none is
// left; the row stays last whatever the sort.
#include "support/SampleEvents.h"

#include "backend/Backend.h"
#include "gui/ApiClient.h"
#include "gui/CostTreeModel.h"
#include "gui/CostTreePager.h"
#include "ledger/Ledger.h"
#include "payi/Instrumentation.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int Instances = 450;
const QString UseCase = u"create_document"_s;

QString instanceId(int i)
{
    return u"c-%1"_s.arg(i, 4, 10, QLatin1Char('0'));
}

} // namespace

class TestCostTreePages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void showMore_data();
    void showMore();
    void newestAreNotOlder();
    void liveCallsPastTheCapAreCounted();
    void callsPastTheCapAreCounted();

private:
    QString moreText(const gui::CostTreeModel &tree) const;
    // Stores count calls of useCase, call i in instance instanceOf(i), each with its own event
    // id; returns the ledger's last sequence number before them.
    qint64 submitCalls(const QString &useCase, int count, const std::function<QString(int)> &instanceOf);

    QTemporaryDir m_dir;
    std::unique_ptr<payi::Instrumentation> m_instrumentation;
    std::unique_ptr<backend::Backend> m_backend;
    std::unique_ptr<gui::ApiClient> m_api;
    QList<backend::StoredEvent> m_events; // one call per instance, oldest first
};

void TestCostTreePages::initTestCase()
{
    backend::ServerOptions options;
    options.port = 0;
    options.dataDir = m_dir.path();
    payi::Config config;
    config.globalInstrumentation = false;
    config.prices = *backend::Backend::loadPrices(options);
    m_instrumentation = std::make_unique<payi::Instrumentation>(config);
    auto started = backend::Backend::start(options, *m_instrumentation);
    QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
    m_backend = std::move(started).value();
    m_api = std::make_unique<gui::ApiClient>(m_backend->url(), QString());
    ledger::Ledger &ledger = m_backend->ledger();
    for (int i = 0; i < Instances; ++i) {
        payi::CallEvent event = sample::fullEvent();
        event.attribution.useCaseName = UseCase;
        event.attribution.useCaseId = instanceId(i);
        event.cost.total = payi::Money::fromPico(1000 + i);
        ledger.submit(event);
    }
    QVERIFY(ledger.flush());
    const auto events = ledger.eventsAfter(0, 1000);
    QVERIFY(events);
    m_events = *events;
    QCOMPARE(m_events.size(), Instances);
}

void TestCostTreePages::cleanupTestCase()
{
    m_api.reset();
    m_backend->shutdown(std::chrono::seconds(5));
    m_backend.reset();
    m_instrumentation.reset();
}

qint64 TestCostTreePages::submitCalls(const QString &useCase, int count, const std::function<QString(int)> &instanceOf)
{
    ledger::Ledger &ledger = m_backend->ledger();
    const qint64 after = ledger.durableSeq();
    for (int i = 0; i < count; ++i) {
        payi::CallEvent event = sample::fullEvent();
        event.eventId = u"%1-%2"_s.arg(useCase).arg(i);
        event.attribution.useCaseName = useCase;
        event.attribution.useCaseId = instanceOf(i);
        ledger.submit(event);
    }
    if (!ledger.flush())
        qFatal("the ledger did not store the calls");
    return after;
}

QString TestCostTreePages::moreText(const gui::CostTreeModel &tree) const
{
    return tree.olderInstancesIndex(UseCase).data().toString();
}

void TestCostTreePages::showMore_data()
{
    QTest::addColumn<int>("shown");       // instances the tree had from the event feed: the newest
    QTest::addColumn<QString>("first");   // the row after that
    QTest::addColumn<QString>("clicked"); // the row after one "show more"
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::newRow("10 shown: a page of 200 brings 190 more")
        << 10 << u"440 older instances — show more"_s << u"250 older instances — show more"_s << Qt::DescendingOrder;
    // The newest page is shown already: the tree goes on to the next one by itself.
    QTest::newRow("200 shown: the newest page is skipped")
        << 200 << u"250 older instances — show more"_s << u"50 older instances — show more"_s << Qt::AscendingOrder;
}

void TestCostTreePages::showMore()
{
    QFETCH(int, shown);
    QFETCH(QString, first);
    QFETCH(QString, clicked);
    QFETCH(Qt::SortOrder, order);
    gui::CostTreeModel tree;
    gui::CostTreeFilter proxy;
    proxy.setSourceModel(&tree);
    QTreeView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.sortByColumn(gui::CostTreeModel::LastActivity, order);
    view.resize(900, 300);
    view.setColumnWidth(gui::CostTreeModel::Name, 320);
    gui::CostTreePager pager(*m_api, &tree, &view, &proxy);
    QSignalSpy wanted(&tree, &gui::CostTreeModel::olderInstancesWanted);

    tree.addEvents(m_events.mid(Instances - shown), m_backend->snapshot());
    QVERIFY(!tree.olderInstancesIndex(UseCase).isValid()); // before the snapshot's count is known
    tree.applySnapshot(m_backend->snapshot());
    QCOMPARE(moreText(tree), first);
    const QModelIndex useCase = proxy.mapFromSource(tree.useCaseIndex(UseCase));
    view.expand(useCase);
    // Last, in either order.
    const QModelIndex last = proxy.index(proxy.rowCount(useCase) - 1, 0, useCase);
    QCOMPARE(last.data().toString(), first);

    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setCurrentIndex(last);
    QTest::keyClick(view.viewport(), Qt::Key_Return);
    QCOMPARE(moreText(tree), u"Loading older instances…"_s);
    QTRY_COMPARE(moreText(tree), clicked);
    QCOMPARE(wanted.first().at(0).toString(), UseCase);
    QCOMPARE(wanted.first().at(1).toString(), QString()); // from the newest
    QCOMPARE(wanted.size(), shown == 200 ? 2 : 1);
    view.scrollTo(proxy.mapFromSource(tree.olderInstancesIndex(UseCase)));
    const QString png = QDir(QCoreApplication::applicationDirPath()).filePath(u"tst_costtreepages-%1.png"_s.arg(shown));
    QVERIFY(view.grab().save(png));
    qInfo("screenshot: %s", qPrintable(png));

    // An instance paged in has its totals from the ledger's file.
    const QModelIndex paged = tree.instanceIndex(UseCase, instanceId(Instances - shown - 1));
    QVERIFY(paged.isValid());
    QCOMPARE(paged.siblingAtColumn(gui::CostTreeModel::Calls).data().toLongLong(), 1);
    QCOMPARE(paged.siblingAtColumn(gui::CostTreeModel::Cost).data(gui::CostTreeModel::SortRole).toLongLong(),
             1000 + Instances - shown - 1);
    QVERIFY(!paged.siblingAtColumn(gui::CostTreeModel::LastActivity).data().toString().isEmpty());
    QCOMPARE(tree.rowCount(paged), 1);
    QCOMPARE(tree.index(0, 0, paged).data().toString(), u"1 call not shown — see File ▸ Export events"_s);

    // Until every instance is shown: then the row goes.
    for (int clicks = 0; tree.olderInstancesIndex(UseCase).isValid() && clicks < 5; ++clicks) {
        tree.showOlder(tree.olderInstancesIndex(UseCase));
        QTRY_VERIFY(!moreText(tree).startsWith(u"Loading"_s));
    }
    QVERIFY(!tree.olderInstancesIndex(UseCase).isValid());
    QCOMPARE(tree.rowCount(tree.useCaseIndex(UseCase)), Instances);
    QVERIFY(tree.instanceIndex(UseCase, instanceId(0)).isValid());
}

// A snapshot counts the newest instances before the event feed brings their calls: they are
// not "older" meanwhile (the row would come and go under load).
void TestCostTreePages::newestAreNotOlder()
{
    gui::CostTreeModel tree;
    const backend::CostSnapshot snapshot = m_backend->snapshot();
    tree.applySnapshot(snapshot);
    QVERIFY(tree.useCaseIndex(UseCase).isValid());
    QVERIFY(!tree.olderInstancesIndex(UseCase).isValid());
    tree.addEvents(m_events.mid(0, Instances / 2), snapshot); // not yet the events the snapshot counted
    QVERIFY(!tree.olderInstancesIndex(UseCase).isValid());
    tree.addEvents(m_events.mid(Instances / 2), snapshot);
    QCOMPARE(tree.rowCount(tree.useCaseIndex(UseCase)), Instances);
    QVERIFY(!tree.olderInstancesIndex(UseCase).isValid());

    gui::CostTreeModel behind;
    behind.applySnapshot(snapshot);
    behind.addEvents(m_events.mid(Instances - 10), snapshot);
    QCOMPARE(moreText(behind), u"440 older instances — show more"_s); // the counts wait for the events
}

// Calls arriving live for more instances than the tree keeps a use case (MaxInstancesPerUseCase):
// the oldest rows go, and the row after the kept ones counts them, the thousands grouped.
void TestCostTreePages::liveCallsPastTheCapAreCounted()
{
    const QString busy = u"busy_case"_s;
    constexpr int Busy = gui::CostTreeModel::MaxInstancesPerUseCase + 1300;
    ledger::Ledger &ledger = m_backend->ledger();
    const qint64 after = submitCalls(busy, Busy, [](int i) { return u"b-%1"_s.arg(i, 5, 10, QLatin1Char('0')); });
    const backend::CostSnapshot snapshot = m_backend->snapshot();
    QCOMPARE(snapshot.instanceCount(busy), Busy);

    const QLocale locale;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    gui::CostTreeModel tree;
    tree.applySnapshot(snapshot);
    // As the event feed brings them: pages of 500.
    for (qint64 seq = after;;) {
        const auto page = ledger.eventsAfter(seq, 500);
        QVERIFY(page);
        if (page->isEmpty())
            break;
        tree.addEvents(*page, snapshot);
        seq = page->last().seq;
    }
    const QString more = tree.olderInstancesIndex(busy).data().toString();
    QLocale::setDefault(locale);
    QCOMPARE(more, u"1,300 older instances — show more"_s);
    QVERIFY(tree.instanceIndex(busy, u"b-%1"_s.arg(Busy - 1, 5, 10, QLatin1Char('0'))).isValid());
    QVERIFY(tree.instanceIndex(busy, u"b-01300"_s).isValid());
    QVERIFY(!tree.instanceIndex(busy, u"b-01299"_s).isValid());
    QVERIFY(!tree.instanceIndex(busy, u"b-00000"_s).isValid());
}

// An instance with more calls than the tree keeps (MaxCallsPerInstance) ends with a row that
// counts the others and says where they all are; it is a count, not a page to load.
void TestCostTreePages::callsPastTheCapAreCounted()
{
    const QString useCase = u"chatty_case"_s;
    constexpr int Calls = gui::CostTreeModel::MaxCallsPerInstance + 70;
    ledger::Ledger &ledger = m_backend->ledger();
    const qint64 after = submitCalls(useCase, Calls, [](int) { return u"one-instance"_s; });
    const backend::CostSnapshot snapshot = m_backend->snapshot();
    const auto events = ledger.eventsAfter(after, 1000);
    QVERIFY(events);
    QCOMPARE(events->size(), Calls);

    gui::CostTreeModel tree;
    tree.addEvents(events->mid(0, 30), snapshot); // the snapshot counts calls the tree has not had yet
    const QModelIndex instance = tree.instanceIndex(useCase, u"one-instance"_s);
    QVERIFY(instance.isValid());
    QCOMPARE(tree.rowCount(instance), 30);
    tree.addEvents(events->mid(30), snapshot);
    QCOMPARE(tree.rowCount(instance), gui::CostTreeModel::MaxCallsPerInstance + 1);
    const QModelIndex more = tree.index(gui::CostTreeModel::MaxCallsPerInstance, 0, instance);
    QCOMPARE(more.data(gui::CostTreeModel::KindRole).toInt(), int(gui::CostTreeModel::Kind::More));
    QCOMPARE(more.data().toString(), u"70 calls not shown — see File ▸ Export events"_s);
    QVERIFY(more.data(Qt::ToolTipRole).toString().contains(u"GET /events"_s));
    QTreeView view;
    view.setModel(&tree);
    view.resize(900, 300);
    view.setColumnWidth(gui::CostTreeModel::Name, 420);
    view.expandAll();
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.scrollTo(more);
    const QString png = QDir(QCoreApplication::applicationDirPath()).filePath(u"tst_costtreepages-calls.png"_s);
    QVERIFY(view.grab().save(png));
    qInfo("screenshot: %s", qPrintable(png));
    QCOMPARE(instance.siblingAtColumn(gui::CostTreeModel::Calls).data().toLongLong(), Calls);
    // Not a page to load: activating it asks for nothing.
    QSignalSpy wanted(&tree, &gui::CostTreeModel::olderInstancesWanted);
    tree.showOlder(more);
    QVERIFY(wanted.isEmpty());
    QCOMPARE(more.data().toString(), u"70 calls not shown — see File ▸ Export events"_s);
}

QTEST_MAIN(TestCostTreePages)
#include "tst_costtreepages.moc"
