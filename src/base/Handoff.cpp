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
    static const bool registered = [] {
        s_workPool()->setObjectName(QStringLiteral("costbench-work"));
        qAddPostRoutine(finishWork);
        return true;
    }();
    Q_UNUSED(registered);
    return s_workPool();
}

} // namespace base
