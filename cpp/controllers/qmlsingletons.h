#pragma once
// Hands the objects built by the composition root to QML as singletons with C++ ownership,
// without context properties or globals QML could reach some other way.

#include "controllers/groupsessioncontroller.h"
#include "controllers/inactivitymonitor.h"
#include "controllers/kiosksession.h"
#include "controllers/kiosksettings.h"
#include "controllers/languageswitcher.h"
#include "controllers/outreachcontroller.h"
#include "controllers/speaker.h"
#include "controllers/stafflock.h"
#include "controllers/picturecardlibrary.h"
#include "controllers/picturecardmaker.h"
#include "controllers/picturelibrary.h"
#include "controllers/prompteditor.h"
#include "controllers/sessionanswers.h"
#include "models/conflictsmodel.h"
#include "models/outcomesmodel.h"
#include "models/promptsmodel.h"
#include "models/publishedideasmodel.h"
#include "models/voicenotesmodel.h"

#include <QJSEngine>
#include <QQmlEngine>
#include <qqmlregistration.h>

namespace chorus {

// `Tag` lets two instances of one class (the kiosk's and the staff's prompt lists) be two singletons.
template<typename T, int Tag = 0>
struct SingletonInstance {
    static inline T *instance = nullptr;
    static T *create(QQmlEngine *engine, QJSEngine *)
    {
        Q_ASSERT_X(instance, "SingletonInstance", "the composition root must build this before QML loads");
        QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);
        if constexpr (requires { instance->setEngine(engine); })
            instance->setEngine(engine);
        return instance;
    }
};

struct SessionSingleton : SingletonInstance<KioskSession> {
    Q_GADGET
    QML_FOREIGN(chorus::KioskSession)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Session)
};

struct SpeechSingleton : SingletonInstance<Speaker> {
    Q_GADGET
    QML_FOREIGN(chorus::Speaker)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Speech)
};

struct LanguageSingleton : SingletonInstance<LanguageSwitcher> {
    Q_GADGET
    QML_FOREIGN(chorus::LanguageSwitcher)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Language)
};

struct InactivitySingleton : SingletonInstance<InactivityMonitor> {
    Q_GADGET
    QML_FOREIGN(chorus::InactivityMonitor)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Inactivity)
};

struct StaffLockSingleton : SingletonInstance<StaffLock> {
    Q_GADGET
    QML_FOREIGN(chorus::StaffLock)
    QML_SINGLETON
    QML_NAMED_ELEMENT(StaffPin)
};

struct SettingsSingleton : SingletonInstance<KioskSettings> {
    Q_GADGET
    QML_FOREIGN(chorus::KioskSettings)
    QML_SINGLETON
    QML_NAMED_ELEMENT(DeviceSettings)
};

struct PromptsSingleton : SingletonInstance<PromptsModel, 0> {
    Q_GADGET
    QML_FOREIGN(chorus::PromptsModel)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Prompts)
};

struct StaffPromptsSingleton : SingletonInstance<PromptsModel, 1> {
    Q_GADGET
    QML_FOREIGN(chorus::PromptsModel)
    QML_SINGLETON
    QML_NAMED_ELEMENT(AllPrompts)
};

struct OutcomesSingleton : SingletonInstance<OutcomesModel> {
    Q_GADGET
    QML_FOREIGN(chorus::OutcomesModel)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Outcomes)
};

struct ConflictsSingleton : SingletonInstance<ConflictsModel> {
    Q_GADGET
    QML_FOREIGN(chorus::ConflictsModel)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Conflicts)
};

struct PromptEditorSingleton : SingletonInstance<PromptEditor> {
    Q_GADGET
    QML_FOREIGN(chorus::PromptEditor)
    QML_SINGLETON
    QML_NAMED_ELEMENT(PromptEditing)
};

struct CardMakerSingleton : SingletonInstance<PictureCardMaker> {
    Q_GADGET
    QML_FOREIGN(chorus::PictureCardMaker)
    QML_SINGLETON
    QML_NAMED_ELEMENT(CardMaking)
};

struct VoiceNotesSingleton : SingletonInstance<VoiceNotesModel> {
    Q_GADGET
    QML_FOREIGN(chorus::VoiceNotesModel)
    QML_SINGLETON
    QML_NAMED_ELEMENT(VoiceNotes)
};

struct PicturesSingleton : SingletonInstance<PictureLibrary> {
    Q_GADGET
    QML_FOREIGN(chorus::PictureLibrary)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Pictures)
};

struct PictureCardsSingleton : SingletonInstance<PictureCardLibrary> {
    Q_GADGET
    QML_FOREIGN(chorus::PictureCardLibrary)
    QML_SINGLETON
    QML_NAMED_ELEMENT(PictureCards)
};

struct GroupSingleton : SingletonInstance<GroupSessionController> {
    Q_GADGET
    QML_FOREIGN(chorus::GroupSessionController)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Group)
};

struct IdeasHereSingleton : SingletonInstance<PublishedIdeasModel> {
    Q_GADGET
    QML_FOREIGN(chorus::PublishedIdeasModel)
    QML_SINGLETON
    QML_NAMED_ELEMENT(IdeasHere)
};

struct OutreachSingleton : SingletonInstance<OutreachController> {
    Q_GADGET
    QML_FOREIGN(chorus::OutreachController)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Outreach)
};

struct OutreachAnswersSingleton : SingletonInstance<SessionAnswers> {
    Q_GADGET
    QML_FOREIGN(chorus::SessionAnswers)
    QML_SINGLETON
    QML_NAMED_ELEMENT(OutreachAnswers)
};

} // namespace chorus
