// bench_sync media: a voice archive uploaded straight, then another cut off at its middle by a
// loopback proxy that drops both connections, then resumed; prints the time and the bytes resent.

#include "benchsync.h"
#include "client/curltransport.h"
#include "client/mediarequest.h"
#include "client/mediauploader.h"
#include "storage/devicestore.h"
#include "sync/devicesync.h"

#include <QDir>
#include <QFile>

#include <nlohmann/json.hpp>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <thread>

namespace chorus::bench {

namespace {

using namespace sync::client;

// Forwards loopback connections to the server, counting the bytes sent towards it; once armed, it
// forwards only up to the cut, closes both ends and refuses connections until restored, as a
// network outage would (so libcurl's own quick retry of a dead kept-alive connection fails too).
class CuttingProxy {
public:
    explicit CuttingProxy(int upstreamPort)
        : m_upstreamPort(upstreamPort)
    {
        m_listen = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a {};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof a;
        if (::bind(m_listen, reinterpret_cast<sockaddr *>(&a), len) != 0 || ::listen(m_listen, 8) != 0
            || ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&a), &len) != 0)
            throw std::runtime_error("proxy cannot listen");
        m_port = ntohs(a.sin_port);
        m_acceptor = std::thread([this] { acceptLoop(); });
    }
    ~CuttingProxy()
    {
        m_stop = true;
        m_acceptor.join();
        for (auto &t : m_connections)
            t.join();
        ::close(m_listen);
    }
    [[nodiscard]] int port() const { return m_port; }
    void cutAt(std::uint64_t upstreamBytes) { m_cutAt = upstreamBytes; }
    void restore() { m_down = false; }
    [[nodiscard]] std::uint64_t upstream() const { return m_upstream; }
    void resetCount() { m_upstream = 0; }

private:
    void acceptLoop()
    {
        while (!m_stop) {
            pollfd p { m_listen, POLLIN, 0 };
            if (::poll(&p, 1, 50) <= 0)
                continue;
            const int client = ::accept(m_listen, nullptr, nullptr);
            if (client >= 0 && m_down)
                ::close(client);
            else if (client >= 0)
                m_connections.emplace_back([this, client] { forward(client); });
        }
    }
    void forward(int client)
    {
        const int server = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a {};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        a.sin_port = htons(static_cast<std::uint16_t>(m_upstreamPort));
        bool open = ::connect(server, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0;
        char buffer[64 * 1024];
        while (open && !m_stop) {
            pollfd p[2] = { { client, POLLIN, 0 }, { server, POLLIN, 0 } };
            if (::poll(p, 2, 50) <= 0)
                continue;
            if (p[0].revents) {
                ssize_t n = ::read(client, buffer, sizeof buffer);
                if (n <= 0)
                    break;
                const std::uint64_t cut = m_cutAt;
                if (cut && m_upstream + std::uint64_t(n) >= cut) {
                    n = static_cast<ssize_t>(cut - m_upstream);
                    open = false;
                    m_cutAt = 0;
                    m_down = true;
                }
                if (n > 0 && ::send(server, buffer, size_t(n), MSG_NOSIGNAL) != n)
                    break;
                m_upstream += std::uint64_t(n);
            }
            if (open && p[1].revents) {
                const ssize_t n = ::read(server, buffer, sizeof buffer);
                if (n <= 0 || ::send(client, buffer, size_t(n), MSG_NOSIGNAL) != n)
                    break;
            }
        }
        ::close(server);
        ::close(client);
    }

    int m_upstreamPort;
    int m_listen = -1;
    int m_port = 0;
    std::atomic<bool> m_stop { false };
    std::atomic<bool> m_down { false };
    std::atomic<std::uint64_t> m_cutAt { 0 };
    std::atomic<std::uint64_t> m_upstream { 0 };
    std::thread m_acceptor;
    std::vector<std::thread> m_connections; // only touched by the acceptor until the destructor joins
};

std::string pendingMedia(DeviceStore &store)
{
    auto s = store.db().prepare("SELECT sha256 FROM media WHERE uploaded = 0");
    return s.step() ? s.text(0) : std::string();
}

bool uploadAll(EngineStore es, Transport &transport, const std::string &token)
{
    MediaUploader uploader(es, transport, token);
    int completed = 0;
    return !uploader.uploadAll(completed, {}, nullptr).has_value() && completed > 0;
}

// The baseline for media: the same number of bytes written to a file and flushed to disk.
double fileWriteSeconds(const QString &path, qint64 bytes)
{
    const QByteArray data(bytes, 'v');
    const auto start = Clock::now();
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != bytes || !f.flush() || ::fsync(f.handle()) != 0)
        throw std::runtime_error("cannot write the baseline file");
    f.close();
    const double s = secondsSince(start);
    QFile::remove(path);
    return s;
}

} // namespace

