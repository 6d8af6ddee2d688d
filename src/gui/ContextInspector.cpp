#include "gui/ContextInspector.h"

#include "gui/AttributionText.h"
#include "gui/MoneyText.h"
#include "gui/TrackingGuide.h"
#include "payi/Attribution.h"
#include "payi/CallEvent.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QResizeEvent>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

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

// A provenance line's text as rich text: "from " and the origin in its colour, bold (as the
// inspector always showed origins); a note in italics, in the colour of the layer it names.
QString provenanceHtml(const QString &prefix, const QString &text, const QColor &color, bool note)
{
    const QString colored =
        color.isValid() ? QStringLiteral("<span style=\"color:%1\">%2</span>").arg(color.name(), text.toHtmlEscaped())
                        : text.toHtmlEscaped();
    return prefix.toHtmlEscaped() + (note ? QStringLiteral("<i>%1</i>") : QStringLiteral("<b>%1</b>")).arg(colored);
}

constexpr int RichTextRole = Qt::UserRole + 1;

// Paints every cell as a text document: the provenance lines (child rows spanning the view)
// as rich text wrapped to the view's width, so that "cleared by …" reads whole in a narrow
// dock; the values wrapped to their column (an id breaks anywhere) rather than elided; the
// field names unwrapped. One way of drawing keeps the three aligned.
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeWidget *view) : QStyledItemDelegate(view), m_view(view) {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QTextDocument text;
        const int width =
            index.parent().isValid() ? m_view->viewport()->width() : m_view->header()->sectionSize(index.column());
        layOut(text, index, option.font, width);
        return QSize(width, int(std::ceil(text.size().height())) + 2 * VerticalPadding);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
        QTextDocument text;
        layOut(text, index, option.font, option.rect.width());
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = option.palette;
        const QVariant foreground = index.data(Qt::ForegroundRole);
        if (option.state & QStyle::State_Selected)
            context.palette.setColor(QPalette::Text, option.palette.color(QPalette::HighlightedText));
        else if (foreground.canConvert<QBrush>())
            context.palette.setColor(QPalette::Text, foreground.value<QBrush>().color());
        painter->save();
        const int left = margin() + indent(index);
        painter->translate(option.rect.topLeft() + QPoint(left, VerticalPadding));
        painter->setClipRect(QRect(QPoint(0, 0), option.rect.size() - QSize(left + margin(), VerticalPadding)));
        text.documentLayout()->draw(painter, context);
        painter->restore();
    }

private:
    static constexpr int VerticalPadding = 2;

public:
    // The style's own margin of item text, so that the header's labels line up.
    int margin() const { return m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1; }

