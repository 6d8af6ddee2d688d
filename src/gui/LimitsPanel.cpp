#include "gui/LimitsPanel.h"

#include "backend/Backend.h"
#include "gui/ApiClient.h"
#include "gui/LimitBarDelegate.h"
#include "gui/LimitEditDialog.h"
#include "gui/MoneyText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gui {

namespace {

enum Column { NameColumn, TypeColumn, SpentColumn, BarColumn, StateColumn, CallsColumn, BlockedColumn, IdColumn };

QColor stateColor(payi::LimitState state)
{
    switch (state) {
    case payi::LimitState::Ok:
        return QColor(46, 139, 87);
    case payi::LimitState::Exceeded:
        return QColor(230, 145, 30);
    case payi::LimitState::Overrun:
    case payi::LimitState::Blocked:
        return QColor(208, 69, 58);
    case payi::LimitState::Failed:
        return QColor(128, 128, 128);
    }
    return {};
}

// For drawing only: a fraction of two exact amounts.
double ratio(payi::Money part, payi::Money whole)
{
    return whole.isZero() ? 0.0 : double(part.pico()) / double(whole.pico());
}

} // namespace

LimitsPanel::LimitsPanel(ApiClient &api, const backend::Backend &backend, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_backend(backend)
    , m_name(new QLineEdit(this))
    , m_max(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_threshold(new QComboBox(this))
    , m_create(new QPushButton(tr("Create limit"), this))
    , m_list(new QTreeWidget(this))
    , m_edit(new QPushButton(tr("Edit limit…"), this))
    , m_emptyHint(new QLabel(this))
{
    setObjectName(QStringLiteral("limitsPanel"));
    auto *layout = new QVBoxLayout(this);
    auto *box = new QGroupBox(tr("New limit"), this);
    auto *form = new QHBoxLayout(box);
    m_name->setObjectName(QStringLiteral("limitName"));
    m_name->setPlaceholderText(tr("name, e.g. demo-budget"));
    m_max->setObjectName(QStringLiteral("limitMax"));
    m_max->setPlaceholderText(tr("max USD, e.g. 0.50"));
    m_max->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{1,7}(\\.\\d{0,12})?")), m_max));
    m_type->setObjectName(QStringLiteral("limitType"));
    m_type->addItem(tr("block"), QStringLiteral("block"));
    m_type->addItem(tr("allow"), QStringLiteral("allow"));
    m_type->setToolTip(tr("block: refuse a call whose worst-case cost would pass max. allow: record, never refuse."));
    m_threshold->setObjectName(QStringLiteral("limitThreshold"));
    for (const char *t : {"0.75", "0.8", "0.9", "0.95", "1.0"})
        m_threshold->addItem(QLatin1String(t), QLatin1String(t));
    m_threshold->setToolTip(tr("The share of max at which the limit reports \"exceeded\""));
    m_threshold->setCurrentIndex(1);
    m_create->setObjectName(QStringLiteral("createLimit"));
    form->addWidget(m_name, 3);
    form->addWidget(m_max, 2);
    form->addWidget(new QLabel(tr("Type"), box));
    form->addWidget(m_type);
    form->addWidget(new QLabel(tr("Threshold"), box));
    form->addWidget(m_threshold);
    form->addWidget(m_create);
    layout->addWidget(box);

    m_emptyHint->setObjectName(QStringLiteral("limitsEmptyHint"));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setEnabled(false);
    m_emptyHint->setText(tr("No limits yet. Create one above, select it and press \"Use for next requests\": "
                            "document requests then carry it in X-Limit-Ids. A block limit refuses a call whose "
                            "worst-case cost would pass its max, before the model is called."));
    layout->addWidget(m_emptyHint);

    m_list->setObjectName(QStringLiteral("limitList"));
    m_list->setHeaderLabels(
        {tr("Limit"), tr("Type"), tr("Spent / max"), tr("Usage"), tr("State"), tr("Calls"), tr("Blocked"), tr("Id")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setItemDelegateForColumn(BarColumn, new LimitBarDelegate(m_list));
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(BarColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->setColumnHidden(IdColumn, true);
    layout->addWidget(m_list, 1);

    auto *actions = new QHBoxLayout;
    auto *use = new QPushButton(tr("Use for next requests"), this);
    use->setObjectName(QStringLiteral("useLimit"));
    use->setEnabled(false);
    m_edit->setObjectName(QStringLiteral("editLimit"));
    m_edit->setToolTip(tr("Change the selected limit's name, max, type or threshold (F2, or double-click the row)"));
    m_edit->setEnabled(false);
    actions->addStretch(1);
    actions->addWidget(m_edit);
    actions->addWidget(use);
    layout->addLayout(actions);

    connect(m_create, &QPushButton::clicked, this, &LimitsPanel::create);
    connect(m_name, &QLineEdit::returnPressed, this, &LimitsPanel::create);
    connect(m_max, &QLineEdit::returnPressed, this, &LimitsPanel::create);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this, use](QTreeWidgetItem *current) {
        use->setEnabled(current);
        m_edit->setEnabled(current);
    });
    connect(m_edit, &QPushButton::clicked, this, &LimitsPanel::editSelected);
    connect(m_list, &QTreeWidget::itemActivated, this, &LimitsPanel::editSelected);
    connect(use, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = m_list->currentItem())
            emit useLimit(item->text(IdColumn));
    });
}

void LimitsPanel::create()
{
    const QString name = m_name->text().trimmed();
    const QString max = m_max->text().trimmed();
    if (name.isEmpty() || max.isEmpty())
        return emit failed(tr("A limit needs a name and a max in USD."));
    m_create->setEnabled(false);
    const QJsonObject body{{QStringLiteral("limit_name"), name},
                           {QStringLiteral("max"), max},
                           {QStringLiteral("limit_type"), m_type->currentData().toString()},
                           {QStringLiteral("threshold"), m_threshold->currentData().toString()}};
    m_api.post(QStringLiteral("/limits"), body, {}, this, [this, name](const ApiReply &reply) {
        m_create->setEnabled(true);
        if (!reply.ok())
            return emit failed(tr("Could not create the limit: %1").arg(reply.errorMessage()));
        m_name->clear();
        m_max->clear();
        emit message(tr("Limit %1 created (%2)").arg(name, reply.json.value(QStringLiteral("limit_id")).toString()));
        refresh();
    });
}

void LimitsPanel::focusNewLimit()
{
    m_name->setFocus();
}

void LimitsPanel::editSelected()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    const QList<payi::Limit> limits = item ? m_backend.limits() : QList<payi::Limit>();
    const auto limit = std::find_if(limits.cbegin(), limits.cend(),
                                    [item](const payi::Limit &l) { return l.id == item->text(IdColumn); });
    if (limit == limits.cend())
        return emit failed(tr("Select a limit in the Limits tab to edit it."));
    auto *dialog = new LimitEditDialog(m_api, *limit, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LimitEditDialog::saved, this, [this](const QJsonObject &saved) {
        emit message(tr("Limit %1 saved: max $%2, %3, threshold %4, now %5")
                         .arg(saved.value(QStringLiteral("limit_name")).toString(),
                              saved.value(QStringLiteral("max")).toString(),
                              saved.value(QStringLiteral("limit_type")).toString(),
                              saved.value(QStringLiteral("threshold")).toString(),
                              saved.value(QStringLiteral("state")).toString()));
        refresh();
    });
    dialog->open();
}

