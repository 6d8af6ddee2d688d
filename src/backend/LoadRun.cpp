#include "backend/LoadRun.h"

#include "net/PlainHttpTransport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimer>

#include <memory>

namespace backend {

namespace {

constexpr int RequestTimeoutMs = 60'000;

} // namespace

LoadRun::LoadRun(QUrl base, QByteArray authorization, LoadPlan plan)
    : m_base(std::move(base))
    , m_authorization(std::move(authorization))
    , m_plan(plan)
{
    qRegisterMetaType<backend::LoadProgress>();
}

LoadRun::~LoadRun() = default;

void LoadRun::start()
{
    m_transport = new net::PlainHttpTransport(this);
    m_transport->setMaxConnections(std::max(1, m_plan.concurrency));
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
    const int allowed =
        m_plan.ratePerSecond > 0
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
    const bool create =
        poolFilling || m_pool.isEmpty() || int(QRandomGenerator::global()->bounded(100)) < m_plan.createPercent;
    const bool forPool = create && poolFilling;
    if (forPool)
        ++m_creatingPool;
    QByteArray path;
    QJsonObject body;
    if (create) {
        path = "/documents";
        body.insert(QStringLiteral("prompt"), QStringLiteral("load test poem %1").arg(m_next));
    } else {
        const QString &id = m_pool.at(int(QRandomGenerator::global()->bounded(qint64(m_pool.size()))));
        path = "/documents/" + QUrl::toPercentEncoding(id) + "/append";
        body.insert(QStringLiteral("text"), QStringLiteral("line %1").arg(m_next));
    }
    QByteArray head = "POST " + path + " HTTP/1.1\r\nContent-Type: application/json\r\nX-User-Id: load-user-"
                      + QByteArray::number(m_next % std::max(1, m_plan.users) + 1);
    if (!m_authorization.isEmpty())
        head += "\r\nAuthorization: " + m_authorization;
    auto received = std::make_shared<QByteArray>();
    net::PlainHttpTransport::Handlers handlers;
    handlers.onBody = [received](int, const QByteArray &bytes) { *received += bytes; };
    handlers.onEnd = [this, received, forPool](int status, const net::ExchangeEnd &end) {
        --m_inFlight;
        if (forPool)
            --m_creatingPool;
        answered(end.kind == net::ExchangeEnd::Kind::Complete ? status : 0, *received, forPool);
        pump();
    };
    ++m_next;
    ++m_inFlight;
    ++m_progress.sent;
    m_transport->post(m_base.host(), quint16(m_base.port(80)), head, QJsonDocument(body).toJson(QJsonDocument::Compact),
                      RequestTimeoutMs, std::move(handlers));
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

} // namespace backend
