#include "gui/ScopeLabExport.h"

#include "gui/AttributionText.h"

#include <QJsonDocument>

namespace gui {

using payi::Field;
using payi::Origin;

namespace {

QString quoted(const QString &text)
{
    QString out = text;
    out.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'"', QStringLiteral("\\\""))
        .replace(u'\n', QStringLiteral("\\n"));
    return u'"' + out + u'"';
}

QString indented(int depth)
{
    return QString(depth * 4, u' ');
}

// --- C++ ------------------------------------------------------------------------------

QString cppString(const QString &text)
{
    return QStringLiteral("QStringLiteral(%1)").arg(quoted(text));
}

// "use_case_name" → "useCaseName": payi::Params's members are the SDK's names in camelCase.
QString memberName(Field field)
{
    const QStringList words = payi::fieldName(field).split(u'_');
    QString name = words.constFirst();
    for (qsizetype i = 1; i < words.size(); ++i)
        name += words[i].left(1).toUpper() + words[i].mid(1);
    return name;
}

// How a language writes the values of the parameters.
struct Syntax
{
    QString (*string)(const QString &);
    QString list; // with %1 for the items
    QString map;  // with %1 for the pairs
    QString pair; // with %1 and %2 for a key and its value
    QString yes, no;
};

const Syntax CppSyntax{cppString,
                       QStringLiteral("QStringList{%1}"),
                       QStringLiteral("payi::Properties{%1}"),
                       QStringLiteral("{%1, %2}"),
                       QStringLiteral("true"),
                       QStringLiteral("false")};
const Syntax PythonSyntax{quoted,
                          QStringLiteral("[%1]"),
                          QStringLiteral("{%1}"),
                          QStringLiteral("%1: %2"),
                          QStringLiteral("True"),
                          QStringLiteral("False")};

// A given field's value written in a language's syntax.
QString valueIn(const Syntax &syntax, const payi::Params &p, Field field)
{
    const auto map = [&](const payi::Properties &properties) {
        QStringList pairs;
        for (auto it = properties.cbegin(); it != properties.cend(); ++it)
            pairs.append(syntax.pair.arg(syntax.string(it.key()), syntax.string(it.value())));
        return syntax.map.arg(pairs.join(QStringLiteral(", ")));
    };
    switch (field) {
    case Field::UseCaseVersion:
        return QString::number(*p.useCaseVersion);
    case Field::LimitIds: {
        QStringList ids;
        for (const QString &id : *p.limitIds)
            ids.append(syntax.string(id));
        return syntax.list.arg(ids.join(QStringLiteral(", ")));
    }
    case Field::RequestProperties:
        return map(*p.requestProperties);
    case Field::UseCaseProperties:
        return map(*p.useCaseProperties);
    case Field::LogPromptAndResponse:
        return *p.logPromptAndResponse ? syntax.yes : syntax.no;
    default:
        return syntax.string(*fieldText(p, field));
    }
}

void cppParams(QStringList &lines, const QString &name, const payi::Params &p, const QList<Field> &fields)
{
    lines.append(QStringLiteral("    payi::Params %1;").arg(name));
    for (Field f : fields) {
        if (fieldText(p, f))
            lines.append(QStringLiteral("    %1.%2 = %3;").arg(name, memberName(f), valueIn(CppSyntax, p, f)));
    }
}

void cppScopes(QStringList &lines, const QList<payi::ScopeLayer> &scopes, qsizetype index, int depth)
{
    if (index == scopes.size()) {
        lines.append(indented(depth)
                     + QStringLiteral("return instrumentation.resolve(payi::CapturedContext::current(), headers);"));
        return;
    }
    if (scopes[index].origin == Origin::Track) {
        lines.append(indented(depth) + QStringLiteral("return payi::track(scope%1, [&] {").arg(index + 1));
        cppScopes(lines, scopes, index + 1, depth + 1);
        lines.append(indented(depth) + QStringLiteral("});"));
        return;
    }
    lines.append(indented(depth) + QStringLiteral("payi::TrackContext open%1(scope%1);").arg(index + 1));
    cppScopes(lines, scopes, index + 1, depth);
}

} // namespace

// --- Python ---------------------------------------------------------------------------

QString pythonArguments(const payi::ScopeLayer &scope)
{
    QStringList arguments;
    for (Field f : fieldsOf(scope.origin)) {
        if (fieldText(scope.params, f))
            arguments.append(QStringLiteral("%1=%2").arg(payi::fieldName(f), valueIn(PythonSyntax, scope.params, f)));
    }
    return arguments.join(QStringLiteral(", "));
}

// The headers as the SDK's extra_headers take them: text, lists comma-joined, properties as
// JSON text; xProxy-Logging-Disable only to turn logging off.
QString pythonHeaders(const payi::Params &headers)
{
    QStringList items;
    for (Field f : fieldsOf(Origin::CallHeader)) {
        const std::optional<QString> text = fieldText(headers, f);
        if (!text)
            continue;
        QString value = *text;
        if (f == Field::LimitIds)
            value = headers.limitIds->join(u',');
        else if (f == Field::RequestProperties || f == Field::UseCaseProperties)
            value = QString::fromUtf8(
                QJsonDocument(payi::propertiesToJson(f == Field::RequestProperties ? *headers.requestProperties
                                                                                   : *headers.useCaseProperties))
                    .toJson(QJsonDocument::Compact));
        else if (f == Field::LogPromptAndResponse) {
            if (*headers.logPromptAndResponse)
                continue;
            value = QStringLiteral("true");
        }
        items.append(QStringLiteral("%1: %2").arg(quoted(callHeaderName(f)), quoted(value)));
    }
    return u'{' + items.join(QStringLiteral(", ")) + u'}';
}

