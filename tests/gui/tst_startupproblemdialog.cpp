// The start-up problems a new user can meet: each is told with its fix, and the fix button
// says how to start again.
#include "gui/StartupProblemDialog.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using gui::StartupProblemDialog;

class TestStartupProblemDialog : public QObject
{
    Q_OBJECT

private slots:
    void portInUseOffersAFreePort();
    void portInUseCanQuit();
    void unwritableFolderSaysWhichAndHow();
    void folderHeldByAnotherCostbench();
    void noKeyFallsBackToTheSimulatedModel();

private:
    // Clicks the button named name (or Close) once the dialog is shown.
    static void answerWith(StartupProblemDialog &dialog, const QString &name);
};

void TestStartupProblemDialog::answerWith(StartupProblemDialog &dialog, const QString &name)
{
    QTimer::singleShot(0, &dialog, [&dialog, name] {
        QAbstractButton *button =
            name.isEmpty() ? dialog.button(QMessageBox::Close) : dialog.findChild<QAbstractButton *>(name);
        QVERIFY(button);
        button->click();
    });
}

void TestStartupProblemDialog::portInUseOffersAFreePort()
{
    backend::ServerOptions options;
    options.port = 8765;
    StartupProblemDialog dialog({u"listen_failed"_s, u"address in use (another program uses the port? try --port 0)"_s},
                                options);
    QCOMPARE(dialog.problem(), StartupProblemDialog::Problem::PortInUse);
    QVERIFY(dialog.text().contains(u"8765"_s));
    QVERIFY(dialog.informativeText().contains(u"--port"_s));
    answerWith(dialog, u"startupFix"_s);
    const std::optional<backend::ServerOptions> retry = dialog.ask();
    QVERIFY(retry);
    QCOMPARE(retry->port, 0);
}

void TestStartupProblemDialog::portInUseCanQuit()
{
    backend::ServerOptions options;
    StartupProblemDialog dialog({u"listen_failed"_s, u"address in use"_s}, options);
    answerWith(dialog, QString());
    QVERIFY(!dialog.ask());
}

void TestStartupProblemDialog::unwritableFolderSaysWhichAndHow()
{
    // A folder under a plain file can be made by nobody, root included (CI runs as root).
    QTemporaryDir dir;
    const QString file = dir.filePath(u"not-a-folder"_s);
    QFile blocker(file);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    backend::ServerOptions options;
    options.dataDir = file + u"/ledger"_s;
    StartupProblemDialog dialog({u"ledger_open_failed"_s, u"could not create the data folder"_s}, options);
    QCOMPARE(dialog.problem(), StartupProblemDialog::Problem::DataFolderNotWritable);
    QVERIFY(dialog.text().contains(QDir::toNativeSeparators(options.dataDir)));
    QVERIFY(dialog.informativeText().contains(u"--data-dir"_s));
    QVERIFY(dialog.findChild<QAbstractButton *>(u"startupFix"_s));
}

void TestStartupProblemDialog::folderHeldByAnotherCostbench()
{
    QTemporaryDir dir;
    backend::ServerOptions options;
    options.dataDir = dir.path();
    StartupProblemDialog dialog({u"ledger_locked"_s, u"the data folder is in use by another Costbench"_s}, options);
    QCOMPARE(dialog.problem(), StartupProblemDialog::Problem::DataFolderInUse);
    QVERIFY(dialog.text().contains(QDir::toNativeSeparators(dir.path())));
    QVERIFY(dialog.informativeText().contains(u"already running"_s));
}

void TestStartupProblemDialog::noKeyFallsBackToTheSimulatedModel()
{
    backend::ServerOptions options;
    options.provider = backend::ProviderKind::OpenAI;
    StartupProblemDialog dialog({u"no_api_key"_s, u"--provider openai needs OPENAI_API_KEY"_s}, options);
    QCOMPARE(dialog.problem(), StartupProblemDialog::Problem::NoApiKey);
    answerWith(dialog, u"startupFix"_s);
    const std::optional<backend::ServerOptions> retry = dialog.ask();
    QVERIFY(retry);
    QCOMPARE(retry->provider, backend::ProviderKind::Simulated);
}

QTEST_MAIN(TestStartupProblemDialog)
#include "tst_startupproblemdialog.moc"
