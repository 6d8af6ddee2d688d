#include "providers/TokenEstimate.h"
#include "simulator/SimulatedModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using simulator::FaultKind;
Q_DECLARE_METATYPE(simulator::FaultKind)
using simulator::ResponsePlan;
using simulator::SimulatedModel;

class TestSimulatedModel : public QObject
{
    Q_OBJECT

private slots:
    void splitsTokens_data();
    void splitsTokens();
    void tokensNeverExceedBytes();
    void promptBounds();
    void isDeterministicForASeed();
    void remembersTextsAsWritten_data();
    void remembersTextsAsWritten();
    void writesAPoemAboutThePrompt();
    void appendsInTheDocumentsVoice_data();
    void appendsInTheDocumentsVoice();
    void completionBodyCarriesAnyText_data();
    void completionBodyCarriesAnyText();
    void countsTokensOfItsText();
    void reasoningModelsReason();
    void respectsMaxTokens_data();
    void respectsMaxTokens();
    void refusesMaxTokensWhereOpenAiDoes_data();
    void refusesMaxTokensWhereOpenAiDoes();
    void cachesRepeatedPrefixes();
    void timesTheAnswer();
    void streamsInOpenAisFormat_data();
    void streamsInOpenAisFormat();
    void injectsFaults_data();
    void injectsFaults();
    void mixedFaultsDrawEveryKind();
    void refusesMalformedRequests_data();
    void refusesMalformedRequests();
    void settingsAreClampedAndNamed();
};

namespace {

const QString CreateSystem = QStringLiteral("You are a poet. Write a short poem based on the user's prompt.");
const QString EditSystem =
    QStringLiteral("You are editing an existing document. Append the new text to the document while ensuring "
                   "the writing voice and style remain consistent throughout. Return the full updated document.");

QJsonArray messages(const QString &system, const QString &user)
{
    return QJsonArray{
        QJsonObject{{QStringLiteral("role"), QStringLiteral("system")}, {QStringLiteral("content"), system}},
        QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), user}}};
}

QByteArray request(const QJsonArray &msgs, const QString &model = QStringLiteral("gpt-5.4"),
                   const QJsonObject &extra = {})
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("model"), model);
    body.insert(QStringLiteral("messages"), msgs);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray createRequest(const QString &prompt, const QString &model = QStringLiteral("gpt-5.4"),
                         const QJsonObject &extra = {})
{
    return request(messages(CreateSystem, prompt), model, extra);
}

} // namespace

void TestSimulatedModel::splitsTokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tokens");
    auto s = [](const char *t) { return QString::fromUtf8(t); };
    QTest::newRow("words") << s("the quiet harbor") << QStringList{s("the"), s(" quiet"), s(" harbor")};
    QTest::newRow("long word") << s("approximation") << QStringList{s("approx"), s("imatio"), s("n")};
    QTest::newRow("punctuation") << s("Hello, world!") << QStringList{s("Hello"), s(","), s(" world"), s("!")};
    QTest::newRow("digits") << s("year 20261") << QStringList{s("year"), s(" 202"), s("61")};
    QTest::newRow("line breaks") << s("a\n\nb") << QStringList{s("a"), s("\n\n"), s("b")};
    QTest::newRow("spaces") << s("a   b") << QStringList{s("a"), s("  "), s(" b")};
    QTest::newRow("cjk") << s("\xe6\xb5\xb7\xe9\x9d\xa2") << QStringList{s("\xe6\xb5\xb7"), s("\xe9\x9d\xa2")};
    QTest::newRow("empty") << QString() << QStringList{};
}

void TestSimulatedModel::splitsTokens()
{
    QFETCH(QString, text);
    QFETCH(QStringList, tokens);
    QCOMPARE(providers::splitIntoTokens(text), tokens);
    QCOMPARE(providers::splitIntoTokens(text).join(QString()), text);
}

