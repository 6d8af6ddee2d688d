#include "gui/DocumentsPanel.h"

#include "gui/MoneyText.h"
#include "payi/Attribution.h"

#include <QDateTime>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gui {

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int EventIdRole = Qt::UserRole + 1;

QString localTime(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

DocumentsPanel::DocumentsPanel(ApiClient &api, CostLookup costOf, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_costOf(std::move(costOf))
    , m_list(new QListWidget(this))
    , m_emptyHint(new QLabel(this))
    , m_prompt(new QPlainTextEdit(this))
    , m_create(new QPushButton(tr("Create document"), this))
    , m_userId(new QLineEdit(this))
    , m_limitIds(new QLineEdit(this))
    , m_title(new QLabel(this))
    , m_content(new QTextBrowser(this))
    , m_revisions(new QTreeWidget(this))
    , m_appendText(new QLineEdit(this))
    , m_append(new QPushButton(tr("Append"), this))
{
    setObjectName(QStringLiteral("documentsPanel"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(splitter);

    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(6, 6, 6, 6);
    m_prompt->setObjectName(QStringLiteral("documentPrompt"));
    m_prompt->setPlaceholderText(tr("Write a prompt, e.g. \"a short poem about autumn leaves\", then press "
                                    "Create (Ctrl+Enter)"));
    m_prompt->setTabChangesFocus(true);
    m_prompt->setMaximumHeight(m_prompt->fontMetrics().lineSpacing() * 4 + 12);
    topLayout->addWidget(m_prompt);
    m_create->setObjectName(QStringLiteral("createDocument"));
    m_create->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_create->setDefault(true);
    topLayout->addWidget(m_create);

    auto *headers = new QFormLayout;
    headers->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_userId->setObjectName(QStringLiteral("requestUserId"));
    m_userId->setPlaceholderText(tr("X-User-Id, e.g. alice"));
    m_userId->setClearButtonEnabled(true);
    m_limitIds->setObjectName(QStringLiteral("requestLimitIds"));
    m_limitIds->setPlaceholderText(tr("X-Limit-Ids, comma-separated"));
    m_limitIds->setClearButtonEnabled(true);
    headers->addRow(tr("User"), m_userId);
    headers->addRow(tr("Limits"), m_limitIds);
    topLayout->addLayout(headers);

    m_list->setObjectName(QStringLiteral("documentList"));
    m_list->setAlternatingRowColors(true);
    m_list->setUniformItemSizes(true);
    m_emptyHint->setObjectName(QStringLiteral("documentsEmptyHint"));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setEnabled(false);
    m_emptyHint->setText(tr("No documents yet. Write a prompt above and press Create, or run the seed demo "
                            "(Ctrl+D). Each document you create is a call tracked under the create_document use "
                            "case; each append adds a call to the append_document instance named after the "
                            "document."));
    topLayout->addWidget(m_emptyHint);
    topLayout->addWidget(m_list, 1);

    auto *bottom = new QWidget(splitter);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(6, 6, 6, 6);
    m_title->setObjectName(QStringLiteral("documentTitle"));
    m_title->setText(tr("<i>Select a document to read it and see its revisions.</i>"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bottomLayout->addWidget(m_title);
    m_content->setObjectName(QStringLiteral("documentContent"));
    m_content->setPlaceholderText(tr("The document's content appears here."));
    bottomLayout->addWidget(m_content, 2);
    m_revisions->setObjectName(QStringLiteral("documentRevisions"));
    m_revisions->setHeaderLabels({tr("#"), tr("Kind"), tr("Cost"), tr("At")});
    m_revisions->setRootIsDecorated(false);
    m_revisions->setAlternatingRowColors(true);
    m_revisions->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    bottomLayout->addWidget(m_revisions, 1);
    auto *appendRow = new QHBoxLayout;
    m_appendText->setObjectName(QStringLiteral("appendText"));
    m_appendText->setPlaceholderText(tr("Text to append"));
    m_append->setObjectName(QStringLiteral("appendDocument"));
    m_append->setEnabled(false);
    appendRow->addWidget(m_appendText, 1);
    appendRow->addWidget(m_append);
    bottomLayout->addLayout(appendRow);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    connect(m_create, &QPushButton::clicked, this, &DocumentsPanel::createDocument);
    connect(m_append, &QPushButton::clicked, this, &DocumentsPanel::appendToDocument);
    connect(m_appendText, &QLineEdit::returnPressed, this, &DocumentsPanel::appendToDocument);
    connect(m_list, &QListWidget::currentItemChanged, this, [this] {
        m_append->setEnabled(!selectedId().isEmpty());
        loadSelected();
    });
}

ApiClient::Headers DocumentsPanel::requestHeaders() const
{
    ApiClient::Headers headers;
    if (!m_userId->text().trimmed().isEmpty())
        headers.append({"X-User-Id", m_userId->text().trimmed().toUtf8()});
    if (!m_limitIds->text().trimmed().isEmpty())
        headers.append({"X-Limit-Ids", m_limitIds->text().remove(u' ').toUtf8()});
    return headers;
}

QString DocumentsPanel::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(IdRole).toString() : QString();
}

void DocumentsPanel::focusPrompt()
{
    m_prompt->setFocus();
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
    const QString prompt = m_prompt->toPlainText().trimmed();
    if (prompt.isEmpty()) {
        m_prompt->setFocus();
        return emit failed(tr("Write a prompt first."));
    }
    m_create->setEnabled(false);
    m_api.post(QStringLiteral("/documents"), QJsonObject{{QStringLiteral("prompt"), prompt}}, requestHeaders(), this,
               [this](const ApiReply &reply) {
                   m_create->setEnabled(true);
                   if (!reply.ok())
                       return emit failed(tr("Create failed: %1").arg(reply.errorMessage()));
                   m_prompt->clear();
                   const QString id = reply.json.value(QStringLiteral("document_id")).toString();
                   const QString cost = reply.json.value(QStringLiteral("tracking"))
                                            .toObject()
                                            .value(QStringLiteral("cost"))
                                            .toObject()
                                            .value(QStringLiteral("total"))
                                            .toString();
                   emit message(tr("Created document %1 (cost $%2)").arg(payi::shortId(id), cost));
                   auto *item = new QListWidgetItem(payi::shortId(id), m_list);
                   item->setData(IdRole, id);
                   m_emptyHint->hide();
                   m_list->setCurrentItem(item);
                   refresh();
               });
}

void DocumentsPanel::appendToDocument()
{
    const QString id = selectedId();
    const QString text = m_appendText->text().trimmed();
    if (id.isEmpty())
        return emit failed(tr("Select a document to append to."));
    if (text.isEmpty()) {
        m_appendText->setFocus();
        return emit failed(tr("Write the text to append first."));
    }
    m_append->setEnabled(false);
    m_api.post(QStringLiteral("/documents/%1/append").arg(id), QJsonObject{{QStringLiteral("text"), text}},
               requestHeaders(), this, [this, id](const ApiReply &reply) {
                   m_append->setEnabled(true);
                   if (!reply.ok())
                       return emit failed(tr("Append failed: %1").arg(reply.errorMessage()));
                   m_appendText->clear();
                   emit message(tr("Appended to document %1").arg(payi::shortId(id)));
                   refresh();
               });
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
    for (int i = 0; i < m_list->count(); ++i)
        known.insert(m_list->item(i)->data(IdRole).toString(), m_list->item(i));
    for (const QJsonValue &value : documents) {
        const QJsonObject d = value.toObject();
        const QString id = d.value(QStringLiteral("document_id")).toString();
        const int revisions = d.value(QStringLiteral("revision_count")).toInt();
        const QString label = tr("%1 · %n revision(s)", nullptr, revisions).arg(payi::shortId(id));
        QListWidgetItem *item = known.value(id);
        if (!item) {
            item = new QListWidgetItem(m_list);
            item->setData(IdRole, id);
        }
        if (item->text() != label) {
            item->setText(label);
            item->setToolTip(tr("%1\ncreated %2\n\n%3")
                                 .arg(id, localTime(d.value(QStringLiteral("created")).toString()),
                                      d.value(QStringLiteral("content")).toString().left(300)));
        }
    }
    m_emptyHint->setVisible(m_list->count() == 0);
    if (!m_toSelect.isEmpty()) {
        for (int i = 0; i < m_list->count(); ++i) {
            if (m_list->item(i)->data(IdRole).toString() == m_toSelect) {
                m_list->setCurrentRow(i);
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
    const QString id = document.value(QStringLiteral("document_id")).toString();
    m_title->setText(tr("<b>Document</b> %1").arg(id));
    const QString content = document.value(QStringLiteral("content")).toString();
    if (m_content->toPlainText() != content)
        m_content->setPlainText(content);
    const QJsonArray revisions = document.value(QStringLiteral("revisions")).toArray();
    if (m_revisions->topLevelItemCount() != revisions.size() || m_revisions->property("documentId").toString() != id) {
        m_revisions->clear();
        m_revisions->setProperty("documentId", id);
        for (const QJsonValue &value : revisions) {
            const QJsonObject r = value.toObject();
            auto *item = new QTreeWidgetItem(m_revisions);
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
    for (int i = 0; i < m_revisions->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_revisions->topLevelItem(i);
        const std::optional<payi::Cost> cost = m_costOf(item->data(2, EventIdRole).toString());
        const QString text = cost ? moneyText(cost->total) : tr("…");
        if (item->text(2) != text)
            item->setText(2, text);
    }
}

} // namespace gui
