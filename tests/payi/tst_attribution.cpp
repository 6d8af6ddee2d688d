// The nesting and precedence rules of docs/tracking-model.md, one row per rule: a global context
// (or none), a stack of scopes, per-call headers, and the context a call resolves to.
#include "payi/Instrumentation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace payi;
using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject parseObject(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

Properties toProperties(const QJsonValue &v)
{
    Properties p;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        p.insert(it.key(), it.value().toString());
    return p;
}

Params toParams(const QJsonObject &o)
{
    Params p;
    const auto str = [&](const char *key, std::optional<QString> &slot) {
        if (o.contains(QLatin1String(key)))
            slot = o.value(QLatin1String(key)).toString();
    };
    str("use_case_name", p.useCaseName);
    str("use_case_id", p.useCaseId);
    str("use_case_step", p.useCaseStep);
    str("user_id", p.userId);
    str("account_name", p.accountName);
    str("price_as_category", p.priceAsCategory);
    str("price_as_resource", p.priceAsResource);
    str("resource_scope", p.resourceScope);
    if (o.contains(QLatin1String("use_case_version")))
        p.useCaseVersion = o.value(QLatin1String("use_case_version")).toInt();
    if (o.contains(QLatin1String("limit_ids"))) {
        QStringList ids;
        for (const QJsonValue &id : o.value(QLatin1String("limit_ids")).toArray())
            ids.append(id.toString());
        p.limitIds = ids;
    }
    if (o.contains(QLatin1String("request_properties")))
        p.requestProperties = toProperties(o.value(QLatin1String("request_properties")));
    if (o.contains(QLatin1String("use_case_properties")))
        p.useCaseProperties = toProperties(o.value(QLatin1String("use_case_properties")));
    if (o.contains(QLatin1String("log_prompt_and_response")))
        p.logPromptAndResponse = o.value(QLatin1String("log_prompt_and_response")).toBool();
    return p;
}

// Opens the scopes of `stack` one inside the other, recording the use_case_id each level
// resolves to, then resolves a call made inside them all.
struct Nesting
{
    Instrumentation &instrumentation;
    QJsonArray stack;
    Params headers;
    QStringList idsByLevel; // level 0: outside every scope
    std::optional<Attribution> result;

    void run(int level = 0)
    {
        const std::optional<Attribution> here = instrumentation.resolve(CapturedContext::current());
        idsByLevel.append(here ? here->useCaseId : QString());
        if (level == stack.size()) {
            result = instrumentation.resolve(CapturedContext::current(), headers);
            return;
        }
        const QJsonObject scope = stack.at(level).toObject();
        const Params params = toParams(scope);
        if (scope.value(QLatin1String("kind")).toString() == QLatin1String("track"))
            track(params, [&] { run(level + 1); });
        else {
            TrackContext context(params);
            run(level + 1);
        }
    }
};

} // namespace

class TestAttribution : public QObject
{
    Q_OBJECT
private slots:
    void nesting_data();
    void nesting();
    void uniqueGeneratedIds();
};

