<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AppController</name>
    <message>
        <source>File already exists</source>
        <translation>Ce fichier existe déjà</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new name.</source>
        <translation>%1 existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Mediatelier cannot open this database</source>
        <translation>Mediatelier ne peut pas ouvrir cette base de données</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: mediatelier-cli [--database FILE] [--lang fr|en] COMMAND [ARGS]</source>
        <translation>Utilisation : mediatelier-cli [--database FICHIER] [--lang fr|en] COMMANDE [ARGUMENTS]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>the database file (else $MEDIATELIER_DATABASE, else the default file)</source>
        <translation>le fichier de base de données (sinon $MEDIATELIER_DATABASE, sinon le fichier par défaut)</translation>
    </message>
    <message>
        <source>language of messages</source>
        <translation>langue des messages</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 2 usage error, 3 bad input, 4 storage error.</source>
        <translation>Codes de sortie : 0 terminé, 2 erreur d'utilisation, 3 donnée incorrecte, 4 erreur d'enregistrement.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Option inconnue : %1</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Commande inconnue : %1</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>create or upgrade the database; print its path and schema version</source>
        <translation>crée ou met à jour la base ; affiche son chemin et sa version de schéma</translation>
    </message>
    <message>
        <source>integrity, foreign keys, schema version; exit 0 only when sound</source>
        <translation>intégrité, clés étrangères, version du schéma ; code 0 seulement si tout va bien</translation>
    </message>
    <message>
        <source>consistent copy, safe while the window has the file open</source>
        <translation>copie cohérente, sûre même quand la fenêtre a le fichier ouvert</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Version du schéma : %1</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Format de sortie : text ou json.</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Intégrité : %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>Foreign keys: %1</source>
        <translation>Clés étrangères : %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (expected %2)</source>
        <translation>Version du schéma : %1 (attendue : %2)</translation>
    </message>
    <message>
        <source>Where to write the copy.</source>
        <translation>Où écrire la copie.</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli backup FILE</source>
        <translation>Utilisation : mediatelier-cli backup FICHIER</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Sauvegarde écrite dans %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a Mediatelier database.</source>
        <translation>%1 est un dossier, pas une base de données Mediatelier.</translation>
    </message>
    <message>
        <source>%1 is not a Mediatelier database (it is not an SQLite file). It was left untouched.</source>
        <translation>%1 n'est pas une base de données Mediatelier (ce n'est pas un fichier SQLite). Il n'a pas été modifié.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>La base de données %1 n'existe pas.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Impossible de créer le dossier %1 pour la base de données.</translation>
    </message>
    <message>
        <source>Cannot write to %1: the folder or the file is read-only. Choose another place.</source>
        <translation>Impossible d'écrire dans %1 : le dossier ou le fichier est en lecture seule. Choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>%1 is already open in another Mediatelier window. Use that window, or close it first.</source>
        <translation>%1 est déjà ouvert dans une autre fenêtre de Mediatelier. Utilisez cette fenêtre, ou fermez-la d'abord.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d'ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>Impossible de préparer %1 : %2</translation>
    </message>
    <message>
        <source>Cannot upgrade %1: %2</source>
        <translation>Impossible de mettre à jour %1 : %2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). It was left untouched.</source>
        <translation>%1 est endommagé et illisible (%2). Il n'a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Mediatelier (data version %2; this program knows up to %3). Update Mediatelier to open it. The file was left untouched.</source>
        <translation>%1 a été écrit par une version plus récente de Mediatelier (version des données %2 ; ce programme connaît jusqu'à la version %3). Mettez Mediatelier à jour pour l'ouvrir. Le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is damaged (the integrity check failed). It was left untouched; restore a backup or create a new file.</source>
        <translation>%1 est endommagé (la vérification d'intégrité a échoué). Il n'a pas été modifié ; restaurez une sauvegarde ou créez un nouveau fichier.</translation>
    </message>
    <message>
        <source>Integrity check: %1</source>
        <translation>Vérification d'intégrité : %1</translation>
    </message>
    <message>
        <source>Integrity check could not run: %1</source>
        <translation>La vérification d'intégrité n'a pas pu être lancée : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) point to records that do not exist.</source>
        <translation><numerusform>%n ligne renvoie à un enregistrement qui n'existe pas.</numerusform><numerusform>%n lignes renvoient à des enregistrements qui n'existent pas.</numerusform></translation>
    </message>
    <message>
        <source>Foreign key check could not run: %1</source>
        <translation>La vérification des clés étrangères n'a pas pu être lancée : %1</translation>
    </message>
    <message>
        <source>Data version %1, expected %2.</source>
        <translation>Version des données %1, attendue : %2.</translation>
    </message>
    <message>
        <source>The backup cannot replace the database itself.</source>
        <translation>La sauvegarde ne peut pas remplacer la base de données elle-même.</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Impossible de remplacer %1.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>Impossible d'écrire la sauvegarde %1 : %2</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <source>Mediatelier cannot open this database</source>
        <translation>Mediatelier ne peut pas ouvrir cette base de données</translation>
    </message>
    <message>
        <source>Nothing was changed in that file. What would you like to do?</source>
        <translation>Rien n'a été modifié dans ce fichier. Que voulez-vous faire ?</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Ouvrir un autre fichier…</translation>
    </message>
    <message>
        <source>Create a new file…</source>
        <translation>Créer un nouveau fichier…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Open a Mediatelier database</source>
        <translation>Ouvrir une base de données Mediatelier</translation>
    </message>
    <message>
        <source>Create a Mediatelier database</source>
        <translation>Créer une base de données Mediatelier</translation>
    </message>
</context>
<context>
    <name>LearnerStore</name>
    <message>
        <source>A learner needs a display name.</source>
        <translation>Un participant doit avoir un nom d'affichage.</translation>
    </message>
    <message>
        <source>There is no learner %1.</source>
        <translation>Il n'y a pas de participant n° %1.</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open another database…</source>
        <translation>&amp;Ouvrir une autre base de données…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Mediatelier</source>
        <translation>À &amp;propos de Mediatelier</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>About Mediatelier</source>
        <translation>À propos de Mediatelier</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Mediatelier %1&lt;/h2&gt;&lt;p&gt;Offline workshops on artificial intelligence and data ethics, for digital mediators and the people they welcome.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Your data stays on this computer, in one file:&lt;br&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Mediatelier %1&lt;/h2&gt;&lt;p&gt;Des ateliers hors ligne sur l'intelligence artificielle et l'éthique des données, pour les médiateurs et médiatrices numériques et les personnes qu'ils accueillent.&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;&lt;p&gt;Vos données restent sur cet ordinateur, dans un seul fichier :&lt;br&gt;%2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PlaceholderScreen</name>
    <message>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message>
        <source>Quizzes</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>The lesson modules will appear here.</source>
        <translation>Les modules de leçons apparaîtront ici.</translation>
    </message>
    <message>
        <source>Quizzes before and after each module will appear here.</source>
        <translation>Les quiz avant et après chaque module apparaîtront ici.</translation>
    </message>
    <message>
        <source>Planning workshops, checking people in and printing sign-in sheets will happen here.</source>
        <translation>C'est ici que vous planifierez les ateliers, noterez les présences et imprimerez les feuilles d'émargement.</translation>
    </message>
    <message>
        <source>The list of learners, with search and privacy tools, will appear here.</source>
        <translation>La liste des participants, avec la recherche et les outils de protection de la vie privée, apparaîtra ici.</translation>
    </message>
    <message>
        <source>Attendance and results reports for coordinators will appear here.</source>
        <translation>Les rapports de présence et de résultats pour les coordinateurs apparaîtront ici.</translation>
    </message>
    <message>
        <source>This part of Mediatelier is not ready yet.</source>
        <translation>Cette partie de Mediatelier n'est pas encore prête.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l'interface :</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l'interface</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>SqlStatement</name>
    <message>
        <source>The database refused an operation: %1</source>
        <translation>La base de données a refusé une opération : %1</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The transaction was already closed.</source>
        <translation>La transaction était déjà fermée.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The database file to open.</source>
        <translation>Le fichier de base de données à ouvrir.</translation>
    </message>
    <message>
        <source>Interface language (fr, en).</source>
        <translation>Langue de l'interface (fr, en).</translation>
    </message>
</context>
</TS>