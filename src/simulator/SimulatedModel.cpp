#include "simulator/SimulatedModel.h"

#include "base/JsonText.h"
#include "providers/TokenEstimate.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <array>
#include <charconv>

namespace simulator {

namespace {

constexpr qsizetype CacheCapacity = 200'000; // prefixes remembered before the cache is cleared
constexpr int ReasoningGranularity = 64;     // OpenAI reports reasoning in steps of 64
constexpr qsizetype MemoCapacity = 1024;     // texts remembered before the memo is cleared
constexpr qsizetype MemoMaxKeyBytes = 8192;  // longer prompts (long documents) rarely repeat

quint64 mix(quint64 x)
{
    // splitmix64's finaliser: spreads every input bit over the output.
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

quint64 fnv1a(QByteArrayView bytes, quint64 hash = 0xcbf29ce484222325ULL)
{
    for (const char c : bytes) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

// A seed's sequence of draws: splitmix64, the same everywhere (std distributions differ
// between standard libraries). A draw is made per call for its fault, and the Mersenne
// Twister this replaced cost more to seed than the rest of planning a remembered answer.
class Draw
{
public:
    explicit Draw(quint64 seed) : m_state(seed) {}
    qsizetype below(qsizetype n) { return n <= 0 ? 0 : qsizetype(next() % quint64(n)); }
    template <typename List>
    auto pick(const List &list)
    {
        return list[below(qsizetype(list.size()))];
    }
    double unit() { return double(next() >> 11) / double(1ULL << 53); }

private:
    quint64 next()
    {
        const quint64 drawn = mix(m_state);
        m_state += 0x9e3779b97f4a7c15ULL;
        return drawn;
    }

    quint64 m_state;
};

// The small word model: a poem's voice is the handful of these words it uses.
const std::array<QLatin1String, 14> Adjectives{
    QLatin1String("quiet"),    QLatin1String("amber"),   QLatin1String("slow"),    QLatin1String("silver"),
    QLatin1String("hollow"),   QLatin1String("patient"), QLatin1String("distant"), QLatin1String("tender"),
    QLatin1String("restless"), QLatin1String("pale"),    QLatin1String("golden"),  QLatin1String("weathered"),
    QLatin1String("early"),    QLatin1String("open")};
const std::array<QLatin1String, 14> Nouns{
    QLatin1String("river"),   QLatin1String("lantern"), QLatin1String("harbor"),    QLatin1String("orchard"),
    QLatin1String("window"),  QLatin1String("ember"),   QLatin1String("meadow"),    QLatin1String("tide"),
    QLatin1String("sparrow"), QLatin1String("stone"),   QLatin1String("threshold"), QLatin1String("field"),
    QLatin1String("bell"),    QLatin1String("road")};
const std::array<QLatin1String, 12> Verbs{QLatin1String("lingers"), QLatin1String("wanders"), QLatin1String("gathers"),
                                          QLatin1String("settles"), QLatin1String("drifts"),  QLatin1String("answers"),
                                          QLatin1String("kindles"), QLatin1String("listens"), QLatin1String("returns"),
                                          QLatin1String("waits"),   QLatin1String("glows"),   QLatin1String("hums")};
const std::array<QLatin1String, 6> Prepositions{QLatin1String("across"), QLatin1String("beneath"),
                                                QLatin1String("beyond"), QLatin1String("toward"),
                                                QLatin1String("along"),  QLatin1String("above")};
const std::array<QLatin1String, 7> Times{QLatin1String("dusk"),           QLatin1String("the early hours"),
                                         QLatin1String("late September"), QLatin1String("the hush before rain"),
                                         QLatin1String("winter light"),   QLatin1String("the turning year"),
                                         QLatin1String("first frost")};
// {t} topic, {a} adjective, {n} noun, {v} verb, {p} preposition, {w} time.
const std::array<QLatin1String, 12> LineTemplates{QLatin1String("the {t} {v} {p} a {a} {n}"),
                                                  QLatin1String("where {a} {n}s keep the shape of {t}"),
                                                  QLatin1String("I hold the {t} the way a {n} holds {w}"),
                                                  QLatin1String("and {w} {v} softly over every {n}"),
                                                  QLatin1String("say {t}, and the {a} {n} {v}"),
                                                  QLatin1String("{a} as a {n}, {a} as {w}"),
                                                  QLatin1String("we learned the {t} by its {a} {n}"),
                                                  QLatin1String("nothing {v} the way the {t} does"),
                                                  QLatin1String("a {n} of {t}, a {n} of {w}"),
                                                  QLatin1String("the {n} turns, the {t} {v} on"),
                                                  QLatin1String("all the {a} {n}s answer to {t}"),
                                                  QLatin1String("still the {t}, still the {a} {n}")};

const std::array<QLatin1String, 44> StopWords{
    QLatin1String("the"),    QLatin1String("and"),      QLatin1String("about"),  QLatin1String("write"),
    QLatin1String("poem"),   QLatin1String("short"),    QLatin1String("please"), QLatin1String("with"),
    QLatin1String("that"),   QLatin1String("this"),     QLatin1String("from"),   QLatin1String("into"),
    QLatin1String("some"),   QLatin1String("your"),     QLatin1String("make"),   QLatin1String("give"),
    QLatin1String("create"), QLatin1String("document"), QLatin1String("story"),  QLatin1String("for"),
    QLatin1String("are"),    QLatin1String("you"),      QLatin1String("very"),   QLatin1String("like"),
    QLatin1String("based"),  QLatin1String("user"),     QLatin1String("prompt"), QLatin1String("was"),
    QLatin1String("were"),   QLatin1String("has"),      QLatin1String("have"),   QLatin1String("its"),
    QLatin1String("our"),    QLatin1String("their"),    QLatin1String("them"),   QLatin1String("then"),
    QLatin1String("than"),   QLatin1String("what"),     QLatin1String("when"),   QLatin1String("who"),
    QLatin1String("how"),    QLatin1String("one"),      QLatin1String("all"),    QLatin1String("not")};

// The runs of ASCII letters in text, lower-cased (no regular expressions: the server
// plans every call on its loop thread).
QStringList asciiWords(QStringView text)
{
    QStringList words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool letter = i < text.size() && text[i].unicode() < 128 && text[i].isLetter();
        if (letter && start < 0)
            start = i;
        if (!letter && start >= 0) {
            words.append(text.mid(start, i - start).toString().toLower());
            start = -1;
        }
    }
    return words;
}

QStringList keywords(const QString &text)
{
    QStringList found;
    const QStringList words = asciiWords(text);
    for (const QString &w : words) {
        if (found.size() == 3)
            break;
        if (w.size() >= 3 && !found.contains(w) && std::find(StopWords.begin(), StopWords.end(), w) == StopWords.end())
            found.append(w);
    }
    if (found.isEmpty())
        found.append(QStringLiteral("morning"));
    return found;
}

// The voice of a text: the word-model words it already uses, else a palette drawn at random.
struct Voice
{
    QStringList adjectives;
    QStringList nouns;
};

template <std::size_t N>
QStringList wordsUsed(const std::array<QLatin1String, N> &words, const QStringList &textWords)
{
    QStringList used;
    for (const QLatin1String w : words) {
        // Plurals count: the templates write "{n}s".
        if (textWords.contains(w) || textWords.contains(w + QLatin1Char('s')))
            used.append(w);
    }
    return used;
}

template <std::size_t N>
QStringList palette(const std::array<QLatin1String, N> &words, Draw &draw, int size)
{
    QStringList chosen;
    while (chosen.size() < size) {
        const QString w = draw.pick(words);
        if (!chosen.contains(w))
            chosen.append(w);
    }
    return chosen;
}

Voice voiceOf(const QString &text, Draw &draw)
{
    const QStringList textWords = asciiWords(text);
    Voice voice{wordsUsed(Adjectives, textWords), wordsUsed(Nouns, textWords)};
    if (voice.adjectives.isEmpty())
        voice.adjectives = palette(Adjectives, draw, 4);
    if (voice.nouns.isEmpty())
        voice.nouns = palette(Nouns, draw, 4);
    return voice;
}

QString fillLine(const QString &pattern, const QString &topic, const Voice &voice, Draw &draw)
{
    QString line;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] != QLatin1Char('{') || i + 2 >= pattern.size()) {
            line += pattern[i];
            continue;
        }
        switch (pattern[i + 1].toLatin1()) {
        case 't':
            line += topic;
            break;
        case 'a':
            line += draw.pick(voice.adjectives);
            break;
        case 'n':
            line += draw.pick(voice.nouns);
            break;
        case 'v':
            line += draw.pick(Verbs);
            break;
        case 'p':
            line += draw.pick(Prepositions);
            break;
        default:
            line += draw.pick(Times);
            break;
        }
        i += 2; // past "x}"
    }
    // "a amber" -> "an amber"
    for (qsizetype at = line.indexOf(QLatin1String("a ")); at >= 0 && at + 2 < line.size();
         at = line.indexOf(QLatin1String("a "), at + 2)) {
        const bool wordStart = at == 0 || !line[at - 1].isLetter();
        if (wordStart && QStringView(u"aeiou").contains(line[at + 2]))
            line.insert(at + 1, QLatin1Char('n'));
    }
    line[0] = line[0].toUpper();
    return line;
}