int runMedia(const std::map<QString, QString> &opt)
{
    const QString db = opt.at(QStringLiteral("db"));
    const int port = opt.at(QStringLiteral("port")).toInt();
    const qint64 bytes = opt.count(QStringLiteral("bytes")) ? opt.at(QStringLiteral("bytes")).toLongLong() : 5000000;
    const QString server = QStringLiteral("http://127.0.0.1:%1").arg(port);
    auto store = DeviceStore::open(db);
    const QString mediaDir = DeviceSync::defaultMediaDir(db);
    QDir().mkpath(mediaDir);
    const std::string token = store->state().get(statekey::kToken).value_or(std::string());
    if (token.empty())
        throw std::runtime_error("the store is not enrolled");
    const EngineStore es = DeviceSync::engineStore(*store, mediaDir);

    fillStore(*store, mediaDir, 0, 1, 1, 1, bytes);
    auto direct = DeviceSync::transport(server, {});
    auto start = Clock::now();
    const bool straightOk = uploadAll(es, *direct, token);
    const double straightSeconds = secondsSince(start);
    const double baselineSeconds = fileWriteSeconds(QDir(mediaDir).filePath(QStringLiteral("baseline.bin")), bytes);

    fillStore(*store, mediaDir, 1, 1, 1, 1, bytes);
    const std::string sha = pendingMedia(*store);
    std::uint64_t beforeCut = 0;
    bool cutFailed = false;
    std::uint64_t heldAtCut = 0;
    std::uint64_t afterCut = 0;
    bool resumedOk = false;
    {
        CuttingProxy proxy(port);
        proxy.cutAt(std::uint64_t(bytes) / 2);
        const QString viaProxy = QStringLiteral("http://127.0.0.1:%1").arg(proxy.port());
        {
            auto t = DeviceSync::transport(viaProxy, {}, 5000);
            cutFailed = !uploadAll(es, *t, token);
        }
        beforeCut = proxy.upstream();
        const auto status = interpretReply(direct->send(MediaRequest::status(token, sha)));
        if (status.ok())
            heldAtCut = MediaRequest::parse(status.body).received;
        proxy.resetCount();
        proxy.restore();
        auto t = DeviceSync::transport(viaProxy, {}, 5000);
        resumedOk = uploadAll(es, *t, token);
        afterCut = proxy.upstream();
    }
    const std::uint64_t total = beforeCut + afterCut;
    std::printf("%s\n",
        nlohmann::json { { "bytes", bytes }, { "straight_ok", straightOk }, { "straight_seconds", straightSeconds },
            { "straight_mb_per_second", bytes / 1e6 / straightSeconds }, { "baseline_seconds", baselineSeconds },
            { "cut_failed_as_expected", cutFailed }, { "wire_bytes_before_cut", beforeCut },
            { "server_held_at_cut", heldAtCut }, { "wire_bytes_after_cut", afterCut }, { "resumed_ok", resumedOk },
            // Everything on the wire beyond one copy of the file: the lost part
            // of the cut chunk plus request headers.
            { "bytes_resent", total > std::uint64_t(bytes) ? total - std::uint64_t(bytes) : 0 } }
            .dump()
            .c_str());
    return straightOk && cutFailed && resumedOk ? 0 : 1;
}

} // namespace chorus::bench
