#include "payi/Instrumentation.h"
#include "payi/PriceTable.h"

#include <QFile>
#include <QTest>

using namespace payi;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(payi::MaxTokensParameter)

namespace {
const QByteArray Table = R"({"version": "2026-11-29", "currency": "usd", "resources": {
  "gpt-5.4": {"category": "system.openai", "units": {
      "text": {"input": "2.50", "output": "15.00"},
      "text_cache_read": {"input": "0.25"}}},
  "claude-sonnet-4-5": {"category": "system.anthropic", "units": {
      "text": {"input": "3.00", "output": "15.00"},
      "text_cache_write": {"input": "3.75"}}}}})";
} // namespace

class TestPriceTable : public QObject
{
    Q_OBJECT
private slots:
    void cost_data();
    void cost();
    void malformed_data();
    void malformed();
    void worstCase();
    void shippedTableLoads();
    void maxTokensParameter_data();
    void maxTokensParameter();
    void unknownResourceWarnsOnce();
};

void TestPriceTable::cost_data()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QString>("unitType");
    QTest::addColumn<qint64>("input");
    QTest::addColumn<qint64>("output");
    QTest::addColumn<QString>("total");
    QTest::addColumn<bool>("unknown");
    QTest::newRow("one input token") << u"gpt-5.4"_s << u"text"_s << 1LL << 0LL << u"0.0000025"_s << false;
    QTest::newRow("one output token") << u"gpt-5.4"_s << u"text"_s << 0LL << 1LL << u"0.000015"_s << false;
    QTest::newRow("a million each") << u"gpt-5.4"_s << u"text"_s << 1'000'000LL << 1'000'000LL << u"17.5"_s << false;
    QTest::newRow("cached input") << u"gpt-5.4"_s << u"text_cache_read"_s << 1000LL << 0LL << u"0.00025"_s << false;
    QTest::newRow("unpriced type falls back to text")
        << u"gpt-5.4"_s << u"reasoning"_s << 0LL << 10LL << u"0.00015"_s << false;
    QTest::newRow("cache write") << u"claude-sonnet-4-5"_s << u"text_cache_write"_s << 1000LL << 0LL << u"0.00375"_s
                                 << false;
    QTest::newRow("unknown resource is zero, flagged") << u"gpt-9"_s << u"text"_s << 1000LL << 1000LL << u"0"_s << true;
}

void TestPriceTable::cost()
{
    QFETCH(QString, resource);
    QFETCH(QString, unitType);
    QFETCH(qint64, input);
    QFETCH(qint64, output);
    QFETCH(QString, total);
    QFETCH(bool, unknown);
    const base::Result<PriceTable> table = PriceTable::fromJson(Table);
    QVERIFY(table.ok());
    Units units;
    units.insert(unitType, UnitCount{input, output});
    PriceProvenance provenance;
    const base::Result<Cost> cost = table->cost(resource, units, &provenance);
    QVERIFY(cost.ok());
    QCOMPARE(cost->total.toString(), total);
    QCOMPARE(cost->input.pico() + cost->output.pico(), cost->total.pico());
    QCOMPARE(provenance.unknownResource, unknown);
    QCOMPARE(provenance.tableVersion, u"2026-11-29"_s);
}

