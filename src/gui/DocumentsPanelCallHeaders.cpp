#include "gui/DocumentsPanel.h"

#include "ui_DocumentsPanel.h"

#include "gui/AttributionText.h"
#include "gui/CallHeaderDelegate.h"
#include "gui/WorkbenchSettings.h"

#include <QAction>
#include <QHeaderView>

// The documents panel's per-call headers: the table of xProxy-* headers sent with Create and
// Append, kept in the settings, and the headers of the next request.
namespace gui {

namespace {

constexpr int HeaderNameColumn = CallHeaderDelegate::NameColumn;
constexpr int HeaderValueColumn = CallHeaderDelegate::ValueColumn;
constexpr int VisibleHeaderRows = 4; // the table grows to this many rows, then scrolls

// An HTTP field name (RFC 9110's token).
bool isHeaderName(const QString &name)
{
    static const QString extra = QStringLiteral("!#$%&'*+-.^_`|~");
    if (name.isEmpty())
        return false;
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && !extra.contains(c))
            return false;
    }
    return true;
}

} // namespace

void DocumentsPanel::setUpCallHeaders()
{
    QTableWidget *table = m_ui->callHeadersTable;
    table->setItemDelegate(new CallHeaderDelegate(table));
    table->horizontalHeader()->setSectionResizeMode(HeaderNameColumn, QHeaderView::Interactive);
    table->horizontalHeader()->setSectionResizeMode(HeaderValueColumn, QHeaderView::Stretch);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->setToolTip(tr("Each row is a header sent with Create and Append and passed on to the model call, where it "
                         "wins over the request's scopes. Choose or type the name (F2 edits the current cell), Tab "
                         "to the value; an empty value is sent as it is. Delete removes the row."));

    const WorkbenchSettings saved = WorkbenchSettings::load();
    for (const CallHeader &header : saved.callHeaders)
        insertCallHeaderRow(header);

    auto *remove = new QAction(tr("Remove header"), table);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut); // not while a cell's editor has the key
    connect(remove, &QAction::triggered, this, &DocumentsPanel::removeCallHeader);
    table->addAction(remove);
    connect(m_ui->callHeadersToggle, &QToolButton::toggled, this, &DocumentsPanel::showCallHeaders);
    connect(m_ui->addCallHeader, &QToolButton::clicked, this, &DocumentsPanel::addCallHeader);
    connect(m_ui->removeCallHeader, &QToolButton::clicked, this, &DocumentsPanel::removeCallHeader);
    connect(table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == HeaderNameColumn) // the value's placeholder follows the name
            m_ui->callHeadersTable->update(m_ui->callHeadersTable->model()->index(item->row(), HeaderValueColumn));
        callHeadersChanged();
    });
    connect(table, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_ui->removeCallHeader->setEnabled(row >= 0); });
    m_ui->callHeadersToggle->setChecked(saved.callHeadersShown);
    showCallHeaders(saved.callHeadersShown);
}

void DocumentsPanel::insertCallHeaderRow(const CallHeader &header)
{
    QTableWidget *table = m_ui->callHeadersTable;
    const QSignalBlocker quiet(table);
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, HeaderNameColumn, new QTableWidgetItem(header.name));
    table->setItem(row, HeaderValueColumn, new QTableWidgetItem(header.value));
}

QList<CallHeader> DocumentsPanel::callHeaders() const
{
    QList<CallHeader> headers;
    const QTableWidget *table = m_ui->callHeadersTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QTableWidgetItem *name = table->item(row, HeaderNameColumn);
        const QTableWidgetItem *value = table->item(row, HeaderValueColumn);
        headers.append({name ? name->text().trimmed() : QString(), value ? value->text() : QString()});
    }
    return headers;
}

void DocumentsPanel::showCallHeaders(bool shown)
{
    m_ui->callHeadersToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_ui->callHeadersTable->setVisible(shown);
    m_ui->addCallHeader->setVisible(shown);
    m_ui->removeCallHeader->setVisible(shown);
    callHeadersChanged();
}

void DocumentsPanel::addCallHeader()
{
    if (!m_ui->callHeadersToggle->isChecked())
        m_ui->callHeadersToggle->setChecked(true);
    // The first of the 13 names not in the table yet.
    QStringList names = callHeaderNames();
    for (const CallHeader &header : callHeaders())
        names.removeIf([&](const QString &name) { return name.compare(header.name, Qt::CaseInsensitive) == 0; });
    insertCallHeaderRow({names.value(0), QString()});
    callHeadersChanged();
    QTableWidget *table = m_ui->callHeadersTable;
    const int row = table->rowCount() - 1;
    table->setCurrentCell(row, HeaderNameColumn);
    table->scrollToItem(table->item(row, HeaderNameColumn));
    table->setFocus();
    table->editItem(table->item(row, HeaderNameColumn));
}

