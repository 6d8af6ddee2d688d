#include "gui/FileDialog.h"

#include <QFileDialog>

namespace gui {

FileDialog &FileDialog::instance()
{
    static FileDialog dialog;
    return dialog;
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &suggestedName,
                                    const QString &filter)
{
    if (const std::optional<QString> next = takeNext())
        return *next;
    return QFileDialog::getSaveFileName(parent, caption, suggestedName, filter);
}

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    if (const std::optional<QString> next = takeNext())
        return *next;
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

void FileDialog::setNextFileName(const QString &fileName)
{
    m_next = fileName;
}

std::optional<QString> FileDialog::takeNext()
{
    return std::exchange(m_next, std::nullopt);
}

} // namespace gui
