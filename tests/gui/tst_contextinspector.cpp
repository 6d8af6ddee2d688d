// The context inspector's words: explainField() as a table (each origin, each reason, for the
// fields whose wording differs), then the inspector itself on calls made by hand, rendered at
// a wide and a narrow dock width into PNGs in the build folder for a reviewer to open.
#include "gui/AttributionText.h"
#include "gui/ContextInspector.h"
#include "payi/CallEvent.h"

#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QSet>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using payi::Field;
using payi::Origin;
using payi::Reason;

class TestContextInspector : public QObject
{
    Q_OBJECT

private slots:
    void headerNames();
    void emptyHeaderEffect_data();
    void emptyHeaderEffect();
    void explain_data();
    void explain();
    void clearedFieldsAreListed();
    void ignoredHeaderShowsBesideTheContextsOrigin();
    void showsEstimatedUnitsAndAttempts_data();
    void showsEstimatedUnitsAndAttempts();
    void rendersWideAndNarrow_data();
    void rendersWideAndNarrow();

private:
    static payi::CallEvent sampleCall();
    static QTreeWidgetItem *row(QTreeWidget *fields, const QString &field);
    static QStringList lines(const QTreeWidgetItem *item);
};

void TestContextInspector::headerNames()
{
    const QStringList names = gui::callHeaderNames();
    QCOMPARE(names.size(), payi::FieldCount);
    QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), payi::FieldCount);
    for (const QString &name : names)
        QVERIFY2(name.startsWith(u"xProxy-"_s), qPrintable(name));
    QCOMPARE(gui::callHeaderName(Field::UseCaseName), u"xProxy-UseCase-Name"_s);
    QCOMPARE(gui::callHeaderName(Field::UseCaseId), u"xProxy-UseCase-ID"_s);
    QCOMPARE(gui::callHeaderName(Field::UseCaseVersion), u"xProxy-UseCase-Version"_s);
    QCOMPARE(gui::callHeaderName(Field::UseCaseStep), u"xProxy-UseCase-Step"_s);
    QCOMPARE(gui::callHeaderName(Field::UseCaseProperties), u"xProxy-UseCase-Properties"_s);
    QCOMPARE(gui::callHeaderName(Field::UserId), u"xProxy-User-ID"_s);
    QCOMPARE(gui::callHeaderName(Field::AccountName), u"xProxy-Account-Name"_s);
    QCOMPARE(gui::callHeaderName(Field::LimitIds), u"xProxy-Limit-IDs"_s);
    QCOMPARE(gui::callHeaderName(Field::RequestProperties), u"xProxy-Request-Properties"_s);
    QCOMPARE(gui::callHeaderName(Field::PriceAsCategory), u"xProxy-PriceAs-Category"_s);
    QCOMPARE(gui::callHeaderName(Field::PriceAsResource), u"xProxy-PriceAs-Resource"_s);
    QCOMPARE(gui::callHeaderName(Field::ResourceScope), u"xProxy-Resource-Scope"_s);
    QCOMPARE(gui::callHeaderName(Field::LogPromptAndResponse), u"xProxy-Logging-Disable"_s);
}

void TestContextInspector::emptyHeaderEffect_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("effect");
    QTest::newRow("user") << u"xProxy-User-ID"_s << u"clears the field"_s;
    QTest::newRow("any case") << u"XPROXY-LIMIT-IDS"_s << u"clears the field"_s;
    QTest::newRow("properties") << u"xProxy-Request-Properties"_s << u"clears the field"_s;
    QTest::newRow("use case name") << u"xProxy-UseCase-Name"_s << u"clears the use case"_s;
    QTest::newRow("use case id") << u"xProxy-UseCase-ID"_s << u"as if not given"_s;
    QTest::newRow("use case version") << u"xProxy-UseCase-Version"_s << u"as if not given"_s;
    QTest::newRow("price as") << u"xProxy-PriceAs-Resource"_s << u"keeps the context's"_s;
    QTest::newRow("resource scope") << u"xProxy-Resource-Scope"_s << u"keeps the context's"_s;
    QTest::newRow("logging") << u"xProxy-Logging-Disable"_s << u"logging off all the same"_s;
    QTest::newRow("not a call header") << u"X-User-Id"_s << QString();
    QTest::newRow("the key") << u"xProxy-api-key"_s << QString();
}

