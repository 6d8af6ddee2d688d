// The workbench window driven as a person would, by object name, over a real Backend (port
// 0, a temporary ledger, the simulated model). Each test leaves a PNG of the window in the
// build folder for a reviewer to open.
#include "backend/Backend.h"
#include "gui/CostTreeModel.h"
#include "gui/DocumentsPanel.h"
#include "gui/FileDialog.h"
#include "gui/LimitBarDelegate.h"
#include "gui/MainWindow.h"
#include "gui/MessageLog.h"
#include "gui/ModeSwitch.h"
#include "gui/MoneyText.h"
#include "gui/SeedDemo.h"
#include "gui/SourceSelector.h"
#include "gui/TrackingGuide.h"
#include "gui/WorkbenchSettings.h"
#include "ledger/Ledger.h"
#include "payi/Attribution.h"
#include "payi/Instrumentation.h"
#include "support/HttpProbe.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChartView>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;

namespace {

// The visible one of parent's children named name (an item view's editor, say), once there is one.
template <typename T>
T *visibleChild(QWidget *parent, const QString &name)
{
    T *found = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            for (T *widget : parent->findChildren<T *>(name)) {
                if (widget->isVisible())
                    found = widget;
            }
            return found != nullptr;
        },
        5000);
    return shown ? found : nullptr;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void createDocumentShowsItsInstance();
    void appendTwiceMakesOneInstanceWithTwoCalls();
    void writesShowTheTextAsItArrives();
    void switchToGlobalAndTheServerFollows();
    void loadInScopedModeHasNoMisattribution();
    void loadInGlobalModeHighlightsMisattribution();
    void blockLimitShowsABlockedCall();
    void seedDemoTellsTheWholeStory();
    void rejectedKeyIsExplained();
    void editLimitChangesItsBarAndState();
    void chartShowsEachUseCaseAndModel();
    void settingsPersistWithoutTheKey();
    void exportEvents_data();
    void exportEvents();
    void callHeadersReachTheInspector_data();
    void callHeadersReachTheInspector();
    void callHeaderBeingTypedIsSent();
    void helpMenuExplainsTracking();
    void tooltipsShowNoDoubledAmpersand();
    void docksGrowBackAndTheLayoutIsKept();
    void longMessagesAreElidedAndKept();
    void invalidCallHeaderIsNotSent();
    void outsideAppAppearsAsASource_data();
    void outsideAppAppearsAsASource();

