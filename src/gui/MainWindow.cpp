#include "gui/MainWindow.h"

#include "ui_MainWindow.h"

#include "backend/Backend.h"
#include "backend/CallEventFeed.h"
#include "gui/ApiClient.h"
#include "gui/ContextInspector.h"
#include "gui/CostChart.h"
#include "gui/CostTreeModel.h"
#include "gui/CostTreePager.h"
#include "gui/Counted.h"
#include "gui/DocumentsPanel.h"
#include "gui/FileDialog.h"
#include "gui/InstrumentationPanel.h"
#include "gui/LedgerStatus.h"
#include "gui/LimitsPanel.h"
#include "gui/LoadPanel.h"
#include "gui/MessageLog.h"
#include "gui/ModeSwitch.h"
#include "gui/MoneyText.h"
#include "gui/ScopeLab.h"
#include "gui/SeedDemo.h"
#include "gui/SettingsDialog.h"
#include "gui/SourceSelector.h"
#include "gui/TimelinePanel.h"
#include "gui/TrackingGuide.h"
#include "payi/CallEvent.h"

#include <QApplication>
#include <QDateTime>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QUuid>

namespace gui {

namespace {

// The tree starts with the most recent calls; older ones stay in the ledger and exports.
constexpr qint64 HistoryOnStart = 5000;

// The cost tree's row of the call a request made, if the tree holds it.
QModelIndex callOfRequest(const QAbstractItemModel &tree, const QUuid &request, const QModelIndex &parent = {})
{
    for (int row = 0; row < tree.rowCount(parent); ++row) {
        const QModelIndex index = tree.index(row, 0, parent);
        const QVariant event = index.data(CostTreeModel::CallEventRole);
        if (event.isValid() && QUuid::fromString(event.value<payi::CallEvent>().requestId) == request)
            return index;
        if (const QModelIndex found = event.isValid() ? QModelIndex() : callOfRequest(tree, request, index);
            found.isValid())
            return found;
    }
    return {};
}

// The version of the saved dock layout (QMainWindow::saveState): bump it when the docks change.
constexpr int LayoutVersion = 1;

// A tab's panel in a scroll area: a form wider than the centre scrolls instead of setting how
// narrow the centre, and so the docks beside it, may be (a 1024-pixel-wide window).
QWidget *scrollable(QWidget *panel)
{
    auto *area = new QScrollArea;
    area->setObjectName(panel->objectName() + QStringLiteral("Scroll"));
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setWidget(panel);
    return area;
}

QDockWidget *dock(const QString &title, const QString &name, QWidget *content, QMainWindow *window)
{
    auto *d = new QDockWidget(title, window);
    d->setObjectName(name);
    d->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    d->setWidget(content);
    return d;
}

} // namespace

MainWindow::MainWindow(const backend::Backend &backend, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow)
    , m_backend(backend)
    , m_api(new ApiClient(backend.url(), backend.options().token, this))
    , m_tree(new CostTreeModel(this))
    , m_proxy(new CostTreeFilter(this))
    , m_sources(new SourceSelector(backend.url(), this))
    , m_feed(backend.eventFeed(std::max<qint64>(0, backend.snapshot().lastSeq() - HistoryOnStart), this))
    , m_messageLog(new MessageLog(this))
    , m_statusServer(new QLabel(this))
    , m_statusInFlight(new QLabel(this))
    , m_statusCalls(new QLabel(this))
    , m_statusCost(new QLabel(this))
    , m_statusLedger(new LedgerStatus(*m_api, this))
    , m_refresh(new QTimer(this))
    , m_openedAt(QDateTime::currentDateTimeUtc())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Costbench — %1").arg(backend.url().toString()));
    setUpCostTree();
    setUpSourceSelector();
    setUpPanels();
    setUpActions();
    setUpMessages();
    setUpStatusBar();
    setUpLiveData();
    restoreLayout();
}