void TestPriceTable::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("place");
    QTest::newRow("not json") << QByteArray("{") << u"offset"_s;
    QTest::newRow("array") << QByteArray("[]") << u"(top)"_s;
    QTest::newRow("no version") << QByteArray(R"({"currency":"usd","resources":{}})") << u"version"_s;
    QTest::newRow("euro") << QByteArray(R"({"version":"1","currency":"eur","resources":{}})") << u"currency"_s;
    QTest::newRow("no resources") << QByteArray(R"({"version":"1","currency":"usd"})") << u"resources"_s;
    QTest::newRow("no category") << QByteArray(
        R"({"version":"1","currency":"usd","resources":{"m":{"units":{"text":{"input":"1"}}}}})")
                                 << u"resources.m.category"_s;
    QTest::newRow("price as number") << QByteArray(
        R"({"version":"1","currency":"usd","resources":{"m":{"category":"c","units":{"text":{"input":1.25}}}}})")
                                     << u"resources.m.units.text.input"_s;
    QTest::newRow("price not a decimal") << QByteArray(
        R"({"version":"1","currency":"usd","resources":{"m":{"category":"c","units":{"text":{"output":"abc"}}}}})")
                                         << u"resources.m.units.text.output"_s;
    QTest::newRow("too precise") << QByteArray(
        R"({"version":"1","currency":"usd","resources":{"m":{"category":"c","units":{"text":{"input":"0.0000001"}}}}})")
                                 << u"resources.m.units.text.input"_s;
    QTest::newRow("negative") << QByteArray(
        R"({"version":"1","currency":"usd","resources":{"m":{"category":"c","units":{"text":{"input":"-1"}}}}})")
                              << u"resources.m.units.text.input"_s;
    QTest::newRow("no text price") << QByteArray(
        R"({"version":"1","currency":"usd","resources":{"m":{"category":"c","units":{"reasoning":{"output":"1"}}}}})")
                                   << u"resources.m.units"_s;
    QTest::newRow("unknown max_tokens_parameter") << QByteArray(
        R"({"version":"1","currency":"usd","resources":{"m":{"category":"c","max_tokens_parameter":"max_output_tokens",
        "units":{"text":{"input":"1"}}}}})") << u"resources.m.max_tokens_parameter"_s;
    QTest::newRow("max_tokens_parameter not a string") << QByteArray(
        R"({"version":"1","currency":"usd","resources":{"m":{"category":"c","max_tokens_parameter":true,
        "units":{"text":{"input":"1"}}}}})") << u"resources.m.max_tokens_parameter"_s;
    QTest::newRow("empty unit") << QByteArray(
        R"({"version":"1","currency":"usd","resources":{"m":{"category":"c","units":{"text":{}}}}})")
                                << u"resources.m.units.text"_s;
}

void TestPriceTable::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, place);
    const base::Result<PriceTable> table = PriceTable::fromJson(json);
    QVERIFY(!table.ok());
    QCOMPARE(table.error().code, u"invalid_price_table"_s);
    QVERIFY2(table.error().message.startsWith(place), qPrintable(table.error().message));
}

void TestPriceTable::worstCase()
{
    const base::Result<PriceTable> table = PriceTable::fromJson(Table);
    // 1000 input at the highest input price (3.75 cache write) + 100 output at 15.
    QCOMPARE(table->worstCase(u"claude-sonnet-4-5"_s, 1000, 100)->toString(), u"0.00525"_s);
    QCOMPARE(table->worstCase(u"gpt-5.4"_s, 1000, 100)->toString(), u"0.004"_s);
    QVERIFY(table->worstCase(u"unknown"_s, 1000, 100)->isZero());
    QVERIFY(!table->worstCase(u"gpt-5.4"_s, std::numeric_limits<qint64>::max(), 1).ok());
}

void TestPriceTable::shippedTableLoads()
{
    const base::Result<PriceTable> table = PriceTable::fromFile(QStringLiteral(COSTBENCH_PRICES_JSON));
    QVERIFY2(table.ok(), qPrintable(table.ok() ? QString() : table.error().message));
    for (const QString &model : {u"gpt-5.4"_s, u"gpt-5.4-mini"_s, u"claude-sonnet-4-5"_s}) {
        const ResourcePrice *p = table->find(model);
        QVERIFY2(p, qPrintable(model));
        QVERIFY(!p->source.isEmpty());
        QVERIFY(!p->date.isEmpty());
    }
    QCOMPARE(table->find(u"gpt-5.4"_s)->units.value(u"text"_s).input->pico(), 2'500'000LL);
    // OpenAI refuses max_tokens for gpt-5.x: the shipped table says so of each.
    int gpt5 = 0;
    for (const auto &[name, price] : table->resources()) {
        if (!name.startsWith(u"gpt-5"_s))
            continue;
        ++gpt5;
        QCOMPARE(price.maxTokensParameter, std::optional(MaxTokensParameter::MaxCompletionTokens));
    }
    QVERIFY(gpt5 >= 6);
}

