#include "gui/LimitsPanel.h"

#include "ui_LimitsPanel.h"

#include "backend/Backend.h"
#include "gui/ApiClient.h"
#include "gui/Counted.h"
#include "gui/LimitBarDelegate.h"
#include "gui/LimitEditDialog.h"
#include "gui/MoneyText.h"

#include <QHeaderView>
#include <QRegularExpressionValidator>

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

LimitStateText limitStateText(const payi::Limit &limit)
{
    const payi::LimitState state = limit.state();
    const QString name = payi::limitStateName(state);
    QString why;
    switch (state) {
    case payi::LimitState::Ok:
        why = LimitsPanel::tr("its spending (%1) is below the threshold (%2)")
                  .arg(moneyText(limit.spent), moneyText(limit.spec.thresholdAmount()));
        break;
    case payi::LimitState::Exceeded:
        why = LimitsPanel::tr("its spending (%1) reached the threshold (%2)")
                  .arg(moneyText(limit.spent), moneyText(limit.spec.thresholdAmount()));
        break;
    case payi::LimitState::Overrun:
        why = LimitsPanel::tr("an allow limit, its spending (%1) passed max (%2)")
                  .arg(moneyText(limit.spent), moneyText(limit.spec.max));
        break;
    case payi::LimitState::Blocked:
        why = LimitsPanel::tr("its spending (%1) is past max (%2), which was lowered: every call under it is "
                              "refused until max is raised")
                  .arg(moneyText(limit.spent), moneyText(limit.spec.max));
        break;
    case payi::LimitState::Failed:
        break;
    }
    QString toolTip = LimitsPanel::tr("State as Pay-i reports it: %1, %2.").arg(name, why);
    if (limit.blockedCalls == 0)
        return {name, toolTip};
    toolTip += LimitsPanel::tr("\n\nIt blocked %1: a block limit refuses a call before it starts when the "
                               "call's worst case would pass max (Help ▸ How tracking works, F1: limits and the "
                               "worst-case reservation), however little was spent. Blocked calls cost nothing and "
                               "are not counted as calls.")
                   .arg(counted(limit.blockedCalls, LimitsPanel::tr("%1 call"), LimitsPanel::tr("%1 calls")));
    if (state == payi::LimitState::Blocked)
        return {name, toolTip};
    return {LimitsPanel::tr("%1 · %2 blocked")
                .arg(name, counted(limit.blockedCalls, LimitsPanel::tr("%1 call"), LimitsPanel::tr("%1 calls"))),
            toolTip};
}

LimitsPanel::LimitsPanel(ApiClient &api, const backend::Backend &backend, QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::LimitsPanel)
    , m_api(api)
    , m_backend(backend)
{
    m_ui->setupUi(this);
    m_ui->limitMax->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{1,7}(\\.\\d{0,12})?")), m_ui->limitMax));
    m_ui->limitType->addItem(tr("block"), QStringLiteral("block"));
    m_ui->limitType->addItem(tr("allow"), QStringLiteral("allow"));
    for (const char *t : {"0.75", "0.8", "0.9", "0.95", "1.0"})
        m_ui->limitThreshold->addItem(QLatin1String(t), QLatin1String(t));
    m_ui->limitThreshold->setCurrentIndex(1);
    // The name and the max on a row of their own, each as wide as its placeholder at least: never cut.
    for (QLineEdit *edit : {m_ui->limitName, m_ui->limitMax}) {
        const QMargins margins = edit->textMargins() + edit->contentsMargins();
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + margins.left()
                              + margins.right() + 4 * edit->fontMetrics().averageCharWidth());
    }
    QTreeWidget *list = m_ui->limitList;
    list->setItemDelegateForColumn(BarColumn, new LimitBarDelegate(list));
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->header()->setSectionResizeMode(BarColumn, QHeaderView::Stretch);
    list->header()->setStretchLastSection(false);
    list->setColumnHidden(IdColumn, true);

    connect(m_ui->createLimit, &QPushButton::clicked, this, &LimitsPanel::create);
    connect(m_ui->limitName, &QLineEdit::returnPressed, this, &LimitsPanel::create);
    connect(m_ui->limitMax, &QLineEdit::returnPressed, this, &LimitsPanel::create);
    connect(list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        m_ui->useLimit->setEnabled(current);
        m_ui->editLimit->setEnabled(current);
    });
    connect(m_ui->editLimit, &QPushButton::clicked, this, &LimitsPanel::editSelected);
    connect(list, &QTreeWidget::itemActivated, this, &LimitsPanel::editSelected);
    connect(m_ui->useLimit, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = m_ui->limitList->currentItem())
            emit useLimit(item->text(IdColumn));
    });
}

