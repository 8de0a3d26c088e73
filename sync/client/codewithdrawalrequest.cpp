#include "client/codewithdrawalrequest.h"

#include "client/apireply.h"

#include <stdexcept>

namespace chorus::sync::client {

HttpRequest CodeWithdrawalRequest::build(const std::string &token, const std::string &code)
{
    HttpRequest r = deviceRequest("POST", "/v1/withdraw-by-code", token);
    r.body = nlohmann::json { { "reference", code } }.dump();
    return r;
}

CodeWithdrawalAnswer CodeWithdrawalRequest::parse(const nlohmann::json &answer)
{
    const std::string outcome = answer.is_object() ? answer.value("outcome", "") : std::string();
    if (outcome != "withdrawn" && outcome != "not_found" && outcome != "several")
        throw std::invalid_argument("withdraw-by-code answer: outcome must be withdrawn, not_found or several");
    const auto matches = answer.find("matches");
    return { outcome, matches != answer.end() && matches->is_number_integer() ? matches->get<int>() : 0 };
}

} // namespace chorus::sync::client
