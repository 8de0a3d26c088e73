#pragma once
// The device's own secrets (its token for the server, the staff PIN's hash) in a small file of their
// own, readable by the device's user only (0600), not in the store: the store is opened, copied and
// vacuumed by much else, and a copy of it should not let anyone act as the device.

#include <filesystem>
#include <optional>
#include <string>

namespace chorus::sync {

namespace secretkey {
inline constexpr const char *kToken = "token";
inline constexpr const char *kStaffPinHash = "staffPinHash";
} // namespace secretkey

class DeviceSecrets {
public:
    // The secrets file that goes with the store at `storePath`.
    [[nodiscard]] static std::filesystem::path pathFor(const std::filesystem::path &storePath);
    [[nodiscard]] static bool isSecret(const std::string &key);

    explicit DeviceSecrets(std::filesystem::path path);

    // Read from the file each time: several connections in one process (and chorus-cli) share it.
    [[nodiscard]] std::optional<std::string> get(const std::string &key) const;
    // Replaces the file whole (written aside, flushed, renamed), so a crash leaves the old or the
    // new one, under a lock every process writing it takes, so no writer's change is lost or torn.
    // Throws std::runtime_error when it cannot.
    void set(const std::string &key, const std::string &value);
    void remove(const std::string &key);
    [[nodiscard]] const std::filesystem::path &path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

} // namespace chorus::sync
