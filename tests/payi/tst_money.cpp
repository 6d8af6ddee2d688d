#include "payi/Money.h"

#include <QTest>

#include <limits>

using payi::Money;
using namespace Qt::Literals::StringLiterals;

class TestMoney : public QObject
{
    Q_OBJECT
private slots:
    void parseAndFormat_data();
    void parseAndFormat();
    void refused_data();
    void refused();
    void checkedArithmetic();
    void ordering();
};

void TestMoney::parseAndFormat_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("pico");
    QTest::addColumn<QString>("formatted");
    QTest::newRow("zero") << u"0"_s << 0LL << u"0"_s;
    QTest::newRow("zero with decimals") << u"0.000"_s << 0LL << u"0"_s;
    QTest::newRow("negative zero") << u"-0"_s << 0LL << u"0"_s;
    QTest::newRow("one") << u"1"_s << 1'000'000'000'000LL << u"1"_s;
    QTest::newRow("price per token") << u"0.000125"_s << 125'000'000LL << u"0.000125"_s;
    QTest::newRow("one pico") << u"0.000000000001"_s << 1LL << u"0.000000000001"_s;
    QTest::newRow("trailing zeros trimmed") << u"10.500"_s << 10'500'000'000'000LL << u"10.5"_s;
    QTest::newRow("negative") << u"-1.5"_s << -1'500'000'000'000LL << u"-1.5"_s;
    QTest::newRow("leading zeros") << u"007.25"_s << 7'250'000'000'000LL << u"7.25"_s;
    QTest::newRow("largest") << u"9223372.036854775807"_s << std::numeric_limits<qint64>::max()
                             << u"9223372.036854775807"_s;
    QTest::newRow("most negative") << u"-9223372.036854775808"_s << std::numeric_limits<qint64>::min()
                                   << u"-9223372.036854775808"_s;
}

void TestMoney::parseAndFormat()
{
    QFETCH(QString, text);
    QFETCH(qint64, pico);
    QFETCH(QString, formatted);
    const base::Result<Money> m = Money::parse(text);
    QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().message));
    QCOMPARE(m->pico(), pico);
    QCOMPARE(m->toString(), formatted);
    QCOMPARE(Money::parse(m->toString())->pico(), pico); // round trip
}

void TestMoney::refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << u""_s;
    QTest::newRow("sign only") << u"-"_s;
    QTest::newRow("plus sign") << u"+1"_s;
    QTest::newRow("exponent") << u"1e5"_s;
    QTest::newRow("spaces") << u" 1"_s;
    QTest::newRow("trailing space") << u"1 "_s;
    QTest::newRow("comma") << u"1,5"_s;
    QTest::newRow("point only") << u"."_s;
    QTest::newRow("no whole digits") << u".5"_s;
    QTest::newRow("no fraction digits") << u"5."_s;
    QTest::newRow("thirteen decimals") << u"0.0000000000001"_s;
    QTest::newRow("overflow by one pico") << u"9223372.036854775808"_s;
    QTest::newRow("negative overflow") << u"-9223372.036854775809"_s;
    QTest::newRow("huge") << u"99999999999999999999999"_s;
    QTest::newRow("letters") << u"abc"_s;
    QTest::newRow("arabic-indic digits (fuzz regression)") << u"0.0\u0663\u0663108"_s;
    QTest::newRow("fullwidth digit") << u"\uff11"_s;
    QTest::newRow("two points") << u"1.2.3"_s;
}

void TestMoney::refused()
{
    QFETCH(QString, text);
    const base::Result<Money> m = Money::parse(text);
    QVERIFY(!m.ok());
    QCOMPARE(m.error().code, QStringLiteral("invalid_money"));
}

void TestMoney::checkedArithmetic()
{
    const Money max = Money::fromPico(std::numeric_limits<qint64>::max());
    const Money min = Money::fromPico(std::numeric_limits<qint64>::min());
    const Money one = Money::fromPico(1);
    QVERIFY(!max.checkedAdd(one));
    QVERIFY(!min.checkedSub(one));
    QVERIFY(!max.checkedMul(2));
    QVERIFY(!min.checkedMul(-1));
    QCOMPARE(max.checkedSub(one)->pico(), std::numeric_limits<qint64>::max() - 1);
    QCOMPARE(Money::fromPico(125'000'000).checkedMul(1'000'000)->toString(), QStringLiteral("125"));

    Money sum = max;
    QVERIFY(!sum.addInPlace(one));
    QCOMPARE(sum, max); // unchanged on overflow
    Money small = one;
    QVERIFY(small.addInPlace(one));
    QCOMPARE(small.pico(), 2);
}

void TestMoney::ordering()
{
    QVERIFY(*Money::parse(QStringLiteral("0.1")) < *Money::parse(QStringLiteral("0.11")));
    QVERIFY(*Money::parse(QStringLiteral("-1")) < Money());
    QCOMPARE(*Money::parse(QStringLiteral("2.50")), *Money::parse(QStringLiteral("2.5")));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
