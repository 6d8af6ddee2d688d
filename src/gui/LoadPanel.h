#pragma once

#include "gui/LoadRun.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QThread;

namespace backend {
class Backend;
}

namespace gui {

// Load and audit: fires N concurrent document requests at the embedded server from a
// worker thread, shows progress, and ends with the audit's verdict: "N calls, 0
// misattributed" in scoped mode; in global mode the misattributed calls are counted here
// and highlighted in the cost tree. This is how the seed's warning is taught.
class LoadPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LoadPanel(backend::Backend &backend, QWidget *parent = nullptr);
    ~LoadPanel() override;

    LoadPlan plan() const;
    // Shows plan in the form, so that the next run() sends it.
    void setPlan(const LoadPlan &plan);
    // A line above the verdict that tells where a longer story (the seed demo) stands.
    void showNote(const QString &text);
    bool isRunning() const { return m_thread != nullptr; }

public slots:
    void run();
    void cancel();

signals:
    void started();
    void finished(qint64 calls, qint64 misattributed);

private:
    void showProgress(const LoadProgress &progress);
    void showResult(const LoadProgress &progress);

    backend::Backend &m_backend;
    QSpinBox *m_requests;
    QSpinBox *m_concurrency;
    QSpinBox *m_rate;
    QSpinBox *m_createPercent;
    QSpinBox *m_users;
    QSpinBox *m_documents;
    QSpinBox *m_latency;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_note;
    QLabel *m_banner;
    QLabel *m_details;
    QThread *m_thread = nullptr;
    QPointer<LoadRun> m_current;
    qint64 m_checkedBefore = 0;
    qint64 m_misattributedBefore = 0;
};

} // namespace gui
