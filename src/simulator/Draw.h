#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace simulator {

// splitmix64's finaliser: spreads every input bit over the output.
inline quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// FNV-1a over bytes, continuing from hash.
inline quint64 fnv1a(QByteArrayView bytes, quint64 hash = 0xcbf29ce484222325ULL)
{
    for (const char c : bytes) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

// A seed's sequence of draws: splitmix64, the same everywhere (std distributions differ
// between standard libraries). A draw is made per call for its fault, and the Mersenne
// Twister this replaced cost more to seed than the rest of planning a remembered answer.
class Draw
{
public:
    explicit Draw(quint64 seed) : m_state(seed) {}
    // 0 <= result < n; 0 when n <= 0.
    qsizetype below(qsizetype n) { return n <= 0 ? 0 : qsizetype(next() % quint64(n)); }
    // An element of list, which must not be empty.
    template <typename List>
    auto pick(const List &list)
    {
        return list[below(qsizetype(list.size()))];
    }
    // 0 <= result < 1.
    double unit() { return double(next() >> 11) / double(1ULL << 53); }

private:
    quint64 next()
    {
        const quint64 drawn = mix(m_state);
        m_state += 0x9e3779b97f4a7c15ULL;
        return drawn;
    }

    quint64 m_state;
};

} // namespace simulator
