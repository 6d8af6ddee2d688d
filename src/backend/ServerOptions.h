#pragma once

#include "base/Result.h"
#include "providers/ChatRequest.h"
#include "simulator/SimulatedModelSettings.h"
#include "webapp/InstrumentationMode.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace backend {

enum class ProviderKind { Simulated, OpenAI };

// How the document app attributes its calls: "scoped" or "global" (webapp::InstrumentationMode).
using InstrumentationMode = webapp::InstrumentationMode;
using webapp::modeFromName;
using webapp::modeName;
// How the simulated model answers: latency, failure rate and the failure it injects.
using SimulationSettings = simulator::SimulatedModelSettings::Snapshot;
using FaultKind = simulator::FaultKind;
using simulator::faultKindFromName;
using simulator::faultKindName;

// The command line of docs/http-api.md, parsed and checked.
struct ServerOptions
{
    bool headless = false;
    quint16 port = 8765;
    QHostAddress bind = QHostAddress(QHostAddress::LocalHost);
    QString token;
    QString dataDir; // empty: the platform's app-data folder
    ProviderKind provider = ProviderKind::Simulated;
    QString model = QStringLiteral("gpt-5.4");
    InstrumentationMode mode = InstrumentationMode::Scoped;
    int simLatencyMs = 400;
    double simFailRate = 0.0;
    QString pricesFile; // empty: the shipped resources/prices.json
    // --max-tokens-parameter: which parameter carries the output cap of a call under a block
    // limit (auto: as the model takes it, from the price table or its name).
    providers::MaxTokensSetting maxTokensParameter = providers::MaxTokensSetting::Auto;
    // --max-retries: how often a provider call that failed as the OpenAI SDKs retry is sent
    // again.
    int maxRetries = 2;
    // --no-prompt-logging: instrument(log_prompt_and_response=false), which nothing undoes.
    bool logPromptAndResponse = true;
    // --retention-bytes: past this size the ledger drops its oldest prompt and response texts
    // (ledger::TextRetention); costs and everything counted are kept.
    static constexpr qint64 DefaultRetentionBytes = qint64(2) << 30; // 2 GiB
    static constexpr qint64 MinRetentionBytes = qint64(1) << 20;     // 1 MiB
    qint64 retentionBytes = DefaultRetentionBytes;

    // Not on the command line; tests shorten them.
    int requestTimeoutMs = 10'000; // a request that stalls half-sent gets 408
    int providerTimeoutMs = 0;     // 0: 120 s for a real provider, 10 s + 2x latency for the simulated one
    // Set: the simulated model starts with these instead of --sim-latency-ms and
    // --sim-fail-rate (the window's saved settings; tests). The provider's time-out still
    // follows simLatencyMs.
    std::optional<SimulationSettings> simulation;

    // Declares every option on parser (with --help and --version).
    static void declare(QCommandLineParser &parser);
    // Reads a parser that has processed the arguments. Refuses bad values with a message
    // that names the option, and a non-loopback --bind without --token.
    static base::Result<ServerOptions> fromParser(const QCommandLineParser &parser);
    // Both, for tests and tools: arguments as in argv, program name first.
    static base::Result<ServerOptions> parse(const QStringList &arguments);
    // A size as --retention-bytes takes it: bytes, or a number with K, M, G or T (powers of
    // 1024; "2G", "1.5G", "500M"), at least MinRetentionBytes; nullopt otherwise.
    static std::optional<qint64> sizeFromText(const QString &text);
    // A size for people: "312 MB", "2 GB" (powers of 1024, as sizeFromText reads them).
    static QString sizeText(qint64 bytes);
};

} // namespace backend
