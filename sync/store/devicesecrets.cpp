#include "store/devicesecrets.h"

#include "fs/durablefile.h"

#include <nlohmann/json.hpp>

#include <sodium.h>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>

#include <fstream>
#include <iterator>
#include <mutex>
#include <stdexcept>

namespace chorus::sync {

namespace {
// Writers in one process take turns, so two secrets set at once are both kept.
std::mutex &writeMutex()
{
    static std::mutex m;
    return m;
}

// Writers in other processes (the app and chorus-cli, or two app instances) take turns too: an
// exclusive lock on a file beside the secrets, held from reading the old file to renaming the new
// one in its place. Without it two writers each rewrite what they read, and one's secret is lost,
// or both write the same file aside and one renames the other's half-written file into place.
class CrossProcessLock {
public:
    explicit CrossProcessLock(const std::filesystem::path &secretsPath)
    {
        const std::string lockPath = secretsPath.string() + ".lock";
        m_fd = ::open(lockPath.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (m_fd < 0)
            throw std::runtime_error("could not open the device secrets lock " + lockPath);
        while (::flock(m_fd, LOCK_EX) != 0)
            if (errno != EINTR) {
                ::close(m_fd);
                throw std::runtime_error("could not lock the device secrets file " + secretsPath.string());
            }
    }
    ~CrossProcessLock() { ::close(m_fd); } // closing releases the lock
    CrossProcessLock(const CrossProcessLock &) = delete;
    CrossProcessLock &operator=(const CrossProcessLock &) = delete;

private:
    int m_fd = -1;
};

nlohmann::json readAll(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return nlohmann::json::object();
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto j = nlohmann::json::parse(text, nullptr, false);
    if (!j.is_object())
        throw std::runtime_error("the device secrets file " + path.string() + " is damaged");
    return j;
}

void writeAll(const std::filesystem::path &path, const nlohmann::json &j)
{
    const std::filesystem::path aside = path.string() + ".new";
    std::string text = j.dump();
    // writeDurably creates new files 0600.
    const bool ok = fs::writeDurably(aside, text, fs::WriteMode::Replace);
    sodium_memzero(text.data(), text.size());
    std::error_code error;
    if (ok)
        std::filesystem::rename(aside, path, error);
    if (!ok || error) {
        std::filesystem::remove(aside, error);
        throw std::runtime_error("could not write the device secrets file " + path.string());
    }
    fs::syncDirectory(path.parent_path().empty() ? std::filesystem::path(".") : path.parent_path());
}
} // namespace

std::filesystem::path DeviceSecrets::pathFor(const std::filesystem::path &storePath)
{
    return storePath.string() + ".secrets";
}

bool DeviceSecrets::isSecret(const std::string &key)
{
    return key == secretkey::kToken || key == secretkey::kStaffPinHash;
}

DeviceSecrets::DeviceSecrets(std::filesystem::path path)
    : m_path(std::move(path))
{
}

std::optional<std::string> DeviceSecrets::get(const std::string &key) const
{
    const auto j = readAll(m_path);
    const auto it = j.find(key);
    if (it == j.end() || !it->is_string())
        return std::nullopt;
    return it->get<std::string>();
}

void DeviceSecrets::set(const std::string &key, const std::string &value)
{
    std::lock_guard lock(writeMutex());
    CrossProcessLock fileLock(m_path);
    auto j = readAll(m_path);
    j[key] = value;
    writeAll(m_path, j);
}

void DeviceSecrets::remove(const std::string &key)
{
    std::lock_guard lock(writeMutex());
    CrossProcessLock fileLock(m_path);
    auto j = readAll(m_path);
    if (j.erase(key) == 0)
        return;
    writeAll(m_path, j);
}

} // namespace chorus::sync