void TestContextInspector::emptyHeaderEffect()
{
    QFETCH(QString, header);
    QFETCH(QString, effect);
    QCOMPARE(gui::emptyCallHeaderEffect(header), effect);
}

void TestContextInspector::explain_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<Origin>("origin");
    QTest::addColumn<Origin>("by");
    QTest::addColumn<Reason>("reason");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("note");
    QTest::addColumn<bool>("cleared");
    const QString none;
    const QString ignoredId =
        u"xProxy-UseCase-ID ignored: without xProxy-UseCase-Name the context's use case is sent"_s;
    const QString group = u"cleared by xProxy-UseCase-Name: the use-case headers are a group"_s;

    // Origins.
    QTest::newRow("global") << Field::UserId << Origin::Global << Origin::None << Reason::None << u"global context"_s
                            << none << false;
    QTest::newRow("track") << Field::UseCaseName << Origin::Track << Origin::None << Reason::None << u"@track"_s << none
                           << false;
    QTest::newRow("track_context") << Field::UseCaseId << Origin::TrackContext << Origin::None << Reason::None
                                   << u"track_context"_s << none << false;
    QTest::newRow("header user") << Field::UserId << Origin::CallHeader << Origin::None << Reason::None
                                 << u"call header xProxy-User-ID"_s << none << false;
    QTest::newRow("header use case name") << Field::UseCaseName << Origin::CallHeader << Origin::None << Reason::None
                                          << u"call header xProxy-UseCase-Name"_s << none << false;
    QTest::newRow("header limits") << Field::LimitIds << Origin::CallHeader << Origin::None << Reason::None
                                   << u"call header xProxy-Limit-IDs"_s << none << false;
    QTest::newRow("header price as") << Field::PriceAsResource << Origin::CallHeader << Origin::None << Reason::None
                                     << u"call header xProxy-PriceAs-Resource"_s << none << false;
    QTest::newRow("header logging") << Field::LogPromptAndResponse << Origin::CallHeader << Origin::None << Reason::None
                                    << u"call header xProxy-Logging-Disable"_s << none << false;
    QTest::newRow("instrument") << Field::LogPromptAndResponse << Origin::Instrument << Origin::None << Reason::None
                                << u"instrument() (log_prompt_and_response=false)"_s << none << false;
    QTest::newRow("default") << Field::LogPromptAndResponse << Origin::None << Origin::None << Reason::None
                             << u"default"_s << none << false;

    // An empty value.
    QTest::newRow("empty header user") << Field::UserId << Origin::None << Origin::CallHeader << Reason::EmptyValue
                                       << u"default"_s << u"cleared by an empty xProxy-User-ID header"_s << true;
    QTest::newRow("empty header account")
        << Field::AccountName << Origin::None << Origin::CallHeader << Reason::EmptyValue << u"default"_s
        << u"cleared by an empty xProxy-Account-Name header"_s << true;
    QTest::newRow("empty header limits") << Field::LimitIds << Origin::None << Origin::CallHeader << Reason::EmptyValue
                                         << u"default"_s << u"cleared by an empty xProxy-Limit-IDs header"_s << true;
    QTest::newRow("empty header properties")
        << Field::RequestProperties << Origin::None << Origin::CallHeader << Reason::EmptyValue << u"default"_s
        << u"cleared by an empty xProxy-Request-Properties header"_s << true;
    QTest::newRow("track_context user") << Field::UserId << Origin::None << Origin::TrackContext << Reason::EmptyValue
                                        << u"default"_s << u"cleared by track_context(user_id=\"\")"_s << true;
    QTest::newRow("track user") << Field::UserId << Origin::None << Origin::Track << Reason::EmptyValue << u"default"_s
                                << u"cleared by @track(user_id=\"\")"_s << true;
    QTest::newRow("track_context step") << Field::UseCaseStep << Origin::None << Origin::TrackContext
                                        << Reason::EmptyValue << u"default"_s
                                        << u"cleared by track_context(use_case_step=\"\")"_s << true;
    QTest::newRow("track_context limits")
        << Field::LimitIds << Origin::None << Origin::TrackContext << Reason::EmptyValue << u"default"_s
        << u"cleared by track_context(limit_ids=[])"_s << true;
    QTest::newRow("track properties") << Field::RequestProperties << Origin::None << Origin::Track << Reason::EmptyValue
                                      << u"default"_s << u"cleared by @track(request_properties={})"_s << true;
    QTest::newRow("global account") << Field::AccountName << Origin::None << Origin::Global << Reason::EmptyValue
                                    << u"default"_s << u"cleared by the global context (account_name=\"\")"_s << true;

    // An empty use_case_name clears the group.
    QTest::newRow("empty name track_context id")
        << Field::UseCaseId << Origin::None << Origin::TrackContext << Reason::EmptyUseCaseName << u"default"_s
        << u"cleared by an empty use_case_name (track_context)"_s << true;
    QTest::newRow("empty name track properties")
        << Field::UseCaseProperties << Origin::None << Origin::Track << Reason::EmptyUseCaseName << u"default"_s
        << u"cleared by an empty use_case_name (@track)"_s << true;
    QTest::newRow("empty name track_context name")
        << Field::UseCaseName << Origin::None << Origin::TrackContext << Reason::EmptyUseCaseName << u"default"_s
        << u"cleared by an empty use_case_name (track_context)"_s << true;
    QTest::newRow("empty name header step")
        << Field::UseCaseStep << Origin::None << Origin::CallHeader << Reason::EmptyUseCaseName << u"default"_s
        << u"cleared by an empty xProxy-UseCase-Name header"_s << true;

    // xProxy-UseCase-Name sends only the call's own use-case headers.
    QTest::newRow("name header drops id") << Field::UseCaseId << Origin::None << Origin::CallHeader
                                          << Reason::UseCaseNameHeader << u"default"_s << group << true;
    QTest::newRow("name header drops version") << Field::UseCaseVersion << Origin::None << Origin::CallHeader
                                               << Reason::UseCaseNameHeader << u"default"_s << group << true;
    QTest::newRow("name header drops step") << Field::UseCaseStep << Origin::None << Origin::CallHeader
                                            << Reason::UseCaseNameHeader << u"default"_s << group << true;

    // Without xProxy-UseCase-Name the context's use case is sent: the field keeps its origin.
    QTest::newRow("id header ignored") << Field::UseCaseId << Origin::TrackContext << Origin::CallHeader
                                       << Reason::ContextUseCase << u"track_context"_s << ignoredId << false;
    QTest::newRow("step header ignored")
        << Field::UseCaseStep << Origin::Track << Origin::CallHeader << Reason::ContextUseCase << u"@track"_s
        << u"xProxy-UseCase-Step ignored: without xProxy-UseCase-Name the context's use case is sent"_s << false;
    QTest::newRow("version header ignored")
        << Field::UseCaseVersion << Origin::Global << Origin::CallHeader << Reason::ContextUseCase
        << u"global context"_s
        << u"xProxy-UseCase-Version ignored: without xProxy-UseCase-Name the context's use case is sent"_s << false;
}

