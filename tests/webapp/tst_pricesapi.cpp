// GET and PUT /prices through real HTTP on loopback: the price table in use, in the format of
// resources/prices.json, read and replaced by a client as the window does.
#include "RunningBackend.h"

#include "ledger/Ledger.h"
#include "payi/PriceTable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray shippedTable()
{
    QFile file(u":/costbench/prices.json"_s);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A table of one model whose text unit costs what is given, per million units.
QByteArray oneModel(const QByteArray &model, const QByteArray &units)
{
    return R"({"version":"2027-01-01","currency":"usd","resources":{")" + model
           + R"(":{"category":"system.openai","units":)" + units + "}}}";
}

// The table a body stands for, as the file loader reads it.
payi::PriceTable tableOf(const QByteArray &json)
{
    const base::Result<payi::PriceTable> table = payi::PriceTable::fromJson(json);
    return table ? *table : payi::PriceTable();
}

} // namespace

class TestPricesApi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void getAnswersTheTableInUse();
    void putReplacesTheTable_data();
    void putReplacesTheTable();
    void badTableChangesNothing_data();
    void badTableChangesNothing();
    void documentCostedWithTheNewTable();
    void pricesNeedTheToken();
    void simulatedModelOutsideTheTableRefusedAtStart();

private:
    QTemporaryDir m_dir;
    // One backend for the rows: each checks the table before and after its own request.
    std::unique_ptr<RunningBackend> m_running;
};

void TestPricesApi::initTestCase()
{
    m_running = RunningBackend::start(m_dir.filePath(u"shared"_s));
    QVERIFY(m_running);
}

void TestPricesApi::cleanupTestCase()
{
    m_running.reset();
}

void TestPricesApi::getAnswersTheTableInUse()
{
    QTemporaryDir dir;
    auto s = RunningBackend::start(dir.path());
    QVERIFY(s);
    const HttpProbe::Reply reply = s->call("GET", u"/prices"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().keys(), (QStringList{u"currency"_s, u"resources"_s, u"version"_s}));
    const base::Result<payi::PriceTable> answered = payi::PriceTable::fromJson(reply.body);
    QVERIFY2(answered, qPrintable(answered ? QString() : answered.error().message));
    QCOMPARE(*answered, *s->instrumentation->prices());
    QCOMPARE(*answered, tableOf(shippedTable()));
}

void TestPricesApi::putReplacesTheTable_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("the shipped table") << shippedTable();
    QTest::newRow("one model, text only") << oneModel("m", R"({"text":{"input":"1.25","output":"10.00"}})");
    QTest::newRow("input-only and output-only units")
        << oneModel("m", R"({"text":{"input":"3"},"reasoning":{"output":"15"},"text_cache_read":{"input":"0.3"}})");
    QTest::newRow("six decimals per million") << oneModel("m", R"({"text":{"input":"0.000001","output":"0"}})");
    QTest::newRow("prices in the millions") << oneModel("m", R"({"text":{"input":"9000000","output":"1"}})");
    QTest::newRow("non-ASCII and quoted names") << oneModel("modèle \\\"ü\\\" ✓", R"({"text":{"input":"1"}})");
    QTest::newRow("no models") << QByteArray(R"({"version":"v","currency":"usd","resources":{}})");
    QTest::newRow("source and date kept")
        << QByteArray(R"({"version":"2027-02-02","currency":"usd","resources":{"m":{"category":"system.anthropic",
              "source":"https://example.com/pricing","date":"2027-02-01","units":{"text":{"input":"2","output":"4"}}}}})");
    QTest::newRow("unknown keys ignored")
        << QByteArray(R"({"version":"v2","currency":"usd","comment":"x","resources":{"m":{"category":"c","notes":1,
              "units":{"text":{"input":"1","output":"2","cached":"9"}}}}})");
}

void TestPricesApi::putReplacesTheTable()
{
    QFETCH(QByteArray, body);
    const payi::PriceTable expected = tableOf(body);
    QVERIFY(payi::PriceTable::fromJson(body));

    const HttpProbe::Reply put = m_running->call("PUT", u"/prices"_s, body);
    QCOMPARE(put.status, 200);
    QCOMPARE(tableOf(put.body), expected);
    QCOMPARE(*m_running->instrumentation->prices(), expected);
    // GET gives the same, and what it gives parses back to an equal table.
    const HttpProbe::Reply get = m_running->call("GET", u"/prices"_s);
    QCOMPARE(get.status, 200);
    QCOMPARE(get.json(), put.json());
    QCOMPARE(tableOf(get.body), expected);
    // Its output, put back, changes nothing.
    QCOMPARE(m_running->call("PUT", u"/prices"_s, get.body).json(), get.json());
}