private:
    // The provenance lines sit under their field, indented by the delegate rather than the
    // view, so that the field's shade runs under the indent too.
    int indent(const QModelIndex &index) const
    {
        return index.parent().isValid() ? m_view->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 2 : 0;
    }

    void layOut(QTextDocument &text, const QModelIndex &index, const QFont &font, int width) const
    {
        text.setDefaultFont(font);
        text.setDocumentMargin(0);
        if (index.parent().isValid()) {
            text.setHtml(index.data(RichTextRole).toString());
        } else {
            QTextOption option = text.defaultTextOption();
            option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
            text.setDefaultTextOption(option);
            QString plain = index.data(Qt::DisplayRole).toString();
            if (index.column() == 0) // a narrow column breaks field names after an underscore
                plain.replace(u'_', QStringLiteral("_\u200B"));
            text.setPlainText(plain);
        }
        text.setTextWidth(std::max(width - 2 * margin() - indent(index), 30));
    }

    QTreeWidget *m_view;
};

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
    , m_source(new QLabel(this))
    , m_headers(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("contextInspector"));
    auto *layout = new QVBoxLayout(this);
    m_summary->setObjectName(QStringLiteral("contextSummary"));
    m_summary->setWordWrap(true);
    // The summary and the misattribution box link to the guide's section that explains them.
    const auto openGuide = [this](const QString &section) { TrackingGuide::open(this, section); };
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    connect(m_summary, &QLabel::linkActivated, this, openGuide);
    layout->addWidget(m_summary);
    m_misattribution->setObjectName(QStringLiteral("contextMisattribution"));
    m_misattribution->setWordWrap(true);
    m_misattribution->setTextInteractionFlags(Qt::LinksAccessibleByMouse);
    connect(m_misattribution, &QLabel::linkActivated, this, openGuide);
    m_misattribution->setStyleSheet(QStringLiteral("QLabel { background: rgba(220, 50, 47, 40); border: 1px solid "
                                                   "rgba(220, 50, 47, 160); border-radius: 4px; padding: 6px; }"));
    layout->addWidget(m_misattribution);
    m_fields->setObjectName(QStringLiteral("contextFields"));
    m_fields->setHeaderLabels({tr("Field"), tr("Value")});
    m_fields->setRootIsDecorated(false);
    m_fields->setItemsExpandable(false);
    m_fields->setExpandsOnDoubleClick(false);
    m_fields->setIndentation(0); // the delegate indents the provenance lines
    m_fields->setItemDelegate(new WrappingDelegate(m_fields));
    m_fields->header()->setSectionResizeMode(0, QHeaderView::Interactive); // fitColumns() sizes it
    m_fields->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_fields->header()->setStretchLastSection(false);
    // The values and provenance lines wrap: a new width needs new row heights.
    m_fields->viewport()->installEventFilter(this);
    connect(m_fields->header(), &QHeaderView::sectionResized, this, &ContextInspector::relayOutFields);
    layout->addWidget(m_fields, 1);
    m_source->setObjectName(QStringLiteral("contextSource"));
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_source);
    m_headers->setObjectName(QStringLiteral("contextSourceHeaders"));
    m_headers->setHeaderLabels({tr("SDK header"), tr("Value")});
    m_headers->setRootIsDecorated(false);
    m_headers->setIndentation(0);
    m_headers->setItemDelegate(new WrappingDelegate(m_headers));
    m_headers->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_headers->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_headers->header()->setStretchLastSection(false);
    m_headers->viewport()->installEventFilter(this);
    connect(m_headers->header(), &QHeaderView::sectionResized, this, &ContextInspector::relayOutFields);
    layout->addWidget(m_headers, 1);
    showNothing();
}

QString ContextInspector::limitName(const QString &id) const
{
    return m_limitName ? m_limitName(id) : QString();
}

QStringList ContextInspector::limitNames(const QStringList &ids) const
{
    QStringList names;
    for (const QString &id : ids) {
        const QString name = limitName(id);
        names.append(name.isEmpty() ? payi::shortId(id) : name.toHtmlEscaped());
    }
    return names;
}

QString ContextInspector::limitLabels(const QStringList &ids) const
{
    QStringList labels;
    for (const QString &id : ids) {
        const QString name = limitName(id);
        labels.append(name.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(name, payi::shortId(id)));
    }
    return labels.join(QStringLiteral(", "));
}

