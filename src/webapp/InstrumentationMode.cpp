#include "webapp/InstrumentationMode.h"

namespace webapp {

QString modeName(InstrumentationMode mode)
{
    return mode == InstrumentationMode::Scoped ? QStringLiteral("scoped") : QStringLiteral("global");
}

std::optional<InstrumentationMode> modeFromName(QStringView name)
{
    if (name == u"scoped")
        return InstrumentationMode::Scoped;
    if (name == u"global")
        return InstrumentationMode::Global;
    return std::nullopt;
}

} // namespace webapp
