#include "gui/TimelineView.h"

#include "gui/TimelineModel.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace gui {

namespace {

const QColor LedgerColor(232, 163, 61);
const QColor CallColor(59, 125, 216);
const QColor MisattributedColor(208, 69, 58);
const QColor AnsweringColor(76, 175, 122);
const QColor WriteColor(123, 79, 201);
const QColor SameWriteColor(150, 150, 150);
const QColor GridColor(0, 0, 0, 22);

QString duration(qint64 ns)
{
    const double ms = double(ns) / 1e6;
    if (ms >= 1000.0)
        return QStringLiteral("%1 s").arg(ms / 1000.0, 0, 'f', 2);
    return QStringLiteral("%1 ms").arg(ms, 0, 'f', ms < 10.0 ? 2 : 1);
}

QString shortId(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces).right(12);
}

// The step between two ruler ticks: 1, 2 or 5 times a power of ten ns, at least minNs.
qint64 tickStep(double minNs)
{
    double step = 1000.0;
    while (step < minNs) {
        for (const double f : {2.0, 2.5, 2.0}) {
            step *= f;
            if (step >= minNs)
                break;
        }
    }
    return qint64(step);
}

QColor holderColor(int lane)
{
    if (lane < 0)
        return QColor(200, 200, 200);
    return QColor::fromHsv((lane * 47) % 360, 110, 235);
}

} // namespace

TimelineView::TimelineView(const TimelineModel &model, QWidget *parent) : QAbstractScrollArea(parent), m_model(model)
{
    setObjectName(QStringLiteral("timelineView"));
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setBackgroundRole(QPalette::Base);
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    verticalScrollBar()->setSingleStep(RowHeight);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this](int value) { m_followNewest = value >= verticalScrollBar()->maximum(); });
}

int TimelineView::plotWidth() const
{
    return std::max(50, viewport()->width() - LabelWidth - 12);
}

double TimelineView::nsPerPx() const
{
    const double span = double(std::max<qint64>(m_model.endNs() - m_model.startNs(), 1'000'000));
    return span / plotWidth() / m_zoom;
}

int TimelineView::xOf(qint64 ns) const
{
    const double x = double(ns - m_model.startNs()) / nsPerPx();
    return LabelWidth + int(std::clamp(x, -1e6, 1e7)) - horizontalScrollBar()->value();
}

int TimelineView::rowY(int lane) const
{
    return HeaderHeight + lane * RowHeight - verticalScrollBar()->value();
}

int TimelineView::laneAt(const QPoint &point) const
{
    if (point.y() < HeaderHeight)
        return -1;
    const int lane = (point.y() - HeaderHeight + verticalScrollBar()->value()) / RowHeight;
    return lane >= 0 && lane < int(m_model.lanes().size()) ? lane : -1;
}

void TimelineView::setZoom(double zoom, int anchorX)
{
    zoom = std::clamp(zoom, 1.0, 100000.0);
    const int anchor = anchorX < 0 ? LabelWidth + plotWidth() / 2 : std::max(anchorX, LabelWidth);
    const double anchorNs = (anchor - LabelWidth + horizontalScrollBar()->value()) * nsPerPx();
    m_zoom = zoom;
    updateScrollBars();
    horizontalScrollBar()->setValue(int(anchorNs / nsPerPx()) - (anchor - LabelWidth));
    viewport()->update();
}

void TimelineView::zoomBy(double factor, int anchorX)
{
    setZoom(m_zoom * factor, anchorX);
}

void TimelineView::selectLane(int lane)
{
    m_selected = lane;
    viewport()->update();
    emit laneSelected(lane);
}

void TimelineView::modelChanged()
{
    updateScrollBars();
    if (m_followNewest && m_model.isLive())
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    if (m_selected >= int(m_model.lanes().size()))
        m_selected = -1;
    if (isVisible())
        viewport()->update();
}

void TimelineView::updateScrollBars()
{
    const int lanesHeight = int(m_model.lanes().size()) * RowHeight;
    verticalScrollBar()->setPageStep(std::max(1, viewport()->height() - HeaderHeight));
    verticalScrollBar()->setRange(0, std::max(0, lanesHeight - (viewport()->height() - HeaderHeight)));
    const int width = int(std::min(double(plotWidth()) * m_zoom, 1e9));
    horizontalScrollBar()->setPageStep(plotWidth());
    horizontalScrollBar()->setSingleStep(std::max(1, plotWidth() / 20));
    horizontalScrollBar()->setRange(0, std::max(0, width - plotWidth()));
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0)
            zoomBy(std::pow(1.25, steps), int(event->position().x()));
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        return zoomBy(1.5);
    case Qt::Key_Minus:
        return zoomBy(1 / 1.5);
    case Qt::Key_0:
        return setZoom(1.0);
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        selectLane(laneAt(event->position().toPoint()));
    QAbstractScrollArea::mousePressEvent(event);
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int lane = laneAt(help->pos());
        if (lane < 0)
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), describe(lane), viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

