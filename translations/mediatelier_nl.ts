<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AppController</name>
    <message>
        <source>File already exists</source>
        <translation>Dit bestand bestaat al</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name.</source>
        <translation>%1 bestaat al. Kies een andere naam.</translation>
    </message>
    <message>
        <source>Mediatelier cannot open this database</source>
        <translation>Mediatelier kan deze database niet openen</translation>
    </message>
</context>
<context>
    <name>AttendanceExport</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Leeftijdsgroep</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Checked in at</source>
        <translation>Aangekomen om</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Duur (minuten)</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>ingeschreven</translation>
    </message>
    <message>
        <source>present</source>
        <translation>aanwezig</translation>
    </message>
    <message>
        <source>late</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>verontschuldigd</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>afwezig</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export geannuleerd.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Aanwezigheden</translation>
    </message>
    <message>
        <source>More than %1 rows: a spreadsheet cannot hold them. Choose a shorter period.</source>
        <translation>Meer dan %1 rijen: dat past niet in een rekenblad. Kies een kortere periode.</translation>
    </message>
    <message>
        <source>Names: pseudonymised (stable pseudonyms, postcode areas only)</source>
        <translation>Namen: gepseudonimiseerd (vaste pseudoniemen, alleen postcodezones)</translation>
    </message>
    <message>
        <source>Names: shown (personal data: keep this file safe)</source>
        <translation>Namen: zichtbaar (persoonsgegevens: bewaar dit bestand veilig)</translation>
    </message>
    <message>
        <source>No attendance matches these filters.</source>
        <translation>Geen aanwezigheden voor deze filters.</translation>
    </message>
</context>
<context>
    <name>AttendanceStore</name>
    <message>
        <source>Registered</source>
        <translation>Ingeschreven</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Verontschuldigd</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Afwezig</translation>
    </message>
    <message>
        <source>There is no workshop %1.</source>
        <translation>Er is geen workshop nr. %1.</translation>
    </message>
    <message>
        <source>This person is already on the list of this workshop.</source>
        <translation>Deze persoon staat al op de lijst van deze workshop.</translation>
    </message>
    <message>
        <source>There is no change left to undo for this workshop.</source>
        <translation>Er is geen wijziging meer om ongedaan te maken voor deze workshop.</translation>
    </message>
    <message>
        <source>This person is not on the list of this workshop.</source>
        <translation>Deze persoon staat niet op de lijst van deze workshop.</translation>
    </message>
    <message>
        <source>Only a person who is still registered can be taken off the list; change their status instead.</source>
        <translation>Alleen iemand met de status “Ingeschreven” kan van de lijst worden gehaald; verander anders de status.</translation>
    </message>
</context>
<context>
    <name>BackupFlow</name>
    <message>
        <source>The automatic backup failed</source>
        <translation>De automatische back-up is mislukt</translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation>Er is niets teruggezet</translation>
    </message>
    <message>
        <source>The backup of %1 is now the database %2.</source>
        <translation>De back-up van %1 is nu de database %2.</translation>
    </message>
    <message>
        <source>The damaged file was kept aside, unchanged, as %1.</source>
        <translation>Het beschadigde bestand is ongewijzigd apart gezet als %1.</translation>
    </message>
    <message>
        <source>The previous file was kept aside as %1.</source>
        <translation>Het vorige bestand is apart gezet als %1.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Back-up teruggezet</translation>
    </message>
