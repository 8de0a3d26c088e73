#pragma once
// Decides from a request's line and headers alone whether its body may be read: device uploads need
// a known token, dashboard changes a live session, and the open endpoints take only small bodies.
// Runs before cpp-httplib reads any body (pre-routing, and when a client asks "Expect: 100-continue"),
// so a stranger trickling a body ties up nothing but its own connection, and not for long.

#include "serverdb.h"

#include <httplib.h>

namespace chorus::server {

class BodyGate {
public:
    explicit BodyGate(ServerDb &db);
    // True when the body may be read; otherwise `res` holds the refusal (a JSON error).
    [[nodiscard]] bool admits(const httplib::Request &req, httplib::Response &res);
    // A Content-Length above 0, or a chunked body.
    [[nodiscard]] static bool declaresBody(const httplib::Request &req);

private:
    ServerDb &m_db;
};

} // namespace chorus::server
