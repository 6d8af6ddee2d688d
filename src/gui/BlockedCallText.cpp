#include "gui/BlockedCallText.h"

#include "gui/MoneyText.h"
#include "gui/TrackingGuide.h"
#include "payi/Attribution.h"

#include <QCoreApplication>

namespace gui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("gui::BlockedCallText", text);
}

} // namespace

BlockedCallText blockedCallText(const QString &action, const payi::BlockedCall &blocked, const LimitOf &limitOf,
                                std::optional<payi::Money> typicalCost)
{
    // Each limit by its name and max (and what it spent, once past its max: then it refuses every
    // call); one the window does not know (deleted since) by its id.
    QStringList limits;
    for (const QString &id : blocked.limitIds) {
        const std::optional<payi::Limit> limit = limitOf ? limitOf(id) : std::nullopt;
        if (!limit)
            limits.append(tr("“%1”").arg(payi::shortId(id)));
        else if (limit->state() == payi::LimitState::Blocked)
            limits.append(tr("“%1” (max %2, already past it with %3 spent)")
                              .arg(limit->spec.name, moneyText(limit->spec.max), moneyText(limit->spent)));
        else
            limits.append(tr("“%1” (max %2)").arg(limit->spec.name, moneyText(limit->spec.max)));
    }
    const bool several = limits.size() > 1;
    const QString worst = typicalCost ? tr("worst-case cost %1 for a call that would cost about %2")
                                            .arg(moneyText(blocked.worstCase), moneyText(*typicalCost))
                                      : tr("worst-case cost %1").arg(moneyText(blocked.worstCase));
    const QString sentence =
        (several ? tr("%1 blocked by limits %2: before a call starts, a block limit reserves the most it could cost "
                      "(%3), and that would pass their max.")
                 : tr("%1 blocked by limit %2: before a call starts, a block limit reserves the most it could cost "
                      "(%3), and that would pass its max."))
            .arg(action, limits.join(QStringLiteral(", ")), worst);
    return BlockedCallText{
        tr("%1 <a href=\"#%2\">Why the worst case?</a>")
            .arg(sentence.toHtmlEscaped(), QLatin1String(TrackingGuide::LimitsSection)),
        tr("%1 (Help ▸ How tracking works, F1)").arg(sentence),
    };
}

} // namespace gui
