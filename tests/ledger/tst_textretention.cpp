#include "support/SampleEvents.h"

#include "base/JsonText.h"
#include "ledger/Connection.h"
#include "ledger/Ledger.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ledger;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 Budget = qint64(4) << 20;
constexpr int More = 400; // calls after retention made room

// About 2 KB that zlib keeps at about 1.3 KB: base-36 words, as unlike each other as a long
// prompt's are.
QString noise(QRandomGenerator &rng)
{
    QStringList words;
    for (int i = 0; i < 150; ++i)
        words << QString::number(rng.generate64() % 100'000'000'000ull, 36);
    return words.join(u' ');
}

// A call of limit lim-a with a prompt and a completion whose message is content.
payi::CallEvent callWith(const QString &content, QRandomGenerator &rng, int i)
{
    payi::CallEvent e = sample::fullEvent();
    e.eventId = u"ev-%1"_s.arg(i);
    e.attribution.useCaseId = u"doc-%1"_s.arg(i % 7);
    e.attribution.limitIds = {u"lim-a"_s};
    e.cost.total = payi::Money::fromPico(1'000'003LL * (i + 1));
    e.providerRequestJson = noise(rng);
    QByteArray quoted;
    base::appendJsonString(quoted, content);
    e.providerResponseJson = QString::fromUtf8(R"({"choices":[{"message":{"content":)" + quoted + "}}]}");
    return e;
}

// The file's pages, or its free ones (PRAGMA page_count, freelist_count), in bytes.
qint64 pagesOf(const QString &path, const QString &pragma)
{
    auto connection = Connection::open(path, Connection::Mode::ReadOnly);
    const auto pages = (*connection)->scalar(u"PRAGMA "_s + pragma, {});
    const auto size = (*connection)->scalar(u"PRAGMA page_size"_s, {});
    return pages->toLongLong() * size->toLongLong();
}

qint64 pageBytes(const QString &path)
{
    return pagesOf(path, u"page_count"_s);
}

qint64 freeBytes(const QString &path)
{
    return pagesOf(path, u"freelist_count"_s);
}

} // namespace

class TestTextRetention : public QObject
{
    Q_OBJECT

private slots:
    void dropsTheOldestTextsFirstAndKeepsEveryTotal();
    void noBudgetDropsNothing();
};

