#include "gui/LimitEditDialog.h"

#include "ui_LimitEditDialog.h"

#include "gui/ApiClient.h"
#include "gui/MoneyText.h"
#include "gui/TrackingGuide.h"

#include <QPushButton>
#include <QRegularExpressionValidator>

namespace gui {

namespace {

// As the create form and the API show it: "0.8", "0.75", "1.0".
QString thresholdText(int percent)
{
    return percent == 100 ? QStringLiteral("1.0")
                          : payi::Money::fromPico(payi::Money::PicoPerUsd / 100 * percent).toString();
}

} // namespace

LimitEditDialog::LimitEditDialog(ApiClient &api, const payi::Limit &limit, QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::LimitEditDialog)
    , m_api(api)
    , m_limit(limit)
{
    m_ui->setupUi(this);
    connect(m_ui->limitEditWarning, &QLabel::linkActivated, this,
            [this](const QString &section) { TrackingGuide::open(this, section); });
    setWindowTitle(tr("Edit limit %1").arg(limit.spec.name));
    m_ui->limitEditSummary->setText(
        tr("Spent <b>%1</b> of %2 (%3, %4 refused). What was spent stays: an edit changes what the limit allows "
           "from now on.")
            .arg(moneyText(limit.spent), moneyText(limit.spec.max),
                 limit.calls == 1 ? tr("1 call") : tr("%1 calls").arg(limit.calls))
            .arg(limit.blockedCalls));
    m_ui->limitEditName->setText(limit.spec.name);
    m_ui->limitEditMax->setText(limit.spec.max.toString());
    m_ui->limitEditMax->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{1,7}(\\.\\d{0,12})?")), this));
    m_ui->limitEditType->addItem(tr("block"), payi::limitTypeName(payi::LimitType::Block));
    m_ui->limitEditType->addItem(tr("allow"), payi::limitTypeName(payi::LimitType::Allow));
    m_ui->limitEditType->setCurrentIndex(m_ui->limitEditType->findData(payi::limitTypeName(limit.spec.type)));
    QList<int> thresholds{75, 80, 90, 95, 100};
    if (!thresholds.contains(limit.spec.thresholdPercent))
        thresholds.append(limit.spec.thresholdPercent); // set through the API to another hundredth
    std::sort(thresholds.begin(), thresholds.end());
    for (int percent : std::as_const(thresholds))
        m_ui->limitEditThreshold->addItem(thresholdText(percent), percent);
    m_ui->limitEditThreshold->setCurrentIndex(m_ui->limitEditThreshold->findData(limit.spec.thresholdPercent));

    connect(m_ui->limitEditName, &QLineEdit::textChanged, this, &LimitEditDialog::check);
    connect(m_ui->limitEditMax, &QLineEdit::textChanged, this, &LimitEditDialog::check);
    connect(m_ui->limitEditType, &QComboBox::currentIndexChanged, this, &LimitEditDialog::check);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LimitEditDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &LimitEditDialog::reject);
    m_ui->limitEditMax->setFocus();
    m_ui->limitEditMax->selectAll();
    check();
}

LimitEditDialog::~LimitEditDialog() = default;

base::Result<QJsonObject> LimitEditDialog::changes() const
{
    const QString name = m_ui->limitEditName->text().trimmed();
    if (name.isEmpty())
        return base::Error{QStringLiteral("invalid_limit"), tr("The name must not be empty.")};
    const base::Result<payi::Money> max = payi::Money::parse(m_ui->limitEditMax->text().trimmed());
    if (!max || max->pico() <= 0)
        return base::Error{QStringLiteral("invalid_limit"),
                           tr("Max must be an amount in USD greater than 0, such as 0.50.")};
    QJsonObject changed;
    if (name != m_limit.spec.name)
        changed.insert(QStringLiteral("limit_name"), name);
    if (*max != m_limit.spec.max)
        changed.insert(QStringLiteral("max"), max->toString());
    const QString type = m_ui->limitEditType->currentData().toString();
    if (type != payi::limitTypeName(m_limit.spec.type))
        changed.insert(QStringLiteral("limit_type"), type);
    const int percent = m_ui->limitEditThreshold->currentData().toInt();
    if (percent != m_limit.spec.thresholdPercent)
        changed.insert(QStringLiteral("threshold"), thresholdText(percent));
    return changed;
}

void LimitEditDialog::check()
{
    const base::Result<QJsonObject> changed = changes();
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(changed.ok() && !m_sending);
    if (!changed)
        return showError(changed.error().message);
    showError(QString());
    const payi::Money max = *payi::Money::parse(m_ui->limitEditMax->text().trimmed());
    const bool block = m_ui->limitEditType->currentData().toString() == payi::limitTypeName(payi::LimitType::Block);
    QString warning;
    if (block && max < m_limit.spent)
        warning = tr("Max is below what the limit has spent (%1): it will block every call until max is raised.")
                      .arg(moneyText(m_limit.spent));
    else if (!block && max < m_limit.spent)
        warning =
            tr("Max is below what the limit has spent (%1): the limit reports overrun.").arg(moneyText(m_limit.spent));
    else if (block && max < m_limit.spec.max)
        warning = tr("Calls already running keep what they reserved; a new call starts only if its "
                     "<a href=\"#%1\">worst case</a> fits the new max.")
                      .arg(QLatin1String(TrackingGuide::LimitsSection));
    m_ui->limitEditWarning->setText(warning);
    m_ui->limitEditWarning->setVisible(!warning.isEmpty());
}

void LimitEditDialog::showError(const QString &text)
{
    m_ui->limitEditError->setText(text);
    m_ui->limitEditError->setVisible(!text.isEmpty());
}

void LimitEditDialog::accept()
{
    const base::Result<QJsonObject> changed = changes();
    if (!changed)
        return showError(changed.error().message);
    if (changed->isEmpty())
        return QDialog::accept();
    m_sending = true;
    check();
    m_api.patch(QStringLiteral("/limits/%1").arg(m_limit.id), *changed, this, [this](const ApiReply &reply) {
        m_sending = false;
        check();
        if (reply.status == 0)
            return showError(tr("Could not reach the server, nothing was changed: %1").arg(reply.errorMessage()));
        if (!reply.ok())
            return showError(tr("The server refused the edit: %1").arg(reply.errorMessage()));
        emit saved(reply.json);
        QDialog::accept();
    });
}

} // namespace gui