void TestAttribution::nesting_data()
{
    QTest::addColumn<QString>("global");   // null: global instrumentation off
    QTest::addColumn<QString>("stack");    // scopes, outermost first
    QTest::addColumn<QString>("headers");  // per-call xProxy-* values
    QTest::addColumn<QString>("expected"); // null: not tracked. "@new": a generated id seen at no
                                           // earlier level; "@N": the id resolved at level N.

    // Use case name and id.
    QTest::newRow("track names a use case, new instance")
        << u"null"_s << uR"([{"kind":"track","use_case_name":"create_document"}])"_s << u"{}"_s
        << uR"({"use_case_name":"create_document","use_case_id":"@new"})"_s;
    QTest::newRow("track_context with a runtime id")
        << u"null"_s << uR"([{"kind":"context","use_case_name":"append_document","use_case_id":"doc-1"}])"_s << u"{}"_s
        << uR"({"use_case_name":"append_document","use_case_id":"doc-1"})"_s;
    QTest::newRow("same name nested keeps the parent's id")
        << u"null"_s << uR"([{"kind":"track","use_case_name":"a"},{"kind":"context","use_case_name":"a"}])"_s << u"{}"_s
        << uR"({"use_case_name":"a","use_case_id":"@1"})"_s;
    QTest::newRow("different name nested is a new instance")
        << u"null"_s << uR"([{"kind":"track","use_case_name":"a"},{"kind":"context","use_case_name":"b"}])"_s << u"{}"_s
        << uR"({"use_case_name":"b","use_case_id":"@new"})"_s;
    QTest::newRow("different name nested with an id takes it")
        << u"null"_s
        << uR"([{"kind":"track","use_case_name":"a"},{"kind":"context","use_case_name":"b","use_case_id":"x"}])"_s
        << u"{}"_s << uR"({"use_case_name":"b","use_case_id":"x"})"_s;
    QTest::newRow("same name with a new id replaces it")
        << u"null"_s
        << uR"([{"kind":"track","use_case_name":"a"},{"kind":"context","use_case_name":"a","use_case_id":"y"}])"_s
        << u"{}"_s << uR"({"use_case_name":"a","use_case_id":"y"})"_s;
    QTest::newRow("unset name inherits name and id")
        << u"null"_s << uR"([{"kind":"track","use_case_name":"a"},{"kind":"context","user_id":"u"}])"_s << u"{}"_s
        << uR"({"use_case_name":"a","use_case_id":"@1","user_id":"u"})"_s;
    QTest::newRow("empty name clears every use-case field")
        << u"null"_s
        << uR"([{"kind":"track","use_case_name":"a","use_case_version":3,"use_case_step":"s","use_case_properties":{"k":"v"}},{"kind":"context","use_case_name":""}])"_s
        << u"{}"_s << u"{}"_s;
    QTest::newRow("empty id with same name clears the id")
        << u"null"_s
        << uR"([{"kind":"track","use_case_name":"a"},{"kind":"context","use_case_name":"a","use_case_id":""}])"_s
        << u"{}"_s << uR"({"use_case_name":"a"})"_s;
    QTest::newRow("three levels keep the given id")
        << u"null"_s
        << uR"([{"kind":"track","use_case_name":"a"},{"kind":"context","use_case_name":"a","use_case_id":"X"},{"kind":"context","user_id":"u"}])"_s
        << u"{}"_s << uR"({"use_case_name":"a","use_case_id":"X","user_id":"u"})"_s;

    // Version, step and use-case properties live only while a use case is set.
    QTest::newRow("version without a use case is dropped")
        << u"null"_s << uR"([{"kind":"context","use_case_version":2,"user_id":"u"}])"_s << u"{}"_s
        << uR"({"user_id":"u"})"_s;
    QTest::newRow("step without a use case is dropped")
        << u"null"_s << uR"([{"kind":"context","use_case_step":"s1","user_id":"u"}])"_s << u"{}"_s
        << uR"({"user_id":"u"})"_s;
    QTest::newRow("use-case properties without a use case are dropped")
        << u"null"_s << uR"([{"kind":"context","use_case_properties":{"k":"v"},"user_id":"u"}])"_s << u"{}"_s
        << uR"({"user_id":"u"})"_s;
    QTest::newRow("version and step inherited in the same use case")
        << u"null"_s
        << uR"([{"kind":"track","use_case_name":"a","use_case_version":2,"use_case_step":"s1"},{"kind":"context","user_id":"u"}])"_s
        << u"{}"_s
        << uR"({"use_case_name":"a","use_case_id":"@1","use_case_version":2,"use_case_step":"s1","user_id":"u"})"_s;
    QTest::newRow("step empty clears the step")
        << u"null"_s
        << uR"([{"kind":"track","use_case_name":"a","use_case_step":"s1"},{"kind":"context","use_case_step":""}])"_s
        << u"{}"_s << uR"({"use_case_name":"a","use_case_id":"@1"})"_s;
    QTest::newRow("child version wins")
        << u"null"_s
        << uR"([{"kind":"track","use_case_name":"a","use_case_version":1},{"kind":"context","use_case_version":5}])"_s
        << u"{}"_s << uR"({"use_case_name":"a","use_case_id":"@1","use_case_version":5})"_s;
    QTest::newRow("use-case properties merge, child wins")
        << u"null"_s
        << uR"([{"kind":"track","use_case_name":"a","use_case_properties":{"k":"1","p":"x"}},{"kind":"context","use_case_properties":{"k":"2"}}])"_s
        << u"{}"_s << uR"({"use_case_name":"a","use_case_id":"@1","use_case_properties":{"k":"2","p":"x"}})"_s;
    QTest::newRow("use-case properties {} clears")
        << u"null"_s
        << uR"([{"kind":"track","use_case_name":"a","use_case_properties":{"k":"1"}},{"kind":"context","use_case_properties":{}}])"_s
        << u"{}"_s << uR"({"use_case_name":"a","use_case_id":"@1"})"_s;

    // Plain fields: inherit when unset, child wins, empty clears.
    QTest::newRow("user_id inherited")
        << u"null"_s << uR"([{"kind":"track","user_id":"u1"},{"kind":"context","account_name":"acme"}])"_s << u"{}"_s
        << uR"({"user_id":"u1","account_name":"acme"})"_s;
    QTest::newRow("user_id child wins") << u"null"_s
                                        << uR"([{"kind":"track","user_id":"u1"},{"kind":"context","user_id":"u2"}])"_s
                                        << u"{}"_s << uR"({"user_id":"u2"})"_s;
    QTest::newRow("user_id empty clears")
        << u"null"_s << uR"([{"kind":"track","user_id":"u1"},{"kind":"context","user_id":""}])"_s << u"{}"_s << u"{}"_s;
    QTest::newRow("account_name child wins")
        << u"null"_s << uR"([{"kind":"track","account_name":"a1"},{"kind":"context","account_name":"a2"}])"_s << u"{}"_s
        << uR"({"account_name":"a2"})"_s;
    QTest::newRow("price_as_resource inherited")
        << u"null"_s << uR"([{"kind":"track","price_as_resource":"gpt-5.4"},{"kind":"context","user_id":"u"}])"_s
        << u"{}"_s << uR"({"price_as_resource":"gpt-5.4","user_id":"u"})"_s;
    QTest::newRow("price_as_category child wins")
        << u"null"_s
        << uR"([{"kind":"track","price_as_category":"system.openai"},{"kind":"context","price_as_category":"system.anthropic"}])"_s
        << u"{}"_s << uR"({"price_as_category":"system.anthropic"})"_s;
    QTest::newRow("resource_scope empty clears")
        << u"null"_s << uR"([{"kind":"track","resource_scope":"global"},{"kind":"context","resource_scope":""}])"_s
        << u"{}"_s << u"{}"_s;
    QTest::newRow("log_prompt_and_response child wins")
        << u"null"_s << uR"([{"kind":"track","user_id":"u"},{"kind":"context","log_prompt_and_response":false}])"_s
        << u"{}"_s << uR"({"user_id":"u","log_prompt_and_response":false})"_s;

    // limit_ids: union; [] clears; unset inherits.
    QTest::newRow("limit_ids union")
        << u"null"_s << uR"([{"kind":"track","limit_ids":["a","b"]},{"kind":"context","limit_ids":["b","c"]}])"_s
        << u"{}"_s << uR"({"limit_ids":["a","b","c"]})"_s;
    QTest::newRow("limit_ids [] clears")
        << u"null"_s << uR"([{"kind":"track","limit_ids":["a"]},{"kind":"context","limit_ids":[]}])"_s << u"{}"_s
        << u"{}"_s;
    QTest::newRow("limit_ids unset inherits")
        << u"null"_s << uR"([{"kind":"track","limit_ids":["a"]},{"kind":"context","user_id":"u"}])"_s << u"{}"_s
        << uR"({"limit_ids":["a"],"user_id":"u"})"_s;

    // request_properties: map merge, child wins; {} clears.
    QTest::newRow("request_properties merge, child wins")
        << u"null"_s
        << uR"([{"kind":"track","request_properties":{"a":"1","b":"1"}},{"kind":"context","request_properties":{"b":"2"}}])"_s
        << u"{}"_s << uR"({"request_properties":{"a":"1","b":"2"}})"_s;
    QTest::newRow("request_properties {} clears")
        << u"null"_s
        << uR"([{"kind":"track","request_properties":{"a":"1"}},{"kind":"context","request_properties":{}}])"_s
        << u"{}"_s << u"{}"_s;

    // The global context: lowest precedence.
    QTest::newRow("global off and no scope: not tracked") << u"null"_s << u"[]"_s << u"{}"_s << u"null"_s;
    QTest::newRow("global on: the program's use case")
        << uR"({"use_case_name":"docs-app","user_id":"g"})"_s << u"[]"_s << u"{}"_s
        << uR"({"use_case_name":"docs-app","use_case_id":"@0","user_id":"g"})"_s;
    QTest::newRow("global on: track is a new instance over it")
        << uR"({"use_case_name":"docs-app","user_id":"g"})"_s << uR"([{"kind":"track","use_case_name":"a"}])"_s
        << u"{}"_s << uR"({"use_case_name":"a","use_case_id":"@new","user_id":"g"})"_s;
    QTest::newRow("global on: scope without a name keeps the global use case")
        << uR"({"use_case_name":"docs-app"})"_s << uR"([{"kind":"context","user_id":"u"}])"_s << u"{}"_s
        << uR"({"use_case_name":"docs-app","use_case_id":"@0","user_id":"u"})"_s;
    QTest::newRow("global limit_ids union with a scope's")
        << uR"({"use_case_name":"p","limit_ids":["g"]})"_s << uR"([{"kind":"context","limit_ids":["s"]}])"_s << u"{}"_s
        << uR"({"use_case_name":"p","use_case_id":"@0","limit_ids":["g","s"]})"_s;

    // Per-call headers: the highest precedence; limit_ids replace.
    QTest::newRow("header limit_ids replace, no union") << u"null"_s << uR"([{"kind":"track","limit_ids":["a","b"]}])"_s
                                                        << uR"({"limit_ids":["c"]})"_s << uR"({"limit_ids":["c"]})"_s;
    QTest::newRow("header user_id wins over every scope")
        << u"null"_s << uR"([{"kind":"track","user_id":"u1"},{"kind":"context","user_id":"u2"}])"_s
        << uR"({"user_id":"h"})"_s << uR"({"user_id":"h"})"_s;
    QTest::newRow("header use_case_id wins")
        << u"null"_s << uR"([{"kind":"track","use_case_name":"a"}])"_s << uR"({"use_case_id":"hid"})"_s
        << uR"({"use_case_name":"a","use_case_id":"hid"})"_s;
    QTest::newRow("empty header values change nothing")
        << u"null"_s << uR"([{"kind":"track","user_id":"u1","limit_ids":["a"]}])"_s
        << uR"({"user_id":"","limit_ids":[]})"_s << uR"({"user_id":"u1","limit_ids":["a"]})"_s;
    QTest::newRow("header properties replace")
        << u"null"_s << uR"([{"kind":"track","request_properties":{"a":"1"}}])"_s
        << uR"({"request_properties":{"b":"2"}})"_s << uR"({"request_properties":{"b":"2"}})"_s;
}