// The live tree, sorted and filtered through a proxy.
void MainWindow::setUpCostTree()
{
    m_tree->setObjectName(QStringLiteral("costTreeModel"));
    m_proxy->setSourceModel(m_tree);
    m_ui->costTree->setModel(m_proxy);
    m_ui->costTree->sortByColumn(CostTreeModel::LastActivity, Qt::DescendingOrder);
    QHeaderView *header = m_ui->costTree->header();
    header->setStretchLastSection(false);
    // The cost first of the numbers: a narrow window scrolls the others out of view.
    header->moveSection(header->visualIndex(CostTreeModel::Cost), 1);
    m_ui->costTree->viewport()->installEventFilter(this);
    // Fixed widths from the font: sizing to contents would measure every row on each update.
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const QList<QPair<int, int>> widths = {{CostTreeModel::Calls, 7},         {CostTreeModel::InputTokens, 10},
                                           {CostTreeModel::OutputTokens, 10}, {CostTreeModel::Cost, 11},
                                           {CostTreeModel::Users, 11},        {CostTreeModel::Misattributed, 9},
                                           {CostTreeModel::LastActivity, 13}};
    for (const auto &[column, digits] : widths) {
        const int text = fontMetrics().horizontalAdvance(m_tree->headerData(column, Qt::Horizontal).toString());
        header->resizeSection(column, std::max(text + 3 * digit, digits * digit));
    }
    header->setMinimumSectionSize(5 * digit);
    m_ui->costTree->setTextElideMode(Qt::ElideMiddle);
    new CostTreePager(*m_api, m_tree, m_ui->costTree, m_proxy, this);
    m_ui->costsEmptyHint->setText(
        tr("No calls yet. Run the seed demo (Ctrl+D) to see the whole story in a minute: a document, two appends, "
           "then a small load in scoped and in global mode. Or create a document on the left (Ctrl+N), run the "
           "Load &amp; audit tab (Ctrl+R), or call the server from outside — <code>curl -X POST %1/documents -d "
           "'{\"prompt\":\"a haiku\"}'</code> — and "
           "the calls appear here as they happen.")
            .arg(m_backend.url().toString()));
    m_ui->costsEmptyHint->setTextFormat(Qt::RichText);
    m_ui->costsEmptyHint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_ui->costFilter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, m_ui->costFilter, [this] { m_ui->costFilter->setFocus(); });
    addAction(findAction);
}

// The source selector, on a row of its own under the Costs tab's title: the tree, the chart
// and the exports show the source chosen.
void MainWindow::setUpSourceSelector()
{
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&Source"), m_ui->costsTab);
    label->setBuddy(m_sources);
    row->addWidget(label);
    row->addWidget(m_sources, 1);
    m_ui->costsLayout->insertLayout(1, row);
    connect(m_sources, &SourceSelector::sourceChosen, this, &MainWindow::showSource);
}

// The panels of the tabs, the mode switch in the toolbar, the documents and the inspector
// in docks.
void MainWindow::setUpPanels()
{
    m_documents = new DocumentsPanel(*m_api, m_backend, this);
    connect(m_documents, &DocumentsPanel::documentsListed, m_tree, &CostTreeModel::setInstanceLabels);
    m_inspector = new ContextInspector(this);
    m_inspector->setLimitNames([this](const QString &id) {
        const std::optional<payi::Limit> limit = m_backend.limit(id);
        return limit ? limit->spec.name : QString();
    });
    m_chart = new CostChart(this);
    m_limits = new LimitsPanel(*m_api, m_backend, this);
    m_load = new LoadPanel(m_backend, *m_api, this);
    m_instrumentation = new InstrumentationPanel(*m_api, this);
    m_modeSwitch = new ModeSwitch(*m_api, this);
    m_seedDemo = new SeedDemo(*m_api, *m_load, this);
    m_ui->chartLayout->addWidget(m_chart);
    m_ui->limitsLayout->addWidget(scrollable(m_limits));
    m_ui->loadLayout->addWidget(scrollable(m_load));
    m_ui->instrumentationLayout->addWidget(scrollable(m_instrumentation));
    setUpScopeLab();
    m_ui->mainToolBar->addSeparator();
    m_ui->mainToolBar->addWidget(m_modeSwitch);
    addDockWidget(Qt::LeftDockWidgetArea, dock(tr("Documents"), QStringLiteral("documentsDock"), m_documents, this));
    addDockWidget(Qt::RightDockWidgetArea,
                  dock(tr("Context inspector"), QStringLiteral("inspectorDock"), m_inspector, this));
    m_docks = findChildren<QDockWidget *>();
    m_dockWidths = {320, 290};
    resizeDocks(m_docks, m_dockWidths, Qt::Horizontal);
    for (QDockWidget *d : std::as_const(m_docks))
        d->installEventFilter(this);
    setUpTimeline();
}

