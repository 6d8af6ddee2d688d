#include "gui/DocumentsPanel.h"

#include "ui_DocumentsPanel.h"

#include "gui/MoneyText.h"
#include "payi/Attribution.h"

#include <QDateTime>
#include <QHeaderView>
#include <QJsonObject>

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

    connect(m_ui->createDocument, &QPushButton::clicked, this, &DocumentsPanel::createDocument);
    connect(m_ui->appendDocument, &QPushButton::clicked, this, &DocumentsPanel::appendToDocument);
    connect(m_ui->appendText, &QLineEdit::returnPressed, this, &DocumentsPanel::appendToDocument);
    connect(m_ui->documentList, &QListWidget::currentItemChanged, this, [this] {
        m_ui->appendDocument->setEnabled(!selectedId().isEmpty());
        loadSelected();
    });
}

DocumentsPanel::~DocumentsPanel() = default;

ApiClient::Headers DocumentsPanel::requestHeaders() const
{
    ApiClient::Headers headers;
    if (!m_ui->requestUserId->text().trimmed().isEmpty())
        headers.append({"X-User-Id", m_ui->requestUserId->text().trimmed().toUtf8()});
    if (!m_ui->requestLimitIds->text().trimmed().isEmpty())
        headers.append({"X-Limit-Ids", m_ui->requestLimitIds->text().remove(u' ').toUtf8()});
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
    m_ui->createDocument->setEnabled(false);
    m_api.post(QStringLiteral("/documents"), QJsonObject{{QStringLiteral("prompt"), prompt}}, requestHeaders(), this,
               [this](const ApiReply &reply) {
                   m_ui->createDocument->setEnabled(true);
                   if (!reply.ok())
                       return emit failed(tr("Create failed: %1").arg(reply.errorMessage()));
                   m_ui->documentPrompt->clear();
                   const QString id = reply.json.value(QStringLiteral("document_id")).toString();
                   const QString cost = reply.json.value(QStringLiteral("tracking"))
                                            .toObject()
                                            .value(QStringLiteral("cost"))
                                            .toObject()
                                            .value(QStringLiteral("total"))
                                            .toString();
                   emit message(tr("Created document %1 (cost $%2)").arg(payi::shortId(id), cost));
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
    m_ui->appendDocument->setEnabled(false);
    m_api.post(QStringLiteral("/documents/%1/append").arg(id), QJsonObject{{QStringLiteral("text"), text}},
               requestHeaders(), this, [this, id](const ApiReply &reply) {
                   m_ui->appendDocument->setEnabled(true);
                   if (!reply.ok())
                       return emit failed(tr("Append failed: %1").arg(reply.errorMessage()));
                   m_ui->appendText->clear();
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
    for (int i = 0; i < m_ui->documentList->count(); ++i)
        known.insert(m_ui->documentList->item(i)->data(IdRole).toString(), m_ui->documentList->item(i));
    for (const QJsonValue &value : documents) {
        const QJsonObject d = value.toObject();
        const QString id = d.value(QStringLiteral("document_id")).toString();
        const int revisions = d.value(QStringLiteral("revision_count")).toInt();
        const QString label = tr("%1 · %n revision(s)", nullptr, revisions).arg(payi::shortId(id));
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
