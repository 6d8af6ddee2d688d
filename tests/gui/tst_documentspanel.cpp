// Documents and their cost in the window, and a block limit's refusal explained (issue 22,
// points 5, 6, 7 and 9): the words as tables (BlockedCallText, the limits' State column), then
// the panel and the window over a real Backend (port 0, a temporary ledger, the simulated
// model), driven through the real HTTP API.
#include "backend/Backend.h"
#include "backend/LoadDriver.h"
#include "gui/ApiClient.h"
#include "gui/BlockedCallText.h"
#include "gui/CostTreeModel.h"
#include "gui/DocumentsPanel.h"
#include "gui/LimitsPanel.h"
#include "gui/MainWindow.h"
#include "gui/MoneyText.h"
#include "gui/TrackingGuide.h"
#include "payi/Attribution.h"
#include "payi/Instrumentation.h"
#include "support/HttpProbe.h"

#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;

namespace {

payi::Money usd(const QString &text)
{
    return payi::Money::parse(text).value();
}

payi::Limit limitNamed(const QString &id, const QString &name, const QString &max)
{
    payi::Limit limit;
    limit.id = id;
    limit.spec.name = name;
    limit.spec.max = usd(max);
    limit.spec.thresholdPercent = 80;
    return limit;
}

} // namespace

class TestDocumentsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void blockedCallText_data();
    void blockedCallText();
    void limitStateText_data();
    void limitStateText();
    void init();
    void cleanup();
    void panelShowsTheCostsTheApiGives();
    void createInstanceRowNamesTheDocument();
    void blockedCreateIsExplained();
    void windowCountsTheSameAfterARestart();

private:
    template <typename T>
    T *child(QWidget *in, const QString &name) const
    {
        T *found = in->findChild<T *>(name);
        if (!found)
            qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return found;
    }
    void savePng(QWidget *widget) const;
    // A Backend on m_dir, as the program starts one: its own instrumentation, the shipped prices.
    void startBackend();
    void stopBackend();

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<payi::Instrumentation> m_instrumentation;
    std::unique_ptr<backend::Backend> m_backend;
    std::unique_ptr<HttpProbe> m_probe;
};

void TestDocumentsPanel::initTestCase()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestDocumentsPanel::blockedCallText_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("worstCase");
    QTest::addColumn<QString>("typical"); // "": no call yet
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("sentence"); // the plain text without its link
    QTest::newRow("known limit")
        << QStringList{u"L1"_s} << u"0.06165"_s << u"0.0033615"_s << u"Create"_s
        << u"Create blocked by limit “demo” (max $0.01): before a call starts, a block limit reserves the most it "
           "could cost (worst-case cost $0.0617 for a call that would cost about $0.00336), and that would pass its "
           "max."_s;
    QTest::newRow("no call yet") << QStringList{u"L1"_s} << u"0.06165"_s << QString() << u"Append"_s
                                 << u"Append blocked by limit “demo” (max $0.01): before a call starts, a block limit "
                                    "reserves the most it could cost (worst-case cost $0.0617), and that would pass "
                                    "its max."_s;
    QTest::newRow("past its max")
        << QStringList{u"L2"_s} << u"0.06165"_s << QString() << u"Create"_s
        << u"Create blocked by limit “cut” (max $0.001, already past it with $0.00331 spent): before a call starts, "
           "a block limit reserves the most it could cost (worst-case cost $0.0617), and that would pass its max."_s;
    QTest::newRow("two limits, one gone")
        << QStringList{u"L1"_s, u"01a24e4d-7a51-7a7e-8d80-d513fde40898"_s} << u"1.5"_s << u"0.5"_s << u"Create"_s
        << u"Create blocked by limits “demo” (max $0.01), “fde40898”: before a call starts, a block limit reserves "
           "the most it could cost (worst-case cost $1.50 for a call that would cost about $0.50), and that would "
           "pass their max."_s;
}

void TestDocumentsPanel::blockedCallText()
{
    QFETCH(QStringList, ids);
    QFETCH(QString, worstCase);
    QFETCH(QString, typical);
    QFETCH(QString, action);
    QFETCH(QString, sentence);
    const payi::BlockedCall blocked{ids, usd(worstCase)};
    const auto limitOf = [](const QString &id) -> std::optional<payi::Limit> {
        if (id == u"L2"_s) { // its max lowered below what it spent
            payi::Limit cut = limitNamed(id, u"cut"_s, u"0.001"_s);
            cut.spent = usd(u"0.00331"_s);
            return cut;
        }
        return id == u"L1"_s ? std::optional(limitNamed(id, u"demo"_s, u"0.01"_s)) : std::nullopt;
    };
    const gui::BlockedCallText text =
        gui::blockedCallText(action, blocked, limitOf, typical.isEmpty() ? std::nullopt : std::optional(usd(typical)));
    QCOMPARE(text.plain, sentence + u" (Help ▸ How tracking works, F1)"_s);
    QVERIFY2(text.rich.startsWith(sentence.toHtmlEscaped()), qPrintable(text.rich));
    QVERIFY(text.rich.contains(u"<a href=\"#%1\">"_s.arg(QLatin1String(gui::TrackingGuide::LimitsSection))));
    QVERIFY(!text.plain.contains(u"USD"_s));
    QVERIFY(!text.plain.contains(u"L1"_s) && !text.plain.contains(u"L2"_s)); // a known limit by its name
}

