// The Load & audit panel over a real Backend (port 0, a temporary ledger, the simulated
// model), driven by its buttons: the documents it makes first, the verdict and the sentence
// that explains it in both modes, plurals, and the seed demo's note cleared by the next run.
// Leaves a PNG of the panel after each run in the build folder for a reviewer to open.
#include "backend/Backend.h"
#include "gui/ApiClient.h"
#include "gui/LoadPanel.h"
#include "gui/SeedDemo.h"
#include "payi/Instrumentation.h"
#include "support/HttpProbe.h"

#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

backend::LoadProgress counts(int creates, int appends, int createsMisattributed, int appendsMisattributed)
{
    backend::LoadProgress p;
    p.creates = creates;
    p.appends = appends;
    p.createsMisattributed = createsMisattributed;
    p.appendsMisattributed = appendsMisattributed;
    return p;
}

} // namespace

class TestLoadPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void noCountBeforeARun();
    void run_data();
    void run();
    void explanation_data();
    void explanation();
    void noteOfTheSeedDemoGoesWithTheNextRun();
    void seedDemoStepsStayDuringItsRuns();
    void documentsThatCannotBeMadeAreReported();
    void serverThatDoesNotAnswerSendsNothing();

private:
    template <typename T>
    T *child(const QString &name) const
    {
        T *found = m_panel->findChild<T *>(name);
        if (!found)
            qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return found;
    }
    void savePng(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<payi::Instrumentation> m_instrumentation;
    std::unique_ptr<backend::Backend> m_backend;
    std::unique_ptr<gui::ApiClient> m_api;
    std::unique_ptr<gui::LoadPanel> m_panel;
};

void TestLoadPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    backend::ServerOptions options;
    options.port = 0;
    options.dataDir = m_dir->path();
    options.simLatencyMs = 20;
    options.simulation = backend::SimulationSettings{.baseLatencyMs = 20, .perTokenMs = 0};
    payi::Config config;
    config.globalInstrumentation = false;
    config.prices = *backend::Backend::loadPrices(options);
    m_instrumentation = std::make_unique<payi::Instrumentation>(config);
    base::Result<std::unique_ptr<backend::Backend>> backend = backend::Backend::start(options, *m_instrumentation);
    QVERIFY2(backend, qPrintable(backend ? QString() : backend.error().message));
    m_backend = std::move(backend).value();
    m_api = std::make_unique<gui::ApiClient>(m_backend->url(), QString());
    m_panel = std::make_unique<gui::LoadPanel>(*m_backend, *m_api);
    m_panel->resize(900, 620);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestLoadPanel::cleanup()
{
    m_panel.reset();
    m_api.reset();
    if (m_backend)
        m_backend->shutdown(std::chrono::seconds(5));
    m_backend.reset();
    m_instrumentation.reset();
    m_dir.reset();
}

void TestLoadPanel::savePng(const QString &name) const
{
    const QString png = QDir(QCoreApplication::applicationDirPath()).filePath(u"tst_loadpanel-%1.png"_s.arg(name));
    QVERIFY(m_panel->grab().save(png));
    qInfo("screenshot: %s", qPrintable(png));
}

void TestLoadPanel::noCountBeforeARun()
{
    auto *progress = child<QProgressBar>(u"loadProgress"_s);
    QVERIFY(!progress->isTextVisible()); // no "0 of 1 requests" before any run
    QVERIFY(child<QLabel>(u"loadBanner"_s)->text().startsWith(u"No run yet."_s));
    QVERIFY(child<QLabel>(u"loadExplanation"_s)->isHidden());
    QVERIFY(child<QLabel>(u"loadNote"_s)->isHidden());
    savePng(u"before-a-run"_s);
}

