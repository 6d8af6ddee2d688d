// Help ▸ How tracking works: the built-in guide has every section the window links to, opens
// at the section asked for, is one window however often it is asked for; the inspector's
// links reach it; the timeline's picture is there, at the guide's width; the About text names the version, Qt and the
// licences.
#include "gui/ContextInspector.h"
#include "gui/TrackingGuide.h"
#include "payi/CallEvent.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

class TestHelp : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void opensAtTheSection_data();
    void opensAtTheSection();
    void oneGuideHoweverOftenAsked();
    void inspectorLinksOpenTheGuide_data();
    void inspectorLinksOpenTheGuide();
    void aboutNamesVersionQtAndLicences();
    void timelinePictureAtTheGuidesWidth();

private:
    // Whether the guide's view has heading at its top, or as near as the end of the page lets it.
    static bool showsAtTheTop(QTextBrowser *text, const QString &heading);
};

void TestHelp::cleanup()
{
    for (QWidget *window : QApplication::topLevelWidgets())
        if (qobject_cast<gui::TrackingGuide *>(window))
            delete window;
}

bool TestHelp::showsAtTheTop(QTextBrowser *text, const QString &heading)
{
    const QScrollBar *scroll = text->verticalScrollBar();
    QAbstractTextDocumentLayout *layout = text->document()->documentLayout();
    for (QTextBlock block = text->document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0 || block.text() != heading)
            continue;
        const qreal y = layout->blockBoundingRect(block).top() - scroll->value();
        const qreal nearTop = 2 * text->fontMetrics().lineSpacing();
        const bool atTheEnd = scroll->value() == scroll->maximum();
        return std::abs(y) <= nearTop || (atTheEnd && y >= 0 && y < text->viewport()->height() - nearTop);
    }
    return false;
}

void TestHelp::opensAtTheSection_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("heading");
    QTest::newRow("the top") << QString() << u"How tracking works"_s;
    QTest::newRow("scopes") << QString::fromLatin1(gui::TrackingGuide::ScopesSection) << u"Scopes"_s;
    QTest::newRow("merge rules") << QString::fromLatin1(gui::TrackingGuide::MergeRulesSection) << u"The merge rules"_s;
    QTest::newRow("global or scoped, as a link")
        << u"#"_s + QLatin1String(gui::TrackingGuide::GlobalOrScopedSection) << u"Global or scoped"_s;
    QTest::newRow("limits") << QString::fromLatin1(gui::TrackingGuide::LimitsSection)
                            << u"Limits and the worst-case reservation"_s;
}

void TestHelp::opensAtTheSection()
{
    QFETCH(QString, section);
    QFETCH(QString, heading);
    QWidget window;
    window.show();
    gui::TrackingGuide *guide = gui::TrackingGuide::open(&window, section);
    QVERIFY(QTest::qWaitForWindowExposed(guide));
    QVERIFY2(guide->sections().contains(section.mid(section.startsWith(u'#') ? 1 : 0)) || section.isEmpty(),
             qPrintable(guide->sections().join(u", "_s)));
    QTRY_VERIFY(showsAtTheTop(guide->text(), heading));
    // Asked again for the top, the same window goes back there.
    gui::TrackingGuide::open(&window);
    QTRY_VERIFY(showsAtTheTop(guide->text(), u"How tracking works"_s));
}

void TestHelp::oneGuideHoweverOftenAsked()
{
    QWidget window;
    window.show();
    gui::TrackingGuide *first = gui::TrackingGuide::open(&window, QLatin1String(gui::TrackingGuide::ScopesSection));
    gui::TrackingGuide *second = gui::TrackingGuide::open(&window, QLatin1String(gui::TrackingGuide::LimitsSection));
    QCOMPARE(second, first);
    QCOMPARE(window.findChildren<gui::TrackingGuide *>().size(), 1);
    first->close(); // closed, it is deleted and the next request makes a new one
    QTRY_VERIFY(window.findChildren<gui::TrackingGuide *>().isEmpty());
    QVERIFY(gui::TrackingGuide::open(&window)->isVisible());
}

