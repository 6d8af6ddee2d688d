// Generated use-case ids. The nesting and precedence rules are tests/providers/sdk-conformance.json,
// run by tst_sdkconformance.
#include "payi/Attribution.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace payi;
using namespace Qt::Literals::StringLiterals;

class TestAttribution : public QObject
{
    Q_OBJECT
private slots:
    void uniqueGeneratedIds();
};

void TestAttribution::uniqueGeneratedIds()
{
    QSet<QString> ids;
    for (int i = 0; i < 10000; ++i)
        ids.insert(newUseCaseId());
    QCOMPARE(ids.size(), 10000);
    const QString id = *ids.cbegin();
    QVERIFY(!QUuid::fromString(id).isNull());
    QCOMPARE(QUuid::fromString(id).variant(), QUuid::DCE);
    QCOMPARE(id.at(14), u'7'); // version 7, time-ordered (RFC 9562): Qt 6.4's QUuid knows 1 to 5
    // Later ids sort later: the ledger's tables keyed by them grow at one end. An id leads with
    // the Unix time it was made, in milliseconds, as twelve lowercase hex digits: an id of a later
    // millisecond sorts later. The test reads that time back instead of waiting for one to pass.
    const qint64 startMs = QDateTime::currentMSecsSinceEpoch();
    const QString before = newUseCaseId();
    const qint64 endMs = QDateTime::currentMSecsSinceEpoch();
    QVERIFY2(QRegularExpression(u"^[0-9a-f]{8}-[0-9a-f]{4}-"_s).match(before).hasMatch(), qPrintable(before));
    bool hex = false;
    const qint64 madeMs = (before.left(8) + before.mid(9, 4)).toLongLong(&hex, 16);
    QVERIFY(hex);
    QVERIFY2(startMs <= madeMs && madeMs <= endMs,
             qPrintable(u"made at %1, between %2 and %3"_s.arg(madeMs).arg(startMs).arg(endMs)));
    // Ids made together share their leading time digits; their short forms still differ.
    QSet<QString> shortForms;
    for (int i = 0; i < 100; ++i)
        shortForms.insert(shortId(newUseCaseId()));
    QCOMPARE(shortForms.size(), 100);
    QCOMPARE(shortId(before).size(), 8);
    QVERIFY(before.endsWith(shortId(before)));
}

QTEST_GUILESS_MAIN(TestAttribution)
#include "tst_attribution.moc"
