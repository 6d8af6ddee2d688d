#include "providers/ChatRequest.h"

#include <QJsonDocument>
#include <QTest>

#include <optional>

using providers::ChatMessage;
using providers::ChatRequest;

// The body a call sends: written directly when the request has no other fields, it must be
// the JSON that QJsonDocument makes of body().
class TestChatRequest : public QObject
{
    Q_OBJECT

private slots:
    void bodyTextIsTheBody_data()
    {
        QTest::addColumn<QList<ChatMessage>>("messages");
        QTest::addColumn<bool>("stream");
        QTest::addColumn<qint64>("maxTokens"); // 0: none
        QTest::addColumn<qint64>("outputCap");
        QTest::addColumn<QJsonObject>("extraBody");
        const QList<ChatMessage> seed{{QStringLiteral("system"), QStringLiteral("Write a poem.")},
                                      {QStringLiteral("user"), QStringLiteral("a lighthouse")}};
        const QJsonObject none;
        QTest::newRow("the seed's call") << seed << false << qint64(0) << qint64(0) << none;
        QTest::newRow("a stream") << seed << true << qint64(0) << qint64(0) << none;
        QTest::newRow("max tokens") << seed << false << qint64(300) << qint64(0) << none;
        QTest::newRow("a cap under them") << seed << false << qint64(300) << qint64(120) << none;
        QTest::newRow("a cap over them") << seed << true << qint64(300) << qint64(900) << none;
        QTest::newRow("a cap alone") << seed << false << qint64(0) << qint64(64) << none;
        QTest::newRow("no messages") << QList<ChatMessage>{} << false << qint64(0) << qint64(0) << none;
        QTest::newRow("empty texts") << QList<ChatMessage>{{QString(), QString()}} << false << qint64(0) << qint64(0)
                                     << none;
        QTest::newRow("escapes") << QList<ChatMessage>{{QStringLiteral("user"),
                                                        QStringLiteral("\"quoted\" \\ back/slash\n\r\t\b\f")
                                                            + QChar(0x01) + QChar(0x1f) + QChar(0x7f)}}
                                 << false << qint64(0) << qint64(0) << none;
        QTest::newRow("beyond ASCII") << QList<ChatMessage>{{QStringLiteral("user"), QStringLiteral("phare é 灯台 🌊")}}
                                      << false << qint64(0) << qint64(0) << none;
        QTest::newRow("a lone surrogate")
            << QList<ChatMessage>{{QStringLiteral("user"), QStringLiteral("a") + QChar(0xd800)}} << false << qint64(0)
            << qint64(0) << none;
        QTest::newRow("other fields") << seed << true << qint64(0) << qint64(50)
                                      << QJsonObject{{QStringLiteral("temperature"), 0.2},
                                                     {QStringLiteral("max_completion_tokens"), 80},
                                                     {QStringLiteral("stream_options"),
                                                      QJsonObject{{QStringLiteral("chunk"), true}}}};
    }

    void bodyTextIsTheBody()
    {
        QFETCH(QList<ChatMessage>, messages);
        QFETCH(bool, stream);
        QFETCH(qint64, maxTokens);
        QFETCH(qint64, outputCap);
        QFETCH(QJsonObject, extraBody);
        ChatRequest request;
        request.model = QStringLiteral("gpt-5.4 \"mini\"");
        request.messages = messages;
        request.stream = stream;
        if (maxTokens > 0)
            request.maxTokens = maxTokens;
        request.extraBody = extraBody;

        const QByteArray text = request.bodyText(outputCap);
        const QByteArray viaQt = QJsonDocument(request.body(outputCap)).toJson(QJsonDocument::Compact);
        QJsonParseError error{};
        const QJsonDocument parsed = QJsonDocument::fromJson(text, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(parsed, QJsonDocument::fromJson(viaQt));
        QVERIFY(!text.contains('\n')); // compact, as Qt writes it
    }
};

QTEST_GUILESS_MAIN(TestChatRequest)
#include "tst_chatrequest.moc"
