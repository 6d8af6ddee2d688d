#include "providers/CompletionReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace providers;

// readCompletion() stands in for QJsonDocument on every chat completion: what it accepts it
// must read exactly as QJsonObject does, and it must never accept what QJsonDocument refuses.
// What it declines goes to QJsonDocument, so declining is safe but slow: the everyday shapes
// must be accepted.
class TestCompletionReader : public QObject
{
    Q_OBJECT
private slots:
    void readsAsQJsonDocumentDoes_data();
    void readsAsQJsonDocumentDoes();
    void deepNestingIsDeclined();
};

enum class Verdict { Accepted, Slow, Refused }; // Slow: declined, but QJsonDocument reads it

namespace {

QByteArray completion(const QByteArray &message, const QByteArray &rest = {})
{
    return R"({"id":"chatcmpl-1","object":"chat.completion","created":1764000000,"model":"gpt-5.4",)"
           R"("choices":[{"index":0,"message":{"role":"assistant",)"
           + message
           + R"(},"logprobs":null,"finish_reason":"stop"}],)"
             R"("usage":{"prompt_tokens":31,"completion_tokens":229,"total_tokens":260,)"
             R"("prompt_tokens_details":{"cached_tokens":0}},"system_fingerprint":null)"
           + rest + "}";
}

} // namespace

void TestCompletionReader::readsAsQJsonDocumentDoes_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<Verdict>("verdict");

    // Accepted: what providers send.
    QTest::newRow("openai") << completion(R"("content":"A lighthouse stands.","refusal":null)") << Verdict::Accepted;
    QTest::newRow("escapes") << completion(R"("content":"line\none \"q\" \\ \/ \t \b\f\r \u00e9 \ud83d\ude00 \u0000")")
                             << Verdict::Accepted;
    QTest::newRow("raw UTF-8") << completion("\"content\":\"zo\xc3\xab \xe2\x9c\x93 \xf0\x9f\x98\x80 \xef\xbf\xbe\"")
                               << Verdict::Accepted;
    QTest::newRow("raw control characters") << completion("\"content\":\"a\tb\x01\"") << Verdict::Accepted;
    QTest::newRow("content null") << completion(R"("content":null)") << Verdict::Accepted;
    QTest::newRow("content a number") << completion(R"("content":-12.5)") << Verdict::Accepted;
    QTest::newRow("no message") << QByteArray(R"({"choices":[{"finish_reason":"length"}]})") << Verdict::Accepted;
    QTest::newRow("choice not an object")
        << QByteArray(R"({"choices":[7,{"message":{"content":"x"}}]})") << Verdict::Accepted;
    QTest::newRow("repeated keys: the last") << QByteArray(
        R"({"id":"a","id":"b","choices":[{"message":{"content":"x","content":"y"},"message":{"content":"z"}}]})")
                                             << Verdict::Accepted;
    QTest::newRow("repeated choices: the last")
        << QByteArray(R"({"choices":[{"message":{"content":"x"}}],"choices":[{"finish_reason":"stop"}]})")
        << Verdict::Accepted;
    QTest::newRow("usage not an object") << QByteArray(R"({"choices":[{}],"usage":[1,2]})") << Verdict::Accepted;
    QTest::newRow("usage repeated") << QByteArray(R"({"usage":{"a":1},"choices":[{}],"usage":{"b":2}})")
                                    << Verdict::Accepted;
    QTest::newRow("id not a string") << QByteArray(R"({"id":{"x":[true,false,null]},"choices":[{}]})")
                                     << Verdict::Accepted;
    QTest::newRow("white space") << QByteArray(" \r\n\t{ \"choices\" : [ { } ] , \"model\" : \"m\" } \n")
                                 << Verdict::Accepted;
    QTest::newRow("numbers") << QByteArray(R"({"choices":[{}],"n":[0,-0,1.5,-0.25,123456789012345]})")
                             << Verdict::Accepted;
    QTest::newRow("empty key") << QByteArray(R"({"":1,"choices":[{}]})") << Verdict::Accepted;

    // Declined, and QJsonDocument reads them (the slow path).
    QTest::newRow("escaped key") << QByteArray(R"({"\u0069d":"x","choices":[{}]})") << Verdict::Slow;
    QTest::newRow("lone surrogate") << completion(R"("content":"\ud800")") << Verdict::Slow;
    QTest::newRow("low surrogate first") << completion(R"("content":"\udc00\ud800")") << Verdict::Slow;
    QTest::newRow("exponent") << QByteArray(R"({"choices":[{}],"n":1e5})") << Verdict::Slow;
    QTest::newRow("16 integer digits") << QByteArray(R"({"choices":[{}],"n":1234567890123456})") << Verdict::Slow;
    QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf{\"choices\":[{}]}") << Verdict::Slow;
    QTest::newRow("1.") << QByteArray(R"({"choices":[{}],"n":1.})") << Verdict::Slow;
    QTest::newRow("unknown escape") << completion(R"("content":"\x")") << Verdict::Slow;

    // Declined, and refused by QJsonDocument too.
    QTest::newRow("no choices") << QByteArray(R"({"id":"x"})") << Verdict::Refused;
    QTest::newRow("empty choices") << QByteArray(R"({"choices":[]})") << Verdict::Refused;
    QTest::newRow("choices not an array") << QByteArray(R"({"choices":{"0":{}}})") << Verdict::Refused;
    QTest::newRow("last choices empty") << QByteArray(R"({"choices":[{}],"choices":[]})") << Verdict::Refused;
    QTest::newRow("an array") << QByteArray(R"([{"choices":[{}]}])") << Verdict::Refused;
    QTest::newRow("empty") << QByteArray() << Verdict::Refused;
    QTest::newRow("truncated") << completion(R"("content":"abc")").chopped(5) << Verdict::Refused;
    QTest::newRow("garbage after") << QByteArray(R"({"choices":[{}]} x)") << Verdict::Refused;
    QTest::newRow("trailing comma") << QByteArray(R"({"choices":[{}],})") << Verdict::Refused;
    QTest::newRow("unterminated string") << QByteArray(R"({"choices":[{}],"id":"abc)") << Verdict::Refused;
    QTest::newRow("short unicode escape") << completion(R"("content":"\u12")") << Verdict::Refused;
    QTest::newRow("overlong UTF-8") << completion("\"content\":\"\xc0\x80\"") << Verdict::Refused;
    QTest::newRow("UTF-8 surrogate") << completion("\"content\":\"\xed\xa0\x80\"") << Verdict::Refused;
    QTest::newRow("past U+10FFFF") << completion("\"content\":\"\xf4\x90\x80\x80\"") << Verdict::Refused;
    QTest::newRow("cut UTF-8") << completion("\"content\":\"\xe2\x9c\"") << Verdict::Refused;
    QTest::newRow("leading zero") << QByteArray(R"({"choices":[{}],"n":01})") << Verdict::Refused;
    QTest::newRow("bare minus") << QByteArray(R"({"choices":[{}],"n":-})") << Verdict::Refused;
    QTest::newRow("bad literal") << QByteArray(R"({"choices":[{}],"n":nul})") << Verdict::Refused;
    QTest::newRow("single quotes") << QByteArray(R"({'choices':[{}]})") << Verdict::Refused;
}

