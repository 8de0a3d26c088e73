#pragma once
// Maps domain values to the synced record fields and back. The only place that knows both the
// domain types and the wire field names.

#include "domain/contribution.h"
#include "domain/groupsession.h"
#include "domain/outcome.h"
#include "domain/picturecard.h"
#include "domain/prompt.h"
#include "domain/publishedidea.h"

#include <nlohmann/json.hpp>

namespace chorus::mapping {

[[nodiscard]] nlohmann::json toFields(const Contribution &c);
[[nodiscard]] Contribution contributionFromRecord(const nlohmann::json &record);
[[nodiscard]] nlohmann::json toFields(const Prompt &p);
[[nodiscard]] Prompt promptFromRecord(const nlohmann::json &record);
[[nodiscard]] nlohmann::json toFields(const Outcome &o);
[[nodiscard]] Outcome outcomeFromRecord(const nlohmann::json &record);
[[nodiscard]] nlohmann::json toFields(const GroupSession &g);
[[nodiscard]] GroupSession groupSessionFromRecord(const nlohmann::json &record);
[[nodiscard]] nlohmann::json toFields(const GroupVote &v);
[[nodiscard]] GroupVote groupVoteFromRecord(const nlohmann::json &record);
[[nodiscard]] PublishedIdea publishedIdeaFromRecord(const nlohmann::json &record);
[[nodiscard]] nlohmann::json toFields(const PictureCard &card);
[[nodiscard]] PictureCard pictureCardFromRecord(const nlohmann::json &record);

} // namespace chorus::mapping