</context>
<context>
    <name>BackupRestore</name>
    <message>
        <source>%1 is the database itself, not a backup of it.</source>
        <translation>%1 is de database zelf, geen back-up ervan.</translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1 The current database was not changed.</source>
        <translation>Deze back-up kan niet teruggezet worden: %1 Er is niets veranderd aan de huidige database.</translation>
    </message>
    <message>
        <source>%1 is open in another Mediatelier window. Close it, then restore again.</source>
        <translation>%1 is geopend in een ander Mediatelier-venster. Sluit het en zet de back-up daarna opnieuw terug.</translation>
    </message>
    <message>
        <source>Cannot copy the backup next to %1 (is the disk full?). The current database was not changed.</source>
        <translation>Kan de back-up niet naast %1 kopiëren (is de schijf vol?). Er is niets veranderd aan de huidige database.</translation>
    </message>
    <message>
        <source>Cannot move %1 aside, so nothing was restored and the file was not changed.</source>
        <translation>Kan %1 niet apart zetten: er is dus niets teruggezet en het bestand is niet veranderd.</translation>
    </message>
    <message>
        <source>Cannot put the backup in place of %1; the file was not changed.</source>
        <translation>Kan de back-up niet in de plaats van %1 zetten; het bestand is niet veranderd.</translation>
    </message>
    <message>
        <source>The backup was restored, but the restore could not be written in the privacy log: %1</source>
        <translation>De back-up is teruggezet, maar het terugzetten kon niet in het privacylogboek genoteerd worden: %1</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>De back-up %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: its integrity check failed.</source>
        <translation>De back-up %1 is beschadigd: de integriteitscontrole is mislukt.</translation>
    </message>
    <message>
        <source>The backup %1 failed its check: %2</source>
        <translation>De back-up %1 heeft de controle niet doorstaan: %2</translation>
    </message>
    <message>
        <source>%1 is not a Mediatelier backup.</source>
        <translation>%1 is geen back-up van Mediatelier.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1. The database was not changed.</source>
        <translation>Kan de back-upmap %1 niet aanmaken. Er is niets veranderd aan de database.</translation>
    </message>
    <message>
        <source>%1 is a folder: choose a file name for the backup.</source>
        <translation>%1 is een map: kies een bestandsnaam voor de back-up.</translation>
    </message>
    <message>
        <source>There is not enough free space in %1 for a backup (about %2 MB are needed). The database was not changed and the earlier backups were kept.</source>
        <translation>Er is niet genoeg vrije ruimte in %1 voor een back-up (er is ongeveer %2 MB nodig). Er is niets veranderd aan de database en de vorige back-ups zijn bewaard.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written (%2). The database was not changed and the earlier backups were kept.</source>
        <translation>De back-up %1 kon niet geschreven worden (%2). Er is niets veranderd aan de database en de vorige back-ups zijn bewaard.</translation>
    </message>
    <message>
        <source>The new backup failed its check, so it was deleted and the earlier backups were kept: %1</source>
        <translation>De nieuwe back-up heeft de controle niet doorstaan en is dus verwijderd; de vorige back-ups zijn bewaard: %1</translation>
    </message>
    <message>
        <source>Cannot give the backup its name %1. The database was not changed.</source>
        <translation>Kan de back-up niet de naam %1 geven. Er is niets veranderd aan de database.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Restore from a backup file</source>
        <translation>Terugzetten uit een back-upbestand</translation>
    </message>
    <message>
        <source>Mediatelier database (*.sqlite *.db);;All files (*)</source>
        <translation>Mediatelier-database (*.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>controle…</translation>
    </message>
    <message>
        <source>sound</source>
        <translation>in orde</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>beschadigd</translation>
    </message>
    <message>
        <source>This backup cannot be restored</source>
        <translation>Deze back-up kan niet teruggezet worden</translation>
    </message>
    <message>
        <source>%1

Nothing was changed. Choose another backup.</source>
        <translation>%1

Er is niets veranderd. Kies een andere back-up.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Deze back-up terugzetten?</translation>
    </message>
    <message>
        <source>The backup of %1 passed its check. Restore it in place of the current data?

Whatever was recorded after that backup will not be in the restored file. The current file is not deleted: it is kept aside, renamed, in %2.</source>
        <translation>De back-up van %1 heeft de controle doorstaan. Terugzetten in de plaats van de huidige gegevens?

Wat na die back-up is opgeslagen, staat niet in het teruggezette bestand. Het huidige bestand wordt niet verwijderd: het wordt apart gezet, met een andere naam, in %2.</translation>
    </message>
    <message>
        <source>The backup was not made</source>
        <translation>De back-up is niet gemaakt</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Back-up gemaakt</translation>
    </message>
    <message>
        <source>The database was copied to %1 and the copy passed its check.</source>
        <translation>De database is gekopieerd naar %1 en de kopie heeft de controle doorstaan.</translation>
    </message>
    <message>
        <source>%1 (%2 free)</source>
        <translation>%1 (%2 vrij)</translation>
    </message>
    <message>
        <source>Replace the copy?</source>
        <translation>De kopie vervangen?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with a copy of now?</source>
        <translation>%1 bestaat al. Vervangen door een nieuwe kopie?</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Een bestand kiezen…</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Back-up maken naar</translation>
    </message>
    <message>
        <source>Folder for the automatic backups</source>
        <translation>Map voor de automatische back-ups</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>Mediatelier copies this database once a day, when the window opens, and keeps the latest copies. Each copy is checked before older ones are deleted. For a copy that leaves this computer, use “Back up now to…” with a USB stick.</source>
        <translation>Mediatelier kopieert deze database één keer per dag, als het venster opengaat, en bewaart de recentste kopieën. Elke kopie wordt gecontroleerd voordat oudere verwijderd worden. Voor een kopie die deze computer verlaat, gebruik je “Nu back-up maken naar…” met een USB-stick.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Map:</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Daily backups kept:</source>
        <translation>Aantal &amp;dagelijkse back-ups:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>No backup yet: the first one is made the next time the window opens, or now with “Back up now to…”.</source>
        <translation>Nog geen back-up: de eerste wordt gemaakt als het venster de volgende keer opengaat, of nu met “Nu back-up maken naar…”.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Terugzetten…</translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation>Terugzetten uit een &amp;bestand…</translation>
    </message>
    <message>
        <source>&amp;Back up now to…</source>
        <translation>&amp;Nu back-up maken naar…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>Save the chart as an image</source>
        <translation>De grafiek als afbeelding opslaan</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
        <source>Chart saved to %1.</source>
        <translation>Grafiek opgeslagen in %1.</translation>
    </message>
    <message>
        <source>Could not write the image %1.</source>
        <translation>Kan de afbeelding %1 niet schrijven.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Opslaan als PNG…</translation>
    </message>
    <message>
        <source>Show %1 as a table</source>
        <translation>“%1” als tabel tonen</translation>
    </message>
    <message>
        <source>Save %1 as a PNG image</source>
        <translation>“%1” als PNG-afbeelding opslaan</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Grafiek: %1</translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation>Tabel: %1</translation>
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
        <translation>&amp;Zoek een persoon (typ twee of drie letters van de naam):</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Zoek een persoon</translation>
    </message>
    <message>
        <source>Name…</source>
        <translation>Naam…</translation>
    </message>
    <message>
        <source>People found; the highlighted one is checked in by Enter</source>
        <translation>Gevonden personen; met Enter meld je de gemarkeerde persoon aan</translation>
    </message>
    <message>
        <source>Enter: present · Ctrl+L: late · Ctrl+E: excused · Ctrl+A: absent · Ctrl+Z: undo · ↑/↓: choose another person · Escape: clear</source>
        <translation>Enter: aanwezig · Ctrl+L: te laat · Ctrl+E: verontschuldigd · Ctrl+A: afwezig · Ctrl+Z: ongedaan maken · ↑/↓: andere persoon kiezen · Esc: wissen</translation>
    </message>
    <message>
        <source>Present (Enter)</source>
        <translation>Aanwezig (Enter)</translation>
    </message>
    <message>
        <source>Late (Ctrl+L)</source>
        <translation>Te laat (Ctrl+L)</translation>
    </message>
    <message>
        <source>Excused (Ctrl+E)</source>
        <translation>Verontschuldigd (Ctrl+E)</translation>
    </message>
    <message>
        <source>Absent (Ctrl+A)</source>
        <translation>Afwezig (Ctrl+A)</translation>
    </message>
    <message>
        <source>&amp;Attendees</source>
        <translation>&amp;Deelnemers</translation>
    </message>
    <message>
        <source>Attendees of this workshop</source>
        <translation>Deelnemers aan deze workshop</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Arrived at</source>
        <translation>Aangekomen om</translation>
    </message>
    <message>
        <source>&amp;Undo last change (Ctrl+Z)</source>
        <translation>Laatste wijziging &amp;ongedaan maken (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Mark the others absent…</source>
        <translation>De anderen als &amp;afwezig markeren…</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Laatste wijziging</translation>
    </message>
    <message>
        <source>Check-in: %1 — %2</source>
        <translation>Onthaal: %1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — not registered for this workshop</source>
        <translation>%1 — niet ingeschreven voor deze workshop</translation>
    </message>
    <message>
        <source>Add «%1» as a new person</source>
        <translation>“%1” toevoegen als nieuwe persoon</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>geen limiet</translation>
    </message>
    <message>
        <source>Present: %1 · Registered, not here yet: %2 · Places: %3</source>
        <translation>Aanwezig: %1 · Ingeschreven, nog niet hier: %2 · Plaatsen: %3</translation>
    </message>
    <message numerus="yes">
        <source>Past capacity: %1 people expected or present for %n place(s).</source>
        <translation>
            <numerusform>Capaciteit overschreden: %1 personen verwacht of aanwezig voor %n plaats.</numerusform>
            <numerusform>Capaciteit overschreden: %1 personen verwacht of aanwezig voor %n plaatsen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a few letters of a name first.</source>
        <translation>Typ eerst een paar letters van een naam.</translation>
    </message>
    <message>
        <source>%1 is already marked “%2”.</source>
        <translation>%1 staat al op “%2”.</translation>
    </message>
    <message>
        <source>%1 was added as a new person: %2.</source>
        <translation>%1 is toegevoegd als nieuwe persoon: %2.</translation>
    </message>
    <message>
        <source>%1: %2 (arrived at %3).</source>
        <translation>%1: %2 (aangekomen om %3).</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n people are back to “%1”.</source>
        <translation>
            <numerusform>Ongedaan gemaakt: %n persoon staat weer op “%1”.</numerusform>
            <numerusform>Ongedaan gemaakt: %n personen staan weer op “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: %1 is no longer on the list.</source>
        <translation>Ongedaan gemaakt: %1 staat niet meer op de lijst.</translation>
    </message>
    <message>
        <source>Undone: %1 is back to “%2”.</source>
        <translation>Ongedaan gemaakt: %1 staat weer op “%2”.</translation>
    </message>
    <message>
        <source>Nobody is still only registered.</source>
        <translation>Er is niemand meer met alleen de status “Ingeschreven”.</translation>
    </message>
    <message>
        <source>Mark the others absent</source>
        <translation>De anderen als afwezig markeren</translation>
    </message>
    <message numerus="yes">
        <source>Mark the %n person(s) still registered as absent? Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>De %n persoon die nog ingeschreven is als afwezig markeren? Met Ctrl+Z maak je het ongedaan.</numerusform>
            <numerusform>De %n personen die nog ingeschreven zijn als afwezig markeren? Met Ctrl+Z maak je het ongedaan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) marked absent.</source>
        <translation>
            <numerusform>%n persoon als afwezig gemarkeerd.</numerusform>
            <numerusform>%n personen als afwezig gemarkeerd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInWindow</name>
    <message>
        <source>Check-in</source>
        <translation>Onthaal</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <source>True</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Niet waar</translation>
    </message>
    <message>
        <source>Several answers may be right: tick every one you think is right.</source>
        <translation>Er kunnen meerdere antwoorden juist zijn: vink elk antwoord aan dat je juist vindt.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Commands:</source>
        <translation>Opdrachten:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opties:</translation>
    </message>
    <message>
        <source>the database file (else $MEDIATELIER_DATABASE, else the default file)</source>
        <translation>het databasebestand (anders $MEDIATELIER_DATABASE, anders het standaardbestand)</translation>
    </message>
    <message>
        <source>language of messages</source>
        <translation>taal van de berichten</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 2 usage error, 3 bad input, 4 storage error.</source>
        <translation>Afsluitcodes: 0 klaar, 2 gebruiksfout, 3 foute invoer, 4 opslagfout.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Onbekende optie: %1</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Onbekende opdracht: %1</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli [--database FILE] [--lang %1] COMMAND [ARGS]</source>
        <translation>Gebruik: mediatelier-cli [--database BESTAND] [--lang %1] OPDRACHT [ARGUMENTEN]</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>create or upgrade the database; print its path and schema version</source>
        <translation>maakt de database aan of werkt ze bij; toont het pad en de schemaversie</translation>
    </message>
    <message>
        <source>integrity, foreign keys, schema version; exit 0 only when sound</source>
        <translation>integriteit, vreemde sleutels, schemaversie; code 0 alleen als alles in orde is</translation>
    </message>
    <message>
        <source>consistent copy, safe while the window has the file open</source>
        <translation>samenhangende kopie, veilig ook als het venster het bestand open heeft</translation>
    </message>
    <message>
        <source>id, version, languages, title, page and question counts of every pack</source>
        <translation>id, versie, talen, titel, aantal pagina&apos;s en vragen van elke module</translation>
    </message>
    <message>
        <source>validate packs; exit 3 on a broken one (file:line: what)</source>
        <translation>controleert modules; code 3 als er een defect is (bestand:regel: probleem)</translation>
    </message>
    <message>
        <source>install a pack from a folder or a .zip</source>
        <translation>installeert een module uit een map of een .zip</translation>
    </message>
    <message>
        <source>remove an added pack</source>
        <translation>verwijdert een toegevoegde module</translation>
    </message>
    <message>
        <source>search the lessons (typo-tolerant): module, page, passage</source>
        <translation>zoekt in de lessen (tikfouten worden verdragen): module, pagina, passage</translation>
    </message>
    <message>
        <source>import Moodle GIFT questions into a module (a user pack)</source>
        <translation>importeert Moodle GIFT-vragen in een module (gebruikersmodule)</translation>
    </message>
    <message>
        <source>write a module&apos;s quiz as Moodle GIFT</source>
        <translation>schrijft de quiz van een module weg als Moodle GIFT</translation>
    </message>
    <message>
        <source>import learners from a CSV file; --dry-run checks only</source>
        <translation>importeert deelnemers uit een CSV-bestand; --dry-run controleert alleen</translation>
    </message>
    <message>
        <source>every learner (staff data); --format csv or json</source>
        <translation>alle deelnemers (gegevens alleen voor het team); --format csv of json</translation>
    </message>
    <message>
        <source>workshops with their attendance counts [--from DATE] [--to DATE]</source>
        <translation>workshops met hun aanwezigheidscijfers [--from DATUM] [--to DATUM]</translation>
    </message>
    <message>
        <source>the offline AI demonstrations</source>
        <translation>de offline AI-demonstraties</translation>
    </message>
    <message>
        <source>a demonstration&apos;s key figures, for preparing a workshop</source>
        <translation>de kerncijfers van een demonstratie, om een workshop voor te bereiden</translation>
    </message>
    <message>
        <source>fill the database with a generated network (trials, benchmarks)</source>
        <translation>vult de database met een gegenereerd netwerk (proeven, prestatiemetingen)</translation>
    </message>
    <message>
        <source>the funder figures of a period</source>
        <translation>de cijfers voor de financiers over een periode</translation>
    </message>
    <message>
        <source>staff accounts: login, name, role, state</source>
        <translation>de teamaccounts: gebruikersnaam, naam, rol, status</translation>
    </message>
    <message>
        <source>new staff account: --login L --name N --role facilitator|coordinator</source>
        <translation>nieuw teamaccount: --login L --name N --role facilitator|coordinator</translation>
    </message>
    <message>
        <source>set a new password for LOGIN</source>
        <translation>stelt een nieuw wachtwoord in voor GEBRUIKERSNAAM</translation>
    </message>
    <message>
        <source>disable LOGIN (the last coordinator stays)</source>
        <translation>deactiveert GEBRUIKERSNAAM (de laatste coördinator blijft actief)</translation>
    </message>
    <message>
        <source>enable LOGIN again</source>
        <translation>activeert GEBRUIKERSNAAM opnieuw</translation>
    </message>
    <message>
        <source>everything stored about one learner (id or UUID) as JSON, or PDF with -o FILE.pdf</source>
        <translation>alles wat over één deelnemer (id of UUID) is opgeslagen, als JSON, of als PDF met -o BESTAND.pdf</translation>
    </message>
    <message>
        <source>erase one learner&apos;s personal data (id or UUID), keep anonymous counts</source>
        <translation>wist de persoonsgegevens van één deelnemer (id of UUID), houdt de anonieme cijfers</translation>
    </message>
    <message>
        <source>attendance of a period as CSV, XLSX or PDF</source>
        <translation>de aanwezigheden over een periode als CSV, XLSX of PDF</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schemaversie: %1</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Uitvoerformaat: text of json.</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Integriteit: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>MISLUKT</translation>
    </message>
    <message>
        <source>Foreign keys: %1</source>
        <translation>Vreemde sleutels: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (expected %2)</source>
        <translation>Schemaversie: %1 (verwacht: %2)</translation>
    </message>
    <message>
        <source>Where to write the copy.</source>
        <translation>Waar de kopie moet komen.</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli backup FILE</source>
        <translation>Gebruik: mediatelier-cli backup BESTAND</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Back-up geschreven naar %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n vraag</numerusform>
            <numerusform>%n vragen</numerusform>
        </translation>
    </message>
    <message>
        <source>BROKEN: %1</source>
        <translation>DEFECT: %1</translation>
    </message>
    <message>
        <source>Pack folders or .zip files.</source>
        <translation>Modulemappen of .zip-bestanden.</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli modules validate PATH...</source>
        <translation>Gebruik: mediatelier-cli modules validate PAD...</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid (%2, %n page(s))</source>
        <translation>
            <numerusform>%1: geldig (%2, %n pagina)</numerusform>
            <numerusform>%1: geldig (%2, %n pagina&apos;s)</numerusform>
        </translation>
    </message>
    <message>
        <source>A pack folder or a .zip file.</source>
        <translation>Een modulemap of een .zip-bestand.</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli modules add PATH|ZIP</source>
        <translation>Gebruik: mediatelier-cli modules add PAD|ZIP</translation>
    </message>
    <message>
        <source>Module %1 added to %2</source>
        <translation>Module %1 toegevoegd aan %2</translation>
    </message>
    <message>
        <source>The id of an added module.</source>
        <translation>De id van een toegevoegde module.</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli modules remove ID</source>
        <translation>Gebruik: mediatelier-cli modules remove ID</translation>
    </message>
    <message>
        <source>Module %1 removed</source>
        <translation>Module %1 verwijderd</translation>
    </message>
    <message>
        <source>Language of the lessons searched.</source>
        <translation>Taal van de lessen waarin gezocht wordt.</translation>
    </message>
    <message>
        <source>Number of hits.</source>
        <translation>Aantal resultaten.</translation>
    </message>
    <message>
        <source>Words to look for.</source>
        <translation>De woorden om te zoeken.</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli search QUERY [--lang L] [--limit N] [--format json]</source>
        <translation>Gebruik: mediatelier-cli search ZOEKTERM [--lang L] [--limit N] [--format json]</translation>
    </message>
    <message>
        <source>No match.</source>
        <translation>Geen resultaat.</translation>
    </message>
    <message>
        <source>The module receiving the questions.</source>
        <translation>De module die de vragen krijgt.</translation>
    </message>
    <message>
        <source>Check the file; import nothing.</source>
        <translation>Controleert het bestand zonder iets te importeren.</translation>
    </message>
    <message>
        <source>Language of the questions in the file.</source>
        <translation>Taal van de vragen in het bestand.</translation>
    </message>
    <message>
        <source>The GIFT file.</source>
        <translation>Het GIFT-bestand.</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli quiz import-gift FILE --module ID [--dry-run] [--format json]</source>
        <translation>Gebruik: mediatelier-cli quiz import-gift BESTAND --module ID [--dry-run] [--format json]</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) can be imported into %1.</source>
        <translation>
            <numerusform>%n vraag kan geïmporteerd worden in %1.</numerusform>
            <numerusform>%n vragen kunnen geïmporteerd worden in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) imported into %1.</source>
        <translation>
            <numerusform>%n vraag geïmporteerd in %1.</numerusform>
            <numerusform>%n vragen geïmporteerd in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped, line %1: %2</source>
        <translation>Overgeslagen, regel %1: %2</translation>
    </message>
    <message>
        <source>The module whose quiz is written.</source>
        <translation>De module waarvan de quiz weggeschreven wordt.</translation>
    </message>
    <message>
        <source>The GIFT file to write.</source>
        <translation>Het GIFT-bestand dat geschreven wordt.</translation>
    </message>
    <message>
        <source>Language of the questions written.</source>
        <translation>Taal van de weggeschreven vragen.</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli quiz export-gift --module ID -o FILE</source>
        <translation>Gebruik: mediatelier-cli quiz export-gift --module ID -o BESTAND</translation>
    </message>
    <message>
        <source>Quiz of %1 written to %2</source>
        <translation>Quiz van %1 geschreven naar %2</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) left out: GIFT cannot hold ordering questions or self-assessment statements.</source>
        <translation>
            <numerusform>%n vraag weggelaten: GIFT kan geen volgordevragen of zelfevaluatie-uitspraken bevatten.</numerusform>
            <numerusform>%n vragen weggelaten: GIFT kan geen volgordevragen of zelfevaluatie-uitspraken bevatten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CSV file of learners.</source>
        <translation>Het CSV-bestand met deelnemers.</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli learners import FILE [--dry-run] [--format json]</source>
        <translation>Gebruik: mediatelier-cli learners import BESTAND [--dry-run] [--format json]</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) imported.</source>
        <translation>
            <numerusform>%n deelnemer geïmporteerd.</numerusform>
            <numerusform>%n deelnemers geïmporteerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) can be imported (dry run: nothing written).</source>
        <translation>
            <numerusform>%n deelnemer kan geïmporteerd worden (proef: er wordt niets weggeschreven).</numerusform>
            <numerusform>%n deelnemers kunnen geïmporteerd worden (proef: er wordt niets weggeschreven).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) left out.</source>
        <translation>
            <numerusform>%n dubbele invoer weggelaten.</numerusform>
            <numerusform>%n dubbele invoeren weggelaten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected.</source>
        <translation>
            <numerusform>%n rij geweigerd.</numerusform>
            <numerusform>%n rijen geweigerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Output format: text, csv or json.</source>
        <translation>Uitvoerformaat: text, csv of json.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use text, csv or json.</source>
        <translation>Onbekend formaat “%1”: gebruik text, csv of json.</translation>
    </message>
    <message>
        <source>First day (ISO date, e.g. 2026-03-01).</source>
        <translation>Eerste dag (ISO-datum, bv. 2026-03-01).</translation>
    </message>
    <message>
        <source>Last day, included (ISO date).</source>
        <translation>Laatste dag, inbegrepen (ISO-datum).</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli workshops list [--from DATE] [--to DATE] [--format json]</source>
        <translation>Gebruik: mediatelier-cli workshops list [--from DATUM] [--to DATUM] [--format json]</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use text or json.</source>
        <translation>Onbekend formaat “%1”: gebruik text of json.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as 2026-03-01.</source>
        <translation>“%1” is geen datum: schrijf hem als 2026-03-01.</translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation>De laatste dag valt vóór de eerste dag.</translation>
    </message>
    <message>
        <source>%1 registered, %2 present</source>
        <translation>%1 ingeschreven, %2 aanwezig</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>GEANNULEERD</translation>
    </message>
    <message>
        <source>Seed of the random draws (same seed, same figures).</source>
        <translation>Startwaarde van de willekeurige trekkingen (zelfde startwaarde, zelfde cijfers).</translation>
    </message>
    <message>
        <source>Language of the examples.</source>
        <translation>Taal van de voorbeelden.</translation>
    </message>
    <message>
        <source>The demonstration (see ai-demo list).</source>
        <translation>De demonstratie (zie ai-demo list).</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli ai-demo run NAME [--seed S] [--format json]</source>
        <translation>Gebruik: mediatelier-cli ai-demo run NAAM [--seed S] [--format json]</translation>
    </message>
    <message>
        <source>Unknown demonstration: %1 (see ai-demo list)</source>
        <translation>Onbekende demonstratie: %1 (zie ai-demo list)</translation>
    </message>
    <message>
        <source>New password or PIN: </source>
        <translation>Nieuw wachtwoord of pincode: </translation>
    </message>
    <message>
        <source>Give the new password in MEDIATELIER_NEW_PASSWORD, or run the command in a terminal to type it.</source>
        <translation>Geef het nieuwe wachtwoord in MEDIATELIER_NEW_PASSWORD, of voer de opdracht uit in een terminal om het te typen.</translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>Nog een keer: </translation>
    </message>
    <message>
        <source>The two passwords differ. Nothing was changed.</source>
        <translation>De twee wachtwoorden zijn verschillend. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The login of the account.</source>
        <translation>De gebruikersnaam van het account.</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli accounts list [--format json]</source>
        <translation>Gebruik: mediatelier-cli accounts list [--format json]</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>gedeactiveerd</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>The login.</source>
        <translation>De gebruikersnaam.</translation>
    </message>
    <message>
        <source>The person&apos;s name.</source>
        <translation>De naam van de persoon.</translation>
    </message>
    <message>
        <source>facilitator or coordinator.</source>
        <translation>facilitator (begeleider) of coordinator (coördinator).</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli accounts add --login LOGIN --name NAME --role facilitator|coordinator</source>
        <translation>Gebruik: mediatelier-cli accounts add --login GEBRUIKERSNAAM --name NAAM --role facilitator|coordinator</translation>
    </message>
    <message>
        <source>Account %1 created (%2).</source>
        <translation>Account %1 aangemaakt (%2).</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli accounts passwd LOGIN</source>
        <translation>Gebruik: mediatelier-cli accounts passwd GEBRUIKERSNAAM</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>Het wachtwoord van %1 is gewijzigd.</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli accounts disable LOGIN</source>
        <translation>Gebruik: mediatelier-cli accounts disable GEBRUIKERSNAAM</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli accounts enable LOGIN</source>
        <translation>Gebruik: mediatelier-cli accounts enable GEBRUIKERSNAAM</translation>
    </message>
    <message>
        <source>Account %1 disabled.</source>
        <translation>Account %1 gedeactiveerd.</translation>
    </message>
    <message>
        <source>Account %1 enabled.</source>
        <translation>Account %1 geactiveerd.</translation>
    </message>
    <message>
        <source>Coordinator password: </source>
        <translation>Wachtwoord van de coördinator: </translation>
    </message>
    <message>
        <source>%1 is protected by staff accounts and this command shows or changes personal data: set MEDIATELIER_PASSWORD to a coordinator&apos;s password, or run the command in a terminal to type it.</source>
        <translation>%1 is beveiligd met teamaccounts en deze opdracht toont of wijzigt persoonsgegevens: zet het wachtwoord van een coördinator in MEDIATELIER_PASSWORD, of voer de opdracht uit in een terminal om het te typen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The file to write: JSON, or a readable PDF when it ends in .pdf.</source>
        <translation>Het bestand om te schrijven: JSON, of een leesbare PDF als de naam op .pdf eindigt.</translation>
    </message>
    <message>
        <source>The learner&apos;s id or UUID.</source>
        <translation>De id of UUID van de deelnemer.</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli learners export-data ID -o FILE</source>
        <translation>Gebruik: mediatelier-cli learners export-data ID -o BESTAND</translation>
    </message>
    <message>
        <source>%1 written: %2 workshop registration(s), %3 lesson page(s), %4 quiz attempt(s).</source>
        <translation>%1 geschreven: %2 inschrijving(en) voor workshops, %3 lespagina(&apos;s), %4 quizpoging(en).</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli learners erase ID</source>
        <translation>Gebruik: mediatelier-cli learners erase ID</translation>
    </message>
    <message>
        <source>Learner %1 was already anonymised (%2); nothing changed.</source>
        <translation>Deelnemer %1 was al geanonimiseerd (%2); er is niets veranderd.</translation>
    </message>
    <message>
        <source>Learner %1 erased: personal data removed; now %2.</source>
        <translation>Deelnemer %1 gewist: persoonsgegevens verwijderd; nu %2.</translation>
    </message>
    <message>
        <source>Kept as anonymous counts: %1 attendance row(s), %2 quiz attempt(s).</source>
        <translation>Bewaard als anonieme cijfers: %1 aanwezigheidsrij(en), %2 quizpoging(en).</translation>
    </message>
    <message>
        <source>%1: another program has the database open; the erased data leave its write-ahead log when that program closes it.</source>
        <translation>%1: een ander programma heeft de database open; de gewiste gegevens verdwijnen pas uit het write-ahead log (WAL) als dat programma de database sluit.</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import learners from %1</source>
        <translation>Deelnemers importeren uit %1</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s); encoding %1; separator “%2”. Check which field each column holds:</source>
        <translation>
            <numerusform>%n rij; codering %1; scheidingsteken “%2”. Controleer wat elke kolom bevat:</numerusform>
            <numerusform>%n rijen; codering %1; scheidingsteken “%2”. Controleer wat elke kolom bevat:</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns of the file and their first rows</source>
        <translation>Kolommen van het bestand en hun eerste rijen</translation>
    </message>
    <message>
        <source>Field held by the column “%1”</source>
        <translation>Inhoud van de kolom “%1”</translation>
    </message>
    <message>
        <source>Row report</source>
        <translation>Verslag per rij</translation>
    </message>
    <message>
        <source>&amp;Row report:</source>
        <translation>&amp;Verslag per rij:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n to import</source>
        <translation>
            <numerusform>%n te importeren</numerusform>
            <numerusform>%n te importeren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) left out</source>
        <translation>
            <numerusform>%n dubbele invoer weggelaten</numerusform>
            <numerusform>%n dubbele invoeren weggelaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rij geweigerd</numerusform>
            <numerusform>%n rijen geweigerd</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Geïmporteerd: %1</translation>
    </message>
    <message>
        <source>Nothing is written until you press Import: %1</source>
        <translation>Er wordt niets opgeslagen voordat je op Importeren klikt: %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n learner(s)</source>
        <translation>
            <numerusform>%n deelnemer &amp;importeren</numerusform>
            <numerusform>%n deelnemers &amp;importeren</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Er is niets geïmporteerd: %1</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>CvScreeningWidget</name>
    <message>
        <source>Ratio between the groups: %1 — below %2: adverse impact</source>
        <translation>Verhouding tussen de groepen: %1 — onder %2: nadelig effect</translation>
    </message>
    <message>
        <source>Ratio between the groups: %1 — at least %2: passes the four-fifths rule</source>
        <translation>Verhouding tussen de groepen: %1 — minstens %2: voldoet aan de vier-vijfderegel</translation>
    </message>
    <message>
        <source>10 years of experience</source>
        <translation>10 jaar ervaring</translation>
    </message>
    <message>
        <source>highest diploma</source>
        <translation>hoogste diploma</translation>
    </message>
    <message>
        <source>being in group B</source>
        <translation>in groep B zitten</translation>
    </message>
    <message>
        <source>living in the south area</source>
        <translation>in de zuidelijke zone wonen</translation>
    </message>
    <message>
        <source>a career gap</source>
        <translation>een loopbaanonderbreking</translation>
    </message>
    <message>
        <source>What the screener learned (points for or against): %1</source>
        <translation>Wat het selectieprogramma geleerd heeft (punten voor of tegen): %1</translation>
    </message>
    <message>
        <source>%1 % shortlisted</source>
        <translation>%1 % geselecteerd</translation>
    </message>
    <message>
        <source>Group A: %1 % shortlisted</source>
        <translation>Groep A: %1 % geselecteerd</translation>
    </message>
    <message>
        <source>Group B: %1 % shortlisted</source>
        <translation>Groep B: %1 % geselecteerd</translation>
    </message>
    <message>
        <source>In the %1 past decisions it learned from, recruiters hired %2 % of group A and %3 % of group B, with the same experience and diplomas in both groups.</source>
        <translation>In de %1 vroegere beslissingen waaruit het leerde, namen recruiters %2 % van groep A en %3 % van groep B aan, met dezelfde ervaring en diploma&apos;s in beide groepen.</translation>
    </message>
    <message>
        <source>The CV screener: who gets shortlisted?</source>
        <translation>Cv&apos;s sorteren: wie wordt geselecteerd?</translation>
    </message>
    <message>
        <source>A screener learned from past hiring decisions, then sorted %1 new applicants. Untick what it may look at and watch the bars.</source>
        <translation>Een selectieprogramma leerde uit vroegere aanwervingsbeslissingen en sorteerde daarna %1 nieuwe kandidaten. Vink uit waar het naar mag kijken en kijk naar de balken.</translation>
    </message>
    <message>
        <source>Group A</source>
        <translation>Groep A</translation>
    </message>
    <message>
        <source>Group B</source>
        <translation>Groep B</translation>
    </message>
    <message>
        <source>Use the group</source>
        <translation>De groep gebruiken</translation>
    </message>
    <message>
        <source>Use the postcode</source>
        <translation>De postcode gebruiken</translation>
    </message>
    <message>
        <source>Use career gaps</source>
        <translation>Loopbaanonderbrekingen gebruiken</translation>
    </message>
    <message>
        <source>Let the screener use the applicant&apos;s group</source>
        <translation>Het selectieprogramma de groep van de kandidaat laten gebruiken</translation>
    </message>
    <message>
        <source>Let the screener use the postcode</source>
        <translation>Het selectieprogramma de postcode laten gebruiken</translation>
    </message>
    <message>
        <source>Let the screener use career gaps</source>
        <translation>Het selectieprogramma loopbaanonderbrekingen laten gebruiken</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Opnieuw beginnen</translation>
    </message>
    <message>
        <source>Reset the demonstration</source>
        <translation>De demonstratie opnieuw beginnen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>What the screener did</source>
        <translation>Wat het selectieprogramma deed</translation>
    </message>
    <message>
        <source>Past decisions</source>
        <translation>Vroegere beslissingen</translation>
    </message>
    <message>
        <source>What the screener learned</source>
        <translation>Wat het selectieprogramma geleerd heeft</translation>
    </message>
    <message>
        <source>What this shows</source>
        <translation>Wat dit laat zien</translation>
    </message>
    <message>
        <source>A machine trained on biased past decisions repeats the bias, at scale.</source>
        <translation>Een machine die getraind is op bevooroordeelde vroegere beslissingen herhaalt die vooroordelen, op grote schaal.</translation>
    </message>
    <message>
        <source>The selection rate is the share of a group that is shortlisted; the four-fifths rule flags a problem when one group&apos;s rate is under 80 % of the other&apos;s.</source>
        <translation>Het selectiepercentage is het deel van een groep dat geselecteerd wordt; de vier-vijfderegel geeft een probleem aan als het percentage van een groep lager is dan 80 % van dat van de andere.</translation>
    </message>
    <message>
        <source>Removing the group is not enough: the postcode and career gaps reveal it, so the bias comes back through these proxies.</source>
        <translation>De groep weglaten is niet genoeg: de postcode en loopbaanonderbrekingen verraden hem, dus de vooringenomenheid komt terug via die indirecte aanwijzingen.</translation>
    </message>
    <message>
        <source>Removing the proxies too brings the rates closer, but the screener then knows less.</source>
        <translation>Als je ook die indirecte aanwijzingen weglaat, komen de percentages dichter bij elkaar, maar dan weet het selectieprogramma minder.</translation>
    </message>
    <message>
        <source>Fairness has to be measured on the results; it cannot be assumed from the inputs.</source>
        <translation>Eerlijkheid moet je meten aan de resultaten; je kunt ze niet afleiden uit de gegevens waarmee je begint.</translation>
    </message>
    <message>
        <source>What it simplifies</source>
        <translation>Wat het vereenvoudigt</translation>
    </message>
    <message>
        <source>The applicants are invented: two groups with exactly the same qualifications.</source>
        <translation>De kandidaten zijn verzonnen: twee groepen met precies dezelfde kwalificaties.</translation>
    </message>
    <message>
        <source>Real CVs hold hundreds of clues (names, hobbies, schools) that can act as proxies.</source>
        <translation>Echte cv&apos;s bevatten honderden details (namen, hobby&apos;s, scholen) die als indirecte aanwijzing kunnen dienen.</translation>
    </message>
    <message>
        <source>The four-fifths rule is one rule of thumb; other measures compare errors, and they cannot all be met at once.</source>
        <translation>De vier-vijfderegel is maar één vuistregel; andere maatstaven vergelijken de fouten, en je kunt ze niet allemaal tegelijk halen.</translation>
    </message>
    <message>
        <source>A real screener may be far more complex and much harder to inspect than this one.</source>
        <translation>Een echt selectieprogramma kan veel ingewikkelder zijn en veel moeilijker te controleren dan dit.</translation>
    </message>
    <message>
        <source>Human oversight and the law</source>
        <translation>Menselijk toezicht en de wet</translation>
    </message>
    <message>
        <source>GDPR article 22: people may refuse a decision based solely on automated processing that significantly affects them, such as rejecting an application; where it is allowed, they can obtain a human review, give their view and contest it.</source>
        <translation>AVG (GDPR), artikel 22: iedereen mag een beslissing weigeren die alleen op geautomatiseerde verwerking berust en die hem of haar sterk raakt, zoals het afwijzen van een sollicitatie; waar zo&apos;n beslissing toegestaan is, kun je vragen dat een mens ze opnieuw bekijkt, je standpunt geven en ze betwisten.</translation>
    </message>
    <message>
        <source>EU AI Act: systems that filter applications or evaluate candidates are &quot;high-risk&quot;; they need bias checks on their data, documentation and effective oversight by people able to overrule them.</source>
        <translation>Europese AI-verordening (AI Act): systemen die sollicitaties filteren of kandidaten beoordelen zijn “met een hoog risico”; ze vragen een controle op vooringenomenheid in hun gegevens, documentatie en echt toezicht door mensen die hun beslissingen kunnen terugdraaien.</translation>
    </message>
    <message>
        <source>As of November 2026: these obligations were planned for August 2026; in 2026 the EU adopted changes that postpone them to December 2027. Check the current dates.</source>
        <translation>Stand in november 2026: deze verplichtingen waren gepland voor augustus 2026; in 2026 heeft de EU wijzigingen aangenomen die ze uitstellen tot december 2027. Controleer de geldende data.</translation>
    </message>
    <message>
        <source>An employer stays responsible for discrimination, whatever software made the shortlist.</source>
        <translation>Een werkgever blijft verantwoordelijk voor discriminatie, welk programma de voorselectie ook maakte.</translation>
    </message>
