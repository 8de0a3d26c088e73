// libFuzzer target: the body of POST /v1/enrol (no token; the code and device name), through the
// server's whole request path. Input: the body; each "@CODE@" in it becomes a freshly issued code,
// so that inputs reach the enrolment itself and not only the unknown-code refusal.
// Property: no crash or sanitizer report, never a 5xx, every refusal a JSON error with a code.

#include "fuzzserver.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    auto &server = chorus::fuzz::FuzzServer::instance();
    std::string body(reinterpret_cast<const char *>(data), size);
    for (std::size_t at = body.find("@CODE@"); at != std::string::npos; at = body.find("@CODE@", at))
        body.replace(at, 6, server.issueCode());
    const std::string request = "POST /v1/enrol HTTP/1.1\r\nHost: 127.0.0.1\r\nChorus-Protocol: 1\r\n"
                                "Content-Type: application/json\r\nContent-Length: "
        + std::to_string(body.size()) + "\r\n\r\n" + body;
    chorus::fuzz::requireCleanAnswer(server.handle(request), "enrol body");
    return 0;
}