void TestPricesApi::badTableChangesNothing_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const QByteArray text = R"({"text":{"input":"1","output":"2"}})";
    QTest::newRow("malformed JSON") << QByteArray(R"({"version":)") << 400 << u"invalid_json"_s;
    QTest::newRow("JSON array") << QByteArray("[]") << 400 << u"invalid_json"_s;
    QTest::newRow("empty body") << QByteArray() << 400 << u"invalid_json"_s;
    QTest::newRow("invalid UTF-8") << oneModel("\xff\xfe", text) << 400 << u"invalid_utf8"_s;
    QTest::newRow("version missing") << QByteArray(R"({"currency":"usd","resources":{}})") << 400 << u"missing_field"_s;
    QTest::newRow("version null") << QByteArray(R"({"version":null,"currency":"usd","resources":{}})") << 400
                                  << u"missing_field"_s;
    QTest::newRow("currency missing") << QByteArray(R"({"version":"v","resources":{}})") << 400 << u"missing_field"_s;
    QTest::newRow("resources missing") << QByteArray(R"({"version":"v","currency":"usd"})") << 400
                                       << u"missing_field"_s;
    QTest::newRow("version empty") << QByteArray(R"({"version":"","currency":"usd","resources":{}})") << 400
                                   << u"invalid_field"_s;
    QTest::newRow("version a number") << QByteArray(R"({"version":2027,"currency":"usd","resources":{}})") << 400
                                      << u"invalid_field"_s;
    QTest::newRow("currency eur") << QByteArray(R"({"version":"v","currency":"eur","resources":{}})") << 400
                                  << u"invalid_field"_s;
    QTest::newRow("resources a list") << QByteArray(R"({"version":"v","currency":"usd","resources":[]})") << 400
                                      << u"invalid_field"_s;
    QTest::newRow("model not an object") << QByteArray(R"({"version":"v","currency":"usd","resources":{"m":"1.25"}})")
                                         << 400 << u"invalid_field"_s;
    QTest::newRow("category missing") << QByteArray(R"({"version":"v","currency":"usd","resources":{"m":{"units":)"
                                                    + text + "}}}")
                                      << 400 << u"invalid_field"_s;
    QTest::newRow("units missing") << QByteArray(
        R"({"version":"v","currency":"usd","resources":{"m":{"category":"c"}}})")
                                   << 400 << u"invalid_field"_s;
    QTest::newRow("no text price") << oneModel("m", R"({"reasoning":{"output":"1"}})") << 400 << u"invalid_field"_s;
    QTest::newRow("unit with no price") << oneModel("m", R"({"text":{}})") << 400 << u"invalid_field"_s;
    QTest::newRow("price a number") << oneModel("m", R"({"text":{"input":1.25}})") << 400 << u"invalid_field"_s;
    QTest::newRow("price negative") << oneModel("m", R"({"text":{"input":"-1"}})") << 400 << u"invalid_field"_s;
    QTest::newRow("seven decimals per million")
        << oneModel("m", R"({"text":{"input":"0.0000001"}})") << 400 << u"invalid_field"_s;
    QTest::newRow("price not a decimal") << oneModel("m", R"({"text":{"input":"cheap"}})") << 400 << u"invalid_field"_s;
    QTest::newRow("price out of range") << oneModel("m", R"({"text":{"input":"99999999999"}})") << 400
                                        << u"invalid_field"_s;
    QTest::newRow("a good model, then a bad one")
        << QByteArray(R"({"version":"v","currency":"usd","resources":{"a":{"category":"c","units":)" + text
                      + R"(},"b":{"category":"c","units":{"text":{"input":"x"}}}}})")
        << 400 << u"invalid_field"_s;
    // The message names the place with the table's own names, cut short.
    QTest::newRow("long names of control characters")
        << oneModel(QByteArray(5000, '\x01').replace('\x01', "\\u0001"),
                    "{\"" + QByteArray(3000, '\x02').replace('\x02', "\\u0002") + "\":{\"input\":\""
                        + QByteArray(3000, '\x03').replace('\x03', "\\u0003") + "\"}}")
        << 400 << u"invalid_field"_s;
    QTest::newRow("body over 256 KiB") << oneModel("m", R"({"text":{"input":"1"}})")
                                              .replace("\"category\"",
                                                       "\"pad\":\"" + QByteArray(300'000, 'p') + "\",\"category\"")
                                       << 400 << u"invalid_field"_s;
    QTest::newRow("body over 1 MiB: the server's limit")
        << oneModel("m", R"({"text":{"input":"1"}})")
               .replace("\"category\"", "\"pad\":\"" + QByteArray(1024 * 1024, 'p') + "\",\"category\"")
        << 413 << u"payload_too_large"_s;
}

void TestPricesApi::badTableChangesNothing()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    const std::shared_ptr<const payi::PriceTable> before = m_running->instrumentation->prices();
    const QByteArray answeredBefore = m_running->call("GET", u"/prices"_s).body;

    const HttpProbe::Reply reply = m_running->call("PUT", u"/prices"_s, body);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorCode(), code);
    QVERIFY(!reply.json().value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
    QVERIFY2(reply.body.size() < 512, reply.body.left(600).constData());

    QCOMPARE(m_running->instrumentation->prices(), before);
    QCOMPARE(m_running->call("GET", u"/prices"_s).body, answeredBefore);
}

