#include "backend/ServerOptions.h"

#include <QCommandLineParser>

namespace backend {

namespace {
base::Error invalid(const QString &message)
{
    return base::Error{QStringLiteral("invalid_option"), message};
}
} // namespace

void ServerOptions::declare(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QStringLiteral("Costbench: a workbench for tracking what GenAI calls cost, and to whom. It serves the seed's "
                       "document app with a tracking scope per request, a JSON API over the cost ledger, and a "
                       "simulated OpenAI-compatible model."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("headless"), QStringLiteral("No window: serve until SIGINT or SIGTERM.")},
        {QStringLiteral("port"), QStringLiteral("Port to listen on; 0 picks a free one (default 8765)."),
         QStringLiteral("N")},
        {QStringLiteral("bind"),
         QStringLiteral("Address to listen on (default 127.0.0.1). Any non-loopback address requires --token."),
         QStringLiteral("ADDR")},
        {QStringLiteral("token"), QStringLiteral("Every API call then needs 'Authorization: Bearer T'."),
         QStringLiteral("T")},
        {QStringLiteral("data-dir"), QStringLiteral("Where the ledger lives (default: the app-data folder)."),
         QStringLiteral("DIR")},
        {QStringLiteral("provider"),
         QStringLiteral("sim (default) or openai (reads OPENAI_API_KEY and OPENAI_BASE_URL)."),
         QStringLiteral("sim|openai")},
        {QStringLiteral("model"), QStringLiteral("Model the document app calls (default gpt-5.4)."),
         QStringLiteral("NAME")},
        {QStringLiteral("mode"), QStringLiteral("Instrumentation: scoped (default) or global."),
         QStringLiteral("scoped|global")},
        {QStringLiteral("sim-latency-ms"), QStringLiteral("Simulated model's base latency (default 400)."),
         QStringLiteral("N")},
        {QStringLiteral("sim-fail-rate"), QStringLiteral("Fraction of simulated calls that fail, 0..1 (default 0)."),
         QStringLiteral("F")},
        {QStringLiteral("prices"), QStringLiteral("Price table JSON file (default: the shipped one)."),
         QStringLiteral("FILE")},
        {QStringLiteral("max-tokens-parameter"),
         QStringLiteral("How a call's output cap is sent: auto (default: max_completion_tokens for the models that "
                        "need it, gpt-5.x and the o-series, as the price table or the model's name says; else "
                        "max_tokens), max_tokens or max_completion_tokens (OpenAI-compatible servers differ)."),
         QStringLiteral("auto|max_tokens|max_completion_tokens")},
        {QStringLiteral("max-retries"),
         QStringLiteral("Times a failed provider call is sent again, as the OpenAI SDKs do: on a connection error, "
                        "a time-out, 408, 409, 429 or 5xx, honouring retry-after (default 2; 0 to 10)."),
         QStringLiteral("N")},
        {QStringLiteral("no-prompt-logging"),
         QStringLiteral("Keep no prompt or response text on any event, whatever a scope or header says.")},
        {QStringLiteral("retention-bytes"),
         QStringLiteral("Ledger size past which the oldest prompt and response texts are dropped (costs, units, "
                        "attribution, audit findings and limits are kept): bytes, or with K, M, G or T (default 2G; "
                        "at least 1M)."),
         QStringLiteral("SIZE")},
    });
}