</context>
<context>
    <name>DashboardModels</name>
    <message>
        <source>W%1 %2</source>
        <extracomment>A week: its ISO number and year, e.g. &quot;W10 2026&quot; (French: &quot;S10 2026&quot;)</extracomment>
        <translation>W%1 %2</translation>
    </message>
    <message>
        <source>%1 learner-hours</source>
        <translation>%1 deelnemersuren</translation>
    </message>
    <message>
        <source>%1 absent of %2 expected</source>
        <translation>%1 afwezig van %2 verwacht</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Verontschuldigd</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Afwezig</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Niet aangeduid</translation>
    </message>
    <message>
        <source>New people</source>
        <translation>Nieuwe personen</translation>
    </message>
    <message>
        <source>Returning people</source>
        <translation>Terugkerende personen</translation>
    </message>
    <message>
        <source>Distinct people</source>
        <translation>Verschillende personen</translation>
    </message>
    <message>
        <source>Hours of workshops</source>
        <translation>Workshopuren</translation>
    </message>
    <message>
        <source>Learner-hours</source>
        <translation>Deelnemersuren</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Gain (points)</source>
        <translation>Vooruitgang (punten)</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Leeftijdsgroep</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>Aanwezigheden</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>No site</source>
        <translation>Geen locatie</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>Afwezigheidsgraad</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Computing the dashboard…</source>
        <translation>Het dashboard wordt berekend…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing was recorded with these filters.</source>
        <translation>Er is niets opgeslagen voor deze filters.</translation>
    </message>
    <message>
        <source>Figures of %1 to %2.</source>
        <translation>Cijfers van %1 tot %2.</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Tot:</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Per maand</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Per week</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Groeperen per</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ver&amp;nieuwen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Progress of the dashboard</source>
        <translation>Voortgang van het dashboard</translation>
    </message>
    <message>
        <source>workshops held</source>
        <translation>gehouden workshops</translation>
    </message>
    <message>
        <source>hours of training</source>
        <translation>workshopuren</translation>
    </message>
    <message>
        <source>people reached</source>
        <translation>bereikte personen</translation>
    </message>
    <message>
        <source>new people</source>
        <translation>nieuwe personen</translation>
    </message>
    <message>
        <source>no-show rate</source>
        <translation>afwezigheidsgraad</translation>
    </message>
    <message>
        <source>Attendance by status</source>
        <translation>Aanwezigheden per status</translation>
    </message>
    <message>
        <source>New and returning people</source>
        <translation>Nieuwe en terugkerende personen</translation>
    </message>
    <message>
        <source>Hours of training</source>
        <translation>Workshopuren</translation>
    </message>
    <message>
        <source>Comparison of sites</source>
        <translation>Vergelijking van de locaties</translation>
    </message>
    <message>
        <source>Modules most taught (workshops)</source>
        <translation>Meest gegeven modules (workshops)</translation>
    </message>
    <message>
        <source>Quiz results before → after (average %)</source>
        <translation>Quizresultaten voor → na (gemiddelde in %)</translation>
    </message>
    <message>
        <source>People by age band</source>
        <translation>Personen per leeftijdsgroep</translation>
    </message>
    <message>
        <source>People by gender</source>
        <translation>Personen per gender</translation>
    </message>
</context>
<context>
    <name>DashboardQuery</name>
    <message>
        <source>The dashboard was cancelled.</source>
        <translation>Het berekenen van het dashboard is geannuleerd.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a Mediatelier database.</source>
        <translation>%1 is een map, geen Mediatelier-database.</translation>
    </message>
    <message>
        <source>%1 is not a Mediatelier database (it is not an SQLite file). It was left untouched.</source>
        <translation>%1 is geen Mediatelier-database (het is geen SQLite-bestand). Er is niets aan veranderd.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>De database %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Kan de map %1 voor de database niet aanmaken.</translation>
    </message>
    <message>
        <source>Cannot write to %1: the folder or the file is read-only. Choose another place.</source>
        <translation>Kan niet schrijven naar %1: de map of het bestand is alleen-lezen. Kies een andere plaats.</translation>
    </message>
    <message>
        <source>%1 is already open in another Mediatelier window. Use that window, or close it first.</source>
        <translation>%1 is al geopend in een ander Mediatelier-venster. Gebruik dat venster of sluit het eerst.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Kan %1 niet openen: %2</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>Kan %1 niet voorbereiden: %2</translation>
    </message>
    <message>
        <source>Cannot upgrade %1: %2</source>
        <translation>Kan %1 niet bijwerken: %2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). It was left untouched.</source>
        <translation>%1 is beschadigd en onleesbaar (%2). Er is niets aan veranderd.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Mediatelier (data version %2; this program knows up to %3). Update Mediatelier to open it. The file was left untouched.</source>
        <translation>%1 is geschreven door een nieuwere versie van Mediatelier (gegevensversie %2; dit programma kent tot versie %3). Werk Mediatelier bij om het te openen. Er is niets aan het bestand veranderd.</translation>
    </message>
    <message>
        <source>%1 is damaged (the integrity check failed). It was left untouched; restore a backup or create a new file.</source>
        <translation>%1 is beschadigd (de integriteitscontrole is mislukt). Er is niets aan veranderd; zet een back-up terug of maak een nieuw bestand.</translation>
    </message>
    <message>
        <source>Integrity check: %1</source>
        <translation>Integriteitscontrole: %1</translation>
    </message>
    <message>
        <source>Integrity check could not run: %1</source>
        <translation>De integriteitscontrole kon niet uitgevoerd worden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) point to records that do not exist.</source>
        <translation>
            <numerusform>%n rij verwijst naar een record dat niet bestaat.</numerusform>
            <numerusform>%n rijen verwijzen naar records die niet bestaan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Foreign key check could not run: %1</source>
        <translation>De controle van de vreemde sleutels kon niet uitgevoerd worden: %1</translation>
    </message>
    <message>
        <source>Data version %1, expected %2.</source>
        <translation>Gegevensversie %1, verwacht: %2.</translation>
    </message>
    <message>
        <source>The backup cannot replace the database itself.</source>
        <translation>De back-up kan de database zelf niet vervangen.</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Kan %1 niet vervangen.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>Kan de back-up %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <source>Mediatelier cannot open this database</source>
        <translation>Mediatelier kan deze database niet openen</translation>
    </message>
    <message>
        <source>Nothing was changed in that file. What would you like to do?</source>
        <translation>Er is niets veranderd aan dat bestand. Wat wil je doen?</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Een ander bestand openen…</translation>
    </message>
    <message>
        <source>Create a new file…</source>
        <translation>Een nieuw bestand maken…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Open a Mediatelier database</source>
        <translation>Een Mediatelier-database openen</translation>
    </message>
    <message>
        <source>Create a Mediatelier database</source>
        <translation>Een Mediatelier-database maken</translation>
    </message>
    <message>
        <source>The backup of %1 passed its check. Restoring it keeps the damaged file aside, renamed: it is never overwritten or deleted. What would you like to do?</source>
        <translation>De back-up van %1 heeft de controle doorstaan. Bij het terugzetten wordt het beschadigde bestand apart gezet, met een andere naam: het wordt nooit overschreven of verwijderd. Wat wil je doen?</translation>
    </message>
    <message>
        <source>Restore the last good backup</source>
        <translation>De laatste goede back-up terugzetten</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>The demo needs at least one year and one site.</source>
        <translation>De demogegevens vragen minstens één jaar en één locatie.</translation>
    </message>
    <message numerus="yes">
        <source>This database already holds %n workshop(s); demo data would mix with them.</source>
        <translation>
            <numerusform>Deze database bevat al %n workshop; de demogegevens zouden zich ermee vermengen.</numerusform>
            <numerusform>Deze database bevat al %n workshops; de demogegevens zouden zich ermee vermengen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoRegistry</name>
    <message>
        <source>Teach the machine</source>
        <translation>Leer de machine iets</translation>
    </message>
    <message>
        <source>The group sorts messages into scams and normal messages; the machine learns from them, and from mistakes.</source>
        <translation>De groep sorteert berichten in oplichting en gewone berichten; de machine leert van die voorbeelden, en van fouten.</translation>
    </message>
    <message>
        <source>The CV screener</source>
        <translation>Cv&apos;s sorteren</translation>
    </message>
    <message>
        <source>A screener learns from past hiring decisions, and their bias: selection rates per group, and the proxies that carry the bias.</source>
        <translation>Een selectieprogramma leert uit vroegere aanwervingsbeslissingen, en uit hun vooroordelen: selectiepercentages per groep, en de indirecte aanwijzingen die de vooringenomenheid doorgeven.</translation>
    </message>
    <message>
        <source>How a chatbot writes</source>
        <translation>Hoe een chatbot schrijft</translation>
    </message>
    <message>
        <source>A small model writes word by word, picking among likely next words: fluent is not the same as true.</source>
        <translation>Een klein model schrijft woord na woord en kiest telkens uit waarschijnlijke volgende woorden: vlot geschreven is niet hetzelfde als waar.</translation>
    </message>
    <message>
        <source>Similar words</source>
        <translation>Verwante woorden</translation>
    </message>
    <message>
        <source>Words turned into numbers: a job search that understands misspellings and related jobs.</source>
        <translation>Woorden omgezet in getallen: een zoekfunctie voor beroepen die spelfouten en verwante beroepen begrijpt.</translation>
    </message>
</context>
<context>
    <name>DemonstrationsScreen</name>
    <message>
        <source>Demonstrations</source>
        <translation>Demonstraties</translation>
    </message>
    <message>
        <source>Four small demonstrations of what AI does, running on this computer without any network. Choose one on the left (Enter). Each has a Reset button and a panel saying what it shows and what it simplifies. They can be projected, and lessons open them from their pages.</source>
        <translation>Vier kleine demonstraties van wat AI doet, die op deze computer werken zonder netwerk. Kies er links een (Enter). Elke demonstratie heeft een knop Opnieuw beginnen en een paneel dat zegt wat ze laat zien en wat ze vereenvoudigt. Je kunt ze projecteren, en de lessen openen ze vanaf hun pagina&apos;s.</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>The export was cancelled; no file was kept.</source>
        <translation>De export is geannuleerd; er is geen bestand bewaard.</translation>
    </message>
</context>
<context>
    <name>FacilitatorGuideDialog</name>
    <message>
        <source>Facilitator guide — %1</source>
        <translation>Handleiding voor de begeleider — %1</translation>
    </message>
    <message>
        <source>Facilitator guide</source>
        <translation>Handleiding voor de begeleider</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
</context>
<context>
    <name>FacilitatorStore</name>
    <message>
        <source>A facilitator needs a name.</source>
        <translation>Een begeleider moet een naam hebben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>“%1” is geen e-mailadres.</translation>
    </message>
    <message>
        <source>There is no facilitator %1.</source>
        <translation>Er is geen begeleider nr. %1.</translation>
    </message>
</context>
<context>
    <name>FacilitatorsDialog</name>
    <message>
        <source>Show &amp;inactive</source>
        <translation>&amp;Inactieve tonen</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Be&amp;werken…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Begeleiders</translation>
    </message>
    <message>
        <source>&amp;Facilitators who lead workshops:</source>
        <translation>&amp;Begeleiders die workshops leiden:</translation>
    </message>
    <message>
        <source>Add a facilitator</source>
        <translation>Een begeleider toevoegen</translation>
    </message>
    <message>
        <source>Edit the facilitator</source>
        <translation>De begeleider bewerken</translation>
    </message>
    <message>
        <source>Remove the facilitator</source>
        <translation>De begeleider verwijderen</translation>
    </message>
    <message>
        <source>A facilitator who led workshops is deactivated instead, so that past workshops keep their name.</source>
        <translation>Een begeleider die al workshops leidde, wordt gedeactiveerd in plaats van verwijderd: vroegere workshops houden zo zijn of haar naam.</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactief)</translation>
    </message>
    <message>
        <source>Rea&amp;ctivate</source>
        <translation>&amp;Heractiveren</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactiveren</translation>
    </message>
    <message>
        <source>Reactivate the facilitator</source>
        <translation>De begeleider heractiveren</translation>
    </message>
    <message>
        <source>Deactivate the facilitator</source>
        <translation>De begeleider deactiveren</translation>
    </message>
    <message>
        <source>Remove facilitator</source>
        <translation>Begeleider verwijderen</translation>
    </message>
    <message>
        <source>Remove %1 from the list?</source>
        <translation>%1 van de lijst verwijderen?</translation>
    </message>
    <message>
        <source>%1 led workshops, so they were deactivated rather than removed: past workshops keep their name.</source>
        <translation>%1 heeft workshops geleid en is dus gedeactiveerd in plaats van verwijderd: vroegere workshops houden die naam.</translation>
    </message>
    <message>
        <source>Edit facilitator</source>
        <translation>Begeleider bewerken</translation>
    </message>
    <message>
        <source>New facilitator</source>
        <translation>Nieuwe begeleider</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Home site</source>
        <translation>Hoofdlocatie</translation>
    </message>
    <message>
        <source>No site</source>
        <translation>Geen locatie</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>E-&amp;mail (optional):</source>
        <translation>E-&amp;mail (optioneel):</translation>
    </message>
    <message>
        <source>&amp;Home site:</source>
        <translation>&amp;Hoofdlocatie:</translation>
    </message>
</context>
<context>
    <name>GiftFormat</name>
    <message>
        <source>the question title opened with &apos;::&apos; is never closed</source>
        <translation>de vraagtitel die met &apos;::&apos; begint, wordt nooit afgesloten</translation>
    </message>
    <message>
        <source>&apos;}&apos; closes no answer block (write \} for a brace in a text)</source>
        <translation>&apos;}&apos; sluit geen antwoordblok af (schrijf \} voor een accolade in een tekst)</translation>
    </message>
    <message>
        <source>description without answers</source>
        <translation>beschrijving zonder antwoorden</translation>
    </message>
    <message>
        <source>the answer block opened with &apos;{&apos; is never closed</source>
        <translation>het antwoordblok dat met &apos;{&apos; begint, wordt nooit afgesloten</translation>
    </message>
    <message>
        <source>a second answer block in the same question: separate questions with a blank line</source>
        <translation>een tweede antwoordblok in dezelfde vraag: scheid vragen met een lege regel</translation>
    </message>
    <message>
        <source>missing-word question (the answers are in the middle of the sentence)</source>
        <translation>vraag met ontbrekend woord (de antwoorden staan midden in de zin)</translation>
    </message>
    <message>
        <source>question without text</source>
        <translation>vraag zonder tekst</translation>
    </message>
    <message>
        <source>unknown marker &apos;%1&apos;: each answer starts with = or ~</source>
        <translation>onbekend teken &apos;%1&apos;: elk antwoord begint met = of ~</translation>
    </message>
    <message>
        <source>invalid weight in &apos;%1&apos; (a weight is a percentage between two % signs)</source>
        <translation>ongeldig gewicht in &apos;%1&apos; (een gewicht is een percentage tussen twee %-tekens)</translation>
    </message>
    <message>
        <source>essay question (free answer, nothing to check)</source>
        <translation>open vraag (vrij antwoord, niets te verbeteren)</translation>
    </message>
    <message>
        <source>an answer is empty</source>
        <translation>een antwoord is leeg</translation>
    </message>
    <message>
        <source>the answer block has no answers</source>
        <translation>het antwoordblok bevat geen antwoorden</translation>
    </message>
    <message>
        <source>short-answer question with no accepted answer</source>
        <translation>vraag met kort antwoord zonder aanvaard antwoord</translation>
    </message>
    <message>
        <source>choice question with no correct answer</source>
        <translation>keuzevraag zonder juist antwoord</translation>
    </message>
    <message>
        <source>&apos;-&gt;&apos; outside a matching question (a matching question has only =left -&gt; right answers)</source>
        <translation>&apos;-&gt;&apos; buiten een koppelvraag (een koppelvraag heeft alleen antwoorden =links -&gt; rechts)</translation>
    </message>
    <message>
        <source>matching question with extra right-hand answers</source>
        <translation>koppelvraag met te veel antwoorden rechts</translation>
    </message>
    <message>
        <source>matching question with fewer than two pairs</source>
        <translation>koppelvraag met minder dan twee paren</translation>
    </message>
    <message>
        <source>unknown marker &apos;#&apos;: a true/false answer has at most two feedbacks</source>
        <translation>onbekend teken &apos;#&apos;: een waar/niet waar-antwoord heeft hoogstens twee feedbacks</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number, a number:tolerance or a low..high range</source>
        <translation>&apos;%1&apos; is geen getal, geen getal:marge en geen bereik laag..hoog</translation>
    </message>
    <message>
        <source>numeric question with partial credit only</source>
        <translation>numerieke vraag met alleen gedeeltelijke punten</translation>
    </message>
</context>
<context>
    <name>GroupModeLauncher</name>
    <message>
        <source>No module has questions for group mode.</source>
        <translation>Geen enkele module heeft vragen voor de groepsmodus.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) for the group.</source>
        <translation>
            <numerusform>%n vraag voor de groep.</numerusform>
            <numerusform>%n vragen voor de groep.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quiz with the whole group</source>
        <translation>Quiz met de hele groep</translation>
    </message>
    <message>
        <source>The questions are projected in large type. Count the raised hands for each option, then show the answers. No name is asked, shown or kept.</source>
        <translation>De vragen worden in grote letters geprojecteerd. Tel de opgestoken handen voor elk antwoord en toon dan de antwoorden. Er wordt geen naam gevraagd, getoond of bewaard.</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Module:</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Start group mode</source>
        <translation>Groepsmodus starten</translation>
    </message>
</context>
<context>
    <name>GroupModeWindow</name>
    <message>
        <source>True</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Niet waar</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Vraag %1 van %2</translation>
    </message>
    <message>
        <source>Hide the answers</source>
        <translation>De antwoorden verbergen</translation>
    </message>
    <message>
        <source>Show the answers</source>
        <translation>De antwoorden tonen</translation>
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
        <translation>Nog geen handen geteld.</translation>
    </message>
    <message>
        <source>%1 % of the raised hands went to a correct answer.</source>
        <translation>%1 % van de opgestoken handen ging naar een juist antwoord.</translation>
    </message>
    <message>
        <source>Correct answers: %1</source>
        <translation>Juiste antwoorden: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Correct answer: %1</source>
        <translation>Juist antwoord: %1</translation>
    </message>
    <message>
        <source>Mediatelier — group quiz</source>
        <translation>Mediatelier — groepsquiz</translation>
    </message>
    <message>
        <source>Group quiz</source>
        <translation>Groepsquiz</translation>
    </message>
    <message>
        <source>Several answers can be right: raise your hand for each one you choose.</source>
        <translation>Er kunnen meerdere antwoorden juist zijn: steek je hand op voor elk antwoord dat je kiest.</translation>
    </message>
    <message>
        <source>This module cannot be found.</source>
        <translation>Deze module is niet te vinden.</translation>
    </message>
    <message>
        <source>This module has no question that a group can answer by raising hands.</source>
        <translation>Deze module heeft geen vraag die een groep kan beantwoorden door de hand op te steken.</translation>
    </message>
    <message>
        <source>← Previous question</source>
        <translation>← Vorige vraag</translation>
    </message>
    <message>
        <source>Page Up or Left arrow</source>
        <translation>Page Up of pijltje naar links</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Vorige vraag</translation>
    </message>
    <message>
        <source>Next question →</source>
        <translation>Volgende vraag →</translation>
    </message>
    <message>
        <source>Page Down or Right arrow</source>
        <translation>Page Down of pijltje naar rechts</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Volgende vraag</translation>
    </message>
    <message>
        <source>Return or S shows the answers, H hides them</source>
        <translation>Enter of S toont de antwoorden, H verbergt ze</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Correct answer</source>
        <translation>Juist antwoord</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Share of correct answers</source>
        <translation>Deel juiste antwoorden</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Uitleg</translation>
    </message>
    <message>
        <source>Raised hands for option %1</source>
        <translation>Opgestoken handen voor antwoord %1</translation>
    </message>
    <message>
        <source>Up/Down or +/− change the count; Tab goes to the next option</source>
        <translation>Omhoog/Omlaag of +/− verandert het aantal; Tab gaat naar het volgende antwoord</translation>
    </message>
    <message>
        <source>One hand less for option %1</source>
        <translation>Eén hand minder voor antwoord %1</translation>
    </message>
    <message>
        <source>One hand more for option %1</source>
        <translation>Eén hand meer voor antwoord %1</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Antwoord %1</translation>
    </message>
</context>
<context>
    <name>GroupResultsDialog</name>
    <message>
        <source>Group results of a workshop</source>
        <translation>Groepsresultaten van een workshop</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>After the module</source>
        <translation>Na de module</translation>
    </message>
    <message>
        <source>Before the module</source>
        <translation>Voor de module</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Oefening</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>How the scores spread</source>
        <translation>Spreiding van de scores</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Right answers</source>
        <translation>Juiste antwoorden</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <source>Success rate per question, lowest first</source>
        <translation>Slaagpercentage per vraag, laagste eerst</translation>
    </message>
    <message>
        <source>&amp;Workshop:</source>
        <translation>&amp;Workshop:</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Module:</translation>
    </message>
    <message>
        <source>&amp;Quiz:</source>
        <translation>&amp;Quiz:</translation>
    </message>
    <message>
        <source>No finished quiz for this workshop, module and quiz yet.</source>
        <translation>Nog geen afgewerkte quiz voor deze workshop, deze module en deze quiz.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) finished this quiz. Average score: %1 %.</source>
        <translation>
            <numerusform>%n persoon heeft deze quiz afgewerkt. Gemiddelde score: %1 %.</numerusform>
            <numerusform>%n personen hebben deze quiz afgewerkt. Gemiddelde score: %1 %.</numerusform>
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
        <translation>Je gegevens bij deze computerruimte — %1</translation>
    </message>
    <message>
        <source>Who you are</source>
        <translation>Wie je bent</translation>
    </message>
    <message>
        <source>Name used here</source>
        <translation>Naam die hier gebruikt wordt</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Leeftijdsgroep</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Notes written about you</source>
        <translation>Notities over jou</translation>
    </message>
    <message>
        <source>Your personal sign-in code</source>
        <translation>Je persoonlijke aanmeldcode</translation>
    </message>
    <message>
        <source>Digital space</source>
        <translation>Computerruimte</translation>
    </message>
    <message>
        <source>Record created on</source>
        <translation>Fiche aangemaakt op</translation>
    </message>
    <message>
        <source>Last changed on</source>
        <translation>Laatst gewijzigd op</translation>
    </message>
    <message>
        <source>Anonymised on</source>
        <translation>Geanonimiseerd op</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Your consent</source>
        <translation>Je toestemming</translation>
    </message>
    <message>
        <source>No consent date is recorded.</source>
        <translation>Er is geen datum van toestemming opgeslagen.</translation>
    </message>
    <message>
        <source>You agreed on %1 to the privacy notice, version %2.</source>
        <translation>Je hebt op %1 ingestemd met de privacyverklaring, versie %2.</translation>
    </message>
    <message>
        <source>Workshops you came to or registered for</source>
        <translation>Je workshops (aanwezigheden en inschrijvingen)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Geen.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Zaal</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Checked in at</source>
        <translation>Aangekomen om</translation>
    </message>
    <message>
        <source>Every change made at the door</source>
        <translation>Elke wijziging aan het onthaal</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Lessons you read</source>
        <translation>Lessen die je gelezen hebt</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Pages opened</source>
        <translation>Geopende pagina&apos;s</translation>
    </message>
    <message>
        <source>Pages finished</source>
        <translation>Afgewerkte pagina&apos;s</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Eerste bezoek</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Laatste bezoek</translation>
    </message>
    <message>
        <source>before the module</source>
        <translation>vóór de module</translation>
    </message>
    <message>
        <source>after the module</source>
        <translation>na de module</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>om te oefenen</translation>
    </message>
    <message>
        <source>self-assessment</source>
        <translation>voor zelfevaluatie</translation>
    </message>
    <message>
        <source>Your quiz answers and results</source>
        <translation>Je quizantwoorden en resultaten</translation>
    </message>
    <message>
        <source>score %1 / %2</source>
        <translation>score %1 / %2</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>niet afgewerkt</translation>
    </message>
    <message>
        <source>%1 — quiz %2, %3: %4</source>
        <translation>%1 — quiz %2, %3: %4</translation>
    </message>
    <message>
        <source>%1 out of 5</source>
        <translation>%1 op 5</translation>
    </message>
    <message>
        <source>right</source>
        <translation>juist</translation>
    </message>
    <message>
        <source>partly right</source>
        <translation>gedeeltelijk juist</translation>
    </message>
    <message>
        <source>not right</source>
        <translation>niet juist</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Je antwoord</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Je gegevens</translation>
    </message>
    <message>
        <source>This document lists everything this digital space keeps about you in Mediatelier, as of %1. Nothing about other people is included. A computer-readable copy (JSON) comes with it.</source>
        <translation>Dit document toont alles wat deze computerruimte op %1 in Mediatelier over jou bewaart. Er staat niets over andere mensen in. Er hoort een kopie bij die een computer kan lezen (JSON).</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Je rechten</translation>
    </message>
    <message>
        <source>You may ask to see, correct or erase these data, take them elsewhere, or object to their use. Ask the staff of the digital space; the privacy notice says how to complain to the data protection authority.</source>
        <translation>Je kunt vragen om deze gegevens in te kijken, te verbeteren of te wissen, ze mee te nemen naar elders, of bezwaar maken tegen het gebruik ervan. Vraag het aan het team van de computerruimte; in de privacyverklaring staat hoe je een klacht indient bij de Gegevensbeschermingsautoriteit.</translation>
    </message>
