<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AddCommitmentCommand</name>
    <message>
        <source>Add commitment</source>
        <translation>إضافة التزام</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>Upstander — Audience</source>
        <translation>Upstander — الجمهور</translation>
    </message>
    <message>
        <source>Audience screen</source>
        <translation>شاشة الجمهور</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>انتهى الوقت</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>أهلًا وسهلًا</translation>
    </message>
    <message>
        <source>Join from your phone</source>
        <translation>انضموا من هواتفكم</translation>
    </message>
    <message>
        <source>One action in the next two weeks</source>
        <translation>خطوة واحدة خلال الأسبوعين القادمين</translation>
    </message>
    <message>
        <source>Phones are not invited yet.</source>
        <translation>لم تُدعَ الهواتف بعد.</translation>
    </message>
    <message>
        <source>Time left: %1 seconds</source>
        <translation>الوقت المتبقي بالثواني: %1</translation>
    </message>
</context>
<context>
    <name>ChangeSessionCommand</name>
    <message>
        <source>Change the session&apos;s settings</source>
        <translation>تغيير إعدادات الجلسة</translation>
    </message>
</context>
<context>
    <name>ChangeTallyCommand</name>
    <message>
        <source>Add one to &quot;%1&quot;</source>
        <translation>إضافة واحد إلى &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Take one from &quot;%1&quot;</source>
        <translation>طرح واحد من &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ChartExportCommand</name>
    <message>
        <source>unknown chart &quot;%1&quot;; the charts are %2</source>
        <translation>مخطط غير معروف &quot;%1&quot;؛ المخططات المتاحة هي %2</translation>
    </message>
    <message>
        <source>--format %1 needs --chart NAME (%2); only pdf without --chart writes the whole report</source>
        <translation>يتطلب --format %1 الخيار --chart NAME (%2)؛ وحده pdf دون --chart يكتب التقرير كاملًا</translation>
    </message>
    <message>
        <source>--question goes with --chart distribution or decisions</source>
        <translation>يُستخدم --question مع --chart distribution أو decisions فقط</translation>
    </message>
    <message>
        <source>Session %1 has no question %2 for the %3 chart.</source>
        <translation>لا يوجد في الجلسة %1 سؤال رقم %2 للمخطط %3.</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>There is no chart called &quot;%1&quot;.</source>
        <translation>لا يوجد مخطط باسم &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ChartModel</name>
    <message numerus="yes">
        <source>Needs at least %n answers</source>
        <translation>
            <numerusform>يلزم %n إجابة على الأقل</numerusform>
            <numerusform>يلزم %n إجابة على الأقل</numerusform>
            <numerusform>يلزم %n إجابتان على الأقل</numerusform>
            <numerusform>يلزم %n إجابات على الأقل</numerusform>
            <numerusform>يلزم %n إجابة على الأقل</numerusform>
            <numerusform>يلزم %n إجابة على الأقل</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Nothing to show yet</source>
        <translation>لا شيء للعرض بعد</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>المخطط: %1</translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation>تصدير المخطط…</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <source>Check-in: did people do what they committed to?</source>
        <translation>الوفاء بالالتزامات: هل نفّذ المشاركون ما التزموا به؟</translation>
    </message>
    <message>
        <source>Ask the group whether they did what they committed to at the workshop. Phones answer anonymously and never see what they wrote then; hands can be counted below.</source>
        <translation>اسألوا المجموعة هل نفّذ أفرادها ما التزموا به في الورشة. تجيب الهواتف دون كشف الهوية ولا ترى أبدًا ما كُتب حينها؛ ويمكن عدّ الأيدي أدناه.</translation>
    </message>
    <message>
        <source>Shows the check-in question on the projector and on participants&apos; phones</source>
        <translation>يعرض سؤال الوفاء بالالتزامات على جهاز العرض وعلى هواتف المشاركين</translation>
    </message>
    <message>
        <source>Take a hand off: %1</source>
        <translation>إنقاص يد من العدّ: %1</translation>
    </message>
    <message>
        <source>Count a hand: %1</source>
        <translation>إضافة يد إلى العدّ: %1</translation>
    </message>
    <message>
        <source>The question could not be saved: %1</source>
        <translation>تعذّر حفظ السؤال: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The answers could not be shown or hidden.</source>
        <translation>تعذّر إظهار الإجابات أو إخفاؤها.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n hand(s) counted</source>
        <translation>
            <numerusform>%1: %n يد معدودة</numerusform>
            <numerusform>%1: %n يد معدودة</numerusform>
            <numerusform>%1: %n يدان معدودتان</numerusform>
            <numerusform>%1: %n أيدٍ معدودة</numerusform>
            <numerusform>%1: %n يدًا معدودة</numerusform>
            <numerusform>%1: %n يد معدودة</numerusform>
        </translation>
    </message>
    <message>
        <source>Not asked yet.</source>
        <translation>لم يُطرح السؤال بعد.</translation>
    </message>
    <message>
        <source>Did it: %1 · Partly: %2 · Not yet: %3 · No commitment: %4. %5% of those who had made a commitment did it.</source>
        <translation>نفّذوا: %1 · جزئيًا: %2 · ليس بعد: %3 · دون التزام: %4. نسبة من نفّذوا التزامهم ممن قطعوا التزامًا: %5%.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) so far. The numbers show once at least %1 people who had made a commitment have answered.</source>
        <translation>
            <numerusform>%n إجابة حتى الآن. تظهر الأرقام حين يجيب %1 أشخاص على الأقل ممن قطعوا التزامًا.</numerusform>
            <numerusform>%n إجابة حتى الآن. تظهر الأرقام حين يجيب %1 أشخاص على الأقل ممن قطعوا التزامًا.</numerusform>
            <numerusform>%n إجابتان حتى الآن. تظهر الأرقام حين يجيب %1 أشخاص على الأقل ممن قطعوا التزامًا.</numerusform>
            <numerusform>%n إجابات حتى الآن. تظهر الأرقام حين يجيب %1 أشخاص على الأقل ممن قطعوا التزامًا.</numerusform>
            <numerusform>%n إجابة حتى الآن. تظهر الأرقام حين يجيب %1 أشخاص على الأقل ممن قطعوا التزامًا.</numerusform>
            <numerusform>%n إجابة حتى الآن. تظهر الأرقام حين يجيب %1 أشخاص على الأقل ممن قطعوا التزامًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask the Check-in &amp;Question</source>
        <translation>طرح &amp;سؤال الوفاء بالالتزامات</translation>
    </message>
    <message>
        <source>Hide the A&amp;nswers</source>
        <translation>إخ&amp;فاء الإجابات</translation>
    </message>
    <message>
        <source>Reveal the A&amp;nswers</source>
        <translation>كش&amp;ف الإجابات</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>The answers are shown: the count is final until the check-in is asked again</source>
        <translation>الإجابات معروضة: العدد نهائي إلى أن يُطرح سؤال الوفاء بالالتزامات من جديد</translation>
    </message>
</context>
<context>
    <name>CohortTrendModel</name>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>This session (not part of a cohort)</source>
        <translation>هذه الجلسة (ليست ضمن دفعة)</translation>
    </message>
    <message>
        <source>Cohort “%1” over time</source>
        <translation>الدفعة «%1» عبر الزمن</translation>
    </message>
    <message>
        <source>The mean stage of each session&apos;s answers</source>
        <translation>متوسط مرحلة الإجابات في كل جلسة</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>upstander: %1</source>
        <translation>upstander: %1</translation>
    </message>
    <message>
        <source>Try &quot;upstander --help&quot; for more information.</source>
        <translation>للمزيد من المعلومات جرّبوا &quot;upstander --help&quot;.</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>الخيار %1 يتطلب قيمة</translation>
    </message>
    <message>
        <source>option --data-dir needs a folder</source>
        <translation>الخيار --data-dir يتطلب مجلدًا</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>خيار غير معروف %1</translation>
    </message>
    <message>
        <source>--session goes with --serve</source>
        <translation>يُستخدم --session مع --serve فقط</translation>
    </message>
    <message>
        <source>--serve needs HOST:PORT, an IP address and a port, e.g. 0.0.0.0:8080 (not &quot;%1&quot;)</source>
        <translation>يتطلب --serve القيمة HOST:PORT، أي عنوان IP ومنفذًا، مثل 0.0.0.0:8080 (وليس &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--session needs a session id (see &quot;upstander sessions&quot;) or &quot;new&quot;, not &quot;%1&quot;</source>
        <translation>يتطلب --session معرّف جلسة (انظروا &quot;upstander sessions&quot;) أو &quot;new&quot;، وليس &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Usage: upstander [OPTIONS] [COMMAND [ARGUMENTS]]

Runs allyship workshops: the allyship spectrum, role-play scenarios, and the
group&apos;s answers. Without a command, the desktop program starts.

Commands:
  validate FILE...   check scenario files; prints FILE:LINE:COL: error: MESSAGE
                     for each problem; exit 0 when no file has an error, 1 when
                     one has
  scenario-strings --ts FILE.ts SCENARIO...
                     write the scenarios&apos; texts into a Qt Linguist file for
                     translation, keeping translations already made

Options:
  --lang LANG        use the language LANG (%1) instead of the system&apos;s
  --serve HOST:PORT [--session ID|new]
                     start the desktop program with phones invited: serve the
                     participant page on HOST:PORT (port 0: any free one), open
                     session ID or a new one (the default) with the baseline
                     self-placement on the projector, and print the join address
                     and code
  -h, --help         show this help and exit
  -v, --version      show the version and exit

Exit codes: 0 success, 1 failure, 2 usage error.
</source>
        <translation>الاستخدام: upstander [OPTIONS] [COMMAND [ARGUMENTS]]

يدير ورش التضامن في بيئة العمل: طيف التضامن، وسيناريوهات لعب الأدوار،
وإجابات المجموعة. دون أمر يبدأ برنامج سطح المكتب.

الأوامر:
  validate FILE...   يفحص ملفات السيناريو؛ يطبع FILE:LINE:COL: error: MESSAGE
                     لكل مشكلة؛ رمز الخروج 0 إن لم يكن في أي ملف خطأ، و1 إن
                     كان في أحدها
  scenario-strings --ts FILE.ts SCENARIO...
                     يكتب نصوص السيناريوهات في ملف Qt Linguist للترجمة،
                     مع الإبقاء على الترجمات الموجودة

الخيارات:
  --lang LANG        استخدام اللغة LANG (%1) بدلًا من لغة النظام
  --serve HOST:PORT [--session ID|new]
                     يبدأ برنامج سطح المكتب مع دعوة الهواتف: يقدّم صفحة
                     المشاركين على HOST:PORT (المنفذ 0: أي منفذ متاح)، ويفتح
                     الجلسة ID أو جلسة جديدة (الافتراضي) مع سؤال التموضع
                     الذاتي لنقطة البداية على جهاز العرض، ويطبع عنوان الانضمام
                     ورمزه
  -h, --help         عرض هذه المساعدة والخروج
  -v, --version      عرض رقم الإصدار والخروج

رموز الخروج: 0 نجاح، 1 إخفاق، 2 خطأ في الاستخدام.
</translation>
    </message>
    <message>
        <source>Session data (one database per data folder):
  sessions [--format table|tsv]
                     list the sessions, newest first: id, date, title, cohort and
                     number of answers; tsv is tab-separated, for scripts
  export --session ID --format csv|json --out FILE [--raw]
                     write one session&apos;s results to FILE, atomically: the group
                     statistics (one below the anonymity threshold k is
                     &quot;suppressed&quot;, without numbers), or with --raw every answer
                     under a key new in each export; without --format, the
                     extension of FILE decides
  export --session ID --format pdf|png|svg --out FILE [--chart NAME]
                     the session&apos;s PDF report (pdf without --chart), or one
                     chart: distribution, before-after, perception-gap,
                     decisions or cohort-trend (--question ID picks the
                     question of distribution and decisions); needs no display
  demo               create a demo session (about 25 participants, two
                     scenarios, commitments) and print its id
  --data-dir DIR     keep the sessions in DIR instead of the default folder
                     (%1); for every command, before or after
                     it, and for the desktop program

Columns and the JSON format: docs/export.md.
</source>
        <translation>بيانات الجلسات (قاعدة بيانات واحدة لكل مجلد بيانات):
  sessions [--format table|tsv]
                     يسرد الجلسات، الأحدث أولًا: المعرّف والتاريخ والعنوان والدفعة
                     وعدد الإجابات؛ tsv قيم مفصولة بعلامات جدولة، للبرامج النصية
  export --session ID --format csv|json --out FILE [--raw]
                     يكتب نتائج جلسة واحدة في FILE كتابةً ذرّية: إحصاءات
                     المجموعة (ما كان دون حدّ إخفاء الهوية k يُكتب
                     &quot;suppressed&quot; دون أرقام)، أو مع --raw كل إجابة
                     بمفتاح جديد في كل تصدير؛ دون --format يحدّد
                     امتداد FILE الصيغة
  export --session ID --format pdf|png|svg --out FILE [--chart NAME]
                     تقرير الجلسة بصيغة PDF (pdf دون --chart)، أو مخطط
                     واحد: distribution أو before-after أو perception-gap أو
                     decisions أو cohort-trend (يختار --question ID
                     سؤال distribution وdecisions)؛ لا يحتاج إلى شاشة
  demo               ينشئ جلسة تجريبية (نحو 25 مشاركًا، وسيناريوهان،
                     والتزامات) ويطبع معرّفها
  --data-dir DIR     حفظ الجلسات في DIR بدلًا من المجلد الافتراضي
                     (%1)؛ لكل أمر، قبله أو بعده،
                     ولبرنامج سطح المكتب

الأعمدة وصيغة JSON: docs/export.md.
</translation>
    </message>
    <message>
        <source>Deleting sessions (asks nothing; nothing stays readable in the database):
  sessions --delete ID
                     delete session ID with all of its answers, tallies and
                     commitments
  sessions --older-than N
                     delete every session dated more than N months ago

&quot;upstander COMMAND --help&quot; shows the options of one command.
</source>
        <translation>حذف الجلسات (دون أي سؤال؛ لا يبقى شيء مقروءًا في قاعدة البيانات):
  sessions --delete ID
                     يحذف الجلسة ID مع كل إجاباتها ونتائج عدّها اليدوي
                     والتزاماتها
  sessions --older-than N
                     يحذف كل جلسة يعود تاريخها إلى أكثر من N شهرًا

&quot;upstander COMMAND --help&quot; يعرض خيارات أمر واحد.
</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>أمر غير معروف &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>CommitmentCards</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>الالتزامات</translation>
    </message>
    <message>
        <source>Could not draw the commitment cards into %1.</source>
        <translation>تعذّر رسم بطاقات الالتزامات في %1.</translation>
    </message>
</context>
<context>
    <name>CommitmentWall</name>
    <message>
        <source>Commitments</source>
        <translation>الالتزامات</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
</context>
<context>
    <name>CommitmentsPanel</name>
    <message>
        <source>Type each commitment card as written, without names. Commitments appear in the report once there are enough of them to stay anonymous.</source>
        <translation>اكتبوا كل بطاقة التزام كما هي، دون أسماء. تظهر الالتزامات في التقرير حين يكفي عددها لتبقى مجهولة الهوية.</translation>
    </message>
    <message>
        <source>As&amp;k the Room</source>
        <translation>سؤ&amp;ال المجموعة</translation>
    </message>
    <message>
        <source>Shows the commitment prompt on the projector and opens the commitment box on participants&apos; phones</source>
        <translation>يعرض دعوة الالتزام على جهاز العرض ويفتح خانة الالتزام على هواتف المشاركين</translation>
    </message>
    <message>
        <source>Show &amp;Wall on Projector</source>
        <translation>عرض اللوحة على &amp;جهاز العرض</translation>
    </message>
    <message>
        <source>Shows the group&apos;s commitments on the projector as cards, once there are enough of them to stay anonymous</source>
        <translation>يعرض التزامات المجموعة على جهاز العرض في شكل بطاقات، حين يكفي عددها لتبقى مجهولة الهوية</translation>
    </message>
    <message>
        <source>Starter actions</source>
        <translation>خطوات للبدء</translation>
    </message>
    <message>
        <source>Start from a starter action…</source>
        <translation>البدء من خطوة مقترحة…</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>الالتزام</translation>
    </message>
    <message>
        <source>One action in the next two weeks…</source>
        <translation>خطوة واحدة خلال الأسبوعين القادمين…</translation>
    </message>
    <message>
        <source>Cancel Editing</source>
        <translation>إلغاء التعديل</translation>
    </message>
    <message>
        <source>Commitments entered</source>
        <translation>الالتزامات المُدخلة</translation>
    </message>
    <message>
        <source>Edi&amp;t</source>
        <translation>&amp;تعديل</translation>
    </message>
    <message>
        <source>Puts the selected commitment in the box above to change it</source>
        <translation>يضع الالتزام المحدّد في الخانة أعلاه لتغييره</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Deletes the selected commitment; Undo brings it back</source>
        <translation>يحذف الالتزام المحدّد؛ ويعيده أمر التراجع</translation>
    </message>
    <message>
        <source>Print &amp;Cards…</source>
        <translation>&amp;طباعة البطاقات…</translation>
    </message>
    <message>
        <source>Saves the commitments as take-away cards in a PDF to print, one commitment on each card</source>
        <translation>يحفظ الالتزامات في ملف PDF للطباعة على شكل بطاقات يأخذها المشاركون، التزام واحد في كل بطاقة</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 حرفًا</translation>
    </message>
    <message>
        <source> — too long</source>
        <translation> — أطول من اللازم</translation>
    </message>
    <message>
        <source>The commitment could not be changed: %1</source>
        <translation>تعذّر تغيير الالتزام: %1</translation>
    </message>
    <message>
        <source>The commitment could not be added.</source>
        <translation>تعذّرت إضافة الالتزام.</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>حفظ ا&amp;لتغييرات</translation>
    </message>
    <message>
        <source>Replaces the selected commitment&apos;s text; Undo puts it back</source>
        <translation>يستبدل نص الالتزام المحدّد؛ ويعيده أمر التراجع</translation>
    </message>
    <message>
        <source>&amp;Add Commitment</source>
        <translation>إ&amp;ضافة الالتزام</translation>
    </message>
    <message>
        <source>Our commitments</source>
        <translation>التزاماتنا</translation>
    </message>
    <message numerus="yes">
        <source>%n more commitment(s) needed before they appear here, so that none can be traced to the person who wrote it.</source>
        <translation>
            <numerusform>يلزم %n التزام إضافي قبل ظهورها هنا، حتى لا يمكن ربط أي منها بكاتبه.</numerusform>
            <numerusform>يلزم %n التزام إضافي قبل ظهورها هنا، حتى لا يمكن ربط أي منها بكاتبه.</numerusform>
            <numerusform>يلزم %n التزامان إضافيان قبل ظهورها هنا، حتى لا يمكن ربط أي منها بكاتبه.</numerusform>
            <numerusform>يلزم %n التزامات إضافية قبل ظهورها هنا، حتى لا يمكن ربط أي منها بكاتبه.</numerusform>
            <numerusform>يلزم %n التزامًا إضافيًا قبل ظهورها هنا، حتى لا يمكن ربط أي منها بكاتبه.</numerusform>
            <numerusform>يلزم %n التزام إضافي قبل ظهورها هنا، حتى لا يمكن ربط أي منها بكاتبه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more needed before the wall and the cards show them.</source>
        <translation>
            <numerusform>يلزم %n التزام إضافي قبل أن تعرضها اللوحة والبطاقات.</numerusform>
            <numerusform>يلزم %n التزام إضافي قبل أن تعرضها اللوحة والبطاقات.</numerusform>
            <numerusform>يلزم %n التزامان إضافيان قبل أن تعرضها اللوحة والبطاقات.</numerusform>
            <numerusform>يلزم %n التزامات إضافية قبل أن تعرضها اللوحة والبطاقات.</numerusform>
            <numerusform>يلزم %n التزامًا إضافيًا قبل أن تعرضها اللوحة والبطاقات.</numerusform>
            <numerusform>يلزم %n التزام إضافي قبل أن تعرضها اللوحة والبطاقات.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateSessionCommand</name>
    <message>
        <source>New session &quot;%1&quot;</source>
        <translation>جلسة جديدة &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Plan follow-up &quot;%1&quot;</source>
        <translation>تخطيط جلسة المتابعة &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The session could not be removed: what was recorded in it is not saved yet.</source>
        <translation>تعذّرت إزالة الجلسة: ما سُجّل فيها لم يُحفظ بعد.</translation>
    </message>
</context>
<context>
    <name>DecisionChart</name>
    <message>
        <source>Votes</source>
        <translation>الأصوات</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n votes (%3)</source>
        <translation>
            <numerusform>%1 (%2): %n صوت (%3)</numerusform>
            <numerusform>%1 (%2): %n صوت (%3)</numerusform>
            <numerusform>%1 (%2): %n صوتان (%3)</numerusform>
            <numerusform>%1 (%2): %n أصوات (%3)</numerusform>
            <numerusform>%1 (%2): %n صوتًا (%3)</numerusform>
            <numerusform>%1 (%2): %n صوت (%3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>Decision point</source>
        <translation>نقطة القرار</translation>
    </message>
    <message>
        <source>Keys 1–6 add a vote to an option; Shift+1–6, or − and then the number, take one away. Votes are shown on this screen only.</source>
        <translation>المفاتيح 1–6 تضيف صوتًا إلى خيار؛ وShift+1–6، أو − ثم الرقم، تطرح صوتًا. تظهر الأصوات على هذه الشاشة فقط.</translation>
    </message>
    <message>
        <source>Show &amp;question on projector</source>
        <translation>&amp;إظهار السؤال على جهاز العرض</translation>
    </message>
    <message>
        <source>Show the question on the projector</source>
        <translation>عرض السؤال على جهاز العرض</translation>
    </message>
    <message>
        <source>The prompt and the options, without any votes</source>
        <translation>نص السؤال والخيارات، دون أي أصوات</translation>
    </message>
    <message>
        <source>Record the option the group agreed on as the group&apos;s single choice</source>
        <translation>تسجيل الخيار الذي اتفقت عليه المجموعة بوصفه اختيارها المشترك</translation>
    </message>
    <message>
        <source>Reve&amp;al stages</source>
        <translation>&amp;كشف المراحل</translation>
    </message>
    <message>
        <source>Reveal each option&apos;s stage and why</source>
        <translation>كشف مرحلة كل خيار وسببها</translation>
    </message>
    <message>
        <source>Show each option&apos;s stage and why here and on the projector, with the decision chart</source>
        <translation>عرض مرحلة كل خيار وسببها هنا وعلى جهاز العرض، مع مخطط القرار</translation>
    </message>
    <message>
        <source>Go on to the scene this option leads to</source>
        <translation>الانتقال إلى المشهد الذي يقود إليه هذا الخيار</translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation>السؤال: %1</translation>
    </message>
    <message>
        <source>No session is open, so votes cannot be recorded. The scenario can still be run and revealed.</source>
        <translation>لا توجد جلسة مفتوحة، لذا لا يمكن تسجيل الأصوات. ما زال بالإمكان تشغيل السيناريو وكشف مراحل خياراته.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Pick this option for the group&apos;s choice and to follow</source>
        <translation>اختيار هذا الخيار بوصفه اختيار المجموعة والمسار الذي يُتّبع</translation>
    </message>
    <message>
        <source>The group&apos;s choice</source>
        <translation>اختيار المجموعة</translation>
    </message>
    <message>
        <source>Take one vote from option %1</source>
        <translation>طرح صوت من الخيار %1</translation>
    </message>
    <message>
        <source>Add one vote to option %1</source>
        <translation>إضافة صوت إلى الخيار %1</translation>
    </message>
    <message>
        <source>The group&apos;s choice could not be recorded: %1</source>
        <translation>تعذّر تسجيل اختيار المجموعة: %1</translation>
    </message>
    <message>
        <source>Count hands as well?</source>
        <translation>عدّ الأيدي أيضًا؟</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) answered this decision on their phones. Counted hands are added to those answers, so whoever answered on a phone must not raise a hand as well. Count hands too?</source>
        <translation>
            <numerusform>أجاب %n شخص عن هذا القرار من هواتفهم. تُضاف الأيدي المعدودة إلى هذه الإجابات، لذا يجب ألّا يرفع يده من أجاب من هاتفه. هل تريدون عدّ الأيدي أيضًا؟</numerusform>
            <numerusform>أجاب %n شخص عن هذا القرار من هاتفه. تُضاف الأيدي المعدودة إلى هذه الإجابات، لذا يجب ألّا يرفع يده من أجاب من هاتفه. هل تريدون عدّ الأيدي أيضًا؟</numerusform>
            <numerusform>أجاب %n شخصان عن هذا القرار من هاتفيهما. تُضاف الأيدي المعدودة إلى هذه الإجابات، لذا يجب ألّا يرفع يده من أجاب من هاتفه. هل تريدون عدّ الأيدي أيضًا؟</numerusform>
            <numerusform>أجاب %n أشخاص عن هذا القرار من هواتفهم. تُضاف الأيدي المعدودة إلى هذه الإجابات، لذا يجب ألّا يرفع يده من أجاب من هاتفه. هل تريدون عدّ الأيدي أيضًا؟</numerusform>
            <numerusform>أجاب %n شخصًا عن هذا القرار من هواتفهم. تُضاف الأيدي المعدودة إلى هذه الإجابات، لذا يجب ألّا يرفع يده من أجاب من هاتفه. هل تريدون عدّ الأيدي أيضًا؟</numerusform>
            <numerusform>أجاب %n شخص عن هذا القرار من هواتفهم. تُضاف الأيدي المعدودة إلى هذه الإجابات، لذا يجب ألّا يرفع يده من أجاب من هاتفه. هل تريدون عدّ الأيدي أيضًا؟</numerusform>
        </translation>
    </message>
    <message>
        <source>The stages are revealed, so no more votes are counted. &quot;Show question on projector&quot; asks it again.</source>
        <translation>كُشفت المراحل، لذا لم تعد الأصوات تُحتسب. يعيد أمر &quot;عرض السؤال على جهاز العرض&quot; طرح السؤال.</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) for option %1</source>
        <translation>
            <numerusform>%n صوت للخيار %1</numerusform>
            <numerusform>%n صوت للخيار %1</numerusform>
            <numerusform>%n صوتان للخيار %1</numerusform>
            <numerusform>%n أصوات للخيار %1</numerusform>
            <numerusform>%n صوتًا للخيار %1</numerusform>
            <numerusform>%n صوت للخيار %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Take one vote from option %1 (Shift+%1)</source>
        <translation>طرح صوت من الخيار %1 (Shift+%1)</translation>
    </message>
    <message>
        <source>Add one vote to option %1 (%1)</source>
        <translation>إضافة صوت إلى الخيار %1 (%1)</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>السبب: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) recorded</source>
        <translation>
            <numerusform>سُجّل %n صوت</numerusform>
            <numerusform>سُجّل %n صوت</numerusform>
            <numerusform>سُجّل %n صوتان</numerusform>
            <numerusform>سُجّلت %n أصوات</numerusform>
            <numerusform>سُجّل %n صوتًا</numerusform>
            <numerusform>سُجّل %n صوت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n passed</source>
        <translation>
            <numerusform> · تخطّى %n</numerusform>
            <numerusform> · تخطّى %n</numerusform>
            <numerusform> · تخطّى %n</numerusform>
            <numerusform> · تخطّى %n</numerusform>
            <numerusform> · تخطّى %n</numerusform>
            <numerusform> · تخطّى %n</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 from phones, %2 counted by hand</source>
        <translation> · %1 من الهواتف، و%2 بالعدّ اليدوي</translation>
    </message>
    <message>
        <source> · stages revealed</source>
        <translation> · كُشفت المراحل</translation>
    </message>
    <message>
        <source> · the group chose option %1</source>
        <translation> · اختارت المجموعة الخيار %1</translation>
    </message>
    <message>
        <source>The &amp;group chooses %1</source>
        <translation>المجموعة تختار &amp;%1</translation>
    </message>
    <message>
        <source>Record option %1 as the group&apos;s choice</source>
        <translation>تسجيل الخيار %1 بوصفه اختيار المجموعة</translation>
    </message>
    <message>
        <source>Fo&amp;llow option %1 →</source>
        <translation>&amp;اتّباع الخيار %1 ←</translation>
    </message>
    <message>
        <source>Follow option %1 to its scene</source>
        <translation>اتّباع الخيار %1 إلى مشهده</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>الخيار %1</translation>
    </message>
