// Per-call xProxy-* headers end to end: POST /documents passes the request's xProxy-* headers on to
// the provider call as the SDK's extra_headers, and the stored event is attributed as the Pay-i SDK
// would attribute that call inside the create handler's @track("create_document") scope. Each of the
// 13 headers the SDK reads, present with a value and present empty (tests/providers/
// sdk-conformance.json holds the rules with the SDK lines they follow).
#include "RunningBackend.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestProxyHeaders : public QObject
{
    Q_OBJECT
private slots:
    void attributedAsTheSdkWould_data();
    void attributedAsTheSdkWould();

private:
    QTemporaryDir m_dir;
};

void TestProxyHeaders::attributedAsTheSdkWould_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    // The stored event's attribution without origins and notes. Every request also sends X-User-Id:
    // alice and X-Limit-Ids: @limit (a block limit made for the row). "@scope" is the use_case_id
    // the create scope generated; "@limit" the limit's id.
    QTest::addColumn<QString>("expected");
    // Costbench's account of a field the headers cleared or overrode ("field": "reason"), or {}.
    QTest::addColumn<QString>("notes");

    const QString scope = uR"("use_case_name":"create_document","use_case_id":"@scope","user_id":"alice",)"
                          uR"("limit_ids":["@limit"],"log_prompt_and_response":true)"_s;
    const auto with = [&](const QString &fields) { return u"{"_s + scope + fields + u"}"_s; };
    const QString withoutUseCase = uR"({"user_id":"alice","limit_ids":["@limit"],"log_prompt_and_response":true})"_s;

    QTest::newRow("UseCase-Name") << "xProxy-UseCase-Name"_ba
                                  << "b"_ba
                                  << uR"({"use_case_name":"b","user_id":"alice","limit_ids":["@limit"],)"
                                     uR"("log_prompt_and_response":true})"_s
                                  << uR"({"use_case_id":"use_case_name_header"})"_s;
    QTest::newRow("UseCase-Name empty")
        << "xProxy-UseCase-Name"_ba
        << ""_ba << withoutUseCase
        << uR"({"use_case_id":"empty_use_case_name","use_case_name":"empty_use_case_name"})"_s;
    QTest::newRow("UseCase-ID") << "xProxy-UseCase-ID"_ba
                                << "h"_ba << with({}) << uR"({"use_case_id":"context_use_case"})"_s;
    QTest::newRow("UseCase-ID empty") << "xProxy-UseCase-ID"_ba
                                      << ""_ba << with({}) << u"{}"_s;
    QTest::newRow("UseCase-Version") << "xProxy-UseCase-Version"_ba
                                     << "4"_ba << with(u",\"use_case_version\":4"_s) << u"{}"_s;
    QTest::newRow("UseCase-Version empty") << "xProxy-UseCase-Version"_ba
                                           << ""_ba << with({}) << u"{}"_s;
    QTest::newRow("UseCase-Step") << "xProxy-UseCase-Step"_ba
                                  << "draft"_ba << with(u",\"use_case_step\":\"draft\""_s) << u"{}"_s;
    QTest::newRow("UseCase-Step empty") << "xProxy-UseCase-Step"_ba
                                        << ""_ba << with({}) << u"{}"_s;
    QTest::newRow("UseCase-Properties") << "xProxy-UseCase-Properties"_ba
                                        << R"({"tier":"gold"})"_ba
                                        << with(u",\"use_case_properties\":{\"tier\":\"gold\"}"_s) << u"{}"_s;
    QTest::newRow("UseCase-Properties base64")
        << "xProxy-UseCase-Properties"_ba << QByteArray(R"({"tier":"gold"})").toBase64()
        << with(u",\"use_case_properties\":{\"tier\":\"gold\"}"_s) << u"{}"_s;
    QTest::newRow("UseCase-Properties empty") << "xProxy-UseCase-Properties"_ba
                                              << ""_ba << with({}) << u"{}"_s;
    QTest::newRow("User-ID") << "xProxy-User-ID"_ba
                             << "h"_ba << with({}).replace(u"\"user_id\":\"alice\""_s, u"\"user_id\":\"h\""_s)
                             << u"{}"_s;
    QTest::newRow("User-ID empty") << "xProxy-User-ID"_ba
                                   << ""_ba << with({}).remove(u"\"user_id\":\"alice\","_s)
                                   << uR"({"user_id":"empty_value"})"_s;
    QTest::newRow("Account-Name") << "xProxy-Account-Name"_ba
                                  << "acme"_ba << with(u",\"account_name\":\"acme\""_s) << u"{}"_s;
    QTest::newRow("Account-Name empty") << "xProxy-Account-Name"_ba
                                        << ""_ba << with({}) << u"{}"_s;
    QTest::newRow("Limit-IDs") << "xProxy-Limit-IDs"_ba
                               << "@limit,other"_ba << with({}).replace(u"[\"@limit\"]"_s, u"[\"@limit\",\"other\"]"_s)
                               << u"{}"_s;
    QTest::newRow("Limit-IDs empty") << "xProxy-Limit-IDs"_ba
                                     << ""_ba << with({}).remove(u"\"limit_ids\":[\"@limit\"],"_s)
                                     << uR"({"limit_ids":"empty_value"})"_s;
    QTest::newRow("Request-Properties") << "xProxy-Request-Properties"_ba
                                        << R"({"ticket":"42"})"_ba
                                        << with(u",\"request_properties\":{\"ticket\":\"42\"}"_s) << u"{}"_s;
    QTest::newRow("Request-Properties empty") << "xProxy-Request-Properties"_ba
                                              << ""_ba << with({}) << u"{}"_s;
    QTest::newRow("PriceAs-Category") << "xProxy-PriceAs-Category"_ba
                                      << "system.azureopenai"_ba
                                      << with(u",\"price_as_category\":\"system.azureopenai\""_s) << u"{}"_s;
    QTest::newRow("PriceAs-Category empty") << "xProxy-PriceAs-Category"_ba
                                            << ""_ba << with({}) << u"{}"_s;
    QTest::newRow("PriceAs-Resource") << "xProxy-PriceAs-Resource"_ba
                                      << "gpt-5.4-mini"_ba << with(u",\"price_as_resource\":\"gpt-5.4-mini\""_s)
                                      << u"{}"_s;
    QTest::newRow("PriceAs-Resource empty") << "xProxy-PriceAs-Resource"_ba
                                            << ""_ba << with({}) << u"{}"_s;
    QTest::newRow("Resource-Scope") << "xProxy-Resource-Scope"_ba
                                    << "global"_ba << with(u",\"resource_scope\":\"global\""_s) << u"{}"_s;
    QTest::newRow("Resource-Scope empty") << "xProxy-Resource-Scope"_ba
                                          << ""_ba << with({}) << u"{}"_s;
    QTest::newRow("Logging-Disable") << "xProxy-Logging-Disable"_ba
                                     << "True"_ba
                                     << with({}).replace(u"\"log_prompt_and_response\":true"_s,
                                                         u"\"log_prompt_and_response\":false"_s)
                                     << u"{}"_s;
    QTest::newRow("Logging-Disable empty")
        << "xProxy-Logging-Disable"_ba
        << ""_ba << with({}).replace(u"\"log_prompt_and_response\":true"_s, u"\"log_prompt_and_response\":false"_s)
        << u"{}"_s;
    QTest::newRow("name in lower case") << "xproxy-user-id"_ba
                                        << "h"_ba
                                        << with({}).replace(u"\"user_id\":\"alice\""_s, u"\"user_id\":\"h\""_s)
                                        << u"{}"_s;
}

