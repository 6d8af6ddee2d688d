// The tracking rules, row for row against the Pay-i Python SDK 0.1.0-alpha.177 (Pay-i/pay-i-python
// at a2b19c2, src/payi/lib/instrument.py). Each row of sdk-conformance.json names the SDK function
// and lines its expected value comes from: an instrument() configuration, a stack of track /
// track_context scopes, the call's xProxy-* headers as a client gives them, the thread the call
// runs on, and the context the call is attributed to. The headers go through the provider layer's
// reader (ChatRequest::callHeaders), the context through payi::Instrumentation::resolve, as a call
// of providers::ChatClient does. Rows where Costbench deliberately differs carry "sdk_expect" (what
// the SDK does) and "differs" (the entry of docs/tracking-model.md that says why); sdk_oracle.py
// runs the same rows through the real SDK.
#include "payi/Instrumentation.h"
#include "providers/ChatRequest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <thread>

using namespace payi;
using namespace Qt::Literals::StringLiterals;

namespace {

Params toParams(const QJsonObject &o)
{
    Params p;
    const auto str = [&](const char *key, std::optional<QString> &slot) {
        if (o.contains(QLatin1String(key)))
            slot = o.value(QLatin1String(key)).toString();
    };
    const auto props = [&](const char *key, std::optional<Properties> &slot) {
        if (o.contains(QLatin1String(key)))
            slot = propertiesFromJson(o.value(QLatin1String(key)).toObject());
    };
    str("use_case_name", p.useCaseName);
    str("use_case_id", p.useCaseId);
    str("use_case_step", p.useCaseStep);
    str("user_id", p.userId);
    str("account_name", p.accountName);
    str("price_as_category", p.priceAsCategory);
    str("price_as_resource", p.priceAsResource);
    str("resource_scope", p.resourceScope);
    props("request_properties", p.requestProperties);
    props("use_case_properties", p.useCaseProperties);
    if (o.contains(QLatin1String("use_case_version")))
        p.useCaseVersion = o.value(QLatin1String("use_case_version")).toInt();
    if (o.contains(QLatin1String("limit_ids"))) {
        QStringList ids;
        for (const QJsonValue &id : o.value(QLatin1String("limit_ids")).toArray())
            ids.append(id.toString());
        p.limitIds = ids;
    }
    if (o.contains(QLatin1String("log_prompt_and_response")))
        p.logPromptAndResponse = o.value(QLatin1String("log_prompt_and_response")).toBool();
    return p;
}

// Opens the row's scopes one inside the other, recording the use_case_id each level resolves
// to, then resolves the call inside them all on the row's thread.
struct Nesting
{
    Instrumentation &instrumentation;
    QJsonArray scopes;
    Params headers;
    QString thread;           // "", "bind" (a pool task wrapped by payi::bind) or "thread" (a plain thread)
    QStringList idsByLevel{}; // level 0: outside every scope
    std::optional<Attribution> result{};

    void call()
    {
        const auto resolve = [this] { return instrumentation.resolve(CapturedContext::current(), headers); };
        if (thread == u"bind"_s) {
            auto task = payi::bind([&] { result = resolve(); });
            std::thread(task).join();
        } else if (thread == u"thread"_s) {
            std::thread([&] { result = resolve(); }).join();
        } else {
            result = resolve();
        }
    }

    void run(int level = 0)
    {
        const std::optional<Attribution> here = instrumentation.resolve(CapturedContext::current());
        idsByLevel.append(here ? here->useCaseId : QString());
        if (level == scopes.size())
            return call();
        const QJsonObject scope = scopes.at(level).toObject();
        if (scope.value(QLatin1String("kind")).toString() == u"track"_s)
            return track(toParams(scope), [&] { run(level + 1); });
        TrackContext context(toParams(scope));
        run(level + 1);
    }
};

QJsonArray loadTable()
{
    QFile file(QStringLiteral(COSTBENCH_CONFORMANCE_TABLE));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).array();
}

} // namespace