</context>
<context>
    <name>DecisionTallyModel</name>
    <message>
        <source>Votes</source>
        <translation>الأصوات</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>النسبة (%)</translation>
    </message>
    <message numerus="yes">
        <source>%n votes</source>
        <translation>
            <numerusform>%n صوت</numerusform>
            <numerusform>%n صوت</numerusform>
            <numerusform>%n صوتان</numerusform>
            <numerusform>%n أصوات</numerusform>
            <numerusform>%n صوتًا</numerusform>
            <numerusform>%n صوت</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>votes, passes</comment>
        <translation>%1، %2</translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <translation>
            <numerusform>تخطّى %n</numerusform>
            <numerusform>تخطّى %n</numerusform>
            <numerusform>تخطّى %n</numerusform>
            <numerusform>تخطّى %n</numerusform>
            <numerusform>تخطّى %n</numerusform>
            <numerusform>تخطّى %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The group chose together: “%1”</source>
        <translation>اختارت المجموعة معًا: «%1»</translation>
    </message>
</context>
<context>
    <name>DeleteCommitmentCommand</name>
    <message>
        <source>Delete commitment</source>
        <translation>حذف التزام</translation>
    </message>
</context>
<context>
    <name>DeleteSessionCommand</name>
    <message>
        <source>Delete session &quot;%1&quot;</source>
        <translation>حذف الجلسة &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>DeleteSessionsCommand</name>
    <message>
        <source>Deleted session %1 (%2, %3).</source>
        <translation>حُذفت الجلسة %1 (%2، %3).</translation>
    </message>
    <message>
        <source>Deleted session %1 (%2, %3, cohort %4).</source>
        <translation>حُذفت الجلسة %1 (%2، %3، الدفعة %4).</translation>
    </message>
    <message>
        <source>the session id must be a whole number above 0, not &quot;%1&quot;</source>
        <translation>يجب أن يكون معرّف الجلسة عددًا صحيحًا أكبر من 0، وليس &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown argument %1 for sessions --delete or --older-than</source>
        <translation>وسيط غير معروف %1 للأمر sessions --delete أو --older-than</translation>
    </message>
    <message>
        <source>--delete and --older-than do not go together</source>
        <translation>لا يُستخدم --delete و--older-than معًا</translation>
    </message>
    <message>
        <source>--older-than needs a number of months from 1 to %1, not &quot;%2&quot;</source>
        <translation>يتطلب --older-than عدد أشهر من 1 إلى %1، وليس &quot;%2&quot;</translation>
    </message>
    <message numerus="yes">
        <source>No sessions in %1 are older than %n month(s).</source>
        <translation>
            <numerusform>لا توجد في %1 جلسات أقدم من %n شهر.</numerusform>
            <numerusform>لا توجد في %1 جلسات أقدم من %n شهر.</numerusform>
            <numerusform>لا توجد في %1 جلسات أقدم من %n شهرين.</numerusform>
            <numerusform>لا توجد في %1 جلسات أقدم من %n أشهر.</numerusform>
            <numerusform>لا توجد في %1 جلسات أقدم من %n شهرًا.</numerusform>
            <numerusform>لا توجد في %1 جلسات أقدم من %n شهر.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no session %1 in %2; &quot;upstander sessions&quot; lists them.</source>
        <translation>لا توجد جلسة %1 في %2؛ يسردها الأمر &quot;upstander sessions&quot;.</translation>
    </message>
    <message>
        <source>There is no session %1 in %2; &quot;upstander sessions&quot; lists them. Nothing was deleted.</source>
        <translation>لا توجد جلسة %1 في %2؛ يسردها الأمر &quot;upstander sessions&quot;. لم يُحذف شيء.</translation>
    </message>
    <message>
        <source>Not every session could be deleted: %1</source>
        <translation>تعذّر حذف بعض الجلسات: %1</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>The demo session could not be created: %1</source>
        <translation>تعذّر إنشاء الجلسة التجريبية: %1</translation>
    </message>
    <message>
        <source>Created demo session %1 in %2: %3 participants, %4 answers, %5 commitments.</source>
        <translation>أُنشئت الجلسة التجريبية %1 في %2: عدد المشاركين %3، وعدد الإجابات %4، وعدد الالتزامات %5.</translation>
    </message>
    <message>
        <source>--follow-up needs the id of a session (see &quot;upstander sessions&quot;)</source>
        <translation>يتطلب --follow-up معرّف جلسة (انظروا &quot;upstander sessions&quot;)</translation>
    </message>
    <message>
        <source>demo takes no arguments besides --data-dir and --follow-up ID, not %1</source>
        <translation>لا يقبل demo أي وسيط سوى --data-dir و--follow-up ID، وليس %1</translation>
    </message>
    <message>
        <source>The follow-up could not be created: %1</source>
        <translation>تعذّر إنشاء جلسة المتابعة: %1</translation>
    </message>
    <message>
        <source>Created follow-up session %1 of session %2 in %3: %4 participants, %5 answers.</source>
        <translation>أُنشئت جلسة المتابعة %1 للجلسة %2 في %3: عدد المشاركين %4، وعدد الإجابات %5.</translation>
    </message>
    <message>
        <source>Usage: upstander demo [--data-dir DIR] [--follow-up ID]

Creates a demo session in the data folder (about 25 participants, two
scenarios, commitments; every run another session with the same answers) and
prints its id alone on standard output, with a summary on standard error.

Options:
  --follow-up ID   instead, the follow-up of session ID eight weeks later, for
                   its cohort: most of the group place themselves again and
                   replay its first decision
  --data-dir DIR   the folder of the session database, by default
                   %1
  -h, --help       show this help and exit

Exit codes: 0 created, 1 the store refused, 2 usage error.
</source>
        <translation>الاستخدام: upstander demo [--data-dir DIR] [--follow-up ID]

ينشئ جلسة تجريبية في مجلد البيانات (نحو 25 مشاركًا، وسيناريوهان،
والتزامات؛ كل تشغيل جلسة جديدة بالإجابات نفسها) ويطبع معرّفها
وحده على المخرج القياسي، مع ملخّص على مخرج الأخطاء القياسي.

الخيارات:
  --follow-up ID   بدلًا من ذلك، جلسة متابعة للجلسة ID بعد ثمانية أسابيع،
                   لدفعتها: يحدّد معظم أفراد المجموعة مواقعهم من جديد
                   ويعيدون تشغيل قرارها الأول
  --data-dir DIR   مجلد قاعدة بيانات الجلسات، وهو افتراضيًا
                   %1
  -h, --help       عرض هذه المساعدة والخروج

رموز الخروج: 0 أُنشئت، 1 رفض المخزن، 2 خطأ في الاستخدام.
</translation>
    </message>
</context>
<context>
    <name>DemoSession</name>
    <message>
        <source>When someone repeats an idea a colleague already raised, say &quot;that builds on what Amara said&quot; and hand the floor back.</source>
        <translation>حين يكرّر أحدهم فكرة طرحها زميل من قبل، أقول &quot;هذا يبني على ما قالته أمارا&quot; وأعيد إليها الكلمة.</translation>
    </message>
    <message>
        <source>Give credit by name in our Friday update, not just &quot;thanks, team&quot;.</source>
        <translation>أنسب الفضل لأصحابه بأسمائهم في تحديث يوم الجمعة، لا مجرد &quot;شكرًا للفريق&quot;.</translation>
    </message>
    <message>
        <source>Ask Nguyễn how to say her name, and practise it before Monday&apos;s stand-up.</source>
        <translation>أسأل نغوين كيف يُنطق اسمها، وأتدرّب عليه قبل اجتماع الإثنين الصباحي.</translation>
    </message>
    <message>
        <source>Recommend Priya for the pricing project lead 🙌</source>
        <translation>أرشّح بريا لقيادة مشروع التسعير 🙌</translation>
    </message>
    <message>
        <source>Stop opening meetings with &quot;hi guys&quot;; &quot;hi all&quot; works fine.</source>
        <translation>أتوقّف عن افتتاح الاجتماعات بعبارة &quot;مرحبًا يا شباب&quot;؛ فعبارة &quot;مرحبًا بالجميع&quot; تفي بالغرض.</translation>
    </message>
    <message>
        <source>In my 1:1s, listen to understand:
ask one more question before giving advice.</source>
        <translation>في لقاءاتي الفردية، أستمع لأفهم:
أطرح سؤالًا إضافيًا قبل أن أقدّم النصيحة.</translation>
    </message>
    <message>
        <source>Read one book on racism at work this month, and discuss it with my team, not just with friends.</source>
        <translation>أقرأ هذا الشهر كتابًا عن العنصرية في العمل، وأناقشه مع فريقي، لا مع أصدقائي فقط.</translation>
    </message>
    <message>
        <source>Own it when I get something wrong: apologise once, fix it, move on.</source>
        <translation>أعترف حين أخطئ: أعتذر مرة واحدة، وأصلح الخطأ، وأمضي.</translation>
    </message>
    <message>
        <source>Demo: leadership team allyship workshop</source>
        <translation>عرض تجريبي: ورشة التضامن لفريق القيادة</translation>
    </message>
    <message>
        <source>The built-in scenario &quot;%1&quot; is missing.</source>
        <translation>السيناريو المدمج &quot;%1&quot; مفقود.</translation>
    </message>
    <message>
        <source>Sam Okafor</source>
        <translation>سام أوكافور</translation>
    </message>
    <message>
        <source>9:30 Where we stand
10:00 Two scenarios, in threes
12:00 Where we stand now, and one action each</source>
        <translation>9:30 أين نقف
10:00 سيناريوهان، في مجموعات من ثلاثة
12:00 أين نقف الآن، وخطوة واحدة لكل شخص</translation>
    </message>
    <message>
        <source>Where are you on the allyship spectrum today?</source>
        <translation>أين موقعكم اليوم على طيف التضامن؟</translation>
    </message>
    <message>
        <source>After these scenarios, where are you now?</source>
        <translation>بعد هذه السيناريوهات، أين موقعكم الآن؟</translation>
    </message>
    <message>
        <source>The demo session could not be saved.</source>
        <translation>تعذّر حفظ الجلسة التجريبية.</translation>
    </message>
