#pragma once
// The synced record kinds and their fields: one description shared by device and server, from
// which the store builds its SQL and the protocol validates incoming changes.

#include <string>
#include <string_view>
#include <vector>

namespace chorus::sync {

enum class FieldType { Text, Integer, Boolean, Json };

struct FieldSpec {
    std::string name;
    FieldType type;
    // Content is what a person said or who they are; it is purged when they withdraw.
    bool content = false;
    // The longest value accepted, in bytes of its text or JSON form.
    std::size_t maxBytes = 4096;
    // Sealed to the organisation's public key on kiosks and outreach tablets (seal/): what a person
    // said and how to reach them. The server opens it on arrival.
    bool sealed = false;
};

struct KindSpec {
    std::string name;  // "contribution", as on the wire
    std::string table; // "contributions"
    std::vector<FieldSpec> fields;
    // Kinds whose records a person can withdraw, which then refuse every later edit.
    bool withdrawable = false;
    // Kinds a kiosk or outreach tablet may create, besides contributions: what a group session and a
    // passer-by's "me too" add. Every other kind is a coordinator's.
    bool fromAnyDevice = false;

    [[nodiscard]] const FieldSpec *field(std::string_view fieldName) const;
};

class Schema {
public:
    [[nodiscard]] static const Schema &instance();
    [[nodiscard]] const KindSpec *kind(std::string_view name) const;
    [[nodiscard]] const std::vector<KindSpec> &kinds() const { return m_kinds; }

private:
    Schema();
    std::vector<KindSpec> m_kinds;
};

// Character arrays, not string_views: each passes as a std::string, a string_view or a C string
// wherever a kind is named, so no call site has to convert.
namespace kinds {
inline constexpr char Contribution[] = "contribution";
inline constexpr char Prompt[] = "prompt";
inline constexpr char Outcome[] = "outcome";
inline constexpr char Setting[] = "setting";
inline constexpr char Worker[] = "worker";
inline constexpr char OutreachSession[] = "outreach_session";
inline constexpr char GroupSession[] = "group_session";
inline constexpr char Vote[] = "vote";
inline constexpr char PublishedIdea[] = "published_idea";
inline constexpr char Support[] = "support";
inline constexpr char PictureCard[] = "picture_card";
} // namespace kinds

// Fields with rules of their own in the merge.
namespace fields {
inline constexpr std::string_view Withdrawn = "withdrawn";
inline constexpr std::string_view Tags = "tags";
inline constexpr std::string_view Redacted = "redacted";
// The fields of a contribution that hold what a person said or made, which a redaction rewrites.
inline constexpr std::string_view Text = "text";
inline constexpr std::string_view Media = "media";
} // namespace fields

} // namespace chorus::sync
