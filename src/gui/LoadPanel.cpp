#include "gui/LoadPanel.h"

#include "ui_LoadPanel.h"

#include "backend/Backend.h"
#include "backend/LoadDriver.h"
#include "gui/ApiClient.h"
#include "gui/Counted.h"

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
    showNote({});
    const backend::LoadPlan p = plan();
    m_mode = m_backend.mode();
    m_preparing = p.documentsToMake() > 0;
    if (m_preparing) {
        m_ui->loadProgress->setRange(0, p.documentsToMake());
        m_ui->loadProgress->setFormat(counted(p.documentsToMake(), tr("%v of 1 document"), tr("%v of %m documents")));
        m_ui->loadBanner->setText(counted(p.documentsToMake(), tr("Making 1 document to append to…"),
                                          tr("Making %1 documents to append to…")));
    } else {
        showRunning(p);
    }
    m_ui->loadProgress->setValue(0);
    m_ui->loadProgress->setTextVisible(true);
    m_ui->runLoad->setEnabled(false);
    m_ui->cancelLoad->setEnabled(true);
    m_ui->loadBanner->setStyleSheet(RunningStyle);
    m_ui->loadExplanation->hide();
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
        m_ui->loadProgress->setTextVisible(false); // nothing was sent
        m_ui->loadBanner->setText(message);
        m_ui->loadBanner->setStyleSheet(IdleStyle);
        emit failed(message);
    });
}

void LoadPanel::showRunning(const backend::LoadPlan &plan)
{
    m_preparing = false;
    m_ui->loadProgress->setRange(0, plan.requests);
    m_ui->loadProgress->setFormat(counted(plan.requests, tr("%v of 1 request"), tr("%v of %m requests")));
    m_ui->loadBanner->setText(tr("Running %1 (%2, %3) in %4 mode…")
                                  .arg(counted(plan.requests, tr("%1 request"), tr("%1 requests")),
                                       counted(plan.creates(), tr("%1 create"), tr("%1 creates")),
                                       counted(plan.appends(), tr("%1 append"), tr("%1 appends")),
                                       backend::modeName(m_mode)));
}

void LoadPanel::start(const backend::LoadPlan &plan)
{
    m_plan = plan;
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
    if (m_preparing && !progress.preparing)
        showRunning(m_plan);
    m_ui->loadProgress->setValue(progress.preparing ? progress.documentsMade + progress.documentsFailed
                                                    : progress.done);
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
    if (!progress.error.isEmpty()) {
        const QString message = tr("The load run stopped: %1.").arg(progress.error);
        m_ui->loadBanner->setText(message);
        m_ui->loadBanner->setStyleSheet(IdleStyle);
        emit failed(message);
        return;
    }
    showProgress(progress);

    const int calls = progress.calls();
    const int misattributed = progress.misattributed();
    QString text = tr("%1, %2 misattributed").arg(counted(calls, tr("%1 call"), tr("%1 calls"))).arg(misattributed);
    if (misattributed > 0)
        text += tr(" — highlighted in the Costs tab");
    m_ui->loadBanner->setText(text);
    const QString color = misattributed > 0 ? QStringLiteral("208, 69, 58") : QStringLiteral("46, 139, 87");
    m_ui->loadBanner->setStyleSheet(VerdictStyle.arg(color));
    m_ui->loadExplanation->setText(explanation(progress, m_mode));
    m_ui->loadExplanation->show();
    QStringList statuses;
    for (auto it = progress.statuses.cbegin(); it != progress.statuses.cend(); ++it)
        statuses.append(tr("%1 × %2").arg(it.value()).arg(it.key() == 0 ? tr("no answer") : QString::number(it.key())));
    const double seconds = std::max<qint64>(progress.elapsedMs, 1) / 1000.0;
    QString details;
    if (progress.documentsMade > 0)
        details = counted(progress.documentsMade, tr("Made 1 document to append to first."),
                          tr("Made %1 documents to append to first."))
                  + QLatin1Char(' ');
    details += tr("%1 in %2 s (%3 req/s) in %4 mode: %5, %6; answers: %7.")
                   .arg(counted(progress.done, tr("%1 request"), tr("%1 requests")))
                   .arg(seconds, 0, 'f', 1)
                   .arg(progress.done / seconds, 0, 'f', 0)
                   .arg(backend::modeName(m_mode), counted(progress.creates, tr("%1 create"), tr("%1 creates")),
                        counted(progress.appends, tr("%1 append"), tr("%1 appends")),
                        statuses.isEmpty() ? tr("none") : statuses.join(QStringLiteral(", ")));
    m_ui->loadDetails->setText(details);
    emit finished(calls, misattributed);
}

QString LoadPanel::explanation(const backend::LoadProgress &progress, backend::InstrumentationMode mode)
{
    const int misattributed = progress.misattributed();
    if (progress.calls() == 0)
        return tr("No request was answered, so no call could be checked.");
    if (mode == backend::InstrumentationMode::Scoped) {
        if (misattributed == 0)
            return tr("Each request's scope kept its own attribution.");
        return tr("%1 of %2 took another request's attribution although each request had its own scope: the "
                  "audit lists them.")
            .arg(misattributed)
            .arg(counted(progress.calls(), tr("%1 call"), tr("%1 calls")));
    }
    if (progress.appends == 0 && misattributed == 0)
        return tr("No call could collide: every request was a create, which calls the model in the same turn in "
                  "which it sets the context.");
    if (misattributed == 0)
        return counted(progress.appends,
                       tr("The append did not collide: no other request overwrote the global context while it "
                          "waited for the ledger."),
                       tr("None of the %1 appends collided: no other request overwrote the global context while "
                          "one waited for the ledger. More requests at once make it likely."));
    QStringList who;
    if (progress.appendsMisattributed > 0)
        who.append(tr("%1 of %2")
                       .arg(progress.appendsMisattributed)
                       .arg(counted(progress.appends, tr("%1 append"), tr("%1 appends"))));
    if (progress.createsMisattributed > 0)
        who.append(tr("%1 of %2")
                       .arg(progress.createsMisattributed)
                       .arg(counted(progress.creates, tr("%1 create"), tr("%1 creates"))));
    return tr("%1 took another request's attribution: an append waits for the ledger between setting the global "
              "context and calling the model, and other requests overwrote the context meanwhile.")
        .arg(who.join(tr(" and ")));
}

} // namespace gui