QString TimelineView::describe(int index) const
{
    const std::vector<TimelineLane> &lanes = m_model.lanes();
    if (index < 0 || index >= int(lanes.size()))
        return {};
    const TimelineLane &lane = lanes[size_t(index)];
    QStringList lines;
    lines << tr("<b>Request #%1</b> — %2 (%3)")
                 .arg(index + 1)
                 .arg(lane.append ? tr("append") : tr("create"), lane.requestId.toString(QUuid::WithoutBraces));
    lines << tr("Scope opened at +%1%2")
                 .arg(duration(lane.opened - m_model.startNs()),
                      lane.global ? tr(", its values written into the global context") : QString());
    if (lane.ledgerRead >= 0 && lane.modelCall >= 0)
        lines << tr("Waiting for the ledger: %1").arg(duration(lane.modelCall - lane.ledgerRead));
    else if (lane.ledgerRead >= 0)
        lines << tr("Waiting for the ledger…");
    if (lane.modelCall >= 0 && lane.modelAnswered >= 0)
        lines << tr("Model call: %1%2")
                     .arg(duration(lane.modelAnswered - lane.modelCall), lane.failed ? tr(" (failed)") : QString());
    else if (lane.modelCall >= 0)
        lines << tr("Model call…");
    if (lane.answered >= 0 && lane.modelAnswered >= 0)
        lines << tr("Answered %1 after the model (HTTP %2)")
                     .arg(duration(lane.answered - lane.modelAnswered))
                     .arg(lane.status);
    else if (lane.answered >= 0)
        lines << tr("Answered HTTP %1").arg(lane.status);
    if (lane.answered >= 0)
        lines << tr("In all: %1").arg(duration(lane.answered - lane.opened));
    if (lane.modelCall < 0)
        return lines.join(QStringLiteral("<br>"));
    if (!lane.global)
        lines << tr("Attribution: expected its own request's; recorded its own scope's");
    else if (!lane.tookOtherWrite())
        lines << tr("Attribution: expected its own request's; recorded its own write of the global context");
    else {
        const QString source = lane.writer >= 0 ? tr("request #%1's write (%2)")
                                                      .arg(lane.writer + 1)
                                                      .arg(shortId(m_model.lanes()[size_t(lane.writer)].requestId))
                                                : tr("a write from outside the run");
        lines << (lane.misattributed()
                      ? tr("<span style='color:#d0453a'><b>Misattributed</b></span>: expected its own request's; "
                           "recorded %1, charged to that request's instance and user")
                            .arg(source)
                      : tr("Attribution: expected its own request's; recorded %1, the same document and user, so "
                           "charged correctly")
                            .arg(source));
    }
    return lines.join(QStringLiteral("<br>"));
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const QRect all = viewport()->rect();
    p.fillRect(all, palette().base());
    if (m_model.isEmpty())
        return;
    p.setRenderHint(QPainter::Antialiasing, false);
    const QRect lanesArea(0, HeaderHeight, all.width(), all.height() - HeaderHeight);
    paintLanes(p, lanesArea);
    // The header is drawn over the lanes' top, which scroll under it.
    p.fillRect(QRect(0, 0, all.width(), HeaderHeight), palette().base());
    paintRuler(p, QRect(0, 0, all.width(), RulerHeight));
    paintContext(p, QRect(0, RulerHeight, all.width(), ContextHeight));
    paintOverview(p, QRect(0, RulerHeight + ContextHeight, all.width(), OverviewHeight));
    p.setPen(GridColor);
    p.drawLine(0, HeaderHeight - 1, all.width(), HeaderHeight - 1);
}

void TimelineView::paintRuler(QPainter &p, const QRect &area) const
{
    const double perPx = nsPerPx();
    const qint64 step = tickStep(90 * perPx);
    const qint64 first = qint64((horizontalScrollBar()->value()) * perPx) / step * step;
    const qint64 last = qint64((horizontalScrollBar()->value() + plotWidth()) * perPx);
    p.setPen(palette().color(QPalette::PlaceholderText));
    for (qint64 t = first; t <= last + step; t += step) {
        const int x = xOf(m_model.startNs() + t);
        if (x < LabelWidth)
            continue;
        p.setPen(GridColor);
        p.drawLine(x, area.bottom() - 4, x, area.bottom());
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(QRect(x + 3, area.top(), 90, area.height() - 2), Qt::AlignLeft | Qt::AlignVCenter,
                   QStringLiteral("+%1").arg(duration(t)));
    }
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRect(6, area.top(), LabelWidth - 8, area.height()), Qt::AlignLeft | Qt::AlignVCenter, tr("time"));
}

