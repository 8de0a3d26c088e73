#pragma once
// A stand-in network for unit tests: answers from a queue of canned replies and logs every request.

#include "client/transport.h"

#include <deque>
#include <functional>
#include <vector>

namespace chorus::sync::client {

class FakeTransport : public Transport {
public:
    using Responder = std::function<HttpReply(const HttpRequest &)>;
    void enqueue(HttpReply reply)
    {
        m_replies.push_back([reply = std::move(reply)](const HttpRequest &) { return reply; });
    }
    // A reply made from the request, for answers that depend on what was sent (an enrolment proof).
    void enqueueResponder(Responder responder) { m_replies.push_back(std::move(responder)); }
    void enqueueJson(int status, const std::string &json) { enqueue(HttpReply { status, json, {}, {} }); }
    void enqueueNetworkError(const std::string &why = "connection reset") { enqueue(HttpReply { 0, {}, {}, why }); }

    // An empty queue answers as a dead network, so a test that under-feeds the fake fails loudly.
    [[nodiscard]] HttpReply send(const HttpRequest &request) override
    {
        m_log.push_back(request);
        if (m_replies.empty())
            return HttpReply { 0, {}, {}, "fake transport: no reply queued" };
        Responder next = std::move(m_replies.front());
        m_replies.pop_front();
        return next(request);
    }

    [[nodiscard]] const std::vector<HttpRequest> &log() const { return m_log; }
    [[nodiscard]] std::size_t pending() const { return m_replies.size(); }

private:
    std::deque<Responder> m_replies;
    std::vector<HttpRequest> m_log;
};

} // namespace chorus::sync::client
