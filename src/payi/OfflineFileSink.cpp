#include "payi/OfflineFileSink.h"

#include <QFile>
#include <QJsonDocument>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace payi {

namespace {

// Writes a temporary file beside the target, syncs it and renames it over the target.
// Plain POSIX calls rather than QSaveFile: Qt 6.4's QSaveFile reports success after a
// short write on a full disk (seen with RLIMIT_FSIZE), which would replace a good file
// with half of one. Returns an empty string on success, else why it failed.
QString writeAtomically(const QString &path, const QByteArray &bytes)
{
    const QByteArray target = QFile::encodeName(path);
    const QByteArray temporary = target + ".tmp";
    const int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return QString::fromLocal8Bit(std::strerror(errno));
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const QString why = QString::fromLocal8Bit(std::strerror(n < 0 ? errno : ENOSPC));
            ::close(fd);
            ::unlink(temporary.constData());
            return why;
        }
        done += n;
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0 || ::rename(temporary.constData(), target.constData()) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        ::unlink(temporary.constData());
        return why;
    }
    return QString();
}

} // namespace

OfflineFileSink::OfflineFileSink(QString path, int flushIntervalMs)
    : m_path(std::move(path))
    , m_flushIntervalMs(flushIntervalMs)
{
    m_sinceFlush.start();
}

OfflineFileSink::~OfflineFileSink()
{
    flush();
}

void OfflineFileSink::consume(const CallEvent &event)
{
    QJsonObject headers;
    for (const auto &[name, value] : event.ingestHeaders())
        headers.insert(QString::fromLatin1(name), QString::fromUtf8(value));
    const QJsonObject packet{{QStringLiteral("body"), event.ingestBody()},
                             {QStringLiteral("headers"), headers},
                             {QStringLiteral("event"), event.toJson()}};
    std::lock_guard lock(m_mutex);
    m_packets.append(packet);
    m_dirty = true;
    if (m_sinceFlush.elapsed() >= m_flushIntervalMs)
        writeLocked(nullptr);
}

bool OfflineFileSink::flush(QString *error)
{
    std::lock_guard lock(m_mutex);
    return !m_dirty || writeLocked(error);
}

bool OfflineFileSink::writeLocked(QString *error)
{
    m_sinceFlush.restart();
    const QByteArray bytes =
        QJsonDocument(QJsonObject{{QStringLiteral("packets"), m_packets}}).toJson(QJsonDocument::Indented);
    if (const QString failure = writeAtomically(m_path, bytes); !failure.isEmpty()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(m_path, failure);
        return false;
    }
    m_dirty = false;
    return true;
}

} // namespace payi
