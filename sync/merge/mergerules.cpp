#include "merge/mergerules.h"

namespace chorus::sync {

MergeDecision decideField(const std::optional<FieldState> &current, const FieldState &incoming)
{
    if (!current || current->version.empty())
        return {MergeOutcome::Apply, false};
    if (incoming.version == current->version)
        return {MergeOutcome::Duplicate, false};
    // Version strings sort as versions do (see Version::toString), so plain comparison is the order.
    if (incoming.version > current->version) {
        // The incoming writer had not seen what we hold: our value is the concurrent loser.
        return {MergeOutcome::Apply, incoming.base != current->version};
    }
    // The incoming write is older. It lost a race unless what we hold was written on top of it.
    return {MergeOutcome::Stale, current->base != incoming.version};
}

} // namespace chorus::sync
