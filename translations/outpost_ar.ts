<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en_GB">
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>outpost::auth::CredentialStore</name>
    <message>
        <source>No system keychain is available, so your sign-in is kept in memory for this run only. You will need to sign in again next time. Outpost never writes it to a file.</source>
        <translation>لا يتوفر مخزن مفاتيح في النظام، لذا يُحتفَظ بتسجيل دخولك في الذاكرة خلال هذا التشغيل فقط. ستحتاج إلى تسجيل الدخول مجددًا في المرة القادمة. لا يكتبه Outpost في ملف أبدًا.</translation>
    </message>
    <message>
        <source>The system keychain refused to keep your sign-in (%1).</source>
        <extracomment>%1 is the keychain&apos;s own error text</extracomment>
        <translation>رفض مخزن مفاتيح النظام حفظ تسجيل دخولك (%1).</translation>
    </message>
</context>
<context>
    <name>outpost::auth::LoopbackReceiver</name>
    <message>
        <source>Outpost could not wait for the forum on port %1 of this computer (%2). Another program may be using it.</source>
        <translation>تعذّر على Outpost انتظار المنتدى على المنفذ %1 في هذا الحاسوب (%2). ربما يستخدمه برنامج آخر.</translation>
    </message>
    <message>
        <source>Outpost could not wait for the forum on this computer (%1).</source>
        <translation>تعذّر على Outpost انتظار المنتدى على هذا الحاسوب (%1).</translation>
    </message>
    <message>
        <source>Outpost</source>
        <translation>Outpost</translation>
    </message>
    <message>
        <source>This request is too large.</source>
        <translation>هذا الطلب كبير جدًا.</translation>
    </message>
    <message>
        <source>This request is not understood.</source>
        <translation>هذا الطلب غير مفهوم.</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>لا يوجد شيء هنا.</translation>
    </message>
    <message>
        <source>The browser came back to Outpost without a sign-in code. Paste the code instead, or start again.</source>
        <translation>عاد المتصفح إلى Outpost دون رمز تسجيل الدخول. الصق الرمز بدلًا من ذلك، أو ابدأ من جديد.</translation>
    </message>
    <message>
        <source>Outpost did not receive a sign-in code</source>
        <translation>لم يستلم Outpost رمز تسجيل الدخول</translation>
    </message>
    <message>
        <source>The forum&apos;s answer did not contain a sign-in code. Go back to Outpost: you can paste the code there, or start again.</source>
        <translation>لم يتضمن ردّ المنتدى رمز تسجيل الدخول. عُد إلى Outpost: يمكنك لصق الرمز هناك، أو البدء من جديد.</translation>
    </message>
    <message>
        <source>Back to Outpost</source>
        <translation>العودة إلى Outpost</translation>
    </message>
    <message>
        <source>Outpost has received the forum&apos;s answer. You can close this page and go back to Outpost.</source>
        <translation>استلم Outpost ردّ المنتدى. يمكنك إغلاق هذه الصفحة والعودة إلى Outpost.</translation>
    </message>
    <message>
        <source>The forum did not hand the key back to Outpost in time. Paste the code instead, or start again.</source>
        <translation>لم يُعِد المنتدى المفتاح إلى Outpost في الوقت المحدد. الصق الرمز بدلًا من ذلك، أو ابدأ من جديد.</translation>
    </message>
</context>
<context>
    <name>outpost::auth::UserApiKeyHandshake</name>
    <message>
        <source>Could not create the keys needed to sign in (the system&apos;s cryptography library failed).</source>
        <translation>تعذّر إنشاء المفاتيح اللازمة لتسجيل الدخول (فشلت مكتبة التشفير في النظام).</translation>
    </message>
    <message>
        <source>That is not a sign-in code from the forum. Copy the whole code shown after you approved Outpost, and paste it again.</source>
        <translation>هذا ليس رمز تسجيل دخول من المنتدى. انسخ الرمز الذي ظهر بعد موافقتك على Outpost كاملًا، ثم الصقه مجددًا.</translation>
    </message>
    <message>
        <source>The sign-in code could not be read: it was not made for this sign-in attempt, or it was changed on the way. Start signing in again.</source>
        <translation>تعذّرت قراءة رمز تسجيل الدخول: إما أنه لم يُنشأ لمحاولة تسجيل الدخول هذه، أو أنه تغيّر في الطريق. ابدأ تسجيل الدخول من جديد.</translation>
    </message>
    <message>
        <source>The sign-in code belongs to another sign-in attempt. Start signing in again and paste the code the forum shows then.</source>
        <translation>رمز تسجيل الدخول هذا يخص محاولة تسجيل دخول أخرى. ابدأ تسجيل الدخول من جديد والصق الرمز الذي يعرضه المنتدى حينها.</translation>
    </message>
    <message>
        <source>This forum speaks an older version of the sign-in protocol (%1; Outpost needs %2). Ask the forum&apos;s administrators to update Discourse.</source>
        <translation>يستخدم هذا المنتدى إصدارًا أقدم من بروتوكول تسجيل الدخول (%1؛ ويحتاج Outpost إلى %2). اطلب من مسؤولي المنتدى تحديث Discourse.</translation>
    </message>
</context>
<context>
    <name>outpost::cli::CliApplication</name>
    <message>
        <source>Outpost, the offline-first Discourse client, from the command line.</source>
        <translation>Outpost، عميل Discourse المصمَّم للعمل دون اتصال أولًا، من سطر الأوامر.</translation>
    </message>
    <message>
        <source>Where the cache and settings live (default: $OUTPOST_PROFILE, else the platform&apos;s application data folder).</source>
        <translation>مكان النسخة المحلية والإعدادات (الافتراضي: $OUTPOST_PROFILE، وإلا فمجلد بيانات التطبيقات في النظام).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>The forum to use, by URL or name (default: the first forum added).</source>
        <translation>المنتدى المراد استخدامه، بعنوان URL أو بالاسم (الافتراضي: أول منتدى تمت إضافته).</translation>
    </message>
    <message>
        <source>URL|NAME</source>
        <translation>URL|الاسم</translation>
    </message>
    <message>
        <source>Print one JSON document on stdout instead of text for people.</source>
        <translation>طباعة مستند JSON واحد على stdout بدلًا من النص المخصص للقراءة.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>عرض هذه المساعدة.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>عرض الإصدار.</translation>
    </message>
    <message>
        <source>Usage: outpost-cli [--profile DIR] [--forum URL|NAME] COMMAND [ARGS...] [--json]</source>
        <translation>الاستخدام: outpost-cli [--profile المجلد] [--forum URL|الاسم] الأمر [الوسائط...] [--json]</translation>
    </message>
    <message>
        <source>Outpost keeps the categories you follow in a local cache, so you can read, search and write with no connection. These commands sync and read that cache.</source>
        <translation>يحتفظ Outpost بالفئات التي تتابعها في نسخة محلية، لتتمكن من القراءة والبحث والكتابة دون اتصال. تُجري هذه الأوامر المزامنة وتقرأ من تلك النسخة.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>الأوامر:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>الخيارات العامة:</translation>
    </message>
    <message>
        <source>  --profile DIR       where the cache and settings live (or $OUTPOST_PROFILE)</source>
        <translation>  --profile المجلد    مكان النسخة المحلية والإعدادات (أو $OUTPOST_PROFILE)</translation>
    </message>
    <message>
        <source>  --forum URL|NAME    the forum to use (default: the first forum added)</source>
        <translation>  --forum URL|الاسم   المنتدى المراد استخدامه (الافتراضي: أول منتدى تمت إضافته)</translation>
    </message>
    <message>
        <source>  --json              print one JSON document on stdout</source>
        <translation>  --json              طباعة مستند JSON واحد على stdout</translation>
    </message>
    <message>
        <source>  -h, --help          show help; &apos;outpost-cli COMMAND --help&apos; for a command</source>
        <translation>  -h, --help          عرض المساعدة؛ و&apos;outpost-cli الأمر --help&apos; لمساعدة أمر معيّن</translation>
    </message>
    <message>
        <source>  -v, --version       show the version</source>
        <translation>  -v, --version       عرض الإصدار</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 failed (message on stderr), 2 bad usage, 3 partial (the sync stopped early: offline, rate budget or cancelled; what was stored stays).</source>
        <translation>رموز الخروج: 0 تم، 1 فشل (الرسالة على stderr)، 2 استخدام خاطئ، 3 جزئي (توقفت المزامنة مبكرًا: عدم اتصال أو نفاد حد الطلبات أو إلغاء؛ ويبقى ما تم حفظه).</translation>
    </message>
    <message>
        <source>Usage: </source>
        <translation>الاستخدام: </translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>الخيارات:</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>لم يُحدَّد أي أمر</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>أمر غير معروف &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>outpost::cli::CliContext</name>
    <message>
        <source>no forum has been added yet; add one with &apos;outpost-cli forum add URL&apos;</source>
        <translation>لم تتم إضافة أي منتدى بعد؛ أضِف منتدى باستخدام &apos;outpost-cli forum add URL&apos;</translation>
    </message>
    <message>
        <source>there is no forum &apos;%1&apos;; &apos;outpost-cli forum list&apos; shows the forums</source>
        <translation>لا يوجد منتدى &apos;%1&apos;؛ يعرض &apos;outpost-cli forum list&apos; المنتديات</translation>
    </message>
    <message>
        <source>outpost-cli: %1</source>
        <extracomment>Prefix of every error message of the command-line program; %1 is the message.</extracomment>
        <translation>outpost-cli: %1</translation>
    </message>
    <message>
        <source>Try &apos;outpost-cli --help&apos; for more information.</source>
        <translation>جرّب &apos;outpost-cli --help&apos; لمزيد من المعلومات.</translation>
    </message>
</context>
<context>
    <name>outpost::cli::Command</name>
    <message>
        <source>Read the text from FILE (UTF-8); &apos;-&apos; reads stdin.</source>
        <translation>قراءة النص من الملف (بترميز UTF-8)؛ و&apos;-&apos; يقرأ من stdin.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>give the text either with --file or as &apos;-&apos;, not both</source>
        <translation>أعطِ النص إما باستخدام --file أو بـ &apos;-&apos;، لا بكليهما</translation>
    </message>
    <message>
        <source>give the text with --file FILE, or &apos;-&apos; to read stdin</source>
        <translation>أعطِ النص باستخدام --file الملف، أو &apos;-&apos; للقراءة من stdin</translation>
    </message>
</context>
<context>
    <name>outpost::cli::ForumCommands</name>
    <message>
        <source>&apos;%1&apos; is not a forum address; give one like https://community.dhis2.org</source>
        <translation>&apos;%1&apos; ليس عنوان منتدى؛ أعطِ عنوانًا مثل https://community.dhis2.org</translation>
    </message>
    <message>
        <source>the address must not contain a user name or password; sign in with &apos;outpost-cli login&apos;</source>
        <translation>يجب ألا يحتوي العنوان على اسم مستخدم أو كلمة مرور؛ سجّل الدخول باستخدام &apos;outpost-cli login&apos;</translation>
    </message>
    <message>
        <source>Add, list, rename or remove forums.</source>
        <translation>إضافة المنتديات أو عرضها أو إعادة تسميتها أو إزالتها.</translation>
    </message>
    <message>
        <source>The forum&apos;s name in Outpost.</source>
        <translation>اسم المنتدى في Outpost.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Add the forum without checking that it answers like a Discourse forum.</source>
        <translation>إضافة المنتدى دون التحقق من أنه يستجيب كمنتدى Discourse.</translation>
    </message>
    <message>
        <source>&apos;forum&apos; needs an action: add, list, rename or remove</source>
        <translation>يحتاج &apos;forum&apos; إلى إجراء: add أو list أو rename أو remove</translation>
    </message>
    <message>
        <source>&apos;forum %1&apos; does not take these arguments; see &apos;outpost-cli forum --help&apos;</source>
        <translation>لا يقبل &apos;forum %1&apos; هذه الوسائط؛ راجع &apos;outpost-cli forum --help&apos;</translation>
    </message>
    <message>
        <source>%1 is already added, as “%2”</source>
        <translation>تمت إضافة %1 من قبل، باسم «%2»</translation>
    </message>
    <message>
        <source>Checking %1 …</source>
        <translation>جارٍ التحقق من %1 …</translation>
    </message>
    <message>
        <source>The forum only shows its content to members; sign in with &apos;outpost-cli login&apos; before syncing.</source>
        <translation>لا يعرض المنتدى محتواه إلا للأعضاء؛ سجّل الدخول باستخدام &apos;outpost-cli login&apos; قبل المزامنة.</translation>
    </message>
    <message>
        <source>The forum could not be reached now, so it was added unchecked; &apos;outpost-cli sync&apos; will try when you are online. (%1)</source>
        <translation>تعذّر الوصول إلى المنتدى الآن، لذا أُضيف دون تحقق؛ وسيحاول &apos;outpost-cli sync&apos; عندما تكون متصلًا. (%1)</translation>
    </message>
    <message>
        <source>%1 does not answer like a Discourse forum: %2 Check the address, or add it anyway with --no-check.</source>
        <translation>لا يستجيب %1 كمنتدى Discourse: %2 تحقّق من العنوان، أو أضِفه على أي حال باستخدام --no-check.</translation>
    </message>
    <message>
        <source>Added forum %1, “%2” (%3). It is the default forum.</source>
        <translation>تمت إضافة المنتدى %1، «%2» (%3). وهو المنتدى الافتراضي.</translation>
    </message>
    <message>
        <source>Added forum %1, “%2” (%3).</source>
        <translation>تمت إضافة المنتدى %1، «%2» (%3).</translation>
    </message>
    <message>
        <source>Next: &apos;outpost-cli sync&apos; reads its categories, then &apos;outpost-cli categories&apos; lists them and &apos;outpost-cli follow ID&apos; picks the ones to keep offline.</source>
        <translation>الخطوة التالية: يقرأ &apos;outpost-cli sync&apos; فئاته، ثم يعرضها &apos;outpost-cli categories&apos;، ويختار &apos;outpost-cli follow المعرّف&apos; الفئات التي تريد الاحتفاظ بها دون اتصال.</translation>
    </message>
    <message>
        <source>No forum yet. Add one with &apos;outpost-cli forum add URL&apos;.</source>
        <translation>لا يوجد منتدى بعد. أضِف منتدى باستخدام &apos;outpost-cli forum add URL&apos;.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>FOLLOWED</source>
        <translation>فئات متابَعة</translation>
    </message>
    <message>
        <source>LAST SYNC</source>
        <translation>آخر مزامنة</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <extracomment>Marks the default forum in &apos;forum list&apos;.</extracomment>
        <translation>%1 (الافتراضي)</translation>
    </message>
    <message>
        <source>the new name is empty</source>
        <translation>الاسم الجديد فارغ</translation>
    </message>
    <message>
        <source>Forum %1 is now called “%2”.</source>
        <translation>أصبح اسم المنتدى %1 «%2».</translation>
    </message>
    <message>
        <source>Removed forum %1, “%2”, and its offline copy.</source>
        <translation>تمت إزالة المنتدى %1، «%2»، ونسخته المحلية.</translation>
    </message>
    <message>
        <source>there is no forum &apos;%1&apos;; &apos;outpost-cli forum list&apos; shows the forums</source>
        <translation>لا يوجد منتدى &apos;%1&apos;؛ يعرض &apos;outpost-cli forum list&apos; المنتديات</translation>
    </message>
    <message>
        <source>Keep categories offline: their topics are synced.</source>
        <translation>الاحتفاظ بالفئات دون اتصال: تتم مزامنة موضوعاتها.</translation>
    </message>
    <message>
        <source>Stop syncing categories (what is cached stays readable).</source>
        <translation>إيقاف مزامنة الفئات (يبقى ما حُفظ محليًا متاحًا للقراءة).</translation>
    </message>
    <message>
        <source>give the ids of the categories (&apos;outpost-cli categories&apos; lists them)</source>
        <translation>أعطِ معرّفات الفئات (يعرضها &apos;outpost-cli categories&apos;)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a category id</source>
        <translation>&apos;%1&apos; ليس معرّف فئة</translation>
    </message>
    <message>
        <source>there is no category %1 on this forum; &apos;outpost-cli categories&apos; lists them</source>
        <translation>لا توجد فئة %1 في هذا المنتدى؛ يعرض &apos;outpost-cli categories&apos; الفئات</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>«%1» (%2)</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>الفئة %1</translation>
    </message>
    <message>
        <source>Following %1.</source>
        <translation>أنت تتابع %1 الآن.</translation>
    </message>
    <message>
        <source>No longer following %1.</source>
        <translation>أُلغيت متابعة %1.</translation>
    </message>
    <message>
        <source>%1 was not followed.</source>
        <translation>لم تكن تتابع %1.</translation>
    </message>
    <message>
        <source>Note: the forum&apos;s categories are not synced yet, so the ids were not checked; &apos;outpost-cli sync&apos; will read them.</source>
        <translation>ملاحظة: لم تتم مزامنة فئات المنتدى بعد، لذا لم يتم التحقق من المعرّفات؛ وسيقرؤها &apos;outpost-cli sync&apos;.</translation>
    </message>
</context>
<context>
    <name>outpost::cli::HumanFormat</name>
    <message>
        <source>never</source>
        <extracomment>Shown where a time is not known (e.g. a topic with no posts cached).</extracomment>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>قبل لحظات</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <extracomment>Minutes ago, abbreviated: &quot;5 min ago&quot;.</extracomment>
        <translation>منذ %1 د</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <extracomment>Hours ago, abbreviated: &quot;3 h ago&quot;.</extracomment>
        <translation>منذ %1 س</translation>
    </message>
    <message>
        <source>today %1</source>
        <extracomment>Earlier today, at a time: &quot;today 08:15&quot;.</extracomment>
        <translation>اليوم %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>أمس %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A weekday and a time: &quot;Tuesday 14:05&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds, e.g. &quot;45 s&quot;.</extracomment>
        <translation>%1 ث</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>A duration in minutes and seconds, e.g. &quot;2 min 5 s&quot;.</extracomment>
        <translation>%1 د %2 ث</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>A duration in hours and minutes, e.g. &quot;1 h 20 min&quot;.</extracomment>
        <translation>%1 س %2 د</translation>
    </message>
</context>
<context>
    <name>outpost::cli::LikeCommand</name>
    <message>
        <source>Queue a like of a post.</source>
        <translation>إضافة إعجاب بمنشور إلى صندوق الصادر.</translation>
    </message>
    <message>
        <source>like POST_ID</source>
        <translation>like معرّف_المنشور</translation>
    </message>
    <message>
        <source>like needs the id of a post (a number)</source>
        <translation>يحتاج like إلى معرّف منشور (رقم)</translation>
    </message>
    <message>
        <source>Queued the like of post %1 as %2; it will be sent on the next sync.</source>
        <translation>أُضيف الإعجاب بالمنشور %1 إلى صندوق الصادر بالمعرّف %2؛ وسيُرسَل في المزامنة التالية.</translation>
    </message>
</context>
<context>
    <name>outpost::cli::LoginCommand</name>
    <message>
        <source>Sign in to the forum with a User API Key (the key goes to the system keychain).</source>
        <translation>تسجيل الدخول إلى المنتدى بمفتاح API للمستخدم (User API Key)، ويُحفظ المفتاح في مخزن مفاتيح النظام.</translation>
    </message>
    <message>
        <source>&apos;login&apos; takes no arguments</source>
        <translation>لا يقبل &apos;login&apos; أي وسائط</translation>
    </message>
    <message>
        <source>Outpost on %1</source>
        <extracomment>Shown to the person on the forum&apos;s consent page; %1 is the computer&apos;s name.</extracomment>
        <translation>Outpost على %1</translation>
    </message>
    <message>
        <source>1. Open this address in your web browser and sign in to %1 if it asks:</source>
        <translation>1. افتح هذا العنوان في متصفح الويب، وسجّل الدخول إلى %1 إذا طُلب منك ذلك:</translation>
    </message>
    <message>
        <source>2. Choose &quot;Authorize&quot;. The forum then shows a long code.</source>
        <translation>2. اختر «Authorize» (تفويض). سيعرض المنتدى بعدها رمزًا طويلًا.</translation>
    </message>
    <message>
        <source>3. Paste the code here and press Enter on an empty line (or Ctrl+D):</source>
        <translation>3. الصق الرمز هنا واضغط Enter في سطر فارغ (أو Ctrl+D):</translation>
    </message>
    <message>
        <source>The forum did not accept the new key: %1</source>
        <translation>لم يقبل المنتدى المفتاح الجديد: %1</translation>
    </message>
    <message>
        <source>%1 For scripts and machines without a keychain, set the environment variable OUTPOST_USER_API_KEY instead.</source>
        <translation>%1 للسكربتات والأجهزة التي لا تحتوي على مخزن مفاتيح، عيّن متغير البيئة OUTPOST_USER_API_KEY بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>تم تسجيل الدخول إلى %1 باسم %2.</translation>
    </message>
    <message>
        <source>Ask the forum to hand the key back to outpost-cli by itself, through http://127.0.0.1:PORT/outpost-auth (the forum&apos;s admins must allow that address). Pasting the code still works while it waits.</source>
        <translation>اطلب من المنتدى أن يعيد المفتاح إلى outpost-cli بنفسه، عبر http://127.0.0.1:PORT/outpost-auth (يجب أن يسمح مشرفو المنتدى بهذا العنوان). يظل لصق الرمز ممكنًا أثناء الانتظار.</translation>
    </message>
    <message>
        <source>The port for --redirect (default: the forum&apos;s setting, else %1; 0: any free port).</source>
        <translation>المنفذ لـ --redirect (الافتراضي: إعداد المنتدى، وإلا %1؛ 0: أي منفذ متاح).</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>--redirect-port must be a number from 0 to 65535</source>
        <translation>يجب أن يكون --redirect-port رقمًا من 0 إلى 65535</translation>
    </message>
    <message>
        <source>Sign in by pasting the code instead.</source>
        <translation>سجّل الدخول بلصق الرمز بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>2. Choose &quot;Authorize&quot;. The forum hands the key back to outpost-cli by itself.</source>
        <translation>2. اختر «Authorize» (تفويض). يعيد المنتدى المفتاح إلى outpost-cli بنفسه.</translation>
    </message>
    <message>
        <source>   If your browser shows a code, or cannot open the page it is sent to, paste the code (or that page&apos;s whole address) here and press Enter on an empty line.</source>
        <translation>   إذا عرض متصفحك رمزًا، أو لم يستطع فتح الصفحة التي يُرسَل إليها، فالصق الرمز (أو العنوان الكامل لتلك الصفحة) هنا واضغط Enter في سطر فارغ.</translation>
    </message>
    <message>
        <source>The forum handed the key back.</source>
        <translation>أعاد المنتدى المفتاح.</translation>
    </message>