</context>
<context>
    <name>DistributionChart</name>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n people (%2)</source>
        <translation>
            <numerusform>%1: %n شخص (%2)</numerusform>
            <numerusform>%1: %n شخص (%2)</numerusform>
            <numerusform>%1: %n شخصان (%2)</numerusform>
            <numerusform>%1: %n أشخاص (%2)</numerusform>
            <numerusform>%1: %n شخصًا (%2)</numerusform>
            <numerusform>%1: %n شخص (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DistributionModel</name>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>النسبة (%)</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n شخص</numerusform>
            <numerusform>%n شخص</numerusform>
            <numerusform>%n شخصان</numerusform>
            <numerusform>%n أشخاص</numerusform>
            <numerusform>%n شخصًا</numerusform>
            <numerusform>%n شخص</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>people, passes</comment>
        <translation>%1، %2</translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <translation>
            <numerusform>تخطّى %n</numerusform>
            <numerusform>تخطّى %n</numerusform>
            <numerusform>تخطّى %n</numerusform>
            <numerusform>تخطّى %n</numerusform>
            <numerusform>تخطّى %n</numerusform>
            <numerusform>تخطّى %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Median: %1</source>
        <translation>الوسيط: %1</translation>
    </message>
    <message>
        <source>Median: between %1 and %2</source>
        <translation>الوسيط: بين %1 و%2</translation>
    </message>
</context>
<context>
    <name>EditCommitmentCommand</name>
    <message>
        <source>Edit commitment</source>
        <translation>تعديل التزام</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>PNG image, 2× resolution (*.png)</source>
        <translation>صورة PNG، بدقة مضاعفة 2× (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>رسم SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>مستند PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>تصدير المخطط</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <source>report</source>
        <translation>تقرير</translation>
    </message>
    <message>
        <source>Export Raw Answers</source>
        <translation>تصدير الإجابات الفردية</translation>
    </message>
    <message>
        <source>Export Group Statistics</source>
        <translation>تصدير إحصاءات المجموعة</translation>
    </message>
    <message>
        <source>JSON file (*.json)</source>
        <translation>ملف JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>جدول CSV (*.csv)</translation>
    </message>
    <message>
        <source>The session&apos;s latest answers are not saved yet, so they cannot be exported; try again in a moment.</source>
        <translation>لم تُحفظ أحدث إجابات الجلسة بعد، لذا لا يمكن تصديرها؛ حاولوا مجددًا بعد لحظة.</translation>
    </message>
    <message>
        <source>Raw answers keep each person&apos;s answers linked; share the file with care.</source>
        <translation>تُبقي الإجابات الفردية إجابات كل شخص مترابطة؛ شاركوا الملف بحذر.</translation>
    </message>
    <message>
        <source>&amp;Export Raw Answers…</source>
        <translation>&amp;تصدير الإجابات الفردية…</translation>
    </message>
    <message>
        <source>Print Commitment Cards</source>
        <translation>طباعة بطاقات الالتزامات</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>بطاقات</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>جارٍ إعداد التقرير…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>التقرير: %1</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>طباعة التقرير</translation>
    </message>
    <message>
        <source>Printing the report…</source>
        <translation>جارٍ طباعة التقرير…</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>unknown argument %1 for export</source>
        <translation>وسيط غير معروف %1 للأمر export</translation>
    </message>
    <message>
        <source>export needs --session ID (see &quot;upstander sessions&quot;)</source>
        <translation>يتطلب export الخيار --session ID (انظروا &quot;upstander sessions&quot;)</translation>
    </message>
    <message>
        <source>the session id must be a whole number above 0, not &quot;%1&quot;</source>
        <translation>يجب أن يكون معرّف الجلسة عددًا صحيحًا أكبر من 0، وليس &quot;%1&quot;</translation>
    </message>
    <message>
        <source>export needs --out FILE</source>
        <translation>يتطلب export الخيار --out FILE</translation>
    </message>
    <message>
        <source>unknown export format &quot;%1&quot;; use --format csv, json, pdf, png or svg</source>
        <translation>صيغة تصدير غير معروفة &quot;%1&quot;؛ استخدموا --format csv أو json أو pdf أو png أو svg</translation>
    </message>
    <message>
        <source>--chart and --question go with --format pdf, png or svg, not %1</source>
        <translation>يُستخدم --chart و--question مع --format pdf أو png أو svg، وليس %1</translation>
    </message>
    <message>
        <source>export --format %1 is not available in this program; use --format csv or --format json</source>
        <translation>الصيغة export --format %1 غير متاحة في هذا البرنامج؛ استخدموا --format csv أو --format json</translation>
    </message>
    <message>
        <source>--raw goes with --format csv or json; charts and the report show the group statistics only</source>
        <translation>يُستخدم --raw مع --format csv أو json؛ المخططات والتقرير لا تعرض إلا إحصاءات المجموعة</translation>
    </message>
    <message>
        <source>the question id must be a whole number above 0, not &quot;%1&quot;</source>
        <translation>يجب أن يكون معرّف السؤال عددًا صحيحًا أكبر من 0، وليس &quot;%1&quot;</translation>
    </message>
    <message>
        <source>There are no sessions in %1 (no %2 there). Choose the folder with --data-dir, or create a demo session with &quot;upstander demo&quot;.</source>
        <translation>لا توجد جلسات في %1 (لا يوجد %2 هناك). اختاروا المجلد بالخيار --data-dir، أو أنشئوا جلسة تجريبية بالأمر &quot;upstander demo&quot;.</translation>
    </message>
    <message>
        <source>There is no session %1 in %2; &quot;upstander sessions&quot; lists them.</source>
        <translation>لا توجد جلسة %1 في %2؛ يسردها الأمر &quot;upstander sessions&quot;.</translation>
    </message>
    <message>
        <source>Session %1 exported to %2.</source>
        <translation>صُدّرت الجلسة %1 إلى %2.</translation>
    </message>
    <message>
        <source>Usage: upstander export --session ID --format csv|json --out FILE [--raw]
       upstander export --session ID --format pdf|png|svg --out FILE
                        [--chart NAME [--question ID]]

Writes one session&apos;s results to FILE, atomically: an error leaves no partial
file. Needs no display.

Options:
  --session ID      the session, by the id &quot;upstander sessions&quot; shows
  --format FORMAT   csv or json (the data), pdf (the report, or one chart with
                    --chart), png or svg (one chart); without it, the
                    extension of FILE decides
  --out FILE        the file to write
  --raw             with csv or json: every answer instead of the group
                    statistics (a statistic below the session&apos;s anonymity
                    threshold k is &quot;suppressed&quot;, without numbers)
  --chart NAME      one chart: distribution, before-after, perception-gap,
                    decisions or cohort-trend
  --question ID     the question of distribution and decisions
  --data-dir DIR    the folder of the session database, by default
                    %1
  -h, --help        show this help and exit

Exit codes: 0 written, 1 no such session, a store or file error, 2 usage error.
Columns and the JSON format: docs/export.md.
</source>
        <translation>الاستخدام: upstander export --session ID --format csv|json --out FILE [--raw]
       upstander export --session ID --format pdf|png|svg --out FILE
                        [--chart NAME [--question ID]]

يكتب نتائج جلسة واحدة في FILE كتابةً ذرّية: عند حدوث خطأ لا يبقى ملف
ناقص. لا يحتاج إلى شاشة.

الخيارات:
  --session ID      الجلسة، بالمعرّف الذي يعرضه &quot;upstander sessions&quot;
  --format FORMAT   csv أو json (البيانات)، أو pdf (التقرير، أو مخطط واحد مع
                    --chart)، أو png أو svg (مخطط واحد)؛ ودونه يحدّد
                    امتداد FILE الصيغة
  --out FILE        الملف المراد كتابته
  --raw             مع csv أو json: كل إجابة بدلًا من إحصاءات
                    المجموعة (الإحصاء الذي يقلّ عن حدّ إخفاء الهوية k
                    في الجلسة يُكتب &quot;suppressed&quot; دون أرقام)
  --chart NAME      مخطط واحد: distribution أو before-after أو perception-gap أو
                    decisions أو cohort-trend
  --question ID     سؤال المخططين distribution وdecisions
  --data-dir DIR    مجلد قاعدة بيانات الجلسات، وهو افتراضيًا
                    %1
  -h, --help        عرض هذه المساعدة والخروج

رموز الخروج: 0 كُتب الملف، 1 لا توجد هذه الجلسة أو خطأ في المخزن أو الملف، 2 خطأ في الاستخدام.
الأعمدة وصيغة JSON: docs/export.md.
</translation>
    </message>
</context>
<context>
    <name>FileWriter</name>
    <message>
        <source>%1 is a folder; give the name of a file to write.</source>
        <translation>%1 مجلد؛ اكتبوا اسم ملف للكتابة فيه.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; nothing was written.</source>
        <translation>المجلد %1 غير موجود؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Nothing was written.</source>
        <translation>تتعذّر الكتابة في %1: %2. لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>it could not replace the file already there</source>
        <translation>تعذّر استبدال الملف الموجود</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Is the disk full? Nothing was written, and a file already there was left unchanged.</source>
        <translation>تتعذّر الكتابة في %1: %2. هل القرص ممتلئ؟ لم يُكتب شيء، وبقي الملف الموجود دون تغيير.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Plan a Follow-up</source>
        <translation>تخطيط جلسة متابعة</translation>
    </message>
    <message>
        <source>A shorter session a few weeks after “%1” for the same group: people place themselves again (the follow-up phase) and play the decisions you pick once more. The cohort&apos;s trend then shows before, after and the follow-up.</source>
        <translation>جلسة أقصر بعد بضعة أسابيع من «%1» للمجموعة نفسها: يحدّد الأشخاص مواقعهم من جديد (التوقيت: متابعة) ويعيدون تشغيل القرارات التي تختارونها. ثم يعرض اتجاه الدفعة ما قبل الورشة وما بعدها والمتابعة.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;العنوان:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>ا&amp;لتاريخ:</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>الد&amp;فعة:</translation>
    </message>
    <message>
        <source>“%1” has no cohort yet: it joins this one, so that the trend links the two sessions.</source>
        <translation>«%1» ليست ضمن أي دفعة بعد: ستنضم إلى هذه الدفعة، كي يربط الاتجاه بين الجلستين.</translation>
    </message>
    <message>
        <source>Decisions to &amp;replay:</source>
        <translation>القرارات المراد إ&amp;عادة تشغيلها:</translation>
    </message>
    <message>
        <source>Decisions to replay</source>
        <translation>القرارات المراد إعادة تشغيلها</translation>
    </message>
    <message>
        <source>This session asked no decision yet.</source>
        <translation>لم تطرح هذه الجلسة أي قرار بعد.</translation>
    </message>
    <message>
        <source>Create Follow-up</source>
        <translation>إنشاء جلسة المتابعة</translation>
    </message>
    <message>
        <source>Name the cohort the two sessions share.</source>
        <translation>سمّوا الدفعة التي تجمع الجلستين.</translation>
    </message>
    <message numerus="yes">
        <source>The follow-up asks where people stand now and replays %n decision(s).</source>
        <translation>
            <numerusform>تسأل جلسة المتابعة عن مواقع الأشخاص الآن وتعيد تشغيل %n قرار.</numerusform>
            <numerusform>تسأل جلسة المتابعة عن مواقع الأشخاص الآن وتعيد تشغيل %n قرار.</numerusform>
            <numerusform>تسأل جلسة المتابعة عن مواقع الأشخاص الآن وتعيد تشغيل %n قرارين.</numerusform>
            <numerusform>تسأل جلسة المتابعة عن مواقع الأشخاص الآن وتعيد تشغيل %n قرارات.</numerusform>
            <numerusform>تسأل جلسة المتابعة عن مواقع الأشخاص الآن وتعيد تشغيل %n قرارًا.</numerusform>
            <numerusform>تسأل جلسة المتابعة عن مواقع الأشخاص الآن وتعيد تشغيل %n قرار.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>HotSeatLock</name>
    <message>
        <source>Unlock the Console</source>
        <translation>فتح قفل لوحة التحكم</translation>
    </message>
    <message>
        <source>Trainer: %1 to unlock</source>
        <translation>للمدرّب: %1 لفتح القفل</translation>
    </message>
</context>
<context>
    <name>HotSeatScreen</name>
    <message>
        <source>Hot seat</source>
        <translation>الكرسي الساخن</translation>
    </message>
    <message>
        <source>0  Pass
I&apos;d rather not say</source>
        <translation>0  تخطٍّ
أفضّل عدم الإجابة</translation>
    </message>
    <message>
        <source>0 Pass</source>
        <translation>0 تخطٍّ</translation>
    </message>
    <message>
        <source>Thank you — your answer is saved.
Please pass the laptop on.</source>
        <translation>شكرًا لكم — حُفظت إجابتكم.
يُرجى تمرير الحاسوب إلى الشخص التالي.</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>الشخص التالي</translation>
    </message>
    <message>
        <source>%1  %2
%3</source>
        <translation>%1  %2
%3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>I&apos;d rather not say</source>
        <translation>أفضّل عدم الإجابة</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This computer only (%1)</source>
        <translation>هذا الحاسوب فقط (%1)</translation>
    </message>
    <message>
        <source>Invite Participants</source>
        <translation>دعوة المشاركين</translation>
    </message>
    <message>
        <source>Phones join over the local network: they must be on the same Wi-Fi as this computer. Nothing goes to the internet. The audience screen shows a QR code, the address and a join code.</source>
        <translation>تنضم الهواتف عبر الشبكة المحلية: يجب أن تكون على شبكة Wi-Fi نفسها التي يتصل بها هذا الحاسوب. لا يُرسَل شيء إلى الإنترنت. تعرض شاشة الجمهور رمز QR والعنوان ورمز الانضمام.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>الشبكة</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;الشبكة:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ا&amp;لمنفذ:</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;دعوة</translation>
    </message>
</context>
<context>
    <name>JoinPanel</name>
    <message>
        <source>Scan the code, or open %1 on your phone</source>
        <translation>امسحوا الرمز، أو افتحوا %1 على هواتفكم</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>الرمز: %1</translation>
    </message>
    <message>
        <source>Join from your phone: %1</source>
        <translation>انضموا من هواتفكم: %1</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>الرمز %1</translation>
    </message>
</context>
<context>
    <name>LanguageTag</name>
    <message>
        <source>&quot;%1&quot; is not a BCP 47 language tag: %2</source>
        <translation>&quot;%1&quot; ليس وسم لغة وفق BCP 47: %2</translation>
    </message>
    <message>
        <source>%1; did you mean &quot;%2&quot;?</source>
        <translation>%1؛ هل تقصدون &quot;%2&quot;؟</translation>
    </message>
    <message>
        <source>subtags are separated by &quot;-&quot;, not &quot;_&quot;</source>
        <translation>تُفصل الوسوم الفرعية بالرمز &quot;-&quot;، لا بالرمز &quot;_&quot;</translation>
    </message>
    <message>
        <source>subtags are separated by &quot;-&quot;, not spaces</source>
        <translation>تُفصل الوسوم الفرعية بالرمز &quot;-&quot;، لا بالمسافات</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed, only letters, digits and &quot;-&quot;</source>
        <translation>&quot;%1&quot; غير مسموح به، المسموح هو الحروف والأرقام و&quot;-&quot; فقط</translation>
    </message>
    <message>
        <source>it starts with &quot;-&quot;</source>
        <translation>يبدأ بالرمز &quot;-&quot;</translation>
    </message>
    <message>
        <source>it ends with &quot;-&quot;</source>
        <translation>ينتهي بالرمز &quot;-&quot;</translation>
    </message>
    <message>
        <source>&quot;--&quot; leaves an empty subtag</source>
        <translation>&quot;--&quot; يترك وسمًا فرعيًا فارغًا</translation>
    </message>
    <message>
        <source>the subtag &quot;%1&quot; is longer than 8 characters</source>
        <translation>الوسم الفرعي &quot;%1&quot; أطول من 8 محارف</translation>
    </message>
    <message>
        <source>the language subtag &quot;%1&quot; must have 2 or 3 letters (or 5 to 8)</source>
        <translation>يجب أن يتكوّن وسم اللغة الفرعي &quot;%1&quot; من حرفين أو 3 أحرف (أو من 5 إلى 8)</translation>
    </message>
    <message>
        <source>the variant &quot;%1&quot; is given twice</source>
        <translation>المتغيّر &quot;%1&quot; مذكور مرتين</translation>
    </message>
    <message>
        <source>&quot;x&quot; needs at least one subtag of 1 to 8 letters and digits after it</source>
        <translation>يتطلب &quot;x&quot; بعده وسمًا فرعيًا واحدًا على الأقل من 1 إلى 8 حروف وأرقام</translation>
    </message>
    <message>
        <source>the extension &quot;%1&quot; needs at least one subtag of 2 to 8 letters and digits after it</source>
        <translation>يتطلب الامتداد &quot;%1&quot; بعده وسمًا فرعيًا واحدًا على الأقل من 2 إلى 8 حروف وأرقام</translation>
    </message>
    <message>
        <source>the extension &quot;%1&quot; is given twice</source>
        <translation>الامتداد &quot;%1&quot; مذكور مرتين</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a script (4 letters), a region (2 letters or 3 digits) or a variant (5 to 8 letters and digits, or a digit and 3 more) in this place</source>
        <translation>&quot;%1&quot; ليس نظام كتابة (4 حروف) ولا منطقة (حرفان أو 3 أرقام) ولا متغيّرًا (من 5 إلى 8 حروف وأرقام، أو رقم يليه 3 محارف) في هذا الموضع</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of a language, not its code; did you mean &quot;%2&quot;?</source>
        <translation>&quot;%1&quot; اسم لغة، لا رمزها؛ هل تقصدون &quot;%2&quot;؟</translation>
    </message>
</context>
<context>
    <name>LinguistFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>تتعذّر قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1:%2:%3: not a valid .ts file: %4</source>
        <translation>%1:%2:%3: ليس ملف ‎.ts صالحًا: %4</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>تتعذّر الكتابة في %1: %2</translation>
    </message>
</context>
<context>
    <name>ListSessionsCommand</name>
    <message>
        <source>option --format needs a value</source>
        <translation>الخيار --format يتطلب قيمة</translation>
    </message>
    <message>
        <source>unknown argument %1 for sessions</source>
        <translation>وسيط غير معروف %1 للأمر sessions</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; for sessions; use table or tsv</source>
        <translation>صيغة غير معروفة &quot;%1&quot; للأمر sessions؛ استخدموا table أو tsv</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>COHORT</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>ANSWERS</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <source>No sessions in %1 yet. Create a demo session with &quot;upstander demo&quot;.</source>
        <translation>لا توجد جلسات في %1 بعد. أنشئوا جلسة تجريبية بالأمر &quot;upstander demo&quot;.</translation>
    </message>
    <message>
        <source>Usage: upstander sessions [--format table|tsv]
       upstander sessions --delete ID [--delete ID...]
       upstander sessions --older-than N

Lists the sessions in the data folder, newest first: id, date, title, cohort
and number of answers. Or deletes sessions with all of their answers, tallies
and commitments; nothing of them stays readable in the database file.
Deleting asks nothing and prints one line per deleted session.

Options:
  --format table|tsv   an aligned table (the default), or tab-separated values
                       with a fixed header, for scripts
  --delete ID          delete session ID (see the list); may be given more than
                       once; an unknown ID deletes nothing and exits with 1
  --older-than N       delete every session dated more than N months before
                       today (N from 1 to %1)
  --data-dir DIR       the folder of the session database, by default
                       %2
  -h, --help           show this help and exit

Exit codes: 0 done, 1 no such session or the store refused, 2 usage error.
More: docs/export.md.
</source>
        <translation>الاستخدام: upstander sessions [--format table|tsv]
       upstander sessions --delete ID [--delete ID...]
       upstander sessions --older-than N

يسرد الجلسات في مجلد البيانات، الأحدث أولًا: المعرّف والتاريخ والعنوان والدفعة
وعدد الإجابات. أو يحذف جلسات مع كل إجاباتها ونتائج عدّها اليدوي
والتزاماتها؛ لا يبقى منها شيء مقروءًا في ملف قاعدة البيانات.
الحذف لا يسأل شيئًا، ويطبع سطرًا واحدًا لكل جلسة محذوفة.

الخيارات:
  --format table|tsv   جدول مُحاذى (الافتراضي)، أو قيم مفصولة بعلامات جدولة
                       مع ترويسة ثابتة، للبرامج النصية
  --delete ID          حذف الجلسة ID (انظروا القائمة)؛ يمكن تكراره أكثر من
                       مرة؛ المعرّف غير المعروف لا يحذف شيئًا ويخرج بالرمز 1
  --older-than N       حذف كل جلسة يعود تاريخها إلى أكثر من N شهرًا قبل
                       اليوم (N من 1 إلى %1)
  --data-dir DIR       مجلد قاعدة بيانات الجلسات، وهو افتراضيًا
                       %2
  -h, --help           عرض هذه المساعدة والخروج

رموز الخروج: 0 تمّ، 1 لا توجد هذه الجلسة أو رفض المخزن، 2 خطأ في الاستخدام.
المزيد: docs/export.md.
</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Upstander</source>
        <translation>Upstander</translation>
    </message>
    <message>
        <source>Workshop steps</source>
        <translation>خطوات الورشة</translation>
    </message>
    <message>
        <source>Next Tab</source>
        <translation>التبويب التالي</translation>
    </message>
    <message>
        <source>Previous Tab</source>
        <translation>التبويب السابق</translation>
    </message>
    <message>
        <source>Scenario Librar&amp;y</source>
        <translation>مكتبة السيناريو&amp;هات</translation>
    </message>
    <message>
        <source>&amp;Self-Placement</source>
        <translation>التمو&amp;ضع الذاتي</translation>
    </message>
    <message>
        <source>Scenar&amp;io</source>
        <translation>السينا&amp;ريو</translation>
    </message>
    <message>
        <source>Co&amp;mmitments</source>
        <translation>الا&amp;لتزامات</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>النتا&amp;ئج</translation>
    </message>
    <message>
        <source>Choose a scenario in the library and press &quot;Run Scenario&quot;.</source>
        <translation>اختاروا سيناريو من المكتبة واضغطوا &quot;تشغيل السيناريو&quot;.</translation>
    </message>
    <message>
        <source>Write down one thing you will do in the next two weeks, on your phone or on a card. It stays anonymous.</source>
        <translation>اكتبوا شيئًا واحدًا ستفعلونه خلال الأسبوعين القادمين، على هواتفكم أو على بطاقة. يبقى مجهول الهوية.</translation>
    </message>
    <message>
        <source>R&amp;un Scenario</source>
        <translation>تشغيل &amp;السيناريو</translation>
    </message>
    <message>
        <source>Run the selected scenario</source>
        <translation>تشغيل السيناريو المحدّد</translation>
    </message>
    <message>
        <source>Search scenarios</source>
        <translation>البحث في السيناريوهات</translation>
    </message>
    <message>
        <source>Shows only the scenarios that contain every word typed</source>
        <translation>يعرض فقط السيناريوهات التي تحتوي على كل كلمة مكتوبة</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>المحور</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>كل المحاور</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>السيناريوهات</translation>
    </message>
    <message>
        <source>&amp;New Session…</source>
        <translation>جلسة &amp;جديدة…</translation>
    </message>
    <message>
        <source>&amp;Open Session…</source>
        <translation>&amp;فتح جلسة…</translation>
    </message>
    <message>
        <source>Session &amp;Settings…</source>
        <translation>إ&amp;عدادات الجلسة…</translation>
    </message>
    <message>
        <source>&amp;Close Session</source>
        <translation>إ&amp;غلاق الجلسة</translation>
    </message>
    <message>
        <source>Delete Old Sessions &amp;Automatically…</source>
        <translation>حذف الجلسات القديمة &amp;تلقائيًا…</translation>
    </message>
    <message>
        <source>Choose after how many months a session is deleted</source>
        <translation>اختيار عدد الأشهر التي تُحذف الجلسة بعدها</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Show &amp;Audience Window</source>
        <translation>&amp;إظهار نافذة الجمهور</translation>
    </message>
    <message>
        <source>Audience Window &amp;Full Screen</source>
        <translation>&amp;ملء الشاشة لنافذة الجمهور</translation>
    </message>
    <message>
        <source>Group Statistics as &amp;CSV…</source>
        <translation>إحصاءات المجموعة بصيغة &amp;CSV…</translation>
    </message>
    <message>
        <source>Group Statistics as &amp;JSON…</source>
        <translation>إحصاءات المجموعة بصيغة &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Raw Answers as CSV…</source>
        <translation>الإجا&amp;بات الفردية بصيغة CSV…</translation>
    </message>
    <message>
        <source>Raw &amp;Answers as JSON…</source>
        <translation>الإ&amp;جابات الفردية بصيغة JSON…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>الجلسات الأخير&amp;ة</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>تصدير التقر&amp;ير…</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>&amp;طباعة التقرير…</translation>
    </message>
    <message>
        <source>&amp;Find Scenario</source>
        <translation>بحث عن سينا&amp;ريو</translation>
    </message>
    <message>
        <source>Reload &amp;Library</source>
        <translation>إعادة تحميل المكت&amp;بة</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحر&amp;ير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Projector: &amp;Next Page</source>
        <translation>جهاز العرض: الصفحة ال&amp;تالية</translation>
    </message>
    <message>
        <source>Projector: &amp;Previous Page</source>
        <translation>جهاز العرض: الصفحة ال&amp;سابقة</translation>
    </message>
    <message>
        <source>Projector: &amp;Welcome Screen</source>
        <translation>جهاز العرض: شاشة التر&amp;حيب</translation>
    </message>
    <message>
        <source>The session&apos;s title, your name, the agenda and the group&apos;s agreements</source>
        <translation>عنوان الجلسة، واسمكم، وجدول الأعمال، واتفاقات المجموعة</translation>
    </message>
    <message>
        <source>Audience &amp;Screen</source>
        <translation>&amp;شاشة الجمهور</translation>
    </message>
    <message>
        <source>Screen %1: %2 (%3×%4)</source>
        <translation>الشاشة %1: %2 (%3×%4)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعد&amp;ة</translation>
    </message>
    <message>
        <source>&amp;Workshop Guide</source>
        <translation>دليل ال&amp;ورشة</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;About Upstander</source>
        <translation>&amp;حول Upstander</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>حول &amp;Qt</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>Loading scenarios…</source>
        <translation>جارٍ تحميل السيناريوهات…</translation>
    </message>
    <message>
        <source>No scenarios are available.</source>
        <translation>لا تتوفر أي سيناريوهات.</translation>
    </message>
    <message>
        <source>No scenario matches your search.
Clear the search or choose &quot;All themes&quot;.</source>
        <translation>لا يطابق أي سيناريو بحثكم.
امسحوا البحث أو اختاروا &quot;كل المحاور&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s) in the library</source>
        <translation>
            <numerusform>%n سيناريو في المكتبة</numerusform>
            <numerusform>%n سيناريو في المكتبة</numerusform>
            <numerusform>%n سيناريوهان في المكتبة</numerusform>
            <numerusform>%n سيناريوهات في المكتبة</numerusform>
            <numerusform>%n سيناريو في المكتبة</numerusform>
            <numerusform>%n سيناريو في المكتبة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s) in the library, %1 from your folder</source>
        <translation>
            <numerusform>%n سيناريو في المكتبة، منها %1 من مجلدكم</numerusform>
            <numerusform>%n سيناريو في المكتبة، منها %1 من مجلدكم</numerusform>
            <numerusform>%n سيناريوهان في المكتبة، منهما %1 من مجلدكم</numerusform>
            <numerusform>%n سيناريوهات في المكتبة، منها %1 من مجلدكم</numerusform>
            <numerusform>%n سيناريو في المكتبة، منها %1 من مجلدكم</numerusform>
            <numerusform>%n سيناريو في المكتبة، منها %1 من مجلدكم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n scenario file(s) could not be loaded</source>
        <translation>
            <numerusform>⚠ تعذّر تحميل %n ملف سيناريو</numerusform>
            <numerusform>⚠ تعذّر تحميل %n ملف سيناريو</numerusform>
            <numerusform>⚠ تعذّر تحميل %n ملفَّي سيناريو</numerusform>
            <numerusform>⚠ تعذّر تحميل %n ملفات سيناريو</numerusform>
            <numerusform>⚠ تعذّر تحميل %n ملف سيناريو</numerusform>
            <numerusform>⚠ تعذّر تحميل %n ملف سيناريو</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions are not available: %1</source>
        <translation>الجلسات غير متاحة: %1</translation>
    </message>
    <message>
        <source>No session is open. Start one with File → New Session (Ctrl+N) to collect answers; the library can be browsed without one.</source>
        <translation>لا توجد جلسة مفتوحة. ابدؤوا جلسة من ملف ← جلسة جديدة (Ctrl+N) لجمع الإجابات؛ ويمكن تصفّح المكتبة دون جلسة.</translation>
    </message>
    <message>
        <source>%1 — Upstander</source>
        <translation>%1 — Upstander</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n answer(s)</source>
        <translation>
            <numerusform>%1 · %n إجابة</numerusform>
            <numerusform>%1 · %n إجابة</numerusform>
            <numerusform>%1 · %n إجابتان</numerusform>
            <numerusform>%1 · %n إجابات</numerusform>
            <numerusform>%1 · %n إجابة</numerusform>
            <numerusform>%1 · %n إجابة</numerusform>
        </translation>
    </message>
    <message>
        <source>No session</source>
        <translation>لا توجد جلسة</translation>
    </message>
    <message>
        <source>New Session</source>
        <translation>جلسة جديدة</translation>
    </message>
    <message>
        <source>The session could not be created: %1</source>
        <translation>تعذّر إنشاء الجلسة: %1</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>فتح جلسة</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>مع %1</translation>
    </message>
    <message>
        <source>Our agreements:</source>
        <translation>اتفاقاتنا:</translation>
    </message>
    <message>
        <source>We will start in a moment.</source>
        <translation>سنبدأ بعد لحظات.</translation>
    </message>
    <message>
        <source>Workshop on %1</source>
        <translation>ورشة عمل بتاريخ %1</translation>
    </message>
    <message>
        <source>Session Settings</source>
        <translation>إعدادات الجلسة</translation>
    </message>
    <message>
        <source>The session that was open last is no longer there, so none is open.</source>
        <translation>لم تعد الجلسة التي كانت مفتوحة آخر مرة موجودة، لذا لا توجد جلسة مفتوحة.</translation>
    </message>
    <message>
        <source>Old sessions could not all be deleted: %1</source>
        <translation>تعذّر حذف كل الجلسات القديمة: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n session(s) dated more than %1 months ago.</source>
        <translation>
            <numerusform>حُذفت %n جلسة تجاوز عمرها المدة المحدّدة بالأشهر: %1.</numerusform>
            <numerusform>حُذفت %n جلسة تجاوز عمرها المدة المحدّدة بالأشهر: %1.</numerusform>
            <numerusform>حُذفت %n جلستان تجاوز عمرهما المدة المحدّدة بالأشهر: %1.</numerusform>
            <numerusform>حُذفت %n جلسات تجاوز عمرها المدة المحدّدة بالأشهر: %1.</numerusform>
            <numerusform>حُذفت %n جلسةً تجاوز عمرها المدة المحدّدة بالأشهر: %1.</numerusform>
            <numerusform>حُذفت %n جلسة تجاوز عمرها المدة المحدّدة بالأشهر: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is open again; the scenario it was running (%2) is no longer in the library, so it starts without it.</source>
        <translation>فُتحت «%1» مجددًا؛ السيناريو الذي كانت تشغّله (%2) لم يعد في المكتبة، لذا تبدأ من دونه.</translation>
    </message>
    <message>
        <source>“%1” is open again where it was.</source>
        <translation>فُتحت «%1» مجددًا من حيث توقّفت.</translation>
    </message>
    <message>
        <source>Invite phones again (%1) to take their answers.</source>
        <translation>ادعوا الهواتف مجددًا (%1) لتلقّي إجاباتها.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Scenario Folder</source>
        <translation>مجلد السيناريوهات</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>تعذّر إنشاء المجلد %1.</translation>
    </message>
    <message>
        <source>No file manager could open the scenario folder. Put your own scenario files (.yaml) in:

