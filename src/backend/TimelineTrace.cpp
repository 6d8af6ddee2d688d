#include "backend/TimelineTrace.h"

#include <QDataStream>
#include <QFile>
#include <QSaveFile>

namespace backend {

namespace {

constexpr char Magic[] = "CBTIMELN";
constexpr quint32 Version = 1;
constexpr qint64 HeaderBytes = 8 + 4 + 1 + 8 + 8 + 8;
constexpr qint64 EntryBytes = 40;

base::Error damaged(const QString &why)
{
    return base::Error{QStringLiteral("timeline_damaged"), QStringLiteral("the timeline file is damaged: %1").arg(why)};
}

} // namespace

QByteArray TimelineTrace::encode() const
{
    QByteArray bytes;
    bytes.reserve(qsizetype(HeaderBytes + EntryBytes * qint64(entries.size())));
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    out.writeRawData(Magic, 8);
    out << Version << quint8(mode == webapp::InstrumentationMode::Global ? 1 : 0) << qint64(started.toMSecsSinceEpoch())
        << quint64(lost) << quint64(entries.size());
    for (const webapp::TimelineEntry &e : entries) {
        out << qint64(e.ns) << quint32(e.request) << quint8(e.phase) << quint8(e.flags) << quint16(e.status);
        out.writeRawData(e.requestId.toRfc4122().constData(), 16);
        out << quint32(e.key) << quint32(e.writer);
    }
    return bytes;
}

base::Result<TimelineTrace> TimelineTrace::decode(const QByteArray &bytes)
{
    if (bytes.size() < HeaderBytes || !bytes.startsWith(QByteArrayView(Magic, 8)))
        return damaged(QStringLiteral("it is not a Costbench timeline"));
    QDataStream in(bytes);
    in.setByteOrder(QDataStream::LittleEndian);
    in.skipRawData(8);
    quint32 version = 0;
    quint8 mode = 0;
    qint64 startedMs = 0;
    quint64 lost = 0;
    quint64 count = 0;
    in >> version >> mode >> startedMs >> lost >> count;
    if (version != Version)
        return damaged(QStringLiteral("version %1, this program reads version %2").arg(version).arg(Version));
    if (mode > 1)
        return damaged(QStringLiteral("unknown mode %1").arg(mode));
    if (count != quint64(bytes.size() - HeaderBytes) / EntryBytes || (bytes.size() - HeaderBytes) % EntryBytes != 0)
        return damaged(QStringLiteral("%1 bytes for %2 entries").arg(bytes.size()).arg(count));
    TimelineTrace trace;
    trace.mode = mode == 1 ? webapp::InstrumentationMode::Global : webapp::InstrumentationMode::Scoped;
    trace.started = QDateTime::fromMSecsSinceEpoch(startedMs, Qt::UTC);
    trace.lost = lost;
    trace.entries.resize(size_t(count));
    char id[16];
    for (webapp::TimelineEntry &e : trace.entries) {
        quint8 phase = 0;
        in >> e.ns >> e.request >> phase >> e.flags >> e.status;
        in.readRawData(id, 16);
        in >> e.key >> e.writer;
        if (phase < quint8(webapp::TimelinePhase::Opened) || phase > quint8(webapp::TimelinePhase::OutsideWrite))
            return damaged(QStringLiteral("an entry of unknown phase %1").arg(phase));
        e.phase = webapp::TimelinePhase(phase);
        e.requestId = QUuid::fromRfc4122(QByteArrayView(id, 16));
    }
    if (in.status() != QDataStream::Ok)
        return damaged(QStringLiteral("it ends too early"));
    return trace;
}

base::Result<qint64> TimelineTrace::save(const QString &path) const
{
    QSaveFile file(path);
    const QByteArray bytes = encode();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return base::Error{QStringLiteral("timeline_not_saved"),
                           QStringLiteral("the timeline could not be saved to %1: %2").arg(path, file.errorString())};
    return qint64(entries.size());
}

base::Result<TimelineTrace> TimelineTrace::load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return TimelineTrace{};
    if (!file.open(QIODevice::ReadOnly))
        return base::Error{QStringLiteral("timeline_unreadable"),
                           QStringLiteral("the timeline file %1 cannot be read: %2").arg(path, file.errorString())};
    return decode(file.readAll());
}

} // namespace backend