QString poem(const QString &prompt, Draw &draw)
{
    const QStringList topics = keywords(prompt);
    const Voice voice = voiceOf(QString(), draw);
    QList<qsizetype> order;
    while (order.size() < 8) {
        const qsizetype t = draw.below(qsizetype(LineTemplates.size()));
        if (!order.contains(t))
            order.append(t);
    }
    QStringList lines;
    for (qsizetype i = 0; i < order.size(); ++i) {
        const QString line = fillLine(LineTemplates[order[i]], topics[i % topics.size()], voice, draw);
        const bool stanzaEnd = i % 4 == 3;
        lines.append(line + (stanzaEnd ? QStringLiteral(".") : QStringLiteral(",")));
        if (stanzaEnd && i + 1 < order.size())
            lines.append(QString());
    }
    return lines.join(QLatin1Char('\n'));
}

QString appended(const QString &document, const QString &text, Draw &draw)
{
    const Voice voice = voiceOf(document, draw);
    const QString topic = keywords(text).constFirst();
    // A closing line in the document's voice: one with its nouns or adjectives.
    QLatin1String pattern = draw.pick(LineTemplates);
    while (!pattern.contains(QLatin1String("{n}")) && !pattern.contains(QLatin1String("{a}")))
        pattern = draw.pick(LineTemplates);
    const QString closing = fillLine(pattern, topic, voice, draw);
    QString result = document.trimmed();
    if (!result.isEmpty())
        result += QStringLiteral("\n\n");
    return result + text.trimmed() + QLatin1Char('\n') + closing + QLatin1Char('.');
}

