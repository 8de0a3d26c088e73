// SessionVault: an outreach session's answers readable while its key is held, and never again once
// it is forgotten or a new session starts; entries cannot be swapped between ids.

#include "check.h"
#include "seal/sealformat.h"
#include "seal/sessionvault.h"

using namespace chorus::sync;

namespace {

void entriesOpenOnlyWhileTheKeyIsHeld()
{
    seal::SessionVault vault;
    CHECK(!vault.put("a", "before any session"));
    CHECK(!vault.get("a").has_value());
    CHECK(vault.start());
    CHECK(vault.isOpen());
    CHECK(vault.put("a", "CANARY-bus-late"));
    CHECK(vault.put("b", "second"));
    CHECK_EQ(vault.get("a").value_or(""), std::string("CANARY-bus-late"));
    CHECK(vault.put("a", "CANARY-bus-later"));
    CHECK_EQ(vault.size(), std::size_t(2));
    CHECK_EQ(vault.get("a").value_or(""), std::string("CANARY-bus-later"));
    vault.remove("a");
    CHECK(!vault.get("a").has_value());
    CHECK_EQ(vault.get("b").value_or(""), std::string("second"));
    vault.forget();
    CHECK(!vault.isOpen());
    CHECK(!vault.get("b").has_value());
    CHECK_EQ(vault.size(), std::size_t(0));
}

void aNewSessionCannotReadTheLast()
{
    seal::SessionVault vault;
    CHECK(vault.start());
    CHECK(vault.put("a", "first session"));
    CHECK(vault.start());
    CHECK(!vault.get("a").has_value());
    CHECK_EQ(vault.size(), std::size_t(0));
}

void twoVaultsHaveTwoKeys()
{
    seal::SessionVault one, two;
    CHECK(one.start());
    CHECK(two.start());
    CHECK(one.put("a", "x"));
    CHECK(!two.get("a").has_value());
}

} // namespace

int main()
{
    if (!seal::initialise())
        return 2;
    entriesOpenOnlyWhileTheKeyIsHeld();
    aNewSessionCannotReadTheLast();
    twoVaultsHaveTwoKeys();
    return chorus::test::tally().finish();
}
