#include "client/pullrequest.h"

#include "client/apireply.h"
#include "protocol/sitelist.h"
#include "protocol/validation.h"
#include "seal/sealformat.h"

#include <stdexcept>

namespace chorus::sync::client {

namespace {
bool isDigits(const std::string &s)
{
    if (s.empty() || s.size() > 20)
        return false;
    for (char c : s)
        if (c < '0' || c > '9')
            return false;
    return true;
}
} // namespace

HttpRequest PullRequest::build(const std::string &token, const std::string &cursor, int limit)
{
    // The cursor is opaque, but it goes in a URL: anything but digits is sent as the first sync.
    const std::string safe = isDigits(cursor) ? cursor : std::string("0");
    return deviceRequest("GET", "/v1/pull?cursor=" + safe + "&limit=" + std::to_string(limit), token);
}

PullPage PullRequest::parse(nlohmann::json answer)
{
    if (!answer.is_object())
        throw std::invalid_argument("pull answer is not an object");
    auto changes = answer.find("changes");
    auto cursor = answer.find("cursor");
    auto more = answer.find("more");
    if (changes == answer.end() || !changes->is_array())
        throw std::invalid_argument("pull answer: changes must be a list");
    if (cursor == answer.end() || !cursor->is_string() || !isDigits(cursor->get_ref<const std::string &>()))
        throw std::invalid_argument("pull answer: cursor must be a number as text");
    if (more == answer.end() || !more->is_boolean())
        throw std::invalid_argument("pull answer: more must be true or false");
    PullPage page;
    page.cursor = cursor->get<std::string>();
    page.more = more->get<bool>();
    if (auto key = answer.find("seal_key"); key != answer.end() && key->is_object()) {
        const std::string hex = key->value("public", "");
        const auto publicKey = seal::publicKeyFromHex(hex);
        if (!publicKey || key->value("id", "") != seal::keyIdOf(*publicKey))
            throw std::invalid_argument("pull answer: seal_key is not a public key with its id");
        page.sealPublicKey = hex;
    }
    if (auto sites = answer.find("sites"); sites != answer.end()) {
        try {
            page.sites = protocol::parseSiteList(*sites);
        } catch (const std::invalid_argument &e) {
            throw std::invalid_argument(std::string("pull answer: ") + e.what());
        }
    }
    page.changes.reserve(changes->size());
    for (auto &c : *changes) {
        Change change = changeFromJson(std::move(c));
        // The same checks the server ran: a device never stores what the protocol forbids.
        if (const std::string why = protocol::validateChange(change); !why.empty())
            throw std::invalid_argument("pull answer: " + why);
        page.changes.push_back(std::move(change));
    }
    return page;
}

} // namespace chorus::sync::client