</context>
<context>
    <name>outpost::cli::LogoutCommand</name>
    <message>
        <source>Sign out: revoke the key on the forum and remove it from this computer. Drafts and the outbox stay.</source>
        <translation>تسجيل الخروج: إبطال المفتاح في المنتدى وإزالته من هذا الكمبيوتر. تبقى المسودات وصندوق الصادر.</translation>
    </message>
    <message>
        <source>&apos;logout&apos; takes no arguments</source>
        <translation>لا يقبل &apos;logout&apos; أي وسائط</translation>
    </message>
    <message>
        <source>You are not signed in to %1.</source>
        <translation>لم تسجّل الدخول إلى %1.</translation>
    </message>
    <message>
        <source>Signed out of %1. Your drafts and outbox are kept.</source>
        <translation>تم تسجيل الخروج من %1. تم الاحتفاظ بمسوداتك وصندوق الصادر.</translation>
    </message>
    <message>
        <source>The key was removed from this computer, but the forum could not be told to revoke it (%1). Revoke it in your preferences on the forum, under Apps, when you are online.</source>
        <translation>أُزيل المفتاح من هذا الكمبيوتر، لكن تعذّر إبلاغ المنتدى بإبطاله (%1). أبطِله من تفضيلاتك في المنتدى، ضمن «التطبيقات»، عندما تكون متصلًا.</translation>
    </message>
</context>
<context>
    <name>outpost::cli::NewTopicCommand</name>
    <message>
        <source>Queue a new topic (sent on the next sync).</source>
        <translation>إضافة موضوع جديد إلى صندوق الصادر (يُرسَل في المزامنة التالية).</translation>
    </message>
    <message>
        <source>new-topic --category ID --title TITLE (--file FILE | -)</source>
        <translation>new-topic --category المعرّف --title العنوان (--file الملف | -)</translation>
    </message>
    <message>
        <source>The category to post in.</source>
        <translation>الفئة التي يُنشر فيها.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>The topic&apos;s title.</source>
        <translation>عنوان الموضوع.</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>new-topic takes no arguments but &apos;-&apos;</source>
        <translation>لا يقبل new-topic أي وسائط سوى &apos;-&apos;</translation>
    </message>
    <message>
        <source>new-topic needs --category ID (a number)</source>
        <translation>يحتاج new-topic إلى --category المعرّف (رقم)</translation>
    </message>
    <message>
        <source>new-topic needs --title TITLE</source>
        <translation>يحتاج new-topic إلى --title العنوان</translation>
    </message>
    <message>
        <source>Queued the new topic “%1” as %2; it will be sent on the next sync. Reply to it before then with &apos;outpost-cli reply %2 -&apos;.</source>
        <translation>أُضيف الموضوع الجديد «%1» إلى صندوق الصادر بالمعرّف %2؛ وسيُرسَل في المزامنة التالية. يمكنك الرد عليه قبل ذلك باستخدام &apos;outpost-cli reply %2 -&apos;.</translation>
    </message>
</context>
<context>
    <name>outpost::cli::OutboxCommand</name>
    <message>
        <source>List the outbox; show, retry, discard or send its items now.</source>
        <translation>عرض صندوق الصادر؛ وعرض عناصره أو إعادة محاولة إرسالها أو تجاهلها أو إرسالها الآن.</translation>
    </message>
    <message>
        <source>outbox [--json]</source>
        <translation>outbox [--json]</translation>
    </message>
    <message>
        <source>outbox show ID</source>
        <translation>outbox show المعرّف</translation>
    </message>
    <message>
        <source>outbox retry ID [--keep-mine]</source>
        <translation>outbox retry المعرّف [--keep-mine]</translation>
    </message>
    <message>
        <source>outbox discard ID [--with-replies]</source>
        <translation>outbox discard المعرّف [--with-replies]</translation>
    </message>
    <message>
        <source>outbox send [--json]</source>
        <translation>outbox send [--json]</translation>
    </message>
    <message>
        <source>retry: for an edit in conflict, send yours over the forum&apos;s newer version.</source>
        <translation>retry: لتعديل متعارض، أرسِل نسختك فوق النسخة الأحدث في المنتدى.</translation>
    </message>
    <message>
        <source>retry: for an edit in conflict, keep the forum&apos;s version and drop yours.</source>
        <translation>retry: لتعديل متعارض، احتفظ بنسخة المنتدى وتخلَّ عن نسختك.</translation>
    </message>
    <message>
        <source>discard: also discard the queued replies to this new topic.</source>
        <translation>discard: تجاهل أيضًا الردود المنتظرة على هذا الموضوع الجديد.</translation>
    </message>
    <message>
        <source>&apos;outbox %1&apos; needs the id of an item</source>
        <translation>يحتاج &apos;outbox %1&apos; إلى معرّف عنصر</translation>
    </message>
    <message>
        <source>too many arguments for &apos;outbox %1&apos;</source>
        <translation>وسائط أكثر من اللازم لـ &apos;outbox %1&apos;</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (list, show, retry, discard, send)</source>
        <translation>إجراء غير معروف &apos;%1&apos; (list, show, retry, discard, send)</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>صندوق الصادر فارغ.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>ABOUT</source>
        <translation>بشأن</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>DETAILS</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>post %1</source>
        <translation>المنشور %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches several outbox items; give more of the id</source>
        <translation>يطابق &apos;%1&apos; عدة عناصر في صندوق الصادر؛ أعطِ جزءًا أطول من المعرّف</translation>
    </message>
    <message>
        <source>there is no outbox item &apos;%1&apos;; &apos;outpost-cli outbox&apos; lists them</source>
        <translation>لا يوجد عنصر &apos;%1&apos; في صندوق الصادر؛ يعرض &apos;outpost-cli outbox&apos; العناصر</translation>
    </message>
    <message>
        <source>note: an earlier attempt to send it may have reached the forum; check the topic there.</source>
        <translation>ملاحظة: ربما وصلت محاولة سابقة لإرساله إلى المنتدى؛ تحقّق من الموضوع هناك.</translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n item(s).</source>
        <translation>
            <numerusform>تم تجاهل %n عنصر.</numerusform>
            <numerusform>تم تجاهل عنصر واحد (%n).</numerusform>
            <numerusform>تم تجاهل عنصرين (%n).</numerusform>
            <numerusform>تم تجاهل %n عناصر.</numerusform>
            <numerusform>تم تجاهل %n عنصرًا.</numerusform>
            <numerusform>تم تجاهل %n عنصر.</numerusform>
        </translation>
    </message>
    <message>
        <source>this edit is in conflict with a newer version on the forum: retry it with --keep-mine or --take-theirs (&apos;outpost-cli outbox show %1&apos; shows both)</source>
        <translation>يتعارض هذا التعديل مع نسخة أحدث في المنتدى: أعِد محاولته باستخدام --keep-mine أو --take-theirs (يعرض &apos;outpost-cli outbox show %1&apos; النسختين)</translation>
    </message>
    <message>
        <source>Kept the forum&apos;s version; your edit was dropped.</source>
        <translation>تم الاحتفاظ بنسخة المنتدى؛ وأُسقط تعديلك.</translation>
    </message>
    <message>
        <source>Queued %1 again; it will be sent on the next sync.</source>
        <translation>أُعيدت إضافة %1 إلى صندوق الصادر؛ وسيُرسَل في المزامنة التالية.</translation>
    </message>
    <message>
        <source>Item:     %1</source>
        <translation>العنصر:   %1</translation>
    </message>
    <message>
        <source>Kind:     %1</source>
        <translation>النوع:    %1</translation>
    </message>
    <message>
        <source>About:    %1</source>
        <translation>بشأن:     %1</translation>
    </message>
    <message>
        <source>State:    %1</source>
        <translation>الحالة:   %1</translation>
    </message>
    <message>
        <source>Reason:   %1</source>
        <translation>السبب:    %1</translation>
    </message>
    <message>
        <source>On the forum: post %1</source>
        <translation>في المنتدى: المنشور %1</translation>
    </message>
    <message>
        <source>Title:    %1</source>
        <translation>العنوان:  %1</translation>
    </message>
    <message>
        <source>Your text:</source>
        <translation>نصك:</translation>
    </message>
    <message>
        <source>The forum&apos;s text (version %1):</source>
        <translation>نص المنتدى (النسخة %1):</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n item(s).</source>
        <translation>
            <numerusform>تم إرسال %n عنصر.</numerusform>
            <numerusform>تم إرسال عنصر واحد (%n).</numerusform>
            <numerusform>تم إرسال عنصرين (%n).</numerusform>
            <numerusform>تم إرسال %n عناصر.</numerusform>
            <numerusform>تم إرسال %n عنصرًا.</numerusform>
            <numerusform>تم إرسال %n عنصر.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;outpost-cli outbox&apos; lists them with the forum&apos;s reasons.</source>
        <translation>يعرضها &apos;outpost-cli outbox&apos; مع الأسباب التي قدّمها المنتدى.</translation>
    </message>
</context>
<context>
    <name>outpost::cli::OutboxText</name>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>تتعذّر قراءة &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is larger than 4 MB; that is not the text of a post</source>
        <translation>حجم &apos;%1&apos; أكبر من 4 ميغابايت؛ هذا ليس نص منشور</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not UTF-8 text; save it as UTF-8 and try again</source>
        <translation>&apos;%1&apos; ليس نصًا بترميز UTF-8؛ احفظه بترميز UTF-8 وحاول مجددًا</translation>
    </message>
    <message>
        <source>the text is empty; there is nothing to send</source>
        <translation>النص فارغ؛ لا يوجد ما يُرسَل</translation>
    </message>
    <message numerus="yes">
        <source>note: forums usually refuse posts shorter than %n characters; it is queued anyway, and the forum will say.</source>
        <translation>
            <numerusform>ملاحظة: ترفض المنتديات عادةً المنشورات الأقصر من %n حرف؛ أُضيف إلى صندوق الصادر على أي حال، وسيُبلغك المنتدى بقراره.</numerusform>
            <numerusform>ملاحظة: ترفض المنتديات عادةً المنشورات الأقصر من حرف واحد (%n)؛ أُضيف إلى صندوق الصادر على أي حال، وسيُبلغك المنتدى بقراره.</numerusform>
            <numerusform>ملاحظة: ترفض المنتديات عادةً المنشورات الأقصر من حرفين (%n)؛ أُضيف إلى صندوق الصادر على أي حال، وسيُبلغك المنتدى بقراره.</numerusform>
            <numerusform>ملاحظة: ترفض المنتديات عادةً المنشورات الأقصر من %n أحرف؛ أُضيف إلى صندوق الصادر على أي حال، وسيُبلغك المنتدى بقراره.</numerusform>
            <numerusform>ملاحظة: ترفض المنتديات عادةً المنشورات الأقصر من %n حرفًا؛ أُضيف إلى صندوق الصادر على أي حال، وسيُبلغك المنتدى بقراره.</numerusform>
            <numerusform>ملاحظة: ترفض المنتديات عادةً المنشورات الأقصر من %n حرف؛ أُضيف إلى صندوق الصادر على أي حال، وسيُبلغك المنتدى بقراره.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>note: forums usually refuse posts longer than %n characters; it is queued anyway, and the forum will say.</source>
        <translation>
            <numerusform>ملاحظة: ترفض المنتديات عادةً المنشورات الأطول من %n حرف؛ أُضيف إلى صندوق الصادر على أي حال، وسيُبلغك المنتدى بقراره.</numerusform>
            <numerusform>ملاحظة: ترفض المنتديات عادةً المنشورات الأطول من حرف واحد (%n)؛ أُضيف إلى صندوق الصادر على أي حال، وسيُبلغك المنتدى بقراره.</numerusform>
            <numerusform>ملاحظة: ترفض المنتديات عادةً المنشورات الأطول من حرفين (%n)؛ أُضيف إلى صندوق الصادر على أي حال، وسيُبلغك المنتدى بقراره.</numerusform>
            <numerusform>ملاحظة: ترفض المنتديات عادةً المنشورات الأطول من %n أحرف؛ أُضيف إلى صندوق الصادر على أي حال، وسيُبلغك المنتدى بقراره.</numerusform>
            <numerusform>ملاحظة: ترفض المنتديات عادةً المنشورات الأطول من %n حرفًا؛ أُضيف إلى صندوق الصادر على أي حال، وسيُبلغك المنتدى بقراره.</numerusform>
            <numerusform>ملاحظة: ترفض المنتديات عادةً المنشورات الأطول من %n حرف؛ أُضيف إلى صندوق الصادر على أي حال، وسيُبلغك المنتدى بقراره.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>note: forums usually refuse titles shorter than %n characters; it is queued anyway, and the forum will say.</source>
        <translation>
            <numerusform>ملاحظة: ترفض المنتديات عادةً العناوين الأقصر من %n حرف؛ أُضيف إلى صندوق الصادر على أي حال، وسيُبلغك المنتدى بقراره.</numerusform>
            <numerusform>ملاحظة: ترفض المنتديات عادةً العناوين الأقصر من حرف واحد (%n)؛ أُضيف إلى صندوق الصادر على أي حال، وسيُبلغك المنتدى بقراره.</numerusform>
            <numerusform>ملاحظة: ترفض المنتديات عادةً العناوين الأقصر من حرفين (%n)؛ أُضيف إلى صندوق الصادر على أي حال، وسيُبلغك المنتدى بقراره.</numerusform>
            <numerusform>ملاحظة: ترفض المنتديات عادةً العناوين الأقصر من %n أحرف؛ أُضيف إلى صندوق الصادر على أي حال، وسيُبلغك المنتدى بقراره.</numerusform>
            <numerusform>ملاحظة: ترفض المنتديات عادةً العناوين الأقصر من %n حرفًا؛ أُضيف إلى صندوق الصادر على أي حال، وسيُبلغك المنتدى بقراره.</numerusform>
            <numerusform>ملاحظة: ترفض المنتديات عادةً العناوين الأقصر من %n حرف؛ أُضيف إلى صندوق الصادر على أي حال، وسيُبلغك المنتدى بقراره.</numerusform>
        </translation>
    </message>
    <message>
        <source>reply</source>
        <translation>رد</translation>
    </message>
    <message>
        <source>new topic</source>
        <translation>موضوع جديد</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>like</source>
        <translation>إعجاب</translation>
    </message>
    <message>
        <source>queued (checking)</source>
        <translation>في الانتظار (قيد التحقق)</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>جارٍ الإرسال</translation>
    </message>
    <message>
        <source>sent (awaiting approval)</source>
        <translation>أُرسل (بانتظار الموافقة)</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>أُرسل</translation>
    </message>
    <message>
        <source>needs attention (conflict)</source>
        <translation>يحتاج إلى انتباهك (تعارض)</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>يحتاج إلى انتباهك</translation>
    </message>
    <message>
        <source>after new topic %1</source>
        <translation>بعد الموضوع الجديد %1</translation>
    </message>
    <message>
        <source>topic %1, post %2</source>
        <extracomment>%1 is a topic id, %2 a post number in it</extracomment>
        <translation>الموضوع %1، المنشور %2</translation>
    </message>
    <message>
        <source>topic %1</source>
        <translation>الموضوع %1</translation>
    </message>
    <message>
        <source>“%1” in category %2</source>
        <extracomment>%1 is a topic title, %2 a category id</extracomment>
        <translation>«%1» في الفئة %2</translation>
    </message>
    <message>
        <source>post %1</source>
        <translation>المنشور %1</translation>
    </message>