void TestDocumentsPanel::limitStateText_data()
{
    QTest::addColumn<QString>("spent");
    QTest::addColumn<QString>("max");
    QTest::addColumn<qint64>("blocked");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tipSays");
    QTest::newRow("ok") << u"0.001"_s << u"1"_s << qint64(0) << u"ok"_s
                        << QStringList{u"as Pay-i reports it: ok"_s, u"below the threshold ($0.80)"_s};
    QTest::newRow("ok, one blocked") << u"0.001"_s << u"0.01"_s << qint64(1) << u"ok · 1 call blocked"_s
                                     << QStringList{u"It blocked 1 call"_s, u"worst case"_s, u"not counted as calls"_s};
    QTest::newRow("exceeded, three blocked") << u"0.009"_s << u"0.01"_s << qint64(3) << u"exceeded · 3 calls blocked"_s
                                             << QStringList{u"reached the threshold"_s, u"It blocked 3 calls"_s};
    QTest::newRow("blocked: past a lowered max") << u"0.02"_s << u"0.01"_s << qint64(2) << u"blocked"_s
                                                 << QStringList{u"until max is raised"_s, u"It blocked 2 calls"_s};
}

void TestDocumentsPanel::limitStateText()
{
    QFETCH(QString, spent);
    QFETCH(QString, max);
    QFETCH(qint64, blocked);
    QFETCH(QString, text);
    QFETCH(QStringList, tipSays);
    payi::Limit limit = limitNamed(u"L1"_s, u"demo"_s, max);
    limit.spent = usd(spent);
    limit.blockedCalls = blocked;
    const gui::LimitStateText state = gui::limitStateText(limit);
    QCOMPARE(state.text, text);
    for (const QString &said : std::as_const(tipSays))
        QVERIFY2(state.toolTip.contains(said), qPrintable(state.toolTip));
}

void TestDocumentsPanel::init()
{
    if (QTest::currentTestFunction() == QByteArrayLiteral("blockedCallText")
        || QTest::currentTestFunction() == QByteArrayLiteral("limitStateText"))
        return;
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    startBackend();
}

void TestDocumentsPanel::startBackend()
{
    backend::ServerOptions options;
    options.port = 0;
    options.dataDir = m_dir->path();
    options.simulation = backend::SimulationSettings{.baseLatencyMs = 20, .perTokenMs = 0};
    payi::Config config;
    config.globalInstrumentation = false;
    config.prices = *backend::Backend::loadPrices(options);
    m_instrumentation = std::make_unique<payi::Instrumentation>(config);
    base::Result<std::unique_ptr<backend::Backend>> started = backend::Backend::start(options, *m_instrumentation);
    QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
    m_backend = std::move(started).value();
    m_probe = std::make_unique<HttpProbe>(m_backend->url());
}

void TestDocumentsPanel::stopBackend()
{
    m_probe.reset();
    if (m_backend)
        m_backend->shutdown(std::chrono::seconds(5));
    m_backend.reset();
    m_instrumentation.reset();
}

void TestDocumentsPanel::cleanup()
{
    stopBackend();
    m_dir.reset();
}

void TestDocumentsPanel::savePng(QWidget *widget) const
{
    const QString png = QDir(QCoreApplication::applicationDirPath())
                            .filePath(u"tst_documentspanel-%1.png"_s.arg(QLatin1String(QTest::currentTestFunction())));
    QVERIFY(widget->grab().save(png));
    qInfo("screenshot: %s", qPrintable(png));
}

