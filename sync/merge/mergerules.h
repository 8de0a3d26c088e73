#pragma once
// The merge rules, as pure functions: given what a replica holds for one field and an incoming
// write, what wins and whether a concurrent write lost. Device and server both call these, so every
// replica decides alike whatever order changes arrive in.

#include <optional>
#include <string>

namespace chorus::sync {

struct FieldState {
    std::string version;
    std::string base;
};

enum class MergeOutcome {
    Duplicate, // already held: nothing to do (replays are harmless)
    Apply,     // incoming wins
    Stale,     // current wins
};

struct MergeDecision {
    MergeOutcome outcome;
    // A write was concurrent and lost: the current value when Apply, the incoming one when Stale.
    bool conflict = false;
};

[[nodiscard]] MergeDecision decideField(const std::optional<FieldState> &current, const FieldState &incoming);

} // namespace chorus::sync
