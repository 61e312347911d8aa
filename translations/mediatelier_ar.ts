<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AppController</name>
    <message>
        <source>File already exists</source>
        <translation>الملف موجود من قبل</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name.</source>
        <translation>%1 موجود من قبل. اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>Mediatelier cannot open this database</source>
        <translation>لا يستطيع Mediatelier فتح قاعدة البيانات هذه</translation>
    </message>
</context>
<context>
    <name>AttendanceExport</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>الورشة</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>الميسّر</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>الوحدات</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Checked in at</source>
        <translation>ساعة الوصول</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>المدة (بالدقائق)</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>مسجَّل</translation>
    </message>
    <message>
        <source>present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>late</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>غائب بعذر</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>غائب</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>أُلغي التصدير.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>More than %1 rows: a spreadsheet cannot hold them. Choose a shorter period.</source>
        <translation>أكثر من %1 سطر: لا يتّسع لها جدول البيانات. اختر مدة أقصر.</translation>
    </message>
    <message>
        <source>Names: pseudonymised (stable pseudonyms, postcode areas only)</source>
        <translation>الأسماء: مستعارة (أسماء مستعارة ثابتة، ومناطق الرمز البريدي فقط)</translation>
    </message>
    <message>
        <source>Names: shown (personal data: keep this file safe)</source>
        <translation>الأسماء: ظاهرة (بيانات شخصية: احفظ هذا الملف في مكان آمن)</translation>
    </message>
    <message>
        <source>No attendance matches these filters.</source>
        <translation>لا يوجد حضور يوافق هذه المعايير.</translation>
    </message>
</context>
<context>
    <name>AttendanceStore</name>
    <message>
        <source>Registered</source>
        <translation>مسجَّل</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>غائب بعذر</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>غائب</translation>
    </message>
    <message>
        <source>There is no workshop %1.</source>
        <translation>لا توجد ورشة رقم %1.</translation>
    </message>
    <message>
        <source>This person is already on the list of this workshop.</source>
        <translation>هذا الشخص موجود من قبل في قائمة هذه الورشة.</translation>
    </message>
    <message>
        <source>There is no change left to undo for this workshop.</source>
        <translation>لم يبقَ أي تغيير يمكن التراجع عنه في هذه الورشة.</translation>
    </message>
    <message>
        <source>This person is not on the list of this workshop.</source>
        <translation>هذا الشخص ليس في قائمة هذه الورشة.</translation>
    </message>
    <message>
        <source>Only a person who is still registered can be taken off the list; change their status instead.</source>
        <translation>لا يمكن حذف شخص من القائمة إلا إذا كانت حالته «مسجَّل»؛ وإلا فغيّر حالته.</translation>
    </message>
</context>
<context>
    <name>BackupFlow</name>
    <message>
        <source>The automatic backup failed</source>
        <translation>فشلت النسخة الاحتياطية الآلية</translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation>لم يُسترجع أي شيء</translation>
    </message>
    <message>
        <source>The backup of %1 is now the database %2.</source>
        <translation>النسخة الاحتياطية بتاريخ %1 هي الآن قاعدة البيانات %2.</translation>
    </message>
    <message>
        <source>The damaged file was kept aside, unchanged, as %1.</source>
        <translation>حُفظ الملف المعطوب جانبًا، دون تغيير، باسم %1.</translation>
    </message>
    <message>
        <source>The previous file was kept aside as %1.</source>
        <translation>حُفظ الملف السابق جانبًا باسم %1.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>استُرجعت النسخة الاحتياطية</translation>
    </message>
</context>
<context>
    <name>BackupRestore</name>
    <message>
        <source>%1 is the database itself, not a backup of it.</source>
        <translation>%1 هو قاعدة البيانات نفسها، وليس نسخة احتياطية منها.</translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1 The current database was not changed.</source>
        <translation>لا يمكن استرجاع هذه النسخة الاحتياطية: %1 لم تتغيّر قاعدة البيانات الحالية.</translation>
    </message>
    <message>
        <source>%1 is open in another Mediatelier window. Close it, then restore again.</source>
        <translation>%1 مفتوح في نافذة أخرى من Mediatelier. أغلقها، ثم أعد الاسترجاع.</translation>
    </message>
    <message>
        <source>Cannot copy the backup next to %1 (is the disk full?). The current database was not changed.</source>
        <translation>لا يمكن نسخ النسخة الاحتياطية بجانب %1 (هل القرص ممتلئ؟). لم تتغيّر قاعدة البيانات الحالية.</translation>
    </message>
    <message>
        <source>Cannot move %1 aside, so nothing was restored and the file was not changed.</source>
        <translation>لا يمكن نقل %1 جانبًا، لذلك لم يُسترجع أي شيء ولم يتغيّر الملف.</translation>
    </message>
    <message>
        <source>Cannot put the backup in place of %1; the file was not changed.</source>
        <translation>لا يمكن وضع النسخة الاحتياطية مكان %1؛ لم يتغيّر الملف.</translation>
    </message>
    <message>
        <source>The backup was restored, but the restore could not be written in the privacy log: %1</source>
        <translation>استُرجعت النسخة الاحتياطية، لكن تعذّر تسجيل الاسترجاع في سجلّ الخصوصية: %1</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>النسخة الاحتياطية %1 غير موجودة.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: its integrity check failed.</source>
        <translation>النسخة الاحتياطية %1 معطوبة: فشل فحص سلامتها.</translation>
    </message>
    <message>
        <source>The backup %1 failed its check: %2</source>
        <translation>فشلت النسخة الاحتياطية %1 في الفحص: %2</translation>
    </message>
    <message>
        <source>%1 is not a Mediatelier backup.</source>
        <translation>%1 ليس نسخة احتياطية من Mediatelier.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1. The database was not changed.</source>
        <translation>لا يمكن إنشاء مجلد النسخ الاحتياطية %1. لم تتغيّر قاعدة البيانات.</translation>
    </message>
    <message>
        <source>%1 is a folder: choose a file name for the backup.</source>
        <translation>%1 مجلد: اختر اسم ملف للنسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>There is not enough free space in %1 for a backup (about %2 MB are needed). The database was not changed and the earlier backups were kept.</source>
        <translation>لا توجد مساحة فارغة كافية في %1 لنسخة احتياطية (يلزم نحو %2 ميغابايت). لم تتغيّر قاعدة البيانات وحُفظت النسخ الاحتياطية السابقة.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written (%2). The database was not changed and the earlier backups were kept.</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية %1 (%2). لم تتغيّر قاعدة البيانات وحُفظت النسخ الاحتياطية السابقة.</translation>
    </message>
    <message>
        <source>The new backup failed its check, so it was deleted and the earlier backups were kept: %1</source>
        <translation>فشلت النسخة الاحتياطية الجديدة في الفحص، فحُذفت وحُفظت النسخ السابقة: %1</translation>
    </message>
    <message>
        <source>Cannot give the backup its name %1. The database was not changed.</source>
        <translation>لا يمكن إعطاء النسخة الاحتياطية اسمها %1. لم تتغيّر قاعدة البيانات.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Restore from a backup file</source>
        <translation>الاسترجاع من ملف نسخة احتياطية</translation>
    </message>
    <message>
        <source>Mediatelier database (*.sqlite *.db);;All files (*)</source>
        <translation>قاعدة بيانات Mediatelier (*.sqlite *.db);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>جارٍ الفحص…</translation>
    </message>
    <message>
        <source>sound</source>
        <translation>سليمة</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>معطوبة</translation>
    </message>
    <message>
        <source>This backup cannot be restored</source>
        <translation>لا يمكن استرجاع هذه النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>%1

Nothing was changed. Choose another backup.</source>
        <translation>%1

لم يتغيّر أي شيء. اختر نسخة احتياطية أخرى.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>هل تسترجع هذه النسخة الاحتياطية؟</translation>
    </message>
    <message>
        <source>The backup of %1 passed its check. Restore it in place of the current data?

Whatever was recorded after that backup will not be in the restored file. The current file is not deleted: it is kept aside, renamed, in %2.</source>
        <translation>نجحت النسخة الاحتياطية بتاريخ %1 في الفحص. هل تسترجعها مكان البيانات الحالية؟

كل ما سُجّل بعد تلك النسخة لن يكون في الملف المسترجَع. الملف الحالي لا يُحذف: يُحفظ جانبًا، باسم جديد، في %2.</translation>
    </message>
    <message>
        <source>The backup was not made</source>
        <translation>لم تُصنع النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>صُنعت النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>The database was copied to %1 and the copy passed its check.</source>
        <translation>نُسخت قاعدة البيانات إلى %1 ونجحت النسخة في الفحص.</translation>
    </message>
    <message>
        <source>%1 (%2 free)</source>
        <translation>%1 (%2 فارغة)</translation>
    </message>
    <message>
        <source>Replace the copy?</source>
        <translation>هل تستبدل النسخة؟</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with a copy of now?</source>
        <translation>%1 موجود من قبل. هل تستبدله بنسخة من الآن؟</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>اختر ملفًا…</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>نسخ احتياطي إلى</translation>
    </message>
    <message>
        <source>Folder for the automatic backups</source>
        <translation>مجلد النسخ الاحتياطية الآلية</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Mediatelier copies this database once a day, when the window opens, and keeps the latest copies. Each copy is checked before older ones are deleted. For a copy that leaves this computer, use “Back up now to…” with a USB stick.</source>
        <translation>ينسخ Mediatelier قاعدة البيانات هذه مرة في اليوم، عند فتح النافذة، ويحتفظ بآخر النسخ. تُفحص كل نسخة قبل حذف النسخ الأقدم. لنسخة تخرج من هذا الحاسوب، استعمل «نسخ احتياطي الآن إلى…» مع مفتاح USB.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>المجلد:</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>تغيير…</translation>
    </message>
    <message>
        <source>&amp;Daily backups kept:</source>
        <translation>النسخ اليومية المحفوظة:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>الفحص</translation>
    </message>
    <message>
        <source>No backup yet: the first one is made the next time the window opens, or now with “Back up now to…”.</source>
        <translation>لا توجد نسخة احتياطية بعد: تُصنع الأولى عند فتح النافذة في المرة القادمة، أو الآن بـ«نسخ احتياطي الآن إلى…».</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>استرجاع…</translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation>الاسترجاع من ملف…</translation>
    </message>
    <message>
        <source>&amp;Back up now to…</source>
        <translation>نسخ احتياطي الآن إلى…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>%1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>Save the chart as an image</source>
        <translation>حفظ الرسم البياني كصورة</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>صور PNG (*.png)</translation>
    </message>
    <message>
        <source>Chart saved to %1.</source>
        <translation>حُفظ الرسم البياني في %1.</translation>
    </message>
    <message>
        <source>Could not write the image %1.</source>
        <translation>تعذّرت كتابة الصورة %1.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>جدول</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>حفظ بصيغة PNG…</translation>
    </message>
    <message>
        <source>Show %1 as a table</source>
        <translation>عرض %1 كجدول</translation>
    </message>
    <message>
        <source>Save %1 as a PNG image</source>
        <translation>حفظ %1 كصورة PNG</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>رسم بياني: %1</translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation>جدول: %1</translation>
    </message>
