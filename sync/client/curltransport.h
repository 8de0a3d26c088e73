#pragma once
// The real network: libcurl with one reused handle (so one kept-alive connection), bounded connect and
// transfer times, TLS verification that cannot be switched off, and gzip both ways.

#include "client/transport.h"

#include <string>

namespace chorus::sync::client {

struct CurlOptions {
    long connectTimeoutMs = 10000;
    // A whole request may take this long; media chunks are at most 4 MiB, so a slow link still fits.
    long transferTimeoutMs = 120000;
    // A self-hosted server's CA certificate (PEM); empty uses the system store.
    std::string pinnedCaFile;
};

class CurlTransport : public Transport {
public:
    explicit CurlTransport(std::string baseUrl, CurlOptions options = {});
    ~CurlTransport() override;
    CurlTransport(const CurlTransport &) = delete;
    CurlTransport &operator=(const CurlTransport &) = delete;

    [[nodiscard]] HttpReply send(const HttpRequest &request) override;

private:
    std::string m_baseUrl;
    CurlOptions m_options;
    void *m_handle = nullptr; // CURL*, kept so the connection is reused
};

// gzip-compresses bytes (RFC 1952); throws std::runtime_error when zlib fails.
[[nodiscard]] std::string gzipCompress(const std::string &data);

} // namespace chorus::sync::client
