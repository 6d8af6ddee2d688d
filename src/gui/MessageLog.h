#pragma once

#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QToolButton>

class QDialog;
class QPlainTextEdit;

namespace gui {

// Every message the status bar showed, whole and with its time: a button in the status bar
// ("Messages (12)") opens them in a window that follows as new ones arrive. The status bar
// shows a long message elided; this is where it can be read in full, later too.
class MessageLog : public QToolButton
{
    Q_OBJECT

public:
    explicit MessageLog(QWidget *parent = nullptr);

    void add(const QString &text, const QDateTime &at = QDateTime::currentDateTime());
    // The messages, oldest first, each as "HH:mm:ss  text".
    QStringList lines() const;
    void showLog();

    static constexpr int Kept = 500;

private:
    QList<QString> m_lines;
    QPointer<QDialog> m_window;
    QPlainTextEdit *m_text = nullptr;
};

} // namespace gui