</context>
<context>
    <name>ChartTableModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>CheckInWidget</name>
    <message>
        <source>&amp;Find a person (type two or three letters of the name):</source>
        <translation>ابحث عن شخص (اكتب حرفين أو ثلاثة من الاسم):</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>ابحث عن شخص</translation>
    </message>
    <message>
        <source>Name…</source>
        <translation>الاسم…</translation>
    </message>
    <message>
        <source>People found; the highlighted one is checked in by Enter</source>
        <translation>الأشخاص الذين وُجدوا؛ زر Enter يسجّل وصول الشخص المحدَّد</translation>
    </message>
    <message>
        <source>Enter: present · Ctrl+L: late · Ctrl+E: excused · Ctrl+A: absent · Ctrl+Z: undo · ↑/↓: choose another person · Escape: clear</source>
        <translation>Enter: حاضر · Ctrl+L: متأخر · Ctrl+E: غائب بعذر · Ctrl+A: غائب · Ctrl+Z: تراجع · ↑/↓: اختر شخصًا آخر · Escape: مسح</translation>
    </message>
    <message>
        <source>Present (Enter)</source>
        <translation>حاضر (Enter)</translation>
    </message>
    <message>
        <source>Late (Ctrl+L)</source>
        <translation>متأخر (Ctrl+L)</translation>
    </message>
    <message>
        <source>Excused (Ctrl+E)</source>
        <translation>غائب بعذر (Ctrl+E)</translation>
    </message>
    <message>
        <source>Absent (Ctrl+A)</source>
        <translation>غائب (Ctrl+A)</translation>
    </message>
    <message>
        <source>&amp;Attendees</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Attendees of this workshop</source>
        <translation>المشاركون في هذه الورشة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Arrived at</source>
        <translation>ساعة الوصول</translation>
    </message>
    <message>
        <source>&amp;Undo last change (Ctrl+Z)</source>
        <translation>تراجع عن آخر تغيير (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Mark the others absent…</source>
        <translation>سجّل الآخرين غائبين…</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>آخر تغيير</translation>
    </message>
    <message>
        <source>Check-in: %1 — %2</source>
        <translation>الاستقبال: %1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — not registered for this workshop</source>
        <translation>%1 — غير مسجَّل في هذه الورشة</translation>
    </message>
    <message>
        <source>Add «%1» as a new person</source>
        <translation>أضف «%1» كشخص جديد</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>بلا حدّ</translation>
    </message>
    <message>
        <source>Present: %1 · Registered, not here yet: %2 · Places: %3</source>
        <translation>الحاضرون: %1 · مسجَّلون لم يصلوا بعد: %2 · الأماكن: %3</translation>
    </message>
    <message numerus="yes">
        <source>Past capacity: %1 people expected or present for %n place(s).</source>
        <translation>
            <numerusform>تجاوز العدد: %1 شخص منتظَر أو حاضر و%n مكان فقط.</numerusform>
            <numerusform>تجاوز العدد: %1 شخص منتظَر أو حاضر ومكان واحد فقط.</numerusform>
            <numerusform>تجاوز العدد: %1 شخص منتظَر أو حاضر ومكانان فقط.</numerusform>
            <numerusform>تجاوز العدد: %1 شخص منتظَر أو حاضر و%n أماكن فقط.</numerusform>
            <numerusform>تجاوز العدد: %1 شخص منتظَر أو حاضر و%n مكانًا فقط.</numerusform>
            <numerusform>تجاوز العدد: %1 شخص منتظَر أو حاضر و%n مكان فقط.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a few letters of a name first.</source>
        <translation>اكتب أولًا بعض حروف الاسم.</translation>
    </message>
    <message>
        <source>%1 is already marked “%2”.</source>
        <translation>%1 مسجَّل من قبل «%2».</translation>
    </message>
    <message>
        <source>%1 was added as a new person: %2.</source>
        <translation>أُضيف %1 كشخص جديد: %2.</translation>
    </message>
    <message>
        <source>%1: %2 (arrived at %3).</source>
        <translation>%1: %2 (وصل الساعة %3).</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n people are back to “%1”.</source>
        <translation>
            <numerusform>تمّ التراجع: لم يرجع أي شخص إلى «%1».</numerusform>
            <numerusform>تمّ التراجع: رجع شخص واحد إلى «%1».</numerusform>
            <numerusform>تمّ التراجع: رجع شخصان إلى «%1».</numerusform>
            <numerusform>تمّ التراجع: رجع %n أشخاص إلى «%1».</numerusform>
            <numerusform>تمّ التراجع: رجع %n شخصًا إلى «%1».</numerusform>
            <numerusform>تمّ التراجع: رجع %n شخص إلى «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: %1 is no longer on the list.</source>
        <translation>تمّ التراجع: %1 لم يعد في القائمة.</translation>
    </message>
    <message>
        <source>Undone: %1 is back to “%2”.</source>
        <translation>تمّ التراجع: رجع %1 إلى «%2».</translation>
    </message>
    <message>
        <source>Nobody is still only registered.</source>
        <translation>لم يبقَ أحد حالته «مسجَّل» فقط.</translation>
    </message>
    <message>
        <source>Mark the others absent</source>
        <translation>سجّل الآخرين غائبين</translation>
    </message>
    <message numerus="yes">
        <source>Mark the %n person(s) still registered as absent? Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>لا يوجد أي شخص ما زال مسجَّلًا. Ctrl+Z للتراجع.</numerusform>
            <numerusform>هل تسجّل الشخص الوحيد الذي ما زال مسجَّلًا غائبًا؟ Ctrl+Z للتراجع.</numerusform>
            <numerusform>هل تسجّل الشخصين اللذين ما زالا مسجَّلين غائبين؟ Ctrl+Z للتراجع.</numerusform>
            <numerusform>هل تسجّل الأشخاص الـ%n الذين ما زالوا مسجَّلين غائبين؟ Ctrl+Z للتراجع.</numerusform>
            <numerusform>هل تسجّل الـ%n شخصًا الذين ما زالوا مسجَّلين غائبين؟ Ctrl+Z للتراجع.</numerusform>
            <numerusform>هل تسجّل الـ%n شخص الذين ما زالوا مسجَّلين غائبين؟ Ctrl+Z للتراجع.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) marked absent.</source>
        <translation>
            <numerusform>لم يُسجَّل أي شخص غائبًا.</numerusform>
            <numerusform>سُجّل شخص واحد غائبًا.</numerusform>
            <numerusform>سُجّل شخصان غائبَين.</numerusform>
            <numerusform>سُجّل %n أشخاص غائبين.</numerusform>
            <numerusform>سُجّل %n شخصًا غائبين.</numerusform>
            <numerusform>سُجّل %n شخص غائبين.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInWindow</name>
    <message>
        <source>Check-in</source>
        <translation>الاستقبال</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <source>True</source>
        <translation>صحيح</translation>
    </message>
    <message>
        <source>False</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Several answers may be right: tick every one you think is right.</source>
        <translation>قد تكون عدة إجابات صحيحة: ضع علامة على كل إجابة تراها صحيحة.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Commands:</source>
        <translation>الأوامر:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>الخيارات:</translation>
    </message>
    <message>
        <source>the database file (else $MEDIATELIER_DATABASE, else the default file)</source>
        <translation>ملف قاعدة البيانات (وإلا $MEDIATELIER_DATABASE، وإلا الملف الافتراضي)</translation>
    </message>
    <message>
        <source>language of messages</source>
        <translation>لغة الرسائل</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 2 usage error, 3 bad input, 4 storage error.</source>
        <translation>رموز الخروج: 0 تمّ، 2 خطأ في الاستعمال، 3 بيانات غير صحيحة، 4 خطأ في الحفظ.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>خيار غير معروف: %1</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>أمر غير معروف: %1</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli [--database FILE] [--lang %1] COMMAND [ARGS]</source>
        <translation>الاستعمال: mediatelier-cli [--database FILE] [--lang %1] COMMAND [ARGS]</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>create or upgrade the database; print its path and schema version</source>
        <translation>ينشئ قاعدة البيانات أو يحدّثها؛ ويعرض مسارها ونسخة مخططها</translation>
    </message>
    <message>
        <source>integrity, foreign keys, schema version; exit 0 only when sound</source>
        <translation>السلامة، المفاتيح الخارجية، نسخة المخطط؛ الرمز 0 فقط إذا كان كل شيء سليمًا</translation>
    </message>
    <message>
        <source>consistent copy, safe while the window has the file open</source>
        <translation>نسخة متّسقة، آمنة حتى والنافذة تفتح الملف</translation>
    </message>
    <message>
        <source>id, version, languages, title, page and question counts of every pack</source>
        <translation>المعرّف والنسخة واللغات والعنوان وعدد الصفحات والأسئلة لكل وحدة</translation>
    </message>
    <message>
        <source>validate packs; exit 3 on a broken one (file:line: what)</source>
        <translation>يتحقق من الوحدات؛ الرمز 3 إذا كانت إحداها معطوبة (ملف:سطر: المشكلة)</translation>
    </message>
    <message>
        <source>install a pack from a folder or a .zip</source>
        <translation>يثبّت وحدة من مجلد أو من ملف ‎.zip</translation>
    </message>
    <message>
        <source>remove an added pack</source>
        <translation>يحذف وحدة مضافة</translation>
    </message>
    <message>
        <source>search the lessons (typo-tolerant): module, page, passage</source>
        <translation>يبحث في الدروس (يتسامح مع الأخطاء الإملائية): الوحدة، الصفحة، المقطع</translation>
    </message>
    <message>
        <source>import Moodle GIFT questions into a module (a user pack)</source>
        <translation>يستورد أسئلة Moodle GIFT إلى وحدة (وحدة المستخدم)</translation>
    </message>
    <message>
        <source>write a module&apos;s quiz as Moodle GIFT</source>
        <translation>يكتب اختبار وحدة بصيغة Moodle GIFT</translation>
    </message>
    <message>
        <source>import learners from a CSV file; --dry-run checks only</source>
        <translation>يستورد المشاركين من ملف CSV؛ ‎--dry-run للتحقق فقط</translation>
    </message>
    <message>
        <source>every learner (staff data); --format csv or json</source>
        <translation>كل المشاركين (بيانات خاصة بالفريق)؛ ‎--format csv أو json</translation>
    </message>
    <message>
        <source>workshops with their attendance counts [--from DATE] [--to DATE]</source>
        <translation>الورشات مع أعداد الحضور [--from DATE] [--to DATE]</translation>
    </message>
    <message>
        <source>the offline AI demonstrations</source>
        <translation>العروض التوضيحية للذكاء الاصطناعي دون إنترنت</translation>
    </message>
    <message>
        <source>a demonstration&apos;s key figures, for preparing a workshop</source>
        <translation>الأرقام الأساسية لعرض توضيحي، لتحضير ورشة</translation>
    </message>
    <message>
        <source>fill the database with a generated network (trials, benchmarks)</source>
        <translation>يملأ قاعدة البيانات بشبكة مولَّدة (للتجربة وقياس الأداء)</translation>
    </message>
    <message>
        <source>the funder figures of a period</source>
        <translation>حصيلة مدة معيّنة للجهة المموِّلة</translation>
    </message>
    <message>
        <source>staff accounts: login, name, role, state</source>
        <translation>حسابات الفريق: اسم الدخول، الاسم، الدور، الحالة</translation>
    </message>
    <message>
        <source>new staff account: --login L --name N --role facilitator|coordinator</source>
        <translation>حساب جديد للفريق: ‎--login L --name N --role facilitator|coordinator</translation>
    </message>
    <message>
        <source>set a new password for LOGIN</source>
        <translation>يضع كلمة سر جديدة لـLOGIN</translation>
    </message>
    <message>
        <source>disable LOGIN (the last coordinator stays)</source>
        <translation>يعطّل LOGIN (آخر منسّق يبقى)</translation>
    </message>
    <message>
        <source>enable LOGIN again</source>
        <translation>يعيد تفعيل LOGIN</translation>
    </message>
    <message>
        <source>everything stored about one learner (id or UUID) as JSON, or PDF with -o FILE.pdf</source>
        <translation>كل ما هو محفوظ عن مشارك واحد (المعرّف أو UUID) بصيغة JSON، أو PDF مع ‎-o FILE.pdf</translation>
    </message>
    <message>
        <source>erase one learner&apos;s personal data (id or UUID), keep anonymous counts</source>
        <translation>يمحو البيانات الشخصية لمشارك واحد (المعرّف أو UUID)، ويحتفظ بأعداد مجهولة الهوية</translation>
    </message>
    <message>
        <source>attendance of a period as CSV, XLSX or PDF</source>
        <translation>الحضور في مدة معيّنة بصيغة CSV أو XLSX أو PDF</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Database: %1</source>
        <translation>قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>نسخة المخطط: %1</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>صيغة المخرجات: text أو json.</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>السلامة: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>سليم</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Foreign keys: %1</source>
        <translation>المفاتيح الخارجية: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (expected %2)</source>
        <translation>نسخة المخطط: %1 (المنتظَرة: %2)</translation>
    </message>
    <message>
        <source>Where to write the copy.</source>
        <translation>أين تُكتب النسخة.</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli backup FILE</source>
        <translation>الاستعمال: mediatelier-cli backup FILE</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>كُتبت النسخة الاحتياطية في %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n صفحة</numerusform>
            <numerusform>صفحة واحدة</numerusform>
            <numerusform>صفحتان</numerusform>
            <numerusform>%n صفحات</numerusform>
            <numerusform>%n صفحة</numerusform>
            <numerusform>%n صفحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n سؤال</numerusform>
            <numerusform>سؤال واحد</numerusform>
            <numerusform>سؤالان</numerusform>
            <numerusform>%n أسئلة</numerusform>
            <numerusform>%n سؤالًا</numerusform>
            <numerusform>%n سؤال</numerusform>
        </translation>
    </message>
    <message>
        <source>BROKEN: %1</source>
        <translation>معطوبة: %1</translation>
    </message>
    <message>
        <source>Pack folders or .zip files.</source>
        <translation>مجلدات وحدات أو ملفات ‎.zip.</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli modules validate PATH...</source>
        <translation>الاستعمال: mediatelier-cli modules validate PATH...</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid (%2, %n page(s))</source>
        <translation>
            <numerusform>%1: صالحة (%2، %n صفحة)</numerusform>
            <numerusform>%1: صالحة (%2، صفحة واحدة)</numerusform>
            <numerusform>%1: صالحة (%2، صفحتان)</numerusform>
            <numerusform>%1: صالحة (%2، %n صفحات)</numerusform>
            <numerusform>%1: صالحة (%2، %n صفحة)</numerusform>
            <numerusform>%1: صالحة (%2، %n صفحة)</numerusform>
        </translation>
    </message>
    <message>
        <source>A pack folder or a .zip file.</source>
        <translation>مجلد وحدة أو ملف ‎.zip.</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli modules add PATH|ZIP</source>
        <translation>الاستعمال: mediatelier-cli modules add PATH|ZIP</translation>
    </message>
    <message>
        <source>Module %1 added to %2</source>
        <translation>أُضيفت الوحدة %1 إلى %2</translation>
    </message>
    <message>
        <source>The id of an added module.</source>
        <translation>معرّف وحدة مضافة.</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli modules remove ID</source>
        <translation>الاستعمال: mediatelier-cli modules remove ID</translation>
    </message>
    <message>
        <source>Module %1 removed</source>
        <translation>حُذفت الوحدة %1</translation>
    </message>
    <message>
        <source>Language of the lessons searched.</source>
        <translation>لغة الدروس التي يُبحث فيها.</translation>
    </message>
    <message>
        <source>Number of hits.</source>
        <translation>عدد النتائج.</translation>
    </message>
    <message>
        <source>Words to look for.</source>
        <translation>الكلمات المطلوب البحث عنها.</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli search QUERY [--lang L] [--limit N] [--format json]</source>
        <translation>الاستعمال: mediatelier-cli search QUERY [--lang L] [--limit N] [--format json]</translation>
    </message>
    <message>
        <source>No match.</source>
        <translation>لا توجد نتيجة.</translation>
    </message>
    <message>
        <source>The module receiving the questions.</source>
        <translation>الوحدة التي تستقبل الأسئلة.</translation>
    </message>
    <message>
        <source>Check the file; import nothing.</source>
        <translation>تحقّق من الملف دون استيراد أي شيء.</translation>
    </message>
    <message>
        <source>Language of the questions in the file.</source>
        <translation>لغة الأسئلة في الملف.</translation>
    </message>
    <message>
        <source>The GIFT file.</source>
        <translation>ملف GIFT.</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli quiz import-gift FILE --module ID [--dry-run] [--format json]</source>
        <translation>الاستعمال: mediatelier-cli quiz import-gift FILE --module ID [--dry-run] [--format json]</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) can be imported into %1.</source>
        <translation>
            <numerusform>لا يوجد أي سؤال يمكن استيراده إلى %1.</numerusform>
            <numerusform>يمكن استيراد سؤال واحد إلى %1.</numerusform>
            <numerusform>يمكن استيراد سؤالين إلى %1.</numerusform>
            <numerusform>يمكن استيراد %n أسئلة إلى %1.</numerusform>
            <numerusform>يمكن استيراد %n سؤالًا إلى %1.</numerusform>
            <numerusform>يمكن استيراد %n سؤال إلى %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) imported into %1.</source>
        <translation>
            <numerusform>لم يُستورد أي سؤال إلى %1.</numerusform>
            <numerusform>استُورد سؤال واحد إلى %1.</numerusform>
            <numerusform>استُورد سؤالان إلى %1.</numerusform>
            <numerusform>استُوردت %n أسئلة إلى %1.</numerusform>
            <numerusform>استُورد %n سؤالًا إلى %1.</numerusform>
            <numerusform>استُورد %n سؤال إلى %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped, line %1: %2</source>
        <translation>تُرك جانبًا، السطر %1: %2</translation>
    </message>
    <message>
        <source>The module whose quiz is written.</source>
        <translation>الوحدة التي يُكتب اختبارها.</translation>
    </message>
    <message>
        <source>The GIFT file to write.</source>
        <translation>ملف GIFT الذي سيُكتب.</translation>
    </message>
    <message>
        <source>Language of the questions written.</source>
        <translation>لغة الأسئلة المكتوبة.</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli quiz export-gift --module ID -o FILE</source>
        <translation>الاستعمال: mediatelier-cli quiz export-gift --module ID -o FILE</translation>
    </message>
    <message>
        <source>Quiz of %1 written to %2</source>
        <translation>كُتب اختبار %1 في %2</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) left out: GIFT cannot hold ordering questions or self-assessment statements.</source>
        <translation>
            <numerusform>لم يُترك أي سؤال: لا تستطيع صيغة GIFT وصف أسئلة الترتيب ولا جمل التقييم الذاتي.</numerusform>
            <numerusform>تُرك سؤال واحد جانبًا: لا تستطيع صيغة GIFT وصف أسئلة الترتيب ولا جمل التقييم الذاتي.</numerusform>
            <numerusform>تُرك سؤالان جانبًا: لا تستطيع صيغة GIFT وصف أسئلة الترتيب ولا جمل التقييم الذاتي.</numerusform>
            <numerusform>تُركت %n أسئلة جانبًا: لا تستطيع صيغة GIFT وصف أسئلة الترتيب ولا جمل التقييم الذاتي.</numerusform>
            <numerusform>تُرك %n سؤالًا جانبًا: لا تستطيع صيغة GIFT وصف أسئلة الترتيب ولا جمل التقييم الذاتي.</numerusform>
            <numerusform>تُرك %n سؤال جانبًا: لا تستطيع صيغة GIFT وصف أسئلة الترتيب ولا جمل التقييم الذاتي.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CSV file of learners.</source>
        <translation>ملف CSV للمشاركين.</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli learners import FILE [--dry-run] [--format json]</source>
        <translation>الاستعمال: mediatelier-cli learners import FILE [--dry-run] [--format json]</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) imported.</source>
        <translation>
            <numerusform>لم يُستورد أي مشارك.</numerusform>
            <numerusform>استُورد مشارك واحد.</numerusform>
            <numerusform>استُورد مشاركان.</numerusform>
            <numerusform>استُورد %n مشاركين.</numerusform>
            <numerusform>استُورد %n مشاركًا.</numerusform>
            <numerusform>استُورد %n مشارك.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) can be imported (dry run: nothing written).</source>
        <translation>
            <numerusform>لا يوجد أي مشارك يمكن استيراده (تجربة: لم يُكتب شيء).</numerusform>
            <numerusform>يمكن استيراد مشارك واحد (تجربة: لم يُكتب شيء).</numerusform>
            <numerusform>يمكن استيراد مشاركَين (تجربة: لم يُكتب شيء).</numerusform>
            <numerusform>يمكن استيراد %n مشاركين (تجربة: لم يُكتب شيء).</numerusform>
            <numerusform>يمكن استيراد %n مشاركًا (تجربة: لم يُكتب شيء).</numerusform>
            <numerusform>يمكن استيراد %n مشارك (تجربة: لم يُكتب شيء).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) left out.</source>
        <translation>
            <numerusform>لا يوجد أي تكرار.</numerusform>
            <numerusform>تُرك سطر مكرَّر واحد جانبًا.</numerusform>
            <numerusform>تُرك سطران مكرَّران جانبًا.</numerusform>
            <numerusform>تُركت %n أسطر مكرَّرة جانبًا.</numerusform>
            <numerusform>تُرك %n سطرًا مكرَّرًا جانبًا.</numerusform>
            <numerusform>تُرك %n سطر مكرَّر جانبًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected.</source>
        <translation>
            <numerusform>لم يُرفض أي سطر.</numerusform>
            <numerusform>رُفض سطر واحد.</numerusform>
            <numerusform>رُفض سطران.</numerusform>
            <numerusform>رُفضت %n أسطر.</numerusform>
            <numerusform>رُفض %n سطرًا.</numerusform>
            <numerusform>رُفض %n سطر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Output format: text, csv or json.</source>
        <translation>صيغة المخرجات: text أو csv أو json.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use text, csv or json.</source>
        <translation>صيغة غير معروفة «%1»: استعمل text أو csv أو json.</translation>
    </message>
    <message>
        <source>First day (ISO date, e.g. 2026-03-01).</source>
        <translation>اليوم الأول (تاريخ ISO، مثلًا 2026-03-01).</translation>
    </message>
    <message>
        <source>Last day, included (ISO date).</source>
        <translation>اليوم الأخير، محسوبًا (تاريخ ISO).</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli workshops list [--from DATE] [--to DATE] [--format json]</source>
        <translation>الاستعمال: mediatelier-cli workshops list [--from DATE] [--to DATE] [--format json]</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use text or json.</source>
        <translation>صيغة غير معروفة «%1»: استعمل text أو json.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as 2026-03-01.</source>
        <translation>«%1» ليس تاريخًا: اكتبه هكذا 2026-03-01.</translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation>اليوم الأخير يأتي قبل اليوم الأول.</translation>
    </message>
    <message>
        <source>%1 registered, %2 present</source>
        <translation>المسجَّلون: %1، الحاضرون: %2</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>Seed of the random draws (same seed, same figures).</source>
        <translation>بذرة السحب العشوائي (نفس البذرة، نفس الأرقام).</translation>
    </message>
    <message>
        <source>Language of the examples.</source>
        <translation>لغة الأمثلة.</translation>
    </message>
    <message>
        <source>The demonstration (see ai-demo list).</source>
        <translation>العرض التوضيحي (انظر ai-demo list).</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli ai-demo run NAME [--seed S] [--format json]</source>
        <translation>الاستعمال: mediatelier-cli ai-demo run NAME [--seed S] [--format json]</translation>
    </message>
    <message>
        <source>Unknown demonstration: %1 (see ai-demo list)</source>
        <translation>عرض توضيحي غير معروف: %1 (انظر ai-demo list)</translation>
    </message>
    <message>
        <source>New password or PIN: </source>
        <translation>كلمة السر الجديدة أو الرمز السري: </translation>
    </message>
    <message>
        <source>Give the new password in MEDIATELIER_NEW_PASSWORD, or run the command in a terminal to type it.</source>
        <translation>أعطِ كلمة السر الجديدة في MEDIATELIER_NEW_PASSWORD، أو شغّل الأمر في طرفية لكتابتها.</translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>مرة ثانية: </translation>
    </message>
    <message>
        <source>The two passwords differ. Nothing was changed.</source>
        <translation>كلمتا السر مختلفتان. لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>The login of the account.</source>
        <translation>اسم الدخول للحساب.</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli accounts list [--format json]</source>
        <translation>الاستعمال: mediatelier-cli accounts list [--format json]</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>معطَّل</translation>
    </message>
    <message>
        <source>active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>The login.</source>
        <translation>اسم الدخول.</translation>
    </message>
    <message>
        <source>The person&apos;s name.</source>
        <translation>اسم الشخص.</translation>
    </message>
    <message>
        <source>facilitator or coordinator.</source>
        <translation>facilitator (ميسّر) أو coordinator (منسّق).</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli accounts add --login LOGIN --name NAME --role facilitator|coordinator</source>
        <translation>الاستعمال: mediatelier-cli accounts add --login LOGIN --name NAME --role facilitator|coordinator</translation>
    </message>
    <message>
        <source>Account %1 created (%2).</source>
        <translation>أُنشئ الحساب %1 (%2).</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli accounts passwd LOGIN</source>
        <translation>الاستعمال: mediatelier-cli accounts passwd LOGIN</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>تغيّرت كلمة سر %1.</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli accounts disable LOGIN</source>
        <translation>الاستعمال: mediatelier-cli accounts disable LOGIN</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli accounts enable LOGIN</source>
        <translation>الاستعمال: mediatelier-cli accounts enable LOGIN</translation>
    </message>
    <message>
        <source>Account %1 disabled.</source>
        <translation>عُطّل الحساب %1.</translation>
    </message>
    <message>
        <source>Account %1 enabled.</source>
        <translation>فُعّل الحساب %1.</translation>
    </message>
    <message>
        <source>Coordinator password: </source>
        <translation>كلمة سر المنسّق: </translation>
    </message>
    <message>
        <source>%1 is protected by staff accounts and this command shows or changes personal data: set MEDIATELIER_PASSWORD to a coordinator&apos;s password, or run the command in a terminal to type it.</source>
        <translation>%1 محمي بحسابات الفريق وهذا الأمر يعرض بيانات شخصية أو يغيّرها: ضع كلمة سر منسّق في MEDIATELIER_PASSWORD، أو شغّل الأمر في طرفية لكتابتها.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The file to write: JSON, or a readable PDF when it ends in .pdf.</source>
        <translation>الملف الذي سيُكتب: JSON، أو PDF مقروء عندما ينتهي بـ‎.pdf.</translation>
    </message>
    <message>
        <source>The learner&apos;s id or UUID.</source>
        <translation>معرّف المشارك أو UUID.</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli learners export-data ID -o FILE</source>
        <translation>الاستعمال: mediatelier-cli learners export-data ID -o FILE</translation>
    </message>
    <message>
        <source>%1 written: %2 workshop registration(s), %3 lesson page(s), %4 quiz attempt(s).</source>
        <translation>كُتب %1: تسجيلات في الورشات: %2، صفحات دروس: %3، محاولات اختبار: %4.</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli learners erase ID</source>
        <translation>الاستعمال: mediatelier-cli learners erase ID</translation>
    </message>
    <message>
        <source>Learner %1 was already anonymised (%2); nothing changed.</source>
        <translation>المشارك %1 مجهول الهوية من قبل (%2)؛ لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>Learner %1 erased: personal data removed; now %2.</source>
        <translation>مُحي المشارك %1: حُذفت البيانات الشخصية؛ وهو الآن %2.</translation>
    </message>
    <message>
        <source>Kept as anonymous counts: %1 attendance row(s), %2 quiz attempt(s).</source>
        <translation>محفوظ كأعداد مجهولة الهوية: أسطر حضور: %1، محاولات اختبار: %2.</translation>
    </message>
    <message>
        <source>%1: another program has the database open; the erased data leave its write-ahead log when that program closes it.</source>
        <translation>%1: برنامج آخر يفتح قاعدة البيانات؛ تخرج البيانات الممحوّة من سجلّه المؤقت (write-ahead log) عندما يغلقها ذلك البرنامج.</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import learners from %1</source>
        <translation>استيراد مشاركين من %1</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>مسافة جدولة (tab)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s); encoding %1; separator “%2”. Check which field each column holds:</source>
        <translation>
            <numerusform>%n سطر؛ الترميز %1؛ الفاصل «%2». تحقّق مما يحتويه كل عمود:</numerusform>
            <numerusform>سطر واحد؛ الترميز %1؛ الفاصل «%2». تحقّق مما يحتويه كل عمود:</numerusform>
            <numerusform>سطران؛ الترميز %1؛ الفاصل «%2». تحقّق مما يحتويه كل عمود:</numerusform>
            <numerusform>%n أسطر؛ الترميز %1؛ الفاصل «%2». تحقّق مما يحتويه كل عمود:</numerusform>
            <numerusform>%n سطرًا؛ الترميز %1؛ الفاصل «%2». تحقّق مما يحتويه كل عمود:</numerusform>
            <numerusform>%n سطر؛ الترميز %1؛ الفاصل «%2». تحقّق مما يحتويه كل عمود:</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns of the file and their first rows</source>
        <translation>أعمدة الملف وأسطرها الأولى</translation>
    </message>
    <message>
        <source>Field held by the column “%1”</source>
        <translation>محتوى العمود «%1»</translation>
    </message>
    <message>
        <source>Row report</source>
        <translation>تقرير سطرًا بسطر</translation>
    </message>
    <message>
        <source>&amp;Row report:</source>
        <translation>تقرير سطرًا بسطر:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n to import</source>
        <translation>
            <numerusform>%n للاستيراد</numerusform>
            <numerusform>واحد للاستيراد</numerusform>
            <numerusform>اثنان للاستيراد</numerusform>
            <numerusform>%n للاستيراد</numerusform>
            <numerusform>%n للاستيراد</numerusform>
            <numerusform>%n للاستيراد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) left out</source>
        <translation>
            <numerusform>لا يوجد أي تكرار</numerusform>
            <numerusform>سطر مكرَّر واحد تُرك جانبًا</numerusform>
            <numerusform>سطران مكرَّران تُركا جانبًا</numerusform>
            <numerusform>%n أسطر مكرَّرة تُركت جانبًا</numerusform>
            <numerusform>%n سطرًا مكرَّرًا تُرك جانبًا</numerusform>
            <numerusform>%n سطر مكرَّر تُرك جانبًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>لا يوجد سطر مرفوض</numerusform>
            <numerusform>سطر واحد مرفوض</numerusform>
            <numerusform>سطران مرفوضان</numerusform>
            <numerusform>%n أسطر مرفوضة</numerusform>
            <numerusform>%n سطرًا مرفوضًا</numerusform>
            <numerusform>%n سطر مرفوض</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>تمّ الاستيراد: %1</translation>
    </message>
    <message>
        <source>Nothing is written until you press Import: %1</source>
        <translation>لا يُحفظ أي شيء قبل أن تضغط على «استيراد»: %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n learner(s)</source>
        <translation>
            <numerusform>استيراد %n مشارك</numerusform>
            <numerusform>استيراد مشارك واحد</numerusform>
            <numerusform>استيراد مشاركَين</numerusform>
            <numerusform>استيراد %n مشاركين</numerusform>
            <numerusform>استيراد %n مشاركًا</numerusform>
            <numerusform>استيراد %n مشارك</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>لم يُستورد أي شيء: %1</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>لا يمكن كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>CvScreeningWidget</name>
    <message>
        <source>Ratio between the groups: %1 — below %2: adverse impact</source>
        <translation>النسبة بين المجموعتين: %1 — أقل من %2: أثر سلبي</translation>
    </message>
    <message>
        <source>Ratio between the groups: %1 — at least %2: passes the four-fifths rule</source>
        <translation>النسبة بين المجموعتين: %1 — %2 على الأقل: تحترم قاعدة الأخماس الأربعة</translation>
    </message>
    <message>
        <source>10 years of experience</source>
        <translation>10 سنوات من الخبرة</translation>
    </message>
    <message>
        <source>highest diploma</source>
        <translation>أعلى شهادة</translation>
    </message>
    <message>
        <source>being in group B</source>
        <translation>الانتماء إلى المجموعة ب</translation>
    </message>
    <message>
        <source>living in the south area</source>
        <translation>السكن في المنطقة الجنوبية</translation>
    </message>
    <message>
        <source>a career gap</source>
        <translation>انقطاع عن العمل</translation>
    </message>
    <message>
        <source>What the screener learned (points for or against): %1</source>
        <translation>ما تعلّمه برنامج الفرز (نقاط لصالح المترشح أو ضدّه): %1</translation>
    </message>
    <message>
        <source>%1 % shortlisted</source>
        <translation>%1 % مقبولون</translation>
    </message>
    <message>
        <source>Group A: %1 % shortlisted</source>
        <translation>المجموعة أ: %1 % مقبولون</translation>
    </message>
    <message>
        <source>Group B: %1 % shortlisted</source>
        <translation>المجموعة ب: %1 % مقبولون</translation>
    </message>
    <message>
        <source>In the %1 past decisions it learned from, recruiters hired %2 % of group A and %3 % of group B, with the same experience and diplomas in both groups.</source>
        <translation>في القرارات السابقة التي تعلّم منها (%1 قرارًا)، وظّف المسؤولون عن التوظيف %2 % من المجموعة أ و%3 % من المجموعة ب، مع أن الخبرة والشهادات هي نفسها في المجموعتين.</translation>
    </message>
    <message>
        <source>The CV screener: who gets shortlisted?</source>
        <translation>فرز السير الذاتية: من يُقبل؟</translation>
    </message>
    <message>
        <source>A screener learned from past hiring decisions, then sorted %1 new applicants. Untick what it may look at and watch the bars.</source>
        <translation>تعلّم برنامج فرز من قرارات توظيف قديمة، ثم فرز %1 مترشحًا جديدًا. أزل العلامة عمّا يُسمح له بالنظر إليه، وراقب الأعمدة.</translation>
    </message>
    <message>
        <source>Group A</source>
        <translation>المجموعة أ</translation>
    </message>
    <message>
        <source>Group B</source>
        <translation>المجموعة ب</translation>
    </message>
    <message>
        <source>Use the group</source>
        <translation>استعمال المجموعة</translation>
    </message>
    <message>
        <source>Use the postcode</source>
        <translation>استعمال الرمز البريدي</translation>
    </message>
    <message>
        <source>Use career gaps</source>
        <translation>استعمال الانقطاع عن العمل</translation>
    </message>
    <message>
        <source>Let the screener use the applicant&apos;s group</source>
        <translation>السماح لبرنامج الفرز باستعمال مجموعة المترشح</translation>
    </message>
    <message>
        <source>Let the screener use the postcode</source>
        <translation>السماح لبرنامج الفرز باستعمال الرمز البريدي</translation>
    </message>
    <message>
        <source>Let the screener use career gaps</source>
        <translation>السماح لبرنامج الفرز باستعمال الانقطاع عن العمل</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>إعادة من البداية</translation>
    </message>
    <message>
        <source>Reset the demonstration</source>
        <translation>إعادة العرض التوضيحي من البداية</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>What the screener did</source>
        <translation>ما فعله برنامج الفرز</translation>
    </message>
    <message>
        <source>Past decisions</source>
        <translation>القرارات السابقة</translation>
    </message>
    <message>
        <source>What the screener learned</source>
        <translation>ما تعلّمه برنامج الفرز</translation>
    </message>
    <message>
        <source>What this shows</source>
        <translation>ماذا يبيّن هذا</translation>
    </message>
    <message>
        <source>A machine trained on biased past decisions repeats the bias, at scale.</source>
        <translation>الآلة التي تتدرّب على قرارات سابقة منحازة تكرّر الانحياز، وعلى نطاق واسع.</translation>
    </message>
    <message>
        <source>The selection rate is the share of a group that is shortlisted; the four-fifths rule flags a problem when one group&apos;s rate is under 80 % of the other&apos;s.</source>
        <translation>نسبة الاختيار هي حصة المجموعة التي تُقبل؛ وقاعدة الأخماس الأربعة تنبّه إلى مشكلة عندما تكون نسبة مجموعة أقل من 80 % من نسبة الأخرى.</translation>
    </message>
    <message>
        <source>Removing the group is not enough: the postcode and career gaps reveal it, so the bias comes back through these proxies.</source>
        <translation>حذف المجموعة لا يكفي: فالرمز البريدي والانقطاع عن العمل يكشفانها، فيعود الانحياز عبر هذه المؤشرات غير المباشرة.</translation>
    </message>
    <message>
        <source>Removing the proxies too brings the rates closer, but the screener then knows less.</source>
        <translation>حذف المؤشرات غير المباشرة أيضًا يقرّب النسب، لكن برنامج الفرز يعرف عندئذ أقل.</translation>
    </message>
    <message>
        <source>Fairness has to be measured on the results; it cannot be assumed from the inputs.</source>
        <translation>الإنصاف يُقاس على النتائج؛ ولا يمكن افتراضه انطلاقًا من البيانات الأولى.</translation>
    </message>
    <message>
        <source>What it simplifies</source>
        <translation>ما الذي يبسّطه</translation>
    </message>
    <message>
        <source>The applicants are invented: two groups with exactly the same qualifications.</source>
        <translation>المترشحون متخيَّلون: مجموعتان لهما المؤهلات نفسها تمامًا.</translation>
    </message>
    <message>
        <source>Real CVs hold hundreds of clues (names, hobbies, schools) that can act as proxies.</source>
        <translation>السير الذاتية الحقيقية فيها مئات التفاصيل (الأسماء، الهوايات، المدارس) التي يمكن أن تكون مؤشرات غير مباشرة.</translation>
    </message>
    <message>
        <source>The four-fifths rule is one rule of thumb; other measures compare errors, and they cannot all be met at once.</source>
        <translation>قاعدة الأخماس الأربعة مقياس تقريبي واحد؛ وهناك مقاييس أخرى تقارن الأخطاء، ولا يمكن احترامها كلها في الوقت نفسه.</translation>
    </message>
    <message>
        <source>A real screener may be far more complex and much harder to inspect than this one.</source>
        <translation>قد يكون برنامج الفرز الحقيقي أعقد بكثير وأصعب فحصًا من هذا البرنامج.</translation>
    </message>
    <message>
        <source>Human oversight and the law</source>
        <translation>الرقابة البشرية والقانون</translation>
    </message>
    <message>
        <source>GDPR article 22: people may refuse a decision based solely on automated processing that significantly affects them, such as rejecting an application; where it is allowed, they can obtain a human review, give their view and contest it.</source>
        <translation>اللائحة الأوروبية العامة لحماية البيانات (GDPR)، المادة 22: يحق لكل شخص أن يرفض قرارًا يقوم فقط على معالجة آلية ويؤثر فيه تأثيرًا كبيرًا، مثل رفض ترشّحه؛ وحيث يُسمح بمثل هذا القرار، يمكنه أن يطلب مراجعته من إنسان، وأن يعطي رأيه، وأن يعترض عليه.</translation>
    </message>
    <message>
        <source>EU AI Act: systems that filter applications or evaluate candidates are &quot;high-risk&quot;; they need bias checks on their data, documentation and effective oversight by people able to overrule them.</source>
        <translation>القانون الأوروبي للذكاء الاصطناعي (AI Act): الأنظمة التي تفرز الترشحات أو تقيّم المترشحين «عالية المخاطر»؛ ويجب فحص الانحياز في بياناتها، وتوثيقها، ومراقبتها فعليًا من أشخاص قادرين على إلغاء قراراتها.</translation>
    </message>
    <message>
        <source>As of November 2026: these obligations were planned for August 2026; in 2026 the EU adopted changes that postpone them to December 2027. Check the current dates.</source>
        <translation>في نوفمبر 2026: كانت هذه الالتزامات مقرَّرة لأغسطس 2026؛ وفي 2026 اعتمد الاتحاد الأوروبي تغييرات تؤجّلها إلى ديسمبر 2027. تحقّق من التواريخ المعمول بها.</translation>
    </message>
    <message>
        <source>An employer stays responsible for discrimination, whatever software made the shortlist.</source>
        <translation>يبقى صاحب العمل مسؤولًا عن التمييز، مهما كان البرنامج الذي قام بالاختيار الأولي.</translation>
    </message>
