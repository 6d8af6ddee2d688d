#include "gui/AttributionText.h"

#include <QCoreApplication>

namespace gui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("gui::AttributionText", text);
}

// How a scope that gave `field` an empty value is written: "track_context(user_id=\"\")".
QString emptyValue(payi::Field field)
{
    switch (field) {
    case payi::Field::LimitIds:
        return QStringLiteral("[]");
    case payi::Field::RequestProperties:
    case payi::Field::UseCaseProperties:
        return QStringLiteral("{}");
    default:
        return QStringLiteral("\"\"");
    }
}

QString scopeCall(payi::Origin by, payi::Field field)
{
    const QString argument = QStringLiteral("%1=%2").arg(payi::fieldName(field), emptyValue(field));
    switch (by) {
    case payi::Origin::Track:
        return QStringLiteral("@track(%1)").arg(argument);
    case payi::Origin::TrackContext:
        return QStringLiteral("track_context(%1)").arg(argument);
    case payi::Origin::Global:
        return tr("the global context (%1)").arg(argument);
    case payi::Origin::Instrument:
        return QStringLiteral("instrument(%1)").arg(argument);
    case payi::Origin::CallHeader:
    case payi::Origin::None:
        break;
    }
    return argument;
}

QString scopeName(payi::Origin by)
{
    switch (by) {
    case payi::Origin::Track:
        return QStringLiteral("@track");
    case payi::Origin::TrackContext:
        return QStringLiteral("track_context");
    case payi::Origin::Global:
        return tr("global context");
    case payi::Origin::Instrument:
        return QStringLiteral("instrument()");
    case payi::Origin::CallHeader:
        return tr("call header");
    case payi::Origin::None:
        break;
    }
    return tr("unknown");
}

QString originText(payi::Field field, payi::Origin origin)
{
    switch (origin) {
    case payi::Origin::CallHeader:
        return tr("call header %1").arg(callHeaderName(field));
    case payi::Origin::Instrument:
        return field == payi::Field::LogPromptAndResponse ? tr("instrument() (log_prompt_and_response=false)")
                                                          : QStringLiteral("instrument()");
    case payi::Origin::Global:
        return tr("global context");
    case payi::Origin::Track:
        return QStringLiteral("@track");
    case payi::Origin::TrackContext:
        return QStringLiteral("track_context");
    case payi::Origin::None:
        break;
    }
    return tr("default");
}

QString originToolTip(payi::Field field, payi::Origin origin)
{
    const QString name = payi::fieldName(field);
    switch (origin) {
    case payi::Origin::Global:
        return tr("%1 comes from the global context: instrument()'s, in force for calls outside every scope while "
                  "global instrumentation is on.")
            .arg(name);
    case payi::Origin::Track:
        return tr("%1 comes from @track (payi::track) around the request's handler.").arg(name);
    case payi::Origin::TrackContext:
        return tr("%1 comes from a track_context block (payi::TrackContext), opened with values known at run time.")
            .arg(name);
    case payi::Origin::CallHeader:
        if (field == payi::Field::LogPromptAndResponse)
            return tr("The call gave %1: logging is off for this call.").arg(callHeaderName(field));
        return tr("%1 comes from the call's own %2 header, which wins over every scope.")
            .arg(name, callHeaderName(field));
    case payi::Origin::Instrument:
        return tr("instrument() was configured with log_prompt_and_response=false: a hard switch that no scope "
                  "or per-call header turns back on.");
    case payi::Origin::None:
        break;
    }
    return tr("No scope or per-call header set %1: this is instrument()'s default.").arg(name);
}

} // namespace

QString callHeaderName(payi::Field field)
{
    static const char *const names[payi::FieldCount] = {
        "xProxy-UseCase-Name",       // use_case_name
        "xProxy-UseCase-ID",         // use_case_id
        "xProxy-UseCase-Version",    // use_case_version
        "xProxy-UseCase-Step",       // use_case_step
        "xProxy-User-ID",            // user_id
        "xProxy-Account-Name",       // account_name
        "xProxy-Limit-IDs",          // limit_ids
        "xProxy-Request-Properties", // request_properties
        "xProxy-UseCase-Properties", // use_case_properties
        "xProxy-Logging-Disable",    // log_prompt_and_response
        "xProxy-PriceAs-Category",   // price_as_category
        "xProxy-PriceAs-Resource",   // price_as_resource
        "xProxy-Resource-Scope",     // resource_scope
    };
    return QLatin1String(names[static_cast<int>(field)]);
}