LimitsPanel::~LimitsPanel() = default;

void LimitsPanel::create()
{
    const QString name = m_ui->limitName->text().trimmed();
    const QString max = m_ui->limitMax->text().trimmed();
    if (name.isEmpty() || max.isEmpty())
        return emit failed(tr("A limit needs a name and a max in USD."));
    m_ui->createLimit->setEnabled(false);
    const QJsonObject body{{QStringLiteral("limit_name"), name},
                           {QStringLiteral("max"), max},
                           {QStringLiteral("limit_type"), m_ui->limitType->currentData().toString()},
                           {QStringLiteral("threshold"), m_ui->limitThreshold->currentData().toString()}};
    m_api.post(QStringLiteral("/limits"), body, {}, this, [this, name](const ApiReply &reply) {
        m_ui->createLimit->setEnabled(true);
        if (!reply.ok())
            return emit failed(tr("Could not create the limit: %1").arg(reply.errorMessage()));
        m_ui->limitName->clear();
        m_ui->limitMax->clear();
        emit message(tr("Limit %1 created (%2)").arg(name, reply.json.value(QStringLiteral("limit_id")).toString()));
        refresh();
    });
}

void LimitsPanel::focusNewLimit()
{
    m_ui->limitName->setFocus();
}

void LimitsPanel::editSelected()
{
    const QTreeWidgetItem *item = m_ui->limitList->currentItem();
    const std::optional<payi::Limit> limit = item ? m_backend.limit(item->text(IdColumn)) : std::nullopt;
    if (!limit)
        return emit failed(tr("Select a limit in the Limits tab to edit it."));
    auto *dialog = new LimitEditDialog(m_api, *limit, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LimitEditDialog::saved, this, [this](const QJsonObject &saved) {
        const auto max = payi::Money::parse(saved.value(QStringLiteral("max")).toString());
        emit message(tr("Limit %1 saved: max %2, %3, threshold %4, now %5")
                         .arg(saved.value(QStringLiteral("limit_name")).toString(),
                              max ? moneyText(*max) : saved.value(QStringLiteral("max")).toString(),
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
    for (int i = 0; i < m_ui->limitList->topLevelItemCount(); ++i)
        rows.insert(m_ui->limitList->topLevelItem(i)->text(IdColumn), m_ui->limitList->topLevelItem(i));
    QList<payi::Limit> sorted = limits;
    std::sort(sorted.begin(), sorted.end(),
              [](const payi::Limit &a, const payi::Limit &b) { return a.created < b.created; });
    for (const payi::Limit &limit : std::as_const(sorted)) {
        QTreeWidgetItem *item = rows.value(limit.id);
        if (!item) {
            item = new QTreeWidgetItem(m_ui->limitList);
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
        const LimitStateText stateText = limitStateText(limit);
        set(StateColumn, stateText.text);
        set(CallsColumn, QString::number(limit.calls));
        set(BlockedColumn, QString::number(limit.blockedCalls));
        item->setForeground(StateColumn, stateColor(state));
        item->setToolTip(StateColumn, stateText.toolTip);
        item->setForeground(BlockedColumn, limit.blockedCalls > 0 ? stateColor(payi::LimitState::Blocked) : QBrush());
        item->setData(BarColumn, LimitBarDelegate::FractionRole, ratio(limit.spent, limit.spec.max));
        item->setData(BarColumn, LimitBarDelegate::ThresholdRole, limit.spec.thresholdPercent / 100.0);
        item->setData(BarColumn, LimitBarDelegate::ColorRole, stateColor(state));
        item->setToolTip(BarColumn, tr("threshold at %1% of max (%2)")
                                        .arg(limit.spec.thresholdPercent)
                                        .arg(moneyText(limit.spec.thresholdAmount())));
    }
    m_ui->limitsEmptyHint->setVisible(limits.isEmpty());
}

} // namespace gui