void TestAttribution::nesting()
{
    QFETCH(QString, global);
    QFETCH(QString, stack);
    QFETCH(QString, headers);
    QFETCH(QString, expected);

    Config config;
    config.globalInstrumentation = global != u"null"_s;
    if (config.globalInstrumentation)
        config.globalContext = toParams(parseObject(global));
    Instrumentation instrumentation(config);

    Nesting nesting{
        instrumentation, QJsonDocument::fromJson(stack.toUtf8()).array(), toParams(parseObject(headers)), {}, {}};
    nesting.run();

    if (expected == u"null"_s) {
        QVERIFY(!nesting.result);
        return;
    }
    QVERIFY(nesting.result);
    QJsonObject want = parseObject(expected);
    if (!want.contains(QLatin1String("log_prompt_and_response")))
        want.insert(QStringLiteral("log_prompt_and_response"), true);
    const QString wantId = want.value(QLatin1String("use_case_id")).toString();
    if (wantId == u"@new"_s) {
        QVERIFY(!nesting.result->useCaseId.isEmpty());
        QVERIFY2(!nesting.idsByLevel.mid(0, nesting.idsByLevel.size() - 1).contains(nesting.result->useCaseId),
                 "the generated id must be new");
        want.insert(QStringLiteral("use_case_id"), nesting.result->useCaseId);
    } else if (wantId.startsWith(u'@')) {
        const QString atLevel = nesting.idsByLevel.value(wantId.mid(1).toInt());
        QVERIFY(!atLevel.isEmpty());
        want.insert(QStringLiteral("use_case_id"), atLevel);
    }
    QJsonObject got = nesting.result->toJson();
    got.remove(QStringLiteral("origins"));
    QCOMPARE(got, want);
}

