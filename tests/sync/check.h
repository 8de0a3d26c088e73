#pragma once
// A minimal assertion helper for the Qt-free tests, so sync/ tests need no Qt.

#include <cstdio>
#include <string>

namespace chorus::test {

struct Tally {
    int passed = 0;
    int failed = 0;
    int finish() const
    {
        std::printf("%d passed, %d failed\n", passed, failed);
        return failed == 0 ? 0 : 1;
    }
};

inline Tally &tally()
{
    static Tally t;
    return t;
}

} // namespace chorus::test

#define CHECK(cond)                                                                                                    \
    do {                                                                                                               \
        if (cond) {                                                                                                    \
            ++chorus::test::tally().passed;                                                                            \
        } else {                                                                                                       \
            ++chorus::test::tally().failed;                                                                            \
            std::fprintf(stderr, "FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond);                                       \
        }                                                                                                              \
    } while (0)

#define CHECK_EQ(a, b)                                                                                                 \
    do {                                                                                                               \
        const auto &va_ = (a);                                                                                         \
        const auto &vb_ = (b);                                                                                         \
        if (va_ == vb_) {                                                                                              \
            ++chorus::test::tally().passed;                                                                            \
        } else {                                                                                                       \
            ++chorus::test::tally().failed;                                                                            \
            std::fprintf(stderr, "FAIL %s:%d: %s == %s\n", __FILE__, __LINE__, #a, #b);                                \
        }                                                                                                              \
    } while (0)
