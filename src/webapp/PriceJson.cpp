#include "webapp/PriceJson.h"

#include "base/JsonText.h"
#include "webapp/ApiJson.h"

namespace webapp::api {

namespace {

constexpr qsizetype MaxMessageBytes = 300;

// PriceTable's message names the place with the table's own names and quotes the price it
// refuses, up to 40 characters of each: cut here to MaxMessageBytes as the answer writes it
// (control characters as U+FFFD), so the answer stays short whatever the names hold.
QString shortMessage(const QString &message)
{
    QString out;
    qsizetype bytes = 0;
    for (const QChar c : message) {
        const bool control = c.unicode() < 0x20;
        bytes += control || c.unicode() >= 0x80 ? 3 : c == u'"' || c == u'\\' ? 2 : 1;
        if (bytes > MaxMessageBytes)
            return out + u'…';
        out += control ? QChar(QChar::ReplacementCharacter) : c;
    }
    return out;
}

} // namespace

base::Result<payi::PriceTable> readPriceTable(const QByteArray &body)
{
    if (body.size() > MaxPriceTableBytes)
        return invalidField(QStringLiteral("a price table is at most %1 KiB of JSON").arg(MaxPriceTableBytes / 1024));
    const base::Result<QJsonObject> object = base::readJsonObject(body);
    if (!object)
        return object.error();
    for (const QString &field : {QStringLiteral("version"), QStringLiteral("currency"), QStringLiteral("resources")}) {
        const QJsonValue value = object->value(field);
        if (value.isUndefined() || value.isNull())
            return base::Error{QStringLiteral("missing_field"), QStringLiteral("\"%1\" is required").arg(field)};
    }
    base::Result<payi::PriceTable> table = payi::PriceTable::fromJson(*object);
    if (!table)
        return invalidField(shortMessage(table.error().message));
    return table;
}

} // namespace webapp::api
