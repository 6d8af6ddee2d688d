#include "gui/LoadRun.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

namespace gui {

namespace {

constexpr int ConnectionsPerManager = 6; // Qt 6.4's HTTP/1.1 limit per host and manager
constexpr int MaxManagers = 128;

} // namespace

LoadRun::LoadRun(QUrl base, QByteArray authorization, LoadPlan plan)
    : m_base(std::move(base))
    , m_authorization(std::move(authorization))
    , m_plan(plan)
{
    qRegisterMetaType<gui::LoadProgress>();
}

LoadRun::~LoadRun() = default;

void LoadRun::start()
{
    const int managers =
        std::clamp((m_plan.concurrency + ConnectionsPerManager - 1) / ConnectionsPerManager, 1, MaxManagers);
    for (int i = 0; i < managers; ++i)
        m_managers.append(new QNetworkAccessManager(this));
    m_pacer = new QTimer(this);
    m_pacer->setTimerType(Qt::PreciseTimer);
    m_pacer->setInterval(5);
    connect(m_pacer, &QTimer::timeout, this, &LoadRun::pump);
    m_clock.start();
    m_pacer->start();
    pump();
}

void LoadRun::cancel()
{
    m_cancelled = true;
}

void LoadRun::pump()
{
    const int allowed = m_plan.ratePerSecond > 0
                            ? int(std::min<qint64>(m_plan.requests, m_clock.elapsed() * m_plan.ratePerSecond / 1000 + 1))
                            : m_plan.requests;
    while (!m_cancelled && m_next < allowed && m_inFlight < m_plan.concurrency)
        sendOne();
    report(false);
    if (m_inFlight == 0 && (m_cancelled || m_next >= m_plan.requests) && !m_finished) {
        m_finished = true;
        m_pacer->stop();
        report(true);
        emit finished(m_progress);
    }
}

void LoadRun::sendOne()
{
    // The first requests create the documents the appends go to.
    const bool poolFilling = m_pool.size() + m_creatingPool < m_plan.documents;
    const bool create = poolFilling || m_pool.isEmpty()
                        || int(QRandomGenerator::global()->bounded(100)) < m_plan.createPercent;
    const bool forPool = create && poolFilling;
    if (forPool)
        ++m_creatingPool;
    QUrl url = m_base;
    QJsonObject body;
    if (create) {
        url.setPath(QStringLiteral("/documents"));
        body.insert(QStringLiteral("prompt"), QStringLiteral("load test poem %1").arg(m_next));
    } else {
        const QString &id = m_pool.at(int(QRandomGenerator::global()->bounded(qint64(m_pool.size()))));
        url.setPath(QStringLiteral("/documents/%1/append").arg(id));
        body.insert(QStringLiteral("text"), QStringLiteral("line %1").arg(m_next));
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("X-User-Id", "load-user-" + QByteArray::number(m_next % std::max(1, m_plan.users) + 1));
    if (!m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    QNetworkAccessManager *manager = m_managers.at(m_next % m_managers.size());
    QNetworkReply *reply = manager->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    ++m_next;
    ++m_inFlight;
    ++m_progress.sent;
    connect(reply, &QNetworkReply::finished, this, [this, reply, forPool] {
        reply->deleteLater();
        --m_inFlight;
        if (forPool)
            --m_creatingPool;
        answered(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(), forPool);
        pump();
    });
}

void LoadRun::answered(int status, const QByteArray &body, bool create)
{
    ++m_progress.done;
    ++m_progress.statuses[status];
    if (status < 200 || status >= 300) {
        ++m_progress.failed;
        return;
    }
    if (create) {
        const QString id = QJsonDocument::fromJson(body).object().value(QStringLiteral("document_id")).toString();
        if (!id.isEmpty())
            m_pool.append(id);
    }
}

void LoadRun::report(bool force)
{
    const qint64 now = m_clock.elapsed();
    if (!force && now - m_lastReportMs < 50)
        return;
    m_lastReportMs = now;
    m_progress.elapsedMs = now;
    emit progressed(m_progress);
}

} // namespace gui
