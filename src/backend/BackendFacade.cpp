// The Backend's side for the window: what it reads and the commands it starts. The wiring
// (threads, start-up, shutdown) is in Backend.cpp.
#include "backend/Backend.h"

#include "backend/CallEventFeed.h"
#include "backend/LoadDriver.h"
#include "base/Handoff.h"
#include "ledger/Ledger.h"
#include "payi/Instrumentation.h"
#include "simulator/SimulatedModelSettings.h"
#include "webapp/AttributionAudit.h"

#include <QFile>
#include <QtConcurrent/QtConcurrentRun>

namespace backend {

QString Backend::dataDir(const ServerOptions &options)
{
    return options.dataDir.isEmpty() ? ledger::Ledger::defaultDataDir() : options.dataDir;
}

CostSnapshot Backend::snapshot() const
{
    return m_ledger->snapshot();
}

CallEventFeed *Backend::eventFeed(qint64 afterSeq, QObject *parent) const
{
    return new CallEventFeed(*m_ledger, afterSeq, parent);
}

QFuture<base::Result<qint64>> Backend::exportEvents(const QString &path, EventFormat format,
                                                    const QString &source) const
{
    return QtConcurrent::run(base::workPool(),
                             [ledger = m_ledger.get(), path, format, source]() -> base::Result<qint64> {
                                 QFile file(path);
                                 if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                                     return base::Error{QStringLiteral("export"), file.errorString()};
                                 return ledger->exportEvents(&file, format, 0, source);
                             });
}

AuditCounts Backend::auditCounts() const
{
    return AuditCounts{m_audit->checked(), m_audit->misattributed()};
}

QList<Misattribution> Backend::misattributions() const
{
    return m_audit->recent();
}

payi::Attribution Backend::globalContext() const
{
    return m_instrumentation.globalContext();
}

QList<payi::Limit> Backend::limits() const
{
    return m_instrumentation.limits().all();
}

std::optional<payi::Limit> Backend::limit(const QString &id) const
{
    return m_instrumentation.limits().find(id);
}

std::shared_ptr<const payi::PriceTable> Backend::prices() const
{
    return m_instrumentation.prices();
}

SimulationSettings Backend::simulationSettings() const
{
    return m_simulation->snapshot();
}

LoadDriver *Backend::startLoad(const LoadPlan &plan, QObject *parent) const
{
    QByteArray authorization;
    if (!m_options.token.isEmpty())
        authorization = "Bearer " + m_options.token.toUtf8();
    const quint64 run = m_timeline->begin(mode(), m_instrumentation.clock().nowUtc());
    auto *driver = new LoadDriver(m_url, authorization, plan, parent);
    // A driver destroyed before its end (cancelled with the window) ends the run too.
    const auto end = [timeline = m_timeline.get(), run] { timeline->end(run); };
    connect(driver, &LoadDriver::finished, this, end);
    connect(driver, &QObject::destroyed, this, end);
    return driver;
}

TimelineUpdate Backend::timeline(quint64 run, quint64 from) const
{
    return m_timeline->update(run, from);
}

} // namespace backend
