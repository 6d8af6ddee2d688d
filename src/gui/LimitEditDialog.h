#pragma once

#include "payi/Limit.h"

#include <QDialog>
#include <QJsonObject>
#include <QScopedPointer>

namespace Ui {
class LimitEditDialog;
}

namespace gui {

class ApiClient;

// Edits one limit's name, max, type and threshold through PATCH /limits/{id}. Checks the
// fields as they are typed; Save sends only what changed and closes once the server
// accepted it, or shows the server's reason and stays open.
class LimitEditDialog : public QDialog
{
    Q_OBJECT

public:
    LimitEditDialog(ApiClient &api, const payi::Limit &limit, QWidget *parent = nullptr);
    ~LimitEditDialog() override;

    void accept() override;

signals:
    // The server applied the edit; limit is its answer.
    void saved(const QJsonObject &limit);

private:
    // The fields that differ from the limit, or a message saying what is wrong.
    base::Result<QJsonObject> changes() const;
    void check();
    void showError(const QString &text);

    QScopedPointer<Ui::LimitEditDialog> m_ui;
    ApiClient &m_api;
    const payi::Limit m_limit;
    bool m_sending = false;
};

} // namespace gui