void TestSimulatedModel::tokensNeverExceedBytes()
{
    const QString text = QString::fromUtf8("Caf\xc3\xa9 \xf0\x9f\x8c\x8a, 1234567 -- a\tb\r\n\r\n  end. "
                                           "\xe6\xb5\xb7\xe9\x9d\xa2 I'm here!!");
    QVERIFY(providers::estimateTokens(text) <= text.toUtf8().size());
    QCOMPARE(providers::splitIntoTokens(text).join(QString()), text);
}

void TestSimulatedModel::promptBounds()
{
    const QJsonArray msgs = messages(CreateSystem, QStringLiteral("the sea at night, 2026"));
    const qint64 estimate = providers::estimatePromptTokens(msgs);
    // 3 priming + 2 messages * (3 + 1) + content tokens.
    QCOMPARE(estimate, 3 + 2 * 4 + providers::estimateTokens(CreateSystem)
                           + providers::estimateTokens(QStringLiteral("the sea at night, 2026")));
    const QList<providers::ChatMessage> asSent{{QStringLiteral("system"), CreateSystem},
                                               {QStringLiteral("user"), QStringLiteral("the sea at night, 2026")}};
    QVERIFY(providers::promptTokenUpperBound(asSent) >= estimate);
}

void TestSimulatedModel::isDeterministicForASeed()
{
    simulator::SimulatedModel a(7), b(7), c(8);
    const QByteArray body = createRequest(QStringLiteral("a lighthouse keeper's last night"));
    const simulator::ResponsePlan first = a.plan(body, 0);
    QCOMPARE(b.plan(body, 0).content(), first.content());
    QCOMPARE(a.plan(body, 0).content(), first.content());
    QVERIFY(c.plan(body, 0).content() != first.content());
    QCOMPARE(b.plan(body, 0).id.size(), first.id.size());
}

void TestSimulatedModel::remembersTextsAsWritten_data()
{
    QTest::addColumn<QByteArray>("body");
    const QString document = simulator::SimulatedModel().plan(createRequest(QStringLiteral("the harbor")), 0).content();
    const QString append = QStringLiteral("Existing document:\n%1\n\nText to append:\nGulls.").arg(document);
    QTest::newRow("poem") << createRequest(QStringLiteral("a lighthouse"));
    QTest::newRow("append") << request(messages(EditSystem, append));
    QTest::newRow("reasoning model") << createRequest(QStringLiteral("a lighthouse"), QStringLiteral("o3-mini"));
    QTest::newRow("capped after uncapped") << createRequest(QStringLiteral("a lighthouse"), QStringLiteral("gpt-4o"),
                                                            QJsonObject{{QStringLiteral("max_tokens"), 7}});
    QTest::newRow("too long to remember") << createRequest(QString(9000, QLatin1Char('w')));
}

void TestSimulatedModel::remembersTextsAsWritten()
{
    // A model that has planned these messages before (and others in between) answers
    // exactly as a fresh model with the same seed does.
    QFETCH(QByteArray, body);
    simulator::SimulatedModel used(11);
    used.plan(body, 0);
    used.plan(createRequest(QStringLiteral("a lighthouse"), QStringLiteral("gpt-4o"),
                            QJsonObject{{QStringLiteral("max_tokens"), 3}}),
              0);
    used.plan(createRequest(QStringLiteral("something else")), 0);
    const simulator::ResponsePlan again = used.plan(body, 0);
    const simulator::ResponsePlan fresh = simulator::SimulatedModel(11).plan(body, 0);
    QCOMPARE(again.content(), fresh.content());
    QCOMPARE(again.pieces, fresh.pieces);
    QCOMPARE(again.promptTokens, fresh.promptTokens);
    QCOMPARE(again.reasoningTokens, fresh.reasoningTokens);
    QCOMPARE(again.finishReason, fresh.finishReason);
}

