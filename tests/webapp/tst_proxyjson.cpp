// The proxy route's JSON (webapp/ProxyJson): Pay-i's fields added to the provider's answer with
// the rest byte for byte, and the body sent on, unchanged unless Costbench must change it.
#include "webapp/ProxyJson.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

webapp::api::ProxyRequest request(const QByteArray &body, bool stream, bool clientWantsUsage)
{
    webapp::api::ProxyRequest proxied;
    proxied.body = body;
    proxied.stream = stream;
    proxied.clientWantsUsage = clientWantsUsage;
    return proxied;
}

} // namespace

class TestProxyJson : public QObject
{
    Q_OBJECT
private slots:
    void withFields_data();
    void withFields();
    void upstreamBody_data();
    void upstreamBody();
};

void TestProxyJson::withFields_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("expected"); // empty: not an object, nothing added

    QTest::newRow("compact") << QByteArray(R"({"id":"x","n":1})") << QByteArray(R"({"id":"x","n":1,"r":{"a":1}})");
    QTest::newRow("pretty, trailing newline")
        << QByteArray("{\n  \"id\": \"x\"\n}\n") << QByteArray("{\n  \"id\": \"x\"\n,\"r\":{\"a\":1}}\n");
    QTest::newRow("empty object") << QByteArray("{ }") << QByteArray(R"({ "r":{"a":1}})");
    QTest::newRow("numbers kept as written") << QByteArray(R"({"t":1e-7,"big":12345678901234567890})")
                                             << QByteArray(R"({"t":1e-7,"big":12345678901234567890,"r":{"a":1}})");
    QTest::newRow("array") << QByteArray("[1]") << QByteArray();
    QTest::newRow("text") << QByteArray("<html>bad gateway</html>") << QByteArray();
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void TestProxyJson::withFields()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, expected);

    const std::optional<QByteArray> added = webapp::api::withFields(json, QJsonObject{{u"r"_s, object(R"({"a":1})")}});
    QCOMPARE(added.has_value(), !expected.isEmpty());
    if (added) {
        QCOMPARE(*added, expected);
        QVERIFY(QJsonDocument::fromJson(*added).isObject());
    }
}

void TestProxyJson::upstreamBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("stream");
    QTest::addColumn<bool>("clientWantsUsage");
    QTest::addColumn<qint64>("cap");
    QTest::addColumn<QByteArray>("expected"); // empty: the body as it is

    const QByteArray plain = R"({"model": "gpt-4.1", "messages": [], "temperature": 0.7})";
    QTest::newRow("not streamed, no cap") << plain << false << false << qint64(0) << QByteArray();
    QTest::newRow("usage asked") << QByteArray(R"({"model":"m","stream":true,"stream_options":{"include_usage":true}})")
                                 << true << true << qint64(0) << QByteArray();
    QTest::newRow("usage not asked") << QByteArray(R"({"model":"m","stream":true})") << true << false << qint64(0)
                                     << QByteArray(
                                            R"({"model":"m","stream":true,"stream_options":{"include_usage":true}})");
    QTest::newRow("usage refused, other options kept")
        << QByteArray(R"({"model":"m","stream":true,"stream_options":{"include_usage":false,"x":1}})") << true << false
        << qint64(0) << QByteArray(R"({"model":"m","stream":true,"stream_options":{"include_usage":true,"x":1}})");
    QTest::newRow("capped")
        << plain << false << false << qint64(4096)
        << QByteArray(R"({"max_completion_tokens":4096,"messages":[],"model":"gpt-4.1","temperature":0.7})");
}

void TestProxyJson::upstreamBody()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, stream);
    QFETCH(bool, clientWantsUsage);
    QFETCH(qint64, cap);
    QFETCH(QByteArray, expected);

    const QByteArray sent = webapp::api::upstreamBody(request(body, stream, clientWantsUsage), cap);
    if (expected.isEmpty())
        QCOMPARE(sent, body); // byte for byte
    else
        QCOMPARE(object(sent), object(expected));
}

QTEST_GUILESS_MAIN(TestProxyJson)
#include "tst_proxyjson.moc"
