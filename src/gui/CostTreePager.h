#pragma once

#include <QObject>

class QAbstractProxyModel;
class QAbstractItemView;

namespace gui {

class ApiClient;
class CostTreeModel;

// Pages the cost tree's older instances in through the HTTP API, as any client would: a
// use case's "older instances — show more" row, activated in the view (double-click, Enter),
// asks GET /use-cases/{name}/instances?order=newest&before=... for the next page, and the
// answer's instances are added to the tree with their totals.
class CostTreePager : public QObject
{
    Q_OBJECT

public:
    // view shows tree through proxy.
    CostTreePager(ApiClient &api, CostTreeModel *tree, QAbstractItemView *view, QAbstractProxyModel *proxy,
                  QObject *parent = nullptr);

private:
    void fetch(const QString &useCaseName, const QString &before, int limit);

    ApiClient &m_api;
    CostTreeModel *m_tree;
};

} // namespace gui
