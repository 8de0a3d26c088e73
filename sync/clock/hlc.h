#pragma once
// Hybrid logical clock and field versions. A version's string form sorts the same way as the
// version itself, so SQL and C++ compare versions alike.

#include <compare>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace chorus::sync {

struct Hlc {
    std::int64_t wallMs = 0;
    std::uint32_t counter = 0;
    auto operator<=>(const Hlc &) const = default;
};

// A field's version: the clock reading of the write plus the writing device, which breaks ties
// deterministically.
struct Version {
    Hlc hlc;
    std::string deviceId;

    auto operator<=>(const Version &) const = default;
    [[nodiscard]] bool isNull() const { return hlc.wallMs == 0 && hlc.counter == 0 && deviceId.empty(); }
    // Fixed-width hex for wall time and counter: "0000019b2c3d4e5f.00000000.device-id".
    [[nodiscard]] std::string toString() const;
    [[nodiscard]] static std::optional<Version> parse(std::string_view text);
};

class HybridClock {
public:
    using WallClock = std::function<std::int64_t()>;
    // Remote readings further ahead than this are clamped: a device whose clock runs days fast must
    // not push every future edit of everyone else into the past.
    static constexpr std::int64_t kMaxForwardDriftMs = 5 * 60 * 1000;

    explicit HybridClock(WallClock wall = systemWallMs);
    [[nodiscard]] Hlc now();
    // Advances the clock past a reading from elsewhere; returns the reading clamped to the drift bound.
    Hlc observe(const Hlc &remote);
    [[nodiscard]] Hlc last() const { return m_last; }
    void restore(const Hlc &persisted);
    [[nodiscard]] Hlc clamp(const Hlc &remote) const;

    static std::int64_t systemWallMs();

private:
    WallClock m_wall;
    Hlc m_last;
};

} // namespace chorus::sync