struct EditPrompt
{
    QString document;
    QString text;
};

// The seed's append prompt: a system message about editing and a user message
// "Existing document:\n...\n\nText to append:\n...".
std::optional<EditPrompt> editPrompt(const QJsonArray &messages)
{
    const QLatin1String docMarker("Existing document:\n");
    const QLatin1String textMarker("\n\nText to append:\n");
    bool editing = false;
    QString user;
    for (const QJsonValue &m : messages) {
        const QJsonObject message = m.toObject();
        const QString role = message.value(QLatin1String("role")).toString();
        const QString content = providers::messageText(message.value(QLatin1String("content")));
        if (role == QLatin1String("system") || role == QLatin1String("developer"))
            editing = editing || content.contains(QLatin1String("editing an existing document"));
        else if (role == QLatin1String("user"))
            user = content;
    }
    const qsizetype doc = user.indexOf(docMarker);
    const qsizetype text = user.indexOf(textMarker);
    if (doc >= 0 && text > doc) {
        return EditPrompt{user.mid(doc + docMarker.size(), text - doc - docMarker.size()),
                          user.mid(text + textMarker.size())};
    }
    if (editing)
        return EditPrompt{QString(), user};
    return std::nullopt;
}

QString lastUserText(const QJsonArray &messages)
{
    QString text;
    for (const QJsonValue &m : messages) {
        const QJsonObject message = m.toObject();
        if (message.value(QLatin1String("role")).toString() == QLatin1String("user"))
            text = providers::messageText(message.value(QLatin1String("content")));
    }
    return text;
}

