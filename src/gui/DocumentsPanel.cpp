#include "gui/DocumentsPanel.h"

#include "ui_DocumentsPanel.h"

#include "gui/AttributionText.h"
#include "gui/Counted.h"
#include "gui/MoneyText.h"
#include "payi/Attribution.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QHeaderView>
#include <QJsonObject>
#include <QLineEdit>
#include <QPainter>
#include <QScrollBar>
#include <QStyledItemDelegate>

namespace gui {

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int EventIdRole = Qt::UserRole + 1;

QString localTime(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

constexpr int HeaderNameColumn = 0;
constexpr int HeaderValueColumn = 1;
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

// The header names edit in a combo of the 13 xProxy-* names that takes any other too; an
// empty value says what sending it empty does.
class CallHeaderDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.column() != HeaderNameColumn) {
            QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
            if (auto *line = qobject_cast<QLineEdit *>(editor)) {
                line->setObjectName(QStringLiteral("callHeaderValueEditor"));
                line->setPlaceholderText(placeholder(index));
            }
            return editor;
        }
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("callHeaderNameEditor"));
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->addItems(callHeaderNames());
        combo->setMaxVisibleItems(payi::FieldCount);
        // The list as wide as its longest name, however narrow the column.
        combo->view()->setMinimumWidth(combo->view()->sizeHintForColumn(0) + 2 * combo->view()->frameWidth());
        return combo;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            return combo->setCurrentText(index.data(Qt::EditRole).toString());
        QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            model->setData(index, combo->currentText().trimmed(), Qt::EditRole);
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        if (index.column() != HeaderValueColumn || !index.data().toString().isEmpty())
            return;
        painter->save();
        QFont italic = option.font;
        italic.setItalic(true);
        painter->setFont(italic);
        painter->setPen(option.palette.color((option.state & QStyle::State_Selected) ? QPalette::HighlightedText
                                                                                     : QPalette::PlaceholderText));
        const int margin = option.widget ? option.widget->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1 : 4;
        const QRect text = option.rect.adjusted(margin, 0, -margin, 0);
        painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                          option.fontMetrics.elidedText(placeholder(index), Qt::ElideRight, text.width()));
        painter->restore();
    }

private:
    static QString placeholder(const QModelIndex &index)
    {
        const QString effect = emptyCallHeaderEffect(index.siblingAtColumn(HeaderNameColumn).data().toString());
        return effect.isEmpty() ? DocumentsPanel::tr("empty") : DocumentsPanel::tr("empty: %1").arg(effect);
    }
};

} // namespace

DocumentsPanel::DocumentsPanel(ApiClient &api, CostLookup costOf, QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::DocumentsPanel)
    , m_api(api)
    , m_costOf(std::move(costOf))
{
    m_ui->setupUi(this);
    // Four lines of the prompt; the list below gets the rest.
    m_ui->documentPrompt->setMaximumHeight(m_ui->documentPrompt->fontMetrics().lineSpacing() * 4 + 12);
    m_ui->documentRevisions->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->documentsSplitter->setStretchFactor(0, 1);
    m_ui->documentsSplitter->setStretchFactor(1, 1);

    setUpCallHeaders();

    // Ctrl+Enter creates from anywhere in the window. Not the button's own shortcut: a
    // button's setText() (retranslateUi) resets its shortcut to the text's mnemonic.
    auto *create = new QAction(tr("Create document"), this);
    create->setObjectName(QStringLiteral("createDocumentAction"));
    create->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(create, &QAction::triggered, m_ui->createDocument, &QPushButton::animateClick);
    addAction(create);

    connect(m_ui->createDocument, &QPushButton::clicked, this, &DocumentsPanel::createDocument);
    connect(m_ui->appendDocument, &QPushButton::clicked, this, &DocumentsPanel::appendToDocument);
    connect(m_ui->appendText, &QLineEdit::returnPressed, this, &DocumentsPanel::appendToDocument);
    connect(m_ui->documentList, &QListWidget::currentItemChanged, this, [this] {
        m_ui->appendDocument->setEnabled(!selectedId().isEmpty());
        loadSelected();
    });
}

DocumentsPanel::~DocumentsPanel() = default;

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

QString DocumentsPanel::selectedId() const
{
    const QListWidgetItem *item = m_ui->documentList->currentItem();
    return item ? item->data(IdRole).toString() : QString();
}

void DocumentsPanel::focusPrompt()
{
    m_ui->documentPrompt->setFocus();
}