</context>
<context>
    <name>LearnerDataExport</name>
    <message>
        <source>There is no learner %1.</source>
        <translation>Er is geen deelnemer nr. %1.</translation>
    </message>
    <message>
        <source>learner-data</source>
        <comment>file name</comment>
        <translation>deelnemersgegevens</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
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
        <translation>Toestemming &amp;gegeven op</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Van&amp;daag</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>Nieuwe deelnemer</translation>
    </message>
    <message>
        <source>&amp;Display name (required):</source>
        <translation>&amp;Weergavenaam (verplicht):</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Weergavenaam</translation>
    </message>
    <message>
        <source>A first name or a nickname is enough</source>
        <translation>Een voornaam of een bijnaam is genoeg</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Voornaam:</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Achternaam:</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Post&amp;code:</source>
        <translation>&amp;Postcode:</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Leeftijdsgroep</translation>
    </message>
    <message>
        <source>&amp;Age band:</source>
        <translation>&amp;Leeftijdsgroep:</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Ge&amp;nder:</source>
        <translation>Ge&amp;nder:</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Datum van de toestemming</translation>
    </message>
    <message>
        <source>Consent given today</source>
        <translation>Toestemming vandaag gegeven</translation>
    </message>
    <message>
        <source>Consent &amp;wording version:</source>
        <translation>Versie van de toestemmingste&amp;kst:</translation>
    </message>
    <message>
        <source>Consent wording version</source>
        <translation>Versie van de toestemmingstekst</translation>
    </message>
    <message>
        <source>Personal c&amp;ode:</source>
        <translation>Persoonlijke c&amp;ode:</translation>
    </message>
    <message>
        <source>Personal code</source>
        <translation>Persoonlijke code</translation>
    </message>
    <message>
        <source>A short code the learner types to sign in on a shared computer.</source>
        <translation>Een korte code die de deelnemer intypt om zich aan te melden op een gedeelde computer.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Note&amp;s:</source>
        <translation>Notitie&amp;s:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Already known?</source>
        <translation>Al bekend?</translation>
    </message>
    <message numerus="yes">
        <source>%1 looks like the same person.</source>
        <translation>
            <numerusform>%1 lijkt dezelfde persoon te zijn.</numerusform>
            <numerusform>%1 lijken dezelfde persoon te zijn.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Use the existing record</source>
        <translation>De &amp;bestaande fiche gebruiken</translation>
    </message>
    <message>
        <source>&amp;Create anyway</source>
        <translation>Toch aan&amp;maken</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>Toch &amp;opslaan</translation>
    </message>
    <message>
        <source>To keep one record with everything, use Merge… in the list of learners.</source>
        <translation>Wil je één fiche met alle gegevens houden, gebruik dan Samenvoegen… in de lijst van deelnemers.</translation>
    </message>
    <message>
        <source>Not the current privacy notice (version %1): read the current one with the person and record their consent again.</source>
        <translation>Niet de huidige privacyverklaring (versie %1): lees de huidige samen met de persoon en registreer de toestemming opnieuw.</translation>
    </message>
    <message>
        <source>Current privacy notice: version %1 (Help → Privacy notice…).</source>
        <translation>Huidige privacyverklaring: versie %1 (Help → Privacyverklaring…).</translation>
    </message>
</context>
<context>
    <name>LearnerErasure</name>
    <message>
        <source>There is no learner %1.</source>
        <translation>Er is geen deelnemer nr. %1.</translation>
    </message>
</context>
<context>
    <name>LearnerFields</name>
    <message>
        <source>under 18</source>
        <translation>jonger dan 18</translation>
    </message>
    <message>
        <source>over 75</source>
        <translation>ouder dan 75</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>niet opgegeven</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2 jaar</translation>
    </message>
    <message>
        <source>woman</source>
        <translation>vrouw</translation>
    </message>
    <message>
        <source>man</source>
        <translation>man</translation>
    </message>
    <message>
        <source>other</source>
        <translation>ander</translation>
    </message>
</context>
<context>
    <name>LearnerImport</name>
    <message>
        <source>(ignore this column)</source>
        <translation>(deze kolom negeren)</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Weergavenaam</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Leeftijdsgroep</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Datum van de toestemming</translation>
    </message>
    <message>
        <source>Consent wording version</source>
        <translation>Versie van de toestemmingstekst</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: onleesbaar (%2).</translation>
    </message>
    <message>
        <source>%1: the file is empty; a first line with the column names is expected, e.g. “Prénom;Nom;Code postal”.</source>
        <translation>%1: het bestand is leeg; er wordt een eerste regel met de kolomnamen verwacht, bijvoorbeeld “Voornaam;Achternaam;Postcode”.</translation>
    </message>
    <message>
        <source>%1: no column gives a name. The first line must name at least one of these columns: “Pseudo” or “Display name”, “Prénom” or “First name”, “Nom” or “Last name”. Columns found: %2.</source>
        <translation>%1: geen enkele kolom geeft een naam. De eerste regel moet minstens een van deze kolommen noemen: “Pseudo” of “Display name”, “Prénom” of “First name”, “Nom” of “Last name”. Gevonden kolommen: %2.</translation>
    </message>
    <message>
        <source>no name (display name, first name or last name)</source>
        <translation>geen naam (weergavenaam, voornaam of achternaam)</translation>
    </message>
    <message>
        <source>invalid e-mail address “%1”</source>
        <translation>ongeldig e-mailadres “%1”</translation>
    </message>
    <message>
        <source>unknown age band “%1”</source>
        <translation>onbekende leeftijdsgroep “%1”</translation>
    </message>
    <message>
        <source>unknown gender “%1”</source>
        <translation>onbekend gender “%1”</translation>
    </message>
    <message>
        <source>invalid consent date “%1” (expected e.g. 2026-03-01 or 01/03/2026)</source>
        <translation>ongeldige datum van toestemming “%1” (verwacht bijvoorbeeld 2026-03-01 of 01/03/2026)</translation>
    </message>
    <message>
        <source>Line %1: %2 imported.</source>
        <translation>Regel %1: %2 geïmporteerd.</translation>
    </message>
    <message>
        <source>Line %1: %2 will be imported.</source>
        <translation>Regel %1: %2 wordt geïmporteerd.</translation>
    </message>
    <message>
        <source>Line %1: %2 looks like %3, already stored; not imported.</source>
        <translation>Regel %1: %2 lijkt op %3, die al opgeslagen is; niet geïmporteerd.</translation>
    </message>
    <message>
        <source>Line %1: %2 looks like the person on line %3; not imported.</source>
        <translation>Regel %1: %2 lijkt op de persoon op regel %3; niet geïmporteerd.</translation>
    </message>
    <message>
        <source>Line %1: rejected: %2.</source>
        <translation>Regel %1: geweigerd: %2.</translation>
    </message>
</context>
<context>
    <name>LearnerMergeDialog</name>
    <message>
        <source>Merge two records</source>
        <translation>Twee fiches samenvoegen</translation>
    </message>
    <message>
        <source>These two records describe the same person. Which one do you keep?</source>
        <translation>Deze twee fiches beschrijven dezelfde persoon. Welke hou je?</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>%1 houden</translation>
    </message>
    <message>
        <source>The attendance, lesson progress and quiz results of the other record move to the one kept; what the kept record lacks (phone, e-mail…) is taken from the other. Then the other record is deleted. This cannot be undone.</source>
        <translation>De aanwezigheden, de vooruitgang in de lessen en de quizresultaten van de andere fiche gaan naar de fiche die je houdt; wat die fiche mist (telefoon, e-mail…) wordt van de andere overgenomen. Daarna wordt de andere fiche verwijderd. Dit kan niet ongedaan gemaakt worden.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Samenvoegen</translation>
    </message>
    <message>
        <source>last came %1</source>
        <translation>laatst aanwezig: %1</translation>
    </message>
    <message>
        <source>Keep: %1</source>
        <translation>Houden: %1</translation>
    </message>
</context>
<context>
    <name>LearnerPickerDialog</name>
    <message>
        <source>Who is reading?</source>
        <translation>Wie leest er?</translation>
    </message>
    <message>
        <source>Type the first letters of the name:</source>
        <translation>Typ de eerste letters van de naam:</translation>
    </message>
    <message>
        <source>Search a learner</source>
        <translation>Een deelnemer zoeken</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Guest (nothing is recorded)</source>
        <translation>Gast (er wordt niets opgeslagen)</translation>
    </message>
</context>
<context>
    <name>LearnerPrivacyActions</name>
    <message>
        <source>Export their data</source>
        <translation>Gegevens exporteren</translation>
    </message>
    <message>
        <source>Export their data (a JSON file and a PDF beside it)</source>
        <translation>Gegevens exporteren (een JSON-bestand met een PDF ernaast)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <source>Saved:
%1
%2

The PDF is for the person to read; the JSON file is for another program. Both hold personal data: hand them over, then delete them from this computer.</source>
        <translation>Opgeslagen:
%1
%2

De PDF is om door de persoon gelezen te worden; het JSON-bestand is voor een ander programma. Beide bevatten persoonsgegevens: geef ze aan de persoon en verwijder ze daarna van deze computer.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Erase a learner</source>
        <translation>Een deelnemer wissen</translation>
    </message>
    <message>
        <source>Erase %1 for good?</source>
        <translation>%1 definitief wissen?</translation>
    </message>
    <message>
        <source>Their name, phone, e-mail, postcode, notes and personal code are removed and cannot be brought back. Their attendance and quiz results stay as anonymous counts, under a reference with no name, so that earlier reports still add up; their age band and gender stay for the same reason.

Think of exporting their data first if they want a copy.</source>
        <translation>De naam, het telefoonnummer, het e-mailadres, de postcode, de notities en de persoonlijke code worden verwijderd en kunnen niet teruggehaald worden. De aanwezigheden en quizresultaten blijven als anonieme cijfers, onder een referentie zonder naam, zodat eerdere rapporten blijven kloppen; de leeftijdsgroep en het gender blijven om dezelfde reden.

Denk eraan eerst de gegevens te exporteren als de persoon een kopie wil.</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Definitief wissen</translation>
    </message>
    <message>
        <source>Nothing was erased: %1</source>
        <translation>Er is niets gewist: %1</translation>
    </message>
</context>
<context>
    <name>LearnerSignInDialog</name>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>Type your first name or your personal code:</source>
        <translation>Typ je voornaam of je persoonlijke code:</translation>
    </message>
    <message>
        <source>Your first name or personal code</source>
        <translation>Je voornaam of je persoonlijke code</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Verder</translation>
    </message>
    <message>
        <source>Continue as a guest</source>
        <translation>Verder als gast</translation>
    </message>
    <message>
        <source>As a guest you can read and answer quizzes; nothing is recorded.</source>
        <translation>Als gast kun je lezen en quizzen beantwoorden; er wordt niets opgeslagen.</translation>
    </message>
    <message>
        <source>Several people have this name. Please type your personal code, or ask the mediator.</source>
        <translation>Meerdere mensen hebben deze naam. Typ je persoonlijke code, of vraag het aan de begeleider.</translation>
    </message>
    <message>
        <source>We do not know this name yet. Check the spelling, ask the mediator, or continue as a guest.</source>
        <translation>We kennen deze naam nog niet. Controleer de spelling, vraag het aan de begeleider, of ga verder als gast.</translation>
    </message>
</context>
<context>
    <name>LearnerStore</name>
    <message>
        <source>A learner needs a display name.</source>
        <translation>Een deelnemer moet een weergavenaam hebben.</translation>
    </message>
    <message>
        <source>There is no learner %1.</source>
        <translation>Er is geen deelnemer nr. %1.</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address.</source>
        <translation>“%1” is geen geldig e-mailadres.</translation>
    </message>
    <message>
        <source>“%1” is not a known age band.</source>
        <translation>“%1” is geen bekende leeftijdsgroep.</translation>
    </message>
    <message>
        <source>“%1” is not a known gender.</source>
        <translation>“%1” is geen bekend gender.</translation>
    </message>
    <message>
        <source>The personal code %1 is already used by another learner.</source>
        <translation>De persoonlijke code %1 wordt al gebruikt door een andere deelnemer.</translation>
    </message>
    <message>
        <source>A learner cannot be merged with themselves.</source>
        <translation>Een deelnemer kan niet met zichzelf samengevoegd worden.</translation>
    </message>
</context>
<context>
    <name>LearnerTableModel</name>
    <message>
        <source>Display name</source>
        <translation>Weergavenaam</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Leeftijdsgroep</translation>
    </message>
    <message>
        <source>Last attended</source>
        <translation>Laatst aanwezig</translation>
    </message>
</context>
<context>
    <name>LearnersScreen</name>
    <message>
        <source>Learners</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>A few letters of a name; accents and capitals do not matter</source>
        <translation>Een paar letters van een naam; accenten en hoofdletters maken niet uit</translation>
    </message>
    <message>
        <source>Find a learner</source>
        <translation>Een deelnemer zoeken</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <source>Create a learner (Ctrl+N)</source>
        <translation>Een deelnemer aanmaken (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>Edit the selected learner (Enter)</source>
        <translation>De geselecteerde deelnemer bewerken (Enter)</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Samenvoegen…</translation>
    </message>
    <message>
        <source>Select two records of the same person (Shift+↓ or Ctrl+click), then merge them</source>
        <translation>Selecteer twee fiches van dezelfde persoon (Shift+↓ of Ctrl+klik) en voeg ze dan samen</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importeren…</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n deelnemer</numerusform>
            <numerusform>%n deelnemers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n resultaat</numerusform>
            <numerusform>%n resultaten</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <source>Select the two records of the same person first (Shift+↓ or Ctrl+click).</source>
        <translation>Selecteer eerst de twee fiches van dezelfde persoon (Shift+↓ of Ctrl+klik).</translation>
    </message>
    <message>
        <source>The records were not merged: %1</source>
        <translation>De fiches zijn niet samengevoegd: %1</translation>
    </message>
    <message>
        <source>Import learners</source>
        <translation>Deelnemers importeren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Their rights:</source>
        <translation>Rechten van de persoon:</translation>
    </message>
    <message>
        <source>E&amp;xport their data…</source>
        <translation>Gegevens e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Everything stored about the selected person, as a PDF to read and a JSON file (access, portability)</source>
        <translation>Alles wat over de geselecteerde persoon is opgeslagen, als PDF om te lezen en als JSON-bestand (inzage, overdraagbaarheid)</translation>
    </message>
    <message>
        <source>E&amp;rase…</source>
        <translation>&amp;Wissen…</translation>
    </message>
    <message>
        <source>Remove the selected person&apos;s name and contact details for good; their attendance stays as anonymous counts</source>
        <translation>Verwijdert de naam en contactgegevens van de geselecteerde persoon definitief; de aanwezigheden blijven als anonieme cijfers</translation>
    </message>
    <message>
        <source>&amp;Privacy notice…</source>
        <translation>&amp;Privacyverklaring…</translation>
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
        <translation>← Modules</translation>
    </message>
    <message>
        <source>Back to the list of modules</source>
        <translation>Terug naar de lijst van modules</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← Vorige</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Volgende →</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Kleinere tekst</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+-)</source>
        <translation>Kleinere tekst (Ctrl+-)</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Grotere tekst</translation>
    </message>
    <message>
        <source>Larger text (Ctrl++)</source>
        <translation>Grotere tekst (Ctrl++)</translation>
    </message>
    <message>
        <source>Facilitator guide</source>
        <translation>Handleiding voor de begeleider</translation>
    </message>
    <message>
        <source>Projector (F5)</source>
        <translation>Projectie (F5)</translation>
    </message>
    <message>
        <source>Table of contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Lesson page</source>
        <translation>Pagina van de les</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>This module is not available in your language; it is shown in %1.</source>
        <translation>Deze module bestaat niet in jouw taal; ze wordt getoond in het %1.</translation>
    </message>