void TestSimulatedModel::writesAPoemAboutThePrompt()
{
    simulator::SimulatedModel model;
    const simulator::ResponsePlan plan = model.plan(createRequest(QStringLiteral("Write about autumn rain")), 0);
    QCOMPARE(plan.httpStatus, 200);
    const QString poem = plan.content();
    const QStringList stanzas = poem.split(QStringLiteral("\n\n"));
    QCOMPARE(stanzas.size(), 2);
    for (const QString &stanza : stanzas) {
        QCOMPARE(stanza.split(QLatin1Char('\n')).size(), 4);
        QVERIFY(stanza.endsWith(QLatin1Char('.')));
    }
    QVERIFY(poem.contains(QStringLiteral("autumn")) || poem.contains(QStringLiteral("rain")));
    QVERIFY(!poem.contains(QLatin1Char('{')));
}

void TestSimulatedModel::appendsInTheDocumentsVoice_data()
{
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QString>("text");
    QTest::newRow("harbor") << QStringLiteral("the harbor at dawn")
                            << QStringLiteral("The fishing boats came home before noon.");
    QTest::newRow("lighthouse") << QStringLiteral("a lighthouse") << QStringLiteral("Its lamp was lit at dusk.");
    QTest::newRow("mountain") << QStringLiteral("snow on the mountain")
                              << QStringLiteral("The pass closed in November.");
    QTest::newRow("city") << QStringLiteral("a city at night") << QStringLiteral("Trains kept running past midnight.");
}

void TestSimulatedModel::appendsInTheDocumentsVoice()
{
    QFETCH(QString, topic);
    QFETCH(QString, text);
    simulator::SimulatedModel model;
    const QString document = model.plan(createRequest(topic), 0).content();
    const QString user = QStringLiteral("Existing document:\n%1\n\nText to append:\n%2").arg(document, text);
    const QString updated = model.plan(request(messages(EditSystem, user)), 0).content();

    QVERIFY2(updated.startsWith(document + QStringLiteral("\n\n") + text), qPrintable(updated));
    const QString closing = updated.mid(document.size() + 2 + text.size() + 1);
    QVERIFY(closing.endsWith(QLatin1Char('.')));
    QVERIFY(!closing.contains(QLatin1Char('\n')));
    // The closing line speaks with the words the document already uses.
    const QStringList closingWords =
        closing.toLower().split(QRegularExpression(QStringLiteral("\\W+")), Qt::SkipEmptyParts);
    int shared = 0;
    for (const QString &word : closingWords)
        shared += word.size() > 3 && document.toLower().contains(word) ? 1 : 0;
    QVERIFY2(shared > 0, qPrintable(closing));
}

void TestSimulatedModel::completionBodyCarriesAnyText_data()
{
    // An edit answers with the document and the appended text as given: whatever the user
    // typed must come back through the JSON body intact.
    QTest::addColumn<QString>("text");
    QTest::newRow("quotes and backslashes") << QStringLiteral(R"(She said "no" \ then \"yes\")");
    QTest::newRow("control characters") << QStringLiteral("tab\there, bell\a, nul-free\x01\x1f, cr\r\nlf");
    QTest::newRow("non-ASCII") << QStringLiteral("caf\u00e9 \u6771\u4eac \U0001F600 \u2028 end");
    QTest::newRow("JSON-looking") << QStringLiteral(R"({"choices":[],"usage":null})");
}