void TestHelp::inspectorLinksOpenTheGuide_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<bool>("blocked");
    QTest::addColumn<bool>("misattributed");
    QTest::addColumn<QString>("heading");
    QTest::newRow("no call: the merge rules") << u"contextSummary"_s << false << false << u"The merge rules"_s;
    QTest::newRow("blocked call: limits")
        << u"contextSummary"_s << true << false << u"Limits and the worst-case reservation"_s;
    QTest::newRow("misattributed call: global or scoped")
        << u"contextMisattribution"_s << false << true << u"Global or scoped"_s;
}

void TestHelp::inspectorLinksOpenTheGuide()
{
    QFETCH(QString, label);
    QFETCH(bool, blocked);
    QFETCH(bool, misattributed);
    QFETCH(QString, heading);
    gui::ContextInspector inspector;
    inspector.resize(420, 600);
    inspector.show();
    if (blocked || misattributed) {
        payi::CallEvent call;
        call.eventId = u"e1"_s;
        call.requestId = u"r1"_s;
        call.resource = u"gpt-5.4"_s;
        if (blocked)
            call.blockedLimitIds = {u"lim_1"_s};
        QVariantMap misattribution;
        if (misattributed)
            misattribution = {{u"request_id"_s, u"r1"_s},
                              {u"expected"_s, QVariantMap{{u"use_case_id"_s, u"doc-a"_s}}},
                              {u"actual"_s, QVariantMap{{u"use_case_id"_s, u"doc-b"_s}}}};
        inspector.showCall(call, misattribution);
    }
    auto *text = inspector.findChild<QLabel *>(label);
    QVERIFY(text && text->isVisible());
    const QRegularExpressionMatch link = QRegularExpression(u"href=\"([^\"]+)\""_s).match(text->text());
    QVERIFY2(link.hasMatch(), qPrintable(text->text()));
    QVERIFY(text->textInteractionFlags() & Qt::LinksAccessibleByMouse);
    emit text->linkActivated(link.captured(1));
    auto *guide = inspector.findChild<gui::TrackingGuide *>();
    QVERIFY(guide);
    QVERIFY(QTest::qWaitForWindowExposed(guide));
    QTRY_VERIFY(showsAtTheTop(guide->text(), heading));
}

void TestHelp::aboutNamesVersionQtAndLicences()
{
    QCoreApplication::setApplicationVersion(u"9.8.7"_s);
    const QString about = gui::aboutText();
    QVERIFY2(about.contains(u"Costbench 9.8.7"_s), qPrintable(about));
    QVERIFY(about.contains(QString::fromLatin1(qVersion())));
    QVERIFY(about.contains(QLatin1String(QT_VERSION_STR)));
    for (const QString &licence : {u"LGPL-3.0"_s, u"GPL-3.0"_s, u"BSD-3-Clause"_s, u"public domain"_s, u"MIT"_s})
        QVERIFY2(about.contains(licence), qPrintable(licence));
}

// The guide shows the Timeline tab's screenshot (docs/timeline.png, built in beside the page),
// drawn at the guide's width.
void TestHelp::timelinePictureAtTheGuidesWidth()
{
    QWidget window;
    window.show();
    gui::TrackingGuide *guide = gui::TrackingGuide::open(&window);
    QVERIFY(QTest::qWaitForWindowExposed(guide));
    QTextDocument *document = guide->text()->document();
    QStringList pictures;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            const QTextImageFormat picture = fragment.fragment().charFormat().toImageFormat();
            if (!picture.isValid())
                continue;
            pictures.append(picture.name());
            QCOMPARE(picture.width(), 640.0);
            const QVariant image = guide->text()->loadResource(QTextDocument::ImageResource, QUrl(picture.name()));
            QVERIFY2(!image.value<QImage>().isNull() || !image.value<QPixmap>().isNull()
                         || !image.toByteArray().isEmpty(),
                     qPrintable(picture.name()));
        }
    }
    QVERIFY2(pictures.contains(u"timeline.png"_s), qPrintable(pictures.join(u", "_s)));
    // For a reviewer: the guide at the picture, in the build folder.
    guide->text()->scrollToAnchor(u"seeing-it-the-timeline-tab"_s);
    const QString png = QDir(QCoreApplication::applicationDirPath()).filePath(u"tst_help-timeline.png"_s);
    QVERIFY(guide->grab().save(png));
    qInfo("screenshot: %s", qPrintable(png));
}

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