void ContextInspector::showNothing()
{
    m_summary->setText(tr("<p><b>No call selected.</b></p><p>Expand a use case and an instance in the Costs tab "
                          "and select a call: its resolved context appears here, with where each field came "
                          "from — the global context, <i>@track</i>, <i>track_context</i> or a per-call "
                          "<i>xProxy-*</i> header — and what cleared a field that holds nothing.</p>"
                          "<p><a href=\"#%1\">How the layers merge</a> (Help ▸ How tracking works, F1)</p>")
                           .arg(QLatin1String(TrackingGuide::MergeRulesSection)));
    m_fields->clear();
    m_fields->hide();
    m_misattribution->hide();
    m_source->hide();
    m_headers->clear();
    m_headers->hide();
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
        status = tr("blocked by %1 (<a href=\"#%2\">why?</a>)")
                     .arg(limitNames(event.blockedLimitIds).join(QStringLiteral(", ")),
                          QLatin1String(TrackingGuide::LimitsSection));
    // Units the provider did not report are Costbench's estimate; a call retried took more
    // than one request (one event, billed once).
    const QString tokens =
        event.usageEstimated
            ? tr("%1 in / %2 out · <i>units estimated — the provider reported no usage</i>").arg(input).arg(output)
            : tr("%1 in / %2 out").arg(input).arg(output);
    QStringList limits;
    for (auto it = event.limits.cbegin(); it != event.limits.cend(); ++it)
        limits.append(
            QStringLiteral("%1: %2").arg(limitNames({it.key()}).constFirst(), payi::limitStateName(it.value())));
    m_summary->setText(
        tr("<table cellspacing='2'>"
           "<tr><td><b>Call</b></td><td>%1</td></tr>"
           "<tr><td><b>Request</b></td><td>%2</td></tr>"
           "<tr><td><b>Model</b></td><td>%3 · %4 ms · %5</td></tr>"
           "<tr><td><b>Tokens</b></td><td>%6</td></tr>"
           "<tr><td><b>Attempts</b></td><td>%7</td></tr>"
           "<tr><td><b>Cost</b></td><td>%8</td></tr>"
           "<tr><td><b>Limits</b></td><td>%9</td></tr></table>")
            .arg(event.eventId, event.requestId, event.resource)
            .arg(event.endToEndLatencyMs)
            .arg(status, tokens)
            .arg(event.attempts)
            .arg(moneyText(event.cost.total), limits.isEmpty() ? tr("none") : limits.join(QStringLiteral("<br>"))));
    if (misattribution.isEmpty()) {
        m_misattribution->hide();
    } else {
        m_misattribution->setText(
            tr("<b>Misattributed.</b> Request %1 expected <i>%2</i> but the call was charged to <i>%3</i>: another "
               "request overwrote the global context while this one was in flight. <a href=\"#%4\">Why?</a>")
                .arg(misattribution.value(QStringLiteral("request_id")).toString(),
                     expectationText(misattribution.value(QStringLiteral("expected")).toMap()),
                     expectationText(misattribution.value(QStringLiteral("actual")).toMap()),
                     QLatin1String(TrackingGuide::GlobalOrScopedSection)));
        m_misattribution->show();
    }
    m_fields->clear();
    m_fields->show(); // first, so that rows are measured at the view's width
    const QBrush shade = palette().alternateBase();
    int shown = 0;
    for (int i = 0; i < payi::FieldCount; ++i) {
        const auto field = static_cast<payi::Field>(i);
        const payi::Origin origin = event.attribution.origin(field);
        const payi::Note note = event.attribution.note(field);
        const FieldExplanation why = explainField(field, origin, note);
        // A cleared field holds no value, whatever the merge left in it.
        QString value = why.cleared ? QString() : fieldValue(event.attribution, field);
        const QString valueToolTip = value;
        if (field == payi::Field::LimitIds && !why.cleared)
            value = limitLabels(event.attribution.limitIds);
        if (origin == payi::Origin::None && value.isEmpty() && note.reason == payi::Reason::None)
            continue;
        auto *item = new QTreeWidgetItem(m_fields, {payi::fieldName(field), why.cleared ? tr("—") : value});
        item->setToolTip(0, payi::fieldName(field));
        item->setToolTip(1, why.cleared ? why.noteToolTip : valueToolTip);
        if (why.cleared)
            item->setForeground(1, palette().brush(QPalette::PlaceholderText));
        QList<QTreeWidgetItem *> rows{item};
        const auto addLine = [&](const QString &text, const QString &html, const QString &toolTip) {
            auto *line = new QTreeWidgetItem(item, {text});
            rows.append(line);
            line->setData(0, RichTextRole, html);
            line->setToolTip(0, toolTip);
            line->setFlags(Qt::ItemIsEnabled);
            line->setFirstColumnSpanned(true);
        };
        if (why.cleared) {
            addLine(why.note, provenanceHtml(QString(), why.note, originColor(note.by), true), why.noteToolTip);
        } else if (origin == payi::Origin::None) { // no layer set it
            addLine(why.from, QStringLiteral("<i>%1</i>").arg(why.from.toHtmlEscaped()), why.fromToolTip);
        } else {
            const QString from = tr("from %1").arg(why.from);
            addLine(from, provenanceHtml(tr("from "), why.from, originColor(origin), false), why.fromToolTip);
            if (!why.note.isEmpty())
                addLine(why.note, provenanceHtml(QString(), why.note, originColor(note.by), true), why.noteToolTip);
        }
        // Each field with its lines on one shade, every other field shaded.
        if (shown++ % 2 == 1) {
            for (QTreeWidgetItem *row : std::as_const(rows)) {
                for (int column = 0; column < m_fields->columnCount(); ++column)
                    row->setBackground(column, shade);
            }
        }
    }
    m_fields->expandAll();
    showSource(event);
    fitColumns();
}