void TestSimulatedModel::completionBodyCarriesAnyText()
{
    QFETCH(QString, text);
    simulator::SimulatedModel model;
    const QString user = QStringLiteral("Existing document:\nOld line.\n\nText to append:\n%1").arg(text);
    const simulator::ResponsePlan plan = model.plan(request(messages(EditSystem, user)), 1741570283);
    QVERIFY(plan.content().contains(text));
    QJsonParseError error{};
    const QJsonObject body = QJsonDocument::fromJson(plan.completionBody(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject choice = body.value(QStringLiteral("choices")).toArray().first().toObject();
    QCOMPARE(choice.value(QStringLiteral("message")).toObject().value(QStringLiteral("content")).toString(),
             plan.content());
    QCOMPARE(choice.value(QStringLiteral("finish_reason")).toString(), plan.finishReason);
    QCOMPARE(body.value(QStringLiteral("id")).toString(), plan.id);
    QCOMPARE(body.value(QStringLiteral("object")).toString(), QStringLiteral("chat.completion"));
    QCOMPARE(body.value(QStringLiteral("created")).toInteger(), 1741570283);
    QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("gpt-5.4"));
    QCOMPARE(body.value(QStringLiteral("usage")).toObject(), plan.usage());
    QVERIFY(body.value(QStringLiteral("system_fingerprint")).isNull());
}

void TestSimulatedModel::countsTokensOfItsText()
{
    simulator::SimulatedModel model;
    const QJsonArray msgs = messages(CreateSystem, QStringLiteral("winter orchards"));
    const simulator::ResponsePlan plan = model.plan(request(msgs, QStringLiteral("gpt-4o")), 0);
    QCOMPARE(plan.promptTokens, providers::estimatePromptTokens(msgs));
    QCOMPARE(plan.reasoningTokens, 0);
    QCOMPARE(plan.completionTokens(), providers::estimateTokens(plan.content()));
    const QJsonObject usage = plan.usage();
    QCOMPARE(usage.value(QStringLiteral("total_tokens")).toInteger(), plan.promptTokens + plan.completionTokens());
}

void TestSimulatedModel::reasoningModelsReason()
{
    simulator::SimulatedModel model;
    for (const char *name : {"gpt-5.4", "o3-mini", "o4-mini"}) {
        const simulator::ResponsePlan plan =
            model.plan(createRequest(QStringLiteral("tides"), QString::fromLatin1(name)), 0);
        QVERIFY2(plan.reasoningTokens > 0, name);
        QCOMPARE(plan.reasoningTokens % 64, 0);
        QCOMPARE(plan.completionTokens(), plan.reasoningTokens + plan.pieces);
    }
    const QJsonObject minimal{{QStringLiteral("reasoning_effort"), QStringLiteral("minimal")}};
    QCOMPARE(model.plan(createRequest(QStringLiteral("tides"), QStringLiteral("gpt-5.4"), minimal), 0).reasoningTokens,
             0);
    const QJsonObject high{{QStringLiteral("reasoning_effort"), QStringLiteral("high")}};
    QVERIFY(model.plan(createRequest(QStringLiteral("tides"), QStringLiteral("gpt-5.4"), high), 0).reasoningTokens
            > model.plan(createRequest(QStringLiteral("tides")), 0).reasoningTokens);
}

void TestSimulatedModel::respectsMaxTokens_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("cap");
    QTest::newRow("gpt-4o max_tokens") << QStringLiteral("gpt-4o") << QStringLiteral("max_tokens") << 10;
    QTest::newRow("gpt-5.4 max_completion_tokens")
        << QStringLiteral("gpt-5.4") << QStringLiteral("max_completion_tokens") << 80;
    QTest::newRow("cap inside reasoning") << QStringLiteral("o3-mini") << QStringLiteral("max_completion_tokens") << 16;
}

void TestSimulatedModel::respectsMaxTokens()
{
    QFETCH(QString, model);
    QFETCH(QString, key);
    QFETCH(int, cap);
    simulator::SimulatedModel sim;
    const simulator::ResponsePlan plan =
        sim.plan(createRequest(QStringLiteral("the long road"), model, {{key, cap}}), 0);
    QCOMPARE(plan.completionTokens(), cap);
    QCOMPARE(plan.finishReason, QStringLiteral("length"));
    const simulator::ResponsePlan roomy =
        sim.plan(createRequest(QStringLiteral("the long road"), model, {{key, 5000}}), 0);
    // The text is cut at a token boundary: the first tokens of the whole answer.
    QCOMPARE(providers::estimateTokens(plan.content()), plan.pieces);
    QVERIFY(roomy.content().startsWith(plan.content()));
    QVERIFY(plan.content().size() < roomy.content().size());
    QCOMPARE(roomy.finishReason, QStringLiteral("stop"));
    QVERIFY(roomy.completionTokens() < 5000);
}

