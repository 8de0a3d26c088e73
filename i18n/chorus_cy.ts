<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
<context>
    <name>AudioError</name>
    <message>
        <source>There is no microphone on this device, so recording is not possible. You can write, choose a face or sort pictures instead.</source>
        <translation>Does dim meicroffon ar y ddyfais hon, felly does dim modd recordio. Gallwch ysgrifennu, dewis wyneb neu ddidoli lluniau yn lle hynny.</translation>
    </message>
    <message>
        <source>This app is not allowed to use the microphone. Please ask a member of staff, or write, choose a face or sort pictures instead.</source>
        <translation>Does gan yr ap hwn ddim caniatâd i ddefnyddio&apos;r meicroffon. Gofynnwch i aelod o staff, neu ysgrifennwch, dewiswch wyneb neu ddidoli lluniau yn lle hynny.</translation>
    </message>
    <message>
        <source>The microphone stopped working while you were speaking. We kept what you said so far: you can listen to it and keep it, or write, choose a face or sort pictures instead.</source>
        <translation>Stopiodd y meicroffon weithio tra oeddech chi&apos;n siarad. Rydyn ni wedi cadw&apos;r hyn a ddywedoch hyd yma: gallwch wrando arno a&apos;i gadw, neu ysgrifennu, dewis wyneb neu ddidoli lluniau yn lle hynny.</translation>
    </message>
    <message>
        <source>Your recording could not be saved because the device storage is full or not working. Please tell a member of staff, or write your answer instead.</source>
        <translation>Methu cadw eich recordiad oherwydd bod storfa&apos;r ddyfais yn llawn neu ddim yn gweithio. Dywedwch wrth aelod o staff, neu ysgrifennwch eich ateb yn lle hynny.</translation>
    </message>
    <message>
        <source>Voice recording is not set up on this device yet. You can write, choose a face or sort pictures instead.</source>
        <translation>Nid yw recordio llais wedi&apos;i osod ar y ddyfais hon eto. Gallwch ysgrifennu, dewis wyneb neu ddidoli lluniau yn lle hynny.</translation>
    </message>
</context>
<context>
    <name>CardMakerScreen</name>
    <message>
        <source>Make a picture card</source>
        <translation>Gwneud cerdyn llun</translation>
    </message>
    <message>
        <source>Card saved. It goes to every device at the next sync.</source>
        <translation>Cerdyn wedi’i gadw. Bydd yn mynd i bob dyfais yn y cysoni nesaf.</translation>
    </message>
    <message>
        <source>A picture card is a picture with its words in English, Welsh and Arabic. Questions can use it for picture sorting.</source>
        <translation>Llun gyda’i eiriau yn Saesneg, Cymraeg ac Arabeg yw cerdyn llun. Gall cwestiynau ei ddefnyddio i drefnu lluniau.</translation>
    </message>
    <message>
        <source>Draw the picture, or use a picture file (PNG or JPEG).</source>
        <translation>Tynnwch y llun, neu defnyddiwch ffeil llun (PNG neu JPEG).</translation>
    </message>
    <message>
        <source>This picture file will be used.</source>
        <translation>Bydd y ffeil llun hon yn cael ei defnyddio.</translation>
    </message>
    <message>
        <source>The chosen picture</source>
        <translation>Y llun a ddewiswyd</translation>
    </message>
    <message>
        <source>Picture file</source>
        <translation>Ffeil llun</translation>
    </message>
    <message>
        <source>Use this picture file</source>
        <translation>Defnyddio’r ffeil llun hon</translation>
    </message>
    <message>
        <source>Clear the picture</source>
        <translation>Clirio’r llun</translation>
    </message>
    <message>
        <source>Words in English</source>
        <translation>Geiriau yn Saesneg</translation>
    </message>
    <message>
        <source>Card words in English</source>
        <translation>Geiriau’r cerdyn yn Saesneg</translation>
    </message>
    <message>
        <source>Words in Welsh (Cymraeg)</source>
        <translation>Geiriau yn Gymraeg</translation>
    </message>
    <message>
        <source>Card words in Welsh</source>
        <translation>Geiriau’r cerdyn yn Gymraeg</translation>
    </message>
    <message>
        <source>Words in Arabic (العربية)</source>
        <translation>Geiriau yn Arabeg (العربية)</translation>
    </message>
    <message>
        <source>Card words in Arabic</source>
        <translation>Geiriau’r cerdyn yn Arabeg</translation>
    </message>
    <message>
        <source>Save the card</source>
        <translation>Cadw’r cerdyn</translation>
    </message>
    <message>
        <source>Save the picture card</source>
        <translation>Cadw’r cerdyn llun</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Is this right?</source>
        <translation>Ydy hyn yn iawn?</translation>
    </message>
    <message>
        <source>The question: %1</source>
        <translation>Y cwestiwn: %1</translation>
    </message>
    <message>
        <source>Your answer:</source>
        <translation>Eich ateb:</translation>
    </message>
    <message>
        <source>Your drawing</source>
        <translation>Eich llun</translation>
    </message>
    <message>
        <source>Your voice recording</source>
        <translation>Eich recordiad llais</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Dechrau eto</translation>
    </message>
    <message>
        <source>Start again: clear your answer and go back to the start</source>
        <translation>Dechrau eto: clirio eich ateb a mynd yn ôl i&apos;r dechrau</translation>
    </message>
    <message>
        <source>Change it</source>
        <translation>Ei newid</translation>
    </message>
    <message>
        <source>Change your answer</source>
        <translation>Newid eich ateb</translation>
    </message>
    <message>
        <source>Yes, this is right</source>
        <translation>Ydy, mae hyn yn iawn</translation>
    </message>
</context>
<context>
    <name>ChoiceCard</name>
    <message>
        <source>Chosen</source>
        <extracomment>Shown on a card the person has picked; words as well as colour.</extracomment>
        <translation>Wedi dewis</translation>
    </message>
</context>
<context>
    <name>ChooseFormatScreen</name>
    <message>
        <source>How do you want to answer?</source>
        <translation>Sut hoffech chi ateb?</translation>
    </message>
    <message>
        <source>Speak</source>
        <translation>Siarad</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Ysgrifennu</translation>
    </message>
    <message>
        <source>Choose a face</source>
        <translation>Dewis wyneb</translation>
    </message>
    <message>
        <source>Sort pictures</source>
        <translation>Trefnu lluniau</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Tynnu llun</translation>
    </message>
    <message>
        <source>Record your voice</source>
        <translation>Recordio eich llais</translation>
    </message>
    <message>
        <source>Type your answer</source>
        <translation>Teipiwch eich ateb</translation>
    </message>
    <message>
        <source>From very bad to very good</source>
        <translation>O ddrwg iawn i dda iawn</translation>
    </message>
    <message>
        <source>Good, not sure or not good</source>
        <translation>Da, ddim yn siŵr, neu ddim yn dda</translation>
    </message>
    <message>
        <source>Draw with your finger</source>
        <translation>Tynnu llun gyda&apos;ch bys</translation>
    </message>
</context>
<context>
    <name>ChooseQuestionScreen</name>
    <message>
        <source>Choose a question</source>
        <translation>Dewis cwestiwn</translation>
    </message>
    <message>
        <source>There are no questions today. Please ask a member of staff.</source>
        <translation>Does dim cwestiynau heddiw. Gofynnwch i aelod o staff.</translation>
    </message>
    <message>
        <source>In English</source>
        <translation>Yn Saesneg</translation>
    </message>
    <message>
        <source>Question in English: %1</source>
        <translation>Cwestiwn yn Saesneg: %1</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Cwestiwn: %1</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>Clashing edits</source>
        <translation>Golygiadau sy&apos;n gwrthdaro</translation>
    </message>
    <message>
        <source>No clashing edits: every question and outcome reads the same on every device.</source>
        <translation>Dim golygiadau sy&apos;n gwrthdaro: mae pob cwestiwn a chanlyniad yr un fath ar bob dyfais.</translation>
    </message>
    <message>
        <source>%1 of “%2”</source>
        <extracomment>%1 what was edited (Question, We did…), %2 the question or outcome</extracomment>
        <translation>%1 yn “%2”</translation>
    </message>
    <message>
        <source>Now on every device</source>
        <translation>Nawr ar bob dyfais</translation>
    </message>
    <message>
        <source>Keep this</source>
        <translation>Cadw hwn</translation>
    </message>
    <message>
        <source>Keep “%1”</source>
        <extracomment>%1 the words kept</extracomment>
        <translation>Cadw “%1”</translation>
    </message>
    <message>
        <source>The other edit</source>
        <translation>Y golygiad arall</translation>
    </message>
    <message>
        <source>Use the other</source>
        <translation>Defnyddio&apos;r llall</translation>
    </message>
    <message>
        <source>Use “%1” instead</source>
        <extracomment>%1 the words of the other edit</extracomment>
        <translation>Defnyddio “%1” yn lle</translation>
    </message>
    <message>
        <source>Clashing edits to settle: %1. Choose which words to keep.</source>
        <extracomment>%1 how many; no plural in the sentence (English has no plural forms file)</extracomment>
        <translation>Golygiadau sy&apos;n gwrthdaro i&apos;w setlo: %1. Dewiswch pa eiriau i&apos;w cadw.</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <source>How we use your answer</source>
        <translation>Sut rydyn ni&apos;n defnyddio eich ateb</translation>
    </message>
    <message>
        <source>Staff will read your answer. It helps them make things better.</source>
        <translation>Bydd staff yn darllen eich ateb. Mae&apos;n eu helpu i wella pethau.</translation>
    </message>
    <message>
        <source>Your name is not on your answer, unless you ask us to contact you.</source>
        <translation>Dydy eich enw ddim ar eich ateb, oni bai eich bod yn gofyn i ni gysylltu â chi.</translation>
    </message>
    <message>
        <source>You may use my words in reports</source>
        <translation>Cewch ddefnyddio fy ngeiriau mewn adroddiadau</translation>
    </message>
    <message>
        <source>Please contact me about my answer</source>
        <translation>Cysylltwch â fi am fy ateb</translation>
    </message>
    <message>
        <source>Your name (you do not have to give it)</source>
        <translation>Eich enw (does dim rhaid ei roi)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <source>Your phone number or email</source>
        <translation>Eich rhif ffôn neu e-bost</translation>
    </message>
    <message>
        <source>Your answer was not sent. %1 Your answer is still here. Please try again.</source>
        <translation>Chafodd eich ateb mo&apos;i anfon. %1 Mae eich ateb yma o hyd. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Yn anfon…</translation>
    </message>
    <message>
        <source>Do not send</source>
        <translation>Peidio ag anfon</translation>
    </message>
    <message>
        <source>Do not send: clear your answer and go back to the start</source>
        <translation>Peidio ag anfon: clirio eich ateb a mynd yn ôl i&apos;r dechrau</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Rhoi cynnig arall arni</translation>
    </message>
    <message>
        <source>Send my answer</source>
        <translation>Anfon fy ateb</translation>
    </message>
    <message>
        <source>Please turn the tablet to the person. These choices are theirs: read them out and let them answer.</source>
        <translation>Trowch y llechen at y person, os gwelwch yn dda. Eu dewisiadau nhw yw&apos;r rhain: darllenwch nhw&apos;n uchel a gadewch iddyn nhw ateb.</translation>
    </message>
    <message>
        <source>%1 may open my answer on this tablet today, to put a mistake right</source>
        <translation>Caiff %1 agor fy ateb ar y llechen hon heddiw, i gywiro camgymeriad</translation>
    </message>
