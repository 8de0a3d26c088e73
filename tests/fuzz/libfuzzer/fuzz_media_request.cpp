// libFuzzer target: the media routes (/v1/media/<sha256>[/status]) with their id, offset query,
// Chorus-Media-Size header and chunk, through the server's whole request path.
// Input: lines "<P|G|S>" (put, get, status), the id, the offset, the declared size, then the chunk.
// Property: no crash or sanitizer report, never a 5xx, every refusal a JSON error with a code.

#include "fuzzserver.h"

#include <cstddef>
#include <cstdint>

namespace {
// The next line of `input` from `pos` (without its newline); the rest when there is no newline.
std::string nextLine(const std::string &input, std::size_t &pos)
{
    const std::size_t end = std::min(input.find('\n', pos), input.size());
    std::string line = pos < input.size() ? input.substr(pos, end - pos) : std::string();
    pos = end + 1;
    return line;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    auto &server = chorus::fuzz::FuzzServer::instance();
    const std::string input(reinterpret_cast<const char *>(data), size);
    std::size_t pos = 0;
    const std::string op = nextLine(input, pos);
    const std::string id = chorus::fuzz::percentEncode(nextLine(input, pos));
    const std::string offset = chorus::fuzz::percentEncode(nextLine(input, pos));
    std::string declared = nextLine(input, pos);
    std::erase_if(declared, [](char c) { return c == '\r' || c == '\n' || c == '\0'; });
    const std::string chunk = pos < input.size() ? input.substr(pos) : std::string();
    std::string request;
    if (op == "P")
        request = server.request("PUT", "/v1/media/" + id + "?offset=" + offset, "kiosk", chunk,
            "Chorus-Media-Size: " + declared + "\r\nContent-Type: application/octet-stream\r\n");
    else if (op == "S")
        request = server.request("GET", "/v1/media/" + id + "/status", "kiosk", {});
    else
        request = server.request("GET", "/v1/media/" + id, "coordinator", {});
    chorus::fuzz::requireCleanAnswer(server.handle(request), "media request");
    return 0;
}
