#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <vector>

namespace gui {

// Measures how late the event loop of its thread runs: a precise timer asks to fire every
// interval and records how much later than asked each timeout arrives. A responsive GUI
// thread keeps this in single milliseconds.
class LagProbe : public QObject
{
    Q_OBJECT

public:
    explicit LagProbe(int intervalMs = 10, QObject *parent = nullptr);

    void start();
    void stop();
    void reset();

    qsizetype samples() const { return qsizetype(m_lagsUs.size()); }
    // The lateness below which the given share (0..1) of the samples fall, in ms.
    double percentileMs(double share) const;
    double maxMs() const;

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    int m_intervalMs;
    std::vector<qint64> m_lagsUs;
};

} // namespace gui
