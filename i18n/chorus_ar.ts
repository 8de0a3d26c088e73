<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AudioError</name>
    <message>
        <source>There is no microphone on this device, so recording is not possible. You can write, choose a face or sort pictures instead.</source>
        <translation>لا يوجد ميكروفون على هذا الجهاز، لذلك لا يمكن التسجيل. يمكنك أن تكتب أو تختار وجها أو ترتّب الصور بدلا من ذلك.</translation>
    </message>
    <message>
        <source>This app is not allowed to use the microphone. Please ask a member of staff, or write, choose a face or sort pictures instead.</source>
        <translation>هذا التطبيق غير مسموح له باستخدام الميكروفون. من فضلك اسأل أحد الموظفين، أو اكتب أو اختر وجها أو رتّب الصور بدلا من ذلك.</translation>
    </message>
    <message>
        <source>The microphone stopped working while you were speaking. We kept what you said so far: you can listen to it and keep it, or write, choose a face or sort pictures instead.</source>
        <translation>توقف الميكروفون عن العمل أثناء كلامك. حفظنا ما قلته حتى الآن: يمكنك الاستماع إليه والاحتفاظ به، أو أن تكتب أو تختار وجها أو ترتّب الصور بدلا من ذلك.</translation>
    </message>
    <message>
        <source>Your recording could not be saved because the device storage is full or not working. Please tell a member of staff, or write your answer instead.</source>
        <translation>تعذّر حفظ تسجيلك لأن ذاكرة الجهاز ممتلئة أو لا تعمل. من فضلك أخبر أحد الموظفين، أو اكتب إجابتك بدلا من ذلك.</translation>
    </message>
    <message>
        <source>Voice recording is not set up on this device yet. You can write, choose a face or sort pictures instead.</source>
        <translation>تسجيل الصوت غير مُعدّ على هذا الجهاز بعد. يمكنك أن تكتب أو تختار وجها أو ترتّب الصور بدلا من ذلك.</translation>
    </message>
</context>
<context>
    <name>CardMakerScreen</name>
    <message>
        <source>Make a picture card</source>
        <translation>اصنع بطاقة صورة</translation>
    </message>
    <message>
        <source>Card saved. It goes to every device at the next sync.</source>
        <translation>تم حفظ البطاقة. ستصل إلى كل جهاز عند المزامنة القادمة.</translation>
    </message>
    <message>
        <source>A picture card is a picture with its words in English, Welsh and Arabic. Questions can use it for picture sorting.</source>
        <translation>بطاقة الصورة هي صورة مع كلماتها بالإنجليزية والويلزية والعربية. يمكن للأسئلة استخدامها لفرز الصور.</translation>
    </message>
    <message>
        <source>Draw the picture, or use a picture file (PNG or JPEG).</source>
        <translation>ارسم الصورة، أو استخدم ملف صورة (PNG أو JPEG).</translation>
    </message>
    <message>
        <source>This picture file will be used.</source>
        <translation>سيتم استخدام ملف الصورة هذا.</translation>
    </message>
    <message>
        <source>The chosen picture</source>
        <translation>الصورة المختارة</translation>
    </message>
    <message>
        <source>Picture file</source>
        <translation>ملف الصورة</translation>
    </message>
    <message>
        <source>Use this picture file</source>
        <translation>استخدم ملف الصورة هذا</translation>
    </message>
    <message>
        <source>Clear the picture</source>
        <translation>امسح الصورة</translation>
    </message>
    <message>
        <source>Words in English</source>
        <translation>الكلمات بالإنجليزية</translation>
    </message>
    <message>
        <source>Card words in English</source>
        <translation>كلمات البطاقة بالإنجليزية</translation>
    </message>
    <message>
        <source>Words in Welsh (Cymraeg)</source>
        <translation>الكلمات بالويلزية (Cymraeg)</translation>
    </message>
    <message>
        <source>Card words in Welsh</source>
        <translation>كلمات البطاقة بالويلزية</translation>
    </message>
    <message>
        <source>Words in Arabic (العربية)</source>
        <translation>الكلمات بالعربية</translation>
    </message>
    <message>
        <source>Card words in Arabic</source>
        <translation>كلمات البطاقة بالعربية</translation>
    </message>
    <message>
        <source>Save the card</source>
        <translation>احفظ البطاقة</translation>
    </message>
    <message>
        <source>Save the picture card</source>
        <translation>احفظ بطاقة الصورة</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Is this right?</source>
        <translation>هل هذا صحيح؟</translation>
    </message>
    <message>
        <source>The question: %1</source>
        <translation>السؤال: %1</translation>
    </message>
    <message>
        <source>Your answer:</source>
        <translation>إجابتك:</translation>
    </message>
    <message>
        <source>Your drawing</source>
        <translation>رسمتك</translation>
    </message>
    <message>
        <source>Your voice recording</source>
        <translation>تسجيلك الصوتي</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>ابدأ من جديد</translation>
    </message>
    <message>
        <source>Start again: clear your answer and go back to the start</source>
        <translation>ابدأ من جديد: امسح إجابتك وارجع إلى البداية</translation>
    </message>
    <message>
        <source>Change it</source>
        <translation>تغييره</translation>
    </message>
    <message>
        <source>Change your answer</source>
        <translation>غيّر إجابتك</translation>
    </message>
    <message>
        <source>Yes, this is right</source>
        <translation>نعم، هذا صحيح</translation>
    </message>
</context>
<context>
    <name>ChoiceCard</name>
    <message>
        <source>Chosen</source>
        <extracomment>Shown on a card the person has picked; words as well as colour.</extracomment>
        <translation>تم الاختيار</translation>
    </message>
</context>
<context>
    <name>ChooseFormatScreen</name>
    <message>
        <source>How do you want to answer?</source>
        <translation>كيف تريد أن تجيب؟</translation>
    </message>
    <message>
        <source>Speak</source>
        <translation>تحدث</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>اكتب</translation>
    </message>
    <message>
        <source>Choose a face</source>
        <translation>اختر وجها</translation>
    </message>
    <message>
        <source>Sort pictures</source>
        <translation>رتّب الصور</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>ارسم</translation>
    </message>
    <message>
        <source>Record your voice</source>
        <translation>سجّل صوتك</translation>
    </message>
    <message>
        <source>Type your answer</source>
        <translation>اكتب إجابتك</translation>
    </message>
    <message>
        <source>From very bad to very good</source>
        <translation>من سيئ جدا إلى جيد جدا</translation>
    </message>
    <message>
        <source>Good, not sure or not good</source>
        <translation>جيد، غير متأكد، أو غير جيد</translation>
    </message>
    <message>
        <source>Draw with your finger</source>
        <translation>ارسم بإصبعك</translation>
    </message>
</context>
<context>
    <name>ChooseQuestionScreen</name>
    <message>
        <source>Choose a question</source>
        <translation>اختر سؤالا</translation>
    </message>
    <message>
        <source>There are no questions today. Please ask a member of staff.</source>
        <translation>لا توجد أسئلة اليوم. من فضلك اسأل أحد الموظفين.</translation>
    </message>
    <message>
        <source>In English</source>
        <translation>بالإنجليزية</translation>
    </message>
    <message>
        <source>Question in English: %1</source>
        <translation>سؤال بالإنجليزية: %1</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>سؤال: %1</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>Clashing edits</source>
        <translation>تعديلات متعارضة</translation>
    </message>
    <message>
        <source>No clashing edits: every question and outcome reads the same on every device.</source>
        <translation>لا توجد تعديلات متعارضة: كل سؤال ونتيجة متطابقان على كل جهاز.</translation>
    </message>
    <message>
        <source>%1 of “%2”</source>
        <extracomment>%1 what was edited (Question, We did…), %2 the question or outcome</extracomment>
        <translation>%1 في “%2”</translation>
    </message>
    <message>
        <source>Now on every device</source>
        <translation>الآن على كل جهاز</translation>
    </message>
    <message>
        <source>Keep this</source>
        <translation>احتفظ بهذا</translation>
    </message>
    <message>
        <source>Keep “%1”</source>
        <extracomment>%1 the words kept</extracomment>
        <translation>احتفظ بـ “%1”</translation>
    </message>
    <message>
        <source>The other edit</source>
        <translation>التعديل الآخر</translation>
    </message>
    <message>
        <source>Use the other</source>
        <translation>استخدم الآخر</translation>
    </message>
    <message>
        <source>Use “%1” instead</source>
        <extracomment>%1 the words of the other edit</extracomment>
        <translation>استخدم “%1” بدلاً منه</translation>
    </message>
    <message>
        <source>Clashing edits to settle: %1. Choose which words to keep.</source>
        <extracomment>%1 how many; no plural in the sentence (English has no plural forms file)</extracomment>
        <translation>تعديلات متعارضة يجب حسمها: %1. اختر الكلمات التي تريد الاحتفاظ بها.</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <source>How we use your answer</source>
        <translation>كيف نستخدم إجابتك</translation>
    </message>
    <message>
        <source>Staff will read your answer. It helps them make things better.</source>
        <translation>سيقرأ الموظفون إجابتك. هذا يساعدهم على تحسين الأمور.</translation>
    </message>
    <message>
        <source>Your name is not on your answer, unless you ask us to contact you.</source>
        <translation>اسمك ليس على إجابتك، إلا إذا طلبت منا التواصل معك.</translation>
    </message>
    <message>
        <source>You may use my words in reports</source>
        <translation>يمكنكم استخدام كلماتي في التقارير</translation>
    </message>
    <message>
        <source>Please contact me about my answer</source>
        <translation>تواصلوا معي بخصوص إجابتي</translation>
    </message>
    <message>
        <source>Your name (you do not have to give it)</source>
        <translation>اسمك (ليس عليك أن تكتبه)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>Your phone number or email</source>
        <translation>رقم هاتفك أو بريدك الإلكتروني</translation>
    </message>
    <message>
        <source>Your answer was not sent. %1 Your answer is still here. Please try again.</source>
        <translation>لم تُرسل إجابتك. %1 إجابتك ما زالت هنا. من فضلك حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جار الإرسال…</translation>
    </message>
    <message>
        <source>Do not send</source>
        <translation>لا ترسل</translation>
    </message>
    <message>
        <source>Do not send: clear your answer and go back to the start</source>
        <translation>لا ترسل: امسح إجابتك وارجع إلى البداية</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>حاول مرة أخرى</translation>
    </message>
    <message>
        <source>Send my answer</source>
        <translation>أرسل إجابتي</translation>
    </message>
    <message>
        <source>Please turn the tablet to the person. These choices are theirs: read them out and let them answer.</source>
        <translation>من فضلك وجّه الجهاز اللوحي نحو الشخص. هذه اختياراته: اقرأها بصوت عالٍ ودعه يجيب.</translation>
    </message>
    <message>
        <source>%1 may open my answer on this tablet today, to put a mistake right</source>
        <translation>يمكن أن يفتح %1 إجابتي على هذا الجهاز اللوحي اليوم لتصحيح خطأ</translation>
    </message>
