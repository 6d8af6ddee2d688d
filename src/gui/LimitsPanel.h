#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace payi {
class LimitRegistry;
}

namespace gui {

class ApiClient;

// Limits: a form to create one (POST /limits), and every limit as a bar against its max
// with the threshold marked, its state in colour and the calls it blocked.
class LimitsPanel : public QWidget
{
    Q_OBJECT

public:
    LimitsPanel(ApiClient &api, const payi::LimitRegistry &limits, QWidget *parent = nullptr);

    // Re-reads the registry (in memory, no SQL) and updates the rows that changed.
    void refresh();

signals:
    void failed(const QString &message);
    void message(const QString &text);
    // The user asked to send the next document requests under this limit.
    void useLimit(const QString &limitId);

private:
    void create();

    ApiClient &m_api;
    const payi::LimitRegistry &m_limits;
    QLineEdit *m_name;
    QLineEdit *m_max;
    QComboBox *m_type;
    QComboBox *m_threshold;
    QPushButton *m_create;
    QTreeWidget *m_list;
    QLabel *m_emptyHint;
};

} // namespace gui