</context>
<context>
    <name>outpost::cli::ReadCommands</name>
    <message>
        <source>List the forum&apos;s categories; followed ones are marked.</source>
        <translation>عرض فئات المنتدى، مع تمييز الفئات المتابَعة.</translation>
    </message>
    <message>
        <source>&apos;categories&apos; takes no arguments</source>
        <translation>لا يقبل &apos;categories&apos; أي وسائط</translation>
    </message>
    <message>
        <source>No categories in the offline copy yet: run &apos;outpost-cli sync&apos;.</source>
        <translation>لا توجد فئات في النسخة المحلية بعد: شغّل &apos;outpost-cli sync&apos;.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>TOPICS</source>
        <extracomment>Column: topics cached offline / topics on the forum.</extracomment>
        <translation>الموضوعات</translation>
    </message>
    <message>
        <source>FOLLOWED</source>
        <translation>متابَعة</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>List cached topics, newest activity first.</source>
        <translation>عرض الموضوعات المحفوظة محليًا، الأحدث نشاطًا أولًا.</translation>
    </message>
    <message>
        <source>Only this category and its subcategories.</source>
        <translation>هذه الفئة وفئاتها الفرعية فقط.</translation>
    </message>
    <message>
        <source>At most N topics (default 50; 0 for all).</source>
        <translation>الحد الأقصى لعدد الموضوعات: N (الافتراضي 50؛ و0 للكل).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>&apos;topics&apos; takes no arguments, only options</source>
        <translation>لا يقبل &apos;topics&apos; أي وسائط، بل خيارات فقط</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a category id</source>
        <translation>&apos;%1&apos; ليس معرّف فئة</translation>
    </message>
    <message>
        <source>--limit needs a number, 0 or more</source>
        <translation>يحتاج --limit إلى رقم، 0 أو أكثر</translation>
    </message>
    <message>
        <source>No topics in the offline copy yet: follow categories and run &apos;outpost-cli sync&apos;.</source>
        <translation>لا توجد موضوعات في النسخة المحلية بعد: تابِع فئات وشغّل &apos;outpost-cli sync&apos;.</translation>
    </message>
    <message>
        <source>Show a cached topic, post by post.</source>
        <translation>عرض موضوع محفوظ محليًا، منشورًا تلو الآخر.</translation>
    </message>
    <message>
        <source>&apos;thread&apos; needs one topic id</source>
        <translation>يحتاج &apos;thread&apos; إلى معرّف موضوع واحد</translation>
    </message>
    <message>
        <source>topic %1 is not in the offline copy; fetch it with &apos;outpost-cli sync --topic %1&apos;</source>
        <translation>الموضوع %1 غير موجود في النسخة المحلية؛ اجلبه باستخدام &apos;outpost-cli sync --topic %1&apos;</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 posts cached</source>
        <extracomment>Under a thread&apos;s title: %1 category, %2 posts cached, %3 posts on the forum.</extracomment>
        <translation>%1 · المنشورات المحفوظة محليًا: %2 من %3</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>الفئة %1</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>edited</source>
        <extracomment>After a post&apos;s date: it was edited.</extracomment>
        <translation>معدَّل</translation>
    </message>
    <message>
        <source>No post of this topic is cached; fetch it with &apos;outpost-cli sync --topic %1&apos;.</source>
        <translation>لا يوجد أي منشور محفوظ محليًا من هذا الموضوع؛ اجلبه باستخدام &apos;outpost-cli sync --topic %1&apos;.</translation>
    </message>
    <message>
        <source>What is new since the previous sync, and the forum&apos;s top topics.</source>
        <translation>ما الجديد منذ المزامنة السابقة، وموضوعات المنتدى الأكثر نشاطًا.</translation>
    </message>
    <message>
        <source>&apos;digest&apos; takes no arguments</source>
        <translation>لا يقبل &apos;digest&apos; أي وسائط</translation>
    </message>
    <message>
        <source>No digest yet: run &apos;outpost-cli sync&apos;.</source>
        <translation>لا يوجد ملخص بعد: شغّل &apos;outpost-cli sync&apos;.</translation>
    </message>
    <message>
        <source>Digest of %1, since %2</source>
        <translation>ملخص %1، منذ %2</translation>
    </message>
    <message>
        <source>New topics</source>
        <translation>موضوعات جديدة</translation>
    </message>
    <message>
        <source>Topics with new posts</source>
        <translation>موضوعات فيها منشورات جديدة</translation>
    </message>
    <message>
        <source>Top topics of the week</source>
        <translation>الموضوعات الأكثر نشاطًا هذا الأسبوع</translation>
    </message>
    <message>
        <source>Top topics of the month</source>
        <translation>الموضوعات الأكثر نشاطًا هذا الشهر</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Search the cached posts (accents and case do not matter).</source>
        <translation>البحث في المنشورات المحفوظة محليًا (دون تمييز للعلامات المضافة إلى الحروف أو لحالة الأحرف).</translation>
    </message>
    <message>
        <source>Only in this category.</source>
        <translation>في هذه الفئة فقط.</translation>
    </message>
    <message>
        <source>At most N results (default 20).</source>
        <translation>الحد الأقصى لعدد النتائج: N (الافتراضي 20).</translation>
    </message>
    <message>
        <source>&apos;search&apos; needs something to look for</source>
        <translation>يحتاج &apos;search&apos; إلى ما يبحث عنه</translation>
    </message>
    <message>
        <source>--limit needs a number above 0</source>
        <translation>يحتاج --limit إلى رقم أكبر من 0</translation>
    </message>
    <message>
        <source>Nothing in the offline copy matches “%1”.</source>
        <translation>لا شيء في النسخة المحلية يطابق «%1».</translation>
    </message>
    <message>
        <source>%1 (topic %2, #%3 by %4, %5)</source>
        <extracomment>A search result&apos;s heading: %1 title, %2 topic id, %3 post number, %4 author, %5 when.</extracomment>
        <translation>%1 (الموضوع %2، #%3 بواسطة %4، %5)</translation>
    </message>
    <message>
        <source>Per forum: last sync, followed categories, what is cached, the outbox.</source>
        <translation>لكل منتدى: آخر مزامنة، والفئات المتابَعة، وما حُفظ محليًا، وصندوق الصادر.</translation>
    </message>
    <message>
        <source>&apos;status&apos; takes no arguments</source>
        <translation>لا يقبل &apos;status&apos; أي وسائط</translation>
    </message>
    <message>
        <source>No forum yet. Add one with &apos;outpost-cli forum add URL&apos;.</source>
        <translation>لا يوجد منتدى بعد. أضِف منتدى باستخدام &apos;outpost-cli forum add URL&apos;.</translation>
    </message>
    <message>
        <source>%1 (default) — %2</source>
        <translation>%1 (الافتراضي) — %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (stopped early; last complete: %2)</source>
        <extracomment>After the time of the last sync, when it stopped early.</extracomment>
        <translation>%1 (توقفت مبكرًا؛ آخر مزامنة كاملة: %2)</translation>
    </message>
    <message>
        <source>last sync:</source>
        <extracomment>Labels of &apos;outpost-cli status&apos;, aligned in a column.</extracomment>
        <translation>آخر مزامنة:</translation>
    </message>
    <message>
        <source>following:</source>
        <translation>الفئات المتابَعة:</translation>
    </message>
    <message>
        <source>no category</source>
        <translation>لا فئات</translation>
    </message>
    <message>
        <source>offline copy:</source>
        <translation>النسخة المحلية:</translation>
    </message>
    <message>
        <source>%1 topics, %2 posts, %3</source>
        <translation>الموضوعات: %1، المنشورات: %2، %3</translation>
    </message>
    <message>
        <source>outbox:</source>
        <translation>صندوق الصادر:</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>في الانتظار: %1</translation>
    </message>
</context>
<context>
    <name>outpost::cli::ReadOutput</name>
    <message>
        <source>ID</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>POSTS</source>
        <extracomment>Column of cached/total posts, e.g. &quot;12/14&quot;.</extracomment>
        <translation>المنشورات</translation>
    </message>
    <message>
        <source>UNREAD</source>
        <translation>غير مقروء</translation>
    </message>
    <message>
        <source>ACTIVITY</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>%1 [closed]</source>
        <extracomment>A closed topic&apos;s title in lists.</extracomment>
        <translation>%1 [مغلق]</translation>
    </message>
    <message>
        <source>new</source>
        <extracomment>A topic never opened, in the UNREAD column.</extracomment>
        <translation>جديد</translation>
    </message>
</context>
<context>
    <name>outpost::cli::ReplyCommand</name>
    <message>
        <source>Queue a reply to a topic (sent on the next sync).</source>
        <translation>إضافة رد على موضوع إلى صندوق الصادر (يُرسَل في المزامنة التالية).</translation>
    </message>
    <message>
        <source>reply TOPIC_ID (--file FILE | -) [--to POST_NUMBER]</source>
        <translation>reply معرّف_الموضوع (--file الملف | -) [--to رقم_المنشور]</translation>
    </message>
    <message>
        <source>reply NEW_TOPIC_OUTBOX_ID (--file FILE | -)</source>
        <translation>reply معرّف_الموضوع_الجديد_في_الصادر (--file الملف | -)</translation>
    </message>
    <message>
        <source>Reply to this post of the topic.</source>
        <translation>الرد على هذا المنشور من الموضوع.</translation>
    </message>
    <message>
        <source>POST_NUMBER</source>
        <translation>رقم_المنشور</translation>
    </message>
    <message>
        <source>reply needs a topic id, then the text</source>
        <translation>يحتاج reply إلى معرّف موضوع، ثم النص</translation>
    </message>
    <message>
        <source>--to needs a post number (1, 2, ...)</source>
        <translation>يحتاج --to إلى رقم منشور (1، 2، ...)</translation>
    </message>
    <message>
        <source>Queued the reply to topic %1 as %2; it will be sent on the next sync.</source>
        <translation>أُضيف الرد على الموضوع %1 إلى صندوق الصادر بالمعرّف %2؛ وسيُرسَل في المزامنة التالية.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches several outbox items; give more of the id</source>
        <translation>يطابق &apos;%1&apos; عدة عناصر في صندوق الصادر؛ أعطِ جزءًا أطول من المعرّف</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a topic id nor a new topic in the outbox</source>
        <translation>&apos;%1&apos; ليس معرّف موضوع ولا موضوعًا جديدًا في صندوق الصادر</translation>
    </message>
    <message>
        <source>Queued the reply as %1; it will be sent on the next sync, after the new topic %2.</source>
        <translation>أُضيف الرد إلى صندوق الصادر بالمعرّف %1؛ وسيُرسَل في المزامنة التالية، بعد الموضوع الجديد %2.</translation>
    </message>
</context>
<context>
    <name>outpost::cli::SyncCommands</name>
    <message>
        <source>[%1/%2 topics, %3] %4</source>
        <extracomment>The sync&apos;s progress line: %1/%2 topics done/planned, %3 bytes downloaded, %4 what it is doing.</extracomment>
        <translation>[الموضوعات %1/%2، %3] %4</translation>
    </message>
    <message>
        <source>Cancelling: finishing what is being saved …</source>
        <translation>جارٍ الإلغاء: إنهاء ما يجري حفظه …</translation>
    </message>
    <message>
        <source>Pull the followed categories and the digest into the offline copy.</source>
        <translation>جلب الفئات المتابَعة والملخص إلى النسخة المحلية.</translation>
    </message>
    <message>
        <source>Also fetch one more window of older topics of this category (repeatable).</source>
        <translation>جلب دفعة إضافية من الموضوعات الأقدم في هذه الفئة أيضًا (يمكن تكراره).</translation>
    </message>
    <message>
        <source>CATEGORY_ID</source>
        <translation>معرّف_الفئة</translation>
    </message>
    <message>
        <source>Also fetch this whole thread now, first (repeatable).</source>
        <translation>جلب هذا الموضوع كاملًا الآن أيضًا، قبل غيره (يمكن تكراره).</translation>
    </message>
    <message>
        <source>TOPIC_ID</source>
        <translation>معرّف_الموضوع</translation>
    </message>
    <message>
        <source>&apos;sync&apos; takes no arguments, only options</source>
        <translation>لا يقبل &apos;sync&apos; أي وسائط، بل خيارات فقط</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a category id</source>
        <translation>&apos;%1&apos; ليس معرّف فئة</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a topic id</source>
        <translation>&apos;%1&apos; ليس معرّف موضوع</translation>
    </message>
    <message>
        <source>Synced “%1” in %2.</source>
        <translation>تمت مزامنة «%1» خلال %2.</translation>
    </message>
    <message>
        <source>Synced part of “%1” in %2.</source>
        <translation>تمت مزامنة جزء من «%1» خلال %2.</translation>
    </message>
    <message>
        <source>topics updated:</source>
        <extracomment>Labels of the sync summary, aligned in a column.</extracomment>
        <translation>الموضوعات المحدَّثة:</translation>
    </message>
    <message>
        <source>posts:</source>
        <translation>المنشورات:</translation>
    </message>
    <message>
        <source>%1 new, %2 edited, %3 deleted</source>
        <translation>جديدة: %1، معدَّلة: %2، محذوفة: %3</translation>
    </message>
    <message>
        <source>requests:</source>
        <translation>الطلبات:</translation>
    </message>
    <message>
        <source>%1 (%2 down, %3 up)</source>
        <translation>%1 (تنزيل %2، رفع %3)</translation>
    </message>
    <message>
        <source>Problems (the next sync tries again):</source>
        <translation>مشكلات (ستعيد المزامنة التالية المحاولة):</translation>
    </message>
    <message>
        <source>You follow no category of this forum yet, so only its categories and the digest were synced. &apos;outpost-cli categories&apos; lists them; &apos;outpost-cli follow ID&apos; picks the ones to keep offline.</source>
        <translation>لا تتابع أي فئة في هذا المنتدى بعد، لذا تمت مزامنة فئاته والملخص فقط. يعرض &apos;outpost-cli categories&apos; الفئات؛ ويختار &apos;outpost-cli follow المعرّف&apos; الفئات التي تريد الاحتفاظ بها دون اتصال.</translation>
    </message>
</context>
<context>
    <name>outpost::discourse</name>
    <message>
        <source>The forum asked Outpost to slow down. Try again in a little while.</source>
        <translation>طلب المنتدى من Outpost الإبطاء. حاول مجددًا بعد قليل.</translation>
    </message>
    <message>
        <source>The forum limits what new members can post: %1</source>
        <extracomment>%1 is the reason the forum gave, in its own words</extracomment>
        <translation>يقيّد المنتدى ما يمكن للأعضاء الجدد نشره: %1</translation>
    </message>
    <message>
        <source>The forum is in read-only mode, usually for maintenance or a backup. Try again later.</source>
        <translation>المنتدى في وضع القراءة فقط، عادةً بسبب الصيانة أو النسخ الاحتياطي. حاول مجددًا لاحقًا.</translation>
    </message>
    <message>
        <source>The forum refused your sign-in key; sign in again.</source>
        <translation>رفض المنتدى مفتاح تسجيل دخولك؛ سجّل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>The forum did not allow this: %1</source>
        <extracomment>%1 is the reason the forum gave, in its own words</extracomment>
        <translation>لم يسمح المنتدى بهذا: %1</translation>
    </message>
    <message>
        <source>The forum did not accept this because the topic has been closed or deleted.</source>
        <translation>لم يقبل المنتدى هذا لأن الموضوع أُغلق أو حُذف.</translation>
    </message>
    <message>
        <source>The forum could not find this. It may have been deleted or made private.</source>
        <translation>تعذّر على المنتدى العثور على هذا. ربما حُذف أو أصبح خاصًا.</translation>
    </message>
    <message>
        <source>The forum ran into an internal error (HTTP %1). Try again later; if it keeps happening, tell the forum&apos;s administrators.</source>
        <extracomment>%1 is an HTTP status code, e.g. 502</extracomment>
        <translation>حدث خطأ داخلي في المنتدى (HTTP %1). حاول مجددًا لاحقًا؛ وإذا تكرر ذلك، فأبلغ مسؤولي المنتدى.</translation>
    </message>
    <message>
        <source>The forum&apos;s server is not answering properly right now (HTTP %1). Try again later.</source>
        <extracomment>%1 is an HTTP status code, e.g. 502</extracomment>
        <translation>خادم المنتدى لا يستجيب بشكل سليم الآن (HTTP %1). حاول مجددًا لاحقًا.</translation>
    </message>
    <message>
        <source>The forum refused this because it is too short: %1</source>
        <extracomment>%1 is the reason the forum gave, in its own words</extracomment>
        <translation>رفض المنتدى هذا لأنه قصير جدًا: %1</translation>
    </message>
    <message>
        <source>The forum refused this as a repeat of something you posted a few minutes ago: %1</source>
        <extracomment>%1 is the reason the forum gave, in its own words</extracomment>
        <translation>رفض المنتدى هذا لأنه تكرار لشيء نشرته قبل دقائق: %1</translation>
    </message>
    <message>
        <source>The forum asked you to wait: %1</source>
        <extracomment>%1 is the reason the forum gave, in its own words</extracomment>
        <translation>طلب منك المنتدى الانتظار: %1</translation>
    </message>
    <message>
        <source>The forum did not accept this: %1</source>
        <extracomment>%1 is the reason the forum gave, in its own words</extracomment>
        <translation>لم يقبل المنتدى هذا: %1</translation>
    </message>
    <message>
        <source>The forum refused the request (HTTP %1).</source>
        <extracomment>%1 is an HTTP status code, e.g. 502</extracomment>
        <translation>رفض المنتدى الطلب (HTTP %1).</translation>
    </message>
    <message>
        <source>The forum sent an empty answer. Try again later.</source>
        <translation>أرسل المنتدى استجابة فارغة. حاول مجددًا لاحقًا.</translation>
    </message>
    <message>
        <source>A web page answered instead of the forum. If you are on a hotel or public network, open a browser to sign in to the network, then try again.</source>
        <translation>استجابت صفحة ويب بدلًا من المنتدى. إذا كنت على شبكة فندق أو شبكة عامة، فافتح متصفحًا لتسجيل الدخول إلى الشبكة، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>The forum&apos;s answer was cut off, probably by a dropped connection. Try again.</source>
        <translation>انقطعت استجابة المنتدى قبل اكتمالها، ربما بسبب انقطاع الاتصال. حاول مجددًا.</translation>
    </message>
    <message>
        <source>The forum sent an answer Outpost cannot read. The forum may run a version Outpost does not support yet.</source>
        <translation>أرسل المنتدى استجابة لا يستطيع Outpost قراءتها. ربما يعمل المنتدى بإصدار لا يدعمه Outpost بعد.</translation>
    </message>
    <message>
        <source>[Image: %1, %2×%3]</source>
        <extracomment>Placeholder for an image of a post; %1 is its description, %2×%3 its size in pixels</extracomment>
        <translation>[صورة: %1، %2×%3]</translation>
    </message>
    <message>
        <source>[Image: %1]</source>
        <extracomment>Placeholder for an image of a post; %1 is its description</extracomment>
        <translation>[صورة: %1]</translation>
    </message>
    <message>
        <source>[Image, %1×%2]</source>
        <extracomment>Placeholder for an image of a post without description; %1×%2 is its size in pixels</extracomment>
        <translation>[صورة، %1×%2]</translation>
    </message>
    <message>
        <source>[Image]</source>
        <extracomment>Placeholder for an image of a post without description or size</extracomment>
        <translation>[صورة]</translation>
    </message>
    <message>
        <source>Quote:</source>
        <extracomment>Above quoted text whose author is unknown</extracomment>
        <translation>اقتباس:</translation>
    </message>
    <message>
        <source>%1 said:</source>
        <extracomment>Above quoted text; %1 is the username of the person quoted</extracomment>
        <translation>كتب %1:</translation>
    </message>
    <message>
        <source>This post is too long to show in full here.</source>
        <translation>هذا المنشور أطول من أن يُعرض كاملًا هنا.</translation>
    </message>
    <message numerus="yes">
        <source>Table shortened: %n more row(s) not shown.</source>
        <translation>
            <numerusform>تم اختصار الجدول: لم يُعرض %n صف آخر.</numerusform>
            <numerusform>تم اختصار الجدول: لم يُعرض صف واحد (%n) آخر.</numerusform>
            <numerusform>تم اختصار الجدول: لم يُعرض صفان (%n) آخران.</numerusform>
            <numerusform>تم اختصار الجدول: لم تُعرض %n صفوف أخرى.</numerusform>
            <numerusform>تم اختصار الجدول: لم يُعرض %n صفًا آخر.</numerusform>
            <numerusform>تم اختصار الجدول: لم يُعرض %n صف آخر.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outpost::forums</name>
    <message>
        <source>Type the address of the forum, for example community.dhis2.org.</source>
        <translation>اكتب عنوان المنتدى، مثل community.dhis2.org.</translation>
    </message>
    <message>
        <source>“%1” is not a web address. Type it as it appears in your browser, for example community.dhis2.org.</source>
        <translation>«%1» ليس عنوان ويب. اكتبه كما يظهر في متصفحك، مثل community.dhis2.org.</translation>
    </message>
    <message>
        <source>Outpost opens forums over https (or http). “%1” is neither.</source>
        <translation>يفتح Outpost المنتديات عبر https (أو http)، و«%1» ليس أيًّا منهما.</translation>
    </message>
    <message>
        <source>Leave the name and password out of the address; public forums need neither.</source>
        <translation>لا تضع اسم المستخدم وكلمة المرور في العنوان؛ فالمنتديات العامة لا تحتاج إلى أيٍّ منهما.</translation>
    </message>
    <message>
        <source>Outpost could not reach the forum. Check the address and your connection, then try again.</source>
        <translation>تعذّر على Outpost الوصول إلى المنتدى. تحقّق من العنوان ومن اتصالك، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>This forum shows its categories only to members who are signed in. Outpost cannot sign in yet, so it cannot follow this forum.</source>
        <translation>لا يعرض هذا المنتدى فئاته إلا للأعضاء الذين سجّلوا الدخول. لا يستطيع Outpost تسجيل الدخول بعد، لذا لا يمكنه متابعة هذا المنتدى.</translation>
    </message>
    <message>
        <source>There is no Discourse forum at this address. Check it against the one in your browser.</source>
        <translation>لا يوجد منتدى Discourse على هذا العنوان. قارِنه بالعنوان الذي في متصفحك.</translation>
    </message>
    <message>
        <source>This address answered, but not as a Discourse forum does. Check that it is the forum&apos;s own address.</source>
        <translation>استجاب هذا العنوان، لكن ليس كما يستجيب منتدى Discourse. تحقّق من أنه عنوان المنتدى نفسه.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::AboutDialog</name>
    <message>
        <source>Made by</source>
        <translation>من إعداد</translation>
    </message>
    <message>
        <source>Translated by</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A language and the people who translated Outpost into it</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>These languages wait for their first credited translator: %1. translations/TRANSLATING.md says how to help.</source>
        <translation>هذه اللغات تنتظر أول مترجم يُذكر اسمه: %1. يشرح الملف translations/TRANSLATING.md كيف يمكنك المساعدة.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>بُني باستخدام</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A library Outpost uses, and its licence</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>About Outpost</source>
        <translation>حول Outpost</translation>
    </message>
    <message>
        <source>Version %1</source>
        <extracomment>%1 is the version number</extracomment>
        <translation>الإصدار %1</translation>
    </message>
    <message>
        <source>Read, search and follow Discourse forums, also offline: made for slow, costly and intermittent connections.</source>
        <translation>قراءة منتديات Discourse والبحث فيها ومتابعتها، حتى دون اتصال: مصمَّم للاتصالات البطيئة والمكلفة والمتقطعة.</translation>
    </message>
    <message>
        <source>Outpost is free software under the GNU General Public License, version 3 or (at your option) any later version (%1). It comes with no warranty.</source>
        <extracomment>%1 is the licence&apos;s SPDX name (GPL-3.0-or-later)</extracomment>
        <translation>Outpost برنامج حر يخضع لرخصة جنو العمومية العامة (GNU General Public License)، الإصدار 3 أو (حسب اختيارك) أي إصدار لاحق (%1). ويأتي دون أي ضمان.</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;حول</translation>
    </message>
    <message>
        <source>&amp;Credits</source>
        <translation>&amp;شكر وتقدير</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>ال&amp;ترخيص</translation>
    </message>
</context>
<context>
    <name>outpost::gui::AccountController</name>
    <message>
        <source>Looking for your sign-in…</source>
        <translation>جارٍ البحث عن تسجيل دخولك…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>لم تسجّل الدخول</translation>
    </message>
    <message>
        <source>Signed in (for this run only)</source>
        <translation>تم تسجيل الدخول (لهذا التشغيل فقط)</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>تم تسجيل الدخول</translation>
    </message>
    <message>
        <source>Signed in as %1 (for this run only)</source>
        <extracomment>%1 is the person&apos;s username on the forum</extracomment>
        <translation>تم تسجيل الدخول باسم %1 (لهذا التشغيل فقط)</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>تم تسجيل الدخول باسم %1</translation>
    </message>
    <message>
        <source>Needs sign-in</source>
        <translation>يلزم تسجيل الدخول</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>جارٍ تسجيل الخروج…</translation>
    </message>
    <message>
        <source>You are signed in as %1.</source>
        <translation>أنت مسجّل الدخول باسم %1.</translation>
    </message>
    <message>
        <source>You are offline.</source>
        <translation>أنت غير متصل.</translation>
    </message>
    <message>
        <source>You are signed out on this computer, but the forum could not be told to revoke the key (%1). Revoke it in your preferences on the forum, under Apps, when you are online.</source>
        <translation>تم تسجيل خروجك على هذا الكمبيوتر، لكن تعذّر إبلاغ المنتدى بإبطال المفتاح (%1). أبطِله من تفضيلاتك في المنتدى، ضمن «التطبيقات»، عندما تكون متصلًا.</translation>
    </message>
    <message>
        <source>You are signed out of %1. Your drafts and outbox are kept.</source>
        <extracomment>%1 is the forum&apos;s name</extracomment>
        <translation>تم تسجيل خروجك من %1. تم الاحتفاظ بمسوداتك وصندوق الصادر.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::AccountStatus</name>
    <message>
        <source>Sign In…</source>
        <translation>تسجيل الدخول…</translation>
    </message>
    <message>
        <source>Public forums work without signing in. To post, like and see your watched categories, sign in.</source>
        <translation>تعمل المنتديات العامة دون تسجيل الدخول. لتنشر وتُعجب بالمنشورات وترى الفئات التي تراقبها، سجّل الدخول.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::AppCommandLine</name>
    <message>
        <source>Outpost: read, search and follow a Discourse forum, also offline.</source>
        <translation>Outpost: اقرأ منتدى Discourse وابحث فيه وتابِعه، حتى دون اتصال.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>عرض هذه المساعدة.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>عرض الإصدار.</translation>
    </message>
    <message>
        <source>Where the cache and settings live (default: $OUTPOST_PROFILE, else the platform&apos;s application data folder).</source>
        <translation>مكان النسخة المحلية والإعدادات (الافتراضي: $OUTPOST_PROFILE، وإلا فمجلد بيانات التطبيقات في النظام).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>Show the main window for about a second and quit (for packaging checks).</source>
        <translation>عرض النافذة الرئيسية لنحو ثانية ثم الخروج (لفحوصات الحزم).</translation>
    </message>
    <message>
        <source>Add this forum (or open it, if it is already added) and skip the first-start questions.</source>
        <translation>إضافة هذا المنتدى (أو فتحه إن كان مضافًا من قبل) وتخطي أسئلة التشغيل الأول.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>With --add-forum: follow these categories, by id.</source>
        <translation>مع --add-forum: متابعة هذه الفئات، حسب المعرّف.</translation>
    </message>
    <message>
        <source>ID,ID…</source>
        <translation>معرّف,معرّف…</translation>
    </message>
    <message>
        <source>outpost: %1</source>
        <translation>outpost: %1</translation>
    </message>
    <message>
        <source>Try &apos;outpost --help&apos; for more information.</source>
        <translation>جرّب &apos;outpost --help&apos; لمزيد من المعلومات.</translation>
    </message>
    <message>
        <source>outpost: unexpected argument &apos;%1&apos;</source>
        <translation>outpost: وسيط غير متوقع &apos;%1&apos;</translation>
    </message>
    <message>
        <source>outpost: --follow needs --add-forum URL</source>
        <translation>outpost: يحتاج --follow إلى --add-forum URL</translation>
    </message>
    <message>
        <source>outpost: &apos;%1&apos; is not a category id (a positive number)</source>
        <translation>outpost: &apos;%1&apos; ليس معرّف فئة (رقمًا موجبًا)</translation>
    </message>
    <message>
        <source>Show Outpost in this language for this run (fr, es, pt, ar, en, or pseudo to test translations); default: $OUTPOST_LANG, else the language chosen in the settings, else the system&apos;s.</source>
        <translation>عرض Outpost بهذه اللغة في هذا التشغيل فقط (fr أو es أو pt أو ar أو en، أو pseudo لاختبار الترجمات)؛ الافتراضي: $OUTPOST_LANG، وإلا فاللغة المختارة في الإعدادات، وإلا فلغة النظام.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>outpost: --lang needs a language code such as fr or ar</source>
        <translation>outpost: يحتاج --lang إلى رمز لغة مثل fr أو ar</translation>
    </message>
</context>
<context>
    <name>outpost::gui::CategoriesPage</name>
    <message>
        <source>Which categories do you follow?</source>
        <translation>ما الفئات التي تتابعها؟</translation>
    </message>
    <message>
        <source>Outpost downloads the topics of the categories you follow. You can change this any time with the stars in the sidebar.</source>
        <translation>ينزّل Outpost موضوعات الفئات التي تتابعها. يمكنك تغيير ذلك في أي وقت باستخدام النجوم في الشريط الجانبي.</translation>
    </message>
    <message>
        <source>Categories to follow</source>
        <translation>الفئات المراد متابعتها</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>تحديد الكل</translation>
    </message>
    <message>
        <source>Select None</source>
        <translation>إلغاء تحديد الكل</translation>
    </message>
</context>
<context>
    <name>outpost::gui::CategoryChoiceModel</name>
    <message numerus="yes">
        <source>%1 (%n topic(s))</source>
        <extracomment>A category to choose on first start: %1 its name, then its number of topics</extracomment>
        <translation>
            <numerusform>%1 (الموضوعات: %n)</numerusform>
            <numerusform>%1 (الموضوعات: %n)</numerusform>
            <numerusform>%1 (الموضوعات: %n)</numerusform>
            <numerusform>%1 (الموضوعات: %n)</numerusform>
            <numerusform>%1 (الموضوعات: %n)</numerusform>
            <numerusform>%1 (الموضوعات: %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n topic(s)</source>
        <translation>
            <numerusform>%1، %n موضوع</numerusform>
            <numerusform>%1، موضوع واحد (%n)</numerusform>
            <numerusform>%1، موضوعان (%n)</numerusform>
            <numerusform>%1، %n موضوعات</numerusform>
            <numerusform>%1، %n موضوعًا</numerusform>
            <numerusform>%1، %n موضوع</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outpost::gui::CategoryTreeModel</name>
    <message>
        <source>%1, followed</source>
        <extracomment>Spoken description of a category in the sidebar; %1 is its name, then counts</extracomment>
        <translation>%1، تتابعها</translation>
    </message>
    <message>
        <source>%1, not followed</source>
        <translation>%1، لا تتابعها</translation>
    </message>
    <message numerus="yes">
        <source>%n new topic(s)</source>
        <translation>
            <numerusform>%n موضوع جديد</numerusform>
            <numerusform>موضوع واحد (%n) جديد</numerusform>
            <numerusform>موضوعان (%n) جديدان</numerusform>
            <numerusform>%n موضوعات جديدة</numerusform>
            <numerusform>%n موضوعًا جديدًا</numerusform>
            <numerusform>%n موضوع جديد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread topic(s)</source>
        <translation>
            <numerusform>%n موضوع غير مقروء</numerusform>
            <numerusform>موضوع واحد (%n) غير مقروء</numerusform>
            <numerusform>موضوعان (%n) غير مقروءين</numerusform>
            <numerusform>%n موضوعات غير مقروءة</numerusform>
            <numerusform>%n موضوعًا غير مقروء</numerusform>
            <numerusform>%n موضوع غير مقروء</numerusform>
        </translation>
    </message>
    <message>
        <source>What’s new</source>
        <extracomment>Sidebar entry: the digest of what changed since the last visit</extracomment>
        <translation>ما الجديد</translation>
    </message>
    <message>
        <source>Followed topics</source>
        <extracomment>Sidebar entry: the topics of every followed category together</extracomment>
        <translation>الموضوعات المتابَعة</translation>
    </message>
    <message>
        <source>New topics since your last visit, and the week’s and month’s top topics</source>
        <translation>الموضوعات الجديدة منذ زيارتك الأخيرة، والموضوعات الأكثر نشاطًا هذا الأسبوع وهذا الشهر</translation>
    </message>
    <message>
        <source>The newest topics of every category you follow</source>
        <translation>أحدث الموضوعات في كل الفئات التي تتابعها</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) downloaded</source>
        <translation>
            <numerusform>تم تنزيل %n موضوع</numerusform>
            <numerusform>تم تنزيل موضوع واحد (%n)</numerusform>
            <numerusform>تم تنزيل موضوعين (%n)</numerusform>
            <numerusform>تم تنزيل %n موضوعات</numerusform>
            <numerusform>تم تنزيل %n موضوعًا</numerusform>
            <numerusform>تم تنزيل %n موضوع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) with unread posts</source>
        <translation>
            <numerusform>%n موضوع فيه منشورات غير مقروءة</numerusform>
            <numerusform>موضوع واحد (%n) فيه منشورات غير مقروءة</numerusform>
            <numerusform>موضوعان (%n) فيهما منشورات غير مقروءة</numerusform>
            <numerusform>%n موضوعات فيها منشورات غير مقروءة</numerusform>
            <numerusform>%n موضوعًا فيها منشورات غير مقروءة</numerusform>
            <numerusform>%n موضوع فيها منشورات غير مقروءة</numerusform>
        </translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>آخر مزامنة: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>لم تتم المزامنة بعد</translation>
    </message>
</context>
<context>
    <name>outpost::gui::CategoryTreeView</name>
    <message>
        <source>Categories</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <source>Stop following this category</source>
        <translation>إلغاء متابعة هذه الفئة</translation>
    </message>
    <message>
        <source>Follow this category</source>
        <translation>متابعة هذه الفئة</translation>
    </message>
</context>
<context>
    <name>outpost::gui::ComposeController</name>
    <message>
        <source>Add a forum first.</source>
        <translation>أضِف منتدى أولًا.</translation>
    </message>
    <message>
        <source>You can only edit your own posts.</source>
        <translation>لا يمكنك تعديل إلا منشوراتك.</translation>
    </message>
    <message>
        <source>The post’s original Markdown is not downloaded, so the edit starts from its text: check links and formatting before sending.</source>
        <translation>لم يتم تنزيل نص Markdown الأصلي للمنشور، لذا يبدأ التعديل من نصه المعروض: تحقّق من الروابط والتنسيق قبل الإرسال.</translation>
    </message>
    <message>
        <source>That draft is gone: it was sent or deleted.</source>
        <translation>لم تعد هذه المسودة موجودة: فقد أُرسلت أو حُذفت.</translation>
    </message>
    <message>
        <source>You already like this post.</source>
        <translation>لقد أبديت إعجابك بهذا المنشور من قبل.</translation>
    </message>
    <message>
        <source>You cannot like your own post.</source>
        <translation>لا يمكنك الإعجاب بمنشورك.</translation>
    </message>
    <message>
        <source>Your like of this post is already in the outbox.</source>
        <translation>إعجابك بهذا المنشور موجود بالفعل في صندوق الصادر.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::ComposerWindow</name>
    <message>
        <source>Your words are saved as a draft as you type.</source>
        <translation>تُحفظ كلماتك كمسودة أثناء الكتابة.</translation>
    </message>
    <message>
        <source>%1 — Outpost</source>
        <translation>%1 — Outpost</translation>
    </message>
    <message>
        <source>You are editing version %1 of your post. If someone changes it on the forum before your edit goes out, Outpost shows you both texts and lets you choose.</source>
        <translation>أنت تعدّل النسخة %1 من منشورك. إذا غيّره أحد في المنتدى قبل إرسال تعديلك، فسيعرض لك Outpost النصين ويتيح لك الاختيار.</translation>
    </message>
    <message>
        <source>If someone changes your post on the forum before your edit goes out, Outpost shows you both texts and lets you choose.</source>
        <translation>إذا غيّر أحد منشورك في المنتدى قبل إرسال تعديلك، فسيعرض لك Outpost النصين ويتيح لك الاختيار.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>What is the topic about, in a sentence?</source>
        <translation>عمَّ يتحدث الموضوع، في جملة واحدة؟</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>ال&amp;فئة:</translation>
    </message>
    <message>
        <source>Your post, in Markdown</source>
        <extracomment>Accessible name of the composer&apos;s text field</extracomment>
        <translation>منشورك، بتنسيق Markdown</translation>
    </message>
    <message>
        <source>Write in Markdown: **bold**, *italic*, `code`, &gt; quote, - list, @name to mention someone.</source>
        <translation>اكتب بتنسيق Markdown: **غامق**، *مائل*، `شيفرة`، &gt; اقتباس، - قائمة، @الاسم للإشارة إلى شخص.</translation>
    </message>
    <message>
        <source>Preview: how the forum will show it</source>
        <translation>معاينة: كيف سيعرضه المنتدى</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Preview of your post</source>
        <extracomment>Accessible name of the composer&apos;s preview of the post</extracomment>
        <translation>معاينة منشورك</translation>
    </message>
    <message>
        <source>Hide &amp;Preview</source>
        <translation>إخفاء ال&amp;معاينة</translation>
    </message>
    <message>
        <source>Show or hide the preview (Ctrl+Shift+P)</source>
        <translation>عرض المعاينة أو إخفاؤها (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Delete Draft…</source>
        <translation>&amp;حذف المسودة…</translation>
    </message>
    <message>
        <source>Throw these words away</source>
        <translation>التخلص من هذا النص</translation>
    </message>
    <message>
        <source>Keep as Draft &amp;&amp; C&amp;lose</source>
        <translation>الاحتفاظ كمسودة &amp;&amp; إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Close the window; the draft stays in Drafts (Esc)</source>
        <translation>إغلاق النافذة؛ وتبقى المسودة في المسودات (Esc)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>إ&amp;رسال</translation>
    </message>
    <message>
        <source>Put it in the outbox; it goes to the forum as soon as the link allows (Ctrl+Enter)</source>
        <translation>وضعه في صندوق الصادر؛ ويُرسَل إلى المنتدى حالما يسمح الاتصال (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Show or hide the preview</source>
        <translation>عرض المعاينة أو إخفاؤها</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>حذف المسودة</translation>
    </message>
    <message>
        <source>Keep as draft and close</source>
        <translation>الاحتفاظ كمسودة والإغلاق</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Show &amp;Preview</source>
        <translation>عرض ال&amp;معاينة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Show or Hide Preview</source>
        <translation>عرض المعاينة أو إخفاؤها</translation>
    </message>
    <message>
        <source>Choose a category…</source>
        <extracomment>The first entry of the composer&apos;s category chooser</extracomment>
        <translation>اختر فئة…</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <extracomment>A subcategory in the category chooser; %1 the parent&apos;s name, %2 its own</extracomment>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Draft saved at %1.</source>
        <extracomment>The composer&apos;s status line; %1 is a time of day</extracomment>
        <translation>تم حفظ المسودة الساعة %1.</translation>
    </message>
    <message>
        <source>You are offline. Send puts your post in the outbox; it goes out when the connection returns.</source>
        <translation>أنت غير متصل. يضع زر «إرسال» منشورك في صندوق الصادر، ويُرسَل عند عودة الاتصال.</translation>
    </message>
    <message>
        <source>Delete Draft</source>
        <translation>حذف المسودة</translation>
    </message>
    <message>
        <source>Delete this draft? Its words cannot be brought back.</source>
        <translation>هل تريد حذف هذه المسودة؟ لا يمكن استعادة نصها.</translation>
    </message>
    <message>
        <source>Draft Not Saved</source>
        <translation>لم تُحفظ المسودة</translation>
    </message>
    <message>
        <source>Your draft could not be saved, so closing this window would lose what you wrote. Close it anyway?</source>
        <translation>تعذّر حفظ مسودتك، لذا سيؤدي إغلاق هذه النافذة إلى فقدان ما كتبته. هل تريد إغلاقها على أي حال؟</translation>
    </message>
</context>
<context>
    <name>outpost::gui::DigestModel</name>
    <message>
        <source>New topics</source>
        <extracomment>Digest section: topics created since the previous sync</extracomment>
        <translation>موضوعات جديدة</translation>
    </message>
    <message>
        <source>New replies</source>
        <extracomment>Digest section: older topics that got new posts since the previous sync</extracomment>
        <translation>ردود جديدة</translation>
    </message>
    <message>
        <source>Top this week</source>
        <translation>الأكثر نشاطًا هذا الأسبوع</translation>
    </message>
    <message>
        <source>Top this month</source>
        <translation>الأكثر نشاطًا هذا الشهر</translation>
    </message>
    <message>
        <source>%1, new</source>
        <translation>%1، جديد</translation>
    </message>
    <message>
        <source>%1
Last activity: %2</source>
        <translation>%1
آخر نشاط: %2</translation>
    </message>
</context>
<context>
    <name>outpost::gui::DigestView</name>
    <message>
        <source>What’s new</source>
        <translation>ما الجديد</translation>
    </message>
    <message>
        <source>The digest is made at each sync: what is new since the sync before, and the week’s and month’s top topics. Sync to make the first one.</source>
        <translation>يُعَدّ الملخص عند كل مزامنة: ما الجديد منذ المزامنة السابقة، والموضوعات الأكثر نشاطًا هذا الأسبوع وهذا الشهر. زامِن لإعداد أول ملخص.</translation>
    </message>
    <message>
        <source>Since %1. Made %2; readable offline.</source>
        <translation>منذ %1. أُعِدّ %2؛ ويمكن قراءته دون اتصال.</translation>
    </message>
    <message>
        <source>Made %1; readable offline.</source>
        <translation>أُعِدّ %1؛ ويمكن قراءته دون اتصال.</translation>
    </message>
    <message>
        <source>Nothing new since the sync before.</source>
        <translation>لا جديد منذ المزامنة السابقة.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::DraftController</name>
    <message>
        <source>Write something first: there is nothing to send.</source>
        <translation>اكتب شيئًا أولًا: لا يوجد ما يُرسَل.</translation>
    </message>
    <message>
        <source>A new topic needs a title.</source>
        <translation>يحتاج الموضوع الجديد إلى عنوان.</translation>
    </message>
    <message>
        <source>Choose the category the topic belongs in.</source>
        <translation>اختر الفئة التي ينتمي إليها الموضوع.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::DraftListModel</name>
    <message>
        <source>%1 (empty)</source>
        <extracomment>A draft in the drafts list; %1 is what it is (&quot;Reply to “Title”&quot;)</extracomment>
        <translation>%1 (فارغة)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A draft in the drafts list; %1 is what it is (&quot;Reply to “Title”&quot;), %2 its first words</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>outpost::gui::DraftsView</name>
    <message>
        <source>No drafts. What you start writing is kept here until you send it.</source>
        <translation>لا توجد مسودات. يُحفظ هنا ما تبدأ كتابته إلى أن ترسله.</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>المسودات</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>Open draft</source>
        <translation>فتح المسودة</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>حذف المسودة</translation>
    </message>
    <message>
        <source>Delete Draft</source>
        <translation>حذف المسودة</translation>
    </message>
    <message>
        <source>Delete this draft? Its words cannot be brought back.</source>
        <translation>هل تريد حذف هذه المسودة؟ لا يمكن استعادة نصها.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::FirstRunWizard</name>
    <message>
        <source>Welcome to Outpost</source>
        <translation>مرحبًا بك في Outpost</translation>
    </message>
    <message>
        <source>Outpost</source>
        <translation>Outpost</translation>
    </message>
</context>
<context>
    <name>outpost::gui::ForumMenu</name>
    <message>
        <source>Fo&amp;rum</source>
        <translation>المن&amp;تدى</translation>
    </message>
    <message>
        <source>&amp;Add a Forum…</source>
        <translation>إ&amp;ضافة منتدى…</translation>
    </message>
    <message>
        <source>Add another Discourse forum to read offline</source>
        <translation>إضافة منتدى Discourse آخر لقراءته دون اتصال</translation>
    </message>
    <message>
        <source>Re&amp;name Forum…</source>
        <translation>إعادة &amp;تسمية المنتدى…</translation>
    </message>
    <message>
        <source>Give the open forum another name in Outpost</source>
        <translation>إعطاء المنتدى المفتوح اسمًا آخر في Outpost</translation>
    </message>
    <message>
        <source>Re&amp;move Forum…</source>
        <translation>إ&amp;زالة المنتدى…</translation>
    </message>
    <message>
        <source>Remove the open forum and its offline copy from this computer</source>
        <translation>إزالة المنتدى المفتوح ونسخته المحلية من هذا الكمبيوتر</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>تسجيل ال&amp;دخول…</translation>
    </message>
    <message>
        <source>Sign in to the open forum with your account, to post and like</source>
        <translation>تسجيل الدخول إلى المنتدى المفتوح بحسابك، للنشر والإعجاب</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>تسجيل ال&amp;خروج</translation>
    </message>
    <message>
        <source>Revoke Outpost&apos;s key on the forum and forget it here; drafts and the outbox stay</source>
        <translation>إبطال مفتاح Outpost في المنتدى ونسيانه هنا؛ تبقى المسودات وصندوق الصادر</translation>
    </message>
    <message>
        <source>&amp;About Outpost</source>
        <translation>&amp;حول Outpost</translation>
    </message>
    <message>
        <source>Version, licence and the people who made Outpost</source>
        <translation>الإصدار والترخيص والأشخاص الذين صنعوا Outpost</translation>
    </message>
    <message>
        <source>&amp;Sign In Again…</source>
        <translation>إعادة تسجيل ال&amp;دخول…</translation>
    </message>
    <message>
        <source>Rename Forum</source>
        <translation>إعادة تسمية المنتدى</translation>
    </message>
    <message>
        <source>Name of %1 in Outpost:</source>
        <extracomment>%1 is the forum&apos;s address</extracomment>
        <translation>اسم %1 في Outpost:</translation>
    </message>
    <message>
        <source>Remove Forum</source>
        <translation>إزالة المنتدى</translation>
    </message>
    <message numerus="yes">
        <source>“%1” still has %n draft(s) or unsent post(s) in the outbox. Send or delete them before removing the forum.</source>
        <extracomment>%1 is the forum&apos;s name</extracomment>
        <translation>
            <numerusform>لا يزال في «%1» %n مسودة أو منشور غير مُرسَل في صندوق الصادر. أرسِلها أو احذفها قبل إزالة المنتدى.</numerusform>
            <numerusform>لا تزال في «%1» مسودة واحدة أو منشور واحد غير مُرسَل (%n) في صندوق الصادر. أرسِله أو احذفه قبل إزالة المنتدى.</numerusform>
            <numerusform>لا يزال في «%1» مسودتان أو منشوران غير مُرسَلين (%n) في صندوق الصادر. أرسِلهما أو احذفهما قبل إزالة المنتدى.</numerusform>
            <numerusform>لا تزال في «%1» %n مسودات أو منشورات غير مُرسَلة في صندوق الصادر. أرسِلها أو احذفها قبل إزالة المنتدى.</numerusform>
            <numerusform>لا يزال في «%1» %n مسودةً أو منشورًا غير مُرسَل في صندوق الصادر. أرسِلها أو احذفها قبل إزالة المنتدى.</numerusform>
            <numerusform>لا يزال في «%1» %n مسودة أو منشور غير مُرسَل في صندوق الصادر. أرسِلها أو احذفها قبل إزالة المنتدى.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove “%1” from Outpost?</source>
        <translation>هل تريد إزالة «%1» من Outpost؟</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>The forum is syncing. Cancel the sync or let it finish, then remove the forum.</source>
        <translation>تجري مزامنة المنتدى الآن. ألغِ المزامنة أو انتظر حتى تنتهي، ثم أزِل المنتدى.</translation>
    </message>
    <message>
        <source>“%1” is removed, with its offline copy.</source>
        <extracomment>%1 is the forum&apos;s name</extracomment>
        <translation>تمت إزالة «%1» مع نسخته المحلية.</translation>
    </message>
    <message>
        <source>Its offline copy on this computer is deleted. If you are signed in, Outpost first revokes its key on the forum and forgets your sign-in; nothing else changes on the forum.</source>
        <translation>تُحذف نسخته دون اتصال من هذا الحاسوب. إذا كنت مسجّل الدخول، يُلغي Outpost مفتاحه على المنتدى أولًا وينسى تسجيل دخولك؛ ولا يتغير شيء آخر على المنتدى.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::ForumPage</name>
    <message>
        <source>Which forum do you want to read?</source>
        <translation>أي منتدى تريد قراءته؟</translation>
    </message>
    <message>
        <source>Outpost keeps a copy of a Discourse forum on this computer, so you can read and search it without a connection. Public forums need no account.</source>
        <translation>يحتفظ Outpost بنسخة من منتدى Discourse على هذا الكمبيوتر، لتتمكن من قراءته والبحث فيه دون اتصال. لا تحتاج المنتديات العامة إلى حساب.</translation>
    </message>
    <message>
        <source>DHIS2 Community of Practice (%1)</source>
        <extracomment>The forum offered first; %1 is its address</extracomment>
        <translation>مجتمع ممارسة DHIS2 (%1)</translation>
    </message>
    <message>
        <source>Another Discourse forum:</source>
        <translation>منتدى Discourse آخر:</translation>
    </message>
    <message>
        <source>forum.example.org</source>
        <translation>forum.example.org</translation>
    </message>
    <message>
        <source>Address of the forum</source>
        <translation>عنوان المنتدى</translation>
    </message>
    <message>
        <source>Looking at the forum</source>
        <translation>جارٍ فحص المنتدى</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>You seem to be offline. Outpost needs a connection once, to fetch the forum’s categories. Connect, then click Next.</source>
        <translation>يبدو أنك غير متصل. يحتاج Outpost إلى الاتصال مرة واحدة لجلب فئات المنتدى. اتصل، ثم انقر «التالي».</translation>
    </message>
    <message>
        <source>Looking at %1…</source>
        <translation>جارٍ فحص %1…</translation>
    </message>
    <message>
        <source>Found “%1”.</source>
        <translation>تم العثور على «%1».</translation>
    </message>
    <message>
        <source>Click Next to try again.</source>
        <translation>انقر «التالي» لإعادة المحاولة.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::ImageController</name>
    <message>
        <source>The downloaded picture is damaged.</source>
        <translation>الصورة التي تم تنزيلها تالفة.</translation>
    </message>
    <message>
        <source>You are offline: the picture will download when you click it again online.</source>
        <translation>أنت غير متصل: سيتم تنزيل الصورة عندما تنقر عليها مجددًا وأنت متصل.</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>جارٍ التنزيل…</translation>
    </message>
    <message>
        <source>Not downloaded: %1 Click to try again.</source>
        <translation>لم يتم التنزيل: %1 انقر لإعادة المحاولة.</translation>
    </message>
    <message>
        <source>Not downloaded. Click to download it when you are online.</source>
        <translation>لم يتم التنزيل. انقر لتنزيلها عندما تكون متصلًا.</translation>
    </message>
    <message>
        <source>Not downloaded (%1). Click to download it when you are online.</source>
        <translation>لم يتم التنزيل (%1). انقر لتنزيلها عندما تكون متصلًا.</translation>
    </message>
    <message>
        <source>Not downloaded on a metered connection. Click to download.</source>
        <translation>لم يتم التنزيل لأن الاتصال محدود. انقر للتنزيل.</translation>
    </message>
    <message>
        <source>Not downloaded on a metered connection. Click to download (%1).</source>
        <translation>لم يتم التنزيل لأن الاتصال محدود. انقر للتنزيل (%1).</translation>
    </message>
    <message>
        <source>Click to download the picture.</source>
        <translation>انقر لتنزيل الصورة.</translation>
    </message>
    <message>
        <source>Click to download the picture (%1).</source>
        <translation>انقر لتنزيل الصورة (%1).</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>%1, %2×%3</source>
        <extracomment>A picture&apos;s description and its size in pixels, e.g. &quot;Screenshot, 1366×768&quot;</extracomment>
        <translation>%1، %2×%3</translation>
    </message>
</context>
<context>
    <name>outpost::gui::LinkConfirmDialog</name>
    <message>
        <source>Open Link</source>
        <translation>فتح الرابط</translation>
    </message>
    <message>
        <source>This link opens your e-mail program to write to:</source>
        <translation>يفتح هذا الرابط برنامج البريد الإلكتروني لديك للكتابة إلى:</translation>
    </message>
    <message>
        <source>This link leaves Outpost and opens in your web browser:</source>
        <translation>يغادر هذا الرابط Outpost ويُفتح في متصفح الويب لديك:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Do not ask again for links to %1</source>
        <translation>عدم السؤال مجددًا عن الروابط إلى %1</translation>
    </message>
    <message>
        <source>Write E-mail</source>
        <translation>كتابة رسالة بريد إلكتروني</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>فتح في المتصفح</translation>
    </message>
    <message>
        <source>Copy Address</source>
        <translation>نسخ العنوان</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>تم النسخ</translation>
    </message>
</context>
<context>
    <name>outpost::gui::MainActions</name>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;مزامنة الآن</translation>
    </message>
    <message>
        <source>Download what changed on the forum since the last sync</source>
        <translation>تنزيل ما تغيّر في المنتدى منذ آخر مزامنة</translation>
    </message>
    <message>
        <source>&amp;Cancel Sync</source>
        <translation>إ&amp;لغاء المزامنة</translation>
    </message>
    <message>
        <source>Stop the sync; what arrived stays</source>
        <translation>إيقاف المزامنة؛ ويبقى ما وصل</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <source>What Outpost downloads, and when</source>
        <translation>ما ينزّله Outpost، ومتى</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Close Outpost</source>
        <translation>إغلاق Outpost</translation>
    </message>
    <message>
        <source>&amp;What’s New</source>
        <translation>&amp;ما الجديد</translation>
    </message>
    <message>
        <source>New topics and replies since the last sync, and the top topics</source>
        <translation>الموضوعات والردود الجديدة منذ آخر مزامنة، والموضوعات الأكثر نشاطًا</translation>
    </message>
    <message>
        <source>&amp;Followed Topics</source>
        <translation>الموضوعات الم&amp;تابَعة</translation>
    </message>
    <message>
        <source>The newest topics of every category you follow</source>
        <translation>أحدث الموضوعات في كل الفئات التي تتابعها</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <source>Search everything downloaded</source>
        <translation>البحث في كل ما تم تنزيله</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>ال&amp;جزء التالي</translation>
    </message>
    <message>
        <source>Move between the sidebar, the topic list and the topic</source>
        <translation>التنقل بين الشريط الجانبي وقائمة الموضوعات والموضوع</translation>
    </message>
    <message>
        <source>F&amp;ollow or Stop Following Category</source>
        <translation>متابعة الفئة أو إ&amp;لغاء متابعتها</translation>
    </message>
    <message>
        <source>Follow the chosen category, or stop following it</source>
        <translation>متابعة الفئة المحددة أو إلغاء متابعتها</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <source>Go back to where you were</source>
        <translation>العودة إلى حيث كنت</translation>
    </message>
    <message>
        <source>Next &amp;Topic</source>
        <translation>الموضوع ال&amp;تالي</translation>
    </message>
    <message>
        <source>Open the next topic of the list</source>
        <translation>فتح الموضوع التالي في القائمة</translation>
    </message>
    <message>
        <source>Pre&amp;vious Topic</source>
        <translation>الموضوع ال&amp;سابق</translation>
    </message>
    <message>
        <source>Open the previous topic of the list</source>
        <translation>فتح الموضوع السابق في القائمة</translation>
    </message>
    <message>
        <source>&amp;Next Post</source>
        <translation>المنشور التا&amp;لي</translation>
    </message>
    <message>
        <source>Go to the next post of the topic</source>
        <translation>الانتقال إلى المنشور التالي في الموضوع</translation>
    </message>
    <message>
        <source>&amp;Previous Post</source>
        <translation>المنشور السا&amp;بق</translation>
    </message>
    <message>
        <source>Go to the previous post of the topic</source>
        <translation>الانتقال إلى المنشور السابق في الموضوع</translation>
    </message>
    <message>
        <source>&amp;Download Whole Topic</source>
        <translation>تن&amp;زيل الموضوع كاملًا</translation>
    </message>
    <message>
        <source>Download the posts of this topic that are not here yet</source>
        <translation>تنزيل منشورات هذا الموضوع التي لم تُنزَّل بعد</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Every key Outpost knows</source>
        <translation>كل المفاتيح التي يعرفها Outpost</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>ا&amp;ذهب</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;New Topic…</source>
        <translation>موضوع &amp;جديد…</translation>
    </message>
    <message>
        <source>Start a topic in a category; it is sent from the outbox</source>
        <translation>بدء موضوع في فئة؛ ويُرسَل من صندوق الصادر</translation>
    </message>
    <message>
        <source>&amp;Reply to Topic…</source>
        <translation>ال&amp;رد على الموضوع…</translation>
    </message>
    <message>
        <source>Write a reply to the open topic, with or without a connection</source>
        <translation>كتابة رد على الموضوع المفتوح، باتصال أو دونه</translation>
    </message>
    <message>
        <source>Reply to &amp;Post…</source>
        <translation>الرد على ال&amp;منشور…</translation>
    </message>
    <message>
        <source>Write a reply to the current post of the topic</source>
        <translation>كتابة رد على المنشور الحالي في الموضوع</translation>
    </message>
    <message>
        <source>&amp;Quote Post…</source>
        <translation>ا&amp;قتباس المنشور…</translation>
    </message>
    <message>
        <source>Reply quoting the words you selected in a post (or the whole post)</source>
        <translation>الرد مع اقتباس النص الذي حددته في منشور (أو المنشور كله)</translation>
    </message>
    <message>
        <source>&amp;Edit Your Post…</source>
        <translation>&amp;تعديل منشورك…</translation>
    </message>
    <message>
        <source>Change the current post, if it is yours</source>
        <translation>تغيير المنشور الحالي، إن كان منشورك</translation>
    </message>
    <message>
        <source>&amp;Like Post</source>
        <translation>الإ&amp;عجاب بالمنشور</translation>
    </message>
    <message>
        <source>Like the current post; the like is sent from the outbox</source>
        <translation>الإعجاب بالمنشور الحالي؛ ويُرسَل الإعجاب من صندوق الصادر</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;صندوق الصادر</translation>
    </message>
    <message>
        <source>What waits to be sent, what was sent, and what needs your attention</source>
        <translation>ما ينتظر الإرسال، وما أُرسل، وما يحتاج إلى انتباهك</translation>
    </message>
    <message>
        <source>&amp;Drafts</source>
        <translation>المسو&amp;دات</translation>
    </message>
    <message>
        <source>What you started writing and did not send yet</source>
        <translation>ما بدأت كتابته ولم ترسله بعد</translation>
    </message>
    <message>
        <source>&amp;Send Outbox Now</source>
        <translation>إر&amp;سال صندوق الصادر الآن</translation>
    </message>
    <message>
        <source>Send what waits in the outbox now, without a whole sync</source>
        <translation>إرسال ما ينتظر في صندوق الصادر الآن، دون مزامنة كاملة</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <extracomment>The menu of writing commands (new topic, reply, outbox, drafts)</extracomment>
        <translation>&amp;كتابة</translation>
    </message>
</context>
<context>
    <name>outpost::gui::MainWindow</name>
    <message>
        <source>Outpost</source>
        <translation>Outpost</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <source>Search downloaded posts (Ctrl+F)</source>
        <translation>البحث في المنشورات التي تم تنزيلها (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Outpost keeps a forum on this computer so you can read it offline. Add the forum you want to follow.</source>
        <translation>يحتفظ Outpost بنسخة من المنتدى على هذا الكمبيوتر لتتمكن من قراءته دون اتصال. أضِف المنتدى الذي تريد متابعته.</translation>
    </message>
    <message>
        <source>Add a Forum…</source>
        <translation>إضافة منتدى…</translation>
    </message>
    <message>
        <source>%1 — Outpost</source>
        <translation>%1 — Outpost</translation>
    </message>
    <message numerus="yes">
        <source>The sync finished, but %n thing(s) went wrong.</source>
        <translation>
            <numerusform>انتهت المزامنة، لكن حدثت %n مشكلة.</numerusform>
            <numerusform>انتهت المزامنة، لكن حدثت مشكلة واحدة (%n).</numerusform>
            <numerusform>انتهت المزامنة، لكن حدثت مشكلتان (%n).</numerusform>
            <numerusform>انتهت المزامنة، لكن حدثت %n مشكلات.</numerusform>
            <numerusform>انتهت المزامنة، لكن حدثت %n مشكلةً.</numerusform>
            <numerusform>انتهت المزامنة، لكن حدثت %n مشكلة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync stopped before it was done.</source>
        <translation>توقفت المزامنة قبل أن تكتمل.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>That topic is not downloaded.</source>
        <translation>لم يتم تنزيل هذا الموضوع.</translation>
    </message>
    <message>
        <source>That post is in a topic that is not downloaded.</source>
        <translation>هذا المنشور في موضوع لم يتم تنزيله.</translation>
    </message>
    <message>
        <source>No web browser could open the link.</source>
        <translation>تعذّر فتح الرابط في أي متصفح ويب.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>مسح البحث</translation>
    </message>
    <message>
        <source>Your new topic is in the outbox.</source>
        <translation>موضوعك الجديد في صندوق الصادر.</translation>
    </message>
    <message>
        <source>Your edit is in the outbox.</source>
        <translation>تعديلك في صندوق الصادر.</translation>
    </message>
    <message>
        <source>Your like is in the outbox.</source>
        <translation>إعجابك في صندوق الصادر.</translation>
    </message>
    <message>
        <source>Your reply is in the outbox.</source>
        <translation>ردك في صندوق الصادر.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>The forum refused %n item(s): see the outbox.</source>
        <translation>
            <numerusform>رفض المنتدى %n عنصر: راجع صندوق الصادر.</numerusform>
            <numerusform>رفض المنتدى عنصرًا واحدًا (%n): راجع صندوق الصادر.</numerusform>
            <numerusform>رفض المنتدى عنصرين (%n): راجع صندوق الصادر.</numerusform>
            <numerusform>رفض المنتدى %n عناصر: راجع صندوق الصادر.</numerusform>
            <numerusform>رفض المنتدى %n عنصرًا: راجع صندوق الصادر.</numerusform>
            <numerusform>رفض المنتدى %n عنصر: راجع صندوق الصادر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n item(s).</source>
        <translation>
            <numerusform>تم إرسال %n عنصر.</numerusform>
            <numerusform>تم إرسال عنصر واحد (%n).</numerusform>
            <numerusform>تم إرسال عنصرين (%n).</numerusform>
            <numerusform>تم إرسال %n عناصر.</numerusform>
            <numerusform>تم إرسال %n عنصرًا.</numerusform>
            <numerusform>تم إرسال %n عنصر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a topic first.</source>
        <translation>افتح موضوعًا أولًا.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>عرض التفاصيل التقنية</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <extracomment>Closes a message strip</extracomment>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>إغلاق هذه الرسالة</translation>
    </message>
</context>
<context>
    <name>outpost::gui::NetworkIndicator</name>
    <message>
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>Metered connection</source>
        <translation>اتصال محدود</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>No connection. Everything downloaded stays readable; syncing waits for the connection to return.</source>
        <translation>لا يوجد اتصال. يبقى كل ما تم تنزيله متاحًا للقراءة؛ وتنتظر المزامنة عودة الاتصال.</translation>
    </message>
    <message>
        <source>A metered connection: pictures are not downloaded and Outpost syncs only when you ask, unless you allowed more in the settings.</source>
        <translation>اتصال محدود: لا يتم تنزيل الصور، ولا يُجري Outpost المزامنة إلا عندما تطلب ذلك، ما لم تسمح بأكثر من ذلك في الإعدادات.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>متصل.</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>الاتصال: %1</translation>
    </message>
</context>
<context>
    <name>outpost::gui::OptionsPage</name>
    <message>
        <source>How much to download</source>
        <translation>مقدار ما يُنزَّل</translation>
    </message>
    <message>
        <source>These choices are in the settings too.</source>
        <translation>هذه الخيارات موجودة في الإعدادات أيضًا.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <source>Days of activity to download</source>
        <translation>أيام النشاط المراد تنزيلها</translation>
    </message>
    <message>
        <source>Sync now, and whenever Outpost starts</source>
        <translation>المزامنة الآن، وكلما بدأ Outpost</translation>
    </message>
    <message>
        <source>Sync when the connection comes back</source>
        <translation>المزامنة عند عودة الاتصال</translation>
    </message>
    <message>
        <source>Download pictures on a metered connection too</source>
        <translation>تنزيل الصور على الاتصال المحدود أيضًا</translation>
    </message>
    <message>
        <source>Download topics active in the last</source>
        <translation>تنزيل الموضوعات النشطة خلال آخر</translation>
    </message>
    <message>
        <source>On a metered connection Outpost downloads only what you ask for: it syncs when you click Sync and leaves pictures until you click them.</source>
        <translation>على الاتصال المحدود، لا ينزّل Outpost إلا ما تطلبه: يُجري المزامنة عندما تنقر «مزامنة الآن»، ولا ينزّل الصور حتى تنقر عليها.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::OutboxController</name>
    <message>
        <source>Sign in to send. Your posts wait safely in the outbox until you sign in to this forum.</source>
        <extracomment>The outbox has posts but the person is not signed in to the forum</extracomment>
        <translation>سجّل الدخول للإرسال. تنتظر منشوراتك بأمان في صندوق الصادر حتى تسجّل الدخول إلى هذا المنتدى.</translation>
    </message>
    <message>
        <source>Sign in to send: %1</source>
        <extracomment>%1 is the forum&apos;s reason, in plain words</extracomment>
        <translation>سجّل الدخول للإرسال: %1</translation>
    </message>
    <message>
        <source>Add a forum first.</source>
        <translation>أضِف منتدى أولًا.</translation>
    </message>
    <message>
        <source>You are offline. Your posts wait in the outbox and go out when the connection returns.</source>
        <translation>أنت غير متصل. تنتظر منشوراتك في صندوق الصادر وتُرسَل عند عودة الاتصال.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::OutboxListProxy</name>
    <message>
        <source>Sign in to send</source>
        <translation>سجّل الدخول للإرسال</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A line of an outbox item: %1 its state, %2 why (the forum&apos;s reason)</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>outpost::gui::OutboxView</name>
    <message>
        <source>Send &amp;Now</source>
        <translation>إرسال ال&amp;آن</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>إرسال الآن</translation>
    </message>
    <message>
        <source>Send what waits in the outbox now (Ctrl+Shift+S)</source>
        <translation>إرسال ما ينتظر في صندوق الصادر الآن (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>صندوق الصادر</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>The words of this item</source>
        <translation>نص هذا العنصر</translation>
    </message>
    <message>
        <source>Your edit:</source>
        <extracomment>Above the person&apos;s version of a post in an edit conflict</extracomment>
        <translation>تعديلك:</translation>
    </message>
    <message>
        <source>Your edit</source>
        <translation>تعديلك</translation>
    </message>
    <message>
        <source>On the forum now:</source>
        <extracomment>Above the forum&apos;s newer version of a post in an edit conflict</extracomment>
        <translation>في المنتدى الآن:</translation>
    </message>
    <message>
        <source>The post on the forum now</source>
        <translation>المنشور في المنتدى الآن</translation>
    </message>
    <message>
        <source>Send &amp;Again</source>
        <translation>إعادة الإ&amp;رسال</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>إعادة الإرسال</translation>
    </message>
    <message>
        <source>Keep as &amp;Draft</source>
        <translation>الاحتفاظ ك&amp;مسودة</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>الاحتفاظ كمسودة</translation>
    </message>
    <message>
        <source>Take it out of the outbox and finish it in the composer</source>
        <translation>إخراجه من صندوق الصادر وإكماله في نافذة الكتابة</translation>
    </message>
    <message>
        <source>Dis&amp;card…</source>
        <translation>&amp;تجاهل…</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Send &amp;Mine</source>
        <translation>إرسال &amp;نسختي</translation>
    </message>
    <message>
        <source>Send my edit</source>
        <translation>إرسال تعديلي</translation>
    </message>
    <message>
        <source>Replace the forum’s version with your edit</source>
        <translation>استبدال نسخة المنتدى بتعديلك</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>الاحتفاظ &amp;بنسخة المنتدى</translation>
    </message>
    <message>
        <source>Keep the forum’s version</source>
        <translation>الاحتفاظ بنسخة المنتدى</translation>
    </message>
    <message>
        <source>Leave the post as it is on the forum and drop your edit</source>
        <translation>ترك المنشور كما هو في المنتدى والتخلي عن تعديلك</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>Nothing waits to be sent.</source>
        <translation>لا يوجد ما ينتظر الإرسال.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need your attention.</source>
        <extracomment>%n items need the person&apos;s decision</extracomment>
        <translation>
            <numerusform>يحتاج %n عنصر إلى انتباهك.</numerusform>
            <numerusform>يحتاج عنصر واحد (%n) إلى انتباهك.</numerusform>
            <numerusform>يحتاج عنصران (%n) إلى انتباهك.</numerusform>
            <numerusform>تحتاج %n عناصر إلى انتباهك.</numerusform>
            <numerusform>يحتاج %n عنصرًا إلى انتباهك.</numerusform>
            <numerusform>يحتاج %n عنصر إلى انتباهك.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n عنصر في انتظار الإرسال.</numerusform>
            <numerusform>عنصر واحد (%n) في انتظار الإرسال.</numerusform>
            <numerusform>عنصران (%n) في انتظار الإرسال.</numerusform>
            <numerusform>%n عناصر في انتظار الإرسال.</numerusform>
            <numerusform>%n عنصرًا في انتظار الإرسال.</numerusform>
            <numerusform>%n عنصر في انتظار الإرسال.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an item to see it whole.</source>
        <translation>اختر عنصرًا لرؤيته كاملًا.</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>&amp;حفظ التغييرات</translation>
    </message>
    <message>
        <source>Discard Topic and Replies</source>
        <translation>تجاهل الموضوع وردوده</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) you wrote to this topic wait for it. Discarding the topic discards them too.</source>
        <translation>
            <numerusform>لديك %n رد على هذا الموضوع ينتظر إرساله. تجاهل الموضوع يتجاهل الردود أيضًا.</numerusform>
            <numerusform>لديك رد واحد (%n) على هذا الموضوع ينتظر إرساله. تجاهل الموضوع يتجاهل الرد أيضًا.</numerusform>
            <numerusform>لديك ردّان (%n) على هذا الموضوع ينتظران إرساله. تجاهل الموضوع يتجاهلهما أيضًا.</numerusform>
            <numerusform>لديك %n ردود على هذا الموضوع تنتظر إرساله. تجاهل الموضوع يتجاهلها أيضًا.</numerusform>
            <numerusform>لديك %n ردًا على هذا الموضوع تنتظر إرساله. تجاهل الموضوع يتجاهلها أيضًا.</numerusform>
            <numerusform>لديك %n رد على هذا الموضوع تنتظر إرساله. تجاهل الموضوع يتجاهلها أيضًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>This item may already be on the forum: the last attempt got no answer. Discard it from the outbox anyway?</source>
        <translation>ربما وصل هذا العنصر إلى المنتدى بالفعل: لم تتلقَّ المحاولة الأخيرة أي استجابة. هل تريد تجاهله وإزالته من صندوق الصادر على أي حال؟</translation>
    </message>
    <message>
        <source>Discard this item? It will not be sent, and its words are lost.</source>
        <translation>هل تريد تجاهل هذا العنصر؟ لن يُرسَل، وسيضيع نصه.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::PostBrowser</name>
    <message>
        <source>Go to post %1 of this forum</source>
        <translation>الانتقال إلى المنشور %1 في هذا المنتدى</translation>
    </message>
    <message>
        <source>Download this picture</source>
        <translation>تنزيل هذه الصورة</translation>
    </message>
</context>
<context>
    <name>outpost::gui::PostWidget</name>
    <message>
        <source>%1 closed this topic</source>
        <translation>أغلق %1 هذا الموضوع</translation>
    </message>
    <message>
        <source>%1 opened this topic again</source>
        <translation>أعاد %1 فتح هذا الموضوع</translation>
    </message>
    <message>
        <source>%1 pinned this topic</source>
        <translation>ثبّت %1 هذا الموضوع</translation>
    </message>
    <message>
        <source>%1 unpinned this topic</source>
        <translation>ألغى %1 تثبيت هذا الموضوع</translation>
    </message>
    <message>
        <source>%1 archived this topic</source>
        <translation>أرشف %1 هذا الموضوع</translation>
    </message>
    <message>
        <source>%1 took this topic out of the archive</source>
        <translation>أخرج %1 هذا الموضوع من الأرشيف</translation>
    </message>
    <message>
        <source>%1 unlisted this topic</source>
        <translation>ألغى %1 إدراج هذا الموضوع</translation>
    </message>
    <message>
        <source>%1 listed this topic</source>
        <translation>أدرج %1 هذا الموضوع</translation>
    </message>
    <message>
        <source>%1 moved posts to another topic</source>
        <translation>نقل %1 منشورات إلى موضوع آخر</translation>
    </message>
    <message>
        <source>%1 changed this topic</source>
        <translation>غيّر %1 هذا الموضوع</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A topic event line: what happened, then when (e.g. &quot;alice closed this topic · 2 days ago&quot;)</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>edited</source>
        <extracomment>Marker on a post that was changed after it was first posted</extracomment>
        <translation>معدَّل</translation>
    </message>
    <message>
        <source>Edited %1</source>
        <translation>عُدِّل في %1</translation>
    </message>
    <message>
        <source>#%1</source>
        <extracomment>The number of a post within its topic, e.g. &quot;#12&quot;</extracomment>
        <translation>#%1</translation>
    </message>
    <message>
        <source>In reply to post %1</source>
        <translation>ردًا على المنشور %1</translation>
    </message>
    <message>
        <source>This post was deleted.</source>
        <translation>تم حذف هذا المنشور.</translation>
    </message>
    <message>
        <source>Post %1 by %2</source>
        <translation>المنشور %1 بواسطة %2</translation>
    </message>
    <message>
        <source>%1, unread</source>
        <translation>%1، غير مقروء</translation>
    </message>
    <message>
        <source>Text of post %1</source>
        <translation>نص المنشور %1</translation>
    </message>
</context>
<context>
    <name>outpost::gui::SearchResultsModel</name>
    <message>
        <source>%1, by %2: %3</source>
        <extracomment>A search result for screen readers: %1 topic title, %2 author, %3 the matching text</extracomment>
        <translation>%1، بواسطة %2: %3</translation>
    </message>
</context>
<context>
    <name>outpost::gui::SearchView</name>
    <message>
        <source>Search in</source>
        <translation>البحث في</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>كل الفئات</translation>
    </message>
    <message>
        <source>Followed categories</source>
        <translation>الفئات المتابَعة</translation>
    </message>
    <message>
        <source>Type to search everything you have downloaded.</source>
        <translation>اكتب للبحث في كل ما نزّلته.</translation>
    </message>
    <message>
        <source>Nothing downloaded matches “%1”.</source>
        <translation>لا شيء مما تم تنزيله يطابق «%1».</translation>
    </message>
    <message>
        <source>Best matches for “%1”</source>
        <translation>أفضل النتائج المطابقة لـ«%1»</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) match “%1”</source>
        <translation>
            <numerusform>%n منشور يطابق «%1»</numerusform>
            <numerusform>منشور واحد (%n) يطابق «%1»</numerusform>
            <numerusform>منشوران (%n) يطابقان «%1»</numerusform>
            <numerusform>%n منشورات تطابق «%1»</numerusform>
            <numerusform>%n منشورًا يطابق «%1»</numerusform>
            <numerusform>%n منشور يطابق «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  ·  @%2  ·  %3  ·  post %4</source>
        <translation>%1  ·  ‎@%2  ·  %3  ·  المنشور %4</translation>
    </message>
</context>
<context>
    <name>outpost::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>Unit after the number of days of the sync window</extracomment>
        <translation> يوم</translation>
    </message>
    <message>
        <source>Days of activity to download</source>
        <translation>أيام النشاط المراد تنزيلها</translation>
    </message>
    <message>
        <source>Sync when Outpost starts</source>
        <translation>المزامنة عند بدء Outpost</translation>
    </message>
    <message>
        <source>Sync when the connection comes back</source>
        <translation>المزامنة عند عودة الاتصال</translation>
    </message>
    <message>
        <source>Also sync by itself on a metered connection</source>
        <translation>المزامنة تلقائيًا على الاتصال المحدود أيضًا</translation>
    </message>
    <message>
        <source>Download pictures of posts by themselves</source>
        <translation>تنزيل صور المنشورات تلقائيًا</translation>
    </message>
    <message>
        <source>Also on a metered connection</source>
        <translation>على الاتصال المحدود أيضًا</translation>
    </message>
    <message>
        <source> MB</source>
        <extracomment>Unit after the size of the picture cache</extracomment>
        <translation> ميغابايت</translation>
    </message>
    <message>
        <source>Largest size of the picture cache</source>
        <translation>الحجم الأقصى لذاكرة الصور المؤقتة</translation>
    </message>
    <message>
        <source>Pictures downloaded now take %1.</source>
        <translation>تشغل الصور التي تم تنزيلها الآن %1.</translation>
    </message>
    <message>
        <source>Ask Again for All Sites</source>
        <translation>السؤال مجددًا لكل المواقع</translation>
    </message>
    <message numerus="yes">
        <source>Links open in your browser after you saw where they go. %n site(s) open without asking.</source>
        <translation>
            <numerusform>تُفتح الروابط في متصفحك بعد أن ترى وجهتها. %n موقع يُفتح دون سؤال.</numerusform>
            <numerusform>تُفتح الروابط في متصفحك بعد أن ترى وجهتها. موقع واحد (%n) يُفتح دون سؤال.</numerusform>
            <numerusform>تُفتح الروابط في متصفحك بعد أن ترى وجهتها. موقعان (%n) يُفتحان دون سؤال.</numerusform>
            <numerusform>تُفتح الروابط في متصفحك بعد أن ترى وجهتها. %n مواقع تُفتح دون سؤال.</numerusform>
            <numerusform>تُفتح الروابط في متصفحك بعد أن ترى وجهتها. %n موقعًا يُفتح دون سؤال.</numerusform>
            <numerusform>تُفتح الروابط في متصفحك بعد أن ترى وجهتها. %n موقع يُفتح دون سؤال.</numerusform>
        </translation>
    </message>
    <message>
        <source>Links open in your browser after you saw where they go.</source>
        <translation>تُفتح الروابط في متصفحك بعد أن ترى وجهتها.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>Download topics active in the last</source>
        <translation>تنزيل الموضوعات النشطة خلال آخر</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>Keep at most</source>
        <translation>الاحتفاظ بما لا يزيد على</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>الروابط</translation>
    </message>
    <message>
        <source>Language of Outpost</source>
        <translation>لغة Outpost</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>The first choice of the language menu; %1 is the system&apos;s language, e.g. &quot;Français&quot;</extracomment>
        <translation>لغة النظام الافتراضية (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Show Outpost in</source>
        <translation>عرض Outpost باللغة</translation>
    </message>
</context>
<context>
    <name>outpost::gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source> or </source>
        <translation> أو </translation>
    </message>
    <message>
        <source>A screen down / up in the topic</source>
        <extracomment>A key that works in the topic view without a menu entry</extracomment>
        <translation>شاشة للأسفل / للأعلى في الموضوع</translation>
    </message>
    <message>
        <source>Space / Shift+Space</source>
        <translation>Space / Shift+Space</translation>
    </message>
    <message>
        <source>First / last downloaded post</source>
        <translation>أول / آخر منشور تم تنزيله</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Home / End</translation>
    </message>
    <message>
        <source>Follow or stop following (in the sidebar)</source>
        <translation>متابعة أو إلغاء المتابعة (في الشريط الجانبي)</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Single-letter keys work whenever you are not typing in a field.</source>
        <translation>تعمل مفاتيح الحرف الواحد ما دمت لا تكتب في حقل.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::SignInDialog</name>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>&amp;فتح في المتصفح</translation>
    </message>
    <message>
        <source>&amp;Copy Address</source>
        <translation>&amp;نسخ العنوان</translation>
    </message>
    <message>
        <source>Start &amp;Again</source>
        <translation>البدء من &amp;جديد</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>تسجيل ال&amp;دخول</translation>
    </message>
    <message>
        <source>Sign In to %1</source>
        <extracomment>%1 is the forum&apos;s name</extracomment>
        <translation>تسجيل الدخول إلى %1</translation>
    </message>
    <message>
        <source>Outpost asks the forum for a key of its own, so your password never passes through Outpost.

1. Outpost opens the forum in your web browser. Sign in there if it asks.
2. Choose “Authorize”. The forum then shows a long code.
3. Copy the code, paste it below and choose Sign In.</source>
        <translation>يطلب Outpost من المنتدى مفتاحًا خاصًا به، لذا لا تمر كلمة مرورك عبر Outpost أبدًا.

1. يفتح Outpost المنتدى في متصفح الويب. سجّل الدخول هناك إذا طُلب منك ذلك.
2. اختر «Authorize» (تفويض). سيعرض المنتدى بعدها رمزًا طويلًا.
3. انسخ الرمز والصقه أدناه، ثم اختر «تسجيل الدخول».</translation>
    </message>
    <message>
        <source>Address of the forum&apos;s sign-in page</source>
        <translation>عنوان صفحة تسجيل الدخول في المنتدى</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>جارٍ التحضير…</translation>
    </message>
    <message>
        <source>The code the forum shows</source>
        <translation>الرمز الذي يعرضه المنتدى</translation>
    </message>
    <message>
        <source>Paste the code from the forum here</source>
        <translation>الصق الرمز من المنتدى هنا</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Make a new sign-in request and open it in the browser</source>
        <translation>إنشاء طلب تسجيل دخول جديد وفتحه في المتصفح</translation>
    </message>
    <message>
        <source>Code from the forum:</source>
        <translation>الرمز من المنتدى:</translation>
    </message>
    <message>
        <source>Preparing a sign-in request…</source>
        <translation>جارٍ تحضير طلب تسجيل الدخول…</translation>
    </message>
    <message>
        <source>Outpost on %1</source>
        <extracomment>Shown to the person on the forum&apos;s consent page; %1 is the computer&apos;s name.</extracomment>
        <translation>Outpost على %1</translation>
    </message>
    <message>
        <source>The forum&apos;s page is open in your browser. After you choose “Authorize” there, paste the code here.</source>
        <translation>صفحة المنتدى مفتوحة في متصفحك. بعد أن تختار «Authorize» (تفويض) هناك، الصق الرمز هنا.</translation>
    </message>
    <message>
        <source>Outpost could not open a web browser. Copy the address above into one, then paste the code the forum shows here.</source>
        <translation>تعذّر على Outpost فتح متصفح ويب. انسخ العنوان أعلاه والصقه في متصفح، ثم الصق هنا الرمز الذي يعرضه المنتدى.</translation>
    </message>
    <message>
        <source>The address is copied. Open it in your web browser.</source>
        <translation>تم نسخ العنوان. افتحه في متصفح الويب.</translation>
    </message>
    <message>
        <source>Checking the key with the forum…</source>
        <translation>جارٍ التحقق من المفتاح مع المنتدى…</translation>
    </message>
    <message>
        <source>The forum did not accept the new key. Choose Start Again to ask for a new one. (%1)</source>
        <translation>لم يقبل المنتدى المفتاح الجديد. اختر «البدء من جديد» لطلب مفتاح جديد. (%1)</translation>
    </message>
    <message>
        <source>Outpost could not check the key with the forum: %1 Choose Sign In to try again.</source>
        <translation>تعذّر على Outpost التحقق من المفتاح مع المنتدى: %1 اختر «تسجيل الدخول» للمحاولة مجددًا.</translation>
    </message>
    <message>
        <source>Keeping the key in the system keychain…</source>
        <translation>جارٍ حفظ المفتاح في مخزن مفاتيح النظام…</translation>
    </message>
    <message>
        <source>Let the forum &amp;hand the key back to Outpost automatically (the forum&apos;s administrators must allow it)</source>
        <translation>اسمح للمنتدى بأن &amp;يعيد المفتاح إلى Outpost تلقائيًا (يجب أن يسمح مشرفو المنتدى بذلك)</translation>
    </message>
    <message>
        <source>Instead of showing a code to paste, the forum sends your browser back to Outpost with the key. Its administrators must add http://127.0.0.1:%1/outpost-auth to the allowed sign-in redirects (allowed_user_api_auth_redirects).</source>
        <translation>بدلًا من عرض رمز للصقه، يعيد المنتدى متصفحك إلى Outpost ومعه المفتاح. يجب أن يضيف مشرفوه http://127.0.0.1:%1/outpost-auth إلى عناوين إعادة التوجيه المسموح بها لتسجيل الدخول (allowed_user_api_auth_redirects).</translation>
    </message>
    <message>
        <source>any free port</source>
        <extracomment>The port 0 in the hand-back setting: Outpost picks a free port each time</extracomment>
        <translation>أي منفذ متاح</translation>
    </message>
    <message>
        <source>Port on this computer for the hand-back</source>
        <translation>المنفذ على هذا الحاسوب لإعادة المفتاح</translation>
    </message>
    <message>
        <source>The port of http://127.0.0.1:PORT/outpost-auth. It must be the one the forum&apos;s administrators allowed.</source>
        <translation>منفذ http://127.0.0.1:PORT/outpost-auth. يجب أن يكون هو المنفذ الذي سمح به مشرفو المنتدى.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ال&amp;منفذ:</translation>
    </message>
    <message>
        <source>Asking the forum whether it allows the automatic hand-back…</source>
        <translation>جارٍ سؤال المنتدى هل يسمح بالإعادة التلقائية…</translation>
    </message>
    <message>
        <source>Outpost could not ask the forum about the automatic hand-back (%1). Paste the code instead.</source>
        <translation>تعذّر على Outpost سؤال المنتدى عن الإعادة التلقائية (%1). الصق الرمز بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The forum&apos;s page is open in your browser. After you choose “Authorize” there, the forum hands the key back to Outpost by itself. If your browser shows a code instead, paste it here.</source>
        <translation>صفحة المنتدى مفتوحة في متصفحك. بعد أن تختار «Authorize» (تفويض) هناك، سيعيد المنتدى المفتاح إلى Outpost بنفسه. إذا عرض متصفحك رمزًا بدلًا من ذلك، فالصقه هنا.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::SyncController</name>
    <message>
        <source>Add a forum first.</source>
        <translation>أضِف منتدى أولًا.</translation>
    </message>
    <message>
        <source>You are offline. Outpost will sync when the connection returns.</source>
        <translation>أنت غير متصل. سيُجري Outpost المزامنة عند عودة الاتصال.</translation>
    </message>
    <message>
        <source>You are offline. Sync again once you are connected.</source>
        <translation>أنت غير متصل. زامِن مجددًا عندما تتصل.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::SyncStatusBar</name>
    <message>
        <source>Sync progress</source>
        <translation>تقدُّم المزامنة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation>إلغاء المزامنة</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>آخر مزامنة %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>لم تتم المزامنة بعد</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message numerus="yes">
        <source>%n new post(s)</source>
        <translation>
            <numerusform>%n منشور جديد</numerusform>
            <numerusform>منشور واحد (%n) جديد</numerusform>
            <numerusform>منشوران (%n) جديدان</numerusform>
            <numerusform>%n منشورات جديدة</numerusform>
            <numerusform>%n منشورًا جديدًا</numerusform>
            <numerusform>%n منشور جديد</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>أُلغيت المزامنة</translation>
    </message>
    <message>
        <source>Sync stopped: no connection</source>
        <translation>توقفت المزامنة: لا يوجد اتصال</translation>
    </message>
    <message>
        <source>Sync paused: the forum’s daily limit is reached</source>
        <translation>أُوقفت المزامنة مؤقتًا: تم بلوغ الحد اليومي للمنتدى</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>فشلت المزامنة</translation>
    </message>
    <message>
        <source>%1 · %2 downloaded</source>
        <extracomment>What a sync used: %1 is &quot;12 requests&quot;, %2 a size such as &quot;340 KB&quot;</extracomment>
        <translation>%1 · تم تنزيل %2</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n طلب</numerusform>
            <numerusform>طلب واحد (%n)</numerusform>
            <numerusform>طلبان (%n)</numerusform>
            <numerusform>%n طلبات</numerusform>
            <numerusform>%n طلبًا</numerusform>
            <numerusform>%n طلب</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outpost::gui::ThreadModel</name>
    <message>
        <source>Post %1 by %2, %3</source>
        <extracomment>A post in a thread, for lists and screen readers: %1 post number, %2 author, %3 time</extracomment>
        <translation>المنشور %1 بواسطة %2، %3</translation>
    </message>
</context>
<context>
    <name>outpost::gui::ThreadView</name>
    <message>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Download all posts</source>
        <translation>تنزيل كل المنشورات</translation>
    </message>
    <message>
        <source>Download all posts of this topic</source>
        <translation>تنزيل كل منشورات هذا الموضوع</translation>
    </message>
    <message>
        <source>Show earlier posts</source>
        <translation>عرض المنشورات السابقة</translation>
    </message>
    <message>
        <source>Choose a topic to read it here.</source>
        <translation>اختر موضوعًا لقراءته هنا.</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n رد</numerusform>
            <numerusform>رد واحد (%n)</numerusform>
            <numerusform>ردّان (%n)</numerusform>
            <numerusform>%n ردود</numerusform>
            <numerusform>%n ردًا</numerusform>
            <numerusform>%n رد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n view(s)</source>
        <translation>
            <numerusform>%n مشاهدة</numerusform>
            <numerusform>مشاهدة واحدة (%n)</numerusform>
            <numerusform>مشاهدتان (%n)</numerusform>
            <numerusform>%n مشاهدات</numerusform>
            <numerusform>%n مشاهدةً</numerusform>
            <numerusform>%n مشاهدة</numerusform>
        </translation>
    </message>
    <message>
        <source>last activity %1</source>
        <translation>آخر نشاط %1</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>مثبَّت</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>مؤرشف</translation>
    </message>
    <message numerus="yes">
        <source>Downloaded: %1 of %n post(s).</source>
        <extracomment>%1 is how many posts of the topic are in the offline copy, %n how many it has</extracomment>
        <translation>
            <numerusform>تم تنزيل %1 من أصل %n منشور.</numerusform>
            <numerusform>تم تنزيل %1 من أصل منشور واحد (%n).</numerusform>
            <numerusform>تم تنزيل %1 من أصل منشورين (%n).</numerusform>
            <numerusform>تم تنزيل %1 من أصل %n منشورات.</numerusform>
            <numerusform>تم تنزيل %1 من أصل %n منشورًا.</numerusform>
            <numerusform>تم تنزيل %1 من أصل %n منشور.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading more posts…</source>
        <translation>جارٍ تحميل المزيد من المنشورات…</translation>
    </message>
    <message>
        <source>The rest of this topic is not downloaded yet.</source>
        <translation>لم يتم تنزيل بقية هذا الموضوع بعد.</translation>
    </message>
    <message>
        <source>That’s the whole topic.</source>
        <extracomment>Shown below the last post of a topic</extracomment>
        <translation>هذا هو الموضوع كاملًا.</translation>
    </message>
</context>
<context>
    <name>outpost::gui::TimeText</name>
    <message>
        <source>never</source>
        <extracomment>A time that is not known (e.g. a topic never synced)</extracomment>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>just now</source>
        <extracomment>A moment ago (less than a minute)</extracomment>
        <translation>قبل لحظات</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>منذ %n دقيقة</numerusform>
            <numerusform>منذ دقيقة واحدة (%n)</numerusform>
            <numerusform>منذ دقيقتين (%n)</numerusform>
            <numerusform>منذ %n دقائق</numerusform>
            <numerusform>منذ %n دقيقة</numerusform>
            <numerusform>منذ %n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>منذ %n ساعة</numerusform>
            <numerusform>منذ ساعة واحدة (%n)</numerusform>
            <numerusform>منذ ساعتين (%n)</numerusform>
            <numerusform>منذ %n ساعات</numerusform>
            <numerusform>منذ %n ساعة</numerusform>
            <numerusform>منذ %n ساعة</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>أمس</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>منذ %n يوم</numerusform>
            <numerusform>منذ يوم واحد (%n)</numerusform>
            <numerusform>منذ يومين (%n)</numerusform>
            <numerusform>منذ %n أيام</numerusform>
            <numerusform>منذ %n يومًا</numerusform>
            <numerusform>منذ %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <extracomment>A moment ago, in a list where room is short</extracomment>
        <translation>الآن</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <extracomment>Minutes ago, in a list where room is short</extracomment>
        <translation>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <extracomment>Hours ago, in a list where room is short</extracomment>
        <translation>
            <numerusform>%n س</numerusform>
            <numerusform>%n س</numerusform>
            <numerusform>%n س</numerusform>
            <numerusform>%n س</numerusform>
            <numerusform>%n س</numerusform>
            <numerusform>%n س</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <extracomment>Days ago, in a list where room is short</extracomment>
        <translation>
            <numerusform>%n ي</numerusform>
            <numerusform>%n ي</numerusform>
            <numerusform>%n ي</numerusform>
            <numerusform>%n ي</numerusform>
            <numerusform>%n ي</numerusform>
            <numerusform>%n ي</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outpost::gui::TopicDelegate</name>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n موضوع</numerusform>
            <numerusform>موضوع واحد (%n)</numerusform>
            <numerusform>موضوعان (%n)</numerusform>
            <numerusform>%n موضوعات</numerusform>
            <numerusform>%n موضوعًا</numerusform>
            <numerusform>%n موضوع</numerusform>
        </translation>
    </message>
    <message>
        <source>new</source>
        <extracomment>Badge on a topic the person has never opened</extracomment>
        <translation>جديد</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n رد</numerusform>
            <numerusform>رد واحد (%n)</numerusform>
            <numerusform>ردّان (%n)</numerusform>
            <numerusform>%n ردود</numerusform>
            <numerusform>%n ردًا</numerusform>
            <numerusform>%n رد</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 downloaded</source>
        <extracomment>How much of a topic is downloaded: %1 posts of %2</extracomment>
        <translation>تم تنزيل %1 من %2</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>مثبَّت</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>مؤرشف</translation>
    </message>
</context>
<context>
    <name>outpost::gui::TopicListModel</name>
    <message>
        <source>new</source>
        <extracomment>Spoken after a topic&apos;s title</extracomment>
        <translation>جديد</translation>
    </message>
    <message numerus="yes">
        <source>%n unread post(s)</source>
        <translation>
            <numerusform>%n منشور غير مقروء</numerusform>
            <numerusform>منشور واحد (%n) غير مقروء</numerusform>
            <numerusform>منشوران (%n) غير مقروءين</numerusform>
            <numerusform>%n منشورات غير مقروءة</numerusform>
            <numerusform>%n منشورًا غير مقروء</numerusform>
            <numerusform>%n منشور غير مقروء</numerusform>
        </translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>مثبَّت</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>مغلق</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n رد</numerusform>
            <numerusform>رد واحد (%n)</numerusform>
            <numerusform>ردّان (%n)</numerusform>
            <numerusform>%n ردود</numerusform>
            <numerusform>%n ردًا</numerusform>
            <numerusform>%n رد</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Last activity: %2
Posts downloaded: %3 of %4</source>
        <translation>%1
آخر نشاط: %2
المنشورات التي تم تنزيلها: %3 من %4</translation>
    </message>
</context>
<context>
    <name>outpost::gui::TopicListView</name>
    <message>
        <source>Sort topics</source>
        <translation>ترتيب الموضوعات</translation>
    </message>
    <message>
        <source>Latest activity</source>
        <translation>أحدث نشاط</translation>
    </message>
    <message>
        <source>Newest topics</source>
        <translation>أحدث الموضوعات</translation>
    </message>
    <message>
        <source>Most replies</source>
        <translation>الأكثر ردودًا</translation>
    </message>
    <message>
        <source>Most views</source>
        <translation>الأكثر مشاهدة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Show topics</source>
        <translation>عرض الموضوعات</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>كل الموضوعات</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>غير المقروءة</translation>
    </message>
    <message>
        <source>New</source>
        <translation>الجديدة</translation>
    </message>
    <message>
        <source>Not fully downloaded</source>
        <translation>غير المنزَّلة بالكامل</translation>
    </message>
    <message>
        <source>Filter by title</source>
        <translation>تصفية حسب العنوان</translation>
    </message>
    <message>
        <source>Filter topics by title</source>
        <translation>تصفية الموضوعات حسب العنوان</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>الموضوعات</translation>
    </message>
    <message>
        <source>Followed topics</source>
        <translation>الموضوعات المتابَعة</translation>
    </message>
    <message numerus="yes">
        <source>The newest topics of the %n categories you follow.</source>
        <translation>
            <numerusform>أحدث الموضوعات في الفئات التي تتابعها (%n).</numerusform>
            <numerusform>أحدث الموضوعات في الفئة الوحيدة (%n) التي تتابعها.</numerusform>
            <numerusform>أحدث الموضوعات في الفئتين (%n) اللتين تتابعهما.</numerusform>
            <numerusform>أحدث الموضوعات في الفئات الـ%n التي تتابعها.</numerusform>
            <numerusform>أحدث الموضوعات في الفئات الـ%n التي تتابعها.</numerusform>
            <numerusform>أحدث الموضوعات في الفئات الـ%n التي تتابعها.</numerusform>
        </translation>
    </message>
    <message>
        <source>No forum is open.</source>
        <translation>لا يوجد منتدى مفتوح.</translation>
    </message>
    <message>
        <source>No downloaded topic matches.</source>
        <translation>لا يوجد موضوع مطابق بين ما تم تنزيله.</translation>
    </message>
    <message>
        <source>You do not follow any category yet. Mark the categories you care about with the star in the sidebar, then sync.</source>
        <translation>لا تتابع أي فئة بعد. ضع علامة النجمة في الشريط الجانبي على الفئات التي تهمك، ثم زامِن.</translation>
    </message>
    <message>
        <source>You do not follow this category, so its topics are not downloaded. Follow it and they will be at the next sync.</source>
        <translation>أنت لا تتابع هذه الفئة، لذا لا يتم تنزيل موضوعاتها. تابِعها وسيتم تنزيلها في المزامنة التالية.</translation>
    </message>
    <message>
        <source>Follow this category</source>
        <translation>متابعة هذه الفئة</translation>
    </message>
    <message>
        <source>Nothing is downloaded here yet. Sync to download the topics.</source>
        <translation>لم يتم تنزيل أي شيء هنا بعد. زامِن لتنزيل الموضوعات.</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>مسح التصفية</translation>
    </message>
</context>
<context>
    <name>outpost::gui::WritingDock</name>
    <message>
        <source>Outbox and Drafts</source>
        <translation>صندوق الصادر والمسودات</translation>
    </message>
    <message>
        <source>Outbox and drafts</source>
        <translation>صندوق الصادر والمسودات</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>صندوق الصادر</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>المسودات</translation>
    </message>
</context>
<context>
    <name>outpost::gui::WritingText</name>
    <message>
        <source>New topic</source>
        <extracomment>Heading of the composer and of a draft in the drafts list</extracomment>
        <translation>موضوع جديد</translation>
    </message>
    <message>
        <source>New topic in %1</source>
        <extracomment>Heading of the composer; %1 is a category&apos;s name</extracomment>
        <translation>موضوع جديد في %1</translation>
    </message>
    <message>
        <source>Edit of your post #%1 in “%2”</source>
        <extracomment>Heading of the composer; %1 is a post number, %2 a topic&apos;s title</extracomment>
        <translation>تعديل منشورك رقم %1 في «%2»</translation>
    </message>
    <message>
        <source>Edit of your post</source>
        <translation>تعديل منشورك</translation>
    </message>
    <message>
        <source>topic %1</source>
        <extracomment>Stands for a topic whose title is not downloaded; %1 is its number</extracomment>
        <translation>الموضوع %1</translation>
    </message>
    <message>
        <source>Reply to post #%1 in “%2”</source>
        <extracomment>Heading of the composer; %1 is a post number, %2 a topic&apos;s title</extracomment>
        <translation>رد على المنشور رقم %1 في «%2»</translation>
    </message>
    <message>
        <source>Reply to “%1”</source>
        <extracomment>Heading of the composer; %1 is a topic&apos;s title</extracomment>
        <translation>رد على «%1»</translation>
    </message>
    <message>
        <source>Like of post #%1 in “%2”</source>
        <extracomment>An item of the outbox; %1 is a post number, %2 a topic&apos;s title</extracomment>
        <translation>إعجاب بالمنشور رقم %1 في «%2»</translation>
    </message>
    <message>
        <source>Like of a post</source>
        <translation>إعجاب بمنشور</translation>
    </message>
    <message>
        <source>New topic “%1”</source>
        <extracomment>An item of the outbox; %1 is the new topic&apos;s title</extracomment>
        <translation>موضوع جديد «%1»</translation>
    </message>
    <message>
        <source>Reply to your new topic (waiting to be sent)</source>
        <extracomment>An item of the outbox: a reply to a new topic that is itself still waiting</extracomment>
        <translation>رد على موضوعك الجديد (في انتظار الإرسال)</translation>
    </message>
    <message>
        <source>Waiting: checking whether it already arrived</source>
        <extracomment>Outbox state: an earlier attempt may have reached the forum</extracomment>
        <translation>في الانتظار: جارٍ التحقق مما إذا كان قد وصل بالفعل</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <extracomment>Outbox state</extracomment>
        <translation>في انتظار الإرسال</translation>
    </message>
    <message>
        <source>Sending…</source>
        <extracomment>Outbox state</extracomment>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>Sent, waiting for a moderator</source>
        <extracomment>Outbox state: the forum holds the post for a moderator</extracomment>
        <translation>تم الإرسال، في انتظار موافقة مشرف</translation>
    </message>
    <message>
        <source>Sent</source>
        <extracomment>Outbox state</extracomment>
        <translation>تم الإرسال</translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <extracomment>Outbox state: the forum refused it and the person must decide</extracomment>
        <translation>يحتاج إلى انتباهك</translation>
    </message>
</context>
<context>
    <name>outpost::media</name>
    <message>
        <source>This picture has no web address Outpost can download it from.</source>
        <translation>ليس لهذه الصورة عنوان ويب يمكن لـ Outpost تنزيلها منه.</translation>
    </message>
    <message>
        <source>The download is not a picture Outpost can show.</source>
        <translation>ما تم تنزيله ليس صورة يمكن لـ Outpost عرضها.</translation>
    </message>
    <message>
        <source>Outpost could not save the picture. Check that there is room on the disk.</source>
        <translation>تعذّر على Outpost حفظ الصورة. تحقّق من وجود مساحة كافية على القرص.</translation>
    </message>
    <message>
        <source>The download was stopped.</source>
        <translation>أُوقف التنزيل.</translation>
    </message>
</context>
<context>
    <name>outpost::net</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>أُلغي الطلب.</translation>
    </message>
    <message>
        <source>Could not reach the forum: its name could not be looked up. You may be offline; check your connection and try again.</source>
        <translation>تعذّر الوصول إلى المنتدى: تعذّر العثور على اسمه. ربما أنت غير متصل؛ تحقّق من اتصالك وحاول مجددًا.</translation>
    </message>
    <message>
        <source>Could not reach the forum: no connection could be made. Check your link and try again.</source>
        <translation>تعذّر الوصول إلى المنتدى: تعذّر إنشاء اتصال. تحقّق من اتصالك وحاول مجددًا.</translation>
    </message>
    <message>
        <source>Could not reach the forum: the connection timed out. Check your link and try again.</source>
        <translation>تعذّر الوصول إلى المنتدى: انتهت مهلة الاتصال. تحقّق من اتصالك وحاول مجددًا.</translation>
    </message>
    <message>
        <source>The connection to the forum stopped moving data. The link may have dropped; Outpost will try again when it is back.</source>
        <translation>توقف نقل البيانات في الاتصال بالمنتدى. ربما انقطع الاتصال؛ سيحاول Outpost مجددًا عند عودته.</translation>
    </message>
    <message>
        <source>The connection to the forum was cut before the answer was complete. Check your link and try again.</source>
        <translation>انقطع الاتصال بالمنتدى قبل اكتمال الاستجابة. تحقّق من اتصالك وحاول مجددًا.</translation>
    </message>
    <message>
        <source>The forum&apos;s identity could not be verified, so Outpost did not connect. The connection may be intercepted, or the forum&apos;s certificate authority is not trusted on this computer. If your organisation uses its own certificate authority, add its certificate file in the network settings.</source>
        <translation>تعذّر التحقق من هوية المنتدى، لذا لم يتصل Outpost. ربما يتم اعتراض الاتصال، أو أن جهة إصدار شهادة المنتدى غير موثوقة على هذا الكمبيوتر. إذا كانت مؤسستك تستخدم جهة إصدار شهادات خاصة بها، فأضِف ملف شهادتها في إعدادات الشبكة.</translation>
    </message>
    <message>
        <source>The proxy server failed or refused the connection. Check the proxy settings.</source>
        <translation>فشل الخادم الوكيل أو رفض الاتصال. تحقّق من إعدادات الخادم الوكيل.</translation>
    </message>
    <message>
        <source>The forum sent Outpost around in circles (too many redirects). The forum may be misconfigured; try again later.</source>
        <translation>جعل المنتدى Outpost يدور في حلقة مفرغة (عمليات إعادة توجيه كثيرة جدًا). ربما إعدادات المنتدى خاطئة؛ حاول مجددًا لاحقًا.</translation>
    </message>
    <message>
        <source>The request to the forum failed unexpectedly. Try again; if it keeps happening, the details may help the forum&apos;s administrators.</source>
        <translation>فشل الطلب إلى المنتدى على نحو غير متوقع. حاول مجددًا؛ وإذا تكرر ذلك، فقد تساعد التفاصيل مسؤولي المنتدى.</translation>
    </message>
    <message>
        <source>The forum did not understand the request. Outpost may need an update.</source>
        <translation>لم يفهم المنتدى الطلب. ربما يحتاج Outpost إلى تحديث.</translation>
    </message>
    <message>
        <source>The forum did not accept your sign-in. The key may have been revoked or expired; connect Outpost to your account again.</source>
        <translation>لم يقبل المنتدى تسجيل دخولك. ربما أُبطل المفتاح أو انتهت صلاحيته؛ اربط Outpost بحسابك مجددًا.</translation>
    </message>
    <message>
        <source>The forum does not allow you to do this. You may lack the permission, or your sign-in has expired.</source>
        <translation>لا يسمح لك المنتدى بفعل هذا. ربما لا تملك الإذن، أو انتهت صلاحية تسجيل دخولك.</translation>
    </message>
    <message>
        <source>The forum could not find this. It may have been deleted or made private.</source>
        <translation>تعذّر على المنتدى العثور على هذا. ربما حُذف أو أصبح خاصًا.</translation>
    </message>
    <message>
        <source>The proxy server asks for a user name and password. Check the proxy settings.</source>
        <translation>يطلب الخادم الوكيل اسم مستخدم وكلمة مرور. تحقّق من إعدادات الخادم الوكيل.</translation>
    </message>
    <message>
        <source>The forum refused this because it is too large.</source>
        <translation>رفض المنتدى هذا لأنه كبير جدًا.</translation>
    </message>
    <message>
        <source>The forum did not accept this. Read its explanation, change what it asks for, and try again.</source>
        <translation>لم يقبل المنتدى هذا. اقرأ توضيحه، وغيّر ما يطلبه، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>The forum asks Outpost to slow down. Outpost will wait and try again on its own.</source>
        <translation>يطلب المنتدى من Outpost الإبطاء. سينتظر Outpost ثم يحاول مجددًا تلقائيًا.</translation>
    </message>
    <message>
        <source>The forum had an internal error. Try again later.</source>
        <translation>حدث خطأ داخلي في المنتدى. حاول مجددًا لاحقًا.</translation>
    </message>
    <message>
        <source>The forum is temporarily unavailable (it may be under maintenance or overloaded). Outpost will try again later.</source>
        <translation>المنتدى غير متاح مؤقتًا (ربما يخضع للصيانة أو يتعرض لضغط زائد). سيحاول Outpost مجددًا لاحقًا.</translation>
    </message>
    <message>
        <source>The forum answered with an unexpected redirect (HTTP status %1).</source>
        <extracomment>%1 is an HTTP status code such as 304</extracomment>
        <translation>استجاب المنتدى بإعادة توجيه غير متوقعة (رمز حالة HTTP %1).</translation>
    </message>
    <message>
        <source>The forum refused the request (HTTP status %1).</source>
        <extracomment>%1 is an HTTP status code such as 409</extracomment>
        <translation>رفض المنتدى الطلب (رمز حالة HTTP %1).</translation>
    </message>
    <message>
        <source>The forum failed to answer (HTTP status %1). Try again later.</source>
        <extracomment>%1 is an HTTP status code such as 507</extracomment>
        <translation>أخفق المنتدى في الاستجابة (رمز حالة HTTP %1). حاول مجددًا لاحقًا.</translation>
    </message>
    <message>
        <source>The forum sent an answer Outpost does not understand.</source>
        <translation>أرسل المنتدى استجابة لا يفهمها Outpost.</translation>
    </message>
</context>
<context>
    <name>outpost::outbox::Outbox</name>
    <message>
        <source>There is nothing to send: the text is empty.</source>
        <translation>لا يوجد ما يُرسَل: النص فارغ.</translation>
    </message>
    <message>
        <source>There is no new topic with that id in the outbox.</source>
        <translation>لا يوجد موضوع جديد بهذا المعرّف في صندوق الصادر.</translation>
    </message>
    <message>
        <source>A new topic needs a title.</source>
        <translation>يحتاج الموضوع الجديد إلى عنوان.</translation>
    </message>
    <message>
        <source>This item is not an edit in conflict.</source>
        <translation>هذا العنصر ليس تعديلًا متعارضًا.</translation>
    </message>
</context>
<context>
    <name>outpost::outbox::OutboxDelivery</name>
    <message>
        <source>An earlier attempt to send this may have arrived; Outpost could not check yet and sends nothing until it can.</source>
        <translation>ربما وصلت محاولة سابقة لإرسال هذا؛ لم يتمكن Outpost من التحقق بعد، ولن يرسل شيئًا حتى يتمكن من ذلك.</translation>
    </message>
    <message>
        <source>This edit does not say which post it changes.</source>
        <translation>لا يحدد هذا التعديل المنشور الذي يغيّره.</translation>
    </message>
    <message>
        <source>The post you edited is no longer on the forum, or you may no longer see it. Your text is kept here.</source>
        <translation>المنشور الذي عدّلته لم يعد موجودًا في المنتدى، أو ربما لم يعد بإمكانك رؤيته. نصك محفوظ هنا.</translation>
    </message>
    <message>
        <source>Someone changed this post on the forum after you began your edit. Compare both versions and choose which to keep.</source>
        <translation>غيّر شخص ما هذا المنشور في المنتدى بعد أن بدأت تعديلك. قارن بين النسختين واختر أيهما تحتفظ بها.</translation>
    </message>
    <message>
        <source>Not sent yet: the forum could not be reached in time.</source>
        <translation>لم يُرسَل بعد: تعذّر الوصول إلى المنتدى في الوقت المحدد.</translation>
    </message>
    <message>
        <source>The connection broke before the forum answered. Outpost checks whether this arrived before sending it again.</source>
        <translation>انقطع الاتصال قبل أن يستجيب المنتدى. سيتحقق Outpost مما إذا كان هذا قد وصل قبل إرساله مجددًا.</translation>
    </message>
    <message>
        <source>The forum&apos;s answer could not be read. Outpost checks whether this arrived before sending it again.</source>
        <translation>تعذّرت قراءة استجابة المنتدى. سيتحقق Outpost مما إذا كان هذا قد وصل قبل إرساله مجددًا.</translation>
    </message>
    <message>
        <source>The forum did not allow this. The topic or category may be closed to you, or it may be something the forum never allows (such as liking your own post).</source>
        <translation>لم يسمح المنتدى بهذا. ربما يكون الموضوع أو الفئة مغلقًا أمامك، أو ربما يكون أمرًا لا يسمح به المنتدى أبدًا (مثل الإعجاب بمنشورك).</translation>
    </message>
    <message>
        <source>Someone changed this post on the forum meanwhile; Outpost will fetch their version on the next sync.</source>
        <translation>غيّر شخص ما هذا المنشور في المنتدى في هذه الأثناء؛ سيجلب Outpost نسخته في المزامنة التالية.</translation>
    </message>
    <message>
        <source>The forum&apos;s answer could not be read; Outpost tries again on the next sync.</source>
        <translation>تعذّرت قراءة استجابة المنتدى؛ سيحاول Outpost مجددًا في المزامنة التالية.</translation>
    </message>
    <message>
        <source>Another Outpost window or program is sending this forum&apos;s outbox right now. Nothing was sent twice; try again in a moment.</source>
        <translation>تقوم نافذة أو برنامج آخر من Outpost بإرسال صندوق الصادر لهذا المنتدى الآن. لم يُرسَل أي شيء مرتين؛ حاول مجددًا بعد لحظات.</translation>
    </message>
    <message numerus="yes">
        <source>Sign in to send: %n item(s) are waiting in the outbox.</source>
        <translation>
            <numerusform>سجّل الدخول للإرسال: %n عنصر ينتظر في صندوق الصادر.</numerusform>
            <numerusform>سجّل الدخول للإرسال: عنصر واحد (%n) ينتظر في صندوق الصادر.</numerusform>
            <numerusform>سجّل الدخول للإرسال: عنصران (%n) ينتظران في صندوق الصادر.</numerusform>
            <numerusform>سجّل الدخول للإرسال: %n عناصر تنتظر في صندوق الصادر.</numerusform>
            <numerusform>سجّل الدخول للإرسال: %n عنصرًا تنتظر في صندوق الصادر.</numerusform>
            <numerusform>سجّل الدخول للإرسال: %n عنصر تنتظر في صندوق الصادر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending was cancelled. What was not sent stays in the outbox.</source>
        <translation>أُلغي الإرسال. يبقى ما لم يُرسَل في صندوق الصادر.</translation>
    </message>
    <message>
        <source>The new topic this replies to was removed from the outbox. Choose a topic to reply to, or keep this as a draft.</source>
        <translation>أُزيل من صندوق الصادر الموضوعُ الجديد الذي يرد عليه هذا. اختر موضوعًا للرد عليه، أو احتفظ بهذا كمسودة.</translation>
    </message>
    <message>
        <source>Waiting for a moderator to approve the new topic this replies to.</source>
        <translation>بانتظار موافقة مشرف على الموضوع الجديد الذي يرد عليه هذا.</translation>
    </message>
    <message>
        <source>Waiting for the new topic this replies to, which needs your attention.</source>
        <translation>بانتظار الموضوع الجديد الذي يرد عليه هذا، وهو يحتاج إلى انتباهك.</translation>
    </message>
    <message>
        <source>Waiting for the new topic this replies to.</source>
        <translation>بانتظار الموضوع الجديد الذي يرد عليه هذا.</translation>
    </message>
    <message>
        <source>The forum refused your sign-in key, so nothing more was sent. Sign in to this forum again; your posts wait in the outbox.</source>
        <translation>رفض المنتدى مفتاح تسجيل دخولك، لذا لم يُرسَل أي شيء آخر. سجّل الدخول إلى هذا المنتدى مجددًا؛ منشوراتك تنتظر في صندوق الصادر.</translation>
    </message>
    <message>
        <source>The forum&apos;s request limit is used up for now, or the forum asked Outpost to wait. Sending goes on from %1.</source>
        <translation>استُنفد حد الطلبات في المنتدى حاليًا، أو طلب المنتدى من Outpost الانتظار. سيُستأنف الإرسال بدءًا من %1.</translation>
    </message>
    <message>
        <source>The forum could not be reached. The outbox is sent on the next sync.</source>
        <translation>تعذّر الوصول إلى المنتدى. سيُرسَل صندوق الصادر في المزامنة التالية.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were accepted and wait for a moderator&apos;s approval.</source>
        <translation>
            <numerusform>قُبل %n عنصر وينتظر موافقة مشرف.</numerusform>
            <numerusform>قُبل عنصر واحد (%n) وينتظر موافقة مشرف.</numerusform>
            <numerusform>قُبل عنصران (%n) وينتظران موافقة مشرف.</numerusform>
            <numerusform>قُبلت %n عناصر وهي تنتظر موافقة مشرف.</numerusform>
            <numerusform>قُبل %n عنصرًا، وهي تنتظر موافقة مشرف.</numerusform>
            <numerusform>قُبل %n عنصر، وهي تنتظر موافقة مشرف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The forum refused %n item(s); they need your attention. Nothing was lost.</source>
        <translation>
            <numerusform>رفض المنتدى %n عنصر؛ وهي تحتاج إلى انتباهك. لم يُفقد شيء.</numerusform>
            <numerusform>رفض المنتدى عنصرًا واحدًا (%n)؛ وهو يحتاج إلى انتباهك. لم يُفقد شيء.</numerusform>
            <numerusform>رفض المنتدى عنصرين (%n)؛ وهما يحتاجان إلى انتباهك. لم يُفقد شيء.</numerusform>
            <numerusform>رفض المنتدى %n عناصر؛ وهي تحتاج إلى انتباهك. لم يُفقد شيء.</numerusform>
            <numerusform>رفض المنتدى %n عنصرًا؛ وهي تحتاج إلى انتباهك. لم يُفقد شيء.</numerusform>
            <numerusform>رفض المنتدى %n عنصر؛ وهي تحتاج إلى انتباهك. لم يُفقد شيء.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) wait for an earlier item, or for the forum to answer; they are sent on the next sync.</source>
        <translation>
            <numerusform>%n عنصر ينتظر عنصرًا سابقًا أو استجابة المنتدى؛ وسيُرسَل في المزامنة التالية.</numerusform>
            <numerusform>عنصر واحد (%n) ينتظر عنصرًا سابقًا أو استجابة المنتدى؛ وسيُرسَل في المزامنة التالية.</numerusform>
            <numerusform>عنصران (%n) ينتظران عنصرًا سابقًا أو استجابة المنتدى؛ وسيُرسَلان في المزامنة التالية.</numerusform>
            <numerusform>%n عناصر تنتظر عنصرًا سابقًا أو استجابة المنتدى؛ وستُرسَل في المزامنة التالية.</numerusform>
            <numerusform>%n عنصرًا تنتظر عنصرًا سابقًا أو استجابة المنتدى؛ وستُرسَل في المزامنة التالية.</numerusform>
            <numerusform>%n عنصر تنتظر عنصرًا سابقًا أو استجابة المنتدى؛ وستُرسَل في المزامنة التالية.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outpost::session</name>
    <message>
        <source>The forum did not accept the key. It may have been revoked, or your account may be suspended.</source>
        <translation>لم يقبل المنتدى المفتاح. ربما أُبطل، أو ربما عُلّق حسابك.</translation>
    </message>
    <message>
        <source>The forum sent an answer Outpost cannot read.</source>
        <translation>أرسل المنتدى استجابة لا يستطيع Outpost قراءتها.</translation>
    </message>
    <message>
        <source>This forum does not allow Outpost to receive the key by itself: its administrators have not added %1 to the allowed sign-in redirects (allowed_user_api_auth_redirects). Paste the code instead.</source>
        <translation>لا يسمح هذا المنتدى لـ Outpost باستلام المفتاح بنفسه: لم يضف مشرفوه %1 إلى عناوين إعادة التوجيه المسموح بها لتسجيل الدخول (allowed_user_api_auth_redirects). الصق الرمز بدلًا من ذلك.</translation>
    </message>
</context>
<context>
    <name>outpost::store</name>
    <message>
        <source>The offline copy %1 was opened before it was prepared.</source>
        <translation>فُتحت النسخة المحلية %1 قبل تجهيزها.</translation>
    </message>
    <message>
        <source>The offline copy %1 is damaged and Outpost could not move it aside. Check that its folder may be written to.</source>
        <translation>النسخة المحلية %1 تالفة، ولم يتمكن Outpost من نقلها جانبًا. تحقّق من إمكانية الكتابة في مجلدها.</translation>
    </message>
    <message>
        <source>The offline copy of this forum was damaged, so Outpost set it aside as %1 and started a new one. Topics will be downloaded again at the next sync; your drafts and settings are not affected.</source>
        <translation>كانت النسخة المحلية لهذا المنتدى تالفة، لذا نقلها Outpost جانبًا باسم %1 وبدأ نسخة جديدة. سيتم تنزيل الموضوعات مجددًا في المزامنة التالية؛ ولن تتأثر مسوداتك وإعداداتك.</translation>
    </message>
    <message>
        <source>Downloaded posts could not be saved because their text was incomplete.</source>
        <translation>تعذّر حفظ المنشورات التي تم تنزيلها لأن نصها كان غير مكتمل.</translation>
    </message>
    <message>
        <source>Downloaded posts could not be saved because their topic is not in the offline copy.</source>
        <translation>تعذّر حفظ المنشورات التي تم تنزيلها لأن موضوعها غير موجود في النسخة المحلية.</translation>
    </message>
    <message>
        <source>An internal query of Outpost was empty.</source>
        <translation>كان أحد الاستعلامات الداخلية في Outpost فارغًا.</translation>
    </message>
    <message>
        <source>This copy of SQLite has no full-text search (FTS5), which Outpost needs.</source>
        <translation>لا تتضمن نسخة SQLite هذه البحث في النص الكامل (FTS5)، الذي يحتاج إليه Outpost.</translation>
    </message>
    <message>
        <source>The forum %1 has already been added.</source>
        <translation>تمت إضافة المنتدى %1 من قبل.</translation>
    </message>
    <message numerus="yes">
        <source>This forum still has %n draft(s) or unsent post(s). Send or delete them before removing the forum.</source>
        <translation>
            <numerusform>لا يزال في هذا المنتدى %n مسودة أو منشور غير مُرسَل. أرسِلها أو احذفها قبل إزالة المنتدى.</numerusform>
            <numerusform>لا تزال في هذا المنتدى مسودة واحدة أو منشور واحد غير مُرسَل (%n). أرسِله أو احذفه قبل إزالة المنتدى.</numerusform>
            <numerusform>لا يزال في هذا المنتدى مسودتان أو منشوران غير مُرسَلين (%n). أرسِلهما أو احذفهما قبل إزالة المنتدى.</numerusform>
            <numerusform>لا تزال في هذا المنتدى %n مسودات أو منشورات غير مُرسَلة. أرسِلها أو احذفها قبل إزالة المنتدى.</numerusform>
            <numerusform>لا يزال في هذا المنتدى %n مسودةً أو منشورًا غير مُرسَل. أرسِلها أو احذفها قبل إزالة المنتدى.</numerusform>
            <numerusform>لا يزال في هذا المنتدى %n مسودة أو منشور غير مُرسَل. أرسِلها أو احذفها قبل إزالة المنتدى.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database upgrade steps built into Outpost are not valid.</source>
        <translation>خطوات ترقية قاعدة البيانات المضمّنة في Outpost غير صالحة.</translation>
    </message>
    <message>
        <source>That draft or outbox item no longer exists. It may have been sent or deleted in another window.</source>
        <translation>لم تعد هذه المسودة أو هذا العنصر من صندوق الصادر موجودًا. ربما أُرسل أو حُذف في نافذة أخرى.</translation>
    </message>
    <message>
        <source>Outpost cannot create its data folder %1. Check that it may be written to.</source>
        <translation>لا يستطيع Outpost إنشاء مجلد بياناته %1. تحقّق من إمكانية الكتابة فيه.</translation>
    </message>
    <message>
        <source>There is not enough disk space to save changes to %1. Nothing from the interrupted change was saved. Free some space and try again.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>لا توجد مساحة كافية على القرص لحفظ التغييرات في %1. لم يُحفظ أي شيء من التغيير الذي انقطع. حرّر بعض المساحة وحاول مجددًا.</translation>
    </message>
    <message>
        <source>The file %1 is damaged or is not an Outpost database.</source>
        <translation>الملف %1 تالف أو ليس قاعدة بيانات Outpost.</translation>
    </message>
    <message>
        <source>The file %1 is in use by another part of Outpost or another program. Try again in a moment.</source>
        <translation>الملف %1 قيد الاستخدام من جزء آخر من Outpost أو من برنامج آخر. حاول مجددًا بعد لحظات.</translation>
    </message>
    <message>
        <source>Outpost cannot write to %1. Check that the file and its folder may be written to.</source>
        <translation>لا يستطيع Outpost الكتابة في %1. تحقّق من إمكانية الكتابة في الملف ومجلده.</translation>
    </message>
    <message>
        <source>Outpost cannot open %1. Check that its folder exists and may be written to.</source>
        <translation>لا يستطيع Outpost فتح %1. تحقّق من وجود مجلده ومن إمكانية الكتابة فيه.</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing %1.</source>
        <translation>أبلغ القرص عن خطأ أثناء قراءة %1 أو الكتابة فيه.</translation>
    </message>
    <message>
        <source>A change to %1 was refused because it conflicts with data already saved.</source>
        <translation>رُفض تغيير على %1 لأنه يتعارض مع بيانات محفوظة من قبل.</translation>
    </message>
    <message>
        <source>A change to %1 was refused because a value was not valid.</source>
        <translation>رُفض تغيير على %1 لأن إحدى القيم غير صالحة.</translation>
    </message>
    <message>
        <source>An unexpected database error occurred in %1.</source>
        <translation>حدث خطأ غير متوقع في قاعدة البيانات في %1.</translation>
    </message>
    <message>
        <source>Your Outpost data file %1 is damaged. It holds your drafts, outbox and settings, so Outpost has left it exactly as it is and will not replace it. Keep a copy of it (and of %1.bak, if there is one) before trying anything else.</source>
        <translation>ملف بيانات Outpost الخاص بك %1 تالف. وهو يحتوي على مسوداتك وصندوق الصادر والإعدادات، لذا تركه Outpost كما هو تمامًا ولن يستبدله. احتفظ بنسخة منه (ومن %1.bak إن وُجد) قبل تجربة أي شيء آخر.</translation>
    </message>
    <message>
        <source>This was already sent, so it cannot be changed here any more.</source>
        <translation>أُرسل هذا من قبل، لذا لم يعد من الممكن تغييره هنا.</translation>
    </message>
    <message>
        <source>This is being sent right now. Wait until it has gone or been refused.</source>
        <translation>يجري إرسال هذا الآن. انتظر حتى يُرسَل أو يُرفَض.</translation>
    </message>
    <message>
        <source>An earlier attempt to send this may have reached the forum. Outpost checks that on the next sync; change it after that.</source>
        <translation>ربما وصلت محاولة سابقة لإرسال هذا إلى المنتدى. سيتحقق Outpost من ذلك في المزامنة التالية؛ غيّره بعد ذلك.</translation>
    </message>
</context>
<context>
    <name>outpost::store::Migrator</name>
    <message>
        <source>The file %1 is not the kind of Outpost database expected here.</source>
        <translation>الملف %1 ليس من نوع قاعدة بيانات Outpost المتوقع هنا.</translation>
    </message>
    <message>
        <source>Outpost could not save a safety copy of %1 before upgrading it, so it left the file as it was. %2</source>
        <translation>تعذّر على Outpost حفظ نسخة أمان من %1 قبل ترقيته، لذا ترك الملف كما كان. %2</translation>
    </message>
    <message>
        <source>Outpost could not upgrade %1 because the disk is full. The file was left as it was before step %2. Free some space and try again.</source>
        <translation>تعذّر على Outpost ترقية %1 لأن القرص ممتلئ. تُرك الملف كما كان قبل الخطوة %2. حرّر بعض المساحة وحاول مجددًا.</translation>
    </message>
    <message>
        <source>Outpost could not upgrade %1 (step %2). The file was left as it was before this step.</source>
        <translation>تعذّر على Outpost ترقية %1 (الخطوة %2). تُرك الملف كما كان قبل هذه الخطوة.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Outpost. Update Outpost to open it; this version has left the file untouched.</source>
        <translation>كُتب %1 بإصدار أحدث من Outpost. حدّث Outpost لفتحه؛ لم يمسّ هذا الإصدار الملف.</translation>
    </message>
</context>
<context>
    <name>outpost::store::OutboxRepository</name>
    <message>
        <source>This post is being sent or was already sent, so it cannot be edited as a draft any more.</source>
        <translation>يجري إرسال هذا المنشور أو أُرسل من قبل، لذا لم يعد من الممكن تعديله كمسودة.</translation>
    </message>
    <message>
        <source>Other queued posts depend on this one, so it cannot be removed yet.</source>
        <translation>تعتمد عليه منشورات أخرى في صندوق الصادر، لذا لا يمكن إزالته بعد.</translation>
    </message>
    <message>
        <source>The post was changed on the forum after you began your edit. Keep your version, take the forum&apos;s, or edit yours to merge them.</source>
        <translation>تغيّر المنشور في المنتدى بعد أن بدأت تعديلك. احتفظ بنسختك، أو خذ نسخة المنتدى، أو عدّل نسختك لدمجهما.</translation>
    </message>
</context>
<context>
    <name>outpost::sync</name>
    <message>
        <source>Fetching the forum&apos;s categories</source>
        <translation>جارٍ جلب فئات المنتدى</translation>
    </message>
    <message>
        <source>The forum&apos;s categories were not updated.</source>
        <translation>لم يتم تحديث فئات المنتدى.</translation>
    </message>
    <message>
        <source>Reading your settings on the forum</source>
        <translation>جارٍ قراءة إعداداتك في المنتدى</translation>
    </message>
    <message>
        <source>The forum did not recognise your sign-in, so only what anyone may read was synced. Connect Outpost to your account again.</source>
        <translation>لم يتعرّف المنتدى على تسجيل دخولك، لذا تمت مزامنة ما يمكن لأي شخص قراءته فقط. اربط Outpost بحسابك مجددًا.</translation>
    </message>
    <message>
        <source>The categories you watch on the forum were not read. %1</source>
        <translation>لم تتم قراءة الفئات التي تراقبها في المنتدى. %1</translation>
    </message>
    <message>
        <source>The categories you watch on the forum were not read.</source>
        <translation>لم تتم قراءة الفئات التي تراقبها في المنتدى.</translation>
    </message>
    <message>
        <source>Fetching the top topics of the week</source>
        <translation>جارٍ جلب الموضوعات الأكثر نشاطًا هذا الأسبوع</translation>
    </message>
    <message>
        <source>Fetching the top topics of the month</source>
        <translation>جارٍ جلب الموضوعات الأكثر نشاطًا هذا الشهر</translation>
    </message>
    <message>
        <source>The top topics of the week were not read.</source>
        <translation>لم تتم قراءة الموضوعات الأكثر نشاطًا هذا الأسبوع.</translation>
    </message>
    <message>
        <source>The top topics of the month were not read.</source>
        <translation>لم تتم قراءة الموضوعات الأكثر نشاطًا هذا الشهر.</translation>
    </message>
    <message>
        <source>Writing the digest</source>
        <translation>جارٍ كتابة الملخص</translation>
    </message>
    <message>
        <source>category %1</source>
        <extracomment>Stands for a category whose name is not known yet; %1 is its number.</extracomment>
        <translation>الفئة %1</translation>
    </message>
    <message>
        <source>Fetching “%1” (page %2)</source>
        <extracomment>%1 is a category name, %2 a page number (1 is the newest).</extracomment>
        <translation>جارٍ جلب «%1» (الصفحة %2)</translation>
    </message>
    <message>
        <source>The list of “%1” (page %2) was not read.</source>
        <extracomment>%1 is a category name, %2 a page number.</extracomment>
        <translation>لم تتم قراءة قائمة «%1» (الصفحة %2).</translation>
    </message>
    <message>
        <source>Sending the outbox</source>
        <translation>جارٍ إرسال صندوق الصادر</translation>
    </message>
    <message>
        <source>Indexing posts for search</source>
        <translation>جارٍ فهرسة المنشورات للبحث</translation>
    </message>
    <message>
        <source>The sync stopped because of an unexpected error. What was saved before is intact.</source>
        <translation>توقفت المزامنة بسبب خطأ غير متوقع. ما حُفظ من قبل سليم.</translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>بعد %n دقيقة</numerusform>
            <numerusform>بعد دقيقة واحدة (%n)</numerusform>
            <numerusform>بعد دقيقتين (%n)</numerusform>
            <numerusform>بعد %n دقائق</numerusform>
            <numerusform>بعد %n دقيقة</numerusform>
            <numerusform>بعد %n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in about %n hour(s)</source>
        <translation>
            <numerusform>بعد نحو %n ساعة</numerusform>
            <numerusform>بعد نحو ساعة واحدة (%n)</numerusform>
            <numerusform>بعد نحو ساعتين (%n)</numerusform>
            <numerusform>بعد نحو %n ساعات</numerusform>
            <numerusform>بعد نحو %n ساعة</numerusform>
            <numerusform>بعد نحو %n ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in about %n day(s)</source>
        <translation>
            <numerusform>بعد نحو %n يوم</numerusform>
            <numerusform>بعد نحو يوم واحد (%n)</numerusform>
            <numerusform>بعد نحو يومين (%n)</numerusform>
            <numerusform>بعد نحو %n أيام</numerusform>
            <numerusform>بعد نحو %n يومًا</numerusform>
            <numerusform>بعد نحو %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>The forum&apos;s request limit for now is used up, so the sync stopped; what was downloaded is kept. It can go on after %1 (%2).</source>
        <extracomment>%1 is a local time (or date and time), %2 how long until then (&quot;in about 3 hours&quot;).</extracomment>
        <translation>استُنفد حد الطلبات في المنتدى حاليًا، لذا توقفت المزامنة؛ وتم الاحتفاظ بما نُزِّل. يمكن استئنافها بعد %1 (%2).</translation>
    </message>
    <message>
        <source>The forum could not be reached, so the sync stopped; what was downloaded is kept. %1</source>
        <extracomment>%1 says what went wrong with the connection (a whole sentence).</extracomment>
        <translation>تعذّر الوصول إلى المنتدى، لذا توقفت المزامنة؛ وتم الاحتفاظ بما نُزِّل. %1</translation>
    </message>
    <message>
        <source>The sync was cancelled; what was downloaded is kept.</source>
        <translation>أُلغيت المزامنة؛ وتم الاحتفاظ بما نُزِّل.</translation>
    </message>
    <message>
        <source>The sync stopped because the offline copy could not be written. %1 What was saved before is intact.</source>
        <extracomment>%1 is the store&apos;s own sentence about the failure (e.g. the disk is full).</extracomment>
        <translation>توقفت المزامنة لتعذّر الكتابة في النسخة المحلية. %1 ما حُفظ من قبل سليم.</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) like these were left out of this report.</source>
        <translation>
            <numerusform>لم تُدرج في هذا التقرير %n مشكلة أخرى مماثلة.</numerusform>
            <numerusform>لم تُدرج في هذا التقرير مشكلة واحدة (%n) أخرى مماثلة.</numerusform>
            <numerusform>لم تُدرج في هذا التقرير مشكلتان (%n) أخريان مماثلتان.</numerusform>
            <numerusform>لم تُدرج في هذا التقرير %n مشكلات أخرى مماثلة.</numerusform>
            <numerusform>لم تُدرج في هذا التقرير %n مشكلةً أخرى مماثلة.</numerusform>
            <numerusform>لم تُدرج في هذا التقرير %n مشكلة أخرى مماثلة.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 says what was not updated, %2 why (both are whole sentences).</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>topic %1</source>
        <extracomment>Stands for a topic whose title is not known yet; %1 is its number.</extracomment>
        <translation>الموضوع %1</translation>
    </message>
    <message>
        <source>Fetching “%1”</source>
        <translation>جارٍ جلب «%1»</translation>
    </message>
    <message>
        <source>The topic “%1” was not updated.</source>
        <extracomment>%1 is a topic title (or &quot;topic 123&quot;).</extracomment>
        <translation>لم يتم تحديث الموضوع «%1».</translation>
    </message>
    <message>
        <source>Fetching posts of “%1”</source>
        <translation>جارٍ جلب منشورات «%1»</translation>
    </message>
    <message>
        <source>Some posts of the topic “%1” were not downloaded.</source>
        <translation>لم يتم تنزيل بعض منشورات الموضوع «%1».</translation>
    </message>
    <message>
        <source>The forum refused your sign-in key. Topics it would not show were kept as they were, and your queued posts wait. Sign in to this forum again.</source>
        <translation>رفض المنتدى مفتاح تسجيل دخولك. بقيت الموضوعات التي لم يعرضها كما كانت، ومنشوراتك في صندوق الصادر لا تزال تنتظر. سجّل الدخول إلى هذا المنتدى مجددًا.</translation>
    </message>
</context>
</TS>
