#include "gui/MessageLog.h"

#include <QDialog>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace gui {

MessageLog::MessageLog(QWidget *parent) : QToolButton(parent)
{
    setObjectName(QStringLiteral("messageLog"));
    setAutoRaise(true);
    setToolTip(tr("Every message of this session, whole"));
    setText(tr("Messages"));
    connect(this, &QToolButton::clicked, this, &MessageLog::showLog);
}

void MessageLog::add(const QString &text, const QDateTime &at)
{
    const QString line = QStringLiteral("%1  %2").arg(at.toString(QStringLiteral("HH:mm:ss")), text);
    m_lines.append(line);
    if (m_lines.size() > Kept)
        m_lines.removeFirst();
    setText(tr("Messages (%1)").arg(m_lines.size()));
    if (m_window)
        m_text->appendPlainText(line);
}

QStringList MessageLog::lines() const
{
    return m_lines;
}

void MessageLog::showLog()
{
    if (!m_window) {
        m_window = new QDialog(window());
        m_window->setObjectName(QStringLiteral("messageLogWindow"));
        m_window->setWindowTitle(tr("Messages"));
        m_window->setAttribute(Qt::WA_DeleteOnClose);
        m_text = new QPlainTextEdit(m_window);
        m_text->setObjectName(QStringLiteral("messageLogText"));
        m_text->setReadOnly(true);
        m_text->setPlainText(m_lines.join(QLatin1Char('\n')));
        auto *layout = new QVBoxLayout(m_window);
        layout->addWidget(m_text);
        m_window->resize(640, 320);
    }
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace gui