void TimelineView::paintContext(QPainter &p, const QRect &area) const
{
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRect(6, area.top(), LabelWidth - 8, area.height()), Qt::AlignLeft | Qt::AlignVCenter,
               tr("global context"));
    const std::vector<TimelineWrite> &writes = m_model.writes();
    const QRect band(LabelWidth, area.top() + 4, area.width() - LabelWidth, area.height() - 8);
    p.save();
    p.setClipRect(band.adjusted(0, -4, 0, 4));
    if (writes.empty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(band, Qt::AlignLeft | Qt::AlignVCenter, tr("not written: each request had its own scope"));
        p.restore();
        return;
    }
    // Who holds the context, from each write to the next: writes that share a pixel column
    // leave it to the last of them. One mark a pixel column at most.
    int lastMark = std::numeric_limits<int>::min();
    for (size_t i = 0; i < writes.size(); ++i) {
        const int x = xOf(writes[i].ns);
        if (x > band.right())
            break;
        const int next = i + 1 < writes.size() ? std::min(xOf(writes[i + 1].ns), band.right()) : band.right();
        if (next > x && next >= band.left()) {
            const QRect held(std::max(x, band.left()), band.top(), next - std::max(x, band.left()), band.height());
            p.fillRect(held, holderColor(writes[i].lane));
            // Whose values it holds, where there is room to say.
            const QString holder = writes[i].lane < 0 ? tr("outside") : QStringLiteral("#%1").arg(writes[i].lane + 1);
            if (held.width() > p.fontMetrics().horizontalAdvance(holder) + 8) {
                p.setPen(palette().color(QPalette::Text));
                p.drawText(held.adjusted(4, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, holder);
            }
        }
        if (x >= band.left() && x != lastMark) {
            p.fillRect(QRect(x, band.top() - 3, 1, band.height() + 6), WriteColor);
            lastMark = x;
        }
    }
    p.restore();
}

void TimelineView::paintOverview(QPainter &p, const QRect &area) const
{
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRect(6, area.top(), LabelWidth - 8, area.height()), Qt::AlignLeft | Qt::AlignVCenter, tr("in flight"));
    const int width = area.width() - LabelWidth;
    if (width <= 0)
        return;
    // Every lane, bucketed by pixel column: requests in flight, and misattributed calls started.
    std::vector<int> delta(size_t(width) + 1, 0);
    std::vector<int> misattributed(size_t(width), 0);
    for (const TimelineLane &lane : m_model.lanes()) {
        const int from = std::clamp(xOf(lane.opened) - LabelWidth, 0, width);
        const int to = std::clamp(xOf(std::max(lane.end(), lane.opened)) - LabelWidth + 1, 0, width);
        if (from < to) {
            ++delta[size_t(from)];
            --delta[size_t(to)];
        }
        if (lane.misattributed()) {
            const int x = xOf(lane.modelCall) - LabelWidth;
            if (x >= 0 && x < width)
                ++misattributed[size_t(x)];
        }
    }
    std::vector<int> inFlight(size_t(width), 0);
    int running = 0;
    int peak = 1;
    for (int x = 0; x < width; ++x) {
        running += delta[size_t(x)];
        inFlight[size_t(x)] = running;
        peak = std::max(peak, running);
    }
    const int h = area.height() - 4;
    for (int x = 0; x < width; ++x) {
        const int bar = inFlight[size_t(x)] * h / peak;
        if (bar > 0)
            p.fillRect(QRect(LabelWidth + x, area.bottom() - bar, 1, bar), QColor(59, 125, 216, 90));
        if (misattributed[size_t(x)] > 0)
            p.fillRect(QRect(LabelWidth + x, area.bottom() - 6, 1, 6), MisattributedColor);
    }
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(QRect(LabelWidth + 4, area.top(), 200, 14), Qt::AlignLeft | Qt::AlignTop,
               tr("peak %1 in flight").arg(peak));
}

QPair<int, int> TimelineView::lanesInView() const
{
    const int first = std::max(0, verticalScrollBar()->value() / RowHeight);
    const int rows = std::max(0, viewport()->height() - HeaderHeight) / RowHeight + 1;
    return {first, std::min(int(m_model.lanes().size()) - 1, first + rows)};
}

