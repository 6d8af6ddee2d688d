#include "providers/UsageMapping.h"

#include <QJsonDocument>
#include <QTest>

class TestUsageMapping : public QObject
{
    Q_OBJECT

private slots:
    void maps_data();
    void maps();
    void estimates();
};

namespace {

payi::Units units(std::initializer_list<std::pair<QString, payi::UnitCount>> list)
{
    payi::Units u;
    for (const auto &[name, count] : list)
        u.insert(name, count);
    return u;
}

} // namespace

void TestUsageMapping::maps_data()
{
    QTest::addColumn<QByteArray>("usage");
    QTest::addColumn<payi::Units>("expected");
    using namespace payi::unit;

    QTest::newRow("plain") << QByteArray(R"({"prompt_tokens": 31, "completion_tokens": 9, "total_tokens": 40})")
                           << units({{text(), {31, 9}}});
    QTest::newRow("zero details") << QByteArray(R"({"prompt_tokens": 31, "completion_tokens": 9,
        "prompt_tokens_details": {"cached_tokens": 0}, "completion_tokens_details": {"reasoning_tokens": 0}})")
                                  << units({{text(), {31, 9}}});
    QTest::newRow("cached") << QByteArray(R"({"prompt_tokens": 1117, "completion_tokens": 46,
        "prompt_tokens_details": {"cached_tokens": 1024, "audio_tokens": 0}})")
                            << units({{text(), {93, 46}}, {textCacheRead(), {1024, 0}}});
    QTest::newRow("reasoning") << QByteArray(R"({"prompt_tokens": 31, "completion_tokens": 69,
        "completion_tokens_details": {"reasoning_tokens": 64}})")
                               << units({{text(), {31, 5}}, {reasoning(), {0, 64}}});
    QTest::newRow("cached and reasoning")
        << QByteArray(R"({"prompt_tokens": 1117, "completion_tokens": 46,
        "prompt_tokens_details": {"cached_tokens": 1024}, "completion_tokens_details": {"reasoning_tokens": 30}})")
        << units({{text(), {93, 16}}, {textCacheRead(), {1024, 0}}, {reasoning(), {0, 30}}});
    QTest::newRow("details larger than totals")
        << QByteArray(R"({"prompt_tokens": 10, "completion_tokens": 5,
        "prompt_tokens_details": {"cached_tokens": 50}, "completion_tokens_details": {"reasoning_tokens": 9}})")
        << units({{text(), {0, 0}}, {textCacheRead(), {10, 0}}, {reasoning(), {0, 5}}});
    QTest::newRow("negative counts") << QByteArray(R"({"prompt_tokens": -3, "completion_tokens": 4})")
                                     << units({{text(), {0, 4}}});
    QTest::newRow("empty") << QByteArray("{}") << units({{text(), {0, 0}}});
}

void TestUsageMapping::maps()
{
    QFETCH(QByteArray, usage);
    QFETCH(payi::Units, expected);
    QCOMPARE(providers::unitsFromOpenAiUsage(QJsonDocument::fromJson(usage).object()), expected);
}

void TestUsageMapping::estimates()
{
    QCOMPARE(providers::estimatedUnits(120, 7), units({{payi::unit::text(), {120, 7}}}));
}

QTEST_GUILESS_MAIN(TestUsageMapping)
#include "tst_usagemapping.moc"
