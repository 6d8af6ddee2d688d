// providers::readCompletion on any text: whatever it accepts, QJsonDocument accepts too, as
// an object with a non-empty "choices" array, and every field reads the same both ways. What
// it declines goes to QJsonDocument in ChatAnswer, so declining is never wrong here.
#include "FuzzCheck.h"

#include "providers/CompletionReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<providers::CompletionFields> fields = providers::readCompletion(text);
    if (!fields)
        return 0;
    QJsonParseError error{};
    const QJsonObject body = QJsonDocument::fromJson(text, &error).object();
    FUZZ_CHECK(error.error == QJsonParseError::NoError);
    const QJsonArray choices = body.value(QLatin1String("choices")).toArray();
    FUZZ_CHECK(!choices.isEmpty());
    const QJsonObject choice = choices.first().toObject();
    FUZZ_CHECK(fields->id == body.value(QLatin1String("id")).toString());
    FUZZ_CHECK(fields->model == body.value(QLatin1String("model")).toString());
    FUZZ_CHECK(fields->content
               == choice.value(QLatin1String("message")).toObject().value(QLatin1String("content")).toString());
    FUZZ_CHECK(fields->finishReason == choice.value(QLatin1String("finish_reason")).toString());
    const QJsonObject usage = body.value(QLatin1String("usage")).toObject();
    FUZZ_CHECK(fields->usage.isEmpty() == usage.isEmpty());
    FUZZ_CHECK(QJsonDocument::fromJson(fields->usage.toByteArray()).object() == usage);
    return 0;
}