void TestContextInspector::explain()
{
    QFETCH(Field, field);
    QFETCH(Origin, origin);
    QFETCH(Origin, by);
    QFETCH(Reason, reason);
    QFETCH(QString, from);
    QFETCH(QString, note);
    QFETCH(bool, cleared);
    const gui::FieldExplanation e = gui::explainField(field, origin, payi::Note{by, reason});
    QCOMPARE(e.from, from);
    QCOMPARE(e.note, note);
    QCOMPARE(e.cleared, cleared);
    // The tooltips are whole sentences that name the field or its header.
    QVERIFY(!e.fromToolTip.isEmpty());
    QVERIFY(e.fromToolTip.endsWith(u'.'));
    QCOMPARE(e.noteToolTip.isEmpty(), note.isEmpty());
    if (!note.isEmpty()) {
        QVERIFY(e.noteToolTip.endsWith(u'.'));
        QVERIFY2(e.noteToolTip.contains(payi::fieldName(field)) || e.noteToolTip.contains(gui::callHeaderName(field)),
                 qPrintable(e.noteToolTip));
    }
}

payi::CallEvent TestContextInspector::sampleCall()
{
    // As if: track_context(use_case_name="append_document", use_case_id=doc, user_id="alice")
    // then the call's headers xProxy-User-ID: "" and xProxy-UseCase-ID: "x" (ignored) and
    // instrument(log_prompt_and_response=false).
    payi::CallEvent e;
    e.eventId = u"01a24ef1-6d6b-72cd-8a12-b02b3e8d6235"_s;
    e.requestId = u"01a24ef1-6d56-7622-a6f6-cee9724d5f93"_s;
    e.resource = u"gpt-5.4"_s;
    e.httpStatusCode = 200;
    payi::Attribution &a = e.attribution;
    a.useCaseName = u"append_document"_s;
    a.setOrigin(Field::UseCaseName, Origin::TrackContext);
    a.useCaseId = u"01a24ef1-6d6c-71b7-a09e-c1d2fbd8a39c"_s;
    a.setOrigin(Field::UseCaseId, Origin::TrackContext);
    a.notes[int(Field::UseCaseId)] = payi::Note{Origin::CallHeader, Reason::ContextUseCase};
    a.setOrigin(Field::UserId, Origin::TrackContext);
    a.setCleared(Field::UserId, Origin::CallHeader, Reason::EmptyValue);
    a.limitIds = {u"01a24ef1-0000-7000-8000-00000000abcd"_s};
    a.setOrigin(Field::LimitIds, Origin::CallHeader);
    a.logPromptAndResponse = false;
    a.setOrigin(Field::LogPromptAndResponse, Origin::Instrument);
    a.setOrigin(Field::AccountName, Origin::Track);
    a.setCleared(Field::AccountName, Origin::TrackContext, Reason::EmptyValue);
    return e;
}

