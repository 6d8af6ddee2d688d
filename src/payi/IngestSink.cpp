#include "payi/IngestSink.h"

#include "base/Handoff.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>

#include <chrono>

Q_LOGGING_CATEGORY(lcIngest, "costbench.payi.ingest")

namespace payi {

// Lives on the sink's thread and owns the network there.
class IngestWorker : public QObject
{
public:
    IngestWorker(IngestSink *sink, const IngestSink::Options &options) : m_sink(sink), m_options(options) {}

    // Starts as many sends as the queue and the request slots allow.
    void pump()
    {
        while (std::optional<CallEvent> event = m_sink->takeNext())
            send(*event, 1);
    }

private:
    void send(const CallEvent &event, int attempt)
    {
        if (!m_network)
            m_network = new QNetworkAccessManager(this);
        QUrl url = m_options.baseUrl;
        url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0)
                    + QStringLiteral("/api/v1/ingest"));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setTransferTimeout(m_options.timeoutMs);
        const QList<QPair<QByteArray, QByteArray>> headers = event.ingestHeaders();
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        request.setRawHeader("xProxy-api-key", m_options.apiKey.toUtf8());
        QNetworkReply *reply =
            m_network->post(request, QJsonDocument(event.ingestBody()).toJson(QJsonDocument::Compact));
        connect(reply, &QNetworkReply::finished, this, [this, reply, event, attempt] {
            reply->deleteLater();
            onFinished(reply, event, attempt);
        });
    }

    void onFinished(QNetworkReply *reply, const CallEvent &event, int attempt)
    {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 200 && status < 300) {
            m_sink->finished(true);
            pump();
            return;
        }
        // The service's body may quote what it was sent: keep the key out of the log.
        QString why = status > 0 ? QStringLiteral("HTTP %1 %2")
                                       .arg(status)
                                       .arg(QString::fromUtf8(reply->readAll().left(200)).simplified())
                                 : reply->errorString();
        if (!m_options.apiKey.isEmpty())
            why.replace(m_options.apiKey, QStringLiteral("[redacted]"));
        const bool transient = status == 0 || status == 408 || status == 429 || status >= 500;
        if (transient && attempt < m_options.maxAttempts) {
            const qint64 backoff =
                qMin<qint64>(m_options.maxBackoffMs, qint64(m_options.initialBackoffMs) << (attempt - 1));
            m_sink->retried();
            QTimer::singleShot(std::chrono::milliseconds(backoff), this,
                               [this, event, attempt] { send(event, attempt + 1); });
            return;
        }
        qCWarning(lcIngest, "event %s not ingested after %d attempt(s): %s", qPrintable(event.eventId), attempt,
                  qPrintable(why));
        m_sink->finished(false);
        pump();
    }

    IngestSink *m_sink;
    const IngestSink::Options m_options;
    QNetworkAccessManager *m_network = nullptr;
};

std::optional<IngestSink::Options> IngestSink::optionsFromEnvironment()
{
    const QString key = qEnvironmentVariable("PAYI_API_KEY");
    if (key.isEmpty())
        return std::nullopt;
    Options options;
    options.apiKey = key;
    const QString base = qEnvironmentVariable("PAYI_BASE_URL");
    if (!base.isEmpty())
        options.baseUrl = QUrl(base);
    return options;
}

IngestSink::IngestSink(Options options)
    : m_options(std::move(options))
    , m_thread(new QThread)
    , m_worker(new IngestWorker(this, m_options))
{
    m_thread->setObjectName(QStringLiteral("Pay-i ingest"));
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

IngestSink::~IngestSink()
{
    IngestWorker *worker = m_worker;
    base::runOnAndWait(worker, [worker] { delete worker; });
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void IngestSink::consume(const CallEvent &event)
{
    bool wake = false;
    {
        std::lock_guard lock(m_mutex);
        if (m_queue.size() >= std::size_t(qMax(1, m_options.capacity))) {
            m_queue.pop_front();
            ++m_stats.dropped;
            // Powers of two: the count stays visible without flooding the log.
            if ((m_stats.dropped & (m_stats.dropped - 1)) == 0) {
                qCWarning(lcIngest, "ingest queue full (%d events): dropped the oldest; %lld dropped so far",
                          m_options.capacity, static_cast<long long>(m_stats.dropped));
            }
        }
        m_queue.push_back(event);
        wake = !m_wakePending;
        m_wakePending = true;
    }
    if (wake)
        base::postTo(m_worker, [worker = m_worker] { worker->pump(); });
}

std::optional<CallEvent> IngestSink::takeNext()
{
    std::lock_guard lock(m_mutex);
    m_wakePending = false;
    if (m_queue.empty() || m_stats.inFlight >= m_options.maxInFlight)
        return std::nullopt;
    CallEvent event = std::move(m_queue.front());
    m_queue.pop_front();
    ++m_stats.inFlight;
    return event;
}

void IngestSink::finished(bool sent)
{
    std::lock_guard lock(m_mutex);
    --m_stats.inFlight;
    ++(sent ? m_stats.sent : m_stats.failed);
    m_idle.notify_all();
}

void IngestSink::retried()
{
    std::lock_guard lock(m_mutex);
    ++m_stats.retries;
}

bool IngestSink::flush(int timeoutMs)
{
    std::unique_lock lock(m_mutex);
    return m_idle.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                           [this] { return m_queue.empty() && m_stats.inFlight == 0; });
}

IngestSink::Stats IngestSink::stats() const
{
    std::lock_guard lock(m_mutex);
    Stats stats = m_stats;
    stats.queued = qint64(m_queue.size());
    return stats;
}

} // namespace payi
