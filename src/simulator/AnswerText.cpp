#include "simulator/AnswerText.h"

#include "providers/TokenEstimate.h"

#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <array>
#include <optional>

namespace simulator {

namespace {

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

} // namespace

QString answerText(const QJsonArray &messages, Draw &draw)
{
    const std::optional<EditPrompt> edit = editPrompt(messages);
    return edit ? appended(edit->document, edit->text, draw) : poem(lastUserText(messages), draw);
}

} // namespace simulator
