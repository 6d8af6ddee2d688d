#include "gui/TimelinePanel.h"

#include "backend/Backend.h"
#include "gui/Counted.h"
#include "gui/TimelineModel.h"
#include "gui/TimelineView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace gui {

namespace {

QString swatch(const QString &color, const QString &text)
{
    return QStringLiteral("<span style='color:%1'>&#9632;</span>&nbsp;%2").arg(color, text);
}

} // namespace

TimelinePanel::TimelinePanel(const backend::Backend &backend, QWidget *parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_model(new TimelineModel(this))
    , m_view(new TimelineView(*m_model, this))
    , m_summary(new QLabel(this))
    , m_legend(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_poll(new QTimer(this))
{
    setObjectName(QStringLiteral("timelinePanel"));
    m_summary->setObjectName(QStringLiteral("timelineSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_legend->setObjectName(QStringLiteral("timelineLegend"));
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    m_legend->setText(QStringList{
        swatch(QStringLiteral("#e8a33d"), tr("waiting for the ledger")),
        swatch(QStringLiteral("#3b7dd8"), tr("model call")),
        swatch(QStringLiteral("#4caf7a"), tr("storing and answering")),
        QStringLiteral("<span style='color:#7b4fc9'>&#9660;</span>&nbsp;%1").arg(tr("writes the global context")),
        QStringLiteral("<span style='color:#d0453a'>&#10230;</span>&nbsp;%1")
            .arg(tr("misattributed: its call read that request's write")),
        QStringLiteral("<span style='color:#969696'>&#10230;</span>&nbsp;%1")
            .arg(tr("read another's write, same document and user")),
        tr("<i>Ctrl+wheel, +/− zoom · 0 fits · hover a lane</i>")}
                          .join(QStringLiteral(" &nbsp;&nbsp; ")));
    m_empty->setObjectName(QStringLiteral("timelineEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::RichText);
    m_empty->setMaximumWidth(640);
    // The empty state: a short column in the middle of the tab.
    m_empty->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *emptyPage = new QWidget(this);
    auto *emptyRow = new QHBoxLayout;
    emptyRow->addStretch(1);
    emptyRow->addWidget(m_empty, 4);
    emptyRow->addStretch(1);
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addStretch(1);
    emptyLayout->addLayout(emptyRow);
    emptyLayout->addStretch(2);
    m_pages->addWidget(emptyPage);
    m_pages->addWidget(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_legend);
    layout->addWidget(m_pages, 1);

    connect(m_view, &TimelineView::laneSelected, this, [this](int lane) {
        emit requestSelected(lane < 0 ? QString()
                                      : m_model->lanes()[size_t(lane)].requestId.toString(QUuid::WithoutBraces));
    });
    // Hidden, the model keeps up and the panel shows it when it is shown.
    connect(m_model, &TimelineModel::changed, this, [this] {
        if (isVisible())
            showModel();
    });
    m_poll->setInterval(PollMs);
    connect(m_poll, &QTimer::timeout, this, &TimelinePanel::poll);
    m_poll->start();
    showModel();
    poll();
}

void TimelinePanel::poll()
{
    m_model->apply(m_backend.timeline(m_model->run(), m_model->next()));
}

void TimelinePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    showModel();
}

void TimelinePanel::showModel()
{
    m_pages->setCurrentIndex(m_model->isEmpty() ? 0 : 1);
    // Its first sentence as a title.
    const QString empty = emptyText();
    const qsizetype title = empty.indexOf(QLatin1String(". ")) + 1;
    m_empty->setText(QStringLiteral("<p style='font-size:x-large'><b>%1</b></p><p>%2</p>")
                         .arg(empty.left(title).toHtmlEscaped(), empty.mid(title).trimmed().toHtmlEscaped()));
    m_summary->setText(summary());
    m_summary->setVisible(!m_model->isEmpty());
    m_legend->setVisible(!m_model->isEmpty());
    m_view->modelChanged();
}

QString TimelinePanel::emptyText() const
{
    const QString how = tr("Run ▸ Run the seed demo (Ctrl+D), or Run ▸ Run load (Ctrl+R) with the plan of the "
                           "Load & audit tab, to record a timeline: each request's scope, its wait for the ledger, "
                           "its model call and its answer, and in global mode whose write of the global context "
                           "each call read.");
    if (!m_model->problem().isEmpty())
        return tr("The last run's timeline could not be read (%1). %2").arg(m_model->problem(), how);
    if (m_model->isLive())
        return tr("Recording the run: its first requests appear here in a moment.");
    return tr("No timeline yet. %1").arg(how);
}

QString TimelinePanel::summary() const
{
    const TimelineModel &m = *m_model;
    const bool global = m.mode() == backend::InstrumentationMode::Global;
    const QString when = QLocale().toString(m.started().toLocalTime().time(), QLocale::LongFormat);
    QString head = m.isLive() ? tr("<b>Recording</b> the load run started at %1").arg(when)
                   : m.isRestored()
                       ? tr("<b>Last run</b> before this start, at %1 on %2")
                             .arg(when, QLocale().toString(m.started().toLocalTime().date(), QLocale::ShortFormat))
                       : tr("<b>Last run</b>, started at %1").arg(when);
    QStringList parts{head, global ? tr("global mode") : tr("scoped mode"),
                      counted(qint64(m.lanes().size()), tr("%1 request"), tr("%1 requests"))
                          + tr(" (%1, %2)")
                                .arg(counted(m.creates(), tr("%1 create"), tr("%1 creates")),
                                     counted(m.appends(), tr("%1 append"), tr("%1 appends")))};
    if (global)
        parts << tr("%1 read another request's write of the global context, <span style='color:#d0453a'>%2</span>")
                     .arg(counted(m.tookOtherWrite(), tr("%1 call"), tr("%1 calls")),
                          counted(m.misattributed(), tr("%1 of them misattributed"), tr("%1 of them misattributed")));
    else
        parts << tr("every call read its own scope: none misattributed");
    if (m.notShown() > 0)
        parts << tr("%1 not shown (the timeline keeps %2 requests)")
                     .arg(QLocale().toString(m.notShown()), QLocale().toString(TimelineModel::MaxLanes));
    return parts.join(QStringLiteral(" · "));
}

} // namespace gui
