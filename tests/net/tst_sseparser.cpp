#include "net/SseParser.h"

#include <QTest>

using net::SseEvent;
using net::SseParser;
Q_DECLARE_METATYPE(net::SseEvent)

class TestSseParser : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void holdsAnUnfinishedEvent();
};

namespace {

net::SseEvent data(const QByteArray &d)
{
    return net::SseEvent{{}, d, {}};
}

// Splits text into pieces of `size` bytes (0: one piece).
QByteArrayList pieces(const QByteArray &text, int size)
{
    if (size == 0)
        return {text};
    QByteArrayList list;
    for (qsizetype at = 0; at < text.size(); at += size)
        list.append(text.mid(at, size));
    return list;
}

} // namespace

void TestSseParser::parses_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QList<net::SseEvent>>("expected");

    const QByteArray chunk = R"({"choices":[{"delta":{"content":"Hi"}}]})";
    QTest::newRow("lf") << QByteArray("data: " + chunk + "\n\ndata: [DONE]\n\n")
                        << QList<net::SseEvent>{data(chunk), data("[DONE]")};
    QTest::newRow("crlf") << QByteArray("data: " + chunk + "\r\n\r\ndata: [DONE]\r\n\r\n")
                          << QList<net::SseEvent>{data(chunk), data("[DONE]")};
    QTest::newRow("cr") << QByteArray("data: a\r\rdata: b\r\r") << QList<net::SseEvent>{data("a"), data("b")};
    QTest::newRow("comments") << QByteArray(": keep-alive\n\n: OPENROUTER PROCESSING\ndata: x\n\n")
                              << QList<net::SseEvent>{data("x")};
    QTest::newRow("multi-line data") << QByteArray("data: one\ndata: two\n\n")
                                     << QList<net::SseEvent>{data("one\ntwo")};
    QTest::newRow("no space after colon") << QByteArray("data:x\n\n") << QList<net::SseEvent>{data("x")};
    QTest::newRow("only one space is dropped") << QByteArray("data:  x\n\n") << QList<net::SseEvent>{data(" x")};
    QTest::newRow("event and id") << QByteArray("event: error\nid: 7\ndata: {}\n\n")
                                  << QList<net::SseEvent>{net::SseEvent{"error", "{}", "7"}};
    QTest::newRow("event type resets") << QByteArray("event: ping\ndata: a\n\ndata: b\n\n")
                                       << QList<net::SseEvent>{net::SseEvent{"ping", "a", {}}, data("b")};
    QTest::newRow("blank lines without data")
        << QByteArray("\n\n\nevent: x\n\ndata: y\n\n") << QList<net::SseEvent>{data("y")};
    QTest::newRow("empty data line") << QByteArray("data\n\n") << QList<net::SseEvent>{data("")};
    QTest::newRow("unknown fields ignored")
        << QByteArray("retry: 10\nfoo: bar\ndata: z\n\n") << QList<net::SseEvent>{data("z")};
    QTest::newRow("utf-8 kept whole") << QByteArray("data: {\"content\":\"caf\xc3\xa9 \xe2\x9c\x93\"}\n\n")
                                      << QList<net::SseEvent>{data("{\"content\":\"caf\xc3\xa9 \xe2\x9c\x93\"}")};
    QTest::newRow("done") << QByteArray("data: [DONE]\n\n") << QList<net::SseEvent>{data("[DONE]")};
}

void TestSseParser::parses()
{
    QFETCH(QByteArray, stream);
    QFETCH(QList<net::SseEvent>, expected);
    // Every way of cutting the stream into pieces gives the same events.
    for (const int size : {0, 1, 2, 3, 5, 7, 13}) {
        net::SseParser parser;
        QList<net::SseEvent> events;
        for (const QByteArray &piece : pieces(stream, size))
            events += parser.feed(piece);
        QCOMPARE(events, expected);
        QVERIFY(!parser.hasPendingEvent());
    }
}

void TestSseParser::holdsAnUnfinishedEvent()
{
    net::SseParser parser;
    QVERIFY(parser.feed("data: one\n\ndata: tw").size() == 1);
    QVERIFY(parser.hasPendingEvent());
    QVERIFY(parser.feed("o\n").isEmpty());
    QVERIFY(parser.hasPendingEvent());
    QCOMPARE(parser.feed("\n"), QList<net::SseEvent>{data("two")});
    QVERIFY(!parser.hasPendingEvent());
}

QTEST_GUILESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
