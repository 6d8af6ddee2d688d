#pragma once

#include <QString>
#include <QUuid>

#include <atomic>
#include <memory>
#include <vector>

namespace base {
class Clock;
}

namespace webapp {

// What happened to a document request, as the timeline records it, in the order it happens.
enum class TimelinePhase : quint8 {
    Opened = 1,        // the request's scope opened (scoped) or its values written into the global context (global)
    LedgerRead = 2,    // an append asks the ledger for its document; it waits until ModelCall
    ModelCall = 3,     // the model call starts: it reads its attribution now
    ModelAnswered = 4, // the model's answer (or failure) is back on the server thread
    Answered = 5,      // the answer leaves for the client
    OutsideWrite = 6,  // PUT /instrumentation wrote the global context: no request's write is in effect
};

// One recorded moment. Plain data, copied by value.
struct TimelineEntry
{
    enum Flag : quint8 {
        Append = 1,      // Opened: POST /documents/{id}/append (else a create)
        Global = 2,      // Opened: written into the global context; ModelCall: read it
        ModelFailed = 4, // ModelAnswered: the call failed (or was blocked)
    };

    qint64 ns = 0;       // base::Clock::monotonicNs() of the server's clock
    quint32 request = 0; // the request's serial number, from 1; 0 for none
    TimelinePhase phase = TimelinePhase::Opened;
    quint8 flags = 0;
    quint16 status = 0; // Answered: the HTTP status
    QUuid requestId;    // Opened: the request's id (its events' request_id)
    // Opened: the request's expected attribution, as a hash (equal attributions, equal keys).
    // ModelCall: the key of the global write the call read (global only).
    quint32 key = 0;
    // ModelCall: the request whose global-context write the call read (its own in scoped
    // mode; 0 after an OutsideWrite or before any write).
    quint32 writer = 0;

    bool has(Flag flag) const { return (flags & flag) != 0; }
};

// The timeline's recorder: what each document request does when, for the window's timeline
// (docs/how-tracking-works.md). DocumentService records on the server thread, the only
// writer; any thread may read. A ring of fixed-size slots, written with relaxed atomic stores
// and published by one release store: no lock, no allocation after construction. A reader
// that falls more than the capacity behind loses the oldest entries, and is told.
//
// The recorder also keeps which request's write of the global context is in effect (the
// server thread does every write and every read of it, turn by turn), so that each global
// model call is recorded with the request whose write it read: exact, not inferred.
class TimelineRecorder
{
public:
    static constexpr quint64 DefaultCapacity = quint64(1) << 17; // 5 MiB, ~25,000 requests

    // capacity is rounded up to a power of two.
    TimelineRecorder(const base::Clock &clock, quint64 capacity = DefaultCapacity);
    ~TimelineRecorder();
    TimelineRecorder(const TimelineRecorder &) = delete;
    TimelineRecorder &operator=(const TimelineRecorder &) = delete;

    // Server thread. A new request's serial number (records nothing).
    quint32 newRequest() { return ++m_lastSerial; }
    // The request's scope is open, or its values are written into the global context (global).
    void opened(quint32 request, const QString &requestId, bool append, bool global, quint32 key);
    void ledgerRead(quint32 request);
    // The model call reads its attribution: from the global context (global) or its scope.
    void modelCall(quint32 request, bool global);
    void modelAnswered(quint32 request, bool failed);
    void answered(quint32 request, int status);
    // Someone other than a document request wrote the global context.
    void outsideWrite();

    // Any thread. Entries are numbered from 0 in the order recorded; written() is one past
    // the last. read() appends the entries from `from` on to out and returns the number of
    // the first one it gave (later than `from` when older ones were overwritten).
    quint64 written() const { return m_written.load(std::memory_order_acquire); }
    quint64 capacity() const { return m_mask + 1; }
    quint64 read(quint64 from, std::vector<TimelineEntry> &out) const;

    // The key of an attribution: a hash of its use case, instance and user.
    static quint32 keyOf(const QString &useCaseName, const QString &useCaseId, const QString &userId);

private:
    struct Slot;
    void push(const TimelineEntry &entry);
    // An entry of now.
    TimelineEntry entry(quint32 request, TimelinePhase phase, quint8 flags = 0) const;

    const base::Clock &m_clock;
    const quint64 m_mask;
    std::unique_ptr<Slot[]> m_slots;
    std::atomic<quint64> m_claimed{0}; // slots being written: [written, claimed)
    std::atomic<quint64> m_written{0};
    // Server thread only.
    quint32 m_lastSerial = 0;
    quint32 m_globalWriter = 0;
    quint32 m_globalKey = 0;
};

} // namespace webapp