void DocumentsPanel::select(const QString &documentId)
{
    m_toSelect = documentId;
    if (selectedId() == documentId)
        m_toSelect.clear();
    refresh();
}

void DocumentsPanel::createDocument()
{
    const QString prompt = m_ui->documentPrompt->toPlainText().trimmed();
    if (prompt.isEmpty()) {
        m_ui->documentPrompt->setFocus();
        return emit failed(tr("Write a prompt first."));
    }
    const std::optional<ApiClient::Headers> headers = requestHeaders();
    if (!headers)
        return;
    const qsizetype callHeaderCount = std::count_if(headers->cbegin(), headers->cend(), [](const auto &header) {
        return header.first.toLower().startsWith("xproxy-");
    });
    m_ui->createDocument->setEnabled(false);
    const quint64 stream = beginStream(tr("<b>Writing</b> a new document…"));
    m_api.postStreamed(
        QStringLiteral("/documents"), QJsonObject{{QStringLiteral("prompt"), prompt}}, *headers, this,
        showArrivingText(stream), [this, callHeaderCount, stream](const ApiReply &reply) {
            m_ui->createDocument->setEnabled(true);
            endStream(stream);
            if (!reply.ok()) {
                loadSelected();
                return emit failed(tr("Create failed: %1").arg(reply.errorMessage()));
            }
            m_ui->documentPrompt->clear();
            const QString id = reply.json.value(QStringLiteral("document_id")).toString();
            const QString total = reply.json.value(QStringLiteral("tracking"))
                                      .toObject()
                                      .value(QStringLiteral("cost"))
                                      .toObject()
                                      .value(QStringLiteral("total"))
                                      .toString();
            const base::Result<payi::Money> cost = payi::Money::parse(total);
            const QString created =
                tr("Created document %1 (cost %2)").arg(payi::shortId(id), cost ? moneyText(*cost) : total);
            emit message(callHeaderCount == 0 ? created
                                              : tr("%1 with %2")
                                                    .arg(created, counted(callHeaderCount, tr("%1 per-call header"),
                                                                          tr("%1 per-call headers"))));
            auto *item = new QListWidgetItem(payi::shortId(id), m_ui->documentList);
            item->setData(IdRole, id);
            m_ui->documentsEmptyHint->hide();
            m_ui->documentList->setCurrentItem(item);
            refresh();
        });
}

void DocumentsPanel::appendToDocument()
{
    const QString id = selectedId();
    const QString text = m_ui->appendText->text().trimmed();
    if (id.isEmpty())
        return emit failed(tr("Select a document to append to."));
    if (text.isEmpty()) {
        m_ui->appendText->setFocus();
        return emit failed(tr("Write the text to append first."));
    }
    const std::optional<ApiClient::Headers> headers = requestHeaders();
    if (!headers)
        return;
    m_ui->appendDocument->setEnabled(false);
    const quint64 stream = beginStream(tr("<b>Appending</b> to document %1…").arg(id));
    m_api.postStreamed(QStringLiteral("/documents/%1/append").arg(id), QJsonObject{{QStringLiteral("text"), text}},
                       *headers, this, showArrivingText(stream), [this, id, stream](const ApiReply &reply) {
                           m_ui->appendDocument->setEnabled(true);
                           endStream(stream);
                           if (!reply.ok()) {
                               loadSelected();
                               return emit failed(tr("Append failed: %1").arg(reply.errorMessage()));
                           }
                           m_ui->appendText->clear();
                           emit message(tr("Appended to document %1").arg(payi::shortId(id)));
                           refresh();
                       });
}

quint64 DocumentsPanel::beginStream(const QString &title)
{
    m_shownStream = ++m_streams;
    m_ui->documentTitle->setText(title);
    m_ui->documentContent->clear();
    return m_shownStream;
}

ApiClient::EventHandler DocumentsPanel::showArrivingText(quint64 stream)
{
    return [this, stream](const QByteArray &event, const QJsonObject &fields) {
        if (stream != m_shownStream || event != "delta")
            return;
        QTextBrowser *view = m_ui->documentContent;
        QTextCursor end(view->document());
        end.movePosition(QTextCursor::End);
        end.insertText(fields.value(QStringLiteral("text")).toString());
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
    };
}

void DocumentsPanel::endStream(quint64 stream)
{
    if (stream == m_shownStream)
        m_shownStream = 0;
}

void DocumentsPanel::observeDocumentCalls(qint64 calls)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (calls == m_seenCalls || now - m_lastRefreshMs < 1000)
        return;
    m_seenCalls = calls;
    refresh();
}