</context>
<context>
    <name>DashboardModels</name>
    <message>
        <source>W%1 %2</source>
        <extracomment>A week: its ISO number and year, e.g. &quot;W10 2026&quot; (French: &quot;S10 2026&quot;)</extracomment>
        <translation>الأسبوع %1 %2</translation>
    </message>
    <message>
        <source>%1 learner-hours</source>
        <translation>%1 ساعة مشارك</translation>
    </message>
    <message>
        <source>%1 absent of %2 expected</source>
        <translation>%1 غائب من %2 منتظَر</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>غائب بعذر</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>غائب</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <source>New people</source>
        <translation>أشخاص جدد</translation>
    </message>
    <message>
        <source>Returning people</source>
        <translation>أشخاص عائدون</translation>
    </message>
    <message>
        <source>Distinct people</source>
        <translation>أشخاص مختلفون</translation>
    </message>
    <message>
        <source>Hours of workshops</source>
        <translation>ساعات الورشات</translation>
    </message>
    <message>
        <source>Learner-hours</source>
        <translation>ساعات المشاركين</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>الورشات</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>Gain (points)</source>
        <translation>التقدّم (نقاط)</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>No site</source>
        <translation>لا يوجد مكان</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>الساعات</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>نسبة الغياب</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Computing the dashboard…</source>
        <translation>جارٍ حساب لوحة المتابعة…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing was recorded with these filters.</source>
        <translation>لم يُسجَّل أي شيء بهذه المعايير.</translation>
    </message>
    <message>
        <source>Figures of %1 to %2.</source>
        <translation>أرقام الفترة من %1 إلى %2.</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>من:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>إلى:</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>حسب الشهر</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>حسب الأسبوع</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>التجميع حسب</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>الميسّر</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Progress of the dashboard</source>
        <translation>تقدّم لوحة المتابعة</translation>
    </message>
    <message>
        <source>workshops held</source>
        <translation>ورشات منجَزة</translation>
    </message>
    <message>
        <source>hours of training</source>
        <translation>ساعات تكوين</translation>
    </message>
    <message>
        <source>people reached</source>
        <translation>أشخاص شاركوا</translation>
    </message>
    <message>
        <source>new people</source>
        <translation>أشخاص جدد</translation>
    </message>
    <message>
        <source>no-show rate</source>
        <translation>نسبة الغياب</translation>
    </message>
    <message>
        <source>Attendance by status</source>
        <translation>الحضور حسب الحالة</translation>
    </message>
    <message>
        <source>New and returning people</source>
        <translation>الأشخاص الجدد والعائدون</translation>
    </message>
    <message>
        <source>Hours of training</source>
        <translation>ساعات التكوين</translation>
    </message>
    <message>
        <source>Comparison of sites</source>
        <translation>مقارنة الأماكن</translation>
    </message>
    <message>
        <source>Modules most taught (workshops)</source>
        <translation>الوحدات الأكثر تدريسًا (ورشات)</translation>
    </message>
    <message>
        <source>Quiz results before → after (average %)</source>
        <translation>نتائج الاختبار قبل ← بعد (المتوسط %)</translation>
    </message>
    <message>
        <source>People by age band</source>
        <translation>الأشخاص حسب الفئة العمرية</translation>
    </message>
    <message>
        <source>People by gender</source>
        <translation>الأشخاص حسب الجنس</translation>
    </message>
</context>
<context>
    <name>DashboardQuery</name>
    <message>
        <source>The dashboard was cancelled.</source>
        <translation>أُلغيت لوحة المتابعة.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a Mediatelier database.</source>
        <translation>%1 مجلد، وليس قاعدة بيانات Mediatelier.</translation>
    </message>
    <message>
        <source>%1 is not a Mediatelier database (it is not an SQLite file). It was left untouched.</source>
        <translation>%1 ليس قاعدة بيانات Mediatelier (ليس ملف SQLite). لم يُغيَّر فيه شيء.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>قاعدة البيانات %1 غير موجودة.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>لا يمكن إنشاء المجلد %1 لقاعدة البيانات.</translation>
    </message>
    <message>
        <source>Cannot write to %1: the folder or the file is read-only. Choose another place.</source>
        <translation>لا يمكن الكتابة في %1: المجلد أو الملف للقراءة فقط. اختر مكانًا آخر.</translation>
    </message>
    <message>
        <source>%1 is already open in another Mediatelier window. Use that window, or close it first.</source>
        <translation>%1 مفتوح من قبل في نافذة أخرى من Mediatelier. استعمل تلك النافذة، أو أغلقها أولًا.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>لا يمكن فتح %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>لا يمكن تحضير %1: %2</translation>
    </message>
    <message>
        <source>Cannot upgrade %1: %2</source>
        <translation>لا يمكن تحديث %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). It was left untouched.</source>
        <translation>%1 معطوب ولا يمكن قراءته (%2). لم يُغيَّر فيه شيء.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Mediatelier (data version %2; this program knows up to %3). Update Mediatelier to open it. The file was left untouched.</source>
        <translation>%1 كُتب بنسخة أحدث من Mediatelier (نسخة البيانات %2؛ هذا البرنامج يعرف حتى النسخة %3). حدّث Mediatelier لفتحه. لم يُغيَّر شيء في الملف.</translation>
    </message>
    <message>
        <source>%1 is damaged (the integrity check failed). It was left untouched; restore a backup or create a new file.</source>
        <translation>%1 معطوب (فشل فحص السلامة). لم يُغيَّر فيه شيء؛ استرجع نسخة احتياطية أو أنشئ ملفًا جديدًا.</translation>
    </message>
    <message>
        <source>Integrity check: %1</source>
        <translation>فحص السلامة: %1</translation>
    </message>
    <message>
        <source>Integrity check could not run: %1</source>
        <translation>تعذّر تشغيل فحص السلامة: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) point to records that do not exist.</source>
        <translation>
            <numerusform>لا يوجد سطر يشير إلى سجل غير موجود.</numerusform>
            <numerusform>سطر واحد يشير إلى سجل غير موجود.</numerusform>
            <numerusform>سطران يشيران إلى سجلات غير موجودة.</numerusform>
            <numerusform>%n أسطر تشير إلى سجلات غير موجودة.</numerusform>
            <numerusform>%n سطرًا يشير إلى سجلات غير موجودة.</numerusform>
            <numerusform>%n سطر يشير إلى سجلات غير موجودة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Foreign key check could not run: %1</source>
        <translation>تعذّر تشغيل فحص المفاتيح الخارجية: %1</translation>
    </message>
    <message>
        <source>Data version %1, expected %2.</source>
        <translation>نسخة البيانات %1، المنتظَرة: %2.</translation>
    </message>
    <message>
        <source>The backup cannot replace the database itself.</source>
        <translation>لا يمكن أن تحلّ النسخة الاحتياطية محلّ قاعدة البيانات نفسها.</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>لا يمكن استبدال %1.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>لا يمكن كتابة النسخة الاحتياطية %1: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <source>Mediatelier cannot open this database</source>
        <translation>لا يستطيع Mediatelier فتح قاعدة البيانات هذه</translation>
    </message>
    <message>
        <source>Nothing was changed in that file. What would you like to do?</source>
        <translation>لم يُغيَّر أي شيء في ذلك الملف. ماذا تريد أن تفعل؟</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>افتح ملفًا آخر…</translation>
    </message>
    <message>
        <source>Create a new file…</source>
        <translation>أنشئ ملفًا جديدًا…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Open a Mediatelier database</source>
        <translation>فتح قاعدة بيانات Mediatelier</translation>
    </message>
    <message>
        <source>Create a Mediatelier database</source>
        <translation>إنشاء قاعدة بيانات Mediatelier</translation>
    </message>
    <message>
        <source>The backup of %1 passed its check. Restoring it keeps the damaged file aside, renamed: it is never overwritten or deleted. What would you like to do?</source>
        <translation>نجحت النسخة الاحتياطية بتاريخ %1 في الفحص. استرجاعها يحفظ الملف المعطوب جانبًا، باسم جديد: لا يُكتب فوقه ولا يُحذف أبدًا. ماذا تريد أن تفعل؟</translation>
    </message>
    <message>
        <source>Restore the last good backup</source>
        <translation>استرجاع آخر نسخة احتياطية سليمة</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>The demo needs at least one year and one site.</source>
        <translation>تحتاج بيانات العرض إلى سنة واحدة ومكان واحد على الأقل.</translation>
    </message>
    <message numerus="yes">
        <source>This database already holds %n workshop(s); demo data would mix with them.</source>
        <translation>
            <numerusform>قاعدة البيانات هذه لا تحتوي على أي ورشة.</numerusform>
            <numerusform>قاعدة البيانات هذه تحتوي من قبل على ورشة واحدة؛ وستختلط بها بيانات العرض.</numerusform>
            <numerusform>قاعدة البيانات هذه تحتوي من قبل على ورشتين؛ وستختلط بهما بيانات العرض.</numerusform>
            <numerusform>قاعدة البيانات هذه تحتوي من قبل على %n ورشات؛ وستختلط بها بيانات العرض.</numerusform>
            <numerusform>قاعدة البيانات هذه تحتوي من قبل على %n ورشة؛ وستختلط بها بيانات العرض.</numerusform>
            <numerusform>قاعدة البيانات هذه تحتوي من قبل على %n ورشة؛ وستختلط بها بيانات العرض.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoRegistry</name>
    <message>
        <source>Teach the machine</source>
        <translation>علّم الآلة</translation>
    </message>
    <message>
        <source>The group sorts messages into scams and normal messages; the machine learns from them, and from mistakes.</source>
        <translation>تصنّف المجموعة رسائل إلى رسائل احتيال ورسائل عادية؛ وتتعلّم الآلة من هذه الأمثلة ومن الأخطاء.</translation>
    </message>
    <message>
        <source>The CV screener</source>
        <translation>فرز السير الذاتية</translation>
    </message>
    <message>
        <source>A screener learns from past hiring decisions, and their bias: selection rates per group, and the proxies that carry the bias.</source>
        <translation>يتعلّم برنامج فرز من قرارات توظيف قديمة ومن انحيازها: نسبة الاختيار لكل مجموعة، والمؤشرات غير المباشرة التي تنقل الانحياز.</translation>
    </message>
    <message>
        <source>How a chatbot writes</source>
        <translation>كيف يكتب روبوت المحادثة</translation>
    </message>
    <message>
        <source>A small model writes word by word, picking among likely next words: fluent is not the same as true.</source>
        <translation>نموذج صغير يكتب كلمة بعد كلمة، ويختار من بين الكلمات المحتملة التالية: الكلام السليم ليس بالضرورة صحيحًا.</translation>
    </message>
    <message>
        <source>Similar words</source>
        <translation>كلمات متقاربة</translation>
    </message>
    <message>
        <source>Words turned into numbers: a job search that understands misspellings and related jobs.</source>
        <translation>كلمات تتحوّل إلى أرقام: بحث عن المهن يفهم الأخطاء الإملائية والمهن القريبة.</translation>
    </message>
</context>
<context>
    <name>DemonstrationsScreen</name>
    <message>
        <source>Demonstrations</source>
        <translation>العروض التوضيحية</translation>
    </message>
    <message>
        <source>Four small demonstrations of what AI does, running on this computer without any network. Choose one on the left (Enter). Each has a Reset button and a panel saying what it shows and what it simplifies. They can be projected, and lessons open them from their pages.</source>
        <translation>أربعة عروض توضيحية صغيرة لما يفعله الذكاء الاصطناعي، تعمل على هذا الحاسوب دون أي اتصال بالإنترنت. اختر واحدًا من القائمة (Enter). لكل عرض زر «إعادة من البداية» ولوحة تقول ماذا يبيّن وما الذي يبسّطه. يمكن عرضها على جهاز العرض، وتفتحها الدروس من صفحاتها.</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>The export was cancelled; no file was kept.</source>
        <translation>أُلغي التصدير؛ لم يُحفظ أي ملف.</translation>
    </message>
</context>
<context>
    <name>FacilitatorGuideDialog</name>
    <message>
        <source>Facilitator guide — %1</source>
        <translation>دليل الميسّر — %1</translation>
    </message>
    <message>
        <source>Facilitator guide</source>
        <translation>دليل الميسّر</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>طباعة…</translation>
    </message>
</context>
<context>
    <name>FacilitatorStore</name>
    <message>
        <source>A facilitator needs a name.</source>
        <translation>يجب أن يكون للميسّر اسم.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>«%1» ليس عنوان بريد إلكتروني.</translation>
    </message>
    <message>
        <source>There is no facilitator %1.</source>
        <translation>لا يوجد ميسّر رقم %1.</translation>
    </message>
</context>
<context>
    <name>FacilitatorsDialog</name>
    <message>
        <source>Show &amp;inactive</source>
        <translation>إظهار غير النشطين</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>الميسّرون</translation>
    </message>
    <message>
        <source>&amp;Facilitators who lead workshops:</source>
        <translation>الميسّرون الذين ينشّطون الورشات:</translation>
    </message>
    <message>
        <source>Add a facilitator</source>
        <translation>إضافة ميسّر</translation>
    </message>
    <message>
        <source>Edit the facilitator</source>
        <translation>تعديل الميسّر</translation>
    </message>
    <message>
        <source>Remove the facilitator</source>
        <translation>حذف الميسّر</translation>
    </message>
    <message>
        <source>A facilitator who led workshops is deactivated instead, so that past workshops keep their name.</source>
        <translation>الميسّر الذي نشّط ورشات من قبل يُعطَّل بدل أن يُحذف، لكي تحتفظ الورشات السابقة باسمه.</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (غير نشط)</translation>
    </message>
    <message>
        <source>Rea&amp;ctivate</source>
        <translation>إعادة التفعيل</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>تعطيل</translation>
    </message>
    <message>
        <source>Reactivate the facilitator</source>
        <translation>إعادة تفعيل الميسّر</translation>
    </message>
    <message>
        <source>Deactivate the facilitator</source>
        <translation>تعطيل الميسّر</translation>
    </message>
    <message>
        <source>Remove facilitator</source>
        <translation>حذف الميسّر</translation>
    </message>
    <message>
        <source>Remove %1 from the list?</source>
        <translation>هل تحذف %1 من القائمة؟</translation>
    </message>
    <message>
        <source>%1 led workshops, so they were deactivated rather than removed: past workshops keep their name.</source>
        <translation>%1 نشّط ورشات من قبل، لذلك عُطِّل بدل أن يُحذف: تحتفظ الورشات السابقة باسمه.</translation>
    </message>
    <message>
        <source>Edit facilitator</source>
        <translation>تعديل الميسّر</translation>
    </message>
    <message>
        <source>New facilitator</source>
        <translation>ميسّر جديد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Home site</source>
        <translation>المكان الرئيسي</translation>
    </message>
    <message>
        <source>No site</source>
        <translation>لا يوجد مكان</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>E-&amp;mail (optional):</source>
        <translation>البريد الإلكتروني (اختياري):</translation>
    </message>
    <message>
        <source>&amp;Home site:</source>
        <translation>المكان الرئيسي:</translation>
    </message>
</context>
<context>
    <name>GiftFormat</name>
    <message>
        <source>the question title opened with &apos;::&apos; is never closed</source>
        <translation>عنوان السؤال الذي فُتح بـ«::» لم يُغلق أبدًا</translation>
    </message>
    <message>
        <source>&apos;}&apos; closes no answer block (write \} for a brace in a text)</source>
        <translation>«}» لا يغلق أي مجموعة أجوبة (اكتب \} لوضع قوس معقوف في نص)</translation>
    </message>
    <message>
        <source>description without answers</source>
        <translation>وصف بلا أجوبة</translation>
    </message>
    <message>
        <source>the answer block opened with &apos;{&apos; is never closed</source>
        <translation>مجموعة الأجوبة التي فُتحت بـ«{» لم تُغلق أبدًا</translation>
    </message>
    <message>
        <source>a second answer block in the same question: separate questions with a blank line</source>
        <translation>مجموعة أجوبة ثانية في السؤال نفسه: افصل بين الأسئلة بسطر فارغ</translation>
    </message>
    <message>
        <source>missing-word question (the answers are in the middle of the sentence)</source>
        <translation>سؤال الكلمة الناقصة (الأجوبة في وسط الجملة)</translation>
    </message>
    <message>
        <source>question without text</source>
        <translation>سؤال بلا نص</translation>
    </message>
    <message>
        <source>unknown marker &apos;%1&apos;: each answer starts with = or ~</source>
        <translation>علامة غير معروفة «%1»: كل جواب يبدأ بـ= أو ~</translation>
    </message>
    <message>
        <source>invalid weight in &apos;%1&apos; (a weight is a percentage between two % signs)</source>
        <translation>وزن غير صالح في «%1» (الوزن نسبة مئوية بين علامتَي %)</translation>
    </message>
    <message>
        <source>essay question (free answer, nothing to check)</source>
        <translation>سؤال مفتوح (جواب حر، لا شيء للتصحيح)</translation>
    </message>
    <message>
        <source>an answer is empty</source>
        <translation>أحد الأجوبة فارغ</translation>
    </message>
    <message>
        <source>the answer block has no answers</source>
        <translation>مجموعة الأجوبة لا تحتوي على أي جواب</translation>
    </message>
    <message>
        <source>short-answer question with no accepted answer</source>
        <translation>سؤال بجواب قصير دون أي جواب مقبول</translation>
    </message>
    <message>
        <source>choice question with no correct answer</source>
        <translation>سؤال اختيار دون جواب صحيح</translation>
    </message>
    <message>
        <source>&apos;-&gt;&apos; outside a matching question (a matching question has only =left -&gt; right answers)</source>
        <translation>«-&gt;» خارج سؤال مطابقة (سؤال المطابقة لا يحتوي إلا على أجوبة =يسار -&gt; يمين)</translation>
    </message>
    <message>
        <source>matching question with extra right-hand answers</source>
        <translation>سؤال مطابقة فيه أجوبة زائدة في الجهة اليمنى</translation>
    </message>
    <message>
        <source>matching question with fewer than two pairs</source>
        <translation>سؤال مطابقة فيه أقل من زوجين</translation>
    </message>
    <message>
        <source>unknown marker &apos;#&apos;: a true/false answer has at most two feedbacks</source>
        <translation>علامة غير معروفة «#»: لجواب صحيح/خطأ تعليقان على الأكثر</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number, a number:tolerance or a low..high range</source>
        <translation>«%1» ليس رقمًا، ولا رقم:هامش، ولا مجالًا أدنى..أعلى</translation>
    </message>
    <message>
        <source>numeric question with partial credit only</source>
        <translation>سؤال رقمي بنقاط جزئية فقط</translation>
    </message>
</context>
<context>
    <name>GroupModeLauncher</name>
    <message>
        <source>No module has questions for group mode.</source>
        <translation>لا توجد وحدة فيها أسئلة لوضع المجموعة.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) for the group.</source>
        <translation>
            <numerusform>لا يوجد أي سؤال للمجموعة.</numerusform>
            <numerusform>سؤال واحد للمجموعة.</numerusform>
            <numerusform>سؤالان للمجموعة.</numerusform>
            <numerusform>%n أسئلة للمجموعة.</numerusform>
            <numerusform>%n سؤالًا للمجموعة.</numerusform>
            <numerusform>%n سؤال للمجموعة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quiz with the whole group</source>
        <translation>اختبار مع كل المجموعة</translation>
    </message>
    <message>
        <source>The questions are projected in large type. Count the raised hands for each option, then show the answers. No name is asked, shown or kept.</source>
        <translation>تُعرض الأسئلة بحروف كبيرة. عُدّ الأيدي المرفوعة لكل جواب، ثم أظهر الأجوبة. لا يُطلب أي اسم ولا يُعرض ولا يُحفظ.</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>الوحدة:</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Start group mode</source>
        <translation>بدء وضع المجموعة</translation>
    </message>
</context>
<context>
    <name>GroupModeWindow</name>
    <message>
        <source>True</source>
        <translation>صحيح</translation>
    </message>
    <message>
        <source>False</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>السؤال %1 من %2</translation>
    </message>
    <message>
        <source>Hide the answers</source>
        <translation>إخفاء الأجوبة</translation>
    </message>
    <message>
        <source>Show the answers</source>
        <translation>إظهار الأجوبة</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>No hands counted yet.</source>
        <translation>لم تُعدّ أي يد بعد.</translation>
    </message>
    <message>
        <source>%1 % of the raised hands went to a correct answer.</source>
        <translation>%1 % من الأيدي المرفوعة كانت لجواب صحيح.</translation>
    </message>
    <message>
        <source>Correct answers: %1</source>
        <translation>الأجوبة الصحيحة: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Correct answer: %1</source>
        <translation>الجواب الصحيح: %1</translation>
    </message>
    <message>
        <source>Mediatelier — group quiz</source>
        <translation>Mediatelier — اختبار جماعي</translation>
    </message>
    <message>
        <source>Group quiz</source>
        <translation>اختبار جماعي</translation>
    </message>
    <message>
        <source>Several answers can be right: raise your hand for each one you choose.</source>
        <translation>قد تكون عدة أجوبة صحيحة: ارفع يدك لكل جواب تختاره.</translation>
    </message>
    <message>
        <source>This module cannot be found.</source>
        <translation>لا يمكن العثور على هذه الوحدة.</translation>
    </message>
    <message>
        <source>This module has no question that a group can answer by raising hands.</source>
        <translation>هذه الوحدة ليس فيها سؤال يمكن لمجموعة أن تجيب عنه برفع الأيدي.</translation>
    </message>
    <message>
        <source>← Previous question</source>
        <translation>→ السؤال السابق</translation>
    </message>
    <message>
        <source>Page Up or Left arrow</source>
        <translation>Page Up أو السهم الأيسر</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>السؤال السابق</translation>
    </message>
    <message>
        <source>Next question →</source>
        <translation>السؤال التالي ←</translation>
    </message>
    <message>
        <source>Page Down or Right arrow</source>
        <translation>Page Down أو السهم الأيمن</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>السؤال التالي</translation>
    </message>
    <message>
        <source>Return or S shows the answers, H hides them</source>
        <translation>Enter أو S يُظهر الأجوبة، وH يخفيها</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Correct answer</source>
        <translation>الجواب الصحيح</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>لماذا</translation>
    </message>
    <message>
        <source>Share of correct answers</source>
        <translation>نسبة الأجوبة الصحيحة</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>الشرح</translation>
    </message>
    <message>
        <source>Raised hands for option %1</source>
        <translation>الأيدي المرفوعة للجواب %1</translation>
    </message>
    <message>
        <source>Up/Down or +/− change the count; Tab goes to the next option</source>
        <translation>أعلى/أسفل أو +/− لتغيير العدد؛ Tab للانتقال إلى الجواب التالي</translation>
    </message>
    <message>
        <source>One hand less for option %1</source>
        <translation>يد واحدة أقل للجواب %1</translation>
    </message>
    <message>
        <source>One hand more for option %1</source>
        <translation>يد واحدة أكثر للجواب %1</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>الجواب %1</translation>
    </message>
</context>
<context>
    <name>GroupResultsDialog</name>
    <message>
        <source>Group results of a workshop</source>
        <translation>نتائج مجموعة في ورشة</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>الورشة</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>الاختبار</translation>
    </message>
    <message>
        <source>After the module</source>
        <translation>بعد الوحدة</translation>
    </message>
    <message>
        <source>Before the module</source>
        <translation>قبل الوحدة</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>تمرين</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>How the scores spread</source>
        <translation>توزيع النتائج</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Right answers</source>
        <translation>الأجوبة الصحيحة</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>الأجوبة</translation>
    </message>
    <message>
        <source>Success rate per question, lowest first</source>
        <translation>نسبة النجاح في كل سؤال، من الأدنى إلى الأعلى</translation>
    </message>
    <message>
        <source>&amp;Workshop:</source>
        <translation>الورشة:</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>الوحدة:</translation>
    </message>
    <message>
        <source>&amp;Quiz:</source>
        <translation>الاختبار:</translation>
    </message>
    <message>
        <source>No finished quiz for this workshop, module and quiz yet.</source>
        <translation>لا يوجد بعد أي اختبار مكتمل لهذه الورشة وهذه الوحدة وهذا الاختبار.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) finished this quiz. Average score: %1 %.</source>
        <translation>
            <numerusform>لم يُكمل أي شخص هذا الاختبار. متوسط النتيجة: %1 %.</numerusform>
            <numerusform>أكمل شخص واحد هذا الاختبار. متوسط النتيجة: %1 %.</numerusform>
            <numerusform>أكمل شخصان هذا الاختبار. متوسط النتيجة: %1 %.</numerusform>
            <numerusform>أكمل %n أشخاص هذا الاختبار. متوسط النتيجة: %1 %.</numerusform>
            <numerusform>أكمل %n شخصًا هذا الاختبار. متوسط النتيجة: %1 %.</numerusform>
            <numerusform>أكمل %n شخص هذا الاختبار. متوسط النتيجة: %1 %.</numerusform>
        </translation>
    </message>
    <message>
        <source>0–19 %</source>
        <translation>0–19 %</translation>
    </message>
    <message>
        <source>20–39 %</source>
        <translation>20–39 %</translation>
    </message>
    <message>
        <source>40–59 %</source>
        <translation>40–59 %</translation>
    </message>
    <message>
        <source>60–79 %</source>
        <translation>60–79 %</translation>
    </message>
    <message>
        <source>80–100 %</source>
        <translation>80–100 %</translation>
    </message>