class TestSdkConformance : public QObject
{
    Q_OBJECT
private slots:
    void table();
    void rows_data();
    void rows();
};

void TestSdkConformance::table()
{
    const QJsonArray rows = loadTable();
    QVERIFY2(rows.size() >= 40, "the table holds at least 40 rows");
    for (const QJsonValue &row : rows) {
        const QJsonObject o = row.toObject();
        QVERIFY2(o.value(u"sdk"_s).toString().contains(QRegularExpression(u"\\(.*\\d+-\\d+.*\\)"_s)),
                 qPrintable(u"row \"%1\" names the SDK lines it follows"_s.arg(o.value(u"row"_s).toString())));
        QCOMPARE(o.contains(u"sdk_expect"_s), o.contains(u"differs"_s));
    }
}

void TestSdkConformance::rows_data()
{
    QTest::addColumn<QJsonObject>("row");
    for (const QJsonValue &row : loadTable())
        QTest::newRow(qPrintable(row[u"row"_s].toString())) << row.toObject();
}

void TestSdkConformance::rows()
{
    QFETCH(QJsonObject, row);

    Config config;
    config.globalInstrumentation = row.contains(u"global"_s);
    config.globalContext = toParams(row.value(u"global"_s).toObject());
    config.logPromptAndResponse = row.value(u"log"_s).toBool(true);
    Instrumentation instrumentation(config);

    providers::ChatRequest request;
    const QJsonObject headers = row.value(u"headers"_s).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        request.extraHeaders.append({it.key().toUtf8(), it.value().toString().toUtf8()});
    const base::Result<Params> callHeaders = request.callHeaders();

    QJsonObject want = row.value(u"expect"_s).toObject();
    if (want.contains(u"error"_s)) {
        QVERIFY(!callHeaders);
        QCOMPARE(callHeaders.error().code, want.value(u"error"_s).toString());
        QVERIFY(!callHeaders.error().message.isEmpty());
        return;
    }
    QVERIFY2(callHeaders, qPrintable(callHeaders ? QString() : callHeaders.error().message));

    Nesting nesting{instrumentation, row.value(u"scopes"_s).toArray(), *callHeaders, row.value(u"thread"_s).toString()};
    nesting.run();

    if (row.value(u"expect"_s).isNull()) {
        QVERIFY2(!nesting.result, "the call is not tracked");
        return;
    }
    QVERIFY2(nesting.result, "the call is tracked");
    if (!want.contains(u"log_prompt_and_response"_s))
        want.insert(u"log_prompt_and_response"_s, true);
    const QString wantId = want.value(u"use_case_id"_s).toString();
    if (wantId == u"@new"_s) {
        QVERIFY(!nesting.result->useCaseId.isEmpty());
        // New: made by the innermost scope (the last level) or the call, seen at no level before.
        QVERIFY2(!nesting.idsByLevel.mid(0, nesting.idsByLevel.size() - 1).contains(nesting.result->useCaseId),
                 "the generated id is new");
        want.insert(u"use_case_id"_s, nesting.result->useCaseId);
    } else if (wantId.startsWith(u'@')) {
        const QString atLevel = nesting.idsByLevel.value(wantId.mid(1).toInt());
        QVERIFY(!atLevel.isEmpty());
        want.insert(u"use_case_id"_s, atLevel);
    }
    QJsonObject got = nesting.result->toJson();
    got.remove(u"origins"_s);
    const QJsonObject notes = got.take(u"notes"_s).toObject();
    QCOMPARE(got, want);
    // Costbench's own account of why a field is absent or a header did not count (the inspector's
    // "cleared by …"): checked where a row states it.
    if (row.contains(u"notes"_s))
        QCOMPARE(notes, row.value(u"notes"_s).toObject());
}

QTEST_GUILESS_MAIN(TestSdkConformance)
#include "tst_sdkconformance.moc"
