#pragma once
// Builds the store, repositories, controllers and models one kiosk needs, wires them together and
// makes them the QML singletons. Shared by the app's main() and the QML tests so both run the same
// wiring.

#include <QString>

#include <memory>

namespace chorus {

class ContributionWriter;
class DeskWithdrawal;
class DeviceStore;
class HelpWords;
class HelpWordsRepository;
class PublishedIdeaRepository;
class SessionAnswers;
class PublishedIdeasModel;
class GroupSessionController;
class GroupSessionRepository;
class InactivityMonitor;
class KioskSession;
class KioskSettings;
class LanguageSwitcher;
class LocalSettings;
class MediaStore;
class ConflictRepository;
class ConflictsModel;
class OutcomeRepository;
class OutcomesModel;
class OutreachController;
class OutreachRepository;
class PictureLibrary;
class PictureCardLibrary;
class PictureCardMaker;
class PictureCardRepository;
class PromptEditor;
class PromptRepository;
class PromptsModel;
class Speaker;
class StaffLock;
class SyncController;
class VoiceNoteRepository;
class VoiceNotesModel;

class KioskContext {
public:
    struct Options {
        QString dbPath;
        QString mediaDir;
        QString ttsEngine; // empty: the first installed engine; "none": silent
        bool kiosk = false;
        bool demoContent = true;
    };

    // Throws StorageError when the store cannot be opened.
    explicit KioskContext(const Options &options);
    ~KioskContext();

    // Points the QML singletons at this context's objects; call before loading any QML.
    void installSingletons();
    // Re-reads prompts and outcomes after staff change which prompts show.
    void reloadContent();

    [[nodiscard]] KioskSession &session() { return *m_session; }
    [[nodiscard]] KioskSettings &settings() { return *m_settings; }
    [[nodiscard]] InactivityMonitor &inactivity() { return *m_inactivity; }
    [[nodiscard]] Speaker &speaker() { return *m_speaker; }
    [[nodiscard]] LanguageSwitcher &language() { return *m_language; }
    [[nodiscard]] SyncController &sync() { return *m_sync; }
    [[nodiscard]] PromptsModel &prompts() { return *m_prompts; }
    [[nodiscard]] OutcomesModel &outcomes() { return *m_outcomes; }
    [[nodiscard]] VoiceNotesModel &voiceNotes() { return *m_voiceNotes; }
    [[nodiscard]] PictureLibrary &pictures() { return *m_pictures; }
    [[nodiscard]] PictureCardLibrary &pictureCards() { return *m_pictureCards; }
    [[nodiscard]] ConflictsModel &conflicts() { return *m_conflicts; }
    [[nodiscard]] PromptEditor &promptEditor() { return *m_promptEditor; }
    [[nodiscard]] PictureCardMaker &cardMaker() { return *m_cardMaker; }
    [[nodiscard]] OutreachController &outreach() { return *m_outreach; }
    [[nodiscard]] SessionAnswers &sessionAnswers() { return *m_sessionAnswers; }
    [[nodiscard]] HelpWords &helpWords() { return *m_helpWords; }
    [[nodiscard]] DeskWithdrawal &deskWithdrawal() { return *m_deskWithdrawal; }
    [[nodiscard]] GroupSessionController &group() { return *m_group; }
    [[nodiscard]] PublishedIdeasModel &ideasHere() { return *m_ideasHere; }

private:
    // Enrolment tells the kiosk its site: answers are recorded for it, its name shows, and the demo
    // prompts give way to the organisation's. Does nothing when the site is already this one.
    void adoptEnrolment(const QString &siteId, const QString &siteName);

    std::unique_ptr<DeviceStore> m_store;
    std::unique_ptr<LocalSettings> m_localSettings;
    std::unique_ptr<MediaStore> m_media;
    std::unique_ptr<PromptRepository> m_promptRepository;
    std::unique_ptr<OutcomeRepository> m_outcomeRepository;
    std::unique_ptr<ContributionWriter> m_writer;
    std::unique_ptr<KioskSettings> m_settings;
    std::unique_ptr<StaffLock> m_staffLock;
    std::unique_ptr<LanguageSwitcher> m_language;
    std::unique_ptr<Speaker> m_speaker;
    std::unique_ptr<InactivityMonitor> m_inactivity;
    std::unique_ptr<KioskSession> m_session;
    std::unique_ptr<PromptsModel> m_prompts;
    std::unique_ptr<PromptsModel> m_allPrompts;
    std::unique_ptr<OutcomesModel> m_outcomes;
    std::unique_ptr<VoiceNoteRepository> m_voiceNoteRepository;
    std::unique_ptr<VoiceNotesModel> m_voiceNotes;
    std::unique_ptr<PictureLibrary> m_pictures;
    std::unique_ptr<PictureCardRepository> m_pictureCardRepository;
    std::unique_ptr<PictureCardLibrary> m_pictureCards;
    std::unique_ptr<ConflictRepository> m_conflictRepository;
    std::unique_ptr<ConflictsModel> m_conflicts;
    std::unique_ptr<PromptEditor> m_promptEditor;
    std::unique_ptr<PictureCardMaker> m_cardMaker;
    std::unique_ptr<OutreachRepository> m_outreachRepository;
    std::unique_ptr<OutreachController> m_outreach;
    std::unique_ptr<SessionAnswers> m_sessionAnswers;
    std::unique_ptr<HelpWordsRepository> m_helpWordsRepository;
    std::unique_ptr<HelpWords> m_helpWords;
    std::unique_ptr<DeskWithdrawal> m_deskWithdrawal;
    std::unique_ptr<GroupSessionRepository> m_groupRepository;
    std::unique_ptr<GroupSessionController> m_group;
    std::unique_ptr<PublishedIdeaRepository> m_ideaRepository;
    std::unique_ptr<PublishedIdeasModel> m_ideasHere;
    // Last: it watches the writer and reloads the models, so it must go first when the context closes.
    std::unique_ptr<SyncController> m_sync;
};

} // namespace chorus