void TestCompletionReader::readsAsQJsonDocumentDoes()
{
    QFETCH(QByteArray, text);
    QFETCH(Verdict, verdict);
    const std::optional<CompletionFields> fields = readCompletion(text);
    QCOMPARE(fields.has_value(), verdict == Verdict::Accepted);
    QJsonParseError error{};
    const QJsonObject body = QJsonDocument::fromJson(text, &error).object();
    const QJsonArray choices = body.value(QLatin1String("choices")).toArray();
    QCOMPARE(error.error == QJsonParseError::NoError && !choices.isEmpty(), verdict != Verdict::Refused);
    if (!fields)
        return;
    const QJsonObject choice = choices.first().toObject();
    QCOMPARE(fields->id, body.value(QLatin1String("id")).toString());
    QCOMPARE(fields->model, body.value(QLatin1String("model")).toString());
    QCOMPARE(fields->content,
             choice.value(QLatin1String("message")).toObject().value(QLatin1String("content")).toString());
    QCOMPARE(fields->finishReason, choice.value(QLatin1String("finish_reason")).toString());
    const QJsonObject usage = body.value(QLatin1String("usage")).toObject();
    QCOMPARE(fields->usage.isEmpty(), usage.isEmpty());
    if (!usage.isEmpty())
        QCOMPARE(QJsonDocument::fromJson(fields->usage.toByteArray()).object(), usage);
}

void TestCompletionReader::deepNestingIsDeclined()
{
    const QByteArray deep = QByteArray(100, '[') + QByteArray(100, ']');
    const QByteArray text = R"({"choices":[{}],"x":)" + deep + "}";
    QVERIFY(!readCompletion(text));
    QVERIFY(readCompletion(R"({"choices":[{}],"x":)" + QByteArray(60, '[') + QByteArray(60, ']') + "}"));
}

QTEST_APPLESS_MAIN(TestCompletionReader)
#include "tst_completionreader.moc"