%1</source>
        <translation>لم يتمكّن أي مدير ملفات من فتح مجلد السيناريوهات. ضعوا ملفات السيناريو الخاصة بكم (‎.yaml) في:

%1</translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation>&amp;نسخ المسار</translation>
    </message>
    <message>
        <source>About Upstander</source>
        <translation>حول Upstander</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Upstander %1&lt;/h3&gt;&lt;p&gt;A tool for trainers who run allyship workshops: the allyship spectrum from bystander to advocate, role-play scenarios, and where the group lands, before and after.&lt;/p&gt;&lt;p&gt;Free and open-source software. Answers stay on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Upstander %1&lt;/h3&gt;&lt;p&gt;أداة للمدرّبين الذين يديرون ورش التضامن في بيئة العمل: طيف التضامن من المتفرّج إلى المناصر، وسيناريوهات لعب الأدوار، وموقع المجموعة قبل الورشة وبعدها.&lt;/p&gt;&lt;p&gt;برنامج حر ومفتوح المصدر. تبقى الإجابات على هذا الحاسوب.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Plan a Follo&amp;w-up…</source>
        <translation>تخطيط جلسة &amp;متابعة…</translation>
    </message>
    <message>
        <source>Creates a booster session for the same cohort, weeks later, to place themselves again and replay decisions</source>
        <translation>ينشئ جلسة تعزيزية للدفعة نفسها بعد أسابيع، ليحدّد المشاركون مواقعهم من جديد ويعيدوا تشغيل قرارات</translation>
    </message>
    <message>
        <source>Plan a Follow-up</source>
        <translation>تخطيط جلسة متابعة</translation>
    </message>
    <message>
        <source>The cohort could not be saved: %1</source>
        <translation>تعذّر حفظ الدفعة: %1</translation>
    </message>
    <message>
        <source>The follow-up could not be created: %1</source>
        <translation>تعذّر إنشاء جلسة المتابعة: %1</translation>
    </message>
    <message>
        <source>Follow-up “%1” planned for %2. Open it on the day with File → Open Session.</source>
        <translation>خُطّط لجلسة المتابعة «%1» يوم %2. افتحوها في ذلك اليوم من ملف ← فتح جلسة.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <source>Export Da&amp;ta</source>
        <translation>تصدير &amp;البيانات</translation>
    </message>
    <message>
        <source>Open Scenario Fol&amp;der</source>
        <translation>فتح مجلد السيناريو&amp;هات</translation>
    </message>
    <message>
        <source>“%1” is removed. Redo (%2) brings it back until another session is opened.</source>
        <translation>أُزيلت &quot;%1&quot;. يعيدها الأمر «إعادة» (%2) ما لم تفتحوا جلسة أخرى.</translation>
    </message>
    <message>
        <source>Plan follow-up &quot;%1&quot;</source>
        <translation>تخطيط جلسة المتابعة &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>MapReader</name>
    <message>
        <source>expected a map of keys and values here, found %1</source>
        <translation>يُتوقَّع هنا جدول من المفاتيح والقيم، لكن وُجد %1</translation>
    </message>
    <message>
        <source>a key must be a single word, not %1</source>
        <translation>يجب أن يكون المفتاح كلمة واحدة، وليس %1</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; (first given on line %2)</source>
        <translation>مفتاح مكرّر &quot;%1&quot; (ورد أول مرة في السطر %2)</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; expected one of: %2</source>
        <translation>مفتاح غير معروف &quot;%1&quot;؛ المتوقّع أحد ما يلي: %2</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>مفتاح غير معروف &quot;%1&quot;؛ هل تقصدون &quot;%2&quot;؟</translation>
    </message>
    <message>
        <source>missing required key &quot;%1&quot;</source>
        <translation>المفتاح المطلوب &quot;%1&quot; مفقود</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; فارغ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a single value, not %2</source>
        <translation>يجب أن يكون &quot;%1&quot; قيمة واحدة، وليس %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id: use lowercase letters, digits and single hyphens, starting with a letter (at most 64 characters)</source>
        <translation>&quot;%1&quot; ليس معرّفًا صالحًا: استخدموا حروفًا لاتينية صغيرة وأرقامًا وشرطات مفردة، على أن يبدأ بحرف (64 محرفًا على الأكثر)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number; remove the quotes around &quot;%2&quot;</source>
        <translation>يجب أن يكون &quot;%1&quot; عددًا صحيحًا؛ أزيلوا علامتي الاقتباس حول &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>يجب أن يكون &quot;%1&quot; عددًا صحيحًا من %2 إلى %3، وليس &quot;%4&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false; remove the quotes around &quot;%2&quot;</source>
        <translation>يجب أن تكون قيمة &quot;%1&quot; هي true أو false؛ أزيلوا علامتي الاقتباس حول &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false, not &quot;%2&quot;</source>
        <translation>يجب أن تكون قيمة &quot;%1&quot; هي true أو false، وليس &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list (items starting with &quot;- &quot;), not %2</source>
        <translation>يجب أن يكون &quot;%1&quot; قائمة (عناصر تبدأ بـ &quot;- &quot;)، وليس %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must list at least one item</source>
        <translation>يجب أن يضم &quot;%1&quot; عنصرًا واحدًا على الأقل</translation>
    </message>
    <message>
        <source>each item of &quot;%1&quot; must be text, not a map (to write text containing &quot;: &quot;, put it in quotes)</source>
        <translation>يجب أن يكون كل عنصر في &quot;%1&quot; نصًا، لا جدولًا (لكتابة نص يحتوي على &quot;: &quot; ضعوه بين علامتي اقتباس)</translation>
    </message>
    <message>
        <source>each item of &quot;%1&quot; must be text, not %2</source>
        <translation>يجب أن يكون كل عنصر في &quot;%1&quot; نصًا، وليس %2</translation>
    </message>
    <message>
        <source>an empty value</source>
        <translation>قيمة فارغة</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Facilitator notes</source>
        <translation>ملاحظات الميسّر</translation>
    </message>
    <message>
        <source>Private notes for the facilitator; never shown on the projector</source>
        <translation>ملاحظات خاصة بالميسّر؛ لا تظهر أبدًا على جهاز العرض</translation>
    </message>
    <message>
        <source>Only on this screen, never on the projector</source>
        <translation>على هذه الشاشة فقط، ولا تظهر أبدًا على جهاز العرض</translation>
    </message>
    <message>
        <source>No notes for this step.</source>
        <translation>لا توجد ملاحظات لهذه الخطوة.</translation>
    </message>
    <message>
        <source>Facilitator notes: %1</source>
        <translation>ملاحظات الميسّر: %1</translation>
    </message>
</context>
<context>
    <name>OpenSessionDialog</name>
    <message>
        <source>Open Session</source>
        <translation>فتح جلسة</translation>
    </message>
    <message>
        <source>&amp;Sessions on this computer:</source>
        <translation>&amp;الجلسات على هذا الحاسوب:</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> (cohort %1)</source>
        <translation> (الدفعة %1)</translation>
    </message>
    <message numerus="yes">
        <source>, %n answer(s)</source>
        <translation>
            <numerusform>، %n إجابة</numerusform>
            <numerusform>، %n إجابة</numerusform>
            <numerusform>، %n إجابتان</numerusform>
            <numerusform>، %n إجابات</numerusform>
            <numerusform>، %n إجابة</numerusform>
            <numerusform>، %n إجابة</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Session</source>
        <translation>حذف الجلسة</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation>&amp;تراجع عن الحذف</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; and all of its answers, tallies and commitments? You can undo this until you close this window.</source>
        <translation>حذف &quot;%1&quot; مع كل إجاباتها ونتائج عدّها اليدوي والتزاماتها؟ يمكنكم التراجع عن ذلك إلى أن تغلقوا هذه النافذة.</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;. Undo Delete (%2) brings it back until this window closes.</source>
        <translation>حُذفت &quot;%1&quot;. يعيدها الزر &quot;تراجع عن الحذف&quot; (%2) إلى أن تُغلق هذه النافذة.</translation>
    </message>
    <message>
        <source>Undo Delete</source>
        <translation>التراجع عن الحذف</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is back.</source>
        <translation>عادت &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ParticipantControl</name>
    <message>
        <source>Open or start a session first: answers from phones belong to a session.</source>
        <translation>افتحوا جلسة أو ابدؤوا جلسة أولًا: إجابات الهواتف تنتمي إلى جلسة.</translation>
    </message>
    <message>
        <source>Invite Participants</source>
        <translation>دعوة المشاركين</translation>
    </message>
    <message>
        <source>Stop &amp;Inviting Participants</source>
        <translation>إيقاف &amp;دعوة المشاركين</translation>
    </message>
    <message>
        <source>&amp;Invite Participants…</source>
        <translation>&amp;دعوة المشاركين…</translation>
    </message>
    <message>
        <source>Stops the participant server; phones can no longer answer</source>
        <translation>يوقف خادم المشاركين؛ فلا تعود الهواتف قادرة على الإجابة</translation>
    </message>
    <message>
        <source>Lets participants answer from their phones over the local network</source>
        <translation>يتيح للمشاركين الإجابة من هواتفهم عبر الشبكة المحلية</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) connected</source>
        <translation>
            <numerusform>%n هاتف متصل</numerusform>
            <numerusform>%n هاتف متصل</numerusform>
            <numerusform>%n هاتفان متصلان</numerusform>
            <numerusform>%n هواتف متصلة</numerusform>
            <numerusform>%n هاتفًا متصلًا</numerusform>
            <numerusform>%n هاتف متصل</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as seen: the count goes back to zero and the phones that asked are told</source>
        <translation>تعليم الطلبات كمقروءة: يعود العدد إلى الصفر وتُبلَّغ الهواتف التي طلبت استراحة</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) asked for a pause</source>
        <translation>
            <numerusform>%n شخص طلب استراحة</numerusform>
            <numerusform>%n شخص طلب استراحة</numerusform>
            <numerusform>%n شخصان طلبا استراحة</numerusform>
            <numerusform>%n أشخاص طلبوا استراحة</numerusform>
            <numerusform>%n شخصًا طلبوا استراحة</numerusform>
            <numerusform>%n شخص طلبوا استراحة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantServer</name>
    <message>
        <source>Open a session before inviting participants.</source>
        <translation>افتحوا جلسة قبل دعوة المشاركين.</translation>
    </message>
    <message>
        <source>The session&apos;s join code cannot be saved: %1</source>
        <translation>يتعذّر حفظ رمز الانضمام للجلسة: %1</translation>
    </message>
    <message>
        <source>Participants cannot be invited: port %1 on %2 cannot be opened (%3).</source>
        <translation>تتعذّر دعوة المشاركين: لا يمكن فتح المنفذ %1 على %2 (%3).</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Scenario files with problems</source>
        <translation>ملفات سيناريو فيها مشكلات</translation>
    </message>
    <message>
        <source>These files in your scenario folder were not loaded. Fix the problems below and choose File → Reload Library.</source>
        <translation>لم تُحمَّل هذه الملفات من مجلد السيناريوهات. أصلحوا المشكلات أدناه ثم اختاروا ملف ← إعادة تحميل المكتبة.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>Translate as &quot;RTL&quot; in a right-to-left language (Arabic), as &quot;LTR&quot; in every other language.</extracomment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>QrCodeWidget</name>
    <message>
        <source>QR code for %1</source>
        <translation>رمز QR للعنوان %1</translation>
    </message>
</context>
<context>
    <name>RecordAnswerCommand</name>
    <message>
        <source>Record an answer</source>
        <translation>تسجيل إجابة</translation>
    </message>
    <message>
        <source>Record answer &quot;%1&quot;</source>
        <translation>تسجيل الإجابة &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ReplayPanel</name>
    <message>
        <source>Follow-up: decisions to replay</source>
        <translation>المتابعة: القرارات المراد إعادة تشغيلها</translation>
    </message>
    <message>
        <source>This follow-up replays no decision: ask where people stand now on the Self-Placement tab, then collect commitments.</source>
        <translation>لا تعيد جلسة المتابعة هذه تشغيل أي قرار: اسألوا الأشخاص عن مواقعهم الآن في تبويب «التموضع الذاتي»، ثم اجمعوا الالتزامات.</translation>
    </message>
    <message>
        <source>%1. %2 (from “%3”)</source>
        <translation>%1. %2 (من «%3»)</translation>
    </message>
    <message>
        <source>%1. %2 (the scenario “%3” is no longer in the library)</source>
        <translation>%1. %2 (لم يعد السيناريو «%3» في المكتبة)</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>إعادة التشغيل</translation>
    </message>
    <message>
        <source>Replay decision %1</source>
        <translation>إعادة تشغيل القرار %1</translation>
    </message>
</context>
<context>
    <name>ReportSummary</name>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>the group was split between %1 (%2 each, of %3)</source>
        <translation>انقسمت المجموعة بين %1 (%2 لكلٍّ منها، من أصل %3)</translation>
    </message>
    <message>
        <source>most people (%1 of %2) placed themselves at %3</source>
        <translation>وضع معظم الأشخاص (%1 من %2) أنفسهم في مرحلة %3</translation>
    </message>
    <message>
        <source>the largest group (%1 of %2) placed themselves at %3</source>
        <translation>وضعت أكبر مجموعة (%1 من %2) نفسها في مرحلة %3</translation>
    </message>
    <message>
        <source>most people (%1 of %2) did</source>
        <translation>فعل ذلك معظم الأشخاص (%1 من %2)</translation>
    </message>
    <message>
        <source>that was still the largest group (%1 of %2)</source>
        <translation>وظلّت تلك المرحلة تضم أكبر مجموعة (%1 من %2)</translation>
    </message>
    <message>
        <source>The group was not asked where they place themselves on the spectrum, so there is no before and after.</source>
        <translation>لم تُسأل المجموعة عن موقعها على الطيف، لذا لا توجد مقارنة بين قبل وبعد.</translation>
    </message>
    <message>
        <source>Before the scenarios, %1; afterwards, %2.</source>
        <translation>قبل السيناريوهات، %1؛ وبعدها، %2.</translation>
    </message>
    <message>
        <source>Fewer than %1 people answered both times, so who moved is not shown.</source>
        <translation>أجاب أقل من %1 أشخاص في المرتين، لذا لا يُعرض من تغيّر موقعه.</translation>
    </message>
    <message>
        <source>Before the scenarios, %1.</source>
        <translation>قبل السيناريوهات، %1.</translation>
    </message>
    <message>
        <source>Before the scenarios, fewer than %1 people placed themselves on the spectrum, too few to show.</source>
        <translation>قبل السيناريوهات، حدّد أقل من %1 أشخاص مواقعهم على الطيف، وهو عدد أقل من أن يُعرض.</translation>
    </message>
    <message>
        <source>The group was not asked where they stood before the scenarios.</source>
        <translation>لم تُسأل المجموعة عن موقعها قبل السيناريوهات.</translation>
    </message>
    <message>
        <source>Afterwards, %1.</source>
        <translation>بعد السيناريوهات، %1.</translation>
    </message>
    <message>
        <source>Afterwards, fewer than %1 people placed themselves, too few to show.</source>
        <translation>بعد السيناريوهات، حدّد أقل من %1 أشخاص مواقعهم، وهو عدد أقل من أن يُعرض.</translation>
    </message>
    <message>
        <source>The group did not place themselves again afterwards, so there is no before and after to compare.</source>
        <translation>لم تحدّد المجموعة موقعها مرة أخرى بعد السيناريوهات، لذا لا توجد مقارنة بين قبل وبعد.</translation>
    </message>
    <message>
        <source>There is no gap between self-view and choices to report: the group did not both place themselves on the spectrum and decide in a scenario.</source>
        <translation>لا توجد فجوة إدراك بين الرؤية الذاتية والاختيارات لعرضها: لم تقم المجموعة بالأمرين كليهما، أي تحديد موقعها على الطيف واتخاذ قرار في سيناريو.</translation>
    </message>
    <message>
        <source>Fewer than %1 people both placed themselves on the spectrum and decided in the scenarios, so the gap between how they see themselves and what they chose is not shown.</source>
        <translation>قام أقل من %1 أشخاص بالأمرين كليهما، أي تحديد موقعهم على الطيف واتخاذ قرارات في السيناريوهات، لذا لا تُعرض الفجوة بين رؤيتهم لأنفسهم وما اختاروه.</translation>
    </message>
    <message>
        <source>People placed themselves %1 stages further along, on average, than the options they chose in the scenarios: %2 of %3 saw themselves at least one stage higher than their choices.</source>
        <translation>وضع الأشخاص أنفسهم في المتوسط أبعد بمقدار %1 مرحلة من الخيارات التي اختاروها في السيناريوهات: %2 من %3 رأوا أنفسهم أعلى بمرحلة واحدة على الأقل من اختياراتهم.</translation>
    </message>
    <message>
        <source>People chose options %1 stages further along, on average, than where they placed themselves: %2 of %3 chose at least one stage higher than they placed themselves.</source>
        <translation>اختار الأشخاص في المتوسط خيارات أبعد بمقدار %1 مرحلة من المواقع التي وضعوا أنفسهم فيها: %2 من %3 اختاروا أعلى بمرحلة واحدة على الأقل من تموضعهم الذاتي.</translation>
    </message>
    <message>
        <source>On average, the options people chose in the scenarios matched where they placed themselves: %1 of %2 were within one stage.</source>
        <translation>في المتوسط، طابقت الخيارات التي اختارها الأشخاص في السيناريوهات المواقعَ التي وضعوا أنفسهم فيها: %1 من %2 لم يتجاوز الفرق لديهم مرحلة واحدة.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>At decision %1, the group settled together on %2.</source>
        <translation>عند القرار %1، استقرّت المجموعة معًا على %2.</translation>
    </message>
    <message>
        <source>At decision %1, fewer than %2 people chose an option, so the choices are not shown.</source>
        <translation>عند القرار %1، اختار أقل من %2 أشخاص خيارًا، لذا لا تُعرض الاختيارات.</translation>
    </message>
    <message>
        <source>At decision %1, the most common choice was %2, chosen by %3 of %4.</source>
        <translation>عند القرار %1، كان الخيار الأكثر شيوعًا %2، واختاره %3 من %4.</translation>
    </message>
    <message>
        <source>At decision %1, the choices were split between %2, chosen by %3 each, of %4.</source>
        <translation>عند القرار %1، انقسمت الاختيارات بين %2، واختار كلًّا منها %3، من أصل %4.</translation>
    </message>
    <message numerus="yes">
        <source>Of the %n people who answered both times, %1 moved further along, %2 stayed where they were and %3 moved back.</source>
        <translation>
            <numerusform>من بين %n شخص أجابوا في المرتين، تقدّم %1، وبقي %2 في موقعهم، وتراجع %3.</numerusform>
            <numerusform>من بين %n شخص أجاب في المرتين، تقدّم %1، وبقي %2 في موقعهم، وتراجع %3.</numerusform>
            <numerusform>من بين %n شخصين أجابا في المرتين، تقدّم %1، وبقي %2 في موقعهم، وتراجع %3.</numerusform>
            <numerusform>من بين %n أشخاص أجابوا في المرتين، تقدّم %1، وبقي %2 في موقعهم، وتراجع %3.</numerusform>
            <numerusform>من بين %n شخصًا أجابوا في المرتين، تقدّم %1، وبقي %2 في موقعهم، وتراجع %3.</numerusform>
            <numerusform>من بين %n شخص أجابوا في المرتين، تقدّم %1، وبقي %2 في موقعهم، وتراجع %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups smaller than %1 are not shown, to keep answers anonymous.</source>
        <translation>لا تُعرض المجموعات التي يقلّ عددها عن %1، حفاظًا على إخفاء هوية الإجابات.</translation>
    </message>
    <message>
        <source>%1, decision %2 of %3</source>
        <translation>%1، القرار %2 من %3</translation>
    </message>
    <message numerus="yes">
        <source>%n people took part.</source>
        <translation>
            <numerusform>شارك %n شخص.</numerusform>
            <numerusform>شارك %n شخص.</numerusform>
            <numerusform>شارك %n شخصان.</numerusform>
            <numerusform>شارك %n أشخاص.</numerusform>
            <numerusform>شارك %n شخصًا.</numerusform>
            <numerusform>شارك %n شخص.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fewer than %1 people took part, so none of their answers are shown.</source>
        <translation>شارك أقل من %1 أشخاص، لذا لا تُعرض أي من إجاباتهم.</translation>
    </message>
    <message>
        <source>Nobody has answered yet.</source>
        <translation>لم يُجب أحد بعد.</translation>
    </message>
    <message>
        <source>Decisions outside a scenario</source>
        <translation>قرارات خارج السيناريوهات</translation>
    </message>
    <message>
        <source>The group did not reach a decision in it.</source>
        <translation>لم تتوصّل المجموعة فيه إلى قرار.</translation>
    </message>
    <message>
        <source>No scenario was played.</source>
        <translation>لم يُشغَّل أي سيناريو.</translation>
    </message>
    <message>
        <source>The group worked through one scenario:</source>
        <translation>عملت المجموعة على سيناريو واحد:</translation>
    </message>
    <message>
        <source>The group worked through these scenarios, in this order:</source>
        <translation>عملت المجموعة على هذه السيناريوهات، بهذا الترتيب:</translation>
    </message>
    <message>
        <source>Weeks after the workshop, fewer than %1 people placed themselves on the spectrum, too few to show.</source>
        <translation>بعد أسابيع من الورشة، حدّد أقل من %1 أشخاص مواقعهم على الطيف، وهو عدد أقل من أن يُعرض.</translation>
    </message>
    <message>
        <source>Weeks after the workshop, %1.</source>
        <translation>بعد أسابيع من الورشة، %1.</translation>
    </message>
    <message>
        <source>The cohort trend below sets this beside the workshop&apos;s before and after.</source>
        <translation>ويضع اتجاه الدفعة أدناه ذلك بجانب ما قبل الورشة وما بعدها.</translation>
    </message>
    <message numerus="yes">
        <source>Participants sent %n anonymous question(s) from their phones.</source>
        <translation>
            <numerusform>أرسل المشاركون من هواتفهم %n سؤال دون كشف هويتهم.</numerusform>
            <numerusform>أرسل المشاركون من هواتفهم %n سؤال دون كشف هويتهم.</numerusform>
            <numerusform>أرسل المشاركون من هواتفهم %n سؤالين دون كشف هويتهم.</numerusform>
            <numerusform>أرسل المشاركون من هواتفهم %n أسئلة دون كشف هويتهم.</numerusform>
            <numerusform>أرسل المشاركون من هواتفهم %n سؤالًا دون كشف هويتهم.</numerusform>
            <numerusform>أرسل المشاركون من هواتفهم %n سؤال دون كشف هويتهم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fewer than %1 people who had made a commitment answered the check-in, too few to show.</source>
        <translation>أجاب عن سؤال الوفاء بالالتزامات أقل من %1 أشخاص ممن قطعوا التزامًا، وهو عدد أقل من أن يُعرض.</translation>
    </message>
    <message numerus="yes">
        <source>Of the %n people who had made a commitment, %1 did what they committed to, %2 did it in part and %3 not yet (%4 did it).</source>
        <translation>
            <numerusform>من بين %n شخص قطعوا التزامًا، نفّذه %1، ونفّذه جزئيًا %2، ولم ينفّذه بعد %3 (نسبة الوفاء: %4).</numerusform>
            <numerusform>من بين %n شخص قطع التزامًا، نفّذه %1، ونفّذه جزئيًا %2، ولم ينفّذه بعد %3 (نسبة الوفاء: %4).</numerusform>
            <numerusform>من بين %n شخصين قطعا التزامًا، نفّذه %1، ونفّذه جزئيًا %2، ولم ينفّذه بعد %3 (نسبة الوفاء: %4).</numerusform>
            <numerusform>من بين %n أشخاص قطعوا التزامًا، نفّذه %1، ونفّذه جزئيًا %2، ولم ينفّذه بعد %3 (نسبة الوفاء: %4).</numerusform>
            <numerusform>من بين %n شخصًا قطعوا التزامًا، نفّذه %1، ونفّذه جزئيًا %2، ولم ينفّذه بعد %3 (نسبة الوفاء: %4).</numerusform>
            <numerusform>من بين %n شخص قطعوا التزامًا، نفّذه %1، ونفّذه جزئيًا %2، ولم ينفّذه بعد %3 (نسبة الوفاء: %4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n said they had not made one.</source>
        <translation>
            <numerusform>قال %n شخص إنهم لم يقطعوا أي التزام.</numerusform>
            <numerusform>قال %n شخص إنه لم يقطع أي التزام.</numerusform>
            <numerusform>قال %n شخصان إنهما لم يقطعا أي التزام.</numerusform>
            <numerusform>قال %n أشخاص إنهم لم يقطعوا أي التزام.</numerusform>
            <numerusform>قال %n شخصًا إنهم لم يقطعوا أي التزام.</numerusform>
            <numerusform>قال %n شخص إنهم لم يقطعوا أي التزام.</numerusform>
        </translation>
    </message>
    <message>
        <source>fewer than %1</source>
        <translation>أقل من %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Ch&amp;art:</source>
        <translation>&amp;المخطط:</translation>
    </message>
    <message>
        <source>F&amp;or:</source>
        <translation>&amp;حول:</translation>
    </message>
    <message>
        <source>Show on &amp;Projector</source>
        <translation>عرض على &amp;جهاز العرض</translation>
    </message>
    <message>
        <source>E&amp;xport Chart…</source>
        <translation>&amp;تصدير المخطط…</translation>
    </message>
    <message>
        <source>The whole session</source>
        <translation>الجلسة كاملة</translation>
    </message>
    <message>
        <source>The latest one</source>
        <translation>الأحدث</translation>
    </message>
    <message>
        <source>Self-placement: %1</source>
        <translation>التموضع الذاتي: %1</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>القرار: %1</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Delete Old Sessions</source>
        <translation>حذف الجلسات القديمة</translation>
    </message>
    <message>
        <source>Upstander keeps every session (its answers, tallies and commitments) on this computer until you delete it. Should it delete old sessions by itself?</source>
        <translation>يحتفظ Upstander بكل جلسة (إجاباتها ونتائج عدّها اليدوي والتزاماتها) على هذا الحاسوب إلى أن تحذفوها. هل يحذف الجلسات القديمة تلقائيًا؟</translation>
    </message>
    <message>
        <source>Upstander can delete old sessions by itself.</source>
        <translation>يمكن لـ Upstander حذف الجلسات القديمة تلقائيًا.</translation>
    </message>
    <message>
        <source>Delete a session:</source>
        <translation>حذف الجلسة:</translation>
    </message>
    <message>
        <source>&amp;Never (keep every session)</source>
        <translation>&amp;أبدًا (الاحتفاظ بكل جلسة)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;%n month(s) after its date</source>
        <translation>
            <numerusform>بعد &amp;%n شهر من تاريخها</numerusform>
            <numerusform>بعد &amp;%n شهر من تاريخها</numerusform>
            <numerusform>بعد &amp;%n شهرين من تاريخها</numerusform>
            <numerusform>بعد &amp;%n أشهر من تاريخها</numerusform>
            <numerusform>بعد &amp;%n شهرًا من تاريخها</numerusform>
            <numerusform>بعد &amp;%n شهر من تاريخها</numerusform>
        </translation>
    </message>
    <message>
        <source>Old sessions are deleted when you press OK and each time Upstander starts; a session&apos;s age counts from its date. Deleted sessions cannot be brought back. You can change this later in File ▸ Delete Old Sessions Automatically.</source>
        <translation>تُحذف الجلسات القديمة حين تضغطون «موافق» وفي كل مرة يبدأ فيها Upstander؛ ويُحسب عمر الجلسة من تاريخها. لا يمكن استعادة الجلسات المحذوفة. يمكنكم تغيير ذلك لاحقًا من ملف ◂ حذف الجلسات القديمة تلقائيًا.</translation>
    </message>
    <message>
        <source>Sessions are kept until you delete them in File ▸ Open Session.</source>
        <translation>تُحفظ الجلسات إلى أن تحذفوها من ملف ◂ فتح جلسة.</translation>
    </message>
    <message>
        <source>No session on this computer is that old now.</source>
        <translation>لا توجد الآن جلسة على هذا الحاسوب بهذا القِدم.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) on this computer are that old now and will be deleted, the oldest from %1.</source>
        <translation>
            <numerusform>%n جلسة على هذا الحاسوب بلغت هذا القِدم الآن وستُحذف، وأقدمها من %1.</numerusform>
            <numerusform>%n جلسة على هذا الحاسوب بلغت هذا القِدم الآن وستُحذف، وهي من %1.</numerusform>
            <numerusform>%n جلستان على هذا الحاسوب بلغتا هذا القِدم الآن وستُحذفان، وأقدمهما من %1.</numerusform>
            <numerusform>%n جلسات على هذا الحاسوب بلغت هذا القِدم الآن وستُحذف، وأقدمها من %1.</numerusform>
            <numerusform>%n جلسةً على هذا الحاسوب بلغت هذا القِدم الآن وستُحذف، وأقدمها من %1.</numerusform>
            <numerusform>%n جلسة على هذا الحاسوب بلغت هذا القِدم الآن وستُحذف، وأقدمها من %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevealCommand</name>
    <message>
        <source>Reveal the results</source>
        <translation>كشف النتائج</translation>
    </message>
    <message>
        <source>Hide the results</source>
        <translation>إخفاء النتائج</translation>
    </message>