</context>
<context>
    <name>LearnerDataDocument</name>
    <message>
        <source>Your data at this digital space — %1</source>
        <translation>بياناتك في هذا الفضاء الرقمي — %1</translation>
    </message>
    <message>
        <source>Who you are</source>
        <translation>من أنت</translation>
    </message>
    <message>
        <source>Name used here</source>
        <translation>الاسم المستعمل هنا</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Notes written about you</source>
        <translation>ملاحظات مكتوبة عنك</translation>
    </message>
    <message>
        <source>Your personal sign-in code</source>
        <translation>رمز دخولك الشخصي</translation>
    </message>
    <message>
        <source>Digital space</source>
        <translation>الفضاء الرقمي</translation>
    </message>
    <message>
        <source>Record created on</source>
        <translation>أُنشئت البطاقة يوم</translation>
    </message>
    <message>
        <source>Last changed on</source>
        <translation>آخر تغيير يوم</translation>
    </message>
    <message>
        <source>Anonymised on</source>
        <translation>أُخفيت الهوية يوم</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Your consent</source>
        <translation>موافقتك</translation>
    </message>
    <message>
        <source>No consent date is recorded.</source>
        <translation>لا يوجد تاريخ موافقة مسجَّل.</translation>
    </message>
    <message>
        <source>You agreed on %1 to the privacy notice, version %2.</source>
        <translation>وافقت يوم %1 على إشعار الخصوصية، النسخة %2.</translation>
    </message>
    <message>
        <source>Workshops you came to or registered for</source>
        <translation>الورشات التي حضرتها أو سجّلت فيها</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>لا شيء.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>الورشة</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>القاعة</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>الميسّر</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Checked in at</source>
        <translation>ساعة الوصول</translation>
    </message>
    <message>
        <source>Every change made at the door</source>
        <translation>كل تغيير عند الاستقبال</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>Lessons you read</source>
        <translation>الدروس التي قرأتها</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Pages opened</source>
        <translation>الصفحات المفتوحة</translation>
    </message>
    <message>
        <source>Pages finished</source>
        <translation>الصفحات المكتملة</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>أول زيارة</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>آخر زيارة</translation>
    </message>
    <message>
        <source>before the module</source>
        <translation>قبل الوحدة</translation>
    </message>
    <message>
        <source>after the module</source>
        <translation>بعد الوحدة</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>تمرين</translation>
    </message>
    <message>
        <source>self-assessment</source>
        <translation>تقييم ذاتي</translation>
    </message>
    <message>
        <source>Your quiz answers and results</source>
        <translation>أجوبتك ونتائجك في الاختبارات</translation>
    </message>
    <message>
        <source>score %1 / %2</source>
        <translation>النتيجة %1 / %2</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>غير مكتمل</translation>
    </message>
    <message>
        <source>%1 — quiz %2, %3: %4</source>
        <translation>%1 — اختبار %2، %3: %4</translation>
    </message>
    <message>
        <source>%1 out of 5</source>
        <translation>%1 من 5</translation>
    </message>
    <message>
        <source>right</source>
        <translation>صحيح</translation>
    </message>
    <message>
        <source>partly right</source>
        <translation>صحيح جزئيًا</translation>
    </message>
    <message>
        <source>not right</source>
        <translation>غير صحيح</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>جوابك</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>بياناتك</translation>
    </message>
    <message>
        <source>This document lists everything this digital space keeps about you in Mediatelier, as of %1. Nothing about other people is included. A computer-readable copy (JSON) comes with it.</source>
        <translation>تسرد هذه الوثيقة كل ما يحتفظ به هذا الفضاء الرقمي عنك في Mediatelier، بتاريخ %1. لا يوجد فيها أي شيء عن أشخاص آخرين. ومعها نسخة يقرؤها الحاسوب (JSON).</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>حقوقك</translation>
    </message>
    <message>
        <source>You may ask to see, correct or erase these data, take them elsewhere, or object to their use. Ask the staff of the digital space; the privacy notice says how to complain to the data protection authority.</source>
        <translation>يمكنك أن تطلب رؤية هذه البيانات أو تصحيحها أو محوها، أو أخذها إلى مكان آخر، أو الاعتراض على استعمالها. اسأل فريق الفضاء الرقمي؛ وإشعار الخصوصية يقول كيف تشتكي إلى هيئة حماية البيانات.</translation>
    </message>
</context>
<context>
    <name>LearnerDataExport</name>
    <message>
        <source>There is no learner %1.</source>
        <translation>لا يوجد مشارك رقم %1.</translation>
    </message>
    <message>
        <source>learner-data</source>
        <comment>file name</comment>
        <translation>بيانات-المشارك</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>لا يمكن كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>LearnerEditDialog</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Consent &amp;given on</source>
        <translation>الموافقة أُعطيت يوم</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>تعديل %1</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>مشارك جديد</translation>
    </message>
    <message>
        <source>&amp;Display name (required):</source>
        <translation>الاسم المعروض (إجباري):</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>الاسم المعروض</translation>
    </message>
    <message>
        <source>A first name or a nickname is enough</source>
        <translation>يكفي الاسم الأول أو اسم مستعار</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>الاسم الأول:</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>اسم العائلة:</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>الهاتف:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>البريد الإلكتروني:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Post&amp;code:</source>
        <translation>الرمز البريدي:</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>&amp;Age band:</source>
        <translation>الفئة العمرية:</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Ge&amp;nder:</source>
        <translation>الجنس:</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>تاريخ الموافقة</translation>
    </message>
    <message>
        <source>Consent given today</source>
        <translation>الموافقة أُعطيت اليوم</translation>
    </message>
    <message>
        <source>Consent &amp;wording version:</source>
        <translation>نسخة نص الموافقة:</translation>
    </message>
    <message>
        <source>Consent wording version</source>
        <translation>نسخة نص الموافقة</translation>
    </message>
    <message>
        <source>Personal c&amp;ode:</source>
        <translation>الرمز الشخصي:</translation>
    </message>
    <message>
        <source>Personal code</source>
        <translation>الرمز الشخصي</translation>
    </message>
    <message>
        <source>A short code the learner types to sign in on a shared computer.</source>
        <translation>رمز قصير يكتبه المشارك للدخول على حاسوب مشترك.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Note&amp;s:</source>
        <translation>ملاحظات:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Already known?</source>
        <translation>شخص معروف من قبل؟</translation>
    </message>
    <message numerus="yes">
        <source>%1 looks like the same person.</source>
        <translation>
            <numerusform>يبدو أن %1 هو الشخص نفسه.</numerusform>
            <numerusform>يبدو أن %1 هو الشخص نفسه.</numerusform>
            <numerusform>يبدو أن %1 هما الشخص نفسه.</numerusform>
            <numerusform>يبدو أن %1 هم الشخص نفسه.</numerusform>
            <numerusform>يبدو أن %1 هم الشخص نفسه.</numerusform>
            <numerusform>يبدو أن %1 هم الشخص نفسه.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Use the existing record</source>
        <translation>استعمال البطاقة الموجودة</translation>
    </message>
    <message>
        <source>&amp;Create anyway</source>
        <translation>إنشاء رغم ذلك</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>حفظ رغم ذلك</translation>
    </message>
    <message>
        <source>To keep one record with everything, use Merge… in the list of learners.</source>
        <translation>للاحتفاظ ببطاقة واحدة فيها كل المعلومات، استعمل «دمج…» في قائمة المشاركين.</translation>
    </message>
    <message>
        <source>Not the current privacy notice (version %1): read the current one with the person and record their consent again.</source>
        <translation>ليس إشعار الخصوصية الحالي (النسخة %1): اقرأ الإشعار الحالي مع الشخص وسجّل موافقته من جديد.</translation>
    </message>
    <message>
        <source>Current privacy notice: version %1 (Help → Privacy notice…).</source>
        <translation>إشعار الخصوصية الحالي: النسخة %1 (مساعدة ← إشعار الخصوصية…).</translation>
    </message>
</context>
<context>
    <name>LearnerErasure</name>
    <message>
        <source>There is no learner %1.</source>
        <translation>لا يوجد مشارك رقم %1.</translation>
    </message>
</context>
<context>
    <name>LearnerFields</name>
    <message>
        <source>under 18</source>
        <translation>أقل من 18 سنة</translation>
    </message>
    <message>
        <source>over 75</source>
        <translation>أكثر من 75 سنة</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>غير محدَّد</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2 سنة</translation>
    </message>
    <message>
        <source>woman</source>
        <translation>امرأة</translation>
    </message>
    <message>
        <source>man</source>
        <translation>رجل</translation>
    </message>
    <message>
        <source>other</source>
        <translation>آخر</translation>
    </message>
</context>
<context>
    <name>LearnerImport</name>
    <message>
        <source>(ignore this column)</source>
        <translation>(تجاهل هذا العمود)</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>الاسم المعروض</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>تاريخ الموافقة</translation>
    </message>
    <message>
        <source>Consent wording version</source>
        <translation>نسخة نص الموافقة</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: لا يمكن قراءته (%2).</translation>
    </message>
    <message>
        <source>%1: the file is empty; a first line with the column names is expected, e.g. “Prénom;Nom;Code postal”.</source>
        <translation>%1: الملف فارغ؛ يُنتظر سطر أول فيه أسماء الأعمدة، مثلًا «Prénom;Nom;Code postal».</translation>
    </message>
    <message>
        <source>%1: no column gives a name. The first line must name at least one of these columns: “Pseudo” or “Display name”, “Prénom” or “First name”, “Nom” or “Last name”. Columns found: %2.</source>
        <translation>%1: لا يوجد عمود يعطي اسمًا. يجب أن يذكر السطر الأول واحدًا على الأقل من هذه الأعمدة: «Pseudo» أو «Display name»، «Prénom» أو «First name»، «Nom» أو «Last name». الأعمدة الموجودة: %2.</translation>
    </message>
    <message>
        <source>no name (display name, first name or last name)</source>
        <translation>لا يوجد اسم (الاسم المعروض أو الاسم الأول أو اسم العائلة)</translation>
    </message>
    <message>
        <source>invalid e-mail address “%1”</source>
        <translation>عنوان بريد إلكتروني غير صالح «%1»</translation>
    </message>
    <message>
        <source>unknown age band “%1”</source>
        <translation>فئة عمرية غير معروفة «%1»</translation>
    </message>
    <message>
        <source>unknown gender “%1”</source>
        <translation>جنس غير معروف «%1»</translation>
    </message>
    <message>
        <source>invalid consent date “%1” (expected e.g. 2026-03-01 or 01/03/2026)</source>
        <translation>تاريخ موافقة غير صالح «%1» (المنتظَر مثلًا 2026-03-01 أو 01/03/2026)</translation>
    </message>
    <message>
        <source>Line %1: %2 imported.</source>
        <translation>السطر %1: استُورد %2.</translation>
    </message>
    <message>
        <source>Line %1: %2 will be imported.</source>
        <translation>السطر %1: سيُستورد %2.</translation>
    </message>
    <message>
        <source>Line %1: %2 looks like %3, already stored; not imported.</source>
        <translation>السطر %1: %2 يشبه %3، المحفوظ من قبل؛ لم يُستورد.</translation>
    </message>
    <message>
        <source>Line %1: %2 looks like the person on line %3; not imported.</source>
        <translation>السطر %1: %2 يشبه الشخص في السطر %3؛ لم يُستورد.</translation>
    </message>
    <message>
        <source>Line %1: rejected: %2.</source>
        <translation>السطر %1: مرفوض: %2.</translation>
    </message>
</context>
<context>
    <name>LearnerMergeDialog</name>
    <message>
        <source>Merge two records</source>
        <translation>دمج بطاقتين</translation>
    </message>
    <message>
        <source>These two records describe the same person. Which one do you keep?</source>
        <translation>هاتان البطاقتان تصفان الشخص نفسه. أيّهما تحتفظ بها؟</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>الاحتفاظ بـ%1</translation>
    </message>
    <message>
        <source>The attendance, lesson progress and quiz results of the other record move to the one kept; what the kept record lacks (phone, e-mail…) is taken from the other. Then the other record is deleted. This cannot be undone.</source>
        <translation>ينتقل الحضور والتقدّم في الدروس ونتائج الاختبارات من البطاقة الأخرى إلى البطاقة المحتفَظ بها؛ وما ينقص البطاقة المحتفَظ بها (الهاتف، البريد الإلكتروني…) يؤخذ من الأخرى. ثم تُحذف البطاقة الأخرى. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <source>last came %1</source>
        <translation>آخر حضور: %1</translation>
    </message>
    <message>
        <source>Keep: %1</source>
        <translation>الاحتفاظ: %1</translation>
    </message>
</context>
<context>
    <name>LearnerPickerDialog</name>
    <message>
        <source>Who is reading?</source>
        <translation>من يقرأ؟</translation>
    </message>
    <message>
        <source>Type the first letters of the name:</source>
        <translation>اكتب الحروف الأولى من الاسم:</translation>
    </message>
    <message>
        <source>Search a learner</source>
        <translation>البحث عن مشارك</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Guest (nothing is recorded)</source>
        <translation>ضيف (لا يُحفظ أي شيء)</translation>
    </message>
</context>
<context>
    <name>LearnerPrivacyActions</name>
    <message>
        <source>Export their data</source>
        <translation>تصدير بياناته</translation>
    </message>
    <message>
        <source>Export their data (a JSON file and a PDF beside it)</source>
        <translation>تصدير بياناته (ملف JSON وملف PDF بجانبه)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>ملفات JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved:
%1
%2

The PDF is for the person to read; the JSON file is for another program. Both hold personal data: hand them over, then delete them from this computer.</source>
        <translation>حُفظ:
%1
%2

ملف PDF ليقرأه الشخص؛ وملف JSON لبرنامج آخر. كلاهما يحتوي على بيانات شخصية: سلّمهما، ثم احذفهما من هذا الحاسوب.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Erase a learner</source>
        <translation>محو مشارك</translation>
    </message>
    <message>
        <source>Erase %1 for good?</source>
        <translation>هل تمحو %1 نهائيًا؟</translation>
    </message>
    <message>
        <source>Their name, phone, e-mail, postcode, notes and personal code are removed and cannot be brought back. Their attendance and quiz results stay as anonymous counts, under a reference with no name, so that earlier reports still add up; their age band and gender stay for the same reason.

Think of exporting their data first if they want a copy.</source>
        <translation>يُحذف اسمه وهاتفه وبريده الإلكتروني ورمزه البريدي وملاحظاته ورمزه الشخصي ولا يمكن استرجاعها. يبقى حضوره ونتائجه في الاختبارات كأعداد مجهولة الهوية، تحت مرجع بلا اسم، لكي تبقى التقارير السابقة صحيحة؛ وتبقى فئته العمرية وجنسه للسبب نفسه.

فكّر في تصدير بياناته أولًا إذا أراد نسخة منها.</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>المحو نهائيًا</translation>
    </message>
    <message>
        <source>Nothing was erased: %1</source>
        <translation>لم يُمحَ أي شيء: %1</translation>
    </message>
</context>
<context>
    <name>LearnerSignInDialog</name>
    <message>
        <source>Welcome</source>
        <translation>مرحبًا</translation>
    </message>
    <message>
        <source>Type your first name or your personal code:</source>
        <translation>اكتب اسمك الأول أو رمزك الشخصي:</translation>
    </message>
    <message>
        <source>Your first name or personal code</source>
        <translation>اسمك الأول أو رمزك الشخصي</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Continue as a guest</source>
        <translation>المتابعة كضيف</translation>
    </message>
    <message>
        <source>As a guest you can read and answer quizzes; nothing is recorded.</source>
        <translation>كضيف، يمكنك أن تقرأ وتجيب عن الاختبارات؛ لا يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>Several people have this name. Please type your personal code, or ask the mediator.</source>
        <translation>هناك عدة أشخاص بهذا الاسم. من فضلك اكتب رمزك الشخصي، أو اسأل الوسيط.</translation>
    </message>
    <message>
        <source>We do not know this name yet. Check the spelling, ask the mediator, or continue as a guest.</source>
        <translation>لا نعرف هذا الاسم بعد. تحقّق من الكتابة، أو اسأل الوسيط، أو تابع كضيف.</translation>
    </message>
</context>
<context>
    <name>LearnerStore</name>
    <message>
        <source>A learner needs a display name.</source>
        <translation>يجب أن يكون للمشارك اسم معروض.</translation>
    </message>
    <message>
        <source>There is no learner %1.</source>
        <translation>لا يوجد مشارك رقم %1.</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address.</source>
        <translation>«%1» ليس عنوان بريد إلكتروني صالحًا.</translation>
    </message>
    <message>
        <source>“%1” is not a known age band.</source>
        <translation>«%1» ليست فئة عمرية معروفة.</translation>
    </message>
    <message>
        <source>“%1” is not a known gender.</source>
        <translation>«%1» ليس جنسًا معروفًا.</translation>
    </message>
    <message>
        <source>The personal code %1 is already used by another learner.</source>
        <translation>الرمز الشخصي %1 يستعمله مشارك آخر.</translation>
    </message>
    <message>
        <source>A learner cannot be merged with themselves.</source>
        <translation>لا يمكن دمج مشارك مع نفسه.</translation>
    </message>
</context>
<context>
    <name>LearnerTableModel</name>
    <message>
        <source>Display name</source>
        <translation>الاسم المعروض</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>Last attended</source>
        <translation>آخر حضور</translation>
    </message>
