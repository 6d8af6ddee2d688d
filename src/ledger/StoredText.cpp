#include "ledger/StoredText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>

#include <limits>

namespace ledger {

namespace {

void appendBigEndian(QByteArray &out, auto value)
{
    const qsizetype at = out.size();
    out.resize(at + qsizetype(sizeof(value)));
    qToBigEndian(value, out.data() + at);
}

template <typename T>
T bigEndianAt(QByteArrayView bytes, qsizetype at)
{
    return qFromBigEndian<T>(bytes.data() + at);
}

} // namespace

QByteArray StoredText::encode(QByteArrayView utf8)
{
    if (utf8.size() >= CompressFrom) {
        // Level 6, zlib's default: on these texts level 9 saves under 1 % for twice the time.
        QByteArray compressed = qCompress(reinterpret_cast<const uchar *>(utf8.data()), qsizetype(utf8.size()), 6);
        if (compressed.size() < utf8.size())
            return compressed.prepend(Zlib);
    }
    QByteArray raw;
    raw.reserve(utf8.size() + 1);
    raw.append(Raw).append(utf8);
    return raw;
}

std::optional<QByteArray> StoredText::decode(QByteArrayView blob)
{
    if (blob.isEmpty())
        return std::nullopt;
    if (blob.front() == Raw)
        return blob.sliced(1).toByteArray();
    if (blob.front() != Zlib || blob.size() < 5)
        return std::nullopt;
    const QByteArrayView data = blob.sliced(1);
    const quint32 expected = bigEndianAt<quint32>(data, 0);
    QByteArray text = qUncompress(reinterpret_cast<const uchar *>(data.data()), qsizetype(data.size()));
    if (quint32(text.size()) != expected)
        return std::nullopt; // damaged (qUncompress gives an empty array)
    return text;
}

QByteArray StoredText::joinExchange(QByteArrayView request, QByteArrayView response, QByteArrayView rawUsage)
{
    QByteArray joined;
    joined.reserve(8 + request.size() + response.size() + rawUsage.size());
    appendBigEndian(joined, quint32(request.size()));
    appendBigEndian(joined, quint32(response.size()));
    joined.append(request).append(response).append(rawUsage);
    return joined;
}

std::optional<StoredText::Exchange> StoredText::splitExchange(QByteArrayView joined)
{
    if (joined.size() < 8)
        return std::nullopt;
    const quint64 requestSize = bigEndianAt<quint32>(joined, 0);
    const quint64 responseSize = bigEndianAt<quint32>(joined, 4);
    if (requestSize + responseSize > quint64(joined.size() - 8))
        return std::nullopt;
    return Exchange{joined.sliced(8, requestSize).toByteArray(),
                    joined.sliced(8 + requestSize, responseSize).toByteArray(),
                    joined.sliced(8 + requestSize + responseSize).toByteArray()};
}

QByteArray StoredText::inEvent(const Slice &slice)
{
    QByteArray blob(1, InEvent);
    for (const quint64 value : {quint64(slice.seq), quint64(slice.offset), quint64(slice.length)}) {
        quint64 rest = value; // 7 bits a byte, the lowest first; the high bit says more follow
        do {
            blob.append(char((rest & 0x7f) | (rest > 0x7f ? 0x80 : 0)));
            rest >>= 7;
        } while (rest);
    }
    return blob;
}

std::optional<StoredText::Slice> StoredText::sliceOf(QByteArrayView blob)
{
    if (blob.isEmpty() || blob.front() != InEvent)
        return std::nullopt;
    quint64 values[3] = {};
    qsizetype at = 1;
    for (quint64 &value : values) {
        int shift = 0;
        for (;;) {
            if (at == blob.size() || shift > 56)
                return std::nullopt;
            const auto byte = quint8(blob[at++]);
            value |= quint64(byte & 0x7f) << shift;
            shift += 7;
            if (!(byte & 0x80))
                break;
        }
    }
    if (at != blob.size() || values[0] > quint64(std::numeric_limits<qint64>::max())
        || values[1] > std::numeric_limits<quint32>::max() || values[2] > std::numeric_limits<quint32>::max())
        return std::nullopt;
    return Slice{qint64(values[0]), quint32(values[1]), quint32(values[2])};
}

std::optional<QString> StoredText::stringAt(QByteArrayView response, const Slice &slice)
{
    if (quint64(slice.offset) + slice.length > quint64(response.size()) || slice.length < 2)
        return std::nullopt;
    const QByteArrayView quoted = response.sliced(slice.offset, slice.length);
    if (quoted.front() != '"' || quoted.back() != '"')
        return std::nullopt;
    QByteArray array;
    array.reserve(quoted.size() + 2);
    array.append('[').append(quoted).append(']');
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(array, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray() || document.array().size() != 1
        || !document.array().at(0).isString())
        return std::nullopt;
    return document.array().at(0).toString();
}

std::optional<QString> StoredText::stringIn(QByteArrayView eventTexts, const Slice &slice)
{
    const std::optional<QByteArray> joined = decode(eventTexts);
    const std::optional<Exchange> exchange = joined ? splitExchange(*joined) : std::nullopt;
    return exchange ? stringAt(exchange->response, slice) : std::nullopt;
}

} // namespace ledger