void TestPricesApi::documentCostedWithTheNewTable()
{
    QTemporaryDir dir;
    auto s = RunningBackend::start(dir.path());
    QVERIFY(s);
    const QString model = s->backend->options().model;
    QCOMPARE(s->call("POST", u"/documents"_s, R"({"prompt":"before"})").status, 201);

    // Every unit type at the text price: 100 USD per million input units, 200 per million output.
    const QByteArray table = R"({"version":"2027-test","currency":"usd","resources":{")" + model.toUtf8()
                             + R"(":{"category":"system.openai","units":{"text":{"input":"100","output":"200"}}}}})";
    QCOMPARE(s->call("PUT", u"/prices"_s, table).status, 200);
    const HttpProbe::Reply created = s->call("POST", u"/documents"_s, R"({"prompt":"after"})");
    QCOMPARE(created.status, 201);

    const QJsonArray events = s->call("GET", u"/events"_s).json().value(u"events"_s).toArray();
    QCOMPARE(events.size(), 2);
    const QJsonObject old = events.at(0).toObject();
    QCOMPARE(old.value(u"price"_s).toObject().value(u"table_version"_s).toString(), tableOf(shippedTable()).version());
    const QJsonObject event = events.at(1).toObject();
    QCOMPARE(event.value(u"price"_s).toObject().value(u"table_version"_s).toString(), u"2027-test"_s);
    QCOMPARE(event.value(u"request_id"_s), created.json().value(u"tracking"_s).toObject().value(u"request_id"_s));
    qint64 input = 0;
    qint64 output = 0;
    const QJsonObject units = event.value(u"units"_s).toObject();
    for (auto it = units.begin(); it != units.end(); ++it) {
        input += it.value().toObject().value(u"input"_s).toInteger();
        output += it.value().toObject().value(u"output"_s).toInteger();
    }
    QVERIFY(input > 0 && output > 0);
    constexpr qint64 PicoPerInputUnit = 100'000'000; // 100 USD per million
    const QJsonObject cost = created.json().value(u"tracking"_s).toObject().value(u"cost"_s).toObject();
    QCOMPARE(cost.value(u"input"_s).toString(), payi::Money::fromPico(input * PicoPerInputUnit).toString());
    QCOMPARE(cost.value(u"output"_s).toString(), payi::Money::fromPico(output * 2 * PicoPerInputUnit).toString());
}

// The simulated model answers 404 model_not_found for a model the price table lacks, as OpenAI
// does; a document app set to call one would fail every request, so the start says so instead.
void TestPricesApi::simulatedModelOutsideTheTableRefusedAtStart()
{
    QTemporaryDir dir;
    backend::ServerOptions options;
    options.port = 0;
    options.dataDir = dir.path();
    options.model = u"gpt-imaginary"_s;
    payi::Config config;
    config.prices = *backend::Backend::loadPrices(options);
    payi::Instrumentation instrumentation(config);
    const base::Result<std::unique_ptr<backend::Backend>> refused = backend::Backend::start(options, instrumentation);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, u"unknown_model"_s);
    QVERIFY2(refused.error().message.contains(u"gpt-5.4"_s), qPrintable(refused.error().message));
    QVERIFY2(!QFile::exists(dir.filePath(u"ledger.sqlite"_s)), "nothing was made");
}

void TestPricesApi::pricesNeedTheToken()
{
    QTemporaryDir dir;
    backend::ServerOptions options;
    options.token = u"s3cret"_s;
    auto s = RunningBackend::start(dir.path(), options);
    QVERIFY(s);
    const std::shared_ptr<const payi::PriceTable> before = s->instrumentation->prices();
    const QByteArray table = oneModel("m", R"({"text":{"input":"1"}})");
    QCOMPARE(s->call("GET", u"/prices"_s).status, 401);
    QCOMPARE(s->call("PUT", u"/prices"_s, table).status, 401);
    QCOMPARE(s->call("PUT", u"/prices"_s, table, {{"Authorization", "Bearer wrong"}}).status, 401);
    QCOMPARE(s->instrumentation->prices(), before);
    const HttpProbe::Headers token{{"Authorization", "Bearer s3cret"}};
    QCOMPARE(s->call("GET", u"/prices"_s, {}, token).status, 200);
    QCOMPARE(s->call("PUT", u"/prices"_s, table, token).status, 200);
    QCOMPARE(*s->instrumentation->prices(), tableOf(table));
}

QTEST_GUILESS_MAIN(TestPricesApi)
#include "tst_pricesapi.moc"