// The Timeline tab, after Load & audit: the last run request by request.
void MainWindow::setUpTimeline()
{
    auto *timeline = new TimelinePanel(m_backend, m_ui->mainTabs);
    m_ui->mainTabs->insertTab(m_ui->mainTabs->indexOf(m_ui->loadTab) + 1, timeline, tr("Timeline"));
    // A lane clicked: its call in the inspector, selected in the cost tree as if chosen there.
    connect(timeline, &TimelinePanel::requestSelected, this, [this](const QString &requestId) {
        const QModelIndex call = m_proxy->mapFromSource(callOfRequest(*m_tree, QUuid::fromString(requestId)));
        if (call.isValid())
            m_ui->costTree->setCurrentIndex(call);
        else if (!requestId.isEmpty())
            showMessage(tr("The call of request %1 is not in the Costs tab's tree (filtered out, or older than it "
                           "keeps)")
                            .arg(requestId));
    });
}

// The Scope lab: scopes, headers and their merge, computed by the payi library; no server state.
void MainWindow::setUpScopeLab()
{
    auto *lab = new ScopeLab(this);
    lab->setObjectName(QStringLiteral("scopeLab"));
    m_ui->mainTabs->addTab(scrollable(lab), tr("Scope lab"));
}

// Where the last run left the window, its docks and their widths; a first start keeps the
// defaults above.
void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray(), LayoutVersion);
    const QVariantList widths = settings.value(QStringLiteral("window/dockWidths")).toList();
    if (widths.size() == m_dockWidths.size()) {
        for (int i = 0; i < widths.size(); ++i)
            m_dockWidths[i] = std::max(widths[i].toInt(), m_docks[i]->minimumSizeHint().width());
        resizeDocks(m_docks, m_dockWidths, Qt::Horizontal);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState(LayoutVersion));
    QVariantList widths;
    for (int width : std::as_const(m_dockWidths))
        widths.append(width);
    settings.setValue(QStringLiteral("window/dockWidths"), widths);
    QMainWindow::closeEvent(event);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event); // the docks are laid out already, before this handler
    if (event->size().width() == m_lastWidth)
        return;
    m_lastWidth = event->size().width();
    m_fittingDocks = true;
    resizeDocks(m_docks, m_dockWidths, Qt::Horizontal);
    m_fittingDocks = false;
}

