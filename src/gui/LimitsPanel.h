#pragma once

#include "payi/Limit.h"

#include <QScopedPointer>
#include <QWidget>

namespace Ui {
class LimitsPanel;
}
namespace backend {
class Backend;
}

namespace gui {

class ApiClient;

// A limit's State column: its state as Pay-i reports it (ok, exceeded, overrun, blocked: from
// what it has spent) and, when it refused calls, how many ("ok · 1 call blocked"): a block limit
// refuses by a call's worst case, so it can refuse while its state is ok. The tooltip says both.
struct LimitStateText
{
    QString text;
    QString toolTip;
};
LimitStateText limitStateText(const payi::Limit &limit);

// Limits: a form to create one (POST /limits), every limit as a bar against its max with
// the threshold marked, its state in colour and the calls it blocked, and a dialog to edit
// the selected one (PATCH /limits/{id}).
class LimitsPanel : public QWidget
{
    Q_OBJECT

public:
    LimitsPanel(ApiClient &api, const backend::Backend &backend, QWidget *parent = nullptr);
    ~LimitsPanel() override;

    // Re-reads the limits through the facade (in memory, no SQL) and updates the rows that changed.
    void refresh();
    // Opens the edit dialog on the selected limit; says so when none is selected.
    void editSelected();
    void focusNewLimit();

signals:
    void failed(const QString &message);
    void message(const QString &text);
    // The user asked to send the next document requests under this limit.
    void useLimit(const QString &limitId);

private:
    void create();

    QScopedPointer<Ui::LimitsPanel> m_ui;
    ApiClient &m_api;
    const backend::Backend &m_backend;
};

} // namespace gui
