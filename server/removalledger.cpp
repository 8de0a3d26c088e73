#include "removalledger.h"
#include "model/schema.h"

#include <fcntl.h>
#include <unistd.h>

#include <fstream>
#include <stdexcept>

namespace chorus::server {

using Json = nlohmann::json;

RemovalLedger::RemovalLedger(std::filesystem::path file)
    : m_file(std::move(file))
{ }

std::filesystem::path RemovalLedger::besideMedia(const std::filesystem::path &mediaRoot)
{
    std::filesystem::path root = mediaRoot;
    if (!root.has_filename())
        root = root.parent_path(); // "media/" names the same folder as "media"
    return root.string() + ".removals";
}

void RemovalLedger::append(const std::vector<RemovalNote> &notes)
{
    if (notes.empty())
        return;
    std::string lines;
    for (const auto &n : notes) {
        Json line { { "org", n.orgId }, { "record", n.recordId }, { "action", n.action }, { "fields", n.fields },
            { "media", n.media } };
        // Lines written before other kinds could be removed are answers'; an answer's line stays as it was.
        if (n.kind != sync::kinds::Contribution)
            line["kind"] = n.kind;
        lines += line.dump() + "\n";
    }
    const int fd = ::open(m_file.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        throw std::runtime_error("cannot open the removal ledger " + m_file.string());
    std::size_t done = 0;
    while (done < lines.size()) {
        const ssize_t n = ::write(fd, lines.data() + done, lines.size() - done);
        if (n <= 0) {
            ::close(fd);
            throw std::runtime_error("cannot write the removal ledger " + m_file.string());
        }
        done += static_cast<std::size_t>(n);
    }
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (!synced)
        throw std::runtime_error("cannot flush the removal ledger " + m_file.string());
}

std::vector<RemovalNote> RemovalLedger::entries() const
{
    std::vector<RemovalNote> out;
    std::ifstream in(m_file);
    std::string line;
    while (std::getline(in, line)) {
        const Json j = Json::parse(line, nullptr, false);
        if (!j.is_object() || !j.contains("record") || !j["record"].is_string())
            continue;
        RemovalNote n { j.value("org", ""), j.value("record", ""), j.value("action", ""),
            j.value("fields", Json::object()), {} };
        n.kind = j.value("kind", std::string(sync::kinds::Contribution));
        for (const auto &m : j.value("media", Json::array()))
            if (m.is_string())
                n.media.push_back(m.get<std::string>());
        out.push_back(std::move(n));
    }
    return out;
}

} // namespace chorus::server
