#include "backend/ServerOptions.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestServerOptions : public QObject
{
    Q_OBJECT
private slots:
    void defaults();
    void accepted();
    void refused_data();
    void refused();
    void retentionSizes_data();
    void retentionSizes();
};

void TestServerOptions::defaults()
{
    const base::Result<backend::ServerOptions> o = backend::ServerOptions::parse({u"costbench"_s});
    QVERIFY(o.ok());
    QCOMPARE(o->port, 8765);
    QCOMPARE(o->bind, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(o->provider, backend::ProviderKind::Simulated);
    QCOMPARE(o->model, u"gpt-5.4"_s);
    QCOMPARE(o->mode, webapp::InstrumentationMode::Scoped);
    QVERIFY(!o->headless);
    QVERIFY(o->token.isEmpty());
    QVERIFY(o->logPromptAndResponse);
    QCOMPARE(o->maxTokensParameter, providers::MaxTokensSetting::Auto);
    QCOMPARE(o->maxRetries, 2);
}

void TestServerOptions::accepted()
{
    const base::Result<backend::ServerOptions> o = backend::ServerOptions::parse({u"costbench"_s,
                                                                                  u"--headless"_s,
                                                                                  u"--port"_s,
                                                                                  u"0"_s,
                                                                                  u"--bind"_s,
                                                                                  u"0.0.0.0"_s,
                                                                                  u"--token"_s,
                                                                                  u"t"_s,
                                                                                  u"--data-dir"_s,
                                                                                  u"/tmp/x"_s,
                                                                                  u"--provider"_s,
                                                                                  u"openai"_s,
                                                                                  u"--model"_s,
                                                                                  u"gpt-5.4-mini"_s,
                                                                                  u"--mode"_s,
                                                                                  u"global"_s,
                                                                                  u"--sim-latency-ms"_s,
                                                                                  u"5"_s,
                                                                                  u"--sim-fail-rate"_s,
                                                                                  u"0.25"_s,
                                                                                  u"--prices"_s,
                                                                                  u"p.json"_s,
                                                                                  u"--max-tokens-parameter"_s,
                                                                                  u"max_tokens"_s,
                                                                                  u"--max-retries"_s,
                                                                                  u"0"_s,
                                                                                  u"--no-prompt-logging"_s});
    QVERIFY2(o.ok(), qPrintable(o.ok() ? QString() : o.error().message));
    QVERIFY(o->headless);
    QCOMPARE(o->port, 0);
    QCOMPARE(o->bind, QHostAddress(u"0.0.0.0"_s));
    QCOMPARE(o->token, u"t"_s);
    QCOMPARE(o->dataDir, u"/tmp/x"_s);
    QCOMPARE(o->provider, backend::ProviderKind::OpenAI);
    QCOMPARE(o->model, u"gpt-5.4-mini"_s);
    QCOMPARE(o->mode, webapp::InstrumentationMode::Global);
    QCOMPARE(o->simLatencyMs, 5);
    QCOMPARE(o->simFailRate, 0.25);
    QCOMPARE(o->pricesFile, u"p.json"_s);
    QVERIFY(!o->logPromptAndResponse);
    QCOMPARE(o->maxTokensParameter, providers::MaxTokensSetting::MaxTokens);
    QCOMPARE(o->maxRetries, 0);
    const base::Result<backend::ServerOptions> completion = backend::ServerOptions::parse(
        {u"costbench"_s, u"--max-tokens-parameter"_s, u"max_completion_tokens"_s, u"--max-retries"_s, u"10"_s});
    QVERIFY(completion.ok());
    QCOMPARE(completion->maxTokensParameter, providers::MaxTokensSetting::MaxCompletionTokens);
    QCOMPARE(completion->maxRetries, 10);
    QCOMPARE(o->retentionBytes, backend::ServerOptions::DefaultRetentionBytes);
}

void TestServerOptions::retentionSizes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("bytes");
    QTest::newRow("bytes") << u"1048576"_s << (qint64(1) << 20);
    QTest::newRow("K") << u"4096K"_s << (qint64(4) << 20);
    QTest::newRow("M") << u"500M"_s << (qint64(500) << 20);
    QTest::newRow("G") << u"2G"_s << (qint64(2) << 30);
    QTest::newRow("GB, lower case") << u"2gb"_s << (qint64(2) << 30);
    QTest::newRow("fraction") << u"1.5G"_s << (qint64(3) << 29);
    QTest::newRow("T") << u"1T"_s << (qint64(1) << 40);
}

