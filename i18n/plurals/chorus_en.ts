<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>GroupIdeasScreen</name>
    <message numerus="yes">
        <source>%n idea(s) so far.</source>
        <translation>
            <numerusform>%n idea so far.</numerusform>
            <numerusform>%n ideas so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupResultsScreen</name>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) voted.</source>
        <translation>
            <numerusform>%n person voted.</numerusform>
            <numerusform>%n people voted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) in all.</source>
        <translation>
            <numerusform>%n dot in all.</numerusform>
            <numerusform>%n dots in all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupSetupScreen</name>
    <message numerus="yes">
        <source>%n dot(s) each</source>
        <translation>
            <numerusform>%n dot each</numerusform>
            <numerusform>%n dots each</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupVoteScreen</name>
    <message numerus="yes">
        <source>You have %n dot(s) left. Put them on the ideas you like best. You can put more than one dot on an idea.</source>
        <translation>
            <numerusform>You have %n dot left. Put it on the idea you like best.</numerusform>
            <numerusform>You have %n dots left. Put them on the ideas you like best. You can put more than one dot on an idea.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>I have finished (%n dot(s) not used)</source>
        <translation>
            <numerusform>I have finished (%n dot not used)</numerusform>
            <numerusform>I have finished (%n dots not used)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdeaCard</name>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have put %n dot(s) on this idea</source>
        <translation>
            <numerusform>You have put %n dot on this idea</numerusform>
            <numerusform>You have put %n dots on this idea</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutreachGiveBackScreen</name>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>%n digit entered</numerusform>
            <numerusform>%n digits entered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutreachHomeScreen</name>
    <message numerus="yes">
        <source>%1 is collecting. %2. This session: %n answer(s).</source>
        <translation>
            <numerusform>%1 is collecting. %2. This session: %n answer.</numerusform>
            <numerusform>%1 is collecting. %2. This session: %n answers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>%n digit entered</numerusform>
            <numerusform>%n digits entered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting to be sent: %n change(s).</source>
        <translation>
            <numerusform>Waiting to be sent: %n change.</numerusform>
            <numerusform>Waiting to be sent: %n changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinRefusal</name>
    <message numerus="yes">
        <source>Wrong PIN. Please wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Wrong PIN. Please wait %n second before trying again.</numerusform>
            <numerusform>Wrong PIN. Please wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffPinScreen</name>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>%n digit entered</numerusform>
            <numerusform>%n digits entered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Please wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Wrong PIN. Please wait %n second before trying again.</numerusform>
            <numerusform>Wrong PIN. Please wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StillThereDialog</name>
    <message numerus="yes">
        <source>If you do nothing, your answer will be cleared in %n second(s).</source>
        <translation>
            <numerusform>If you do nothing, your answer will be cleared in %n second.</numerusform>
            <numerusform>If you do nothing, your answer will be cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n change waiting to be sent.</numerusform>
            <numerusform>%n changes waiting to be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) or drawing(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n recording or drawing waiting to be sent.</numerusform>
            <numerusform>%n recordings or drawings waiting to be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set aside: %n change(s) the server refused. They are kept on this device and not sent. Please tell a coordinator.</source>
        <translation>
            <numerusform>Set aside: %n change the server refused. It is kept on this device and not sent. Please tell a coordinator.</numerusform>
            <numerusform>Set aside: %n changes the server refused. They are kept on this device and not sent. Please tell a coordinator.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoiceNotesPanel</name>
    <message numerus="yes">
        <source>%n voice note(s) stored on this device.</source>
        <translation>
            <numerusform>%n voice note stored on this device.</numerusform>
            <numerusform>%n voice notes stored on this device.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoiceRecorderPanel</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message numerus="yes">
        <source>Ideas from people here (%n)</source>
        <translation>
            <numerusform>Ideas from people here (%n)</numerusform>
            <numerusform>Ideas from people here (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chorus::OutreachController</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chorus::PromptEditor</name>
    <message numerus="yes">
        <source>Keep each question to %n words or fewer, so it is easy to read.</source>
        <translation>
            <numerusform>Keep each question to %n word or fewer, so it is easy to read.</numerusform>
            <numerusform>Keep each question to %n words or fewer, so it is easy to read.</numerusform>
        </translation>
    </message>
</context>
</TS>