namespace {

// The with-blocks from index up to the next @track (or the call), then that call.
void pythonBody(QStringList &lines, const QList<payi::ScopeLayer> &scopes, qsizetype index, int depth, bool returns)
{
    for (; index < scopes.size() && scopes[index].origin == Origin::TrackContext; ++index) {
        lines.append(indented(depth) + QStringLiteral("with track_context(%1):").arg(pythonArguments(scopes[index])));
        ++depth;
    }
    const QString call =
        index < scopes.size() ? QStringLiteral("scope_%1()").arg(index + 1) : QStringLiteral("call_model()");
    lines.append(indented(depth) + (returns ? QStringLiteral("return ") : QString()) + call);
}

// The scenario's name and explanation as comment lines of at most 100 characters.
QString header(const ScopeScenario &scenario, const QString &comment)
{
    QString out;
    QString line = comment + QStringLiteral(" Scope lab: ") + scenario.name + u'.';
    for (const QString &word : scenario.explanation.split(u' ', Qt::SkipEmptyParts)) {
        if (line.size() + 1 + word.size() > 100) {
            out += line + u'\n';
            line = comment;
        }
        line += u' ' + word;
    }
    return out + line + u'\n';
}

} // namespace

QString cppExport(const ScopeScenario &scenario)
{
    QStringList lines{
        header(scenario, QStringLiteral("//"))
            + QStringLiteral(
                "// Builds against Costbench's payi library (costbench_payi); prints the call's attribution."),
        QStringLiteral("#include \"payi/Instrumentation.h\""),
        QString(),
        QStringLiteral("#include <QJsonDocument>"),
        QString(),
        QStringLiteral("#include <cstdio>"),
        QString(),
        QStringLiteral("int main()"),
        QStringLiteral("{"),
        QStringLiteral("    payi::Config config;"),
    };
    if (scenario.globalInstrumentation)
        lines.append(QStringLiteral("    config.globalContext.useCaseName = %1;")
                         .arg(cppString(QString::fromUtf16(ScopeLabGlobalName))));
    else
        lines.append(QStringLiteral("    config.globalInstrumentation = false;"));
    lines.append(QStringLiteral("    payi::Instrumentation instrumentation(config);"));
    lines.append(QString());
    for (qsizetype i = 0; i < scenario.scopes.size(); ++i)
        cppParams(lines, QStringLiteral("scope%1").arg(i + 1), scenario.scopes[i].params,
                  fieldsOf(scenario.scopes[i].origin));
    cppParams(lines, QStringLiteral("headers"), scenario.headers, fieldsOf(Origin::CallHeader));
    lines.append(QString());
    if (scenario.scopes.isEmpty()) {
        lines.append(QStringLiteral("    const std::optional<payi::Attribution> attribution ="));
        lines.append(QStringLiteral("        instrumentation.resolve(payi::CapturedContext::current(), headers);"));
    } else {
        lines.append(QStringLiteral("    const std::optional<payi::Attribution> attribution = [&] {"));
        cppScopes(lines, scenario.scopes, 0, 2);
        lines.append(QStringLiteral("    }();"));
    }
    lines.append(QStringLiteral("    std::puts(attribution ? QJsonDocument(attribution->toJson()).toJson().constData() "
                                ": \"not tracked\");"));
    lines.append(QStringLiteral("}"));
    return lines.join(u'\n') + u'\n';
}

QString pythonExport(const ScopeScenario &scenario)
{
    QStringList lines{
        header(scenario, QStringLiteral("#"))
            + QStringLiteral(
                "# With the Pay-i SDK: the call goes to OPENAI_BASE_URL, its attribution to PAYI_BASE_URL."),
        QStringLiteral("from openai import OpenAI"),
        QStringLiteral("from payi import Payi"),
        QStringLiteral("from payi.lib.instrument import payi_instrument, track, track_context"),
        QString(),
        scenario.globalInstrumentation
            ? QStringLiteral("payi_instrument(payi=Payi(), config={\"use_case_name\": %1})")
                  .arg(quoted(QString::fromUtf16(ScopeLabGlobalName)))
            : QStringLiteral("payi_instrument(payi=Payi(), config={\"global_instrumentation\": False})"),
        QStringLiteral("client = OpenAI()"),
        QString(),
        QString(),
        QStringLiteral("def call_model():"),
        QStringLiteral("    return client.chat.completions.create("),
        QStringLiteral("        model=\"gpt-5.4\","),
        QStringLiteral("        messages=[{\"role\": \"user\", \"content\": \"Say hello.\"}],"),
        QStringLiteral("        extra_headers=%1,").arg(pythonHeaders(scenario.headers)),
        QStringLiteral("    )"),
    };
    for (qsizetype i = 0; i < scenario.scopes.size(); ++i) {
        if (scenario.scopes[i].origin != Origin::Track)
            continue;
        lines.append(QString());
        lines.append(QString());
        lines.append(QStringLiteral("@track(%1)").arg(pythonArguments(scenario.scopes[i])));
        lines.append(QStringLiteral("def scope_%1():").arg(i + 1));
        pythonBody(lines, scenario.scopes, i + 1, 1, true);
    }
    lines.append(QString());
    lines.append(QString());
    pythonBody(lines, scenario.scopes, 0, 0, false);
    return lines.join(u'\n') + u'\n';
}

} // namespace gui
