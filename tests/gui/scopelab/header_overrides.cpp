// Scope lab: A header overrides. A per-call header replaces the context's value, limit ids too: no
// union with the scopes'.
// Builds against Costbench's payi library (costbench_payi); prints the call's attribution.
#include "payi/Instrumentation.h"

#include <QJsonDocument>

#include <cstdio>

int main()
{
    payi::Config config;
    config.globalContext.useCaseName = QStringLiteral("scope_lab");
    payi::Instrumentation instrumentation(config);

    payi::Params scope1;
    scope1.useCaseName = QStringLiteral("summarize");
    scope1.limitIds = QStringList{QStringLiteral("team-budget")};
    payi::Params scope2;
    scope2.userId = QStringLiteral("alice");
    payi::Params headers;
    headers.userId = QStringLiteral("bob");
    headers.limitIds = QStringList{QStringLiteral("call-budget")};

    const std::optional<payi::Attribution> attribution = [&] {
        return payi::track(scope1, [&] {
            payi::TrackContext open2(scope2);
            return instrumentation.resolve(payi::CapturedContext::current(), headers);
        });
    }();
    std::puts(attribution ? QJsonDocument(attribution->toJson()).toJson().constData() : "not tracked");
}
