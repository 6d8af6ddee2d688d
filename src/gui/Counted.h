#pragma once

#include <QString>

namespace gui {

// n with its noun, as the window writes counts: counted(1, tr("%1 request"), tr("%1 requests"))
// is "1 request", with 2 "2 requests" (one and many hold %1).
inline QString counted(qint64 n, const QString &one, const QString &many)
{
    return (n == 1 ? one : many).arg(n);
}

} // namespace gui
