#pragma once

#include "gui/ApiClient.h"
#include "payi/PriceTable.h"

#include <QJsonArray>
#include <QScopedPointer>
#include <QWidget>

#include <functional>

namespace Ui {
class DocumentsPanel;
}

namespace gui {

// The seed's document app, driven through its real endpoints: the documents, a prompt to
// create one, text to append, and the selected document's content with its revisions and
// what each cost. The X-User-Id and X-Limit-Ids headers can be set for the next requests.
class DocumentsPanel : public QWidget
{
    Q_OBJECT

public:
    // The cost of the call that produced a revision, when the window has seen it.
    using CostLookup = std::function<std::optional<payi::Cost>(const QString &eventId)>;

    DocumentsPanel(ApiClient &api, CostLookup costOf, QWidget *parent = nullptr);
    ~DocumentsPanel() override;

    // Reloads the list and the selected document (GET /documents, GET /documents/{id}).
    void refresh();
    // Called on each refresh tick with the number of document calls made so far: the list
    // follows outside clients too, at most once a second.
    void observeDocumentCalls(qint64 calls);
    // Fills in revision costs as the calls behind them reach the cost tree.
    void showRevisionCosts();

public slots:
    void createDocument();
    void appendToDocument();
    void focusPrompt();
    // Selects the document (once the list holds it) and shows its latest revisions.
    void select(const QString &documentId);

signals:
    void failed(const QString &message);
    void message(const QString &text);

private:
    ApiClient::Headers requestHeaders() const;
    void showDocuments(const QJsonArray &documents);
    void loadSelected();
    void showDocument(const QJsonObject &document);
    QString selectedId() const;

    QScopedPointer<Ui::DocumentsPanel> m_ui;
    ApiClient &m_api;
    CostLookup m_costOf;
    qint64 m_seenCalls = 0;
    qint64 m_lastRefreshMs = 0;
    bool m_listing = false;
    QString m_toSelect;
};

} // namespace gui
