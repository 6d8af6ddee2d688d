#include "gui/CostTreePager.h"

#include "gui/ApiClient.h"
#include "gui/CostTreeModel.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QJsonArray>
#include <QUrl>

namespace gui {

namespace {

qint64 msOf(const QJsonValue &iso)
{
    const QDateTime time = QDateTime::fromString(iso.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

payi::Money moneyOf(const QJsonValue &decimal)
{
    const base::Result<payi::Money> money = payi::Money::parse(decimal.toString());
    return money ? *money : payi::Money::zero();
}

// An instance's totals as the API writes them (docs/http-api.md, "Totals").
backend::CostTotals totalsOf(const QJsonObject &o)
{
    backend::CostTotals totals;
    totals.calls = o.value(QStringLiteral("calls")).toInteger();
    totals.failures = o.value(QStringLiteral("failures")).toInteger();
    totals.blocked = o.value(QStringLiteral("blocked")).toInteger();
    totals.units = payi::unitsFromJson(o.value(QStringLiteral("units")).toObject());
    const QJsonObject cost = o.value(QStringLiteral("cost")).toObject();
    totals.cost = {moneyOf(cost.value(QStringLiteral("input"))), moneyOf(cost.value(QStringLiteral("output"))),
                   moneyOf(cost.value(QStringLiteral("total")))};
    totals.firstMs = msOf(o.value(QStringLiteral("first_activity")));
    totals.lastMs = msOf(o.value(QStringLiteral("last_activity")));
    return totals;
}

} // namespace

CostTreePager::CostTreePager(ApiClient &api, CostTreeModel *tree, QAbstractItemView *view, QAbstractProxyModel *proxy,
                             QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_tree(tree)
{
    connect(view, &QAbstractItemView::activated, this,
            [tree, proxy](const QModelIndex &index) { tree->showOlder(proxy->mapToSource(index).siblingAtColumn(0)); });
    connect(tree, &CostTreeModel::olderInstancesWanted, this, &CostTreePager::fetch);
}

void CostTreePager::fetch(const QString &useCaseName, const QString &before, int limit)
{
    QString path = QStringLiteral("/use-cases/%1/instances?order=newest&limit=%2").arg(useCaseName).arg(limit);
    if (!before.isEmpty())
        path += QStringLiteral("&before=") + QString::fromLatin1(QUrl::toPercentEncoding(before));
    m_api.get(path, this, [this, useCaseName](const ApiReply &reply) {
        QList<std::pair<QString, backend::CostTotals>> page;
        if (!reply.ok()) {
            qWarning("could not load older instances of %s: %s", qPrintable(useCaseName),
                     qPrintable(reply.errorMessage()));
            m_tree->addOlderInstances(useCaseName, page, QString());
            return;
        }
        const QJsonArray instances = reply.json.value(QStringLiteral("instances")).toArray();
        for (const QJsonValue &instance : instances) {
            const QJsonObject o = instance.toObject();
            page.append({o.value(QStringLiteral("use_case_id")).toString(), totalsOf(o)});
        }
        m_tree->addOlderInstances(useCaseName, page, reply.json.value(QStringLiteral("next_before")).toString());
    });
}

} // namespace gui
