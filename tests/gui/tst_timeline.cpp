// The Timeline tab over a real Backend (port 0, a temporary ledger, the simulated model),
// driven by real load runs: in global mode each call that read another request's write of
// the global context has an arrow from that request, and the misattributed ones are exactly
// the audit's, charged to what that request wrote; in scoped mode no arrow; every lane's
// phases in order; the last run's timeline after a restart on the same data folder; and a
// damaged file an empty timeline that says so. Leaves tst_timeline-global.png (1600×1000) in
// the build folder for a reviewer (docs/timeline.png is made from it).
#include "../webapp/RunningBackend.h"
#include "backend/LoadDriver.h"
#include "base/Handoff.h"
#include "gui/CostTreeModel.h"
#include "gui/MainWindow.h"
#include "gui/SeedDemo.h"
#include "gui/TimelineModel.h"
#include "gui/TimelinePanel.h"
#include "gui/TimelineView.h"
#include "ledger/Ledger.h"

#include <QDir>
#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Expected
{
    QString useCaseId;
    QString userId;
    bool operator==(const Expected &) const = default;
};

} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void emptyBeforeAnyRun();
    void globalRunArrowsComeFromTheWriter();
    void followsARunLive();
    void scopedRunHasNoArrow();
    void survivesARestart();
    void damagedFileIsAnEmptyTimelineThatSaysSo_data();
    void damagedFileIsAnEmptyTimelineThatSaysSo();
    void zoomKeepsThePointUnderThePointer();
    void pictureOfTheSeedDemosGlobalRun();
    void clickShowsTheCallInTheInspector();

private:
    void start();
    void stop();
    // Runs plan in mode to its end and lets the panel read it all.
    void runLoad(backend::InstrumentationMode mode, int requests);
    void runLoad(backend::InstrumentationMode mode, const backend::LoadPlan &plan);
    void checkPhasesInOrder() const;
    void savePng(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RunningBackend> m_running;
    std::unique_ptr<gui::TimelinePanel> m_panel;
};

void TestTimeline::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    start();
}

