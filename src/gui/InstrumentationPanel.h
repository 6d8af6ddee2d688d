#pragma once

#include "backend/ServerOptions.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace payi {
struct Attribution;
}

namespace gui {

class ApiClient;

// What global and scoped instrumentation mean, in plain words, and the global context's
// fields, editable (PUT /instrumentation {"global_context"}).
class InstrumentationPanel : public QWidget
{
    Q_OBJECT

public:
    InstrumentationPanel(ApiClient &api, QWidget *parent = nullptr);

    void showMode(backend::InstrumentationMode mode);
    // Fills the editor with the context in force, unless the user is editing it.
    void showGlobalContext(const payi::Attribution &context);

signals:
    void failed(const QString &message);
    void applied(const QString &message);

private:
    void apply();

    ApiClient &m_api;
    QLabel *m_current;
    QLineEdit *m_useCaseName;
    QLineEdit *m_useCaseId;
    QLineEdit *m_userId;
    QLineEdit *m_accountName;
    QLineEdit *m_limitIds;
    QPushButton *m_apply;
    bool m_edited = false;
};

} // namespace gui
