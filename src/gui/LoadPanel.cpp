#include "gui/LoadPanel.h"

#include "backend/Backend.h"
#include "net/EpollEventDispatcher.h"
#include "simulator/SimulatedModelSettings.h"
#include "webapp/AttributionAudit.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

namespace gui {

namespace {

QSpinBox *spinBox(QWidget *parent, const QString &name, int min, int max, int value, const QString &suffix = {})
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(min, max);
    box->setValue(value);
    box->setSuffix(suffix);
    box->setAlignment(Qt::AlignRight);
    return box;
}

} // namespace

LoadPanel::LoadPanel(backend::Backend &backend, QWidget *parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_requests(spinBox(this, QStringLiteral("loadRequests"), 1, 1'000'000, 200))
    , m_concurrency(spinBox(this, QStringLiteral("loadConcurrency"), 1, 5000, 50))
    , m_rate(spinBox(this, QStringLiteral("loadRate"), 0, 100'000, 0, tr(" req/s")))
    , m_createPercent(spinBox(this, QStringLiteral("loadCreatePercent"), 0, 100, 50, tr(" %")))
    , m_users(spinBox(this, QStringLiteral("loadUsers"), 1, 10'000, 5))
    , m_documents(spinBox(this, QStringLiteral("loadDocuments"), 1, 10'000, 5))
    , m_latency(spinBox(this, QStringLiteral("loadLatency"), 0, 60'000, backend.simulation().snapshot().baseLatencyMs,
                        tr(" ms")))
    , m_run(new QPushButton(tr("Run load"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_note(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("loadPanel"));
    m_rate->setSpecialValueText(tr("as fast as possible"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Fire many document requests at once, from several users, and let the audit check "
                                "that every call was charged to the request that made it. Try it in both modes."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *box = new QGroupBox(tr("Plan"), this);
    auto *columns = new QHBoxLayout(box);
    auto *left = new QFormLayout;
    left->addRow(tr("Requests"), m_requests);
    left->addRow(tr("At once (concurrency)"), m_concurrency);
    left->addRow(tr("Rate"), m_rate);
    left->addRow(tr("Model latency"), m_latency);
    auto *right = new QFormLayout;
    right->addRow(tr("Creates (the rest append)"), m_createPercent);
    right->addRow(tr("Users"), m_users);
    right->addRow(tr("Documents to append to"), m_documents);
    columns->addLayout(left);
    columns->addSpacing(24);
    columns->addLayout(right);
    layout->addWidget(box);

    auto *buttons = new QHBoxLayout;
    m_run->setObjectName(QStringLiteral("runLoad"));
    m_run->setToolTip(tr("Run the load (Ctrl+R)"));
    m_cancel->setObjectName(QStringLiteral("cancelLoad"));
    m_cancel->setEnabled(false);
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m requests"));
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);
    layout->addLayout(buttons);

    m_note->setObjectName(QStringLiteral("loadNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    layout->addWidget(m_note);
    m_banner->setObjectName(QStringLiteral("loadBanner"));
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setWordWrap(true);
    m_banner->setMinimumHeight(56);
    m_banner->setText(tr("No run yet. Set a plan and press Run load, or let Run ▸ Run the seed demo (Ctrl+D) "
                         "run a small one in each mode."));
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { border: 1px dashed palette(mid); border-radius: 6px; padding: 10px; }"));
    layout->addWidget(m_banner);
    m_details->setObjectName(QStringLiteral("loadDetails"));
    m_details->setWordWrap(true);
    layout->addWidget(m_details);
    layout->addStretch(1);

    connect(m_run, &QPushButton::clicked, this, &LoadPanel::run);
    connect(m_cancel, &QPushButton::clicked, this, &LoadPanel::cancel);
}

LoadPanel::~LoadPanel()
{
    if (m_thread) {
        cancel();
        m_thread->quit();
        m_thread->wait();
    }
}

LoadPlan LoadPanel::plan() const
{
    LoadPlan plan;
    plan.requests = m_requests->value();
    plan.concurrency = m_concurrency->value();
    plan.ratePerSecond = m_rate->value();
    plan.createPercent = m_createPercent->value();
    plan.users = m_users->value();
    plan.documents = m_documents->value();
    return plan;
}

void LoadPanel::setPlan(const LoadPlan &plan)
{
    m_requests->setValue(plan.requests);
    m_concurrency->setValue(plan.concurrency);
    m_rate->setValue(plan.ratePerSecond);
    m_createPercent->setValue(plan.createPercent);
    m_users->setValue(plan.users);
    m_documents->setValue(plan.documents);
}

void LoadPanel::showNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

void LoadPanel::run()
{
    if (m_thread)
        return;
    m_backend.simulation().setBaseLatencyMs(m_latency->value());
    m_checkedBefore = m_backend.audit().checked();
    m_misattributedBefore = m_backend.audit().misattributed();
    const LoadPlan p = plan();
    QByteArray authorization;
    if (!m_backend.options().token.isEmpty())
        authorization = "Bearer " + m_backend.options().token.toUtf8();
    auto *run = new LoadRun(m_backend.url(), authorization, p);
    m_current = run;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("load run"));
    m_thread->setEventDispatcher(new net::EpollEventDispatcher); // a socket per request in flight
    run->moveToThread(m_thread);
    connect(m_thread, &QThread::started, run, &LoadRun::start);
    connect(m_thread, &QThread::finished, run, &QObject::deleteLater);
    connect(run, &LoadRun::progressed, this, &LoadPanel::showProgress);
    connect(run, &LoadRun::finished, this, &LoadPanel::showResult);
    m_progress->setRange(0, p.requests);
    m_progress->setValue(0);
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_banner->setText(tr("Running %1 requests in %2 mode…").arg(p.requests).arg(webapp::modeName(m_backend.mode())));
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { border: 1px solid palette(mid); border-radius: 6px; padding: 10px; "
                       "font-weight: bold; }"));
    m_details->clear();
    emit started();
    m_thread->start();
}

void LoadPanel::cancel()
{
    if (m_current)
        QMetaObject::invokeMethod(m_current, &LoadRun::cancel, Qt::QueuedConnection);
}

void LoadPanel::showProgress(const LoadProgress &progress)
{
    m_progress->setValue(progress.done);
}

void LoadPanel::showResult(const LoadProgress &progress)
{
    m_thread->quit();
    m_thread->wait(); // the run has finished: only its event loop is left to stop
    m_thread->deleteLater();
    m_thread = nullptr;
    m_run->setEnabled(true);
    m_cancel->setEnabled(false);
    m_progress->setValue(progress.done);

    const qint64 calls = m_backend.audit().checked() - m_checkedBefore;
    const qint64 misattributed = m_backend.audit().misattributed() - m_misattributedBefore;
    QString text = tr("%n calls, ", nullptr, int(calls)) + tr("%n misattributed", nullptr, int(misattributed));
    if (misattributed > 0)
        text += tr(" — highlighted in the Costs tab");
    m_banner->setText(text);
    const QString color = misattributed > 0 ? QStringLiteral("208, 69, 58") : QStringLiteral("46, 139, 87");
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: rgba(%1, 45); border: 1px solid rgb(%1); "
                                           "border-radius: 6px; padding: 10px; font-size: 14pt; font-weight: bold; }")
                                .arg(color));
    QStringList statuses;
    for (auto it = progress.statuses.cbegin(); it != progress.statuses.cend(); ++it)
        statuses.append(tr("%1 × %2").arg(it.value()).arg(it.key() == 0 ? tr("no answer") : QString::number(it.key())));
    const double seconds = std::max<qint64>(progress.elapsedMs, 1) / 1000.0;
    m_details->setText(tr("%1 requests in %2 s (%3 req/s) in %4 mode; answers: %5.")
                           .arg(progress.done)
                           .arg(seconds, 0, 'f', 1)
                           .arg(progress.done / seconds, 0, 'f', 0)
                           .arg(webapp::modeName(m_backend.mode()), statuses.join(QStringLiteral(", "))));
    emit finished(calls, misattributed);
}

} // namespace gui