void TestTimeline::start()
{
    m_running = RunningBackend::start(m_dir->path());
    QVERIFY(m_running);
    m_panel = std::make_unique<gui::TimelinePanel>(*m_running->backend);
    m_panel->resize(1600, 1000);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestTimeline::stop()
{
    m_panel.reset();
    if (m_running)
        m_running->backend->shutdown(std::chrono::seconds(5));
    m_running.reset();
}

void TestTimeline::cleanup()
{
    stop();
    m_dir.reset();
}

void TestTimeline::savePng(const QString &name) const
{
    const QString png = QDir(QCoreApplication::applicationDirPath()).filePath(u"tst_timeline-%1.png"_s.arg(name));
    QVERIFY(m_panel->grab().save(png));
    qInfo("screenshot: %s", qPrintable(png));
}

void TestTimeline::runLoad(backend::InstrumentationMode mode, int requests)
{
    backend::LoadPlan plan; // the Load & audit tab's defaults
    plan.requests = requests;
    runLoad(mode, plan);
}

void TestTimeline::runLoad(backend::InstrumentationMode mode, const backend::LoadPlan &plan)
{
    m_running->backend->setMode(mode);
    QObject owner;
    backend::LoadDriver *driver = m_running->backend->startLoad(plan, &owner);
    QSignalSpy finished(driver, &backend::LoadDriver::finished);
    // Live: the panel shows the run while it runs.
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->model().isLive() || !finished.isEmpty(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    const auto progress = finished.first().first().value<backend::LoadProgress>();
    QCOMPARE(progress.calls(), plan.requests);
    m_panel->poll();
    QVERIFY(!m_panel->model().isLive());
    // Every request of the run has its lane: the documents made first, then the plan's.
    QCOMPARE(int(m_panel->model().lanes().size()), plan.requests + plan.documentsToMake());
    QVERIFY(m_running->backend->ledger().flush());
}

void TestTimeline::checkPhasesInOrder() const
{
    const std::vector<gui::TimelineLane> &lanes = m_panel->model().lanes();
    for (size_t i = 0; i < lanes.size(); ++i) {
        const gui::TimelineLane &l = lanes[i];
        const QString which = u"lane %1"_s.arg(i);
        QVERIFY2(l.modelCall >= l.opened && l.modelAnswered >= l.modelCall && l.answered >= l.modelAnswered,
                 qPrintable(which));
        QCOMPARE(l.ledgerRead >= 0, l.append); // only an append waits for the ledger
        if (l.append)
            QVERIFY2(l.ledgerRead >= l.opened && l.modelCall >= l.ledgerRead, qPrintable(which));
        QCOMPARE(l.status, l.append ? 200 : 201);
        if (i > 0)
            QVERIFY2(l.opened >= lanes[i - 1].opened, qPrintable(which)); // lanes in the order they opened
    }
}

void TestTimeline::emptyBeforeAnyRun()
{
    auto *empty = m_panel->findChild<QLabel *>(u"timelineEmpty"_s);
    QVERIFY(empty->isVisible());
    QVERIFY(!m_panel->view()->isVisible());
    QVERIFY(m_panel->emptyText().startsWith(u"No timeline yet. Run ▸ Run the seed demo"_s));
    QVERIFY(m_panel->emptyText().contains(u"Load & audit"_s));
    QVERIFY(empty->text().contains(u"<b>No timeline yet.</b>"_s));
    QVERIFY(empty->text().contains(u"Load &amp; audit"_s));
    QVERIFY(!QFile::exists(m_running->backend->timelinePath()));
    savePng(u"empty"_s);
}

void TestTimeline::globalRunArrowsComeFromTheWriter()
{
    backend::LoadPlan plan;
    plan.requests = 200;
    runLoad(backend::InstrumentationMode::Global, plan);
    const gui::TimelineModel &model = m_panel->model();
    auto *pages = m_panel->findChild<QStackedWidget *>();
    QCOMPARE(pages->currentWidget(), m_panel->view());
    QVERIFY(m_panel->view()->isVisible());
    checkPhasesInOrder();

    // Against the recorded trace: each call read the last write recorded before it.
    const backend::TimelineUpdate trace = m_running->backend->timeline(model.run(), 0);
    QHash<quint32, quint32> lastWriterAtCall;
    quint32 lastWriter = 0;
    QList<quint32> writers;
    for (const backend::TimelineEntry &e : trace.entries) {
        if (e.phase == backend::TimelinePhase::Opened && e.has(backend::TimelineEntry::Global)) {
            lastWriter = e.request;
            writers << e.request;
        }
        if (e.phase == backend::TimelinePhase::ModelCall)
            lastWriterAtCall.insert(e.request, lastWriter);
    }
    // Every write of the global context is marked, by the lane of the request that made it.
    QList<quint32> marked;
    for (const gui::TimelineWrite &write : model.writes()) {
        QVERIFY(write.lane >= 0);
        marked << model.lanes()[size_t(write.lane)].serial;
    }
    QCOMPARE(marked, writers);
    QCOMPARE(int(writers.size()), plan.requests + plan.documentsToMake());
    // Against the audit and the ledger: what each request expected, and what its call was charged to.
    const base::Result<QList<backend::StoredEvent>> events = m_running->backend->ledger().eventsAfter(0, 10000);
    QVERIFY(events);
    QHash<QString, Expected> expected;
    QHash<QString, Expected> charged;
    QSet<QString> misattributed;
    for (const backend::StoredEvent &s : *events) {
        const QString request = QUuid::fromString(s.event.requestId).toString(QUuid::WithoutBraces);
        charged.insert(request, {s.event.attribution.useCaseId, s.event.attribution.userId});
        const bool wrong = s.audit.verdict == ledger::AuditFinding::Verdict::Misattributed;
        expected.insert(request,
                        wrong ? Expected{s.audit.expectedUseCaseId, s.audit.expectedUserId} : charged.value(request));
        if (wrong)
            misattributed.insert(request);
    }
    QVERIFY2(!misattributed.isEmpty(), "a global run of the default plan collides");
    QCOMPARE(m_running->backend->auditCounts().misattributed, qint64(misattributed.size()));

    const std::vector<gui::TimelineLane> &lanes = model.lanes();
    QSet<QString> drawnMisattributed;
    int took = 0;
    for (size_t i = 0; i < lanes.size(); ++i) {
        const gui::TimelineLane &lane = lanes[i];
        const QString request = lane.requestId.toString(QUuid::WithoutBraces);
        QVERIFY(lane.global);
        QCOMPARE(lane.writer < 0 ? lane.serial : lanes[size_t(lane.writer)].serial,
                 lastWriterAtCall.value(lane.serial));
        if (!lane.tookOtherWrite())
            continue;
        ++took;
        QVERIFY2(!lane.append || lane.ledgerRead >= 0, "only an append waits between its write and its call");
        QVERIFY2(lane.writer >= 0, "the writer is a request of the run");
        const QString writer = lanes[size_t(lane.writer)].requestId.toString(QUuid::WithoutBraces);
        // The call was charged to exactly what the writer wrote: the writer's own attribution.
        QCOMPARE(charged.value(request), expected.value(writer));
        if (lane.misattributed())
            drawnMisattributed.insert(request);
    }
    QCOMPARE(drawnMisattributed, misattributed);
    QCOMPARE(model.misattributed(), int(misattributed.size()));
    QCOMPARE(model.tookOtherWrite(), took);
    for (const gui::TimelineLane &lane : lanes)
        QVERIFY2(lane.append || !lane.tookOtherWrite(), "a create never reads another's write");

    // The arrows drawn: scrolled to the first misattributed lane, its arrow comes from its writer.
    const auto first = std::find_if(lanes.begin(), lanes.end(), [](const auto &l) { return l.misattributed(); });
    const int index = int(first - lanes.begin());
    gui::TimelineView *view = m_panel->view();
    view->verticalScrollBar()->setValue(std::max(0, (index - 5) * gui::TimelineView::RowHeight));
    QVERIFY(view->arrowsInView().contains(QPair<int, int>(first->writer, index)));
    for (const auto &[from, to] : view->arrowsInView())
        QCOMPARE(from, lanes[size_t(to)].writer);
    QVERIFY(view->describe(index).contains(u"Misattributed"_s));
    QVERIFY(view->describe(index).contains(u"request #%1's write"_s.arg(first->writer + 1)));
    QVERIFY(m_panel->summary().contains(u"%1 of them misattributed"_s.arg(misattributed.size())));

    // The tab as a reviewer sees it, from the top of the run.
    view->verticalScrollBar()->setValue(0);
    savePng(u"global"_s);
}

// A run at 2,000 requests a second is on the tab while it runs: live, its lanes growing from
// one poll to the next before the run ends, the arrows of its collisions drawn as they come.
void TestTimeline::followsARunLive()
{
    m_running->backend->setMode(backend::InstrumentationMode::Global);
    backend::LoadPlan plan;
    plan.requests = 8000;
    plan.ratePerSecond = 2000;
    plan.concurrency = 400;
    QObject owner;
    backend::LoadDriver *driver = m_running->backend->startLoad(plan, &owner);
    QSignalSpy finished(driver, &backend::LoadDriver::finished);
    const gui::TimelineModel &model = m_panel->model();
    QTRY_VERIFY_WITH_TIMEOUT(model.isLive() && model.lanes().size() > 100, 20000);
    const size_t seen = model.lanes().size();
    QVERIFY2(finished.isEmpty(), "the panel showed the run only at its end");
    QTRY_VERIFY_WITH_TIMEOUT(model.lanes().size() > seen, 5000);
    QVERIFY2(finished.isEmpty(), "the lanes grew only at the end of the run");
    QVERIFY(model.isLive());
    QTRY_VERIFY_WITH_TIMEOUT(model.tookOtherWrite() > 0, 20000);
    QVERIFY2(finished.isEmpty(), "the collisions were drawn only at the end of the run");
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 120000);
    m_panel->poll();
    QVERIFY(!model.isLive());
    QCOMPARE(int(model.lanes().size()), plan.requests + plan.documentsToMake());
}

void TestTimeline::scopedRunHasNoArrow()
{
    runLoad(backend::InstrumentationMode::Scoped, 120);
    checkPhasesInOrder();
    const gui::TimelineModel &model = m_panel->model();
    QVERIFY(model.writes().empty());
    QCOMPARE(model.tookOtherWrite(), 0);
    QCOMPARE(model.misattributed(), 0);
    for (const gui::TimelineLane &lane : model.lanes()) {
        QVERIFY(!lane.global);
        QCOMPARE(lane.writer, -1);
    }
    gui::TimelineView *view = m_panel->view();
    for (int top = 0; top <= view->verticalScrollBar()->maximum(); top += view->verticalScrollBar()->pageStep()) {
        view->verticalScrollBar()->setValue(top);
        QVERIFY(view->arrowsInView().isEmpty());
    }
    QVERIFY(view->describe(0).contains(u"recorded its own scope's"_s));
    savePng(u"scoped"_s);
}

void TestTimeline::survivesARestart()
{
    runLoad(backend::InstrumentationMode::Global, 100);
    QTRY_VERIFY(QFile::exists(m_running->backend->timelinePath())); // written on the thread pool
    const std::vector<gui::TimelineLane> before = m_panel->model().lanes();
    const QDateTime started = m_panel->model().started();
    stop();
    base::workPool()->waitForDone();
    start();
    const gui::TimelineModel &model = m_panel->model();
    QVERIFY(model.isRestored());
    QCOMPARE(model.started(), started);
    QCOMPARE(model.mode(), backend::InstrumentationMode::Global);
    QCOMPARE(model.lanes().size(), before.size());
    for (size_t i = 0; i < before.size(); ++i) {
        const gui::TimelineLane &a = before[i];
        const gui::TimelineLane &b = model.lanes()[i];
        QCOMPARE(b.requestId, a.requestId);
        QCOMPARE(b.writer, a.writer);
        QCOMPARE(b.misattributed(), a.misattributed());
        QCOMPARE(b.answered - b.opened, a.answered - a.opened);
    }
    QVERIFY(m_panel->summary().contains(u"before this start"_s));
}

void TestTimeline::damagedFileIsAnEmptyTimelineThatSaysSo_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("garbage") << QByteArray("not a timeline at all, but long enough to have a header");
    // The header says 5 entries; none follows.
    QTest::newRow("cut short") << QByteArray("CBTIMELN\x01\0\0\0\x01", 13) + QByteArray(16, '\0')
                                      + QByteArray("\x05\0\0\0\0\0\0\0", 8);
}

