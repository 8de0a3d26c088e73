#pragma once
// A kiosk or outreach tablet that took answers before it was enrolled had no key to seal them with.
// At enrolment, in the same transaction that stores the key, what it holds is sealed: the content of
// every contribution record, and of every queued or set-aside change (the same change ids and
// versions, so nothing syncs differently). The caller then clears free pages and the WAL.

#include "client/enginestore.h"
#include "seal/fieldsealer.h"

namespace chorus::sync::client {

class SealHeldContent {
public:
    // Returns how many values were sealed. Call inside a transaction.
    static int sealAll(EngineStore &store, seal::FieldSealer &sealer);
};

} // namespace chorus::sync::client
