#include "seal/draftstreamwriter.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace chorus::sync::seal {

DraftStreamWriter::~DraftStreamWriter()
{
    close();
}

bool DraftStreamWriter::open(const std::filesystem::path &path, const SymmetricKey &key)
{
    close();
    m_error.clear();
    if (!initialise()) {
        m_error = "libsodium could not start";
        return false;
    }
    m_fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (m_fd < 0) {
        m_error = std::strerror(errno);
        return false;
    }
    unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_init_push(&m_state, header, key.data());
    if (!writeAll(reinterpret_cast<const unsigned char *>(kDraftMagic.data()), kDraftMagic.size())
        || !writeAll(header, sizeof header)) {
        close();
        return false;
    }
    return true;
}

bool DraftStreamWriter::append(const unsigned char *data, std::size_t size)
{
    return push(data, size, 0);
}

bool DraftStreamWriter::finish()
{
    if (m_fd < 0)
        return false;
    bool ok = push(nullptr, 0, crypto_secretstream_xchacha20poly1305_TAG_FINAL);
    // The person may press Send a moment later: the note must survive a power cut from then on.
    if (ok && ::fsync(m_fd) != 0) {
        m_error = std::strerror(errno);
        ok = false;
    }
    close();
    return ok;
}

void DraftStreamWriter::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    sodium_memzero(&m_state, sizeof m_state);
}

bool DraftStreamWriter::push(const unsigned char *data, std::size_t size, unsigned char tag)
{
    if (m_fd < 0)
        return false;
    std::vector<unsigned char> message(4 + size + crypto_secretstream_xchacha20poly1305_ABYTES);
    unsigned long long written = 0;
    crypto_secretstream_xchacha20poly1305_push(&m_state, message.data() + 4, &written, data, size, nullptr, 0, tag);
    for (int i = 0; i < 4; ++i)
        message[static_cast<std::size_t>(i)] = static_cast<unsigned char>((written >> (8 * i)) & 0xff);
    return writeAll(message.data(), 4 + static_cast<std::size_t>(written));
}

bool DraftStreamWriter::writeAll(const unsigned char *data, std::size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(m_fd, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            m_error = n < 0 ? std::strerror(errno) : "nothing written";
            return false;
        }
        data += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

} // namespace chorus::sync::seal