</context>
<context>
    <name>Contribution</name>
    <message>
        <source>Please choose a question first.</source>
        <translation>Dewiswch gwestiwn yn gyntaf.</translation>
    </message>
    <message>
        <source>Please write your answer first.</source>
        <translation>Ysgrifennwch eich ateb yn gyntaf.</translation>
    </message>
    <message>
        <source>Your answer is too long. Please make it shorter.</source>
        <translation>Mae eich ateb yn rhy hir. Gwnewch e&apos;n fyrrach.</translation>
    </message>
    <message>
        <source>Please choose a face first.</source>
        <translation>Dewiswch wyneb yn gyntaf.</translation>
    </message>
    <message>
        <source>Please sort at least one picture first.</source>
        <translation>Trefnwch o leiaf un llun yn gyntaf.</translation>
    </message>
    <message>
        <source>Please record your voice first.</source>
        <translation>Recordiwch eich llais yn gyntaf.</translation>
    </message>
    <message>
        <source>Please draw your answer first.</source>
        <translation>Tynnwch lun o&apos;ch ateb yn gyntaf.</translation>
    </message>
    <message>
        <source>Your contact details are too long.</source>
        <translation>Mae eich manylion cyswllt yn rhy hir.</translation>
    </message>
</context>
<context>
    <name>DeskWithdrawalPanel</name>
    <message>
        <source>Withdraw an answer</source>
        <translation>Tynnu ateb yn ôl</translation>
    </message>
    <message>
        <source>Type the code the person gives you. An answer given on this device is withdrawn at once; one given elsewhere is withdrawn by the server.</source>
        <translation>Teipiwch y cod mae&apos;r person yn ei roi i chi. Mae ateb a roddwyd ar y ddyfais hon yn cael ei dynnu&apos;n ôl ar unwaith; mae&apos;r gweinydd yn tynnu&apos;n ôl ateb a roddwyd yn rhywle arall.</translation>
    </message>
    <message>
        <source>The person&apos;s code</source>
        <translation>Cod y person</translation>
    </message>
    <message>
        <source>Find the answer</source>
        <translation>Dod o hyd i&apos;r ateb</translation>
    </message>
    <message>
        <source>Yes, withdraw it</source>
        <translation>Ydw, tynnwch ef yn ôl</translation>
    </message>
    <message>
        <source>Yes, withdraw the answer with this code</source>
        <translation>Ydw, tynnwch yr ateb gyda&apos;r cod hwn yn ôl</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>Na, cadwch ef</translation>
    </message>
    <message>
        <source>No, keep the answer</source>
        <translation>Na, cadwch yr ateb</translation>
    </message>
    <message>
        <source>Read it out again</source>
        <translation>Darllen yn uchel eto</translation>
    </message>
    <message>
        <source>Codes waiting to be sent to the server: %1</source>
        <translation>Codau sy&apos;n aros i gael eu hanfon at y gweinydd: %1</translation>
    </message>
</context>
<context>
    <name>DrawScreen</name>
    <message>
        <source>Draw your answer</source>
        <translation>Tynnwch lun o&apos;ch ateb</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clirio</translation>
    </message>
    <message>
        <source>Clear the drawing</source>
        <translation>Clirio&apos;r llun</translation>
    </message>
</context>
<context>
    <name>DrawingPad</name>
    <message>
        <source>Drawing area. Draw with your finger, or use the arrow keys to draw lines.</source>
        <translation>Lle i dynnu llun. Defnyddiwch eich bys, neu&apos;r bysellau saeth i dynnu llinellau.</translation>
    </message>
</context>
<context>
    <name>DrawingPreview</name>
    <message>
        <source>Your drawing</source>
        <translation>Eich llun</translation>
    </message>
</context>
<context>
    <name>FaceScale</name>
    <message>
        <source>Very bad</source>
        <translation>Drwg iawn</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Drwg</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Da iawn</translation>
    </message>
    <message>
        <source>%1, %2 of 5</source>
        <translation>%1, %2 o 5</translation>
    </message>
</context>
<context>
    <name>FacesScreen</name>
    <message>
        <source>How do you feel about it?</source>
        <translation>Sut ydych chi&apos;n teimlo am hyn?</translation>
    </message>
</context>
<context>
    <name>GroupIdeasScreen</name>
    <message>
        <source>Ideas from the group</source>
        <translation>Syniadau gan y grŵp</translation>
    </message>
    <message>
        <source>The question: %1</source>
        <translation>Y cwestiwn: %1</translation>
    </message>
    <message>
        <source>Idea %1 is saved. To take it back later, keep this code: %2</source>
        <translation>Mae syniad %1 wedi&apos;i gadw. I&apos;w dynnu&apos;n ôl yn nes ymlaen, cadwch y cod hwn: %2</translation>
    </message>
    <message>
        <source>Idea %1</source>
        <translation>Syniad %1</translation>
    </message>
    <message>
        <source>No ideas yet. Press &quot;Add an idea&quot; to give the first one.</source>
        <translation>Dim syniadau eto. Pwyswch &quot;Ychwanegu syniad&quot; i roi&apos;r un cyntaf.</translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) so far.</source>
        <translation>
            <numerusform>%n syniad hyd yma.</numerusform>
            <numerusform>%n syniad hyd yma.</numerusform>
            <numerusform>%n syniad hyd yma.</numerusform>
            <numerusform>%n syniad hyd yma.</numerusform>
            <numerusform>%n syniad hyd yma.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone has given ideas: start voting</source>
        <translation>Mae pawb wedi rhoi syniadau: dechrau pleidleisio</translation>
    </message>
    <message>
        <source>Add an idea</source>
        <translation>Ychwanegu syniad</translation>
    </message>
</context>
<context>
    <name>GroupResultsScreen</name>
    <message>
        <source>What the group chose</source>
        <translation>Beth ddewisodd y grŵp</translation>
    </message>
    <message>
        <source>The question: %1</source>
        <translation>Y cwestiwn: %1</translation>
    </message>
    <message>
        <source>Place %1: idea %2, %3</source>
        <translation>Safle %1: syniad %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dot</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) voted.</source>
        <translation>
            <numerusform>Pleidleisiodd %n person.</numerusform>
            <numerusform>Pleidleisiodd %n person.</numerusform>
            <numerusform>Pleidleisiodd %n person.</numerusform>
            <numerusform>Pleidleisiodd %n person.</numerusform>
            <numerusform>Pleidleisiodd %n person.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) in all.</source>
        <translation>
            <numerusform>%n dot i gyd.</numerusform>
            <numerusform>%n dot i gyd.</numerusform>
            <numerusform>%n dot i gyd.</numerusform>
            <numerusform>%n dot i gyd.</numerusform>
            <numerusform>%n dot i gyd.</numerusform>
        </translation>
    </message>
    <message>
        <source>What happens next (the facilitator writes this)</source>
        <translation>Beth sy&apos;n digwydd nesaf (yr hwylusydd sy&apos;n ysgrifennu hwn)</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Gorffen y sesiwn</translation>
    </message>
    <message>
        <source>End the session: save what happens next and clear the ideas from this tablet</source>
        <translation>Gorffen y sesiwn: cadw beth sy&apos;n digwydd nesaf a chlirio&apos;r syniadau o&apos;r llechen hon</translation>
    </message>
</context>
<context>
    <name>GroupSetupScreen</name>
    <message>
        <source>Start a group session</source>
        <translation>Dechrau sesiwn grŵp</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) each</source>
        <translation>
            <numerusform>%n dot yr un</numerusform>
            <numerusform>%n dot yr un</numerusform>
            <numerusform>%n dot yr un</numerusform>
            <numerusform>%n dot yr un</numerusform>
            <numerusform>%n dot yr un</numerusform>
        </translation>
    </message>
    <message>
        <source>The question for the group</source>
        <translation>Y cwestiwn i&apos;r grŵp</translation>
    </message>
    <message>
        <source>How many dots each person gets</source>
        <translation>Faint o ddotiau mae pob person yn eu cael</translation>
    </message>
    <message>
        <source>Hide the votes until everyone has voted</source>
        <translation>Cuddio&apos;r pleidleisiau nes bod pawb wedi pleidleisio</translation>
    </message>
    <message>
        <source>Start gathering ideas</source>
        <translation>Dechrau casglu syniadau</translation>
    </message>
</context>
<context>
    <name>GroupVoteScreen</name>
    <message>
        <source>Thank you for voting</source>
        <translation>Diolch am bleidleisio</translation>
    </message>
    <message>
        <source>Person %1: place your dots</source>
        <translation>Person %1: rhowch eich dotiau</translation>
    </message>
    <message>
        <source>Idea %1</source>
        <translation>Syniad %1</translation>
    </message>
    <message numerus="yes">
        <source>You have %n dot(s) left. Put them on the ideas you like best. You can put more than one dot on an idea.</source>
        <translation>
            <numerusform>Mae gennych chi %n dot ar ôl. Rhowch nhw ar y syniadau rydych chi&apos;n eu hoffi fwyaf. Gallwch chi roi mwy nag un dot ar syniad.</numerusform>
            <numerusform>Mae gennych chi %n dot ar ôl. Rhowch nhw ar y syniadau rydych chi&apos;n eu hoffi fwyaf. Gallwch chi roi mwy nag un dot ar syniad.</numerusform>
            <numerusform>Mae gennych chi %n dot ar ôl. Rhowch nhw ar y syniadau rydych chi&apos;n eu hoffi fwyaf. Gallwch chi roi mwy nag un dot ar syniad.</numerusform>
            <numerusform>Mae gennych chi %n dot ar ôl. Rhowch nhw ar y syniadau rydych chi&apos;n eu hoffi fwyaf. Gallwch chi roi mwy nag un dot ar syniad.</numerusform>
            <numerusform>Mae gennych chi %n dot ar ôl. Rhowch nhw ar y syniadau rydych chi&apos;n eu hoffi fwyaf. Gallwch chi roi mwy nag un dot ar syniad.</numerusform>
        </translation>
    </message>
    <message>
        <source>The votes stay hidden until everyone has voted.</source>
        <translation>Mae&apos;r pleidleisiau&apos;n aros yn gudd nes bod pawb wedi pleidleisio.</translation>
    </message>
    <message>
        <source>Your dots are saved. Pass the tablet to the next person, or show the results when everyone has voted.</source>
        <translation>Mae eich dotiau wedi&apos;u cadw. Rhowch y llechen i&apos;r person nesaf, neu dangoswch y canlyniadau pan fydd pawb wedi pleidleisio.</translation>
    </message>
    <message>
        <source>Everyone has voted: show the results</source>
        <translation>Mae pawb wedi pleidleisio: dangos y canlyniadau</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>Y person nesaf</translation>
    </message>
    <message numerus="yes">
        <source>I have finished (%n dot(s) not used)</source>
        <translation>
            <numerusform>Rydw i wedi gorffen (%n dot heb eu defnyddio)</numerusform>
            <numerusform>Rydw i wedi gorffen (%n dot heb eu defnyddio)</numerusform>
            <numerusform>Rydw i wedi gorffen (%n dot heb eu defnyddio)</numerusform>
            <numerusform>Rydw i wedi gorffen (%n dot heb eu defnyddio)</numerusform>
            <numerusform>Rydw i wedi gorffen (%n dot heb eu defnyddio)</numerusform>
        </translation>
    </message>
    <message>
        <source>I have finished</source>
        <translation>Rydw i wedi gorffen</translation>
    </message>