void TestTextRetention::dropsTheOldestTextsFirstAndKeepsEveryTotal()
{
    QTemporaryDir dir;
    LedgerOptions options;
    options.syncEachCommit = false;
    options.retentionBytes = Budget;
    auto opened = Ledger::open(dir.path(), options);
    QVERIFY(opened);
    std::unique_ptr<Ledger> ledger = std::move(opened).value();
    payi::Limit limit;
    limit.id = u"lim-a"_s;
    limit.spec = {u"budget"_s, payi::Money::fromPico(5'000'000'000'000'000), payi::LimitType::Allow, 80};
    limit.created = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    bool saved = false;
    ledger->saveLimit(limit, this, [&](base::Result<payi::Limit> result) { saved = result.ok(); });
    QTRY_VERIFY(saved);

    QRandomGenerator rng(23);
    QList<payi::CallEvent> submitted;
    constexpr int Events = 3000;
    for (int i = 0; i < Events; ++i) {
        const QString content = u"poem %1: "_s.arg(i) + noise(rng).left(300);
        submitted << callWith(content, rng, i);
        ledger->submit(submitted.last());
        if (i < 5 || i == Events - 1) { // documents from the first calls, whose texts go first, and the last
            int stored = 0;
            ledger->createDocument(u"d%1"_s.arg(i), content, submitted.last(), this,
                                   [&](base::Result<Revision> r) { stored += r.ok(); });
            QTRY_COMPARE(stored, 1);
        }
    }
    QVERIFY(ledger->flush());
    const qint64 written = pageBytes(ledger->path());
    QVERIFY2(written > Budget, qPrintable(QString::number(written)));

    // Retention measures the file once a second, then drops until it is under the budget.
    QTRY_VERIFY_WITH_TIMEOUT(ledger->storage().textsDroppedThrough > 0, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(ledger->storage().usedBytes <= Budget, 20000);
    const qint64 through = ledger->storage().textsDroppedThrough;
    QVERIFY(through < Events); // the newest texts fit

    const auto events = ledger->eventsAfter(0, Events);
    QVERIFY(events);
    QCOMPARE(events->size(), Events);
    for (int i = 0; i < Events; ++i) {
        const StoredEvent &stored = events->at(i);
        // Oldest first: every event up to `through` lost its texts, none after it.
        QCOMPARE(stored.textsDropped, stored.seq <= through);
        if (!stored.textsDropped) {
            QCOMPARE(stored.event.providerRequestJson, submitted.at(i).providerRequestJson);
            QCOMPARE(stored.event.providerResponseJson, submitted.at(i).providerResponseJson);
        }
        QCOMPARE(stored.event.cost.total, submitted.at(i).cost.total);
        QCOMPARE(stored.event.units, submitted.at(i).units);
        QCOMPARE(stored.event.attribution.useCaseId, submitted.at(i).attribution.useCaseId);
    }
    // A revision kept in its event's response says it was dropped; the document is whole.
    const auto first = ledger->document(u"d0"_s);
    QVERIFY(first);
    QVERIFY(first->revisions.first().contentDropped);
    QVERIFY(first->revisions.first().content.isEmpty());
    QVERIFY(first->content.startsWith(u"poem 0: "_s));
    const auto last = ledger->document(u"d%1"_s.arg(Events - 1));
    QVERIFY(!last->revisions.first().contentDropped);
    QCOMPARE(last->revisions.first().content, last->content);

    // The space is reused: calls that fit in the pages retention freed grow the file by far
    // less than they take (each about 2 KB).
    const qint64 before = pageBytes(ledger->path());
    QVERIFY2(freeBytes(ledger->path()) > More * 2048, qPrintable(QString::number(freeBytes(ledger->path()))));
    for (int i = Events; i < Events + More; ++i)
        ledger->submit(callWith(u"more"_s, rng, i));
    QVERIFY(ledger->flush());
    const qint64 grown = pageBytes(ledger->path()) - before;
    QVERIFY2(grown < More * 2048 / 4, qPrintable(QString::number(grown)));
    QTRY_VERIFY_WITH_TIMEOUT(ledger->storage().textsDroppedThrough > through, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(ledger->storage().usedBytes <= Budget, 20000);
    // What every call counted for as it was committed, before retention touched anything.
    const Totals live = ledger->snapshot().all();
    const QHash<QString, Totals> liveUseCases = ledger->snapshot().useCases();
    const auto liveLimits = ledger->limits();
    QVERIFY(liveLimits);
    QCOMPARE(live.calls, Events + More);
    ledger.reset();

    // Every total is exact, counted again from the events alone (the checkpoint removed).
    {
        auto connection = Connection::open(dir.filePath(Ledger::databaseFileName()), Connection::Mode::ReadWrite);
        QSqlQuery query((*connection)->db());
        QVERIFY(query.exec(u"DELETE FROM aggregate_checkpoint"_s));
    }
    auto reopened = Ledger::open(dir.path(), options);
    QVERIFY(reopened);
    QCOMPARE((*reopened)->rebuilt().checkpointSeq, 0);
    QCOMPARE((*reopened)->snapshot().all(), live);
    QCOMPARE((*reopened)->snapshot().useCases(), liveUseCases);
    const auto limitsAfter = (*reopened)->limits();
    QVERIFY(limitsAfter);
    QCOMPARE(limitsAfter->size(), 1);
    QCOMPARE(limitsAfter->first().totals, liveLimits->first().totals);
    QCOMPARE(limitsAfter->first().limit.spent, liveLimits->first().limit.spent);
    QCOMPARE(limitsAfter->first().totals.calls, Events + More);
}

void TestTextRetention::noBudgetDropsNothing()
{
    QTemporaryDir dir;
    LedgerOptions options;
    options.syncEachCommit = false;
    auto ledger = Ledger::open(dir.path(), options); // retentionBytes 0: never
    QVERIFY(ledger);
    QRandomGenerator rng(5);
    for (int i = 0; i < 500; ++i)
        (*ledger)->submit(callWith(u"x"_s, rng, i));
    QVERIFY((*ledger)->flush());
    QTest::qWait(1500); // a retention check would have come
    QCOMPARE((*ledger)->storage().textsDroppedThrough, 0);
    QCOMPARE((*ledger)->storage().retentionBytes, 0);
    const auto events = (*ledger)->eventsAfter(0, 500);
    QVERIFY(events);
    QCOMPARE(events->size(), 500);
    for (const StoredEvent &stored : *events)
        QVERIFY(!stored.textsDropped);
}

QTEST_GUILESS_MAIN(TestTextRetention)
#include "tst_textretention.moc"