// The panel alone, with no cost tree anywhere: every revision's cost, the creation cost and
// the total come from GET /documents/{id}, whatever the tree holds or dropped.
void TestDocumentsPanel::panelShowsTheCostsTheApiGives()
{
    const HttpProbe::Reply created = m_probe->call("POST", u"/documents"_s, R"({"prompt":"a slow river"})");
    QCOMPARE(created.status, 201);
    const QString id = created.json().value(u"document_id"_s).toString();
    for (int i = 0; i < 2; ++i)
        QCOMPARE(m_probe->call("POST", u"/documents/%1/append"_s.arg(id), R"({"text":"and then the sea"})").status,
                 200);
    const QJsonObject document = m_probe->call("GET", u"/documents/%1"_s.arg(id)).json();

    gui::ApiClient api(m_backend->url(), QString());
    gui::DocumentsPanel panel(api, *m_backend);
    panel.resize(420, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.select(id);
    auto *revisions = child<QTreeWidget>(&panel, u"documentRevisions"_s);
    QTRY_COMPARE_WITH_TIMEOUT(revisions->topLevelItemCount(), 3, 10000);
    const QJsonArray expected = document.value(u"revisions"_s).toArray();
    for (int i = 0; i < 3; ++i)
        QCOMPARE(revisions->topLevelItem(i)->text(2),
                 gui::moneyText(usd(expected.at(i).toObject().value(u"cost"_s).toString())));
    auto *title = child<QLabel>(&panel, u"documentTitle"_s);
    const QString creation = gui::moneyText(usd(document.value(u"creation_cost"_s).toString()));
    const QString total = gui::moneyText(usd(document.value(u"total_cost"_s).toString()));
    QVERIFY(creation != total);
    QTRY_COMPARE(title->text(), u"<b>Document</b> %1 · created for <b>%2</b> · total <b>%3</b> (3 calls)"_s.arg(
                                    payi::shortId(id), creation, total));
    QVERIFY(title->toolTip().contains(document.value(u"create_instance_id"_s).toString()));
    savePng(&panel);
}

// The create's instance row in the Costs tab names the document it made, by id and title.
void TestDocumentsPanel::createInstanceRowNamesTheDocument()
{
    gui::MainWindow window(*m_backend);
    window.resize(1440, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const HttpProbe::Reply created = m_probe->call("POST", u"/documents"_s, R"({"prompt":"autumn leaves"})");
    QCOMPARE(created.status, 201);
    const QString id = created.json().value(u"document_id"_s).toString();
    const QString instance = created.json().value(u"tracking"_s).toObject().value(u"use_case_id"_s).toString();
    const QString title = m_probe->call("GET", u"/documents/%1"_s.arg(id)).json().value(u"title"_s).toString();
    gui::CostTreeModel &tree = *window.costTree();
    QTRY_VERIFY_WITH_TIMEOUT(tree.instanceIndex(u"create_document"_s, instance).isValid(), 10000);
    const QModelIndex row = tree.instanceIndex(u"create_document"_s, instance);
    QTRY_COMPARE_WITH_TIMEOUT(row.data().toString(), u"%1 — document %2 “%3”"_s.arg(instance, payi::shortId(id), title),
                              10000);
    savePng(&window);
}

// A create a block limit refuses: the window names the limit, writes money its own way,
// explains the worst case in one sentence with a link to the guide, and the limits tab says
// the limit is ok and blocked a call.
void TestDocumentsPanel::blockedCreateIsExplained()
{
    gui::MainWindow window(*m_backend);
    window.resize(1440, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // One call first, so the window knows what a create costs.
    QCOMPARE(m_probe->call("POST", u"/documents"_s, R"({"prompt":"a cheap one"})").status, 201);
    const HttpProbe::Reply limit =
        m_probe->call("POST", u"/limits"_s, R"({"limit_name":"tiny budget","max":"0.01","limit_type":"block"})");
    QCOMPARE(limit.status, 201);
    const QString limitId = limit.json().value(u"limit_id"_s).toString();

    child<QLineEdit>(&window, u"requestLimitIds"_s)->setText(limitId);
    child<QPlainTextEdit>(&window, u"documentPrompt"_s)->setPlainText(u"an expensive epic"_s);
    QTest::mouseClick(child<QPushButton>(&window, u"createDocument"_s), Qt::LeftButton);
    auto *notice = child<QLabel>(&window, u"documentNotice"_s);
    QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 10000);
    const QString text = notice->text();
    QVERIFY2(text.startsWith(u"Create blocked by limit “tiny budget” (max $0.01): before a call starts"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"(worst-case cost $0.0"_s) && text.contains(u"for a call that would cost about $0.00"_s),
             qPrintable(text));
    QVERIFY(text.contains(u"href=\"#%1\""_s.arg(QLatin1String(gui::TrackingGuide::LimitsSection))));
    QVERIFY(!text.contains(u"USD"_s) && !text.contains(limitId) && !text.contains(payi::shortId(limitId)));
    QTRY_VERIFY(window.statusBar()->toolTip().contains(u"tiny budget"_s)
                || window.statusBar()->currentMessage().contains(u"tiny budget"_s));

    auto *limits = child<QTreeWidget>(&window, u"limitList"_s);
    QTRY_COMPARE_WITH_TIMEOUT(limits->topLevelItemCount(), 1, 5000);
    QTRY_COMPARE(limits->topLevelItem(0)->text(4), u"ok · 1 call blocked"_s);
    QVERIFY(limits->topLevelItem(0)->toolTip(4).contains(u"worst case"_s));
    savePng(&window);

    // The link opens the guide at the section on limits; a request that goes through hides it.
    emit notice->linkActivated(u"#%1"_s.arg(QLatin1String(gui::TrackingGuide::LimitsSection)));
    QTRY_VERIFY(window.findChild<gui::TrackingGuide *>() && window.findChild<gui::TrackingGuide *>()->isVisible());
    child<QLineEdit>(&window, u"requestLimitIds"_s)->clear();
    child<QPlainTextEdit>(&window, u"documentPrompt"_s)->setPlainText(u"a cheap one again"_s);
    QTest::mouseClick(child<QPushButton>(&window, u"createDocument"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(notice->isHidden(), 10000);
}

// What the window counts, read as a person reads it: every column of every limit, of every use
// case of the cost tree (Misattr. too), and the status bar's calls and total.
QStringList windowCounts(gui::MainWindow &window)
{
    QStringList counts;
    auto *limits = window.findChild<QTreeWidget *>(u"limitList"_s);
    for (int row = 0; row < limits->topLevelItemCount(); ++row) {
        for (int column = 0; column < limits->columnCount(); ++column)
            counts << u"limit %1 %2: %3"_s.arg(row).arg(limits->headerItem()->text(column),
                                                        limits->topLevelItem(row)->text(column));
    }
    const QAbstractItemModel *tree = window.findChild<QTreeView *>(u"costTree"_s)->model();
    for (int row = 0; row < tree->rowCount(); ++row) {
        for (int column = 0; column < tree->columnCount(); ++column)
            counts << u"use case %1 %2: %3"_s.arg(tree->index(row, 0).data().toString(),
                                                  tree->headerData(column, Qt::Horizontal).toString(),
                                                  tree->index(row, column).data().toString());
    }
    counts << window.findChild<QLabel *>(u"statusCalls"_s)->text();
    counts << window.findChild<QLabel *>(u"statusCost"_s)->text();
    counts.sort();
    return counts;
}

// A block limit that allowed one call and refused one, and a global load run whose audit found
// misattributed calls: after a restart the window shows every count as it did.
void TestDocumentsPanel::windowCountsTheSameAfterARestart()
{
    const HttpProbe::Reply limit =
        m_probe->call("POST", u"/limits"_s, R"({"limit_name":"tiny budget","max":"1","limit_type":"block"})");
    QCOMPARE(limit.status, 201);
    const QString limitId = limit.json().value(u"limit_id"_s).toString();
    const HttpProbe::Headers limited{{"X-Limit-Ids", limitId.toUtf8()}};
    // One call allowed, then the max lowered to what it spent: the next call's worst case passes it.
    QCOMPARE(m_probe->call("POST", u"/documents"_s, R"({"prompt":"the one allowed"})", limited).status, 201);
    const QString spent = m_probe->call("GET", u"/limits/%1"_s.arg(limitId)).json().value(u"spent"_s).toString();
    QCOMPARE(m_probe->call("PATCH", u"/limits/%1"_s.arg(limitId), u"{\"max\":\"%1\"}"_s.arg(spent).toUtf8()).status,
             200);
    QCOMPARE(m_probe->call("POST", u"/documents"_s, R"({"prompt":"refused"})", limited).status, 429);
    m_backend->setMode(backend::InstrumentationMode::Global);
    {
        QObject owner;
        backend::LoadDriver *driver = m_backend->startLoad(backend::LoadPlan{}, &owner);
        QSignalSpy finished(driver, &backend::LoadDriver::finished);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    }
    QVERIFY(m_backend->auditCounts().misattributed > 0);

    QStringList before;
    {
        gui::MainWindow window(*m_backend);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *limits = window.findChild<QTreeWidget *>(u"limitList"_s);
        QTRY_COMPARE_WITH_TIMEOUT(limits->topLevelItemCount(), 1, 5000);
        QTRY_COMPARE(limits->topLevelItem(0)->text(4), u"exceeded · 1 call blocked"_s);
        const QRegularExpression misattributed(u"^use case append_document Misattr\\.: [1-9]"_s);
        QTRY_VERIFY(!windowCounts(window).filter(misattributed).isEmpty());
        QTRY_COMPARE(window.findChild<QLabel *>(u"statusCalls"_s)->text(),
                     u"%L1 calls"_s.arg(m_backend->snapshot().all().calls));
        before = windowCounts(window);
    }
    stopBackend();
    startBackend();
    gui::MainWindow window(*m_backend);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE_WITH_TIMEOUT(windowCounts(window), before, 10000);
}

QTEST_MAIN(TestDocumentsPanel)
#include "tst_documentspanel.moc"