private:
    template <typename T>
    T *child(const QString &name) const
    {
        T *found = m_window->findChild<T *>(name);
        if (!found)
            qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return found;
    }
    gui::CostTreeModel &tree() const { return *m_window->costTree(); }
    QString cell(const QModelIndex &index, int column) const { return index.siblingAtColumn(column).data().toString(); }
    void createDocument(const QString &prompt);
    void showTab(const QString &name);
    // A top-level dialog of the window, once it is shown.
    template <typename T = QDialog>
    T *dialog(const QString &name) const
    {
        T *found = nullptr;
        const auto shown = [&] {
            found = m_window->findChild<T *>(name);
            return found && found->isVisible();
        };
        if (!QTest::qWaitFor(shown, 5000))
            qFatal("no visible %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return found;
    }
    void savePng(QWidget *widget, const QString &suffix) const;
    // Adds a row to the documents panel's per-call headers with the keyboard, as a person
    // would: Add, type the name in its combo, Tab, type the value (or nothing), Enter.
    void addCallHeader(const QString &name, const QString &value);
    // The call the cost tree shows first under useCase, selected, its context in the inspector.
    void selectFirstCall(const QString &useCase);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<payi::Instrumentation> m_instrumentation;
    std::unique_ptr<backend::Backend> m_backend;
    std::unique_ptr<gui::MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    // Settings of this run only, wherever the test is started from.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestMainWindow::savePng(QWidget *widget, const QString &suffix) const
{
    const QString png =
        QDir(QCoreApplication::applicationDirPath())
            .filePath(u"tst_mainwindow-%1-%2.png"_s.arg(QLatin1String(QTest::currentTestFunction()), suffix));
    QVERIFY(widget->grab().save(png));
    qInfo("screenshot: %s", qPrintable(png));
}

void TestMainWindow::init()
{
    QSettings().remove(u"documents"_s);       // no per-call headers left by another test
    QSettings().remove(u"window"_s);          // nor a window layout
    QSettings().remove(u"instrumentation"_s); // nor a mode chosen with the switch
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
    m_window = std::make_unique<gui::MainWindow>(*m_backend);
    m_window->resize(1440, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    if (m_window) {
        QTest::qWait(2 * gui::MainWindow::RefreshMs); // what the last step changed, laid out
        QString name = QLatin1String(QTest::currentTestFunction());
        if (QTest::currentDataTag())
            name += u'-' + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
        const QString png = QDir(QCoreApplication::applicationDirPath()).filePath(u"tst_mainwindow-%1.png"_s.arg(name));
        QVERIFY(m_window->grab().save(png));
        qInfo("screenshot: %s", qPrintable(png));
    }
    m_window.reset();
    if (m_backend)
        m_backend->shutdown(std::chrono::seconds(5));
    m_backend.reset();
    m_instrumentation.reset();
    m_dir.reset();
}

void TestMainWindow::createDocument(const QString &prompt)
{
    auto *list = child<QListWidget>(u"documentList"_s);
    const int before = list->count();
    child<QPlainTextEdit>(u"documentPrompt"_s)->setPlainText(prompt);
    QTest::mouseClick(child<QPushButton>(u"createDocument"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(list->count(), before + 1, 10000);
}

void TestMainWindow::showTab(const QString &name)
{
    auto *tabs = child<QTabWidget>(u"mainTabs"_s);
    tabs->setCurrentWidget(child<QWidget>(name));
}

void TestMainWindow::createDocumentShowsItsInstance()
{
    createDocument(u"a short poem about autumn leaves"_s);
    QTRY_VERIFY_WITH_TIMEOUT(tree().useCaseIndex(u"create_document"_s).isValid(), 10000);
    const QModelIndex useCase = tree().useCaseIndex(u"create_document"_s);
    QTRY_COMPARE(tree().rowCount(useCase), 1);
    const QModelIndex instance = tree().index(0, 0, useCase);
    QTRY_COMPARE(cell(instance, gui::CostTreeModel::Calls), u"1"_s);
    QVERIFY(cell(instance, gui::CostTreeModel::Cost).startsWith(u'$'));
    QVERIFY(cell(instance, gui::CostTreeModel::Cost) != u"$0.00"_s);
    QVERIFY(tree().data(instance.siblingAtColumn(gui::CostTreeModel::InputTokens)).toLongLong() > 0);
    QTRY_VERIFY(child<QLabel>(u"statusCost"_s)->text() != u"Total $0.00"_s);
    // One call: the tree and the status bar give its cost in the one money format, and say so in the singular.
    const QString cost = gui::moneyText(m_backend->snapshot().all().cost.total);
    QCOMPARE(cell(instance, gui::CostTreeModel::Cost), cost);
    QCOMPARE(child<QLabel>(u"statusCost"_s)->text(), u"Total "_s + cost);
    QCOMPARE(child<QLabel>(u"statusCalls"_s)->text(), u"1 call"_s);
    // The message, the tree and the list write the cost and the count the same way.
    auto *list = child<QListWidget>(u"documentList"_s);
    QTRY_VERIFY(list->item(0)->text().endsWith(u" · 1 revision"_s));
    QCOMPARE(m_window->statusBar()->currentMessage(),
             u"Created document %1 (cost %2)"_s.arg(list->item(0)->text().section(u" · "_s, 0, 0),
                                                    cell(instance, gui::CostTreeModel::Cost)));

    // The content and its revision with the cost of the call that wrote it.
    auto *revisions = child<QTreeWidget>(u"documentRevisions"_s);
    QTRY_COMPARE_WITH_TIMEOUT(revisions->topLevelItemCount(), 1, 10000);
    QTRY_VERIFY(revisions->topLevelItem(0)->text(2).startsWith(u'$'));
    QVERIFY(!child<QWidget>(u"documentContent"_s)->property("plainText").toString().isEmpty());

    // Selecting the call shows its context and where each field came from.
    auto *view = child<QTreeView>(u"costTree"_s);
    QTRY_COMPARE(tree().rowCount(instance), 1);
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(view->model());
    view->expandAll();
    view->setCurrentIndex(proxy->mapFromSource(tree().index(0, 0, instance)));
    auto *fields = child<QTreeWidget>(u"contextFields"_s);
    QTRY_VERIFY(fields->topLevelItemCount() > 0);
    const QList<QTreeWidgetItem *> useCaseName = fields->findItems(u"use_case_name"_s, Qt::MatchExactly, 0);
    QCOMPARE(useCaseName.size(), 1);
    QCOMPARE(useCaseName.first()->text(1), u"create_document"_s);
    QCOMPARE(useCaseName.first()->child(0)->text(0), u"from @track"_s);
}

void TestMainWindow::appendTwiceMakesOneInstanceWithTwoCalls()
{
    createDocument(u"a haiku about rain"_s);
    auto *list = child<QListWidget>(u"documentList"_s);
    QTRY_VERIFY(list->currentItem());
    const QString documentId = list->currentItem()->data(Qt::UserRole).toString();
    auto *append = child<QPushButton>(u"appendDocument"_s);
    auto *revisions = child<QTreeWidget>(u"documentRevisions"_s);
    for (int i = 1; i <= 2; ++i) {
        QTRY_VERIFY(append->isEnabled());
        child<QLineEdit>(u"appendText"_s)->setText(u"and then the sun, part %1"_s.arg(i));
        QTest::mouseClick(append, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(revisions->topLevelItemCount(), 1 + i, 10000);
    }
    QTRY_VERIFY_WITH_TIMEOUT(tree().useCaseIndex(u"append_document"_s).isValid(), 10000);
    const QModelIndex useCase = tree().useCaseIndex(u"append_document"_s);
    QTRY_COMPARE(tree().rowCount(useCase), 1);
    const QModelIndex instance = tree().instanceIndex(u"append_document"_s, documentId);
    QVERIFY(instance.isValid());
    QTRY_COMPARE(cell(instance, gui::CostTreeModel::Calls), u"2"_s);
    QTRY_COMPARE(tree().rowCount(instance), 2);
    QTRY_VERIFY(revisions->topLevelItem(2)->text(2).startsWith(u'$'));
    child<QTreeView>(u"costTree"_s)->expandAll();
}

void TestMainWindow::writesShowTheTextAsItArrives()
{
    // 40 ms a token: a poem takes seconds to come, and the view shows its text long before the
    // document is stored; then the document as stored.
    HttpProbe probe(m_backend->url());
    QCOMPARE(probe.call("PUT", u"/sim/settings"_s, R"({"per_token_ms": 40})").status, 200);
    auto *list = child<QListWidget>(u"documentList"_s);
    auto *content = child<QTextBrowser>(u"documentContent"_s);
    auto *revisions = child<QTreeWidget>(u"documentRevisions"_s);
    child<QPlainTextEdit>(u"documentPrompt"_s)->setPlainText(u"a slow tide"_s);
    QTest::mouseClick(child<QPushButton>(u"createDocument"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(content->toPlainText().size() >= 24, 10000); // a few words
    const QString partial = content->toPlainText();
    QCOMPARE(list->count(), 0); // not stored yet: the text came as the model wrote it
    QVERIFY(child<QLabel>(u"documentTitle"_s)->text().contains(u"Writing"_s));
    savePng(m_window.get(), u"mid-stream"_s);
    QTRY_COMPARE_WITH_TIMEOUT(list->count(), 1, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(revisions->topLevelItemCount(), 1, 10000);
    const QString id = list->currentItem()->data(Qt::UserRole).toString();
    const QString stored = probe.call("GET", u"/documents/%1"_s.arg(id)).json().value(u"content"_s).toString();
    QCOMPARE(content->toPlainText(), stored);
    QVERIFY2(stored.size() > partial.size() && stored.startsWith(partial), qPrintable(partial));

    // An append streams the whole updated document into the view the same way.
    child<QLineEdit>(u"appendText"_s)->setText(u"and the moon pulls back"_s);
    QTest::mouseClick(child<QPushButton>(u"appendDocument"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(u"documentTitle"_s)->text().contains(u"Appending"_s), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!content->toPlainText().isEmpty(), 10000);
    QCOMPARE(revisions->topLevelItemCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(revisions->topLevelItemCount(), 2, 20000);
    QTRY_VERIFY(content->toPlainText().contains(u"and the moon pulls back"_s));
}

void TestMainWindow::switchToGlobalAndTheServerFollows()
{
    auto *global = child<QToolButton>(u"modeGlobal"_s);
    auto *scoped = child<QToolButton>(u"modeScoped"_s);
    QTRY_VERIFY(scoped->isChecked());
    QCOMPARE(m_backend->mode(), backend::InstrumentationMode::Scoped);
    QTest::mouseClick(global, Qt::LeftButton);
    QTRY_COMPARE(m_backend->mode(), backend::InstrumentationMode::Global);
    QVERIFY(m_instrumentation->globalInstrumentation());
    QTRY_VERIFY(global->isChecked());
    QVERIFY(child<QLabel>(u"modeSummary"_s)->text().contains(u"share one context"_s));
    // The mode chosen here is the next start's.
    QCOMPARE(gui::ModeSwitch::savedMode(), backend::InstrumentationMode::Global);

    // An outside client switching back is followed too, but not kept.
    m_backend->setMode(backend::InstrumentationMode::Scoped);
    QTRY_VERIFY(scoped->isChecked());
    QCOMPARE(gui::ModeSwitch::savedMode(), backend::InstrumentationMode::Global);
    QTest::mouseClick(global, Qt::LeftButton);
    QTRY_COMPARE(m_backend->mode(), backend::InstrumentationMode::Global);
    showTab(u"instrumentationTab"_s);
    QTRY_VERIFY(child<QLabel>(u"instrumentationCurrent"_s)->text().contains(u"global"_s));
}

void TestMainWindow::loadInScopedModeHasNoMisattribution()
{
    showTab(u"loadTab"_s);
    child<QSpinBox>(u"loadRequests"_s)->setValue(200);
    child<QSpinBox>(u"loadConcurrency"_s)->setValue(50);
    child<QSpinBox>(u"loadLatency"_s)->setValue(50);
    child<QSpinBox>(u"loadUsers"_s)->setValue(8);
    child<QSpinBox>(u"loadDocuments"_s)->setValue(10);
    QTest::mouseClick(child<QPushButton>(u"runLoad"_s), Qt::LeftButton);
    auto *banner = child<QLabel>(u"loadBanner"_s);
    QTRY_VERIFY_WITH_TIMEOUT(banner->text().contains(u"misattributed"_s), 120000);
    QCOMPARE(banner->text(), u"200 calls, 0 misattributed"_s);
    QCOMPARE(m_backend->auditCounts().misattributed, 0);
    QTRY_COMPARE(
        tree().data(tree().useCaseIndex(u"create_document"_s).siblingAtColumn(gui::CostTreeModel::Calls)).toLongLong()
            + tree()
                  .data(tree().useCaseIndex(u"append_document"_s).siblingAtColumn(gui::CostTreeModel::Calls))
                  .toLongLong(),
        200 + 10); // and the 10 documents made first for the appends
}

void TestMainWindow::loadInGlobalModeHighlightsMisattribution()
{
    QTest::mouseClick(child<QToolButton>(u"modeGlobal"_s), Qt::LeftButton);
    QTRY_COMPARE(m_backend->mode(), backend::InstrumentationMode::Global);
    showTab(u"loadTab"_s);
    child<QSpinBox>(u"loadRequests"_s)->setValue(200);
    child<QSpinBox>(u"loadConcurrency"_s)->setValue(50);
    child<QSpinBox>(u"loadLatency"_s)->setValue(100);
    child<QSpinBox>(u"loadDocuments"_s)->setValue(10);
    QTest::mouseClick(child<QPushButton>(u"runLoad"_s), Qt::LeftButton);
    auto *banner = child<QLabel>(u"loadBanner"_s);
    QTRY_VERIFY_WITH_TIMEOUT(banner->text().contains(u"misattributed"_s), 120000);
    const qint64 misattributed = m_backend->auditCounts().misattributed;
    QVERIFY2(misattributed > 0, qPrintable(banner->text()));
    QVERIFY(banner->text().startsWith(u"200 calls, %1 misattributed"_s.arg(misattributed)));

    // The tree counts them and highlights the calls.
    const QModelIndex append = tree().useCaseIndex(u"append_document"_s);
    const QModelIndex create = tree().useCaseIndex(u"create_document"_s);
    QTRY_COMPARE_WITH_TIMEOUT(tree().data(append.siblingAtColumn(gui::CostTreeModel::Misattributed)).toLongLong()
                                  + tree().data(create.siblingAtColumn(gui::CostTreeModel::Misattributed)).toLongLong(),
                              misattributed, 10000);
    const bool appendHit = tree().data(append.siblingAtColumn(gui::CostTreeModel::Misattributed)).toLongLong() > 0;
    QVERIFY(tree().data(appendHit ? append : create, Qt::BackgroundRole).isValid());
    showTab(u"costsTab"_s);
    auto *view = child<QTreeView>(u"costTree"_s);
    view->sortByColumn(gui::CostTreeModel::Misattributed, Qt::DescendingOrder);
    view->expandToDepth(0);

    // A misattributed call, selected, says in the inspector what its request expected.
    const QModelIndex flagged = appendHit ? append : create;
    QModelIndex wrongCall;
    for (int i = 0; i < tree().rowCount(flagged) && !wrongCall.isValid(); ++i) {
        const QModelIndex instance = tree().index(i, 0, flagged);
        for (int j = 0; j < tree().rowCount(instance) && !wrongCall.isValid(); ++j) {
            if (tree().index(j, 0, instance).data(gui::CostTreeModel::MisattributionRole).isValid())
                wrongCall = tree().index(j, 0, instance);
        }
    }
    QVERIFY(wrongCall.isValid());
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(view->model());
    view->setCurrentIndex(proxy->mapFromSource(wrongCall));
    view->scrollTo(proxy->mapFromSource(wrongCall));
    QTRY_VERIFY(child<QLabel>(u"contextMisattribution"_s)->isVisible());
    QVERIFY(child<QLabel>(u"contextMisattribution"_s)->text().contains(u"expected"_s));

    // The documents the run made are listed too.
    auto *list = child<QListWidget>(u"documentList"_s);
    QTRY_VERIFY_WITH_TIMEOUT(list->count() > 0, 10000);
    list->setCurrentRow(0);
    QTRY_VERIFY(child<QTreeWidget>(u"documentRevisions"_s)->topLevelItemCount() > 0);
}

void TestMainWindow::blockLimitShowsABlockedCall()
{
    showTab(u"limitsTab"_s);
    child<QLineEdit>(u"limitName"_s)->setText(u"demo-budget"_s);
    child<QLineEdit>(u"limitMax"_s)->setText(u"0.000001"_s);
    QTest::mouseClick(child<QPushButton>(u"createLimit"_s), Qt::LeftButton);
    auto *limits = child<QTreeWidget>(u"limitList"_s);
    QTRY_COMPARE_WITH_TIMEOUT(limits->topLevelItemCount(), 1, 10000);
    limits->setCurrentItem(limits->topLevelItem(0));
    QTest::mouseClick(child<QPushButton>(u"useLimit"_s), Qt::LeftButton);
    const QString limitId = limits->topLevelItem(0)->text(7);
    QCOMPARE(child<QLineEdit>(u"requestLimitIds"_s)->text(), limitId);

    child<QPlainTextEdit>(u"documentPrompt"_s)->setPlainText(u"an expensive epic"_s);
    QTest::mouseClick(child<QPushButton>(u"createDocument"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(limits->topLevelItem(0)->text(6), u"1"_s, 10000);
    QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(u"limit"_s, Qt::CaseInsensitive));
    QTRY_VERIFY_WITH_TIMEOUT(tree().useCaseIndex(u"create_document"_s).isValid(), 10000);
    const QModelIndex useCase = tree().useCaseIndex(u"create_document"_s);
    QTRY_COMPARE(tree().rowCount(useCase), 1);
    const QModelIndex instance = tree().index(0, 0, useCase);
    QTRY_COMPARE(tree().rowCount(instance), 1);
    QVERIFY(cell(tree().index(0, 0, instance), gui::CostTreeModel::Name).contains(u"blocked"_s));
    // The inspector names the limit by its name, with a link to why it blocked.
    selectFirstCall(u"create_document"_s);
    const QString summary = child<QLabel>(u"contextSummary"_s)->text();
    QVERIFY2(summary.contains(u"blocked by demo-budget"_s) && summary.contains(u"demo-budget: blocked"_s)
                 && !summary.contains(payi::shortId(limitId)),
             qPrintable(summary));
}

void TestMainWindow::seedDemoTellsTheWholeStory()
{
    // The first-run hints point at the demo.
    QVERIFY(child<QLabel>(u"costsEmptyHint"_s)->text().contains(u"seed demo"_s));
    QVERIFY(child<QLabel>(u"documentsEmptyHint"_s)->text().contains(u"seed demo"_s));
    child<QSpinBox>(u"loadLatency"_s)->setValue(100); // long enough for global mode to overlap calls

    auto *action = child<QAction>(u"actionRunSeedDemo"_s);
    QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+D"_s));
    QVERIFY(child<QToolBar>(u"mainToolBar"_s)->actions().contains(action));
    action->trigger();
    QCOMPARE(child<QTabWidget>(u"mainTabs"_s)->currentWidget(), child<QWidget>(u"loadTab"_s));

    // The scoped run's verdict shows first, then the global one.
    auto *banner = child<QLabel>(u"loadBanner"_s);
    auto *note = child<QLabel>(u"loadNote"_s);
    QTRY_VERIFY_WITH_TIMEOUT(note->text().startsWith(u"Scoped mode:"_s), 60000);
    QCOMPARE(banner->text(), u"40 calls, 0 misattributed"_s);
    QCOMPARE(m_backend->auditCounts().misattributed, 0);
    QTRY_VERIFY_WITH_TIMEOUT(note->text().startsWith(u"Seed demo done."_s), 60000);
    QVERIFY(banner->text().startsWith(u"40 calls, "_s));
    const qint64 misattributed = m_backend->auditCounts().misattributed;
    QVERIFY2(misattributed > 0, qPrintable(banner->text()));
    QVERIFY(banner->text().startsWith(u"40 calls, %1 misattributed"_s.arg(misattributed)));
    QVERIFY(action->isEnabled());
    QTRY_COMPARE(m_backend->mode(), backend::InstrumentationMode::Scoped); // the mode it found
    QTRY_VERIFY(child<QToolButton>(u"modeScoped"_s)->isChecked());

    // The demo's document is selected, with its creation and two appends.
    auto *list = child<QListWidget>(u"documentList"_s);
    QVERIFY(list->currentItem());
    QVERIFY(note->text().contains(payi::shortId(list->currentItem()->data(Qt::UserRole).toString())));
    QTRY_COMPARE_WITH_TIMEOUT(child<QTreeWidget>(u"documentRevisions"_s)->topLevelItemCount(), 3, 10000);
    QTRY_VERIFY(tree().useCaseIndex(u"create_document"_s).isValid());
    QTRY_VERIFY(tree().useCaseIndex(u"append_document"_s).isValid());
}

void TestMainWindow::rejectedKeyIsExplained()
{
    // A provider that wants a key: another Costbench's simulated model behind a token.
    QTemporaryDir providerDir;
    backend::ServerOptions providerOptions;
    providerOptions.port = 0;
    providerOptions.dataDir = providerDir.path();
    providerOptions.token = u"the-right-key"_s;
    providerOptions.simLatencyMs = 5;
    payi::Config providerConfig;
    providerConfig.globalInstrumentation = false;
    providerConfig.prices = *backend::Backend::loadPrices(providerOptions);
    payi::Instrumentation providerInstrumentation(providerConfig);
    base::Result<std::unique_ptr<backend::Backend>> provider =
        backend::Backend::start(providerOptions, providerInstrumentation);
    QVERIFY(provider);
    QUrl base = (*provider)->url();
    base.setPath(u"/sim/v1"_s);

    // The workbench under test calls it, as --provider openai, with the wrong key.
    m_window.reset();
    m_backend->shutdown(std::chrono::seconds(5));
    m_backend.reset();
    qputenv("OPENAI_BASE_URL", base.toString().toUtf8());
    qputenv("OPENAI_API_KEY", "a-wrong-key");
    backend::ServerOptions options;
    options.port = 0;
    options.dataDir = m_dir->filePath(u"openai"_s);
    options.provider = backend::ProviderKind::OpenAI;
    base::Result<std::unique_ptr<backend::Backend>> backend = backend::Backend::start(options, *m_instrumentation);
    qunsetenv("OPENAI_BASE_URL");
    qunsetenv("OPENAI_API_KEY");
    QVERIFY(backend);
    m_backend = std::move(backend).value();
    m_window = std::make_unique<gui::MainWindow>(*m_backend);
    m_window->resize(1440, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    auto *notice = child<QLabel>(u"providerKeyNotice"_s);
    QVERIFY(!notice->isVisible());
    child<QPlainTextEdit>(u"documentPrompt"_s)->setPlainText(u"a poem nobody will read"_s);
    QTest::mouseClick(child<QPushButton>(u"createDocument"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 15000);
    QVERIFY(notice->text().contains(u"rejected the API key"_s));
    QVERIFY(notice->text().contains(u"401"_s));
    QVERIFY(notice->text().contains(u"Settings"_s));
    QVERIFY(!notice->text().contains(u"a-wrong-key"_s)); // never shows the key
    (*provider)->shutdown(std::chrono::seconds(5));
}

void TestMainWindow::editLimitChangesItsBarAndState()
{
    showTab(u"limitsTab"_s);
    child<QLineEdit>(u"limitName"_s)->setText(u"team-budget"_s);
    child<QLineEdit>(u"limitMax"_s)->setText(u"1"_s);
    QTest::mouseClick(child<QPushButton>(u"createLimit"_s), Qt::LeftButton);
    auto *limits = child<QTreeWidget>(u"limitList"_s);
    QTRY_COMPARE_WITH_TIMEOUT(limits->topLevelItemCount(), 1, 10000);
    QTreeWidgetItem *row = limits->topLevelItem(0);
    const QString limitId = row->text(7);
    limits->setCurrentItem(row);
    QTest::mouseClick(child<QPushButton>(u"useLimit"_s), Qt::LeftButton);
    createDocument(u"a memo under budget"_s);
    QTRY_COMPARE_WITH_TIMEOUT(row->text(5), u"1"_s, 10000); // one call counted
    QCOMPARE(row->text(4), u"ok"_s);
    const double before = row->data(3, gui::LimitBarDelegate::FractionRole).toDouble();
    QVERIFY(before > 0.0 && before < 0.5);

    // F2 opens the editor on the selected limit; the fields are checked as typed.
    QVERIFY(child<QPushButton>(u"editLimit"_s)->isEnabled());
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QCOMPARE(child<QAction>(u"actionEditLimit"_s)->shortcut(), QKeySequence(Qt::Key_F2));
    QTest::keyClick(limits, Qt::Key_F2);
    auto *edit = dialog(u"LimitEditDialog"_s);
    auto *name = edit->findChild<QLineEdit *>(u"limitEditName"_s);
    auto *max = edit->findChild<QLineEdit *>(u"limitEditMax"_s);
    auto *error = edit->findChild<QLabel *>(u"limitEditError"_s);
    auto *warning = edit->findChild<QLabel *>(u"limitEditWarning"_s);
    QPushButton *save = edit->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Save);
    QCOMPARE(name->text(), u"team-budget"_s);
    QCOMPARE(max->text(), u"1"_s);
    max->clear();
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(u"Max must be"_s));
    QVERIFY(!save->isEnabled());
    QTest::keyClicks(max, u"0"_s);
    QVERIFY(error->text().contains(u"greater than 0"_s));
    QVERIFY(!save->isEnabled());
    name->clear();
    QVERIFY(error->text().contains(u"name must not be empty"_s));

    // Below what it spent: the dialog warns, the server blocks.
    QTest::keyClicks(name, u"team-budget-cut"_s);
    max->setText(u"0.000000001"_s);
    QVERIFY(!error->isVisible());
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(u"block every call"_s));
    edit->findChild<QComboBox *>(u"limitEditThreshold"_s)->setCurrentText(u"0.9"_s);
    QVERIFY(save->isEnabled());
    savePng(edit, u"dialog"_s);
    QPointer<QDialog> guard(edit);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!guard, 10000);

    QTRY_COMPARE(row->text(4), u"blocked"_s);
    QCOMPARE(row->text(0), u"team-budget-cut"_s);
    QVERIFY(row->data(3, gui::LimitBarDelegate::FractionRole).toDouble() > 1.0); // the bar is full (drawn clamped)
    QCOMPARE(row->data(3, gui::LimitBarDelegate::ThresholdRole).toDouble(), 0.9);
    QCOMPARE(row->data(3, gui::LimitBarDelegate::ColorRole).value<QColor>(), QColor(208, 69, 58));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"saved: max $0.000000001,"_s),
             qPrintable(m_window->statusBar()->currentMessage()));
    // The server applied it, and the ledger file holds it.
    const payi::Limit live = *m_instrumentation->limits().find(limitId);
    QCOMPARE(live.spec.max.toString(), u"0.000000001"_s);
    QCOMPARE(live.spec.thresholdPercent, 90);
    const QList<ledger::LimitTotals> stored = *m_backend->ledger().limits();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().limit.spec.name, u"team-budget-cut"_s);
    QCOMPARE(stored.first().limit.spec.max, live.spec.max);

    // The next request under it is refused before the model, and counted.
    child<QPlainTextEdit>(u"documentPrompt"_s)->setPlainText(u"one more memo"_s);
    QTest::mouseClick(child<QPushButton>(u"createDocument"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(row->text(6), u"1"_s, 10000);
    QCOMPARE(row->text(4), u"blocked"_s);
}

void TestMainWindow::chartShowsEachUseCaseAndModel()
{
    createDocument(u"a chart-worthy document"_s);
    auto *list = child<QListWidget>(u"documentList"_s);
    QTRY_VERIFY(list->currentItem());
    auto *append = child<QPushButton>(u"appendDocument"_s);
    QTRY_VERIFY(append->isEnabled());
    child<QLineEdit>(u"appendText"_s)->setText(u"with a second paragraph"_s);
    QTest::mouseClick(append, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(child<QTreeWidget>(u"documentRevisions"_s)->topLevelItemCount(), 2, 10000);
    child<QAction>(u"actionShowChart"_s)->trigger();
    QCOMPARE(child<QTabWidget>(u"mainTabs"_s)->currentWidget(), child<QWidget>(u"chartTab"_s));

    // A line per use case, from zero (before its first call) to its cost: at least two points,
    // or nothing is drawn.
    QChart *timeline = child<QChartView>(u"costTimeline"_s)->chart();
    const auto lastCost = [timeline](const QString &useCase) {
        const QList<QAbstractSeries *> all = timeline->series();
        for (QAbstractSeries *series : all) {
            auto *line = qobject_cast<QLineSeries *>(series);
            if (line && line->name() == useCase && line->count() >= 2 && line->at(0).y() == 0.0)
                return line->at(line->count() - 1).y();
        }
        return 0.0;
    };
    QTRY_VERIFY_WITH_TIMEOUT(lastCost(u"create_document"_s) > 0.0 && lastCost(u"append_document"_s) > 0.0, 10000);
    QCOMPARE(timeline->series().size(), 2);
    QVERIFY(!child<QLabel>(u"chartEmptyHint"_s)->isVisible());

    // The breakdown by model shows the model every call used, with its cost.
    QChart *byModel = child<QChartView>(u"costByModel"_s)->chart();
    auto *axis = qobject_cast<QBarCategoryAxis *>(byModel->axes(Qt::Vertical).value(0));
    QVERIFY(axis);
    const payi::Money total = m_backend->snapshot().all().cost.total;
    QTRY_COMPARE(axis->categories(), QStringList{m_backend->options().model + u"  "_s + gui::moneyText(total)});
    const QBarSet *bars = qobject_cast<QHorizontalBarSeries *>(byModel->series().value(0))->barSets().value(0);
    QCOMPARE(bars->count(), 1);
    QTRY_COMPARE(bars->at(0), double(total.pico()) / 1e12);

    // Both cost axes write money as the rest of the window does, from $0.00 up.
    for (QChart *chart : {timeline, byModel}) {
        auto *costs =
            qobject_cast<QCategoryAxis *>(chart->axes(chart == timeline ? Qt::Vertical : Qt::Horizontal).value(0));
        QVERIFY(costs);
        const QStringList labels = costs->categoriesLabels();
        QVERIFY2(labels.size() >= 2 && labels.first() == u"$0.00"_s, qPrintable(labels.join(u" "_s)));
        for (const QString &label : labels)
            QCOMPARE(label, gui::moneyText(costs->endValue(label)));
    }
}

void TestMainWindow::settingsPersistWithoutTheKey()
{
    const QString key = u"sk-test-never-in-the-settings-file"_s;
    child<QAction>(u"actionSettings"_s)->trigger();
    auto *settings = dialog(u"SettingsDialog"_s);
    settings->findChild<QSpinBox *>(u"latencySpin"_s)->setValue(345);
    settings->findChild<QDoubleSpinBox *>(u"failureRateSpin"_s)->setValue(12.5);
    auto *fault = settings->findChild<QComboBox *>(u"faultKindCombo"_s);
    fault->setCurrentIndex(fault->findText(u"timeout"_s));
    settings->findChild<QRadioButton *>(u"providerOpenAI"_s)->setChecked(true);
    settings->findChild<QLineEdit *>(u"baseUrlEdit"_s)->setText(u"http://127.0.0.1:11434/v1"_s);
    auto *keyEdit = settings->findChild<QLineEdit *>(u"apiKeyEdit"_s);
    keyEdit->clear();
    QTest::keyClicks(keyEdit, key);
    // Another price table, through the same file-dialog seam.
    const QString prices = m_dir->filePath(u"prices.json"_s);
    QFile table(prices);
    QVERIFY(table.open(QIODevice::WriteOnly));
    table.write(R"({"version":"2026-test","currency":"usd","resources":{"gpt-5.4":{"category":"system.openai",
        "units":{"text":{"input":"3","output":"9"}}}}})");
    table.close();
    gui::FileDialog::instance().setNextFileName(prices);
    QTest::mouseClick(settings->findChild<QPushButton *>(u"loadPricesButton"_s), Qt::LeftButton);
    QVERIFY(settings->findChild<QLabel *>(u"pricesVersion"_s)->text().contains(u"<b>2026-test</b>, 1 model."_s));
    auto *pricesTable = settings->findChild<QTableWidget *>(u"pricesTable"_s);
    QCOMPARE(pricesTable->rowCount(), 1);
    QCOMPARE(pricesTable->item(0, 2)->text(), u"$9.00"_s);
    settings->findChild<QTabWidget *>(u"settingsTabs"_s)->setCurrentIndex(2);
    savePng(settings, u"prices"_s);
    settings->findChild<QTabWidget *>(u"settingsTabs"_s)->setCurrentIndex(1);
    savePng(settings, u"dialog"_s);
    QPointer<QDialog> guard(settings);
    QTest::mouseClick(settings->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_VERIFY(!guard);

    // Applied to the running simulated model through the API (OK closes once it was), and saved.
    QCOMPARE(m_backend->simulationSettings().baseLatencyMs, 345);
    QCOMPARE(m_backend->simulationSettings().failureRate, 0.125);
    QCOMPARE(m_backend->simulationSettings().faultKind, backend::FaultKind::Timeout);
    const gui::WorkbenchSettings saved = gui::WorkbenchSettings::load();
    QVERIFY(saved.hasSimulation);
    QCOMPARE(saved.simulation.baseLatencyMs, 345);
    QCOMPARE(saved.simulation.failureRate, 0.125);
    QCOMPARE(saved.simulation.faultKind, backend::FaultKind::Timeout);
    QCOMPARE(saved.provider, backend::ProviderKind::OpenAI);
    QCOMPARE(saved.baseUrl, u"http://127.0.0.1:11434/v1"_s);
    QCOMPARE(saved.pricesFile, prices);
    QCOMPARE(m_instrumentation->prices()->version(), u"2026-test"_s);
    QSettings file;
    file.sync();
    QFile written(file.fileName());
    QVERIFY2(written.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QByteArray text = written.readAll();
    QVERIFY(text.contains("345"));
    QVERIFY2(!text.contains(key.toUtf8()), "the API key must never reach the settings file");
    QVERIFY(!text.contains("sk-test"));

    // Reopened, the dialog shows what was kept.
    child<QAction>(u"actionSettings"_s)->trigger();
    settings = dialog(u"SettingsDialog"_s);
    QCOMPARE(settings->findChild<QSpinBox *>(u"latencySpin"_s)->value(), 345);
    QCOMPARE(settings->findChild<QDoubleSpinBox *>(u"failureRateSpin"_s)->value(), 12.5);
    QCOMPARE(settings->findChild<QComboBox *>(u"faultKindCombo"_s)->currentText(), u"timeout"_s);
    QVERIFY(settings->findChild<QRadioButton *>(u"providerOpenAI"_s)->isChecked());
    QCOMPARE(settings->findChild<QLineEdit *>(u"baseUrlEdit"_s)->text(), u"http://127.0.0.1:11434/v1"_s);
    auto *keyStatus = settings->findChild<QLabel *>(u"keyStatus"_s);
    QTRY_VERIFY(!keyStatus->text().startsWith(u"Reading"_s));
    qInfo("keychain: %s", qPrintable(keyStatus->text()));
    savePng(settings, u"reopened"_s);
    settings->reject();
}

void TestMainWindow::exportEvents_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("file");
    QTest::newRow("CSV") << u"actionExportCsv"_s << u"events.csv"_s;
    QTest::newRow("JSON Lines") << u"actionExportJsonLines"_s << u"events.jsonl"_s;
}

void TestMainWindow::exportEvents()
{
    QFETCH(QString, action);
    QFETCH(QString, file);
    createDocument(u"first"_s);
    createDocument(u"second, with a comma"_s);
    QTRY_COMPARE(m_backend->snapshot().all().calls, 2);
    const QList<ledger::StoredEvent> events = *m_backend->ledger().eventsAfter(0, 100);
    QCOMPARE(events.size(), 2);

    const QString path = m_dir->filePath(file);
    gui::FileDialog::instance().setNextFileName(path);
    QSignalSpy exported(m_window.get(), &gui::MainWindow::exported);
    child<QAction>(action)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 10000);
    QVERIFY2(exported.first().at(0).toBool(), qPrintable(exported.first().at(1).toString()));
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"Exported 2 events"_s));

    QFile out(path);
    QVERIFY(out.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = out.readAll().split('\n');
    QCOMPARE(lines.takeLast(), QByteArray()); // ends with a line break
    if (file.endsWith(u".csv"_s)) {
        QCOMPARE(lines.size(), events.size() + 1);
        QVERIFY(lines.first().startsWith("seq,timestamp,event_id,request_id,"));
        for (int i = 0; i < events.size(); ++i) {
            const payi::CallEvent &e = events.at(i).event;
            // The first fields and the last two never hold a comma.
            const QList<QByteArray> cells = lines.at(i + 1).trimmed().split(',');
            QCOMPARE(cells.at(0).toLongLong(), events.at(i).seq);
            QCOMPARE(QString::fromUtf8(cells.at(2)), e.eventId);
            QCOMPARE(QString::fromUtf8(cells.at(3)), e.requestId);
            // cost_total, source, attempts, usage_estimated, then the six columns of issue 22:
            // blocked_limit_ids, audited, misattributed and the expected use case and user.
            QCOMPARE(QString::fromUtf8(cells.at(cells.size() - 10)), e.cost.total.toString());
            QCOMPARE(QString::fromUtf8(cells.at(cells.size() - 9)), u"document app"_s);
            QCOMPARE(cells.at(cells.size() - 8), QByteArray("1"));
            QCOMPARE(cells.at(cells.size() - 7), QByteArray("false"));
            QCOMPARE(cells.mid(cells.size() - 6), (QList<QByteArray>{"", "true", "false", "", "", ""}));
            QVERIFY(lines.at(i + 1).contains(",create_document,"));
        }
    } else {
        QCOMPARE(lines.size(), events.size());
        for (int i = 0; i < events.size(); ++i) {
            const QJsonObject row = QJsonDocument::fromJson(lines.at(i)).object();
            const payi::CallEvent &e = events.at(i).event;
            QCOMPARE(row.value(u"seq"_s).toInteger(), events.at(i).seq);
            QCOMPARE(row.value(u"event_id"_s).toString(), e.eventId);
            QCOMPARE(row.value(u"request_id"_s).toString(), e.requestId);
            QCOMPARE(row, [&] {
                QJsonObject expected = e.toJson();
                expected.insert(u"seq"_s, events.at(i).seq);
                events.at(i).audit.addTo(&expected);
                return expected;
            }());
        }
    }

    // Cancelling the file dialog starts no export.
    gui::FileDialog::instance().setNextFileName(QString());
    child<QAction>(action)->trigger();
    QVERIFY(!m_window->statusBar()->currentMessage().startsWith(u"Exporting"_s));
}

void TestMainWindow::addCallHeader(const QString &name, const QString &value)
{
    auto *table = child<QTableWidget>(u"callHeadersTable"_s);
    const int row = table->rowCount();
    QTest::mouseClick(child<QToolButton>(u"addCallHeader"_s), Qt::LeftButton);
    QCOMPARE(table->rowCount(), row + 1);
    auto *combo = visibleChild<QComboBox>(table, u"callHeaderNameEditor"_s);
    QVERIFY(combo);
    QVERIFY(combo->isEditable());
    QCOMPARE(combo->count(), payi::FieldCount);
    combo->lineEdit()->selectAll();
    QTest::keyClicks(combo->lineEdit(), name);
    QCOMPARE(combo->currentText(), name);
    QTest::keyClick(combo, Qt::Key_Tab); // on to the value
    // The delegate deletes its editor once it closes: watch it through a QPointer.
    const QPointer<QLineEdit> line = visibleChild<QLineEdit>(table, u"callHeaderValueEditor"_s);
    QVERIFY(line);
    QTest::keyClicks(line, value);
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_VERIFY(!line || !line->isVisible()); // Return closes the editor on the next loop turn
    QCOMPARE(table->item(row, 0)->text(), name);
    QCOMPARE(table->item(row, 1)->text(), value);
}

void TestMainWindow::selectFirstCall(const QString &useCase)
{
    QTRY_VERIFY_WITH_TIMEOUT(tree().useCaseIndex(useCase).isValid(), 10000);
    const QModelIndex useCaseIndex = tree().useCaseIndex(useCase);
    QTRY_VERIFY(tree().rowCount(useCaseIndex) > 0);
    const QModelIndex instance = tree().index(0, 0, useCaseIndex);
    QTRY_VERIFY(tree().rowCount(instance) > 0);
    auto *view = child<QTreeView>(u"costTree"_s);
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(view->model());
    view->expandAll();
    view->setCurrentIndex(proxy->mapFromSource(tree().index(0, 0, instance)));
    QTRY_VERIFY(child<QTreeWidget>(u"contextFields"_s)->topLevelItemCount() > 0);
}

void TestMainWindow::callHeadersReachTheInspector_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QStringList>("headers"); // name, value, name, value…
    QTest::addColumn<QString>("user");        // X-User-Id, the app's own
    QTest::addColumn<QString>("useCase");     // where the cost tree shows the call
    QTest::addColumn<QStringList>("fields");  // field, value, its first line under it…
    QTest::newRow("1600x1000 user h, use case b")
        << QSize(1600, 1000) << QStringList{u"xProxy-User-ID"_s, u"h"_s, u"xProxy-UseCase-Name"_s, u"b"_s} << u"alice"_s
        << u"b"_s
        << QStringList{
               u"user_id"_s,       u"h"_s, u"from call header xProxy-User-ID"_s,
               u"use_case_name"_s, u"b"_s, u"from call header xProxy-UseCase-Name"_s,
               u"use_case_id"_s,   u"—"_s, u"cleared by xProxy-UseCase-Name: the use-case headers are a group"_s};
    QTest::newRow("1024x700 empty user, ignored use-case id")
        << QSize(1024, 700) << QStringList{u"xProxy-User-ID"_s, QString(), u"xProxy-UseCase-ID"_s, u"x"_s} << u"alice"_s
        << u"create_document"_s
        << QStringList{u"user_id"_s,
                       u"—"_s,
                       u"cleared by an empty xProxy-User-ID header"_s,
                       u"use_case_name"_s,
                       u"create_document"_s,
                       u"from @track"_s,
                       u"use_case_id"_s,
                       QString(), // the instance's id
                       u"from @track"_s};
}

void TestMainWindow::callHeadersReachTheInspector()
{
    QFETCH(QSize, size);
    QFETCH(QStringList, headers);
    QFETCH(QString, user);
    QFETCH(QString, useCase);
    QFETCH(QStringList, fields);
    m_window->resize(size);
    QTRY_COMPARE(m_window->size(), size); // no panel makes the window wider or taller than that
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    // Alt+H opens the section; the rows are typed in.
    auto *toggle = child<QToolButton>(u"callHeadersToggle"_s);
    QVERIFY(!toggle->isChecked());
    QVERIFY(!child<QWidget>(u"callHeadersTable"_s)->isVisible());
    QTest::keyClick(m_window.get(), Qt::Key_H, Qt::AltModifier);
    QTRY_VERIFY(child<QWidget>(u"callHeadersTable"_s)->isVisible());
    QList<gui::CallHeader> rows;
    for (int i = 0; i + 1 < headers.size(); i += 2) {
        addCallHeader(headers.at(i), headers.at(i + 1));
        rows.append({headers.at(i), headers.at(i + 1)});
    }
    QVERIFY(toggle->text().contains(u"%1 sent"_s.arg(rows.size())));
    // Kept in the settings as they change.
    QCOMPARE(gui::WorkbenchSettings::load().callHeaders, rows);
    QVERIFY(gui::WorkbenchSettings::load().callHeadersShown);

    child<QLineEdit>(u"requestUserId"_s)->setText(user);
    createDocument(u"a poem with headers"_s);
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"with %1 per-call header"_s.arg(rows.size())));
    selectFirstCall(useCase);
    auto *inspector = child<QTreeWidget>(u"contextFields"_s);
    for (int i = 0; i + 2 < fields.size(); i += 3) {
        const QList<QTreeWidgetItem *> found = inspector->findItems(fields.at(i), Qt::MatchExactly, 0);
        QVERIFY2(found.size() == 1, qPrintable(fields.at(i)));
        QTreeWidgetItem *item = found.first();
        if (!fields.at(i + 1).isEmpty())
            QCOMPARE(item->text(1), fields.at(i + 1));
        QVERIFY(item->childCount() >= 1);
        QCOMPARE(item->child(0)->text(0), fields.at(i + 2));
    }
    if (headers.contains(u"xProxy-UseCase-ID"_s)) {
        // The header lost to the context's use case: said beside the origin.
        QTreeWidgetItem *id = inspector->findItems(u"use_case_id"_s, Qt::MatchExactly, 0).value(0);
        QVERIFY(id && id->childCount() == 2);
        QCOMPARE(id->child(1)->text(0),
                 u"xProxy-UseCase-ID ignored: without xProxy-UseCase-Name the context's use case is sent"_s);
    }

    // What a reviewer looks at: the window, the inspector and the documents panel, the docks
    // as wide as they start.
    QCOMPARE(m_window->size(), size);
    QVERIFY(child<QWidget>(u"inspectorDock"_s)->width() >= 280);
    QVERIFY(child<QWidget>(u"documentsDock"_s)->width() >= 300);
    QTest::qWait(2 * gui::MainWindow::RefreshMs); // the inspector's rows measured at its width
    const QString tag = u"%1x%2"_s.arg(size.width()).arg(size.height());
    savePng(m_window.get(), tag);
    savePng(child<QWidget>(u"inspectorDock"_s), tag + u"-inspector"_s);
    savePng(child<QWidget>(u"documentsDock"_s), tag + u"-documents"_s);

    // A new window has the rows again.
    m_window = std::make_unique<gui::MainWindow>(*m_backend);
    m_window->resize(size);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *table = child<QTableWidget>(u"callHeadersTable"_s);
    QCOMPARE(table->rowCount(), rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(table->item(i, 0)->text(), rows.at(i).name);
        QCOMPARE(table->item(i, 1)->text(), rows.at(i).value);
    }
    QVERIFY(child<QWidget>(u"callHeadersTable"_s)->isVisible());

    // Delete removes the current row, and the settings follow.
    table->setFocus();
    table->setCurrentCell(0, 0);
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(table->rowCount(), rows.size() - 1);
    QCOMPARE(gui::WorkbenchSettings::load().callHeaders, rows.mid(1));
}

void TestMainWindow::callHeaderBeingTypedIsSent()
{
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::mouseClick(child<QToolButton>(u"addCallHeader"_s), Qt::LeftButton); // opens the section too
    auto *table = child<QTableWidget>(u"callHeadersTable"_s);
    QVERIFY(table->isVisible());
    auto *combo = visibleChild<QComboBox>(table, u"callHeaderNameEditor"_s);
    QVERIFY(combo);
    QCOMPARE(combo->currentText(), u"xProxy-UseCase-Name"_s); // the first of the 13 not in the table
    // The list shows every name whole, however narrow the column.
    combo->showPopup();
    QWidget *popup = combo->view()->window();
    QTRY_VERIFY(popup->isVisible());
    QVERIFY(combo->view()->width() >= combo->view()->sizeHintForColumn(0));
    QCOMPARE(combo->view()->model()->rowCount(), payi::FieldCount);
    savePng(popup, u"names"_s);
    combo->hidePopup();
    combo->lineEdit()->selectAll();
    QTest::keyClicks(combo->lineEdit(), u"xProxy-Account-Name"_s);
    QTest::keyClick(combo, Qt::Key_Tab);
    auto *value = visibleChild<QLineEdit>(table, u"callHeaderValueEditor"_s);
    QVERIFY(value);
    QTest::keyClicks(value, u"acme"_s);
    // Ctrl+Enter with the value's editor still open sends what is typed.
    child<QPlainTextEdit>(u"documentPrompt"_s)->setPlainText(u"sent mid-edit"_s);
    QTest::keyClick(value, Qt::Key_Return, Qt::ControlModifier);
    selectFirstCall(u"create_document"_s);
    QTreeWidgetItem *account =
        child<QTreeWidget>(u"contextFields"_s)->findItems(u"account_name"_s, Qt::MatchExactly, 0).value(0);
    QVERIFY(account);
    QCOMPARE(account->text(1), u"acme"_s);
    QCOMPARE(account->child(0)->text(0), u"from call header xProxy-Account-Name"_s);
    QCOMPARE(gui::WorkbenchSettings::load().callHeaders,
             (QList<gui::CallHeader>{{u"xProxy-Account-Name"_s, u"acme"_s}}));
}

void TestMainWindow::helpMenuExplainsTracking()
{
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QMenu *help = child<QMenu>(u"menuHelp"_s);
    QStringList items;
    for (const QAction *action : help->actions())
        if (!action->isSeparator())
            items.append(action->text());
    QCOMPARE(items, (QStringList{u"How tracking works"_s, u"About Costbench"_s, u"About Qt"_s}));
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    auto *guide = dialog<gui::TrackingGuide>(u"trackingGuide"_s);
    QVERIFY(guide->sections().contains(QLatin1String(gui::TrackingGuide::GlobalOrScopedSection)));
    savePng(guide, u"guide"_s);
    guide->close();
    child<QAction>(u"actionAbout"_s)->trigger();
    auto *about = dialog<QMessageBox>(u"aboutBox"_s);
    QVERIFY2(about->text().contains(QString::fromLatin1(qVersion())), qPrintable(about->text()));
    savePng(about, u"about"_s);
    about->accept();
}

// "&&" makes one "&" in a menu's or a tab's text, but a tooltip shows it as it is.
void TestMainWindow::tooltipsShowNoDoubledAmpersand()
{
    const QList<QObject *> objects = m_window->findChildren<QObject *>();
    int tooltips = 0;
    for (const QObject *object : objects) {
        QString tip;
        if (const auto *action = qobject_cast<const QAction *>(object); action && action->toolTip() != action->text())
            tip = action->toolTip();
        else if (const auto *widget = qobject_cast<const QWidget *>(object))
            tip = widget->toolTip();
        tooltips += tip.isEmpty() ? 0 : 1;
        QVERIFY2(!tip.contains(u"&&"_s), qPrintable(object->objectName() + u": "_s + tip));
    }
    QVERIFY(tooltips > 10);
}

void TestMainWindow::docksGrowBackAndTheLayoutIsKept()
{
    const auto dockWidths = [this] {
        return QList<int>{child<QDockWidget>(u"documentsDock"_s)->width(),
                          child<QDockWidget>(u"inspectorDock"_s)->width()};
    };
    m_window->resize(1600, 1000);
    QTRY_COMPARE(m_window->width(), 1600);
    const QList<int> wide = dockWidths();
    QVERIFY2(wide[0] >= 300 && wide[1] >= 270, qPrintable(u"%1 %2"_s.arg(wide[0]).arg(wide[1])));
    m_window->resize(1024, 700);
    QTRY_COMPARE(m_window->width(), 1024);
    QVERIFY(dockWidths()[1] >= 200); // the inspector stays readable in a small window
    savePng(m_window.get(), u"1024x700"_s);
    m_window->resize(800, 600); // so narrow that the docks give way
    QTRY_COMPARE(m_window->width(), 800);
    QVERIFY(dockWidths()[0] < wide[0]);
    m_window->resize(1600, 1000);
    QTRY_COMPARE(dockWidths(), wide);
    auto *inspector = child<QDockWidget>(u"inspectorDock"_s);
    m_window->resizeDocks({inspector}, {400}, Qt::Horizontal); // as a drag of its edge does
    QTRY_COMPARE(inspector->width(), 400);
    m_window->resize(800, 600);
    QTRY_COMPARE(m_window->width(), 800);
    m_window->resize(1600, 1000);
    QTRY_COMPARE(inspector->width(), 400);

    // Moved and resized by hand, then closed: the next window opens the same way.
    m_window->addDockWidget(Qt::LeftDockWidgetArea, inspector, Qt::Vertical);
    QTRY_COMPARE(m_window->dockWidgetArea(child<QDockWidget>(u"inspectorDock"_s)), Qt::LeftDockWidgetArea);
    QVERIFY(m_window->close());
    m_window = std::make_unique<gui::MainWindow>(*m_backend);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->size(), QSize(1600, 1000));
    QCOMPARE(m_window->dockWidgetArea(child<QDockWidget>(u"inspectorDock"_s)), Qt::LeftDockWidgetArea);
    QSettings().remove(u"window"_s); // the other tests start with the default layout
}

void TestMainWindow::longMessagesAreElidedAndKept()
{
    m_window->resize(1024, 700);
    QTRY_COMPARE(m_window->width(), 1024);
    QCOMPARE(QTextDocumentFragment::fromHtml(child<QLabel>(u"costsEmptyHint"_s)->text())
                 .toPlainText()
                 .count(u"Load & audit"_s),
             1);
    const QString text =
        u"The model provider failed: "_s + QString(u"connection refused by 127.0.0.1:9, "_s).repeated(8);
    emit m_window->findChild<gui::DocumentsPanel *>()->failed(text);
    const QString shown = m_window->statusBar()->currentMessage();
    QVERIFY2(shown.endsWith(u"…"_s) && shown.size() < text.size(), qPrintable(shown));
    QCOMPARE(m_window->statusBar()->toolTip(), u"⚠ "_s + text);
    auto *log = child<gui::MessageLog>(u"messageLog"_s);
    // It ends before the permanent fields, the first of which is the log's button.
    QVERIFY(m_window->statusBar()->fontMetrics().horizontalAdvance(shown) + 8 <= log->x());
    QVERIFY(log->lines().constLast().endsWith(u"⚠ "_s + text));
    QCOMPARE(log->text(), u"Messages (%1)"_s.arg(log->lines().size()));
    QTest::mouseClick(log, Qt::LeftButton);
    auto *window = dialog<QDialog>(u"messageLogWindow"_s);
    QVERIFY(window->findChild<QPlainTextEdit *>(u"messageLogText"_s)->toPlainText().contains(text));
    savePng(window, u"log"_s);
    // Further messages follow in the open log; a short one is shown whole, with no tooltip.
    emit m_window->findChild<gui::DocumentsPanel *>()->message(u"Created document 1234abcd"_s);
    QCOMPARE(m_window->statusBar()->currentMessage(), u"Created document 1234abcd"_s);
    QVERIFY(m_window->statusBar()->toolTip().isEmpty());
    QVERIFY(window->findChild<QPlainTextEdit *>(u"messageLogText"_s)
                ->toPlainText()
                .endsWith(u"Created document 1234abcd"_s));
    window->close();
}

void TestMainWindow::invalidCallHeaderIsNotSent()
{
    QTest::mouseClick(child<QToolButton>(u"addCallHeader"_s), Qt::LeftButton);
    auto *table = child<QTableWidget>(u"callHeadersTable"_s);
    QTRY_VERIFY(visibleChild<QComboBox>(table, u"callHeaderNameEditor"_s));
    table->setCurrentCell(0, 1); // the editor closes
    table->item(0, 0)->setText(u"not a header"_s);
    child<QPlainTextEdit>(u"documentPrompt"_s)->setPlainText(u"never sent"_s);
    QTest::mouseClick(child<QPushButton>(u"createDocument"_s), Qt::LeftButton);
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"is not a header name"_s));
    QCOMPARE(table->currentRow(), 0);
    QCOMPARE(table->currentColumn(), 0);
    QTest::qWait(200);
    QCOMPARE(m_backend->snapshot().all().calls, 0);
    QCOMPARE(child<QPlainTextEdit>(u"documentPrompt"_s)->toPlainText(), u"never sent"_s);
}

