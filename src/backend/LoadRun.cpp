#include "backend/LoadRun.h"

#include "net/PlainHttpTransport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace backend {

namespace {

constexpr int RequestTimeoutMs = 60'000;

} // namespace

int LoadPlan::creates() const
{
    return int((qint64(requests) * std::clamp(createPercent, 0, 100) + 50) / 100);
}

int LoadPlan::documentsToMake() const
{
    return appends() > 0 ? std::max(1, documents) : 0;
}

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
    // Exactly the plan's mix, in an order no request can predict.
    m_kinds.fill(Kind::Append, m_plan.requests);
    std::fill_n(m_kinds.begin(), m_plan.creates(), Kind::Create);
    for (qsizetype i = m_kinds.size() - 1; i > 0; --i)
        m_kinds.swapItemsAt(i, qsizetype(QRandomGenerator::global()->bounded(quint64(i) + 1)));
    m_progress.preparing = m_plan.documentsToMake() > 0;
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
    if (m_finished)
        return;
    if (m_progress.preparing)
        return prepare();
    const int allowed =
        m_plan.ratePerSecond > 0
            ? int(std::min<qint64>(m_plan.requests, m_clock.elapsed() * m_plan.ratePerSecond / 1000 + 1))
            : m_plan.requests;
    while (!m_cancelled && m_next < allowed && m_inFlight < m_plan.concurrency) {
        const Kind kind = m_kinds.at(m_next);
        const QString document = kind == Kind::Append
                                     ? m_pool.at(int(QRandomGenerator::global()->bounded(qint64(m_pool.size()))))
                                     : QString();
        send(
            Request{kind, document, QStringLiteral("load-user-%1").arg(m_next % std::max(1, m_plan.users) + 1), false});
        ++m_next;
        ++m_progress.sent;
    }
    report(false);
    if (m_inFlight == 0 && (m_cancelled || m_next >= m_plan.requests))
        finish();
}

// The documents the appends go to, made before the run proper so that its appends can go
// from the first request on, at any concurrency.
void LoadRun::prepare()
{
    const int wanted = m_plan.documentsToMake();
    while (!m_cancelled && m_documentsSent < wanted && m_inFlight < m_plan.concurrency) {
        send(Request{Kind::Create, QString(), QStringLiteral("load-user-1"), true});
        ++m_documentsSent;
    }
    report(false);
    if (m_inFlight > 0)
        return;
    if (m_cancelled)
        return finish();
    if (m_documentsSent < wanted)
        return;
    if (m_pool.isEmpty()) {
        m_progress.error = tr("none of the %1 documents to append to could be made").arg(wanted);
        return finish();
    }
    beginRun();
}

void LoadRun::beginRun()
{
    m_progress.preparing = false;
    m_clock.restart();
    report(true);
    pump();
}

void LoadRun::send(const Request &request)
{
    QByteArray path;
    QJsonObject body;
    if (request.kind == Kind::Create) {
        path = "/documents";
        body.insert(QStringLiteral("prompt"), QStringLiteral("load test poem %1").arg(m_next));
    } else {
        path = "/documents/" + QUrl::toPercentEncoding(request.documentId) + "/append";
        body.insert(QStringLiteral("text"), QStringLiteral("line %1").arg(m_next));
    }
    QByteArray head =
        "POST " + path + " HTTP/1.1\r\nContent-Type: application/json\r\nX-User-Id: " + request.userId.toUtf8();
    if (!m_authorization.isEmpty())
        head += "\r\nAuthorization: " + m_authorization;
    auto received = std::make_shared<QByteArray>();
    net::PlainHttpTransport::Handlers handlers;
    handlers.onBody = [received](int, const QByteArray &bytes) { *received += bytes; };
    handlers.onEnd = [this, received, request](int status, const net::ExchangeEnd &end) {
        --m_inFlight;
        answered(request, end.kind == net::ExchangeEnd::Kind::Complete ? status : 0, *received);
        pump();
    };
    ++m_inFlight;
    m_transport->post(m_base.host(), quint16(m_base.port(80)), head, QJsonDocument(body).toJson(QJsonDocument::Compact),
                      RequestTimeoutMs, std::move(handlers));
}

void LoadRun::answered(const Request &request, int status, const QByteArray &body)
{
    const bool ok = status >= 200 && status < 300;
    const QJsonObject answer = ok ? QJsonDocument::fromJson(body).object() : QJsonObject();
    if (request.preparing) {
        const QString id = answer.value(QStringLiteral("document_id")).toString();
        if (id.isEmpty()) {
            ++m_progress.documentsFailed;
            return;
        }
        m_pool.append(id);
        ++m_progress.documentsMade;
        return;
    }
    ++m_progress.done;
    ++m_progress.statuses[status];
    if (!ok) {
        ++m_progress.failed;
        return;
    }
    // The answer's tracking is the attribution the call's event carries.
    const QJsonObject tracking = answer.value(QStringLiteral("tracking")).toObject();
    const auto is = [&tracking](const char *field, const QString &expected) {
        return tracking.value(QLatin1String(field)).toString() == expected;
    };
    const bool own = is("user_id", request.userId)
                     && (request.kind == Kind::Create ? is("use_case_name", QStringLiteral("create_document"))
                                                      : is("use_case_name", QStringLiteral("append_document"))
                                                            && is("use_case_id", request.documentId));
    if (request.kind == Kind::Create) {
        ++m_progress.creates;
        m_progress.createsMisattributed += own ? 0 : 1;
    } else {
        ++m_progress.appends;
        m_progress.appendsMisattributed += own ? 0 : 1;
    }
}

void LoadRun::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_pacer->stop();
    report(true);
    emit finished(m_progress);
}

void LoadRun::report(bool force)
{
    const qint64 now = m_clock.elapsed();
    if (!force && m_lastReportMs >= 0 && now - m_lastReportMs < 50)
        return;
    m_lastReportMs = now;
    m_progress.elapsedMs = m_progress.preparing ? 0 : now;
    emit progressed(m_progress);
}

} // namespace backend
