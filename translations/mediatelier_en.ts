<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AppController</name>
    <message>
        <source>File already exists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already exists. Choose a new name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mediatelier cannot open this database</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <source>True</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>False</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Several answers may be right: tick every one you think is right.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: mediatelier-cli [--database FILE] [--lang fr|en] COMMAND [ARGS]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the database file (else $MEDIATELIER_DATABASE, else the default file)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>language of messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exit codes: 0 done, 2 usage error, 3 bad input, 4 storage error.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>create or upgrade the database; print its path and schema version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>integrity, foreign keys, schema version; exit 0 only when sound</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>consistent copy, safe while the window has the file open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>id, version, languages, title, page and question counts of every pack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>validate packs; exit 3 on a broken one (file:line: what)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>install a pack from a folder or a .zip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>remove an added pack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>search the lessons (typo-tolerant): module, page, passage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import Moodle GIFT questions into a module (a user pack)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write a module's quiz as Moodle GIFT</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Foreign keys: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schema version: %1 (expected %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where to write the copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: mediatelier-cli backup FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pack folders or .zip files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: mediatelier-cli modules validate PATH...</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: mediatelier-cli modules add PATH|ZIP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Module %1 added to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The id of an added module.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: mediatelier-cli modules remove ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Module %1 removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language of the lessons searched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number of hits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Words to look for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: mediatelier-cli search QUERY [--lang L] [--limit N] [--format json]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No match.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The module receiving the questions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the file; import nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language of the questions in the file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The GIFT file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: mediatelier-cli quiz import-gift FILE --module ID [--dry-run] [--format json]</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n question(s) can be imported into %1.</source>
        <translation>
            <numerusform>%n question can be imported into %1.</numerusform><numerusform>%n questions can be imported into %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) imported into %1.</source>
        <translation>
            <numerusform>%n question imported into %1.</numerusform><numerusform>%n questions imported into %1.</numerusform></translation>
    </message>
    <message>
        <source>Skipped, line %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The module whose quiz is written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The GIFT file to write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language of the questions written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: mediatelier-cli quiz export-gift --module ID -o FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quiz of %1 written to %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n question(s) left out: GIFT cannot hold ordering questions or self-assessment statements.</source>
        <translation>
            <numerusform>%n question left out: GIFT cannot hold ordering questions or self-assessment statements.</numerusform><numerusform>%n questions left out: GIFT cannot hold ordering questions or self-assessment statements.</numerusform></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a Mediatelier database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a Mediatelier database (it is not an SQLite file). It was left untouched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write to %1: the folder or the file is read-only. Choose another place.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is already open in another Mediatelier window. Use that window, or close it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot upgrade %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). It was left untouched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was written by a newer version of Mediatelier (data version %2; this program knows up to %3). Update Mediatelier to open it. The file was left untouched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is damaged (the integrity check failed). It was left untouched; restore a backup or create a new file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Integrity check: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Integrity check could not run: %1</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data version %1, expected %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup cannot replace the database itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <source>Mediatelier cannot open this database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was changed in that file. What would you like to do?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open another file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a new file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a Mediatelier database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a Mediatelier database</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FacilitatorGuideDialog</name>
    <message>
        <source>Facilitator guide — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facilitator guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GiftFormat</name>
    <message>
        <source>the question title opened with '::' is never closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'}' closes no answer block (write \} for a brace in a text)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>description without answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the answer block opened with '{' is never closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a second answer block in the same question: separate questions with a blank line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing-word question (the answers are in the middle of the sentence)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>question without text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown marker '%1': each answer starts with = or ~</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid weight in '%1' (a weight is a percentage between two % signs)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>essay question (free answer, nothing to check)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an answer is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the answer block has no answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>short-answer question with no accepted answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>choice question with no correct answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'-&gt;' outside a matching question (a matching question has only =left -&gt; right answers)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>matching question with extra right-hand answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>matching question with fewer than two pairs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown marker '#': a true/false answer has at most two feedbacks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a number, a number:tolerance or a low..high range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>numeric question with partial credit only</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GroupModeLauncher</name>
    <message>
        <source>No module has questions for group mode.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n question(s) for the group.</source>
        <translation>
            <numerusform>%n question for the group.</numerusform><numerusform>%n questions for the group.</numerusform></translation>
    </message>
    <message>
        <source>Quiz with the whole group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The questions are projected in large type. Count the raised hands for each option, then show the answers. No name is asked, shown or kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start group mode</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GroupModeWindow</name>
    <message>
        <source>True</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>False</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide the answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ✓</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No hands counted yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 % of the raised hands went to a correct answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correct answers: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correct answer: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mediatelier — group quiz</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group quiz</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Several answers can be right: raise your hand for each one you choose.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This module cannot be found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This module has no question that a group can answer by raising hands.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>← Previous question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page Up or Left arrow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next question →</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page Down or Right arrow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Return or S shows the answers, H hides them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Escape</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correct answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of correct answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Raised hands for option %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Up/Down or +/− change the count; Tab goes to the next option</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One hand less for option %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One hand more for option %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Option %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LearnerPickerDialog</name>
    <message>
        <source>Who is reading?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the first letters of the name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search a learner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Learners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Guest (nothing is recorded)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LearnerStore</name>
    <message>
        <source>A learner needs a display name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no learner %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LessonReader</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>← Modules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to the list of modules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>← Previous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next →</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A−</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Smaller text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Smaller text (Ctrl+-)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A+</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Larger text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Larger text (Ctrl++)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facilitator guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Projector (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Table of contents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lesson page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This module is not available in your language; it is shown in %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LessonsScreen</name>
    <message>
        <source>Progress not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading as a guest (nothing is recorded)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing found. Try fewer or shorter words.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a module: choose a .zip file or a module folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Module archives (*.zip)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Module description (module.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The module was not added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Module added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is now in the list of modules.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the lessons (spelling mistakes are fine)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the lessons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a module…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change reader…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <source>Your answer (a number)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type your answer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Mediatelier — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open another database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Mediatelier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Mediatelier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h2&gt;Mediatelier %1&lt;/h2&gt;&lt;p&gt;Offline workshops on artificial intelligence and data ethics, for digital mediators and the people they welcome.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Your data stays on this computer, in one file:&lt;br&gt;%2&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MatchingEditor</name>
    <message>
        <source>— choose —</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ModuleCatalogueModel</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 pages</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Intermediate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your progress</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ModuleLibrary</name>
    <message>
        <source>unknown glossary term: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown module: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create a temporary folder to unpack %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This module has faults and was not added:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The built-in module "%1" is already at version %2; a pack must have a higher version to replace it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot copy the module into %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot install the module into %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no added module "%1" (built-in modules cannot be removed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OrderingEditor</name>
    <message>
        <source>Items to put in order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move up (Alt+↑)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move down (Alt+↓)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PackArchive</name>
    <message>
        <source>%1 is not a readable .zip archive.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds too many files to be a content pack.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is damaged (entry %2 cannot be read).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was refused: the entry "%2" would be written outside the pack folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was refused: the entry "%2" is a symbolic link.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is too large to be a content pack once unpacked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot unpack %1 from %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is damaged (%2 cannot be unpacked).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PackLoader</name>
    <message>
        <source>module.json is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the id '%1' differs from the folder name '%2'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>language '%1' is declared but its pages are absent (no %1/ folder)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>page listed but missing: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a page starts with a '# ' heading, its title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>facilitator guide missing: %1/%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>quiz file missing: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the id must be lowercase letters, digits and dashes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the version must be a whole number of at least 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at least one language is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown language '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no learning objective in language '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the duration must be between 15 and 480 minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the level must be beginner, intermediate or advanced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>page '%1' is listed twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at least one page is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>glossary ids must be present and unique</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>term or definition missing in language '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing text in language '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>image not found: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown demonstration: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>link to a page that is not in the module: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlaceholderScreen</name>
    <message>
        <source>Workshops</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Learners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planning workshops, checking people in and printing sign-in sheets will happen here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The list of learners, with search and privacy tools, will appear here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attendance and results reports for coordinators will appear here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This part of Mediatelier is not ready yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Mediatelier — projector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Projected lesson page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mediatelier — facilitator notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1 of %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuizFormat</name>
    <message>
        <source>a list of questions is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every question needs an id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>duplicate question id '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown question type '%1' (expected one of: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown quiz kind '%1' (expected pre, post or practice)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>page '%1' is not in the module's page list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at least two options are required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exactly one option must be correct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at least one option must be correct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>option ids must be present and unique</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a true/false question has exactly the options 'true' and 'false'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at least two items are required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at least two pairs are required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no accepted answer in language '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a numeric question needs a number as answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the tolerance cannot be negative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing text in language '%1'</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuizImport</name>
    <message>
        <source>"%1" is not a valid module id (lowercase letters, digits and dashes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1:%2: %3 Nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot prepare the module %1 for the import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the questions of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no module "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuizResultStore</name>
    <message>
        <source>There is no quiz attempt %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuizReview</name>
    <message>
        <source>You scored %1 out of %2 (%3 %)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thank you for your answers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(your opinion)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>◐ partly right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✗ to review</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>You were sure of %n answer(s) that were not right: read them again.</source>
        <translation>
            <numerusform>You were sure of %n answer that were not right: read them again.</numerusform><numerusform>You were sure of %n answers that were not right: read them again.</numerusform></translation>
    </message>
    <message>
        <source>Pages to read again:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read again: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>← Quizzes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your answers</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuizRunner</name>
    <message>
        <source>&lt;b style='color:#1b6e20'&gt;Right!&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b style='color:#8a5a00'&gt;Partly right.&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b style='color:#8a1c1c'&gt;Not quite.&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You were sure: this is worth reading again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>← Previous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Are you sure of your answer?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I am &amp;sure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I am &amp;not sure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check my answer (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finish (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next (Enter) →</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuizzesScreen</name>
    <message>
        <source>The answer was not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The quiz cannot start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This module has no questions for this quiz.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import questions from a GIFT file (Moodle)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GIFT files (*.gift *.txt);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file cannot be imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n question(s) will be added to "%1".</source>
        <translation>
            <numerusform>%n question will be added to "%1".</numerusform><numerusform>%n questions will be added to "%1".</numerusform></translation>
    </message>
    <message>
        <source>Left out (Mediatelier cannot show them):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import the questions?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Questions imported</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n question(s) imported. They are kept in your own copy of the module.</source>
        <translation>
            <numerusform>%n question imported. They are kept in your own copy of the module.</numerusform><numerusform>%n questions imported. They are kept in your own copy of the module.</numerusform></translation>
    </message>
    <message>
        <source>Export the questions as GIFT (Moodle)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GIFT files (*.gift)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The questions were not exported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Questions exported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The questions were written to %1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n question(s) left out: GIFT cannot hold ordering questions or self-assessment statements.</source>
        <translation>
            <numerusform>%n question left out: GIFT cannot hold ordering questions or self-assessment statements.</numerusform><numerusform>%n questions left out: GIFT cannot hold ordering questions or self-assessment statements.</numerusform></translation>
    </message>
    <message>
        <source>Answering as a guest: nothing is recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answering as %1: answers are recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a learner to see their results.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Results of %1, before and after each module</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quiz:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Feedback:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before the module (what I already know)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After the module (what I learned)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After each question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At the end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask "Are you sure?" after each answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Start the quiz</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change learner…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import questions (GIFT)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export questions (GIFT)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group mode…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project a question and count raised hands: no names on screen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Results before and after each module</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quizzes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScaleEditor</name>
    <message>
        <source>1 — Not at all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>2 — A little</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>3 — Somewhat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>4 — Mostly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>5 — Completely</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Interface &amp;language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SqlStatement</name>
    <message>
        <source>The database refused an operation: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TallyChart</name>
    <message>
        <source>%1 ✓</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chart: share of raised hands per option, in percent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The same figures are in the table below the chart.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Raised hands per option</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The transaction was already closed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The database file to open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interface language (fr, en).</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>