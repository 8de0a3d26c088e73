// libFuzzer target: the body of POST /v1/push through chorus-server's whole request path (httplib,
// token and version checks, JSON bound, BatchReceiver's decoding, validation and merge into SQLite).
// Input: one byte naming the device ('k' kiosk, 'o' outreach, anything else coordinator), then the body.
// Property: no crash or sanitizer report, never a 5xx, every refusal a JSON error with a code.

#include "fuzzserver.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    auto &server = chorus::fuzz::FuzzServer::instance();
    const std::string role = data[0] == 'k' ? "kiosk" : data[0] == 'o' ? "outreach" : "coordinator";
    const std::string body(reinterpret_cast<const char *>(data) + 1, size - 1);
    chorus::fuzz::requireCleanAnswer(
        server.handle(server.request("POST", "/v1/push", role, body, "Content-Type: application/json\r\n")),
        "push body");
    return 0;
}