// An app instrumented with the Pay-i SDK reports a call over HTTP: its source appears in the
// selector live, with its calls; choosing it leaves only its use case in the tree and the
// chart, the exports take only its calls, and the inspector shows the headers its SDK sent.
void TestMainWindow::outsideAppAppearsAsASource_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1600x1000") << QSize(1600, 1000);
    QTest::newRow("1024x700") << QSize(1024, 700);
}

void TestMainWindow::outsideAppAppearsAsASource()
{
    QFETCH(QSize, size);
    m_window->resize(size);
    auto *selector = child<gui::SourceSelector>(u"sourceSelector"_s);
    const auto texts = [selector] {
        QStringList list;
        for (int i = 0; i < selector->count(); ++i)
            list << selector->itemText(i);
        return list;
    };
    // Before anything reports: every source, the document app, and how an outside app would.
    QCOMPARE(selector->count(), 3);
    QCOMPARE(selector->itemText(1), u"document app — no calls yet"_s);
    QVERIFY(selector->itemText(2).startsWith(u"No outside app has reported yet (PAYI_BASE_URL="_s));
    selector->showPopup();
    QTRY_VERIFY(selector->view()->isVisible());
    savePng(selector->view()->window(), QString::fromLatin1(QTest::currentDataTag()) + u"-before"_s);
    selector->hidePopup();
    createDocument(u"autumn leaves"_s);
    QTRY_VERIFY(selector->itemText(1).startsWith(u"document app — 1 call, last "_s));

    const QByteArray key = "gui-key-never-shown";
    const QString source =
        u"openai/2.34.0 · key "_s
        + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(6));
    HttpProbe probe(m_backend->url());
    const HttpProbe::Reply reply = probe.call(
        "POST", u"/api/v1/ingest?id=chatcmpl-gui"_s,
        R"({"category": "system.openai", "resource": "gpt-5.4", "units": {"text": {"input": 9, "output": 87}}})",
        {{"User-Agent", "Payi/Python 0.1.0-alpha.177"},
         {"xProxy-api-key", key},
         {"xProxy-UseCase-Name", "summarize"},
         {"xProxy-UseCase-ID", "inst-42"},
         {"xProxy-User-ID", "alice"},
         {"xProxy-Instrumented-Module", "openai/2.34.0"},
         {"x-stainless-retry-count", "0"}});
    QCOMPARE(reply.status, 200);
    QTRY_VERIFY(selector->findData(source, gui::SourceSelector::SourceRole) >= 0);
    QTRY_COMPARE(texts().size(), 3); // the hint went when the app came
    QVERIFY(selector->itemText(2).startsWith(source + u" — 1 call, last "_s));
    QVERIFY(selector->itemText(0).startsWith(u"All sources — 2 calls"_s));
    QVERIFY(!texts().join(u'\n').contains(QString::fromLatin1(key)));
    QTRY_VERIFY(tree().useCaseIndex(u"summarize"_s).isValid());
    savePng(m_window.get(), QString::fromLatin1(QTest::currentDataTag()) + u"-all"_s);
    selector->showPopup(); // the list as a person opens it
    QTRY_VERIFY(selector->view()->isVisible());
    savePng(selector->view()->window(), QString::fromLatin1(QTest::currentDataTag()) + u"-list"_s);
    selector->hidePopup();

    // Chosen: the tree keeps the app's use case, the chart its line and model.
    auto *view = child<QTreeView>(u"costTree"_s);
    QCOMPARE(view->model()->rowCount(), 2);
    QVERIFY(selector->choose(source));
    QCOMPARE(selector->source(), source);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 0).data().toString(), u"summarize"_s);
    QCOMPARE(view->model()->index(0, gui::CostTreeModel::Calls).data().toString(), u"1"_s);
    QCOMPARE(view->model()->index(0, gui::CostTreeModel::Cost).data().toString(),
             tree().data(tree().useCaseIndex(u"summarize"_s).siblingAtColumn(gui::CostTreeModel::Cost)).toString());
    QChart *timeline = child<QChartView>(u"costTimeline"_s)->chart();
    const auto lineNames = [timeline] {
        QStringList names;
        for (QAbstractSeries *series : timeline->series())
            names << series->name();
        return names;
    };
    QTRY_COMPARE(lineNames(), QStringList{u"summarize"_s});
    QChart *byModel = child<QChartView>(u"costByModel"_s)->chart();
    auto *axis = qobject_cast<QBarCategoryAxis *>(byModel->axes(Qt::Vertical).value(0));
    QTRY_COMPARE(axis->categories(), QStringList{u"gpt-5.4  $0.00133"_s});
    const QBarSet *bars = qobject_cast<QHorizontalBarSeries *>(byModel->series().value(0))->barSets().value(0);
    QCOMPARE(bars->at(0), 0.0013275); // 9 × 2.5 + 87 × 15 µUSD

    // Its call in the inspector: the source and the headers its SDK sent, never the key.
    view->expandAll();
    const QModelIndex useCase = view->model()->index(0, 0);
    QTRY_VERIFY(view->model()->rowCount(useCase) == 1);
    const QModelIndex instance = view->model()->index(0, 0, useCase);
    QCOMPARE(instance.data().toString(), u"inst-42"_s);
    QTRY_VERIFY(view->model()->rowCount(instance) == 1);
    view->setCurrentIndex(view->model()->index(0, 0, instance));
    auto *sourceLabel = child<QLabel>(u"contextSource"_s);
    QTRY_VERIFY(sourceLabel->isVisible());
    QVERIFY(sourceLabel->text().contains(source.toHtmlEscaped()));
    auto *headers = child<QTreeWidget>(u"contextSourceHeaders"_s);
    QVERIFY(headers->isVisible());
    QStringList shown;
    for (int i = 0; i < headers->topLevelItemCount(); ++i)
        shown << headers->topLevelItem(i)->text(0) + u": "_s + headers->topLevelItem(i)->text(1);
    QCOMPARE(shown, (QStringList{u"User-Agent: Payi/Python 0.1.0-alpha.177"_s, u"xProxy-UseCase-Name: summarize"_s,
                                 u"xProxy-UseCase-ID: inst-42"_s, u"xProxy-User-ID: alice"_s,
                                 u"xProxy-Instrumented-Module: openai/2.34.0"_s, u"x-stainless-retry-count: 0"_s}));
    QTest::qWait(500);
    savePng(m_window.get(), QString::fromLatin1(QTest::currentDataTag()) + u"-chosen"_s);
    child<QAction>(u"actionShowChart"_s)->trigger();
    savePng(m_window.get(), QString::fromLatin1(QTest::currentDataTag()) + u"-chart"_s);
    child<QAction>(u"actionShowCosts"_s)->trigger();

    // The export takes the app's calls only.
    const QString path = m_dir->filePath(u"summarize.jsonl"_s);
    gui::FileDialog::instance().setNextFileName(path);
    QSignalSpy exported(m_window.get(), &gui::MainWindow::exported);
    child<QAction>(u"actionExportJsonLines"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 10000);
    QVERIFY2(exported.first().at(0).toBool(), qPrintable(exported.first().at(1).toString()));
    QCOMPARE(exported.first().at(1).toString(), u"Exported 1 event of %1 to %2"_s.arg(source, path));
    QFile out(path);
    QVERIFY(out.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = out.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    QCOMPARE(QJsonDocument::fromJson(lines.first()).object().value(u"source"_s).toString(), source);

    // The document app's own call: Costbench's, no headers.
    QVERIFY(selector->choose(u"document app"_s));
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 0).data().toString(), u"create_document"_s);
    QTRY_COMPARE(lineNames(), QStringList{u"create_document"_s});
    selectFirstCall(u"create_document"_s);
    QTRY_VERIFY(sourceLabel->text().contains(u"Costbench's own call"_s));
    QVERIFY(!headers->isVisible());

    // Every source again: both use cases.
    QVERIFY(selector->choose(QString()));
    QTRY_COMPARE(view->model()->rowCount(), 2);
    QTRY_COMPARE(lineNames().size(), 2);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
