#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTimer;

namespace backend {
class Backend;
}

namespace gui {

class TimelineModel;
class TimelineView;

// The Timeline tab: the last load run (or seed demo) request by request, live while it runs
// and kept across restarts (Backend::timeline). A line says what run it is and what it found,
// a legend names the colours, and before any run an empty state says how to get one. It
// reads the backend every PollMs and repaints only when something changed and it is visible,
// so that a run at 2,000 requests a second never holds up the window.
class TimelinePanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int PollMs = 200;

    explicit TimelinePanel(const backend::Backend &backend, QWidget *parent = nullptr);

    const TimelineModel &model() const { return *m_model; }
    TimelineView *view() const { return m_view; }
    // Reads what the backend has now (the timer does it every PollMs).
    void poll();
    // The line above the timeline, and the empty state's text.
    QString summary() const;
    QString emptyText() const;

signals:
    // A lane was clicked: the request's id (empty: none selected).
    void requestSelected(const QString &requestId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showModel();

    const backend::Backend &m_backend;
    TimelineModel *m_model;
    TimelineView *m_view;
    QLabel *m_summary;
    QLabel *m_legend;
    QLabel *m_empty;
    QStackedWidget *m_pages;
    QTimer *m_poll;
};

} // namespace gui