void TestProxyHeaders::attributedAsTheSdkWould()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    QFETCH(QString, expected);
    QFETCH(QString, notes);

    auto s = RunningBackend::start(m_dir.filePath(QString::fromLatin1(QTest::currentDataTag())));
    QVERIFY(s);
    const HttpProbe::Reply limit =
        s->call("POST", u"/limits"_s, R"({"limit_name":"row","max":"100","limit_type":"block"})");
    QCOMPARE(limit.status, 201);
    const QByteArray limitId = limit.json().value(u"limit_id"_s).toString().toUtf8();
    QVERIFY(!limitId.isEmpty());

    const HttpProbe::Reply created = s->call(
        "POST", u"/documents"_s, R"({"prompt":"autumn leaves"})",
        {{"X-User-Id", "alice"}, {"X-Limit-Ids", limitId}, {header, QByteArray(value).replace("@limit", limitId)}});
    QCOMPARE(created.status, 201);

    const QJsonArray events = s->call("GET", u"/events?after=0&limit=10"_s).json().value(u"events"_s).toArray();
    QCOMPARE(events.size(), 1);
    QJsonObject attribution = events.first().toObject().value(u"attribution"_s).toObject();
    attribution.remove(u"origins"_s);
    QJsonObject gotNotes;
    const QJsonObject notesJson = attribution.take(u"notes"_s).toObject();
    for (auto it = notesJson.begin(); it != notesJson.end(); ++it)
        gotNotes.insert(it.key(), it.value().toObject().value(u"reason"_s));

    QJsonObject want =
        QJsonDocument::fromJson(expected.replace(u"@limit"_s, QString::fromUtf8(limitId)).toUtf8()).object();
    if (want.value(u"use_case_id"_s) == u"@scope"_s) {
        QVERIFY(!attribution.value(u"use_case_id"_s).toString().isEmpty());
        QVERIFY(attribution.value(u"use_case_id"_s) != QString::fromUtf8(value));
        want.insert(u"use_case_id"_s, attribution.value(u"use_case_id"_s));
    }
    QCOMPARE(attribution, want);
    QCOMPARE(gotNotes, QJsonDocument::fromJson(notes.toUtf8()).object());
    // The audit expects what the headers say: a call that follows them is not misattributed.
    QCOMPARE(s->call("GET", u"/audit"_s).json().value(u"misattributed"_s).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestProxyHeaders)
#include "tst_proxyheaders.moc"
