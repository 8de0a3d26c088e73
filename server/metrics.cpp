#include "metrics.h"

#include "directory.h"

namespace chorus::server {

void Metrics::countRequest(const std::string &route, int status)
{
    std::lock_guard lock(m_mutex);
    ++m_requests[{ route, status }];
}

void Metrics::countError(const std::string &code)
{
    std::lock_guard lock(m_mutex);
    ++m_errors[code];
}

void Metrics::countChanges(int accepted)
{
    std::lock_guard lock(m_mutex);
    m_changes += accepted;
}

std::string Metrics::render(sql::Connection &db)
{
    std::string out;
    {
        std::lock_guard lock(m_mutex);
        out += "# TYPE chorus_requests_total counter\n";
        for (const auto &[key, n] : m_requests)
            out += "chorus_requests_total{route=\"" + key.first + "\",status=\"" + std::to_string(key.second) + "\"} "
                + std::to_string(n) + "\n";
        out += "# TYPE chorus_errors_total counter\n";
        for (const auto &[code, n] : m_errors)
            out += "chorus_errors_total{code=\"" + code + "\"} " + std::to_string(n) + "\n";
        out += "# TYPE chorus_changes_applied_total counter\nchorus_changes_applied_total " + std::to_string(m_changes)
            + "\n";
    }
    // Lag counts every log entry after the device's cursor, in scope or not: an upper bound that
    // costs one query however many devices there are.
    auto s = db.prepare(
        "SELECT d.id, d.org_id, (SELECT coalesce(max(seq), 0) FROM changelog) - d.pull_cursor, d.last_pull_at"
        " FROM devices d WHERE d.revoked_at IS NULL ORDER BY d.id");
    const long long now = nowMs();
    std::string entries, ages;
    while (s.step()) {
        const std::string labels = "{device=\"" + s.text(0) + "\",organisation=\"" + s.text(1) + "\"}";
        entries
            += "chorus_device_lag_entries" + labels + " " + std::to_string(std::max<long long>(0, s.integer(2))) + "\n";
        if (!s.isNull(3))
            ages += "chorus_device_seconds_since_pull" + labels + " " + std::to_string((now - s.integer(3)) / 1000)
                + "\n";
    }
    out += "# TYPE chorus_device_lag_entries gauge\n" + entries;
    out += "# TYPE chorus_device_seconds_since_pull gauge\n" + ages;
    return out;
}

} // namespace chorus::server
