#include "store/devicesecrets.h"

#include "fs/durablefile.h"

#include <nlohmann/json.hpp>

#include <sodium.h>

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
    auto j = readAll(m_path);
    j[key] = value;
    writeAll(m_path, j);
}

void DeviceSecrets::remove(const std::string &key)
{
    std::lock_guard lock(writeMutex());
    auto j = readAll(m_path);
    if (j.erase(key) == 0)
        return;
    writeAll(m_path, j);
}

} // namespace chorus::sync