void TestPriceTable::maxTokensParameter_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<MaxTokensParameter>("parameter");
    const auto mt = MaxTokensParameter::MaxTokens;
    const auto mct = MaxTokensParameter::MaxCompletionTokens;
    // The table's entries.
    QTest::newRow("marked max_completion_tokens") << u"gpt-4.1-strict"_s << mct;
    QTest::newRow("marked max_tokens, a name that would say otherwise") << u"o3-local"_s << mt;
    QTest::newRow("priced, unmarked: by name") << u"gpt-5.4"_s << mct;
    QTest::newRow("priced, unmarked, not gpt-5 or o-series") << u"claude-sonnet-4-5"_s << mt;
    // Models the table lacks: by name.
    for (const char *name :
         {"gpt-5", "gpt-5.1", "gpt-5.5", "gpt-5-mini", "gpt-5.4-nano", "o1", "o1-mini", "o3", "o3-mini", "o4-mini"})
        QTest::addRow("unpriced %s", name) << QString::fromLatin1(name) << mct;
    for (const char *name : {"gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-50", "gpt-5x", "llama3.2", "omni", "o", ""})
        QTest::addRow("unpriced \"%s\"", name) << QString::fromLatin1(name) << mt;
}

void TestPriceTable::maxTokensParameter()
{
    QFETCH(QString, model);
    QFETCH(MaxTokensParameter, parameter);
    QByteArray json = Table;
    json.replace(R"("resources": {)", R"("resources": {
      "gpt-4.1-strict": {"category": "system.openai", "max_tokens_parameter": "max_completion_tokens",
                         "units": {"text": {"input": "2", "output": "8"}}},
      "o3-local": {"category": "system.local", "max_tokens_parameter": "max_tokens",
                   "units": {"text": {"input": "0", "output": "0"}}},)");
    const base::Result<PriceTable> table = PriceTable::fromJson(json);
    QVERIFY2(table.ok(), qPrintable(table.ok() ? QString() : table.error().message));
    QCOMPARE(table->maxTokensParameter(model), parameter);
    // The property survives GET /prices and PUT /prices: toJson() reads back as the same table.
    const QJsonObject written = table->toJson();
    QCOMPARE(written.value(u"resources"_s).toObject().value(u"o3-local"_s).toObject().value(u"max_tokens_parameter"_s),
             QJsonValue(u"max_tokens"_s));
    QVERIFY(
        !written.value(u"resources"_s).toObject().value(u"gpt-5.4"_s).toObject().contains(u"max_tokens_parameter"_s));
    QCOMPARE(*PriceTable::fromJson(written), *table);
}

void TestPriceTable::unknownResourceWarnsOnce()
{
    Config c;
    c.globalInstrumentation = true;
    c.prices = std::make_shared<const PriceTable>(*PriceTable::fromJson(Table));
    Instrumentation in(c);
    // One warning for the first call; any further warning fails the test.
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"no price for resource \"?mystery-model"_s));
    for (int i = 0; i < 3; ++i) {
        CallStart s;
        s.resource = u"mystery-model"_s;
        CallOutcome o;
        o.units.insert(unit::text(), UnitCount{100, 100});
        const CallEvent e = in.begin(s).finish(o);
        QVERIFY(e.price.unknownResource);
        QVERIFY(e.cost.total.isZero());
    }
}

QTEST_GUILESS_MAIN(TestPriceTable)
#include "tst_pricetable.moc"
