#include "gui/CostChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QSplitter>
#include <QVBoxLayout>
#include <QValueAxis>

namespace gui {

namespace {

// Charts draw doubles; the exact Money stays in the ledger and the tree.
double usd(payi::Money money)
{
    return double(money.pico()) / double(payi::Money::PicoPerUsd);
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
    , m_costAxis(new QValueAxis)
    , m_modelSeries(new QHorizontalBarSeries)
    , m_modelCosts(new QBarSet(tr("Cost (USD)")))
    , m_modelAxis(new QBarCategoryAxis)
    , m_modelCostAxis(new QValueAxis)
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
    m_costAxis->setLabelFormat(QStringLiteral("$%.4f"));
    m_costAxis->setMin(0);
    m_timeline->addAxis(m_timeAxis, Qt::AlignBottom);
    m_timeline->addAxis(m_costAxis, Qt::AlignLeft);

    m_models->setTitle(tr("Cost by model"));
    m_models->legend()->hide();
    m_modelSeries->append(m_modelCosts);
    m_modelSeries->setLabelsVisible(true);
    m_modelSeries->setLabelsFormat(QStringLiteral("$@value"));
    m_models->addSeries(m_modelSeries);
    m_modelCostAxis->setLabelFormat(QStringLiteral("$%.4f"));
    m_modelCostAxis->setMin(0);
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
    m_costAxis->setRange(0.0, top > 0 ? top * 1.1 : 0.001);
    m_costAxis->applyNiceNumbers(); // ticks at round amounts, not at fractions of the top
}

void CostChart::redrawModels(const backend::CostSnapshot &snapshot)
{
    const QHash<QString, backend::CostTotals> &resources = snapshot.resources(m_source);
    QStringList names = resources.keys();
    names.sort();
    double top = 0.0;
    if (names != m_modelNames) {
        m_modelNames = names;
        m_modelCosts->remove(0, m_modelCosts->count());
        for (const QString &name : names)
            m_modelCosts->append(usd(resources.value(name).cost.total));
        m_modelAxis->setCategories(names);
    } else {
        for (int i = 0; i < names.size(); ++i)
            m_modelCosts->replace(i, usd(resources.value(names.at(i)).cost.total));
    }
    for (int i = 0; i < m_modelCosts->count(); ++i)
        top = std::max(top, m_modelCosts->at(i));
    m_modelCostAxis->setRange(0.0, top > 0 ? top * 1.05 : 0.001); // the labels sit inside the bars
    m_modelCostAxis->applyNiceNumbers();
}

} // namespace gui
