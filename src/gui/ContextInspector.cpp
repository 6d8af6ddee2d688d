#include "gui/ContextInspector.h"

#include "gui/MoneyText.h"
#include "payi/Attribution.h"
#include "payi/CallEvent.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gui {

namespace {

QString propertiesText(const payi::Properties &properties)
{
    QStringList parts;
    for (auto it = properties.cbegin(); it != properties.cend(); ++it)
        parts.append(QStringLiteral("%1=%2").arg(it.key(), it.value()));
    return parts.join(QStringLiteral(", "));
}

QString fieldValue(const payi::Attribution &a, payi::Field field)
{
    switch (field) {
    case payi::Field::UseCaseName:
        return a.useCaseName;
    case payi::Field::UseCaseId:
        return a.useCaseId;
    case payi::Field::UseCaseVersion:
        return a.useCaseVersion ? QString::number(*a.useCaseVersion) : QString();
    case payi::Field::UseCaseStep:
        return a.useCaseStep;
    case payi::Field::UserId:
        return a.userId;
    case payi::Field::AccountName:
        return a.accountName;
    case payi::Field::LimitIds:
        return a.limitIds.join(QStringLiteral(", "));
    case payi::Field::RequestProperties:
        return propertiesText(a.requestProperties);
    case payi::Field::UseCaseProperties:
        return propertiesText(a.useCaseProperties);
    case payi::Field::LogPromptAndResponse:
        return a.logPromptAndResponse ? QStringLiteral("true") : QStringLiteral("false");
    case payi::Field::PriceAsCategory:
        return a.priceAsCategory;
    case payi::Field::PriceAsResource:
        return a.priceAsResource;
    case payi::Field::ResourceScope:
        return a.resourceScope;
    }
    return {};
}

QColor originColor(payi::Origin origin)
{
    switch (origin) {
    case payi::Origin::Global:
        return QColor(208, 69, 58);
    case payi::Origin::Track:
        return QColor(38, 139, 210);
    case payi::Origin::TrackContext:
        return QColor(42, 161, 152);
    case payi::Origin::CallHeader:
        return QColor(181, 137, 0);
    case payi::Origin::Instrument:
        return QColor(108, 113, 196);
    case payi::Origin::None:
        break;
    }
    return {};
}

QString expectationText(const QVariantMap &e)
{
    return QObject::tr("%1 / %2, user %3")
        .arg(e.value(QStringLiteral("use_case_name")).toString(), e.value(QStringLiteral("use_case_id")).toString(),
             e.value(QStringLiteral("user_id")).toString());
}

} // namespace

ContextInspector::ContextInspector(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_fields(new QTreeWidget(this))
    , m_misattribution(new QLabel(this))
{
    setObjectName(QStringLiteral("contextInspector"));
    auto *layout = new QVBoxLayout(this);
    m_summary->setObjectName(QStringLiteral("contextSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_misattribution->setObjectName(QStringLiteral("contextMisattribution"));
    m_misattribution->setWordWrap(true);
    m_misattribution->setStyleSheet(QStringLiteral("QLabel { background: rgba(220, 50, 47, 40); border: 1px solid "
                                                   "rgba(220, 50, 47, 160); border-radius: 4px; padding: 6px; }"));
    layout->addWidget(m_misattribution);
    m_fields->setObjectName(QStringLiteral("contextFields"));
    m_fields->setHeaderLabels({tr("Field"), tr("Value"), tr("From")});
    m_fields->setRootIsDecorated(false);
    m_fields->setAlternatingRowColors(true);
    m_fields->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_fields->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_fields->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_fields->header()->setStretchLastSection(false);
    layout->addWidget(m_fields, 1);
    showNothing();
}

void ContextInspector::showNothing()
{
    m_summary->setText(tr("<p><b>No call selected.</b></p><p>Expand a use case and an instance in the Costs tab "
                          "and select a call: its resolved context appears here, with where each field came "
                          "from — the global context, <i>track</i>, <i>track_context</i> or a per-call "
                          "header.</p>"));
    m_fields->clear();
    m_fields->hide();
    m_misattribution->hide();
}

void ContextInspector::showCall(const payi::CallEvent &event, const QVariantMap &misattribution)
{
    qint64 input = 0;
    qint64 output = 0;
    for (const payi::UnitCount &count : event.units) {
        input += count.input;
        output += count.output;
    }
    QString status = event.failed ? tr("failed: %1").arg(event.failureKind) : tr("HTTP %1").arg(event.httpStatusCode);
    if (!event.blockedLimitIds.isEmpty())
        status = tr("blocked by %1").arg(event.blockedLimitIds.join(QStringLiteral(", ")));
    QStringList limits;
    for (auto it = event.limits.cbegin(); it != event.limits.cend(); ++it)
        limits.append(QStringLiteral("%1: %2").arg(payi::shortId(it.key()), payi::limitStateName(it.value())));
    m_summary->setText(
        tr("<table cellspacing='2'>"
           "<tr><td><b>Call</b></td><td>%1</td></tr>"
           "<tr><td><b>Request</b></td><td>%2</td></tr>"
           "<tr><td><b>Model</b></td><td>%3 · %4 ms · %5</td></tr>"
           "<tr><td><b>Tokens</b></td><td>%6 in / %7 out</td></tr>"
           "<tr><td><b>Cost</b></td><td>%8</td></tr>"
           "<tr><td><b>Limits</b></td><td>%9</td></tr></table>")
            .arg(event.eventId, event.requestId, event.resource)
            .arg(event.endToEndLatencyMs)
            .arg(status)
            .arg(input)
            .arg(output)
            .arg(moneyText(event.cost.total), limits.isEmpty() ? tr("none") : limits.join(QStringLiteral("<br>"))));
    if (misattribution.isEmpty()) {
        m_misattribution->hide();
    } else {
        m_misattribution->setText(
            tr("<b>Misattributed.</b> Request %1 expected <i>%2</i> but the call was charged to <i>%3</i>: another "
               "request overwrote the global context while this one was in flight.")
                .arg(misattribution.value(QStringLiteral("request_id")).toString(),
                     expectationText(misattribution.value(QStringLiteral("expected")).toMap()),
                     expectationText(misattribution.value(QStringLiteral("actual")).toMap())));
        m_misattribution->show();
    }
    m_fields->clear();
    for (int i = 0; i < payi::FieldCount; ++i) {
        const auto field = static_cast<payi::Field>(i);
        const payi::Origin origin = event.attribution.origin(field);
        const QString value = fieldValue(event.attribution, field);
        if (origin == payi::Origin::None && value.isEmpty())
            continue;
        auto *item = new QTreeWidgetItem(m_fields, {payi::fieldName(field), value, payi::originName(origin)});
        item->setToolTip(1, value);
        if (const QColor color = originColor(origin); color.isValid()) {
            item->setForeground(2, color);
            QFont bold = item->font(2);
            bold.setBold(true);
            item->setFont(2, bold);
        }
    }
    m_fields->show();
}

} // namespace gui
