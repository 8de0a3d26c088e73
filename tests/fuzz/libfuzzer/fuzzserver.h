#pragma once
// The real chorus-server request path in this process for the libFuzzer targets: HttpApi's routes
// on an httplib::Server, fed whole HTTP requests from memory (no socket), over a SQLite database in
// a temporary folder with an organisation, a site and one enrolled device of each role.

#include "httpapi.h"
#include "mediastore.h"
#include "serverdb.h"

#include <httplib.h>

#include <filesystem>
#include <memory>
#include <string>

namespace chorus::fuzz {

struct FuzzReply {
    int status = 0; // 0 when the server wrote no HTTP answer
    std::string raw;
};

class FuzzServer {
public:
    FuzzServer();
    ~FuzzServer();
    // The process's one server, built on first use.
    static FuzzServer &instance();

    // A fresh kiosk enrolment code, so an enrolment can get past the code check.
    [[nodiscard]] std::string issueCode();
    // Runs one raw HTTP/1.1 request through httplib's parser and the server's routes.
    FuzzReply handle(const std::string &request);
    // A request with the protocol header and `role`'s token ("kiosk", "outreach", "coordinator");
    // `extraHeaders` are whole lines ending in \r\n.
    [[nodiscard]] std::string request(const std::string &method, const std::string &target, const std::string &role,
        const std::string &body, const std::string &extraHeaders = {}) const;

private:
    class Routes;
    std::filesystem::path m_dir;
    std::unique_ptr<server::ServerDb> m_db;
    std::unique_ptr<server::MediaStore> m_media;
    std::unique_ptr<server::HttpApi> m_api;
    std::unique_ptr<Routes> m_routes;
    std::string m_tokens[3];
    std::string m_org;
    std::string m_site;
};

// Checks what every answer must be: an HTTP status the protocol uses, never a 5xx, and a JSON
// object body. Aborts (a libFuzzer crash) with the reply printed when it is not. CHORUS_FUZZ_TRACE=1
// prints every answer's status and the start of its body.
void requireCleanAnswer(const FuzzReply &reply, const char *target);

// `text` with the bytes that would end a request line or a query value percent-encoded.
[[nodiscard]] std::string percentEncode(const std::string &text);

} // namespace chorus::fuzz
