#pragma once

#include <QVariantMap>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace payi {
struct CallEvent;
}

namespace gui {

// For the call selected in the cost tree: the context it was attributed to, field by
// field, and where each field came from (global, track, track_context or a per-call
// header); and, for a misattributed call, what its request expected.
class ContextInspector : public QWidget
{
    Q_OBJECT

public:
    explicit ContextInspector(QWidget *parent = nullptr);

    void showCall(const payi::CallEvent &event, const QVariantMap &misattribution);
    void showNothing();

private:
    QLabel *m_summary;
    QTreeWidget *m_fields;
    QLabel *m_misattribution;
};

} // namespace gui
