#pragma once

#include "backend/LoadRun.h"
#include "backend/ReadModels.h"

#include <QScopedPointer>
#include <QWidget>

namespace Ui {
class LoadPanel;
}
namespace backend {
class Backend;
class LoadDriver;
} // namespace backend

namespace gui {

class ApiClient;

// Load and audit: sets the simulated model's latency (PUT /sim/settings), fires N concurrent
// document requests at the embedded server (Backend::startLoad), shows progress, and ends
// with the audit's verdict: "N calls, 0 misattributed" in scoped mode; in global mode the
// misattributed calls are counted here and highlighted in the cost tree. This is how the
// seed's warning is taught.
class LoadPanel : public QWidget
{
    Q_OBJECT

public:
    LoadPanel(const backend::Backend &backend, ApiClient &api, QWidget *parent = nullptr);
    ~LoadPanel() override;

    backend::LoadPlan plan() const;
    // Shows plan in the form, so that the next run() sends it.
    void setPlan(const backend::LoadPlan &plan);
    // A line above the verdict that tells where a longer story (the seed demo) stands.
    void showNote(const QString &text);
    // From run() until finished() or failed().
    bool isRunning() const { return m_starting || m_driver; }

public slots:
    void run();
    void cancel();

signals:
    void started();
    void finished(qint64 calls, qint64 misattributed);
    // The run could not start: the server refused the model latency, or did not answer.
    void failed(const QString &message);

private:
    void start(const backend::LoadPlan &plan);
    void showProgress(const backend::LoadProgress &progress);
    void showResult(const backend::LoadProgress &progress);
    void showIdle();

    QScopedPointer<Ui::LoadPanel> m_ui;
    const backend::Backend &m_backend;
    ApiClient &m_api;
    bool m_starting = false;  // the latency is being set
    bool m_cancelled = false; // cancelled before the run started: it stops at once
    backend::LoadDriver *m_driver = nullptr;
    backend::AuditCounts m_before;
};

} // namespace gui
