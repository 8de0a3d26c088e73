#pragma once
// A kiosk or outreach tablet that took answers before it was enrolled had no key to seal them with.
// At enrolment, in the same transaction that stores the key, what it holds is sealed: every queued or
// set-aside change gets its box (the same change ids and versions, so nothing syncs differently),
// and every contribution record keeps only the markers. The caller then clears free pages and the WAL.

#include "client/enginestore.h"
#include "seal/fieldsealer.h"

namespace chorus::sync::client {

class SealHeldContent {
public:
    // Returns how many values were sealed or replaced by markers. Call inside a transaction.
    static int sealAll(EngineStore &store, seal::FieldSealer &sealer);
};

} // namespace chorus::sync::client
