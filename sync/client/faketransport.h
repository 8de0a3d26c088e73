#pragma once
// A stand-in network for unit tests: answers from a queue of canned replies and logs every request.

#include "client/transport.h"

#include <deque>
#include <vector>

namespace chorus::sync::client {

class FakeTransport : public Transport {
public:
    void enqueue(HttpReply reply) { m_replies.push_back(std::move(reply)); }
    void enqueueJson(int status, const std::string &json) { enqueue(HttpReply { status, json, {}, {} }); }
    void enqueueNetworkError(const std::string &why = "connection reset") { enqueue(HttpReply { 0, {}, {}, why }); }

    // An empty queue answers as a dead network, so a test that under-feeds the fake fails loudly.
    [[nodiscard]] HttpReply send(const HttpRequest &request) override
    {
        m_log.push_back(request);
        if (m_replies.empty())
            return HttpReply { 0, {}, {}, "fake transport: no reply queued" };
        HttpReply reply = std::move(m_replies.front());
        m_replies.pop_front();
        return reply;
    }

    [[nodiscard]] const std::vector<HttpRequest> &log() const { return m_log; }
    [[nodiscard]] std::size_t pending() const { return m_replies.size(); }

private:
    std::deque<HttpReply> m_replies;
    std::vector<HttpRequest> m_log;
};

} // namespace chorus::sync::client