void TestServerOptions::retentionSizes()
{
    QFETCH(QString, text);
    QFETCH(qint64, bytes);
    const base::Result<backend::ServerOptions> o =
        backend::ServerOptions::parse({u"costbench"_s, u"--retention-bytes"_s, text});
    QVERIFY2(o.ok(), qPrintable(o.ok() ? QString() : o.error().message));
    QCOMPARE(o->retentionBytes, bytes);
    QCOMPARE(backend::ServerOptions::sizeFromText(backend::ServerOptions::sizeText(bytes)), bytes);
}

void TestServerOptions::refused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("port not a number") << QStringList{u"--port"_s, u"http"_s} << u"--port"_s;
    QTest::newRow("port too big") << QStringList{u"--port"_s, u"70000"_s} << u"--port"_s;
    QTest::newRow("bind not an address") << QStringList{u"--bind"_s, u"nowhere"_s} << u"--bind"_s;
    QTest::newRow("public bind without token") << QStringList{u"--bind"_s, u"0.0.0.0"_s} << u"--token"_s;
    QTest::newRow("unknown provider") << QStringList{u"--provider"_s, u"claude"_s} << u"--provider"_s;
    QTest::newRow("unknown mode") << QStringList{u"--mode"_s, u"both"_s} << u"--mode"_s;
    QTest::newRow("negative latency") << QStringList{u"--sim-latency-ms"_s, u"-1"_s} << u"--sim-latency-ms"_s;
    QTest::newRow("fail rate above 1") << QStringList{u"--sim-fail-rate"_s, u"1.5"_s} << u"--sim-fail-rate"_s;
    QTest::newRow("fail rate not a number") << QStringList{u"--sim-fail-rate"_s, u"half"_s} << u"--sim-fail-rate"_s;
    QTest::newRow("empty model") << QStringList{u"--model"_s, u" "_s} << u"--model"_s;
    QTest::newRow("unknown max-tokens parameter")
        << QStringList{u"--max-tokens-parameter"_s, u"max_output_tokens"_s} << u"--max-tokens-parameter"_s;
    QTest::newRow("negative retries") << QStringList{u"--max-retries"_s, u"-1"_s} << u"--max-retries"_s;
    QTest::newRow("too many retries") << QStringList{u"--max-retries"_s, u"11"_s} << u"--max-retries"_s;
    QTest::newRow("retries not a number") << QStringList{u"--max-retries"_s, u"twice"_s} << u"--max-retries"_s;
    QTest::newRow("retention not a size") << QStringList{u"--retention-bytes"_s, u"big"_s} << u"--retention-bytes"_s;
    QTest::newRow("retention under 1M") << QStringList{u"--retention-bytes"_s, u"1023K"_s} << u"--retention-bytes"_s;
    QTest::newRow("retention negative") << QStringList{u"--retention-bytes"_s, u"-2G"_s} << u"--retention-bytes"_s;
    QTest::newRow("retention unknown unit") << QStringList{u"--retention-bytes"_s, u"2X"_s} << u"--retention-bytes"_s;
    QTest::newRow("retention over a petabyte")
        << QStringList{u"--retention-bytes"_s, u"2000T"_s} << u"--retention-bytes"_s;
    QTest::newRow("unknown option") << QStringList{u"--colour"_s} << u"colour"_s;
    QTest::newRow("stray argument") << QStringList{u"serve"_s} << u"serve"_s;
}

void TestServerOptions::refused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    arguments.prepend(u"costbench"_s);
    const base::Result<backend::ServerOptions> o = backend::ServerOptions::parse(arguments);
    QVERIFY(!o.ok());
    QVERIFY2(o.error().message.contains(mentions), qPrintable(o.error().message));
}

QTEST_GUILESS_MAIN(TestServerOptions)
#include "tst_serveroptions.moc"