void DocumentsPanel::removeCallHeader()
{
    QTableWidget *table = m_ui->callHeadersTable;
    const int row = table->currentRow();
    if (row < 0)
        return;
    table->removeRow(row);
    if (table->rowCount() > 0)
        table->setCurrentCell(std::min(row, table->rowCount() - 1), HeaderNameColumn);
    else
        m_ui->addCallHeader->setFocus();
    m_ui->removeCallHeader->setEnabled(table->currentRow() >= 0);
    callHeadersChanged();
}

void DocumentsPanel::callHeadersChanged()
{
    const QList<CallHeader> headers = callHeaders();
    QStringList lines;
    for (const CallHeader &header : headers) {
        if (!header.name.isEmpty())
            lines.append(header.value.isEmpty() ? tr("%1: (empty)").arg(header.name)
                                                : QStringLiteral("%1: %2").arg(header.name, header.value));
    }
    const bool shown = m_ui->callHeadersToggle->isChecked();
    m_ui->callHeadersToggle->setText(lines.isEmpty() ? tr("Per-call &headers (xProxy-*)")
                                                     : tr("Per-call &headers (xProxy-*) · %1 sent").arg(lines.size()));
    m_ui->callHeadersToggle->setToolTip(
        tr("Per-call attribution headers (xProxy-*) sent with Create and Append; Alt+H shows or hides them.%1")
            .arg(lines.isEmpty() ? QString() : QStringLiteral("\n\n") + lines.join(u'\n')));
    // As tall as its rows, up to a few; one empty row's worth when there are none.
    QTableWidget *table = m_ui->callHeadersTable;
    const int rows = std::clamp(int(table->rowCount()), 1, VisibleHeaderRows);
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height()
                          + rows * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth());
    // The names as wide as the longest in the table, so that the values get the rest.
    int nameWidth = table->fontMetrics().horizontalAdvance(QStringLiteral("xProxy-User-ID"));
    for (const CallHeader &header : headers)
        nameWidth = std::max(nameWidth, table->fontMetrics().horizontalAdvance(header.name));
    table->horizontalHeader()->resizeSection(HeaderNameColumn, nameWidth + 3 * table->fontMetrics().averageCharWidth());
    WorkbenchSettings::saveCallHeaders(headers, shown);
}

std::optional<ApiClient::Headers> DocumentsPanel::requestHeaders()
{
    // A cell still being edited (Ctrl+Enter while typing a value) counts as typed: its editor,
    // a child of the viewport, commits first.
    QTableWidget *table = m_ui->callHeadersTable;
    const QList<QWidget *> editors = table->viewport()->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    for (QWidget *editor : editors) {
        if (editor->isVisible())
            emit table->itemDelegate()->commitData(editor);
    }
    ApiClient::Headers headers;
    if (!m_ui->requestUserId->text().trimmed().isEmpty())
        headers.append({"X-User-Id", m_ui->requestUserId->text().trimmed().toUtf8()});
    if (!m_ui->requestLimitIds->text().trimmed().isEmpty())
        headers.append({"X-Limit-Ids", m_ui->requestLimitIds->text().remove(u' ').toUtf8()});
    const QList<CallHeader> rows = callHeaders();
    for (int row = 0; row < rows.size(); ++row) {
        const CallHeader &header = rows.at(row);
        if (header.name.isEmpty() && header.value.isEmpty())
            continue; // a row left blank
        const bool badValue = std::any_of(header.value.cbegin(), header.value.cend(),
                                          [](QChar c) { return c.unicode() < 0x20 && c != u'\t'; });
        if (!isHeaderName(header.name) || badValue) {
            m_ui->callHeadersToggle->setChecked(true);
            m_ui->callHeadersTable->setCurrentCell(row, badValue ? HeaderValueColumn : HeaderNameColumn);
            m_ui->callHeadersTable->setFocus();
            emit failed(badValue ? tr("The value of %1 holds a line break or a control character").arg(header.name)
                                 : tr("\"%1\" is not a header name: letters, digits and - only, e.g. xProxy-User-ID")
                                       .arg(header.name));
            return std::nullopt;
        }
        // Not null, so that an empty value is sent as an empty header rather than dropped.
        headers.append({header.name.toLatin1(), header.value.isEmpty() ? QByteArray("", 0) : header.value.toUtf8()});
    }
    return headers;
}

} // namespace gui