</context>
<context>
    <name>IdeaCard</name>
    <message>
        <source>A drawing</source>
        <translation>Llun</translation>
    </message>
    <message>
        <source>A spoken idea: ask the person who said it to say it again</source>
        <translation>Syniad llafar: gofynnwch i&apos;r person a&apos;i dywedodd i&apos;w ddweud eto</translation>
    </message>
    <message>
        <source>Idea %1</source>
        <translation>Syniad %1</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dot</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have put %n dot(s) on this idea</source>
        <translation>
            <numerusform>Rydych chi wedi rhoi %n dot ar y syniad hwn</numerusform>
            <numerusform>Rydych chi wedi rhoi %n dot ar y syniad hwn</numerusform>
            <numerusform>Rydych chi wedi rhoi %n dot ar y syniad hwn</numerusform>
            <numerusform>Rydych chi wedi rhoi %n dot ar y syniad hwn</numerusform>
            <numerusform>Rydych chi wedi rhoi %n dot ar y syniad hwn</numerusform>
        </translation>
    </message>
    <message>
        <source>Place %1, with %2</source>
        <translation>Safle %1, gyda %2</translation>
    </message>
    <message>
        <source>So far: %1</source>
        <translation>Hyd yma: %1</translation>
    </message>
    <message>
        <source>Place %1: %2</source>
        <translation>Safle %1: %2</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Darllen yn uchel</translation>
    </message>
    <message>
        <source>Read %1 aloud</source>
        <translation>Darllen %1 yn uchel</translation>
    </message>
    <message>
        <source>The drawing of %1</source>
        <translation>Llun %1</translation>
    </message>
    <message>
        <source>Take a dot off</source>
        <translation>Tynnu dot</translation>
    </message>
    <message>
        <source>Take a dot off %1</source>
        <translation>Tynnu dot oddi ar %1</translation>
    </message>
    <message>
        <source>Add a dot</source>
        <translation>Ychwanegu dot</translation>
    </message>
    <message>
        <source>Add a dot to %1</source>
        <translation>Ychwanegu dot at %1</translation>
    </message>
    <message>
        <source>Your dots here: %1</source>
        <translation>Eich dotiau yma: %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Have your say</source>
        <translation>Dweud eich dweud</translation>
    </message>
</context>
<context>
    <name>MeTooScreen</name>
    <message>
        <source>There is a drawing with this idea.</source>
        <translation>Mae darlun gyda&apos;r syniad hwn.</translation>
    </message>
    <message>
        <source>The drawing that came with this idea</source>
        <translation>Y darlun a ddaeth gyda&apos;r syniad hwn</translation>
    </message>
    <message>
        <source>The drawing that came with this idea has not arrived yet</source>
        <translation>Nid yw&apos;r darlun a ddaeth gyda&apos;r syniad hwn wedi cyrraedd eto</translation>
    </message>
    <message>
        <source>Ideas from people here</source>
        <translation>Syniadau gan bobl yma</translation>
    </message>
    <message>
        <source>Other people had these ideas. If you agree, press &quot;Me too&quot;. You do not need to give your name.</source>
        <translation>Cafodd pobl eraill y syniadau hyn. Os ydych chi&apos;n cytuno, pwyswch &quot;Fi hefyd&quot;. Does dim angen i chi roi eich enw.</translation>
    </message>
    <message>
        <source>In English</source>
        <translation>Yn Saesneg</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Darllen yn uchel</translation>
    </message>
    <message>
        <source>Read this idea aloud: %1</source>
        <translation>Darllen y syniad hwn yn uchel: %1</translation>
    </message>
    <message>
        <source>Thank you: your support is counted</source>
        <translation>Diolch: mae eich cefnogaeth wedi&apos;i chyfrif</translation>
    </message>
    <message>
        <source>Me too</source>
        <translation>Fi hefyd</translation>
    </message>
    <message>
        <source>Me too: I agree with this idea: %1</source>
        <translation>Fi hefyd: rydw i&apos;n cytuno â&apos;r syniad hwn: %1</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Yn ôl i&apos;r dechrau</translation>
    </message>
</context>
<context>
    <name>MissingAnswerHint</name>
    <message>
        <source>Please give your answer first.</source>
        <translation>Rhowch eich ateb yn gyntaf, os gwelwch yn dda.</translation>
    </message>
</context>
<context>
    <name>NextButton</name>
    <message>
        <source>Next</source>
        <translation>Nesaf</translation>
    </message>
    <message>
        <source>Next: check your answer</source>
        <translation>Nesaf: gwirio eich ateb</translation>
    </message>
</context>
<context>
    <name>OutreachAnswerScreen</name>
    <message>
        <source>Answer %1</source>
        <translation>Ateb %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Corrected. The correction goes to the server when the tablet next syncs.</source>
        <translation>Wedi&apos;i gywiro. Bydd y cywiriad yn mynd i&apos;r gweinydd y tro nesaf y bydd y llechen yn cysoni.</translation>
    </message>
    <message>
        <source>Taken at %1 as %2, with your help.</source>
        <translation>Wedi&apos;i gymryd am %1 fel %2, gyda&apos;ch help chi.</translation>
    </message>
    <message>
        <source>Taken at %1 as %2, by the person on their own.</source>
        <translation>Wedi&apos;i gymryd am %1 fel %2, gan yr unigolyn ar ei ben ei hun.</translation>
    </message>
    <message>
        <source>The person did not say you may open this answer, so it stays private. You can still withdraw it if they ask.</source>
        <translation>Ni ddywedodd yr unigolyn y cewch agor yr ateb hwn, felly mae&apos;n aros yn breifat. Gallwch ei dynnu&apos;n ôl o hyd os byddan nhw&apos;n gofyn.</translation>
    </message>
    <message>
        <source>Their words. Correct a typo here, then save:</source>
        <translation>Eu geiriau. Cywirwch wall teipio yma, yna cadwch:</translation>
    </message>
    <message>
        <source>The words of answer %1</source>
        <translation>Geiriau ateb %1</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>Cadw&apos;r cywiriad</translation>
    </message>
    <message>
        <source>Save the correction to answer %1</source>
        <translation>Cadw&apos;r cywiriad i ateb %1</translation>
    </message>
    <message>
        <source>They asked to be contacted: %1 %2</source>
        <translation>Gofynnon nhw i ni gysylltu: %1 %2</translation>
    </message>
    <message>
        <source>Withdraw this answer</source>
        <translation>Tynnu&apos;r ateb hwn yn ôl</translation>
    </message>
    <message>
        <source>Withdraw answer %1, because the person asks</source>
        <translation>Tynnu ateb %1 yn ôl, am fod yr unigolyn yn gofyn</translation>
    </message>
    <message>
        <source>Withdraw answer %1? It is deleted from this tablet now, and from everywhere when the tablet next syncs. This cannot be undone.</source>
        <translation>Tynnu ateb %1 yn ôl? Caiff ei ddileu o&apos;r llechen hon nawr, ac o bob man y tro nesaf y bydd y llechen yn cysoni. Does dim modd dadwneud hyn.</translation>
    </message>
    <message>
        <source>Yes, withdraw it</source>
        <translation>Ie, tynnwch ef yn ôl</translation>
    </message>
    <message>
        <source>Yes, withdraw answer %1</source>
        <translation>Ie, tynnwch ateb %1 yn ôl</translation>
    </message>
    <message>
        <source>The answer could not be withdrawn on this tablet. Please try again.</source>
        <translation>Doedd dim modd tynnu&apos;r ateb yn ôl ar y llechen hon. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>Na, cadwch ef</translation>
    </message>
    <message>
        <source>Answer %1 has been withdrawn. It is gone from this tablet and will be removed everywhere when the tablet next syncs.</source>
        <translation>Mae ateb %1 wedi&apos;i dynnu&apos;n ôl. Mae wedi mynd o&apos;r llechen hon, a chaiff ei dynnu o bob man y tro nesaf y bydd y llechen yn cysoni.</translation>
    </message>
    <message>
        <source>Back to the session</source>
        <translation>Yn ôl i&apos;r sesiwn</translation>
    </message>
    <message>
        <source>Their face: %1, %2 of 5. If it was taken down wrongly, choose the right one:</source>
        <translation>Eu hwyneb: %1, %2 o 5. Os cafodd ei gofnodi&apos;n anghywir, dewiswch yr un cywir:</translation>
    </message>
    <message>
        <source>Their picture cards: %1. If a card went to the wrong pile, choose the right one:</source>
        <translation>Eu cardiau lluniau: %1. Os aeth cerdyn i&apos;r pentwr anghywir, dewiswch yr un cywir:</translation>
    </message>
    <message>
        <source>A voice note. It is sealed for the organisation, so it cannot be played or corrected on this tablet. To change it, withdraw it and record the answer again.</source>
        <translation>Nodyn llais. Mae wedi&apos;i selio ar gyfer y sefydliad, felly does dim modd ei chwarae na&apos;i gywiro ar y llechen hon. I&apos;w newid, tynnwch e&apos;n ôl a recordiwch yr ateb eto.</translation>
    </message>
    <message>
        <source>A drawing. It is sealed for the organisation, so it cannot be shown or corrected on this tablet. To change it, withdraw it and draw the answer again.</source>
        <translation>Llun. Mae wedi&apos;i selio ar gyfer y sefydliad, felly does dim modd ei ddangos na&apos;i gywiro ar y llechen hon. I&apos;w newid, tynnwch e&apos;n ôl a thynnwch lun o&apos;r ateb eto.</translation>
    </message>
</context>
<context>
    <name>OutreachGiveBackScreen</name>
    <message>
        <source>Please give the tablet back</source>
        <translation>Rhowch y llechen yn ôl, os gwelwch yn dda</translation>
    </message>
    <message>
        <source>Thank you. Your answer is saved. Please give the tablet back to %1.</source>
        <translation>Diolch. Mae eich ateb wedi&apos;i gadw. Rhowch y llechen yn ôl i %1, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>%1: type your PIN to go on.</source>
        <translation>%1: teipiwch eich PIN i fynd ymlaen.</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>Wrthi&apos;n gwirio&apos;r PIN…</translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <translation>Rhowch eich PIN</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>%n digid wedi&apos;u rhoi</numerusform>
            <numerusform>%n digid wedi&apos;u rhoi</numerusform>
            <numerusform>%n digid wedi&apos;u rhoi</numerusform>
            <numerusform>%n digid wedi&apos;u rhoi</numerusform>
            <numerusform>%n digid wedi&apos;u rhoi</numerusform>
        </translation>
    </message>
    <message>
        <source>Thank you. Please give the tablet back to %1.</source>
        <translation>Diolch. Rhowch y llechen yn ôl i %1, os gwelwch yn dda.</translation>
    </message>