QTreeWidgetItem *TestContextInspector::row(QTreeWidget *fields, const QString &field)
{
    const QList<QTreeWidgetItem *> found = fields->findItems(field, Qt::MatchExactly, 0);
    return found.size() == 1 ? found.first() : nullptr;
}

QStringList TestContextInspector::lines(const QTreeWidgetItem *item)
{
    QStringList texts;
    for (int i = 0; i < item->childCount(); ++i)
        texts.append(item->child(i)->text(0));
    return texts;
}

void TestContextInspector::clearedFieldsAreListed()
{
    gui::ContextInspector inspector;
    inspector.showCall(sampleCall(), {});
    auto *fields = inspector.findChild<QTreeWidget *>(u"contextFields"_s);
    QVERIFY(fields);

    QTreeWidgetItem *user = row(fields, u"user_id"_s);
    QVERIFY(user);
    QCOMPARE(user->text(1), u"—"_s);
    QCOMPARE(lines(user), QStringList{u"cleared by an empty xProxy-User-ID header"_s});
    QVERIFY(user->toolTip(1).contains(u"empty value"_s));
    QTreeWidgetItem *account = row(fields, u"account_name"_s);
    QVERIFY(account);
    QCOMPARE(account->text(1), u"—"_s);
    QCOMPARE(lines(account), QStringList{u"cleared by track_context(account_name=\"\")"_s});

    QTreeWidgetItem *limits = row(fields, u"limit_ids"_s);
    QVERIFY(limits);
    QCOMPARE(limits->text(1), u"01a24ef1-0000-7000-8000-00000000abcd"_s);
    QCOMPARE(lines(limits), QStringList{u"from call header xProxy-Limit-IDs"_s});
    // A limit it knows is named by its name, its id kept short beside it and whole on hover.
    inspector.setLimitNames([](const QString &id) {
        return id == u"01a24ef1-0000-7000-8000-00000000abcd"_s ? u"tiny budget"_s : QString();
    });
    inspector.showCall(sampleCall(), {});
    limits = row(fields, u"limit_ids"_s);
    QVERIFY(limits);
    QCOMPARE(limits->text(1), u"tiny budget (0000abcd)"_s);
    QCOMPARE(limits->toolTip(1), u"01a24ef1-0000-7000-8000-00000000abcd"_s);
    QTreeWidgetItem *logging = row(fields, u"log_prompt_and_response"_s);
    QVERIFY(logging);
    QCOMPARE(logging->text(1), u"false"_s);
    QCOMPARE(lines(logging), QStringList{u"from instrument() (log_prompt_and_response=false)"_s});

    // Fields no layer touched stay out.
    QVERIFY(!row(fields, u"use_case_step"_s));
    QVERIFY(!row(fields, u"resource_scope"_s));
}

