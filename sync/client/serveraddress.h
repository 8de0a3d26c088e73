#pragma once
// Whether a server address keeps what a device sends private on the way: https, or a server on this
// very machine. Anything else carries answers and the device's token readable to whoever is on the
// network, so staff must accept it explicitly.

#include <string>

namespace chorus::sync::client {

enum class ServerAddress { Encrypted, Loopback, Unencrypted, Invalid };

[[nodiscard]] ServerAddress classifyServerAddress(const std::string &url);

} // namespace chorus::sync::client
