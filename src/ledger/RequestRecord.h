#pragma once

#include <QDateTime>
#include <QString>

namespace ledger {

// An HTTP request served, kept beside the events it issued.
struct RequestRecord
{
    QString id;
    QString method;
    QString path;
    int status = 0;
    QString userId;
    QDateTime started;
    QDateTime finished;
};

} // namespace ledger