bool isReasoningModel(const QString &model)
{
    for (const QLatin1String prefix :
         {QLatin1String("o1"), QLatin1String("o3"), QLatin1String("o4"), QLatin1String("gpt-5")}) {
        if (model.startsWith(prefix))
            return true;
    }
    return false;
}

// Reasoning effort in percent of "medium".
int effortPercent(const QString &effort)
{
    if (effort == QLatin1String("minimal"))
        return 0;
    if (effort == QLatin1String("low"))
        return 50;
    if (effort == QLatin1String("high"))
        return 200;
    return 100;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

ResponsePlan errorPlan(int status, const QString &message, const QString &param = QString())
{
    ResponsePlan plan;
    plan.httpStatus = status;
    plan.errorBody = SimulatedModel::errorBody(message, QStringLiteral("invalid_request_error"), QString(), param);
    return plan;
}

} // namespace

QJsonObject ResponsePlan::usage() const
{
    return QJsonObject{
        {QLatin1String("prompt_tokens"), promptTokens},
        {QLatin1String("completion_tokens"), completionTokens()},
        {QLatin1String("total_tokens"), promptTokens + completionTokens()},
        {QLatin1String("prompt_tokens_details"),
         QJsonObject{{QLatin1String("cached_tokens"), cachedTokens}, {QLatin1String("audio_tokens"), 0}}},
        {QLatin1String("completion_tokens_details"), QJsonObject{{QLatin1String("reasoning_tokens"), reasoningTokens},
                                                                 {QLatin1String("audio_tokens"), 0},
                                                                 {QLatin1String("accepted_prediction_tokens"), 0},
                                                                 {QLatin1String("rejected_prediction_tokens"), 0}}},
    };
}

int ResponsePlan::totalLatencyMs() const
{
    return firstTokenDelayMs + int(pieces) * perTokenMs;
}

QByteArray ResponsePlan::completionBody() const
{
    // Written out rather than built as a QJsonObject: at thousands of answers a second this
    // was a third of the model thread's time. The fields come in OpenAI's own order.
    QByteArray bytes;
    bytes.reserve(640 + text.size() * 6); // appendJsonString wants room for escapes
    const auto number = [&bytes](qint64 value) {
        char digits[24];
        const std::to_chars_result end = std::to_chars(digits, digits + sizeof digits, value);
        bytes.append(digits, end.ptr - digits);
    };
    bytes += "{\"id\":";
    base::appendJsonString(bytes, id);
    bytes += ",\"object\":\"chat.completion\",\"created\":";
    number(created);
    bytes += ",\"model\":";
    base::appendJsonString(bytes, model);
    bytes += ",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":";
    base::appendJsonString(bytes, text);
    bytes += ",\"refusal\":null},\"logprobs\":null,\"finish_reason\":";
    base::appendJsonString(bytes, finishReason);
    bytes += "}],\"usage\":{\"prompt_tokens\":";
    number(promptTokens);
    bytes += ",\"completion_tokens\":";
    number(completionTokens());
    bytes += ",\"total_tokens\":";
    number(promptTokens + completionTokens());
    bytes += ",\"prompt_tokens_details\":{\"cached_tokens\":";
    number(cachedTokens);
    bytes += ",\"audio_tokens\":0},\"completion_tokens_details\":{\"reasoning_tokens\":";
    number(reasoningTokens);
    bytes += ",\"audio_tokens\":0,\"accepted_prediction_tokens\":0,"
             "\"rejected_prediction_tokens\":0}},\"service_tier\":\"default\","
             "\"system_fingerprint\":null}";
    return endsAbruptly() ? bytes.left(bytes.size() / 2) : bytes;
}