</context>
<context>
    <name>LessonsScreen</name>
    <message>
        <source>Progress not saved</source>
        <translation>Vooruitgang niet opgeslagen</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>%1 kon niet geladen worden: %2</translation>
    </message>
    <message>
        <source>Reading as a guest (nothing is recorded)</source>
        <translation>Je leest als gast (er wordt niets opgeslagen)</translation>
    </message>
    <message>
        <source>Reading as %1</source>
        <translation>%1 leest</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or shorter words.</source>
        <translation>Niets gevonden. Probeer met minder of kortere woorden.</translation>
    </message>
    <message>
        <source>Add a module: choose a .zip file or a module folder</source>
        <translation>Een module toevoegen: kies een .zip-bestand of het bestand module.json van een map</translation>
    </message>
    <message>
        <source>Module archives (*.zip)</source>
        <translation>Modulearchieven (*.zip)</translation>
    </message>
    <message>
        <source>Module description (module.json)</source>
        <translation>Modulebeschrijving (module.json)</translation>
    </message>
    <message>
        <source>The module was not added</source>
        <translation>De module is niet toegevoegd</translation>
    </message>
    <message>
        <source>Module added</source>
        <translation>Module toegevoegd</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now in the list of modules.</source>
        <translation>“%1” staat nu in de lijst van modules.</translation>
    </message>
    <message>
        <source>Search the lessons (spelling mistakes are fine)…</source>
        <translation>Zoeken in de lessen (spelfouten zijn geen probleem)…</translation>
    </message>
    <message>
        <source>Search the lessons</source>
        <translation>Zoeken in de lessen</translation>
    </message>
    <message>
        <source>Add a module…</source>
        <translation>Een module toevoegen…</translation>
    </message>
    <message>
        <source>Change reader…</source>
        <translation>Andere lezer kiezen…</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lessen</translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <source>Your answer (a number)</source>
        <translation>Je antwoord (een getal)</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Je antwoord</translation>
    </message>
    <message>
        <source>Type a number</source>
        <translation>Typ een getal</translation>
    </message>
    <message>
        <source>Type your answer</source>
        <translation>Typ je antwoord</translation>
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
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Open another database…</source>
        <translation>&amp;Andere database openen…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nieuwe database…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Mediatelier</source>
        <translation>&amp;Over Mediatelier</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>About Mediatelier</source>
        <translation>Over Mediatelier</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Mediatelier %1&lt;/h2&gt;&lt;p&gt;Offline workshops on artificial intelligence and data ethics, for digital mediators and the people they welcome.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Your data stays on this computer, in one file:&lt;br&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Mediatelier %1&lt;/h2&gt;&lt;p&gt;Offline workshops over artificiële intelligentie en data-ethiek, voor digitale begeleiders en de mensen die ze ontvangen.&lt;/p&gt;&lt;p&gt;Vrije software onder de GNU General Public License, versie 3 of later.&lt;/p&gt;&lt;p&gt;Je gegevens blijven op deze computer, in één bestand:&lt;br&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Mediatelier — welcome</source>
        <translation>Mediatelier — welkom</translation>
    </message>
    <message>
        <source>Mediatelier — welcome, %1</source>
        <translation>Mediatelier — welkom, %1</translation>
    </message>
    <message>
        <source>&amp;Hand over to a learner…</source>
        <translation>Aan een &amp;deelnemer overgeven…</translation>
    </message>
    <message>
        <source>&amp;Leave learner mode…</source>
        <translation>Deelnemersmodus &amp;verlaten…</translation>
    </message>
    <message>
        <source>Learner mode: only your own lessons and quizzes. Ctrl+Shift+L gives the computer back.</source>
        <translation>Deelnemersmodus: alleen je eigen lessen en quizzen. Met Ctrl+Shift+L geef je de computer terug.</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Back-ups…</translation>
    </message>
    <message>
        <source>Sign in as a l&amp;earner…</source>
        <translation>Aanmelden als d&amp;eelnemer…</translation>
    </message>
    <message>
        <source>Sign &amp;out and lock</source>
        <translation>Af&amp;melden en vergrendelen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <source>&amp;Larger interface (now %1 %)</source>
        <translation>&amp;Grotere interface (nu %1 %)</translation>
    </message>
    <message>
        <source>&amp;Smaller interface</source>
        <translation>&amp;Kleinere interface</translation>
    </message>
    <message>
        <source>&amp;Normal size (100 %)</source>
        <translation>&amp;Normale grootte (100 %)</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Hoog contrast</translation>
    </message>
    <message>
        <source>&amp;Privacy notice…</source>
        <translation>&amp;Privacyverklaring…</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Aangemeld: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>MatchingEditor</name>
    <message>
        <source>— choose —</source>
        <translation>— kies —</translation>
    </message>
</context>
<context>
    <name>ModuleCatalogueModel</name>
    <message>
        <source>Not started</source>
        <translation>Niet begonnen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Afgewerkt</translation>
    </message>
    <message>
        <source>%1 of %2 pages</source>
        <translation>%1 van %2 pagina&apos;s</translation>
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
        <translation>Beginner</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Gemiddeld</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Gevorderd</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Je vooruitgang</translation>
    </message>
</context>
<context>
    <name>ModuleLibrary</name>
    <message>
        <source>unknown glossary term: %1</source>
        <translation>onbekende term in de woordenlijst: %1</translation>
    </message>
    <message>
        <source>unknown module: %1</source>
        <translation>onbekende module: %1</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 bestaat niet.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to unpack %1.</source>
        <translation>Kan geen tijdelijke map aanmaken om %1 uit te pakken.</translation>
    </message>
    <message>
        <source>This module has faults and was not added:
%1</source>
        <translation>Deze module bevat fouten en is niet toegevoegd:
%1</translation>
    </message>
    <message>
        <source>The built-in module &quot;%1&quot; is already at version %2; a pack must have a higher version to replace it.</source>
        <translation>De ingebouwde module “%1” is al versie %2; een module moet een hogere versie hebben om ze te vervangen.</translation>
    </message>
    <message>
        <source>Cannot copy the module into %1.</source>
        <translation>Kan de module niet kopiëren naar %1.</translation>
    </message>
    <message>
        <source>Cannot install the module into %1.</source>
        <translation>Kan de module niet installeren in %1.</translation>
    </message>
    <message>
        <source>There is no added module &quot;%1&quot; (built-in modules cannot be removed).</source>
        <translation>Er is geen toegevoegde module “%1” (ingebouwde modules kunnen niet verwijderd worden).</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Kan %1 niet verwijderen.</translation>
    </message>
</context>
<context>
    <name>NextWordWidget</name>
    <message>
        <source>The model looked at how sentences begin in its texts, and drew “%1”.</source>
        <translation>Het model keek hoe zinnen in zijn teksten beginnen, en trok “%1”.</translation>
    </message>
    <message>
        <source>The model looked at what came after “%1” in its texts, and drew “%2”.</source>
        <translation>Het model keek wat er in zijn teksten na “%1” kwam, en trok “%2”.</translation>
    </message>
    <message>
        <source>The model never saw these words: it drew “%1” from the most frequent words.</source>
        <translation>Het model heeft deze woorden nooit gezien: het trok “%1” uit de meest voorkomende woorden.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>“%1”, chance %2 %, chosen</source>
        <translation>“%1”, kans %2 %, gekozen</translation>
    </message>
    <message>
        <source>“%1”, chance %2 %</source>
        <translation>“%1”, kans %2 %</translation>
    </message>
    <message>
        <source>&amp;Temperature: %1</source>
        <translation>&amp;Temperatuur: %1</translation>
    </message>
    <message>
        <source>Low: the model almost always takes the most likely word. The text is safe and repetitive.</source>
        <translation>Laag: het model neemt bijna altijd het meest waarschijnlijke woord. De tekst is voorspelbaar en herhaalt zich.</translation>
    </message>
    <message>
        <source>Medium: the model draws words by their chances, like a weighted lottery.</source>
        <translation>Middel: het model trekt woorden volgens hun kansen, zoals een loterij waarin sommige woorden meer lotjes hebben.</translation>
    </message>
    <message>
        <source>High: unlikely words get more chances. The text becomes surprising, then nonsense.</source>
        <translation>Hoog: onwaarschijnlijke woorden krijgen meer kansen. De tekst wordt verrassend, en dan onzin.</translation>
    </message>
    <message>
        <source>How a chatbot writes</source>
        <translation>Hoe een chatbot schrijft</translation>
    </message>
    <message>
        <source>&amp;Start of the sentence:</source>
        <translation>&amp;Begin van de zin:</translation>
    </message>
    <message>
        <source>Start of the sentence</source>
        <translation>Begin van de zin</translation>
    </message>
    <message>
        <source>&amp;Next word</source>
        <translation>&amp;Volgend woord</translation>
    </message>
    <message>
        <source>Adds one word (Enter)</source>
        <translation>Voegt één woord toe (Enter)</translation>
    </message>
    <message>
        <source>&amp;Write 20 words</source>
        <translation>20 woorden &amp;schrijven</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Opnieuw beginnen</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatuur</translation>
    </message>
    <message>
        <source>The words it hesitated between</source>
        <translation>De woorden waartussen het twijfelde</translation>
    </message>
    <message>
        <source>Fluent is not true: in the texts it learned from, the library opens at ten; the model only knows which words often follow “opens at”, so it may write nine or eight with the same confidence.</source>
        <translation>Vlot is niet hetzelfde als waar: in de teksten waaruit het leerde, gaat de bibliotheek om tien uur open; het model weet alleen welke woorden vaak na “open om” komen, dus het kan met evenveel zekerheid negen of acht schrijven.</translation>
    </message>
    <message>
        <source>What this shows</source>
        <translation>Wat dit laat zien</translation>
    </message>
    <message>
        <source>A chatbot writes one word at a time.
Each next word is drawn according to the chances it learned from texts.
The temperature changes how adventurous the draw is.
The result sounds right because it copies the way people write.
Nothing checks that the result is true.</source>
        <translation>Een chatbot schrijft één woord tegelijk.
Elk volgend woord wordt getrokken volgens de kansen die hij uit teksten leerde.
De temperatuur bepaalt hoe gewaagd de trekking is.
Het resultaat klinkt juist omdat het nabootst hoe mensen schrijven.
Niets controleert of het resultaat waar is.</translation>
    </message>
    <message>
        <source>What it simplifies</source>
        <translation>Wat het vereenvoudigt</translation>
    </message>
    <message>
        <source>This model looks at the last two words only; real chatbots look at thousands.
It learned from about 1,700 words; real ones learn from billions.
Real ones cut words into pieces and compute chances with a neural network.
Real ones are also trained to follow instructions and to refuse some requests.
But the principle is the same: the most plausible continuation, not the truth.</source>
        <translation>Dit model kijkt alleen naar de laatste twee woorden; echte chatbots kijken naar duizenden.
Het leerde uit ongeveer 1.700 woorden; echte chatbots leren uit miljarden.
Echte chatbots knippen woorden in stukjes en berekenen kansen met een neuraal netwerk.
Echte chatbots worden ook getraind om instructies te volgen en sommige vragen te weigeren.
Maar het principe is hetzelfde: het meest aannemelijke vervolg, niet de waarheid.</translation>
    </message>
</context>
<context>
    <name>OrderingEditor</name>
    <message>
        <source>Items to put in order</source>
        <translation>Elementen om in de juiste volgorde te zetten</translation>
    </message>
    <message>
        <source>Move up (Alt+↑)</source>
        <translation>Omhoog (Alt+↑)</translation>
    </message>
    <message>
        <source>Move down (Alt+↓)</source>
        <translation>Omlaag (Alt+↓)</translation>
    </message>
</context>
<context>
    <name>PackArchive</name>
    <message>
        <source>%1 is not a readable .zip archive.</source>
        <translation>%1 is geen leesbaar .zip-archief.</translation>
    </message>
    <message>
        <source>%1 holds too many files to be a content pack.</source>
        <translation>%1 bevat te veel bestanden om een module te zijn.</translation>
    </message>
    <message>
        <source>%1 is damaged (entry %2 cannot be read).</source>
        <translation>%1 is beschadigd (element %2 is onleesbaar).</translation>
    </message>
    <message>
        <source>%1 was refused: the entry &quot;%2&quot; would be written outside the pack folder.</source>
        <translation>%1 is geweigerd: het element “%2” zou buiten de map van de module geschreven worden.</translation>
    </message>
    <message>
        <source>%1 was refused: the entry &quot;%2&quot; is a symbolic link.</source>
        <translation>%1 is geweigerd: het element “%2” is een symbolische koppeling.</translation>
    </message>
    <message>
        <source>%1 is too large to be a content pack once unpacked.</source>
        <translation>%1 is uitgepakt te groot om een module te zijn.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kan de map %1 niet aanmaken.</translation>
    </message>
    <message>
        <source>Cannot unpack %1 from %2.</source>
        <translation>Kan %1 niet uitpakken uit %2.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2 cannot be unpacked).</source>
        <translation>%1 is beschadigd (%2 kan niet uitgepakt worden).</translation>
    </message>
</context>
<context>
    <name>PackLoader</name>
    <message>
        <source>module.json is missing</source>
        <translation>module.json ontbreekt</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>ongeldige JSON: %1</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; differs from the folder name &apos;%2&apos;</source>
        <translation>de id &apos;%1&apos; verschilt van de mapnaam &apos;%2&apos;</translation>
    </message>
    <message>
        <source>language &apos;%1&apos; is declared but its pages are absent (no %1/ folder)</source>
        <translation>de taal &apos;%1&apos; is opgegeven maar de pagina&apos;s ontbreken (geen map %1/)</translation>
    </message>
    <message>
        <source>page listed but missing: %1</source>
        <translation>pagina vermeld maar ontbrekend: %1</translation>
    </message>
    <message>
        <source>a page starts with a &apos;# &apos; heading, its title</source>
        <translation>een pagina begint met een titel &apos;# &apos;</translation>
    </message>
    <message>
        <source>facilitator guide missing: %1/%2</source>
        <translation>handleiding voor de begeleider ontbreekt: %1/%2</translation>
    </message>
    <message>
        <source>quiz file missing: %1</source>
        <translation>quizbestand ontbreekt: %1</translation>
    </message>
    <message>
        <source>the id must be lowercase letters, digits and dashes</source>
        <translation>de id mag alleen kleine letters, cijfers en streepjes bevatten</translation>
    </message>
    <message>
        <source>the version must be a whole number of at least 1</source>
        <translation>de versie moet een geheel getal zijn van minstens 1</translation>
    </message>
    <message>
        <source>at least one language is required</source>
        <translation>er is minstens één taal nodig</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos;</source>
        <translation>onbekende taal &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no learning objective in language &apos;%1&apos;</source>
        <translation>geen leerdoel in de taal &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the duration must be between 15 and 480 minutes</source>
        <translation>de duur moet tussen 15 en 480 minuten liggen</translation>
    </message>
    <message>
        <source>the level must be beginner, intermediate or advanced</source>
        <translation>het niveau moet beginner, intermediate of advanced zijn</translation>
    </message>
    <message>
        <source>page &apos;%1&apos; is listed twice</source>
        <translation>pagina &apos;%1&apos; staat twee keer in de lijst</translation>
    </message>
    <message>
        <source>at least one page is required</source>
        <translation>er is minstens één pagina nodig</translation>
    </message>
    <message>
        <source>glossary ids must be present and unique</source>
        <translation>de id&apos;s in de woordenlijst moeten aanwezig en uniek zijn</translation>
    </message>
    <message>
        <source>term or definition missing in language &apos;%1&apos;</source>
        <translation>term of definitie ontbreekt in de taal &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing text in language &apos;%1&apos;</source>
        <translation>tekst ontbreekt in de taal &apos;%1&apos;</translation>
    </message>
    <message>
        <source>image not found: %1</source>
        <translation>afbeelding niet gevonden: %1</translation>
    </message>
    <message>
        <source>unknown demonstration: %1</source>
        <translation>onbekende demonstratie: %1</translation>
    </message>
    <message>
        <source>link to a page that is not in the module: %1</source>
        <translation>link naar een pagina die niet in de module zit: %1</translation>
    </message>
</context>
<context>
    <name>PagedDocument</name>
    <message>
        <source>The document could not be written: the printer or file refused it.</source>
        <translation>Het document kon niet geschreven worden: de printer of het bestand weigerde het.</translation>
    </message>
    <message>
        <source>The document could not be written: the printer or file refused page %1.</source>
        <translation>Het document kon niet geschreven worden: de printer of het bestand weigerde pagina %1.</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>Pagina %1 / %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>A PDF cannot be drawn without Qt&apos;s graphical part (fonts): start a QGuiApplication.</source>
        <translation>Een PDF kan niet getekend worden zonder het grafische deel van Qt (lettertypen): start een QGuiApplication.</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be started.</source>
        <translation>Kan %1 niet schrijven: de PDF kon niet gestart worden.</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>Pagina %1 / %2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Pagina %1</translation>
    </message>
    <message>
        <source>Generated on %1 by Mediatelier</source>
        <translation>Gemaakt op %1 door Mediatelier</translation>
    </message>
    <message>
        <source>Cannot write %1: page %2 was refused.</source>
        <translation>Kan %1 niet schrijven: pagina %2 werd geweigerd.</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be completed.</source>
        <translation>Kan %1 niet schrijven: de PDF kon niet afgewerkt worden.</translation>
    </message>
</context>
<context>
    <name>PrivacyLog</name>
    <message>
        <source>Data exported</source>
        <translation>Gegevens geëxporteerd</translation>
    </message>
    <message>
        <source>Learner erased</source>
        <translation>Deelnemer gewist</translation>
    </message>
    <message>
        <source>Retention: inactive learners anonymised</source>
        <translation>Bewaartermijn: inactieve deelnemers geanonimiseerd</translation>
    </message>
    <message>
        <source>Record corrected</source>
        <translation>Fiche verbeterd</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Back-up teruggezet</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Back-up gemaakt</translation>
    </message>
</context>
<context>
    <name>PrivacyLogDialog</name>
    <message>
        <source>Privacy log</source>
        <translation>Privacylogboek</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Learners are named by their reference only: the log never holds a name.</source>
        <translation>Deelnemers staan er alleen met hun referentie in: het logboek bevat nooit een naam.</translation>
    </message>
</context>
<context>
    <name>PrivacyNoticeDialog</name>
    <message>
        <source>Privacy notice</source>
        <translation>Privacyverklaring</translation>
    </message>
    <message>
        <source>Notice &amp;language:</source>
        <translation>&amp;Taal van de verklaring:</translation>
    </message>
    <message>
        <source>Language of the notice</source>
        <translation>Taal van de verklaring</translation>
    </message>
    <message>
        <source>Version %1 of the wording. When a learner consents, record this version in their record (Learners → Edit… → Consent wording version). The organisation, its contact and the retention period come from Settings → Privacy.</source>
        <translation>Versie %1 van de tekst. Als een deelnemer toestemming geeft, noteer dan deze versie in de fiche (Deelnemers → Bewerken… → Versie van de toestemmingstekst). De organisatie, het contact en de bewaartermijn komen uit Instellingen → Privacy.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Opslaan als &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>privacy-notice</source>
        <comment>file name</comment>
        <translation>privacyverklaring</translation>
    </message>
    <message>
        <source>Save the privacy notice</source>
        <translation>De privacyverklaring opslaan</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Print the privacy notice</source>
        <translation>De privacyverklaring afdrukken</translation>
    </message>
</context>
<context>
    <name>PrivacySettingsBox</name>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Anonymise learners &amp;inactive for:</source>
        <translation>Deelnemers anon&amp;imiseren na een inactiviteit van:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>Months of inactivity before anonymisation (0: never)</source>
        <translation>Maanden inactiviteit vóór de anonimisering (0: nooit)</translation>
    </message>
    <message>
        <source>At start, Mediatelier lists the learners inactive for this long and offers to anonymise them.</source>
        <translation>Bij het opstarten toont Mediatelier de deelnemers die zo lang inactief zijn en stelt voor om ze te anonimiseren.</translation>
    </message>
    <message>
        <source>&amp;Organisation (in the privacy notice):</source>
        <translation>&amp;Organisatie (in de privacyverklaring):</translation>
    </message>
    <message>
        <source>e.g. Espace public numérique de Saint-Gilles</source>
        <translation>bv. Openbare Computerruimte Sint-Gillis</translation>
    </message>
    <message>
        <source>C&amp;ontact for privacy requests:</source>
        <translation>&amp;Contact voor privacyvragen:</translation>
    </message>
    <message>
        <source>address, phone or e-mail</source>
        <translation>adres, telefoon of e-mail</translation>
    </message>
    <message>
        <source>Privacy &amp;notice…</source>
        <translation>&amp;Privacyverklaring…</translation>
    </message>
    <message>
        <source>Privacy lo&amp;g…</source>
        <translation>Privacylogboe&amp;k…</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Mediatelier — projector</source>
        <translation>Mediatelier — projectie</translation>
    </message>
    <message>
        <source>Projected lesson page</source>
        <translation>Geprojecteerde lespagina</translation>
    </message>
    <message>
        <source>Mediatelier — facilitator notes</source>
        <translation>Mediatelier — notities voor de begeleider</translation>
    </message>
    <message>
        <source>Page %1 of %2: %3</source>
        <translation>Pagina %1 van %2: %3</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Volgende: %1</translation>
    </message>
