// The status bar's ledger field over a real Backend (port 0, a temporary ledger): the size
// and the budget from GET /ledger, following the ledger as it grows, and what it says when
// the server does not answer. Leaves a PNG of the window's status bar in the build folder.
#include "backend/Backend.h"
#include "gui/ApiClient.h"
#include "gui/LedgerStatus.h"
#include "gui/MainWindow.h"
#include "gui/SettingsDialog.h"
#include "gui/WorkbenchSettings.h"
#include "payi/Instrumentation.h"
#include "support/HttpProbe.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestLedgerStatus : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsTheSizeAndTheBudget();
    void saysWhenTheSizeIsNotKnown();
    void windowShowsIt();
    void settingsKeepTheBudget();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<payi::Instrumentation> m_instrumentation;
    std::unique_ptr<backend::Backend> m_backend;
};

void TestLedgerStatus::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    backend::ServerOptions options;
    options.port = 0;
    options.dataDir = m_dir->path();
    options.simLatencyMs = 0;
    options.simulation = backend::SimulationSettings{.baseLatencyMs = 0, .perTokenMs = 0};
    options.retentionBytes = qint64(3) << 29; // 1.5 GiB
    payi::Config config;
    config.globalInstrumentation = false;
    config.prices = *backend::Backend::loadPrices(options);
    m_instrumentation = std::make_unique<payi::Instrumentation>(config);
    base::Result<std::unique_ptr<backend::Backend>> backend = backend::Backend::start(options, *m_instrumentation);
    QVERIFY2(backend, qPrintable(backend ? QString() : backend.error().message));
    m_backend = std::move(backend).value();
}

void TestLedgerStatus::cleanup()
{
    if (m_backend)
        m_backend->shutdown(std::chrono::seconds(5));
    m_backend.reset();
    m_instrumentation.reset();
    m_dir.reset();
}

void TestLedgerStatus::showsTheSizeAndTheBudget()
{
    gui::ApiClient api(m_backend->url(), QString());
    gui::LedgerStatus status(api);
    const QRegularExpression shown(u"^Ledger (\\d+(\\.\\d)?) (bytes|KB|MB)/1\\.5 GB$"_s);
    QTRY_VERIFY2(shown.match(status.text()).hasMatch(), qPrintable(status.text()));
    QVERIFY(status.toolTip().contains(u"1.5 GB"_s));
    const QString before = status.text();

    HttpProbe probe(m_backend->url());
    for (int i = 0; i < 200; ++i)
        QCOMPARE(probe.call("POST", u"/documents"_s, R"({"prompt":"a long harbour"})").status, 201);
    const QJsonObject ledger = probe.call("GET", u"/ledger"_s).json();
    QCOMPARE(ledger.value(u"retention_bytes"_s).toInteger(), qint64(3) << 29);
    QVERIFY(ledger.value(u"file_bytes"_s).toInteger() + ledger.value(u"wal_bytes"_s).toInteger() > 0);
    QCOMPARE(ledger.value(u"texts_dropped_through_seq"_s).toInteger(), 0);
    status.poll(); // as the timer does every 5 s
    QTRY_VERIFY2(status.text() != before && shown.match(status.text()).hasMatch(), qPrintable(status.text()));
}

void TestLedgerStatus::saysWhenTheSizeIsNotKnown()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QUrl nowhere(u"http://127.0.0.1:%1"_s.arg(closed.serverPort()));
    closed.close();
    gui::ApiClient api(nowhere, QString());
    gui::LedgerStatus status(api);
    QTRY_VERIFY(status.toolTip().startsWith(u"The ledger's size is not known"_s));
    QCOMPARE(status.text(), u"Ledger …"_s);
}

void TestLedgerStatus::windowShowsIt()
{
    gui::MainWindow window(*m_backend);
    window.resize(1400, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *field = window.findChild<gui::LedgerStatus *>(u"statusLedger"_s);
    QVERIFY(field);
    QTRY_VERIFY2(field->text().endsWith(u"/1.5 GB"_s), qPrintable(field->text()));
    QVERIFY(field->isVisible());
    QTRY_VERIFY(field->width() >= field->sizeHint().width()); // laid out again for its new text
    const QString png = QDir(QCoreApplication::applicationDirPath()).filePath(u"tst_ledgerstatus-statusbar.png"_s);
    QVERIFY(window.statusBar()->grab().save(png));
    qInfo("screenshot: %s", qPrintable(png));
}

// Settings ▸ Ledger shows the budget in use and keeps a new one for the next start.
void TestLedgerStatus::settingsKeepTheBudget()
{
    QSettings().remove(u"ledger/retentionBytes"_s); // what an earlier run saved
    gui::ApiClient api(m_backend->url(), QString());
    gui::SettingsDialog dialog(*m_backend, api);
    auto *tabs = dialog.findChild<QTabWidget *>(u"settingsTabs"_s);
    auto *budget = dialog.findChild<QDoubleSpinBox *>(u"retentionSpin"_s);
    QVERIFY(tabs && budget);
    QCOMPARE(budget->value(), 1.5);
    tabs->setCurrentWidget(dialog.findChild<QWidget *>(u"ledgerPage"_s));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString png = QDir(QCoreApplication::applicationDirPath()).filePath(u"tst_ledgerstatus-settings.png"_s);
    QVERIFY(dialog.grab().save(png));
    qInfo("screenshot: %s", qPrintable(png));
    budget->setValue(3.0);
    dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok)->click();
    QTRY_COMPARE(gui::WorkbenchSettings::load().retentionBytes, qint64(3) << 30);
}

QTEST_MAIN(TestLedgerStatus)
#include "tst_ledgerstatus.moc"
