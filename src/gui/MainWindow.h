#pragma once

#include "backend/ReadModels.h"

#include <QDateTime>
#include <QMainWindow>
#include <QScopedPointer>

class QDockWidget;
class QLabel;
class QTimer;

namespace Ui {
class MainWindow;
}
namespace backend {
class Backend;
class CallEventFeed;
} // namespace backend

namespace gui {

class ApiClient;
class ContextInspector;
class CostChart;
class CostTreeFilter;
class CostTreeModel;
class DocumentsPanel;
class InstrumentationPanel;
class LedgerStatus;
class LimitsPanel;
class LoadPanel;
class MessageLog;
class ModeSwitch;
class SeedDemo;
class SourceSelector;

// The workbench: documents on the left, live costs, chart, limits, load and the
// instrumentation explained in the centre, the selected call's context on the right, and
// the global/scoped switch always in the toolbar. Reads only through the Backend facade
// (every 100 ms it takes the ledger's snapshot, a pointer copy, and updates what changed)
// and changes state only through the embedded server's HTTP API, as any client would.
// Nothing here waits on SQL or the network.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const backend::Backend &backend, QWidget *parent = nullptr);
    ~MainWindow() override;

    static constexpr int RefreshMs = 100;

    CostTreeModel *costTree() const { return m_tree; }
    LoadPanel *loadPanel() const { return m_load; }
    SeedDemo *seedDemo() const { return m_seedDemo; }
    SourceSelector *sourceSelector() const { return m_sources; }

    // Writes every event of the chosen source (SourceSelector; all of them by default) to path
    // in the background; the status bar reports the end.
    void exportEvents(const QString &path, backend::EventFormat format);

signals:
    void exported(bool ok, const QString &message);

protected:
    // Keeps the window's geometry, its docks' places and their widths for the next start.
    void closeEvent(QCloseEvent *event) override;
    // The docks go back to the widths they were given when a narrow window grows again.
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The constructor's steps, in order.
    void setUpCostTree();
    void setUpSourceSelector();
    void setUpPanels();
    void setUpScopeLab();
    void setUpTimeline();
    void setUpActions();
    void setUpMessages();
    void setUpStatusBar();
    void setUpLiveData();
    void restoreLayout();

    void fitNameColumn();
    void refresh();
    void addEvents(const QList<backend::StoredEvent> &events);
    void showSelectedCall();
    // The tree, the chart and the exports follow the source chosen (empty: all).
    void showSource(const QString &source);
    // The tree changed rows from..to: the inspector follows the selected call when among them.
    void followSelectedCall(const QModelIndex &from, const QModelIndex &to);
    void chooseExport(backend::EventFormat format);
    void showSettings();
    void showMessage(const QString &text);
    void showError(const QString &text);
    void post(const QString &text, int timeoutMs);
    // A provider that answers 401 or 403 rejected the key: say so above the tabs, with the fix.
    void noticeRejectedKeys(const QList<backend::StoredEvent> &events);

    QScopedPointer<Ui::MainWindow> m_ui;
    const backend::Backend &m_backend;
    ApiClient *m_api;
    CostTreeModel *m_tree;
    CostTreeFilter *m_proxy;
    SourceSelector *m_sources;
    backend::CallEventFeed *m_feed;
    DocumentsPanel *m_documents;
    ContextInspector *m_inspector;
    CostChart *m_chart;
    LimitsPanel *m_limits;
    LoadPanel *m_load;
    InstrumentationPanel *m_instrumentation;
    ModeSwitch *m_modeSwitch;
    SeedDemo *m_seedDemo;
    MessageLog *m_messageLog;
    QLabel *m_statusServer;
    QLabel *m_statusInFlight;
    QLabel *m_statusCalls;
    QLabel *m_statusCost;
    LedgerStatus *m_statusLedger;
    QTimer *m_refresh;
    qint64 m_seenMisattributed = 0;
    QDateTime m_openedAt; // calls before this are history: their failures are not news
    QList<QDockWidget *> m_docks;
    QList<int> m_dockWidths; // what each dock was given: by default, by a drag, or on the last run
    bool m_fittingDocks = false;
    int m_lastWidth = 0; // the window's width the docks were last fitted to
};

} // namespace gui
