#include "base/Handoff.h"

#include <QCoreApplication>

namespace base {
namespace {

Q_GLOBAL_STATIC(QThreadPool, s_workPool)

void finishWork()
{
    s_workPool()->waitForDone();
}

} // namespace

QThreadPool *workPool()
{
    // Named and waited for at the application's end once, on first use.
    static QThreadPool *const pool = [] {
        s_workPool()->setObjectName(QStringLiteral("costbench-work"));
        qAddPostRoutine(finishWork);
        return s_workPool();
    }();
    return pool;
}

} // namespace base
