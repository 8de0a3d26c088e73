#include "controllers/kioskcontext.h"

#include "client/enginestore.h"
#include "controllers/qmlsingletons.h"
#include "controllers/rightssingletons.h"
#include "controllers/sessionanswers.h"
#include "storage/conflictrepository.h"
#include "storage/contributionwriter.h"
#include "storage/democontent.h"
#include "storage/devicestore.h"
#include "storage/helpwordsrepository.h"
#include "storage/groupsessionrepository.h"
#include "storage/localsettings.h"
#include "storage/mediastore.h"
#include "storage/outcomerepository.h"
#include "storage/outreachrepository.h"
#include "storage/picturecardrepository.h"
#include "storage/promptrepository.h"
#include "storage/publishedidearepository.h"
#include "storage/voicenoterepository.h"
#include "sync/synccontroller.h"
#include "sync/syncsingleton.h"

#include <QDateTime>
#include <QFileInfo>
#include <QStorageInfo>
#include <QThreadPool>

namespace chorus {

KioskContext::KioskContext(const Options &options)
    : m_store(DeviceStore::open(options.dbPath))
{
    // An enrolled device shows its organisation's prompts, never the demo's.
    const bool enrolled = m_store->state().get(sync::client::statekey::kToken).has_value();
    if (!enrolled && options.demoContent)
        DemoContent::install(*m_store);
    m_media = std::make_unique<MediaStore>(*m_store, options.mediaDir);
    // A recording or drawing abandoned by a crash is nobody's answer: clear it before anyone starts.
    m_media->removeOrphanedTemporaries();

    m_localSettings = std::make_unique<LocalSettings>(*m_store);
    m_promptRepository = std::make_unique<PromptRepository>(*m_store);
    m_outcomeRepository = std::make_unique<OutcomeRepository>(*m_store);
    m_writer = std::make_unique<ContributionWriter>(options.dbPath, options.mediaDir);
    m_settings = std::make_unique<KioskSettings>(*m_localSettings, options.kiosk);
    m_staffLock = std::make_unique<StaffLock>(*m_localSettings, QStringLiteral("1234"));
    m_language = std::make_unique<LanguageSwitcher>();
    m_speaker = std::make_unique<Speaker>(options.ttsEngine);
    m_inactivity = std::make_unique<InactivityMonitor>();
    m_inactivity->setTimeoutMs(m_settings->inactivitySeconds() * 1000);
    m_session = std::make_unique<KioskSession>(*m_writer, *m_media, m_settings->siteId());
    m_prompts = std::make_unique<PromptsModel>(*m_promptRepository, false);
    m_allPrompts = std::make_unique<PromptsModel>(*m_promptRepository, true);
    m_outcomes = std::make_unique<OutcomesModel>(*m_outcomeRepository);
    m_voiceNoteRepository = std::make_unique<VoiceNoteRepository>(*m_store, *m_media);
    m_voiceNotes = std::make_unique<VoiceNotesModel>(*m_voiceNoteRepository, *m_promptRepository);
    m_pictures = std::make_unique<PictureLibrary>(options.mediaDir);
    m_pictureCardRepository = std::make_unique<PictureCardRepository>(*m_store);
    m_pictureCards = std::make_unique<PictureCardLibrary>(*m_pictureCardRepository, *m_pictures);
    m_conflictRepository = std::make_unique<ConflictRepository>(*m_store);
    m_conflicts = std::make_unique<ConflictsModel>(*m_conflictRepository);
    m_promptEditor = std::make_unique<PromptEditor>(*m_promptRepository, *m_store);
    m_cardMaker = std::make_unique<PictureCardMaker>(*m_pictureCardRepository, *m_media, *m_store);
    m_outreachRepository = std::make_unique<OutreachRepository>(*m_store);
    const QString storeFolder = QFileInfo(options.dbPath).absolutePath();
    m_outreach = std::make_unique<OutreachController>(*m_store, *m_outreachRepository, *m_session, [storeFolder] {
        const QStorageInfo disk(storeFolder);
        return OutreachController::Space{disk.bytesAvailable(), disk.bytesTotal()};
    });
    // The session's count follows each saved answer; workers and the role arrive by sync.
    QObject::connect(m_writer.get(), &ContributionWriter::saved, m_outreach.get(), [this] { m_outreach->refresh(); });
    // This session's answers, readable only while its session runs in this process.
    m_sessionAnswers = std::make_unique<SessionAnswers>(*m_store, options.mediaDir);
    m_sessionAnswers->setSession(m_outreach->sessionId());
    QObject::connect(m_outreach.get(), &OutreachController::sessionIdChanged, m_sessionAnswers.get(),
        &SessionAnswers::setSession);
    QObject::connect(m_outreach.get(), &OutreachController::answerBegun, m_sessionAnswers.get(),
        &SessionAnswers::answerBegun);
    QObject::connect(m_writer.get(), &ContributionWriter::saved, m_sessionAnswers.get(), &SessionAnswers::noteSaved);
    m_helpWordsRepository = std::make_unique<HelpWordsRepository>(*m_store);
    m_helpWords = std::make_unique<HelpWords>(*m_helpWordsRepository);
    m_deskWithdrawal = std::make_unique<DeskWithdrawal>(*m_store, options.mediaDir);
    m_groupRepository = std::make_unique<GroupSessionRepository>(*m_store);
    m_group = std::make_unique<GroupSessionController>(*m_groupRepository, *m_writer, *m_session, m_settings->siteId());
    m_ideaRepository = std::make_unique<PublishedIdeaRepository>(*m_store);
    m_ideasHere = std::make_unique<PublishedIdeasModel>(*m_ideaRepository);
    if (enrolled) {
        // Read now, not when the sync worker first reports, so the first screen is already right.
        const auto text = [this](const char *key) {
            return QString::fromStdString(m_store->state().get(key).value_or(std::string()));
        };
        adoptEnrolment(text(sync::client::statekey::kSite), text(sync::client::statekey::kSiteName));
    }
    reloadContent();

    // The app syncs by itself: soon after each Send, on a timer, when the network returns. What a pull
    // brings (new prompts, outcomes, settings, a wipe after revocation) shows without a restart.
    m_sync = std::make_unique<SyncController>(options.dbPath, options.mediaDir);
    m_sync->watch(m_writer.get());
    QObject::connect(m_sync.get(), &SyncController::contentChanged, m_sync.get(), [this] { reloadContent(); });
    QObject::connect(m_sync.get(), &SyncController::contributionsChanged, m_sync.get(), [this] { m_voiceNotes->reload(); });
    QObject::connect(m_sync.get(), &SyncController::countsChanged, m_sync.get(), [this] {
        if (m_sync->enrolled())
            adoptEnrolment(m_sync->siteId(), m_sync->siteName());
        m_promptEditor->refresh();
        m_cardMaker->refresh();
        m_outreach->refresh();
    });
    // A withdrawal at the desk goes to the server straight away; each sync may bring the server's answer.
    QObject::connect(m_deskWithdrawal.get(), &DeskWithdrawal::syncWanted, m_sync.get(), [this] { m_sync->syncNow(); });
    // A correction or withdrawal of this session's answer goes at the next chance, like an answer.
    QObject::connect(m_sessionAnswers.get(), &SessionAnswers::storeChanged, m_sync.get(), [this] {
        m_outreach->refresh();
        m_sync->syncNow();
    });
    QObject::connect(m_sync.get(), &SyncController::countsChanged, m_deskWithdrawal.get(), &DeskWithdrawal::refresh);
    // A coordinator's question edit or settlement goes to the server straight away, like an answer.
    const auto sendCoordinatorEdit = [this] {
        reloadContent();
        m_sync->syncNow();
    };
    QObject::connect(m_conflicts.get(), &ConflictsModel::settled, m_sync.get(), sendCoordinatorEdit);
    QObject::connect(m_promptEditor.get(), &PromptEditor::saved, m_sync.get(), sendCoordinatorEdit);
    QObject::connect(m_cardMaker.get(), &PictureCardMaker::saved, m_sync.get(), sendCoordinatorEdit);

    QObject::connect(m_language.get(), &LanguageSwitcher::languageChanged, m_language.get(), [this] {
        const QString code = m_language->language();
        m_prompts->setLanguage(code);
        m_allPrompts->setLanguage(code);
        m_outcomes->setLanguage(code);
        m_voiceNotes->setLanguage(code);
        m_session->setLanguage(code);
        m_group->setLanguage(code);
        m_ideasHere->setLanguage(code);
        m_speaker->setLanguage(code);
        m_helpWords->setLanguage(code);
        m_deskWithdrawal->setLanguage(code);
    });
    QObject::connect(m_settings.get(), &KioskSettings::changed, m_settings.get(), [this] {
        m_inactivity->setTimeoutMs(m_settings->inactivitySeconds() * 1000);
        reloadContent();
    });
}

KioskContext::~KioskContext()
{
    // A drawing may still be being written; its worker reports back to the session.
    QThreadPool::globalInstance()->waitForDone();
}

void KioskContext::installSingletons()
{
    SessionSingleton::instance = m_session.get();
    SpeechSingleton::instance = m_speaker.get();
    LanguageSingleton::instance = m_language.get();
    InactivitySingleton::instance = m_inactivity.get();
    StaffLockSingleton::instance = m_staffLock.get();
    SettingsSingleton::instance = m_settings.get();
    PromptsSingleton::instance = m_prompts.get();
    StaffPromptsSingleton::instance = m_allPrompts.get();
    OutcomesSingleton::instance = m_outcomes.get();
    VoiceNotesSingleton::instance = m_voiceNotes.get();
    PicturesSingleton::instance = m_pictures.get();
    PictureCardsSingleton::instance = m_pictureCards.get();
    ConflictsSingleton::instance = m_conflicts.get();
    PromptEditorSingleton::instance = m_promptEditor.get();
    CardMakerSingleton::instance = m_cardMaker.get();
    HelpWordsSingleton::instance = m_helpWords.get();
    DeskWithdrawalSingleton::instance = m_deskWithdrawal.get();
    SyncSingleton::instance = m_sync.get();
    OutreachSingleton::instance = m_outreach.get();
    OutreachAnswersSingleton::instance = m_sessionAnswers.get();
    GroupSingleton::instance = m_group.get();
    IdeasHereSingleton::instance = m_ideasHere.get();
}

void KioskContext::adoptEnrolment(const QString &siteId, const QString &siteName)
{
    if (siteId.isEmpty() || siteId == m_settings->siteId())
        return;
    DemoContent::remove(*m_store);
    m_session->setSiteId(siteId);
    m_group->setSiteId(siteId);
    m_settings->adoptEnrolledSite(siteId, siteName); // announces the change: shown content reloads
}

void KioskContext::reloadContent()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString site = m_settings->siteId();
    m_prompts->reload(now, site, m_settings->hiddenPrompts());
    m_allPrompts->reload(now, site, m_settings->hiddenPrompts());
    m_outcomes->reload(site);
    m_ideasHere->reload(site);
    m_voiceNotes->reload();
    m_pictures->refresh();
    m_pictureCards->reload(); // after the pictures: a card shows once its picture is here
    m_conflicts->reload();
    m_helpWords->reload();
}

} // namespace chorus
