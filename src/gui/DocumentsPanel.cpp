#include "gui/DocumentsPanel.h"

#include "ui_DocumentsPanel.h"

#include "backend/Backend.h"
#include "gui/BlockedCallText.h"
#include "gui/Counted.h"
#include "gui/MoneyText.h"
#include "gui/TrackingGuide.h"
#include "payi/Attribution.h"

#include <QAction>
#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QJsonObject>
#include <QLineEdit>
#include <QScrollBar>

namespace gui {

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int RevisionCostColumn = 2;

// An amount of the API (a decimal string) as the window writes money.
QString moneyOf(const QJsonValue &value)
{
    const base::Result<payi::Money> money = payi::Money::parse(value.toString());
    return money ? moneyText(*money) : value.toString();
}

QString localTime(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

DocumentsPanel::DocumentsPanel(ApiClient &api, const backend::Backend &backend, QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::DocumentsPanel)
    , m_api(api)
    , m_backend(backend)
    , m_notice(new QLabel(this))
{
    m_ui->setupUi(this);
    m_notice->setObjectName(QStringLiteral("documentNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_notice->setStyleSheet(QStringLiteral("QLabel { background: rgba(220, 50, 47, 30); border: 1px solid "
                                           "rgba(220, 50, 47, 140); border-radius: 4px; padding: 6px; }"));
    m_notice->hide();
    connect(m_notice, &QLabel::linkActivated, this,
            [this](const QString &section) { TrackingGuide::open(this, section); });
    m_ui->outer->addWidget(m_notice);
    // Four lines of the prompt (never less than it needs); the list below gets the rest, and while
    // there are no documents the hint takes the list's place and its room, so it is never cut.
    m_ui->documentPrompt->setMaximumHeight(std::max(m_ui->documentPrompt->fontMetrics().lineSpacing() * 4 + 12,
                                                    m_ui->documentPrompt->minimumSizeHint().height()));
    m_ui->topLayout->setStretchFactor(m_ui->documentsEmptyHint, 1);
    m_ui->documentsEmptyHint->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_ui->documentsEmptyHint->installEventFilter(this); // its height follows its width
    showListOrHint();
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

bool DocumentsPanel::eventFilter(QObject *watched, QEvent *event)
{
    // A wrapped text's height depends on its width, which a layout (and a splitter above all)
    // does not ask: the hint keeps the height its width needs.
    if (watched == m_ui->documentsEmptyHint && event->type() == QEvent::Resize) {
        QLabel *hint = m_ui->documentsEmptyHint;
        hint->setMinimumHeight(hint->heightForWidth(hint->width()));
    }
    return QWidget::eventFilter(watched, event);
}

void DocumentsPanel::showListOrHint()
{
    const bool empty = m_ui->documentList->count() == 0;
    m_ui->documentsEmptyHint->setVisible(empty);
    m_ui->documentList->setVisible(!empty);
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
            if (!reply.ok())
                return refused(tr("Create"), QStringLiteral("create_document"), reply);
            hideNotice();
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
            showListOrHint();
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
                           if (!reply.ok())
                               return refused(tr("Append"), QStringLiteral("append_document"), reply);
                           hideNotice();
                           m_ui->appendText->clear();
                           emit message(tr("Appended to document %1").arg(payi::shortId(id)));
                           refresh();
                       });
}

void DocumentsPanel::refused(const QString &action, const QString &useCase, const ApiReply &reply)
{
    // The view goes back to the selected document, or to saying none is.
    if (selectedId().isEmpty())
        m_ui->documentTitle->setText(tr("<i>Select a document to read it and see its revisions.</i>"));
    loadSelected();
    const QJsonObject error = reply.json.value(QStringLiteral("error")).toObject();
    const std::optional<payi::BlockedCall> blocked =
        reply.status == 429 && error.value(QStringLiteral("code")).toString() == QLatin1String("limit_blocked")
            ? payi::BlockedCall::parse(error.value(QStringLiteral("message")).toString())
            : std::nullopt;
    if (!blocked) {
        hideNotice();
        return emit failed(tr("%1 failed: %2").arg(action, reply.errorMessage()));
    }
    // What a call of the document app has cost on average so far: what the worst case compares with.
    const backend::CostTotals calls = m_backend.snapshot().useCases(payi::documentAppSource()).value(useCase);
    const qint64 billed = calls.calls - calls.failures;
    const std::optional<payi::Money> typical =
        billed > 0 ? std::optional(payi::Money::fromPico(calls.cost.total.pico() / billed)) : std::nullopt;
    const BlockedCallText text = blockedCallText(
        action, *blocked, [this](const QString &id) { return m_backend.limit(id); }, typical);
    m_notice->setText(text.rich);
    m_notice->show();
    emit failed(text.plain);
}

void DocumentsPanel::hideNotice()
{
    m_notice->hide();
    m_notice->clear();
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
    QHash<QString, QString> labels;
    for (const QJsonValue &value : documents) {
        const QJsonObject d = value.toObject();
        const QString id = d.value(QStringLiteral("document_id")).toString();
        const QString title = d.value(QStringLiteral("title")).toString();
        const QString instance = d.value(QStringLiteral("create_instance_id")).toString();
        if (!instance.isEmpty())
            labels.insert(instance, tr("document %1 “%2”").arg(payi::shortId(id), title));
        labels.insert(id, tr("“%1”").arg(title));
        const int revisions = d.value(QStringLiteral("revision_count")).toInt();
        const QString label =
            tr("%1 · %2").arg(payi::shortId(id), counted(revisions, tr("%1 revision"), tr("%1 revisions")));
        QListWidgetItem *item = known.value(id);
        if (!item) {
            item = new QListWidgetItem(m_ui->documentList);
            item->setData(IdRole, id);
        }
        if (item->text() != label)
            item->setText(label);
        const QString tip =
            tr("%1\ncreated %2 for %3 · total %4\n\n%5")
                .arg(id, localTime(d.value(QStringLiteral("created")).toString()),
                     moneyOf(d.value(QStringLiteral("creation_cost"))), moneyOf(d.value(QStringLiteral("total_cost"))),
                     d.value(QStringLiteral("content")).toString().left(300));
        if (item->toolTip() != tip)
            item->setToolTip(tip);
    }
    if (labels != m_instanceLabels) {
        m_instanceLabels = labels;
        emit documentsListed(m_instanceLabels);
    }
    showListOrHint();
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
    // Its creation cost and its total under its id, in the two lines the full id took.
    const int revisionCount = document.value(QStringLiteral("revision_count")).toInt();
    m_ui->documentTitle->setText(tr("<b>Document</b> %1 · created for <b>%2</b> · total <b>%3</b> (%4)")
                                     .arg(payi::shortId(id), moneyOf(document.value(QStringLiteral("creation_cost"))),
                                          moneyOf(document.value(QStringLiteral("total_cost"))),
                                          counted(revisionCount, tr("%1 call"), tr("%1 calls"))));
    m_ui->documentTitle->setToolTip(
        tr("Document %1\n\nIts create call was charged to an instance of create_document of its own, %2; its appends "
           "to the instance of append_document named after the document. The total is what the document's own "
           "calls cost: the create and every append.")
            .arg(id, document.value(QStringLiteral("create_instance_id")).toString()));
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
            item->setText(RevisionCostColumn, moneyOf(r.value(QStringLiteral("cost"))));
            item->setText(3, localTime(r.value(QStringLiteral("at")).toString()));
            item->setTextAlignment(RevisionCostColumn, Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(1, r.value(QStringLiteral("content")).toString().left(400));
            item->setToolTip(RevisionCostColumn,
                             tr("What call %1 cost").arg(r.value(QStringLiteral("event_id")).toString()));
        }
    }
}

} // namespace gui
