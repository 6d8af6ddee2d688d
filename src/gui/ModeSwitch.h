#pragma once

#include "backend/ServerOptions.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace gui {

class ApiClient;

// The always-visible global/scoped switch of the toolbar. A click asks the server
// (PUT /instrumentation), so the window switches exactly as an outside client would;
// the switch then shows what the server reports, whoever changed it. The mode a person
// chose here is kept (QSettings "instrumentation/mode") and is the next start's mode unless
// --mode says otherwise; a mode the seed demo or an outside client set is not kept.
class ModeSwitch : public QWidget
{
    Q_OBJECT

public:
    ModeSwitch(ApiClient &api, QWidget *parent = nullptr);

    // Shows the mode the server is in (called on every refresh).
    void showMode(backend::InstrumentationMode mode);
    // The mode last chosen with the switch, if any.
    static std::optional<backend::InstrumentationMode> savedMode();

signals:
    void failed(const QString &message);

private:
    void request(backend::InstrumentationMode mode);

    ApiClient &m_api;
    QToolButton *m_scoped;
    QToolButton *m_global;
    QLabel *m_summary;
    std::optional<backend::InstrumentationMode> m_shown;
};

} // namespace gui
