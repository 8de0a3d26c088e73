#pragma once
// Seals a field value as devices did before one box per change (seal format 1: each value sealed
// alone, {"$sealed": "<base64>"}), so tests can check the server still opens what such devices
// have queued.

#include "model/jsontext.h"
#include "seal/fieldsealer.h"

namespace chorus::testsupport {

inline nlohmann::json legacySealValue(sync::seal::FieldSealer &sealer, std::string_view kind,
    std::string_view recordId, std::string_view field, const nlohmann::json &value)
{
    namespace seal = sync::seal;
    const std::string bytes
        = sealer.sealBytes(seal::kFormatVersion, seal::fieldContext(kind, recordId, field), sync::jsontext::dump(value));
    return nlohmann::json { { std::string(seal::kSealedKey), seal::toBase64(bytes) } };
}

} // namespace chorus::testsupport
