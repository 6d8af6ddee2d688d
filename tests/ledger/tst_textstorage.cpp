#include "support/SampleEvents.h"

#include "ledger/Connection.h"
#include "ledger/EventExporter.h"
#include "ledger/Ledger.h"
#include "ledger/StoredText.h"

#include "base/JsonText.h"

#include <QBuffer>

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <limits>

using namespace ledger;
using namespace Qt::Literals::StringLiterals;

namespace {

// Words in a pseudo-random order: text that compresses as prose does, not as one repeated line.
QString prose(int words, quint32 seed)
{
    static const QString pool[] = {u"autumn"_s, u"leaves"_s, u"harbour"_s, u"lantern"_s, u"quiet"_s, u"tide"_s,
                                   u"über"_s,   u"café"_s,   u"雪"_s,      u"🌊"_s,       u"and"_s,   u"\n"_s};
    QRandomGenerator rng(seed);
    QStringList out;
    for (int i = 0; i < words; ++i)
        out << pool[rng.bounded(int(std::size(pool)))];
    return out.join(u' ');
}

// An OpenAI chat completion whose message content is content, JSON-escaped as QJsonDocument
// and the simulated model write it.
QString completionWith(const QString &content)
{
    QByteArray quoted;
    base::appendJsonString(quoted, content);
    return QString::fromUtf8(R"({"id":"chatcmpl-1","object":"chat.completion","choices":[{"index":0,"message":)"
                             R"({"role":"assistant","content":)"
                             + quoted + R"(},"finish_reason":"stop"}],"usage":{"prompt_tokens":9}})");
}

} // namespace

class TestTextStorage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void encodesAndDecodesEveryText_data();
    void encodesAndDecodesEveryText();
    void eventTextsReadBackByteExact_data();
    void eventTextsReadBackByteExact();
    void revisionKeptOnceInItsEvent_data();
    void revisionKeptOnceInItsEvent();
    void damagedBlobsAreRefused();

private:
    std::unique_ptr<Ledger> open();
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestTextStorage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestTextStorage::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<Ledger> TestTextStorage::open()
{
    auto opened = Ledger::open(m_dir->path());
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().message));
        return nullptr;
    }
    return std::move(opened).value();
}

void TestTextStorage::encodesAndDecodesEveryText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<char>("tag"); // how it is kept
    QTest::newRow("empty") << QByteArray() << char(StoredText::Raw);
    QTest::newRow("short ASCII, raw") << "hello"_ba << char(StoredText::Raw);
    QTest::newRow("plain ASCII") << QByteArray("the quick brown fox ").repeated(20) << char(StoredText::Zlib);
    QTest::newRow("unicode") << prose(400, 1).toUtf8() << char(StoredText::Zlib);
    QTest::newRow("\\u-escaped JSON")
        << QByteArray(R"({"content":"caf\u00e9 \u2603 \ud83c\udf0a \"q\" \\ \n\t"})").repeated(8)
        << char(StoredText::Zlib);
    QTest::newRow("huge") << prose(400'000, 2).toUtf8() << char(StoredText::Zlib);
    const QByteArray compressed = qCompress(prose(500, 3).toUtf8());
    QTest::newRow("already compressed (qCompress output)") << compressed << char(StoredText::Raw);
    QTest::newRow("starts like a Zlib blob") << (QByteArray(1, StoredText::Zlib) + compressed) << char(StoredText::Raw);
    QTest::newRow("starts like a marker") << QByteArray(1, StoredText::InTexts) << char(StoredText::Raw);
    QByteArray random(4096, Qt::Uninitialized);
    QRandomGenerator(4).fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    QTest::newRow("random bytes") << random << char(StoredText::Raw);
}

void TestTextStorage::encodesAndDecodesEveryText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(char, tag);
    const QByteArray blob = StoredText::encode(bytes);
    QCOMPARE(blob.front(), tag);
    QVERIFY(blob.size() <= bytes.size() + 1); // never more than a byte over the text
    const std::optional<QByteArray> decoded = StoredText::decode(blob);
    QVERIFY(decoded);
    QCOMPARE(*decoded, bytes);
    const std::optional<StoredText::Exchange> split =
        StoredText::splitExchange(StoredText::joinExchange(bytes, "{}", bytes.left(7)));
    QVERIFY(split);
    QCOMPARE(split->request, bytes);
    QCOMPARE(split->response, "{}"_ba);
    QCOMPARE(split->rawUsage, bytes.left(7));
}

// Every reader of events returns the bytes today's format returned: the texts as submitted,
// and the JSON line and CSV line built from the event as it was submitted.
void TestTextStorage::eventTextsReadBackByteExact_data()
{
    QTest::addColumn<QString>("request");
    QTest::addColumn<QString>("response");
    QTest::newRow("plain ASCII") << u"{\"messages\":[]}"_s << u"{\"choices\":[]}"_s;
    QTest::newRow("unicode") << prose(300, 5) << prose(300, 6);
    QTest::newRow("\\u-escaped JSON") << QString::fromUtf8(R"({"content":"caf\u00e9 \ud83c\udf0a \"q\" \\ \n"})")
                                      << completionWith(prose(200, 7));
    QTest::newRow("empty request") << QString() << completionWith(u"x"_s);
    QTest::newRow("empty response") << u"{\"messages\":[]}"_s << QString();
    QTest::newRow("no texts (the raw usage in its column)") << QString() << QString();
    QTest::newRow("huge") << prose(200'000, 8) << prose(100'000, 9);
    QTest::newRow("compressed-looking") << QString::fromLatin1(qCompress(prose(300, 10).toUtf8()).toBase64())
                                        << QString(QChar(ushort(StoredText::Zlib))) + u"x\u009c"_s;
}

