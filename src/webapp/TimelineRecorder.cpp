#include "webapp/TimelineRecorder.h"

#include "base/Clock.h"

#include <QHash>

#include <algorithm>
#include <bit>

namespace webapp {

namespace {

constexpr int Words = 5;

quint64 hiOf(const QUuid &id)
{
    return (quint64(id.data1) << 32) | (quint64(id.data2) << 16) | id.data3;
}

quint64 loOf(const QUuid &id)
{
    quint64 lo = 0;
    for (const uchar byte : id.data4)
        lo = (lo << 8) | byte;
    return lo;
}

QUuid uuidOf(quint64 hi, quint64 lo)
{
    uchar tail[8];
    for (int i = 7; i >= 0; --i, lo >>= 8)
        tail[i] = uchar(lo & 0xff);
    return QUuid(uint(hi >> 32), ushort(hi >> 16), ushort(hi), tail[0], tail[1], tail[2], tail[3], tail[4], tail[5],
                 tail[6], tail[7]);
}

} // namespace

struct TimelineRecorder::Slot
{
    std::atomic<quint64> words[Words];
};

TimelineRecorder::TimelineRecorder(const base::Clock &clock, quint64 capacity)
    : m_clock(clock)
    , m_mask(std::bit_ceil(std::max<quint64>(capacity, 2)) - 1)
    , m_slots(new Slot[m_mask + 1])
{
}

TimelineRecorder::~TimelineRecorder() = default;

TimelineEntry TimelineRecorder::entry(quint32 request, TimelinePhase phase, quint8 flags) const
{
    TimelineEntry e;
    e.ns = m_clock.monotonicNs();
    e.request = request;
    e.phase = phase;
    e.flags = flags;
    return e;
}

quint32 TimelineRecorder::keyOf(const QString &useCaseName, const QString &useCaseId, const QString &userId)
{
    size_t seed = qHash(useCaseName);
    seed = qHashMulti(seed, useCaseId, userId);
    return quint32(seed ^ (seed >> 32)) | 1; // never 0: 0 is "no write"
}

void TimelineRecorder::push(const TimelineEntry &e)
{
    const quint64 index = m_written.load(std::memory_order_relaxed);
    // A reader that copies this slot while it is rewritten sees the claim and drops the copy.
    m_claimed.store(index + 1, std::memory_order_relaxed);
    std::atomic_thread_fence(std::memory_order_release);
    Slot &slot = m_slots[index & m_mask];
    slot.words[0].store(quint64(e.ns), std::memory_order_relaxed);
    slot.words[1].store(quint64(e.request) | (quint64(e.phase) << 32) | (quint64(e.flags) << 40)
                            | (quint64(e.status) << 48),
                        std::memory_order_relaxed);
    slot.words[2].store(hiOf(e.requestId), std::memory_order_relaxed);
    slot.words[3].store(loOf(e.requestId), std::memory_order_relaxed);
    slot.words[4].store(quint64(e.key) | (quint64(e.writer) << 32), std::memory_order_relaxed);
    m_written.store(index + 1, std::memory_order_release);
}

void TimelineRecorder::opened(quint32 request, const QString &requestId, bool append, bool global, quint32 key)
{
    TimelineEntry e = entry(request, TimelinePhase::Opened,
                            quint8((append ? TimelineEntry::Append : 0) | (global ? TimelineEntry::Global : 0)));
    e.requestId = QUuid::fromString(requestId);
    e.key = key;
    if (global) {
        m_globalWriter = request;
        m_globalKey = key;
    }
    push(e);
}

void TimelineRecorder::ledgerRead(quint32 request)
{
    push(entry(request, TimelinePhase::LedgerRead));
}

void TimelineRecorder::modelCall(quint32 request, bool global)
{
    TimelineEntry e = entry(request, TimelinePhase::ModelCall, global ? TimelineEntry::Global : 0);
    e.writer = global ? m_globalWriter : request;
    e.key = global ? m_globalKey : 0;
    push(e);
}

void TimelineRecorder::modelAnswered(quint32 request, bool failed)
{
    push(entry(request, TimelinePhase::ModelAnswered, failed ? TimelineEntry::ModelFailed : 0));
}

void TimelineRecorder::answered(quint32 request, int status)
{
    TimelineEntry e = entry(request, TimelinePhase::Answered);
    e.status = quint16(std::clamp(status, 0, 0xffff));
    push(e);
}

void TimelineRecorder::outsideWrite()
{
    m_globalWriter = 0;
    m_globalKey = 0;
    push(entry(0, TimelinePhase::OutsideWrite, TimelineEntry::Global));
}

quint64 TimelineRecorder::read(quint64 from, std::vector<TimelineEntry> &out) const
{
    const quint64 end = m_written.load(std::memory_order_acquire);
    const quint64 size = m_mask + 1;
    quint64 first = std::max(from, end > size ? end - size : 0);
    if (first >= end)
        return first;
    const size_t base = out.size();
    out.resize(base + size_t(end - first));
    quint64 words[Words];
    for (quint64 i = first; i < end; ++i) {
        const Slot &slot = m_slots[i & m_mask];
        for (int w = 0; w < Words; ++w)
            words[w] = slot.words[w].load(std::memory_order_relaxed);
        TimelineEntry &e = out[base + size_t(i - first)];
        e.ns = qint64(words[0]);
        e.request = quint32(words[1]);
        e.phase = TimelinePhase(quint8(words[1] >> 32));
        e.flags = quint8(words[1] >> 40);
        e.status = quint16(words[1] >> 48);
        e.requestId = uuidOf(words[2], words[3]);
        e.key = quint32(words[4]);
        e.writer = quint32(words[4] >> 32);
    }
    // Slots the writer began to rewrite while they were copied are dropped (a seqlock's check).
    std::atomic_thread_fence(std::memory_order_acquire);
    const quint64 claimed = m_claimed.load(std::memory_order_relaxed);
    const quint64 valid = claimed > size ? claimed - size : 0;
    if (valid > first) {
        const quint64 drop = std::min(valid, end) - first;
        out.erase(out.begin() + qsizetype(base), out.begin() + qsizetype(base + drop));
        first += drop;
    }
    return first;
}

} // namespace webapp