void TestLoadPanel::run_data()
{
    QTest::addColumn<bool>("global");
    QTest::addColumn<int>("requests");
    QTest::addColumn<int>("createPercent");
    QTest::addColumn<int>("documents");
    QTest::addColumn<QString>("making");       // the banner while the documents are made ("": none made)
    QTest::addColumn<QString>("running");      // the banner while the run proper runs
    QTest::addColumn<QString>("progressText"); // the bar at the end
    QTest::addColumn<QString>("verdict");      // a pattern
    QTest::addColumn<QString>("explanation");  // a pattern

    const QString collided =
        u" took another request's attribution: an append waits for the ledger between setting the global context "
        "and calling the model, and other requests overwrote the context meanwhile\\."_s;
    QTest::newRow("global, panel defaults")
        << true << 200 << 50 << 5 << u"Making 5 documents to append to…"_s
        << u"Running 200 requests (100 creates, 100 appends) in global mode…"_s << u"200 of 200 requests"_s
        << u"^200 calls, [1-9]\\d* misattributed — highlighted in the Costs tab$"_s
        << u"^[1-9]\\d* of 100 appends"_s + collided + u'$';
    QTest::newRow("scoped, panel defaults")
        << false << 200 << 50 << 5 << u"Making 5 documents to append to…"_s
        << u"Running 200 requests (100 creates, 100 appends) in scoped mode…"_s << u"200 of 200 requests"_s
        << u"^200 calls, 0 misattributed$"_s << u"^Each request's scope kept its own attribution\\.$"_s;
    QTest::newRow("global, only creates")
        << true << 20 << 100 << 5 << QString() << u"Running 20 requests (20 creates, 0 appends) in global mode…"_s
        << u"20 of 20 requests"_s << u"^20 calls, 0 misattributed$"_s
        << u"^No call could collide: every request was a create, which calls the model in the same turn in which "
           "it sets the context\\.$"_s;
    QTest::newRow("global, one append") << true << 1 << 0 << 1 << u"Making 1 document to append to…"_s
                                        << u"Running 1 request (0 creates, 1 append) in global mode…"_s
                                        << u"1 of 1 request"_s << u"^1 call, 0 misattributed$"_s
                                        << u"^The append did not collide: "_s;
    QTest::newRow("scoped, two requests")
        << false << 2 << 50 << 1 << u"Making 1 document to append to…"_s
        << u"Running 2 requests (1 create, 1 append) in scoped mode…"_s << u"2 of 2 requests"_s
        << u"^2 calls, 0 misattributed$"_s << u"^Each request's scope kept its own attribution\\.$"_s;
}