void TestSimulatedModel::refusesMaxTokensWhereOpenAiDoes_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("status");
    const QString mt = QStringLiteral("max_tokens");
    const QString mct = QStringLiteral("max_completion_tokens");
    for (const char *model : {"gpt-5", "gpt-5.1", "gpt-5.2", "gpt-5.4", "gpt-5.4-mini", "gpt-5.4-nano", "gpt-5.5", "o1",
                              "o3", "o3-mini", "o4-mini"}) {
        QTest::addRow("%s, max_tokens", model) << QString::fromLatin1(model) << mt << 400;
        QTest::addRow("%s, max_completion_tokens", model) << QString::fromLatin1(model) << mct << 200;
    }
    for (const char *model : {"gpt-4o", "gpt-4o-mini", "gpt-4.1"}) {
        QTest::addRow("%s, max_tokens", model) << QString::fromLatin1(model) << mt << 200;
        QTest::addRow("%s, max_completion_tokens", model) << QString::fromLatin1(model) << mct << 200;
    }
}

// As OpenAI answers max_tokens for the models that take max_completion_tokens only.
void TestSimulatedModel::refusesMaxTokensWhereOpenAiDoes()
{
    QFETCH(QString, model);
    QFETCH(QString, key);
    QFETCH(int, status);
    simulator::SimulatedModel sim;
    const simulator::ResponsePlan plan = sim.plan(createRequest(QStringLiteral("the long road"), model, {{key, 9}}), 0);
    QCOMPARE(plan.httpStatus, status);
    if (status == 400) {
        const QJsonObject expected{
            {QStringLiteral("message"), QStringLiteral("Unsupported parameter: 'max_tokens' is not supported with this "
                                                       "model. Use 'max_completion_tokens' instead.")},
            {QStringLiteral("type"), QStringLiteral("invalid_request_error")},
            {QStringLiteral("param"), QStringLiteral("max_tokens")},
            {QStringLiteral("code"), QStringLiteral("unsupported_parameter")}};
        QCOMPARE(QJsonDocument::fromJson(plan.errorBody).object(), (QJsonObject{{QStringLiteral("error"), expected}}));
    } else {
        QCOMPARE(plan.completionTokens(), 9); // honoured, whichever the name
        QCOMPARE(plan.finishReason, QStringLiteral("length"));
    }
}

void TestSimulatedModel::cachesRepeatedPrefixes()
{
    simulator::SimulatedModel model;
    model.setPromptCaching(64, 16);
    QString document;
    for (int i = 0; i < 20; ++i)
        document += QStringLiteral("The harbor keeps its lanterns lit through the night. ");
    const QByteArray first = request(messages(EditSystem, document + QStringLiteral("one")));
    const simulator::ResponsePlan cold = model.plan(first, 0);
    QCOMPARE(cold.cachedTokens, 0);
    const simulator::ResponsePlan warm = model.plan(request(messages(EditSystem, document + QStringLiteral("two"))), 0);
    QVERIFY(warm.cachedTokens >= 64);
    QCOMPARE((warm.cachedTokens - 64) % 16, 0);
    QVERIFY(warm.cachedTokens <= warm.promptTokens);
    // A different system prompt shares no prefix.
    QCOMPARE(model.plan(request(messages(CreateSystem, document)), 0).cachedTokens, 0);
    // OpenAI's own threshold: short prompts never hit.
    simulator::SimulatedModel defaults;
    defaults.plan(first, 0);
    QCOMPARE(defaults.plan(first, 0).cachedTokens, 0);
}

void TestSimulatedModel::timesTheAnswer()
{
    simulator::SimulatedModel model;
    model.settings()->setBaseLatencyMs(300);
    model.settings()->setPerTokenMs(4);
    const simulator::ResponsePlan plan = model.plan(createRequest(QStringLiteral("clocks")), 0);
    QCOMPARE(plan.firstTokenDelayMs, 300 + int(plan.reasoningTokens) * 4);
    QCOMPARE(plan.totalLatencyMs(), plan.firstTokenDelayMs + int(plan.pieces) * 4);
}

