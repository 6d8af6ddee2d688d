#include "payi/Instrumentation.h"

#include <QTest>

#include <memory>
#include <vector>

using namespace payi;
using namespace Qt::Literals::StringLiterals;

namespace {

Config withGlobal(bool on)
{
    Config c;
    c.globalInstrumentation = on;
    c.globalContext.useCaseName = u"scope_lab"_s;
    return c;
}

ScopeLayer track(const Params &p)
{
    return scopeLayer(p, Origin::Track);
}

ScopeLayer context(const Params &p)
{
    return scopeLayer(p, Origin::TrackContext);
}

// The same stack opened as real scopes, then resolved as a provider call resolves it.
std::optional<Attribution> resolvedByOpenScopes(const Instrumentation &in, const QList<ScopeLayer> &scopes,
                                                const Params &headers)
{
    std::vector<std::unique_ptr<TrackContext>> open;
    for (const ScopeLayer &scope : scopes) {
        if (scope.origin == Origin::Track)
            open.push_back(std::make_unique<detail::TrackScope>(scope.params));
        else
            open.push_back(std::make_unique<TrackContext>(scope.params));
    }
    std::optional<Attribution> resolved = in.resolve(CapturedContext::current(), headers);
    while (!open.empty())
        open.pop_back(); // innermost first, as `with` blocks close
    return resolved;
}

using Layers = QMap<Field, int>;

// Params written as a chain: P().name("a").user("b").
struct P
{
    Params p;
    P &name(const QString &v) { return p.useCaseName = v, *this; }
    P &id(const QString &v) { return p.useCaseId = v, *this; }
    P &version(int v) { return p.useCaseVersion = v, *this; }
    P &user(const QString &v) { return p.userId = v, *this; }
    P &limits(const QStringList &v) { return p.limitIds = v, *this; }
    P &request(const Properties &v) { return p.requestProperties = v, *this; }
    P &useCase(const Properties &v) { return p.useCaseProperties = v, *this; }
    P &log(bool v) { return p.logPromptAndResponse = v, *this; }
    operator Params() const { return p; }
};

} // namespace

class TestScopeTrace : public QObject
{
    Q_OBJECT
private slots:
    void layers_data();
    void layers();
    void elements();
    void generatedIds();
    void globalOffOutsideScopesIsUntracked();
    void instrumentSwitchWins();
};

void TestScopeTrace::layers_data()
{
    QTest::addColumn<bool>("global");
    QTest::addColumn<QList<ScopeLayer>>("scopes");
    QTest::addColumn<Params>("headers");
    QTest::addColumn<Layers>("setBy");
    QTest::addColumn<Layers>("notedBy");

    QTest::newRow("global only") << true << QList<ScopeLayer>{} << Params{}
                                 << Layers{{Field::UseCaseName, RootLayer}, {Field::UseCaseId, RootLayer}} << Layers{};
    QTest::newRow("same name nested keeps the outer id")
        << false << QList<ScopeLayer>{track(P().name(u"summarize"_s)), context(P().name(u"summarize"_s).user(u"bob"_s))}
        << Params{} << Layers{{Field::UseCaseName, 1}, {Field::UseCaseId, 0}, {Field::UserId, 1}} << Layers{};
    QTest::newRow("a different name is a new instance")
        << false << QList<ScopeLayer>{track(P().name(u"summarize"_s).version(2)), context(P().name(u"translate"_s))}
        << Params{} << Layers{{Field::UseCaseName, 1}, {Field::UseCaseId, 1}, {Field::UseCaseVersion, 0}} << Layers{};
    QTest::newRow("an empty value clears")
        << false << QList<ScopeLayer>{track(P().name(u"summarize"_s).user(u"alice"_s)), context(P().user(u""_s))}
        << Params{} << Layers{{Field::UseCaseName, 0}, {Field::UseCaseId, 0}} << Layers{{Field::UserId, 1}};
    QTest::newRow("two scopes of one kind: the inner one wins")
        << false << QList<ScopeLayer>{context(P().user(u"alice"_s)), context(P().user(u"bob"_s))} << Params{}
        << Layers{{Field::UserId, 1}} << Layers{};
    QTest::newRow("a header replaces, an empty one clears")
        << true << QList<ScopeLayer>{context(P().user(u"alice"_s).limits(QStringList{u"team"_s}))}
        << Params(P().user(u"bob"_s).limits(QStringList{}))
        << Layers{{Field::UseCaseName, RootLayer}, {Field::UseCaseId, RootLayer}, {Field::UserId, 1}}
        << Layers{{Field::LimitIds, 1}};
    QTest::newRow("the context's id outranks a header id")
        << false << QList<ScopeLayer>{context(P().name(u"summarize"_s).id(u"doc-1"_s))} << Params(P().id(u"doc-2"_s))
        << Layers{{Field::UseCaseName, 0}, {Field::UseCaseId, 0}} << Layers{{Field::UseCaseId, 1}};
}

