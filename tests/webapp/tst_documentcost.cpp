// A document and its cost, through real HTTP on loopback (issue 22, point 9): the document
// records the instance its create call was charged to, its creation cost and its total (the
// create and every append, exactly the sum of its calls' costs), each revision its call's cost;
// the create's instance names the document it made.
#include "RunningBackend.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

payi::Money money(const QJsonValue &value)
{
    const base::Result<payi::Money> parsed = payi::Money::parse(value.toString());
    if (!parsed)
        qFatal("not money: %s", qPrintable(value.toString()));
    return *parsed;
}

payi::Money trackedCost(const QJsonObject &answer)
{
    return money(answer.value(u"tracking"_s).toObject().value(u"cost"_s).toObject().value(u"total"_s));
}

// The create_document instance use_case_id as GET /use-cases/{name}/instances lists it.
QJsonObject instanceOf(RunningBackend &s, const QString &useCase, const QString &id)
{
    const QJsonArray instances =
        s.call("GET", u"/use-cases/%1/instances?limit=1000"_s.arg(useCase)).json().value(u"instances"_s).toArray();
    for (const QJsonValue &instance : instances) {
        if (instance.toObject().value(u"use_case_id"_s).toString() == id)
            return instance.toObject();
    }
    return {};
}

} // namespace

class TestDocumentCost : public QObject
{
    Q_OBJECT

private slots:
    void documentKnowsItsCreateAndItsCost_data();
    void documentKnowsItsCreateAndItsCost();
    void unknownDocumentIsNotFound();
};

void TestDocumentCost::documentKnowsItsCreateAndItsCost_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("appends");
    QTest::addColumn<QByteArray>("useCaseHeader"); // xProxy-UseCase-Name on the create, if any
    QTest::newRow("created only") << u"scoped"_s << 0 << QByteArray();
    QTest::newRow("one append") << u"scoped"_s << 1 << QByteArray();
    QTest::newRow("three appends") << u"scoped"_s << 3 << QByteArray();
    QTest::newRow("global mode") << u"global"_s << 2 << QByteArray();
    // The header charges the create to use case "b" without an instance: none to link.
    QTest::newRow("create charged elsewhere") << u"scoped"_s << 1 << QByteArray("b");
}

void TestDocumentCost::documentKnowsItsCreateAndItsCost()
{
    QFETCH(QString, mode);
    QFETCH(int, appends);
    QFETCH(QByteArray, useCaseHeader);
    QTemporaryDir dir;
    auto s = RunningBackend::start(dir.path());
    QVERIFY(s);
    QCOMPARE(s->call("PUT", u"/instrumentation"_s, u"{\"mode\": \"%1\"}"_s.arg(mode).toUtf8()).status, 200);

    HttpProbe::Headers headers;
    if (!useCaseHeader.isEmpty())
        headers.append({"xProxy-UseCase-Name", useCaseHeader});
    const HttpProbe::Reply created =
        s->call("POST", u"/documents"_s, R"({"prompt":"autumn leaves\nover the river"})", headers);
    QCOMPARE(created.status, 201);
    const QString documentId = created.json().value(u"document_id"_s).toString();
    const QString instanceId = created.json().value(u"tracking"_s).toObject().value(u"use_case_id"_s).toString();
    QCOMPARE(instanceId.isEmpty(), !useCaseHeader.isEmpty());
    QVERIFY(trackedCost(created.json()).pico() > 0);
    QList<payi::Money> costs{trackedCost(created.json())};
    for (int i = 0; i < appends; ++i) {
        const HttpProbe::Reply appended =
            s->call("POST", u"/documents/%1/append"_s.arg(documentId),
                    QJsonDocument(QJsonObject{{u"text"_s, u"and more, %1"_s.arg(i)}}).toJson(QJsonDocument::Compact));
        QCOMPARE(appended.status, 200);
        costs.append(trackedCost(appended.json()));
    }
    payi::Money total;
    for (const payi::Money &cost : std::as_const(costs))
        QVERIFY(total.addInPlace(cost));

    // The document: its create's instance, what the create cost, the total to the pico-dollar,
    // and each revision with what its own call cost.
    const HttpProbe::Reply read = s->call("GET", u"/documents/%1"_s.arg(documentId));
    QCOMPARE(read.status, 200);
    const QJsonObject document = read.json();
    QCOMPARE(document.value(u"create_instance_id"_s).toString(), instanceId);
    QCOMPARE(money(document.value(u"creation_cost"_s)), costs.first());
    QCOMPARE(money(document.value(u"total_cost"_s)).toString(), total.toString());
    const QJsonArray revisions = document.value(u"revisions"_s).toArray();
    QCOMPARE(revisions.size(), costs.size());
    for (int i = 0; i < costs.size(); ++i)
        QCOMPARE(money(revisions.at(i).toObject().value(u"cost"_s)), costs.at(i));
    // Its title: the start of its first line.
    const QString title = document.value(u"title"_s).toString();
    QVERIFY(!title.isEmpty() && title.size() <= 60);
    QVERIFY2(document.value(u"content"_s)
                 .toString()
                 .simplified()
                 .startsWith(title.endsWith(u'…') ? title.chopped(1) : title),
             qPrintable(title));

    // The list says the same of each document.
    const QJsonObject listed =
        s->call("GET", u"/documents"_s).json().value(u"documents"_s).toArray().first().toObject();
    QCOMPARE(listed.value(u"create_instance_id"_s), document.value(u"create_instance_id"_s));
    QCOMPARE(listed.value(u"total_cost"_s), document.value(u"total_cost"_s));
    QCOMPARE(listed.value(u"title"_s), document.value(u"title"_s));

    // The create's instance names the document it made; the appends' instance made none.
    if (!instanceId.isEmpty()) {
        const QJsonObject instance = instanceOf(*s, u"create_document"_s, instanceId);
        QCOMPARE(instance.value(u"created_documents"_s).toArray(),
                 (QJsonArray{QJsonObject{{u"document_id"_s, documentId}, {u"title"_s, document.value(u"title"_s)}}}));
        QCOMPARE(money(instance.value(u"cost"_s).toObject().value(u"total"_s)), costs.first());
    }
    if (appends > 0) {
        const QJsonObject instance = instanceOf(*s, u"append_document"_s, documentId);
        QCOMPARE(instance.value(u"calls"_s).toInt(), appends);
        QCOMPARE(instance.value(u"created_documents"_s).toArray(), QJsonArray());
    }
}

void TestDocumentCost::unknownDocumentIsNotFound()
{
    QTemporaryDir dir;
    auto s = RunningBackend::start(dir.path());
    QVERIFY(s);
    const HttpProbe::Reply read = s->call("GET", u"/documents/01a24e4d-0000-7000-8000-000000000000"_s);
    QCOMPARE(read.status, 404);
    QCOMPARE(read.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"not_found"_s);
    QCOMPARE(s->call("GET", u"/documents"_s).json().value(u"documents"_s).toArray().size(), 0);
}

QTEST_GUILESS_MAIN(TestDocumentCost)
#include "tst_documentcost.moc"