</context>
<context>
    <name>RevealView</name>
    <message>
        <source>Revealed options</source>
        <translation>الخيارات المكشوفة</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n صوت</numerusform>
            <numerusform>%n صوت</numerusform>
            <numerusform>%n صوتان</numerusform>
            <numerusform>%n أصوات</numerusform>
            <numerusform>%n صوتًا</numerusform>
            <numerusform>%n صوت</numerusform>
        </translation>
    </message>
    <message>
        <source>Votes are shown once at least %1 people have voted.</source>
        <translation>تظهر الأصوات حين يصوّت %1 أشخاص على الأقل.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>Option %1: %2. Stage: %3. Why: %4</source>
        <translation>الخيار %1: %2. المرحلة: %3. السبب: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s).</source>
        <translation>
            <numerusform>%n صوت.</numerusform>
            <numerusform>%n صوت.</numerusform>
            <numerusform>%n صوتان.</numerusform>
            <numerusform>%n أصوات.</numerusform>
            <numerusform>%n صوتًا.</numerusform>
            <numerusform>%n صوت.</numerusform>
        </translation>
    </message>
    <message>
        <source>Option %1: %2.</source>
        <translation>الخيار %1: %2.</translation>
    </message>
</context>
<context>
    <name>RoleCards</name>
    <message>
        <source>Observer card</source>
        <translation>بطاقة المراقب</translation>
    </message>
    <message>
        <source>Role card</source>
        <translation>بطاقة الدور</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>المراقب</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Private: read this to yourself and keep it to yourself.</source>
        <translation>خاص: اقرؤوا هذا لأنفسكم واحتفظوا به لأنفسكم.</translation>
    </message>
    <message>
        <source>Observer checklist</source>
        <translation>قائمة المراقب</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Role cards: %1</source>
        <translation>بطاقات الأدوار: %1</translation>
    </message>
    <message>
        <source>Could not draw the role cards into %1.</source>
        <translation>تعذّر رسم بطاقات الأدوار في %1.</translation>
    </message>
</context>
<context>
    <name>RoleCardsDialog</name>
    <message>
        <source>Role cards — %1</source>
        <translation>بطاقات الأدوار — %1</translation>
    </message>
    <message>
        <source>Role cards</source>
        <translation>بطاقات الأدوار</translation>
    </message>
    <message>
        <source>Each card is private to its role. Print them or save them as a PDF, cut them apart and hand them out face down.</source>
        <translation>كل بطاقة خاصة بدورها. اطبعوها أو احفظوها بصيغة PDF، ثم قصّوها ووزّعوها مقلوبة.</translation>
    </message>
    <message>
        <source>Every role&apos;s name and private brief, and the observer checklist</source>
        <translation>اسم كل دور وتعليماته الخاصة، وقائمة المراقب</translation>
    </message>
    <message>
        <source>One card per page</source>
        <translation>بطاقة واحدة في كل صفحة</translation>
    </message>
    <message>
        <source>Two cards per page</source>
        <translation>بطاقتان في كل صفحة</translation>
    </message>
    <message>
        <source>Cards per page</source>
        <translation>البطاقات في كل صفحة</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>التر&amp;تيب:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Print the role cards</source>
        <translation>طباعة بطاقات الأدوار</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>حفظ بصيغة &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the role cards as a PDF file</source>
        <translation>حفظ بطاقات الأدوار في ملف PDF</translation>
    </message>
    <message>
        <source>Close the role cards</source>
        <translation>إغلاق بطاقات الأدوار</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>حُفظت في %1</translation>
    </message>
    <message>
        <source>Role cards: %1</source>
        <translation>بطاقات الأدوار: %1</translation>
    </message>
    <message>
        <source>Print role cards</source>
        <translation>طباعة بطاقات الأدوار</translation>
    </message>
    <message>
        <source>The role cards could not be printed.</source>
        <translation>تعذّرت طباعة بطاقات الأدوار.</translation>
    </message>
    <message>
        <source>%1-role-cards.pdf</source>
        <translation>%1-role-cards.pdf</translation>
    </message>
    <message>
        <source>Save role cards as PDF</source>
        <translation>حفظ بطاقات الأدوار بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RoomQuestionStateCommand</name>
    <message>
        <source>Show a question from the room</source>
        <translation>عرض سؤال من القاعة</translation>
    </message>
    <message>
        <source>Mark a question as answered</source>
        <translation>تعليم سؤال كمُجاب عنه</translation>
    </message>
    <message>
        <source>Hide a question</source>
        <translation>إخفاء سؤال</translation>
    </message>
    <message>
        <source>Put a question back in the queue</source>
        <translation>إعادة سؤال إلى قائمة الانتظار</translation>
    </message>
</context>
<context>
    <name>RoomQuestionsPanel</name>
    <message>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>held for review</source>
        <translation>محتجز للمراجعة</translation>
    </message>
    <message>
        <source>shown on the projector</source>
        <translation>معروض على جهاز العرض</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>مُجاب عنه</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>مخفي</translation>
    </message>
    <message>
        <source>Questions and concerns participants send from their phones, anonymously: only this screen lists them, never who sent one.</source>
        <translation>الأسئلة والأمور المقلقة التي يرسلها المشاركون من هواتفهم دون كشف هويتهم: لا تعرضها إلا هذه الشاشة، ولا تُظهر أبدًا من أرسل أيًّا منها.</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>قائمة الا&amp;نتظار:</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>قائمة الانتظار</translation>
    </message>
    <message>
        <source>Held for review</source>
        <translation>محتجزة للمراجعة</translation>
    </message>
    <message>
        <source>Show on &amp;Projector</source>
        <translation>عرض على &amp;جهاز العرض</translation>
    </message>
    <message>
        <source>Shows the selected question on the projector, without who sent it</source>
        <translation>يعرض السؤال المحدّد على جهاز العرض، دون ذكر من أرسله</translation>
    </message>
    <message>
        <source>Takes the selected question out of the queue</source>
        <translation>يُخرج السؤال المحدّد من قائمة الانتظار</translation>
    </message>
    <message>
        <source>&amp;Let In</source>
        <translation>&amp;قبول</translation>
    </message>
    <message>
        <source>Moves the selected held question into the queue</source>
        <translation>ينقل السؤال المحتجز المحدّد إلى قائمة الانتظار</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No question yet. Phones that joined can send one at any time.</source>
        <translation>لا أسئلة بعد. يمكن للهواتف المنضمّة إرسال سؤال في أي وقت.</translation>
    </message>
    <message numerus="yes">
        <source>%n new question(s)</source>
        <translation>
            <numerusform>%n سؤال جديد</numerusform>
            <numerusform>%n سؤال جديد</numerusform>
            <numerusform>%n سؤالان جديدان</numerusform>
            <numerusform>%n أسئلة جديدة</numerusform>
            <numerusform>%n سؤالًا جديدًا</numerusform>
            <numerusform>%n سؤال جديد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n held for review</source>
        <translation>
            <numerusform> · المحتجزة للمراجعة: %n</numerusform>
            <numerusform> · المحتجزة للمراجعة: %n</numerusform>
            <numerusform> · المحتجزة للمراجعة: %n</numerusform>
            <numerusform> · المحتجزة للمراجعة: %n</numerusform>
            <numerusform> · المحتجزة للمراجعة: %n</numerusform>
            <numerusform> · المحتجزة للمراجعة: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>A question from the room</source>
        <translation>سؤال من القاعة</translation>
    </message>
    <message>
        <source>Mark Ans&amp;wered</source>
        <translation>&amp;تعليم كمُجاب عنه</translation>
    </message>
    <message>
        <source>Hi&amp;de</source>
        <translation>إ&amp;خفاء</translation>
    </message>
    <message>
        <source>Held f&amp;or review (the word list flagged them):</source>
        <translation>م&amp;حتجزة للمراجعة (رصدتها قائمة الكلمات):</translation>
    </message>
    <message>
        <source>Show the Question?</source>
        <translation>عرض السؤال؟</translation>
    </message>
    <message>
        <source>The projector shows a question the room is answering. While this one is on, phones cannot answer it. Show it anyway?</source>
        <translation>يعرض جهاز العرض سؤالًا تجيب عنه القاعة الآن. ما دام هذا السؤال معروضًا، لا تستطيع الهواتف الإجابة عنه. هل تريدون عرضه رغم ذلك؟</translation>
    </message>
</context>
<context>
    <name>RoundTimer</name>
    <message>
        <source> min</source>
        <translation> د</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>إعادة الضبط</translation>
    </message>
    <message>
        <source>Reset the timer</source>
        <translation>إعادة ضبط المؤقّت</translation>
    </message>
    <message>
        <source>Stop the timer, set it back to the round length and hide it from the projector</source>
        <translation>إيقاف المؤقّت وإعادته إلى مدة الجولة وإخفاؤه عن جهاز العرض</translation>
    </message>
    <message>
        <source>Ne&amp;xt round</source>
        <translation>جولة &amp;تالية</translation>
    </message>
    <message>
        <source>Next round</source>
        <translation>جولة تالية</translation>
    </message>
    <message>
        <source>Rotate the roles in each group of three and start the next round&apos;s time</source>
        <translation>تبديل الأدوار في كل مجموعة ثلاثية وبدء وقت الجولة التالية</translation>
    </message>
    <message>
        <source>Sound when time is up</source>
        <translation>تنبيه صوتي عند انتهاء الوقت</translation>
    </message>
    <message>
        <source>Play a chime on this computer when the timer runs out</source>
        <translation>تشغيل نغمة على هذا الحاسوب حين ينتهي المؤقّت</translation>
    </message>
    <message>
        <source>Time per round:</source>
        <translation>وقت كل جولة:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>الوقت:</translation>
    </message>
    <message>
        <source>%1, minutes</source>
        <translation>%1، دقائق</translation>
    </message>
    <message>
        <source>%1, seconds</source>
        <translation>%1، ثوانٍ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Time is up: the round has ended</source>
        <translation>انتهى الوقت: انتهت الجولة</translation>
    </message>
    <message>
        <source>Running, shown on the projector</source>
        <translation>يعمل، ويظهر على جهاز العرض</translation>
    </message>
    <message>
        <source>Paused, shown on the projector</source>
        <translation>متوقّف مؤقتًا، ويظهر على جهاز العرض</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقّف مؤقتًا</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>انتهى الوقت</translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <translation>الوقت المتبقي: %1</translation>
    </message>
    <message>
        <source>Round %1: %2</source>
        <translation>الجولة %1: %2</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>إيقاف مؤ&amp;قت</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>ابد&amp;أ</translation>
    </message>
    <message>
        <source>Pause the timer</source>
        <translation>إيقاف المؤقّت مؤقتًا</translation>
    </message>
    <message>
        <source>Start the timer</source>
        <translation>بدء المؤقّت</translation>
    </message>
    <message>
        <source>Start or pause the timer (%1)</source>
        <translation>بدء المؤقّت أو إيقافه مؤقتًا (%1)</translation>
    </message>
</context>
<context>
    <name>ScenarioChecker</name>
    <message>
        <source>duplicate role id &quot;%1&quot; (first used on line %2)</source>
        <translation>معرّف دور مكرّر &quot;%1&quot; (استُخدم أول مرة في السطر %2)</translation>
    </message>
    <message>
        <source>duplicate scene id &quot;%1&quot; (first used on line %2)</source>
        <translation>معرّف مشهد مكرّر &quot;%1&quot; (استُخدم أول مرة في السطر %2)</translation>
    </message>
    <message>
        <source>scene &quot;%1&quot; is a dead end: it is not an ending and leads nowhere; give it &quot;next&quot;, &quot;decision&quot; or &quot;ending: true&quot;</source>
        <translation>المشهد &quot;%1&quot; طريق مسدود: ليس نهاية ولا يقود إلى أي مكان؛ أعطوه &quot;next&quot; أو &quot;decision&quot; أو &quot;ending: true&quot;</translation>
    </message>
    <message>
        <source>duplicate option id &quot;%1&quot; in this decision (first used on line %2)</source>
        <translation>معرّف خيار مكرّر &quot;%1&quot; في هذا القرار (استُخدم أول مرة في السطر %2)</translation>
    </message>
    <message>
        <source>the options of this decision span only %1 of the five stages (%2); three or more give the group something to discuss</source>
        <translation>خيارات هذا القرار لا تغطي إلا %1 من المراحل الخمس (%2)؛ ثلاث مراحل أو أكثر تمنح المجموعة ما تتناقش فيه</translation>
    </message>
    <message>
        <source>unknown stage &quot;%1&quot;; expected one of: %2</source>
        <translation>مرحلة غير معروفة &quot;%1&quot;؛ المتوقّع أحد ما يلي: %2</translation>
    </message>
    <message>
        <source>unknown stage &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>مرحلة غير معروفة &quot;%1&quot;؛ هل تقصدون &quot;%2&quot;؟</translation>
    </message>
    <message>
        <source>&quot;next&quot; names no scene: there is no scene &quot;%1&quot;</source>
        <translation>&quot;next&quot; لا يشير إلى مشهد: لا يوجد مشهد &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;next&quot; names no scene: there is no scene &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>&quot;next&quot; لا يشير إلى مشهد: لا يوجد مشهد &quot;%1&quot;؛ هل تقصدون &quot;%2&quot;؟</translation>
    </message>
    <message>
        <source>scene &quot;%1&quot; cannot be reached from the first scene &quot;%2&quot;; the only scenes leading to it cannot be reached either</source>
        <translation>لا يمكن الوصول إلى المشهد &quot;%1&quot; من المشهد الأول &quot;%2&quot;؛ والمشاهد الوحيدة التي تقود إليه لا يمكن الوصول إليها أيضًا</translation>
    </message>
    <message>
        <source>scene &quot;%1&quot; cannot be reached from the first scene &quot;%2&quot;; no &quot;next&quot; leads to it</source>
        <translation>لا يمكن الوصول إلى المشهد &quot;%1&quot; من المشهد الأول &quot;%2&quot;؛ لا يقود إليه أي &quot;next&quot;</translation>
    </message>
    <message>
        <source>no scene is an ending; mark the last scene of each path with &quot;ending: true&quot;</source>
        <translation>لا يوجد مشهد نهاية؛ علِّموا آخر مشهد في كل مسار بـ &quot;ending: true&quot;</translation>
    </message>
    <message>
        <source>scene &quot;%1&quot; is caught in a loop: no path from it reaches an ending</source>
        <translation>المشهد &quot;%1&quot; عالق في حلقة: لا يصل أي مسار منه إلى نهاية</translation>
    </message>
</context>
<context>
    <name>ScenarioDetailView</name>
    <message>
        <source>Scenario details</source>
        <translation>تفاصيل السيناريو</translation>
    </message>
    <message>
        <source>Summary, roles, decision points and debrief questions of the selected scenario</source>
        <translation>ملخّص السيناريو المحدّد وأدواره ونقاط القرار وأسئلة النقاش الختامي</translation>
    </message>
    <message>
        <source>Choose a scenario from the list to see its roles, decision points and debrief questions.</source>
        <translation>اختاروا سيناريو من القائمة لعرض أدواره ونقاط القرار وأسئلة النقاش الختامي.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 · %2 minutes · %3–%4 people</source>
        <translation>%1 · %2 دقيقة · %3–%4 أشخاص</translation>
    </message>
    <message>
        <source>Warnings from checking this file (it runs anyway)</source>
        <translation>تحذيرات من فحص هذا الملف (يعمل رغم ذلك)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <source>observer role</source>
        <translation>دور المراقب</translation>
    </message>
    <message>
        <source>Decision points</source>
        <translation>نقاط القرار</translation>
    </message>
    <message numerus="yes">
        <source>Timer: %n second(s)</source>
        <translation>
            <numerusform>المؤقّت: %n ثانية</numerusform>
            <numerusform>المؤقّت: %n ثانية</numerusform>
            <numerusform>المؤقّت: %n ثانيتان</numerusform>
            <numerusform>المؤقّت: %n ثوانٍ</numerusform>
            <numerusform>المؤقّت: %n ثانية</numerusform>
            <numerusform>المؤقّت: %n ثانية</numerusform>
        </translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>السبب: %1</translation>
    </message>
    <message>
        <source>Observer checklist</source>
        <translation>قائمة المراقب</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>النقاش الختامي</translation>
    </message>
    <message>
        <source>What?</source>
        <translation>ماذا حدث؟</translation>
    </message>
    <message>
        <source>So what?</source>
        <translation>ولماذا يهمّ؟</translation>
    </message>
    <message>
        <source>Now what?</source>
        <translation>وماذا الآن؟</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
</context>
<context>
    <name>ScenarioLibrary</name>
    <message>
        <source>another scenario file already uses the id &quot;%1&quot; (%2); this one was not loaded</source>
        <translation>ملف سيناريو آخر يستخدم المعرّف &quot;%1&quot; (%2)؛ لم يُحمَّل هذا الملف</translation>
    </message>
</context>
<context>
    <name>ScenarioListModel</name>
    <message>
        <source>%1
%2 · %3 min</source>
        <translation>%1
%2 · %3 د</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %n minutes</source>
        <translation>
            <numerusform>%1، %2، %n دقيقة</numerusform>
            <numerusform>%1، %2، %n دقيقة</numerusform>
            <numerusform>%1، %2، %n دقيقتان</numerusform>
            <numerusform>%1، %2، %n دقائق</numerusform>
            <numerusform>%1، %2، %n دقيقة</numerusform>
            <numerusform>%1، %2، %n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 min</source>
        <translation>%1 · %2 د</translation>
    </message>
