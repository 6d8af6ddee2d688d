// net::SseParser: whatever the bytes, the events do not depend on how the stream was cut
// into feeds (whole, one byte at a time, or split right after a CR, where a CRLF may straddle
// two feeds), and no event carries a line break where the format cannot have one.
#include "FuzzCheck.h"

#include "net/SseParser.h"

#include <QByteArrayView>
#include <QList>

#include <cstdint>

using net::SseEvent;
using net::SseParser;

namespace {

struct Outcome
{
    QList<net::SseEvent> events;
    bool pending = false;
    friend bool operator==(const Outcome &, const Outcome &) = default;
};

// Feeds `input` in pieces that end at each of `cuts` (ascending offsets), then the rest.
Outcome parseInPieces(QByteArrayView input, const QList<qsizetype> &cuts)
{
    net::SseParser parser;
    Outcome outcome;
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        outcome.events += parser.feed(input.sliced(from, cut - from));
        from = cut;
    }
    outcome.events += parser.feed(input.sliced(from));
    outcome.pending = parser.hasPendingEvent();
    return outcome;
}

bool hasLineBreak(const QByteArray &text)
{
    return text.contains('\r') || text.contains('\n');
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));

    const Outcome whole = parseInPieces(input, {});
    for (const net::SseEvent &event : whole.events) {
        FUZZ_CHECK(!hasLineBreak(event.event));
        FUZZ_CHECK(!hasLineBreak(event.id) && !event.id.contains('\0'));
        FUZZ_CHECK(!event.data.contains('\r')); // data lines are joined by '\n' alone
    }

    QList<qsizetype> everyByte;
    for (qsizetype i = 1; i < input.size(); ++i)
        everyByte.append(i);
    FUZZ_CHECK(parseInPieces(input, everyByte) == whole);

    // One cut after each of the first few CRs: the CR ends one feed and its LF starts the next.
    int crCuts = 0;
    for (qsizetype i = 0; i + 1 < input.size() && crCuts < 8; ++i) {
        if (input[i] != '\r')
            continue;
        ++crCuts;
        FUZZ_CHECK(parseInPieces(input, {i + 1}) == whole);
    }

    // A cut chosen by the input itself, so that the fuzzer can steer it.
    if (!input.isEmpty())
        FUZZ_CHECK(parseInPieces(input, {qsizetype(data[0]) % input.size()}) == whole);
    return 0;
}
