#pragma once
// A dashboard session against a ServerProcess: a new coordinator of the organisation (admin when
// asked), signed in with a real password, sending its cookie and CSRF token.

#include "serverharness.h"

#include <string>

namespace chorus::test {

class DashboardSession {
public:
    DashboardSession(const ServerProcess &server, const std::string &db, const std::string &org,
        const std::string &email, bool admin = false);
    Response get(const std::string &path) const;
    Response post(const std::string &path, const Json &body = Json::object()) const;
    // Sends the same session's requests to another instance on the same database.
    void useServer(const ServerProcess &server) { m_server = &server; }

private:
    const ServerProcess *m_server;
    std::string m_cookie;
    std::string m_csrf;
};

} // namespace chorus::test
