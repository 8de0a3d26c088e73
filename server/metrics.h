#pragma once
// Counters for this server instance plus per-device sync lag read from the shared database,
// rendered in the Prometheus text format.

#include "sql/connection.h"

#include <map>
#include <mutex>
#include <string>

namespace chorus::server {

class Metrics {
public:
    void countRequest(const std::string &route, int status);
    void countError(const std::string &code);
    void countChanges(int accepted);
    [[nodiscard]] std::string render(sql::Connection &db);

private:
    std::mutex m_mutex;
    std::map<std::pair<std::string, int>, long long> m_requests;
    std::map<std::string, long long> m_errors;
    long long m_changes = 0;
};

} // namespace chorus::server