// A dock resized while the window keeps its width was resized by hand (a drag of its edge):
// that is its width from now on.
// The name column takes what the numbers leave, but never less than a use case's name and an
// instance's id need to be told apart.
void MainWindow::fitNameColumn()
{
    QHeaderView *header = m_ui->costTree->header();
    int numbers = 0;
    for (int column = 0; column < CostTreeModel::ColumnCount; ++column)
        if (column != CostTreeModel::Name && !header->isSectionHidden(column))
            numbers += header->sectionSize(column);
    const int least = 22 * fontMetrics().horizontalAdvance(QLatin1Char('0'));
    header->resizeSection(CostTreeModel::Name, std::max(least, m_ui->costTree->viewport()->width() - numbers));
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->costTree->viewport() && event->type() == QEvent::Resize)
        fitNameColumn();
    if (event->type() == QEvent::Resize && !m_fittingDocks) {
        const auto *resize = static_cast<QResizeEvent *>(event);
        const int i = m_docks.indexOf(qobject_cast<QDockWidget *>(watched));
        if (i >= 0 && isVisible() && resize->oldSize().isValid() && m_lastWidth == width())
            m_dockWidths[i] = resize->size().width();
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::setUpActions()
{
    connect(m_ui->actionNewDocument, &QAction::triggered, m_documents, &DocumentsPanel::focusPrompt);
    connect(m_ui->actionRunLoad, &QAction::triggered, this, [this] {
        m_ui->mainTabs->setCurrentWidget(m_ui->loadTab);
        m_load->run();
    });
    connect(m_ui->actionRunSeedDemo, &QAction::triggered, this, [this] {
        m_ui->mainTabs->setCurrentWidget(m_ui->loadTab);
        m_seedDemo->start();
    });
    connect(m_seedDemo, &SeedDemo::stepped, this, [this](const QString &text) {
        m_ui->actionRunSeedDemo->setEnabled(false);
        m_load->showNote(text);
        showMessage(text);
    });
    connect(m_seedDemo, &SeedDemo::documentCreated, m_documents, &DocumentsPanel::select);
    connect(m_seedDemo, &SeedDemo::finished, this, [this](bool ok, const QString &summary) {
        m_ui->actionRunSeedDemo->setEnabled(true);
        m_load->showNote(summary);
        ok ? showMessage(summary) : showError(summary);
    });
    connect(m_ui->actionExportCsv, &QAction::triggered, this, [this] { chooseExport(backend::EventFormat::Csv); });
    connect(m_ui->actionExportJsonLines, &QAction::triggered, this,
            [this] { chooseExport(backend::EventFormat::JsonLines); });
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_ui->actionNewLimit, &QAction::triggered, this, [this] {
        m_ui->mainTabs->setCurrentWidget(m_ui->limitsTab);
        m_limits->focusNewLimit();
    });
    connect(m_ui->actionEditLimit, &QAction::triggered, this, [this] {
        m_ui->mainTabs->setCurrentWidget(m_ui->limitsTab);
        m_limits->editSelected();
    });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QMainWindow::close);
    connect(m_ui->actionHowTrackingWorks, &QAction::triggered, this, [this] { TrackingGuide::open(this); });
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        auto *about = new QMessageBox(QMessageBox::NoIcon, tr("About Costbench"), aboutText(), QMessageBox::Ok, this);
        about->setObjectName(QStringLiteral("aboutBox"));
        about->setTextFormat(Qt::RichText);
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->open();
    });
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    const QList<QPair<QAction *, QWidget *>> tabs = {
        {m_ui->actionShowCosts, m_ui->costsTab},
        {m_ui->actionShowChart, m_ui->chartTab},
        {m_ui->actionShowLimits, m_ui->limitsTab},
        {m_ui->actionShowLoad, m_ui->loadTab},
        {m_ui->actionShowInstrumentation, m_ui->instrumentationTab},
    };
    for (const auto &[action, tab] : tabs)
        connect(action, &QAction::triggered, m_ui->mainTabs,
                [this, tab = tab] { m_ui->mainTabs->setCurrentWidget(tab); });
}

// What the panels report goes to the status bar; a rejected key to the notice above the tabs.
void MainWindow::setUpMessages()
{
    connect(m_documents, &DocumentsPanel::failed, this, &MainWindow::showError);
    connect(m_documents, &DocumentsPanel::message, this, &MainWindow::showMessage);
    connect(m_limits, &LimitsPanel::failed, this, &MainWindow::showError);
    connect(m_limits, &LimitsPanel::message, this, &MainWindow::showMessage);
    connect(m_load, &LoadPanel::failed, this, &MainWindow::showError);
    connect(m_modeSwitch, &ModeSwitch::failed, this, &MainWindow::showError);
    connect(m_instrumentation, &InstrumentationPanel::failed, this, &MainWindow::showError);
    connect(m_instrumentation, &InstrumentationPanel::applied, this, &MainWindow::showMessage);
    connect(m_limits, &LimitsPanel::useLimit, this, [this](const QString &id) {
        findChild<QLineEdit *>(QStringLiteral("requestLimitIds"))->setText(id);
        showMessage(tr("The next document requests carry X-Limit-Ids: %1").arg(id));
    });
    connect(m_load, &LoadPanel::finished, this, [this](qint64 calls, qint64 misattributed) {
        showMessage(tr("Load run done: %1, %2 misattributed")
                        .arg(counted(calls, tr("%1 call"), tr("%1 calls")))
                        .arg(misattributed));
    });
    connect(this, &MainWindow::exported, this,
            [this](bool ok, const QString &message) { ok ? showMessage(message) : showError(message); });
    connect(m_ui->providerKeyNotice, &QLabel::linkActivated, this, [this](const QString &link) {
        m_ui->providerKeyNotice->hide();
        if (link == QLatin1String("settings"))
            showSettings();
    });
}