QStringList callHeaderNames()
{
    QStringList names;
    for (int i = 0; i < payi::FieldCount; ++i)
        names.append(callHeaderName(static_cast<payi::Field>(i)));
    return names;
}

QString emptyCallHeaderEffect(const QString &headerName)
{
    for (int i = 0; i < payi::FieldCount; ++i) {
        const auto field = static_cast<payi::Field>(i);
        if (headerName.compare(callHeaderName(field), Qt::CaseInsensitive) != 0)
            continue;
        switch (field) {
        case payi::Field::UseCaseName:
            return tr("clears the use case");
        case payi::Field::UseCaseId:
        case payi::Field::UseCaseVersion:
        case payi::Field::UseCaseStep:
            return tr("as if not given");
        case payi::Field::PriceAsCategory:
        case payi::Field::PriceAsResource:
        case payi::Field::ResourceScope:
            return tr("keeps the context's");
        case payi::Field::LogPromptAndResponse:
            return tr("logging off all the same");
        case payi::Field::UserId:
        case payi::Field::AccountName:
        case payi::Field::LimitIds:
        case payi::Field::RequestProperties:
        case payi::Field::UseCaseProperties:
            return tr("clears the field");
        }
    }
    return {};
}

FieldExplanation explainField(payi::Field field, payi::Origin origin, payi::Note note)
{
    FieldExplanation e;
    e.from = originText(field, origin);
    e.fromToolTip = originToolTip(field, origin);
    const QString name = payi::fieldName(field);
    const QString header = callHeaderName(field);
    const QString nameHeader = callHeaderName(payi::Field::UseCaseName);
    switch (note.reason) {
    case payi::Reason::None:
        break;
    case payi::Reason::EmptyValue:
        e.cleared = true;
        if (note.by == payi::Origin::CallHeader) {
            e.note = tr("cleared by an empty %1 header").arg(header);
            e.noteToolTip = tr("The call gave %1 with an empty value, which clears %2: no %2 is sent for this call.")
                                .arg(header, name);
        } else {
            const QString call = scopeCall(note.by, field);
            e.note = tr("cleared by %1").arg(call);
            e.noteToolTip =
                tr("%1 clears %2: an empty value does not inherit the outer value, it removes it.").arg(call, name);
        }
        break;
    case payi::Reason::EmptyUseCaseName:
        e.cleared = true;
        if (note.by == payi::Origin::CallHeader) {
            e.note = tr("cleared by an empty %1 header").arg(nameHeader);
            e.noteToolTip = tr("The call gave %1 with an empty value, which clears the use-case group for this "
                               "call: use_case_name, use_case_id, use_case_version and use_case_step.")
                                .arg(nameHeader);
        } else {
            e.note = tr("cleared by an empty use_case_name (%1)").arg(scopeName(note.by));
            e.noteToolTip = tr("%1 clears the whole use-case group: use_case_name, use_case_id, use_case_version, "
                               "use_case_step and use_case_properties.")
                                .arg(scopeCall(note.by, payi::Field::UseCaseName));
        }
        break;
    case payi::Reason::UseCaseNameHeader:
        e.cleared = true;
        e.note = tr("cleared by %1: the use-case headers are a group").arg(nameHeader);
        e.noteToolTip = tr("The call gave %1 and no %2 value, so the SDK sends only the call's own use-case "
                           "headers: the context's %3 was dropped. Give %2 with the call to keep one.")
                            .arg(nameHeader, header, name);
        break;
    case payi::Reason::ContextUseCase:
        e.note = tr("%1 ignored: without %2 the context's use case is sent").arg(header, nameHeader);
        e.noteToolTip =
            tr("The call gave %1 but not %2. Without the name header the SDK keeps the context's use "
               "case and sends its %3%4, ignoring %1; give %2 as well to replace the use case.")
                .arg(header, nameHeader, name, origin == payi::Origin::None ? QString() : tr(" (from %1)").arg(e.from));
        break;
    }
    return e;
}

} // namespace gui
