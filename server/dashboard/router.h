#pragma once
// Routes for /dashboard/api/…: every handler runs behind the session cookie, the CSRF check on
// state-changing requests and the role check, and every failure becomes a JSON error.

#include "auditlog.h"
#include "clientaddress.h"
#include "mediastore.h"
#include "serverdb.h"
#include "sessionstore.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace chorus::server::dashboard {

inline constexpr const char *kCookieName = "chorus_dash";
inline constexpr const char *kCsrfHeader = "X-CSRF-Token";

// One request as a handler sees it: who is signed in, a database connection, and the audit trail.
struct Call {
    const httplib::Request &req;
    httplib::Response &res;
    Session session;
    sql::Connection &db;
    ServerDb &server;
    MediaStore &media;
    // Set when the handler wrote the response itself (files, CSV).
    bool raw = false;

    void audit(
        const std::string &action, const std::string &target, const nlohmann::json &detail = nlohmann::json::object())
    {
        AuditLog(db).record(session, action, target, detail);
    }
    [[nodiscard]] nlohmann::json body() const;
    [[nodiscard]] std::string param(const std::string &name) const { return req.get_param_value(name.c_str()); }
    [[nodiscard]] std::string match(int i) const { return req.matches[i].str(); }
};

using Handler = std::function<nlohmann::json(Call &)>;

class Router : public std::enable_shared_from_this<Router> {
public:
    Router(httplib::Server &server, ServerDb &db, MediaStore &media, bool tls, ClientAddress clientAddress);
    void get(const std::string &pattern, Handler handler, Role least = Role::Coordinator);
    void post(const std::string &pattern, Handler handler, Role least = Role::Coordinator);
    // Sign-in and sign-out, which run before or end a session.
    void installSessionRoutes();

    static void sendError(httplib::Response &res, int status, const std::string &code, const std::string &message);
    [[nodiscard]] static std::string cookieValue(const httplib::Request &req);

private:
    void run(
        const httplib::Request &req, httplib::Response &res, const Handler &handler, Role least, bool changesState);

    httplib::Server &m_server;
    ServerDb &m_db;
    MediaStore &m_media;
    bool m_tls;
    ClientAddress m_clientAddress;
};

} // namespace chorus::server::dashboard