void LimitsPanel::refresh()
{
    const QList<payi::Limit> limits = m_backend.limits();
    QHash<QString, QTreeWidgetItem *> rows;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        rows.insert(m_list->topLevelItem(i)->text(IdColumn), m_list->topLevelItem(i));
    QList<payi::Limit> sorted = limits;
    std::sort(sorted.begin(), sorted.end(),
              [](const payi::Limit &a, const payi::Limit &b) { return a.created < b.created; });
    for (const payi::Limit &limit : std::as_const(sorted)) {
        QTreeWidgetItem *item = rows.value(limit.id);
        if (!item) {
            item = new QTreeWidgetItem(m_list);
            item->setText(IdColumn, limit.id);
            item->setToolTip(NameColumn, tr("Limit id %1").arg(limit.id));
            for (int c : {SpentColumn, CallsColumn, BlockedColumn})
                item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        }
        const payi::LimitState state = limit.state();
        const auto set = [item](int column, const QString &text) {
            if (item->text(column) != text)
                item->setText(column, text);
        };
        set(NameColumn, limit.spec.name); // an edit may rename it or change its type
        set(TypeColumn, payi::limitTypeName(limit.spec.type));
        set(SpentColumn, tr("%1 / %2").arg(moneyText(limit.spent), moneyText(limit.spec.max)));
        set(StateColumn, payi::limitStateName(state));
        set(CallsColumn, QString::number(limit.calls));
        set(BlockedColumn, QString::number(limit.blockedCalls));
        item->setForeground(StateColumn, stateColor(state));
        item->setToolTip(StateColumn, state == payi::LimitState::Blocked
                                          ? tr("Spending is past max (max was lowered): every call under this "
                                               "limit is refused until max is raised.")
                                          : QString());
        item->setForeground(BlockedColumn, limit.blockedCalls > 0 ? stateColor(payi::LimitState::Blocked) : QBrush());
        item->setData(BarColumn, LimitBarDelegate::FractionRole, ratio(limit.spent, limit.spec.max));
        item->setData(BarColumn, LimitBarDelegate::ThresholdRole, limit.spec.thresholdPercent / 100.0);
        item->setData(BarColumn, LimitBarDelegate::ColorRole, stateColor(state));
        item->setToolTip(BarColumn, tr("threshold at %1% of max (%2)")
                                        .arg(limit.spec.thresholdPercent)
                                        .arg(moneyText(limit.spec.thresholdAmount())));
    }
    m_emptyHint->setVisible(limits.isEmpty());
}

} // namespace gui