</context>
<context>
    <name>LearnersScreen</name>
    <message>
        <source>Learners</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>بحث:</translation>
    </message>
    <message>
        <source>A few letters of a name; accents and capitals do not matter</source>
        <translation>بعض حروف الاسم؛ لا تهمّ الحركات ولا الحروف الكبيرة</translation>
    </message>
    <message>
        <source>Find a learner</source>
        <translation>البحث عن مشارك</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>جديد…</translation>
    </message>
    <message>
        <source>Create a learner (Ctrl+N)</source>
        <translation>إنشاء مشارك (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Edit the selected learner (Enter)</source>
        <translation>تعديل المشارك المحدَّد (Enter)</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>دمج…</translation>
    </message>
    <message>
        <source>Select two records of the same person (Shift+↓ or Ctrl+click), then merge them</source>
        <translation>حدّد بطاقتين للشخص نفسه (Shift+↓ أو Ctrl+نقرة)، ثم ادمجهما</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>استيراد ملف CSV…</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n مشارك</numerusform>
            <numerusform>مشارك واحد</numerusform>
            <numerusform>مشاركان</numerusform>
            <numerusform>%n مشاركين</numerusform>
            <numerusform>%n مشاركًا</numerusform>
            <numerusform>%n مشارك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%n نتائج</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <source>Select the two records of the same person first (Shift+↓ or Ctrl+click).</source>
        <translation>حدّد أولًا البطاقتين الخاصتين بالشخص نفسه (Shift+↓ أو Ctrl+نقرة).</translation>
    </message>
    <message>
        <source>The records were not merged: %1</source>
        <translation>لم تُدمج البطاقتان: %1</translation>
    </message>
    <message>
        <source>Import learners</source>
        <translation>استيراد مشاركين</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>ملفات CSV (*.csv *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Their rights:</source>
        <translation>حقوقه:</translation>
    </message>
    <message>
        <source>E&amp;xport their data…</source>
        <translation>تصدير بياناته…</translation>
    </message>
    <message>
        <source>Everything stored about the selected person, as a PDF to read and a JSON file (access, portability)</source>
        <translation>كل ما هو محفوظ عن الشخص المحدَّد، كملف PDF للقراءة وملف JSON (الاطلاع، النقل)</translation>
    </message>
    <message>
        <source>E&amp;rase…</source>
        <translation>محو…</translation>
    </message>
    <message>
        <source>Remove the selected person&apos;s name and contact details for good; their attendance stays as anonymous counts</source>
        <translation>حذف اسم الشخص المحدَّد ووسائل الاتصال به نهائيًا؛ يبقى حضوره كأعداد مجهولة الهوية</translation>
    </message>
    <message>
        <source>&amp;Privacy notice…</source>
        <translation>إشعار الخصوصية…</translation>
    </message>
</context>
<context>
    <name>LessonReader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>← Modules</source>
        <translation>→ الوحدات</translation>
    </message>
    <message>
        <source>Back to the list of modules</source>
        <translation>الرجوع إلى قائمة الوحدات</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>→ السابقة</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>التالية ←</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−‎</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>نص أصغر</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+-)</source>
        <translation>نص أصغر (Ctrl+-)</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+‎</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <source>Larger text (Ctrl++)</source>
        <translation>نص أكبر (Ctrl++)</translation>
    </message>
    <message>
        <source>Facilitator guide</source>
        <translation>دليل الميسّر</translation>
    </message>
    <message>
        <source>Projector (F5)</source>
        <translation>جهاز العرض (F5)</translation>
    </message>
    <message>
        <source>Table of contents</source>
        <translation>الفهرس</translation>
    </message>
    <message>
        <source>Lesson page</source>
        <translation>صفحة الدرس</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>This module is not available in your language; it is shown in %1.</source>
        <translation>هذه الوحدة غير متوفرة بلغتك؛ وهي معروضة بـ%1.</translation>
    </message>
</context>
<context>
    <name>LessonsScreen</name>
    <message>
        <source>Progress not saved</source>
        <translation>لم يُحفظ التقدّم</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>تعذّر تحميل %1: %2</translation>
    </message>
    <message>
        <source>Reading as a guest (nothing is recorded)</source>
        <translation>القراءة كضيف (لا يُحفظ أي شيء)</translation>
    </message>
    <message>
        <source>Reading as %1</source>
        <translation>القارئ: %1</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or shorter words.</source>
        <translation>لم يُعثر على شيء. جرّب كلمات أقل أو أقصر.</translation>
    </message>
    <message>
        <source>Add a module: choose a .zip file or a module folder</source>
        <translation>إضافة وحدة: اختر ملف ‎.zip أو ملف module.json في مجلد</translation>
    </message>
    <message>
        <source>Module archives (*.zip)</source>
        <translation>أرشيفات الوحدات (*.zip)</translation>
    </message>
    <message>
        <source>Module description (module.json)</source>
        <translation>وصف الوحدة (module.json)</translation>
    </message>
    <message>
        <source>The module was not added</source>
        <translation>لم تُضف الوحدة</translation>
    </message>
    <message>
        <source>Module added</source>
        <translation>أُضيفت الوحدة</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now in the list of modules.</source>
        <translation>«%1» الآن في قائمة الوحدات.</translation>
    </message>
    <message>
        <source>Search the lessons (spelling mistakes are fine)…</source>
        <translation>ابحث في الدروس (الأخطاء الإملائية لا تضرّ)…</translation>
    </message>
    <message>
        <source>Search the lessons</source>
        <translation>البحث في الدروس</translation>
    </message>
    <message>
        <source>Add a module…</source>
        <translation>إضافة وحدة…</translation>
    </message>
    <message>
        <source>Change reader…</source>
        <translation>تغيير القارئ…</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>الوحدات</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>الدروس</translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <source>Your answer (a number)</source>
        <translation>جوابك (رقم)</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>جوابك</translation>
    </message>
    <message>
        <source>Type a number</source>
        <translation>اكتب رقمًا</translation>
    </message>
    <message>
        <source>Type your answer</source>
        <translation>اكتب جوابك</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Mediatelier — %1</source>
        <translation>Mediatelier — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>&amp;Open another database…</source>
        <translation>فتح قاعدة بيانات أخرى…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>قاعدة بيانات جديدة…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>انتقال</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>&amp;About Mediatelier</source>
        <translation>حول Mediatelier</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>حول Qt</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>قاعدة البيانات: ‪%1‬</translation>
    </message>
    <message>
        <source>About Mediatelier</source>
        <translation>حول Mediatelier</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Mediatelier %1&lt;/h2&gt;&lt;p&gt;Offline workshops on artificial intelligence and data ethics, for digital mediators and the people they welcome.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Your data stays on this computer, in one file:&lt;br&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Mediatelier %1&lt;/h2&gt;&lt;p&gt;ورشات دون إنترنت عن الذكاء الاصطناعي وأخلاقيات البيانات، للوسطاء الرقميين وللأشخاص الذين يستقبلونهم.&lt;/p&gt;&lt;p&gt;برنامج حر بموجب رخصة جنو العمومية العامة (GNU GPL)، النسخة 3 أو أحدث.&lt;/p&gt;&lt;p&gt;تبقى بياناتك على هذا الحاسوب، في ملف واحد:&lt;br&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Mediatelier — welcome</source>
        <translation>Mediatelier — مرحبًا</translation>
    </message>
    <message>
        <source>Mediatelier — welcome, %1</source>
        <translation>Mediatelier — مرحبًا، %1</translation>
    </message>
    <message>
        <source>&amp;Hand over to a learner…</source>
        <translation>تسليم الحاسوب إلى مشارك…</translation>
    </message>
    <message>
        <source>&amp;Leave learner mode…</source>
        <translation>الخروج من وضع المشارك…</translation>
    </message>
    <message>
        <source>Learner mode: only your own lessons and quizzes. Ctrl+Shift+L gives the computer back.</source>
        <translation>وضع المشارك: دروسك واختباراتك فقط. Ctrl+Shift+L يعيد الحاسوب إلى الميسّر.</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>النسخ الاحتياطية…</translation>
    </message>
    <message>
        <source>Sign in as a l&amp;earner…</source>
        <translation>الدخول كمشارك…</translation>
    </message>
    <message>
        <source>Sign &amp;out and lock</source>
        <translation>الخروج والقفل</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>&amp;Larger interface (now %1 %)</source>
        <translation>واجهة أكبر (الآن %1 %)</translation>
    </message>
    <message>
        <source>&amp;Smaller interface</source>
        <translation>واجهة أصغر</translation>
    </message>
    <message>
        <source>&amp;Normal size (100 %)</source>
        <translation>الحجم العادي (100 %)</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>&amp;Privacy notice…</source>
        <translation>إشعار الخصوصية…</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>متّصل: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>MatchingEditor</name>
    <message>
        <source>— choose —</source>
        <translation>— اختر —</translation>
    </message>
</context>
<context>
    <name>ModuleCatalogueModel</name>
    <message>
        <source>Not started</source>
        <translation>لم تبدأ</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <source>%1 of %2 pages</source>
        <translation>%1 من %2 صفحات</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Beginner</source>
        <translation>مبتدئ</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>متقدّم</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>تقدّمك</translation>
    </message>
</context>
<context>
    <name>ModuleLibrary</name>
    <message>
        <source>unknown glossary term: %1</source>
        <translation>مصطلح غير معروف في قاموس المصطلحات: %1</translation>
    </message>
    <message>
        <source>unknown module: %1</source>
        <translation>وحدة غير معروفة: %1</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 غير موجود.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to unpack %1.</source>
        <translation>لا يمكن إنشاء مجلد مؤقت لفكّ ضغط %1.</translation>
    </message>
    <message>
        <source>This module has faults and was not added:
%1</source>
        <translation>في هذه الوحدة أخطاء، ولم تُضف:
%1</translation>
    </message>
    <message>
        <source>The built-in module &quot;%1&quot; is already at version %2; a pack must have a higher version to replace it.</source>
        <translation>الوحدة المدمجة «%1» في النسخة %2 من قبل؛ يجب أن تكون للوحدة نسخة أعلى لتحلّ محلّها.</translation>
    </message>
    <message>
        <source>Cannot copy the module into %1.</source>
        <translation>لا يمكن نسخ الوحدة إلى %1.</translation>
    </message>
    <message>
        <source>Cannot install the module into %1.</source>
        <translation>لا يمكن تثبيت الوحدة في %1.</translation>
    </message>
    <message>
        <source>There is no added module &quot;%1&quot; (built-in modules cannot be removed).</source>
        <translation>لا توجد وحدة مضافة «%1» (لا يمكن حذف الوحدات المدمجة).</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>لا يمكن حذف %1.</translation>
    </message>
</context>
<context>
    <name>NextWordWidget</name>
    <message>
        <source>The model looked at how sentences begin in its texts, and drew “%1”.</source>
        <translation>نظر النموذج إلى كيف تبدأ الجمل في نصوصه، وسحب «%1».</translation>
    </message>
    <message>
        <source>The model looked at what came after “%1” in its texts, and drew “%2”.</source>
        <translation>نظر النموذج إلى ما جاء بعد «%1» في نصوصه، وسحب «%2».</translation>
    </message>
    <message>
        <source>The model never saw these words: it drew “%1” from the most frequent words.</source>
        <translation>لم يرَ النموذج هذه الكلمات أبدًا: فسحب «%1» من بين الكلمات الأكثر تكرارًا.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>“%1”, chance %2 %, chosen</source>
        <translation>«%1»، الاحتمال %2 %، مختارة</translation>
    </message>
    <message>
        <source>“%1”, chance %2 %</source>
        <translation>«%1»، الاحتمال %2 %</translation>
    </message>
    <message>
        <source>&amp;Temperature: %1</source>
        <translation>درجة الحرارة: %1</translation>
    </message>
    <message>
        <source>Low: the model almost always takes the most likely word. The text is safe and repetitive.</source>
        <translation>منخفضة: يأخذ النموذج تقريبًا دائمًا الكلمة الأكثر احتمالًا. النص بلا مفاجآت ومكرَّر.</translation>
    </message>
    <message>
        <source>Medium: the model draws words by their chances, like a weighted lottery.</source>
        <translation>متوسطة: يسحب النموذج الكلمات حسب احتمالاتها، مثل قرعة لبعض الكلمات فيها تذاكر أكثر.</translation>
    </message>
    <message>
        <source>High: unlikely words get more chances. The text becomes surprising, then nonsense.</source>
        <translation>مرتفعة: تحصل الكلمات قليلة الاحتمال على فرص أكثر. يصبح النص مفاجئًا، ثم بلا معنى.</translation>
    </message>
    <message>
        <source>How a chatbot writes</source>
        <translation>كيف يكتب روبوت المحادثة</translation>
    </message>
    <message>
        <source>&amp;Start of the sentence:</source>
        <translation>بداية الجملة:</translation>
    </message>
    <message>
        <source>Start of the sentence</source>
        <translation>بداية الجملة</translation>
    </message>
    <message>
        <source>&amp;Next word</source>
        <translation>الكلمة التالية</translation>
    </message>
    <message>
        <source>Adds one word (Enter)</source>
        <translation>يضيف كلمة واحدة (Enter)</translation>
    </message>
    <message>
        <source>&amp;Write 20 words</source>
        <translation>اكتب 20 كلمة</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>إعادة من البداية</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>درجة الحرارة</translation>
    </message>
    <message>
        <source>The words it hesitated between</source>
        <translation>الكلمات التي تردّد بينها</translation>
    </message>
    <message>
        <source>Fluent is not true: in the texts it learned from, the library opens at ten; the model only knows which words often follow “opens at”, so it may write nine or eight with the same confidence.</source>
        <translation>الكلام السليم ليس بالضرورة صحيحًا: في النصوص التي تعلّم منها، تفتح المكتبة في الساعة العاشرة؛ لكن النموذج يعرف فقط أي الكلمات تأتي كثيرًا بعد «تفتح في»، فقد يكتب التاسعة أو الثامنة بالثقة نفسها.</translation>
    </message>
    <message>
        <source>What this shows</source>
        <translation>ماذا يبيّن هذا</translation>
    </message>
    <message>
        <source>A chatbot writes one word at a time.
Each next word is drawn according to the chances it learned from texts.
The temperature changes how adventurous the draw is.
The result sounds right because it copies the way people write.
Nothing checks that the result is true.</source>
        <translation>روبوت المحادثة يكتب كلمة واحدة في كل مرة.
كل كلمة تالية تُسحب حسب الاحتمالات التي تعلّمها من النصوص.
درجة الحرارة تغيّر مدى جرأة السحب.
تبدو النتيجة صحيحة لأنها تقلّد طريقة كتابة الناس.
لا شيء يتحقق من أن النتيجة صحيحة.</translation>
    </message>
    <message>
        <source>What it simplifies</source>
        <translation>ما الذي يبسّطه</translation>
    </message>
    <message>
        <source>This model looks at the last two words only; real chatbots look at thousands.
It learned from about 1,700 words; real ones learn from billions.
Real ones cut words into pieces and compute chances with a neural network.
Real ones are also trained to follow instructions and to refuse some requests.
But the principle is the same: the most plausible continuation, not the truth.</source>
        <translation>هذا النموذج لا ينظر إلا إلى الكلمتين الأخيرتين؛ أما روبوتات المحادثة الحقيقية فتنظر إلى الآلاف.
تعلّم من نحو 1700 كلمة؛ والحقيقية تتعلّم من مليارات.
الحقيقية تقطّع الكلمات إلى أجزاء وتحسب الاحتمالات بشبكة عصبية.
والحقيقية تُدرَّب أيضًا على اتباع التعليمات ورفض بعض الطلبات.
لكن المبدأ هو نفسه: التكملة الأكثر معقولية، لا الحقيقة.</translation>
    </message>
</context>
<context>
    <name>OrderingEditor</name>
    <message>
        <source>Items to put in order</source>
        <translation>عناصر يجب ترتيبها</translation>
    </message>
    <message>
        <source>Move up (Alt+↑)</source>
        <translation>إلى الأعلى (Alt+↑)</translation>
    </message>
    <message>
        <source>Move down (Alt+↓)</source>
        <translation>إلى الأسفل (Alt+↓)</translation>
    </message>
</context>
<context>
    <name>PackArchive</name>
    <message>
        <source>%1 is not a readable .zip archive.</source>
        <translation>%1 ليس أرشيف ‎.zip يمكن قراءته.</translation>
    </message>
    <message>
        <source>%1 holds too many files to be a content pack.</source>
        <translation>%1 فيه ملفات كثيرة جدًا ليكون وحدة.</translation>
    </message>
    <message>
        <source>%1 is damaged (entry %2 cannot be read).</source>
        <translation>%1 معطوب (لا يمكن قراءة العنصر %2).</translation>
    </message>
    <message>
        <source>%1 was refused: the entry &quot;%2&quot; would be written outside the pack folder.</source>
        <translation>رُفض %1: العنصر «%2» كان سيُكتب خارج مجلد الوحدة.</translation>
    </message>
    <message>
        <source>%1 was refused: the entry &quot;%2&quot; is a symbolic link.</source>
        <translation>رُفض %1: العنصر «%2» رابط رمزي.</translation>
    </message>
    <message>
        <source>%1 is too large to be a content pack once unpacked.</source>
        <translation>%1 كبير جدًا بعد فكّ الضغط ليكون وحدة.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>لا يمكن إنشاء المجلد %1.</translation>
    </message>
    <message>
        <source>Cannot unpack %1 from %2.</source>
        <translation>لا يمكن استخراج %1 من %2.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2 cannot be unpacked).</source>
        <translation>%1 معطوب (لا يمكن استخراج %2).</translation>
    </message>
</context>
<context>
    <name>PackLoader</name>
    <message>
        <source>module.json is missing</source>
        <translation>الملف module.json غير موجود</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON غير صالح: %1</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; differs from the folder name &apos;%2&apos;</source>
        <translation>المعرّف «%1» يختلف عن اسم المجلد «%2»</translation>
    </message>
    <message>
        <source>language &apos;%1&apos; is declared but its pages are absent (no %1/ folder)</source>
        <translation>اللغة «%1» مذكورة لكن صفحاتها غير موجودة (لا يوجد مجلد %1/)</translation>
    </message>
    <message>
        <source>page listed but missing: %1</source>
        <translation>صفحة مذكورة في القائمة لكنها غير موجودة: %1</translation>
    </message>
    <message>
        <source>a page starts with a &apos;# &apos; heading, its title</source>
        <translation>تبدأ الصفحة بعنوان «# » وهو عنوانها</translation>
    </message>
    <message>
        <source>facilitator guide missing: %1/%2</source>
        <translation>دليل الميسّر غير موجود: %1/%2</translation>
    </message>
    <message>
        <source>quiz file missing: %1</source>
        <translation>ملف الاختبار غير موجود: %1</translation>
    </message>
    <message>
        <source>the id must be lowercase letters, digits and dashes</source>
        <translation>يجب أن يتكوّن المعرّف من حروف لاتينية صغيرة وأرقام وشرطات</translation>
    </message>
    <message>
        <source>the version must be a whole number of at least 1</source>
        <translation>يجب أن تكون النسخة عددًا صحيحًا لا يقل عن 1</translation>
    </message>
    <message>
        <source>at least one language is required</source>
        <translation>يجب وجود لغة واحدة على الأقل</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos;</source>
        <translation>لغة غير معروفة «%1»</translation>
    </message>
    <message>
        <source>no learning objective in language &apos;%1&apos;</source>
        <translation>لا يوجد هدف تعليمي باللغة «%1»</translation>
    </message>
    <message>
        <source>the duration must be between 15 and 480 minutes</source>
        <translation>يجب أن تكون المدة بين 15 و480 دقيقة</translation>
    </message>
    <message>
        <source>the level must be beginner, intermediate or advanced</source>
        <translation>يجب أن يكون المستوى beginner أو intermediate أو advanced</translation>
    </message>
    <message>
        <source>page &apos;%1&apos; is listed twice</source>
        <translation>الصفحة «%1» مذكورة مرتين</translation>
    </message>
    <message>
        <source>at least one page is required</source>
        <translation>يجب وجود صفحة واحدة على الأقل</translation>
    </message>
    <message>
        <source>glossary ids must be present and unique</source>
        <translation>يجب أن تكون معرّفات قاموس المصطلحات موجودة وغير مكرّرة</translation>
    </message>
    <message>
        <source>term or definition missing in language &apos;%1&apos;</source>
        <translation>المصطلح أو تعريفه غير موجود باللغة «%1»</translation>
    </message>
    <message>
        <source>missing text in language &apos;%1&apos;</source>
        <translation>نص غير موجود باللغة «%1»</translation>
    </message>
    <message>
        <source>image not found: %1</source>
        <translation>لم يُعثر على الصورة: %1</translation>
    </message>
    <message>
        <source>unknown demonstration: %1</source>
        <translation>عرض توضيحي غير معروف: %1</translation>
    </message>
    <message>
        <source>link to a page that is not in the module: %1</source>
        <translation>رابط إلى صفحة ليست في الوحدة: %1</translation>
    </message>
</context>
<context>
    <name>PagedDocument</name>
    <message>
        <source>The document could not be written: the printer or file refused it.</source>
        <translation>تعذّرت كتابة المستند: رفضته الطابعة أو الملف.</translation>
    </message>
    <message>
        <source>The document could not be written: the printer or file refused page %1.</source>
        <translation>تعذّرت كتابة المستند: رفضت الطابعة أو الملف الصفحة %1.</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>الصفحة %1 / %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>لا يمكن كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>لا يمكن كتابة %1: %2</translation>
    </message>
    <message>
        <source>A PDF cannot be drawn without Qt&apos;s graphical part (fonts): start a QGuiApplication.</source>
        <translation>لا يمكن رسم PDF دون الجزء الرسومي من Qt (الخطوط): شغّل QGuiApplication.</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be started.</source>
        <translation>لا يمكن كتابة %1: تعذّر بدء ملف PDF.</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>الصفحة %1 / %2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>الصفحة %1</translation>
    </message>
    <message>
        <source>Generated on %1 by Mediatelier</source>
        <translation>أُنشئ يوم %1 بواسطة Mediatelier</translation>
    </message>
    <message>
        <source>Cannot write %1: page %2 was refused.</source>
        <translation>لا يمكن كتابة %1: رُفضت الصفحة %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be completed.</source>
        <translation>لا يمكن كتابة %1: تعذّر إكمال ملف PDF.</translation>
    </message>
</context>
<context>
    <name>PrivacyLog</name>
    <message>
        <source>Data exported</source>
        <translation>صُدّرت البيانات</translation>
    </message>
    <message>
        <source>Learner erased</source>
        <translation>مُحي المشارك</translation>
    </message>
    <message>
        <source>Retention: inactive learners anonymised</source>
        <translation>مدة الحفظ: أُخفيت هوية المشاركين غير النشطين</translation>
    </message>
    <message>
        <source>Record corrected</source>
        <translation>صُحّحت البطاقة</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>استُرجعت النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>صُنعت النسخة الاحتياطية</translation>
    </message>
</context>
<context>
    <name>PrivacyLogDialog</name>
    <message>
        <source>Privacy log</source>
        <translation>سجلّ الخصوصية</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Learners are named by their reference only: the log never holds a name.</source>
        <translation>يُذكر المشاركون بمرجعهم فقط: لا يحتوي السجلّ على أي اسم.</translation>
    </message>
</context>
<context>
    <name>PrivacyNoticeDialog</name>
    <message>
        <source>Privacy notice</source>
        <translation>إشعار الخصوصية</translation>
    </message>
    <message>
        <source>Notice &amp;language:</source>
        <translation>لغة الإشعار:</translation>
    </message>
    <message>
        <source>Language of the notice</source>
        <translation>لغة الإشعار</translation>
    </message>
    <message>
        <source>Version %1 of the wording. When a learner consents, record this version in their record (Learners → Edit… → Consent wording version). The organisation, its contact and the retention period come from Settings → Privacy.</source>
        <translation>النسخة %1 من النص. عندما يوافق مشارك، سجّل هذه النسخة في بطاقته (المشاركون ← تعديل… ← نسخة نص الموافقة). المؤسسة ووسيلة الاتصال بها ومدة الحفظ تأتي من الإعدادات ← الخصوصية.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>privacy-notice</source>
        <comment>file name</comment>
        <translation>إشعار-الخصوصية</translation>
    </message>
    <message>
        <source>Save the privacy notice</source>
        <translation>حفظ إشعار الخصوصية</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print the privacy notice</source>
        <translation>طباعة إشعار الخصوصية</translation>
    </message>
</context>
<context>
    <name>PrivacySettingsBox</name>
    <message>
        <source>Privacy</source>
        <translation>الخصوصية</translation>
    </message>
    <message>
        <source>Anonymise learners &amp;inactive for:</source>
        <translation>إخفاء هوية المشاركين غير النشطين منذ:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> شهر</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Months of inactivity before anonymisation (0: never)</source>
        <translation>أشهر عدم النشاط قبل إخفاء الهوية (0: أبدًا)</translation>
    </message>
    <message>
        <source>At start, Mediatelier lists the learners inactive for this long and offers to anonymise them.</source>
        <translation>عند البدء، يسرد Mediatelier المشاركين غير النشطين منذ هذه المدة ويقترح إخفاء هويتهم.</translation>
    </message>
    <message>
        <source>&amp;Organisation (in the privacy notice):</source>
        <translation>المؤسسة (في إشعار الخصوصية):</translation>
    </message>
    <message>
        <source>e.g. Espace public numérique de Saint-Gilles</source>
        <translation>مثلًا المركز الرقمي في الحيّ</translation>
    </message>
    <message>
        <source>C&amp;ontact for privacy requests:</source>
        <translation>وسيلة الاتصال لطلبات الخصوصية:</translation>
    </message>
    <message>
        <source>address, phone or e-mail</source>
        <translation>عنوان أو هاتف أو بريد إلكتروني</translation>
    </message>
    <message>
        <source>Privacy &amp;notice…</source>
        <translation>إشعار الخصوصية…</translation>
    </message>
    <message>
        <source>Privacy lo&amp;g…</source>
        <translation>سجلّ الخصوصية…</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Mediatelier — projector</source>
        <translation>Mediatelier — جهاز العرض</translation>
    </message>
    <message>
        <source>Projected lesson page</source>
        <translation>صفحة الدرس المعروضة</translation>
    </message>
    <message>
        <source>Mediatelier — facilitator notes</source>
        <translation>Mediatelier — ملاحظات الميسّر</translation>
    </message>
    <message>
        <source>Page %1 of %2: %3</source>
        <translation>الصفحة %1 من %2: %3</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>التالية: %1</translation>
    </message>
</context>
<context>
    <name>QuizFormat</name>
    <message>
        <source>a list of questions is required</source>
        <translation>قائمة الأسئلة إجبارية</translation>
    </message>
    <message>
        <source>every question needs an id</source>
        <translation>يجب أن يكون لكل سؤال معرّف</translation>
    </message>
    <message>
        <source>duplicate question id &apos;%1&apos;</source>
        <translation>معرّف سؤال مكرَّر «%1»</translation>
    </message>
    <message>
        <source>unknown question type &apos;%1&apos; (expected one of: %2)</source>
        <translation>نوع سؤال غير معروف «%1» (المنتظَر واحد من: %2)</translation>
    </message>
    <message>
        <source>unknown quiz kind &apos;%1&apos; (expected pre, post or practice)</source>
        <translation>نوع اختبار غير معروف «%1» (المنتظَر pre أو post أو practice)</translation>
    </message>
    <message>
        <source>page &apos;%1&apos; is not in the module&apos;s page list</source>
        <translation>الصفحة «%1» ليست في قائمة صفحات الوحدة</translation>
    </message>
    <message>
        <source>at least two options are required</source>
        <translation>يجب وجود جوابين ممكنين على الأقل</translation>
    </message>
    <message>
        <source>exactly one option must be correct</source>
        <translation>يجب أن يكون جواب واحد فقط صحيحًا</translation>
    </message>
    <message>
        <source>at least one option must be correct</source>
        <translation>يجب أن يكون جواب واحد على الأقل صحيحًا</translation>
    </message>
    <message>
        <source>option ids must be present and unique</source>
        <translation>يجب أن تكون معرّفات الأجوبة موجودة وغير مكرّرة</translation>
    </message>
    <message>
        <source>a true/false question has exactly the options &apos;true&apos; and &apos;false&apos;</source>
        <translation>لسؤال صحيح/خطأ جوابان بالضبط هما «true» و«false»</translation>
    </message>
    <message>
        <source>at least two items are required</source>
        <translation>يجب وجود عنصرين على الأقل</translation>
    </message>
    <message>
        <source>at least two pairs are required</source>
        <translation>يجب وجود زوجين على الأقل</translation>
    </message>
    <message>
        <source>no accepted answer in language &apos;%1&apos;</source>
        <translation>لا يوجد جواب مقبول باللغة «%1»</translation>
    </message>
    <message>
        <source>a numeric question needs a number as answer</source>
        <translation>السؤال الرقمي ينتظر رقمًا كجواب</translation>
    </message>
    <message>
        <source>the tolerance cannot be negative</source>
        <translation>لا يمكن أن يكون هامش الخطأ سالبًا</translation>
    </message>
    <message>
        <source>missing text in language &apos;%1&apos;</source>
        <translation>نص غير موجود باللغة «%1»</translation>
    </message>
</context>
<context>
    <name>QuizImport</name>
    <message>
        <source>&quot;%1&quot; is not a valid module id (lowercase letters, digits and dashes).</source>
        <translation>«%1» ليس معرّف وحدة صالحًا (حروف لاتينية صغيرة وأرقام وشرطات).</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>لا يمكن قراءة %1.</translation>
    </message>
    <message>
        <source>%1:%2: %3 Nothing was imported.</source>
        <translation>%1:%2: %3 لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>Cannot prepare the module %1 for the import.</source>
        <translation>لا يمكن تحضير الوحدة %1 للاستيراد.</translation>
    </message>
    <message>
        <source>Cannot write the questions of %1.</source>
        <translation>لا يمكن كتابة أسئلة %1.</translation>
    </message>
    <message>
        <source>There is no module &quot;%1&quot;.</source>
        <translation>لا توجد وحدة «%1».</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>لا يمكن كتابة %1.</translation>
    </message>
</context>
<context>
    <name>QuizResultStore</name>
    <message>
        <source>There is no quiz attempt %1.</source>
        <translation>لا توجد محاولة اختبار رقم %1.</translation>
    </message>
</context>
<context>
    <name>QuizReview</name>
    <message>
        <source>You scored %1 out of %2 (%3 %)</source>
        <translation>حصلت على %1 من %2 (%3 %)</translation>
    </message>
    <message>
        <source>Thank you for your answers.</source>
        <translation>شكرًا على أجوبتك.</translation>
    </message>
    <message>
        <source>(your opinion)</source>
        <translation>(رأيك)</translation>
    </message>
    <message>
        <source>✓ right</source>
        <translation>✓ صحيح</translation>
    </message>
    <message>
        <source>◐ partly right</source>
        <translation>◐ صحيح جزئيًا</translation>
    </message>
    <message>
        <source>✗ to review</source>
        <translation>✗ للمراجعة</translation>
    </message>
    <message numerus="yes">
        <source>You were sure of %n answer(s) that were not right: read them again.</source>
        <translation>
            <numerusform>لم تكن متأكدًا من أي جواب خاطئ.</numerusform>
            <numerusform>كنت متأكدًا من جواب لم يكن صحيحًا: اقرأه من جديد.</numerusform>
            <numerusform>كنت متأكدًا من جوابين لم يكونا صحيحين: اقرأهما من جديد.</numerusform>
            <numerusform>كنت متأكدًا من %n أجوبة لم تكن صحيحة: اقرأها من جديد.</numerusform>
            <numerusform>كنت متأكدًا من %n جوابًا لم تكن صحيحة: اقرأها من جديد.</numerusform>
            <numerusform>كنت متأكدًا من %n جواب لم تكن صحيحة: اقرأها من جديد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pages to read again:</source>
        <translation>صفحات للقراءة من جديد:</translation>
    </message>
    <message>
        <source>Read again: %1</source>
        <translation>اقرأ من جديد: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>حاول من جديد</translation>
    </message>
    <message>
        <source>← Quizzes</source>
        <translation>→ الاختبارات</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>أجوبتك</translation>
    </message>
