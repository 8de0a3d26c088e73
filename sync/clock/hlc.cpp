#include "clock/hlc.h"
#include "clock/walloffset.h"

#include <atomic>
#include <chrono>
#include <cstdio>

namespace chorus::sync {

std::string Version::toString() const
{
    if (isNull())
        return {};
    char buf[40];
    std::snprintf(buf, sizeof buf, "%016llx.%08x.", static_cast<unsigned long long>(hlc.wallMs), hlc.counter);
    return std::string(buf) + deviceId;
}

std::optional<Version> Version::parse(std::string_view text)
{
    if (text.empty())
        return Version{};
    if (text.size() < 27 || text[16] != '.' || text[25] != '.')
        return std::nullopt;
    auto hex = [](std::string_view s, std::uint64_t &out) {
        out = 0;
        for (char c : s) {
            int d;
            if (c >= '0' && c <= '9')
                d = c - '0';
            else if (c >= 'a' && c <= 'f')
                d = c - 'a' + 10;
            else
                return false;
            out = (out << 4) | static_cast<std::uint64_t>(d);
        }
        return true;
    };
    std::uint64_t wall = 0, counter = 0;
    if (!hex(text.substr(0, 16), wall) || !hex(text.substr(17, 8), counter))
        return std::nullopt;
    if (wall > static_cast<std::uint64_t>(INT64_MAX))
        return std::nullopt;
    Version v;
    v.hlc.wallMs = static_cast<std::int64_t>(wall);
    v.hlc.counter = static_cast<std::uint32_t>(counter);
    v.deviceId = std::string(text.substr(26));
    if (v.deviceId.empty() || v.deviceId.size() > 64)
        return std::nullopt;
    return v;
}

HybridClock::HybridClock(WallClock wall)
    : m_wall(std::move(wall))
{
}

namespace {
std::atomic<std::int64_t> g_wallOffsetMs { 0 };
}

std::int64_t HybridClock::systemWallMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count()
        + g_wallOffsetMs.load(std::memory_order_relaxed);
}

void setWallOffsetMs(std::int64_t offsetMs)
{
    g_wallOffsetMs.store(offsetMs, std::memory_order_relaxed);
}

Hlc HybridClock::now()
{
    const std::int64_t wall = m_wall();
    if (wall > m_last.wallMs)
        m_last = Hlc{wall, 0};
    else
        ++m_last.counter;
    return m_last;
}

Hlc HybridClock::clamp(const Hlc &remote) const
{
    const std::int64_t limit = m_wall() + kMaxForwardDriftMs;
    if (remote.wallMs > limit)
        return Hlc{limit, remote.counter};
    return remote;
}

Hlc HybridClock::observe(const Hlc &remote)
{
    const Hlc clamped = clamp(remote);
    if (clamped > m_last)
        m_last = clamped;
    return clamped;
}

void HybridClock::restore(const Hlc &persisted)
{
    if (persisted > m_last)
        m_last = persisted;
}

} // namespace chorus::sync
