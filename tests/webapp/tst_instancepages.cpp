// GET /use-cases/{name}/instances over real HTTP (issue 23): the default answer as before (by
// use_case_id, next_after) with the use case's instance_count added; newest first with
// order=newest and the before cursor; bad queries and an unknown cursor refused with 400 and a
// message that says what to send, changing nothing.
#include "RunningBackend.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestInstancePages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaultAnswerKeepsItsShape();
    void newestFirstPageByPage();
    void refused_data();
    void refused();

private:
    QJsonObject get(const QString &path, int status = 200);

    QTemporaryDir m_dir;
    std::unique_ptr<RunningBackend> m_running;
    QStringList m_ids; // of create_document's instances, in the order created
};

QJsonObject TestInstancePages::get(const QString &path, int status)
{
    const HttpProbe::Reply reply = m_running->call("GET", path);
    if (reply.status != status)
        qWarning("%s: %d %s", qPrintable(path), reply.status, reply.body.constData());
    return reply.status == status ? reply.json() : QJsonObject();
}

void TestInstancePages::initTestCase()
{
    m_running = RunningBackend::start(m_dir.path());
    QVERIFY(m_running);
    for (int i = 0; i < 5; ++i) {
        const HttpProbe::Reply created = m_running->call("POST", u"/documents"_s, R"({"prompt":"leaves"})");
        QCOMPARE(created.status, 201);
        m_ids << created.json()[u"tracking"_s][u"use_case_id"_s].toString();
    }
    QStringList sorted = m_ids;
    sorted.sort();
    QCOMPARE(sorted, m_ids); // time-ordered ids: the order of ids is the order of creation
}

void TestInstancePages::defaultAnswerKeepsItsShape()
{
    const QJsonObject page = get(u"/use-cases/create_document/instances"_s);
    QCOMPARE(page.keys(), (QStringList{u"instance_count"_s, u"instances"_s, u"next_after"_s, u"use_case_name"_s}));
    QCOMPARE(page[u"use_case_name"_s].toString(), u"create_document"_s);
    QCOMPARE(page[u"instance_count"_s].toInt(), 5);
    QVERIFY(page[u"next_after"_s].isNull());
    const QJsonArray instances = page[u"instances"_s].toArray();
    QCOMPARE(instances.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(instances[i][u"use_case_id"_s].toString(), m_ids.at(i));
        QCOMPARE(instances[i][u"calls"_s].toInt(), 1);
        QVERIFY(!instances[i][u"cost"_s][u"total"_s].toString().isEmpty());
    }
    const QJsonObject second = get(u"/use-cases/create_document/instances?limit=2&after=%1"_s.arg(m_ids.at(1)));
    QCOMPARE(second[u"instances"_s].toArray().size(), 2);
    QCOMPARE(second[u"next_after"_s].toString(), m_ids.at(3));
}

void TestInstancePages::newestFirstPageByPage()
{
    QStringList seen;
    QString path = u"/use-cases/create_document/instances?order=newest&limit=2"_s;
    for (int pages = 0; pages < 3; ++pages) {
        const QJsonObject page = get(path);
        QVERIFY(!page.contains(u"next_after"_s));
        QCOMPARE(page[u"instance_count"_s].toInt(), 5);
        for (const QJsonValue &instance : page[u"instances"_s].toArray())
            seen << instance[u"use_case_id"_s].toString();
        if (page[u"next_before"_s].isNull())
            break;
        path = u"/use-cases/create_document/instances?order=newest&limit=2&before=%1"_s.arg(
            page[u"next_before"_s].toString());
    }
    QStringList newestFirst = m_ids;
    std::reverse(newestFirst.begin(), newestFirst.end());
    QCOMPARE(seen, newestFirst);
}

void TestInstancePages::refused_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("says");
    QTest::newRow("unknown cursor") << u"order=newest&before=no-such-instance"_s << u"unknown_cursor"_s
                                    << u"before must be the use_case_id of an instance of create_document"_s;
    QTest::newRow("before without order=newest")
        << u"before=x"_s << u"invalid_query"_s << u"before needs order=newest"_s;
    QTest::newRow("after with order=newest")
        << u"order=newest&after=x"_s << u"invalid_query"_s << u"after goes with order=id"_s;
    QTest::newRow("unknown order") << u"order=oldest"_s << u"invalid_query"_s << u"order must be id or newest"_s;
    QTest::newRow("limit out of range") << u"order=newest&limit=0"_s << u"invalid_query"_s
                                        << u"limit must be a number from 1 to"_s;
}

void TestInstancePages::refused()
{
    QFETCH(QString, query);
    QFETCH(QString, code);
    QFETCH(QString, says);
    const QJsonObject before = get(u"/use-cases/create_document/instances"_s);
    const QJsonObject error = get(u"/use-cases/create_document/instances?"_s + query, 400)[u"error"_s].toObject();
    QCOMPARE(error[u"code"_s].toString(), code);
    QVERIFY2(error[u"message"_s].toString().contains(says), qPrintable(error[u"message"_s].toString()));
    QCOMPARE(get(u"/use-cases/create_document/instances"_s), before); // nothing changed
}

QTEST_GUILESS_MAIN(TestInstancePages)
#include "tst_instancepages.moc"