void DocumentsPanel::refresh()
{
    m_lastRefreshMs = QDateTime::currentMSecsSinceEpoch();
    loadSelected();
    if (m_listing)
        return;
    m_listing = true;
    m_api.get(QStringLiteral("/documents"), this, [this](const ApiReply &reply) {
        m_listing = false;
        if (!reply.ok())
            return emit failed(tr("Could not list the documents: %1").arg(reply.errorMessage()));
        showDocuments(reply.json.value(QStringLiteral("documents")).toArray());
    });
}

void DocumentsPanel::showDocuments(const QJsonArray &documents)
{
    // Only new documents are added and changed labels rewritten: the selection and the
    // scroll position stay where the user left them.
    QHash<QString, QListWidgetItem *> known;
    for (int i = 0; i < m_ui->documentList->count(); ++i)
        known.insert(m_ui->documentList->item(i)->data(IdRole).toString(), m_ui->documentList->item(i));
    for (const QJsonValue &value : documents) {
        const QJsonObject d = value.toObject();
        const QString id = d.value(QStringLiteral("document_id")).toString();
        const int revisions = d.value(QStringLiteral("revision_count")).toInt();
        const QString label =
            tr("%1 · %2").arg(payi::shortId(id), counted(revisions, tr("%1 revision"), tr("%1 revisions")));
        QListWidgetItem *item = known.value(id);
        if (!item) {
            item = new QListWidgetItem(m_ui->documentList);
            item->setData(IdRole, id);
        }
        if (item->text() != label) {
            item->setText(label);
            item->setToolTip(tr("%1\ncreated %2\n\n%3")
                                 .arg(id, localTime(d.value(QStringLiteral("created")).toString()),
                                      d.value(QStringLiteral("content")).toString().left(300)));
        }
    }
    m_ui->documentsEmptyHint->setVisible(m_ui->documentList->count() == 0);
    if (!m_toSelect.isEmpty()) {
        for (int i = 0; i < m_ui->documentList->count(); ++i) {
            if (m_ui->documentList->item(i)->data(IdRole).toString() == m_toSelect) {
                m_ui->documentList->setCurrentRow(i);
                m_toSelect.clear();
                break;
            }
        }
    }
}

void DocumentsPanel::loadSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    m_api.get(QStringLiteral("/documents/%1").arg(id), this, [this, id](const ApiReply &reply) {
        if (id != selectedId())
            return;
        if (!reply.ok())
            return emit failed(tr("Could not load document %1: %2").arg(payi::shortId(id), reply.errorMessage()));
        showDocument(reply.json);
    });
}

void DocumentsPanel::showDocument(const QJsonObject &document)
{
    if (m_shownStream != 0)
        return; // the view shows a stream's text as it arrives
    const QString id = document.value(QStringLiteral("document_id")).toString();
    m_ui->documentTitle->setText(tr("<b>Document</b> %1").arg(id));
    const QString content = document.value(QStringLiteral("content")).toString();
    if (m_ui->documentContent->toPlainText() != content)
        m_ui->documentContent->setPlainText(content);
    const QJsonArray revisions = document.value(QStringLiteral("revisions")).toArray();
    if (m_ui->documentRevisions->topLevelItemCount() != revisions.size()
        || m_ui->documentRevisions->property("documentId").toString() != id) {
        m_ui->documentRevisions->clear();
        m_ui->documentRevisions->setProperty("documentId", id);
        for (const QJsonValue &value : revisions) {
            const QJsonObject r = value.toObject();
            auto *item = new QTreeWidgetItem(m_ui->documentRevisions);
            item->setText(0, QString::number(r.value(QStringLiteral("number")).toInt()));
            item->setText(1, r.value(QStringLiteral("kind")).toString());
            item->setText(3, localTime(r.value(QStringLiteral("at")).toString()));
            item->setData(2, EventIdRole, r.value(QStringLiteral("event_id")).toString());
            item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(1, r.value(QStringLiteral("content")).toString().left(400));
        }
    }
    showRevisionCosts();
}

void DocumentsPanel::showRevisionCosts()
{
    for (int i = 0; i < m_ui->documentRevisions->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui->documentRevisions->topLevelItem(i);
        const std::optional<payi::Cost> cost = m_costOf(item->data(2, EventIdRole).toString());
        const QString text = cost ? moneyText(cost->total) : tr("…");
        if (item->text(2) != text)
            item->setText(2, text);
    }
}

} // namespace gui
