// libFuzzer target: the query of GET /v1/pull (cursor and limit, as ChangeFeed reads them), through
// the server's whole request path. Input: the cursor, then optionally a newline and the limit; each
// is percent-encoded into the query so any byte reaches the decoder.
// The server holds a few records of each kind first, so that pages have changes to carry.
// Property: no crash or sanitizer report, never a 5xx, every refusal a JSON error with a code.

#include "fuzzserver.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    auto &server = chorus::fuzz::FuzzServer::instance();
    static const bool filled = [&] {
        std::string changes;
        for (int i = 0; i < 30; ++i)
            changes += std::string(i ? "," : "") + R"({"id":"c-)" + std::to_string(i)
                + R"(","kind":"prompt","record":"p-)" + std::to_string(i)
                + R"(","fields":{"symbol":{"value":"bus","version":"0000019a0b1c2d30.00000000.d"},)"
                + R"("position":{"value":)" + std::to_string(i) + R"(,"version":"0000019a0b1c2d30.00000000.d"}}})";
        const auto reply = server.handle(
            server.request("POST", "/v1/push", "coordinator", R"({"batch":"fill","changes":[)" + changes + "]}"));
        return reply.status == 200;
    }();
    if (!filled)
        std::abort();
    const std::string input(reinterpret_cast<const char *>(data), size);
    const std::size_t cut = input.find('\n');
    std::string target = "/v1/pull?cursor=" + chorus::fuzz::percentEncode(input.substr(0, cut));
    if (cut != std::string::npos)
        target += "&limit=" + chorus::fuzz::percentEncode(input.substr(cut + 1));
    chorus::fuzz::requireCleanAnswer(server.handle(server.request("GET", target, "coordinator", {})), "pull query");
    return 0;
}
