#include "gui/LoadPanel.h"

#include "ui_LoadPanel.h"

#include "backend/Backend.h"
#include "backend/LoadDriver.h"
#include "gui/ApiClient.h"

namespace gui {

namespace {

// The verdict banner's looks: before the first run, while one runs, and its verdict.
const QString IdleStyle =
    QStringLiteral("QLabel { border: 1px dashed palette(mid); border-radius: 6px; padding: 10px; }");
const QString RunningStyle = QStringLiteral("QLabel { border: 1px solid palette(mid); border-radius: 6px; "
                                            "padding: 10px; font-weight: bold; }");
const QString VerdictStyle = QStringLiteral("QLabel { background: rgba(%1, 45); border: 1px solid rgb(%1); "
                                            "border-radius: 6px; padding: 10px; font-size: 14pt; font-weight: bold; }");

} // namespace

LoadPanel::LoadPanel(const backend::Backend &backend, ApiClient &api, QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::LoadPanel)
    , m_backend(backend)
    , m_api(api)
{
    m_ui->setupUi(this);
    m_ui->loadBanner->setStyleSheet(IdleStyle);
    m_ui->loadLatency->setValue(backend.simulationSettings().baseLatencyMs);
    connect(m_ui->runLoad, &QPushButton::clicked, this, &LoadPanel::run);
    connect(m_ui->cancelLoad, &QPushButton::clicked, this, &LoadPanel::cancel);
}

LoadPanel::~LoadPanel() = default;

backend::LoadPlan LoadPanel::plan() const
{
    backend::LoadPlan plan;
    plan.requests = m_ui->loadRequests->value();
    plan.concurrency = m_ui->loadConcurrency->value();
    plan.ratePerSecond = m_ui->loadRate->value();
    plan.createPercent = m_ui->loadCreatePercent->value();
    plan.users = m_ui->loadUsers->value();
    plan.documents = m_ui->loadDocuments->value();
    return plan;
}

void LoadPanel::setPlan(const backend::LoadPlan &plan)
{
    m_ui->loadRequests->setValue(plan.requests);
    m_ui->loadConcurrency->setValue(plan.concurrency);
    m_ui->loadRate->setValue(plan.ratePerSecond);
    m_ui->loadCreatePercent->setValue(plan.createPercent);
    m_ui->loadUsers->setValue(plan.users);
    m_ui->loadDocuments->setValue(plan.documents);
}

void LoadPanel::showNote(const QString &text)
{
    m_ui->loadNote->setText(text);
    m_ui->loadNote->setVisible(!text.isEmpty());
}

void LoadPanel::run()
{
    if (isRunning())
        return;
    m_starting = true;
    m_cancelled = false;
    const backend::LoadPlan p = plan();
    m_ui->loadProgress->setRange(0, p.requests);
    m_ui->loadProgress->setValue(0);
    m_ui->runLoad->setEnabled(false);
    m_ui->cancelLoad->setEnabled(true);
    m_ui->loadBanner->setText(
        tr("Running %1 requests in %2 mode…").arg(p.requests).arg(backend::modeName(m_backend.mode())));
    m_ui->loadBanner->setStyleSheet(RunningStyle);
    m_ui->loadDetails->clear();
    emit started();
    // The model latency is the simulated model's, changed through the API as any other setting.
    const QJsonObject latency{{QStringLiteral("base_latency_ms"), m_ui->loadLatency->value()}};
    m_api.put(QStringLiteral("/sim/settings"), latency, this, [this, p](const ApiReply &reply) {
        m_starting = false;
        if (reply.ok())
            return start(p);
        const QString message = tr("Could not set the model latency: %1").arg(reply.errorMessage());
        showIdle();
        m_ui->loadBanner->setText(message);
        m_ui->loadBanner->setStyleSheet(IdleStyle);
        emit failed(message);
    });
}

void LoadPanel::start(const backend::LoadPlan &plan)
{
    m_before = m_backend.auditCounts();
    m_driver = m_backend.startLoad(plan, this);
    connect(m_driver, &backend::LoadDriver::progressed, this, &LoadPanel::showProgress);
    connect(m_driver, &backend::LoadDriver::finished, this, &LoadPanel::showResult);
    if (m_cancelled)
        m_driver->cancel();
}

void LoadPanel::cancel()
{
    m_cancelled = true;
    if (m_driver)
        m_driver->cancel();
}

void LoadPanel::showProgress(const backend::LoadProgress &progress)
{
    m_ui->loadProgress->setValue(progress.done);
}

void LoadPanel::showIdle()
{
    m_ui->runLoad->setEnabled(true);
    m_ui->cancelLoad->setEnabled(false);
}

void LoadPanel::showResult(const backend::LoadProgress &progress)
{
    m_driver->deleteLater(); // its thread has stopped
    m_driver = nullptr;
    showIdle();
    m_ui->loadProgress->setValue(progress.done);

    const backend::AuditCounts after = m_backend.auditCounts();
    const qint64 calls = after.checked - m_before.checked;
    const qint64 misattributed = after.misattributed - m_before.misattributed;
    QString text = tr("%n calls, ", nullptr, int(calls)) + tr("%n misattributed", nullptr, int(misattributed));
    if (misattributed > 0)
        text += tr(" — highlighted in the Costs tab");
    m_ui->loadBanner->setText(text);
    const QString color = misattributed > 0 ? QStringLiteral("208, 69, 58") : QStringLiteral("46, 139, 87");
    m_ui->loadBanner->setStyleSheet(VerdictStyle.arg(color));
    QStringList statuses;
    for (auto it = progress.statuses.cbegin(); it != progress.statuses.cend(); ++it)
        statuses.append(tr("%1 × %2").arg(it.value()).arg(it.key() == 0 ? tr("no answer") : QString::number(it.key())));
    const double seconds = std::max<qint64>(progress.elapsedMs, 1) / 1000.0;
    m_ui->loadDetails->setText(tr("%1 requests in %2 s (%3 req/s) in %4 mode; answers: %5.")
                                   .arg(progress.done)
                                   .arg(seconds, 0, 'f', 1)
                                   .arg(progress.done / seconds, 0, 'f', 0)
                                   .arg(backend::modeName(m_backend.mode()), statuses.join(QStringLiteral(", "))));
    emit finished(calls, misattributed);
}

} // namespace gui