</context>
<context>
    <name>OutreachHomeScreen</name>
    <message>
        <source>Who is collecting?</source>
        <translation>Pwy sy&apos;n casglu?</translation>
    </message>
    <message>
        <source>Session at %1</source>
        <translation>Sesiwn yn %1</translation>
    </message>
    <message>
        <source>Start a session</source>
        <translation>Dechrau sesiwn</translation>
    </message>
    <message>
        <source>%1, type your PIN.</source>
        <translation>%1, teipiwch eich PIN.</translation>
    </message>
    <message>
        <source>Choose your name.</source>
        <translation>Dewiswch eich enw.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is collecting. %2. This session: %n answer(s).</source>
        <translation>
            <numerusform>%1 sy&apos;n casglu. %2. Y sesiwn hon: %n ateb.</numerusform>
            <numerusform>%1 sy&apos;n casglu. %2. Y sesiwn hon: %n ateb.</numerusform>
            <numerusform>%1 sy&apos;n casglu. %2. Y sesiwn hon: %n ateb.</numerusform>
            <numerusform>%1 sy&apos;n casglu. %2. Y sesiwn hon: %n ateb.</numerusform>
            <numerusform>%1 sy&apos;n casglu. %2. Y sesiwn hon: %n ateb.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is signed in. Where are you collecting today?</source>
        <translation>Mae %1 wedi mewngofnodi. Ble rydych chi&apos;n casglu heddiw?</translation>
    </message>
    <message>
        <source>No workers yet. A coordinator adds them on the dashboard; they arrive at the next sync.</source>
        <translation>Dim gweithwyr eto. Mae cydlynydd yn eu hychwanegu ar y dangosfwrdd; maen nhw&apos;n cyrraedd yn y cysoni nesaf.</translation>
    </message>
    <message>
        <source>I am %1</source>
        <translation>%1 ydw i</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>Wrthi&apos;n gwirio&apos;r PIN…</translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <translation>Rhowch eich PIN</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>%n digid wedi&apos;u rhoi</numerusform>
            <numerusform>%n digid wedi&apos;u rhoi</numerusform>
            <numerusform>%n digid wedi&apos;u rhoi</numerusform>
            <numerusform>%n digid wedi&apos;u rhoi</numerusform>
            <numerusform>%n digid wedi&apos;u rhoi</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose another name</source>
        <translation>Dewis enw arall</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lle</translation>
    </message>
    <message>
        <source>Place where you are collecting</source>
        <translation>Y lle rydych chi&apos;n casglu</translation>
    </message>
    <message>
        <source>Start the session here</source>
        <translation>Dechrau&apos;r sesiwn yma</translation>
    </message>
    <message>
        <source>Start the session at %1</source>
        <translation>Dechrau&apos;r sesiwn yn %1</translation>
    </message>
    <message>
        <source>Hand the tablet over</source>
        <translation>Rhoi&apos;r llechen iddyn nhw</translation>
    </message>
    <message>
        <source>The person answers by themselves</source>
        <translation>Mae&apos;r person yn ateb ar ei ben ei hun</translation>
    </message>
    <message>
        <source>Hand the tablet over: the person answers by themselves</source>
        <translation>Rhoi&apos;r llechen iddyn nhw: mae&apos;r person yn ateb ar ei ben ei hun</translation>
    </message>
    <message>
        <source>Answer with them</source>
        <translation>Ateb gyda nhw</translation>
    </message>
    <message>
        <source>You write or record their words for them</source>
        <translation>Rydych chi&apos;n ysgrifennu neu&apos;n recordio eu geiriau drostyn nhw</translation>
    </message>
    <message>
        <source>Answer with them: you write or record their words for them</source>
        <translation>Ateb gyda nhw: rydych chi&apos;n ysgrifennu neu&apos;n recordio eu geiriau drostyn nhw</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to be sent: %n change(s).</source>
        <translation>
            <numerusform>Yn aros i&apos;w anfon: %n newid.</numerusform>
            <numerusform>Yn aros i&apos;w anfon: %n newid.</numerusform>
            <numerusform>Yn aros i&apos;w anfon: %n newid.</numerusform>
            <numerusform>Yn aros i&apos;w anfon: %n newid.</numerusform>
            <numerusform>Yn aros i&apos;w anfon: %n newid.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: %1.</source>
        <translation>Cysoni diwethaf: %1.</translation>
    </message>
    <message>
        <source>Warning: this tablet is getting full.</source>
        <translation>Rhybudd: mae&apos;r llechen hon yn llenwi.</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Gorffen y sesiwn</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Allgofnodi</translation>
    </message>
    <message>
        <source>Sign out %1</source>
        <translation>Allgofnodi %1</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Staff settings</source>
        <translation>Gosodiadau staff</translation>
    </message>
    <message>
        <source>Answer %1 at %2: %3, with your help</source>
        <translation>Ateb %1 am %2: %3, gyda&apos;ch help chi</translation>
    </message>
    <message>
        <source>Answer %1 at %2: %3, by the person</source>
        <translation>Ateb %1 am %2: %3, gan yr unigolyn</translation>
    </message>
    <message>
        <source>Answer %1 at %2: %3, with your help (kept private)</source>
        <translation>Ateb %1 am %2: %3, gyda&apos;ch help chi (yn breifat)</translation>
    </message>
    <message>
        <source>Answer %1 at %2: %3, by the person (kept private)</source>
        <translation>Ateb %1 am %2: %3, gan yr unigolyn (yn breifat)</translation>
    </message>
    <message>
        <source>This session&apos;s answers</source>
        <translation>Atebion y sesiwn hon</translation>
    </message>
    <message>
        <source>Open one to correct a typo, or to withdraw it if the person asks. Answers from earlier sessions, or from before the app last started, are not shown.</source>
        <translation>Agorwch un i gywiro gwall teipio, neu i&apos;w dynnu&apos;n ôl os bydd yr unigolyn yn gofyn. Dydy atebion o sesiynau cynharach, nac o cyn i&apos;r ap ddechrau ddiwethaf, ddim yn cael eu dangos.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Agor %1</translation>
    </message>
    <message>
        <source>Choose one of your organisation&apos;s sites.</source>
        <translation>Dewiswch un o safleoedd eich sefydliad.</translation>
    </message>
    <message>
        <source>Or type the place: a street, a food bank, a hostel.</source>
        <translation>Neu teipiwch y lle: stryd, banc bwyd, hostel.</translation>
    </message>
    <message>
        <source>Type the place: a street, a food bank, a hostel.</source>
        <translation>Teipiwch y lle: stryd, banc bwyd, hostel.</translation>
    </message>
</context>
<context>
    <name>PicturesScreen</name>
    <message>
        <source>Sort the pictures</source>
        <translation>Trefnwch y lluniau</translation>
    </message>
    <message>
        <source>Tap a picture. Then tap Good, Not sure or Not good. You can also drag it.</source>
        <translation>Cyffyrddwch â llun. Yna cyffyrddwch â Da, Ddim yn siŵr neu Ddim yn dda. Gallwch chi ei lusgo hefyd.</translation>
    </message>
    <message>
        <source>%1. %2.</source>
        <translation>%1. %2.</translation>
    </message>
    <message>
        <source>Picked. Now choose where it goes.</source>
        <translation>Wedi dewis. Nawr dewiswch ble mae&apos;n mynd.</translation>
    </message>
</context>
<context>
    <name>PileArea</name>
    <message>
        <source>Put it here</source>
        <translation>Ei rhoi yma</translation>
    </message>
    <message>
        <source>Put %1 in %2</source>
        <translation>Rhoi %1 yn %2</translation>
    </message>
    <message>
        <source>Nothing here yet</source>
        <translation>Dim byd yma eto</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
</context>
<context>
    <name>PinRefusal</name>
    <message numerus="yes">
        <source>Wrong PIN. Please wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>PIN anghywir. Arhoswch %n eiliad cyn trio eto.</numerusform>
            <numerusform>PIN anghywir. Arhoswch %n eiliad cyn trio eto.</numerusform>
            <numerusform>PIN anghywir. Arhoswch %n eiliad cyn trio eto.</numerusform>
            <numerusform>PIN anghywir. Arhoswch %n eiliad cyn trio eto.</numerusform>
            <numerusform>PIN anghywir. Arhoswch %n eiliad cyn trio eto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN. Please try again.</source>
        <translation>PIN anghywir. Rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>PromptEditorPanel</name>
    <message>
        <source>Write and change questions</source>
        <translation>Ysgrifennu a newid cwestiynau</translation>
    </message>
    <message>
        <source>Speak</source>
        <translation>Siarad</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Ysgrifennu</translation>
    </message>
    <message>
        <source>Faces</source>
        <translation>Wynebau</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Lluniau</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Tynnu llun</translation>
    </message>
    <message>
        <source>Changes are sent to every device at the next sync.</source>
        <translation>Mae newidiadau&apos;n mynd i bob dyfais yn y cysoni nesaf.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <extracomment>%1 the question</extracomment>
        <translation>Newid “%1”</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Cwestiwn newydd</translation>
    </message>
    <message>
        <source>Write a new question</source>
        <translation>Ysgrifennu cwestiwn newydd</translation>
    </message>
    <message>
        <source>Question in English (15 words or fewer)</source>
        <translation>Cwestiwn yn Saesneg (15 gair neu lai)</translation>
    </message>
    <message>
        <source>Question in English</source>
        <translation>Cwestiwn yn Saesneg</translation>
    </message>
    <message>
        <source>Question in Welsh (Cymraeg)</source>
        <translation>Cwestiwn yn Gymraeg</translation>
    </message>
    <message>
        <source>Question in Welsh</source>
        <translation>Cwestiwn yn Gymraeg</translation>
    </message>
    <message>
        <source>Question in Arabic (العربية)</source>
        <translation>Cwestiwn yn Arabeg (العربية)</translation>
    </message>
    <message>
        <source>Question in Arabic</source>
        <translation>Cwestiwn yn Arabeg</translation>
    </message>
    <message>
        <source>Ways to answer</source>
        <translation>Ffyrdd o ateb</translation>
    </message>
    <message>
        <source>Retired: no longer asked</source>
        <translation>Wedi ymddeol: dim yn cael ei ofyn mwyach</translation>
    </message>
    <message>
        <source>Save question</source>
        <translation>Cadw&apos;r cwestiwn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Cancel without saving</source>
        <translation>Canslo heb gadw</translation>
    </message>
</context>
<context>
    <name>QuestionBanner</name>
    <message>
        <source>The question: %1</source>
        <translation>Y cwestiwn: %1</translation>
    </message>
    <message>
        <source>In English</source>
        <translation>Yn Saesneg</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Stop reading</source>
        <translation>Stopio darllen</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Darllen yn uchel</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation>Stopio darllen yn uchel</translation>
    </message>
    <message>
        <source>Read this screen aloud</source>
        <translation>Darllen y sgrin hon yn uchel</translation>
    </message>
</context>
<context>
    <name>ScreenFrame</name>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Mynd yn ôl</translation>
    </message>
    <message>
        <source>There is more below. Scroll down.</source>
        <translation>Mae mwy isod. Sgroliwch i lawr.</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mwy</translation>
    </message>