void MainWindow::setUpStatusBar()
{
    connect(statusBar(), &QStatusBar::messageChanged, this, [this](const QString &shown) {
        if (shown.isEmpty())
            statusBar()->setToolTip(QString());
    });
    statusBar()->addPermanentWidget(m_messageLog);
    m_statusServer->setObjectName(QStringLiteral("statusServer"));
    m_statusInFlight->setObjectName(QStringLiteral("statusInFlight"));
    m_statusCalls->setObjectName(QStringLiteral("statusCalls"));
    m_statusCost->setObjectName(QStringLiteral("statusCost"));
    m_statusServer->setText(tr("Server %1").arg(m_backend.url().toString()));
    m_statusServer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_statusServer);
    statusBar()->addPermanentWidget(m_statusInFlight);
    statusBar()->addPermanentWidget(m_statusCalls);
    statusBar()->addPermanentWidget(m_statusCost);
    statusBar()->addPermanentWidget(m_statusLedger);
    // A message takes its room while it shows (at 1024 pixels it would be cut short otherwise).
    connect(statusBar(), &QStatusBar::messageChanged, m_statusLedger,
            [this](const QString &shown) { m_statusLedger->setVisible(shown.isEmpty()); });
}

// The feed's events, the selected call, and the refresh tick; then the first refresh.
void MainWindow::setUpLiveData()
{
    connect(m_feed, &backend::CallEventFeed::arrived, this, &MainWindow::addEvents);
    connect(m_ui->costTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::showSelectedCall);
    connect(m_tree, &QAbstractItemModel::dataChanged, this, &MainWindow::followSelectedCall);
    m_refresh->setInterval(RefreshMs);
    connect(m_refresh, &QTimer::timeout, this, &MainWindow::refresh);
    m_refresh->start();
    refresh();
    m_documents->refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::refresh()
{
    const backend::CostSnapshot snapshot = m_backend.snapshot();
    m_tree->applySnapshot(snapshot);
    m_sources->showSources(snapshot);
    m_feed->poll();
    const qint64 misattributed = m_backend.auditCounts().misattributed;
    if (misattributed != m_seenMisattributed) {
        m_seenMisattributed = misattributed;
        m_tree->setMisattributions(m_backend.misattributions());
    }
    const backend::InstrumentationMode mode = m_backend.mode();
    m_modeSwitch->showMode(mode);
    m_instrumentation->showMode(mode);
    m_instrumentation->showGlobalContext(m_backend.globalContext());
    m_limits->refresh();
    m_chart->sample(snapshot, QDateTime::currentMSecsSinceEpoch());
    // The document app's own: an outside app may name its use cases alike (the seed's Flask app does).
    const QHash<QString, backend::CostTotals> &documentApp = snapshot.useCases(payi::documentAppSource());
    m_documents->observeDocumentCalls(documentApp.value(QStringLiteral("create_document")).calls
                                      + documentApp.value(QStringLiteral("append_document")).calls);
    m_ui->costsEmptyHint->setVisible(m_tree->rowCount() == 0);

    m_statusInFlight->setText(tr("%1 in flight").arg(m_backend.requestsInFlight()));
    const qint64 calls = snapshot.all().calls;
    m_statusCalls->setText(calls == 1 ? tr("1 call") : tr("%L1 calls").arg(calls));
    m_statusCost->setText(tr("Total %1").arg(moneyText(snapshot.all().cost.total)));
}

void MainWindow::addEvents(const QList<backend::StoredEvent> &events)
{
    m_tree->addEvents(events, m_backend.snapshot());
    noticeRejectedKeys(events);
    if (events.size() == backend::CallEventFeed::PageSize)
        m_feed->poll(); // more are waiting
}

void MainWindow::noticeRejectedKeys(const QList<backend::StoredEvent> &events)
{
    const auto rejected = std::find_if(events.crbegin(), events.crend(), [this](const backend::StoredEvent &stored) {
        const payi::CallEvent &e = stored.event;
        return e.failed && (e.httpStatusCode == 401 || e.httpStatusCode == 403)
               && e.failureKind == QLatin1String("http_error") && e.eventTimestamp >= m_openedAt;
    });
    if (rejected == events.crend())
        return;
    const payi::CallEvent &e = rejected->event;
    m_ui->providerKeyNotice->setText(
        tr("<b>The model provider rejected the API key</b> (%1 answered HTTP %2: %3).<br>"
           "Check the key in <a href=\"settings\">Settings</a> (Ctrl+,) — provider, base URL and key — or the "
           "OPENAI_API_KEY you started Costbench with, then restart Costbench. Every call fails until the key "
           "is accepted. <a href=\"dismiss\">Dismiss</a>")
            .arg(e.providerUri.toHtmlEscaped())
            .arg(e.httpStatusCode)
            .arg(e.failureDescription.left(200).toHtmlEscaped()));
    m_ui->providerKeyNotice->show();
    showError(tr("The model provider rejected the API key: check it in Settings"));
}

void MainWindow::showSelectedCall()
{
    const QModelIndex index = m_proxy->mapToSource(m_ui->costTree->currentIndex());
    const QVariant event = index.siblingAtColumn(0).data(CostTreeModel::CallEventRole);
    if (!event.isValid())
        return m_inspector->showNothing();
    m_inspector->showCall(event.value<payi::CallEvent>(),
                          index.siblingAtColumn(0).data(CostTreeModel::MisattributionRole).toMap());
}

void MainWindow::showSource(const QString &source)
{
    const backend::CostSnapshot snapshot = m_backend.snapshot();
    m_tree->setSource(source, snapshot);
    m_proxy->sourceChanged();
    m_chart->showSource(source, snapshot);
    showSelectedCall();
}

void MainWindow::followSelectedCall(const QModelIndex &from, const QModelIndex &to)
{
    const QModelIndex current = m_proxy->mapToSource(m_ui->costTree->currentIndex());
    if (current.isValid() && current.parent() == from.parent() && current.row() >= from.row()
        && current.row() <= to.row() && to.column() == CostTreeModel::ColumnCount - 1 && from.column() == 0)
        showSelectedCall();
}

void MainWindow::chooseExport(backend::EventFormat format)
{
    const bool csv = format == backend::EventFormat::Csv;
    const QString path = FileDialog::instance().getSaveFileName(
        this, csv ? tr("Export events as CSV") : tr("Export events as JSON Lines"),
        csv ? QStringLiteral("costbench-events.csv") : QStringLiteral("costbench-events.jsonl"),
        csv ? tr("CSV (*.csv)") : tr("JSON Lines (*.jsonl)"));
    if (!path.isEmpty())
        exportEvents(path, format);
}

void MainWindow::exportEvents(const QString &path, backend::EventFormat format)
{
    const QString source = m_sources->source();
    const QString of = source.isEmpty() ? QString() : tr(" of %1").arg(source);
    showMessage(tr("Exporting events%1 to %2…").arg(of, path));
    m_backend.exportEvents(path, format, source).then(this, [this, path, of](const base::Result<qint64> &written) {
        if (!written)
            return emit exported(false, tr("Export failed: %1").arg(written.error().message));
        const QString events = *written == 1 ? tr("1 event") : tr("%L1 events").arg(*written);
        emit exported(true, tr("Exported %1%2 to %3").arg(events, of, path));
    });
}

void MainWindow::showSettings()
{
    // open(), not exec(): no nested event loop while the server's answers keep arriving.
    auto *dialog = new SettingsDialog(m_backend, *m_api, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showMessage(const QString &text)
{
    post(text, 6000);
}

void MainWindow::showError(const QString &text)
{
    post(QStringLiteral("⚠ ") + text, 10000);
}

// A message longer than the room beside the permanent fields is elided, whole on hover and
// in the message log.
void MainWindow::post(const QString &text, int timeoutMs)
{
    m_messageLog->add(text);
    m_statusLedger->hide(); // back when the message goes (setUpStatusBar)
    statusBar()->layout()->activate();
    int room = statusBar()->width() - 3 * statusBar()->layout()->spacing() - 16;
    for (QWidget *field : {static_cast<QWidget *>(m_messageLog), static_cast<QWidget *>(m_statusServer),
                           static_cast<QWidget *>(m_statusInFlight), static_cast<QWidget *>(m_statusCalls),
                           static_cast<QWidget *>(m_statusCost)})
        room -= field->sizeHint().width() + statusBar()->layout()->spacing();
    const QString shown = statusBar()->fontMetrics().elidedText(text, Qt::ElideRight, std::max(room, 80));
    statusBar()->showMessage(shown, timeoutMs);
    statusBar()->setToolTip(shown == text ? QString() : text);
}

} // namespace gui