</context>
<context>
    <name>Contribution</name>
    <message>
        <source>Please choose a question first.</source>
        <translation>اختر سؤالا أولا من فضلك.</translation>
    </message>
    <message>
        <source>Please write your answer first.</source>
        <translation>اكتب إجابتك أولا من فضلك.</translation>
    </message>
    <message>
        <source>Your answer is too long. Please make it shorter.</source>
        <translation>إجابتك طويلة جدا. اجعلها أقصر من فضلك.</translation>
    </message>
    <message>
        <source>Please choose a face first.</source>
        <translation>اختر وجها أولا من فضلك.</translation>
    </message>
    <message>
        <source>Please sort at least one picture first.</source>
        <translation>رتّب صورة واحدة على الأقل أولا من فضلك.</translation>
    </message>
    <message>
        <source>Please record your voice first.</source>
        <translation>سجّل صوتك أولا من فضلك.</translation>
    </message>
    <message>
        <source>Please draw your answer first.</source>
        <translation>ارسم إجابتك أولا من فضلك.</translation>
    </message>
    <message>
        <source>Your contact details are too long.</source>
        <translation>بيانات الاتصال الخاصة بك طويلة جدا.</translation>
    </message>
</context>
<context>
    <name>DeskWithdrawalPanel</name>
    <message>
        <source>Withdraw an answer</source>
        <translation>سحب إجابة</translation>
    </message>
    <message>
        <source>Type the code the person gives you. An answer given on this device is withdrawn at once; one given elsewhere is withdrawn by the server.</source>
        <translation>اكتب الرمز الذي يعطيك إياه الشخص. تُسحب الإجابة المقدمة على هذا الجهاز فورًا، ويسحب الخادم الإجابة المقدمة في مكان آخر.</translation>
    </message>
    <message>
        <source>The person&apos;s code</source>
        <translation>رمز الشخص</translation>
    </message>
    <message>
        <source>Find the answer</source>
        <translation>ابحث عن الإجابة</translation>
    </message>
    <message>
        <source>Yes, withdraw it</source>
        <translation>نعم، اسحبها</translation>
    </message>
    <message>
        <source>Yes, withdraw the answer with this code</source>
        <translation>نعم، اسحب الإجابة التي تحمل هذا الرمز</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>لا، احتفظ بها</translation>
    </message>
    <message>
        <source>No, keep the answer</source>
        <translation>لا، احتفظ بالإجابة</translation>
    </message>
    <message>
        <source>Read it out again</source>
        <translation>اقرأها بصوت عالٍ مرة أخرى</translation>
    </message>
    <message>
        <source>Codes waiting to be sent to the server: %1</source>
        <translation>رموز تنتظر إرسالها إلى الخادم: %1</translation>
    </message>
</context>
<context>
    <name>DrawScreen</name>
    <message>
        <source>Draw your answer</source>
        <translation>ارسم إجابتك</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Clear the drawing</source>
        <translation>امسح الرسم</translation>
    </message>
</context>
<context>
    <name>DrawingPad</name>
    <message>
        <source>Drawing area. Draw with your finger, or use the arrow keys to draw lines.</source>
        <translation>مكان الرسم. ارسم بإصبعك، أو استخدم مفاتيح الأسهم لرسم خطوط.</translation>
    </message>
</context>
<context>
    <name>DrawingPreview</name>
    <message>
        <source>Your drawing</source>
        <translation>رسمتك</translation>
    </message>
</context>
<context>
    <name>FaceScale</name>
    <message>
        <source>Very bad</source>
        <translation>سيئ جدا</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>سيئ</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>جيد</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>جيد جدا</translation>
    </message>
    <message>
        <source>%1, %2 of 5</source>
        <translation>%1، %2 من 5</translation>
    </message>
</context>
<context>
    <name>FacesScreen</name>
    <message>
        <source>How do you feel about it?</source>
        <translation>ما شعورك تجاه ذلك؟</translation>
    </message>
</context>
<context>
    <name>GroupIdeasScreen</name>
    <message>
        <source>Ideas from the group</source>
        <translation>أفكار المجموعة</translation>
    </message>
    <message>
        <source>The question: %1</source>
        <translation>السؤال: %1</translation>
    </message>
    <message>
        <source>Idea %1 is saved. To take it back later, keep this code: %2</source>
        <translation>تم حفظ الفكرة %1. لسحبها لاحقاً، احتفظ بهذا الرمز: %2</translation>
    </message>
    <message>
        <source>Idea %1</source>
        <translation>الفكرة %1</translation>
    </message>
    <message>
        <source>No ideas yet. Press &quot;Add an idea&quot; to give the first one.</source>
        <translation>لا توجد أفكار بعد. اضغط &quot;أضف فكرة&quot; لتقديم الفكرة الأولى.</translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) so far.</source>
        <translation>
            <numerusform>لا توجد أفكار بعد.</numerusform>
            <numerusform>فكرة واحدة حتى الآن.</numerusform>
            <numerusform>فكرتان حتى الآن.</numerusform>
            <numerusform>%n أفكار حتى الآن.</numerusform>
            <numerusform>%n فكرة حتى الآن.</numerusform>
            <numerusform>%n فكرة حتى الآن.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone has given ideas: start voting</source>
        <translation>قدّم الجميع أفكارهم: ابدأ التصويت</translation>
    </message>
    <message>
        <source>Add an idea</source>
        <translation>أضف فكرة</translation>
    </message>
</context>
<context>
    <name>GroupResultsScreen</name>
    <message>
        <source>What the group chose</source>
        <translation>ما اختارته المجموعة</translation>
    </message>
    <message>
        <source>The question: %1</source>
        <translation>السؤال: %1</translation>
    </message>
    <message>
        <source>Place %1: idea %2, %3</source>
        <translation>المركز %1: الفكرة %2، %3</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n نقطة</numerusform>
            <numerusform>نقطة واحدة</numerusform>
            <numerusform>نقطتان</numerusform>
            <numerusform>%n نقاط</numerusform>
            <numerusform>%n نقطة</numerusform>
            <numerusform>%n نقطة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) voted.</source>
        <translation>
            <numerusform>لم يصوّت أحد.</numerusform>
            <numerusform>صوّت شخص واحد.</numerusform>
            <numerusform>صوّت شخصان.</numerusform>
            <numerusform>صوّت %n أشخاص.</numerusform>
            <numerusform>صوّت %n شخصاً.</numerusform>
            <numerusform>صوّت %n شخص.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) in all.</source>
        <translation>
            <numerusform>%n نقطة في المجموع.</numerusform>
            <numerusform>نقطة واحدة في المجموع.</numerusform>
            <numerusform>نقطتان في المجموع.</numerusform>
            <numerusform>%n نقاط في المجموع.</numerusform>
            <numerusform>%n نقطة في المجموع.</numerusform>
            <numerusform>%n نقطة في المجموع.</numerusform>
        </translation>
    </message>
    <message>
        <source>What happens next (the facilitator writes this)</source>
        <translation>ماذا سيحدث بعد ذلك (يكتبه الميسّر)</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>أنهِ الجلسة</translation>
    </message>
    <message>
        <source>End the session: save what happens next and clear the ideas from this tablet</source>
        <translation>أنهِ الجلسة: احفظ ما سيحدث بعد ذلك وامسح الأفكار من هذا الجهاز اللوحي</translation>
    </message>
</context>
<context>
    <name>GroupSetupScreen</name>
    <message>
        <source>Start a group session</source>
        <translation>ابدأ جلسة جماعية</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) each</source>
        <translation>
            <numerusform>%n نقطة لكل شخص</numerusform>
            <numerusform>نقطة واحدة لكل شخص</numerusform>
            <numerusform>نقطتان لكل شخص</numerusform>
            <numerusform>%n نقاط لكل شخص</numerusform>
            <numerusform>%n نقطة لكل شخص</numerusform>
            <numerusform>%n نقطة لكل شخص</numerusform>
        </translation>
    </message>
    <message>
        <source>The question for the group</source>
        <translation>سؤال المجموعة</translation>
    </message>
    <message>
        <source>How many dots each person gets</source>
        <translation>كم نقطة يحصل عليها كل شخص</translation>
    </message>
    <message>
        <source>Hide the votes until everyone has voted</source>
        <translation>إخفاء الأصوات حتى نهاية التصويت</translation>
    </message>
    <message>
        <source>Start gathering ideas</source>
        <translation>ابدأ جمع الأفكار</translation>
    </message>
</context>
<context>
    <name>GroupVoteScreen</name>
    <message>
        <source>Thank you for voting</source>
        <translation>شكراً لتصويتك</translation>
    </message>
    <message>
        <source>Person %1: place your dots</source>
        <translation>الشخص %1: ضع نقاطك</translation>
    </message>
    <message>
        <source>Idea %1</source>
        <translation>الفكرة %1</translation>
    </message>
    <message numerus="yes">
        <source>You have %n dot(s) left. Put them on the ideas you like best. You can put more than one dot on an idea.</source>
        <translation>
            <numerusform>لم يبقَ لديك أي نقطة. ضعها على الأفكار التي تعجبك أكثر. يمكنك وضع أكثر من نقطة على الفكرة الواحدة.</numerusform>
            <numerusform>بقيت لديك نقطة واحدة. ضعها على الأفكار التي تعجبك أكثر. يمكنك وضع أكثر من نقطة على الفكرة الواحدة.</numerusform>
            <numerusform>بقيت لديك نقطتان. ضعها على الأفكار التي تعجبك أكثر. يمكنك وضع أكثر من نقطة على الفكرة الواحدة.</numerusform>
            <numerusform>بقيت لديك %n نقاط. ضعها على الأفكار التي تعجبك أكثر. يمكنك وضع أكثر من نقطة على الفكرة الواحدة.</numerusform>
            <numerusform>بقيت لديك %n نقطة. ضعها على الأفكار التي تعجبك أكثر. يمكنك وضع أكثر من نقطة على الفكرة الواحدة.</numerusform>
            <numerusform>بقيت لديك %n نقطة. ضعها على الأفكار التي تعجبك أكثر. يمكنك وضع أكثر من نقطة على الفكرة الواحدة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The votes stay hidden until everyone has voted.</source>
        <translation>تبقى الأصوات مخفية حتى يصوّت الجميع.</translation>
    </message>
    <message>
        <source>Your dots are saved. Pass the tablet to the next person, or show the results when everyone has voted.</source>
        <translation>تم حفظ نقاطك. أعطِ الجهاز اللوحي للشخص التالي، أو اعرض النتائج عندما يصوّت الجميع.</translation>
    </message>
    <message>
        <source>Everyone has voted: show the results</source>
        <translation>صوّت الجميع: اعرض النتائج</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>الشخص التالي</translation>
    </message>
    <message numerus="yes">
        <source>I have finished (%n dot(s) not used)</source>
        <translation>
            <numerusform>انتهيت (%n نقطة لم تُستخدم)</numerusform>
            <numerusform>انتهيت (نقطة واحدة لم تُستخدم)</numerusform>
            <numerusform>انتهيت (نقطتان لم تُستخدما)</numerusform>
            <numerusform>انتهيت (%n نقاط لم تُستخدم)</numerusform>
            <numerusform>انتهيت (%n نقطة لم تُستخدم)</numerusform>
            <numerusform>انتهيت (%n نقطة لم تُستخدم)</numerusform>
        </translation>
    </message>
    <message>
        <source>I have finished</source>
        <translation>انتهيت</translation>
    </message>