</context>
<context>
    <name>QuizRunner</name>
    <message>
        <source>&lt;b style=&apos;color:#1b6e20&apos;&gt;Right!&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#1b6e20&apos;&gt;صحيح!&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#8a5a00&apos;&gt;Partly right.&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#8a5a00&apos;&gt;صحيح جزئيًا.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#8a1c1c&apos;&gt;Not quite.&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#8a1c1c&apos;&gt;ليس تمامًا.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>You were sure: this is worth reading again.</source>
        <translation>كنت متأكدًا: من المفيد أن تقرأ هذه النقطة من جديد.</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>→ السابق</translation>
    </message>
    <message>
        <source>Are you sure of your answer?</source>
        <translation>هل أنت متأكد من جوابك؟</translation>
    </message>
    <message>
        <source>I am &amp;sure</source>
        <translation>أنا متأكد</translation>
    </message>
    <message>
        <source>I am &amp;not sure</source>
        <translation>لست متأكدًا</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>السؤال %1 من %2</translation>
    </message>
    <message>
        <source>Check my answer (Enter)</source>
        <translation>تحقّق من جوابي (Enter)</translation>
    </message>
    <message>
        <source>Finish (Enter)</source>
        <translation>إنهاء (Enter)</translation>
    </message>
    <message>
        <source>Next (Enter) →</source>
        <translation>التالي (Enter) ←</translation>
    </message>
    <message>
        <source>The right answer: %1</source>
        <translation>الجواب الصحيح: %1</translation>
    </message>
