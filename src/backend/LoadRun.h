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

    // The creates the run sends: createPercent of requests, rounded to the nearest; the rest append.
    int creates() const;
    int appends() const { return requests - creates(); }
    // The documents made before the run for its appends to go to: `documents`, or none without appends.
    int documentsToMake() const;
};

// Where a run stands. The documents the appends go to are made first (preparing); the
// counts other than documentsMade are those of the run proper, which follows.
struct LoadProgress
{
    bool preparing = false;
    int documentsMade = 0;
    int documentsFailed = 0;
    int sent = 0;
    int done = 0;
    int failed = 0;
    qint64 elapsedMs = 0;    // since the run proper began
    QMap<int, int> statuses; // HTTP status (0: no answer) -> requests
    // Answered requests of each kind, and those whose answer's `tracking` names an
    // attribution other than the request's own (the use case, its instance for an append,
    // the user): the same comparison the attribution audit makes.
    int creates = 0;
    int appends = 0;
    int createsMisattributed = 0;
    int appendsMisattributed = 0;
    // Why the run stopped before its requests (no document to append to could be made); empty otherwise.
    QString error;

    int calls() const { return creates + appends; }
    int misattributed() const { return createsMisattributed + appendsMisattributed; }
};

// Fires a plan's requests at the embedded server from a thread of its own (a LoadDriver
// moves it there and invokes start()), over keep-alive connections of its own (net::PlainHttpTransport,
// one per request in flight): QNetworkAccessManager's HTTP thread took more CPU at 2,000
// requests a second than the server it measured. It first makes the plan's documents (so
// that appends can be sent from the first request on, at any concurrency), then sends exactly
// the plan's creates and appends, shuffled. Progress leaves by queued signals at most twenty
// times a second.
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
    enum class Kind { Create, Append };
    struct Request
    {
        Kind kind;
        QString documentId; // the append's document
        QString userId;
        bool preparing; // a document the appends go to
    };

    void pump();
    void prepare();
    void beginRun();
    void send(const Request &request);
    void answered(const Request &request, int status, const QByteArray &body);
    void finish();
    void report(bool force);

    const QUrl m_base;
    const QByteArray m_authorization;
    const LoadPlan m_plan;
    net::PlainHttpTransport *m_transport = nullptr;
    QTimer *m_pacer = nullptr;
    QElapsedTimer m_clock;
    qint64 m_lastReportMs = -1;
    int m_inFlight = 0;
    int m_documentsSent = 0;
    QList<Kind> m_kinds; // the run's requests in the order they are sent
    int m_next = 0;
    QStringList m_pool; // documents the appends go to
    LoadProgress m_progress;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace backend

Q_DECLARE_METATYPE(backend::LoadProgress)