</context>
<context>
    <name>IdeaCard</name>
    <message>
        <source>A drawing</source>
        <translation>رسمة</translation>
    </message>
    <message>
        <source>A spoken idea: ask the person who said it to say it again</source>
        <translation>فكرة منطوقة: اطلب من الشخص الذي قالها أن يقولها مرة أخرى</translation>
    </message>
    <message>
        <source>Idea %1</source>
        <translation>الفكرة %1</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n نقطة</numerusform>
            <numerusform>نقطة واحدة</numerusform>
            <numerusform>نقطتان</numerusform>
            <numerusform>%n نقاط</numerusform>
            <numerusform>%n نقطة</numerusform>
            <numerusform>%n نقطة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have put %n dot(s) on this idea</source>
        <translation>
            <numerusform>لم تضع أي نقطة على هذه الفكرة</numerusform>
            <numerusform>وضعت نقطة واحدة على هذه الفكرة</numerusform>
            <numerusform>وضعت نقطتين على هذه الفكرة</numerusform>
            <numerusform>وضعت %n نقاط على هذه الفكرة</numerusform>
            <numerusform>وضعت %n نقطة على هذه الفكرة</numerusform>
            <numerusform>وضعت %n نقطة على هذه الفكرة</numerusform>
        </translation>
    </message>
    <message>
        <source>Place %1, with %2</source>
        <translation>المركز %1، بـ %2</translation>
    </message>
    <message>
        <source>So far: %1</source>
        <translation>حتى الآن: %1</translation>
    </message>
    <message>
        <source>Place %1: %2</source>
        <translation>المركز %1: %2</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>اقرأ بصوت عالٍ</translation>
    </message>
    <message>
        <source>Read %1 aloud</source>
        <translation>اقرأ %1 بصوت عالٍ</translation>
    </message>
    <message>
        <source>The drawing of %1</source>
        <translation>رسمة %1</translation>
    </message>
    <message>
        <source>Take a dot off</source>
        <translation>أزل نقطة</translation>
    </message>
    <message>
        <source>Take a dot off %1</source>
        <translation>أزل نقطة من %1</translation>
    </message>
    <message>
        <source>Add a dot</source>
        <translation>أضف نقطة</translation>
    </message>
    <message>
        <source>Add a dot to %1</source>
        <translation>أضف نقطة إلى %1</translation>
    </message>
    <message>
        <source>Your dots here: %1</source>
        <translation>نقاطك هنا: %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Have your say</source>
        <translation>شارك برأيك</translation>
    </message>
</context>
<context>
    <name>MeTooScreen</name>
    <message>
        <source>There is a drawing with this idea.</source>
        <translation>يوجد رسم مع هذه الفكرة.</translation>
    </message>
    <message>
        <source>The drawing that came with this idea</source>
        <translation>الرسم المرفق بهذه الفكرة</translation>
    </message>
    <message>
        <source>The drawing that came with this idea has not arrived yet</source>
        <translation>لم يصل الرسم المرفق بهذه الفكرة بعد</translation>
    </message>
    <message>
        <source>Ideas from people here</source>
        <translation>أفكار من أشخاص هنا</translation>
    </message>
    <message>
        <source>Other people had these ideas. If you agree, press &quot;Me too&quot;. You do not need to give your name.</source>
        <translation>كانت لدى أشخاص آخرين هذه الأفكار. إذا كنت موافقاً، اضغط &quot;وأنا أيضاً&quot;. لا تحتاج إلى ذكر اسمك.</translation>
    </message>
    <message>
        <source>In English</source>
        <translation>بالإنجليزية</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>اقرأ بصوت عالٍ</translation>
    </message>
    <message>
        <source>Read this idea aloud: %1</source>
        <translation>اقرأ هذه الفكرة بصوت عالٍ: %1</translation>
    </message>
    <message>
        <source>Thank you: your support is counted</source>
        <translation>شكراً: تم احتساب تأييدك</translation>
    </message>
    <message>
        <source>Me too</source>
        <translation>وأنا أيضاً</translation>
    </message>
    <message>
        <source>Me too: I agree with this idea: %1</source>
        <translation>وأنا أيضاً: أوافق على هذه الفكرة: %1</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>العودة إلى البداية</translation>
    </message>
</context>
<context>
    <name>MissingAnswerHint</name>
    <message>
        <source>Please give your answer first.</source>
        <translation>من فضلك أعط إجابتك أولا.</translation>
    </message>
</context>
<context>
    <name>NextButton</name>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Next: check your answer</source>
        <translation>التالي: راجع إجابتك</translation>
    </message>
</context>
<context>
    <name>OutreachAnswerScreen</name>
    <message>
        <source>Answer %1</source>
        <translation>الإجابة %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Corrected. The correction goes to the server when the tablet next syncs.</source>
        <translation>تم التصحيح. يُرسَل التصحيح إلى الخادم في المزامنة التالية للجهاز اللوحي.</translation>
    </message>
    <message>
        <source>Taken at %1 as %2, with your help.</source>
        <translation>أُخذت الساعة %1 على شكل %2، بمساعدتك.</translation>
    </message>
    <message>
        <source>Taken at %1 as %2, by the person on their own.</source>
        <translation>أُخذت الساعة %1 على شكل %2، من الشخص بنفسه.</translation>
    </message>
    <message>
        <source>The person did not say you may open this answer, so it stays private. You can still withdraw it if they ask.</source>
        <translation>لم يقل الشخص إنه يمكنك فتح هذه الإجابة، لذلك تبقى خاصة. لا يزال بإمكانك سحبها إذا طلب ذلك.</translation>
    </message>
    <message>
        <source>Their words. Correct a typo here, then save:</source>
        <translation>كلماتهم. صحّح الخطأ المطبعي هنا، ثم احفظ:</translation>
    </message>
    <message>
        <source>The words of answer %1</source>
        <translation>كلمات الإجابة %1</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>احفظ التصحيح</translation>
    </message>
    <message>
        <source>Save the correction to answer %1</source>
        <translation>احفظ تصحيح الإجابة %1</translation>
    </message>
    <message>
        <source>They asked to be contacted: %1 %2</source>
        <translation>طلبوا أن نتواصل معهم: %1 %2</translation>
    </message>
    <message>
        <source>Withdraw this answer</source>
        <translation>اسحب هذه الإجابة</translation>
    </message>
    <message>
        <source>Withdraw answer %1, because the person asks</source>
        <translation>اسحب الإجابة %1 لأن الشخص يطلب ذلك</translation>
    </message>
    <message>
        <source>Withdraw answer %1? It is deleted from this tablet now, and from everywhere when the tablet next syncs. This cannot be undone.</source>
        <translation>هل تريد سحب الإجابة %1؟ ستُحذف من هذا الجهاز اللوحي الآن، ومن كل مكان في المزامنة التالية للجهاز. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Yes, withdraw it</source>
        <translation>نعم، اسحبها</translation>
    </message>
    <message>
        <source>Yes, withdraw answer %1</source>
        <translation>نعم، اسحب الإجابة %1</translation>
    </message>
    <message>
        <source>The answer could not be withdrawn on this tablet. Please try again.</source>
        <translation>تعذّر سحب الإجابة على هذا الجهاز اللوحي. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>لا، احتفظ بها</translation>
    </message>
    <message>
        <source>Answer %1 has been withdrawn. It is gone from this tablet and will be removed everywhere when the tablet next syncs.</source>
        <translation>تم سحب الإجابة %1. لم تعد على هذا الجهاز اللوحي، وستُزال من كل مكان في المزامنة التالية للجهاز.</translation>
    </message>
    <message>
        <source>Back to the session</source>
        <translation>العودة إلى الجلسة</translation>
    </message>
    <message>
        <source>Their face: %1, %2 of 5. If it was taken down wrongly, choose the right one:</source>
        <translation>الوجه الذي اختاروه: %1، %2 من 5. إذا سُجّل خطأً، اختر الوجه الصحيح:</translation>
    </message>
    <message>
        <source>Their picture cards: %1. If a card went to the wrong pile, choose the right one:</source>
        <translation>بطاقات الصور: %1. إذا وُضعت بطاقة في المجموعة الخطأ، اختر المجموعة الصحيحة:</translation>
    </message>
    <message>
        <source>A voice note. It is sealed for the organisation, so it cannot be played or corrected on this tablet. To change it, withdraw it and record the answer again.</source>
        <translation>ملاحظة صوتية. إنها مختومة للمنظمة، لذلك لا يمكن تشغيلها أو تصحيحها على هذا الجهاز اللوحي. لتغييرها، اسحبها وسجّل الإجابة من جديد.</translation>
    </message>
    <message>
        <source>A drawing. It is sealed for the organisation, so it cannot be shown or corrected on this tablet. To change it, withdraw it and draw the answer again.</source>
        <translation>رسمة. إنها مختومة للمنظمة، لذلك لا يمكن عرضها أو تصحيحها على هذا الجهاز اللوحي. لتغييرها، اسحبها وارسم الإجابة من جديد.</translation>
    </message>
</context>
<context>
    <name>OutreachGiveBackScreen</name>
    <message>
        <source>Please give the tablet back</source>
        <translation>من فضلك أعد الجهاز اللوحي</translation>
    </message>
    <message>
        <source>Thank you. Your answer is saved. Please give the tablet back to %1.</source>
        <translation>شكرًا لك. تم حفظ إجابتك. من فضلك أعد الجهاز اللوحي إلى %1.</translation>
    </message>
    <message>
        <source>%1: type your PIN to go on.</source>
        <translation>%1: اكتب رمزك السري للمتابعة.</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>جارٍ التحقق من الرمز…</translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <translation>أدخل رمزك السري</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>لم يُدخل أي رقم</numerusform>
            <numerusform>تم إدخال رقم واحد</numerusform>
            <numerusform>تم إدخال رقمين</numerusform>
            <numerusform>تم إدخال %n أرقام</numerusform>
            <numerusform>تم إدخال %n رقما</numerusform>
            <numerusform>تم إدخال %n رقم</numerusform>
        </translation>
    </message>
    <message>
        <source>Thank you. Please give the tablet back to %1.</source>
        <translation>شكرًا لك. من فضلك أعد الجهاز اللوحي إلى %1.</translation>
    </message>