void TestSimulatedModel::streamsInOpenAisFormat_data()
{
    QTest::addColumn<bool>("includeUsage");
    QTest::newRow("with usage") << true;
    QTest::newRow("without usage") << false;
}

void TestSimulatedModel::streamsInOpenAisFormat()
{
    QFETCH(bool, includeUsage);
    simulator::SimulatedModel model;
    model.settings()->setPerTokenMs(2);
    QJsonObject extra{{QStringLiteral("stream"), true}};
    if (includeUsage)
        extra.insert(QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}});
    const simulator::ResponsePlan plan =
        model.plan(createRequest(QStringLiteral("snow"), QStringLiteral("gpt-5.4"), extra), 0);
    const QList<simulator::ResponsePlan::StreamEvent> events = plan.streamEvents();
    QCOMPARE(events.constLast().data, QByteArray("[DONE]"));
    QString content;
    int usageChunks = 0;
    int previousMs = 0;
    for (qsizetype i = 0; i + 1 < events.size(); ++i) {
        QVERIFY(events[i].atMs >= previousMs);
        previousMs = events[i].atMs;
        // OpenAI's order of fields, not a QJsonObject's alphabetical one.
        QVERIFY2(events[i].data.startsWith("{\"id\":\"" + plan.id.toUtf8()
                                           + "\",\"object\":\"chat.completion.chunk\",\"created\":"),
                 events[i].data.constData());
        const QJsonObject chunk = QJsonDocument::fromJson(events[i].data).object();
        QCOMPARE(chunk.value(QStringLiteral("object")).toString(), QStringLiteral("chat.completion.chunk"));
        QCOMPARE(chunk.value(QStringLiteral("id")).toString(), plan.id);
        const QJsonArray choices = chunk.value(QStringLiteral("choices")).toArray();
        if (choices.isEmpty()) {
            ++usageChunks;
            QCOMPARE(chunk.value(QStringLiteral("usage")).toObject(), plan.usage());
            continue;
        }
        content += choices.first()
                       .toObject()
                       .value(QStringLiteral("delta"))
                       .toObject()
                       .value(QStringLiteral("content"))
                       .toString();
    }
    QCOMPARE(content, plan.content());
    QCOMPARE(usageChunks, includeUsage ? 1 : 0);
    QCOMPARE(events.first().atMs, plan.firstTokenDelayMs);
    QCOMPARE(events.size(), plan.pieces + (includeUsage ? 4 : 3));
}

void TestSimulatedModel::injectsFaults_data()
{
    QTest::addColumn<simulator::FaultKind>("kind");
    QTest::addColumn<bool>("stream");
    QTest::addColumn<int>("status");
    QTest::newRow("429") << simulator::FaultKind::RateLimited << false << 429;
    QTest::newRow("500") << simulator::FaultKind::ServerError << true << 500;
    QTest::newRow("timeout") << simulator::FaultKind::Timeout << false << 200;
    QTest::newRow("cut stream") << simulator::FaultKind::StreamCut << true << 200;
    QTest::newRow("cut body") << simulator::FaultKind::StreamCut << false << 200;
    QTest::newRow("malformed stream") << simulator::FaultKind::MalformedBody << true << 200;
    QTest::newRow("malformed body") << simulator::FaultKind::MalformedBody << false << 200;
}