QList<ResponsePlan::StreamEvent> ResponsePlan::streamEvents() const
{
    auto chunk = [this](const QJsonObject &delta, const QJsonValue &finish) {
        QJsonObject object{
            {QLatin1String("id"), id},
            {QLatin1String("object"), QLatin1String("chat.completion.chunk")},
            {QLatin1String("created"), created},
            {QLatin1String("model"), model},
            {QLatin1String("system_fingerprint"), QJsonValue::Null},
            {QLatin1String("choices"), QJsonArray{QJsonObject{{QLatin1String("index"), 0},
                                                              {QLatin1String("delta"), delta},
                                                              {QLatin1String("logprobs"), QJsonValue::Null},
                                                              {QLatin1String("finish_reason"), finish}}}},
        };
        if (includeUsage)
            object.insert(QLatin1String("usage"), QJsonValue::Null);
        return compact(object);
    };

    QList<StreamEvent> events;
    events.append({firstTokenDelayMs, chunk(QJsonObject{{QLatin1String("role"), QLatin1String("assistant")},
                                                        {QLatin1String("content"), QString()},
                                                        {QLatin1String("refusal"), QJsonValue::Null}},
                                            QJsonValue::Null)});
    const QStringList tokens = providers::splitIntoTokens(text);
    const qsizetype cut = fault == FaultKind::StreamCut || fault == FaultKind::MalformedBody
                              ? qMin<qsizetype>(cutAfterPieces, tokens.size())
                              : tokens.size();
    for (qsizetype i = 0; i < cut; ++i) {
        events.append({firstTokenDelayMs + int(i + 1) * perTokenMs,
                       chunk(QJsonObject{{QLatin1String("content"), tokens[i]}}, QJsonValue::Null)});
    }
    const int endMs = firstTokenDelayMs + int(cut + 1) * perTokenMs;
    if (fault == FaultKind::MalformedBody) {
        events.append({endMs, "{\"id\": \"" + id.toUtf8() + "\", \"choices\": [{\"delta\": {\"content"});
        return events;
    }
    if (fault == FaultKind::StreamCut)
        return events;
    events.append({endMs, chunk(QJsonObject(), finishReason)});
    if (includeUsage) {
        events.append({endMs, compact(QJsonObject{{QLatin1String("id"), id},
                                                  {QLatin1String("object"), QLatin1String("chat.completion.chunk")},
                                                  {QLatin1String("created"), created},
                                                  {QLatin1String("model"), model},
                                                  {QLatin1String("system_fingerprint"), QJsonValue::Null},
                                                  {QLatin1String("choices"), QJsonArray()},
                                                  {QLatin1String("usage"), usage()}})});
    }
    events.append({endMs, QByteArrayLiteral("[DONE]")});
    return events;
}

bool ResponsePlan::endsAbruptly() const
{
    return fault == FaultKind::StreamCut || fault == FaultKind::MalformedBody;
}

SimulatedModel::SimulatedModel(quint64 seed, std::shared_ptr<SimulatedModelSettings> settings)
    : m_seed(seed)
    , m_settings(settings ? std::move(settings) : std::make_shared<SimulatedModelSettings>())
{
}

void SimulatedModel::setPromptCaching(int minimumTokens, int increment)
{
    std::lock_guard lock(m_cacheMutex);
    m_cacheMinimum = qMax(1, minimumTokens);
    m_cacheIncrement = qMax(1, increment);
    m_cachedPrefixes.clear();
}

QByteArray SimulatedModel::errorBody(const QString &message, const QString &type, const QString &code,
                                     const QString &param)
{
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
    const QJsonObject error{{QLatin1String("message"), message},
                            {QLatin1String("type"), type},
                            {QLatin1String("param"), orNull(param)},
                            {QLatin1String("code"), orNull(code)}};
    return QJsonDocument(QJsonObject{{QLatin1String("error"), error}}).toJson(QJsonDocument::Compact);
}