</context>
<context>
    <name>OutreachHomeScreen</name>
    <message>
        <source>Who is collecting?</source>
        <translation>من يجمع الإجابات؟</translation>
    </message>
    <message>
        <source>Session at %1</source>
        <translation>جلسة في %1</translation>
    </message>
    <message>
        <source>Start a session</source>
        <translation>ابدأ جلسة</translation>
    </message>
    <message>
        <source>%1, type your PIN.</source>
        <translation>%1، اكتب رمزك السري.</translation>
    </message>
    <message>
        <source>Choose your name.</source>
        <translation>اختر اسمك.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is collecting. %2. This session: %n answer(s).</source>
        <translation>
            <numerusform>%1 يجمع الإجابات. %2. هذه الجلسة: لا إجابات.</numerusform>
            <numerusform>%1 يجمع الإجابات. %2. هذه الجلسة: إجابة واحدة.</numerusform>
            <numerusform>%1 يجمع الإجابات. %2. هذه الجلسة: إجابتان.</numerusform>
            <numerusform>%1 يجمع الإجابات. %2. هذه الجلسة: %n إجابات.</numerusform>
            <numerusform>%1 يجمع الإجابات. %2. هذه الجلسة: %n إجابة.</numerusform>
            <numerusform>%1 يجمع الإجابات. %2. هذه الجلسة: %n إجابة.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is signed in. Where are you collecting today?</source>
        <translation>%1 سجّل الدخول. أين تجمع الإجابات اليوم؟</translation>
    </message>
    <message>
        <source>No workers yet. A coordinator adds them on the dashboard; they arrive at the next sync.</source>
        <translation>لا يوجد عاملون بعد. يضيفهم المنسق في لوحة التحكم، ويصلون عند المزامنة التالية.</translation>
    </message>
    <message>
        <source>I am %1</source>
        <translation>أنا %1</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>جارٍ التحقق من الرمز…</translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <translation>أدخل رمزك السري</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>لم يُدخل أي رقم</numerusform>
            <numerusform>تم إدخال رقم واحد</numerusform>
            <numerusform>تم إدخال رقمين</numerusform>
            <numerusform>تم إدخال %n أرقام</numerusform>
            <numerusform>تم إدخال %n رقما</numerusform>
            <numerusform>تم إدخال %n رقم</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose another name</source>
        <translation>اختر اسمًا آخر</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Place where you are collecting</source>
        <translation>المكان الذي تجمع فيه الإجابات</translation>
    </message>
    <message>
        <source>Start the session here</source>
        <translation>ابدأ الجلسة هنا</translation>
    </message>
    <message>
        <source>Start the session at %1</source>
        <translation>ابدأ الجلسة في %1</translation>
    </message>
    <message>
        <source>Hand the tablet over</source>
        <translation>سلّم الجهاز اللوحي</translation>
    </message>
    <message>
        <source>The person answers by themselves</source>
        <translation>يجيب الشخص بنفسه</translation>
    </message>
    <message>
        <source>Hand the tablet over: the person answers by themselves</source>
        <translation>سلّم الجهاز اللوحي: يجيب الشخص بنفسه</translation>
    </message>
    <message>
        <source>Answer with them</source>
        <translation>أجب معهم</translation>
    </message>
    <message>
        <source>You write or record their words for them</source>
        <translation>تكتب كلماتهم أو تسجّلها نيابةً عنهم</translation>
    </message>
    <message>
        <source>Answer with them: you write or record their words for them</source>
        <translation>أجب معهم: تكتب كلماتهم أو تسجّلها نيابةً عنهم</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to be sent: %n change(s).</source>
        <translation>
            <numerusform>بانتظار الإرسال: لا تغييرات.</numerusform>
            <numerusform>بانتظار الإرسال: تغيير واحد.</numerusform>
            <numerusform>بانتظار الإرسال: تغييران.</numerusform>
            <numerusform>بانتظار الإرسال: %n تغييرات.</numerusform>
            <numerusform>بانتظار الإرسال: %n تغييرًا.</numerusform>
            <numerusform>بانتظار الإرسال: %n تغيير.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: %1.</source>
        <translation>آخر مزامنة: %1.</translation>
    </message>
    <message>
        <source>Warning: this tablet is getting full.</source>
        <translation>تحذير: هذا الجهاز اللوحي يمتلئ.</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>أنهِ الجلسة</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Sign out %1</source>
        <translation>تسجيل خروج %1</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <source>Staff settings</source>
        <translation>إعدادات الموظفين</translation>
    </message>
    <message>
        <source>Answer %1 at %2: %3, with your help</source>
        <translation>الإجابة %1 الساعة %2: %3، بمساعدتك</translation>
    </message>
    <message>
        <source>Answer %1 at %2: %3, by the person</source>
        <translation>الإجابة %1 الساعة %2: %3، من الشخص نفسه</translation>
    </message>
    <message>
        <source>Answer %1 at %2: %3, with your help (kept private)</source>
        <translation>الإجابة %1 الساعة %2: %3، بمساعدتك (تبقى خاصة)</translation>
    </message>
    <message>
        <source>Answer %1 at %2: %3, by the person (kept private)</source>
        <translation>الإجابة %1 الساعة %2: %3، من الشخص نفسه (تبقى خاصة)</translation>
    </message>
    <message>
        <source>This session&apos;s answers</source>
        <translation>إجابات هذه الجلسة</translation>
    </message>
    <message>
        <source>Open one to correct a typo, or to withdraw it if the person asks. Answers from earlier sessions, or from before the app last started, are not shown.</source>
        <translation>افتح إجابة لتصحيح خطأ مطبعي، أو لسحبها إذا طلب الشخص ذلك. لا تظهر إجابات الجلسات السابقة، ولا الإجابات التي أُخذت قبل آخر تشغيل للتطبيق.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>افتح %1</translation>
    </message>
    <message>
        <source>Choose one of your organisation&apos;s sites.</source>
        <translation>اختر أحد مواقع مؤسستك.</translation>
    </message>
    <message>
        <source>Or type the place: a street, a food bank, a hostel.</source>
        <translation>أو اكتب المكان: شارع، بنك طعام، نزل.</translation>
    </message>
    <message>
        <source>Type the place: a street, a food bank, a hostel.</source>
        <translation>اكتب المكان: شارع، بنك طعام، نزل.</translation>
    </message>
</context>
<context>
    <name>PicturesScreen</name>
    <message>
        <source>Sort the pictures</source>
        <translation>رتّب الصور</translation>
    </message>
    <message>
        <source>Tap a picture. Then tap Good, Not sure or Not good. You can also drag it.</source>
        <translation>المس صورة. ثم المس جيد أو غير متأكد أو غير جيد. يمكنك أيضا سحبها.</translation>
    </message>
    <message>
        <source>%1. %2.</source>
        <translation>%1. %2.</translation>
    </message>
    <message>
        <source>Picked. Now choose where it goes.</source>
        <translation>تم اختيارها. الآن اختر أين تضعها.</translation>
    </message>
</context>
<context>
    <name>PileArea</name>
    <message>
        <source>Put it here</source>
        <translation>ضعها هنا</translation>
    </message>
    <message>
        <source>Put %1 in %2</source>
        <translation>ضع %1 في %2</translation>
    </message>
    <message>
        <source>Nothing here yet</source>
        <translation>لا شيء هنا بعد</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>PinRefusal</name>
    <message numerus="yes">
        <source>Wrong PIN. Please wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>رمز خاطئ. انتظر %n ثانية قبل المحاولة مرة أخرى.</numerusform>
            <numerusform>رمز خاطئ. انتظر ثانية واحدة قبل المحاولة مرة أخرى.</numerusform>
            <numerusform>رمز خاطئ. انتظر ثانيتين قبل المحاولة مرة أخرى.</numerusform>
            <numerusform>رمز خاطئ. انتظر %n ثوان قبل المحاولة مرة أخرى.</numerusform>
            <numerusform>رمز خاطئ. انتظر %n ثانية قبل المحاولة مرة أخرى.</numerusform>
            <numerusform>رمز خاطئ. انتظر %n ثانية قبل المحاولة مرة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN. Please try again.</source>
        <translation>رمز خاطئ. حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>PromptEditorPanel</name>
    <message>
        <source>Write and change questions</source>
        <translation>اكتب الأسئلة وغيّرها</translation>
    </message>
    <message>
        <source>Speak</source>
        <translation>تحدّث</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>اكتب</translation>
    </message>
    <message>
        <source>Faces</source>
        <translation>وجوه</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>صور</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>ارسم</translation>
    </message>
    <message>
        <source>Changes are sent to every device at the next sync.</source>
        <translation>تُرسل التغييرات إلى كل جهاز عند المزامنة التالية.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>غيّر</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <extracomment>%1 the question</extracomment>
        <translation>غيّر “%1”</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>سؤال جديد</translation>
    </message>
    <message>
        <source>Write a new question</source>
        <translation>اكتب سؤالاً جديداً</translation>
    </message>
    <message>
        <source>Question in English (15 words or fewer)</source>
        <translation>السؤال بالإنجليزية (15 كلمة أو أقل)</translation>
    </message>
    <message>
        <source>Question in English</source>
        <translation>السؤال بالإنجليزية</translation>
    </message>
    <message>
        <source>Question in Welsh (Cymraeg)</source>
        <translation>السؤال بالويلزية (Cymraeg)</translation>
    </message>
    <message>
        <source>Question in Welsh</source>
        <translation>السؤال بالويلزية</translation>
    </message>
    <message>
        <source>Question in Arabic (العربية)</source>
        <translation>السؤال بالعربية</translation>
    </message>
    <message>
        <source>Question in Arabic</source>
        <translation>السؤال بالعربية</translation>
    </message>
    <message>
        <source>Ways to answer</source>
        <translation>طرق الإجابة</translation>
    </message>
    <message>
        <source>Retired: no longer asked</source>
        <translation>متوقف: لم يعد يُطرح</translation>
    </message>
    <message>
        <source>Save question</source>
        <translation>احفظ السؤال</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel without saving</source>
        <translation>إلغاء دون حفظ</translation>
    </message>
</context>
<context>
    <name>QuestionBanner</name>
    <message>
        <source>The question: %1</source>
        <translation>السؤال: %1</translation>
    </message>
    <message>
        <source>In English</source>
        <translation>بالإنجليزية</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Stop reading</source>
        <translation>أوقف القراءة</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>اقرأ بصوت عال</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation>أوقف القراءة بصوت عال</translation>
    </message>
    <message>
        <source>Read this screen aloud</source>
        <translation>اقرأ هذه الشاشة بصوت عال</translation>
    </message>
