#include "dashboardsession.h"

#include <cstdlib>
#include <stdexcept>

namespace chorus::test {

namespace {
const char *const kPassword = "a long test password";
}

DashboardSession::DashboardSession(
    const ServerProcess &server, const std::string &db, const std::string &org, const std::string &email, bool admin)
    : m_server(&server)
{
    ::setenv("CHORUS_PASSWORD", kPassword, 1);
    chorus::test::admin(db, { "create-coordinator", org, email });
    ::unsetenv("CHORUS_PASSWORD");
    if (admin)
        chorus::test::admin(db, { "dashboard-role", email, "admin" });
    auto r = server.client()->Post(
        "/dashboard/api/login", Json { { "email", email }, { "password", kPassword } }.dump(), "application/json");
    if (!r || r->status != 200)
        throw std::runtime_error("dashboard sign-in failed for " + email);
    const std::string cookie = r->get_header_value("Set-Cookie");
    m_cookie = cookie.substr(0, cookie.find(';'));
    m_csrf = Json::parse(r->body)["csrf"];
}

Response DashboardSession::get(const std::string &path) const
{
    return toResponse(m_server->client()->Get(path, { { "Cookie", m_cookie } }));
}

Response DashboardSession::post(const std::string &path, const Json &body) const
{
    return toResponse(m_server->client()->Post(
        path, { { "Cookie", m_cookie }, { "X-CSRF-Token", m_csrf } }, body.dump(), "application/json"));
}

Response DashboardSession::postBytes(const std::string &path, const std::string &bytes, const std::string &type) const
{
    return toResponse(
        m_server->client()->Post(path, { { "Cookie", m_cookie }, { "X-CSRF-Token", m_csrf } }, bytes, type.c_str()));
}

} // namespace chorus::test
