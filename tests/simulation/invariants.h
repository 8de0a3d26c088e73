#pragma once
// The invariants every simulated world must hold after quiescence.

#include <string>

namespace chorus::server {
class ServerDb;
}

namespace chorus::sim {

struct World;

// Returns the first invariant broken, in words, or empty when all hold:
// - replicas in one scope hold identical records (values and versions); whether their conflict
//   tables agree is recorded in the world, not failed (a known defect);
// - nothing a device created is missing from the server;
// - a kiosk never holds another device's contribution, and nothing crosses organisations;
// - no withdrawn content survives in any table or on disk, on the server or any device.
[[nodiscard]] std::string checkInvariants(World &world, server::ServerDb &db);
// Kiosks and outreach tablets seal before anything reaches their disk: at no step may their store
// or its WAL hold a person's words in plain text.
[[nodiscard]] std::string checkNothingReadable(World &world);

} // namespace chorus::sim