</context>
<context>
    <name>ScenarioLoader</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>تتعذّر قراءة الملف: %1</translation>
    </message>
    <message>
        <source>the file is larger than 1 MiB; scenario files are a few kilobytes</source>
        <translation>حجم الملف أكبر من 1 MiB؛ ملفات السيناريو لا تتجاوز بضعة كيلوبايتات</translation>
    </message>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8</source>
        <translation>الملف نص بترميز UTF-16؛ احفظوه بترميز UTF-8</translation>
    </message>
    <message>
        <source>the file contains a NUL byte; scenario files must be UTF-8 text (is it UTF-16 or binary?)</source>
        <translation>يحتوي الملف على بايت NUL؛ يجب أن تكون ملفات السيناريو نصًا بترميز UTF-8 (هل هو UTF-16 أو ملف ثنائي؟)</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8; save it as UTF-8</source>
        <translation>الملف ليس بترميز UTF-8 صالح؛ احفظوه بترميز UTF-8</translation>
    </message>
</context>
<context>
    <name>ScenarioReader</name>
    <message>
        <source>the file is empty; a scenario starts with &quot;format: %1&quot;</source>
        <translation>الملف فارغ؛ يبدأ السيناريو بـ &quot;format: %1&quot;</translation>
    </message>
    <message>
        <source>unsupported format &quot;%1&quot;; this version of Upstander reads &quot;%2&quot;</source>
        <translation>صيغة غير مدعومة &quot;%1&quot;؛ هذا الإصدار من Upstander يقرأ &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot;; expected one of: %2</source>
        <translation>محور غير معروف &quot;%1&quot;؛ المتوقّع أحد ما يلي: %2</translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>محور غير معروف &quot;%1&quot;؛ هل تقصدون &quot;%2&quot;؟</translation>
    </message>
    <message>
        <source>&quot;max&quot; (%1) is smaller than &quot;min&quot; (%2)</source>
        <translation>&quot;max&quot; (%1) أصغر من &quot;min&quot; (%2)</translation>
    </message>
    <message>
        <source>&quot;ending: false&quot; says nothing; leave &quot;ending&quot; out of scenes that are not endings</source>
        <translation>&quot;ending: false&quot; لا يضيف شيئًا؛ احذفوا &quot;ending&quot; من المشاهد التي ليست نهايات</translation>
    </message>
    <message>
        <source>scene &quot;%1&quot; has %2; a scene does exactly one of &quot;next&quot;, &quot;decision&quot; or &quot;ending&quot;</source>
        <translation>المشهد &quot;%1&quot; فيه %2؛ يجب أن يحتوي المشهد على واحد فقط من &quot;next&quot; أو &quot;decision&quot; أو &quot;ending&quot;</translation>
    </message>
    <message>
        <source> and </source>
        <translation> و </translation>
    </message>
    <message>
        <source>a decision needs two to six options, this one has %1</source>
        <translation>يحتاج القرار إلى ما بين خيارين وستة خيارات، وهذا فيه %1</translation>
    </message>
    <message>
        <source>the content note has %1 characters; participants read it on a phone before the role-play, so keep it to %2</source>
        <translation>تتكون ملاحظة المحتوى من %1 حرفًا؛ يقرؤها المشاركون على هواتفهم قبل لعب الأدوار، لذا اجعلوها في حدود %2</translation>
    </message>
</context>
<context>
    <name>ScenarioRunner</name>
    <message>
        <source>Scenario runner: %1</source>
        <translation>مشغّل السيناريو: %1</translation>
    </message>
    <message>
        <source>Role &amp;cards…</source>
        <translation>&amp;بطاقات الأدوار…</translation>
    </message>
    <message>
        <source>Role cards</source>
        <translation>بطاقات الأدوار</translation>
    </message>
    <message>
        <source>Every role&apos;s private brief and the observer checklist, to print or save as PDF</source>
        <translation>التعليمات الخاصة بكل دور وقائمة المراقب، للطباعة أو الحفظ بصيغة PDF</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>البدء من &amp;جديد</translation>
    </message>
    <message>
        <source>Start the scenario over</source>
        <translation>بدء السيناريو من جديد</translation>
    </message>
    <message>
        <source>Back to the first scene; recorded votes are kept</source>
        <translation>العودة إلى المشهد الأول؛ وتبقى الأصوات المسجّلة محفوظة</translation>
    </message>
    <message>
        <source>Show on &amp;projector</source>
        <translation>عرض على جها&amp;ز العرض</translation>
    </message>
    <message>
        <source>Current scene</source>
        <translation>المشهد الحالي</translation>
    </message>
    <message>
        <source>Round timer</source>
        <translation>مؤقّت الجولة</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>→ عو&amp;دة</translation>
    </message>
    <message>
        <source>Back to the previous scene</source>
        <translation>العودة إلى المشهد السابق</translation>
    </message>
    <message>
        <source>&amp;Next scene →</source>
        <translation>&amp;المشهد التالي ←</translation>
    </message>
    <message>
        <source>Next scene</source>
        <translation>المشهد التالي</translation>
    </message>
    <message>
        <source>&amp;Debrief →</source>
        <translation>&amp;النقاش الختامي ←</translation>
    </message>
    <message>
        <source>Go on to the debrief</source>
        <translation>الانتقال إلى النقاش الختامي</translation>
    </message>
    <message>
        <source>Finish scenario</source>
        <translation>إنهاء السيناريو</translation>
    </message>
    <message>
        <source>Finish the scenario</source>
        <translation>إنهاء السيناريو</translation>
    </message>
    <message>
        <source>Facilitator notes and timer</source>
        <translation>ملاحظات الميسّر والمؤقّت</translation>
    </message>
    <message>
        <source>Previous scene</source>
        <translation>المشهد السابق</translation>
    </message>
    <message>
        <source>Next scene or debrief</source>
        <translation>المشهد التالي أو النقاش الختامي</translation>
    </message>
    <message>
        <source>Show on projector</source>
        <translation>عرض على جهاز العرض</translation>
    </message>
    <message>
        <source>Take the next vote away</source>
        <translation>طرح الصوت التالي</translation>
    </message>
    <message>
        <source>Add a vote to option %1</source>
        <translation>إضافة صوت إلى الخيار %1</translation>
    </message>
    <message>
        <source>Take a vote from option %1</source>
        <translation>طرح صوت من الخيار %1</translation>
    </message>
    <message>
        <source>Put this scene&apos;s narration on the audience screen (%1)</source>
        <translation>عرض سرد هذا المشهد على شاشة الجمهور (%1)</translation>
    </message>
    <message>
        <source>Back to the previous scene on the path (%1)</source>
        <translation>العودة إلى المشهد السابق في المسار (%1)</translation>
    </message>
    <message>
        <source>On to the next scene (%1)</source>
        <translation>الانتقال إلى المشهد التالي (%1)</translation>
    </message>
    <message>
        <source>“%1” is over</source>
        <translation>انتهى «%1»</translation>
    </message>
    <message>
        <source>Thank you for taking part.</source>
        <translation>شكرًا لمشاركتكم.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Debrief: %1</source>
        <translation>النقاش الختامي: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>What?</source>
        <translation>ماذا حدث؟</translation>
    </message>
    <message>
        <source>So what?</source>
        <translation>ولماذا يهمّ؟</translation>
    </message>
    <message>
        <source>Now what?</source>
        <translation>وماذا الآن؟</translation>
    </message>
    <message>
        <source>Start Over</source>
        <translation>البدء من جديد</translation>
    </message>
    <message>
        <source>Start “%1” over from the first scene?</source>
        <translation>هل تريدون بدء «%1» من جديد من المشهد الأول؟</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) at this scenario&apos;s decisions in this session.</source>
        <translation>
            <numerusform>%n صوت في قرارات هذا السيناريو في هذه الجلسة.</numerusform>
            <numerusform>%n صوت في قرارات هذا السيناريو في هذه الجلسة.</numerusform>
            <numerusform>%n صوتان في قرارات هذا السيناريو في هذه الجلسة.</numerusform>
            <numerusform>%n أصوات في قرارات هذا السيناريو في هذه الجلسة.</numerusform>
            <numerusform>%n صوتًا في قرارات هذا السيناريو في هذه الجلسة.</numerusform>
            <numerusform>%n صوت في قرارات هذا السيناريو في هذه الجلسة.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are kept: each decision is asked again in the same question, where votes counted by hand are added to them and a phone&apos;s new answer replaces its earlier one. The results and the report count both runs together.</source>
        <translation>تبقى محفوظة: يُطرح كل قرار من جديد في السؤال نفسه، فتُضاف إليها الأصوات المعدودة يدويًا، وتحلّ الإجابة الجديدة من أي هاتف محلّ إجابته السابقة. تحتسب النتائج والتقرير أصوات المرّتين معًا.</translation>
    </message>
    <message>
        <source>&amp;Keep Votes and Start Over</source>
        <translation>الا&amp;حتفاظ بالأصوات والبدء من جديد</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>انتهى</translation>
    </message>
    <message>
        <source>The scenario has ended and the projector says so. Start over to run it again, or choose another scenario from the library.</source>
        <translation>انتهى السيناريو، ويُظهر جهاز العرض ذلك. ابدؤوا من جديد لتشغيله مرة أخرى، أو اختاروا سيناريو آخر من المكتبة.</translation>
    </message>
    <message>
        <source>Thank the people who played the roles and the observers, and give the room a moment before the next part of the workshop.</source>
        <translation>اشكروا من أدّوا الأدوار والمراقبين، وامنحوا القاعة لحظة قبل الجزء التالي من الورشة.</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>النقاش الختامي</translation>
    </message>
    <message>
        <source>Debrief: What? So what? Now what?</source>
        <translation>النقاش الختامي: ماذا حدث؟ ولماذا يهمّ؟ وماذا الآن؟</translation>
    </message>
    <message>
        <source>What? (what happened)</source>
        <translation>ماذا حدث؟ (الوقائع)</translation>
    </message>
    <message>
        <source>So what? (why it matters)</source>
        <translation>ولماذا يهمّ؟ (أهميته)</translation>
    </message>
    <message>
        <source>Now what? (what each of us will do)</source>
        <translation>وماذا الآن؟ (ما سيفعله كلٌّ منا)</translation>
    </message>
    <message>
        <source>Take the three kinds of question in order and give each its own time. Let the room answer before you offer your own view. Invite, never require: anyone may pass.</source>
        <translation>تناولوا الأنواع الثلاثة من الأسئلة بالترتيب وامنحوا كلًّا منها وقته. دعوا القاعة تجيب قبل أن تقدّموا رأيكم. ادعوا ولا تُلزموا: يحق لأي شخص أن يتخطّى.</translation>
    </message>
    <message>
        <source>Debrief timer</source>
        <translation>مؤقّت النقاش الختامي</translation>
    </message>
    <message>
        <source>Scene %1 · Decision point</source>
        <translation>المشهد %1 · نقطة قرار</translation>
    </message>
    <message>
        <source>Scene %1 · Ending</source>
        <translation>المشهد %1 · نهاية</translation>
    </message>
    <message>
        <source>Scene %1</source>
        <translation>المشهد %1</translation>
    </message>
    <message>
        <source>Narration: %1</source>
        <translation>السرد: %1</translation>
    </message>
    <message>
        <source>This is an ending of the scenario. When the room is ready, go on to the debrief.</source>
        <translation>هذه إحدى نهايات السيناريو. حين تكون القاعة جاهزة، انتقلوا إلى النقاش الختامي.</translation>
    </message>
    <message>
        <source>Show on the projector that the scenario is over</source>
        <translation>إظهار انتهاء السيناريو على جهاز العرض</translation>
    </message>
    <message>
        <source>Show the debrief questions on the projector</source>
        <translation>عرض أسئلة النقاش الختامي على جهاز العرض</translation>
    </message>
    <message>
        <source>Show the narration on the projector</source>
        <translation>عرض السرد على جهاز العرض</translation>
    </message>
    <message>
        <source>No audience screen is open.</source>
        <translation>لا توجد شاشة جمهور مفتوحة.</translation>
    </message>
    <message>
        <source>On the projector now.</source>
        <translation>معروض الآن على جهاز العرض.</translation>
    </message>
    <message>
        <source>The projector says that the scenario is over.</source>
        <translation>يُظهر جهاز العرض أن السيناريو انتهى.</translation>
    </message>
    <message>
        <source>the welcome screen</source>
        <translation>شاشة الترحيب</translation>
    </message>
    <message>
        <source>the group&apos;s agreements</source>
        <translation>اتفاقات المجموعة</translation>
    </message>
    <message>
        <source>the narration of “%1”</source>
        <translation>سرد «%1»</translation>
    </message>
    <message>
        <source>a question and its options</source>
        <translation>سؤالًا وخياراته</translation>
    </message>
    <message>
        <source>revealed results</source>
        <translation>النتائج المكشوفة</translation>
    </message>
    <message>
        <source>debrief questions</source>
        <translation>أسئلة النقاش الختامي</translation>
    </message>
    <message>
        <source>how to join from a phone</source>
        <translation>طريقة الانضمام من الهاتف</translation>
    </message>
    <message>
        <source>the request for commitments</source>
        <translation>دعوة إلى الالتزامات</translation>
    </message>
    <message>
        <source>the group&apos;s commitments</source>
        <translation>التزامات المجموعة</translation>
    </message>
    <message>
        <source>The projector shows %1.</source>
        <translation>يعرض جهاز العرض %1.</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>المسار:</translation>
    </message>
    <message>
        <source>Path so far: %1</source>
        <translation>المسار حتى الآن: %1</translation>
    </message>
    <message>
        <source>Content note: %1</source>
        <translation>ملاحظة حول المحتوى: %1</translation>
    </message>
    <message>
        <source>Phones show this note while the role-play is on; anyone can sit it out there</source>
        <translation>تعرض الهواتف هذه الملاحظة طوال لعب الأدوار؛ ويمكن لأي شخص هناك الاعتذار عن المشاركة</translation>
    </message>
    <message>
        <source>Chosen on their phones; only the number is shown, here alone, never on the projector</source>
        <translation>اختاروا ذلك على هواتفهم؛ لا يظهر إلا العدد، هنا فقط، ولا يظهر أبدًا على جهاز العرض</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) sitting this role-play out</source>
        <translation>
            <numerusform>%n شخص يعتذر عن المشاركة في لعب الأدوار هذا</numerusform>
            <numerusform>%n شخص يعتذر عن المشاركة في لعب الأدوار هذا</numerusform>
            <numerusform>%n شخصان يعتذران عن المشاركة في لعب الأدوار هذا</numerusform>
            <numerusform>%n أشخاص يعتذرون عن المشاركة في لعب الأدوار هذا</numerusform>
            <numerusform>%n شخصًا يعتذرون عن المشاركة في لعب الأدوار هذا</numerusform>
            <numerusform>%n شخص يعتذرون عن المشاركة في لعب الأدوار هذا</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenarioStringsCommand</name>
    <message>
        <source>option --ts needs a file name</source>
        <translation>الخيار --ts يتطلب اسم ملف</translation>
    </message>
    <message>
        <source>unknown option %1 for scenario-strings</source>
        <translation>خيار غير معروف %1 للأمر scenario-strings</translation>
    </message>
    <message>
        <source>scenario-strings needs --ts FILE.ts and at least one scenario file</source>
        <translation>يتطلب scenario-strings الخيار --ts FILE.ts وملف سيناريو واحدًا على الأقل</translation>
    </message>
    <message>
        <source>No translation file written: fix the scenario files first.</source>
        <translation>لم يُكتب ملف ترجمة: أصلحوا ملفات السيناريو أولًا.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s), %2 unfinished.</source>
        <translation>
            <numerusform>%1: %n رسالة، منها %2 غير مكتملة.</numerusform>
            <numerusform>%1: %n رسالة، منها %2 غير مكتملة.</numerusform>
            <numerusform>%1: %n رسالتان، منهما %2 غير مكتملة.</numerusform>
            <numerusform>%1: %n رسائل، منها %2 غير مكتملة.</numerusform>
            <numerusform>%1: %n رسالة، منها %2 غير مكتملة.</numerusform>
            <numerusform>%1: %n رسالة، منها %2 غير مكتملة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: upstander scenario-strings --ts FILE.ts SCENARIO...

Writes the translatable texts of the scenarios into the Qt Linguist file
FILE.ts, keeping the translations already made there. The language comes from
the file, or from its name (scenarios_de.ts is German). Nothing is written
while a scenario has errors.

Options:
  --ts FILE.ts   the translation file to create or update
  -h, --help     show this help and exit

Exit codes: 0 written, 1 a scenario or the file could not be read or written,
2 usage error. Translating scenarios: docs/translations.md.
</source>
        <translation>الاستخدام: upstander scenario-strings --ts FILE.ts SCENARIO...

يكتب نصوص السيناريوهات القابلة للترجمة في ملف Qt Linguist
FILE.ts، مع الإبقاء على الترجمات الموجودة فيه. تُؤخذ اللغة من
الملف، أو من اسمه (scenarios_de.ts للألمانية). لا يُكتب شيء
ما دام في أحد السيناريوهات أخطاء.

الخيارات:
  --ts FILE.ts   ملف الترجمة المراد إنشاؤه أو تحديثه
  -h, --help     عرض هذه المساعدة والخروج

رموز الخروج: 0 كُتب الملف، 1 تعذّرت قراءة سيناريو أو قراءة الملف أو كتابته،
2 خطأ في الاستخدام. ترجمة السيناريوهات: docs/translations.md.
</translation>
    </message>
</context>
<context>
    <name>SelfPlacementPanel</name>
    <message>
        <source>Phase</source>
        <translation>التوقيت</translation>
    </message>
    <message>
        <source>Ph&amp;ase:</source>
        <translation>التو&amp;قيت:</translation>
    </message>
    <message>
        <source>Tally: the group stands on a line</source>
        <translation>العدّ اليدوي: تقف المجموعة على خط</translation>
    </message>
    <message>
        <source>Hot seat: the laptop goes round</source>
        <translation>الكرسي الساخن: يدور الحاسوب على الحاضرين</translation>
    </message>
    <message>
        <source>&amp;Collect by:</source>
        <translation>&amp;طريقة الجمع:</translation>
    </message>
    <message>
        <source>How answers are collected</source>
        <translation>طريقة جمع الإجابات</translation>
    </message>
    <message>
        <source>Show &amp;Question on Projector</source>
        <translation>&amp;إظهار السؤال على جهاز العرض</translation>
    </message>
    <message>
        <source>Count the people standing at each stage. Press 1–5 to add one; press − and then a number to take one away; Ctrl+Z undoes.</source>
        <translation>عدّوا الأشخاص الواقفين عند كل مرحلة. اضغطوا 1–5 لإضافة واحد؛ واضغطوا − ثم رقمًا لطرح واحد؛ ويتراجع Ctrl+Z عن آخر خطوة.</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Next number takes one away</source>
        <translation>الرقم التالي يطرح واحدًا</translation>
    </message>
    <message>
        <source>The laptop goes round the room and each person places themselves. &quot;Hand Over&quot; locks the console to a screen with only the question, the five stages and &quot;Pass&quot;: no tabs, notes, results or undo. Unlock it with %1 to take the laptop back; then Ctrl+Z takes back the last answer.</source>
        <translation>يدور الحاسوب في القاعة ويحدّد كل شخص موقعه. يقفل &quot;تسليم الحاسوب&quot; لوحة التحكم على شاشة لا تعرض إلا السؤال والمراحل الخمس و&quot;تخطٍّ&quot;: لا تبويبات ولا ملاحظات ولا نتائج ولا تراجع. افتحوا القفل بـ %1 لاستعادة الحاسوب؛ ثم يتراجع Ctrl+Z عن آخر إجابة.</translation>
    </message>
    <message>
        <source>Hand &amp;Over the Laptop</source>
        <translation>&amp;تسليم الحاسوب</translation>
    </message>
    <message>
        <source>Hot Seat</source>
        <translation>الكرسي الساخن</translation>
    </message>
    <message>
        <source>The results of this question are shown, so it takes no more answers. Hide the results to go on collecting.</source>
        <translation>نتائج هذا السؤال معروضة، لذا لا يقبل مزيدًا من الإجابات. أخفوا النتائج لمواصلة الجمع.</translation>
    </message>
    <message>
        <source>Self-Placement</source>
        <translation>التموضع الذاتي</translation>
    </message>
    <message>
        <source>The question could not be saved: %1</source>
        <translation>تعذّر حفظ السؤال: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) already answered this question one by one or on a phone. Hands counted now are added to them, so only people who have not answered yet may be counted. Count hands as well?</source>
        <translation>
            <numerusform>أجاب %n شخص عن هذا السؤال واحدًا تلو الآخر أو من الهاتف. تُضاف الأيدي المعدودة الآن إليهم، لذا لا يُعدّ إلا من لم يُجب بعد. هل تريدون عدّ الأيدي أيضًا؟</numerusform>
            <numerusform>أجاب %n شخص عن هذا السؤال واحدًا تلو الآخر أو من الهاتف. تُضاف الأيدي المعدودة الآن إليه، لذا لا يُعدّ إلا من لم يُجب بعد. هل تريدون عدّ الأيدي أيضًا؟</numerusform>
            <numerusform>أجاب %n شخصان عن هذا السؤال واحدًا تلو الآخر أو من الهاتف. تُضاف الأيدي المعدودة الآن إليهما، لذا لا يُعدّ إلا من لم يُجب بعد. هل تريدون عدّ الأيدي أيضًا؟</numerusform>
            <numerusform>أجاب %n أشخاص عن هذا السؤال واحدًا تلو الآخر أو من الهاتف. تُضاف الأيدي المعدودة الآن إليهم، لذا لا يُعدّ إلا من لم يُجب بعد. هل تريدون عدّ الأيدي أيضًا؟</numerusform>
            <numerusform>أجاب %n شخصًا عن هذا السؤال واحدًا تلو الآخر أو من الهاتف. تُضاف الأيدي المعدودة الآن إليهم، لذا لا يُعدّ إلا من لم يُجب بعد. هل تريدون عدّ الأيدي أيضًا؟</numerusform>
            <numerusform>أجاب %n شخص عن هذا السؤال واحدًا تلو الآخر أو من الهاتف. تُضاف الأيدي المعدودة الآن إليهم، لذا لا يُعدّ إلا من لم يُجب بعد. هل تريدون عدّ الأيدي أيضًا؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) were already counted by hand for this question. Answers given now are added to them, so only people who were not counted may answer. Take answers one by one as well?</source>
        <translation>
            <numerusform>عُدّ %n شخص يدويًا في هذا السؤال. تُضاف الإجابات المقدّمة الآن إليهم، لذا لا يجيب إلا من لم يُعدّ. هل تريدون جمع الإجابات واحدًا تلو الآخر أيضًا؟</numerusform>
            <numerusform>عُدّ %n شخص يدويًا في هذا السؤال. تُضاف الإجابات المقدّمة الآن إليه، لذا لا يجيب إلا من لم يُعدّ. هل تريدون جمع الإجابات واحدًا تلو الآخر أيضًا؟</numerusform>
            <numerusform>عُدّ %n شخصان يدويًا في هذا السؤال. تُضاف الإجابات المقدّمة الآن إليهما، لذا لا يجيب إلا من لم يُعدّ. هل تريدون جمع الإجابات واحدًا تلو الآخر أيضًا؟</numerusform>
            <numerusform>عُدّ %n أشخاص يدويًا في هذا السؤال. تُضاف الإجابات المقدّمة الآن إليهم، لذا لا يجيب إلا من لم يُعدّ. هل تريدون جمع الإجابات واحدًا تلو الآخر أيضًا؟</numerusform>
            <numerusform>عُدّ %n شخصًا يدويًا في هذا السؤال. تُضاف الإجابات المقدّمة الآن إليهم، لذا لا يجيب إلا من لم يُعدّ. هل تريدون جمع الإجابات واحدًا تلو الآخر أيضًا؟</numerusform>
            <numerusform>عُدّ %n شخص يدويًا في هذا السؤال. تُضاف الإجابات المقدّمة الآن إليهم، لذا لا يجيب إلا من لم يُعدّ. هل تريدون جمع الإجابات واحدًا تلو الآخر أيضًا؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Count both ways?</source>
        <translation>الجمع بالطريقتين؟</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>كشف</translation>
    </message>
    <message>
        <source>The results could not be shown or hidden.</source>
        <translation>تعذّر إظهار النتائج أو إخفاؤها.</translation>
    </message>
    <message>
        <source>Where the group stands: %1</source>
        <translation>موقع المجموعة: %1</translation>
    </message>
    <message>
        <source>&amp;%1  %2</source>
        <translation>&amp;%1  %2</translation>
    </message>
    <message>
        <source>Add one to %1</source>
        <translation>إضافة واحد إلى %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n person(s)</source>
        <translation>
            <numerusform>%1: %n شخص</numerusform>
            <numerusform>%1: %n شخص</numerusform>
            <numerusform>%1: %n شخصان</numerusform>
            <numerusform>%1: %n أشخاص</numerusform>
            <numerusform>%1: %n شخصًا</numerusform>
            <numerusform>%1: %n شخص</numerusform>
        </translation>
    </message>
    <message>
        <source>Take one from %1</source>
        <translation>طرح واحد من %1</translation>
    </message>
    <message>
        <source>Where are you today? Tap the stage that fits you best, or press its number. Nobody sees your answer.</source>
        <translation>أين موقعكم اليوم؟ المسوا المرحلة التي تناسبكم أكثر، أو اضغطوا رقمها. لا أحد يرى إجابتكم.</translation>
    </message>
    <message>
        <source>Counted: %1</source>
        <translation>المعدود: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) answered one by one or from phones</source>
        <translation>
            <numerusform>أجاب %n شخص واحدًا تلو الآخر أو من الهواتف</numerusform>
            <numerusform>أجاب %n شخص واحدًا تلو الآخر أو من الهواتف</numerusform>
            <numerusform>أجاب %n شخصان واحدًا تلو الآخر أو من الهواتف</numerusform>
            <numerusform>أجاب %n أشخاص واحدًا تلو الآخر أو من الهواتف</numerusform>
            <numerusform>أجاب %n شخصًا واحدًا تلو الآخر أو من الهواتف</numerusform>
            <numerusform>أجاب %n شخص واحدًا تلو الآخر أو من الهواتف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in all · counted by hand: %1 · answered one by one or from phones: %2</source>
        <translation>
            <numerusform>%n شخص إجمالًا · بالعدّ اليدوي: %1 · أجابوا واحدًا تلو الآخر أو من الهواتف: %2</numerusform>
            <numerusform>%n شخص إجمالًا · بالعدّ اليدوي: %1 · أجابوا واحدًا تلو الآخر أو من الهواتف: %2</numerusform>
            <numerusform>%n شخصان إجمالًا · بالعدّ اليدوي: %1 · أجابوا واحدًا تلو الآخر أو من الهواتف: %2</numerusform>
            <numerusform>%n أشخاص إجمالًا · بالعدّ اليدوي: %1 · أجابوا واحدًا تلو الآخر أو من الهواتف: %2</numerusform>
            <numerusform>%n شخصًا إجمالًا · بالعدّ اليدوي: %1 · أجابوا واحدًا تلو الآخر أو من الهواتف: %2</numerusform>
            <numerusform>%n شخص إجمالًا · بالعدّ اليدوي: %1 · أجابوا واحدًا تلو الآخر أو من الهواتف: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The results are shown, so no more answers are counted. &quot;Hide Results&quot; or &quot;Show Question on Projector&quot; asks the question again.</source>
        <translation>النتائج معروضة، لذا لم تعد الإجابات تُحتسب. يعيد &quot;إخفاء النتائج&quot; أو &quot;عرض السؤال على جهاز العرض&quot; طرح السؤال.</translation>
    </message>
    <message>
        <source>Hide Res&amp;ults</source>
        <translation>إ&amp;خفاء النتائج</translation>
    </message>
    <message>
        <source>Reveal Res&amp;ults</source>
        <translation>&amp;كشف النتائج</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>متابعة</translation>
    </message>
