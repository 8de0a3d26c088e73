// Subject access: find everything held about a person by the reference code they were given or by
// the contact detail they left, export it as JSON (their words, choices and media), and erase it
// everywhere (a withdrawal of each answer). Every step is audited by answer id, never by what the
// person said or the detail they were found by.

#include "apierror.h"
#include "apis.h"
#include "clock/hlc.h"
#include "model/schema.h"
#include "protocol/validation.h"
#include "recordreader.h"
#include "recordwriter.h"
#include "referencecode.h"

#include <sodium.h>

#include <fstream>
#include <iterator>

namespace chorus::server::dashboard {

using Json = nlohmann::json;
using sync::protocol::ErrorCode;

namespace {
// A contact detail compared as the SQL below compares the stored one: lower case, without spaces,
// dashes or brackets, so "07700 900-123" finds "(07700) 900123".
std::string plainContact(const std::string &text)
{
    std::string out;
    for (char c : text)
        if (c != ' ' && c != '-' && c != '(' && c != ')')
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// Every answer of the organisation matching the request's `reference` or `contact`.
Json findAnswers(Call &call)
{
    const std::string reference = normaliseReference(call.param("reference"));
    const std::string contact = plainContact(call.param("contact"));
    if (reference.empty() == contact.empty())
        throw ApiError(ErrorCode::BadRequest, "give the reference code the person was given, or their contact detail");
    if (reference.size() > 16 || contact.size() > 200)
        throw ApiError(ErrorCode::BadRequest, "that is longer than any reference or contact detail held");
    RecordReader reader(call.db, call.session.orgId);
    const std::string normalisedDetail = "lower(replace(replace(replace(replace(r.contact_detail, ' ', ''), '-', ''),"
                                         " '(', ''), ')', ''))";
    Json found = reference.empty()
        ? reader.list(sync::kinds::Contribution, "coalesce(r.withdrawn, 0) = 0 AND " + normalisedDetail + " = ?2", { contact })
        : reader.list(
            sync::kinds::Contribution, std::string("coalesce(r.withdrawn, 0) = 0 AND ") + kReferenceMatches, { reference });
    return found;
}

std::string base64(const std::string &bytes)
{
    std::string out(sodium_base64_encoded_len(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char *>(bytes.data()), bytes.size(),
        sodium_base64_VARIANT_ORIGINAL);
    out.resize(out.size() - 1); // the terminating NUL
    return out;
}

// The answer's media, each with its bytes, as the coordinator's dashboard may read them.
Json mediaOf(Call &call, const Json &answer)
{
    Json out = Json::array();
    const DeviceIdentity reader { RecordWriter::writerId(call.session.orgId), call.session.orgId, {},
        sync::protocol::Role::Coordinator };
    for (const auto &m : answer.value("media", Json::array())) {
        if (!m.is_string())
            continue;
        Json item { { "sha256", m } };
        try {
            std::ifstream in(call.media.fileFor(call.db, reader, m.get<std::string>()), std::ios::binary);
            const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            item["size"] = bytes.size();
            item["base64"] = base64(bytes);
        } catch (const ApiError &) {
            item["missing"] = true; // never uploaded, or not yet complete
        }
        out.push_back(item);
    }
    return out;
}

void auditEach(Call &call, const std::string &action, const Json &answers)
{
    for (const auto &a : answers)
        call.audit(action, a.value("id", ""));
}
} // namespace

void installSubjectAccessApi(Router &router)
{
    router.get("/dashboard/api/subject-access", [](Call &call) -> Json {
        const Json found = findAnswers(call);
        auditEach(call, "subject_access.find", found);
        return { { "answers", found } };
    });
    router.get("/dashboard/api/subject-access/export", [](Call &call) -> Json {
        Json found = findAnswers(call);
        for (auto &a : found)
            a["media_files"] = mediaOf(call, a);
        auditEach(call, "subject_access.export", found);
        const Json doc { { "format", "chorus-subject-access-1" }, { "exported_at", sync::HybridClock::systemWallMs() },
            { "about",
                "Everything this organisation's Chorus server holds that matches the reference or contact "
                "detail given: each answer with its words, choices, contact details and media." },
            { "answers", found } };
        call.res.set_header("Content-Disposition", "attachment; filename=\"subject-access.json\"");
        call.res.set_header("Cache-Control", "no-store");
        call.res.set_content(doc.dump(2), "application/json; charset=utf-8");
        call.raw = true;
        return {};
    });
    router.post("/dashboard/api/subject-access/erase", [](Call &call) -> Json {
        const Json ids = call.body().value("ids", Json());
        if (!ids.is_array() || ids.empty() || ids.size() > 500)
            throw ApiError(ErrorCode::BadRequest, "ids is the list of answers found, 1 to 500");
        RecordReader reader(call.db, call.session.orgId);
        for (const auto &id : ids)
            if (!id.is_string() || !sync::protocol::isValidId(id.get_ref<const std::string &>()))
                throw ApiError(ErrorCode::BadRequest, "each id is an answer's id");
        // Every id must be this organisation's before anything is erased: all or nothing.
        for (const auto &id : ids)
            (void)reader.get(sync::kinds::Contribution, id.get<std::string>());
        RecordWriter writer(call.server, call.db, call.media, call.session.orgId);
        Json erased = Json::array();
        for (const auto &id : ids) {
            const Json held = reader.get(sync::kinds::Contribution, id.get<std::string>());
            if (held["withdrawn"] != true)
                writer.write(sync::kinds::Contribution, id.get<std::string>(), { { "withdrawn", true } },
                    WriteOptions { false, false, "erasure" });
            call.audit("subject_access.erase", id.get<std::string>());
            erased.push_back(id);
        }
        call.server.forgetDeletedContent();
        return { { "erased", erased } };
    });
}

} // namespace chorus::server::dashboard