</context>
<context>
    <name>SpeakScreen</name>
    <message>
        <source>Speak your answer</source>
        <translation>Dywedwch eich ateb</translation>
    </message>
    <message>
        <source>Voice recording is not available on this device yet. Please go back and choose another way to answer.</source>
        <translation>Dydy recordio llais ddim ar gael ar y ddyfais hon eto. Ewch yn ôl a dewis ffordd arall o ateb.</translation>
    </message>
</context>
<context>
    <name>StaffNewPinScreen</name>
    <message>
        <source>Choose a new staff PIN</source>
        <translation>Dewiswch PIN staff newydd</translation>
    </message>
    <message>
        <source>This device still has the PIN it came with, which anyone could know. Choose a new PIN of 4 to 12 digits before using staff settings.</source>
        <translation>Mae gan y ddyfais hon y PIN a ddaeth gyda hi o hyd, a gallai unrhyw un ei wybod. Dewiswch PIN newydd o 4 i 12 digid cyn defnyddio gosodiadau staff.</translation>
    </message>
    <message>
        <source>New PIN, 4 to 12 digits</source>
        <translation>PIN newydd, 4 i 12 digid</translation>
    </message>
    <message>
        <source>Save the new PIN</source>
        <translation>Cadw&apos;r PIN newydd</translation>
    </message>
    <message>
        <source>The PIN must be 4 to 12 digits, and not the one the device came with.</source>
        <translation>Rhaid i&apos;r PIN fod yn 4 i 12 digid, ac nid yr un a ddaeth gyda&apos;r ddyfais.</translation>
    </message>
</context>
<context>
    <name>StaffPinScreen</name>
    <message>
        <source>Staff PIN</source>
        <translation>PIN staff</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>Wrthi&apos;n gwirio&apos;r PIN…</translation>
    </message>
    <message>
        <source>Enter the PIN</source>
        <translation>Rhowch y PIN</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>%n digid wedi&apos;u rhoi</numerusform>
            <numerusform>%n digid wedi&apos;u rhoi</numerusform>
            <numerusform>%n digid wedi&apos;u rhoi</numerusform>
            <numerusform>%n digid wedi&apos;u rhoi</numerusform>
            <numerusform>%n digid wedi&apos;u rhoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Please wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>PIN anghywir. Arhoswch %n eiliad cyn trio eto.</numerusform>
            <numerusform>PIN anghywir. Arhoswch %n eiliad cyn trio eto.</numerusform>
            <numerusform>PIN anghywir. Arhoswch %n eiliad cyn trio eto.</numerusform>
            <numerusform>PIN anghywir. Arhoswch %n eiliad cyn trio eto.</numerusform>
            <numerusform>PIN anghywir. Arhoswch %n eiliad cyn trio eto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN. Please try again.</source>
        <translation>PIN anghywir. Rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Staff settings</source>
        <translation>Gosodiadau staff</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Enw&apos;r safle</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Save the site name</source>
        <translation>Cadw enw&apos;r safle</translation>
    </message>
    <message>
        <source>Questions shown on this device</source>
        <translation>Cwestiynau ar y ddyfais hon</translation>
    </message>
    <message>
        <source>How the screen starts for each person</source>
        <translation>Sut mae&apos;r sgrin yn dechrau i bob person</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Cyferbyniad uchel</translation>
    </message>
    <message>
        <source>Easy-read font</source>
        <translation>Ffont hawdd ei ddarllen</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Maint testun</translation>
    </message>
    <message>
        <source>Text size %1 percent</source>
        <translation>Maint testun %1 y cant</translation>
    </message>
    <message>
        <source>Clear an unfinished answer after</source>
        <translation>Clirio ateb heb ei orffen ar ôl</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n eiliad</numerusform>
            <numerusform>%n eiliad</numerusform>
            <numerusform>%n eiliad</numerusform>
            <numerusform>%n eiliad</numerusform>
            <numerusform>%n eiliad</numerusform>
        </translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Darllen yn uchel</translation>
    </message>
    <message>
        <source>Checking which languages can be read aloud…</source>
        <translation>Wrthi&apos;n gwirio pa ieithoedd y gellir eu darllen yn uchel…</translation>
    </message>
    <message>
        <source>Read aloud is not available: no speech engine is installed on this device. Everything else still works.</source>
        <translation>Does dim darllen yn uchel: does dim peiriant lleferydd ar y ddyfais hon. Mae popeth arall yn dal i weithio.</translation>
    </message>
    <message>
        <source>Read aloud works in %1.</source>
        <translation>Mae darllen yn uchel yn gweithio yn yr ieithoedd hyn: %1.</translation>
    </message>
    <message>
        <source>Read aloud works in %1. It is not available in %2: this device has no voice for it.</source>
        <translation>Mae darllen yn uchel yn gweithio yn yr ieithoedd hyn: %1. Nid yw ar gael yn %2: does dim llais ar ei chyfer ar y ddyfais hon.</translation>
    </message>
    <message>
        <source>Change the staff PIN</source>
        <translation>Newid PIN y staff</translation>
    </message>
    <message>
        <source>New PIN, 4 to 12 digits</source>
        <translation>PIN newydd, 4 i 12 digid</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>Newid PIN</translation>
    </message>
    <message>
        <source>The PIN has been changed.</source>
        <translation>Mae&apos;r PIN wedi newid.</translation>
    </message>
    <message>
        <source>The PIN must be 4 to 12 digits, and not the one the device came with.</source>
        <translation>Rhaid i&apos;r PIN fod yn 4 i 12 digid, ac nid yr un a ddaeth gyda&apos;r ddyfais.</translation>
    </message>
    <message>
        <source>Exit the kiosk</source>
        <translation>Gadael y ciosg</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Yn ôl i&apos;r ciosg</translation>
    </message>
    <message>
        <source>Sync with the server</source>
        <translation>Cysoni gyda&apos;r gweinydd</translation>
    </message>
    <message>
        <source>Voice notes</source>
        <translation>Nodiadau llais</translation>
    </message>
    <message>
        <source>Questions (coordinator device)</source>
        <translation>Cwestiynau (dyfais cydlynydd)</translation>
    </message>
    <message>
        <source>Clashing edits</source>
        <translation>Golygiadau sy&apos;n gwrthdaro</translation>
    </message>
    <message>
        <source>Withdraw an answer</source>
        <translation>Tynnu ateb yn ôl</translation>
    </message>
    <message>
        <source>Group session</source>
        <translation>Sesiwn grŵp</translation>
    </message>
    <message>
        <source>Run a group session</source>
        <translation>Cynnal sesiwn grŵp</translation>
    </message>
    <message>
        <source>Run a group session: gather ideas from a group and vote on them with dots</source>
        <translation>Cynnal sesiwn grŵp: casglu syniadau gan grŵp a phleidleisio arnyn nhw gyda dotiau</translation>
    </message>
    <message>
        <source>Picture cards (coordinator device)</source>
        <translation>Cardiau llun (dyfais cydlynydd)</translation>
    </message>
    <message>
        <source>Make a picture card</source>
        <translation>Gwneud cerdyn llun</translation>
    </message>
    <message>
        <source>Make a picture card: a picture with its words in English, Welsh and Arabic</source>
        <translation>Gwneud cerdyn llun: llun gyda’i eiriau yn Saesneg, Cymraeg ac Arabeg</translation>
    </message>
</context>
<context>
    <name>StillThereDialog</name>
    <message>
        <source>Are you still there?</source>
        <translation>Ydych chi dal yna?</translation>
    </message>
    <message numerus="yes">
        <source>If you do nothing, your answer will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Os na wnewch chi ddim, bydd eich ateb yn cael ei glirio mewn %n eiliad.</numerusform>
            <numerusform>Os na wnewch chi ddim, bydd eich ateb yn cael ei glirio mewn %n eiliad.</numerusform>
            <numerusform>Os na wnewch chi ddim, bydd eich ateb yn cael ei glirio mewn %n eiliad.</numerusform>
            <numerusform>Os na wnewch chi ddim, bydd eich ateb yn cael ei glirio mewn %n eiliad.</numerusform>
            <numerusform>Os na wnewch chi ddim, bydd eich ateb yn cael ei glirio mewn %n eiliad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, I am still here</source>
        <translation>Ydw, rydw i dal yma</translation>
    </message>
</context>
<context>
    <name>SymbolIcon</name>
    <message>
        <source>The question&apos;s picture</source>
        <translation>Llun y cwestiwn</translation>
    </message>
    <message>
        <source>The question&apos;s picture has not arrived yet</source>
        <translation>Nid yw llun y cwestiwn wedi cyrraedd eto</translation>
    </message>