</context>
<context>
    <name>SessionCharts</name>
    <message>
        <source>Where the group stands</source>
        <translation>موقع المجموعة</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>قبل وبعد</translation>
    </message>
    <message>
        <source>How people see themselves and what they chose</source>
        <translation>كيف يرى الأشخاص أنفسهم وماذا اختاروا</translation>
    </message>
    <message>
        <source>Votes at a decision</source>
        <translation>الأصوات في قرار</translation>
    </message>
    <message>
        <source>Cohort trend</source>
        <translation>اتجاه الدفعة</translation>
    </message>
    <message>
        <source>On average, people place themselves where their choices are.</source>
        <translation>في المتوسط، يضع الأشخاص أنفسهم حيث تقع اختياراتهم.</translation>
    </message>
    <message>
        <source>On average, people place themselves %1 stages further along than their choices.</source>
        <translation>في المتوسط، يضع الأشخاص أنفسهم متقدّمين بمقدار %1 مرحلة على اختياراتهم.</translation>
    </message>
    <message>
        <source>On average, people place themselves %1 stages behind their choices.</source>
        <translation>في المتوسط، يضع الأشخاص أنفسهم متأخّرين بمقدار %1 مرحلة عن اختياراتهم.</translation>
    </message>
    <message>
        <source>Where people place themselves</source>
        <translation>أين يضع الأشخاص أنفسهم</translation>
    </message>
    <message>
        <source>The stages of their choices</source>
        <translation>مراحل اختياراتهم</translation>
    </message>
    <message>
        <source>Where the group stands: %1</source>
        <translation>موقع المجموعة: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>لا يوجد قرار بعد</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>New Session</source>
        <translation>جلسة جديدة</translation>
    </message>
    <message>
        <source>Session Settings</source>
        <translation>إعدادات الجلسة</translation>
    </message>
    <message>
        <source>e.g. Leadership team, spring workshop</source>
        <translation>مثلًا: فريق القيادة، ورشة الربيع</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;العنوان:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>ا&amp;لتاريخ:</translation>
    </message>
    <message>
        <source>optional; the same name links a later follow-up</source>
        <translation>اختياري؛ الاسم نفسه يربط جلسة متابعة لاحقة</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>الد&amp;فعة:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;اللغة:</translation>
    </message>
    <message>
        <source> answers</source>
        <translation> إجابات</translation>
    </message>
    <message>
        <source>&amp;Show results from:</source>
        <translation>&amp;إظهار النتائج ابتداءً من:</translation>
    </message>
    <message>
        <source>No result, chart or commitment is shown or exported while it rests on fewer answers than this, so nobody can be singled out.</source>
        <translation>لا تُعرض أي نتيجة أو مخطط أو التزام ولا تُصدَّر ما دامت قائمة على عدد من الإجابات أقل من هذا، حتى لا يمكن تمييز أي شخص.</translation>
    </message>
    <message>
        <source>Name for stage %1, %2</source>
        <translation>اسم المرحلة %1، %2</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Leave a field empty to use the standard name. The order and colours of the stages stay the same.</source>
        <translation>اتركوا الحقل فارغًا لاستخدام الاسم المعتاد. يبقى ترتيب المراحل وألوانها كما هي.</translation>
    </message>
    <message>
        <source>Stage na&amp;mes</source>
        <translation>&amp;أسماء المراحل</translation>
    </message>
    <message>
        <source>As the room will see it, e.g. Sam Okafor</source>
        <translation>كما سيراه الحاضرون، مثلًا: سام أوكافور</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>ا&amp;سمكم:</translation>
    </message>
    <message>
        <source>One item per line, e.g. 9:30 Where we stand</source>
        <translation>بند واحد في كل سطر، مثلًا: 9:30 أين نقف</translation>
    </message>
    <message>
        <source>A&amp;genda:</source>
        <translation>&amp;جدول الأعمال:</translation>
    </message>
    <message>
        <source>One agreement per line</source>
        <translation>اتفاق واحد في كل سطر</translation>
    </message>
    <message>
        <source>Our &amp;agreements:</source>
        <translation>اتفا&amp;قاتنا:</translation>
    </message>
    <message>
        <source>Shown on the projector when the session opens, and again with View ▸ Projector: Welcome Screen.</source>
        <translation>تُعرض على جهاز العرض عند فتح الجلسة، ومرة أخرى من عرض ◂ جهاز العرض: شاشة الترحيب.</translation>
    </message>
    <message>
        <source>&amp;Welcome screen</source>
        <translation>شاشة التر&amp;حيب</translation>
    </message>
    <message>
        <source>Start Session</source>
        <translation>بدء الجلسة</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>An earlier cohort: this session joins its trend.</source>
        <translation>دفعة سابقة: تنضم هذه الجلسة إلى اتجاهها.</translation>
    </message>
    <message>
        <source>Saved as “%1”, the earlier cohort: this session joins its trend.</source>
        <translation>حُفظت باسم «%1»، الدفعة السابقة: تنضم هذه الجلسة إلى اتجاهها.</translation>
    </message>
    <message>
        <source>A new cohort: later sessions with the same name are compared with it.</source>
        <translation>دفعة جديدة: ستُقارن بها الجلسات اللاحقة التي تحمل الاسم نفسه.</translation>
    </message>
    <message>
        <source>A new cohort. Did you mean “%1”? A different spelling starts a separate trend.</source>
        <translation>دفعة جديدة. هل تقصدون «%1»؟ أي اختلاف في الكتابة يبدأ اتجاهًا منفصلًا.</translation>
    </message>
</context>
<context>
    <name>SessionModel</name>
    <message>
        <source>No session is open.</source>
        <translation>لا توجد جلسة مفتوحة.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <source>There is no session %1.</source>
        <translation>لا توجد جلسة %1.</translation>
    </message>
    <message>
        <source>The commitment is empty.</source>
        <translation>الالتزام فارغ.</translation>
    </message>
    <message>
        <source>A commitment has at most %1 characters; this one has %2.</source>
        <translation>لا يتجاوز الالتزام %1 حرفًا؛ وهذا فيه %2.</translation>
    </message>
    <message>
        <source>The commitment is no longer there.</source>
        <translation>لم يعد الالتزام موجودًا.</translation>
    </message>
    <message>
        <source>Answers are recorded in this question, so it stays.</source>
        <translation>سُجّلت إجابات في هذا السؤال، لذا يبقى.</translation>
    </message>
    <message>
        <source>The question is empty.</source>
        <translation>السؤال فارغ.</translation>
    </message>
    <message>
        <source>A question has at most %1 characters.</source>
        <translation>لا يتجاوز السؤال %1 حرفًا.</translation>
    </message>
    <message>
        <source>The question contains control characters.</source>
        <translation>يحتوي السؤال على أحرف تحكّم.</translation>
    </message>
</context>
<context>
    <name>SessionReport</name>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (تتمة)</translation>
    </message>
    <message>
        <source>Fewer than %1 people answered, so this chart is not shown.</source>
        <translation>أجاب أقل من %1 أشخاص، لذا لا يُعرض هذا المخطط.</translation>
    </message>
    <message>
        <source>Where the group stood before the scenarios</source>
        <translation>موقع المجموعة قبل السيناريوهات</translation>
    </message>
    <message>
        <source>Where people place themselves on the spectrum, against the stages of the options they chose in the scenarios.</source>
        <translation>أين يضع الأشخاص أنفسهم على الطيف، مقارنةً بمراحل الخيارات التي اختاروها في السيناريوهات.</translation>
    </message>
    <message>
        <source>Report made %1 with Upstander.</source>
        <translation>أُعدّ التقرير في %1 باستخدام Upstander.</translation>
    </message>
    <message>
        <source>Cohort: %1</source>
        <translation>الدفعة: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخّص</translation>
    </message>
    <message>
        <source>Where people stood.</source>
        <translation>أين وقف الأشخاص.</translation>
    </message>
    <message>
        <source>Self-view and choices.</source>
        <translation>الرؤية الذاتية والاختيارات.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>القرارات</translation>
    </message>
    <message>
        <source>Fewer than %1 people chose an option here, so the votes are not shown.</source>
        <translation>اختار أقل من %1 أشخاص خيارًا هنا، لذا لا تُعرض الأصوات.</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>الخيار</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>الأصوات</translation>
    </message>
    <message>
        <source>Debrief questions</source>
        <translation>أسئلة النقاش الختامي</translation>
    </message>
    <message>
        <source>What?</source>
        <translation>ماذا حدث؟</translation>
    </message>
    <message>
        <source>So what?</source>
        <translation>ولماذا يهمّ؟</translation>
    </message>
    <message>
        <source>Now what?</source>
        <translation>وماذا الآن؟</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>الالتزامات</translation>
    </message>
    <message>
        <source>Commitments are listed once at least %1 people have written one.</source>
        <translation>تُدرج الالتزامات حين يكتب %1 أشخاص على الأقل التزامًا.</translation>
    </message>
    <message>
        <source>The next step from each stage</source>
        <translation>الخطوة التالية من كل مرحلة</translation>
    </message>
    <message>
        <source>Cannot start drawing the report.</source>
        <translation>يتعذّر بدء رسم التقرير.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>التقرير: %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>أُلغي التصدير.</translation>
    </message>
    <message>
        <source>Commitments kept.</source>
        <translation>الوفاء بالالتزامات.</translation>
    </message>
    <message>
        <source>Did people do what they committed to?</source>
        <translation>هل نفّذ المشاركون ما التزموا به؟</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>Did it</source>
        <translation>نسبة الوفاء</translation>
    </message>
    <message>
        <source>Of the people who had made a commitment and answered the check-in of a follow-up.</source>
        <translation>من بين الأشخاص الذين قطعوا التزامًا وأجابوا عن سؤال الوفاء بالالتزامات في جلسة متابعة.</translation>
    </message>
</context>
<context>
    <name>SessionRules</name>
    <message>
        <source>Where are you today?</source>
        <translation>أين موقعكم اليوم؟</translation>
    </message>
    <message>
        <source>Where are you now, after the scenarios?</source>
        <translation>أين موقعكم الآن، بعد السيناريوهات؟</translation>
    </message>
    <message>
        <source>Where are you now, weeks later?</source>
        <translation>أين موقعكم الآن، بعد أسابيع؟</translation>
    </message>
    <message>
        <source>Own what you intend and what it does: if something lands badly, listen first.</source>
        <translation>تحمّلوا مسؤولية ما تقصدونه وما يُحدثه: إن وقع كلامكم وقعًا سيئًا، فاستمعوا أولًا.</translation>
    </message>
    <message>
        <source>Challenge by choice: take part as far as feels right; passing is always fine.</source>
        <translation>المشاركة بالاختيار: شاركوا بالقدر الذي يناسبكم؛ والتخطّي مقبول دائمًا.</translation>
    </message>
    <message>
        <source>Question ideas, never attack people.</source>
        <translation>ناقشوا الأفكار، ولا تهاجموا الأشخاص أبدًا.</translation>
    </message>
    <message>
        <source>Stories told here stay here; what we learn leaves with us.</source>
        <translation>القصص التي تُروى هنا تبقى هنا؛ وما نتعلّمه يخرج معنا.</translation>
    </message>
    <message>
        <source>There is no question %1 in this session.</source>
        <translation>لا يوجد السؤال %1 في هذه الجلسة.</translation>
    </message>
    <message>
        <source>This question is not one to choose an option in.</source>
        <translation>هذا السؤال ليس من الأسئلة التي يُختار فيها خيار.</translation>
    </message>
    <message>
        <source>This question is closed.</source>
        <translation>هذا السؤال مغلق.</translation>
    </message>
    <message>
        <source>The participant token is missing or too long.</source>
        <translation>رمز المشارك مفقود أو أطول من اللازم.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of this question&apos;s choices.</source>
        <translation>&quot;%1&quot; ليس من خيارات هذا السؤال.</translation>
    </message>
    <message>
        <source>This participant sits out the role-play question %1 belongs to.</source>
        <translation>يعتذر هذا المشارك عن المشاركة في لعب الأدوار الذي يتضمن السؤال %1.</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>متابعة: %1</translation>
    </message>
    <message>
        <source>Did you do what you committed to?</source>
        <translation>هل نفّذتم ما التزمتم به؟</translation>
    </message>
    <message>
        <source>Yes, I did</source>
        <translation>نعم، نفّذته</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>جزئيًا</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <source>I did not make a commitment</source>
        <translation>لم أقطع أي التزام</translation>
    </message>
</context>
<context>
    <name>SessionStore</name>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation>يتعذّر إنشاء مجلد البيانات %1.</translation>
    </message>
    <message>
        <source>The data folder %1 is read-only. Upstander keeps every answer there and will not run without saving them; choose another folder with --data-dir.</source>
        <translation>مجلد البيانات %1 للقراءة فقط. يحفظ Upstander كل إجابة فيه ولن يعمل دون حفظها؛ اختاروا مجلدًا آخر بالخيار --data-dir.</translation>
    </message>
    <message>
        <source>%1 is not an Upstander database (it may be damaged). It was left unchanged; move it aside to start a new one.</source>
        <translation>%1 ليس قاعدة بيانات Upstander (ربما تكون تالفة). تُركت دون تغيير؛ انقلوها إلى مكان آخر لبدء قاعدة جديدة.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>يتعذّر فتح قاعدة البيانات %1: %2</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). It was left unchanged; move it aside to start a new one.</source>
        <translation>قاعدة البيانات %1 تالفة (%2). تُركت دون تغيير؛ انقلوها إلى مكان آخر لبدء قاعدة جديدة.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The database %1 cannot be set up: %2</source>
        <translation>تتعذّر تهيئة قاعدة البيانات %1: %2</translation>
    </message>
    <message>
        <source>Earlier answers are not saved yet; try again.</source>
        <translation>لم تُحفظ الإجابات السابقة بعد؛ حاولوا مجددًا.</translation>
    </message>
    <message>
        <source>There is no session %1.</source>
        <translation>لا توجد جلسة %1.</translation>
    </message>
    <message>
        <source>The commitment is no longer stored.</source>
        <translation>لم يعد الالتزام محفوظًا.</translation>
    </message>
    <message>
        <source>Question %1 is not there, or answers are recorded in it.</source>
        <translation>السؤال %1 غير موجود، أو سُجّلت فيه إجابات.</translation>
    </message>
    <message>
        <source>Session %1 cannot be put back: %2</source>
        <translation>تعذّرت استعادة الجلسة %1: %2</translation>
    </message>
    <message>
        <source>Session %1 is back already.</source>
        <translation>الجلسة %1 مستعادة بالفعل.</translation>
    </message>
</context>
<context>
    <name>SetGroupChoiceCommand</name>
    <message>
        <source>Clear the group&apos;s choice</source>
        <translation>مسح اختيار المجموعة</translation>
    </message>
    <message>
        <source>The group chooses &quot;%1&quot;</source>
        <translation>المجموعة تختار &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>One row per command: where it is, what it does, its keys</source>
        <translation>صف واحد لكل أمر: مكانه، وما يفعله، ومفاتيحه</translation>
    </message>
