#pragma once
// An outreach session's own copy of its answers, so the worker can look at and correct them while
// the session runs although the store holds them sealed to the organisation. Each entry is
// encrypted (XChaCha20-Poly1305, bound to its id) under a key made when the session starts and held
// only in this process's locked memory; nothing here is ever written to disk. When the session
// ends, or the process exits, the key is wiped and what is left is noise.

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace chorus::sync::seal {

class SessionVault {
public:
    SessionVault() = default;
    ~SessionVault();
    SessionVault(const SessionVault &) = delete;
    SessionVault &operator=(const SessionVault &) = delete;

    // A fresh random key; any earlier key and entries are wiped first. False if memory for the
    // key could not be had (the list then stays empty; nothing else depends on it).
    [[nodiscard]] bool start();
    // Wipes the key and every entry.
    void forget();
    [[nodiscard]] bool isOpen() const { return m_key != nullptr; }

    // Adds or replaces the entry `id`; false without a key.
    bool put(const std::string &id, const std::string &plain);
    // The entry's plain bytes, when the vault holds its key and the entry is authentic.
    [[nodiscard]] std::optional<std::string> get(const std::string &id) const;
    void remove(const std::string &id);
    [[nodiscard]] std::size_t size() const { return m_entries.size(); }

private:
    unsigned char *m_key = nullptr; // sodium_malloc'd: guarded, locked, wiped when freed
    std::vector<std::pair<std::string, std::string>> m_entries; // id, nonce | ciphertext
};

} // namespace chorus::sync::seal
