#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QObject>
#include <QStringList>
#include <QUrl>

class QTimer;

namespace net {
class PlainHttpTransport;
}

namespace backend {

// What a load run sends: count requests, at most concurrency at once, at ratePerSecond
// (0: as fast as the concurrency allows), createPercent of them POST /documents and the
// rest appends to one of `documents` documents, from `users` users (X-User-Id).
struct LoadPlan
{
    int requests = 200;
    int concurrency = 50;
    int ratePerSecond = 0;
    int createPercent = 50;
    int users = 5;
    int documents = 5;
};

struct LoadProgress
{
    int sent = 0;
    int done = 0;
    int failed = 0;
    qint64 elapsedMs = 0;
    QMap<int, int> statuses; // HTTP status (0: no answer) -> requests
};

// Fires a plan's requests at the embedded server from a thread of its own (a LoadDriver
// moves it there and invokes start()), over keep-alive connections of its own (net::PlainHttpTransport,
// one per request in flight): QNetworkAccessManager's HTTP thread took more CPU at 2,000
// requests a second than the server it measured. Progress leaves by queued signals at most
// twenty times a second.
class LoadRun : public QObject
{
    Q_OBJECT

public:
    LoadRun(QUrl base, QByteArray authorization, LoadPlan plan);
    ~LoadRun() override;

public slots:
    void start();
    void cancel();

signals:
    void progressed(const backend::LoadProgress &progress);
    void finished(const backend::LoadProgress &progress);

private:
    void pump();
    void sendOne();
    void answered(int status, const QByteArray &body, bool create);
    void report(bool force);

    const QUrl m_base;
    const QByteArray m_authorization;
    const LoadPlan m_plan;
    net::PlainHttpTransport *m_transport = nullptr;
    QTimer *m_pacer = nullptr;
    QElapsedTimer m_clock;
    qint64 m_lastReportMs = -1;
    int m_inFlight = 0;
    int m_next = 0;
    int m_creatingPool = 0;
    QStringList m_pool; // documents the appends go to
    LoadProgress m_progress;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace backend

Q_DECLARE_METATYPE(backend::LoadProgress)