</context>
<context>
    <name>Spectrum</name>
    <message>
        <source>Bystander</source>
        <translation>متفرّج</translation>
    </message>
    <message>
        <source>Sees the unfairness happen and stays out of it.</source>
        <translation>يرى الظلم يحدث ويبقى بعيدًا عنه.</translation>
    </message>
    <message>
        <source>The bystander is in the room when someone is excluded or demeaned and lets it pass. Rarely out of ill will: more often they are unsure what to say, uncomfortable, or quietly weighing the cost of speaking against the ease of silence. Most of us stand here more often than we would like to think; what is missing is skill, confidence and a culture that backs them up.</source>
        <translation>يكون المتفرّج حاضرًا حين يُقصى أحدهم أو يُستخفّ به، فيترك الأمر يمرّ. ونادرًا ما يكون ذلك عن سوء نية: فغالبًا لا يعرف ماذا يقول، أو يشعر بالحرج، أو يوازن في صمت بين كلفة الكلام وسهولة السكوت. يقف أكثرنا في هذا الموقع أكثر مما نحب أن نعترف؛ وما ينقصنا هو المهارة والثقة وثقافة تساندنا.</translation>
    </message>
    <message>
        <source>Looks away or changes the subject when a remark lands badly</source>
        <translation>يشيح بنظره أو يغيّر الموضوع حين يقع تعليق وقعًا سيئًا</translation>
    </message>
    <message>
        <source>Waits for someone more senior to deal with it</source>
        <translation>ينتظر أن يتولّى الأمر شخص أعلى منصبًا</translation>
    </message>
    <message>
        <source>Tells themselves it was only a joke, or not their business</source>
        <translation>يقول لنفسه إنها مجرد مزحة، أو إن الأمر لا يعنيه</translation>
    </message>
    <message>
        <source>A colleague is talked over twice; the bystander notices, feels uneasy and moves on to the next agenda item.</source>
        <translation>يُقاطَع زميل مرتين؛ يلاحظ المتفرّج ذلك ويشعر بالانزعاج، ثم ينتقل إلى البند التالي في جدول الأعمال.</translation>
    </message>
    <message>
        <source>Notice: pay deliberate attention to who speaks, who is interrupted and who is missing. Seeing the pattern is the first move.</source>
        <translation>لاحظوا: انتبهوا عن قصد إلى من يتكلّم ومن يُقاطَع ومن هو غائب. رؤية النمط هي الخطوة الأولى.</translation>
    </message>
    <message>
        <source>Passive supporter</source>
        <translation>مؤيّد صامت</translation>
    </message>
    <message>
        <source>Agrees with inclusion when asked, but never starts anything.</source>
        <translation>يؤيّد الشمول حين يُسأل، لكنه لا يبادر بشيء أبدًا.</translation>
    </message>
    <message>
        <source>The passive supporter means it: they back the right policies, sit through the training and agree when the topic comes up. Their support is sincere but stays in reserve. It is never spent in the moment that would change something, so the people it is meant for never feel it.</source>
        <translation>المؤيّد الصامت صادق في موقفه: يدعم السياسات الصحيحة، ويحضر التدريبات، ويوافق حين يُطرح الموضوع. دعمه حقيقي لكنه يبقى محفوظًا في الاحتياط، لا يُبذل أبدًا في اللحظة التي قد تغيّر شيئًا، فلا يشعر به من وُجد من أجلهم.</translation>
    </message>
    <message>
        <source>Agrees in private after the meeting that something was unfair</source>
        <translation>يوافق على انفراد بعد الاجتماع على أن ما حدث كان ظلمًا</translation>
    </message>
    <message>
        <source>Votes for inclusive policies but does not raise them</source>
        <translation>يصوّت لصالح سياسات الشمول لكنه لا يطرحها</translation>
    </message>
    <message>
        <source>Attends training and events, then returns to business as usual</source>
        <translation>يحضر التدريبات والفعاليات، ثم يعود إلى ما اعتاده</translation>
    </message>
    <message>
        <source>Nods when someone else challenges a biased comment, and says afterwards in the corridor that they were right.</source>
        <translation>يومئ برأسه حين يعترض شخص آخر على تعليق متحيّز، ثم يقول له في الممر إنه كان على حق.</translation>
    </message>
    <message>
        <source>Name it: say something in the moment, specifically. It does not need to be perfect; silence costs more than an imperfect sentence.</source>
        <translation>سمّوا الأمر: قولوا شيئًا محدّدًا في اللحظة نفسها. لا يلزم أن يكون كاملًا؛ فالصمت أكثر كلفة من جملة غير متقنة.</translation>
    </message>
    <message>
        <source>Performative ally</source>
        <translation>حليف ظاهري</translation>
    </message>
    <message>
        <source>Visible in public, absent where it counts.</source>
        <translation>حاضر أمام الناس، غائب حيث يهمّ الأمر.</translation>
    </message>
    <message>
        <source>The performative ally posts, shares and speaks up where it is seen: at the awareness event, on social media, in the all-hands. When the hard, quiet work comes (the budget, the policy, the awkward conversation) they are elsewhere. Their support mostly serves their own reputation, and the people it claims to help can tell.</source>
        <translation>ينشر الحليف الظاهري ويشارك ويتحدّث حيث يراه الناس: في فعاليات التوعية، وعلى وسائل التواصل الاجتماعي، وفي الاجتماعات العامة. وحين يأتي العمل الشاق الهادئ (الميزانية، والسياسة، والمحادثة المحرجة) يكون في مكان آخر. يخدم دعمه في الغالب سمعته هو، ويدرك ذلك من يزعم أنه يساعدهم.</translation>
    </message>
    <message>
        <source>Shares the campaign post, skips the policy review</source>
        <translation>يشارك منشور الحملة، ويتغيّب عن مراجعة السياسة</translation>
    </message>
    <message>
        <source>Speaks about inclusion on stage, not in the hiring panel</source>
        <translation>يتحدّث عن الشمول على المنصة، لا في لجنة التوظيف</translation>
    </message>
    <message>
        <source>Expects thanks or visibility for acts of support</source>
        <translation>ينتظر الشكر أو الظهور مقابل أفعال الدعم</translation>
    </message>
    <message>
        <source>Opens the meeting with a statement about valuing every voice, then lets the same two people talk for an hour.</source>
        <translation>يفتتح الاجتماع بكلمة عن تقدير كل صوت، ثم يترك الشخصين أنفسهما يتحدّثان ساعة كاملة.</translation>
    </message>
    <message>
        <source>Move the effort from being seen to changing something: pick one action no one will applaud and do it consistently.</source>
        <translation>انقلوا جهدكم من أن تُرَوا إلى أن تغيّروا شيئًا: اختاروا خطوة واحدة لن يصفّق لها أحد، وواظبوا عليها.</translation>
    </message>
    <message>
        <source>Active ally</source>
        <translation>حليف فاعل</translation>
    </message>
    <message>
        <source>Steps in when it happens, without waiting for applause.</source>
        <translation>يتدخّل حين يحدث الأمر، دون انتظار التصفيق.</translation>
    </message>
    <message>
        <source>The active ally acts in real time. They speak up when something is wrong rather than when it is safe, make sure ideas are credited to the person who had them, and notice who is being left out of the conversation and make room for them. It shows in behaviour, again and again, not in announcements.</source>
        <translation>يتصرّف الحليف الفاعل في اللحظة نفسها. يتكلّم حين يكون هناك خطأ لا حين يكون الكلام آمنًا، ويحرص على أن تُنسب الأفكار إلى أصحابها، ويلاحظ من يُستبعد من الحديث فيفسح له المجال. يظهر ذلك في سلوكه مرة بعد مرة، لا في التصريحات.</translation>
    </message>
    <message>
        <source>Brings an overlooked idea back and names whose it was</source>
        <translation>يعيد طرح فكرة جرى تجاهلها ويذكر صاحبها</translation>
    </message>
    <message>
        <source>Interrupts a demeaning joke by pointing to its impact</source>
        <translation>يوقف نكتة مهينة بالإشارة إلى أثرها</translation>
    </message>
    <message>
        <source>Corrects a mispronounced name or a wrong pronoun, calmly</source>
        <translation>يصحّح بهدوء اسمًا نُطق خطأً أو ضميرًا غير صحيح</translation>
    </message>
    <message>
        <source>Asks the person affected what support they actually want</source>
        <translation>يسأل الشخص المعنيّ عن الدعم الذي يريده فعلًا</translation>
    </message>
    <message>
        <source>&quot;Before we move on, I&apos;d like to hear the end of Lina&apos;s point.&quot;</source>
        <translation>&quot;قبل أن ننتقل، أودّ أن أسمع بقية فكرة لينا.&quot;</translation>
    </message>
    <message>
        <source>Use what you have: your seniority, network, credibility or platform can change processes, not only moments.</source>
        <translation>استخدموا ما لديكم: مناصبكم أو شبكات علاقاتكم أو مصداقيتكم أو منابركم يمكن أن تغيّر الإجراءات، لا اللحظات وحدها.</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>مناصر</translation>
    </message>
    <message>
        <source>Uses their power to change the system, watched or not.</source>
        <translation>يستخدم نفوذه لتغيير النظام، سواء رآه أحد أم لا.</translation>
    </message>
    <message>
        <source>The advocate goes beyond the single incident to the process that keeps producing it. They use positional or social power to open doors, question criteria and challenge decisions that keep inequity in place, whether or not anyone is looking. They keep the focus on the people affected, not on themselves, and treat it as lifelong practice rather than a box ticked.</source>
        <translation>يتجاوز المناصر الحادثة الفردية إلى الإجراء الذي ما زال ينتجها. يستخدم نفوذه الوظيفي أو الاجتماعي ليفتح الأبواب، ويسائل المعايير، ويعترض على القرارات التي تُبقي عدم المساواة قائمًا، سواء كان أحد ينظر أم لا. يُبقي التركيز على الأشخاص المعنيّين لا على نفسه، ويتعامل مع الأمر بوصفه ممارسة مدى الحياة لا مهمة يؤشّر عليها وينتهي.</translation>
    </message>
    <message>
        <source>Asks what the promotion criteria actually measure</source>
        <translation>يسأل عمّا تقيسه معايير الترقية فعلًا</translation>
    </message>
    <message>
        <source>Secures budget and executive access for a resource group</source>
        <translation>يؤمّن ميزانية ووصولًا إلى الإدارة العليا لمجموعة موارد</translation>
    </message>
    <message>
        <source>Brings people into rooms and client meetings they are kept out of</source>
        <translation>يُدخل أشخاصًا إلى قاعات واجتماعات مع العملاء يُستبعدون منها</translation>
    </message>
    <message>
        <source>Pushes for pay and promotion data to be examined and published</source>
        <translation>يدفع نحو فحص بيانات الأجور والترقيات ونشرها</translation>
    </message>
    <message>
        <source>&quot;Who affected by this decision is not in this room, and how do we hear from them before we sign it off?&quot;</source>
        <translation>&quot;مَن مِن المتأثرين بهذا القرار ليس موجودًا في هذه القاعة، وكيف نسمع منهم قبل أن نعتمده؟&quot;</translation>
    </message>
    <message>
        <source>Keep going and bring others with you: make active allyship the norm in your team rather than the exception.</source>
        <translation>واصلوا واصطحبوا الآخرين معكم: اجعلوا التضامن الفاعل هو القاعدة في فريقكم لا الاستثناء.</translation>
    </message>
</context>
<context>
    <name>StageChip</name>
    <message>
        <source>Stage: %1</source>
        <translation>المرحلة: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>StageComparisonChart</name>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Share of the group (%)</source>
        <translation>نسبة المجموعة (%)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>StageComparisonModel</name>
    <message numerus="yes">
        <source>%1: %n choices</source>
        <translation>
            <numerusform>%1: %n اختيار</numerusform>
            <numerusform>%1: %n اختيار</numerusform>
            <numerusform>%1: %n اختياران</numerusform>
            <numerusform>%1: %n اختيارات</numerusform>
            <numerusform>%1: %n اختيارًا</numerusform>
            <numerusform>%1: %n اختيار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n people</source>
        <translation>
            <numerusform>%1: %n شخص</numerusform>
            <numerusform>%1: %n شخص</numerusform>
            <numerusform>%1: %n شخصان</numerusform>
            <numerusform>%1: %n أشخاص</numerusform>
            <numerusform>%1: %n شخصًا</numerusform>
            <numerusform>%1: %n شخص</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StarterActions</name>
    <message>
        <source>Learn about an experience unlike mine from a book, article or podcast, without asking a colleague to teach me</source>
        <translation>التعرّف على تجربة مختلفة عن تجربتي من كتاب أو مقال أو بودكاست، دون أن أطلب من زميل أن يعلّمني</translation>
    </message>
    <message>
        <source>Write down one advantage I have at work and one way to use it for someone else</source>
        <translation>تدوين ميزة واحدة أتمتّع بها في العمل وطريقة واحدة لأستخدمها لصالح شخص آخر</translation>
    </message>
    <message>
        <source>Take an implicit association test and reflect on the result</source>
        <translation>إجراء اختبار للتحيّز الضمني والتأمّل في نتيجته</translation>
    </message>
    <message>
        <source>In one conversation a day, listen to the end before I answer</source>
        <translation>الاستماع حتى النهاية قبل أن أردّ، في محادثة واحدة كل يوم</translation>
    </message>
    <message>
        <source>When someone tells me about being excluded, believe them and say so</source>
        <translation>حين يحدّثني أحد عن تعرّضه للإقصاء، أصدّقه وأقول له ذلك</translation>
    </message>
    <message>
        <source>Bring back an idea that was talked over, and name whose it was</source>
        <translation>إعادة طرح فكرة جرى تجاهلها، مع ذكر صاحبها</translation>
    </message>
    <message>
        <source>Correct the record when someone&apos;s work is credited to another person</source>
        <translation>تصحيح الأمر حين يُنسب عمل أحدهم إلى شخص آخر</translation>
    </message>
    <message>
        <source>Use my platform to point to a colleague&apos;s achievement</source>
        <translation>استخدام منبري للإشارة إلى إنجاز زميل</translation>
    </message>
    <message>
        <source>Recommend a colleague from an under-represented group for a stretch project</source>
        <translation>ترشيح زميل من فئة ممثَّلة تمثيلًا ناقصًا لمشروع يوسّع خبرته</translation>
    </message>
    <message>
        <source>Speak up about a &quot;joke&quot; by naming its impact, not arguing intent</source>
        <translation>الاعتراض على &quot;نكتة&quot; بتسمية أثرها، لا بالجدال حول النيّة</translation>
    </message>
    <message>
        <source>Learn to say every name in my team correctly, and correct others calmly</source>
        <translation>تعلّم نطق كل اسم في فريقي نطقًا صحيحًا، وتصحيح الآخرين بهدوء</translation>
    </message>
    <message>
        <source>Use people&apos;s pronouns and gender-neutral words in meetings and writing</source>
        <translation>استخدام الضمائر التي يفضّلها الناس وكلمات محايدة جندريًا في الاجتماعات والكتابة</translation>
    </message>
    <message>
        <source>When corrected, apologise briefly, fix it, and move on without excuses</source>
        <translation>حين يصحّحني أحد، أعتذر باختصار وأصلح الخطأ وأمضي دون أعذار</translation>
    </message>
    <message>
        <source>Ask for feedback on how I show up, and thank the person who gives it</source>
        <translation>طلب ملاحظات على طريقة حضوري، وشكر من يقدّمها</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Answers could not be saved (%1). They are kept in memory and saving is retried; free some disk space if it is full.</source>
        <translation>تعذّر حفظ الإجابات (%1). وهي محفوظة في الذاكرة وتُعاد محاولة الحفظ؛ حرّروا بعض المساحة على القرص إن كان ممتلئًا.</translation>
    </message>
</context>
<context>
    <name>StoreSchema</name>
    <message>
        <source>upgrading the database failed at &quot;%1&quot;: %2</source>
        <translation>أخفق تحديث قاعدة البيانات عند &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>the database&apos;s version cannot be read</source>
        <translation>تتعذّر قراءة إصدار قاعدة البيانات</translation>
    </message>
    <message>
        <source>the database was written by a newer version of Upstander (format %1; this version reads up to %2). It was left unchanged; update Upstander to open it.</source>
        <translation>كُتبت قاعدة البيانات بإصدار أحدث من Upstander (الصيغة %1؛ هذا الإصدار يقرأ حتى %2). تُركت دون تغيير؛ حدّثوا Upstander لفتحها.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Amplifying voices</source>
        <translation>إعلاء الأصوات</translation>
    </message>
    <message>
        <source>Giving credit</source>
        <translation>نسبة الفضل لأصحابه</translation>
    </message>
    <message>
        <source>Microaggressions</source>
        <translation>الاعتداءات الدقيقة</translation>
    </message>
    <message>
        <source>Names and inclusive language</source>
        <translation>الأسماء واللغة الشاملة</translation>
    </message>
    <message>
        <source>Hiring</source>
        <translation>التوظيف</translation>
    </message>
    <message>
        <source>Opening opportunities</source>
        <translation>فتح الفرص</translation>
    </message>
    <message>
        <source>Resource groups</source>
        <translation>مجموعات الموارد</translation>
    </message>
    <message>
        <source>Performative gestures</source>
        <translation>اللفتات الظاهرية</translation>
    </message>
    <message>
        <source>Challenging the process</source>
        <translation>مساءلة الإجراءات</translation>
    </message>
    <message>
        <source>Listening first</source>
        <translation>الإصغاء أولًا</translation>
    </message>
    <message>
        <source>Owning mistakes</source>
        <translation>الاعتراف بالأخطاء</translation>
    </message>
    <message>
        <source>Using access</source>
        <translation>توظيف النفوذ</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>Mean stage</source>
        <translation>متوسط المرحلة</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Mean stage, on a scale of %1</source>
        <translation>متوسط المرحلة، على مقياس من %1</translation>
    </message>
    <message>
        <source>%1 withheld</source>
        <translation>%1: محجوب</translation>
    </message>
    <message>
        <source>%1 mean stage %2</source>
        <translation>%1: متوسط المرحلة %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TriadRotation</name>
    <message>
        <source>A</source>
        <comment>a person in a group of three</comment>
        <translation>أ</translation>
    </message>
    <message>
        <source>B</source>
        <comment>a person in a group of three</comment>
        <translation>ب</translation>
    </message>
    <message>
        <source>C</source>
        <comment>a person in a group of three</comment>
        <translation>ج</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>الجولة %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>two names</comment>
        <translation>%1 و%2</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <comment>three names</comment>
        <translation>%1 و%2 و%3</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 and %n other(s)</source>
        <comment>names</comment>
        <translation>
            <numerusform>%1 و%2 و%n آخرين</numerusform>
            <numerusform>%1 و%2 و%n شخص آخر</numerusform>
            <numerusform>%1 و%2 و%n شخصين آخرين</numerusform>
            <numerusform>%1 و%2 و%n أشخاص آخرين</numerusform>
            <numerusform>%1 و%2 و%n شخصًا آخر</numerusform>
            <numerusform>%1 و%2 و%n شخص آخر</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 speaks</source>
        <translation>%1 يتحدّث</translation>
    </message>
    <message>
        <source>%1 plays %2</source>
        <translation>%1 يؤدّي دور %2</translation>
    </message>
    <message>
        <source>%1 responds</source>
        <translation>%1 يردّ</translation>
    </message>
    <message>
        <source>%1 observes</source>
        <translation>%1 يراقب</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>unknown option %1 for validate</source>
        <translation>خيار غير معروف %1 للأمر validate</translation>
    </message>
    <message>
        <source>validate needs at least one scenario file</source>
        <translation>يتطلب validate ملف سيناريو واحدًا على الأقل</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked, no errors.</source>
        <translation>
            <numerusform>فُحص %n ملف، دون أخطاء.</numerusform>
            <numerusform>فُحص %n ملف، دون أخطاء.</numerusform>
            <numerusform>فُحص %n ملفان، دون أخطاء.</numerusform>
            <numerusform>فُحصت %n ملفات، دون أخطاء.</numerusform>
            <numerusform>فُحص %n ملفًا، دون أخطاء.</numerusform>
            <numerusform>فُحص %n ملف، دون أخطاء.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked, %1 with errors.</source>
        <translation>
            <numerusform>فُحص %n ملف، وعدد الملفات التي فيها أخطاء: %1.</numerusform>
            <numerusform>فُحص %n ملف، وعدد الملفات التي فيها أخطاء: %1.</numerusform>
            <numerusform>فُحص %n ملفان، وعدد الملفات التي فيها أخطاء: %1.</numerusform>
            <numerusform>فُحصت %n ملفات، وعدد الملفات التي فيها أخطاء: %1.</numerusform>
            <numerusform>فُحص %n ملفًا، وعدد الملفات التي فيها أخطاء: %1.</numerusform>
            <numerusform>فُحص %n ملف، وعدد الملفات التي فيها أخطاء: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: upstander validate [-q|--quiet] [--] FILE...

Checks scenario files: one line per problem on standard output,
FILE:LINE:COL: error: MESSAGE (or warning:), and a summary on standard error.

Options:
  -q, --quiet   no summary on standard error
  --            every argument after it is a file, even one that starts with -
  -h, --help    show this help and exit

Exit codes: 0 no file has an error (warnings alone are fine), 1 a file has one,
2 usage error. The format of scenario files: docs/scenario-format.md.
</source>
        <translation>الاستخدام: upstander validate [-q|--quiet] [--] FILE...

يفحص ملفات السيناريو: سطر واحد لكل مشكلة على المخرج القياسي،
FILE:LINE:COL: error: MESSAGE (أو warning:)، وملخّص على مخرج الأخطاء القياسي.

الخيارات:
  -q, --quiet   دون ملخّص على مخرج الأخطاء القياسي
  --            كل وسيط بعده ملف، حتى لو بدأ بـ -
  -h, --help    عرض هذه المساعدة والخروج

رموز الخروج: 0 لا أخطاء في أي ملف (التحذيرات وحدها لا بأس بها)، 1 في أحد الملفات خطأ،
2 خطأ في الاستخدام. صيغة ملفات السيناريو: docs/scenario-format.md.
</translation>
    </message>
</context>
<context>
    <name>WorkshopGuideDialog</name>
    <message>
        <source>Workshop Guide</source>
        <translation>دليل الورشة</translation>
    </message>
    <message>
        <source>A workshop with Upstander</source>
        <translation>ورشة عمل باستخدام Upstander</translation>
    </message>
    <message>
        <source>Session.</source>
        <translation>الجلسة.</translation>
    </message>
    <message>
        <source>Start a new session%1: a title, the date, the group&apos;s language and k, the smallest group whose answers are shown. Open the audience window on the projector%2.</source>
        <translation>ابدؤوا جلسة جديدة%1: العنوان، والتاريخ، ولغة المجموعة، وk، أي أصغر مجموعة تُعرض إجاباتها. افتحوا نافذة الجمهور على جهاز العرض%2.</translation>
    </message>
    <message>
        <source>Baseline.</source>
        <translation>نقطة البداية.</translation>
    </message>
    <message>
        <source>Ask &quot;Where are you today?&quot;. Invite phones%1, or count the group standing on the line with keys 1 to 5 (undo with %2), or pass the laptop round in the hot seat. Results stay hidden until you reveal them.</source>
        <translation>اسألوا &quot;أين موقعكم اليوم؟&quot;. ادعوا الهواتف%1، أو عدّوا المجموعة الواقفة على الخط بالمفاتيح من 1 إلى 5 (التراجع بـ %2)، أو مرّروا الحاسوب على الحاضرين في الكرسي الساخن. تبقى النتائج مخفية إلى أن تكشفوها.</translation>
    </message>
    <message>
        <source>Scenarios.</source>
        <translation>السيناريوهات.</translation>
    </message>
    <message>
        <source>Find a scenario in the library%1 and run it. Read the scene, hand out the role cards, start the round&apos;s timer%2. At a decision the group votes; reveal the stages, follow the branch, debrief.</source>
        <translation>ابحثوا عن سيناريو في المكتبة%1 وشغّلوه. اقرؤوا المشهد، ووزّعوا بطاقات الأدوار، وابدؤوا مؤقّت الجولة%2. عند نقطة القرار تصوّت المجموعة؛ اكشفوا المراحل، واتّبعوا المسار، ثم أديروا النقاش الختامي.</translation>
    </message>
    <message>
        <source>Close.</source>
        <translation>الختام.</translation>
    </message>
    <message>
        <source>Ask where people are now (&quot;after&quot;), and invite each person to write one action for the next two weeks. Commitments stay anonymous.</source>
        <translation>اسألوا الأشخاص عن موقعهم الآن (&quot;بعد&quot;)، وادعوا كل شخص إلى كتابة خطوة واحدة للأسبوعين القادمين. تبقى الالتزامات مجهولة الهوية.</translation>
    </message>
    <message>
        <source>Review.</source>
        <translation>المراجعة.</translation>
    </message>
    <message>
        <source>Look at the charts together: where the group stands, before and after, the decisions. Export the report%1.</source>
        <translation>انظروا في المخططات معًا: موقع المجموعة، وقبل وبعد، والقرارات. صدّروا التقرير%1.</translation>
    </message>
    <message>
        <source>Follow-up.</source>
        <translation>المتابعة.</translation>
    </message>
    <message>
        <source>Some weeks later run a short session for the same cohort: did people do what they committed to? The trend shows the sessions side by side.</source>
        <translation>بعد بضعة أسابيع أديروا جلسة قصيرة للدفعة نفسها: هل نفّذ الأشخاص ما التزموا به؟ يعرض الاتجاه الجلسات جنبًا إلى جنب.</translation>
    </message>
    <message>
        <source>Every key: Help ▸ Keyboard Shortcuts. Numbers below k are never shown on the projector or the phones.</source>
        <translation>كل المفاتيح: مساعدة ◂ اختصارات لوحة المفاتيح. الأعداد الأقل من k لا تظهر أبدًا على جهاز العرض ولا على الهواتف.</translation>
    </message>
</context>
<context>
    <name>Yaml</name>
    <message>
        <source>YAML aliases (*name) are not allowed in scenario files; write the text out in full</source>
        <translation>الأسماء المستعارة في YAML ‏(*name) غير مسموح بها في ملفات السيناريو؛ اكتبوا النص كاملًا</translation>
    </message>
    <message>
        <source>the file has more than %1 YAML nodes; scenario files are far smaller</source>
        <translation>في الملف أكثر من %1 عقدة YAML؛ ملفات السيناريو أصغر من ذلك بكثير</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep; scenario files need only a few levels</source>
        <translation>التداخل أعمق من %1 مستويات؛ ملفات السيناريو لا تحتاج إلا إلى بضعة مستويات</translation>
    </message>
    <message>
        <source>YAML anchors (&amp;name) are not allowed in scenario files</source>
        <translation>مراسي YAML ‏(&amp;name) غير مسموح بها في ملفات السيناريو</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>قيمة واحدة</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>قائمة</translation>
    </message>
    <message>
        <source>a map</source>
        <translation>جدول</translation>
    </message>
    <message>
        <source>YAML syntax error: the quoted text starting here is never closed; add the missing %1</source>
        <translation>خطأ في صياغة YAML: النص المقتبس الذي يبدأ هنا لا يُغلق أبدًا؛ أضيفوا %1 الناقصة</translation>
    </message>
    <message>
        <source>a second YAML document (after &quot;---&quot;); a scenario file holds exactly one</source>
        <translation>مستند YAML ثانٍ (بعد &quot;---&quot;)؛ ملف السيناريو يضم مستندًا واحدًا فقط</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>خطأ في صياغة YAML: %1</translation>
    </message>
</context>
</TS>