</context>
<context>
    <name>SymbolWords</name>
    <message>
        <source>Food</source>
        <translation>Bwyd</translation>
    </message>
    <message>
        <source>Showers</source>
        <translation>Cawodydd</translation>
    </message>
    <message>
        <source>Laundry</source>
        <translation>Golchi dillad</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Cyngor</translation>
    </message>
    <message>
        <source>Doctor or nurse</source>
        <translation>Meddyg neu nyrs</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Cyfrifiaduron</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation>Ffrindiau</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Ddim yn siŵr</translation>
    </message>
    <message>
        <source>Not good</source>
        <translation>Ddim yn dda</translation>
    </message>
    <message>
        <source>Not sorted yet</source>
        <translation>Heb ei drefnu eto</translation>
    </message>
    <message>
        <source>Very bad</source>
        <translation>Drwg iawn</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Drwg</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Da iawn</translation>
    </message>
    <message>
        <source>a voice note</source>
        <translation>nodyn llais</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>ysgrifen</translation>
    </message>
    <message>
        <source>a face</source>
        <translation>wyneb</translation>
    </message>
    <message>
        <source>picture cards</source>
        <translation>cardiau lluniau</translation>
    </message>
    <message>
        <source>a drawing</source>
        <translation>llun</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Sync with the server</source>
        <translation>Cysoni gyda&apos;r gweinydd</translation>
    </message>
    <message>
        <source>Syncing now…</source>
        <translation>Wrthi&apos;n cysoni…</translation>
    </message>
    <message>
        <source>Offline: waiting for a connection</source>
        <translation>All-lein: yn aros am gysylltiad</translation>
    </message>
    <message>
        <source>The last sync did not finish</source>
        <translation>Ni orffennodd y cysoni diwethaf</translation>
    </message>
    <message>
        <source>Not enrolled yet</source>
        <translation>Heb gofrestru eto</translation>
    </message>
    <message>
        <source>The app needs an update</source>
        <translation>Mae angen diweddaru&apos;r ap</translation>
    </message>
    <message>
        <source>Removed from the organisation</source>
        <translation>Wedi&apos;i dynnu o&apos;r sefydliad</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Yn gyfredol</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Does dim byd yn aros i gael ei anfon.</translation>
    </message>
    <message>
        <source>Never synced.</source>
        <translation>Heb gysoni erioed.</translation>
    </message>
    <message>
        <source>Last synced %1.</source>
        <translation>Cysonwyd ddiwethaf: %1.</translation>
    </message>
    <message>
        <source>Enrolled. The first sync has started.</source>
        <translation>Wedi cofrestru. Mae&apos;r cysoni cyntaf wedi dechrau.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Yn cysoni…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Cysoni nawr</translation>
    </message>
    <message>
        <source>Sync now. %1 %2</source>
        <translation>Cysoni nawr. %1 %2</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Cyfeiriad y gweinydd</translation>
    </message>
    <message>
        <source>Enrol again with a new code</source>
        <translation>Cofrestru eto gyda chod newydd</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Cod cofrestru</translation>
    </message>
    <message>
        <source>Enrolment code, ten letters and digits</source>
        <translation>Cod cofrestru, deg llythyren a digid</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Yn cofrestru…</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Cofrestru</translation>
    </message>
    <message>
        <source>Or the enrolment QR code as a picture file</source>
        <translation>Neu god QR cofrestru fel ffeil llun</translation>
    </message>
    <message>
        <source>Picture file of the enrolment QR code</source>
        <translation>Ffeil llun y cod QR cofrestru</translation>
    </message>
    <message>
        <source>Read the QR code</source>
        <translation>Darllen y cod QR</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n newid yn aros i gael ei anfon.</numerusform>
            <numerusform>%n newid yn aros i gael ei anfon.</numerusform>
            <numerusform>%n newid yn aros i gael ei anfon.</numerusform>
            <numerusform>%n newid yn aros i gael ei anfon.</numerusform>
            <numerusform>%n newid yn aros i gael ei anfon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) or drawing(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n recordiad neu lun yn aros i gael ei anfon.</numerusform>
            <numerusform>%n recordiad neu lun yn aros i gael ei anfon.</numerusform>
            <numerusform>%n recordiad neu lun yn aros i gael ei anfon.</numerusform>
            <numerusform>%n recordiad neu lun yn aros i gael ei anfon.</numerusform>
            <numerusform>%n recordiad neu lun yn aros i gael ei anfon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set aside: %n change(s) the server refused. They are kept on this device and not sent. Please tell a coordinator.</source>
        <translation>
            <numerusform>Wedi’u rhoi o’r neilltu: %n newid a wrthododd y gweinydd. Maen nhw’n cael eu cadw ar y ddyfais hon a heb eu hanfon. Dywedwch wrth gydlynydd, os gwelwch yn dda.</numerusform>
            <numerusform>Wedi’u rhoi o’r neilltu: %n newid a wrthododd y gweinydd. Maen nhw’n cael eu cadw ar y ddyfais hon a heb eu hanfon. Dywedwch wrth gydlynydd, os gwelwch yn dda.</numerusform>
            <numerusform>Wedi’u rhoi o’r neilltu: %n newid a wrthododd y gweinydd. Maen nhw’n cael eu cadw ar y ddyfais hon a heb eu hanfon. Dywedwch wrth gydlynydd, os gwelwch yn dda.</numerusform>
            <numerusform>Wedi’u rhoi o’r neilltu: %n newid a wrthododd y gweinydd. Maen nhw’n cael eu cadw ar y ddyfais hon a heb eu hanfon. Dywedwch wrth gydlynydd, os gwelwch yn dda.</numerusform>
            <numerusform>Wedi’u rhoi o’r neilltu: %n newid a wrthododd y gweinydd. Maen nhw’n cael eu cadw ar y ddyfais hon a heb eu hanfon. Dywedwch wrth gydlynydd, os gwelwch yn dda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: this address is not encrypted (http://). What this device sends could be read or changed on the way. Ask for an address that starts with https://.</source>
        <translation>Rhybudd: nid yw&apos;r cyfeiriad hwn wedi&apos;i amgryptio (http://). Gallai rhywun ddarllen neu newid yr hyn mae&apos;r ddyfais hon yn ei anfon ar y ffordd. Gofynnwch am gyfeiriad sy&apos;n dechrau gyda https://.</translation>
    </message>
    <message>
        <source>Use this unencrypted address anyway</source>
        <translation>Defnyddio&apos;r cyfeiriad heb ei amgryptio beth bynnag</translation>
    </message>
    <message>
        <source>QR code read. Enrolling…</source>
        <translation>Darllenwyd y cod QR. Yn cofrestru…</translation>
    </message>
    <message>
        <source>This tablet has no camera. Type the enrolment code above, or give a picture file of the QR code below.</source>
        <translation>Does dim camera ar y llechen hon. Teipiwch y cod cofrestru uchod, neu rhowch ffeil llun o&apos;r cod QR isod.</translation>
    </message>
    <message>
        <source>Hold the coordinator&apos;s QR code in front of the camera.</source>
        <translation>Daliwch god QR y cydlynydd o flaen y camera.</translation>
    </message>
    <message>
        <source>Or scan the coordinator&apos;s QR code with the camera.</source>
        <translation>Neu sganiwch god QR y cydlynydd gyda&apos;r camera.</translation>
    </message>
    <message>
        <source>Stop the camera</source>
        <translation>Stopio&apos;r camera</translation>
    </message>
    <message>
        <source>Scan the QR code with the camera</source>
        <translation>Sganio&apos;r cod QR gyda&apos;r camera</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>Could not reach the server (%1). Everything is kept and will be sent later.</source>
        <translation>Methu cyrraedd y gweinydd (%1). Mae popeth yn cael ei gadw a bydd yn cael ei anfon yn nes ymlaen.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). It will be tried again later.</source>
        <translation>Cafodd y gweinydd broblem (HTTP %1). Bydd yn cael ei drio eto yn nes ymlaen.</translation>
    </message>
    <message>
        <source>This app is too old for the server. Ask for it to be updated; nothing it holds is lost.</source>
        <translation>Mae&apos;r ap hwn yn rhy hen i&apos;r gweinydd. Gofynnwch i rywun ei ddiweddaru; does dim byd sydd ynddo wedi&apos;i golli.</translation>
    </message>
    <message>
        <source>The server is older than this app. Ask for the server to be updated.</source>
        <translation>Mae&apos;r gweinydd yn hŷn na&apos;r ap hwn. Gofynnwch i rywun ddiweddaru&apos;r gweinydd.</translation>
    </message>
    <message>
        <source>The server no longer knows this device. Enrol it again with a new code.</source>
        <translation>Nid yw&apos;r gweinydd yn adnabod y ddyfais hon mwyach. Cofrestrwch hi eto gyda chod newydd.</translation>
    </message>
    <message>
        <source>This device was removed from the organisation, so its synced data has been deleted.</source>
        <translation>Cafodd y ddyfais hon ei thynnu o&apos;r sefydliad, felly mae ei data wedi&apos;i gysoni wedi&apos;i ddileu.</translation>
    </message>
    <message>
        <source>That enrolment code is unknown, expired or already used. Ask a coordinator for a new one.</source>
        <translation>Mae&apos;r cod cofrestru hwnnw&apos;n anhysbys, wedi dod i ben neu wedi&apos;i ddefnyddio&apos;n barod. Gofynnwch i gydlynydd am un newydd.</translation>
    </message>
    <message>
        <source>The server is busy. Sync will try again shortly.</source>
        <translation>Mae&apos;r gweinydd yn brysur. Bydd y cysoni&apos;n ceisio eto cyn bo hir.</translation>
    </message>
    <message>
        <source>The server had a problem. It will be tried again later.</source>
        <translation>Cafodd y gweinydd broblem. Bydd yn cael ei drio eto yn nes ymlaen.</translation>
    </message>
    <message>
        <source>The server refused the sync: %1</source>
        <translation>Gwrthododd y gweinydd y cysoni: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>Methu darllen ateb y gweinydd: %1</translation>
    </message>
    <message>
        <source>This device is not enrolled yet. Enter an enrolment code from a coordinator.</source>
        <translation>Nid yw&apos;r ddyfais hon wedi&apos;i chofrestru eto. Rhowch god cofrestru gan gydlynydd.</translation>
    </message>
    <message>
        <source>The server settled none of the changes sent. It will be tried again later.</source>
        <translation>Ni setlodd y gweinydd yr un o&apos;r newidiadau a anfonwyd. Bydd yn cael ei drio eto yn nes ymlaen.</translation>
    </message>
    <message>
        <source>The server gave no organisation key to seal answers with. Update the server before enrolling kiosks or outreach tablets.</source>
        <translation>Ni roddodd y gweinydd allwedd sefydliad i selio atebion â hi. Diweddarwch y gweinydd cyn cofrestru ciosgau neu dabledi allgymorth.</translation>
    </message>
    <message>
        <source>The organisation key the server gave is damaged. Nothing was stored; ask for a new code.</source>
        <translation>Mae&apos;r allwedd sefydliad a roddodd y gweinydd wedi&apos;i difrodi. Ni chadwyd dim; gofynnwch am god newydd.</translation>
    </message>
    <message>
        <source>The organisation key the server gave (%1) is not the one on the enrolment code (%2). Nothing was stored: check the server address and ask for a new code.</source>
        <translation>Nid yr allwedd sefydliad a roddodd y gweinydd (%1) yw&apos;r un ar y cod cofrestru (%2). Ni chadwyd dim: gwiriwch gyfeiriad y gweinydd a gofynnwch am god newydd.</translation>
    </message>
    <message>
        <source>The server could not prove it holds the organisation key it gave (%1). Nothing was stored: answers sealed to it could never be read. Ask for a new code.</source>
        <translation>Methodd y gweinydd brofi ei fod yn dal yr allwedd sefydliad a roddodd (%1). Ni chadwyd dim: ni fyddai modd byth darllen atebion wedi&apos;u selio iddi. Gofynnwch am god newydd.</translation>
    </message>
    <message>
        <source>Could not reach the server. Everything is kept here and will be sent when the connection is back.</source>
        <translation>Methu cyrraedd y gweinydd. Mae popeth yn cael ei gadw yma a bydd yn cael ei anfon pan fydd y cysylltiad yn ôl.</translation>
    </message>
    <message>
        <source>Sync did not finish: %1 It will try again later.</source>
        <translation>Ni orffennodd y cysoni: %1 Bydd yn ceisio eto yn nes ymlaen.</translation>
    </message>
    <message>
        <source>This device is not enrolled. Enter the server address and an enrolment code from a coordinator.</source>
        <translation>Nid yw&apos;r ddyfais hon wedi&apos;i chofrestru. Rhowch gyfeiriad y gweinydd a chod cofrestru gan gydlynydd.</translation>
    </message>
    <message>
        <source>This app is too old for the server. Ask for it to be updated. Nothing here is lost.</source>
        <translation>Mae&apos;r ap hwn yn rhy hen i&apos;r gweinydd. Gofynnwch i rywun ei ddiweddaru. Does dim byd yma wedi&apos;i golli.</translation>
    </message>
</context>
<context>
    <name>ThankYouScreen</name>
    <message>
        <source>Thank you</source>
        <translation>Diolch</translation>
    </message>
    <message>
        <source>Your answer has been saved.</source>
        <translation>Mae eich ateb wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>What happens next: staff read every answer. We show what we change on this screen, under &quot;You said, we did&quot;.</source>
        <translation>Beth sy&apos;n digwydd nesaf: mae staff yn darllen pob ateb. Rydyn ni&apos;n dangos beth rydyn ni&apos;n ei newid ar y sgrin hon, o dan &quot;Dywedoch chi, gwnaethon ni&quot;.</translation>
    </message>
    <message>
        <source>Your code:</source>
        <translation>Eich cod:</translation>
    </message>
    <message>
        <source>Your code is %1</source>
        <translation>Eich cod yw %1</translation>
    </message>
    <message>
        <source>If you change your mind, give this code to staff and they will remove your answer.</source>
        <translation>Os ydych chi&apos;n newid eich meddwl, rhowch y cod hwn i&apos;r staff. Byddan nhw&apos;n dileu eich ateb.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Gorffen</translation>
    </message>
    <message>
        <source>Finish and go back to the start</source>
        <translation>Gorffen a mynd yn ôl i&apos;r dechrau</translation>
    </message>
    <message>
        <source>In Welsh</source>
        <translation>Yn Gymraeg</translation>
    </message>
    <message>
        <source>In Arabic</source>
        <translation>Yn Arabeg</translation>
    </message>
    <message>
        <source>In English</source>
        <translation>Yn Saesneg</translation>
    </message>
    <message>
        <source>If you need help now:</source>
        <translation>Os oes angen help arnoch chi nawr:</translation>
    </message>
</context>
<context>
    <name>ToggleChoice</name>
    <message>
        <source>Yes</source>
        <translation>Ydw</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
</context>
<context>
    <name>VoiceNotesPanel</name>
    <message>
        <source>Voice notes</source>
        <translation>Nodiadau llais</translation>
    </message>
    <message>
        <source>Voice notes can be played back only on a coordinator device.</source>
        <translation>Dim ond ar ddyfais cydlynydd y gellir chwarae nodiadau llais.</translation>
    </message>
    <message>
        <source>No voice notes are stored on this device yet.</source>
        <translation>Does dim nodiadau llais wedi’u cadw ar y ddyfais hon eto.</translation>
    </message>
    <message numerus="yes">
        <source>%n voice note(s) stored on this device.</source>
        <translation>
            <numerusform>Nodiadau llais wedi’u cadw ar y ddyfais hon: %n.</numerusform>
            <numerusform>Nodiadau llais wedi’u cadw ar y ddyfais hon: %n.</numerusform>
            <numerusform>Nodiadau llais wedi’u cadw ar y ddyfais hon: %n.</numerusform>
            <numerusform>Nodiadau llais wedi’u cadw ar y ddyfais hon: %n.</numerusform>
            <numerusform>Nodiadau llais wedi’u cadw ar y ddyfais hon: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · reference %2 · %3</source>
        <extracomment>%1 date and time, %2 reference code, %3 length as m:ss</extracomment>
        <translation>%1 · cyfeirnod %2 · %3</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopio</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Chwarae</translation>
    </message>
    <message>
        <source>Stop playing: %1</source>
        <translation>Stopio chwarae: %1</translation>
    </message>
    <message>
        <source>Play: %1</source>
        <translation>Chwarae: %1</translation>
    </message>
</context>
<context>
    <name>VoiceRecorderPanel</name>
    <message>
        <source>Recording. Speak now. %1 of %2.</source>
        <translation>Yn recordio. Siaradwch nawr. %1 o %2.</translation>
    </message>
    <message>
        <source>Your recording is %1 long. Listen to it, then keep it or record again.</source>
        <translation>Mae eich recordiad yn %1 o hyd. Gwrandewch arno, yna ei gadw neu recordio eto.</translation>
    </message>
    <message>
        <source>Your recording of %1 is ready to send.</source>
        <translation>Mae eich recordiad %1 yn barod i&apos;w anfon.</translation>
    </message>
    <message>
        <source>Press Record, then speak your answer. You can talk for up to %1.</source>
        <translation>Pwyswch Recordio, yna dywedwch eich ateb. Gallwch siarad am hyd at %1.</translation>
    </message>
    <message>
        <source>Voice recording is not set up on this device yet. Please go back and choose another way to answer.</source>
        <translation>Nid yw recordio llais wedi&apos;i osod ar y ddyfais hon eto. Ewch yn ôl a dewis ffordd arall o ateb.</translation>
    </message>
    <message>
        <source>There is no microphone on this device. Please go back and choose another way to answer.</source>
        <translation>Does dim meicroffon ar y ddyfais hon. Ewch yn ôl a dewis ffordd arall o ateb.</translation>
    </message>
    <message>
        <source>Sound level: the microphone can hear you</source>
        <translation>Lefel sain: mae&apos;r meicroffon yn gallu eich clywed</translation>
    </message>
    <message>
        <source>Sound level: quiet</source>
        <translation>Lefel sain: tawel</translation>
    </message>
    <message>
        <source>%1 recorded, %2 left</source>
        <translation>%1 wedi&apos;i recordio, %2 ar ôl</translation>
    </message>
    <message>
        <source>Length %1</source>
        <translation>Hyd %1</translation>
    </message>
    <message>
        <source>%1 left. Please start to finish what you are saying.</source>
        <translation>%1 ar ôl. Dechreuwch orffen yr hyn rydych chi&apos;n ei ddweud.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Recordio</translation>
    </message>
    <message>
        <source>Start recording your answer</source>
        <translation>Dechrau recordio eich ateb</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopio</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Stopio recordio</translation>
    </message>
    <message>
        <source>Stop listening</source>
        <translation>Stopio gwrando</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Gwrando</translation>
    </message>
    <message>
        <source>Stop playing your recording</source>
        <translation>Stopio chwarae eich recordiad</translation>
    </message>
    <message>
        <source>Listen to your recording</source>
        <translation>Gwrando ar eich recordiad</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Keep this recording as your answer</source>
        <translation>Cadw&apos;r recordiad hwn fel eich ateb</translation>
    </message>
    <message>
        <source>Record again</source>
        <translation>Recordio eto</translation>
    </message>
    <message>
        <source>Delete this recording and record again</source>
        <translation>Dileu&apos;r recordiad hwn a recordio eto</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Delete this recording</source>
        <translation>Dileu&apos;r recordiad hwn</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n eiliad</numerusform>
            <numerusform>%n eiliad</numerusform>
            <numerusform>%n eiliad</numerusform>
            <numerusform>%n eiliad</numerusform>
            <numerusform>%n eiliad</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Have your say</source>
        <translation>Dweud eich dweud</translation>
    </message>
    <message>
        <source>Tell us what you think. It takes about two minutes. You do not need to give your name.</source>
        <translation>Dywedwch wrthon ni beth rydych chi&apos;n ei feddwl. Mae&apos;n cymryd tua dau funud. Does dim rhaid rhoi eich enw.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <source>Have your say: start</source>
        <translation>Dweud eich dweud: dechrau</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>Make it easier to see</source>
        <translation>Ei gwneud yn haws ei gweld</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Testun arferol</translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation>Testun mwy</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Cyferbyniad uchel</translation>
    </message>
    <message>
        <source>Easy-read font</source>
        <translation>Ffont hawdd ei ddarllen</translation>
    </message>
    <message>
        <source>You said, we did</source>
        <translation>Dywedoch chi, gwnaethon ni</translation>
    </message>
    <message>
        <source>You said: %1</source>
        <translation>Dywedoch chi: %1</translation>
    </message>
    <message>
        <source>We did: %1</source>
        <translation>Gwnaethon ni: %1</translation>
    </message>
    <message>
        <source>In English</source>
        <translation>Yn Saesneg</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Staff settings. Press and hold.</source>
        <translation>Gosodiadau staff. Pwyswch a dal.</translation>
    </message>
    <message>
        <source>Press to hear it.</source>
        <translation>Pwyswch i’w glywed.</translation>
    </message>
    <message>
        <source>Make it easier to hear</source>
        <translation>Ei gwneud yn haws i’w glywed</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Tawelach</translation>
    </message>
    <message>
        <source>Read aloud more quietly</source>
        <translation>Darllen yn uchel yn dawelach</translation>
    </message>
    <message>
        <source>This is how loud reading aloud will be.</source>
        <translation>Dyma pa mor uchel fydd y darllen.</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Uwch</translation>
    </message>
    <message>
        <source>Read aloud more loudly</source>
        <translation>Darllen yn uchel yn uwch</translation>
    </message>
    <message>
        <source>Where it stands: we have heard this.</source>
        <translation>Ble mae pethau: rydyn ni wedi clywed hyn.</translation>
    </message>
    <message>
        <source>Where it stands: it is planned.</source>
        <translation>Ble mae pethau: mae wedi&apos;i gynllunio.</translation>
    </message>
    <message>
        <source>Where it stands: we are doing it now.</source>
        <translation>Ble mae pethau: rydyn ni&apos;n ei wneud nawr.</translation>
    </message>
    <message>
        <source>Where it stands: it is done.</source>
        <translation>Ble mae pethau: mae wedi&apos;i wneud.</translation>
    </message>
    <message>
        <source>Where it stands: we cannot do this. Why: %1</source>
        <translation>Ble mae pethau: allwn ni ddim gwneud hyn. Pam: %1</translation>
    </message>
    <message numerus="yes">
        <source>Ideas from people here (%n)</source>
        <translation>
            <numerusform>Syniadau gan bobl yma (%n)</numerusform>
            <numerusform>Syniadau gan bobl yma (%n)</numerusform>
            <numerusform>Syniadau gan bobl yma (%n)</numerusform>
            <numerusform>Syniadau gan bobl yma (%n)</numerusform>
            <numerusform>Syniadau gan bobl yma (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ideas from people here: see them and say &quot;me too&quot;</source>
        <translation>Syniadau gan bobl yma: gweld nhw a dweud &quot;fi hefyd&quot;</translation>
    </message>
</context>
<context>
    <name>WriteScreen</name>
    <message>
        <source>Write your answer</source>
        <translation>Ysgrifennwch eich ateb</translation>
    </message>
    <message>
        <source>Type here</source>
        <translation>Teipiwch yma</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Eich ateb</translation>
    </message>
</context>
<context>
    <name>chorus::ConflictsModel</name>
    <message>
        <source>Question</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <source>Ways to answer</source>
        <translation>Ffyrdd o ateb</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Wedi ymddeol</translation>
    </message>
    <message>
        <source>You said</source>
        <translation>Dywedoch chi</translation>
    </message>
    <message>
        <source>We did</source>
        <translation>Gwnaethom ni</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Wedi&apos;i gyhoeddi</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(gwag)</translation>
    </message>
</context>
<context>
    <name>chorus::DeskWithdrawal</name>
    <message>
        <source>That is not a code. A code has 12 letters and numbers, like K7P3-QX9A-HH2M.</source>
        <translation>Nid cod yw hwnna. Mae gan god 12 llythyren a rhif, fel K7P3-QX9A-HH2M.</translation>
    </message>
    <message>
        <source>An answer with the code %1 was given on this device on %2. Withdraw it?</source>
        <translation>Rhoddwyd ateb gyda&apos;r cod %1 ar y ddyfais hon ar %2. Ei dynnu&apos;n ôl?</translation>
    </message>
    <message>
        <source>No answer on this device has the code %1. It may have been given on another device. Ask the server to withdraw it?</source>
        <translation>Does dim ateb ar y ddyfais hon gyda&apos;r cod %1. Efallai iddo gael ei roi ar ddyfais arall. Gofyn i&apos;r gweinydd ei dynnu&apos;n ôl?</translation>
    </message>
    <message>
        <source>Your answer with the code %1 has been withdrawn. It is gone from this device and will be removed everywhere.</source>
        <translation>Mae eich ateb gyda&apos;r cod %1 wedi&apos;i dynnu&apos;n ôl. Mae wedi mynd o&apos;r ddyfais hon a bydd yn cael ei ddileu ym mhobman.</translation>
    </message>
    <message>
        <source>Your request to withdraw the answer with the code %1 is waiting to reach the server. It goes the next time this device syncs.</source>
        <translation>Mae eich cais i dynnu&apos;r ateb gyda&apos;r cod %1 yn ôl yn aros i gyrraedd y gweinydd. Bydd yn mynd y tro nesaf mae&apos;r ddyfais hon yn cysoni.</translation>
    </message>
    <message>
        <source>Your answer with the code %1 has been withdrawn everywhere.</source>
        <translation>Mae eich ateb gyda&apos;r cod %1 wedi&apos;i dynnu&apos;n ôl ym mhobman.</translation>
    </message>
    <message>
        <source>The server has no answer with the code %1. Check the code: it may have been withdrawn already.</source>
        <translation>Does gan y gweinydd ddim ateb gyda&apos;r cod %1. Gwiriwch y cod: efallai ei fod wedi&apos;i dynnu&apos;n ôl yn barod.</translation>
    </message>
    <message>
        <source>More than one answer has the code %1, so none was withdrawn. Staff can choose the right one on the dashboard&apos;s withdrawal page.</source>
        <translation>Mae gan fwy nag un ateb y cod %1, felly ni thynnwyd dim un yn ôl. Gall staff ddewis yr un cywir ar dudalen tynnu&apos;n ôl y dangosfwrdd.</translation>
    </message>
</context>
<context>
    <name>chorus::EnrolmentCamera</name>
    <message>
        <source>The camera could not be started. Type the code instead.</source>
        <translation>Doedd dim modd cychwyn y camera. Teipiwch y cod yn lle hynny.</translation>
    </message>
</context>
<context>
    <name>chorus::GroupSessionController</name>
    <message>
        <source>Please write the question for the group first.</source>
        <translation>Ysgrifennwch y cwestiwn i&apos;r grŵp yn gyntaf.</translation>
    </message>
    <message>
        <source>Each person can have 1 to 10 dots.</source>
        <translation>Gall pob person gael rhwng 1 a 10 dot.</translation>
    </message>
</context>
<context>
    <name>chorus::KioskSession</name>
    <message>
        <source>There is no answer to send yet.</source>
        <translation>Does dim ateb i&apos;w anfon eto.</translation>
    </message>
    <message>
        <source>The drawing could not be saved on this device. Please tell a member of staff.</source>
        <translation>Doedd dim modd cadw&apos;r llun ar y ddyfais hon. Dywedwch wrth aelod o staff.</translation>
    </message>
</context>
<context>
    <name>chorus::OutreachController</name>
    <message>
        <source>Started %1</source>
        <translation>Dechreuwyd %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>erioed</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>newydd ddigwydd</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n munud yn ôl</numerusform>
            <numerusform>%n munud yn ôl</numerusform>
            <numerusform>%n munud yn ôl</numerusform>
            <numerusform>%n munud yn ôl</numerusform>
            <numerusform>%n munud yn ôl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n awr yn ôl</numerusform>
            <numerusform>%n awr yn ôl</numerusform>
            <numerusform>%n awr yn ôl</numerusform>
            <numerusform>%n awr yn ôl</numerusform>
            <numerusform>%n awr yn ôl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n diwrnod yn ôl</numerusform>
            <numerusform>%n diwrnod yn ôl</numerusform>
            <numerusform>%n diwrnod yn ôl</numerusform>
            <numerusform>%n diwrnod yn ôl</numerusform>
            <numerusform>%n diwrnod yn ôl</numerusform>
        </translation>
    </message>
    <message>
        <source>Space is running low: %1 left. Sync at base soon; voice notes and drawings take the most room.</source>
        <translation>Mae&apos;r lle&apos;n mynd yn brin: %1 ar ôl. Cysonwch yn y ganolfan cyn bo hir; nodiadau llais a lluniau sy&apos;n cymryd y mwyaf o le.</translation>
    </message>
    <message>
        <source>%1 of space left.</source>
        <translation>%1 o le ar ôl.</translation>
    </message>
</context>
<context>
    <name>chorus::PictureCardMaker</name>
    <message>
        <source>That picture file was not found.</source>
        <translation>Doedd dim modd dod o hyd i’r ffeil llun honno.</translation>
    </message>
    <message>
        <source>That picture is too big: choose one under %1 MB.</source>
        <translation>Mae’r llun yna’n rhy fawr: dewiswch un o dan %1 MB.</translation>
    </message>
    <message>
        <source>Choose a PNG or JPEG picture.</source>
        <translation>Dewiswch lun PNG neu JPEG.</translation>
    </message>
    <message>
        <source>Only a coordinator device can make picture cards.</source>
        <translation>Dim ond dyfais cydlynydd sy’n gallu gwneud cardiau llun.</translation>
    </message>
    <message>
        <source>Choose a picture file or draw a picture first.</source>
        <translation>Dewiswch ffeil llun neu tynnwch lun yn gyntaf.</translation>
    </message>
    <message>
        <source>Write the card&apos;s words in English, Welsh and Arabic: a kiosk reads them aloud.</source>
        <translation>Ysgrifennwch eiriau’r cerdyn yn Saesneg, Cymraeg ac Arabeg: mae ciosg yn eu darllen yn uchel.</translation>
    </message>
    <message>
        <source>Keep the card&apos;s words short: a few words in each language.</source>
        <translation>Cadwch eiriau’r cerdyn yn fyr: ychydig eiriau ym mhob iaith.</translation>
    </message>
    <message>
        <source>The picture could not be read. Choose it again.</source>
        <translation>Doedd dim modd darllen y llun. Dewiswch ef eto.</translation>
    </message>
    <message>
        <source>The picture could not be saved on this device.</source>
        <translation>Doedd dim modd cadw’r llun ar y ddyfais hon.</translation>
    </message>
</context>
<context>
    <name>chorus::PromptEditor</name>
    <message>
        <source>Only a coordinator device can change questions.</source>
        <translation>Dim ond dyfais cydlynydd all newid cwestiynau.</translation>
    </message>
    <message numerus="yes">
        <source>Keep each question to %n words or fewer, so it is easy to read.</source>
        <translation>
            <numerusform>Cadwch bob cwestiwn i %n gair neu lai, fel ei fod yn hawdd ei ddarllen.</numerusform>
            <numerusform>Cadwch bob cwestiwn i %n gair neu lai, fel ei fod yn hawdd ei ddarllen.</numerusform>
            <numerusform>Cadwch bob cwestiwn i %n gair neu lai, fel ei fod yn hawdd ei ddarllen.</numerusform>
            <numerusform>Cadwch bob cwestiwn i %n gair neu lai, fel ei fod yn hawdd ei ddarllen.</numerusform>
            <numerusform>Cadwch bob cwestiwn i %n gair neu lai, fel ei fod yn hawdd ei ddarllen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the question in English: it is shown when a language has no words of its own.</source>
        <translation>Ysgrifennwch y cwestiwn yn Saesneg: caiff ei ddangos pan nad oes gan iaith eiriau ei hun.</translation>
    </message>
    <message>
        <source>Choose at least one way to answer.</source>
        <translation>Dewiswch o leiaf un ffordd o ateb.</translation>
    </message>
    <message>
        <source>The question could not be saved: %1</source>
        <translation>Nid oedd modd cadw&apos;r cwestiwn: %1</translation>
    </message>
</context>
<context>
    <name>chorus::SessionAnswers</name>
    <message>
        <source>This answer cannot be corrected on this tablet.</source>
        <translation>Does dim modd cywiro&apos;r ateb hwn ar y llechen hon.</translation>
    </message>
    <message>
        <source>A correction moves the person&apos;s own cards between the piles.</source>
        <translation>Mae cywiriad yn symud cardiau&apos;r person ei hun rhwng y pentyrrau.</translation>
    </message>
</context>
<context>
    <name>chorus::SyncController</name>
    <message>
        <source>Enter the server address first, starting with https://</source>
        <translation>Rhowch gyfeiriad y gweinydd yn gyntaf, yn dechrau gyda https://</translation>
    </message>
    <message>
        <source>Enter the enrolment code a coordinator gave you.</source>
        <translation>Rhowch y cod cofrestru a roddodd cydlynydd i chi.</translation>
    </message>
    <message>
        <source>That picture could not be opened. Check the file name.</source>
        <translation>Doedd dim modd agor y llun hwnnw. Gwiriwch enw’r ffeil.</translation>
    </message>
    <message>
        <source>No Chorus enrolment QR code was found in that picture.</source>
        <translation>Ni chafwyd cod QR cofrestru Chorus yn y llun hwnnw.</translation>
    </message>
    <message>
        <source>This address is not encrypted, so answers could be read on the way. Use an address starting with https://, or choose to use this one anyway.</source>
        <translation>Nid yw&apos;r cyfeiriad hwn wedi&apos;i amgryptio, felly gallai rhywun ddarllen atebion ar y ffordd. Defnyddiwch gyfeiriad sy&apos;n dechrau gyda https://, neu dewiswch ddefnyddio hwn beth bynnag.</translation>
    </message>
</context>
<context>
    <name>chorus::VoiceNotesModel</name>
    <message>
        <source>Voice note for &quot;%1&quot;, %2, reference %3, %4 long</source>
        <extracomment>A voice note in the staff list: %1 the question, %2 date and time, %3 reference code, %4 its length.</extracomment>
        <translation>Nodyn llais ar gyfer &quot;%1&quot;, %2, cyfeirnod %3, %4 o hyd</translation>
    </message>
</context>
<context>
    <name>chorus::VoicePlayer</name>
    <message>
        <source>This recording cannot be played on this device.</source>
        <translation>Does dim modd chwarae&apos;r recordiad hwn ar y ddyfais hon.</translation>
    </message>
    <message>
        <source>This recording is missing from the device.</source>
        <translation>Mae&apos;r recordiad hwn ar goll o&apos;r ddyfais.</translation>
    </message>
    <message>
        <source>This file is not a voice recording that can be played.</source>
        <translation>Nid yw&apos;r ffeil hon yn recordiad llais y gellir ei chwarae.</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 eiliad</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 eiliad</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 munud</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 munud</translation>
    </message>
</context>
<context>
    <name>chorus::VoiceRecorderController</name>
    <message>
        <source>You have reached the %1 limit, so recording has stopped. You can listen to it, keep it or record again.</source>
        <translation>Rydych chi wedi cyrraedd y terfyn o %1, felly mae&apos;r recordio wedi stopio. Gallwch wrando arno, ei gadw neu recordio eto.</translation>
    </message>
    <message>
        <source>You have %1 left. Please start to finish what you are saying.</source>
        <translation>Mae gennych %1 ar ôl. Dechreuwch orffen yr hyn rydych chi&apos;n ei ddweud.</translation>
    </message>
</context>
</TS>
