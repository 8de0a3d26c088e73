#include "client/curltransport.h"

#include <curl/curl.h>
#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <mutex>
#include <stdexcept>

namespace chorus::sync::client {

namespace {

size_t collectBody(char *data, size_t size, size_t count, void *user)
{
    static_cast<std::string *>(user)->append(data, size * count);
    return size * count;
}

size_t collectHeader(char *data, size_t size, size_t count, void *user)
{
    auto *headers = static_cast<std::map<std::string, std::string> *>(user);
    std::string line(data, size * count);
    const auto colon = line.find(':');
    if (colon == std::string::npos) {
        // A new status line (after a redirect or 100 Continue) starts a new header block.
        if (line.rfind("HTTP/", 0) == 0)
            headers->clear();
        return size * count;
    }
    std::string name = line.substr(0, colon);
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    std::string value = line.substr(colon + 1);
    const auto first = value.find_first_not_of(" \t");
    const auto last = value.find_last_not_of(" \t\r\n");
    (*headers)[name] = first == std::string::npos ? std::string() : value.substr(first, last - first + 1);
    return size * count;
}

} // namespace

std::string gzipCompress(const std::string &data)
{
    z_stream zs {};
    // The fastest level: sealed answers are ciphertext in base64, which no level shrinks by much more
    // than the base64 itself, and level 6 cost a fifth of the device's push.
    // 15 + 16: a gzip wrapper rather than raw zlib, which is what Content-Encoding: gzip means.
    if (deflateInit2(&zs, Z_BEST_SPEED, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        throw std::runtime_error("zlib could not start compressing");
    std::string out(deflateBound(&zs, static_cast<uLong>(data.size())), '\0');
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    zs.avail_in = static_cast<uInt>(data.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    out.resize(zs.total_out);
    deflateEnd(&zs);
    if (rc != Z_STREAM_END)
        throw std::runtime_error("zlib could not compress the request");
    return out;
}

CurlTransport::CurlTransport(std::string baseUrl, CurlOptions options)
    : m_baseUrl(std::move(baseUrl))
    , m_options(std::move(options))
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    while (!m_baseUrl.empty() && m_baseUrl.back() == '/')
        m_baseUrl.pop_back();
    m_handle = curl_easy_init();
    if (!m_handle)
        throw std::runtime_error("libcurl could not start");
}

CurlTransport::~CurlTransport()
{
    curl_easy_cleanup(static_cast<CURL *>(m_handle));
}

HttpReply CurlTransport::send(const HttpRequest &request)
{
    CURL *curl = static_cast<CURL *>(m_handle);
    // Reset clears options but keeps the open connection, which is what makes it reusable.
    curl_easy_reset(curl);
    HttpReply reply;
    const std::string url = m_baseUrl + request.path;
    std::string body = request.body;
    curl_slist *headers = nullptr;
    for (const auto &[name, value] : request.headers)
        headers = curl_slist_append(headers, (name + ": " + value).c_str());
    if (request.method != "GET") {
        headers = curl_slist_append(headers, ("Content-Type: " + request.contentType).c_str());
        if (request.compressBody) {
            body = gzipCompress(body);
            headers = curl_slist_append(headers, "Content-Encoding: gzip");
        }
        // libcurl would otherwise wait for 100 Continue on large bodies.
        headers = curl_slist_append(headers, "Expect:");
    }

    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, m_options.connectTimeoutMs);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, m_options.transferTimeoutMs);
    // Verification is never optional: a device holding people's words must not talk to an impostor.
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!m_options.pinnedCaFile.empty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, m_options.pinnedCaFile.c_str());
    curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "gzip");
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collectBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &reply.body);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, collectHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &reply.headers);
    if (request.method == "POST" || request.method == "PUT") {
        curl_easy_setopt(curl, CURLOPT_POST, 1L);
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.data());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
        if (request.method == "PUT")
            curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, "PUT");
    } else {
        curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L);
    }

    const CURLcode rc = curl_easy_perform(curl);
    curl_slist_free_all(headers);
    if (rc != CURLE_OK) {
        // A cut or truncated answer is no answer: the caller must not act on half a body.
        reply.status = 0;
        reply.body.clear();
        reply.headers.clear();
        reply.networkError = curl_easy_strerror(rc);
        return reply;
    }
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    reply.status = static_cast<int>(status);
    return reply;
}

} // namespace chorus::sync::client
