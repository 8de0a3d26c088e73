// Exports stream on SQLite and on PostgreSQL: 4,000 written answers of 19,000 bytes each (76 MB of
// words) are exported as JSON and CSV while the server's peak resident memory grows by less than
// 50 MiB (read from /proc: VmHWM, reset through clear_refs just before). On PostgreSQL the rows come
// through a cursor; a plain query would hold the whole result (more than 76 MB) at once.

#include "dashharness.h"

#include "../../sync/check.h"

#include <fstream>
#include <sstream>

using namespace chorus::dashtest;

namespace {
// A figure of /proc/PID/status in KiB ("VmRSS", "VmHWM"); -1 when missing.
long statusKb(pid_t pid, const std::string &name)
{
    std::ifstream in("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind(name + ":", 0) == 0)
            return std::stol(line.substr(name.size() + 1));
    return -1;
}

void resetPeak(pid_t pid)
{
    std::ofstream("/proc/" + std::to_string(pid) + "/clear_refs") << "5";
}
} // namespace

int main()
{
    Server s;
    const std::string org = s.admin({ "create-org", "Export org" })["id"];
    const std::string site = s.admin({ "create-site", org, "Library" })["id"];
    s.admin({ "create-coordinator", org, "coord@export.org" }, "password-export-1");
    Session a;
    CHECK_EQ(login(s, "coord@export.org", "password-export-1", &a).status, 200);
    Kiosk kiosk = enrolKiosk(s, org, site);

    constexpr int kAnswers = 4000;
    constexpr std::size_t kBytes = 19000;
    const std::int64_t t0 = nowMs() - 24 * 3600 * 1000;
    for (int first = 0; first < kAnswers; first += 250) {
        Json changes = Json::array();
        for (int i = first; i < first + 250; ++i) {
            const std::string id = "exp-" + std::to_string(i);
            std::string text;
            while (text.size() < kBytes)
                text += "Answer " + std::to_string(i) + " says the reading room was too cold in the morning. ";
            text.resize(kBytes);
            const std::int64_t at = t0 + 1000 * i;
            changes.push_back({ { "id", "chg-" + id }, { "kind", "contribution" }, { "record", id },
                { "fields",
                    { { "prompt_id", fieldAt(kiosk, "p-export", at) }, { "site_id", fieldAt(kiosk, site, at) },
                        { "created_at", fieldAt(kiosk, at, at) }, { "format", fieldAt(kiosk, "write", at) },
                        { "text", fieldAt(kiosk, text, at) } } } });
        }
        CHECK_EQ(kiosk.push(s, changes).status, 200);
    }

    for (const char *format : { "json", "csv" }) {
        // Settle, then measure from here.
        (void)a.get(s, "/dashboard/api/summary");
        const long before = statusKb(s.pid(), "VmRSS");
        resetPeak(s.pid());
        const Reply r = a.get(s, std::string("/dashboard/api/export.") + format);
        const long peak = statusKb(s.pid(), "VmHWM");
        CHECK_EQ(r.status, 200);
        CHECK(r.body.size() > kAnswers * kBytes);
        const double growthMiB = double(peak - before) / 1024.0;
        std::printf("export.%s: %.1f MB, server resident %.1f MiB before, peak %.1f MiB, growth %.1f MiB\n", format,
            double(r.body.size()) / 1e6, double(before) / 1024.0, double(peak) / 1024.0, growthMiB);
        CHECK(before > 0 && peak > 0);
        CHECK(growthMiB < 50.0);
        if (std::string(format) == "json") {
            const Json whole = r.json();
            CHECK_EQ(whole["contributions"].size(), std::size_t(kAnswers));
        }
    }
    return chorus::test::tally().finish();
}
