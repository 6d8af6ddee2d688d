#pragma once

#include "backend/ReadModels.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>
#include <QSortFilterProxyModel>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace gui {

// The live cost tree: use cases, their instances, and the calls of each instance. Totals
// of use cases and instances come from the ledger's AggregateSnapshot; call rows from the
// events the CallEventFeed brings. Every update is incremental (rows inserted, changed
// cells reported), so views keep their selection and do not flicker. Calls the audit
// found misattributed are highlighted, with what the request expected.
//
// A use case with more instances than it shows has a last row "N older instances — show
// more" (Kind::More): showOlder() asks for the next page of them (olderInstancesWanted,
// newest first, as GET /use-cases/{name}/instances?order=newest gives it), which
// addOlderInstances() adds. An instance with more calls than it shows ends with a row that
// counts them ("70 calls not shown"). Nothing is dropped without a row counting it.
class CostTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Name, Calls, InputTokens, OutputTokens, Cost, Users, Misattributed, LastActivity, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // int(Kind)
        SortRole,                    // numbers for numeric columns
        CallEventRole,               // payi::CallEvent, call rows only
        MisattributionRole,          // QVariantMap {request_id, expected, actual}, misattributed calls only
        InSourceRole,                // bool: the row has calls of the chosen source (setSource)
    };
    enum class Kind { Root, UseCase, Instance, Call, More };

    // The tree keeps the newest rows only, so that hours of load stay cheap to show; the
    // instances it does not show are counted on the use case's "older instances" row.
    static constexpr int MaxInstancesPerUseCase = 2000;
    static constexpr int MaxCallsPerInstance = 50;
    static constexpr int OlderPage = 200; // instances loaded by one "show more"

    explicit CostTreeModel(QObject *parent = nullptr);
    ~CostTreeModel() override;

    // Refreshes use-case totals and the instances that recently had calls.
    void applySnapshot(const backend::CostSnapshot &snapshot);
    // Adds the call rows (and any new use case or instance) of events, in seq order.
    void addEvents(const QList<backend::StoredEvent> &events, const backend::CostSnapshot &snapshot);
    // The audit's latest misattributions; the calls among them are highlighted.
    void setMisattributions(const QList<backend::Misattribution> &recent);
    // Shows one source's totals (empty: every call's) from snapshot; rows without calls of
    // that source answer false to InSourceRole (CostTreeFilter hides them).
    void setSource(const QString &source, const backend::CostSnapshot &snapshot);
    QString source() const { return m_source; }

    // What names each instance besides its id (the document its calls wrote, say): shown after
    // the id in the instance's row.
    void setInstanceLabels(const QHash<QString, QString> &labelsById);
    // Loads the next page of older instances, more being a use case's Kind::More row (any
    // other index: nothing happens). The row says "Loading…" until addOlderInstances().
    void showOlder(const QModelIndex &more);
    // A page of olderInstancesWanted's answer: the instances (newest first) and the cursor of
    // the next page ("" on the last). An empty page with "" ends a failed load.
    void addOlderInstances(const QString &useCaseName, const QList<std::pair<QString, backend::CostTotals>> &page,
                           const QString &nextBefore);
    QModelIndex olderInstancesIndex(const QString &useCaseName) const;
    QModelIndex useCaseIndex(const QString &useCaseName) const;
    QModelIndex instanceIndex(const QString &useCaseName, const QString &useCaseId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // The page of the use case's instances before `before` ("": the newest), newest first.
    void olderInstancesWanted(const QString &useCaseName, const QString &before, int limit);

private:
    struct Node;

    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node, int column = 0) const;
    void changed(const Node *node, int firstColumn = 0, int lastColumn = ColumnCount - 1);
    void appendChildren(Node *parent, const QStringList &names, Kind kind);
    void appendCalls(Node *instance, const QList<const backend::StoredEvent *> &events);
    void trim(Node *parent, int keep);
    // Shows, updates or removes the use case's "older instances" row for its total instances;
    // every use case's, from the counts of snapshot.
    void countOlder(Node *useCase, qint64 instances);
    void countOlder(const backend::CostSnapshot &snapshot);
    // The calls of an instance's totals (of the source shown) that are not its rows; its last row
    // "N calls not shown" (Kind::More, not pageable) counts them while there are any.
    qint64 hiddenCalls(const Node *instance) const;
    void countCalls(Node *instance);
    // Adds, updates or removes parent's last row (Kind::More).
    void setMoreRow(Node *parent, bool wanted);
    void forget(Node *node);
    void markMisattributed(Node *call);
    QVariant display(const Node *node, int column) const;
    QVariant sortKey(const Node *node, int column) const;
    bool inSource(const Node *node) const;
    QSet<QString> usersOf(const Node *node) const;
    // Sets node's totals from snapshot for the chosen source; true when they changed.
    bool takeTotals(Node *node, const backend::CostSnapshot &snapshot);

    std::unique_ptr<Node> m_root;
    QHash<QString, Node *> m_calls;                          // event id -> call row
    QHash<Node *, int> m_refresh;                            // instance -> ticks left to refresh its totals
    QHash<QString, backend::Misattribution> m_misattributed; // event id ->
    QString m_source;                                        // the source shown; empty: all
    QHash<QString, QString> m_instanceLabels;                // use_case_id -> what else names it
    qint64 m_seenSeq = 0;                                    // of the last event added
    std::optional<backend::CostSnapshot> m_pendingCounts;    // counts to show once the events are in
};

// The cost tree as the Costs tab shows it: the text filter (any column, case-insensitive; a row
// shows when it or a row below it matches) and the source filter (rows of the chosen source).
class CostTreeFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CostTreeFilter(QObject *parent = nullptr);
    // Re-reads which rows are in the source, after CostTreeModel::setSource().
    void sourceChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // The "older instances" row stays last, whatever the order.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace gui