void TestAttribution::uniqueGeneratedIds()
{
    QSet<QString> ids;
    for (int i = 0; i < 10000; ++i)
        ids.insert(newUseCaseId());
    QCOMPARE(ids.size(), 10000);
    const QString id = *ids.cbegin();
    QVERIFY(!QUuid::fromString(id).isNull());
    QCOMPARE(QUuid::fromString(id).variant(), QUuid::DCE);
    QCOMPARE(id.at(14), u'7'); // version 7, time-ordered (RFC 9562): Qt 6.4's QUuid knows 1 to 5
    // Later ids sort later: the ledger's tables keyed by them grow at one end. An id leads with
    // the Unix time it was made, in milliseconds, as twelve lowercase hex digits: an id of a later
    // millisecond sorts later. The test reads that time back instead of waiting for one to pass.
    const qint64 startMs = QDateTime::currentMSecsSinceEpoch();
    const QString before = newUseCaseId();
    const qint64 endMs = QDateTime::currentMSecsSinceEpoch();
    QVERIFY2(QRegularExpression(u"^[0-9a-f]{8}-[0-9a-f]{4}-"_s).match(before).hasMatch(), qPrintable(before));
    bool hex = false;
    const qint64 madeMs = (before.left(8) + before.mid(9, 4)).toLongLong(&hex, 16);
    QVERIFY(hex);
    QVERIFY2(startMs <= madeMs && madeMs <= endMs,
             qPrintable(u"made at %1, between %2 and %3"_s.arg(madeMs).arg(startMs).arg(endMs)));
    // Ids made together share their leading time digits; their short forms still differ.
    QSet<QString> shortForms;
    for (int i = 0; i < 100; ++i)
        shortForms.insert(shortId(newUseCaseId()));
    QCOMPARE(shortForms.size(), 100);
    QCOMPARE(shortId(before).size(), 8);
    QVERIFY(before.endsWith(shortId(before)));
}

QTEST_GUILESS_MAIN(TestAttribution)
#include "tst_attribution.moc"