</context>
<context>
    <name>QuizFormat</name>
    <message>
        <source>a list of questions is required</source>
        <translation>een lijst met vragen is verplicht</translation>
    </message>
    <message>
        <source>every question needs an id</source>
        <translation>elke vraag moet een id hebben</translation>
    </message>
    <message>
        <source>duplicate question id &apos;%1&apos;</source>
        <translation>dubbele vraag-id &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown question type &apos;%1&apos; (expected one of: %2)</source>
        <translation>onbekend vraagtype &apos;%1&apos; (verwacht: %2)</translation>
    </message>
    <message>
        <source>unknown quiz kind &apos;%1&apos; (expected pre, post or practice)</source>
        <translation>onbekende quizsoort &apos;%1&apos; (verwacht: pre, post of practice)</translation>
    </message>
    <message>
        <source>page &apos;%1&apos; is not in the module&apos;s page list</source>
        <translation>pagina &apos;%1&apos; staat niet in de paginalijst van de module</translation>
    </message>
    <message>
        <source>at least two options are required</source>
        <translation>er zijn minstens twee antwoordmogelijkheden nodig</translation>
    </message>
    <message>
        <source>exactly one option must be correct</source>
        <translation>precies één antwoord moet juist zijn</translation>
    </message>
    <message>
        <source>at least one option must be correct</source>
        <translation>minstens één antwoord moet juist zijn</translation>
    </message>
    <message>
        <source>option ids must be present and unique</source>
        <translation>de id&apos;s van de antwoorden moeten aanwezig en uniek zijn</translation>
    </message>
    <message>
        <source>a true/false question has exactly the options &apos;true&apos; and &apos;false&apos;</source>
        <translation>een waar/niet waar-vraag heeft precies de antwoorden &apos;true&apos; en &apos;false&apos;</translation>
    </message>
    <message>
        <source>at least two items are required</source>
        <translation>er zijn minstens twee elementen nodig</translation>
    </message>
    <message>
        <source>at least two pairs are required</source>
        <translation>er zijn minstens twee paren nodig</translation>
    </message>
    <message>
        <source>no accepted answer in language &apos;%1&apos;</source>
        <translation>geen aanvaard antwoord in de taal &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a numeric question needs a number as answer</source>
        <translation>een numerieke vraag verwacht een getal als antwoord</translation>
    </message>
    <message>
        <source>the tolerance cannot be negative</source>
        <translation>de foutmarge kan niet negatief zijn</translation>
    </message>
    <message>
        <source>missing text in language &apos;%1&apos;</source>
        <translation>tekst ontbreekt in de taal &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>QuizImport</name>
    <message>
        <source>&quot;%1&quot; is not a valid module id (lowercase letters, digits and dashes).</source>
        <translation>“%1” is geen geldige module-id (kleine letters, cijfers en streepjes).</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Kan %1 niet lezen.</translation>
    </message>
    <message>
        <source>%1:%2: %3 Nothing was imported.</source>
        <translation>%1:%2: %3 Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Cannot prepare the module %1 for the import.</source>
        <translation>Kan de module %1 niet voorbereiden op het importeren.</translation>
    </message>
    <message>
        <source>Cannot write the questions of %1.</source>
        <translation>Kan de vragen van %1 niet schrijven.</translation>
    </message>
    <message>
        <source>There is no module &quot;%1&quot;.</source>
        <translation>Er is geen module “%1”.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Kan %1 niet schrijven.</translation>
    </message>
</context>
<context>
    <name>QuizResultStore</name>
    <message>
        <source>There is no quiz attempt %1.</source>
        <translation>Er is geen quizpoging nr. %1.</translation>
    </message>
</context>
<context>
    <name>QuizReview</name>
    <message>
        <source>You scored %1 out of %2 (%3 %)</source>
        <translation>Je score: %1 op %2 (%3 %)</translation>
    </message>
    <message>
        <source>Thank you for your answers.</source>
        <translation>Bedankt voor je antwoorden.</translation>
    </message>
    <message>
        <source>(your opinion)</source>
        <translation>(je mening)</translation>
    </message>
    <message>
        <source>✓ right</source>
        <translation>✓ juist</translation>
    </message>
    <message>
        <source>◐ partly right</source>
        <translation>◐ gedeeltelijk juist</translation>
    </message>
    <message>
        <source>✗ to review</source>
        <translation>✗ nog eens bekijken</translation>
    </message>
    <message numerus="yes">
        <source>You were sure of %n answer(s) that were not right: read them again.</source>
        <translation>
            <numerusform>Je was zeker van %n antwoord dat niet juist was: lees het nog eens.</numerusform>
            <numerusform>Je was zeker van %n antwoorden die niet juist waren: lees ze nog eens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pages to read again:</source>
        <translation>Pagina&apos;s om opnieuw te lezen:</translation>
    </message>
    <message>
        <source>Read again: %1</source>
        <translation>Opnieuw lezen: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>← Quizzes</source>
        <translation>← Quizzen</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Je antwoorden</translation>
    </message>
</context>
<context>
    <name>QuizRunner</name>
    <message>
        <source>&lt;b style=&apos;color:#1b6e20&apos;&gt;Right!&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#1b6e20&apos;&gt;Juist!&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#8a5a00&apos;&gt;Partly right.&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#8a5a00&apos;&gt;Gedeeltelijk juist.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#8a1c1c&apos;&gt;Not quite.&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#8a1c1c&apos;&gt;Niet helemaal.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>You were sure: this is worth reading again.</source>
        <translation>Je was zeker: dit is de moeite waard om nog eens te lezen.</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← Vorige</translation>
    </message>
    <message>
        <source>Are you sure of your answer?</source>
        <translation>Ben je zeker van je antwoord?</translation>
    </message>
    <message>
        <source>I am &amp;sure</source>
        <translation>Ik weet het &amp;zeker</translation>
    </message>
    <message>
        <source>I am &amp;not sure</source>
        <translation>Ik weet het &amp;niet zeker</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Vraag %1 van %2</translation>
    </message>
    <message>
        <source>Check my answer (Enter)</source>
        <translation>Mijn antwoord controleren (Enter)</translation>
    </message>
    <message>
        <source>Finish (Enter)</source>
        <translation>Afronden (Enter)</translation>
    </message>
    <message>
        <source>Next (Enter) →</source>
        <translation>Volgende (Enter) →</translation>
    </message>
    <message>
        <source>The right answer: %1</source>
        <translation>Het juiste antwoord: %1</translation>
    </message>
