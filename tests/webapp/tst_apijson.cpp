#include "webapp/DocumentJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The answer of the document endpoints is written directly, not through QJsonObject: it
// must parse to the shape docs/http-api.md gives, with every value as it was given.
class TestApiJson : public QObject
{
    Q_OBJECT
private slots:
    void documentAnswer_data();
    void documentAnswer();
};

void TestApiJson::documentAnswer_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("userId");
    QTest::addColumn<QStringList>("limitIds");
    QTest::addColumn<QStringList>("limitStates"); // one per limit id, by name
    QTest::addColumn<qint64>("inputPico");
    QTest::addColumn<qint64>("outputPico");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("total");

    QTest::newRow("no user, no limits") << u"A lighthouse."_s << QString() << QStringList() << QStringList()
                                        << qint64(77'500'000) << qint64(3'435'000'000) << u"0.0000775"_s
                                        << u"0.0035125"_s;
    QTest::newRow("two limits") << u"Two\nlines"_s << u"alice"_s << QStringList{u"lim-a"_s, u"lim-b"_s}
                                << QStringList{u"ok"_s, u"exceeded"_s} << qint64(1'000'000'000'000) << qint64(0)
                                << u"1"_s << u"1"_s;
    QTest::newRow("escapes and non-ASCII")
        << u"\"quoted\" \\ tab\t ✓ 😀 \u0001"_s << u"zoë \"x\""_s << QStringList{u"l\u00e9"_s}
        << QStringList{u"blocked"_s} << qint64(1) << qint64(2) << u"0.000000000001"_s << u"0.000000000003"_s;
    QTest::newRow("empty content") << QString() << u""_s << QStringList() << QStringList() << qint64(0) << qint64(0)
                                   << u"0"_s << u"0"_s;
}

void TestApiJson::documentAnswer()
{
    QFETCH(QString, content);
    QFETCH(QString, userId);
    QFETCH(QStringList, limitIds);
    QFETCH(QStringList, limitStates);
    QFETCH(qint64, inputPico);
    QFETCH(qint64, outputPico);
    QFETCH(QString, input);
    QFETCH(QString, total);

    payi::CallEvent event;
    event.requestId = u"req-1"_s;
    event.attribution.useCaseName = u"create_document"_s;
    event.attribution.useCaseId = u"doc-1"_s;
    event.attribution.userId = userId;
    event.attribution.limitIds = limitIds;
    for (qsizetype i = 0; i < limitIds.size(); ++i)
        event.limits.insert(limitIds[i], *payi::limitStateFromName(limitStates[i]));
    event.cost.input = payi::Money::fromPico(inputPico);
    event.cost.output = payi::Money::fromPico(outputPico);
    event.cost.total = payi::Money::fromPico(inputPico + outputPico);

    const net::HttpResponse response = webapp::api::documentAnswer(201, u"doc-1"_s, content, event);
    QCOMPARE(response.status(), 201);
    QCOMPARE(response.headers().value("Content-Type"), QByteArray("application/json"));
    QJsonParseError error{};
    const QJsonObject body = QJsonDocument::fromJson(response.body(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(body.keys(), (QStringList{u"content"_s, u"document_id"_s, u"tracking"_s}));
    QCOMPARE(body.value(u"content"_s).toString(), content);
    QCOMPARE(body.value(u"document_id"_s).toString(), u"doc-1"_s);

    const QJsonObject tracking = body.value(u"tracking"_s).toObject();
    QCOMPARE(tracking, webapp::api::trackingJson(event));
    QCOMPARE(tracking.keys(), (QStringList{u"cost"_s, u"limit_ids"_s, u"limits"_s, u"request_id"_s, u"use_case_id"_s,
                                           u"use_case_name"_s, u"user_id"_s}));
    QCOMPARE(tracking.value(u"request_id"_s).toString(), u"req-1"_s);
    QCOMPARE(tracking.value(u"use_case_name"_s).toString(), u"create_document"_s);
    QCOMPARE(tracking.value(u"use_case_id"_s).toString(), u"doc-1"_s);
    QCOMPARE(tracking.value(u"user_id"_s).toString(), userId);
    QCOMPARE(tracking.value(u"limit_ids"_s).toArray().toVariantList(), QVariant(limitIds).toList());
    const QJsonObject limits = tracking.value(u"limits"_s).toObject();
    QCOMPARE(limits.size(), limitIds.size());
    for (qsizetype i = 0; i < limitIds.size(); ++i)
        QCOMPARE(limits.value(limitIds[i]).toString(), limitStates[i]);
    const QJsonObject cost = tracking.value(u"cost"_s).toObject();
    QCOMPARE(cost.value(u"currency"_s).toString(), u"usd"_s);
    QCOMPARE(cost.value(u"input"_s).toString(), input);
    QCOMPARE(cost.value(u"output"_s).toString(), event.cost.output.toString());
    QCOMPARE(cost.value(u"total"_s).toString(), total);
    // Compact, as QJsonDocument writes it.
    QCOMPARE(response.body(), QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QTEST_APPLESS_MAIN(TestApiJson)
#include "tst_apijson.moc"
