// One way of writing money in the whole window: at least two decimals, three significant
// digits, rounded half away from zero, never zero for a cost that is not.
#include "gui/MoneyText.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestMoneyText : public QObject
{
    Q_OBJECT

private slots:
    void money_data();
    void money();
    void usdFromADouble();
};

void TestMoneyText::money_data()
{
    QTest::addColumn<qint64>("pico");
    QTest::addColumn<QString>("text");
    const qint64 usd = payi::Money::PicoPerUsd;
    QTest::newRow("zero") << qint64(0) << u"$0.00"_s;
    QTest::newRow("a budget") << 10 * usd << u"$10.00"_s;
    QTest::newRow("a tenth") << usd / 10 << u"$0.10"_s;
    QTest::newRow("a call") << qint64(4'430'000'000) << u"$0.00443"_s;
    QTest::newRow("a call, rounded down") << qint64(3'292'500'000) << u"$0.00329"_s;
    QTest::newRow("half, away from zero") << qint64(61'650'000'000) << u"$0.0617"_s;
    QTest::newRow("trailing zeros go") << qint64(25'000'000'000) << u"$0.025"_s;
    QTest::newRow("rounding up a digit") << qint64(9'999'600'000) << u"$0.01"_s;
    QTest::newRow("cents keep two decimals") << 1234 * usd + 567'800'000'000 << u"$1234.57"_s;
    QTest::newRow("a micro-dollar") << qint64(1'000'000) << u"$0.000001"_s;
    QTest::newRow("a pico-dollar") << qint64(1) << u"$0.000000000001"_s;
    QTest::newRow("pico digits") << qint64(123) << u"$0.000000000123"_s;
    QTest::newRow("negative") << -qint64(4'430'000'000) << u"-$0.00443"_s;
    QTest::newRow("the largest") << std::numeric_limits<qint64>::max() << u"$9223372.04"_s;
    QTest::newRow("the smallest") << std::numeric_limits<qint64>::min() << u"-$9223372.04"_s;
}

void TestMoneyText::money()
{
    QFETCH(qint64, pico);
    QFETCH(QString, text);
    QCOMPARE(gui::moneyText(payi::Money::fromPico(pico)), text);
}

void TestMoneyText::usdFromADouble()
{
    QCOMPARE(gui::moneyText(0.005), u"$0.005"_s);
    QCOMPARE(gui::moneyText(0.0), u"$0.00"_s);
    QCOMPARE(gui::moneyText(2.5), u"$2.50"_s);
}

QTEST_GUILESS_MAIN(TestMoneyText)
#include "tst_moneytext.moc"
