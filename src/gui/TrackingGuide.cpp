#include "gui/TrackingGuide.h"

#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QPointer>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QVBoxLayout>

namespace gui {

namespace {

// A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces to hyphens.
QString anchorOf(const QString &heading)
{
    static const QRegularExpression punctuation(QStringLiteral("[^\\w\\- ]"));
    return heading.toLower().remove(punctuation).replace(QLatin1Char(' '), QLatin1Char('-'));
}

QPointer<TrackingGuide> openGuide;

constexpr int GuidePictureWidth = 640;

void fitPictures(const QTextBlock &block)
{
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        QTextImageFormat picture = fragment.charFormat().toImageFormat();
        const QSize size = picture.isValid() ? QImage(QStringLiteral(":/help/") + picture.name()).size() : QSize();
        if (size.width() <= GuidePictureWidth)
            continue;
        picture.setWidth(GuidePictureWidth);
        picture.setHeight(double(size.height()) * GuidePictureWidth / size.width());
        QTextCursor cursor(block);
        cursor.setPosition(fragment.position());
        cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
        cursor.setCharFormat(picture);
    }
}

} // namespace

TrackingGuide::TrackingGuide(QWidget *parent) : QDialog(parent), m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("trackingGuide"));
    setWindowTitle(tr("How tracking works"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_text->setObjectName(QStringLiteral("trackingGuideText"));
    m_text->setOpenExternalLinks(true);
    m_text->document()->setDocumentMargin(12);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    QFile guide(QStringLiteral(":/help/how-tracking-works.md"));
    if (!guide.open(QIODevice::ReadOnly))
        qFatal("the built-in guide is missing: %s", qPrintable(guide.errorString()));
    m_text->setSearchPaths({QStringLiteral(":/help")}); // the guide's pictures
    m_text->document()->setMarkdown(QString::fromUtf8(guide.readAll()));
    // Every heading becomes an anchor, so that links (and scrollToAnchor) reach it; pictures
    // are shown at most GuidePictureWidth wide.
    for (QTextBlock block = m_text->document()->begin(); block.isValid(); block = block.next()) {
        fitPictures(block);
        if (block.blockFormat().headingLevel() == 0)
            continue;
        QTextCursor cursor(block);
        cursor.select(QTextCursor::BlockUnderCursor);
        QTextCharFormat anchor;
        anchor.setAnchor(true);
        anchor.setAnchorNames({anchorOf(block.text())});
        cursor.mergeCharFormat(anchor);
    }
    resize(720, 640);
}

TrackingGuide *TrackingGuide::open(QWidget *from, const QString &section)
{
    if (!openGuide)
        openGuide = new TrackingGuide(from ? from->window() : nullptr);
    openGuide->show();
    openGuide->raise();
    openGuide->activateWindow();
    openGuide->showSection(section);
    return openGuide;
}

QStringList TrackingGuide::sections() const
{
    QStringList anchors;
    for (QTextBlock block = m_text->document()->begin(); block.isValid(); block = block.next())
        if (block.blockFormat().headingLevel() > 0)
            anchors.append(anchorOf(block.text()));
    return anchors;
}

void TrackingGuide::showSection(const QString &section)
{
    const QString anchor = section.startsWith(QLatin1Char('#')) ? section.mid(1) : section;
    if (anchor.isEmpty())
        m_text->moveCursor(QTextCursor::Start);
    else
        m_text->scrollToAnchor(anchor);
}

QString aboutText()
{
    return QCoreApplication::translate(
               "gui::About", "<h3>Costbench %1</h3>"
                             "<p>A workbench for tracking what GenAI calls cost, and to whom: the Pay-i SDK's tracking "
                             "model in C++, a simulated model, a ledger and the seed's document app.</p>"
                             "<p>Built with Qt %2, running on Qt %3.</p>"
                             "<p><b>Built on</b></p><ul>"
                             "<li>Qt 6 (Core, Gui, Widgets, Network, Sql, Concurrent): LGPL-3.0</li>"
                             "<li>Qt Charts: GPL-3.0</li>"
                             "<li>QtKeychain: BSD-3-Clause</li>"
                             "<li>SQLite: public domain</li>"
                             "<li>http-parser: MIT</li>"
                             "<li>mimalloc: MIT</li></ul>")
        .arg(QCoreApplication::applicationVersion(), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()));
}

} // namespace gui