void TestLoadPanel::run()
{
    QFETCH(bool, global);
    QFETCH(int, requests);
    QFETCH(int, createPercent);
    QFETCH(int, documents);
    QFETCH(QString, making);
    QFETCH(QString, running);
    QFETCH(QString, progressText);
    QFETCH(QString, verdict);
    QFETCH(QString, explanation);

    m_backend->setMode(global ? backend::InstrumentationMode::Global : backend::InstrumentationMode::Scoped);
    backend::LoadPlan plan = m_panel->plan(); // the panel's defaults
    plan.requests = requests;
    plan.createPercent = createPercent;
    plan.documents = documents;
    m_panel->setPlan(plan);
    // Slow enough for each phase's banner to be seen.
    child<QSpinBox>(u"loadLatency"_s)->setValue(250);
    QSignalSpy finished(m_panel.get(), &gui::LoadPanel::finished);
    auto *banner = child<QLabel>(u"loadBanner"_s);
    auto *progress = child<QProgressBar>(u"loadProgress"_s);
    QTest::mouseClick(child<QPushButton>(u"runLoad"_s), Qt::LeftButton);
    if (!making.isEmpty()) {
        QTRY_COMPARE(banner->text(), making);
        QVERIFY(progress->isTextVisible());
        QVERIFY(progress->text().endsWith(documents == 1 ? u" of 1 document"_s : u" of %1 documents"_s.arg(documents)));
    }
    QTRY_COMPARE_WITH_TIMEOUT(banner->text(), running, 20000);
    QVERIFY(finished.wait(60000));
    QCOMPARE(progress->text(), progressText);
    QVERIFY2(QRegularExpression(verdict).match(banner->text()).hasMatch(), qPrintable(banner->text()));
    auto *why = child<QLabel>(u"loadExplanation"_s);
    QVERIFY(why->isVisible());
    QVERIFY2(QRegularExpression(explanation).match(why->text()).hasMatch(), qPrintable(why->text()));
    // The signal, the banner and the audit agree.
    QCOMPARE(finished.first().at(0).toLongLong(), qint64(requests));
    QCOMPARE(finished.first().at(1).toLongLong(), m_backend->auditCounts().misattributed);
    QVERIFY(child<QLabel>(u"loadDetails"_s)
                ->text()
                .contains(
                    u"%1 mode: %2"_s.arg(global ? u"global"_s : u"scoped"_s,
                                         plan.creates() == 1 ? u"1 create,"_s : u"%1 creates,"_s.arg(plan.creates()))));
    QVERIFY(child<QPushButton>(u"runLoad"_s)->isEnabled());
    // Laid out one under the other, each line readable.
    auto *details = child<QLabel>(u"loadDetails"_s);
    QTRY_VERIFY(banner->geometry().bottom() < why->geometry().top()
                && why->geometry().bottom() < details->geometry().top());
    QTRY_VERIFY(why->height() >= why->heightForWidth(why->width()));
    QTRY_VERIFY(details->height() >= details->heightForWidth(details->width()));
    savePng(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-').remove(u','));
}

void TestLoadPanel::explanation_data()
{
    QTest::addColumn<backend::LoadProgress>("progress");
    QTest::addColumn<bool>("global");
    QTest::addColumn<QString>("sentence");

    const QString because = u": an append waits for the ledger between setting the global context and calling the "
                            "model, and other requests overwrote the context meanwhile."_s;
    QTest::newRow("global, appends collided")
        << counts(60, 90, 0, 31) << true << u"31 of 90 appends took another request's attribution"_s + because;
    QTest::newRow("global, one of one append")
        << counts(0, 1, 0, 1) << true << u"1 of 1 append took another request's attribution"_s + because;
    QTest::newRow("global, creates too") << counts(
        10, 10, 2, 3) << true << u"3 of 10 appends and 2 of 10 creates took another request's attribution"_s + because;
    QTest::newRow("global, every request a create")
        << counts(200, 0, 0, 0) << true
        << u"No call could collide: every request was a create, which calls the model in the same turn in which it "
           "sets the context."_s;
    QTest::newRow("global, appends that did not collide")
        << counts(5, 5, 0, 0) << true
        << u"None of the 5 appends collided: no other request overwrote the global context while one waited for the "
           "ledger. More requests at once make it likely."_s;
    QTest::newRow("scoped") << counts(100, 100, 0, 0) << false << u"Each request's scope kept its own attribution."_s;
    QTest::newRow("scoped, misattributed (a bug)")
        << counts(1, 1, 0, 1) << false
        << u"1 of 2 calls took another request's attribution although each request had its own scope: the audit "
           "lists them."_s;
    QTest::newRow("nothing answered") << counts(0, 0, 0, 0) << true
                                      << u"No request was answered, so no call could be checked."_s;
}

void TestLoadPanel::explanation()
{
    QFETCH(backend::LoadProgress, progress);
    QFETCH(bool, global);
    QFETCH(QString, sentence);
    QCOMPARE(gui::LoadPanel::explanation(progress, global ? backend::InstrumentationMode::Global
                                                          : backend::InstrumentationMode::Scoped),
             sentence);
}

void TestLoadPanel::noteOfTheSeedDemoGoesWithTheNextRun()
{
    auto *note = child<QLabel>(u"loadNote"_s);
    m_panel->showNote(u"Seed demo done. Scoped mode: 40 calls, 0 misattributed."_s);
    QVERIFY(note->isVisible());
    backend::LoadPlan plan = m_panel->plan();
    plan.requests = 4;
    m_panel->setPlan(plan);
    QSignalSpy finished(m_panel.get(), &gui::LoadPanel::finished);
    QTest::mouseClick(child<QPushButton>(u"runLoad"_s), Qt::LeftButton);
    QVERIFY(note->isHidden());
    QVERIFY(note->text().isEmpty());
    QVERIFY(finished.wait(30000));
    QVERIFY(note->isHidden());
}

void TestLoadPanel::documentsThatCannotBeMadeAreReported()
{
    HttpProbe probe(m_backend->url());
    QCOMPARE(probe.call("PUT", u"/sim/settings"_s, R"({"failure_rate": 1, "fault_kind": "server_error"})").status, 200);
    backend::LoadPlan plan = m_panel->plan();
    plan.documents = 2;
    m_panel->setPlan(plan);
    child<QSpinBox>(u"loadLatency"_s)->setValue(0);
    QSignalSpy failed(m_panel.get(), &gui::LoadPanel::failed);
    QSignalSpy finished(m_panel.get(), &gui::LoadPanel::finished);
    QTest::mouseClick(child<QPushButton>(u"runLoad"_s), Qt::LeftButton);
    QVERIFY(failed.wait(60000));
    const QString message = u"The load run stopped: none of the 2 documents to append to could be made."_s;
    QCOMPARE(failed.first().first().toString(), message);
    QCOMPARE(child<QLabel>(u"loadBanner"_s)->text(), message);
    QVERIFY(child<QLabel>(u"loadExplanation"_s)->isHidden());
    QCOMPARE(finished.count(), 0);
    QVERIFY(child<QPushButton>(u"runLoad"_s)->isEnabled());
    QCOMPARE(m_backend->auditCounts().misattributed, 0);
}

void TestLoadPanel::seedDemoStepsStayDuringItsRuns()
{
    // Wired as the window wires it: each step and the summary in the panel's note.
    gui::SeedDemo demo(*m_api, *m_panel);
    connect(&demo, &gui::SeedDemo::stepped, m_panel.get(), &gui::LoadPanel::showNote);
    connect(&demo, &gui::SeedDemo::finished, m_panel.get(),
            [this](bool, const QString &summary) { m_panel->showNote(summary); });
    QSignalSpy finished(&demo, &gui::SeedDemo::finished);
    auto *note = child<QLabel>(u"loadNote"_s);
    demo.start();
    // The demo's own runs keep its step above them.
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->isRunning() && note->text().startsWith(u"Seed demo 4/5:"_s), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->isRunning() && note->text().startsWith(u"Seed demo 5/5:"_s), 30000);
    QVERIFY(finished.wait(60000));
    QVERIFY(finished.first().first().toBool());
    QVERIFY(note->isVisible());
    QVERIFY(note->text().startsWith(u"Seed demo done."_s));

    // The next run is the user's: the demo's note goes.
    backend::LoadPlan plan = m_panel->plan();
    plan.requests = 3;
    m_panel->setPlan(plan);
    QSignalSpy ran(m_panel.get(), &gui::LoadPanel::finished);
    QTest::mouseClick(child<QPushButton>(u"runLoad"_s), Qt::LeftButton);
    QVERIFY(note->isHidden());
    QVERIFY(ran.wait(30000));
    QVERIFY(note->isHidden());
}

void TestLoadPanel::serverThatDoesNotAnswerSendsNothing()
{
    // The latency goes through the API first: a server that does not answer stops the run there.
    gui::ApiClient nowhere(QUrl(u"http://127.0.0.1:1"_s), QString());
    gui::LoadPanel panel(*m_backend, nowhere);
    panel.show();
    QSignalSpy failed(&panel, &gui::LoadPanel::failed);
    QTest::mouseClick(panel.findChild<QPushButton *>(u"runLoad"_s), Qt::LeftButton);
    QVERIFY(failed.wait(30000));
    QVERIFY(failed.first().first().toString().startsWith(u"Could not set the model latency: "_s));
    QVERIFY(!panel.findChild<QProgressBar *>(u"loadProgress"_s)->isTextVisible());
    QVERIFY(panel.findChild<QPushButton *>(u"runLoad"_s)->isEnabled());
    QVERIFY(!panel.isRunning());
    QCOMPARE(m_backend->auditCounts().checked, 0);
}

QTEST_MAIN(TestLoadPanel)
#include "tst_loadpanel.moc"
