#pragma once
// Wrong PINs make the next try wait longer and longer: three free tries, then 5 s, 10 s, 20 s … up
// to five minutes, so guessing four digits would take days while a slip costs little. Shared by
// the staff lock and outreach workers' sign-in; the owner keeps the two numbers wherever they must
// survive a restart.

#include <QDateTime>

#include <functional>

namespace chorus {

class PinBackOff {
public:
    using Clock = std::function<QDateTime()>;
    explicit PinBackOff(Clock clock = {});

    [[nodiscard]] int failures() const { return m_failures; }
    [[nodiscard]] QDateTime notBefore() const { return m_notBefore; }
    // Picks up where a previous run of the app left off.
    void restore(int failures, const QDateTime &notBefore);
    // How long before another PIN may be tried; 0 when one may be tried now.
    [[nodiscard]] int waitSeconds() const;
    void failed();
    void succeeded();

    static constexpr int kFreeTries = 3;
    static constexpr int kMaxWaitSeconds = 300;

private:
    Clock m_clock;
    int m_failures = 0;
    QDateTime m_notBefore;
};

} // namespace chorus