void TestTimeline::damagedFileIsAnEmptyTimelineThatSaysSo()
{
    QFETCH(QByteArray, bytes);
    const QString path = m_running->backend->timelinePath();
    stop();
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    start();
    auto *empty = m_panel->findChild<QLabel *>(u"timelineEmpty"_s);
    QVERIFY(empty->isVisible());
    const QString text = m_panel->emptyText();
    QVERIFY2(text.startsWith(u"The last run's timeline could not be read (the timeline file is damaged"_s),
             qPrintable(text));
    QVERIFY(text.contains(u"Run ▸ Run the seed demo"_s));
    QVERIFY(empty->text().contains(u"the timeline file is damaged"_s));
    // The next run replaces it.
    runLoad(backend::InstrumentationMode::Scoped, 10);
    QCOMPARE(m_panel->findChild<QStackedWidget *>()->currentWidget(), m_panel->view());
    QTRY_VERIFY(bool(backend::TimelineTrace::load(path)));
}

void TestTimeline::zoomKeepsThePointUnderThePointer()
{
    runLoad(backend::InstrumentationMode::Scoped, 40);
    gui::TimelineView *view = m_panel->view();
    const gui::TimelineLane &lane = m_panel->model().lanes()[20];
    QTest::keyClick(view, Qt::Key_Plus);
    QVERIFY(view->zoom() > 1.0);
    const int x = view->xOf(lane.modelCall);
    const double before = view->zoom();
    view->setZoom(8.0, x);
    // Within what a pixel before the zoom spans after it.
    QVERIFY2(std::abs(view->xOf(lane.modelCall) - x) <= 1 + int(std::ceil(8.0 / before)),
             qPrintable(u"%1 %2"_s.arg(view->xOf(lane.modelCall)).arg(x)));
    QTest::keyClick(view, Qt::Key_0);
    QCOMPARE(view->zoom(), 1.0);
    QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
    // A click selects the lane under the pointer.
    QSignalSpy selected(m_panel.get(), &gui::TimelinePanel::requestSelected);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(x, view->rowY(20) + 4));
    QCOMPARE(view->selectedLane(), 20);
    QCOMPARE(selected.last().first().toString(), lane.requestId.toString(QUuid::WithoutBraces));
}

