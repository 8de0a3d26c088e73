#include "storage/helpwordsrepository.h"

#include "model/settingids.h"
#include "storage/devicestore.h"

#include <nlohmann/json.hpp>

namespace chorus {

HelpWordsRepository::HelpWordsRepository(DeviceStore &store)
    : m_store(store)
{ }

QHash<QString, QString> HelpWordsRepository::load()
{
    std::string value;
    m_store.read([&] {
        // A device holds only its own organisation's settings, so the prefix finds the one it has.
        auto &s = m_store.db().cached("SELECT value FROM settings WHERE substr(id, 1, ?2) = ?1 AND value IS NOT NULL"
                                      " ORDER BY id LIMIT 1");
        sqlite::StatementReset reset(s);
        s.bind(1, std::string(sync::settings::HelpNowPrefix))
            .bind(2, static_cast<std::int64_t>(sync::settings::HelpNowPrefix.size()));
        if (s.step())
            value = s.text(0);
    });
    QHash<QString, QString> words;
    const auto json = nlohmann::json::parse(value, nullptr, false);
    if (!json.is_object())
        return words;
    for (const auto &[language, text] : json.items())
        if (text.is_string() && !text.get<std::string>().empty())
            words.insert(QString::fromStdString(language), QString::fromStdString(text.get<std::string>()));
    return words;
}

} // namespace chorus