</context>
<context>
    <name>QuizzesScreen</name>
    <message>
        <source>The answer was not saved</source>
        <translation>لم يُحفظ الجواب</translation>
    </message>
    <message>
        <source>The quiz cannot start</source>
        <translation>لا يمكن أن يبدأ الاختبار</translation>
    </message>
    <message>
        <source>No questions</source>
        <translation>لا توجد أسئلة</translation>
    </message>
    <message>
        <source>This module has no questions for this quiz.</source>
        <translation>هذه الوحدة ليس فيها أسئلة لهذا الاختبار.</translation>
    </message>
    <message>
        <source>Import questions from a GIFT file (Moodle)</source>
        <translation>استيراد أسئلة من ملف GIFT (Moodle)</translation>
    </message>
    <message>
        <source>GIFT files (*.gift *.txt);;All files (*)</source>
        <translation>ملفات GIFT (*.gift *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>The file cannot be imported</source>
        <translation>لا يمكن استيراد الملف</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) will be added to &quot;%1&quot;.</source>
        <translation>
            <numerusform>لن يُضاف أي سؤال إلى «%1».</numerusform>
            <numerusform>سيُضاف سؤال واحد إلى «%1».</numerusform>
            <numerusform>سيُضاف سؤالان إلى «%1».</numerusform>
            <numerusform>ستُضاف %n أسئلة إلى «%1».</numerusform>
            <numerusform>سيُضاف %n سؤالًا إلى «%1».</numerusform>
            <numerusform>سيُضاف %n سؤال إلى «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out (Mediatelier cannot show them):</source>
        <translation>تُركت جانبًا (لا يستطيع Mediatelier عرضها):</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>لا شيء للاستيراد</translation>
    </message>
    <message>
        <source>Import the questions?</source>
        <translation>هل تستورد الأسئلة؟</translation>
    </message>
    <message>
        <source>Questions imported</source>
        <translation>استُوردت الأسئلة</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) imported. They are kept in your own copy of the module.</source>
        <translation>
            <numerusform>لم يُستورد أي سؤال.</numerusform>
            <numerusform>استُورد سؤال واحد. وهو محفوظ في نسختك الخاصة من الوحدة.</numerusform>
            <numerusform>استُورد سؤالان. وهما محفوظان في نسختك الخاصة من الوحدة.</numerusform>
            <numerusform>استُوردت %n أسئلة. وهي محفوظة في نسختك الخاصة من الوحدة.</numerusform>
            <numerusform>استُورد %n سؤالًا. وهي محفوظة في نسختك الخاصة من الوحدة.</numerusform>
            <numerusform>استُورد %n سؤال. وهي محفوظة في نسختك الخاصة من الوحدة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the questions as GIFT (Moodle)</source>
        <translation>تصدير الأسئلة بصيغة GIFT (Moodle)</translation>
    </message>
    <message>
        <source>GIFT files (*.gift)</source>
        <translation>ملفات GIFT (*.gift)</translation>
    </message>
    <message>
        <source>The questions were not exported</source>
        <translation>لم تُصدَّر الأسئلة</translation>
    </message>
    <message>
        <source>Questions exported</source>
        <translation>صُدِّرت الأسئلة</translation>
    </message>
    <message>
        <source>The questions were written to %1.</source>
        <translation>كُتبت الأسئلة في %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) left out: GIFT cannot hold ordering questions or self-assessment statements.</source>
        <translation>
            <numerusform>لم يُترك أي سؤال: لا تستطيع صيغة GIFT وصف أسئلة الترتيب ولا جمل التقييم الذاتي.</numerusform>
            <numerusform>تُرك سؤال واحد جانبًا: لا تستطيع صيغة GIFT وصف أسئلة الترتيب ولا جمل التقييم الذاتي.</numerusform>
            <numerusform>تُرك سؤالان جانبًا: لا تستطيع صيغة GIFT وصف أسئلة الترتيب ولا جمل التقييم الذاتي.</numerusform>
            <numerusform>تُركت %n أسئلة جانبًا: لا تستطيع صيغة GIFT وصف أسئلة الترتيب ولا جمل التقييم الذاتي.</numerusform>
            <numerusform>تُرك %n سؤالًا جانبًا: لا تستطيع صيغة GIFT وصف أسئلة الترتيب ولا جمل التقييم الذاتي.</numerusform>
            <numerusform>تُرك %n سؤال جانبًا: لا تستطيع صيغة GIFT وصف أسئلة الترتيب ولا جمل التقييم الذاتي.</numerusform>
        </translation>
    </message>
    <message>
        <source>Answering as a guest: nothing is recorded.</source>
        <translation>تجيب كضيف: لا يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>Answering as %1: answers are recorded.</source>
        <translation>يجيب %1: الأجوبة تُحفظ.</translation>
    </message>
    <message>
        <source>Choose a learner to see their results.</source>
        <translation>اختر مشاركًا لرؤية نتائجه.</translation>
    </message>
    <message>
        <source>Results of %1, before and after each module</source>
        <translation>نتائج %1، قبل كل وحدة وبعدها</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>الوحدة:</translation>
    </message>
    <message>
        <source>&amp;Quiz:</source>
        <translation>الاختبار:</translation>
    </message>
    <message>
        <source>&amp;Feedback:</source>
        <translation>التصحيح:</translation>
    </message>
    <message>
        <source>Before the module (what I already know)</source>
        <translation>قبل الوحدة (ما أعرفه من قبل)</translation>
    </message>
    <message>
        <source>After the module (what I learned)</source>
        <translation>بعد الوحدة (ما تعلّمته)</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>تمرين</translation>
    </message>
    <message>
        <source>After each question</source>
        <translation>بعد كل سؤال</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>في النهاية</translation>
    </message>
    <message>
        <source>Ask &quot;Are you sure?&quot; after each answer</source>
        <translation>اسأل «هل أنت متأكد؟» بعد كل جواب</translation>
    </message>
    <message>
        <source>&amp;Start the quiz</source>
        <translation>بدء الاختبار</translation>
    </message>
    <message>
        <source>Change learner…</source>
        <translation>تغيير المشارك…</translation>
    </message>
    <message>
        <source>Import questions (GIFT)…</source>
        <translation>استيراد أسئلة (GIFT)…</translation>
    </message>
    <message>
        <source>Export questions (GIFT)…</source>
        <translation>تصدير الأسئلة (GIFT)…</translation>
    </message>
    <message>
        <source>Group mode…</source>
        <translation>وضع المجموعة…</translation>
    </message>
    <message>
        <source>Project a question and count raised hands: no names on screen.</source>
        <translation>اعرض سؤالًا على جهاز العرض وعُدّ الأيدي المرفوعة: لا أسماء على الشاشة.</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <source>Results before and after each module</source>
        <translation>النتائج قبل كل وحدة وبعدها</translation>
    </message>
    <message>
        <source>Quizzes</source>
        <translation>الاختبارات</translation>
    </message>
    <message>
        <source>None (not during a workshop)</source>
        <translation>لا شيء (خارج الورشة)</translation>
    </message>
    <message>
        <source>During &amp;workshop:</source>
        <translation>خلال الورشة:</translation>
    </message>
    <message>
        <source>Group results…</source>
        <translation>نتائج المجموعة…</translation>
    </message>
    <message>
        <source>A workshop&apos;s results as a group: average, spread, and what to explain again.</source>
        <translation>نتائج ورشة لكل المجموعة: المتوسط، والتوزيع، وما يجب شرحه من جديد.</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>حذف من القائمة</translation>
    </message>
    <message>
        <source>&amp;Undo last change (Ctrl+Z)</source>
        <translation>تراجع عن آخر تغيير (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Import a CSV file…</source>
        <translation>استيراد ملف CSV…</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>التسجيلات</translation>
    </message>
    <message>
        <source>Type a few letters of the name, then Enter</source>
        <translation>اكتب بعض حروف الاسم، ثم Enter</translation>
    </message>
    <message>
        <source>Find a person to register</source>
        <translation>البحث عن شخص لتسجيله</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>الأشخاص الذين وُجدوا</translation>
    </message>
    <message>
        <source>Registered people</source>
        <translation>الأشخاص المسجَّلون</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>بحث:</translation>
    </message>
    <message>
        <source>Re&amp;gistered:</source>
        <translation>المسجَّلون:</translation>
    </message>
    <message>
        <source>Registrations — %1, %2</source>
        <translation>التسجيلات — %1، %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 registered for %2 places</source>
        <translation>المسجَّلون: %1 لـ%2 مكان</translation>
    </message>
    <message>
        <source>%1 registered (no limit)</source>
        <translation>المسجَّلون: %1 (بلا حدّ)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add «%1» as a new person</source>
        <translation>أضف «%1» كشخص جديد</translation>
    </message>
    <message>
        <source>Registered, but the workshop is now over its capacity.</source>
        <translation>سُجّل التسجيل، لكن عدد المسجَّلين في الورشة أصبح أكبر من عدد الأماكن.</translation>
    </message>
    <message>
        <source>Registered.</source>
        <translation>سُجّل التسجيل.</translation>
    </message>
    <message>
        <source>Taken off the list. Ctrl+Z puts them back.</source>
        <translation>حُذف الشخص من القائمة. Ctrl+Z يعيده.</translation>
    </message>
    <message>
        <source>The last change was undone.</source>
        <translation>أُلغي آخر تغيير.</translation>
    </message>
    <message>
        <source>Import registrations from a CSV file</source>
        <translation>استيراد تسجيلات من ملف CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>ملفات CSV (*.csv *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>The file cannot be imported</source>
        <translation>لا يمكن استيراد الملف</translation>
    </message>
    <message>
        <source>%1 new people will be created and %2 people already known will be registered.</source>
        <translation>أشخاص جدد سيُنشؤون: %1. أشخاص معروفون من قبل سيُسجَّلون: %2.</translation>
    </message>
    <message>
        <source>Register these people?</source>
        <translation>هل تسجّل هؤلاء الأشخاص؟</translation>
    </message>
    <message>
        <source>%1 people registered from the file (%2 were already on the list).</source>
        <translation>الأشخاص المسجَّلون من الملف: %1 (كانوا في القائمة من قبل: %2).</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>--from and --to need ISO dates, e.g. 2026-03-01.</source>
        <translation>‎--from و‎--to يحتاجان إلى تواريخ ISO، مثلًا 2026-03-01.</translation>
    </message>
    <message>
        <source>--to (%1) comes before --from (%2).</source>
        <translation>‎--to (%1) يأتي قبل ‎--from (%2).</translation>
    </message>
    <message>
        <source>There is no site &quot;%1&quot;.</source>
        <translation>لا يوجد مكان «%1».</translation>
    </message>
    <message>
        <source>There is no facilitator &quot;%1&quot;.</source>
        <translation>لا يوجد ميسّر «%1».</translation>
    </message>
    <message>
        <source>Years of history (default 10).</source>
        <translation>سنوات السجل (10 افتراضيًا).</translation>
    </message>
    <message>
        <source>Number of sites (default 50).</source>
        <translation>عدد الأماكن (50 افتراضيًا).</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same data.</source>
        <translation>البذرة العشوائية: نفس البذرة تعطي نفس البيانات.</translation>
    </message>
    <message>
        <source>Last day of the history (default yesterday).</source>
        <translation>آخر يوم في السجل (أمس افتراضيًا).</translation>
    </message>
    <message>
        <source>Add to a database that already holds workshops.</source>
        <translation>يضيف إلى قاعدة بيانات فيها ورشات من قبل.</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>صيغة المخرجات: text أو json.</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli demo [--years 1-50] [--sites 1-1000] [--seed S] [--until DATE] [--force]</source>
        <translation>الاستعمال: mediatelier-cli demo [--years 1-50] [--sites 1-1000] [--seed S] [--until DATE] [--force]</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %n workshop(s): demo data would mix with real records. Use another file, or --force.</source>
        <translation>
            <numerusform>%1 لا يحتوي على أي ورشة.</numerusform>
            <numerusform>%1 يحتوي من قبل على ورشة واحدة: ستختلط بيانات العرض بالبيانات الحقيقية. استعمل ملفًا آخر، أو ‎--force.</numerusform>
            <numerusform>%1 يحتوي من قبل على ورشتين: ستختلط بيانات العرض بالبيانات الحقيقية. استعمل ملفًا آخر، أو ‎--force.</numerusform>
            <numerusform>%1 يحتوي من قبل على %n ورشات: ستختلط بيانات العرض بالبيانات الحقيقية. استعمل ملفًا آخر، أو ‎--force.</numerusform>
            <numerusform>%1 يحتوي من قبل على %n ورشة: ستختلط بيانات العرض بالبيانات الحقيقية. استعمل ملفًا آخر، أو ‎--force.</numerusform>
            <numerusform>%1 يحتوي من قبل على %n ورشة: ستختلط بيانات العرض بالبيانات الحقيقية. استعمل ملفًا آخر، أو ‎--force.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated in %1: %2 sites, %3 facilitators, %4 learners, %5 workshops, %6 attendance rows, %7 quiz attempts, %8 quiz answers.</source>
        <translation>وُلِّد في %1: الأماكن %2، الميسّرون %3، المشاركون %4، الورشات %5، أسطر الحضور %6، محاولات الاختبار %7، أجوبة الاختبار %8.</translation>
    </message>
    <message>
        <source>First day (ISO date).</source>
        <translation>اليوم الأول (تاريخ ISO).</translation>
    </message>
    <message>
        <source>Last day, included (ISO date).</source>
        <translation>اليوم الأخير، محسوبًا (تاريخ ISO).</translation>
    </message>
    <message>
        <source>One site: its id, UUID or name.</source>
        <translation>مكان واحد: معرّفه أو UUID أو اسمه.</translation>
    </message>
    <message>
        <source>CSV separator (default: &apos;;&apos; in French, &apos;,&apos; otherwise).</source>
        <translation>فاصل CSV (افتراضيًا: «;» بالفرنسية، «,» في غيرها).</translation>
    </message>
    <message>
        <source>One facilitator: id, UUID or name.</source>
        <translation>ميسّر واحد: المعرّف أو UUID أو الاسم.</translation>
    </message>
    <message>
        <source>Only workshops covering this module.</source>
        <translation>فقط الورشات التي تتناول هذه الوحدة.</translation>
    </message>
    <message>
        <source>Stable pseudonyms instead of names; postcode areas only.</source>
        <translation>أسماء مستعارة ثابتة بدل الأسماء؛ ومناطق الرمز البريدي فقط.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>الملف الذي سيُكتب.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>لم يُكتب أي سطر في %1</numerusform>
            <numerusform>كُتب سطر واحد في %1</numerusform>
            <numerusform>كُتب سطران في %1</numerusform>
            <numerusform>كُتبت %n أسطر في %1</numerusform>
            <numerusform>كُتب %n سطرًا في %1</numerusform>
            <numerusform>كُتب %n سطر في %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Output format: text, json, csv or pdf.</source>
        <translation>صيغة المخرجات: text أو json أو csv أو pdf.</translation>
    </message>
    <message>
        <source>Write the CSV (with a BOM for spreadsheets) or the PDF to this file.</source>
        <translation>يكتب ملف CSV (مع BOM لجداول البيانات) أو PDF في هذا الملف.</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli report summary --from DATE --to DATE [--site S] [--format text|json|csv|pdf] [--separator C] [-o FILE] (pdf needs -o FILE)</source>
        <translation>الاستعمال: mediatelier-cli report summary --from DATE --to DATE [--site S] [--format text|json|csv|pdf] [--separator C] [-o FILE] (صيغة pdf تحتاج إلى ‎-o FILE)</translation>
    </message>
    <message>
        <source>Summary written to %1</source>
        <translation>كُتبت الحصيلة في %1</translation>
    </message>
    <message>
        <source>csv, xlsx or pdf.</source>
        <translation>csv أو xlsx أو pdf.</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli attendance export --from DATE --to DATE [--site S] [--facilitator F] [--module ID] [--pseudonymise] --format csv|xlsx|pdf [--separator C] -o FILE</source>
        <translation>الاستعمال: mediatelier-cli attendance export --from DATE --to DATE [--site S] [--facilitator F] [--module ID] [--pseudonymise] --format csv|xlsx|pdf [--separator C] -o FILE</translation>
    </message>
</context>
<context>
    <name>ReportFilter</name>
    <message>
        <source>the start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>الفترة: من %1 إلى %2</translation>
    </message>
    <message>
        <source>all sites</source>
        <translation>كل الأماكن</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>المكان: %1</translation>
    </message>
    <message>
        <source>all facilitators</source>
        <translation>كل الميسّرين</translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation>الميسّر: %1</translation>
    </message>
    <message>
        <source>Module: %1</source>
        <translation>الوحدة: %1</translation>
    </message>
    <message>
        <source>all modules</source>
        <translation>كل الوحدات</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>All sites</source>
        <translation>كل الأماكن</translation>
    </message>
    <message>
        <source>All facilitators</source>
        <translation>كل الميسّرين</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>كل الوحدات</translation>
    </message>
    <message>
        <source>Save the funder summary</source>
        <translation>حفظ الحصيلة للجهات المموِّلة</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Summary saved to %1.</source>
        <translation>حُفظت الحصيلة في %1.</translation>
    </message>
    <message>
        <source>Export the attendance</source>
        <translation>تصدير الحضور</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنّفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the attendance…</source>
        <translation>تصدير الحضور…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Exporting the attendance… %1 rows</source>
        <translation>تصدير الحضور… %1 سطر</translation>
    </message>
    <message>
        <source>%1 rows exported to %2.</source>
        <translation>صُدِّر %1 سطر إلى %2.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>من:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>إلى:</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>المكان:</translation>
    </message>
    <message>
        <source>Funder summary (counts only, no names)</source>
        <translation>الحصيلة للجهات المموِّلة (أرقام فقط، بلا أسماء)</translation>
    </message>
    <message>
        <source>Save the summary as CSV…</source>
        <translation>حفظ الحصيلة بصيغة CSV…</translation>
    </message>
    <message>
        <source>Attendance export: one row per person per workshop</source>
        <translation>تصدير الحضور: سطر لكل شخص في كل ورشة</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>الميسّر</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>صيغة الملف</translation>
    </message>
    <message>
        <source>&amp;Pseudonymise (no names or contacts)</source>
        <translation>أسماء مستعارة (بلا أسماء ولا وسائل اتصال)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Funder summary</source>
        <translation>الحصيلة للجهات المموِّلة</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>لوحة المتابعة</translation>
    </message>
    <message>
        <source>Summary and e&amp;xports</source>
        <translation>الحصيلة والتصدير</translation>
    </message>
    <message>
        <source>Save the summary as PDF…</source>
        <translation>حفظ الحصيلة بصيغة PDF…</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention of personal data</source>
        <translation>مدة حفظ البيانات الشخصية</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n person(s) have not come to a workshop, read a lesson or taken a quiz for %1 months or more&lt;/b&gt; (not since %2).&lt;/p&gt;&lt;p&gt;Under your retention policy, their names, contact details and notes should now be erased. Their attendance and quiz results stay, as anonymous counts, so that earlier reports still add up. This cannot be undone.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;لا يوجد شخص لم يحضر ورشة أو يقرأ درسًا أو يجرِ اختبارًا منذ %1 شهرًا أو أكثر&lt;/b&gt; (ليس منذ %2).&lt;/p&gt;&lt;p&gt;حسب سياسة الحفظ لديكم، يجب الآن محو أسمائهم ووسائل الاتصال بهم وملاحظاتهم. يبقى حضورهم ونتائجهم في الاختبارات، كأعداد مجهولة الهوية، لكي تبقى التقارير السابقة صحيحة. لا يمكن التراجع عن ذلك.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;شخص واحد لم يحضر ورشة أو يقرأ درسًا أو يجرِ اختبارًا منذ %1 شهرًا أو أكثر&lt;/b&gt; (ليس منذ %2).&lt;/p&gt;&lt;p&gt;حسب سياسة الحفظ لديكم، يجب الآن محو اسمه ووسائل الاتصال به وملاحظاته. يبقى حضوره ونتائجه في الاختبارات، كأعداد مجهولة الهوية، لكي تبقى التقارير السابقة صحيحة. لا يمكن التراجع عن ذلك.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;شخصان لم يحضرا ورشة أو يقرآ درسًا أو يجريا اختبارًا منذ %1 شهرًا أو أكثر&lt;/b&gt; (ليس منذ %2).&lt;/p&gt;&lt;p&gt;حسب سياسة الحفظ لديكم، يجب الآن محو اسميهما ووسائل الاتصال بهما وملاحظاتهما. يبقى حضورهما ونتائجهما في الاختبارات، كأعداد مجهولة الهوية، لكي تبقى التقارير السابقة صحيحة. لا يمكن التراجع عن ذلك.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n أشخاص لم يحضروا ورشة أو يقرؤوا درسًا أو يجروا اختبارًا منذ %1 شهرًا أو أكثر&lt;/b&gt; (ليس منذ %2).&lt;/p&gt;&lt;p&gt;حسب سياسة الحفظ لديكم، يجب الآن محو أسمائهم ووسائل الاتصال بهم وملاحظاتهم. يبقى حضورهم ونتائجهم في الاختبارات، كأعداد مجهولة الهوية، لكي تبقى التقارير السابقة صحيحة. لا يمكن التراجع عن ذلك.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n شخصًا لم يحضروا ورشة أو يقرؤوا درسًا أو يجروا اختبارًا منذ %1 شهرًا أو أكثر&lt;/b&gt; (ليس منذ %2).&lt;/p&gt;&lt;p&gt;حسب سياسة الحفظ لديكم، يجب الآن محو أسمائهم ووسائل الاتصال بهم وملاحظاتهم. يبقى حضورهم ونتائجهم في الاختبارات، كأعداد مجهولة الهوية، لكي تبقى التقارير السابقة صحيحة. لا يمكن التراجع عن ذلك.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n شخص لم يحضروا ورشة أو يقرؤوا درسًا أو يجروا اختبارًا منذ %1 شهرًا أو أكثر&lt;/b&gt; (ليس منذ %2).&lt;/p&gt;&lt;p&gt;حسب سياسة الحفظ لديكم، يجب الآن محو أسمائهم ووسائل الاتصال بهم وملاحظاتهم. يبقى حضورهم ونتائجهم في الاختبارات، كأعداد مجهولة الهوية، لكي تبقى التقارير السابقة صحيحة. لا يمكن التراجع عن ذلك.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>آخر نشاط</translation>
    </message>
    <message>
        <source>People who would be anonymised</source>
        <translation>الأشخاص الذين ستُخفى هويتهم</translation>
    </message>
    <message>
        <source>The period is set in Settings → Privacy. “Later” asks again at the next start.</source>
        <translation>تُحدَّد المدة في الإعدادات ← الخصوصية. «لاحقًا» يعيد السؤال عند البدء القادم.</translation>
    </message>
    <message>
        <source>&amp;Anonymise now</source>
        <translation>إخفاء الهوية الآن</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>لاحقًا</translation>
    </message>
    <message>
        <source>Nobody was anonymised: %1</source>
        <translation>لم تُخفَ هوية أي أحد: %1</translation>
    </message>
</context>
<context>
    <name>ScaleEditor</name>
    <message>
        <source>1 — Not at all</source>
        <translation>1 — إطلاقًا</translation>
    </message>
    <message>
        <source>2 — A little</source>
        <translation>2 — قليلًا</translation>
    </message>
    <message>
        <source>3 — Somewhat</source>
        <translation>3 — إلى حدّ ما</translation>
    </message>
    <message>
        <source>4 — Mostly</source>
        <translation>4 — في الغالب</translation>
    </message>
    <message>
        <source>5 — Completely</source>
        <translation>5 — تمامًا</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Interface &amp;language:</source>
        <translation>لغة الواجهة:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>No site</source>
        <translation>لا يوجد مكان</translation>
    </message>
    <message>
        <source>No facilitator</source>
        <translation>لا يوجد ميسّر</translation>
    </message>
    <message>
        <source>Current &amp;site:</source>
        <translation>المكان الحالي:</translation>
    </message>
    <message>
        <source>Current site</source>
        <translation>المكان الحالي</translation>
    </message>
    <message>
        <source>S&amp;ites…</source>
        <translation>الأماكن…</translation>
    </message>
    <message>
        <source>Manage sites</source>
        <translation>إدارة الأماكن</translation>
    </message>
    <message>
        <source>Current &amp;facilitator:</source>
        <translation>الميسّر الحالي:</translation>
    </message>
    <message>
        <source>Current facilitator</source>
        <translation>الميسّر الحالي</translation>
    </message>
    <message>
        <source>F&amp;acilitators…</source>
        <translation>الميسّرون…</translation>
    </message>
    <message>
        <source>Manage facilitators</source>
        <translation>إدارة الميسّرين</translation>
    </message>
    <message>
        <source>New workshops start with the current site and facilitator.</source>
        <translation>الورشات الجديدة تأخذ المكان الحالي والميسّر الحالي.</translation>
    </message>
</context>
<context>
    <name>SignInSheet</name>
    <message>
        <source>Sign-in sheet</source>
        <translation>ورقة التوقيع</translation>
    </message>
    <message>
        <source>Attendance summary</source>
        <translation>ملخّص الحضور</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
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
        <source>%n h</source>
        <translation>
            <numerusform>%n ساعة</numerusform>
            <numerusform>ساعة واحدة</numerusform>
            <numerusform>ساعتان</numerusform>
            <numerusform>%n ساعات</numerusform>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 س %2 د</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>من %1 إلى %2 (%3)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>الورشة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>القاعة</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>الميسّر</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>الوحدات</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>المجاميع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Came (present or late)</source>
        <translation>الحاضرون (في الوقت أو متأخرين)</translation>
    </message>
    <message>
        <source>Checked in at</source>
        <translation>ساعة الوصول</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation>الميسّر: %1</translation>
    </message>
    <message>
        <source>Date: ____ / ____ / ________</source>
        <translation>التاريخ: ____ / ____ / ________</translation>
    </message>
    <message>
        <source>Signature: ____________________________________</source>
        <translation>التوقيع: ____________________________________</translation>
    </message>
    <message>
        <source>By signing, I confirm I attended this workshop.</source>
        <translation>بتوقيعي، أؤكّد أنني شاركت في هذه الورشة.</translation>
    </message>
    <message>
        <source>sign-in-sheet</source>
        <comment>file name</comment>
        <translation>ورقة-التوقيع</translation>
    </message>
    <message>
        <source>attendance-summary</source>
        <comment>file name</comment>
        <translation>ملخص-الحضور</translation>
    </message>
</context>
<context>
    <name>SignInSheetActions</name>
    <message>
        <source>Save the sign-in sheet as PDF…</source>
        <translation>حفظ ورقة التوقيع بصيغة PDF…</translation>
    </message>
    <message>
        <source>Print the sign-in sheet…</source>
        <translation>طباعة ورقة التوقيع…</translation>
    </message>
    <message>
        <source>Save the attendance summary as PDF…</source>
        <translation>حفظ ملخّص الحضور بصيغة PDF…</translation>
    </message>
    <message>
        <source>Print the attendance summary…</source>
        <translation>طباعة ملخّص الحضور…</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>ورقة التوقيع</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print the sign-in sheet</source>
        <translation>طباعة ورقة التوقيع</translation>
    </message>
    <message>
        <source>Print the attendance summary</source>
        <translation>طباعة ملخّص الحضور</translation>
    </message>
</context>
<context>
    <name>SignInSheetDialog</name>
    <message>
        <source>Sign-in sheet and attendance summary</source>
        <translation>ورقة التوقيع وملخّص الحضور</translation>
    </message>
    <message>
        <source>Before the workshop: the sheet people sign at the door.</source>
        <translation>قبل الورشة: الورقة التي يوقّعها الأشخاص عند الدخول.</translation>
    </message>
    <message>
        <source>&amp;Blank rows for walk-ins:</source>
        <translation>أسطر فارغة لغير المسجَّلين:</translation>
    </message>
    <message>
        <source>After the workshop: who came, with the facilitator&apos;s signature line.</source>
        <translation>بعد الورشة: من حضر، مع سطر لتوقيع الميسّر.</translation>
    </message>
    <message>
        <source>&amp;Save the sign-in sheet as PDF…</source>
        <translation>حفظ ورقة التوقيع بصيغة PDF…</translation>
    </message>
    <message>
        <source>&amp;Print the sign-in sheet…</source>
        <translation>طباعة ورقة التوقيع…</translation>
    </message>
    <message>
        <source>Save the &amp;summary as PDF…</source>
        <translation>حفظ الملخّص بصيغة PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint the summary…</source>
        <translation>طباعة الملخّص…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>SimilarWordsWidget</name>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Type a job, even with mistakes: “aide soigante”, “devlopeur”, “cuisinié”…</source>
        <translation>اكتب مهنة، حتى مع أخطاء: «aide soigante»، «devlopeur»، «cuisinié»…</translation>
    </message>
    <message>
        <source>%1 — similarity %2 %</source>
        <translation>%1 — التشابه %2 %</translation>
    </message>
    <message>
        <source>%1 — similarity %2 % — letters in common: %3</source>
        <translation>%1 — التشابه %2 % — حروف مشتركة: %3</translation>
    </message>
    <message>
        <source>The lessons contain no word close to “%1”.</source>
        <translation>لا تحتوي الدروس على أي كلمة قريبة من «%1».</translation>
    </message>
    <message>
        <source>they share the letters %1 and both appear next to %2</source>
        <translation>تشتركان في الحروف %1 وتظهران كلتاهما بجانب %2</translation>
    </message>
    <message>
        <source>they share the letters %1</source>
        <translation>تشتركان في الحروف %1</translation>
    </message>
    <message>
        <source>both appear next to %1</source>
        <translation>تظهران كلتاهما بجانب %1</translation>
    </message>
    <message>
        <source>In the lessons, the closest word to “%1” is “%2”: %3.</source>
        <translation>في الدروس، أقرب كلمة إلى «%1» هي «%2»: %3.</translation>
    </message>
    <message>
        <source>In the lessons, the closest word to “%1” is “%2”: %3. Then come %4.</source>
        <translation>في الدروس، أقرب كلمة إلى «%1» هي «%2»: %3. ثم تأتي %4.</translation>
    </message>
    <message numerus="yes">
        <source>Map of %n word(s): nearby dots are words with similar vectors.</source>
        <translation>
            <numerusform>خريطة %n كلمة: النقاط المتقاربة كلمات لها متّجهات متشابهة.</numerusform>
            <numerusform>خريطة كلمة واحدة: النقاط المتقاربة كلمات لها متّجهات متشابهة.</numerusform>
            <numerusform>خريطة كلمتين: النقاط المتقاربة كلمات لها متّجهات متشابهة.</numerusform>
            <numerusform>خريطة %n كلمات: النقاط المتقاربة كلمات لها متّجهات متشابهة.</numerusform>
            <numerusform>خريطة %n كلمة: النقاط المتقاربة كلمات لها متّجهات متشابهة.</numerusform>
            <numerusform>خريطة %n كلمة: النقاط المتقاربة كلمات لها متّجهات متشابهة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Similar words</source>
        <translation>كلمات متقاربة</translation>
    </message>
    <message>
        <source>&amp;Search for a job:</source>
        <translation>البحث عن مهنة:</translation>
    </message>
    <message>
        <source>Search for a job</source>
        <translation>البحث عن مهنة</translation>
    </message>
    <message>
        <source>e.g. aide soigante</source>
        <translation>مثلًا aide soigante</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>إعادة من البداية</translation>
    </message>
    <message>
        <source>Closest jobs</source>
        <translation>أقرب المهن</translation>
    </message>
    <message>
        <source>Map of the words (close dots = similar vectors)</source>
        <translation>خريطة الكلمات (نقاط متقاربة = متّجهات متشابهة)</translation>
    </message>
    <message>
        <source>Map of the words</source>
        <translation>خريطة الكلمات</translation>
    </message>
    <message>
        <source>What this shows</source>
        <translation>ماذا يبيّن هذا</translation>
    </message>
    <message>
        <source>The computer turns each word into a list of numbers: a vector.
Here the numbers count groups of three to five letters, and the words found around it in the lessons.
Words with similar vectors are close: the search finds a job despite a typo.
The map squeezes thousands of numbers into two, so that we can see it.
The computer does not understand the words; it compares numbers.</source>
        <translation>يحوّل الحاسوب كل كلمة إلى قائمة أرقام: متّجه.
هنا تَعُدّ الأرقام مجموعات من ثلاثة إلى خمسة حروف، والكلمات التي تحيط بالكلمة في الدروس.
الكلمات التي لها متّجهات متشابهة متقاربة: فيجد البحث المهنة رغم خطأ في الكتابة.
تختصر الخريطة آلاف الأرقام في رقمين فقط، لكي نستطيع رؤيتها.
الحاسوب لا يفهم الكلمات؛ بل يقارن أرقامًا.</translation>
    </message>
    <message>
        <source>What it simplifies</source>
        <translation>ما الذي يبسّطه</translation>
    </message>
    <message>
        <source>Real systems learn their vectors from billions of sentences, not from a few lessons.
Their vectors also capture meaning: “nurse” near “care assistant”. Ours mostly capture spelling.
Letter groups can mislead: “cuisine” is close to “cuisinier”, yet it is not a job.
The vectors also copy the biases of the texts they come from.
A 2-D map always distorts some distances.</source>
        <translation>الأنظمة الحقيقية تتعلّم متّجهاتها من مليارات الجمل، لا من بعض الدروس.
ومتّجهاتها تلتقط المعنى أيضًا: «ممرّض» قريب من «مساعد تمريض». أما متّجهاتنا فتلتقط الكتابة خاصةً.
مجموعات الحروف قد تخدع: «cuisine» (مطبخ) قريبة من «cuisinier» (طبّاخ)، ومع ذلك ليست مهنة.
والمتّجهات تنقل أيضًا انحيازات النصوص التي أُخذت منها.
الخريطة ذات البعدين تشوّه دائمًا بعض المسافات.</translation>
    </message>
</context>
<context>
    <name>SiteStore</name>
    <message>
        <source>A site needs a name.</source>
        <translation>يجب أن يكون للمكان اسم.</translation>
    </message>
    <message>
        <source>There is already a site called &quot;%1&quot;.</source>
        <translation>يوجد من قبل مكان اسمه «%1».</translation>
    </message>
    <message>
        <source>There is no site %1.</source>
        <translation>لا يوجد مكان رقم %1.</translation>
    </message>
</context>
<context>
    <name>SitesDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>&amp;Sites where workshops take place:</source>
        <translation>الأماكن التي تُقام فيها الورشات:</translation>
    </message>
    <message>
        <source>Add a site</source>
        <translation>إضافة مكان</translation>
    </message>
    <message>
        <source>Edit the site</source>
        <translation>تعديل المكان</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Edit site</source>
        <translation>تعديل المكان</translation>
    </message>
    <message>
        <source>New site</source>
        <translation>مكان جديد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>العنوان:</translation>
    </message>
</context>
<context>
    <name>SqlStatement</name>
    <message>
        <source>The database refused an operation: %1</source>
        <translation>رفضت قاعدة البيانات عملية: %1</translation>
    </message>
</context>
<context>
    <name>StaffAccountDialog</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>اسم الدخول</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>اسم الدخول:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>الدور:</translation>
    </message>
    <message>
        <source>Staff password used until now</source>
        <translation>كلمة سر الفريق المستعملة حتى الآن</translation>
    </message>
    <message>
        <source>&amp;Staff password used until now:</source>
        <translation>كلمة سر الفريق المستعملة حتى الآن:</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>كلمة السر الحالية</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>كلمة السر الحالية:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>كلمة السر الجديدة</translation>
    </message>
    <message>
        <source>New password, again</source>
        <translation>كلمة السر الجديدة، مرة ثانية</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>كلمة السر:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>كلمة السر الجديدة:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>تأكيد:</translation>
    </message>
    <message>
        <source>Welcome to Mediatelier</source>
        <translation>مرحبًا بك في Mediatelier</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Create the coordinator account.&lt;/b&gt; This database has no staff account yet.&lt;/p&gt;&lt;p&gt;The coordinator manages the other staff accounts, sees the reports and exports, and can take the computer back from a learner. Only staff who sign in see learners&apos; names.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;أنشئ حساب المنسّق.&lt;/b&gt; قاعدة البيانات هذه ليس فيها بعد أي حساب للفريق.&lt;/p&gt;&lt;p&gt;المنسّق يدير حسابات الفريق الأخرى، ويرى التقارير والتصديرات، ويمكنه استرجاع الحاسوب من مشارك. فقط أعضاء الفريق الذين يسجّلون الدخول يرون أسماء المشاركين.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This computer had one shared staff password for leaving learner mode. Type it once more to show that you are staff; it is then replaced by your account.&lt;/p&gt;</source>
        <translation>&lt;p&gt;كان لهذا الحاسوب كلمة سر واحدة مشتركة للفريق للخروج من وضع المشارك. اكتبها مرة أخرى لتُثبت أنك من الفريق؛ ثم يحلّ حسابك محلّها.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Create the account</source>
        <translation>إنشاء الحساب</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>New staff account</source>
        <translation>حساب جديد للفريق</translation>
    </message>
    <message>
        <source>Facilitators run workshops and see learners; coordinators also manage accounts and see reports and exports. Give the person their login and password privately.</source>
        <translation>الميسّرون ينشّطون الورشات ويرون المشاركين؛ والمنسّقون يديرون أيضًا الحسابات ويرون التقارير والتصديرات. أعطِ الشخص اسم دخوله وكلمة سرّه على انفراد.</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>إعادة تعيين كلمة سر</translation>
    </message>
    <message>
        <source>New password for %1 (%2). Tell it to them privately; they can change it afterwards.</source>
        <translation>كلمة سر جديدة لـ%1 (%2). قلها له على انفراد؛ ويمكنه تغييرها بعد ذلك.</translation>
    </message>
    <message>
        <source>&amp;Set the password</source>
        <translation>تعيين كلمة السر</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>تغيير كلمة سرّي</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>متّصل باسم %1 (%2).</translation>
    </message>
    <message>
        <source>&amp;Change the password</source>
        <translation>تغيير كلمة السر</translation>
    </message>
    <message>
        <source>A password of at least 8 characters with letters: a few words are easier to remember than a code, and much harder to guess.</source>
        <translation>كلمة سر من 8 رموز على الأقل فيها حروف: بعض الكلمات أسهل للتذكّر من رمز، وأصعب بكثير للتخمين.</translation>
    </message>
    <message>
        <source>A password of at least 8 characters, or a PIN of at least 6 digits.</source>
        <translation>كلمة سر من 8 رموز على الأقل، أو رمز سري من 6 أرقام على الأقل.</translation>
    </message>
    <message>
        <source>This is not the staff password used on this computer until now.</source>
        <translation>هذه ليست كلمة سر الفريق المستعملة على هذا الحاسوب حتى الآن.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>كلمتا السر مختلفتان.</translation>
    </message>
</context>
<context>
    <name>StaffAccounts</name>
    <message numerus="yes">
        <source>A coordinator needs a password with letters, not a PIN: it also unlocks the exports of personal data. Use at least %n characters; a few words are easier to remember.</source>
        <translation>
            <numerusform>يحتاج المنسّق إلى كلمة سر فيها حروف، لا إلى رمز سري: فهي تفتح أيضًا تصدير البيانات الشخصية. استعمل %n رمزًا على الأقل؛ بعض الكلمات أسهل للتذكّر.</numerusform>
            <numerusform>يحتاج المنسّق إلى كلمة سر فيها حروف، لا إلى رمز سري: فهي تفتح أيضًا تصدير البيانات الشخصية. استعمل رمزًا واحدًا على الأقل؛ بعض الكلمات أسهل للتذكّر.</numerusform>
            <numerusform>يحتاج المنسّق إلى كلمة سر فيها حروف، لا إلى رمز سري: فهي تفتح أيضًا تصدير البيانات الشخصية. استعمل رمزين على الأقل؛ بعض الكلمات أسهل للتذكّر.</numerusform>
            <numerusform>يحتاج المنسّق إلى كلمة سر فيها حروف، لا إلى رمز سري: فهي تفتح أيضًا تصدير البيانات الشخصية. استعمل %n رموز على الأقل؛ بعض الكلمات أسهل للتذكّر.</numerusform>
            <numerusform>يحتاج المنسّق إلى كلمة سر فيها حروف، لا إلى رمز سري: فهي تفتح أيضًا تصدير البيانات الشخصية. استعمل %n رمزًا على الأقل؛ بعض الكلمات أسهل للتذكّر.</numerusform>
            <numerusform>يحتاج المنسّق إلى كلمة سر فيها حروف، لا إلى رمز سري: فهي تفتح أيضًا تصدير البيانات الشخصية. استعمل %n رمز على الأقل؛ بعض الكلمات أسهل للتذكّر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A PIN needs at least %n digits.</source>
        <translation>
            <numerusform>يحتاج الرمز السري إلى %n رقم على الأقل.</numerusform>
            <numerusform>يحتاج الرمز السري إلى رقم واحد على الأقل.</numerusform>
            <numerusform>يحتاج الرمز السري إلى رقمين على الأقل.</numerusform>
            <numerusform>يحتاج الرمز السري إلى %n أرقام على الأقل.</numerusform>
            <numerusform>يحتاج الرمز السري إلى %n رقمًا على الأقل.</numerusform>
            <numerusform>يحتاج الرمز السري إلى %n رقم على الأقل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n characters; a few words are easier to remember than a code.</source>
        <translation>
            <numerusform>تحتاج كلمة السر إلى %n رمز على الأقل؛ بعض الكلمات أسهل للتذكّر من رمز.</numerusform>
            <numerusform>تحتاج كلمة السر إلى رمز واحد على الأقل؛ بعض الكلمات أسهل للتذكّر من رمز.</numerusform>
            <numerusform>تحتاج كلمة السر إلى رمزين على الأقل؛ بعض الكلمات أسهل للتذكّر من رمز.</numerusform>
            <numerusform>تحتاج كلمة السر إلى %n رموز على الأقل؛ بعض الكلمات أسهل للتذكّر من رمز.</numerusform>
            <numerusform>تحتاج كلمة السر إلى %n رمزًا على الأقل؛ بعض الكلمات أسهل للتذكّر من رمز.</numerusform>
            <numerusform>تحتاج كلمة السر إلى %n رمز على الأقل؛ بعض الكلمات أسهل للتذكّر من رمز.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n characters (or choose a PIN of at least 6 digits).</source>
        <translation>
            <numerusform>تحتاج كلمة السر إلى %n رمز على الأقل (أو اختر رمزًا سريًا من 6 أرقام على الأقل).</numerusform>
            <numerusform>تحتاج كلمة السر إلى رمز واحد على الأقل (أو اختر رمزًا سريًا من 6 أرقام على الأقل).</numerusform>
            <numerusform>تحتاج كلمة السر إلى رمزين على الأقل (أو اختر رمزًا سريًا من 6 أرقام على الأقل).</numerusform>
            <numerusform>تحتاج كلمة السر إلى %n رموز على الأقل (أو اختر رمزًا سريًا من 6 أرقام على الأقل).</numerusform>
            <numerusform>تحتاج كلمة السر إلى %n رمزًا على الأقل (أو اختر رمزًا سريًا من 6 أرقام على الأقل).</numerusform>
            <numerusform>تحتاج كلمة السر إلى %n رمز على الأقل (أو اختر رمزًا سريًا من 6 أرقام على الأقل).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A password can have at most %n characters.</source>
        <translation>
            <numerusform>يمكن أن تحتوي كلمة السر على %n رمز على الأكثر.</numerusform>
            <numerusform>يمكن أن تحتوي كلمة السر على رمز واحد على الأكثر.</numerusform>
            <numerusform>يمكن أن تحتوي كلمة السر على رمزين على الأكثر.</numerusform>
            <numerusform>يمكن أن تحتوي كلمة السر على %n رموز على الأكثر.</numerusform>
            <numerusform>يمكن أن تحتوي كلمة السر على %n رمزًا على الأكثر.</numerusform>
            <numerusform>يمكن أن تحتوي كلمة السر على %n رمز على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>A repeated or running sequence (such as 000000 or 123456) is the first thing anyone tries. Choose another one.</source>
        <translation>السلسلة المكرّرة أو المتتالية (مثل 000000 أو 123456) هي أول ما يجرّبه أي شخص. اختر غيرها.</translation>
    </message>
    <message>
        <source>The password must not be the login.</source>
        <translation>يجب ألّا تكون كلمة السر هي اسم الدخول.</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>منسّق</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>الميسّر</translation>
    </message>
    <message>
        <source>A login has 2 to 64 letters, digits, dots, dashes or underscores, without spaces.</source>
        <translation>يتكوّن اسم الدخول من 2 إلى 64 حرفًا أو رقمًا أو نقطة أو شرطة أو شرطة سفلية، دون مسافات.</translation>
    </message>
    <message>
        <source>A staff account needs the person&apos;s name.</source>
        <translation>يحتاج حساب الفريق إلى اسم الشخص.</translation>
    </message>
    <message>
        <source>The password could not be protected (not enough memory). Nothing was saved.</source>
        <translation>تعذّرت حماية كلمة السر (الذاكرة غير كافية). لم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>Create a coordinator account first: a coordinator manages the other accounts.</source>
        <translation>أنشئ أولًا حساب منسّق: المنسّق يدير الحسابات الأخرى.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is already taken.</source>
        <translation>اسم الدخول «%1» مستعمل من قبل.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>محاولات خاطئة كثيرة جدًا. حاول من جديد بعد %n ثانية.</numerusform>
            <numerusform>محاولات خاطئة كثيرة جدًا. حاول من جديد بعد ثانية واحدة.</numerusform>
            <numerusform>محاولات خاطئة كثيرة جدًا. حاول من جديد بعد ثانيتين.</numerusform>
            <numerusform>محاولات خاطئة كثيرة جدًا. حاول من جديد بعد %n ثوانٍ.</numerusform>
            <numerusform>محاولات خاطئة كثيرة جدًا. حاول من جديد بعد %n ثانية.</numerusform>
            <numerusform>محاولات خاطئة كثيرة جدًا. حاول من جديد بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong login or password. Try again in %n second(s).</source>
        <translation>
            <numerusform>اسم الدخول أو كلمة السر خاطئة. حاول من جديد بعد %n ثانية.</numerusform>
            <numerusform>اسم الدخول أو كلمة السر خاطئة. حاول من جديد بعد ثانية واحدة.</numerusform>
            <numerusform>اسم الدخول أو كلمة السر خاطئة. حاول من جديد بعد ثانيتين.</numerusform>
            <numerusform>اسم الدخول أو كلمة السر خاطئة. حاول من جديد بعد %n ثوانٍ.</numerusform>
            <numerusform>اسم الدخول أو كلمة السر خاطئة. حاول من جديد بعد %n ثانية.</numerusform>
            <numerusform>اسم الدخول أو كلمة السر خاطئة. حاول من جديد بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>اسم الدخول أو كلمة السر خاطئة.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled. Ask a coordinator.</source>
        <translation>الحساب «%1» معطَّل. اسأل منسّقًا.</translation>
    </message>
    <message>
        <source>This is not the password of an active coordinator account.</source>
        <translation>هذه ليست كلمة سر حساب منسّق نشط.</translation>
    </message>
    <message>
        <source>The password could not be protected (not enough memory). Nothing was changed.</source>
        <translation>تعذّرت حماية كلمة السر (الذاكرة غير كافية). لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>كلمة السر الحالية غير صحيحة.</translation>
    </message>
    <message>
        <source>%1 is the last active coordinator. Add another coordinator before disabling this account.</source>
        <translation>%1 هو آخر منسّق نشط. أضف منسّقًا آخر قبل تعطيل هذا الحساب.</translation>
    </message>
    <message>
        <source>There is no staff account %1.</source>
        <translation>لا يوجد حساب فريق رقم %1.</translation>
    </message>
    <message>
        <source>There is no staff account with the login &quot;%1&quot;.</source>
        <translation>لا يوجد حساب فريق باسم الدخول «%1».</translation>
    </message>
</context>
<context>
    <name>StaffAccountsPanel</name>
    <message>
        <source>Disabled since %1</source>
        <translation>معطَّل منذ %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>تفعيل</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>تعطيل</translation>
    </message>
    <message>
        <source>Account created. Give the person their login and password privately.</source>
        <translation>أُنشئ الحساب. أعطِ الشخص اسم دخوله وكلمة سرّه على انفراد.</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>تغيّرت كلمة سر %1.</translation>
    </message>
    <message>
        <source>Disable an account</source>
        <translation>تعطيل حساب</translation>
    </message>
    <message>
        <source>Disable the account of %1? They will no longer be able to sign in. Their name stays in the history; you can enable the account again.</source>
        <translation>هل تعطّل حساب %1؟ لن يستطيع الدخول بعد ذلك. يبقى اسمه في السجلّ؛ ويمكنك تفعيل الحساب من جديد.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>تغيّرت كلمة سرّك.</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>حسابات الفريق</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>حسابك</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2, %3).</source>
        <translation>متّصل باسم %1 (%2، %3).</translation>
    </message>
    <message>
        <source>C&amp;hange my password…</source>
        <translation>تغيير كلمة سرّي…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>اسم الدخول</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>حساب جديد…</translation>
    </message>
    <message>
        <source>&amp;Reset the password…</source>
        <translation>إعادة تعيين كلمة السر…</translation>
    </message>
    <message>
        <source>Return to &amp;learner mode after this long without use:</source>
        <translation>الرجوع إلى وضع المشارك بعد هذه المدة دون استعمال:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Minutes without use before learner mode</source>
        <translation>دقائق دون استعمال قبل وضع المشارك</translation>
    </message>
</context>
<context>
    <name>StaffSignInDialog</name>
    <message>
        <source>Staff sign-in</source>
        <translation>دخول الفريق</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>اسم الدخول</translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation>كلمة السر أو الرمز السري</translation>
    </message>
    <message>
        <source>Only staff members can leave learner mode. Sign in with your own login.</source>
        <translation>فقط أعضاء الفريق يستطيعون الخروج من وضع المشارك. ادخل باسم دخولك الخاص.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>اسم الدخول:</translation>
    </message>
    <message>
        <source>&amp;Password or PIN:</source>
        <translation>كلمة السر أو الرمز السري:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>دخول</translation>
    </message>
</context>
<context>
    <name>SummaryExport</name>
    <message>
        <source>the start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Summary from %1 to %2, all sites</source>
        <translation>الحصيلة من %1 إلى %2، كل الأماكن</translation>
    </message>
    <message>
        <source>Summary from %1 to %2, site %3</source>
        <translation>الحصيلة من %1 إلى %2، المكان: %3</translation>
    </message>
    <message>
        <source>Workshops held: %1</source>
        <translation>الورشات المنجَزة: %1</translation>
    </message>
    <message>
        <source>Hours delivered: %1</source>
        <translation>ساعات الورشات: %1</translation>
    </message>
    <message>
        <source>People reached: %1 (new: %2)</source>
        <translation>الأشخاص الذين شاركوا: %1 (الجدد: %2)</translation>
    </message>
    <message>
        <source>Attendances (present or late): %1</source>
        <translation>الحضور (في الوقت أو متأخرين): %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n شخص</numerusform>
            <numerusform>شخص واحد</numerusform>
            <numerusform>شخصان</numerusform>
            <numerusform>%n أشخاص</numerusform>
            <numerusform>%n شخصًا</numerusform>
            <numerusform>%n شخص</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance(s)</source>
        <translation>
            <numerusform>%n حضور</numerusform>
            <numerusform>حضور واحد</numerusform>
            <numerusform>حضوران</numerusform>
            <numerusform>%n حضورات</numerusform>
            <numerusform>%n حضورًا</numerusform>
            <numerusform>%n حضور</numerusform>
        </translation>
    </message>
    <message>
        <source>By age band</source>
        <translation>حسب الفئة العمرية</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>حسب الجنس</translation>
    </message>
    <message>
        <source>By postcode area</source>
        <translation>حسب منطقة الرمز البريدي</translation>
    </message>
    <message>
        <source>Modules covered</source>
        <translation>الوحدات التي دُرِّست</translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n ورشة</numerusform>
            <numerusform>ورشة واحدة</numerusform>
            <numerusform>ورشتان</numerusform>
            <numerusform>%n ورشات</numerusform>
            <numerusform>%n ورشة</numerusform>
            <numerusform>%n ورشة</numerusform>
        </translation>
    </message>
    <message>
        <source>Before/after quiz (learners who did both)</source>
        <translation>اختبار قبل/بعد (المشاركون الذين قاموا بالاثنين)</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2 % (%3 points), %n learner(s)</source>
        <translation>
            <numerusform>%1 → %2 % (%3 نقطة)، %n مشارك</numerusform>
            <numerusform>%1 → %2 % (%3 نقطة)، مشارك واحد</numerusform>
            <numerusform>%1 → %2 % (%3 نقطة)، مشاركان</numerusform>
            <numerusform>%1 → %2 % (%3 نقطة)، %n مشاركين</numerusform>
            <numerusform>%1 → %2 % (%3 نقطة)، %n مشاركًا</numerusform>
            <numerusform>%1 → %2 % (%3 نقطة)، %n مشارك</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPdf</name>
    <message>
        <source>How these figures are counted: a workshop is held unless it was cancelled; hours add up the workshops at which at least one person was present or late; each person is counted once however often they came; new people came for the first time ever (at this site, when one is chosen) during the period; the before/after gain compares the latest quiz taken before and after a module by the learners who took both during the period. Counts only: no names.</source>
        <translation>كيف تُحسب هذه الأرقام: تُعدّ الورشة منجَزة إلا إذا أُلغيت؛ الساعات تجمع الورشات التي حضرها شخص واحد على الأقل في الوقت أو متأخرًا؛ يُحسب كل شخص مرة واحدة مهما تكرّر حضوره؛ الأشخاص الجدد جاؤوا لأول مرة على الإطلاق (في هذا المكان، عند اختياره) خلال الفترة؛ التقدّم قبل/بعد يقارن آخر اختبار أُجري قبل الوحدة وبعدها من المشاركين الذين أجروا الاثنين خلال الفترة. أرقام فقط: بلا أسماء.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>workshops held</source>
        <translation>ورشات منجَزة</translation>
    </message>
    <message>
        <source>hours delivered</source>
        <translation>ساعات منجَزة</translation>
    </message>
    <message>
        <source>people reached</source>
        <translation>أشخاص شاركوا</translation>
    </message>
    <message>
        <source>new people</source>
        <translation>أشخاص جدد</translation>
    </message>
    <message>
        <source>attendances (present or late)</source>
        <translation>حضور (في الوقت أو متأخرين)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Attendance by age band</source>
        <translation>الحضور حسب الفئة العمرية</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>Attendance by gender</source>
        <translation>الحضور حسب الجنس</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Attendance by postcode area</source>
        <translation>الحضور حسب منطقة الرمز البريدي</translation>
    </message>
    <message>
        <source>Postcode area</source>
        <translation>منطقة الرمز البريدي</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Modules covered</source>
        <translation>الوحدات التي دُرِّست</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>الورشات</translation>
    </message>
    <message>
        <source>Before/after quiz gains (learners who took both)</source>
        <translation>التقدّم في اختبار قبل/بعد (المشاركون الذين أجروا الاثنين)</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <source>Gain in points</source>
        <translation>التقدّم بالنقاط</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 نقطة</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>لا شيء في هذه الفترة.</translation>
    </message>
    <message>
        <source>Funder summary</source>
        <translation>الحصيلة للجهات المموِّلة</translation>
    </message>
    <message>
        <source>Counts only, no names</source>
        <translation>أرقام فقط، بلا أسماء</translation>
    </message>
</context>
<context>
    <name>TallyChart</name>
    <message>
        <source>%1 ✓</source>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
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
        <source>Chart: share of raised hands per option, in percent</source>
        <translation>رسم بياني: نسبة الأيدي المرفوعة لكل جواب، بالنسبة المئوية</translation>
    </message>
    <message>
        <source>The same figures are in the table below the chart.</source>
        <translation>الأرقام نفسها في الجدول تحت الرسم البياني.</translation>
    </message>
    <message>
        <source>Raised hands per option</source>
        <translation>الأيدي المرفوعة لكل جواب</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>الجواب</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>الأيدي</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>صحيح</translation>
    </message>
</context>
<context>
    <name>TeachTheMachineWidget</name>
    <message>
        <source>Teach the machine: scam or not?</source>
        <translation>علّم الآلة: احتيال أم لا؟</translation>
    </message>
    <message>
        <source>Scam  [S]</source>
        <translation>احتيال  [S]</translation>
    </message>
    <message>
        <source>Not a scam  [N]</source>
        <translation>ليس احتيالًا  [N]</translation>
    </message>
    <message>
        <source>Mix up 30 % of the labels</source>
        <translation>خلط 30 % من التسميات</translation>
    </message>
    <message>
        <source>Label the rest correctly</source>
        <translation>تسمية الباقي تسمية صحيحة</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>إعادة من البداية</translation>
    </message>
    <message>
        <source>Label this message as a scam</source>
        <translation>تسمية هذه الرسالة «احتيال»</translation>
    </message>
    <message>
        <source>Label this message as not a scam</source>
        <translation>تسمية هذه الرسالة «ليست احتيالًا»</translation>
    </message>
    <message>
        <source>Mix up 30 percent of the labels given so far</source>
        <translation>خلط 30 بالمئة من التسميات المعطاة حتى الآن</translation>
    </message>
    <message>
        <source>Label all remaining messages correctly</source>
        <translation>تسمية كل الرسائل الباقية تسمية صحيحة</translation>
    </message>
    <message>
        <source>Reset the demonstration</source>
        <translation>إعادة العرض التوضيحي من البداية</translation>
    </message>
    <message>
        <source>Message to label</source>
        <translation>رسالة للتسمية</translation>
    </message>
    <message>
        <source>The machine&apos;s guess</source>
        <translation>رأي الآلة</translation>
    </message>
    <message>
        <source>Words that weighed most</source>
        <translation>الكلمات الأكثر تأثيرًا</translation>
    </message>
    <message>
        <source>Accuracy on messages never seen</source>
        <translation>نسبة النجاح على رسائل لم ترها أبدًا</translation>
    </message>
    <message>
        <source>Labels given so far</source>
        <translation>التسميات المعطاة حتى الآن</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>What this shows</source>
        <translation>ماذا يبيّن هذا</translation>
    </message>
    <message>
        <source>The machine learns only from the examples the group labels: nobody writes rules for it.</source>
        <translation>تتعلّم الآلة فقط من الأمثلة التي تسمّيها المجموعة: لا أحد يكتب لها قواعد.</translation>
    </message>
    <message>
        <source>It counts which words come up in scams and which in normal messages, and weighs them.</source>
        <translation>تَعُدّ الكلمات التي تتكرّر في رسائل الاحتيال وتلك التي تتكرّر في الرسائل العادية، وتعطيها وزنًا.</translation>
    </message>
    <message>
        <source>Its confidence is a calculation, not understanding: a normal message about a parcel can look like a scam.</source>
        <translation>ثقتها حساب، وليست فهمًا: رسالة عادية عن طرد قد تشبه رسالة احتيال.</translation>
    </message>
    <message>
        <source>Wrong labels teach it wrong lessons: its accuracy falls.</source>
        <translation>التسميات الخاطئة تعلّمها دروسًا خاطئة: فتنخفض نسبة نجاحها.</translation>
    </message>
    <message>
        <source>Accuracy is measured on messages it has never seen, as a fair test should be.</source>
        <translation>تُقاس نسبة النجاح على رسائل لم ترها أبدًا، كما في اختبار نزيه.</translation>
    </message>
    <message>
        <source>What it simplifies</source>
        <translation>ما الذي يبسّطه</translation>
    </message>
    <message>
        <source>Real filters learn from millions of messages, not forty.</source>
        <translation>المرشِّحات الحقيقية تتعلّم من ملايين الرسائل، لا من أربعين.</translation>
    </message>
    <message>
        <source>It looks at single words only, not their order, the sender or the link.</source>
        <translation>لا تنظر إلا إلى الكلمات واحدة واحدة، لا إلى ترتيبها ولا إلى المرسِل ولا إلى الرابط.</translation>
    </message>
    <message>
        <source>It ignores every word it has never seen.</source>
        <translation>تتجاهل كل كلمة لم ترها أبدًا.</translation>
    </message>
    <message>
        <source>Scammers change their wording to get past filters; this machine never relearns by itself.</source>
        <translation>المحتالون يغيّرون صياغتهم لتجاوز المرشِّحات؛ وهذه الآلة لا تعيد التعلّم وحدها أبدًا.</translation>
    </message>
    <message>
        <source>A good score on a test does not mean no mistakes on your own phone.</source>
        <translation>النتيجة الجيدة في اختبار لا تعني انعدام الأخطاء على هاتفك أنت.</translation>
    </message>
    <message>
        <source>→ scam</source>
        <translation>← احتيال</translation>
    </message>
    <message>
        <source>→ not a scam</source>
        <translation>← ليس احتيالًا</translation>
    </message>
    <message>
        <source>No word of this message was in the examples: the machine only goes by how often each label was given.</source>
        <translation>لا توجد أي كلمة من هذه الرسالة في الأمثلة: تعتمد الآلة فقط على عدد المرات التي أُعطيت فيها كل تسمية.</translation>
    </message>
    <message>
        <source>Words that weighed most: %1</source>
        <translation>الكلمات الأكثر تأثيرًا: %1</translation>
    </message>
    <message numerus="yes">
        <source>All %n messages are labelled.</source>
        <translation>
            <numerusform>لا توجد رسائل.</numerusform>
            <numerusform>الرسالة الوحيدة مسمّاة: لم يبقَ شيء.</numerusform>
            <numerusform>الرسالتان مسمّاتان: لم يبقَ شيء.</numerusform>
            <numerusform>كل الرسائل الـ%n مسمّاة.</numerusform>
            <numerusform>كل الرسائل (%n رسالة) مسمّاة.</numerusform>
            <numerusform>كل الرسائل (%n رسالة) مسمّاة.</numerusform>
        </translation>
    </message>
    <message>
        <source>No more messages. Mix up some labels to see what happens, or reset.</source>
        <translation>لا توجد رسائل أخرى. اخلط بعض التسميات لترى ما يحدث، أو أعد من البداية.</translation>
    </message>
    <message>
        <source>Message %1 of %2 — the group decides, then presses S or N.</source>
        <translation>الرسالة %1 من %2 — تقرّر المجموعة، ثم تضغط على S أو N.</translation>
    </message>
    <message>
        <source>The machine is still learning: it guesses after %1 labels, with both kinds.</source>
        <translation>الآلة ما زالت تتعلّم: تعطي رأيها بعد %1 تسميات من النوعين.</translation>
    </message>
    <message numerus="yes">
        <source>Accuracy on %n messages it has never seen: not yet measured</source>
        <translation>
            <numerusform>نسبة النجاح على رسائل لم ترها أبدًا: لم تُقس بعد</numerusform>
            <numerusform>نسبة النجاح على رسالة واحدة لم ترها أبدًا: لم تُقس بعد</numerusform>
            <numerusform>نسبة النجاح على رسالتين لم ترهما أبدًا: لم تُقس بعد</numerusform>
            <numerusform>نسبة النجاح على %n رسائل لم ترها أبدًا: لم تُقس بعد</numerusform>
            <numerusform>نسبة النجاح على %n رسالة لم ترها أبدًا: لم تُقس بعد</numerusform>
            <numerusform>نسبة النجاح على %n رسالة لم ترها أبدًا: لم تُقس بعد</numerusform>
        </translation>
    </message>
    <message>
        <source>Scam</source>
        <translation>احتيال</translation>
    </message>
    <message>
        <source>Not a scam</source>
        <translation>ليس احتيالًا</translation>
    </message>
    <message>
        <source>The machine thinks: &lt;span style=&quot;color:%1&quot;&gt;%2&lt;/span&gt; — %3 % sure</source>
        <translation>رأي الآلة: &lt;span style=&quot;color:%1&quot;&gt;%2&lt;/span&gt; — متأكدة بنسبة %3 %</translation>
    </message>
    <message numerus="yes">
        <source>Accuracy on %n messages it has never seen: %1 %</source>
        <translation>
            <numerusform>نسبة النجاح على رسائل لم ترها أبدًا: %1 %</numerusform>
            <numerusform>نسبة النجاح على رسالة واحدة لم ترها أبدًا: %1 %</numerusform>
            <numerusform>نسبة النجاح على رسالتين لم ترهما أبدًا: %1 %</numerusform>
            <numerusform>نسبة النجاح على %n رسائل لم ترها أبدًا: %1 %</numerusform>
            <numerusform>نسبة النجاح على %n رسالة لم ترها أبدًا: %1 %</numerusform>
            <numerusform>نسبة النجاح على %n رسالة لم ترها أبدًا: %1 %</numerusform>
        </translation>
    </message>
    <message>
        <source>Labels given so far: %1, of which %2 say &quot;scam&quot;.</source>
        <translation>التسميات المعطاة حتى الآن: %1، منها %2 «احتيال».</translation>
    </message>
    <message>
        <source>Mixed up on purpose: %1.</source>
        <translation>مخلوطة عمدًا: %1.</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The transaction was already closed.</source>
        <translation>كانت المعاملة مغلقة من قبل.</translation>
    </message>
</context>
<context>
    <name>WorkshopEditDialog</name>
    <message>
        <source>Edit workshop</source>
        <translation>تعديل الورشة</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>ورشة جديدة</translation>
    </message>
</context>
<context>
    <name>WorkshopForm</name>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>No site</source>
        <translation>لا يوجد مكان</translation>
    </message>
    <message>
        <source>e.g. Room 2, first floor</source>
        <translation>مثلًا القاعة 2، الطابق الأول</translation>
    </message>
    <message>
        <source>No facilitator</source>
        <translation>لا يوجد ميسّر</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>بلا حدّ</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>جماعية</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>فردية</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>البداية:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>المدة:</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>المكان:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>القاعة:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>الميسّر:</translation>
    </message>
    <message>
        <source>&amp;Modules covered:</source>
        <translation>الوحدات التي تتناولها:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>عدد الأماكن:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>الشكل:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>ملاحظات:</translation>
    </message>
    <message>
        <source>Space ticks or unticks a module.</source>
        <translation>زر المسافة يضع العلامة على وحدة أو يزيلها.</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (غير نشط)</translation>
    </message>
</context>
<context>
    <name>WorkshopSeries</name>
    <message>
        <source>A series has between 1 and %1 sessions.</source>
        <translation>السلسلة فيها من 1 إلى %1 حصة.</translation>
    </message>
    <message>
        <source>Sessions of a series are between 1 and %1 days apart.</source>
        <translation>بين حصص السلسلة من 1 إلى %1 يوم.</translation>
    </message>
</context>
<context>
    <name>WorkshopSeriesDialog</name>
    <message>
        <source>New series of workshops</source>
        <translation>سلسلة ورشات جديدة</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>كل أسبوع</translation>
    </message>
    <message>
        <source>Every N days</source>
        <translation>كل N يوم</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>التكرار:</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>التكرار</translation>
    </message>
    <message>
        <source>E&amp;very:</source>
        <translation>كل:</translation>
    </message>
    <message>
        <source>Days between sessions</source>
        <translation>الأيام بين الحصص</translation>
    </message>
    <message>
        <source>Number of s&amp;essions:</source>
        <translation>عدد الحصص:</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>عدد الحصص</translation>
    </message>
    <message>
        <source>Sessions planned:</source>
        <translation>الحصص المبرمجة:</translation>
    </message>
    <message>
        <source>Dates of the sessions</source>
        <translation>تواريخ الحصص</translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation>التكرار</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>date, time</comment>
        <translation>%1 الساعة %2</translation>
    </message>
</context>
<context>
    <name>WorkshopStore</name>
    <message>
        <source>A workshop needs a title.</source>
        <translation>يجب أن يكون للورشة عنوان.</translation>
    </message>
    <message>
        <source>A workshop needs a start date and time.</source>
        <translation>يجب أن يكون للورشة تاريخ وساعة بداية.</translation>
    </message>
    <message>
        <source>A workshop lasts at least one minute.</source>
        <translation>تدوم الورشة دقيقة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>There is no workshop %1.</source>
        <translation>لا توجد ورشة رقم %1.</translation>
    </message>
</context>
<context>
    <name>WorkshopTableModel</name>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>بلا حدّ</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>فردية</translation>
    </message>
    <message>
        <source>collective</source>
        <translation>جماعية</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>الميسّر</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>الوحدات</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>المسجَّلون</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>الحاضرون</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>WorkshopsScreen</name>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (غير نشط)</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>كل الأماكن</translation>
    </message>
    <message>
        <source>All facilitators</source>
        <translation>كل الميسّرين</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>كل الوحدات</translation>
    </message>
    <message>
        <source>The workshops cannot be read: %1</source>
        <translation>لا يمكن قراءة الورشات: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s), %1 cancelled</source>
        <translation>
            <numerusform>%n ورشة، منها %1 ملغاة</numerusform>
            <numerusform>ورشة واحدة، منها %1 ملغاة</numerusform>
            <numerusform>ورشتان، منهما %1 ملغاة</numerusform>
            <numerusform>%n ورشات، منها %1 ملغاة</numerusform>
            <numerusform>%n ورشة، منها %1 ملغاة</numerusform>
            <numerusform>%n ورشة، منها %1 ملغاة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n ورشة</numerusform>
            <numerusform>ورشة واحدة</numerusform>
            <numerusform>ورشتان</numerusform>
            <numerusform>%n ورشات</numerusform>
            <numerusform>%n ورشة</numerusform>
            <numerusform>%n ورشة</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reinstate workshop</source>
        <translation>إعادة الورشة</translation>
    </message>
    <message>
        <source>&amp;Cancel workshop</source>
        <translation>إلغاء الورشة</translation>
    </message>
    <message>
        <source>Reinstate workshop</source>
        <translation>إعادة الورشة</translation>
    </message>
    <message>
        <source>Cancel workshop</source>
        <translation>إلغاء الورشة</translation>
    </message>
    <message>
        <source>Edit workshop</source>
        <translation>تعديل الورشة</translation>
    </message>
    <message>
        <source>Duplicate workshop</source>
        <translation>نسخ الورشة</translation>
    </message>
    <message>
        <source>Copy created one week later; Edit… changes its date.</source>
        <translation>أُنشئت نسخة بعد أسبوع؛ «تعديل…» يسمح بتغيير تاريخها.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>date, time</comment>
        <translation>%1 الساعة %2</translation>
    </message>
    <message>
        <source>Cancel &quot;%1&quot; on %2?
