#include "gui/SourceSelector.h"

#include "payi/CallEvent.h"

#include <QAbstractItemView>
#include <QDateTime>
#include <QLocale>
#include <QStandardItemModel>

namespace gui {

namespace {

constexpr int HintRole = SourceSelector::SourceRole + 1; // the entry that says how an app reports

QString callsText(qint64 calls)
{
    return calls == 1 ? SourceSelector::tr("1 call") : SourceSelector::tr("%L1 calls").arg(calls);
}

QString timeText(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    return local.date() == QDate::currentDate() ? local.toString(QStringLiteral("HH:mm:ss"))
                                                : local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

SourceSelector::SourceSelector(const QUrl &server, QWidget *parent) : QComboBox(parent), m_server(server)
{
    setObjectName(QStringLiteral("sourceSelector"));
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(18);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    view()->setTextElideMode(Qt::ElideMiddle);
    setToolTip(tr("<p>Whose calls the tree, the chart and the exports show.</p>"
                  "<p><b>document app</b> is Costbench's own. An app instrumented with the Pay-i SDK appears here "
                  "the moment it first reports a call: run it with <code>PAYI_BASE_URL=%1</code> and pass a Pay-i "
                  "client to the SDK, <code>payi_instrument(payi=Payi(), config={...})</code>. Each app is its "
                  "instrumented module and <i>key</i> plus the first six hex digits of its API key's SHA-256, "
                  "never the key.</p><p>An app that never appears here has sent nothing.</p>")
                   .arg(m_server.toString().toHtmlEscaped()));
    addSource(QString());
    addSource(payi::documentAppSource());
    connect(this, &QComboBox::currentIndexChanged, this, [this] { emit sourceChosen(source()); });
    showSources(backend::CostSnapshot());
}

void SourceSelector::addSource(const QString &name)
{
    addItem(QString());
    setItemData(count() - 1, name, SourceRole);
}

QString SourceSelector::entryText(const QString &name, const backend::CostTotals &totals) const
{
    if (totals.calls == 0)
        return tr("%1 — no calls yet").arg(name);
    return tr("%1 — %2, last %3").arg(name, callsText(totals.calls), timeText(totals.last()));
}

void SourceSelector::showSources(const backend::CostSnapshot &snapshot)
{
    if (snapshot.lastSeq() == m_shownSeq)
        return;
    m_shownSeq = snapshot.lastSeq();
    const QSignalBlocker quiet(this); // the choice stays; nothing to announce
    bool outsideApps = false;
    for (const QString &name : snapshot.sourceNames()) {
        if (name == payi::documentAppSource())
            continue;
        outsideApps = true;
        if (findData(name, SourceRole) < 0) {
            int at = count();
            if (at > 0 && itemData(at - 1, HintRole).toBool())
                removeItem(--at);
            addSource(name);
        }
    }
    if (!outsideApps && findData(true, HintRole) < 0) {
        addItem(tr("No outside app has reported yet (PAYI_BASE_URL=%1)").arg(m_server.toString()));
        const int hint = count() - 1;
        setItemData(hint, true, HintRole);
        setItemData(hint, toolTip(), Qt::ToolTipRole);
        if (auto *items = qobject_cast<QStandardItemModel *>(model()))
            items->item(hint)->setEnabled(false);
    }
    for (int i = 0; i < count(); ++i) {
        if (itemData(i, HintRole).toBool())
            continue;
        const QString name = itemData(i, SourceRole).toString();
        if (name.isEmpty()) {
            setItemText(i, tr("All sources — %1").arg(callsText(snapshot.all().calls)));
            continue;
        }
        const backend::CostTotals &totals = snapshot.all(name);
        setItemText(i, entryText(name, totals));
        setItemData(i,
                    totals.calls == 0
                        ? tr("No call yet")
                        : tr("%1\nFirst call %2, last %3").arg(name, timeText(totals.first()), timeText(totals.last())),
                    Qt::ToolTipRole);
    }
}

QString SourceSelector::source() const
{
    return currentData(SourceRole).toString();
}

bool SourceSelector::choose(const QString &source)
{
    const int at = findData(source, SourceRole);
    if (at < 0)
        return false;
    setCurrentIndex(at);
    return true;
}

} // namespace gui
