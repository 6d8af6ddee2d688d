#pragma once

#include "gui/ApiClient.h"
#include "gui/WorkbenchSettings.h"

#include <QHash>
#include <QJsonArray>
#include <QScopedPointer>
#include <QWidget>

class QLabel;

namespace Ui {
class DocumentsPanel;
}
namespace backend {
class Backend;
}

namespace gui {

// The seed's document app, driven through its real endpoints: the documents, a prompt to
// create one, text to append, and the selected document's content with its revisions and
// what each cost, its creation cost and its total (GET /documents/{id}). A request a block
// limit refused is explained under the panel, the limit by name, with a link to why. Create and Append ask for a
// streamed answer and show the text as it comes. The X-User-Id and X-Limit-Ids headers can be set for the next
// requests, and per-call xProxy-* headers (a table of name and value, kept in the settings), which the app passes on to
// the model call.
class DocumentsPanel : public QWidget
{
    Q_OBJECT

public:
    // backend: the limits and the costs so far, to explain a request a block limit refused.
    DocumentsPanel(ApiClient &api, const backend::Backend &backend, QWidget *parent = nullptr);
    ~DocumentsPanel() override;

    // Reloads the list and the selected document (GET /documents, GET /documents/{id}).
    void refresh();
    // Called on each refresh tick with the number of document calls made so far: the list
    // follows outside clients too, at most once a second.
    void observeDocumentCalls(qint64 calls);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

public slots:
    void createDocument();
    void appendToDocument();
    void focusPrompt();
    // The per-call headers section: shown or hidden, a row added (its name being edited), the
    // current row removed.
    void showCallHeaders(bool shown);
    void addCallHeader();
    void removeCallHeader();
    // Selects the document (once the list holds it) and shows its latest revisions.
    void select(const QString &documentId);

signals:
    void failed(const QString &message);
    void message(const QString &text);
    // The documents listed, as the instances their calls were charged to name them: the
    // create's instance id and the document's id (its appends' instance), each with its label.
    void documentsListed(const QHash<QString, QString> &labelsByInstance);

public:
    // The rows of the per-call headers table, in order.
    QList<CallHeader> callHeaders() const;

private:
    void setUpCallHeaders();
    void insertCallHeaderRow(const CallHeader &header);
    // The toggle's count, the table's height, the settings: after every change of the rows.
    void callHeadersChanged();
    // X-User-Id, X-Limit-Ids and the per-call headers; nothing (and failed) when a row is invalid.
    std::optional<ApiClient::Headers> requestHeaders();
    void showDocuments(const QJsonArray &documents);
    // The list, or while it is empty the hint in its place.
    void showListOrHint();
    void loadSelected();
    void showDocument(const QJsonObject &document);
    QString selectedId() const;
    // A create or append (of useCase) the server refused: a block limit's refusal explained in
    // the notice under the panel, any other failure in the status bar.
    void refused(const QString &action, const QString &useCase, const ApiReply &reply);
    void hideNotice();
    // A streamed create or append: the document view shows its text as it arrives, under
    // title, until the stream ends (endStream); a later stream takes the view over.
    quint64 beginStream(const QString &title);
    ApiClient::EventHandler showArrivingText(quint64 stream);
    void endStream(quint64 stream);

    QScopedPointer<Ui::DocumentsPanel> m_ui;
    ApiClient &m_api;
    const backend::Backend &m_backend;
    QLabel *m_notice; // why the last request was refused by a block limit
    QHash<QString, QString> m_instanceLabels;
    qint64 m_seenCalls = 0;
    qint64 m_lastRefreshMs = 0;
    bool m_listing = false;
    QString m_toSelect;
    quint64 m_streams = 0;
    quint64 m_shownStream = 0; // the stream the document view shows; 0: the selected document
};

} // namespace gui