It stays in the list, marked cancelled; its registrations are kept.</source>
        <translation>هل تلغي «%1» يوم %2؟
تبقى الورشة في القائمة، مع علامة «ملغاة»؛ وتُحفظ تسجيلاتها.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) planned.</source>
        <translation>
            <numerusform>لا توجد حصة مبرمجة.</numerusform>
            <numerusform>حصة واحدة مبرمجة.</numerusform>
            <numerusform>حصتان مبرمجتان.</numerusform>
            <numerusform>%n حصص مبرمجة.</numerusform>
            <numerusform>%n حصة مبرمجة.</numerusform>
            <numerusform>%n حصة مبرمجة.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>الفترة:</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>الأسبوع</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>← Pre&amp;vious</source>
        <translation>→ السابقة</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>الفترة السابقة</translation>
    </message>
    <message>
        <source>Ne&amp;xt →</source>
        <translation>التالية ←</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>الفترة التالية</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>الرجوع إلى اليوم</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>المكان:</translation>
    </message>
    <message>
        <source>Site filter</source>
        <translation>التصفية حسب المكان</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>الميسّر:</translation>
    </message>
    <message>
        <source>Facilitator filter</source>
        <translation>التصفية حسب الميسّر</translation>
    </message>
    <message>
        <source>M&amp;odule:</source>
        <translation>الوحدة:</translation>
    </message>
    <message>
        <source>Module filter</source>
        <translation>التصفية حسب الوحدة</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>متى:</translation>
    </message>
    <message>
        <source>Upcoming or past</source>
        <translation>القادمة أو الماضية</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>القادمة</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>الماضية</translation>
    </message>
    <message>
        <source>Show c&amp;ancelled</source>
        <translation>إظهار الملغاة</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>الورشات</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>جديد…</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>ورشة جديدة</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Duplicate workshop one week later</source>
        <translation>نسخ الورشة بعد أسبوع</translation>
    </message>
    <message>
        <source>New &amp;series…</source>
        <translation>سلسلة جديدة…</translation>
    </message>
    <message>
        <source>New series of workshops</source>
        <translation>سلسلة ورشات جديدة</translation>
    </message>
    <message>
        <source>Chec&amp;k-in…</source>
        <translation>الاستقبال…</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>الاستقبال</translation>
    </message>
    <message>
        <source>Sign-in s&amp;heet…</source>
        <translation>ورقة التوقيع…</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>ورقة التوقيع</translation>
    </message>
    <message>
        <source>Re&amp;gistrations…</source>
        <translation>التسجيلات…</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>التسجيلات</translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>لا يمكن كتابة %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>لا يمكن كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The database file to open.</source>
        <translation>ملف قاعدة البيانات الذي سيُفتح.</translation>
    </message>
    <message>
        <source>A lesson to open at start: MODULE or MODULE/PAGE.</source>
        <translation>درس يُفتح عند البدء: MODULE أو MODULE/PAGE.</translation>
    </message>
    <message>
        <source>Interface language (%1).</source>
        <translation>لغة الواجهة (%1).</translation>
    </message>
    <message>
        <source>Print the milliseconds until the window is first painted, then quit (benchmarks).</source>
        <translation>يطبع عدد الميلي ثواني حتى أول رسم للنافذة، ثم يخرج (لقياس الأداء).</translation>
    </message>
    <message>
        <source>The database file to open (like --database).</source>
        <translation>ملف قاعدة البيانات الذي سيُفتح (مثل ‎--database).</translation>
    </message>
</context>
</TS>