void TestScopeTrace::layers()
{
    QFETCH(bool, global);
    QFETCH(QList<ScopeLayer>, scopes);
    QFETCH(Params, headers);
    QFETCH(Layers, setBy);
    QFETCH(Layers, notedBy);
    Instrumentation in(withGlobal(global));
    const std::optional<TracedAttribution> traced = in.trace(scopes, headers);
    QVERIFY(traced);
    for (int i = 0; i < FieldCount; ++i) {
        const Field f = Field(i);
        if (f == Field::LogPromptAndResponse)
            continue;
        QVERIFY2(traced->setLayer(f) == setBy.value(f, NoLayer), qPrintable(fieldName(f)));
        QVERIFY2(traced->noteLayer(f) == notedBy.value(f, NoLayer), qPrintable(fieldName(f)));
    }
    // The traced context is the one real scopes give, origins and notes included (ids aside:
    // open scopes generate their own).
    std::optional<Attribution> real = resolvedByOpenScopes(in, scopes, headers);
    QVERIFY(real);
    Attribution traced2 = traced->attribution;
    if (traced->generatedUseCaseId)
        traced2.useCaseId = real->useCaseId;
    QVERIFY(traced2.sameAttribution(*real));
    QCOMPARE(traced2.origins, real->origins);
    QCOMPARE(traced2.notes, real->notes);
}

void TestScopeTrace::elements()
{
    Instrumentation in(withGlobal(false));
    const QList<ScopeLayer> scopes{
        track(P().limits(QStringList{u"team"_s}).request(Properties{{u"a"_s, u"1"_s}})),
        context(P().limits(QStringList{u"user"_s, u"team"_s}).request(Properties{{u"b"_s, u"2"_s}})),
    };
    std::optional<TracedAttribution> t = in.trace(scopes);
    QVERIFY(t);
    QCOMPARE(t->attribution.limitIds, (QStringList{u"team"_s, u"user"_s}));
    QCOMPARE(t->limitIdLayers, (QMap<QString, int>{{u"team"_s, 1}, {u"user"_s, 1}}));
    QCOMPARE(t->requestPropertyLayers, (QMap<QString, int>{{u"a"_s, 0}, {u"b"_s, 1}}));

    // A header replaces: only its own elements are left.
    t = in.trace(scopes, P().limits(QStringList{u"call"_s}).request(Properties{{u"c"_s, u"3"_s}}));
    QCOMPARE(t->limitIdLayers, (QMap<QString, int>{{u"call"_s, 2}}));
    QCOMPARE(t->requestPropertyLayers, (QMap<QString, int>{{u"c"_s, 2}}));

    // use_case_properties given outside any use case are dropped: they come from no layer.
    t = in.trace({context(P().useCase(Properties{{u"k"_s, u"v"_s}}))});
    QVERIFY(t->useCasePropertyLayers.isEmpty());
    QCOMPARE(t->setLayer(Field::UseCaseProperties), NoLayer);
}

void TestScopeTrace::generatedIds()
{
    Instrumentation in(withGlobal(true));
    std::optional<TracedAttribution> t = in.trace({});
    QVERIFY(t->generatedUseCaseId);
    QCOMPARE(t->attribution.useCaseId, in.globalContext().useCaseId);

    const ScopeLayer named = track(P().name(u"summarize"_s));
    QVERIFY(!named.generatedId.isEmpty());
    t = in.trace({named});
    QVERIFY(t->generatedUseCaseId);
    QCOMPARE(t->attribution.useCaseId, named.generatedId);

    t = in.trace({track(P().name(u"summarize"_s).id(u"doc-1"_s))});
    QVERIFY(!t->generatedUseCaseId);
    QCOMPARE(t->attribution.useCaseId, u"doc-1"_s);

    // A header's id is given, never generated.
    t = in.trace({}, P().name(u"h"_s).id(u"h-1"_s));
    QVERIFY(!t->generatedUseCaseId);
}

void TestScopeTrace::globalOffOutsideScopesIsUntracked()
{
    Instrumentation in(withGlobal(false));
    QVERIFY(!in.trace({}, P().user(u"bob"_s)));
    QVERIFY(in.trace({context(P().user(u"bob"_s))}));
    in.setGlobalInstrumentation(true);
    QCOMPARE(in.trace({}, P().user(u"bob"_s))->setLayer(Field::UserId), 0);
}

void TestScopeTrace::instrumentSwitchWins()
{
    Config c = withGlobal(false);
    c.logPromptAndResponse = false;
    Instrumentation in(c);
    const std::optional<TracedAttribution> t = in.trace({context(P().log(true))});
    QVERIFY(!t->attribution.logPromptAndResponse);
    QCOMPARE(t->attribution.origin(Field::LogPromptAndResponse), Origin::Instrument);
}

QTEST_GUILESS_MAIN(TestScopeTrace)
#include "tst_scopetrace.moc"
