#pragma once

#include "backend/LoadRun.h"
#include "backend/ServerOptions.h"

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
// document requests at the embedded server (Backend::startLoad) after making the documents
// their appends go to ("Making 5 documents to append to…"), shows progress, and ends with the
// verdict: "N calls, 0 misattributed" in scoped mode; in global mode the misattributed calls
// are counted (each answer's tracking against its request, as the audit does) and highlighted
// in the cost tree. Under it one sentence says why calls collided, or why none could. This is
// how the seed's warning is taught.
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

    // Why a finished run's calls collided, or why none could, in one sentence, from its counts.
    static QString explanation(const backend::LoadProgress &progress, backend::InstrumentationMode mode);

public slots:
    // Starts a run with the form's plan; the note of an earlier story (the seed demo's) goes.
    void run();
    void cancel();

signals:
    void started();
    void finished(qint64 calls, qint64 misattributed);
    // The run could not start: the server refused the model latency, or did not answer.
    void failed(const QString &message);

private:
    void start(const backend::LoadPlan &plan);
    void showRunning(const backend::LoadPlan &plan);
    void showProgress(const backend::LoadProgress &progress);
    void showResult(const backend::LoadProgress &progress);
    void showIdle();

    QScopedPointer<Ui::LoadPanel> m_ui;
    const backend::Backend &m_backend;
    ApiClient &m_api;
    bool m_starting = false;  // the latency is being set
    bool m_cancelled = false; // cancelled before the run started: it stops at once
    backend::LoadDriver *m_driver = nullptr;
    backend::LoadPlan m_plan;                                                   // the run's
    backend::InstrumentationMode m_mode = backend::InstrumentationMode::Scoped; // the run's
    bool m_preparing = false; // the progress bar counts documents made
};

} // namespace gui
