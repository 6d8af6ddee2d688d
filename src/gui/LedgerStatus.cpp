#include "gui/LedgerStatus.h"

#include "backend/ServerOptions.h"
#include "gui/ApiClient.h"

#include <QTimer>

namespace gui {

LedgerStatus::LedgerStatus(ApiClient &api, QWidget *parent) : QLabel(parent), m_api(api), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("statusLedger"));
    setText(tr("Ledger …"));
    m_timer->setInterval(PollMs);
    connect(m_timer, &QTimer::timeout, this, &LedgerStatus::poll);
    m_timer->start();
    poll();
}

void LedgerStatus::poll()
{
    if (m_asking)
        return; // one question at a time, however slow the answer
    m_asking = true;
    m_api.get(QStringLiteral("/ledger"), this, [this](const ApiReply &reply) {
        m_asking = false;
        if (!reply.ok())
            return setToolTip(tr("The ledger's size is not known: %1").arg(reply.errorMessage()));
        const auto bytes = [&reply](const char *field) { return reply.json.value(QLatin1String(field)).toInteger(); };
        const qint64 size = bytes("file_bytes") + bytes("wal_bytes");
        const qint64 budget = bytes("retention_bytes");
        setText(tr("Ledger %1/%2") // short: the status bar has little room at 1024 pixels
                    .arg(backend::ServerOptions::sizeText(size), backend::ServerOptions::sizeText(budget)));
        const qint64 dropped = bytes("texts_dropped_through_seq");
        QString tip =
            tr("ledger.sqlite and its write-ahead log take %1 on disk, %2 of it in use. Past the "
               "retention budget of %3 the oldest prompt and response texts are dropped; costs, units, "
               "attribution, audit findings and limits are kept.")
                .arg(backend::ServerOptions::sizeText(size), backend::ServerOptions::sizeText(bytes("used_bytes")),
                     backend::ServerOptions::sizeText(budget));
        if (dropped > 0)
            tip += QLatin1Char(' ') + tr("Texts are dropped up to call %1.").arg(dropped);
        setToolTip(tip);
    });
}

} // namespace gui
