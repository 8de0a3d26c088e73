#pragma once
// The table picture cards added: one frozen schema step that the device ladder and the server's
// ladder both run. Never edit it; add a later step.

namespace chorus::sync {

inline constexpr const char *kPictureCardStep[] = {
    "CREATE TABLE picture_cards (id TEXT PRIMARY KEY, words TEXT, symbol TEXT, retired INTEGER,"
    " versions TEXT NOT NULL DEFAULT '{}')",
};

} // namespace chorus::sync