base::Result<ServerOptions> ServerOptions::fromParser(const QCommandLineParser &parser)
{
    ServerOptions o;
    o.headless = parser.isSet(QStringLiteral("headless"));
    if (parser.isSet(QStringLiteral("port"))) {
        bool ok = false;
        const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
        if (!ok || port > 65535)
            return invalid(QStringLiteral("--port must be a number from 0 to 65535"));
        o.port = quint16(port);
    }
    if (parser.isSet(QStringLiteral("bind"))) {
        const QString text = parser.value(QStringLiteral("bind"));
        o.bind = text == QLatin1String("localhost") ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(text);
        if (o.bind.isNull())
            return invalid(QStringLiteral("--bind must be an IP address, got \"%1\"").arg(text.left(64)));
    }
    o.token = parser.value(QStringLiteral("token"));
    if (!o.bind.isLoopback() && o.token.isEmpty())
        return invalid(QStringLiteral("--bind %1 is not a loopback address: anyone on the network could use the "
                                      "API and spend your budget. Give --token T as well.")
                           .arg(o.bind.toString()));
    o.dataDir = parser.value(QStringLiteral("data-dir"));
    if (parser.isSet(QStringLiteral("provider"))) {
        const QString provider = parser.value(QStringLiteral("provider"));
        if (provider == QLatin1String("sim"))
            o.provider = ProviderKind::Simulated;
        else if (provider == QLatin1String("openai"))
            o.provider = ProviderKind::OpenAI;
        else
            return invalid(QStringLiteral("--provider must be sim or openai"));
    }
    if (parser.isSet(QStringLiteral("model"))) {
        o.model = parser.value(QStringLiteral("model"));
        if (o.model.trimmed().isEmpty())
            return invalid(QStringLiteral("--model must not be empty"));
    }
    if (parser.isSet(QStringLiteral("mode"))) {
        const std::optional<webapp::InstrumentationMode> mode =
            webapp::modeFromName(parser.value(QStringLiteral("mode")));
        if (!mode)
            return invalid(QStringLiteral("--mode must be scoped or global"));
        o.mode = *mode;
    }
    if (parser.isSet(QStringLiteral("sim-latency-ms"))) {
        bool ok = false;
        o.simLatencyMs = parser.value(QStringLiteral("sim-latency-ms")).toInt(&ok);
        if (!ok || o.simLatencyMs < 0 || o.simLatencyMs > 600'000)
            return invalid(QStringLiteral("--sim-latency-ms must be a number of milliseconds from 0 to 600000"));
    }
    if (parser.isSet(QStringLiteral("sim-fail-rate"))) {
        bool ok = false;
        o.simFailRate = parser.value(QStringLiteral("sim-fail-rate")).toDouble(&ok);
        if (!ok || !(o.simFailRate >= 0.0 && o.simFailRate <= 1.0))
            return invalid(QStringLiteral("--sim-fail-rate must be a fraction from 0 to 1"));
    }
    o.pricesFile = parser.value(QStringLiteral("prices"));
    if (parser.isSet(QStringLiteral("max-tokens-parameter"))) {
        const std::optional<providers::MaxTokensSetting> setting =
            providers::maxTokensSettingFromName(parser.value(QStringLiteral("max-tokens-parameter")));
        if (!setting)
            return invalid(QStringLiteral("--max-tokens-parameter must be auto, max_tokens or max_completion_tokens"));
        o.maxTokensParameter = *setting;
    }
    if (parser.isSet(QStringLiteral("max-retries"))) {
        bool ok = false;
        o.maxRetries = parser.value(QStringLiteral("max-retries")).toInt(&ok);
        if (!ok || o.maxRetries < 0 || o.maxRetries > 10)
            return invalid(QStringLiteral("--max-retries must be a number from 0 to 10"));
    }
    o.logPromptAndResponse = !parser.isSet(QStringLiteral("no-prompt-logging"));
    if (parser.isSet(QStringLiteral("retention-bytes"))) {
        const QString text = parser.value(QStringLiteral("retention-bytes"));
        const std::optional<qint64> bytes = sizeFromText(text);
        if (!bytes)
            return invalid(QStringLiteral("--retention-bytes must be a size of at least 1M: bytes, or a number with "
                                          "K, M, G or T (e.g. 500M, 2G), got \"%1\"")
                               .arg(text.left(64)));
        o.retentionBytes = *bytes;
    }
    return o;
}

std::optional<qint64> ServerOptions::sizeFromText(const QString &text)
{
    static const QString Suffixes = QStringLiteral("KMGT");
    QString number = text.trimmed().toUpper();
    if (number.endsWith(QLatin1Char('B')) && number.size() > 1 && Suffixes.contains(number.at(number.size() - 2)))
        number.chop(1); // "2GB" as "2G"
    int shift = 0;
    if (!number.isEmpty() && Suffixes.contains(number.back())) {
        shift = 10 * (int(Suffixes.indexOf(number.back())) + 1);
        number.chop(1);
    }
    bool ok = false;
    const double value = number.toDouble(&ok);
    // Up to 2^50 bytes (a petabyte): anything more is a typo.
    if (!ok || !(value >= 0) || value * double(qint64(1) << shift) > double(qint64(1) << 50))
        return std::nullopt;
    const qint64 bytes = qint64(value * double(qint64(1) << shift));
    if (bytes < MinRetentionBytes)
        return std::nullopt;
    return bytes;
}

QString ServerOptions::sizeText(qint64 bytes)
{
    const char *const units[] = {"bytes", "KB", "MB", "GB", "TB"};
    int unit = 0;
    double value = double(bytes);
    while (value >= 1024 && unit < 4) {
        value /= 1024;
        ++unit;
    }
    // Whole numbers from 10 up, one decimal below ("1.5 GB", "312 MB").
    const int decimals = unit == 0 || value >= 10 || value == qint64(value) ? 0 : 1;
    return QStringLiteral("%1 %2").arg(value, 0, 'f', decimals).arg(QLatin1String(units[unit]));
}

base::Result<ServerOptions> ServerOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    declare(parser);
    if (!parser.parse(arguments))
        return invalid(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return invalid(QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first().left(64)));
    return fromParser(parser);
}

} // namespace backend
