#pragma once

#include <QVariantMap>
#include <QWidget>

#include <functional>

class QLabel;
class QTreeWidget;

namespace payi {
struct CallEvent;
}

namespace gui {

// For the call selected in the cost tree: the context it was attributed to, field by
// field, and under each field where it came from (the global context, @track,
// track_context, a per-call xProxy-* header named, instrument()'s hard switch) or what
// cleared it; and, for a misattributed call, what its request expected. The wording is
// explainField() (AttributionText.h). Under the fields, the call's source (the document app,
// or the outside app that reported it) and, for a reported call, the headers its SDK sent.
class ContextInspector : public QWidget
{
    Q_OBJECT

public:
    explicit ContextInspector(QWidget *parent = nullptr);

    void showCall(const payi::CallEvent &event, const QVariantMap &misattribution);
    // How limits are named: by their names (nameOf gives "" for an id it does not know, which
    // is then shown as a short id).
    void setLimitNames(std::function<QString(const QString &id)> nameOf) { m_limitName = std::move(nameOf); }
    void showNothing();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Measures the rows again (once, on the next loop turn): they wrap to the view's width.
    void relayOutFields();
    void fitColumns();
    void showSource(const payi::CallEvent &event);
    QString limitName(const QString &id) const; // "" for a limit it does not know
    QStringList limitNames(const QStringList &ids) const;
    // The limit_ids field's value as the fields list shows it: "name (short id)", or the id of
    // a limit it does not know.
    QString limitLabels(const QStringList &ids) const;

    QLabel *m_summary;
    QTreeWidget *m_fields;
    QLabel *m_misattribution;
    QLabel *m_source;
    QTreeWidget *m_headers;
    bool m_relayoutPending = false;
    std::function<QString(const QString &)> m_limitName;
};

} // namespace gui