</context>
<context>
    <name>ScreenFrame</name>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>ارجع</translation>
    </message>
    <message>
        <source>There is more below. Scroll down.</source>
        <translation>يوجد المزيد في الأسفل. مرّر إلى الأسفل.</translation>
    </message>
    <message>
        <source>More</source>
        <translation>المزيد</translation>
    </message>
</context>
<context>
    <name>SpeakScreen</name>
    <message>
        <source>Speak your answer</source>
        <translation>قل إجابتك</translation>
    </message>
    <message>
        <source>Voice recording is not available on this device yet. Please go back and choose another way to answer.</source>
        <translation>تسجيل الصوت غير متاح على هذا الجهاز بعد. من فضلك ارجع واختر طريقة أخرى للإجابة.</translation>
    </message>
</context>
<context>
    <name>StaffNewPinScreen</name>
    <message>
        <source>Choose a new staff PIN</source>
        <translation>اختر رمزا جديدا للموظفين</translation>
    </message>
    <message>
        <source>This device still has the PIN it came with, which anyone could know. Choose a new PIN of 4 to 12 digits before using staff settings.</source>
        <translation>ما زال هذا الجهاز يستخدم الرمز الذي جاء معه، وقد يعرفه أي شخص. اختر رمزا جديدا من 4 إلى 12 رقما قبل استخدام إعدادات الموظفين.</translation>
    </message>
    <message>
        <source>New PIN, 4 to 12 digits</source>
        <translation>رمز جديد، من 4 إلى 12 رقما</translation>
    </message>
    <message>
        <source>Save the new PIN</source>
        <translation>حفظ الرمز الجديد</translation>
    </message>
    <message>
        <source>The PIN must be 4 to 12 digits, and not the one the device came with.</source>
        <translation>يجب أن يكون الرمز من 4 إلى 12 رقما، وألا يكون الرمز الذي جاء مع الجهاز.</translation>
    </message>
</context>
<context>
    <name>StaffPinScreen</name>
    <message>
        <source>Staff PIN</source>
        <translation>رمز الموظفين</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>جارٍ التحقق من الرمز…</translation>
    </message>
    <message>
        <source>Enter the PIN</source>
        <translation>أدخل الرمز</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>لم يُدخل أي رقم</numerusform>
            <numerusform>تم إدخال رقم واحد</numerusform>
            <numerusform>تم إدخال رقمين</numerusform>
            <numerusform>تم إدخال %n أرقام</numerusform>
            <numerusform>تم إدخال %n رقما</numerusform>
            <numerusform>تم إدخال %n رقم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Please wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>رمز خاطئ. انتظر %n ثانية قبل المحاولة مرة أخرى.</numerusform>
            <numerusform>رمز خاطئ. انتظر ثانية واحدة قبل المحاولة مرة أخرى.</numerusform>
            <numerusform>رمز خاطئ. انتظر ثانيتين قبل المحاولة مرة أخرى.</numerusform>
            <numerusform>رمز خاطئ. انتظر %n ثوان قبل المحاولة مرة أخرى.</numerusform>
            <numerusform>رمز خاطئ. انتظر %n ثانية قبل المحاولة مرة أخرى.</numerusform>
            <numerusform>رمز خاطئ. انتظر %n ثانية قبل المحاولة مرة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN. Please try again.</source>
        <translation>رمز خاطئ. حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Staff settings</source>
        <translation>إعدادات الموظفين</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>اسم المكان</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save the site name</source>
        <translation>احفظ اسم المكان</translation>
    </message>
    <message>
        <source>Questions shown on this device</source>
        <translation>الأسئلة المعروضة على هذا الجهاز</translation>
    </message>
    <message>
        <source>How the screen starts for each person</source>
        <translation>كيف تبدأ الشاشة لكل شخص</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عال</translation>
    </message>
    <message>
        <source>Easy-read font</source>
        <translation>خط سهل القراءة</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>حجم الخط</translation>
    </message>
    <message>
        <source>Text size %1 percent</source>
        <translation>حجم الخط %1 بالمئة</translation>
    </message>
    <message>
        <source>Clear an unfinished answer after</source>
        <translation>مسح الإجابة غير المكتملة بعد</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n ثانية</numerusform>
            <numerusform>ثانية واحدة</numerusform>
            <numerusform>ثانيتان</numerusform>
            <numerusform>%n ثوان</numerusform>
            <numerusform>%n ثانية</numerusform>
            <numerusform>%n ثانية</numerusform>
        </translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>اقرأ بصوت عال</translation>
    </message>
    <message>
        <source>Checking which languages can be read aloud…</source>
        <translation>جارٍ التحقق من اللغات التي يمكن قراءتها بصوت عالٍ…</translation>
    </message>
    <message>
        <source>Read aloud is not available: no speech engine is installed on this device. Everything else still works.</source>
        <translation>القراءة بصوت عال غير متاحة: لا يوجد محرك كلام على هذا الجهاز. كل شيء آخر يعمل.</translation>
    </message>
    <message>
        <source>Read aloud works in %1.</source>
        <translation>القراءة بصوت عالٍ تعمل باللغات التالية: %1.</translation>
    </message>
    <message>
        <source>Read aloud works in %1. It is not available in %2: this device has no voice for it.</source>
        <translation>القراءة بصوت عالٍ تعمل باللغات التالية: %1. وهي غير متاحة في %2: لا يوجد على هذا الجهاز صوت لها.</translation>
    </message>
    <message>
        <source>Change the staff PIN</source>
        <translation>تغيير رمز الموظفين</translation>
    </message>
    <message>
        <source>New PIN, 4 to 12 digits</source>
        <translation>رمز جديد، من 4 إلى 12 رقما</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>تغيير الرمز</translation>
    </message>
    <message>
        <source>The PIN has been changed.</source>
        <translation>تم تغيير الرمز.</translation>
    </message>
    <message>
        <source>The PIN must be 4 to 12 digits, and not the one the device came with.</source>
        <translation>يجب أن يكون الرمز من 4 إلى 12 رقما، وألا يكون الرمز الذي جاء مع الجهاز.</translation>
    </message>
    <message>
        <source>Exit the kiosk</source>
        <translation>الخروج من الشاشة</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>العودة إلى الشاشة</translation>
    </message>
    <message>
        <source>Sync with the server</source>
        <translation>المزامنة مع الخادم</translation>
    </message>
    <message>
        <source>Voice notes</source>
        <translation>الملاحظات الصوتية</translation>
    </message>
    <message>
        <source>Questions (coordinator device)</source>
        <translation>الأسئلة (جهاز المنسّق)</translation>
    </message>
    <message>
        <source>Clashing edits</source>
        <translation>تعديلات متعارضة</translation>
    </message>
    <message>
        <source>Withdraw an answer</source>
        <translation>سحب إجابة</translation>
    </message>
    <message>
        <source>Group session</source>
        <translation>جلسة جماعية</translation>
    </message>
    <message>
        <source>Run a group session</source>
        <translation>أدر جلسة جماعية</translation>
    </message>
    <message>
        <source>Run a group session: gather ideas from a group and vote on them with dots</source>
        <translation>أدر جلسة جماعية: اجمع أفكار مجموعة وصوّتوا عليها بالنقاط</translation>
    </message>
    <message>
        <source>Picture cards (coordinator device)</source>
        <translation>بطاقات الصور (جهاز المنسق)</translation>
    </message>
    <message>
        <source>Make a picture card</source>
        <translation>اصنع بطاقة صورة</translation>
    </message>
    <message>
        <source>Make a picture card: a picture with its words in English, Welsh and Arabic</source>
        <translation>اصنع بطاقة صورة: صورة مع كلماتها بالإنجليزية والويلزية والعربية</translation>
    </message>
</context>
<context>
    <name>StillThereDialog</name>
    <message>
        <source>Are you still there?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message numerus="yes">
        <source>If you do nothing, your answer will be cleared in %n second(s).</source>
        <translation>
            <numerusform>إذا لم تفعل شيئا، ستُمسح إجابتك بعد %n ثانية.</numerusform>
            <numerusform>إذا لم تفعل شيئا، ستُمسح إجابتك بعد ثانية واحدة.</numerusform>
            <numerusform>إذا لم تفعل شيئا، ستُمسح إجابتك بعد ثانيتين.</numerusform>
            <numerusform>إذا لم تفعل شيئا، ستُمسح إجابتك بعد %n ثوان.</numerusform>
            <numerusform>إذا لم تفعل شيئا، ستُمسح إجابتك بعد %n ثانية.</numerusform>
            <numerusform>إذا لم تفعل شيئا، ستُمسح إجابتك بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes, I am still here</source>
        <translation>نعم، ما زلت هنا</translation>
    </message>
</context>
<context>
    <name>SymbolIcon</name>
    <message>
        <source>The question&apos;s picture</source>
        <translation>صورة السؤال</translation>
    </message>
    <message>
        <source>The question&apos;s picture has not arrived yet</source>
        <translation>لم تصل صورة السؤال بعد</translation>
    </message>
