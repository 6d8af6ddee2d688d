#pragma once

#include "backend/ReadModels.h"

#include <QComboBox>
#include <QUrl>

namespace gui {

// Which source's calls the Costs tab, the chart and the exports show: all of them, the
// document app's (always listed), or one outside app's, listed live as it first reports
// (docs/http-api.md, "Sources"). Each entry says how many calls the source made and when it
// last reported; while no outside app has reported, a last, disabled entry says how one
// would, so that an app that sends nothing is easy to spot.
class SourceSelector : public QComboBox
{
    Q_OBJECT

public:
    explicit SourceSelector(const QUrl &server, QWidget *parent = nullptr);

    // Adds the sources new in snapshot and updates every entry's calls and time.
    void showSources(const backend::CostSnapshot &snapshot);
    // The chosen source; empty for all of them.
    QString source() const;
    // Chooses a source (empty: all); false when it is not listed.
    bool choose(const QString &source);

    static constexpr int SourceRole = Qt::UserRole + 1;

signals:
    void sourceChosen(const QString &source);

private:
    void addSource(const QString &name);
    QString entryText(const QString &name, const backend::CostTotals &totals) const;

    QUrl m_server;
    qint64 m_shownSeq = -1;
};

} // namespace gui