void TestContextInspector::ignoredHeaderShowsBesideTheContextsOrigin()
{
    gui::ContextInspector inspector;
    inspector.showCall(sampleCall(), {});
    auto *fields = inspector.findChild<QTreeWidget *>(u"contextFields"_s);
    QTreeWidgetItem *id = row(fields, u"use_case_id"_s);
    QVERIFY(id);
    QCOMPARE(id->text(1), u"01a24ef1-6d6c-71b7-a09e-c1d2fbd8a39c"_s);
    QCOMPARE(lines(id),
             (QStringList{u"from track_context"_s,
                          u"xProxy-UseCase-ID ignored: without xProxy-UseCase-Name the context's use case is sent"_s}));
    QVERIFY(id->child(1)->toolTip(0).contains(u"(from track_context)"_s));
}

void TestContextInspector::showsEstimatedUnitsAndAttempts_data()
{
    QTest::addColumn<bool>("estimated");
    QTest::addColumn<int>("attempts");
    QTest::newRow("usage reported, sent once") << false << 1;
    QTest::newRow("estimated, retried twice") << true << 3;
}

void TestContextInspector::showsEstimatedUnitsAndAttempts()
{
    QFETCH(bool, estimated);
    QFETCH(int, attempts);
    payi::CallEvent call = sampleCall();
    call.units.insert(payi::unit::text(), {120, 40});
    call.usageEstimated = estimated;
    call.attempts = attempts;
    gui::ContextInspector inspector;
    inspector.showCall(call, {});
    auto *summary = inspector.findChild<QLabel *>(u"contextSummary"_s);
    QVERIFY(summary);
    const QString text = summary->text();
    QVERIFY2(text.contains(u"120 in / 40 out"_s), qPrintable(text));
    QCOMPARE(text.contains(u"units estimated — the provider reported no usage"_s), estimated);
    QVERIFY2(text.contains(u"<b>Attempts</b></td><td>%1</td>"_s.arg(attempts)), qPrintable(text));
}

void TestContextInspector::rendersWideAndNarrow_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("wide") << QSize(520, 760);
    QTest::newRow("dock") << QSize(290, 640);
}

void TestContextInspector::rendersWideAndNarrow()
{
    QFETCH(QSize, size);
    gui::ContextInspector inspector;
    inspector.resize(size);
    inspector.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inspector));
    inspector.showCall(sampleCall(), {});
    auto *fields = inspector.findChild<QTreeWidget *>(u"contextFields"_s);
    QTreeWidgetItem *ignored = row(fields, u"use_case_id"_s)->child(1);
    // The long note wraps to the width instead of running off the view.
    QTRY_VERIFY(fields->visualItemRect(ignored).right() <= fields->viewport()->width());
    const QRect note = fields->visualItemRect(ignored);
    if (size.width() < 400)
        QTRY_VERIFY2(fields->visualItemRect(ignored).height() > 2 * fields->fontMetrics().height(),
                     "the note wraps onto several lines in a narrow dock");
    QVERIFY(note.height() > 0);
    const QString png = QDir(QCoreApplication::applicationDirPath())
                            .filePath(u"tst_contextinspector-%1.png"_s.arg(QLatin1String(QTest::currentDataTag())));
    QVERIFY(inspector.grab().save(png));
    qInfo("screenshot: %s", qPrintable(png));
}

QTEST_MAIN(TestContextInspector)
#include "tst_contextinspector.moc"