QList<QPair<int, int>> TimelineView::arrowsInView() const
{
    QList<QPair<int, int>> arrows;
    const std::vector<TimelineLane> &lanes = m_model.lanes();
    const auto [first, last] = lanesInView();
    for (int i = first; i <= last; ++i) {
        if (lanes[size_t(i)].tookOtherWrite() && lanes[size_t(i)].writer >= 0)
            arrows.append({lanes[size_t(i)].writer, i});
    }
    return arrows;
}

void TimelineView::paintLanes(QPainter &p, const QRect &area) const
{
    const std::vector<TimelineLane> &lanes = m_model.lanes();
    const auto [first, last] = lanesInView();
    p.save();
    p.setClipRect(area);
    for (int i = first; i <= last; ++i) {
        const int y = rowY(i);
        if (i == m_selected)
            p.fillRect(QRect(0, y, area.width(), RowHeight), palette().color(QPalette::Highlight).lighter(170));
        else if (i % 2 == 1)
            p.fillRect(QRect(0, y, area.width(), RowHeight), QColor(0, 0, 0, 8));
        paintLane(p, i, lanes[size_t(i)], y);
    }
    // Arrows last, over the lanes: into each call in view that read another request's write.
    // Curved and smooth once the run has ended; straight while it runs, which costs the GUI
    // thread less at 2,000 requests a second.
    p.setRenderHint(QPainter::Antialiasing, !m_model.isLive());
    p.setClipRect(QRect(LabelWidth, area.top(), area.width() - LabelWidth, area.height()));
    for (const auto &[writer, reader] : arrowsInView()) {
        const TimelineLane &lane = lanes[size_t(reader)];
        const QPointF from(xOf(lanes[size_t(writer)].opened), rowY(writer) + RowHeight / 2.0);
        const QPointF to(xOf(lane.modelCall), rowY(reader) + RowHeight / 2.0);
        paintArrow(p, from, to, lane.misattributed() ? MisattributedColor : SameWriteColor);
    }
    p.restore();
}

void TimelineView::paintLane(QPainter &p, int index, const TimelineLane &lane, int y) const
{
    const int mid = y + RowHeight / 2;
    p.setPen(lane.misattributed() ? MisattributedColor : palette().color(QPalette::Text));
    p.drawText(QRect(6, y, LabelWidth - 10, RowHeight), Qt::AlignLeft | Qt::AlignVCenter,
               QStringLiteral("#%1 %2").arg(index + 1).arg(lane.append ? tr("append") : tr("create")));
    const qint64 end = lane.end();
    const int x0 = std::max(xOf(lane.opened), LabelWidth);
    p.fillRect(QRect(x0, mid, std::max(1, xOf(end) - x0), 1), QColor(0, 0, 0, 60));
    const auto bar = [&](qint64 from, qint64 to, const QColor &color) {
        if (from < 0 || to < 0)
            return;
        const int a = std::max(xOf(from), LabelWidth);
        const int b = xOf(to);
        if (b < LabelWidth)
            return;
        p.fillRect(QRect(a, y + 3, std::max(2, b - a), RowHeight - 6), color);
    };
    bar(lane.ledgerRead, lane.modelCall, LedgerColor);
    bar(lane.modelCall, lane.modelAnswered, lane.misattributed() ? MisattributedColor : CallColor);
    bar(lane.modelAnswered, lane.answered, AnsweringColor);
    const int x = xOf(lane.opened);
    if (x < LabelWidth)
        return;
    if (lane.global) {
        // The write of the global context: a mark above the lane's start.
        const QPolygon mark{{x - 4, y + 1}, {x + 4, y + 1}, {x, y + 7}};
        p.setPen(Qt::NoPen);
        p.setBrush(WriteColor);
        p.drawPolygon(mark);
    } else {
        p.fillRect(QRect(x, y + 2, 2, RowHeight - 4), palette().color(QPalette::Text));
    }
}

void TimelineView::paintArrow(QPainter &p, const QPointF &from, const QPointF &to, const QColor &color) const
{
    if (m_model.isLive()) {
        p.setPen(color);
        p.drawLine(from, to);
    } else {
        QPainterPath path(from);
        const double bend = std::clamp(std::abs(to.x() - from.x()) / 2, 8.0, 30.0);
        path.cubicTo(from + QPointF(bend, 0), to - QPointF(bend, 0), to);
        p.setPen(QPen(color, 1.4));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    }
    const QPointF tip = to;
    const QPolygonF head{tip, tip + QPointF(-7, -4), tip + QPointF(-7, 4)};
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawPolygon(head);
}

} // namespace gui
