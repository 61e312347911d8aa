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
    <name>Cli</name>
    <message>
        <source>Usage: mediatelier-cli [--database FILE] [--lang fr|en] COMMAND [ARGS]</source>
        <translation type="unfinished"></translation>
    </message>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
</context>
<context>
    <name>PlaceholderScreen</name>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quizzes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson modules will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quizzes before and after each module will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning workshops, checking people in and printing sign-in sheets will happen here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of learners, with search and privacy tools, will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance and results reports for coordinators will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This part of Mediatelier is not ready yet.</source>
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
</context>
<context>
    <name>SqlStatement</name>
    <message>
        <source>The database refused an operation: %1</source>
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
    <name>main</name>
    <message>
        <source>The database file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language (fr, en).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
