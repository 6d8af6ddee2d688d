#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace gui {

// The window's file dialogs, behind one seam as in KeePassXC: a test names the file the
// next dialog answers with (setNextFileName), and that dialog returns it without showing,
// so the real action runs end to end without a person at the keyboard.
class FileDialog
{
public:
    static FileDialog &instance();

    QString getSaveFileName(QWidget *parent, const QString &caption, const QString &suggestedName,
                            const QString &filter);
    QString getOpenFileName(QWidget *parent, const QString &caption, const QString &filter);

    // The answer of the next dialog, once ("" answers as Cancel does).
    void setNextFileName(const QString &fileName);

private:
    std::optional<QString> takeNext();

    std::optional<QString> m_next;
};

} // namespace gui
