#include "simulator/SimulatedModel.h"

#include "base/JsonText.h"
#include "providers/TokenEstimate.h"
#include "simulator/AnswerText.h"
#include "simulator/Draw.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <variant>

namespace simulator {

namespace {

constexpr int ReasoningGranularity = 64;    // OpenAI reports reasoning in steps of 64
constexpr qsizetype MemoCapacity = 1024;    // texts remembered before the memo is cleared
constexpr qsizetype MemoMaxKeyBytes = 8192; // longer prompts (long documents) rarely repeat
constexpr int RetryAfterMs = 120;           // what a simulated 429 asks the client to wait

// What a chat completions request asks for, as far as a plan needs it.
struct RequestFields
{
    QJsonObject request; // the whole body, for fields read only when they matter
    QString model;
    QJsonArray messages;
    qint64 cap = 0; // max_completion_tokens, else max_tokens; 0 when it has neither
};

ResponsePlan errorPlan(int status, const QString &message, const QString &param = QString())
{
    ResponsePlan plan;
    plan.httpStatus = status;
    plan.errorBody = SimulatedModel::errorBody(message, QStringLiteral("invalid_request_error"), QString(), param);
    return plan;
}

// OpenAI's answer to max_tokens for a model that takes max_completion_tokens only (the gpt-5
// family, the o-series).
ResponsePlan unsupportedMaxTokensPlan()
{
    ResponsePlan plan;
    plan.httpStatus = 400;
    plan.errorBody = SimulatedModel::errorBody(
        QStringLiteral("Unsupported parameter: 'max_tokens' is not supported with this model. "
                       "Use 'max_completion_tokens' instead."),
        QStringLiteral("invalid_request_error"), QStringLiteral("unsupported_parameter"), QStringLiteral("max_tokens"));
    return plan;
}

// The request's fields, checked as OpenAI checks them, or the 400 plan that refuses it.
std::variant<RequestFields, ResponsePlan> readRequest(const QByteArray &requestBody)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(requestBody, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return errorPlan(400, QStringLiteral("We could not parse the JSON body of your request. "
                                             "(%1 at offset %2)")
                                  .arg(parseError.errorString())
                                  .arg(parseError.offset));
    }
    RequestFields fields;
    fields.request = document.object();
    fields.model = fields.request.value(QLatin1String("model")).toString();
    if (fields.model.isEmpty())
        return errorPlan(400, QStringLiteral("you must provide a model parameter"), QStringLiteral("model"));
    fields.messages = fields.request.value(QLatin1String("messages")).toArray();
    if (fields.messages.isEmpty())
        return errorPlan(400, QStringLiteral("'messages' must contain at least one message"),
                         QStringLiteral("messages"));
    for (const QJsonValue &m : std::as_const(fields.messages)) {
        if (!m.isObject() || !m.toObject().value(QLatin1String("role")).isString())
            return errorPlan(400, QStringLiteral("each message must be an object with a 'role'"),
                             QStringLiteral("messages"));
    }
    const QLatin1String capKey = fields.request.contains(QLatin1String("max_completion_tokens"))
                                     ? QLatin1String("max_completion_tokens")
                                     : QLatin1String("max_tokens");
    const QJsonValue capValue = fields.request.value(capKey);
    if (!capValue.isUndefined() && !capValue.isNull() && capValue.toInteger(0) < 1)
        return errorPlan(400, QStringLiteral("'%1' must be a positive integer").arg(capKey), capKey);
    fields.cap = capValue.toInteger(0);
    return fields;
}

// Whether this call fails, and how: drawn from the seed and the call's number, not the
// prompt, so a repeated prompt fails as often as any other.
std::optional<FaultKind> drawFault(quint64 seed, quint64 sequence, const SimulatedModelSettings::Snapshot &settings)
{
    Draw faultDraw(mix(seed ^ 0xfa17ULL) ^ mix(sequence));
    if (faultDraw.unit() < settings.failureRate) {
        if (settings.faultKind == FaultKind::Mixed)
            return FaultKind(faultDraw.below(int(FaultKind::Mixed)));
        return settings.faultKind;
    }
    return std::nullopt;
}

// Whether the fault is answered with an error status (429, 500) instead of a completion;
// if so, sets that status and OpenAI's body for it.
bool answerWithErrorStatus(FaultKind fault, ResponsePlan &plan)
{
    if (fault == FaultKind::RateLimited) {
        plan.httpStatus = 429;
        plan.retryAfterMs = RetryAfterMs;
        plan.errorBody =
            SimulatedModel::errorBody(QStringLiteral("Rate limit reached for %1 in organization org-simulated on "
                                                     "requests per min (RPM): Limit 500, Used 500, Requested 1. "
                                                     "Please try again in %2ms.")
                                          .arg(plan.model, QString::number(RetryAfterMs)),
                                      QStringLiteral("requests"), QStringLiteral("rate_limit_exceeded"));
        return true;
    }
    if (fault == FaultKind::ServerError) {
        plan.httpStatus = 500;
        plan.errorBody = SimulatedModel::errorBody(QStringLiteral("The server had an error while processing "
                                                                  "your request. Sorry about that!"),
                                                   QStringLiteral("server_error"));
        return true;
    }
    return false;
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

// The tokens a reasoning model thinks for before it answers: more for a longer prompt and
// answer and a higher reasoning_effort, spread by the text's jitter (percent), in OpenAI's
// steps.
qint64 reasoningTokens(const ResponsePlan &plan, qint64 jitter, const QString &effort)
{
    const qint64 base = 48 + plan.promptTokens / 8 + plan.pieces * 3 / 4;
    const qint64 raw = base * jitter * effortPercent(effort) / 10000;
    return raw == 0 ? 0 : (raw + ReasoningGranularity - 1) / ReasoningGranularity * ReasoningGranularity;
}

// Where a cap (max_tokens, when > 0) ends the answer: reasoning is spent first, and the text
// is cut at a token boundary to what is left. The finish reason says whether it did.
void capOutput(ResponsePlan &plan, qint64 cap)
{
    plan.finishReason = QStringLiteral("stop");
    if (cap <= 0 || plan.completionTokens() <= cap)
        return;
    plan.finishReason = QStringLiteral("length");
    plan.reasoningTokens = qMin(plan.reasoningTokens, cap);
    plan.pieces = cap - plan.reasoningTokens;
    qsizetype kept = 0;
    for (qint64 token = 0; token < plan.pieces; ++token)
        kept += providers::tokenLengthAt(plan.text, kept);
    plan.text.truncate(kept);
}

} // namespace

SimulatedModel::SimulatedModel(quint64 seed, std::shared_ptr<SimulatedModelSettings> settings, ModelCatalogue catalogue)
    : m_seed(seed)
    , m_settings(settings ? std::move(settings) : std::make_shared<SimulatedModelSettings>())
    , m_catalogue(catalogue)
    , m_promptCache(seed)
{
}

void SimulatedModel::setPromptCaching(int minimumTokens, int increment)
{
    m_promptCache.setThresholds(minimumTokens, increment);
}

QByteArray SimulatedModel::errorBody(const QString &message, const QString &type, const QString &code,
                                     const QString &param)
{
    // In OpenAI's order of fields.
    base::JsonWriter json;
    const auto stringOrNull = [&json](const QString &s) { s.isEmpty() ? json.raw("null") : json.item(s); };
    json.open('{').key(u"error").open('{').key(u"message").item(message).key(u"type").item(type).key(u"param");
    stringOrNull(param);
    json.key(u"code");
    stringOrNull(code);
    json.close('}').close('}');
    return json.take();
}

QByteArray SimulatedModel::modelNotFoundBody(const QString &model)
{
    return errorBody(QStringLiteral("The model `%1` does not exist or you do not have access to it.").arg(model),
                     QStringLiteral("invalid_request_error"), QStringLiteral("model_not_found"));
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
    Draw textDraw(mix(m_seed) ^ fnv1a(key));
    Written written;
    written.text = answerText(messages, textDraw);
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
    std::variant<RequestFields, ResponsePlan> read = readRequest(requestBody);
    if (ResponsePlan *refusal = std::get_if<ResponsePlan>(&read))
        return std::move(*refusal);
    const RequestFields &asked = std::get<RequestFields>(read);
    if (!m_catalogue.serves(asked.model)) {
        ResponsePlan refusal;
        refusal.httpStatus = 404;
        refusal.errorBody = modelNotFoundBody(asked.model);
        return refusal;
    }
    if (m_catalogue.maxTokensParameter(asked.model) == payi::MaxTokensParameter::MaxCompletionTokens) {
        const QJsonValue maxTokens = asked.request.value(QLatin1String("max_tokens"));
        if (!maxTokens.isUndefined() && !maxTokens.isNull())
            return unsupportedMaxTokensPlan();
    }

    ResponsePlan plan;
    plan.model = asked.model;
    plan.created = createdSecs;
    plan.stream = asked.request.value(QLatin1String("stream")).toBool();
    plan.includeUsage = plan.stream
                        && asked.request.value(QLatin1String("stream_options"))
                               .toObject()
                               .value(QLatin1String("include_usage"))
                               .toBool();
    plan.id = QStringLiteral("chatcmpl-sim%1").arg(mix(m_seed ^ mix(sequence)), 16, 16, QLatin1Char('0'));
    plan.firstTokenDelayMs = settings.baseLatencyMs;
    plan.perTokenMs = settings.perTokenMs;

    // Faults are drawn per call (seed and call number), the text per prompt.
    if (const std::optional<FaultKind> fault = drawFault(m_seed, sequence, settings)) {
        if (answerWithErrorStatus(*fault, plan))
            return plan;
        plan.fault = fault;
    }

    const Written written = write(asked.messages);
    plan.text = written.text;
    plan.pieces = written.pieces;
    plan.promptTokens = written.promptTokens;
    plan.cachedTokens = qMin(m_promptCache.cachedTokens(asked.messages, plan.promptTokens), plan.promptTokens);
    if (isReasoningModel(asked.model))
        plan.reasoningTokens =
            reasoningTokens(plan, written.jitter, asked.request.value(QLatin1String("reasoning_effort")).toString());
    capOutput(plan, asked.cap);
    plan.firstTokenDelayMs += int(plan.reasoningTokens) * settings.perTokenMs;
    plan.cutAfterPieces = int(plan.pieces / 2);
    return plan;
}

} // namespace simulator
