<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AppController</name>
    <message>
        <source>File already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediatelier cannot open this database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceExport</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 rows: a spreadsheet cannot hold them. Choose a shorter period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names: pseudonymised (stable pseudonyms, postcode areas only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names: shown (personal data: keep this file safe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attendance matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceStore</name>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workshop %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is already on the list of this workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no change left to undo for this workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is not on the list of this workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a person who is still registered can be taken off the list; change their status instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupFlow</name>
    <message>
        <source>The automatic backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of %1 is now the database %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file was kept aside, unchanged, as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous file was kept aside as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupRestore</name>
    <message>
        <source>%1 is the database itself, not a backup of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1 The current database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in another Mediatelier window. Close it, then restore again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy the backup next to %1 (is the disk full?). The current database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move %1 aside, so nothing was restored and the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot put the backup in place of %1; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored, but the restore could not be written in the privacy log: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is damaged: its integrity check failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 failed its check: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Mediatelier backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1. The database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder: choose a file name for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough free space in %1 for a backup (about %2 MB are needed). The database was not changed and the earlier backups were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 could not be written (%2). The database was not changed and the earlier backups were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new backup failed its check, so it was deleted and the earlier backups were kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot give the backup its name %1. The database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Restore from a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediatelier database (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup cannot be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Nothing was changed. Choose another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of %1 passed its check. Restore it in place of the current data?

Whatever was recorded after that backup will not be in the restored file. The current file is not deleted: it is kept aside, renamed, in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was copied to %1 and the copy passed its check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the copy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with a copy of now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediatelier copies this database once a day, when the window opens, and keeps the latest copies. Each copy is checked before older ones are deleted. For a copy that leaves this computer, use “Back up now to…” with a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Daily backups kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup yet: the first one is made the next time the window opens, or now with “Back up now to…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the image %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1 as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1 as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartTableModel</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInWidget</name>
    <message>
        <source>&amp;Find a person (type two or three letters of the name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People found; the highlighted one is checked in by Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: present · Ctrl+L: late · Ctrl+E: excused · Ctrl+A: absent · Ctrl+Z: undo · ↑/↓: choose another person · Escape: clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excused (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent (Ctrl+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees of this workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo last change (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark the others absent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not registered for this workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add «%1» as a new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present: %1 · Registered, not here yet: %2 · Places: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Past capacity: %1 people expected or present for %n place(s).</source>
        <translation>
            <numerusform>Past capacity: %1 people expected or present for %n place.</numerusform>
            <numerusform>Past capacity: %1 people expected or present for %n places.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a few letters of a name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already marked “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added as a new person: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (arrived at %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n people are back to “%1”.</source>
        <translation>
            <numerusform>Undone: %n person is back to “%1”.</numerusform>
            <numerusform>Undone: %n people are back to “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: %1 is no longer on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1 is back to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is still only registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the others absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mark the %n person(s) still registered as absent? Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>Mark the %n person still registered as absent? Ctrl+Z undoes it.</numerusform>
            <numerusform>Mark the %n people still registered as absent? Ctrl+Z undoes it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) marked absent.</source>
        <translation>
            <numerusform>%n person marked absent.</numerusform>
            <numerusform>%n people marked absent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInWindow</name>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several answers may be right: tick every one you think is right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file (else $MEDIATELIER_DATABASE, else the default file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 2 usage error, 3 bad input, 4 storage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli [--database FILE] [--lang %1] COMMAND [ARGS]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>create or upgrade the database; print its path and schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity, foreign keys, schema version; exit 0 only when sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consistent copy, safe while the window has the file open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id, version, languages, title, page and question counts of every pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate packs; exit 3 on a broken one (file:line: what)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>install a pack from a folder or a .zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove an added pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search the lessons (typo-tolerant): module, page, passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import Moodle GIFT questions into a module (a user pack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a module&apos;s quiz as Moodle GIFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import learners from a CSV file; --dry-run checks only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every learner (staff data); --format csv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workshops with their attendance counts [--from DATE] [--to DATE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the offline AI demonstrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a demonstration&apos;s key figures, for preparing a workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill the database with a generated network (trials, benchmarks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the funder figures of a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff accounts: login, name, role, state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new staff account: --login L --name N --role facilitator|coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set a new password for LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable LOGIN (the last coordinator stays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enable LOGIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything stored about one learner (id or UUID) as JSON, or PDF with -o FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erase one learner&apos;s personal data (id or UUID), keep anonymous counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendance of a period as CSV, XLSX or PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1 (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli backup FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>BROKEN: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack folders or .zip files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli modules validate PATH...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: valid (%2, %n page(s))</source>
        <translation>
            <numerusform>%1: valid (%2, %n page)</numerusform>
            <numerusform>%1: valid (%2, %n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>A pack folder or a .zip file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli modules add PATH|ZIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module %1 added to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id of an added module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli modules remove ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the lessons searched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of hits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli search QUERY [--lang L] [--limit N] [--format json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module receiving the questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file; import nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the questions in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GIFT file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli quiz import-gift FILE --module ID [--dry-run] [--format json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) can be imported into %1.</source>
        <translation>
            <numerusform>%n question can be imported into %1.</numerusform>
            <numerusform>%n questions can be imported into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) imported into %1.</source>
        <translation>
            <numerusform>%n question imported into %1.</numerusform>
            <numerusform>%n questions imported into %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped, line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module whose quiz is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GIFT file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the questions written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli quiz export-gift --module ID -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz of %1 written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) left out: GIFT cannot hold ordering questions or self-assessment statements.</source>
        <translation>
            <numerusform>%n question left out: GIFT cannot hold ordering questions or self-assessment statements.</numerusform>
            <numerusform>%n questions left out: GIFT cannot hold ordering questions or self-assessment statements.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CSV file of learners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli learners import FILE [--dry-run] [--format json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) imported.</source>
        <translation>
            <numerusform>%n learner imported.</numerusform>
            <numerusform>%n learners imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) can be imported (dry run: nothing written).</source>
        <translation>
            <numerusform>%n learner can be imported (dry run: nothing written).</numerusform>
            <numerusform>%n learners can be imported (dry run: nothing written).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) left out.</source>
        <translation>
            <numerusform>%n duplicate left out.</numerusform>
            <numerusform>%n duplicates left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected.</source>
        <translation>
            <numerusform>%n row rejected.</numerusform>
            <numerusform>%n rows rejected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Output format: text, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use text, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day (ISO date, e.g. 2026-03-01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day, included (ISO date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli workshops list [--from DATE] [--to DATE] [--format json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as 2026-03-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 registered, %2 present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the random draws (same seed, same figures).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demonstration (see ai-demo list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli ai-demo run NAME [--seed S] [--format json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown demonstration: %1 (see ai-demo list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password or PIN: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new password in MEDIATELIER_NEW_PASSWORD, or run the command in a terminal to type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login of the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli accounts list [--format json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facilitator or coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli accounts add --login LOGIN --name NAME --role facilitator|coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 created (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli accounts passwd LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli accounts disable LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli accounts enable LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected by staff accounts and this command shows or changes personal data: set MEDIATELIER_PASSWORD to a coordinator&apos;s password, or run the command in a terminal to type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write: JSON, or a readable PDF when it ends in .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learner&apos;s id or UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli learners export-data ID -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 written: %2 workshop registration(s), %3 lesson page(s), %4 quiz attempt(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli learners erase ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner %1 was already anonymised (%2); nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner %1 erased: personal data removed; now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as anonymous counts: %1 attendance row(s), %2 quiz attempt(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: another program has the database open; the erased data leave its write-ahead log when that program closes it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import learners from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s); encoding %1; separator “%2”. Check which field each column holds:</source>
        <translation>
            <numerusform>%n row; encoding %1; separator “%2”. Check which field each column holds:</numerusform>
            <numerusform>%n rows; encoding %1; separator “%2”. Check which field each column holds:</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns of the file and their first rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field held by the column “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Row report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n to import</source>
        <translation>
            <numerusform>%n to import</numerusform>
            <numerusform>%n to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) left out</source>
        <translation>
            <numerusform>%n duplicate left out</numerusform>
            <numerusform>%n duplicates left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is written until you press Import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n learner(s)</source>
        <translation>
            <numerusform>&amp;Import %n learner</numerusform>
            <numerusform>&amp;Import %n learners</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CvScreeningWidget</name>
    <message>
        <source>Ratio between the groups: %1 — below %2: adverse impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratio between the groups: %1 — at least %2: passes the four-fifths rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 years of experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>highest diploma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being in group B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>living in the south area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a career gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the screener learned (points for or against): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % shortlisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group A: %1 % shortlisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group B: %1 % shortlisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the %1 past decisions it learned from, recruiters hired %2 % of group A and %3 % of group B, with the same experience and diplomas in both groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CV screener: who gets shortlisted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A screener learned from past hiring decisions, then sorted %1 new applicants. Untick what it may look at and watch the bars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use career gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the screener use the applicant&apos;s group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the screener use the postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the screener use career gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the demonstration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the screener did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the screener learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A machine trained on biased past decisions repeats the bias, at scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection rate is the share of a group that is shortlisted; the four-fifths rule flags a problem when one group&apos;s rate is under 80 % of the other&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the group is not enough: the postcode and career gaps reveal it, so the bias comes back through these proxies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the proxies too brings the rates closer, but the screener then knows less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairness has to be measured on the results; it cannot be assumed from the inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it simplifies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicants are invented: two groups with exactly the same qualifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real CVs hold hundreds of clues (names, hobbies, schools) that can act as proxies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The four-fifths rule is one rule of thumb; other measures compare errors, and they cannot all be met at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A real screener may be far more complex and much harder to inspect than this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human oversight and the law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR article 22: people may refuse a decision based solely on automated processing that significantly affects them, such as rejecting an application; where it is allowed, they can obtain a human review, give their view and contest it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU AI Act: systems that filter applications or evaluate candidates are &quot;high-risk&quot;; they need bias checks on their data, documentation and effective oversight by people able to overrule them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of November 2026: these obligations were planned for August 2026; in 2026 the EU adopted changes that postpone them to December 2027. Check the current dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An employer stays responsible for discrimination, whatever software made the shortlist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardModels</name>
    <message>
        <source>W%1 %2</source>
        <extracomment>A week: its ISO number and year, e.g. &quot;W10 2026&quot; (French: &quot;S10 2026&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 learner-hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 absent of %2 expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner-hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gain (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Computing the dashboard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded with these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures of %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workshops held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours of training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no-show rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New and returning people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison of sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules most taught (workshops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz results before → after (average %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People by age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People by gender</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardQuery</name>
    <message>
        <source>The dashboard was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a Mediatelier database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Mediatelier database (it is not an SQLite file). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to %1: the folder or the file is read-only. Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open in another Mediatelier window. Use that window, or close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Mediatelier (data version %2; this program knows up to %3). Update Mediatelier to open it. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (the integrity check failed). It was left untouched; restore a backup or create a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) point to records that do not exist.</source>
        <translation>
            <numerusform>%n row points to a record that does not exist.</numerusform>
            <numerusform>%n rows point to records that do not exist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Foreign key check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data version %1, expected %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot replace the database itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <source>Mediatelier cannot open this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed in that file. What would you like to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Mediatelier database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a Mediatelier database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of %1 passed its check. Restoring it keeps the damaged file aside, renamed: it is never overwritten or deleted. What would you like to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the last good backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>The demo needs at least one year and one site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This database already holds %n workshop(s); demo data would mix with them.</source>
        <translation>
            <numerusform>This database already holds %n workshop; demo data would mix with it.</numerusform>
            <numerusform>This database already holds %n workshops; demo data would mix with them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoRegistry</name>
    <message>
        <source>Teach the machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group sorts messages into scams and normal messages; the machine learns from them, and from mistakes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CV screener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A screener learns from past hiring decisions, and their bias: selection rates per group, and the proxies that carry the bias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a chatbot writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small model writes word by word, picking among likely next words: fluent is not the same as true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words turned into numbers: a job search that understands misspellings and related jobs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemonstrationsScreen</name>
    <message>
        <source>Demonstrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four small demonstrations of what AI does, running on this computer without any network. Choose one on the left (Enter). Each has a Reset button and a panel saying what it shows and what it simplifies. They can be projected, and lessons open them from their pages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>The export was cancelled; no file was kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacilitatorGuideDialog</name>
    <message>
        <source>Facilitator guide — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacilitatorStore</name>
    <message>
        <source>A facilitator needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no facilitator %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacilitatorsDialog</name>
    <message>
        <source>Show &amp;inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facilitators who lead workshops:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A facilitator who led workshops is deactivated instead, so that past workshops keep their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;ctivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate the facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate the facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the list?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 led workshops, so they were deactivated rather than removed: past workshops keep their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mail (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home site:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GiftFormat</name>
    <message>
        <source>the question title opened with &apos;::&apos; is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;}&apos; closes no answer block (write \} for a brace in a text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description without answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer block opened with &apos;{&apos; is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second answer block in the same question: separate questions with a blank line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing-word question (the answers are in the middle of the sentence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question without text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown marker &apos;%1&apos;: each answer starts with = or ~</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid weight in &apos;%1&apos; (a weight is a percentage between two % signs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>essay question (free answer, nothing to check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an answer is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer block has no answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short-answer question with no accepted answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choice question with no correct answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;-&gt;&apos; outside a matching question (a matching question has only =left -&gt; right answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matching question with extra right-hand answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matching question with fewer than two pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown marker &apos;#&apos;: a true/false answer has at most two feedbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number, a number:tolerance or a low..high range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numeric question with partial credit only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupModeLauncher</name>
    <message>
        <source>No module has questions for group mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) for the group.</source>
        <translation>
            <numerusform>%n question for the group.</numerusform>
            <numerusform>%n questions for the group.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quiz with the whole group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questions are projected in large type. Count the raised hands for each option, then show the answers. No name is asked, shown or kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start group mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupModeWindow</name>
    <message>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hands counted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of the raised hands went to a correct answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct answers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediatelier — group quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several answers can be right: raise your hand for each one you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This module cannot be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This module has no question that a group can answer by raising hands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Previous question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Up or Left arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next question →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Down or Right arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return or S shows the answers, H hides them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of correct answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised hands for option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up/Down or +/− change the count; Tab goes to the next option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One hand less for option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One hand more for option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupResultsDialog</name>
    <message>
        <source>Group results of a workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the scores spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success rate per question, lowest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workshop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quiz:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finished quiz for this workshop, module and quiz yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) finished this quiz. Average score: %1 %.</source>
        <translation>
            <numerusform>%n person finished this quiz. Average score: %1 %.</numerusform>
            <numerusform>%n people finished this quiz. Average score: %1 %.</numerusform>
        </translation>
    </message>
    <message>
        <source>0–19 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>20–39 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>40–59 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>60–79 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80–100 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnerDataDocument</name>
    <message>
        <source>Your data at this digital space — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name used here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes written about you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your personal sign-in code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record created on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent date is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You agreed on %1 to the privacy notice, version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops you came to or registered for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change made at the door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons you read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before the module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your quiz answers and results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — quiz %2, %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 out of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document lists everything this digital space keeps about you in Mediatelier, as of %1. Nothing about other people is included. A computer-readable copy (JSON) comes with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may ask to see, correct or erase these data, take them elsewhere, or object to their use. Ask the staff of the digital space; the privacy notice says how to complain to the data protection authority.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnerDataExport</name>
    <message>
        <source>There is no learner %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learner-data</source>
        <comment>file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnerEditDialog</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent &amp;given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A first name or a nickname is enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post&amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Age band:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ge&amp;nder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent &amp;wording version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent wording version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal c&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short code the learner types to sign in on a shared computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note&amp;s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already known?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 looks like the same person.</source>
        <translation>
            <numerusform>%1 looks like the same person.</numerusform>
            <numerusform>%1 look like the same person.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Use the existing record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To keep one record with everything, use Merge… in the list of learners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not the current privacy notice (version %1): read the current one with the person and record their consent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current privacy notice: version %1 (Help → Privacy notice…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnerErasure</name>
    <message>
        <source>There is no learner %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnerFields</name>
    <message>
        <source>under 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over 75</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>man</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnerImport</name>
    <message>
        <source>(ignore this column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent wording version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty; a first line with the column names is expected, e.g. “Prénom;Nom;Code postal”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no column gives a name. The first line must name at least one of these columns: “Pseudo” or “Display name”, “Prénom” or “First name”, “Nom” or “Last name”. Columns found: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name (display name, first name or last name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid e-mail address “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown age band “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown gender “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid consent date “%1” (expected e.g. 2026-03-01 or 01/03/2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 will be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 looks like %3, already stored; not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 looks like the person on line %3; not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: rejected: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnerMergeDialog</name>
    <message>
        <source>Merge two records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These two records describe the same person. Which one do you keep?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attendance, lesson progress and quiz results of the other record move to the one kept; what the kept record lacks (phone, e-mail…) is taken from the other. Then the other record is deleted. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last came %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnerPickerDialog</name>
    <message>
        <source>Who is reading?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the first letters of the name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search a learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest (nothing is recorded)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnerPrivacyActions</name>
    <message>
        <source>Export their data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export their data (a JSON file and a PDF beside it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved:
%1
%2

The PDF is for the person to read; the JSON file is for another program. Both hold personal data: hand them over, then delete them from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase a learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase %1 for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their name, phone, e-mail, postcode, notes and personal code are removed and cannot be brought back. Their attendance and quiz results stay as anonymous counts, under a reference with no name, so that earlier reports still add up; their age band and gender stay for the same reason.

Think of exporting their data first if they want a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was erased: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnerSignInDialog</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your first name or your personal code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your first name or personal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue as a guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a guest you can read and answer quizzes; nothing is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several people have this name. Please type your personal code, or ask the mediator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We do not know this name yet. Check the spelling, ask the mediator, or continue as a guest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnerStore</name>
    <message>
        <source>A learner needs a display name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no learner %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a known age band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a known gender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal code %1 is already used by another learner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A learner cannot be merged with themselves.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnerTableModel</name>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last attended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnersScreen</name>
    <message>
        <source>Learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few letters of a name; accents and capitals do not matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a learner (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected learner (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two records of the same person (Shift+↓ or Ctrl+click), then merge them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n learner</numerusform>
            <numerusform>%n learners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the two records of the same person first (Shift+↓ or Ctrl+click).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records were not merged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their rights:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport their data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything stored about the selected person, as a PDF to read and a JSON file (access, portability)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;rase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected person&apos;s name and contact details for good; their attendance stays as anonymous counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Privacy notice…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonReader</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table of contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This module is not available in your language; it is shown in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonsScreen</name>
    <message>
        <source>Progress not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading as a guest (nothing is recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or shorter words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a module: choose a .zip file or a module folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module description (module.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module was not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now in the list of modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the lessons (spelling mistakes are fine)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a module…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change reader…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <source>Your answer (a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Mediatelier — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open another database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Mediatelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Mediatelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Mediatelier %1&lt;/h2&gt;&lt;p&gt;Offline workshops on artificial intelligence and data ethics, for digital mediators and the people they welcome.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Your data stays on this computer, in one file:&lt;br&gt;%2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediatelier — welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediatelier — welcome, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand over to a learner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave learner mode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner mode: only your own lessons and quizzes. Ctrl+Shift+L gives the computer back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as a l&amp;earner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out and lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger interface (now %1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal size (100 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Privacy notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchingEditor</name>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModuleCatalogueModel</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Beginner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModuleLibrary</name>
    <message>
        <source>unknown glossary term: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown module: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to unpack %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This module has faults and was not added:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in module &quot;%1&quot; is already at version %2; a pack must have a higher version to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy the module into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot install the module into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no added module &quot;%1&quot; (built-in modules cannot be removed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextWordWidget</name>
    <message>
        <source>The model looked at how sentences begin in its texts, and drew “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model looked at what came after “%1” in its texts, and drew “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model never saw these words: it drew “%1” from the most frequent words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”, chance %2 %, chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”, chance %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temperature: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low: the model almost always takes the most likely word. The text is safe and repetitive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium: the model draws words by their chances, like a weighted lottery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High: unlikely words get more chances. The text becomes surprising, then nonsense.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a chatbot writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start of the sentence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds one word (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write 20 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words it hesitated between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fluent is not true: in the texts it learned from, the library opens at ten; the model only knows which words often follow “opens at”, so it may write nine or eight with the same confidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chatbot writes one word at a time.
Each next word is drawn according to the chances it learned from texts.
The temperature changes how adventurous the draw is.
The result sounds right because it copies the way people write.
Nothing checks that the result is true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it simplifies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model looks at the last two words only; real chatbots look at thousands.
It learned from about 1,700 words; real ones learn from billions.
Real ones cut words into pieces and compute chances with a neural network.
Real ones are also trained to follow instructions and to refuse some requests.
But the principle is the same: the most plausible continuation, not the truth.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderingEditor</name>
    <message>
        <source>Items to put in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up (Alt+↑)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down (Alt+↓)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackArchive</name>
    <message>
        <source>%1 is not a readable .zip archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds too many files to be a content pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (entry %2 cannot be read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was refused: the entry &quot;%2&quot; would be written outside the pack folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was refused: the entry &quot;%2&quot; is a symbolic link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a content pack once unpacked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot unpack %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2 cannot be unpacked).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackLoader</name>
    <message>
        <source>module.json is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; differs from the folder name &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language &apos;%1&apos; is declared but its pages are absent (no %1/ folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page listed but missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a page starts with a &apos;# &apos; heading, its title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facilitator guide missing: %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quiz file missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id must be lowercase letters, digits and dashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version must be a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one language is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no learning objective in language &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the duration must be between 15 and 480 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the level must be beginner, intermediate or advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page &apos;%1&apos; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one page is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>glossary ids must be present and unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>term or definition missing in language &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing text in language &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown demonstration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link to a page that is not in the module: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagedDocument</name>
    <message>
        <source>The document could not be written: the printer or file refused it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be written: the printer or file refused page %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF cannot be drawn without Qt&apos;s graphical part (fonts): start a QGuiApplication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated on %1 by Mediatelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: page %2 was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be completed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyLog</name>
    <message>
        <source>Data exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention: inactive learners anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyLogDialog</name>
    <message>
        <source>Privacy log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners are named by their reference only: the log never holds a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyNoticeDialog</name>
    <message>
        <source>Privacy notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of the wording. When a learner consents, record this version in their record (Learners → Edit… → Consent wording version). The organisation, its contact and the retention period come from Settings → Privacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>privacy-notice</source>
        <comment>file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the privacy notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the privacy notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacySettingsBox</name>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise learners &amp;inactive for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months of inactivity before anonymisation (0: never)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At start, Mediatelier lists the learners inactive for this long and offers to anonymise them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation (in the privacy notice):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Espace public numérique de Saint-Gilles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact for privacy requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address, phone or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy &amp;notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy lo&amp;g…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Mediatelier — projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected lesson page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediatelier — facilitator notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizFormat</name>
    <message>
        <source>a list of questions is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every question needs an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate question id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown question type &apos;%1&apos; (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown quiz kind &apos;%1&apos; (expected pre, post or practice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page &apos;%1&apos; is not in the module&apos;s page list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least two options are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exactly one option must be correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one option must be correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option ids must be present and unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a true/false question has exactly the options &apos;true&apos; and &apos;false&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least two items are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least two pairs are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no accepted answer in language &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a numeric question needs a number as answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tolerance cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing text in language &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizImport</name>
    <message>
        <source>&quot;%1&quot; is not a valid module id (lowercase letters, digits and dashes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the module %1 for the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the questions of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no module &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizResultStore</name>
    <message>
        <source>There is no quiz attempt %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizReview</name>
    <message>
        <source>You scored %1 out of %2 (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for your answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(your opinion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◐ partly right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You were sure of %n answer(s) that were not right: read them again.</source>
        <translation>
            <numerusform>You were sure of %n answer that was not right: read it again.</numerusform>
            <numerusform>You were sure of %n answers that were not right: read them again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pages to read again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Quizzes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizRunner</name>
    <message>
        <source>&lt;b style=&apos;color:#1b6e20&apos;&gt;Right!&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#8a5a00&apos;&gt;Partly right.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#8a1c1c&apos;&gt;Not quite.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were sure: this is worth reading again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you sure of your answer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am &amp;sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am &amp;not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check my answer (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next (Enter) →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The right answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizzesScreen</name>
    <message>
        <source>The answer was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quiz cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This module has no questions for this quiz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import questions from a GIFT file (Moodle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIFT files (*.gift *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) will be added to &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n question will be added to &quot;%1&quot;.</numerusform>
            <numerusform>%n questions will be added to &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out (Mediatelier cannot show them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the questions?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) imported. They are kept in your own copy of the module.</source>
        <translation>
            <numerusform>%n question imported. It is kept in your own copy of the module.</numerusform>
            <numerusform>%n questions imported. They are kept in your own copy of the module.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the questions as GIFT (Moodle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIFT files (*.gift)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questions were not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questions were written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) left out: GIFT cannot hold ordering questions or self-assessment statements.</source>
        <translation>
            <numerusform>%n question left out: GIFT cannot hold ordering questions or self-assessment statements.</numerusform>
            <numerusform>%n questions left out: GIFT cannot hold ordering questions or self-assessment statements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Answering as a guest: nothing is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answering as %1: answers are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a learner to see their results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of %1, before and after each module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quiz:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Feedback:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the module (what I already know)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the module (what I learned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After each question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask &quot;Are you sure?&quot; after each answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start the quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change learner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import questions (GIFT)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export questions (GIFT)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group mode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project a question and count raised hands: no names on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results before and after each module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quizzes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (not during a workshop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During &amp;workshop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workshop&apos;s results as a group: average, spread, and what to explain again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>&amp;Remove from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo last change (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a CSV file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a few letters of the name, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a person to register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gistered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations — %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 registered for %2 places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 registered (no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add «%1» as a new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered, but the workshop is now over its capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken off the list. Ctrl+Z puts them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last change was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import registrations from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new people will be created and %2 people already known will be registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register these people?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people registered from the file (%2 were already on the list).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>--from and --to need ISO dates, e.g. 2026-03-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to (%1) comes before --from (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no site &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no facilitator &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years of history (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of sites (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the history (default yesterday).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to a database that already holds workshops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli demo [--years 1-50] [--sites 1-1000] [--seed S] [--until DATE] [--force]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %n workshop(s): demo data would mix with real records. Use another file, or --force.</source>
        <translation>
            <numerusform>%1 already holds %n workshop: demo data would mix with real records. Use another file, or --force.</numerusform>
            <numerusform>%1 already holds %n workshops: demo data would mix with real records. Use another file, or --force.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated in %1: %2 sites, %3 facilitators, %4 learners, %5 workshops, %6 attendance rows, %7 quiz attempts, %8 quiz answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day (ISO date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day, included (ISO date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One site: its id, UUID or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV separator (default: &apos;;&apos; in French, &apos;,&apos; otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One facilitator: id, UUID or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only workshops covering this module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stable pseudonyms instead of names; postcode areas only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>%n row written to %1</numerusform>
            <numerusform>%n rows written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Output format: text, json, csv or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the CSV (with a BOM for spreadsheets) or the PDF to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli report summary --from DATE --to DATE [--site S] [--format text|json|csv|pdf] [--separator C] [-o FILE] (pdf needs -o FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv, xlsx or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli attendance export --from DATE --to DATE [--site S] [--facilitator F] [--module ID] [--pseudonymise] --format csv|xlsx|pdf [--separator C] -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportFilter</name>
    <message>
        <source>the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all facilitators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all modules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All facilitators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the funder summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the attendance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the attendance… %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows exported to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funder summary (counts only, no names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the summary as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance export: one row per person per workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pseudonymise (no names or contacts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funder summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary and e&amp;xports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the summary as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention of personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n person(s) have not come to a workshop, read a lesson or taken a quiz for %1 months or more&lt;/b&gt; (not since %2).&lt;/p&gt;&lt;p&gt;Under your retention policy, their names, contact details and notes should now be erased. Their attendance and quiz results stay, as anonymous counts, so that earlier reports still add up. This cannot be undone.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n person has not come to a workshop, read a lesson or taken a quiz for %1 months or more&lt;/b&gt; (not since %2).&lt;/p&gt;&lt;p&gt;Under your retention policy, their names, contact details and notes should now be erased. Their attendance and quiz results stay, as anonymous counts, so that earlier reports still add up. This cannot be undone.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n people have not come to a workshop, read a lesson or taken a quiz for %1 months or more&lt;/b&gt; (not since %2).&lt;/p&gt;&lt;p&gt;Under your retention policy, their names, contact details and notes should now be erased. Their attendance and quiz results stay, as anonymous counts, so that earlier reports still add up. This cannot be undone.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who would be anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is set in Settings → Privacy. “Later” asks again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anonymise now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody was anonymised: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScaleEditor</name>
    <message>
        <source>1 — Not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 — A little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 — Somewhat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 — Mostly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 — Completely</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Interface &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current &amp;site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ites…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current &amp;facilitator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;acilitators…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage facilitators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workshops start with the current site and facilitator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInSheet</name>
    <message>
        <source>Sign-in sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came (present or late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: ____ / ____ / ________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: ____________________________________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By signing, I confirm I attended this workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in-sheet</source>
        <comment>file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendance-summary</source>
        <comment>file name</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInSheetActions</name>
    <message>
        <source>Save the sign-in sheet as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the sign-in sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the attendance summary as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the attendance summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the sign-in sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the attendance summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInSheetDialog</name>
    <message>
        <source>Sign-in sheet and attendance summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the workshop: the sheet people sign at the door.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blank rows for walk-ins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the workshop: who came, with the facilitator&apos;s signature line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the sign-in sheet as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the sign-in sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the &amp;summary as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint the summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimilarWordsWidget</name>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a job, even with mistakes: “aide soigante”, “devlopeur”, “cuisinié”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — similarity %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — similarity %2 % — letters in common: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lessons contain no word close to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they share the letters %1 and both appear next to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they share the letters %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both appear next to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the lessons, the closest word to “%1” is “%2”: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the lessons, the closest word to “%1” is “%2”: %3. Then come %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Map of %n word(s): nearby dots are words with similar vectors.</source>
        <translation>
            <numerusform>Map of %n word: nearby dots are words with similar vectors.</numerusform>
            <numerusform>Map of %n words: nearby dots are words with similar vectors.</numerusform>
        </translation>
    </message>
    <message>
        <source>Similar words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search for a job:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for a job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. aide soigante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closest jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map of the words (close dots = similar vectors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map of the words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer turns each word into a list of numbers: a vector.
Here the numbers count groups of three to five letters, and the words found around it in the lessons.
Words with similar vectors are close: the search finds a job despite a typo.
The map squeezes thousands of numbers into two, so that we can see it.
The computer does not understand the words; it compares numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it simplifies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real systems learn their vectors from billions of sentences, not from a few lessons.
Their vectors also capture meaning: “nurse” near “care assistant”. Ours mostly capture spelling.
Letter groups can mislead: “cuisine” is close to “cuisinier”, yet it is not a job.
The vectors also copy the biases of the texts they come from.
A 2-D map always distorts some distances.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteStore</name>
    <message>
        <source>A site needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a site called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no site %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SitesDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sites where workshops take place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlStatement</name>
    <message>
        <source>The database refused an operation: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffAccountDialog</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff password used until now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staff password used until now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password, again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Mediatelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Create the coordinator account.&lt;/b&gt; This database has no staff account yet.&lt;/p&gt;&lt;p&gt;The coordinator manages the other staff accounts, sees the reports and exports, and can take the computer back from a learner. Only staff who sign in see learners&apos; names.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;This computer had one shared staff password for leaving learner mode. Type it once more to show that you are staff; it is then replaced by your account.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitators run workshops and see learners; coordinators also manage accounts and see reports and exports. Give the person their login and password privately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1 (%2). Tell it to them privately; they can change it afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password of at least 8 characters with letters: a few words are easier to remember than a code, and much harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password of at least 8 characters, or a PIN of at least 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the staff password used on this computer until now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffAccounts</name>
    <message numerus="yes">
        <source>A coordinator needs a password with letters, not a PIN: it also unlocks the exports of personal data. Use at least %n characters; a few words are easier to remember.</source>
        <translation>
            <numerusform>A coordinator needs a password with letters, not a PIN: it also unlocks the exports of personal data. Use at least %n characters; a few words are easier to remember.</numerusform>
            <numerusform>A coordinator needs a password with letters, not a PIN: it also unlocks the exports of personal data. Use at least %n characters; a few words are easier to remember.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A PIN needs at least %n digits.</source>
        <translation>
            <numerusform>A PIN needs at least %n digits.</numerusform>
            <numerusform>A PIN needs at least %n digits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n characters; a few words are easier to remember than a code.</source>
        <translation>
            <numerusform>A password needs at least %n characters; a few words are easier to remember than a code.</numerusform>
            <numerusform>A password needs at least %n characters; a few words are easier to remember than a code.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n characters (or choose a PIN of at least 6 digits).</source>
        <translation>
            <numerusform>A password needs at least %n characters (or choose a PIN of at least 6 digits).</numerusform>
            <numerusform>A password needs at least %n characters (or choose a PIN of at least 6 digits).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A password can have at most %n characters.</source>
        <translation>
            <numerusform>A password can have at most %n characters.</numerusform>
            <numerusform>A password can have at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>A repeated or running sequence (such as 000000 or 123456) is the first thing anyone tries. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not be the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login has 2 to 64 letters, digits, dots, dashes or underscores, without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A staff account needs the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be protected (not enough memory). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a coordinator account first: a coordinator manages the other accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong attempts. Try again in %n second.</numerusform>
            <numerusform>Too many wrong attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong login or password. Try again in %n second(s).</source>
        <translation>
            <numerusform>Wrong login or password. Try again in %n second.</numerusform>
            <numerusform>Wrong login or password. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled. Ask a coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the password of an active coordinator account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be protected (not enough memory). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last active coordinator. Add another coordinator before disabling this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no staff account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no staff account with the login &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffAccountsPanel</name>
    <message>
        <source>Disabled since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account created. Give the person their login and password privately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the account of %1? They will no longer be able to sign in. Their name stays in the history; you can enable the account again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange my password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to &amp;learner mode after this long without use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes without use before learner mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffSignInDialog</name>
    <message>
        <source>Staff sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only staff members can leave learner mode. Sign in with your own login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password or PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryExport</name>
    <message>
        <source>the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary from %1 to %2, all sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary from %1 to %2, site %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops held: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours delivered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People reached: %1 (new: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendances (present or late): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance(s)</source>
        <translation>
            <numerusform>%n attendance</numerusform>
            <numerusform>%n attendances</numerusform>
        </translation>
    </message>
    <message>
        <source>By age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By postcode area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n workshop</numerusform>
            <numerusform>%n workshops</numerusform>
        </translation>
    </message>
    <message>
        <source>Before/after quiz (learners who did both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2 % (%3 points), %n learner(s)</source>
        <translation>
            <numerusform>%1 → %2 % (%3 points), %n learner</numerusform>
            <numerusform>%1 → %2 % (%3 points), %n learners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPdf</name>
    <message>
        <source>How these figures are counted: a workshop is held unless it was cancelled; hours add up the workshops at which at least one person was present or late; each person is counted once however often they came; new people came for the first time ever (at this site, when one is chosen) during the period; the before/after gain compares the latest quiz taken before and after a module by the learners who took both during the period. Counts only: no names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workshops held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendances (present or late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance by age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance by gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance by postcode area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before/after quiz gains (learners who took both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gain in points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funder summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts only, no names</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TallyChart</name>
    <message>
        <source>%1 ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: share of raised hands per option, in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same figures are in the table below the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised hands per option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeachTheMachineWidget</name>
    <message>
        <source>Teach the machine: scam or not?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scam  [S]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a scam  [N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mix up 30 % of the labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label the rest correctly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label this message as a scam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label this message as not a scam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mix up 30 percent of the labels given so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label all remaining messages correctly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the demonstration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machine&apos;s guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words that weighed most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy on messages never seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels given so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machine learns only from the examples the group labels: nobody writes rules for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It counts which words come up in scams and which in normal messages, and weighs them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its confidence is a calculation, not understanding: a normal message about a parcel can look like a scam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong labels teach it wrong lessons: its accuracy falls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy is measured on messages it has never seen, as a fair test should be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it simplifies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real filters learn from millions of messages, not forty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It looks at single words only, not their order, the sender or the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It ignores every word it has never seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scammers change their wording to get past filters; this machine never relearns by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A good score on a test does not mean no mistakes on your own phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ scam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ not a scam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No word of this message was in the examples: the machine only goes by how often each label was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words that weighed most: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n messages are labelled.</source>
        <translation>
            <numerusform>The %n message is labelled.</numerusform>
            <numerusform>All %n messages are labelled.</numerusform>
        </translation>
    </message>
    <message>
        <source>No more messages. Mix up some labels to see what happens, or reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 of %2 — the group decides, then presses S or N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machine is still learning: it guesses after %1 labels, with both kinds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accuracy on %n messages it has never seen: not yet measured</source>
        <translation>
            <numerusform>Accuracy on %n message it has never seen: not yet measured</numerusform>
            <numerusform>Accuracy on %n messages it has never seen: not yet measured</numerusform>
        </translation>
    </message>
    <message>
        <source>Scam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a scam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machine thinks: &lt;span style=&quot;color:%1&quot;&gt;%2&lt;/span&gt; — %3 % sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accuracy on %n messages it has never seen: %1 %</source>
        <translation>
            <numerusform>Accuracy on %n message it has never seen: %1 %</numerusform>
            <numerusform>Accuracy on %n messages it has never seen: %1 %</numerusform>
        </translation>
    </message>
    <message>
        <source>Labels given so far: %1, of which %2 say &quot;scam&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed up on purpose: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The transaction was already closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopEditDialog</name>
    <message>
        <source>Edit workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopForm</name>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Room 2, first floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Modules covered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space ticks or unticks a module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopSeries</name>
    <message>
        <source>A series has between 1 and %1 sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions of a series are between 1 and %1 days apart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopSeriesDialog</name>
    <message>
        <source>New series of workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every N days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;very:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days between sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of s&amp;essions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions planned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates of the sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>date, time</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopStore</name>
    <message>
        <source>A workshop needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workshop needs a start date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workshop lasts at least one minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workshop %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopTableModel</name>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopsScreen</name>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All facilitators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshops cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s), %1 cancelled</source>
        <translation>
            <numerusform>%n workshop, %1 cancelled</numerusform>
            <numerusform>%n workshops, %1 cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n workshop</numerusform>
            <numerusform>%n workshops</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reinstate workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstate workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy created one week later; Edit… changes its date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>date, time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &quot;%1&quot; on %2?
It stays in the list, marked cancelled; its registrations are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) planned.</source>
        <translation>
            <numerusform>%n session planned.</numerusform>
            <numerusform>%n sessions planned.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;odule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming or past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show c&amp;ancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate workshop one week later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;series…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New series of workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in s&amp;heet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gistrations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The database file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lesson to open at start: MODULE or MODULE/PAGE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the milliseconds until the window is first painted, then quit (benchmarks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file to open (like --database).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
