#pragma once
// Coordinator mode: write and reword questions on the device, in English, Welsh and Arabic, choose
// how people may answer, and retire a question. Saved as this device's own edit: it syncs like any
// change, and an edit that clashes with another shows in the conflicts panel.

#include <QObject>
#include <QVariantMap>
#include <qqmlregistration.h>

namespace chorus {

class DeviceStore;
class PromptRepository;

class PromptEditor final : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("PromptEditor is built by the application")
    // Only coordinator devices edit questions; the server refuses a question edited anywhere else.
    Q_PROPERTY(bool available READ isAvailable NOTIFY availableChanged)

public:
    PromptEditor(PromptRepository &prompts, DeviceStore &store, QObject *parent = nullptr);

    [[nodiscard]] bool isAvailable() const { return m_available; }
    // Reads the device's role again (after an enrolment).
    void refresh();

    // {id, en, cy, ar, formats: [names], retired}; an empty id gives a new question's defaults.
    Q_INVOKABLE QVariantMap load(const QString &id) const;
    // Saves what `load` gave, edited. Returns an error to show, or empty when saved.
    Q_INVOKABLE QString save(const QVariantMap &question);

Q_SIGNALS:
    void availableChanged();
    void saved();

private:
    PromptRepository &m_prompts;
    DeviceStore &m_store;
    bool m_available = false;
};

} // namespace chorus