void ContextInspector::showSource(const payi::CallEvent &event)
{
    const bool own = event.source == payi::documentAppSource();
    m_source->setText(own ? tr("<b>Source</b> %1: Costbench's own call.").arg(event.source.toHtmlEscaped())
                          : tr("<b>Source</b> %1: reported by this app's Pay-i SDK%2.")
                                .arg(event.source.toHtmlEscaped(),
                                     event.sourceHeaders.isEmpty() ? QString() : tr(", with these headers")));
    m_source->show();
    m_headers->clear();
    for (const auto &[name, value] : event.sourceHeaders) {
        auto *item = new QTreeWidgetItem(m_headers, {name, value});
        item->setToolTip(0, name);
        item->setToolTip(1, value);
    }
    m_headers->setVisible(!event.sourceHeaders.isEmpty());
}

bool ContextInspector::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_fields->viewport() || watched == m_headers->viewport()) && event->type() == QEvent::Resize
        && static_cast<QResizeEvent *>(event)->oldSize().width() != static_cast<QResizeEvent *>(event)->size().width())
        relayOutFields();
    return QWidget::eventFilter(watched, event);
}

void ContextInspector::fitColumns()
{
    // The field names whole when they fit in 45 % of the view, else broken after an underscore.
    const int margin = static_cast<WrappingDelegate *>(m_fields->itemDelegate())->margin();
    int names = m_fields->header()->sectionSizeHint(0);
    for (int i = 0; i < m_fields->topLevelItemCount(); ++i)
        names =
            std::max(names, m_fields->fontMetrics().horizontalAdvance(m_fields->topLevelItem(i)->text(0)) + 2 * margin);
    const int width = std::min(names + 1, std::max(m_fields->viewport()->width() * 45 / 100, 60));
    if (m_fields->header()->sectionSize(0) != width)
        m_fields->header()->resizeSection(0, width);
    int headerNames = m_headers->header()->sectionSizeHint(0);
    for (int i = 0; i < m_headers->topLevelItemCount(); ++i)
        headerNames = std::max(
            headerNames, m_headers->fontMetrics().horizontalAdvance(m_headers->topLevelItem(i)->text(0)) + 2 * margin);
    const int headerWidth = std::min(headerNames + 1, std::max(m_headers->viewport()->width() * 45 / 100, 60));
    if (m_headers->header()->sectionSize(0) != headerWidth)
        m_headers->header()->resizeSection(0, headerWidth);
}

void ContextInspector::relayOutFields()
{
    if (m_relayoutPending)
        return;
    m_relayoutPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_relayoutPending = false;
            fitColumns();
            m_fields->doItemsLayout();
            m_headers->doItemsLayout();
        },
        Qt::QueuedConnection);
}

} // namespace gui
