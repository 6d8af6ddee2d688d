#include "base/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// JsonWriter::value() stands in for QJsonDocument where the ledger stores a provider's
// usage object: it must write the very bytes QJsonDocument writes.
class TestJsonText : public QObject
{
    Q_OBJECT
private slots:
    void valueIsWrittenAsQJsonDocumentWritesIt_data();
    void valueIsWrittenAsQJsonDocumentWritesIt();
};

void TestJsonText::valueIsWrittenAsQJsonDocumentWritesIt_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("empty array") << QByteArray("[]");
    QTest::newRow("openai usage") << QByteArray(R"({"prompt_tokens":12,"completion_tokens":340,"total_tokens":352,)"
                                                R"("prompt_tokens_details":{"cached_tokens":0,"audio_tokens":0},)"
                                                R"("completion_tokens_details":{"reasoning_tokens":64}})");
    QTest::newRow("keys out of order") << QByteArray(R"({"b":1,"a":{"d":[3,2,1],"c":null}})");
    QTest::newRow("numbers") << QByteArray(R"([0,-7,0.25,-1.5e-7,1e20,9007199254740993,1.7976931348623157e308,3.0])");
    QTest::newRow("literals") << QByteArray(R"([true,false,null,[],{}])");
    QTest::newRow("strings") << QByteArray(R"(["", "\"q\" \\ \/ \n\t\u0001", "zo\u00eb \ud83d\ude00", "\ud800"])");
    QTest::newRow("nested") << QByteArray(R"([[[[{"x":[{"y":{}}]}]]]])");
}

void TestJsonText::valueIsWrittenAsQJsonDocumentWritesIt()
{
    QFETCH(QByteArray, json);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonValue value = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    base::JsonWriter writer;
    writer.value(value);
    QCOMPARE(writer.take(), document.toJson(QJsonDocument::Compact));
}

QTEST_APPLESS_MAIN(TestJsonText)
#include "tst_jsontext.moc"