qint64 SimulatedModel::cachedPrefixTokens(const QJsonArray &messages, qint64 promptTokens)
{
    // The prompt as a token sequence: each message is a role marker worth four tokens
    // (OpenAI's per-message overhead) followed by its content's tokens. A prefix hash is
    // remembered at every cache boundary; the longest boundary seen before is a hit.
    std::lock_guard lock(m_cacheMutex);
    // The sequence is shorter than the whole prompt (its reply priming is not in it): a
    // prompt under the minimum crosses no boundary, and is not tokenized again for nothing.
    if (promptTokens < m_cacheMinimum)
        return 0;
    quint64 hash = mix(m_seed);
    qint64 position = 0;
    qint64 cached = 0;
    QList<quint64> boundaries;
    auto advance = [&](QStringView piece, qint64 width) {
        const qint64 before = position;
        hash = mix(fnv1a(QByteArrayView(reinterpret_cast<const char *>(piece.utf16()), piece.size() * 2), hash));
        position += width;
        // Boundaries crossed inside a multi-token marker count at its end.
        for (qint64 b = before + 1; b <= position; ++b) {
            if (b >= m_cacheMinimum && (b - m_cacheMinimum) % m_cacheIncrement == 0) {
                if (m_cachedPrefixes.contains(hash ^ quint64(b)))
                    cached = b;
                boundaries.append(hash ^ quint64(b));
            }
        }
    };
    for (const QJsonValue &m : messages) {
        const QJsonObject message = m.toObject();
        advance(message.value(QLatin1String("role")).toString(), 4);
        const QString content = providers::messageText(message.value(QLatin1String("content")));
        for (qsizetype i = 0, length = 0; i < content.size(); i += length) {
            length = providers::tokenLengthAt(content, i);
            advance(QStringView(content).mid(i, length), 1);
        }
    }
    if (m_cachedPrefixes.size() + boundaries.size() > CacheCapacity)
        m_cachedPrefixes.clear();
    for (const quint64 b : std::as_const(boundaries))
        m_cachedPrefixes.insert(b);
    return cached;
}

SimulatedModel::Written SimulatedModel::write(const QJsonArray &messages)
{
    // QJsonDocument's compact text (JsonWriter writes the same bytes, in half the time).
    const QByteArray key = base::JsonWriter().value(messages).take();
    const bool memorable = key.size() <= MemoMaxKeyBytes;
    if (memorable) {
        std::lock_guard lock(m_memoMutex);
        if (const auto found = m_written.constFind(key); found != m_written.cend())
            return *found;
    }
    const std::optional<EditPrompt> edit = editPrompt(messages);
    Draw textDraw(mix(m_seed) ^ fnv1a(key));
    Written written;
    written.text = edit ? appended(edit->document, edit->text, textDraw) : poem(lastUserText(messages), textDraw);
    written.jitter = 80 + textDraw.below(41);
    written.pieces = providers::estimateTokens(written.text);
    written.promptTokens = providers::estimatePromptTokens(messages);
    if (memorable) {
        std::lock_guard lock(m_memoMutex);
        if (m_written.size() >= MemoCapacity)
            m_written.clear();
        m_written.insert(key, written);
    }
    return written;
}

