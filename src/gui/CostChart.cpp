#include "gui/CostChart.h"

#include "gui/MoneyText.h"
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QSplitter>

#include <QVBoxLayout>

#include <cmath>

namespace gui {

namespace {

// Charts draw doubles; the exact Money stays in the ledger and the tree.
double usd(payi::Money money)
{
    return double(money.pico()) / double(payi::Money::PicoPerUsd);
}

// Ticks at round amounts (1, 2 or 5 times a power of ten) from 0 to at least top, labelled as
// the window writes money: a value axis would print numbers its own way.
void setMoneyTicks(QCategoryAxis *axis, double top)
{
    const double wanted = std::max(top, 1e-12) / 4; // two to five steps up to top
    const double power = std::pow(10.0, std::floor(std::log10(wanted)));
    double step = 10 * power;
    for (const double factor : {1.0, 2.0, 5.0}) {
        if (factor * power >= wanted) {
            step = factor * power;
            break;
        }
    }
    const int ticks = std::max(1, int(std::ceil(top / step - 1e-9)));
    QStringList labels;
    for (int i = 0; i <= ticks; ++i)
        labels.append(moneyText(step * i));
    if (labels == axis->categoriesLabels())
        return;
    for (const QString &label : axis->categoriesLabels())
        axis->remove(label);
    for (int i = 0; i <= ticks; ++i)
        axis->append(labels.at(i), step * i);
    axis->setRange(0.0, step * ticks);
}

QChartView *viewOf(QChart *chart, const QString &name, QWidget *parent)
{
    auto *view = new QChartView(chart, parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(160);
    return view;
}

void followPalette(QChart *chart, const QPalette &palette)
{
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setTitleBrush(palette.color(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(palette.color(QPalette::Text));
        axis->setGridLineColor(palette.color(QPalette::Midlight));
    }
}

} // namespace

CostChart::CostChart(QWidget *parent)
    : QWidget(parent)
    , m_timeline(new QChart)
    , m_models(new QChart)
    , m_timeAxis(new QDateTimeAxis)
    , m_costAxis(new QCategoryAxis)
    , m_modelSeries(new QHorizontalBarSeries)
    , m_modelCosts(new QBarSet(tr("Cost (USD)")))
    , m_modelAxis(new QBarCategoryAxis)
    , m_modelCostAxis(new QCategoryAxis)
    , m_emptyHint(new QLabel(this))
{
    setObjectName(QStringLiteral("costChart"));
    auto *layout = new QVBoxLayout(this);
    m_emptyHint->setObjectName(QStringLiteral("chartEmptyHint"));
    m_emptyHint->setEnabled(false);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setText(tr("The chart fills in as calls are made: run the seed demo (Ctrl+D), create a document or "
                            "run the Load tab."));
    layout->addWidget(m_emptyHint);

    m_timeline->setTitle(tr("Cumulative cost per use case"));
    m_timeline->legend()->setAlignment(Qt::AlignBottom);
    m_timeAxis->setFormat(QStringLiteral("HH:mm:ss"));
    m_timeAxis->setTickCount(6);
    m_costAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_timeline->addAxis(m_timeAxis, Qt::AlignBottom);
    m_timeline->addAxis(m_costAxis, Qt::AlignLeft);

    m_models->setTitle(tr("Cost by model"));
    m_models->legend()->hide();
    m_modelSeries->append(m_modelCosts);
    m_models->addSeries(m_modelSeries);
    m_modelCostAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_models->addAxis(m_modelAxis, Qt::AlignLeft);
    m_models->addAxis(m_modelCostAxis, Qt::AlignBottom);
    m_modelSeries->attachAxis(m_modelAxis);
    m_modelSeries->attachAxis(m_modelCostAxis);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(viewOf(m_timeline, QStringLiteral("costTimeline"), splitter));
    splitter->addWidget(viewOf(m_models, QStringLiteral("costByModel"), splitter));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    followPalette(m_timeline, palette());
    followPalette(m_models, palette());
}

void CostChart::sample(const backend::CostSnapshot &snapshot, qint64 nowMs)
{
    if (nowMs - m_lastSampleMs < 1000)
        return;
    const qint64 previousMs = m_lastSampleMs;
    m_lastSampleMs = nowMs;
    m_emptyHint->setVisible(snapshot.all(m_source).calls == 0);
    QStringList sources = snapshot.sourceNames();
    sources.prepend(QString());
    for (const QString &source : std::as_const(sources)) {
        const QHash<QString, backend::CostTotals> &useCases = snapshot.useCases(source);
        Lines &lines = m_points[source];
        for (auto it = useCases.cbegin(); it != useCases.cend(); ++it) {
            std::deque<Point> &points = lines[it.key().isEmpty() ? tr("(no use case)") : it.key()];
            // A use case new since the last sample cost nothing then: start its line there, or a
            // single sample would draw no line at all.
            if (points.empty() && previousMs > 0)
                points.push_back({previousMs, 0.0});
            points.push_back({nowMs, usd(it->cost.total)});
            if (points.size() > size_t(KeptSamples))
                points.pop_front();
        }
    }
    redrawTimeline();
    if (snapshot.lastSeq() != m_lastSeq) {
        m_lastSeq = snapshot.lastSeq();
        redrawModels(snapshot);
    }
}

void CostChart::showSource(const QString &source, const backend::CostSnapshot &snapshot)
{
    m_source = source;
    m_emptyHint->setVisible(snapshot.all(m_source).calls == 0);
    redrawTimeline();
    m_lastSeq = snapshot.lastSeq();
    redrawModels(snapshot);
}

void CostChart::redrawTimeline()
{
    const Lines &lines = m_points[m_source];
    // A line per use case of the source shown: the others' lines go.
    for (auto it = m_series.begin(); it != m_series.end();) {
        if (lines.contains(it.key())) {
            ++it;
            continue;
        }
        m_timeline->removeSeries(it.value());
        delete it.value();
        it = m_series.erase(it);
    }
    qint64 first = m_lastSampleMs;
    double top = 0.0;
    for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
        QLineSeries *&series = m_series[it.key()];
        if (!series) {
            series = new QLineSeries;
            series->setName(it.key());
            m_timeline->addSeries(series);
            series->attachAxis(m_timeAxis);
            series->attachAxis(m_costAxis);
        }
        QList<QPointF> line;
        line.reserve(qsizetype(it->size()));
        for (const Point &p : *it) {
            line.append(QPointF(double(p.ms), p.usd));
            top = std::max(top, p.usd);
        }
        if (!it->empty())
            first = std::min(first, it->front().ms);
        series->replace(line);
    }
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(std::min(first, m_lastSampleMs - 60'000)),
                         QDateTime::fromMSecsSinceEpoch(m_lastSampleMs));
    setMoneyTicks(m_costAxis, top > 0 ? top : 0.001);
}

void CostChart::redrawModels(const backend::CostSnapshot &snapshot)
{
    const QHash<QString, backend::CostTotals> &resources = snapshot.resources(m_source);
    QStringList names = resources.keys();
    names.sort();
    // Each bar's category is its model and its cost, written as the window writes money.
    QStringList categories;
    double top = 0.0;
    m_modelCosts->remove(0, m_modelCosts->count());
    for (const QString &name : std::as_const(names)) {
        const payi::Money cost = resources.value(name).cost.total;
        m_modelCosts->append(usd(cost));
        categories.append(QStringLiteral("%1  %2").arg(name, moneyText(cost)));
        top = std::max(top, usd(cost));
    }
    if (categories != m_modelAxis->categories())
        m_modelAxis->setCategories(categories);
    setMoneyTicks(m_modelCostAxis, top > 0 ? top : 0.001);
}

} // namespace gui
