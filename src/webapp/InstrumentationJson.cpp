#include "webapp/InstrumentationJson.h"

#include "base/JsonText.h"
#include "payi/Instrumentation.h"
#include "webapp/ApiJson.h"

#include <QJsonArray>

namespace webapp::api {

base::Result<InstrumentationChange> readInstrumentationChange(const QByteArray &body)
{
    const base::Result<QJsonObject> object = base::readJsonObject(body);
    if (!object)
        return object.error();
    const QJsonValue modeValue = object->value(QStringLiteral("mode"));
    const QJsonValue contextValue = object->value(QStringLiteral("global_context"));
    if (modeValue.isUndefined() && contextValue.isUndefined())
        return base::Error{QStringLiteral("missing_field"), QStringLiteral("give \"mode\" and/or \"global_context\"")};
    InstrumentationChange change;
    if (!modeValue.isUndefined()) {
        change.mode = modeFromName(modeValue.toString());
        if (!change.mode)
            return invalidField(QStringLiteral("\"mode\" must be \"scoped\" or \"global\""));
    }
    if (contextValue.isUndefined())
        return change;
    if (!contextValue.isObject())
        return invalidField(QStringLiteral("\"global_context\" must be an object"));
    payi::Params &global = change.globalContext;
    const QJsonObject c = contextValue.toObject();
    for (auto it = c.begin(); it != c.end(); ++it) {
        const QString key = it.key();
        std::optional<QString> *slot = key == QLatin1String("use_case_name")  ? &global.useCaseName
                                       : key == QLatin1String("use_case_id")  ? &global.useCaseId
                                       : key == QLatin1String("user_id")      ? &global.userId
                                       : key == QLatin1String("account_name") ? &global.accountName
                                                                              : nullptr;
        if (key == QLatin1String("limit_ids") && it.value().isArray()) {
            QStringList ids;
            for (const QJsonValue &id : it.value().toArray())
                ids.append(id.toString());
            global.limitIds = ids;
            continue;
        }
        if (!slot || !it.value().isString())
            return invalidField(
                QStringLiteral("global_context takes use_case_name, use_case_id, user_id, account_name (strings) "
                               "and limit_ids (a list); \"%1\" is not one of them")
                    .arg(key.left(40)));
        *slot = it.value().toString();
    }
    return change;
}

QJsonObject instrumentationJson(InstrumentationMode mode, const payi::Instrumentation &instrumentation)
{
    return QJsonObject{
        {QStringLiteral("mode"), modeName(mode)},
        {QStringLiteral("global_instrumentation"), instrumentation.globalInstrumentation()},
        {QStringLiteral("global_context"), instrumentation.globalContext().toJson()},
        {QStringLiteral("explanation"),
         mode == InstrumentationMode::Scoped
             ? QStringLiteral("Scoped: global instrumentation is off and each request opens its own scope "
                              "(track for create, track_context for append), so concurrent requests never share "
                              "attribution.")
             : QStringLiteral("Global: the handlers open no scope and write each request's user and document into "
                              "the one process-wide context, as a naive port would. Concurrent requests overwrite "
                              "each other; the audit counts the calls that land on the wrong request.")},
    };
}

} // namespace webapp::api
