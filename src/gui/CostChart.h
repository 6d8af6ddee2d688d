#pragma once

#include "backend/ReadModels.h"

#include <QHash>
#include <QWidget>

#include <deque>

class QBarCategoryAxis;
class QBarSet;
class QCategoryAxis;
class QChart;
class QChartView;
class QDateTimeAxis;
class QHorizontalBarSeries;
class QLabel;
class QLineSeries;

namespace gui {

// Cost over time per use case (cumulative, sampled once a second from the aggregates) and
// the breakdown by model, of every call or of one source's (showSource). Every source is
// sampled, so that choosing one shows its history at once. Series are fed whole with
// replace(), never point by point, so a redraw costs the same whatever the load.
class CostChart : public QWidget
{
    Q_OBJECT

public:
    explicit CostChart(QWidget *parent = nullptr);

    // Samples the snapshot (at most once a second) and redraws.
    void sample(const backend::CostSnapshot &snapshot, qint64 nowMs);
    // Shows one source's calls (empty: every call) and redraws.
    void showSource(const QString &source, const backend::CostSnapshot &snapshot);

    static constexpr int KeptSamples = 600; // ten minutes

private:
    struct Point
    {
        qint64 ms;
        double usd;
    };
    void redrawTimeline();
    void redrawModels(const backend::CostSnapshot &snapshot);

    QChart *m_timeline;
    QChart *m_models;
    QDateTimeAxis *m_timeAxis;
    QCategoryAxis *m_costAxis;
    QHorizontalBarSeries *m_modelSeries;
    QBarSet *m_modelCosts;
    QBarCategoryAxis *m_modelAxis;
    QCategoryAxis *m_modelCostAxis;
    QLabel *m_emptyHint;
    using Lines = QHash<QString, std::deque<Point>>; // use case -> its samples
    QHash<QString, QLineSeries *> m_series;          // of the source shown
    QHash<QString, Lines> m_points;                  // source ("": every call) ->
    QString m_source;
    std::deque<qint64> m_times;
    qint64 m_lastSampleMs = 0;
    qint64 m_lastSeq = -1;
};

} // namespace gui