</context>
<context>
    <name>SymbolWords</name>
    <message>
        <source>Food</source>
        <translation>طعام</translation>
    </message>
    <message>
        <source>Showers</source>
        <translation>الاستحمام</translation>
    </message>
    <message>
        <source>Laundry</source>
        <translation>غسيل الملابس</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>نصيحة</translation>
    </message>
    <message>
        <source>Doctor or nurse</source>
        <translation>طبيب أو ممرضة</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>هاتف</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>الحواسيب</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation>أصدقاء</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>جيد</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>غير متأكد</translation>
    </message>
    <message>
        <source>Not good</source>
        <translation>غير جيد</translation>
    </message>
    <message>
        <source>Not sorted yet</source>
        <translation>لم يُرتّب بعد</translation>
    </message>
    <message>
        <source>Very bad</source>
        <translation>سيئ جدا</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>سيئ</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>جيد جدا</translation>
    </message>
    <message>
        <source>a voice note</source>
        <translation>ملاحظة صوتية</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>كتابة</translation>
    </message>
    <message>
        <source>a face</source>
        <translation>وجه</translation>
    </message>
    <message>
        <source>picture cards</source>
        <translation>بطاقات صور</translation>
    </message>
    <message>
        <source>a drawing</source>
        <translation>رسمة</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Sync with the server</source>
        <translation>المزامنة مع الخادم</translation>
    </message>
    <message>
        <source>Syncing now…</source>
        <translation>تجري المزامنة الآن…</translation>
    </message>
    <message>
        <source>Offline: waiting for a connection</source>
        <translation>غير متصل: في انتظار الاتصال</translation>
    </message>
    <message>
        <source>The last sync did not finish</source>
        <translation>لم تكتمل المزامنة الأخيرة</translation>
    </message>
    <message>
        <source>Not enrolled yet</source>
        <translation>لم يُسجَّل بعد</translation>
    </message>
    <message>
        <source>The app needs an update</source>
        <translation>يحتاج التطبيق إلى تحديث</translation>
    </message>
    <message>
        <source>Removed from the organisation</source>
        <translation>أُزيل من المؤسسة</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>محدَّث</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>لا شيء في انتظار الإرسال.</translation>
    </message>
    <message>
        <source>Never synced.</source>
        <translation>لم تتم المزامنة أبدا.</translation>
    </message>
    <message>
        <source>Last synced %1.</source>
        <translation>آخر مزامنة: %1.</translation>
    </message>
    <message>
        <source>Enrolled. The first sync has started.</source>
        <translation>تم التسجيل. بدأت المزامنة الأولى.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>زامن الآن</translation>
    </message>
    <message>
        <source>Sync now. %1 %2</source>
        <translation>زامن الآن. %1 %2</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <source>Enrol again with a new code</source>
        <translation>سجّل مرة أخرى برمز جديد</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>رمز التسجيل</translation>
    </message>
    <message>
        <source>Enrolment code, ten letters and digits</source>
        <translation>رمز التسجيل، عشرة أحرف وأرقام</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>جارٍ التسجيل…</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>Or the enrolment QR code as a picture file</source>
        <translation>أو رمز QR للتسجيل كملف صورة</translation>
    </message>
    <message>
        <source>Picture file of the enrolment QR code</source>
        <translation>ملف صورة رمز QR للتسجيل</translation>
    </message>
    <message>
        <source>Read the QR code</source>
        <translation>اقرأ رمز QR</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n تغيير ينتظر الإرسال.</numerusform>
            <numerusform>تغيير واحد ينتظر الإرسال.</numerusform>
            <numerusform>تغييران ينتظران الإرسال.</numerusform>
            <numerusform>%n تغييرات تنتظر الإرسال.</numerusform>
            <numerusform>%n تغييرًا ينتظر الإرسال.</numerusform>
            <numerusform>%n تغيير ينتظر الإرسال.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) or drawing(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n من التسجيلات أو الرسوم ينتظر الإرسال.</numerusform>
            <numerusform>تسجيل أو رسم واحد ينتظر الإرسال.</numerusform>
            <numerusform>تسجيلان أو رسمان ينتظران الإرسال.</numerusform>
            <numerusform>%n من التسجيلات أو الرسوم تنتظر الإرسال.</numerusform>
            <numerusform>%n من التسجيلات أو الرسوم ينتظر الإرسال.</numerusform>
            <numerusform>%n من التسجيلات أو الرسوم ينتظر الإرسال.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set aside: %n change(s) the server refused. They are kept on this device and not sent. Please tell a coordinator.</source>
        <translation>
            <numerusform>جانبًا: %n من التغييرات رفضها الخادم. هي محفوظة على هذا الجهاز ولم تُرسل. يرجى إبلاغ أحد المنسقين.</numerusform>
            <numerusform>جانبًا: تغيير واحد رفضه الخادم. هو محفوظ على هذا الجهاز ولم يُرسل. يرجى إبلاغ أحد المنسقين.</numerusform>
            <numerusform>جانبًا: تغييران رفضهما الخادم. هما محفوظان على هذا الجهاز ولم يُرسلا. يرجى إبلاغ أحد المنسقين.</numerusform>
            <numerusform>جانبًا: %n تغييرات رفضها الخادم. هي محفوظة على هذا الجهاز ولم تُرسل. يرجى إبلاغ أحد المنسقين.</numerusform>
            <numerusform>جانبًا: %n تغييرًا رفضها الخادم. هي محفوظة على هذا الجهاز ولم تُرسل. يرجى إبلاغ أحد المنسقين.</numerusform>
            <numerusform>جانبًا: %n تغيير رفضها الخادم. هي محفوظة على هذا الجهاز ولم تُرسل. يرجى إبلاغ أحد المنسقين.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: this address is not encrypted (http://). What this device sends could be read or changed on the way. Ask for an address that starts with https://.</source>
        <translation>تحذير: هذا العنوان غير مشفّر (http://). يمكن لأحد أن يقرأ أو يغيّر ما يرسله هذا الجهاز في الطريق. اطلب عنوانًا يبدأ بـ https://.</translation>
    </message>
    <message>
        <source>Use this unencrypted address anyway</source>
        <translation>استخدم هذا العنوان غير المشفّر على أي حال</translation>
    </message>
    <message>
        <source>QR code read. Enrolling…</source>
        <translation>تمت قراءة رمز QR. جارٍ التسجيل…</translation>
    </message>
    <message>
        <source>This tablet has no camera. Type the enrolment code above, or give a picture file of the QR code below.</source>
        <translation>لا توجد كاميرا في هذا الجهاز اللوحي. اكتب رمز التسجيل في الأعلى، أو أعطِ ملف صورة لرمز QR في الأسفل.</translation>
    </message>
    <message>
        <source>Hold the coordinator&apos;s QR code in front of the camera.</source>
        <translation>أمسك رمز QR الخاص بالمنسّق أمام الكاميرا.</translation>
    </message>
    <message>
        <source>Or scan the coordinator&apos;s QR code with the camera.</source>
        <translation>أو امسح رمز QR الخاص بالمنسّق بالكاميرا.</translation>
    </message>
    <message>
        <source>Stop the camera</source>
        <translation>أوقف الكاميرا</translation>
    </message>
    <message>
        <source>Scan the QR code with the camera</source>
        <translation>امسح رمز QR بالكاميرا</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>Could not reach the server (%1). Everything is kept and will be sent later.</source>
        <translation>تعذّر الوصول إلى الخادم (%1). كل شيء محفوظ وسيُرسل لاحقا.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). It will be tried again later.</source>
        <translation>حدثت مشكلة في الخادم (HTTP %1). ستتم المحاولة مرة أخرى لاحقا.</translation>
    </message>
    <message>
        <source>This app is too old for the server. Ask for it to be updated; nothing it holds is lost.</source>
        <translation>هذا التطبيق قديم جدا بالنسبة للخادم. اطلب تحديثه؛ لم يُفقد شيء مما يحفظه.</translation>
    </message>
    <message>
        <source>The server is older than this app. Ask for the server to be updated.</source>
        <translation>الخادم أقدم من هذا التطبيق. اطلب تحديث الخادم.</translation>
    </message>
    <message>
        <source>The server no longer knows this device. Enrol it again with a new code.</source>
        <translation>لم يعد الخادم يعرف هذا الجهاز. سجّله مرة أخرى برمز جديد.</translation>
    </message>
    <message>
        <source>This device was removed from the organisation, so its synced data has been deleted.</source>
        <translation>أُزيل هذا الجهاز من المؤسسة، لذلك حُذفت بياناته التي تمت مزامنتها.</translation>
    </message>
    <message>
        <source>That enrolment code is unknown, expired or already used. Ask a coordinator for a new one.</source>
        <translation>رمز التسجيل هذا غير معروف أو منتهي الصلاحية أو مستخدم من قبل. اطلب رمزا جديدا من أحد المنسقين.</translation>
    </message>
    <message>
        <source>The server is busy. Sync will try again shortly.</source>
        <translation>الخادم مشغول. ستحاول المزامنة مرة أخرى قريبا.</translation>
    </message>
    <message>
        <source>The server had a problem. It will be tried again later.</source>
        <translation>حدثت مشكلة في الخادم. ستتم المحاولة مرة أخرى لاحقا.</translation>
    </message>
    <message>
        <source>The server refused the sync: %1</source>
        <translation>رفض الخادم المزامنة: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>تعذّرت قراءة رد الخادم: %1</translation>
    </message>
    <message>
        <source>This device is not enrolled yet. Enter an enrolment code from a coordinator.</source>
        <translation>هذا الجهاز غير مسجّل بعد. أدخل رمز تسجيل من المنسق.</translation>
    </message>
    <message>
        <source>The server settled none of the changes sent. It will be tried again later.</source>
        <translation>لم يعالج الخادم أيا من التغييرات المرسلة. ستتم المحاولة مرة أخرى لاحقا.</translation>
    </message>
    <message>
        <source>The server gave no organisation key to seal answers with. Update the server before enrolling kiosks or outreach tablets.</source>
        <translation>لم يعطِ الخادم مفتاح المؤسسة الذي تُختم به الإجابات. حدّث الخادم قبل تسجيل الأكشاك أو الأجهزة اللوحية للتواصل الميداني.</translation>
    </message>
    <message>
        <source>The organisation key the server gave is damaged. Nothing was stored; ask for a new code.</source>
        <translation>مفتاح المؤسسة الذي أعطاه الخادم تالف. لم يُحفظ شيء؛ اطلب رمزا جديدا.</translation>
    </message>
    <message>
        <source>The organisation key the server gave (%1) is not the one on the enrolment code (%2). Nothing was stored: check the server address and ask for a new code.</source>
        <translation>مفتاح المؤسسة الذي أعطاه الخادم (%1) ليس المفتاح الموجود في رمز التسجيل (%2). لم يُحفظ شيء: تحقّق من عنوان الخادم واطلب رمزا جديدا.</translation>
    </message>
    <message>
        <source>The server could not prove it holds the organisation key it gave (%1). Nothing was stored: answers sealed to it could never be read. Ask for a new code.</source>
        <translation>لم يستطع الخادم إثبات أنه يملك مفتاح المؤسسة الذي أعطاه (%1). لم يُحفظ شيء: لا يمكن أبدا قراءة الإجابات المختومة به. اطلب رمزا جديدا.</translation>
    </message>
    <message>
        <source>Could not reach the server. Everything is kept here and will be sent when the connection is back.</source>
        <translation>تعذّر الوصول إلى الخادم. كل شيء محفوظ هنا وسيُرسل عند عودة الاتصال.</translation>
    </message>
    <message>
        <source>Sync did not finish: %1 It will try again later.</source>
        <translation>لم تكتمل المزامنة: %1 ستحاول مرة أخرى لاحقا.</translation>
    </message>
    <message>
        <source>This device is not enrolled. Enter the server address and an enrolment code from a coordinator.</source>
        <translation>هذا الجهاز غير مسجّل. أدخل عنوان الخادم ورمز تسجيل من المنسق.</translation>
    </message>
    <message>
        <source>This app is too old for the server. Ask for it to be updated. Nothing here is lost.</source>
        <translation>هذا التطبيق قديم جدا بالنسبة للخادم. اطلب تحديثه. لم يُفقد شيء هنا.</translation>
    </message>
</context>
<context>
    <name>ThankYouScreen</name>
    <message>
        <source>Thank you</source>
        <translation>شكرا لك</translation>
    </message>
    <message>
        <source>Your answer has been saved.</source>
        <translation>تم حفظ إجابتك.</translation>
    </message>
    <message>
        <source>What happens next: staff read every answer. We show what we change on this screen, under &quot;You said, we did&quot;.</source>
        <translation>ماذا يحدث بعد ذلك: يقرأ الموظفون كل إجابة. نعرض ما نغيّره على هذه الشاشة، تحت &quot;قلتم، ففعلنا&quot;.</translation>
    </message>
    <message>
        <source>Your code:</source>
        <translation>رمزك:</translation>
    </message>
    <message>
        <source>Your code is %1</source>
        <translation>رمزك هو %1</translation>
    </message>
    <message>
        <source>If you change your mind, give this code to staff and they will remove your answer.</source>
        <translation>إذا غيرت رأيك، أعط هذا الرمز للموظفين وسيحذفون إجابتك.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Finish and go back to the start</source>
        <translation>إنهاء والعودة إلى البداية</translation>
    </message>
    <message>
        <source>In Welsh</source>
        <translation>بالويلزية</translation>
    </message>
    <message>
        <source>In Arabic</source>
        <translation>بالعربية</translation>
    </message>
    <message>
        <source>In English</source>
        <translation>بالإنجليزية</translation>
    </message>
    <message>
        <source>If you need help now:</source>
        <translation>إذا كنت بحاجة إلى مساعدة الآن:</translation>
    </message>
</context>
<context>
    <name>ToggleChoice</name>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>VoiceNotesPanel</name>
    <message>
        <source>Voice notes</source>
        <translation>الملاحظات الصوتية</translation>
    </message>
    <message>
        <source>Voice notes can be played back only on a coordinator device.</source>
        <translation>لا يمكن تشغيل الملاحظات الصوتية إلا على جهاز المنسق.</translation>
    </message>
    <message>
        <source>No voice notes are stored on this device yet.</source>
        <translation>لا توجد ملاحظات صوتية محفوظة على هذا الجهاز بعد.</translation>
    </message>
    <message numerus="yes">
        <source>%n voice note(s) stored on this device.</source>
        <translation>
            <numerusform>الملاحظات الصوتية المحفوظة على هذا الجهاز: %n.</numerusform>
            <numerusform>الملاحظات الصوتية المحفوظة على هذا الجهاز: %n.</numerusform>
            <numerusform>الملاحظات الصوتية المحفوظة على هذا الجهاز: %n.</numerusform>
            <numerusform>الملاحظات الصوتية المحفوظة على هذا الجهاز: %n.</numerusform>
            <numerusform>الملاحظات الصوتية المحفوظة على هذا الجهاز: %n.</numerusform>
            <numerusform>الملاحظات الصوتية المحفوظة على هذا الجهاز: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · reference %2 · %3</source>
        <extracomment>%1 date and time, %2 reference code, %3 length as m:ss</extracomment>
        <translation>%1 · المرجع %2 · %3</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Stop playing: %1</source>
        <translation>إيقاف التشغيل: %1</translation>
    </message>
    <message>
        <source>Play: %1</source>
        <translation>تشغيل: %1</translation>
    </message>
</context>
<context>
    <name>VoiceRecorderPanel</name>
    <message>
        <source>Recording. Speak now. %1 of %2.</source>
        <translation>جارٍ التسجيل. تكلّم الآن. %1 من %2.</translation>
    </message>
    <message>
        <source>Your recording is %1 long. Listen to it, then keep it or record again.</source>
        <translation>مدة تسجيلك %1. استمع إليه، ثم احتفظ به أو سجّل مرة أخرى.</translation>
    </message>
    <message>
        <source>Your recording of %1 is ready to send.</source>
        <translation>تسجيلك ومدته %1 جاهز للإرسال.</translation>
    </message>
    <message>
        <source>Press Record, then speak your answer. You can talk for up to %1.</source>
        <translation>اضغط تسجيل، ثم قل إجابتك. يمكنك التحدث حتى %1.</translation>
    </message>
    <message>
        <source>Voice recording is not set up on this device yet. Please go back and choose another way to answer.</source>
        <translation>تسجيل الصوت غير مُعدّ على هذا الجهاز بعد. ارجع واختر طريقة أخرى للإجابة.</translation>
    </message>
    <message>
        <source>There is no microphone on this device. Please go back and choose another way to answer.</source>
        <translation>لا يوجد ميكروفون في هذا الجهاز. ارجع واختر طريقة أخرى للإجابة.</translation>
    </message>
    <message>
        <source>Sound level: the microphone can hear you</source>
        <translation>مستوى الصوت: الميكروفون يسمعك</translation>
    </message>
    <message>
        <source>Sound level: quiet</source>
        <translation>مستوى الصوت: هادئ</translation>
    </message>
    <message>
        <source>%1 recorded, %2 left</source>
        <translation>سُجّل %1، وبقي %2</translation>
    </message>
    <message>
        <source>Length %1</source>
        <translation>المدة %1</translation>
    </message>
    <message>
        <source>%1 left. Please start to finish what you are saying.</source>
        <translation>بقي %1. ابدأ بإنهاء كلامك من فضلك.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>Start recording your answer</source>
        <translation>ابدأ تسجيل إجابتك</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>أوقف التسجيل</translation>
    </message>
    <message>
        <source>Stop listening</source>
        <translation>أوقف الاستماع</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>استمع</translation>
    </message>
    <message>
        <source>Stop playing your recording</source>
        <translation>أوقف تشغيل تسجيلك</translation>
    </message>
    <message>
        <source>Listen to your recording</source>
        <translation>استمع إلى تسجيلك</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>احتفظ به</translation>
    </message>
    <message>
        <source>Keep this recording as your answer</source>
        <translation>احتفظ بهذا التسجيل كإجابتك</translation>
    </message>
    <message>
        <source>Record again</source>
        <translation>سجّل مرة أخرى</translation>
    </message>
    <message>
        <source>Delete this recording and record again</source>
        <translation>احذف هذا التسجيل وسجّل مرة أخرى</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete this recording</source>
        <translation>احذف هذا التسجيل</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n ثانية</numerusform>
            <numerusform>ثانية واحدة</numerusform>
            <numerusform>ثانيتان</numerusform>
            <numerusform>%n ثوان</numerusform>
            <numerusform>%n ثانية</numerusform>
            <numerusform>%n ثانية</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Have your say</source>
        <translation>شارك برأيك</translation>
    </message>
    <message>
        <source>Tell us what you think. It takes about two minutes. You do not need to give your name.</source>
        <translation>أخبرنا برأيك. يستغرق ذلك دقيقتين تقريبا. لا تحتاج إلى ذكر اسمك.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <source>Have your say: start</source>
        <translation>شارك برأيك: ابدأ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Make it easier to see</source>
        <translation>اجعلها أسهل للرؤية</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>خط عادي</translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation>خط أكبر</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عال</translation>
    </message>
    <message>
        <source>Easy-read font</source>
        <translation>خط سهل القراءة</translation>
    </message>
    <message>
        <source>You said, we did</source>
        <translation>قلتم، ففعلنا</translation>
    </message>
    <message>
        <source>You said: %1</source>
        <translation>قلتم: %1</translation>
    </message>
    <message>
        <source>We did: %1</source>
        <translation>فعلنا: %1</translation>
    </message>
    <message>
        <source>In English</source>
        <translation>بالإنجليزية</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <source>Staff settings. Press and hold.</source>
        <translation>إعدادات الموظفين. اضغط باستمرار.</translation>
    </message>
    <message>
        <source>Press to hear it.</source>
        <translation>اضغط لسماعه.</translation>
    </message>
    <message>
        <source>Make it easier to hear</source>
        <translation>اجعل السماع أسهل</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>أخفض</translation>
    </message>
    <message>
        <source>Read aloud more quietly</source>
        <translation>القراءة بصوت أخفض</translation>
    </message>
    <message>
        <source>This is how loud reading aloud will be.</source>
        <translation>هكذا سيكون مستوى صوت القراءة.</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>أعلى</translation>
    </message>
    <message>
        <source>Read aloud more loudly</source>
        <translation>القراءة بصوت أعلى</translation>
    </message>
    <message>
        <source>Where it stands: we have heard this.</source>
        <translation>أين وصلنا: سمعنا هذا.</translation>
    </message>
    <message>
        <source>Where it stands: it is planned.</source>
        <translation>أين وصلنا: إنه مخطط له.</translation>
    </message>
    <message>
        <source>Where it stands: we are doing it now.</source>
        <translation>أين وصلنا: نقوم به الآن.</translation>
    </message>
    <message>
        <source>Where it stands: it is done.</source>
        <translation>أين وصلنا: تم إنجازه.</translation>
    </message>
    <message>
        <source>Where it stands: we cannot do this. Why: %1</source>
        <translation>أين وصلنا: لا نستطيع فعل هذا. السبب: %1</translation>
    </message>
    <message numerus="yes">
        <source>Ideas from people here (%n)</source>
        <translation>
            <numerusform>أفكار من أشخاص هنا (%n)</numerusform>
            <numerusform>أفكار من أشخاص هنا (%n)</numerusform>
            <numerusform>أفكار من أشخاص هنا (%n)</numerusform>
            <numerusform>أفكار من أشخاص هنا (%n)</numerusform>
            <numerusform>أفكار من أشخاص هنا (%n)</numerusform>
            <numerusform>أفكار من أشخاص هنا (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ideas from people here: see them and say &quot;me too&quot;</source>
        <translation>أفكار من أشخاص هنا: شاهدها وقل &quot;وأنا أيضاً&quot;</translation>
    </message>
</context>
<context>
    <name>WriteScreen</name>
    <message>
        <source>Write your answer</source>
        <translation>اكتب إجابتك</translation>
    </message>
    <message>
        <source>Type here</source>
        <translation>اكتب هنا</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>إجابتك</translation>
    </message>
</context>
<context>
    <name>chorus::ConflictsModel</name>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Ways to answer</source>
        <translation>طرق الإجابة</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>You said</source>
        <translation>قلتم</translation>
    </message>
    <message>
        <source>We did</source>
        <translation>فعلنا</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منشور</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
</context>
<context>
    <name>chorus::DeskWithdrawal</name>
    <message>
        <source>That is not a code. A code has 12 letters and numbers, like K7P3-QX9A-HH2M.</source>
        <translation>هذا ليس رمزًا. يتكون الرمز من 12 حرفًا ورقمًا، مثل K7P3-QX9A-HH2M.</translation>
    </message>
    <message>
        <source>An answer with the code %1 was given on this device on %2. Withdraw it?</source>
        <translation>قُدمت إجابة بالرمز %1 على هذا الجهاز في %2. هل تريد سحبها؟</translation>
    </message>
    <message>
        <source>No answer on this device has the code %1. It may have been given on another device. Ask the server to withdraw it?</source>
        <translation>لا توجد إجابة على هذا الجهاز بالرمز %1. ربما قُدمت على جهاز آخر. هل تطلب من الخادم سحبها؟</translation>
    </message>
    <message>
        <source>Your answer with the code %1 has been withdrawn. It is gone from this device and will be removed everywhere.</source>
        <translation>سُحبت إجابتك ذات الرمز %1. لقد حُذفت من هذا الجهاز وستُحذف من كل مكان.</translation>
    </message>
    <message>
        <source>Your request to withdraw the answer with the code %1 is waiting to reach the server. It goes the next time this device syncs.</source>
        <translation>طلبك لسحب الإجابة ذات الرمز %1 ينتظر الوصول إلى الخادم. سيُرسل في المرة القادمة التي يتزامن فيها هذا الجهاز.</translation>
    </message>
    <message>
        <source>Your answer with the code %1 has been withdrawn everywhere.</source>
        <translation>سُحبت إجابتك ذات الرمز %1 من كل مكان.</translation>
    </message>
    <message>
        <source>The server has no answer with the code %1. Check the code: it may have been withdrawn already.</source>
        <translation>لا توجد لدى الخادم إجابة بالرمز %1. تحقق من الرمز: ربما سُحبت بالفعل.</translation>
    </message>
    <message>
        <source>More than one answer has the code %1, so none was withdrawn. Staff can choose the right one on the dashboard&apos;s withdrawal page.</source>
        <translation>هناك أكثر من إجابة بالرمز %1، لذا لم تُسحب أي منها. يمكن للموظفين اختيار الإجابة الصحيحة في صفحة السحب في لوحة التحكم.</translation>
    </message>
</context>
<context>
    <name>chorus::EnrolmentCamera</name>
    <message>
        <source>The camera could not be started. Type the code instead.</source>
        <translation>تعذّر تشغيل الكاميرا. اكتب الرمز بدلاً من ذلك.</translation>
    </message>
</context>
<context>
    <name>chorus::GroupSessionController</name>
    <message>
        <source>Please write the question for the group first.</source>
        <translation>من فضلك اكتب سؤال المجموعة أولاً.</translation>
    </message>
    <message>
        <source>Each person can have 1 to 10 dots.</source>
        <translation>يمكن لكل شخص أن يحصل على نقطة واحدة إلى 10 نقاط.</translation>
    </message>
</context>
<context>
    <name>chorus::KioskSession</name>
    <message>
        <source>There is no answer to send yet.</source>
        <translation>لا توجد إجابة لإرسالها بعد.</translation>
    </message>
    <message>
        <source>The drawing could not be saved on this device. Please tell a member of staff.</source>
        <translation>تعذّر حفظ الرسم على هذا الجهاز. من فضلك أخبر أحد الموظفين.</translation>
    </message>
</context>
<context>
    <name>chorus::OutreachController</name>
    <message>
        <source>Started %1</source>
        <translation>بدأت %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>لم تتم أبدًا</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>الآن</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>منذ %n دقيقة</numerusform>
            <numerusform>منذ دقيقة واحدة</numerusform>
            <numerusform>منذ دقيقتين</numerusform>
            <numerusform>منذ %n دقائق</numerusform>
            <numerusform>منذ %n دقيقة</numerusform>
            <numerusform>منذ %n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>منذ %n ساعة</numerusform>
            <numerusform>منذ ساعة واحدة</numerusform>
            <numerusform>منذ ساعتين</numerusform>
            <numerusform>منذ %n ساعات</numerusform>
            <numerusform>منذ %n ساعة</numerusform>
            <numerusform>منذ %n ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>منذ %n يوم</numerusform>
            <numerusform>منذ يوم واحد</numerusform>
            <numerusform>منذ يومين</numerusform>
            <numerusform>منذ %n أيام</numerusform>
            <numerusform>منذ %n يومًا</numerusform>
            <numerusform>منذ %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Space is running low: %1 left. Sync at base soon; voice notes and drawings take the most room.</source>
        <translation>المساحة تنفد: بقي %1. زامن في المقر قريبًا؛ الملاحظات الصوتية والرسومات تأخذ أكبر مساحة.</translation>
    </message>
    <message>
        <source>%1 of space left.</source>
        <translation>بقي %1 من المساحة.</translation>
    </message>
</context>
<context>
    <name>chorus::PictureCardMaker</name>
    <message>
        <source>That picture file was not found.</source>
        <translation>لم يتم العثور على ملف الصورة هذا.</translation>
    </message>
    <message>
        <source>That picture is too big: choose one under %1 MB.</source>
        <translation>هذه الصورة كبيرة جدًا: اختر صورة أصغر من %1 ميغابايت.</translation>
    </message>
    <message>
        <source>Choose a PNG or JPEG picture.</source>
        <translation>اختر صورة PNG أو JPEG.</translation>
    </message>
    <message>
        <source>Only a coordinator device can make picture cards.</source>
        <translation>جهاز المنسق فقط يمكنه صنع بطاقات الصور.</translation>
    </message>
    <message>
        <source>Choose a picture file or draw a picture first.</source>
        <translation>اختر ملف صورة أو ارسم صورة أولًا.</translation>
    </message>
    <message>
        <source>Write the card&apos;s words in English, Welsh and Arabic: a kiosk reads them aloud.</source>
        <translation>اكتب كلمات البطاقة بالإنجليزية والويلزية والعربية: الكشك يقرؤها بصوت عالٍ.</translation>
    </message>
    <message>
        <source>Keep the card&apos;s words short: a few words in each language.</source>
        <translation>اجعل كلمات البطاقة قصيرة: كلمات قليلة في كل لغة.</translation>
    </message>
    <message>
        <source>The picture could not be read. Choose it again.</source>
        <translation>تعذّرت قراءة الصورة. اخترها مرة أخرى.</translation>
    </message>
    <message>
        <source>The picture could not be saved on this device.</source>
        <translation>تعذّر حفظ الصورة على هذا الجهاز.</translation>
    </message>
</context>
<context>
    <name>chorus::PromptEditor</name>
    <message>
        <source>Only a coordinator device can change questions.</source>
        <translation>يمكن لجهاز المنسّق فقط تغيير الأسئلة.</translation>
    </message>
    <message numerus="yes">
        <source>Keep each question to %n words or fewer, so it is easy to read.</source>
        <translation>
            <numerusform>اجعل كل سؤال %n كلمة أو أقل ليسهل قراءته.</numerusform>
            <numerusform>اجعل كل سؤال %n كلمة أو أقل ليسهل قراءته.</numerusform>
            <numerusform>اجعل كل سؤال %n كلمة أو أقل ليسهل قراءته.</numerusform>
            <numerusform>اجعل كل سؤال %n كلمة أو أقل ليسهل قراءته.</numerusform>
            <numerusform>اجعل كل سؤال %n كلمة أو أقل ليسهل قراءته.</numerusform>
            <numerusform>اجعل كل سؤال %n كلمة أو أقل ليسهل قراءته.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the question in English: it is shown when a language has no words of its own.</source>
        <translation>اكتب السؤال بالإنجليزية: يظهر عندما لا تكون للغة كلماتها الخاصة.</translation>
    </message>
    <message>
        <source>Choose at least one way to answer.</source>
        <translation>اختر طريقة واحدة على الأقل للإجابة.</translation>
    </message>
    <message>
        <source>The question could not be saved: %1</source>
        <translation>تعذّر حفظ السؤال: %1</translation>
    </message>
</context>
<context>
    <name>chorus::SessionAnswers</name>
    <message>
        <source>This answer cannot be corrected on this tablet.</source>
        <translation>لا يمكن تصحيح هذه الإجابة على هذا الجهاز اللوحي.</translation>
    </message>
    <message>
        <source>A correction moves the person&apos;s own cards between the piles.</source>
        <translation>التصحيح ينقل بطاقات الشخص نفسه بين المجموعات فقط.</translation>
    </message>
</context>
<context>
    <name>chorus::SyncController</name>
    <message>
        <source>Enter the server address first, starting with https://</source>
        <translation>أدخل عنوان الخادم أولا، ويبدأ بـ https://</translation>
    </message>
    <message>
        <source>Enter the enrolment code a coordinator gave you.</source>
        <translation>أدخل رمز التسجيل الذي أعطاك إياه المنسق.</translation>
    </message>
    <message>
        <source>That picture could not be opened. Check the file name.</source>
        <translation>تعذّر فتح تلك الصورة. تحقّق من اسم الملف.</translation>
    </message>
    <message>
        <source>No Chorus enrolment QR code was found in that picture.</source>
        <translation>لم يُعثر على رمز QR لتسجيل Chorus في تلك الصورة.</translation>
    </message>
    <message>
        <source>This address is not encrypted, so answers could be read on the way. Use an address starting with https://, or choose to use this one anyway.</source>
        <translation>هذا العنوان غير مشفّر، لذلك يمكن قراءة الإجابات في الطريق. استخدم عنوانًا يبدأ بـ https://، أو اختر استخدام هذا العنوان على أي حال.</translation>
    </message>
</context>
<context>
    <name>chorus::VoiceNotesModel</name>
    <message>
        <source>Voice note for &quot;%1&quot;, %2, reference %3, %4 long</source>
        <extracomment>A voice note in the staff list: %1 the question, %2 date and time, %3 reference code, %4 its length.</extracomment>
        <translation>ملاحظة صوتية عن &quot;%1&quot;، %2، المرجع %3، مدتها %4</translation>
    </message>
</context>
<context>
    <name>chorus::VoicePlayer</name>
    <message>
        <source>This recording cannot be played on this device.</source>
        <translation>لا يمكن تشغيل هذا التسجيل على هذا الجهاز.</translation>
    </message>
    <message>
        <source>This recording is missing from the device.</source>
        <translation>هذا التسجيل غير موجود على الجهاز.</translation>
    </message>
    <message>
        <source>This file is not a voice recording that can be played.</source>
        <translation>هذا الملف ليس تسجيلا صوتيا يمكن تشغيله.</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>ثانية واحدة</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 ثانية</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>دقيقة واحدة</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 دقيقة</translation>
    </message>
</context>
<context>
    <name>chorus::VoiceRecorderController</name>
    <message>
        <source>You have reached the %1 limit, so recording has stopped. You can listen to it, keep it or record again.</source>
        <translation>وصلت إلى الحد الأقصى وهو %1، لذلك توقف التسجيل. يمكنك الاستماع إليه أو الاحتفاظ به أو التسجيل من جديد.</translation>
    </message>
    <message>
        <source>You have %1 left. Please start to finish what you are saying.</source>
        <translation>بقي لديك %1. من فضلك ابدأ في إنهاء ما تقوله.</translation>
    </message>
</context>
</TS>