</context>
<context>
    <name>QuizzesScreen</name>
    <message>
        <source>The answer was not saved</source>
        <translation>Het antwoord is niet opgeslagen</translation>
    </message>
    <message>
        <source>The quiz cannot start</source>
        <translation>De quiz kan niet beginnen</translation>
    </message>
    <message>
        <source>No questions</source>
        <translation>Geen vragen</translation>
    </message>
    <message>
        <source>This module has no questions for this quiz.</source>
        <translation>Deze module heeft geen vragen voor deze quiz.</translation>
    </message>
    <message>
        <source>Import questions from a GIFT file (Moodle)</source>
        <translation>Vragen importeren uit een GIFT-bestand (Moodle)</translation>
    </message>
    <message>
        <source>GIFT files (*.gift *.txt);;All files (*)</source>
        <translation>GIFT-bestanden (*.gift *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>The file cannot be imported</source>
        <translation>Het bestand kan niet geïmporteerd worden</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>regel %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) will be added to &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n vraag wordt toegevoegd aan “%1”.</numerusform>
            <numerusform>%n vragen worden toegevoegd aan “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out (Mediatelier cannot show them):</source>
        <translation>Weggelaten (Mediatelier kan ze niet tonen):</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Niets te importeren</translation>
    </message>
    <message>
        <source>Import the questions?</source>
        <translation>De vragen importeren?</translation>
    </message>
    <message>
        <source>Questions imported</source>
        <translation>Vragen geïmporteerd</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) imported. They are kept in your own copy of the module.</source>
        <translation>
            <numerusform>%n vraag geïmporteerd. Ze wordt bewaard in je eigen kopie van de module.</numerusform>
            <numerusform>%n vragen geïmporteerd. Ze worden bewaard in je eigen kopie van de module.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the questions as GIFT (Moodle)</source>
        <translation>De vragen exporteren als GIFT (Moodle)</translation>
    </message>
    <message>
        <source>GIFT files (*.gift)</source>
        <translation>GIFT-bestanden (*.gift)</translation>
    </message>
    <message>
        <source>The questions were not exported</source>
        <translation>De vragen zijn niet geëxporteerd</translation>
    </message>
    <message>
        <source>Questions exported</source>
        <translation>Vragen geëxporteerd</translation>
    </message>
    <message>
        <source>The questions were written to %1.</source>
        <translation>De vragen zijn geschreven naar %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) left out: GIFT cannot hold ordering questions or self-assessment statements.</source>
        <translation>
            <numerusform>%n vraag weggelaten: GIFT kan geen volgordevragen of zelfevaluatie-uitspraken bevatten.</numerusform>
            <numerusform>%n vragen weggelaten: GIFT kan geen volgordevragen of zelfevaluatie-uitspraken bevatten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Answering as a guest: nothing is recorded.</source>
        <translation>Je antwoordt als gast: er wordt niets opgeslagen.</translation>
    </message>
    <message>
        <source>Answering as %1: answers are recorded.</source>
        <translation>%1 antwoordt: de antwoorden worden opgeslagen.</translation>
    </message>
    <message>
        <source>Choose a learner to see their results.</source>
        <translation>Kies een deelnemer om zijn of haar resultaten te zien.</translation>
    </message>
    <message>
        <source>Results of %1, before and after each module</source>
        <translation>Resultaten van %1, voor en na elke module</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Module:</translation>
    </message>
    <message>
        <source>&amp;Quiz:</source>
        <translation>&amp;Quiz:</translation>
    </message>
    <message>
        <source>&amp;Feedback:</source>
        <translation>&amp;Feedback:</translation>
    </message>
    <message>
        <source>Before the module (what I already know)</source>
        <translation>Voor de module (wat ik al weet)</translation>
    </message>
    <message>
        <source>After the module (what I learned)</source>
        <translation>Na de module (wat ik geleerd heb)</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Oefening</translation>
    </message>
    <message>
        <source>After each question</source>
        <translation>Na elke vraag</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>Op het einde</translation>
    </message>
    <message>
        <source>Ask &quot;Are you sure?&quot; after each answer</source>
        <translation>Na elk antwoord vragen “Ben je zeker?”</translation>
    </message>
    <message>
        <source>&amp;Start the quiz</source>
        <translation>Quiz &amp;starten</translation>
    </message>
    <message>
        <source>Change learner…</source>
        <translation>Andere deelnemer kiezen…</translation>
    </message>
    <message>
        <source>Import questions (GIFT)…</source>
        <translation>Vragen importeren (GIFT)…</translation>
    </message>
    <message>
        <source>Export questions (GIFT)…</source>
        <translation>Vragen exporteren (GIFT)…</translation>
    </message>
    <message>
        <source>Group mode…</source>
        <translation>Groepsmodus…</translation>
    </message>
    <message>
        <source>Project a question and count raised hands: no names on screen.</source>
        <translation>Een vraag projecteren en opgestoken handen tellen: geen namen op het scherm.</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Vooruitgang</translation>
    </message>
    <message>
        <source>Results before and after each module</source>
        <translation>Resultaten voor en na elke module</translation>
    </message>
    <message>
        <source>Quizzes</source>
        <translation>Quizzen</translation>
    </message>
    <message>
        <source>None (not during a workshop)</source>
        <translation>Geen (buiten een workshop)</translation>
    </message>
    <message>
        <source>During &amp;workshop:</source>
        <translation>Tijdens &amp;workshop:</translation>
    </message>
    <message>
        <source>Group results…</source>
        <translation>Groepsresultaten…</translation>
    </message>
    <message>
        <source>A workshop&apos;s results as a group: average, spread, and what to explain again.</source>
        <translation>De resultaten van een workshop voor de hele groep: gemiddelde, spreiding, en wat je opnieuw moet uitleggen.</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>Van de lijst &amp;halen</translation>
    </message>
    <message>
        <source>&amp;Undo last change (Ctrl+Z)</source>
        <translation>Laatste wijziging &amp;ongedaan maken (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Import a CSV file…</source>
        <translation>Een CSV-bestand &amp;importeren…</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Inschrijvingen</translation>
    </message>
    <message>
        <source>Type a few letters of the name, then Enter</source>
        <translation>Typ een paar letters van de naam en druk dan op Enter</translation>
    </message>
    <message>
        <source>Find a person to register</source>
        <translation>Een persoon zoeken om in te schrijven</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Gevonden personen</translation>
    </message>
    <message>
        <source>Registered people</source>
        <translation>Ingeschreven personen</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Re&amp;gistered:</source>
        <translation>In&amp;geschreven:</translation>
    </message>
    <message>
        <source>Registrations — %1, %2</source>
        <translation>Inschrijvingen — %1, %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 registered for %2 places</source>
        <translation>%1 ingeschreven voor %2 plaatsen</translation>
    </message>
    <message>
        <source>%1 registered (no limit)</source>
        <translation>%1 ingeschreven (geen limiet)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add «%1» as a new person</source>
        <translation>“%1” toevoegen als nieuwe persoon</translation>
    </message>
    <message>
        <source>Registered, but the workshop is now over its capacity.</source>
        <translation>Ingeschreven, maar de workshop heeft nu meer mensen dan plaatsen.</translation>
    </message>
    <message>
        <source>Registered.</source>
        <translation>Ingeschreven.</translation>
    </message>
    <message>
        <source>Taken off the list. Ctrl+Z puts them back.</source>
        <translation>Van de lijst gehaald. Met Ctrl+Z zet je de persoon terug.</translation>
    </message>
    <message>
        <source>The last change was undone.</source>
        <translation>De laatste wijziging is ongedaan gemaakt.</translation>
    </message>
    <message>
        <source>Import registrations from a CSV file</source>
        <translation>Inschrijvingen importeren uit een CSV-bestand</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>The file cannot be imported</source>
        <translation>Het bestand kan niet geïmporteerd worden</translation>
    </message>
    <message>
        <source>%1 new people will be created and %2 people already known will be registered.</source>
        <translation>Nieuwe personen om aan te maken: %1. Al bekende personen om in te schrijven: %2.</translation>
    </message>
    <message>
        <source>Register these people?</source>
        <translation>Deze personen inschrijven?</translation>
    </message>
    <message>
        <source>%1 people registered from the file (%2 were already on the list).</source>
        <translation>Personen ingeschreven uit het bestand: %1 (stonden al op de lijst: %2).</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>--from and --to need ISO dates, e.g. 2026-03-01.</source>
        <translation>--from en --to vragen ISO-datums, bv. 2026-03-01.</translation>
    </message>
    <message>
        <source>--to (%1) comes before --from (%2).</source>
        <translation>--to (%1) valt vóór --from (%2).</translation>
    </message>
    <message>
        <source>There is no site &quot;%1&quot;.</source>
        <translation>Er is geen locatie “%1”.</translation>
    </message>
    <message>
        <source>There is no facilitator &quot;%1&quot;.</source>
        <translation>Er is geen begeleider “%1”.</translation>
    </message>
    <message>
        <source>Years of history (default 10).</source>
        <translation>Jaren geschiedenis (standaard 10).</translation>
    </message>
    <message>
        <source>Number of sites (default 50).</source>
        <translation>Aantal locaties (standaard 50).</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same data.</source>
        <translation>Startwaarde voor het toeval: dezelfde startwaarde geeft dezelfde gegevens.</translation>
    </message>
    <message>
        <source>Last day of the history (default yesterday).</source>
        <translation>Laatste dag van de geschiedenis (standaard gisteren).</translation>
    </message>
    <message>
        <source>Add to a database that already holds workshops.</source>
        <translation>Toevoegen aan een database die al workshops bevat.</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Uitvoerformaat: text of json.</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli demo [--years 1-50] [--sites 1-1000] [--seed S] [--until DATE] [--force]</source>
        <translation>Gebruik: mediatelier-cli demo [--years 1-50] [--sites 1-1000] [--seed S] [--until DATUM] [--force]</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %n workshop(s): demo data would mix with real records. Use another file, or --force.</source>
        <translation>
            <numerusform>%1 bevat al %n workshop: de demogegevens zouden zich vermengen met echte gegevens. Gebruik een ander bestand, of --force.</numerusform>
            <numerusform>%1 bevat al %n workshops: de demogegevens zouden zich vermengen met echte gegevens. Gebruik een ander bestand, of --force.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated in %1: %2 sites, %3 facilitators, %4 learners, %5 workshops, %6 attendance rows, %7 quiz attempts, %8 quiz answers.</source>
        <translation>Gegenereerd in %1: %2 locaties, %3 begeleiders, %4 deelnemers, %5 workshops, %6 aanwezigheidsrijen, %7 quizpogingen, %8 quizantwoorden.</translation>
    </message>
    <message>
        <source>First day (ISO date).</source>
        <translation>Eerste dag (ISO-datum).</translation>
    </message>
    <message>
        <source>Last day, included (ISO date).</source>
        <translation>Laatste dag, inbegrepen (ISO-datum).</translation>
    </message>
    <message>
        <source>One site: its id, UUID or name.</source>
        <translation>Eén locatie: de id, UUID of naam.</translation>
    </message>
    <message>
        <source>CSV separator (default: &apos;;&apos; in French, &apos;,&apos; otherwise).</source>
        <translation>CSV-scheidingsteken (standaard: &apos;;&apos; in het Frans, anders &apos;,&apos;).</translation>
    </message>
    <message>
        <source>One facilitator: id, UUID or name.</source>
        <translation>Eén begeleider: id, UUID of naam.</translation>
    </message>
    <message>
        <source>Only workshops covering this module.</source>
        <translation>Alleen workshops over deze module.</translation>
    </message>
    <message>
        <source>Stable pseudonyms instead of names; postcode areas only.</source>
        <translation>Vaste pseudoniemen in plaats van namen; alleen postcodezones.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Het bestand om te schrijven.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>%n rij geschreven naar %1</numerusform>
            <numerusform>%n rijen geschreven naar %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Output format: text, json, csv or pdf.</source>
        <translation>Uitvoerformaat: text, json, csv of pdf.</translation>
    </message>
    <message>
        <source>Write the CSV (with a BOM for spreadsheets) or the PDF to this file.</source>
        <translation>Schrijft de CSV (met een BOM voor rekenbladen) of de PDF naar dit bestand.</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli report summary --from DATE --to DATE [--site S] [--format text|json|csv|pdf] [--separator C] [-o FILE] (pdf needs -o FILE)</source>
        <translation>Gebruik: mediatelier-cli report summary --from DATUM --to DATUM [--site S] [--format text|json|csv|pdf] [--separator C] [-o BESTAND] (pdf vraagt -o BESTAND)</translation>
    </message>
    <message>
        <source>Summary written to %1</source>
        <translation>Overzicht geschreven naar %1</translation>
    </message>
    <message>
        <source>csv, xlsx or pdf.</source>
        <translation>csv, xlsx of pdf.</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli attendance export --from DATE --to DATE [--site S] [--facilitator F] [--module ID] [--pseudonymise] --format csv|xlsx|pdf [--separator C] -o FILE</source>
        <translation>Gebruik: mediatelier-cli attendance export --from DATUM --to DATUM [--site S] [--facilitator F] [--module ID] [--pseudonymise] --format csv|xlsx|pdf [--separator C] -o BESTAND</translation>
    </message>
</context>
<context>
    <name>ReportFilter</name>
    <message>
        <source>the start</source>
        <translation>het begin</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Periode: van %1 tot %2</translation>
    </message>
    <message>
        <source>all sites</source>
        <translation>alle locaties</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Locatie: %1</translation>
    </message>
    <message>
        <source>all facilitators</source>
        <translation>alle begeleiders</translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation>Begeleider: %1</translation>
    </message>
    <message>
        <source>Module: %1</source>
        <translation>Module: %1</translation>
    </message>
    <message>
        <source>all modules</source>
        <translation>alle modules</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>All sites</source>
        <translation>Alle locaties</translation>
    </message>
    <message>
        <source>All facilitators</source>
        <translation>Alle begeleiders</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Alle modules</translation>
    </message>
    <message>
        <source>Save the funder summary</source>
        <translation>Het overzicht voor de financiers opslaan</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Summary saved to %1.</source>
        <translation>Overzicht opgeslagen in %1.</translation>
    </message>
    <message>
        <source>Export the attendance</source>
        <translation>De aanwezigheden exporteren</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the attendance…</source>
        <translation>Aanwezigheden exporteren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Exporting the attendance… %1 rows</source>
        <translation>Aanwezigheden exporteren… %1 rijen</translation>
    </message>
    <message>
        <source>%1 rows exported to %2.</source>
        <translation>%1 rijen geëxporteerd naar %2.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Tot:</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>&amp;Locatie:</translation>
    </message>
    <message>
        <source>Funder summary (counts only, no names)</source>
        <translation>Overzicht voor de financiers (alleen cijfers, geen namen)</translation>
    </message>
    <message>
        <source>Save the summary as CSV…</source>
        <translation>Het overzicht opslaan als CSV…</translation>
    </message>
    <message>
        <source>Attendance export: one row per person per workshop</source>
        <translation>Export van de aanwezigheden: één rij per persoon per workshop</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Bestandsformaat</translation>
    </message>
    <message>
        <source>&amp;Pseudonymise (no names or contacts)</source>
        <translation>&amp;Pseudonimiseren (geen namen of contactgegevens)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>Funder summary</source>
        <translation>Overzicht voor de financiers</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Summary and e&amp;xports</source>
        <translation>Overzicht en e&amp;xports</translation>
    </message>
    <message>
        <source>Save the summary as PDF…</source>
        <translation>Het overzicht opslaan als PDF…</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention of personal data</source>
        <translation>Bewaring van persoonsgegevens</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n person(s) have not come to a workshop, read a lesson or taken a quiz for %1 months or more&lt;/b&gt; (not since %2).&lt;/p&gt;&lt;p&gt;Under your retention policy, their names, contact details and notes should now be erased. Their attendance and quiz results stay, as anonymous counts, so that earlier reports still add up. This cannot be undone.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n persoon is al %1 maanden of langer niet meer naar een workshop gekomen, heeft geen les gelezen en geen quiz gedaan&lt;/b&gt; (niet meer sinds %2).&lt;/p&gt;&lt;p&gt;Volgens je bewaartermijn moeten de naam, de contactgegevens en de notities nu gewist worden. De aanwezigheden en quizresultaten blijven, als anonieme cijfers, zodat eerdere rapporten blijven kloppen. Dit kan niet ongedaan gemaakt worden.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n personen zijn al %1 maanden of langer niet meer naar een workshop gekomen, hebben geen les gelezen en geen quiz gedaan&lt;/b&gt; (niet meer sinds %2).&lt;/p&gt;&lt;p&gt;Volgens je bewaartermijn moeten hun namen, contactgegevens en notities nu gewist worden. Hun aanwezigheden en quizresultaten blijven, als anonieme cijfers, zodat eerdere rapporten blijven kloppen. Dit kan niet ongedaan gemaakt worden.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Laatste activiteit</translation>
    </message>
    <message>
        <source>People who would be anonymised</source>
        <translation>Personen die geanonimiseerd zouden worden</translation>
    </message>
    <message>
        <source>The period is set in Settings → Privacy. “Later” asks again at the next start.</source>
        <translation>De termijn stel je in bij Instellingen → Privacy. “Later” vraagt het opnieuw bij de volgende start.</translation>
    </message>
    <message>
        <source>&amp;Anonymise now</source>
        <translation>Nu &amp;anonimiseren</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>Nobody was anonymised: %1</source>
        <translation>Niemand is geanonimiseerd: %1</translation>
    </message>
</context>
<context>
    <name>ScaleEditor</name>
    <message>
        <source>1 — Not at all</source>
        <translation>1 — Helemaal niet</translation>
    </message>
    <message>
        <source>2 — A little</source>
        <translation>2 — Een beetje</translation>
    </message>
    <message>
        <source>3 — Somewhat</source>
        <translation>3 — Enigszins</translation>
    </message>
    <message>
        <source>4 — Mostly</source>
        <translation>4 — Grotendeels</translation>
    </message>
    <message>
        <source>5 — Completely</source>
        <translation>5 — Helemaal</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Taal van de interface:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Taal van de interface</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>No site</source>
        <translation>Geen locatie</translation>
    </message>
    <message>
        <source>No facilitator</source>
        <translation>Geen begeleider</translation>
    </message>
    <message>
        <source>Current &amp;site:</source>
        <translation>Huidige &amp;locatie:</translation>
    </message>
    <message>
        <source>Current site</source>
        <translation>Huidige locatie</translation>
    </message>
    <message>
        <source>S&amp;ites…</source>
        <translation>Loc&amp;aties…</translation>
    </message>
    <message>
        <source>Manage sites</source>
        <translation>Locaties beheren</translation>
    </message>
    <message>
        <source>Current &amp;facilitator:</source>
        <translation>Huidige &amp;begeleider:</translation>
    </message>
    <message>
        <source>Current facilitator</source>
        <translation>Huidige begeleider</translation>
    </message>
    <message>
        <source>F&amp;acilitators…</source>
        <translation>Be&amp;geleiders…</translation>
    </message>
    <message>
        <source>Manage facilitators</source>
        <translation>Begeleiders beheren</translation>
    </message>
    <message>
        <source>New workshops start with the current site and facilitator.</source>
        <translation>Nieuwe workshops krijgen de huidige locatie en begeleider.</translation>
    </message>
</context>
<context>
    <name>SignInSheet</name>
    <message>
        <source>Sign-in sheet</source>
        <translation>Aanwezigheidslijst</translation>
    </message>
    <message>
        <source>Attendance summary</source>
        <translation>Overzicht van de aanwezigheden</translation>
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
            <numerusform>%n u</numerusform>
            <numerusform>%n u</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 u %2 min</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>van %1 tot %2 (%3)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Zaal</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Totalen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Came (present or late)</source>
        <translation>Gekomen (aanwezig of te laat)</translation>
    </message>
    <message>
        <source>Checked in at</source>
        <translation>Aangekomen om</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation>Begeleider: %1</translation>
    </message>
    <message>
        <source>Date: ____ / ____ / ________</source>
        <translation>Datum: ____ / ____ / ________</translation>
    </message>
    <message>
        <source>Signature: ____________________________________</source>
        <translation>Handtekening: ____________________________________</translation>
    </message>
    <message>
        <source>By signing, I confirm I attended this workshop.</source>
        <translation>Met mijn handtekening bevestig ik dat ik aan deze workshop heb deelgenomen.</translation>
    </message>
    <message>
        <source>sign-in-sheet</source>
        <comment>file name</comment>
        <translation>aanwezigheidslijst</translation>
    </message>
    <message>
        <source>attendance-summary</source>
        <comment>file name</comment>
        <translation>overzicht-aanwezigheden</translation>
    </message>
</context>
<context>
    <name>SignInSheetActions</name>
    <message>
        <source>Save the sign-in sheet as PDF…</source>
        <translation>Aanwezigheidslijst opslaan als PDF…</translation>
    </message>
    <message>
        <source>Print the sign-in sheet…</source>
        <translation>Aanwezigheidslijst afdrukken…</translation>
    </message>
    <message>
        <source>Save the attendance summary as PDF…</source>
        <translation>Overzicht van de aanwezigheden opslaan als PDF…</translation>
    </message>
    <message>
        <source>Print the attendance summary…</source>
        <translation>Overzicht van de aanwezigheden afdrukken…</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Aanwezigheidslijst</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Print the sign-in sheet</source>
        <translation>Aanwezigheidslijst afdrukken</translation>
    </message>
    <message>
        <source>Print the attendance summary</source>
        <translation>Overzicht van de aanwezigheden afdrukken</translation>
    </message>
</context>
<context>
    <name>SignInSheetDialog</name>
    <message>
        <source>Sign-in sheet and attendance summary</source>
        <translation>Aanwezigheidslijst en overzicht van de aanwezigheden</translation>
    </message>
    <message>
        <source>Before the workshop: the sheet people sign at the door.</source>
        <translation>Voor de workshop: de lijst die mensen aan de ingang tekenen.</translation>
    </message>
    <message>
        <source>&amp;Blank rows for walk-ins:</source>
        <translation>&amp;Lege rijen voor niet-ingeschreven personen:</translation>
    </message>
    <message>
        <source>After the workshop: who came, with the facilitator&apos;s signature line.</source>
        <translation>Na de workshop: wie er kwam, met een regel voor de handtekening van de begeleider.</translation>
    </message>
    <message>
        <source>&amp;Save the sign-in sheet as PDF…</source>
        <translation>Aanwezigheidslijst &amp;opslaan als PDF…</translation>
    </message>
    <message>
        <source>&amp;Print the sign-in sheet…</source>
        <translation>Aanwezigheidslijst &amp;afdrukken…</translation>
    </message>
    <message>
        <source>Save the &amp;summary as PDF…</source>
        <translation>Over&amp;zicht opslaan als PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint the summary…</source>
        <translation>Overzicht af&amp;drukken…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
</context>
<context>
    <name>SimilarWordsWidget</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Type a job, even with mistakes: “aide soigante”, “devlopeur”, “cuisinié”…</source>
        <translation>Typ een beroep in het Engels, ook met fouten: “care asistant”, “web devloper”, “electrisian”…</translation>
    </message>
    <message>
        <source>%1 — similarity %2 %</source>
        <translation>%1 — gelijkenis %2 %</translation>
    </message>
    <message>
        <source>%1 — similarity %2 % — letters in common: %3</source>
        <translation>%1 — gelijkenis %2 % — gemeenschappelijke letters: %3</translation>
    </message>
    <message>
        <source>The lessons contain no word close to “%1”.</source>
        <translation>De lessen bevatten geen woord dat op “%1” lijkt.</translation>
    </message>
    <message>
        <source>they share the letters %1 and both appear next to %2</source>
        <translation>ze hebben de letters %1 gemeen en staan allebei naast %2</translation>
    </message>
    <message>
        <source>they share the letters %1</source>
        <translation>ze hebben de letters %1 gemeen</translation>
    </message>
    <message>
        <source>both appear next to %1</source>
        <translation>ze staan allebei naast %1</translation>
    </message>
    <message>
        <source>In the lessons, the closest word to “%1” is “%2”: %3.</source>
        <translation>In de lessen is “%2” het woord dat het meest op “%1” lijkt: %3.</translation>
    </message>
    <message>
        <source>In the lessons, the closest word to “%1” is “%2”: %3. Then come %4.</source>
        <translation>In de lessen is “%2” het woord dat het meest op “%1” lijkt: %3. Daarna komen %4.</translation>
    </message>
    <message numerus="yes">
        <source>Map of %n word(s): nearby dots are words with similar vectors.</source>
        <translation>
            <numerusform>Kaart van %n woord: punten dicht bij elkaar zijn woorden met gelijkaardige vectoren.</numerusform>
            <numerusform>Kaart van %n woorden: punten dicht bij elkaar zijn woorden met gelijkaardige vectoren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Similar words</source>
        <translation>Verwante woorden</translation>
    </message>
    <message>
        <source>&amp;Search for a job:</source>
        <translation>Een beroep &amp;zoeken:</translation>
    </message>
    <message>
        <source>Search for a job</source>
        <translation>Een beroep zoeken</translation>
    </message>
    <message>
        <source>e.g. aide soigante</source>
        <translation>bv. care asistant</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Opnieuw beginnen</translation>
    </message>
    <message>
        <source>Closest jobs</source>
        <translation>Meest verwante beroepen</translation>
    </message>
    <message>
        <source>Map of the words (close dots = similar vectors)</source>
        <translation>Kaart van de woorden (punten dicht bij elkaar = gelijkaardige vectoren)</translation>
    </message>
    <message>
        <source>Map of the words</source>
        <translation>Kaart van de woorden</translation>
    </message>
    <message>
        <source>What this shows</source>
        <translation>Wat dit laat zien</translation>
    </message>
    <message>
        <source>The computer turns each word into a list of numbers: a vector.
Here the numbers count groups of three to five letters, and the words found around it in the lessons.
Words with similar vectors are close: the search finds a job despite a typo.
The map squeezes thousands of numbers into two, so that we can see it.
The computer does not understand the words; it compares numbers.</source>
        <translation>De computer zet elk woord om in een lijst getallen: een vector.
Hier tellen de getallen groepjes van drie tot vijf letters, en de woorden die er in de lessen rond staan.
Woorden met gelijkaardige vectoren liggen dicht bij elkaar: de zoekfunctie vindt een beroep ondanks een tikfout.
De kaart perst duizenden getallen samen tot twee, zodat we ze kunnen zien.
De computer begrijpt de woorden niet; hij vergelijkt getallen.</translation>
    </message>
    <message>
        <source>What it simplifies</source>
        <translation>Wat het vereenvoudigt</translation>
    </message>
    <message>
        <source>Real systems learn their vectors from billions of sentences, not from a few lessons.
Their vectors also capture meaning: “nurse” near “care assistant”. Ours mostly capture spelling.
Letter groups can mislead: “cuisine” is close to “cuisinier”, yet it is not a job.
The vectors also copy the biases of the texts they come from.
A 2-D map always distorts some distances.</source>
        <translation>Echte systemen leren hun vectoren uit miljarden zinnen, niet uit een paar lessen.
Hun vectoren vangen ook de betekenis: “verpleegkundige” dicht bij “zorgkundige”. De onze vangen vooral de spelling.
Lettergroepen kunnen misleiden: “bakkerij” ligt dicht bij “bakker”, en toch is het geen beroep.
De vectoren nemen ook de vooroordelen over van de teksten waar ze vandaan komen.
Een kaart in 2D vervormt altijd sommige afstanden.</translation>
    </message>
</context>
<context>
    <name>SiteStore</name>
    <message>
        <source>A site needs a name.</source>
        <translation>Een locatie moet een naam hebben.</translation>
    </message>
    <message>
        <source>There is already a site called &quot;%1&quot;.</source>
        <translation>Er bestaat al een locatie met de naam “%1”.</translation>
    </message>
    <message>
        <source>There is no site %1.</source>
        <translation>Er is geen locatie nr. %1.</translation>
    </message>
</context>
<context>
    <name>SitesDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Be&amp;werken…</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <source>&amp;Sites where workshops take place:</source>
        <translation>&amp;Locaties waar workshops plaatsvinden:</translation>
    </message>
    <message>
        <source>Add a site</source>
        <translation>Een locatie toevoegen</translation>
    </message>
    <message>
        <source>Edit the site</source>
        <translation>De locatie bewerken</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Edit site</source>
        <translation>Locatie bewerken</translation>
    </message>
    <message>
        <source>New site</source>
        <translation>Nieuwe locatie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dres:</translation>
    </message>
</context>
<context>
    <name>SqlStatement</name>
    <message>
        <source>The database refused an operation: %1</source>
        <translation>De database weigerde een bewerking: %1</translation>
    </message>
</context>
<context>
    <name>StaffAccountDialog</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Staff password used until now</source>
        <translation>Teamwachtwoord dat tot nu toe gebruikt werd</translation>
    </message>
    <message>
        <source>&amp;Staff password used until now:</source>
        <translation>&amp;Teamwachtwoord tot nu toe:</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Huidig wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Huidig wachtwoord:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <source>New password, again</source>
        <translation>Nieuw wachtwoord, nog een keer</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nieuw wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>Nog &amp;een keer:</translation>
    </message>
    <message>
        <source>Welcome to Mediatelier</source>
        <translation>Welkom bij Mediatelier</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Create the coordinator account.&lt;/b&gt; This database has no staff account yet.&lt;/p&gt;&lt;p&gt;The coordinator manages the other staff accounts, sees the reports and exports, and can take the computer back from a learner. Only staff who sign in see learners&apos; names.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Maak het account van de coördinator aan.&lt;/b&gt; Deze database heeft nog geen teamaccount.&lt;/p&gt;&lt;p&gt;De coördinator beheert de andere teamaccounts, ziet de rapporten en exports, en kan de computer terugnemen van een deelnemer. Alleen teamleden die zich aanmelden, zien de namen van de deelnemers.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This computer had one shared staff password for leaving learner mode. Type it once more to show that you are staff; it is then replaced by your account.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Deze computer had één gedeeld teamwachtwoord om de deelnemersmodus te verlaten. Typ het nog één keer om te tonen dat je bij het team hoort; daarna wordt het vervangen door je account.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Create the account</source>
        <translation>Account &amp;aanmaken</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <source>New staff account</source>
        <translation>Nieuw teamaccount</translation>
    </message>
    <message>
        <source>Facilitators run workshops and see learners; coordinators also manage accounts and see reports and exports. Give the person their login and password privately.</source>
        <translation>Begeleiders geven workshops en zien de deelnemers; coördinatoren beheren ook de accounts en zien de rapporten en exports. Geef de persoon de gebruikersnaam en het wachtwoord onder vier ogen.</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>Een wachtwoord resetten</translation>
    </message>
    <message>
        <source>New password for %1 (%2). Tell it to them privately; they can change it afterwards.</source>
        <translation>Nieuw wachtwoord voor %1 (%2). Geef het onder vier ogen door; de persoon kan het daarna wijzigen.</translation>
    </message>
    <message>
        <source>&amp;Set the password</source>
        <translation>Wachtwoord &amp;instellen</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Mijn wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Aangemeld als %1 (%2).</translation>
    </message>
    <message>
        <source>&amp;Change the password</source>
        <translation>Wachtwoord &amp;wijzigen</translation>
    </message>
    <message>
        <source>A password of at least 8 characters with letters: a few words are easier to remember than a code, and much harder to guess.</source>
        <translation>Een wachtwoord van minstens 8 tekens met letters: een paar woorden zijn makkelijker te onthouden dan een code, en veel moeilijker te raden.</translation>
    </message>
    <message>
        <source>A password of at least 8 characters, or a PIN of at least 6 digits.</source>
        <translation>Een wachtwoord van minstens 8 tekens, of een pincode van minstens 6 cijfers.</translation>
    </message>
    <message>
        <source>This is not the staff password used on this computer until now.</source>
        <translation>Dit is niet het teamwachtwoord dat tot nu toe op deze computer gebruikt werd.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De twee wachtwoorden zijn verschillend.</translation>
    </message>
</context>
<context>
    <name>StaffAccounts</name>
    <message numerus="yes">
        <source>A coordinator needs a password with letters, not a PIN: it also unlocks the exports of personal data. Use at least %n characters; a few words are easier to remember.</source>
        <translation>
            <numerusform>Een coördinator heeft een wachtwoord met letters nodig, geen pincode: het geeft ook toegang tot de exports van persoonsgegevens. Gebruik minstens %n teken; een paar woorden zijn makkelijker te onthouden.</numerusform>
            <numerusform>Een coördinator heeft een wachtwoord met letters nodig, geen pincode: het geeft ook toegang tot de exports van persoonsgegevens. Gebruik minstens %n tekens; een paar woorden zijn makkelijker te onthouden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A PIN needs at least %n digits.</source>
        <translation>
            <numerusform>Een pincode moet minstens %n cijfer hebben.</numerusform>
            <numerusform>Een pincode moet minstens %n cijfers hebben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n characters; a few words are easier to remember than a code.</source>
        <translation>
            <numerusform>Een wachtwoord moet minstens %n teken hebben; een paar woorden zijn makkelijker te onthouden dan een code.</numerusform>
            <numerusform>Een wachtwoord moet minstens %n tekens hebben; een paar woorden zijn makkelijker te onthouden dan een code.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n characters (or choose a PIN of at least 6 digits).</source>
        <translation>
            <numerusform>Een wachtwoord moet minstens %n teken hebben (of kies een pincode van minstens 6 cijfers).</numerusform>
            <numerusform>Een wachtwoord moet minstens %n tekens hebben (of kies een pincode van minstens 6 cijfers).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A password can have at most %n characters.</source>
        <translation>
            <numerusform>Een wachtwoord mag hoogstens %n teken hebben.</numerusform>
            <numerusform>Een wachtwoord mag hoogstens %n tekens hebben.</numerusform>
        </translation>
    </message>
    <message>
        <source>A repeated or running sequence (such as 000000 or 123456) is the first thing anyone tries. Choose another one.</source>
        <translation>Een herhaalde of opeenvolgende reeks (zoals 000000 of 123456) is het eerste wat iedereen probeert. Kies een andere.</translation>
    </message>
    <message>
        <source>The password must not be the login.</source>
        <translation>Het wachtwoord mag niet de gebruikersnaam zijn.</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <source>A login has 2 to 64 letters, digits, dots, dashes or underscores, without spaces.</source>
        <translation>Een gebruikersnaam heeft 2 tot 64 letters, cijfers, punten, streepjes of underscores, zonder spaties.</translation>
    </message>
    <message>
        <source>A staff account needs the person&apos;s name.</source>
        <translation>Een teamaccount moet de naam van de persoon hebben.</translation>
    </message>
    <message>
        <source>The password could not be protected (not enough memory). Nothing was saved.</source>
        <translation>Het wachtwoord kon niet beveiligd worden (niet genoeg geheugen). Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Create a coordinator account first: a coordinator manages the other accounts.</source>
        <translation>Maak eerst een coördinatoraccount aan: een coördinator beheert de andere accounts.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is already taken.</source>
        <translation>De gebruikersnaam “%1” is al in gebruik.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Te veel foute pogingen. Probeer opnieuw over %n seconde.</numerusform>
            <numerusform>Te veel foute pogingen. Probeer opnieuw over %n seconden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong login or password. Try again in %n second(s).</source>
        <translation>
            <numerusform>Foute gebruikersnaam of wachtwoord. Probeer opnieuw over %n seconde.</numerusform>
            <numerusform>Foute gebruikersnaam of wachtwoord. Probeer opnieuw over %n seconden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Foute gebruikersnaam of wachtwoord.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled. Ask a coordinator.</source>
        <translation>Het account “%1” is gedeactiveerd. Vraag het aan een coördinator.</translation>
    </message>
    <message>
        <source>This is not the password of an active coordinator account.</source>
        <translation>Dit is niet het wachtwoord van een actief coördinatoraccount.</translation>
    </message>
    <message>
        <source>The password could not be protected (not enough memory). Nothing was changed.</source>
        <translation>Het wachtwoord kon niet beveiligd worden (niet genoeg geheugen). Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Het huidige wachtwoord is niet juist.</translation>
    </message>
    <message>
        <source>%1 is the last active coordinator. Add another coordinator before disabling this account.</source>
        <translation>%1 is de laatste actieve coördinator. Voeg een andere coördinator toe voordat je dit account deactiveert.</translation>
    </message>
    <message>
        <source>There is no staff account %1.</source>
        <translation>Er is geen teamaccount nr. %1.</translation>
    </message>
    <message>
        <source>There is no staff account with the login &quot;%1&quot;.</source>
        <translation>Er is geen teamaccount met de gebruikersnaam “%1”.</translation>
    </message>
</context>
<context>
    <name>StaffAccountsPanel</name>
    <message>
        <source>Disabled since %1</source>
        <translation>Gedeactiveerd sinds %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>Acti&amp;veren</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deactiveren</translation>
    </message>
    <message>
        <source>Account created. Give the person their login and password privately.</source>
        <translation>Account aangemaakt. Geef de persoon de gebruikersnaam en het wachtwoord onder vier ogen.</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>Het wachtwoord van %1 is gewijzigd.</translation>
    </message>
    <message>
        <source>Disable an account</source>
        <translation>Een account deactiveren</translation>
    </message>
    <message>
        <source>Disable the account of %1? They will no longer be able to sign in. Their name stays in the history; you can enable the account again.</source>
        <translation>Het account van %1 deactiveren? Deze persoon kan zich dan niet meer aanmelden. De naam blijft in de geschiedenis; je kunt het account later opnieuw activeren.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Je wachtwoord is gewijzigd.</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Teamaccounts</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Je account</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2, %3).</source>
        <translation>Aangemeld als %1 (%2, %3).</translation>
    </message>
    <message>
        <source>C&amp;hange my password…</source>
        <translation>Mijn wachtwoord &amp;wijzigen…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Nieuw account…</translation>
    </message>
    <message>
        <source>&amp;Reset the password…</source>
        <translation>Wachtwoord &amp;resetten…</translation>
    </message>
    <message>
        <source>Return to &amp;learner mode after this long without use:</source>
        <translation>Terug naar de deelnemers&amp;modus na zoveel tijd zonder gebruik:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>Minutes without use before learner mode</source>
        <translation>Minuten zonder gebruik vóór de deelnemersmodus</translation>
    </message>
