#pragma once

#include <QAbstractScrollArea>

namespace gui {

class TimelineModel;
struct TimelineLane;

// The timeline drawn: a time ruler, the global context's holder over time with a mark for
// each write, an overview of the requests in flight (every lane, bucketed by pixel column),
// then one lane per request with its phases, and an arrow into each call that read another
// request's write of the global context, from that write. Only the lanes in view are painted;
// the owner coalesces repaints (TimelinePanel). Ctrl+wheel or +/− zoom time around the
// pointer, 0 fits the run, the wheel scrolls the lanes (Shift+wheel: time); hovering a lane
// tells its phases; a click selects it.
class TimelineView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    static constexpr int LabelWidth = 128;
    static constexpr int RulerHeight = 22;
    static constexpr int ContextHeight = 22;
    static constexpr int OverviewHeight = 40;
    static constexpr int HeaderHeight = RulerHeight + ContextHeight + OverviewHeight + 6;
    static constexpr int RowHeight = 16;

    explicit TimelineView(const TimelineModel &model, QWidget *parent = nullptr);

    // How many times the run's span is magnified (1: it fits the width).
    double zoom() const { return m_zoom; }
    void setZoom(double zoom, int anchorX = -1);
    void zoomBy(double factor, int anchorX = -1);
    // The lane under a point of the viewport; -1 for none.
    int laneAt(const QPoint &point) const;
    // Where a lane's row and a time are drawn, in viewport coordinates.
    int rowY(int lane) const;
    int xOf(qint64 ns) const;
    int selectedLane() const { return m_selected; }
    void selectLane(int lane);
    // The words of a lane's tooltip: the request, its kind, each phase's duration, and the
    // attribution it expected against the one its call read.
    QString describe(int lane) const;
    // The arrows drawn now: (writer lane, lane whose call read its write), for the lanes in view.
    QList<QPair<int, int>> arrowsInView() const;
    // Called when the model changed: the scroll ranges follow, and so does a view kept at
    // the newest lanes.
    void modelChanged();

signals:
    void laneSelected(int lane);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    double nsPerPx() const;
    int plotWidth() const;
    void updateScrollBars();
    void paintRuler(QPainter &p, const QRect &area) const;
    void paintContext(QPainter &p, const QRect &area) const;
    void paintOverview(QPainter &p, const QRect &area) const;
    void paintLanes(QPainter &p, const QRect &area) const;
    // The lanes in view, first and last (last < first: none).
    QPair<int, int> lanesInView() const;
    void paintLane(QPainter &p, int index, const TimelineLane &lane, int y) const;
    void paintArrow(QPainter &p, const QPointF &from, const QPointF &to, const QColor &color) const;

    const TimelineModel &m_model;
    double m_zoom = 1.0;
    int m_selected = -1;
    bool m_followNewest = true;
};

} // namespace gui
