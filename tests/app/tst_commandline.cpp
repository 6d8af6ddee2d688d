#include "support/HeadlessCostbench.h"
#include "support/HttpProbe.h"

#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void servesThenStopsCleanly_data();
    void servesThenStopsCleanly();
    void refusesToStart_data();
    void refusesToStart();
    void portInUse();
    void version();
};

void TestCommandLine::servesThenStopsCleanly_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestCommandLine::servesThenStopsCleanly()
{
    QFETCH(int, signal);
    QTemporaryDir data;
    QString documentId;
    {
        HeadlessCostbench costbench;
        QVERIFY(costbench.start({u"--data-dir"_s, data.path()}));
        HttpProbe probe(costbench.url);
        QCOMPARE(probe.call("GET", u"/healthz"_s).status, 200);
        const HttpProbe::Reply created = probe.call("POST", u"/documents"_s, R"({"prompt":"a harbour"})");
        QCOMPARE(created.status, 201);
        documentId = created.json().value(u"document_id"_s).toString();
        QCOMPARE(costbench.stop(signal), 0);
    }
    HeadlessCostbench again;
    QVERIFY(again.start({u"--data-dir"_s, data.path()}));
    HttpProbe probe(again.url);
    QCOMPARE(probe.call("GET", u"/documents/%1"_s.arg(documentId)).status, 200);
    QCOMPARE(again.stop(SIGTERM), 0);
}

void TestCommandLine::refusesToStart_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("public address without a token") << QStringList{u"--bind"_s, u"0.0.0.0"_s} << 2 << u"--token"_s;
    QTest::newRow("bad port") << QStringList{u"--port"_s, u"x"_s} << 2 << u"--port"_s;
    QTest::newRow("price table missing") << QStringList{u"--prices"_s, u"/nonexistent/prices.json"_s} << 2
                                         << u"/nonexistent/prices.json"_s;
    QTest::newRow("retention budget not a size")
        << QStringList{u"--retention-bytes"_s, u"lots"_s} << 2 << u"--retention-bytes"_s;
    QTest::newRow("retention budget too small")
        << QStringList{u"--retention-bytes"_s, u"1000"_s} << 2 << u"--retention-bytes"_s;
    QTest::newRow("openai without a key") << QStringList{u"--provider"_s, u"openai"_s} << 1 << u"OPENAI_API_KEY"_s;
}

void TestCommandLine::refusesToStart()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QTemporaryDir data;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"OPENAI_API_KEY"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(COSTBENCH_EXECUTABLE),
                  QStringList{u"--headless"_s, u"--data-dir"_s, data.path()} + arguments);
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), exitCode);
    const QString stderrText = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(stderrText.contains(message), qPrintable(stderrText));
    QVERIFY(process.readAllStandardOutput().isEmpty()); // never "listening on"
}

void TestCommandLine::portInUse()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost));
    QTemporaryDir data;
    QProcess process;
    process.start(QStringLiteral(COSTBENCH_EXECUTABLE),
                  {u"--headless"_s, u"--data-dir"_s, data.path(), u"--port"_s, QString::number(taken.serverPort())});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QString::number(taken.serverPort())));
}

void TestCommandLine::version()
{
    QProcess process;
    process.start(QStringLiteral(COSTBENCH_EXECUTABLE), {u"--version"_s});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().startsWith("costbench "));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
