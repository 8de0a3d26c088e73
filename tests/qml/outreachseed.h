#pragma once
// Test helper: a device store made an outreach tablet's, holding workers as the server publishes
// them (a name and the hash of their PIN).

#include <QString>

namespace chorus::test {

// Enrolled role "outreach", with Aled (id w-aled, PIN 2468) and Noor (id w-noor, PIN 97531), and the
// organisation's sites as a pull leaves them: Food bank (site-foodbank) and Hostel (site-hostel).
void seedOutreachTablet(const QString &dbPath);

} // namespace chorus::test
