// The window's layout at a small and a large size (issue 22, point 8), over a real Backend:
// the docks keep a usable width, no text is cut (the documents hint, the limit form's
// placeholders), no widget is squeezed below its minimum size; then, with a document and a
// selected call, a PNG of each size for a reviewer (docs/screens/ keeps a copy).
#include "backend/Backend.h"
#include "gui/CostTreeModel.h"
#include "gui/DocumentsPanel.h"
#include "gui/MainWindow.h"
#include "payi/Instrumentation.h"
#include "support/HttpProbe.h"

#include <QAbstractProxyModel>
#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;

namespace {

// The narrowest the docks may be and stay usable: the inspector's field names beside their
// values, the documents' list and buttons.
constexpr int UsableDockWidth = 260;

QString describe(const QWidget *widget)
{
    return u"%1 %2 (%3×%4, needs %5×%6)"_s.arg(QLatin1String(widget->metaObject()->className()), widget->objectName())
        .arg(widget->width())
        .arg(widget->height())
        .arg(widget->minimumSizeHint().width())
        .arg(widget->minimumSizeHint().height());
}

// A widget of ours the layout gave less than its minimum size hint: shown and laid out by a
// layout. Qt's own parts (named qt_..., a dock's title buttons) are sized by their style.
bool squeezed(const QWidget *widget)
{
    if (!widget->isVisible() || widget->isWindow() || !widget->parentWidget() || !widget->parentWidget()->layout()
        || widget->objectName().startsWith(u"qt_"_s))
        return false;
    const QSize needs = widget->minimumSizeHint();
    if (!needs.isValid())
        return false;
    return widget->width() < needs.width() || widget->height() < needs.height();
}

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void usableAtEverySize_data();
    void usableAtEverySize();

private:
    QTemporaryDir m_settingsDir;
};

void TestLayout::initTestCase()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestLayout::usableAtEverySize_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1024x700") << QSize(1024, 700);
    QTest::newRow("2560x1440") << QSize(2560, 1440);
}

void TestLayout::usableAtEverySize()
{
    QFETCH(QSize, size);
    QSettings().clear(); // no layout kept from another size
    QTemporaryDir dir;
    backend::ServerOptions options;
    options.port = 0;
    options.dataDir = dir.path();
    options.simulation = backend::SimulationSettings{.baseLatencyMs = 20, .perTokenMs = 0};
    payi::Config config;
    config.globalInstrumentation = false;
    config.prices = *backend::Backend::loadPrices(options);
    payi::Instrumentation instrumentation(config);
    base::Result<std::unique_ptr<backend::Backend>> started = backend::Backend::start(options, instrumentation);
    QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
    std::unique_ptr<backend::Backend> backend = std::move(started).value();
    {
        gui::MainWindow window(*backend);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.size(), size);
        QTest::qWait(2 * gui::MainWindow::RefreshMs);

        // The docks keep a usable width.
        for (const QString &name : {u"documentsDock"_s, u"inspectorDock"_s}) {
            const auto *dock = window.findChild<QDockWidget *>(name);
            QVERIFY(dock && dock->isVisible());
            QVERIFY2(dock->width() >= UsableDockWidth, qPrintable(describe(dock)));
        }
        // The documents hint is shown whole.
        const auto *hint = window.findChild<QLabel *>(u"documentsEmptyHint"_s);
        QVERIFY(hint && hint->isVisible());
        QVERIFY2(hint->height() >= hint->heightForWidth(hint->width()),
                 qPrintable(u"%1: %2 px high, its text needs %3"_s.arg(describe(hint))
                                .arg(hint->height())
                                .arg(hint->heightForWidth(hint->width()))));
        // The limit form's placeholders are not cut.
        window.findChild<QTabWidget *>(u"mainTabs"_s)->setCurrentWidget(window.findChild<QWidget *>(u"limitsTab"_s));
        QTest::qWait(50);
        for (const QString &name : {u"limitName"_s, u"limitMax"_s}) {
            const auto *edit = window.findChild<QLineEdit *>(name);
            QVERIFY(edit && edit->isVisible());
            const int text = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
            const QMargins margins = edit->textMargins() + edit->contentsMargins();
            QVERIFY2(edit->width() >= text + margins.left() + margins.right() + 8,
                     qPrintable(u"%1: \"%2\" needs %3 px"_s.arg(describe(edit), edit->placeholderText()).arg(text)));
        }
        // Nothing is squeezed below its minimum size, on any tab.
        auto *tabs = window.findChild<QTabWidget *>(u"mainTabs"_s);
        QStringList failures;
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QTest::qWait(20);
            for (const QWidget *widget : window.findChildren<QWidget *>()) {
                if (squeezed(widget) && !failures.contains(describe(widget)))
                    failures.append(describe(widget));
            }
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"\n"_s)));

        // With a document, its appends and a selected call: the picture for a reviewer.
        tabs->setCurrentWidget(window.findChild<QWidget *>(u"costsTab"_s));
        // The costs tree shows a use case's name and, without scrolling, its cost.
        auto *costs = window.findChild<QTreeView *>(u"costTree"_s);
        const QHeaderView *header = costs->header();
        QTRY_VERIFY(header->sectionSize(gui::CostTreeModel::Name)
                    >= costs->fontMetrics().horizontalAdvance(u"append_document"_s) + costs->indentation() * 2);
        QVERIFY2(header->sectionViewportPosition(gui::CostTreeModel::Cost)
                         + header->sectionSize(gui::CostTreeModel::Cost)
                     <= costs->viewport()->width(),
                 qPrintable(u"the Cost column ends at %1 of %2 px"_s
                                .arg(header->sectionViewportPosition(gui::CostTreeModel::Cost)
                                     + header->sectionSize(gui::CostTreeModel::Cost))
                                .arg(costs->viewport()->width())));
        HttpProbe probe(backend->url());
        const HttpProbe::Reply created =
            probe.call("POST", u"/documents"_s, R"({"prompt":"autumn leaves"})", {{"X-User-Id", "alice"}});
        QCOMPARE(created.status, 201);
        const QString id = created.json().value(u"document_id"_s).toString();
        QCOMPARE(probe.call("POST", u"/documents/%1/append"_s.arg(id), R"({"text":"and then winter"})").status, 200);
        gui::CostTreeModel &tree = *window.costTree();
        QTRY_VERIFY_WITH_TIMEOUT(tree.instanceIndex(u"append_document"_s, id).isValid(), 10000);
        const QModelIndex instance = tree.instanceIndex(u"append_document"_s, id);
        QTRY_VERIFY_WITH_TIMEOUT(tree.rowCount(instance) == 1, 10000);
        auto *view = window.findChild<QTreeView *>(u"costTree"_s);
        const auto *proxy = qobject_cast<const QAbstractProxyModel *>(view->model());
        view->expandAll();
        view->setCurrentIndex(proxy->mapFromSource(tree.index(0, 0, instance)));
        window.findChild<gui::DocumentsPanel *>()->select(id);
        const auto *title = window.findChild<QLabel *>(u"documentTitle"_s);
        QTRY_VERIFY_WITH_TIMEOUT(title->text().contains(u"total"_s), 10000);
        QTRY_VERIFY(title->height() >= title->heightForWidth(title->width()));
        const QString png = QDir(QCoreApplication::applicationDirPath())
                                .filePath(u"tst_layout-%1.png"_s.arg(QLatin1String(QTest::currentDataTag())));
        QVERIFY(window.grab().save(png));
        qInfo("screenshot: %s", qPrintable(png));
    }
    backend->shutdown(std::chrono::seconds(5));
}

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
