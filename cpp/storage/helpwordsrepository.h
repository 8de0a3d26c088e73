#pragma once
// The organisation's "If you need help now" words, a setting the server syncs to every device.

#include <QHash>
#include <QString>

namespace chorus {

class DeviceStore;

class HelpWordsRepository {
public:
    explicit HelpWordsRepository(DeviceStore &store);
    // The words per language ("en", "cy", "ar"); empty when the organisation has set none.
    [[nodiscard]] QHash<QString, QString> load();

private:
    DeviceStore &m_store;
};

} // namespace chorus
