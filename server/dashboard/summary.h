#pragma once
// The summary's figures for the filtered contributions (GET summary), also the ground of the report
// and its exports (reportapi.cpp), so the page and the files show the same numbers.

#include "contributionfilter.h"
#include "router.h"

#include <nlohmann/json.hpp>

namespace chorus::server::dashboard {

[[nodiscard]] nlohmann::json summarise(Call &call, const ContributionFilter &filter);

} // namespace chorus::server::dashboard
