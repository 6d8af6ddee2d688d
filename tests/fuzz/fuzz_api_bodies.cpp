// The JSON bodies of the API's writes, read by the same functions the routes call (each
// resource's webapp/*Json.h, and simulator/SettingsJson.h): POST /documents,
// POST /documents/{id}/append, POST /limits, PUT /instrumentation, PUT /prices and
// PUT /sim/settings. The input's first line names the route, the rest is the body. A body is
// either refused with one of the four 400 codes, as a short error response that is valid JSON,
// or accepted with exactly what it says and nothing it does not.
#include "FuzzCheck.h"

#include "payi/Money.h"
#include "simulator/SettingsJson.h"
#include "webapp/ApiJson.h"
#include "webapp/DocumentJson.h"
#include "webapp/InstrumentationJson.h"
#include "webapp/LimitJson.h"
#include "webapp/PriceJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>

using simulator::SimulatedModelSettings;

namespace {

// What a client could have left in place before: PUT /sim/settings changes only what it names.
const simulator::SimulatedModelSettings::Snapshot kCurrent{123, 7, 0.25, simulator::FaultKind::Timeout};

std::optional<QJsonObject> asObject(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

// A refusal is one of the documented codes, and its response is what docs/http-api.md promises:
// 400, {"error": {"code", "message"}} in valid JSON, short enough not to echo the request.
void checkRefusal(const base::Error &error)
{
    static const QStringList codes{QStringLiteral("invalid_json"), QStringLiteral("invalid_utf8"),
                                   QStringLiteral("missing_field"), QStringLiteral("invalid_field")};
    FUZZ_CHECK(codes.contains(error.code));
    FUZZ_CHECK(!error.message.isEmpty());
    const net::HttpResponse response = webapp::api::errorResponse(400, error);
    FUZZ_CHECK(response.status() == 400);
    FUZZ_CHECK(response.body().size() < 512);
    const std::optional<QJsonObject> parsed = asObject(response.body());
    FUZZ_CHECK(parsed);
    const QJsonObject inner = parsed->value(QStringLiteral("error")).toObject();
    FUZZ_CHECK(inner.value(QStringLiteral("code")).toString() == error.code);
    FUZZ_CHECK(inner.value(QStringLiteral("message")).toString() == error.message);
}

// Accepted only what parses as a JSON object; refused the rest, with a documented code.
template <typename T>
std::optional<QJsonObject> checkCommon(const base::Result<T> &result, const QByteArray &body)
{
    const std::optional<QJsonObject> object = asObject(body);
    if (!result) {
        checkRefusal(result.error());
        return std::nullopt;
    }
    FUZZ_CHECK(object);
    return object;
}

void documentText(const QByteArray &body, const QString &field)
{
    const base::Result<webapp::api::DocumentRequest> read = webapp::api::readDocumentRequest(body, field);
    const std::optional<QJsonObject> object = checkCommon(read, body);
    if (!object)
        return;
    FUZZ_CHECK(read->text == object->value(field).toString());
    FUZZ_CHECK(!read->text.trimmed().isEmpty());
    FUZZ_CHECK(read->stream == object->value(QStringLiteral("stream")).toBool());
}

void limitSpec(const QByteArray &body)
{
    const base::Result<payi::LimitSpec> spec = webapp::api::readLimitSpec(body);
    const std::optional<QJsonObject> object = checkCommon(spec, body);
    if (!object)
        return;
    FUZZ_CHECK(!spec->validate());
    FUZZ_CHECK(spec->name == object->value(QStringLiteral("limit_name")).toString());
    const base::Result<payi::Money> max = payi::Money::parse(object->value(QStringLiteral("max")).toString());
    FUZZ_CHECK(max && *max == spec->max);
    const QJsonValue type = object->value(QStringLiteral("limit_type"));
    FUZZ_CHECK(std::optional(spec->type)
               == (type.isUndefined() ? payi::LimitType::Allow : payi::limitTypeFromName(type.toString())));
    FUZZ_CHECK(object->contains(QStringLiteral("threshold")) || spec->thresholdPercent == 100);

    // What GET /limits/{id} shows, posted back, makes the same limit.
    payi::Limit shown;
    shown.id = QStringLiteral("limit-1");
    shown.spec = *spec;
    const base::Result<payi::LimitSpec> again =
        webapp::api::readLimitSpec(QJsonDocument(shown.toJson()).toJson(QJsonDocument::Compact));
    FUZZ_CHECK(again);
    FUZZ_CHECK(again->name == spec->name && again->max == spec->max && again->type == spec->type
               && again->thresholdPercent == spec->thresholdPercent);
}

void instrumentationChange(const QByteArray &body)
{
    const base::Result<webapp::api::InstrumentationChange> change = webapp::api::readInstrumentationChange(body);
    const std::optional<QJsonObject> object = checkCommon(change, body);
    if (!object)
        return;
    const QJsonValue mode = object->value(QStringLiteral("mode"));
    FUZZ_CHECK(mode.isUndefined() ? !change->mode : change->mode && webapp::modeName(*change->mode) == mode.toString());
    const QJsonObject context = object->value(QStringLiteral("global_context")).toObject();
    FUZZ_CHECK(change->mode || object->contains(QStringLiteral("global_context")));

    // Only the five fields the API takes, each exactly as given.
    payi::Params expected;
    const auto text = [&](const char *key) -> std::optional<QString> {
        const QJsonValue v = context.value(QLatin1String(key));
        return v.isUndefined() ? std::nullopt : std::optional(v.toString());
    };
    expected.useCaseName = text("use_case_name");
    expected.useCaseId = text("use_case_id");
    expected.userId = text("user_id");
    expected.accountName = text("account_name");
    if (context.contains(QStringLiteral("limit_ids"))) {
        QStringList ids;
        for (const QJsonValue &id : context.value(QStringLiteral("limit_ids")).toArray())
            ids.append(id.toString());
        expected.limitIds = ids;
    }
    FUZZ_CHECK(change->globalContext == expected);
}

void simulationSettings(const QByteArray &body)
{
    const base::Result<simulator::SimulatedModelSettings::Snapshot> settings =
        simulator::readSettingsJson(body, kCurrent);
    const std::optional<QJsonObject> object = checkCommon(settings, body);
    if (!object)
        return;
    const auto given = [&](const char *key) { return object->value(QLatin1String(key)); };
    FUZZ_CHECK(object->size()
               == int(given("base_latency_ms").isDouble()) + int(given("per_token_ms").isDouble())
                      + int(given("failure_rate").isDouble()) + int(given("fault_kind").isString()));
    FUZZ_CHECK(settings->baseLatencyMs
               == (given("base_latency_ms").isUndefined() ? kCurrent.baseLatencyMs : given("base_latency_ms").toInt()));
    FUZZ_CHECK(settings->perTokenMs
               == (given("per_token_ms").isUndefined() ? kCurrent.perTokenMs : given("per_token_ms").toInt()));
    FUZZ_CHECK(settings->failureRate
               == (given("failure_rate").isUndefined() ? kCurrent.failureRate : given("failure_rate").toDouble()));
    FUZZ_CHECK(simulator::faultKindName(settings->faultKind)
               == (given("fault_kind").isUndefined() ? simulator::faultKindName(kCurrent.faultKind)
                                                     : given("fault_kind").toString()));
    // Accepted values are in range already: the settings keep them as they are.
    simulator::SimulatedModelSettings applied;
    applied.apply(*settings);
    const simulator::SimulatedModelSettings::Snapshot kept = applied.snapshot();
    FUZZ_CHECK(kept.baseLatencyMs == settings->baseLatencyMs && kept.perTokenMs == settings->perTokenMs
               && kept.failureRate == settings->failureRate && kept.faultKind == settings->faultKind);
    FUZZ_CHECK(settings->baseLatencyMs <= 600'000 && settings->perTokenMs <= 600'000);
}

void priceTable(const QByteArray &body)
{
    const base::Result<payi::PriceTable> table = webapp::api::readPriceTable(body);
    const std::optional<QJsonObject> object = checkCommon(table, body);
    if (!object)
        return;
    FUZZ_CHECK(table->version() == object->value(QStringLiteral("version")).toString());
    FUZZ_CHECK(qsizetype(table->resources().size()) == object->value(QStringLiteral("resources")).toObject().size());

    // What GET /prices shows, put back, is the same table.
    const base::Result<payi::PriceTable> again =
        webapp::api::readPriceTable(QJsonDocument(table->toJson()).toJson(QJsonDocument::Compact));
    FUZZ_CHECK(again);
    FUZZ_CHECK(*again == *table);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = input.indexOf('\n');
    if (newline < 0)
        return -1; // no route line: not worth keeping in the corpus
    const QByteArray route = input.left(newline);
    const QByteArray body = input.sliced(newline + 1);
    if (route == "POST /documents")
        documentText(body, QStringLiteral("prompt"));
    else if (route == "POST /documents/{id}/append")
        documentText(body, QStringLiteral("text"));
    else if (route == "POST /limits")
        limitSpec(body);
    else if (route == "PUT /instrumentation")
        instrumentationChange(body);
    else if (route == "PUT /prices")
        priceTable(body);
    else if (route == "PUT /sim/settings")
        simulationSettings(body);
    else
        return -1;
    return 0;
}