// The seed demo's global step (40 requests, 20 at once), the tab at 1600×1000 as the README shows it.
void TestTimeline::pictureOfTheSeedDemosGlobalRun()
{
    // The model's answer at 20 ms whatever its length, as the load panel sets it: the waits show.
    QCOMPARE(m_running->call("PUT", u"/sim/settings"_s, R"({"base_latency_ms": 20, "per_token_ms": 0})").status, 200);
    runLoad(backend::InstrumentationMode::Global, gui::SeedDemo::loadPlan());
    checkPhasesInOrder();
    QVERIFY(!m_panel->view()->arrowsInView().isEmpty());
    // Zoomed on the run's first wave, where the appends wait for the ledger and collide.
    const gui::TimelineModel &model = m_panel->model();
    const auto wave =
        std::find_if(model.lanes().begin(), model.lanes().end(), [](const gui::TimelineLane &l) { return l.append; });
    QVERIFY(wave != model.lanes().end());
    gui::TimelineView *view = m_panel->view();
    view->setZoom(2.0);
    QScrollBar *time = view->horizontalScrollBar();
    time->setValue(time->value() + view->xOf(wave->opened - 2'000'000) - gui::TimelineView::LabelWidth);
    QVERIFY(!view->arrowsInView().isEmpty());
    savePng(u"seed-demo-global"_s);
}

// In the window, a lane clicked selects its request's call in the cost tree, which the
// inspector shows.
void TestTimeline::clickShowsTheCallInTheInspector()
{
    gui::MainWindow window(*m_running->backend);
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *tabs = window.findChild<QTabWidget *>(u"mainTabs"_s);
    auto *panel = window.findChild<gui::TimelinePanel *>(u"timelinePanel"_s);
    QVERIFY(panel);
    tabs->setCurrentWidget(panel);
    runLoad(backend::InstrumentationMode::Global, 20);
    panel->poll();
    const gui::TimelineLane lane = panel->model().lanes()[7];
    auto *tree = window.findChild<QTreeView *>(u"costTree"_s);
    const auto shownRequest = [tree] {
        return QUuid::fromString(
            tree->currentIndex().data(gui::CostTreeModel::CallEventRole).value<payi::CallEvent>().requestId);
    };
    // The tree reads the events as they become durable: click until it has this one.
    QTRY_VERIFY_WITH_TIMEOUT((panel->view()->selectLane(7), shownRequest() == lane.requestId), 10000);
    QCOMPARE(tabs->currentWidget(), panel); // the timeline stays in front
}

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
