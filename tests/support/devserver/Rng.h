#pragma once

#include <QByteArray>
#include <QList>

#include <cmath>
#include <cstdint>

namespace devserver {

// A small, fast and fully specified PRNG (SplitMix64). std::mt19937 and std::uniform_*
// distributions are not specified bit-for-bit across standard libraries; the forum must be the
// same for the same seed everywhere, so every draw goes through this.
class Rng
{
public:
    explicit Rng(std::uint64_t seed)
        : m_state(seed)
    {}

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    // Uniform in [0, n). n must be > 0.
    std::uint32_t below(std::uint32_t n) { return std::uint32_t((next() >> 32) * n >> 32); }
    // Uniform in [lo, hi].
    int range(int lo, int hi) { return lo + int(below(std::uint32_t(hi - lo + 1))); }
    // Uniform in [0, 1).
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }

    template <typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(qsizetype(below(std::uint32_t(list.size()))));
    }

    // Pareto-distributed integer >= minimum, for long-tailed sizes.
    int pareto(double alpha, int minimum, int cap)
    {
        const double u = 1.0 - unit();
        const double v = double(minimum) / std::pow(u, 1.0 / alpha);
        return v > cap ? cap : int(v);
    }

private:
    std::uint64_t m_state;
};

// Mixes several integers into one seed so that content for (forum seed, post id, version) is
// reproducible without storing it.
inline std::uint64_t mixSeed(std::uint64_t a, std::uint64_t b, std::uint64_t c = 0)
{
    Rng r(a ^ (b * 0x9e3779b97f4a7c15ULL) ^ (c * 0xc2b2ae3d27d4eb4fULL));
    r.next();
    return r.next();
}

} // namespace devserver