</context>
<context>
    <name>StaffSignInDialog</name>
    <message>
        <source>Staff sign-in</source>
        <translation>Aanmelden voor het team</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation>Wachtwoord of pincode</translation>
    </message>
    <message>
        <source>Only staff members can leave learner mode. Sign in with your own login.</source>
        <translation>Alleen teamleden kunnen de deelnemersmodus verlaten. Meld je aan met je eigen gebruikersnaam.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>&amp;Password or PIN:</source>
        <translation>&amp;Wachtwoord of pincode:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Aanmelden</translation>
    </message>
</context>
<context>
    <name>SummaryExport</name>
    <message>
        <source>the start</source>
        <translation>het begin</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>Summary from %1 to %2, all sites</source>
        <translation>Overzicht voor de financiers, periode %1 – %2, alle locaties</translation>
    </message>
    <message>
        <source>Summary from %1 to %2, site %3</source>
        <translation>Overzicht voor de financiers, periode %1 – %2, locatie: %3</translation>
    </message>
    <message>
        <source>Workshops held: %1</source>
        <translation>Gehouden workshops: %1</translation>
    </message>
    <message>
        <source>Hours delivered: %1</source>
        <translation>Workshopuren: %1</translation>
    </message>
    <message>
        <source>People reached: %1 (new: %2)</source>
        <translation>Bereikte personen: %1 (nieuw: %2)</translation>
    </message>
    <message>
        <source>Attendances (present or late): %1</source>
        <translation>Aanwezigheden (op tijd of te laat): %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persoon</numerusform>
            <numerusform>%n personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance(s)</source>
        <translation>
            <numerusform>%n aanwezigheid</numerusform>
            <numerusform>%n aanwezigheden</numerusform>
        </translation>
    </message>
    <message>
        <source>By age band</source>
        <translation>Per leeftijdsgroep</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>Per gender</translation>
    </message>
    <message>
        <source>By postcode area</source>
        <translation>Per postcodezone</translation>
    </message>
    <message>
        <source>Modules covered</source>
        <translation>Behandelde modules</translation>
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
        <translation>Quiz voor/na (deelnemers die beide gedaan hebben)</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2 % (%3 points), %n learner(s)</source>
        <translation>
            <numerusform>%1 → %2 % (%3 punten), %n deelnemer</numerusform>
            <numerusform>%1 → %2 % (%3 punten), %n deelnemers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPdf</name>
    <message>
        <source>How these figures are counted: a workshop is held unless it was cancelled; hours add up the workshops at which at least one person was present or late; each person is counted once however often they came; new people came for the first time ever (at this site, when one is chosen) during the period; the before/after gain compares the latest quiz taken before and after a module by the learners who took both during the period. Counts only: no names.</source>
        <translation>Hoe deze cijfers geteld worden: een workshop is gehouden tenzij hij geannuleerd werd; de uren tellen de workshops op waarop minstens één persoon aanwezig of te laat was; elke persoon wordt één keer geteld, hoe vaak die ook kwam; nieuwe personen kwamen tijdens de periode voor het eerst (naar deze locatie, als er een gekozen is); de vooruitgang voor/na vergelijkt de laatste quiz vóór en na een module bij de deelnemers die tijdens de periode beide gedaan hebben. Alleen cijfers: geen namen.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>workshops held</source>
        <translation>gehouden workshops</translation>
    </message>
    <message>
        <source>hours delivered</source>
        <translation>workshopuren</translation>
    </message>
    <message>
        <source>people reached</source>
        <translation>bereikte personen</translation>
    </message>
    <message>
        <source>new people</source>
        <translation>nieuwe personen</translation>
    </message>
    <message>
        <source>attendances (present or late)</source>
        <translation>aanwezigheden (op tijd of te laat)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>Aanwezigheden</translation>
    </message>
    <message>
        <source>Attendance by age band</source>
        <translation>Aanwezigheden per leeftijdsgroep</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Leeftijdsgroep</translation>
    </message>
    <message>
        <source>Attendance by gender</source>
        <translation>Aanwezigheden per gender</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Attendance by postcode area</source>
        <translation>Aanwezigheden per postcodezone</translation>
    </message>
    <message>
        <source>Postcode area</source>
        <translation>Postcodezone</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Modules covered</source>
        <translation>Behandelde modules</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Before/after quiz gains (learners who took both)</source>
        <translation>Vooruitgang in de quiz voor/na (deelnemers die beide gedaan hebben)</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Vooruitgang</translation>
    </message>
    <message>
        <source>Gain in points</source>
        <translation>Vooruitgang in punten</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 punten</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Niets in deze periode.</translation>
    </message>
    <message>
        <source>Funder summary</source>
        <translation>Overzicht voor de financiers</translation>
    </message>
    <message>
        <source>Counts only, no names</source>
        <translation>Alleen cijfers, geen namen</translation>
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
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Chart: share of raised hands per option, in percent</source>
        <translation>Grafiek: deel van de opgestoken handen per antwoord, in procent</translation>
    </message>
    <message>
        <source>The same figures are in the table below the chart.</source>
        <translation>Dezelfde cijfers staan in de tabel onder de grafiek.</translation>
    </message>
    <message>
        <source>Raised hands per option</source>
        <translation>Opgestoken handen per antwoord</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Handen</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Deel</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Juist</translation>
    </message>
</context>
<context>
    <name>TeachTheMachineWidget</name>
    <message>
        <source>Teach the machine: scam or not?</source>
        <translation>Leer de machine iets: oplichting of niet?</translation>
    </message>
    <message>
        <source>Scam  [S]</source>
        <translation>Oplichting  [S]</translation>
    </message>
    <message>
        <source>Not a scam  [N]</source>
        <translation>Geen oplichting  [N]</translation>
    </message>
    <message>
        <source>Mix up 30 % of the labels</source>
        <translation>30 % van de labels door elkaar halen</translation>
    </message>
    <message>
        <source>Label the rest correctly</source>
        <translation>De rest juist labelen</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Opnieuw beginnen</translation>
    </message>
    <message>
        <source>Label this message as a scam</source>
        <translation>Dit bericht labelen als oplichting</translation>
    </message>
    <message>
        <source>Label this message as not a scam</source>
        <translation>Dit bericht labelen als geen oplichting</translation>
    </message>
    <message>
        <source>Mix up 30 percent of the labels given so far</source>
        <translation>30 procent van de labels die tot nu toe gegeven zijn door elkaar halen</translation>
    </message>
    <message>
        <source>Label all remaining messages correctly</source>
        <translation>Alle overblijvende berichten juist labelen</translation>
    </message>
    <message>
        <source>Reset the demonstration</source>
        <translation>De demonstratie opnieuw beginnen</translation>
    </message>
    <message>
        <source>Message to label</source>
        <translation>Bericht om te labelen</translation>
    </message>
    <message>
        <source>The machine&apos;s guess</source>
        <translation>Wat de machine denkt</translation>
    </message>
    <message>
        <source>Words that weighed most</source>
        <translation>De woorden die het zwaarst doorwogen</translation>
    </message>
    <message>
        <source>Accuracy on messages never seen</source>
        <translation>Slaagpercentage op berichten die ze nooit zag</translation>
    </message>
    <message>
        <source>Labels given so far</source>
        <translation>Labels die tot nu toe gegeven zijn</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Vooruitgang</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>What this shows</source>
        <translation>Wat dit laat zien</translation>
    </message>
    <message>
        <source>The machine learns only from the examples the group labels: nobody writes rules for it.</source>
        <translation>De machine leert alleen van de voorbeelden die de groep labelt: niemand schrijft regels voor haar.</translation>
    </message>
    <message>
        <source>It counts which words come up in scams and which in normal messages, and weighs them.</source>
        <translation>Ze telt welke woorden in oplichting voorkomen en welke in gewone berichten, en geeft ze een gewicht.</translation>
    </message>
    <message>
        <source>Its confidence is a calculation, not understanding: a normal message about a parcel can look like a scam.</source>
        <translation>Haar zekerheid is een berekening, geen begrip: een gewoon bericht over een pakje kan op oplichting lijken.</translation>
    </message>
    <message>
        <source>Wrong labels teach it wrong lessons: its accuracy falls.</source>
        <translation>Foute labels leren haar foute lessen: haar slaagpercentage daalt.</translation>
    </message>
    <message>
        <source>Accuracy is measured on messages it has never seen, as a fair test should be.</source>
        <translation>Het slaagpercentage wordt gemeten op berichten die ze nooit gezien heeft, zoals bij een eerlijke test.</translation>
    </message>
    <message>
        <source>What it simplifies</source>
        <translation>Wat het vereenvoudigt</translation>
    </message>
    <message>
        <source>Real filters learn from millions of messages, not forty.</source>
        <translation>Echte filters leren uit miljoenen berichten, niet uit veertig.</translation>
    </message>
    <message>
        <source>It looks at single words only, not their order, the sender or the link.</source>
        <translation>Ze kijkt alleen naar losse woorden, niet naar hun volgorde, de afzender of de link.</translation>
    </message>
    <message>
        <source>It ignores every word it has never seen.</source>
        <translation>Ze negeert elk woord dat ze nooit gezien heeft.</translation>
    </message>
    <message>
        <source>Scammers change their wording to get past filters; this machine never relearns by itself.</source>
        <translation>Oplichters veranderen hun woorden om langs de filters te raken; deze machine leert nooit uit zichzelf opnieuw.</translation>
    </message>
    <message>
        <source>A good score on a test does not mean no mistakes on your own phone.</source>
        <translation>Een goede score op een test betekent niet dat er geen fouten gebeuren op je eigen telefoon.</translation>
    </message>
    <message>
        <source>→ scam</source>
        <translation>→ oplichting</translation>
    </message>
    <message>
        <source>→ not a scam</source>
        <translation>→ geen oplichting</translation>
    </message>
    <message>
        <source>No word of this message was in the examples: the machine only goes by how often each label was given.</source>
        <translation>Geen enkel woord van dit bericht stond in de voorbeelden: de machine gaat alleen af op hoe vaak elk label gegeven werd.</translation>
    </message>
    <message>
        <source>Words that weighed most: %1</source>
        <translation>De woorden die het zwaarst doorwogen: %1</translation>
    </message>
    <message numerus="yes">
        <source>All %n messages are labelled.</source>
        <translation>
            <numerusform>%n bericht gelabeld: er blijft er geen meer over.</numerusform>
            <numerusform>Alle %n berichten zijn gelabeld.</numerusform>
        </translation>
    </message>
    <message>
        <source>No more messages. Mix up some labels to see what happens, or reset.</source>
        <translation>Geen berichten meer. Haal een paar labels door elkaar om te zien wat er gebeurt, of begin opnieuw.</translation>
    </message>
    <message>
        <source>Message %1 of %2 — the group decides, then presses S or N.</source>
        <translation>Bericht %1 van %2 — de groep beslist en drukt dan op S (oplichting) of N (niet).</translation>
    </message>
    <message>
        <source>The machine is still learning: it guesses after %1 labels, with both kinds.</source>
        <translation>De machine is nog aan het leren: ze geeft haar mening na %1 labels, van beide soorten.</translation>
    </message>
    <message numerus="yes">
        <source>Accuracy on %n messages it has never seen: not yet measured</source>
        <translation>
            <numerusform>Slaagpercentage op %n bericht dat ze nooit zag: nog niet gemeten</numerusform>
            <numerusform>Slaagpercentage op %n berichten die ze nooit zag: nog niet gemeten</numerusform>
        </translation>
    </message>
    <message>
        <source>Scam</source>
        <translation>Oplichting</translation>
    </message>
    <message>
        <source>Not a scam</source>
        <translation>Geen oplichting</translation>
    </message>
    <message>
        <source>The machine thinks: &lt;span style=&quot;color:%1&quot;&gt;%2&lt;/span&gt; — %3 % sure</source>
        <translation>De machine denkt: &lt;span style=&quot;color:%1&quot;&gt;%2&lt;/span&gt; — %3 % zeker</translation>
    </message>
    <message numerus="yes">
        <source>Accuracy on %n messages it has never seen: %1 %</source>
        <translation>
            <numerusform>Slaagpercentage op %n bericht dat ze nooit zag: %1 %</numerusform>
            <numerusform>Slaagpercentage op %n berichten die ze nooit zag: %1 %</numerusform>
        </translation>
    </message>
    <message>
        <source>Labels given so far: %1, of which %2 say &quot;scam&quot;.</source>
        <translation>Labels tot nu toe: %1, waarvan %2 “oplichting”.</translation>
    </message>
    <message>
        <source>Mixed up on purpose: %1.</source>
        <translation>Met opzet door elkaar gehaald: %1.</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The transaction was already closed.</source>
        <translation>De transactie was al afgesloten.</translation>
    </message>
</context>
<context>
    <name>WorkshopEditDialog</name>
    <message>
        <source>Edit workshop</source>
        <translation>Workshop bewerken</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Nieuwe workshop</translation>
    </message>
</context>
<context>
    <name>WorkshopForm</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>No site</source>
        <translation>Geen locatie</translation>
    </message>
    <message>
        <source>e.g. Room 2, first floor</source>
        <translation>bv. zaal 2, eerste verdieping</translation>
    </message>
    <message>
        <source>No facilitator</source>
        <translation>Geen begeleider</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Geen limiet</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>In groep</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individueel</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Begin:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duur:</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>&amp;Locatie:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Zaal:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>Be&amp;geleider:</translation>
    </message>
    <message>
        <source>&amp;Modules covered:</source>
        <translation>Behandelde &amp;modules:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>Aantal &amp;plaatsen:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Vorm:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notities:</translation>
    </message>
    <message>
        <source>Space ticks or unticks a module.</source>
        <translation>Met de spatiebalk vink je een module aan of uit.</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactief)</translation>
    </message>
</context>
<context>
    <name>WorkshopSeries</name>
    <message>
        <source>A series has between 1 and %1 sessions.</source>
        <translation>Een reeks heeft tussen 1 en %1 sessies.</translation>
    </message>
    <message>
        <source>Sessions of a series are between 1 and %1 days apart.</source>
        <translation>De sessies van een reeks liggen 1 tot %1 dagen uit elkaar.</translation>
    </message>
</context>
<context>
    <name>WorkshopSeriesDialog</name>
    <message>
        <source>New series of workshops</source>
        <translation>Nieuwe reeks workshops</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Elke week</translation>
    </message>
    <message>
        <source>Every N days</source>
        <translation>Om de N dagen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Herhalen:</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Herhalen</translation>
    </message>
    <message>
        <source>E&amp;very:</source>
        <translation>&amp;Om de:</translation>
    </message>
    <message>
        <source>Days between sessions</source>
        <translation>Dagen tussen de sessies</translation>
    </message>
    <message>
        <source>Number of s&amp;essions:</source>
        <translation>&amp;Aantal sessies:</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>Aantal sessies</translation>
    </message>
    <message>
        <source>Sessions planned:</source>
        <translation>Geplande sessies:</translation>
    </message>
    <message>
        <source>Dates of the sessions</source>
        <translation>Data van de sessies</translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation>Herhaling</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>date, time</comment>
        <translation>%1 om %2</translation>
    </message>
</context>
<context>
    <name>WorkshopStore</name>
    <message>
        <source>A workshop needs a title.</source>
        <translation>Een workshop moet een titel hebben.</translation>
    </message>
    <message>
        <source>A workshop needs a start date and time.</source>
        <translation>Een workshop moet een begindatum en -uur hebben.</translation>
    </message>
    <message>
        <source>A workshop lasts at least one minute.</source>
        <translation>Een workshop duurt minstens één minuut.</translation>
    </message>
    <message>
        <source>There is no workshop %1.</source>
        <translation>Er is geen workshop nr. %1.</translation>
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
        <translation>geen limiet</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>GEANNULEERD</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>individueel</translation>
    </message>
    <message>
        <source>collective</source>
        <translation>in groep</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Ingeschreven</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>WorkshopsScreen</name>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactief)</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle locaties</translation>
    </message>
    <message>
        <source>All facilitators</source>
        <translation>Alle begeleiders</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Alle modules</translation>
    </message>
    <message>
        <source>The workshops cannot be read: %1</source>
        <translation>Kan de workshops niet lezen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s), %1 cancelled</source>
        <translation>
            <numerusform>%n workshop, waarvan %1 geannuleerd</numerusform>
            <numerusform>%n workshops, waarvan %1 geannuleerd</numerusform>
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
        <translation>Workshop he&amp;rstellen</translation>
    </message>
    <message>
        <source>&amp;Cancel workshop</source>
        <translation>Workshop &amp;annuleren</translation>
    </message>
    <message>
        <source>Reinstate workshop</source>
        <translation>Workshop herstellen</translation>
    </message>
    <message>
        <source>Cancel workshop</source>
        <translation>Workshop annuleren</translation>
    </message>
    <message>
        <source>Edit workshop</source>
        <translation>Workshop bewerken</translation>
    </message>
    <message>
        <source>Duplicate workshop</source>
        <translation>Workshop dupliceren</translation>
    </message>
    <message>
        <source>Copy created one week later; Edit… changes its date.</source>
        <translation>Kopie een week later aangemaakt; met Bewerken… verander je de datum.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>date, time</comment>
        <translation>%1 om %2</translation>
    </message>
    <message>
        <source>Cancel &quot;%1&quot; on %2?
It stays in the list, marked cancelled; its registrations are kept.</source>
        <translation>“%1” van %2 annuleren?
De workshop blijft in de lijst, gemarkeerd als geannuleerd; de inschrijvingen worden bewaard.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) planned.</source>
        <translation>
            <numerusform>%n sessie gepland.</numerusform>
            <numerusform>%n sessies gepland.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>← Pre&amp;vious</source>
        <translation>← &amp;Vorige</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorige periode</translation>
    </message>
    <message>
        <source>Ne&amp;xt →</source>
        <translation>Vol&amp;gende →</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Volgende periode</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Van&amp;daag</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>Terug naar vandaag</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>&amp;Locatie:</translation>
    </message>
    <message>
        <source>Site filter</source>
        <translation>Filter op locatie</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Begeleider:</translation>
    </message>
    <message>
        <source>Facilitator filter</source>
        <translation>Filter op begeleider</translation>
    </message>
    <message>
        <source>M&amp;odule:</source>
        <translation>&amp;Module:</translation>
    </message>
    <message>
        <source>Module filter</source>
        <translation>Filter op module</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wanneer:</translation>
    </message>
    <message>
        <source>Upcoming or past</source>
        <translation>Komend of voorbij</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Komende</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Voorbije</translation>
    </message>
    <message>
        <source>Show c&amp;ancelled</source>
        <translation>Geannuleerde &amp;tonen</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Nieuwe workshop</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bewerk&amp;en…</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>Dupli&amp;ceren</translation>
    </message>
    <message>
        <source>Duplicate workshop one week later</source>
        <translation>Workshop een week later dupliceren</translation>
    </message>
    <message>
        <source>New &amp;series…</source>
        <translation>Nieuwe reek&amp;s…</translation>
    </message>
    <message>
        <source>New series of workshops</source>
        <translation>Nieuwe reeks workshops</translation>
    </message>
    <message>
        <source>Chec&amp;k-in…</source>
        <translation>&amp;Onthaal…</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Onthaal</translation>
    </message>
    <message>
        <source>Sign-in s&amp;heet…</source>
        <translation>Aanwezig&amp;heidslijst…</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Aanwezigheidslijst</translation>
    </message>
    <message>
        <source>Re&amp;gistrations…</source>
        <translation>&amp;Inschrijvingen…</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Inschrijvingen</translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>Kan %1 niet schrijven.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The database file to open.</source>
        <translation>Het databasebestand om te openen.</translation>
    </message>
    <message>
        <source>A lesson to open at start: MODULE or MODULE/PAGE.</source>
        <translation>Een les om bij het opstarten te openen: MODULE of MODULE/PAGINA.</translation>
    </message>
    <message>
        <source>Interface language (%1).</source>
        <translation>Taal van de interface (%1).</translation>
    </message>
    <message>
        <source>Print the milliseconds until the window is first painted, then quit (benchmarks).</source>
        <translation>Toont het aantal milliseconden tot het venster voor het eerst getekend is en sluit dan af (prestatiemetingen).</translation>
    </message>
    <message>
        <source>The database file to open (like --database).</source>
        <translation>Het databasebestand om te openen (zoals --database).</translation>
    </message>
</context>
</TS>
