// The cost tree's Misattr. column from what the ledger keeps (issue 22, findings that last):
// calls stored with the audit's finding, read back from a real ledger file as a window
// started afterwards reads them, with no misattribution list from a running audit.
#include "support/SampleEvents.h"

#include "gui/CostTreeModel.h"
#include "ledger/Ledger.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Verdict = ledger::AuditFinding::Verdict;

class TestCostTreeAudit : public QObject
{
    Q_OBJECT

private slots:
    void misattributedColumn_data();
    void misattributedColumn();
};

void TestCostTreeAudit::misattributedColumn_data()
{
    QTest::addColumn<QList<int>>("verdicts"); // of the instance's calls, in order
    QTest::addColumn<QString>("instanceCell");
    QTest::addColumn<QStringList>("callCells");
    QTest::newRow("none checked") << QList<int>{0, 0} << QString() << QStringList{QString(), QString()};
    QTest::newRow("checked, attributed") << QList<int>{1, 1} << QString() << QStringList{QString(), QString()};
    QTest::newRow("one misattributed") << QList<int>{1, 2} << u"1"_s << QStringList{QString(), u"yes"_s};
    QTest::newRow("both misattributed") << QList<int>{2, 2} << u"2"_s << QStringList{u"yes"_s, u"yes"_s};
}

void TestCostTreeAudit::misattributedColumn()
{
    QFETCH(QList<int>, verdicts);
    QFETCH(QString, instanceCell);
    QFETCH(QStringList, callCells);
    QTemporaryDir dir;
    auto opened = ledger::Ledger::open(dir.path());
    QVERIFY(opened);
    std::unique_ptr<ledger::Ledger> ledger = std::move(opened).value();
    for (const int verdict : std::as_const(verdicts)) {
        ledger::AuditFinding finding;
        finding.verdict = Verdict(verdict);
        if (finding.misattributed()) {
            finding.expectedUseCaseName = u"append_document"_s;
            finding.expectedUseCaseId = u"doc-own"_s;
            finding.expectedUserId = u"alice"_s;
            finding.mode = u"global"_s;
        }
        ledger->submit(sample::fullEvent(), finding); // each with an event id of its own
    }
    QVERIFY(ledger->flush());
    const auto events = ledger->eventsAfter(0, 10);
    QVERIFY(events);

    gui::CostTreeModel tree;
    tree.addEvents(*events, ledger->snapshot());
    const payi::Attribution &a = sample::fullEvent().attribution;
    const QModelIndex instance = tree.instanceIndex(a.useCaseName, a.useCaseId);
    QVERIFY(instance.isValid());
    const auto cell = [&tree](const QModelIndex &index) {
        return tree.data(index.siblingAtColumn(gui::CostTreeModel::Misattributed)).toString();
    };
    QCOMPARE(cell(instance), instanceCell);
    QCOMPARE(cell(tree.useCaseIndex(a.useCaseName)), instanceCell);
    QCOMPARE(tree.rowCount(instance), verdicts.size());
    for (int row = 0; row < verdicts.size(); ++row) {
        const QModelIndex call = tree.index(row, 0, instance);
        QCOMPARE(cell(call), callCells.at(row));
        const QVariantMap misattribution = call.data(gui::CostTreeModel::MisattributionRole).toMap();
        if (verdicts.at(row) != int(Verdict::Misattributed)) {
            QVERIFY(misattribution.isEmpty());
            continue;
        }
        QCOMPARE(misattribution.value(u"request_id"_s).toString(), sample::fullEvent().requestId);
        QCOMPARE(misattribution.value(u"expected"_s).toMap().value(u"user_id"_s).toString(), u"alice"_s);
    }
}

QTEST_MAIN(TestCostTreeAudit)
#include "tst_costtreeaudit.moc"