void TestSimulatedModel::injectsFaults()
{
    QFETCH(simulator::FaultKind, kind);
    QFETCH(bool, stream);
    QFETCH(int, status);
    simulator::SimulatedModel model;
    model.settings()->setFailureRate(1.0);
    model.settings()->setFaultKind(kind);
    const simulator::ResponsePlan plan = model.plan(
        createRequest(QStringLiteral("fog"), QStringLiteral("gpt-4o"), {{QStringLiteral("stream"), stream}}), 0);
    QCOMPARE(plan.httpStatus, status);
    if (status != 200) {
        const QJsonObject error =
            QJsonDocument::fromJson(plan.errorBody).object().value(QStringLiteral("error")).toObject();
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(error.contains(QStringLiteral("type")));
        QVERIFY(error.contains(QStringLiteral("code")));
        return;
    }
    QCOMPARE(plan.fault, std::optional<simulator::FaultKind>(kind));
    if (kind == simulator::FaultKind::Timeout)
        return;
    QVERIFY(plan.endsAbruptly());
    if (stream) {
        const QList<simulator::ResponsePlan::StreamEvent> events = plan.streamEvents();
        QVERIFY(events.constLast().data != "[DONE]");
        const bool lastIsJson = !QJsonDocument::fromJson(events.constLast().data).isNull();
        QCOMPARE(lastIsJson, kind == simulator::FaultKind::StreamCut);
    } else {
        QVERIFY(QJsonDocument::fromJson(plan.completionBody()).isNull());
    }
    model.settings()->setFailureRate(0.0);
    QVERIFY(!model.plan(createRequest(QStringLiteral("fog")), 0).fault.has_value());
}

void TestSimulatedModel::mixedFaultsDrawEveryKind()
{
    simulator::SimulatedModel model;
    model.settings()->setFailureRate(0.5);
    QSet<QString> seen;
    int failures = 0;
    const int calls = 400;
    for (int i = 0; i < calls; ++i) {
        const simulator::ResponsePlan plan = model.plan(createRequest(QStringLiteral("x")), 0);
        if (plan.httpStatus != 200)
            seen.insert(QString::number(plan.httpStatus));
        else if (plan.fault)
            seen.insert(simulator::faultKindName(*plan.fault));
        failures += plan.httpStatus != 200 || plan.fault ? 1 : 0;
    }
    QCOMPARE(seen.size(), 5);
    QVERIFY2(failures > calls * 4 / 10 && failures < calls * 6 / 10, qPrintable(QString::number(failures)));
}

void TestSimulatedModel::refusesMalformedRequests_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not json") << QByteArray("{\"model\": ");
    QTest::newRow("no model") << QByteArray(R"({"messages": [{"role": "user", "content": "hi"}]})");
    QTest::newRow("no messages") << QByteArray(R"({"model": "gpt-5.4", "messages": []})");
    QTest::newRow("message without role") << QByteArray(R"({"model": "gpt-5.4", "messages": [{"content": "hi"}]})");
    QTest::newRow("zero max_tokens") << QByteArray(
        R"({"model": "gpt-5.4", "max_tokens": 0, "messages": [{"role": "user", "content": "hi"}]})");
}

void TestSimulatedModel::refusesMalformedRequests()
{
    QFETCH(QByteArray, body);
    simulator::SimulatedModel model;
    const simulator::ResponsePlan plan = model.plan(body, 0);
    QCOMPARE(plan.httpStatus, 400);
    QCOMPARE(QJsonDocument::fromJson(plan.errorBody)
                 .object()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("type"))
                 .toString(),
             QStringLiteral("invalid_request_error"));
}

void TestSimulatedModel::settingsAreClampedAndNamed()
{
    simulator::SimulatedModelSettings settings;
    settings.setFailureRate(3.0);
    settings.setBaseLatencyMs(-5);
    QCOMPARE(settings.snapshot().failureRate, 1.0);
    QCOMPARE(settings.snapshot().baseLatencyMs, 0);
    for (const simulator::FaultKind kind :
         {simulator::FaultKind::RateLimited, simulator::FaultKind::ServerError, simulator::FaultKind::Timeout,
          simulator::FaultKind::StreamCut, simulator::FaultKind::MalformedBody, simulator::FaultKind::Mixed})
        QCOMPARE(simulator::faultKindFromName(simulator::faultKindName(kind)),
                 std::optional<simulator::FaultKind>(kind));
    QVERIFY(!simulator::faultKindFromName(u"nope").has_value());
}

QTEST_GUILESS_MAIN(TestSimulatedModel)
#include "tst_simulatedmodel.moc"