ResponsePlan SimulatedModel::plan(const QByteArray &requestBody, qint64 createdSecs)
{
    const quint64 sequence = m_sequence.fetch_add(1);
    const SimulatedModelSettings::Snapshot settings = m_settings->snapshot();

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(requestBody, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return errorPlan(400, QStringLiteral("We could not parse the JSON body of your request. "
                                             "(%1 at offset %2)")
                                  .arg(parseError.errorString())
                                  .arg(parseError.offset));
    }
    const QJsonObject request = document.object();
    const QString model = request.value(QLatin1String("model")).toString();
    if (model.isEmpty())
        return errorPlan(400, QStringLiteral("you must provide a model parameter"), QStringLiteral("model"));
    const QJsonArray messages = request.value(QLatin1String("messages")).toArray();
    if (messages.isEmpty())
        return errorPlan(400, QStringLiteral("'messages' must contain at least one message"),
                         QStringLiteral("messages"));
    for (const QJsonValue &m : messages) {
        if (!m.isObject() || !m.toObject().value(QLatin1String("role")).isString())
            return errorPlan(400, QStringLiteral("each message must be an object with a 'role'"),
                             QStringLiteral("messages"));
    }
    const QLatin1String capKey = request.contains(QLatin1String("max_completion_tokens"))
                                     ? QLatin1String("max_completion_tokens")
                                     : QLatin1String("max_tokens");
    const QJsonValue capValue = request.value(capKey);
    if (!capValue.isUndefined() && !capValue.isNull() && capValue.toInteger(0) < 1)
        return errorPlan(400, QStringLiteral("'%1' must be a positive integer").arg(capKey), capKey);
    const qint64 cap = capValue.toInteger(0);

    ResponsePlan plan;
    plan.model = model;
    plan.created = createdSecs;
    plan.stream = request.value(QLatin1String("stream")).toBool();
    plan.includeUsage =
        plan.stream
        && request.value(QLatin1String("stream_options")).toObject().value(QLatin1String("include_usage")).toBool();
    plan.id = QStringLiteral("chatcmpl-sim%1").arg(mix(m_seed ^ mix(sequence)), 16, 16, QLatin1Char('0'));
    plan.firstTokenDelayMs = settings.baseLatencyMs;
    plan.perTokenMs = settings.perTokenMs;

    // Faults are drawn per call (seed and call number), the text per prompt.
    Draw faultDraw(mix(m_seed ^ 0xfa17ULL) ^ mix(sequence));
    if (faultDraw.unit() < settings.failureRate) {
        FaultKind kind = settings.faultKind;
        if (kind == FaultKind::Mixed)
            kind = FaultKind(faultDraw.below(int(FaultKind::Mixed)));
        if (kind == FaultKind::RateLimited) {
            plan.httpStatus = 429;
            plan.errorBody = errorBody(QStringLiteral("Rate limit reached for %1 in organization org-simulated on "
                                                      "requests per min (RPM): Limit 500, Used 500, Requested 1. "
                                                      "Please try again in 120ms.")
                                           .arg(model),
                                       QStringLiteral("requests"), QStringLiteral("rate_limit_exceeded"));
            return plan;
        }
        if (kind == FaultKind::ServerError) {
            plan.httpStatus = 500;
            plan.errorBody = errorBody(QStringLiteral("The server had an error while processing "
                                                      "your request. Sorry about that!"),
                                       QStringLiteral("server_error"));
            return plan;
        }
        plan.fault = kind;
    }

    const Written written = write(messages);
    plan.text = written.text;
    plan.pieces = written.pieces;
    plan.promptTokens = written.promptTokens;
    plan.cachedTokens = qMin(cachedPrefixTokens(messages, plan.promptTokens), plan.promptTokens);

    if (isReasoningModel(model)) {
        const qint64 base = 48 + plan.promptTokens / 8 + plan.pieces * 3 / 4;
        const qint64 effort = effortPercent(request.value(QLatin1String("reasoning_effort")).toString());
        const qint64 raw = base * written.jitter * effort / 10000;
        plan.reasoningTokens =
            raw == 0 ? 0 : (raw + ReasoningGranularity - 1) / ReasoningGranularity * ReasoningGranularity;
    }
    plan.finishReason = QStringLiteral("stop");
    if (cap > 0 && plan.completionTokens() > cap) {
        plan.finishReason = QStringLiteral("length");
        plan.reasoningTokens = qMin(plan.reasoningTokens, cap);
        plan.pieces = cap - plan.reasoningTokens;
        qsizetype kept = 0;
        for (qint64 token = 0; token < plan.pieces; ++token)
            kept += providers::tokenLengthAt(plan.text, kept);
        plan.text.truncate(kept);
    }
    plan.firstTokenDelayMs += int(plan.reasoningTokens) * settings.perTokenMs;
    plan.cutAfterPieces = int(plan.pieces / 2);
    return plan;
}

} // namespace simulator
