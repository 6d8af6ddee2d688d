#include "gui/CostTreeModel.h"

#include "base/Handoff.h"
#include "gui/MoneyText.h"

#include <QApplication>
#include <QColor>
#include <QDateTime>
#include <QLocale>
#include <QPalette>
#include <QStyle>
#include <QVariantMap>

#include <algorithm>
#include <iterator>
#include <memory>

namespace gui {

struct CostTreeModel::Node
{
    Kind kind = Kind::Root;
    Node *parent = nullptr;
    int row = 0;
    QString name;                        // use_case_name, use_case_id or event id
    backend::CostTotals totals;          // of the calls of the source shown
    QHash<QString, QSet<QString>> users; // source -> the users of its calls at or below this row
    int misattributed = 0;               // misattributed calls at or below this row
    backend::StoredEvent call;           // call rows only
    bool wrong = false;
    std::vector<std::unique_ptr<Node>> children;
    QHash<QString, Node *> byName;
    // A use case's: its "older instances" row (after its children), the instances it counts
    // in all, the next page's cursor and whether a page is on its way. An instance's: loaded
    // by that row (its totals come with the page, not from the snapshot).
    std::unique_ptr<Node> more;
    qint64 instances = 0;
    QString olderCursor;
    bool loadingOlder = false;
    bool paged = false;
};

namespace {

constexpr int RefreshTicks = 10; // an instance's totals are re-read for a second after its last call

qint64 inputTokens(const payi::Units &units)
{
    qint64 sum = 0;
    for (const payi::UnitCount &count : units)
        sum += count.input;
    return sum;
}

qint64 outputTokens(const payi::Units &units)
{
    qint64 sum = 0;
    for (const payi::UnitCount &count : units)
        sum += count.output;
    return sum;
}

backend::CostTotals callTotals(const payi::CallEvent &event)
{
    backend::CostTotals totals;
    totals.calls = 1;
    totals.failures = event.failed ? 1 : 0;
    totals.blocked = event.blockedLimitIds.isEmpty() ? 0 : 1;
    totals.units = event.units;
    totals.cost = event.cost;
    totals.firstMs = totals.lastMs = event.eventTimestamp.toMSecsSinceEpoch();
    return totals;
}

QString usersText(const QSet<QString> &users)
{
    if (users.size() > 3)
        return QObject::tr("%n users", nullptr, int(users.size()));
    QStringList names(users.begin(), users.end());
    names.sort();
    for (QString &name : names) {
        if (name.isEmpty())
            name = QObject::tr("(none)");
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

CostTreeModel::CostTreeModel(QObject *parent) : QAbstractItemModel(parent), m_root(std::make_unique<Node>()) {}

CostTreeModel::~CostTreeModel() = default;

CostTreeModel::Node *CostTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex CostTreeModel::indexOf(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

void CostTreeModel::changed(const Node *node, int firstColumn, int lastColumn)
{
    emit dataChanged(indexOf(node, firstColumn), indexOf(node, lastColumn));
}

QModelIndex CostTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = nodeOf(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
        return {};
    if (row == int(p->children.size()))
        return createIndex(row, column, p->more.get());
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex CostTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int CostTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *p = nodeOf(parent);
    return int(p->children.size()) + (p->more ? 1 : 0);
}

int CostTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CostTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == Name ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case InputTokens:
            return tr("Input tokens");
        case OutputTokens:
            return tr("Output tokens");
        case Misattributed:
            return tr("Calls the audit found charged to another request than the one that made them");
        case LastActivity:
            return tr("Last activity (local time)");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Use case / instance / call");
    case Calls:
        return tr("Calls");
    case InputTokens:
        return tr("In tokens");
    case OutputTokens:
        return tr("Out tokens");
    case Cost:
        return tr("Cost");
    case Users:
        return tr("Users");
    case Misattributed:
        return tr("Misattr.");
    case LastActivity:
        return tr("Last");
    default:
        return {};
    }
}

QVariant CostTreeModel::display(const Node *node, int column) const
{
    const backend::CostTotals &t = node->totals;
    if (node->kind == Kind::More) {
        if (column != Name)
            return QString();
        if (node->parent->kind == Kind::Instance) {
            const qint64 hidden = hiddenCalls(node->parent);
            return hidden == 1 ? tr("1 call not shown — see File ▸ Export events")
                               : tr("%1 calls not shown — see File ▸ Export events").arg(QLocale().toString(hidden));
        }
        if (node->parent->loadingOlder)
            return tr("Loading older instances…");
        const qint64 older = node->parent->instances - qint64(node->parent->children.size());
        return older == 1 ? tr("1 older instance — show more")
                          : tr("%1 older instances — show more").arg(QLocale().toString(older));
    }
    switch (column) {
    case Name:
        if (node->kind == Kind::Call) {
            const payi::CallEvent &e = node->call.event;
            QString text = tr("call #%1").arg(node->call.seq);
            if (!e.blockedLimitIds.isEmpty())
                text += tr(" — blocked by a limit");
            else if (e.failed)
                text += tr(" — failed (%1)").arg(e.failureKind);
            return text;
        }
        if (node->name.isEmpty())
            return node->kind == Kind::UseCase ? tr("(no use case)") : tr("(no instance id)");
        if (node->kind == Kind::Instance && m_instanceLabels.contains(node->name))
            return tr("%1 — %2").arg(node->name, m_instanceLabels.value(node->name));
        return node->name;
    case Calls:
        return t.calls;
    case InputTokens:
        return inputTokens(t.units);
    case OutputTokens:
        return outputTokens(t.units);
    case Cost:
        return moneyText(t.cost.total);
    case Users:
        if (node->kind == Kind::Call)
            return node->call.event.attribution.userId.isEmpty() ? tr("(none)") : node->call.event.attribution.userId;
        return usersText(usersOf(node));
    case Misattributed:
        if (node->kind == Kind::Call)
            return node->wrong ? tr("yes") : QString();
        return node->misattributed > 0 ? QVariant(node->misattributed) : QVariant(QString());
    case LastActivity:
        if (t.lastMs == 0)
            return QString();
        return QDateTime::fromMSecsSinceEpoch(t.lastMs).toLocalTime().toString(
            node->kind == Kind::Call ? QStringLiteral("HH:mm:ss.zzz") : QStringLiteral("HH:mm:ss"));
    default:
        return {};
    }
}

QVariant CostTreeModel::sortKey(const Node *node, int column) const
{
    const backend::CostTotals &t = node->totals;
    switch (column) {
    case Calls:
        return t.calls;
    case InputTokens:
        return inputTokens(t.units);
    case OutputTokens:
        return outputTokens(t.units);
    case Cost:
        return t.cost.total.pico();
    case Users:
        return node->kind == Kind::Call ? 1 : int(usersOf(node).size());
    case Misattributed:
        return node->kind == Kind::Call ? int(node->wrong) : node->misattributed;
    case LastActivity:
        return t.lastMs;
    default:
        return display(node, column);
    }
}

QVariant CostTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    const int column = index.column();
    const bool flagged = node->kind == Kind::Call ? node->wrong : node->misattributed > 0;
    switch (role) {
    case Qt::DisplayRole:
        return display(node, column);
    case SortRole:
        return sortKey(node, column);
    case KindRole:
        return int(node->kind);
    case Qt::TextAlignmentRole:
        return column == Name || column == Users ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (flagged)
            return QColor(220, 50, 47, node->kind == Kind::Call ? 90 : 45);
        return {};
    case Qt::ForegroundRole:
        if (node->kind == Kind::More && node->parent->kind == Kind::Instance)
            return QApplication::palette().placeholderText().color(); // a count, not a link
        if (node->kind == Kind::More)
            return QApplication::palette().link().color();
        if (node->kind == Kind::Call && node->totals.blocked > 0)
            return QColor(203, 75, 22);
        return {};
    case Qt::DecorationRole:
        if (column != Name)
            return {};
        if (flagged)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (node->kind == Kind::Call && node->totals.blocked > 0)
            return QApplication::style()->standardIcon(QStyle::SP_BrowserStop);
        return {};
    case Qt::ToolTipRole:
        if (node->kind == Kind::More && node->parent->kind == Kind::Instance)
            return tr("The tree keeps an instance's newest %1 calls; the ledger keeps every call (File ▸ Export "
                      "events, or GET /events)")
                .arg(MaxCallsPerInstance);
        if (node->kind == Kind::More)
            return tr("Double-click (or press Enter) to show the next %1, newest first").arg(OlderPage);
        if (node->kind == Kind::Call && node->wrong) {
            const backend::Misattribution &m = m_misattributed[node->name];
            return tr("Misattributed: request %1 expected %2 / %3 but the call landed on %4 / %5")
                .arg(m.requestId, m.expected.useCaseName, m.expected.useCaseId, m.actual.useCaseName,
                     m.actual.useCaseId);
        }
        if (node->kind == Kind::Call)
            return tr("Event %1, request %2").arg(node->call.event.eventId, node->call.event.requestId);
        return {};
    case CallEventRole:
        return node->kind == Kind::Call ? QVariant::fromValue(node->call.event) : QVariant();
    case InSourceRole:
        return inSource(node);
    case MisattributionRole: {
        if (!node->wrong)
            return {};
        const backend::Misattribution &m = m_misattributed[node->name];
        return QVariantMap{{QStringLiteral("request_id"), m.requestId},
                           {QStringLiteral("expected"), m.expected.toJson().toVariantMap()},
                           {QStringLiteral("actual"), m.actual.toJson().toVariantMap()}};
    }
    default:
        return {};
    }
}

void CostTreeModel::appendChildren(Node *parent, const QStringList &names, Kind kind)
{
    if (names.isEmpty())
        return;
    const int first = int(parent->children.size());
    beginInsertRows(indexOf(parent), first, first + int(names.size()) - 1);
    for (const QString &name : names) {
        auto node = std::make_unique<Node>();
        node->kind = kind;
        node->parent = parent;
        node->row = int(parent->children.size());
        node->name = name;
        parent->byName.insert(name, node.get());
        parent->children.push_back(std::move(node));
    }
    if (parent->more)
        parent->more->row = int(parent->children.size());
    endInsertRows();
}

void CostTreeModel::appendCalls(Node *instance, const QList<const backend::StoredEvent *> &events)
{
    const int first = int(instance->children.size());
    beginInsertRows(indexOf(instance), first, first + int(events.size()) - 1);
    for (const backend::StoredEvent *stored : events) {
        auto node = std::make_unique<Node>();
        node->kind = Kind::Call;
        node->parent = instance;
        node->row = int(instance->children.size());
        node->name = stored->event.eventId;
        node->call = *stored;
        node->totals = callTotals(stored->event);
        m_calls.insert(node->name, node.get());
        instance->byName.insert(node->name, node.get());
        instance->children.push_back(std::move(node));
    }
    endInsertRows();
    for (const backend::StoredEvent *stored : events) {
        // The ledger keeps the audit's finding with the call: it holds after a restart.
        if (stored->audit.misattributed() && !m_misattributed.contains(stored->event.eventId))
            m_misattributed.insert(stored->event.eventId, backend::Misattribution::of(*stored));
        if (m_misattributed.contains(stored->event.eventId))
            markMisattributed(m_calls.value(stored->event.eventId));
    }
}

void CostTreeModel::forget(Node *node)
{
    for (const std::unique_ptr<Node> &child : node->children)
        forget(child.get());
    if (node->kind == Kind::Call)
        m_calls.remove(node->name);
    m_refresh.remove(node);
}

void CostTreeModel::trim(Node *parent, int keep)
{
    const int excess = int(parent->children.size()) - keep;
    if (excess <= 0)
        return;
    beginRemoveRows(indexOf(parent), 0, excess - 1);
    for (int i = 0; i < excess; ++i) {
        Node *old = parent->children[size_t(i)].get();
        forget(old);
        parent->byName.remove(old->name);
    }
    // Freed on the work pool: the calls' texts were allocated by the ledger's reader threads,
    // and freeing them here waited on those threads' allocator locks, tens of ms a trim under load.
    auto dropped = std::make_shared<std::vector<std::unique_ptr<Node>>>(
        std::make_move_iterator(parent->children.begin()), std::make_move_iterator(parent->children.begin() + excess));
    base::runOnPool([dropped] { dropped->clear(); });
    parent->children.erase(parent->children.begin(), parent->children.begin() + excess);
    for (size_t i = 0; i < parent->children.size(); ++i)
        parent->children[i]->row = int(i);
    if (parent->more)
        parent->more->row = int(parent->children.size());
    parent->olderCursor.clear(); // what was dropped is among the older instances again
    endRemoveRows();
    if (parent->kind == Kind::UseCase)
        countOlder(parent, parent->instances);
}

void CostTreeModel::countOlder(Node *useCase, qint64 instances)
{
    useCase->instances = instances;
    setMoreRow(useCase, instances > qint64(useCase->children.size()) || useCase->loadingOlder);
}

qint64 CostTreeModel::hiddenCalls(const Node *instance) const
{
    qint64 shown = 0;
    for (const std::unique_ptr<Node> &call : instance->children)
        shown += inSource(call.get()) ? 1 : 0;
    return instance->totals.calls - shown;
}

void CostTreeModel::countCalls(Node *instance)
{
    setMoreRow(instance, hiddenCalls(instance) > 0);
}

void CostTreeModel::setMoreRow(Node *parent, bool wanted)
{
    const int shown = int(parent->children.size());
    if (wanted && !parent->more) {
        beginInsertRows(indexOf(parent), shown, shown);
        parent->more = std::make_unique<Node>();
        parent->more->kind = Kind::More;
        parent->more->parent = parent;
        parent->more->row = shown;
        endInsertRows();
    } else if (!wanted && parent->more) {
        beginRemoveRows(indexOf(parent), shown, shown);
        parent->more.reset();
        endRemoveRows();
    } else if (parent->more) {
        changed(parent->more.get(), Name, Name);
    }
}

void CostTreeModel::showOlder(const QModelIndex &more)
{
    const Node *node = nodeOf(more);
    if (!more.isValid() || node->kind != Kind::More || node->parent->kind != Kind::UseCase
        || node->parent->loadingOlder)
        return;
    node->parent->loadingOlder = true;
    changed(node, Name, Name);
    emit olderInstancesWanted(node->parent->name, node->parent->olderCursor, OlderPage);
}

void CostTreeModel::addOlderInstances(const QString &useCaseName,
                                      const QList<std::pair<QString, backend::CostTotals>> &page,
                                      const QString &nextBefore)
{
    Node *useCase = m_root->byName.value(useCaseName);
    if (!useCase || !useCase->loadingOlder)
        return;
    QStringList fresh;
    for (const auto &[id, totals] : page) {
        if (!useCase->byName.contains(id))
            fresh << id;
    }
    appendChildren(useCase, fresh, Kind::Instance);
    for (const auto &[id, totals] : page) {
        Node *instance = useCase->byName.value(id);
        if (fresh.contains(id)) {
            instance->paged = true;
            instance->totals = totals;
            countCalls(instance);
        }
    }
    useCase->olderCursor = nextBefore;
    if (fresh.isEmpty() && !nextBefore.isEmpty()) {
        // Every instance of this page is shown already (the newest are): the next one.
        emit olderInstancesWanted(useCaseName, nextBefore, OlderPage);
        return;
    }
    useCase->loadingOlder = false;
    countOlder(useCase, useCase->instances);
}

QModelIndex CostTreeModel::olderInstancesIndex(const QString &useCaseName) const
{
    const Node *useCase = m_root->byName.value(useCaseName);
    return useCase && useCase->more ? indexOf(useCase->more.get()) : QModelIndex();
}

void CostTreeModel::applySnapshot(const backend::CostSnapshot &snapshot)
{
    QStringList fresh;
    for (auto it = snapshot.useCases().cbegin(); it != snapshot.useCases().cend(); ++it) {
        if (!m_root->byName.contains(it.key()))
            fresh.append(it.key());
    }
    appendChildren(m_root.get(), fresh, Kind::UseCase);
    for (const std::unique_ptr<Node> &useCase : m_root->children) {
        if (takeTotals(useCase.get(), snapshot))
            changed(useCase.get());
    }
    // The instances a snapshot counts are shown or older only once the tree has the events
    // it counts: until the feed brings them, the newest would read as "older".
    if (snapshot.lastSeq() <= m_seenSeq)
        countOlder(snapshot);
    else if (!m_pendingCounts)
        m_pendingCounts = snapshot;
    for (auto it = m_refresh.begin(); it != m_refresh.end();) {
        Node *instance = it.key();
        if (takeTotals(instance, snapshot))
            changed(instance);
        if (snapshot.lastSeq() <= m_seenSeq)
            countCalls(instance);
        if (--it.value() <= 0)
            it = m_refresh.erase(it);
        else
            ++it;
    }
}

void CostTreeModel::addEvents(const QList<backend::StoredEvent> &events, const backend::CostSnapshot &snapshot)
{
    // Rows are added in batches, one insertion per parent, so that views re-sort once.
    QStringList freshUseCases;
    for (const backend::StoredEvent &e : events) {
        const QString &name = e.event.attribution.useCaseName;
        if (!m_root->byName.contains(name) && !freshUseCases.contains(name))
            freshUseCases.append(name);
    }
    appendChildren(m_root.get(), freshUseCases, Kind::UseCase);

    QHash<Node *, QStringList> freshInstances;
    QList<Node *> instanceParents;
    for (const backend::StoredEvent &e : events) {
        Node *useCase = m_root->byName.value(e.event.attribution.useCaseName);
        const QString &id = e.event.attribution.useCaseId;
        if (useCase->byName.contains(id))
            continue;
        QStringList &list = freshInstances[useCase];
        if (list.isEmpty())
            instanceParents.append(useCase);
        if (!list.contains(id))
            list.append(id);
    }
    for (Node *useCase : instanceParents)
        appendChildren(useCase, freshInstances.value(useCase), Kind::Instance);

    QHash<Node *, QList<const backend::StoredEvent *>> freshCalls;
    QList<Node *> callParents;
    QSet<Node *> touchedUseCases;
    for (const backend::StoredEvent &e : events) {
        if (m_calls.contains(e.event.eventId))
            continue;
        Node *useCase = m_root->byName.value(e.event.attribution.useCaseName);
        Node *instance = useCase->byName.value(e.event.attribution.useCaseId);
        QList<const backend::StoredEvent *> &list = freshCalls[instance];
        if (list.isEmpty())
            callParents.append(instance);
        list.append(&e);
        instance->users[e.event.source].insert(e.event.attribution.userId);
        useCase->users[e.event.source].insert(e.event.attribution.userId);
        touchedUseCases.insert(useCase);
    }
    if (!events.isEmpty())
        m_seenSeq = std::max(m_seenSeq, events.last().seq);
    for (Node *instance : callParents) {
        appendCalls(instance, freshCalls.value(instance));
        trim(instance, MaxCallsPerInstance);
        takeTotals(instance, snapshot);
        m_refresh.insert(instance, RefreshTicks);
        changed(instance);
        // Once the tree has every call the totals count: else the newest would read as hidden.
        if (snapshot.lastSeq() <= m_seenSeq)
            countCalls(instance);
    }
    for (Node *useCase : std::as_const(touchedUseCases)) {
        changed(useCase, Users, Users);
        trim(useCase, MaxInstancesPerUseCase);
    }
    if (m_pendingCounts && m_pendingCounts->lastSeq() <= m_seenSeq) {
        countOlder(*m_pendingCounts);
        m_pendingCounts.reset();
    }
}

void CostTreeModel::countOlder(const backend::CostSnapshot &snapshot)
{
    for (const std::unique_ptr<Node> &useCase : m_root->children)
        countOlder(useCase.get(), snapshot.instanceCount(useCase->name));
}

void CostTreeModel::markMisattributed(Node *call)
{
    if (!call || call->wrong)
        return;
    call->wrong = true;
    changed(call);
    for (Node *up = call->parent; up && up != m_root.get(); up = up->parent) {
        ++up->misattributed;
        changed(up);
    }
}

void CostTreeModel::setMisattributions(const QList<backend::Misattribution> &recent)
{
    for (const backend::Misattribution &m : recent) {
        if (m_misattributed.contains(m.eventId))
            continue;
        m_misattributed.insert(m.eventId, m);
        markMisattributed(m_calls.value(m.eventId));
    }
}

bool CostTreeModel::inSource(const Node *node) const
{
    if (m_source.isEmpty())
        return true;
    switch (node->kind) {
    case Kind::Call:
        return node->call.event.source == m_source;
    case Kind::UseCase:
    case Kind::Instance:
        return node->totals.calls > 0;
    case Kind::More:
    case Kind::Root:
        break;
    }
    return true;
}

QSet<QString> CostTreeModel::usersOf(const Node *node) const
{
    if (!m_source.isEmpty())
        return node->users.value(m_source);
    if (node->users.size() == 1)
        return node->users.cbegin().value();
    QSet<QString> all;
    for (const QSet<QString> &users : node->users)
        all.unite(users);
    return all;
}

bool CostTreeModel::takeTotals(Node *node, const backend::CostSnapshot &snapshot)
{
    backend::CostTotals totals;
    if (node->kind == Kind::UseCase) {
        totals = snapshot.useCases(m_source).value(node->name);
    } else if (node->kind == Kind::Instance) {
        if (const backend::CostTotals *found = snapshot.instance(node->parent->name, node->name, m_source))
            totals = *found;
        else if (node->paged)
            return false; // an older instance keeps the totals its page brought
    } else {
        return false;
    }
    if (totals == node->totals)
        return false;
    node->totals = totals;
    return true;
}

void CostTreeModel::setSource(const QString &source, const backend::CostSnapshot &snapshot)
{
    if (source == m_source)
        return;
    // Nothing moves: every row stays where it is, with other totals, and the filter decides
    // which show.
    emit layoutAboutToBeChanged();
    m_source = source;
    for (const std::unique_ptr<Node> &useCase : m_root->children) {
        takeTotals(useCase.get(), snapshot);
        for (const std::unique_ptr<Node> &instance : useCase->children)
            takeTotals(instance.get(), snapshot);
    }
    emit layoutChanged();
    for (const std::unique_ptr<Node> &useCase : m_root->children) {
        for (const std::unique_ptr<Node> &instance : useCase->children)
            countCalls(instance.get());
    }
}

CostTreeFilter::CostTreeFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(CostTreeModel::SortRole);
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setRecursiveFilteringEnabled(true);
}

void CostTreeFilter::sourceChanged()
{
    invalidateFilter();
}

bool CostTreeFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto more = [](const QModelIndex &index) {
        return index.data(CostTreeModel::KindRole).toInt() == int(CostTreeModel::Kind::More);
    };
    // A descending sort puts right before left when lessThan(right, left).
    if (more(left))
        return sortOrder() == Qt::DescendingOrder;
    if (more(right))
        return sortOrder() == Qt::AscendingOrder;
    return QSortFilterProxyModel::lessThan(left, right);
}

bool CostTreeFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    return row.data(CostTreeModel::InSourceRole).toBool()
           && QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

void CostTreeModel::setInstanceLabels(const QHash<QString, QString> &labelsById)
{
    m_instanceLabels = labelsById;
    for (const std::unique_ptr<Node> &useCase : m_root->children) {
        if (!useCase->children.empty())
            emit dataChanged(indexOf(useCase->children.front().get(), Name),
                             indexOf(useCase->children.back().get(), Name));
    }
}

QModelIndex CostTreeModel::useCaseIndex(const QString &useCaseName) const
{
    return indexOf(m_root->byName.value(useCaseName));
}

QModelIndex CostTreeModel::instanceIndex(const QString &useCaseName, const QString &useCaseId) const
{
    const Node *useCase = m_root->byName.value(useCaseName);
    return useCase ? indexOf(useCase->byName.value(useCaseId)) : QModelIndex();
}

} // namespace gui