void TestTextStorage::eventTextsReadBackByteExact()
{
    QFETCH(QString, request);
    QFETCH(QString, response);
    std::unique_ptr<Ledger> ledger = open();
    QVERIFY(ledger);
    payi::CallEvent event = sample::fullEvent();
    event.source = payi::documentAppSource(); // as it reads back
    event.providerRequestJson = request;
    event.providerResponseJson = response;
    const qint64 seq = ledger->submit(event);
    QVERIFY(ledger->flush());

    const auto events = ledger->eventsAfter(0, 10);
    QVERIFY(events);
    QCOMPARE(events->size(), 1);
    const StoredEvent &stored = events->first();
    QVERIFY(!stored.textsDropped);
    QCOMPARE(stored.event.providerRequestJson.toUtf8(), request.toUtf8());
    QCOMPARE(stored.event.providerResponseJson.toUtf8(), response.toUtf8());
    const StoredEvent before{seq, event, {}};
    QBuffer lines;
    lines.open(QIODevice::WriteOnly);
    QCOMPARE(*ledger->exportEvents(&lines, EventExporter::Format::JsonLines), 1);
    QCOMPARE(lines.data(), EventExporter::jsonLine(before));
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    QVERIFY(ledger->exportEvents(&csv, EventExporter::Format::Csv));
    QCOMPARE(csv.data(), EventExporter::csvHeader() + EventExporter::csvLine(before));
}

void TestTextStorage::revisionKeptOnceInItsEvent_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("response");
    QTest::addColumn<bool>("byReference");
    QTest::newRow("a poem in the response") << prose(150, 11) << completionWith(prose(150, 11)) << true;
    QTest::newRow("quotes, backslashes, controls")
        << u"\"a\" \\ b\n\tc\u0001"_s << completionWith(u"\"a\" \\ b\n\tc\u0001"_s) << true;
    QTest::newRow("escaped otherwise by the provider")
        << u"café ☃"_s << QString::fromUtf8(R"({"choices":[{"message":{"content":"caf\u00e9 \u2603"}}]})") << false;
    QTest::newRow("not in the response") << prose(150, 12) << completionWith(u"other"_s) << false;
    QTest::newRow("empty") << QString() << completionWith(QString()) << true;
}

void TestTextStorage::revisionKeptOnceInItsEvent()
{
    QFETCH(QString, content);
    QFETCH(QString, response);
    QFETCH(bool, byReference);
    std::unique_ptr<Ledger> ledger = open();
    QVERIFY(ledger);
    payi::CallEvent event = sample::fullEvent();
    event.providerRequestJson = u"{\"messages\":[]}"_s;
    event.providerResponseJson = response;
    ledger->submit(event);
    std::optional<base::Result<Revision>> stored;
    ledger->createDocument(u"d1"_s, content, event, this, [&](base::Result<Revision> r) { stored = std::move(r); });
    QTRY_VERIFY(stored);
    QVERIFY(*stored);
    QCOMPARE((*stored)->content, content);

    const auto document = ledger->document(u"d1"_s);
    QVERIFY(document);
    QCOMPARE(document->content.toUtf8(), content.toUtf8());
    QCOMPARE(document->revisions.size(), 1);
    QCOMPARE(document->revisions.first().content.toUtf8(), content.toUtf8());
    QVERIFY(!document->revisions.first().contentDropped);
    // The event reads as it was written, whatever the revision points at.
    QCOMPARE(ledger->eventsAfter(0, 1)->first().event.providerResponseJson, response);

    auto connection = Connection::open(ledger->path(), Connection::Mode::ReadOnly);
    QVERIFY(connection);
    const auto tag = (*connection)->scalar(u"SELECT hex(substr(content, 1, 1)) FROM revisions"_s, {});
    QVERIFY(tag);
    QCOMPARE(tag->toString() == u"02"_s, byReference); // StoredText::InEvent
}

void TestTextStorage::damagedBlobsAreRefused()
{
    QVERIFY(!StoredText::decode({}));
    QVERIFY(!StoredText::decode(QByteArray(1, StoredText::Zlib) + "\x00\x00\x00\x10garbage"_ba));
    QVERIFY(!StoredText::decode(QByteArray(1, StoredText::InTexts)));
    QVERIFY(!StoredText::splitExchange("\x00\x00\x01\x00\x00\x00\x00\x01short"_ba));
    for (const StoredText::Slice slice : {StoredText::Slice{7, 2, 5}, StoredText::Slice{300'000, 70'000, 129},
                                          StoredText::Slice{std::numeric_limits<qint64>::max(), 0xffffffffu, 0}}) {
        const QByteArray blob = StoredText::inEvent(slice);
        const std::optional<StoredText::Slice> read = StoredText::sliceOf(blob);
        QVERIFY(read);
        QCOMPARE(read->seq, slice.seq);
        QCOMPARE(read->offset, slice.offset);
        QCOMPARE(read->length, slice.length);
        QVERIFY(!StoredText::sliceOf(blob.chopped(1))); // cut short
        QVERIFY(!StoredText::sliceOf(blob + '\x01'));   // a byte too many
    }
    QCOMPARE(StoredText::inEvent({300'000, 70'000, 129}).size(), 1 + 3 + 3 + 2);
    QVERIFY(!StoredText::stringAt("ab\"xyz\"", {7, 2, 9})); // past the end
    QCOMPARE(*StoredText::stringAt("ab\"xyz\"", {7, 2, 5}), u"xyz"_s);
    QVERIFY(!StoredText::stringAt("ab\"xyz\",1", {7, 2, 7})); // not one JSON string
}

QTEST_GUILESS_MAIN(TestTextStorage)
#include "tst_textstorage.moc"
