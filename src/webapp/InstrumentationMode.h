#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace webapp {

// How the document app attributes its calls. Scoped: each request opens its own scope, as
// the seed does. Global: one process-wide context that every request overwrites, as a naive
// port would, so that concurrent requests take each other's attribution.
enum class InstrumentationMode { Scoped, Global };

QString modeName(InstrumentationMode mode); // "scoped" or "global"
std::optional<InstrumentationMode> modeFromName(QStringView name);

} // namespace webapp
