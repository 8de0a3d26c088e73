#include "storage/recordmapping.h"

#include <QTimeZone>

namespace chorus::mapping {

namespace {
using nlohmann::json;

std::string s(const QString &q)
{
    return q.toStdString();
}
QString q(const json &j, const char *key)
{
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}
qint64 integer(const json &j, const char *key, qint64 fallback = 0)
{
    auto it = j.find(key);
    return it != j.end() && it->is_number_integer() ? it->get<qint64>() : fallback;
}
bool boolean(const json &j, const char *key)
{
    auto it = j.find(key);
    return it != j.end() && it->is_boolean() && it->get<bool>();
}
json stringList(const QStringList &list)
{
    json out = json::array();
    for (const auto &item : list)
        out.push_back(s(item));
    return out;
}
QStringList stringList(const json &j, const char *key)
{
    QStringList out;
    auto it = j.find(key);
    if (it != j.end() && it->is_array())
        for (const auto &item : *it)
            if (item.is_string())
                out << QString::fromStdString(item.get<std::string>());
    return out;
}
json languageMap(const QHash<QString, QString> &texts)
{
    json out = json::object();
    for (auto it = texts.begin(); it != texts.end(); ++it)
        out[s(it.key())] = s(it.value());
    return out;
}
QHash<QString, QString> languageMap(const json &j, const char *key)
{
    QHash<QString, QString> out;
    auto it = j.find(key);
    if (it != j.end() && it->is_object())
        for (const auto &[lang, text] : it->items())
            if (text.is_string())
                out.insert(QString::fromStdString(lang), QString::fromStdString(text.get<std::string>()));
    return out;
}
json time(const QDateTime &t)
{
    return t.isValid() ? json(t.toMSecsSinceEpoch()) : json();
}
QDateTime time(const json &j, const char *key)
{
    auto it = j.find(key);
    return it != j.end() && it->is_number_integer() ? QDateTime::fromMSecsSinceEpoch(it->get<qint64>(), Qt::UTC)
                                                     : QDateTime();
}
json optionalText(const QString &text)
{
    return text.isEmpty() ? json() : json(s(text));
}
} // namespace

json toFields(const Contribution &c)
{
    // `withdrawn` only ever becomes true, by a withdrawal of its own; a new contribution leaves it
    // unset (the protocol refuses a false).
    json symbols = json::array();
    for (const auto &sym : c.symbols)
        symbols.push_back({{"symbol", s(sym.symbol)}, {"pile", s(pileName(sym.pile))}});
    json fields = {
        {"prompt_id", s(c.promptId)},
        {"device_id", s(c.deviceId)},
        {"site_id", optionalText(c.siteId)},
        {"created_at", time(c.createdAt)},
        {"format", s(formatName(c.format))},
        {"language", s(c.language)},
        {"text", optionalText(c.text)},
        {"rating", c.rating ? json(*c.rating) : json()},
        {"symbols", c.symbols.isEmpty() ? json() : symbols},
        {"media", c.media.isEmpty() ? json() : stringList(c.media)},
        {"consent", {{"anonymous", true}, {"quote", c.consent.mayQuote}, {"contact", c.consent.contactMe}}},
        {"contact_name", c.consent.contactMe ? optionalText(c.contactName) : json()},
        {"contact_detail", c.consent.contactMe ? optionalText(c.contactDetail) : json()},
        {"tags", stringList(c.tags)},
        {"status", s(statusName(c.status))},
        {"reference", s(c.reference)},
        {"redacted", c.redacted},
        {"outreach_session_id", optionalText(c.outreachSessionId)},
        {"assisted_by", optionalText(c.assistedBy)},
    };
    // Only an idea carries its session, so an ordinary answer's record is as it always was.
    if (!c.groupSessionId.isEmpty())
        fields["group_session_id"] = s(c.groupSessionId);
    return fields;
}

Contribution contributionFromRecord(const json &r)
{
    Contribution c;
    c.id = q(r, "id");
    c.reference = q(r, "reference");
    c.promptId = q(r, "prompt_id");
    c.siteId = q(r, "site_id");
    c.deviceId = q(r, "device_id");
    c.createdAt = time(r, "created_at");
    c.format = formatFromName(q(r, "format")).value_or(AnswerFormat::Write);
    c.language = q(r, "language");
    c.text = q(r, "text");
    if (auto it = r.find("rating"); it != r.end() && it->is_number_integer())
        c.rating = it->get<int>();
    if (auto it = r.find("symbols"); it != r.end() && it->is_array())
        for (const auto &sym : *it)
            if (sym.is_object())
                c.symbols.push_back({q(sym, "symbol"), pileFromName(q(sym, "pile")).value_or(SortedSymbol::Pile::Unsure)});
    c.media = stringList(r, "media");
    c.outreachSessionId = q(r, "outreach_session_id");
    c.assistedBy = q(r, "assisted_by");
    if (auto it = r.find("consent"); it != r.end() && it->is_object()) {
        c.consent.mayQuote = boolean(*it, "quote");
        c.consent.contactMe = boolean(*it, "contact");
    }
    c.contactName = q(r, "contact_name");
    c.contactDetail = q(r, "contact_detail");
    c.tags = stringList(r, "tags");
    c.status = statusFromName(q(r, "status")).value_or(ContributionStatus::New);
    c.withdrawn = boolean(r, "withdrawn");
    c.redacted = boolean(r, "redacted");
    c.groupSessionId = q(r, "group_session_id");
    return c;
}

json toFields(const Prompt &p)
{
    QStringList formats;
    for (auto f : p.formats)
        formats << formatName(f);
    return {
        {"text", languageMap(p.text)}, {"symbol", s(p.symbol)},           {"formats", stringList(formats)},
        {"cards", stringList(p.cards)}, {"active_from", time(p.activeFrom)}, {"active_until", time(p.activeUntil)},
        {"sites", stringList(p.sites)}, {"position", p.position},          {"retired", p.retired},
    };
}

Prompt promptFromRecord(const json &r)
{
    Prompt p;
    p.id = q(r, "id");
    p.text = languageMap(r, "text");
    p.symbol = q(r, "symbol");
    for (const auto &name : stringList(r, "formats"))
        if (auto f = formatFromName(name))
            p.formats << *f;
    p.cards = stringList(r, "cards");
    p.activeFrom = time(r, "active_from");
    p.activeUntil = time(r, "active_until");
    p.sites = stringList(r, "sites");
    p.position = static_cast<int>(integer(r, "position"));
    p.retired = boolean(r, "retired");
    return p;
}

json toFields(const Outcome &o)
{
    json fields = {
        {"said", languageMap(o.said)},          {"did", languageMap(o.did)},     {"happened_at", time(o.happenedAt)},
        {"prompt_ids", stringList(o.promptIds)}, {"themes", stringList(o.themes)}, {"sites", stringList(o.sites)},
        {"published", o.published},
    };
    // Written only once the board has something to say, so older outcomes keep their records as they were.
    if (!o.status.isEmpty()) {
        fields["status"] = s(o.status);
        fields["status_reason"] = o.statusReason.isEmpty() ? json() : languageMap(o.statusReason);
        json dates = json::object();
        for (auto it = o.statusDates.begin(); it != o.statusDates.end(); ++it)
            dates[s(it.key())] = it.value().toMSecsSinceEpoch();
        fields["status_dates"] = dates;
    }
    if (!o.ideaIds.isEmpty())
        fields["idea_ids"] = stringList(o.ideaIds);
    return fields;
}

Outcome outcomeFromRecord(const json &r)
{
    Outcome o;
    o.id = q(r, "id");
    o.said = languageMap(r, "said");
    o.did = languageMap(r, "did");
    o.happenedAt = time(r, "happened_at");
    o.promptIds = stringList(r, "prompt_ids");
    o.themes = stringList(r, "themes");
    o.sites = stringList(r, "sites");
    o.published = boolean(r, "published");
    o.status = q(r, "status");
    o.statusReason = languageMap(r, "status_reason");
    if (auto dates = r.find("status_dates"); dates != r.end() && dates->is_object())
        for (const auto &[status, at] : dates->items())
            if (at.is_number_integer())
                o.statusDates.insert(QString::fromStdString(status), QDateTime::fromMSecsSinceEpoch(at.get<qint64>(), Qt::UTC));
    o.ideaIds = stringList(r, "idea_ids");
    return o;
}

json toFields(const GroupSession &g)
{
    return {
        {"question", s(g.question)},       {"device_id", s(g.deviceId)},     {"site_id", optionalText(g.siteId)},
        {"language", s(g.language)},       {"started_at", time(g.startedAt)}, {"ended_at", time(g.endedAt)},
        {"dots", g.dots},                  {"hide_votes", g.hideVotes},
        {"participants", g.participants > 0 ? json(g.participants) : json()},
        {"next_step", optionalText(g.nextStep)},
    };
}

GroupSession groupSessionFromRecord(const json &r)
{
    GroupSession g;
    g.id = q(r, "id");
    g.question = q(r, "question");
    g.deviceId = q(r, "device_id");
    g.siteId = q(r, "site_id");
    g.language = q(r, "language");
    g.startedAt = time(r, "started_at");
    g.endedAt = time(r, "ended_at");
    g.dots = static_cast<int>(integer(r, "dots", 3));
    g.hideVotes = boolean(r, "hide_votes");
    g.participants = static_cast<int>(integer(r, "participants"));
    g.nextStep = q(r, "next_step");
    return g;
}

json toFields(const GroupVote &v)
{
    return {
        {"session_id", s(v.sessionId)}, {"idea_id", s(v.ideaId)},     {"participant", v.participant},
        {"dots", v.dots},               {"cast_at", time(v.castAt)}, {"device_id", s(v.deviceId)},
    };
}

GroupVote groupVoteFromRecord(const json &r)
{
    GroupVote v;
    v.id = q(r, "id");
    v.sessionId = q(r, "session_id");
    v.ideaId = q(r, "idea_id");
    v.participant = static_cast<int>(integer(r, "participant"));
    v.dots = static_cast<int>(integer(r, "dots"));
    v.castAt = time(r, "cast_at");
    v.deviceId = q(r, "device_id");
    return v;
}

PublishedIdea publishedIdeaFromRecord(const json &r)
{
    PublishedIdea idea;
    idea.id = q(r, "id");
    idea.text = languageMap(r, "text");
    idea.symbol = q(r, "symbol");
    idea.sites = stringList(r, "sites");
    idea.publishedAt = time(r, "published_at");
    idea.published = boolean(r, "published");
    return idea;
}

json toFields(const PictureCard &card)
{
    return {{"words", languageMap(card.words)}, {"symbol", s(card.symbol)}, {"retired", card.retired}};
}

PictureCard pictureCardFromRecord(const json &r)
{
    PictureCard card;
    card.id = q(r, "id");
    card.words = languageMap(r, "words");
    card.symbol = q(r, "symbol");
    card.retired = boolean(r, "retired");
    return card;
}

} // namespace chorus::mapping
