// The device's secrets file (sync/store/devicesecrets) with writers in two processes at once, as
// the app and chorus-cli (or the app and a second instance during an upgrade) can be: every
// reader sees a whole file, and no writer's secret is lost to the other's.

#include "check.h"
#include "store/devicesecrets.h"

#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <stdexcept>
#include <string>

using namespace chorus::sync;

namespace {

constexpr int kWrites = 60;

// Writes its own key kWrites times, then exits 0 when none of its writes failed.
[[noreturn]] void writer(const std::filesystem::path &path, const std::string &key)
{
    int failed = 0;
    DeviceSecrets secrets(path);
    for (int i = 1; i <= kWrites; ++i) {
        try {
            secrets.set(key, key + "-" + std::to_string(i));
        } catch (const std::exception &) {
            ++failed;
        }
    }
    ::_exit(failed == 0 ? 0 : 1);
}

void twoProcessesWritingNeverTearOrLoseTheFile()
{
    const auto dir = std::filesystem::temp_directory_path() / ("tst_devicesecrets_" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const auto path = DeviceSecrets::pathFor(dir / "store.db");
    DeviceSecrets(path).set(secretkey::kToken, "token-before");

    const pid_t a = ::fork();
    if (a == 0)
        writer(path, "writer-a");
    const pid_t b = ::fork();
    if (b == 0)
        writer(path, "writer-b");

    // Meanwhile this process reads, as the app does before each sync: never a damaged file.
    int damaged = 0, reads = 0;
    DeviceSecrets reader(path);
    for (int done = 0; done < 2;) {
        try {
            (void)reader.get(secretkey::kToken);
            ++reads;
        } catch (const std::runtime_error &) {
            ++damaged;
        }
        int status = 0;
        for (pid_t child : { a, b })
            if (const pid_t r = ::waitpid(child, &status, WNOHANG); r == child) {
                CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
                ++done;
            }
    }
    CHECK(reads > 0);
    CHECK_EQ(damaged, 0);
    // Each writer's last value is there, and the secret neither of them wrote is untouched.
    CHECK_EQ(reader.get("writer-a").value_or("missing"), std::string("writer-a-") + std::to_string(kWrites));
    CHECK_EQ(reader.get("writer-b").value_or("missing"), std::string("writer-b-") + std::to_string(kWrites));
    CHECK_EQ(reader.get(secretkey::kToken).value_or("missing"), std::string("token-before"));
    CHECK((std::filesystem::status(path).permissions() & std::filesystem::perms::group_all) == std::filesystem::perms::none);
    std::filesystem::remove_all(dir);
}

} // namespace

int main()
{
    twoProcessesWritingNeverTearOrLoseTheFile();
    return chorus::test::tally().finish();
}
