#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace ledger {

// How a prompt or response text is kept in the ledger (schema 9). The columns that held
// UTF-8 TEXT before keep it for the rows written then; a row written since holds a BLOB whose
// first byte says what follows:
//   0x00 Raw         the UTF-8 bytes (a text under CompressFrom bytes, or one zlib would not
//                    make smaller)
//   0x01 Zlib        qCompress() of the UTF-8 bytes (a 4-byte big-endian length, then zlib)
//   0x02 InEvent     (revisions.content, documents.content) the text is the JSON string at
//                    byte offset, of length bytes, in the response text of the event seq
//                    (three unsigned LEB128 integers: 7 bits a byte, lowest first): a
//                    revision's content is kept once, in the event that produced it
//   0x03 InTexts     (events.provider_request, events.provider_response) the texts are in
//                    event_texts under the event's seq; no row there: dropped by retention
//   0x04 Dropped     (events of a ledger written before schema 9) dropped by retention
// events.raw_usage, a JSON object, is in event_texts from schema 9 on when the event has texts,
// else a Raw or Zlib blob in its column.
// event_texts.texts holds one encoded text: the request's and the response's lengths in
// bytes (4 each, big-endian), the request, the response, then the provider's raw usage report
// (events.raw_usage says InTexts: it is part of the response, and goes with it), so that zlib
// shares one window between them.
// A column's storage class tells the formats apart: TEXT is the old, BLOB the new.
class StoredText
{
public:
    enum Tag : char { Raw = 0x00, Zlib = 0x01, InEvent = 0x02, InTexts = 0x03, Dropped = 0x04 };
    // Texts shorter than this stay raw: zlib's header and length outweigh what it saves.
    static constexpr qsizetype CompressFrom = 96;

    // utf8 as Raw or Zlib, whichever is smaller.
    static QByteArray encode(QByteArrayView utf8);
    // The UTF-8 text of a Raw or Zlib blob; nullopt for any other tag or a damaged blob.
    static std::optional<QByteArray> decode(QByteArrayView blob);

    static QByteArray marker(Tag tag) { return QByteArray(1, tag); }
    static bool isMarker(QByteArrayView blob, Tag tag) { return blob.size() == 1 && blob.front() == tag; }

    // An event's request, response and raw usage as one text for event_texts, and back.
    static QByteArray joinExchange(QByteArrayView request, QByteArrayView response, QByteArrayView rawUsage);
    struct Exchange
    {
        QByteArray request;
        QByteArray response;
        QByteArray rawUsage;
    };
    static std::optional<Exchange> splitExchange(QByteArrayView joined);

    // A revision's content as the JSON string at [offset, offset + length) of event seq's
    // response, and back.
    struct Slice
    {
        qint64 seq = 0;
        quint32 offset = 0;
        quint32 length = 0;
    };
    static QByteArray inEvent(const Slice &slice);
    static std::optional<Slice> sliceOf(QByteArrayView blob);
    // The text of the JSON string (quotes included) at slice in response; nullopt if it is not one.
    static std::optional<QString> stringAt(QByteArrayView response, const Slice &slice);
    // The same, in the response of an event_texts blob.
    static std::optional<QString> stringIn(QByteArrayView eventTexts, const Slice &slice);
};

} // namespace ledger
