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
    <name>ChoiceEditor</name>
    <message>
        <source>True</source>
        <translation>Vrai</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Faux</translation>
    </message>
    <message>
        <source>Several answers may be right: tick every one you think is right.</source>
        <translation>Plusieurs réponses peuvent être justes : cochez toutes celles qui vous semblent justes.</translation>
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
    <message>
        <source>id, version, languages, title, page and question counts of every pack</source>
        <translation>identifiant, version, langues, titre, nombre de pages et de questions de chaque module</translation>
    </message>
    <message>
        <source>validate packs; exit 3 on a broken one (file:line: what)</source>
        <translation>vérifie des modules ; code 3 si l'un est défectueux (fichier:ligne: problème)</translation>
    </message>
    <message>
        <source>install a pack from a folder or a .zip</source>
        <translation>installe un module depuis un dossier ou un .zip</translation>
    </message>
    <message>
        <source>remove an added pack</source>
        <translation>retire un module ajouté</translation>
    </message>
    <message>
        <source>search the lessons (typo-tolerant): module, page, passage</source>
        <translation>cherche dans les leçons (tolère les fautes) : module, page, passage</translation>
    </message>
    <message>
        <source>import Moodle GIFT questions into a module (a user pack)</source>
        <translation>importe des questions Moodle GIFT dans un module (module utilisateur)</translation>
    </message>
    <message>
        <source>write a module's quiz as Moodle GIFT</source>
        <translation>écrit le quiz d'un module au format Moodle GIFT</translation>
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
        <translation>DÉFECTUEUX : %1</translation>
    </message>
    <message>
        <source>Pack folders or .zip files.</source>
        <translation>Dossiers de modules ou fichiers .zip.</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli modules validate PATH...</source>
        <translation>Utilisation : mediatelier-cli modules validate CHEMIN...</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid (%2, %n page(s))</source>
        <translation>
            <numerusform>%1 : valide (%2, %n page)</numerusform>
            <numerusform>%1 : valide (%2, %n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>A pack folder or a .zip file.</source>
        <translation>Un dossier de module ou un fichier .zip.</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli modules add PATH|ZIP</source>
        <translation>Utilisation : mediatelier-cli modules add CHEMIN|ZIP</translation>
    </message>
    <message>
        <source>Module %1 added to %2</source>
        <translation>Module %1 ajouté dans %2</translation>
    </message>
    <message>
        <source>The id of an added module.</source>
        <translation>L'identifiant d'un module ajouté.</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli modules remove ID</source>
        <translation>Utilisation : mediatelier-cli modules remove IDENTIFIANT</translation>
    </message>
    <message>
        <source>Module %1 removed</source>
        <translation>Module %1 retiré</translation>
    </message>
    <message>
        <source>Language of the lessons searched.</source>
        <translation>Langue des leçons où chercher.</translation>
    </message>
    <message>
        <source>Number of hits.</source>
        <translation>Nombre de résultats.</translation>
    </message>
    <message>
        <source>Words to look for.</source>
        <translation>Les mots à chercher.</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli search QUERY [--lang L] [--limit N] [--format json]</source>
        <translation>Utilisation : mediatelier-cli search REQUÊTE [--lang L] [--limit N] [--format json]</translation>
    </message>
    <message>
        <source>No match.</source>
        <translation>Aucun résultat.</translation>
    </message>
    <message>
        <source>The module receiving the questions.</source>
        <translation>Le module qui reçoit les questions.</translation>
    </message>
    <message>
        <source>Check the file; import nothing.</source>
        <translation>Vérifie le fichier sans rien importer.</translation>
    </message>
    <message>
        <source>Language of the questions in the file.</source>
        <translation>Langue des questions du fichier.</translation>
    </message>
    <message>
        <source>The GIFT file.</source>
        <translation>Le fichier GIFT.</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli quiz import-gift FILE --module ID [--dry-run] [--format json]</source>
        <translation>Utilisation : mediatelier-cli quiz import-gift FICHIER --module IDENTIFIANT [--dry-run] [--format json]</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) can be imported into %1.</source>
        <translation><numerusform>%n question peut être importée dans %1.</numerusform><numerusform>%n questions peuvent être importées dans %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) imported into %1.</source>
        <translation><numerusform>%n question importée dans %1.</numerusform><numerusform>%n questions importées dans %1.</numerusform></translation>
    </message>
    <message>
        <source>Skipped, line %1: %2</source>
        <translation>Ignorée, ligne %1 : %2</translation>
    </message>
    <message>
        <source>The module whose quiz is written.</source>
        <translation>Le module dont le quiz est écrit.</translation>
    </message>
    <message>
        <source>The GIFT file to write.</source>
        <translation>Le fichier GIFT à écrire.</translation>
    </message>
    <message>
        <source>Language of the questions written.</source>
        <translation>Langue des questions écrites.</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli quiz export-gift --module ID -o FILE</source>
        <translation>Utilisation : mediatelier-cli quiz export-gift --module IDENTIFIANT -o FICHIER</translation>
    </message>
    <message>
        <source>Quiz of %1 written to %2</source>
        <translation>Quiz de %1 écrit dans %2</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) left out: GIFT cannot hold ordering questions or self-assessment statements.</source>
        <translation><numerusform>%n question laissée de côté : GIFT ne sait pas décrire les questions à remettre dans l'ordre ni les phrases d'auto-évaluation.</numerusform><numerusform>%n questions laissées de côté : GIFT ne sait pas décrire les questions à remettre dans l'ordre ni les phrases d'auto-évaluation.</numerusform></translation>
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
        <translation>
            <numerusform>%n ligne renvoie à un enregistrement qui n'existe pas.</numerusform>
            <numerusform>%n lignes renvoient à des enregistrements qui n'existent pas.</numerusform>
        </translation>
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
    <name>FacilitatorGuideDialog</name>
    <message>
        <source>Facilitator guide — %1</source>
        <translation>Guide d'animation — %1</translation>
    </message>
    <message>
        <source>Facilitator guide</source>
        <translation>Guide d'animation</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
</context>
<context>
    <name>GiftFormat</name>
    <message>
        <source>the question title opened with '::' is never closed</source>
        <translation>le titre de question ouvert par « :: » n'est jamais fermé</translation>
    </message>
    <message>
        <source>'}' closes no answer block (write \} for a brace in a text)</source>
        <translation>« } » ne ferme aucun bloc de réponses (écrivez \} pour une accolade dans un texte)</translation>
    </message>
    <message>
        <source>description without answers</source>
        <translation>description sans réponses</translation>
    </message>
    <message>
        <source>the answer block opened with '{' is never closed</source>
        <translation>le bloc de réponses ouvert par « { » n'est jamais fermé</translation>
    </message>
    <message>
        <source>a second answer block in the same question: separate questions with a blank line</source>
        <translation>un second bloc de réponses dans la même question : séparez les questions par une ligne vide</translation>
    </message>
    <message>
        <source>missing-word question (the answers are in the middle of the sentence)</source>
        <translation>question à mot manquant (les réponses sont au milieu de la phrase)</translation>
    </message>
    <message>
        <source>question without text</source>
        <translation>question sans texte</translation>
    </message>
    <message>
        <source>unknown marker '%1': each answer starts with = or ~</source>
        <translation>marque inconnue « %1 » : chaque réponse commence par = ou ~</translation>
    </message>
    <message>
        <source>invalid weight in '%1' (a weight is a percentage between two % signs)</source>
        <translation>poids invalide dans « %1 » (un poids est un pourcentage entre deux signes %)</translation>
    </message>
    <message>
        <source>essay question (free answer, nothing to check)</source>
        <translation>question ouverte (réponse libre, rien à corriger)</translation>
    </message>
    <message>
        <source>an answer is empty</source>
        <translation>une réponse est vide</translation>
    </message>
    <message>
        <source>the answer block has no answers</source>
        <translation>le bloc de réponses ne contient aucune réponse</translation>
    </message>
    <message>
        <source>short-answer question with no accepted answer</source>
        <translation>question à réponse courte sans réponse acceptée</translation>
    </message>
    <message>
        <source>choice question with no correct answer</source>
        <translation>question à choix sans bonne réponse</translation>
    </message>
    <message>
        <source>'-&gt;' outside a matching question (a matching question has only =left -&gt; right answers)</source>
        <translation>« -&gt; » hors d'une question d'association (une question d'association n'a que des réponses =gauche -&gt; droite)</translation>
    </message>
    <message>
        <source>matching question with extra right-hand answers</source>
        <translation>question d'association avec des réponses de droite en trop</translation>
    </message>
    <message>
        <source>matching question with fewer than two pairs</source>
        <translation>question d'association avec moins de deux paires</translation>
    </message>
    <message>
        <source>unknown marker '#': a true/false answer has at most two feedbacks</source>
        <translation>marque inconnue « # » : une réponse vrai/faux a au plus deux commentaires</translation>
    </message>
    <message>
        <source>'%1' is not a number, a number:tolerance or a low..high range</source>
        <translation>« %1 » n'est ni un nombre, ni nombre:marge, ni un intervalle bas..haut</translation>
    </message>
    <message>
        <source>numeric question with partial credit only</source>
        <translation>question numérique avec des points partiels seulement</translation>
    </message>
</context>
<context>
    <name>GroupModeLauncher</name>
    <message>
        <source>No module has questions for group mode.</source>
        <translation>Aucun module n'a de questions pour le mode groupe.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) for the group.</source>
        <translation><numerusform>%n question pour le groupe.</numerusform><numerusform>%n questions pour le groupe.</numerusform></translation>
    </message>
    <message>
        <source>Quiz with the whole group</source>
        <translation>Quiz avec tout le groupe</translation>
    </message>
    <message>
        <source>The questions are projected in large type. Count the raised hands for each option, then show the answers. No name is asked, shown or kept.</source>
        <translation>Les questions sont projetées en gros caractères. Comptez les mains levées pour chaque réponse, puis montrez les réponses. Aucun nom n'est demandé, affiché ni gardé.</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Module :</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Start group mode</source>
        <translation>Lancer le mode groupe</translation>
    </message>
</context>
<context>
    <name>GroupModeWindow</name>
    <message>
        <source>True</source>
        <translation>Vrai</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Faux</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 sur %2</translation>
    </message>
    <message>
        <source>Hide the answers</source>
        <translation>Cacher les réponses</translation>
    </message>
    <message>
        <source>Show the answers</source>
        <translation>Montrer les réponses</translation>
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
        <translation>Aucune main comptée pour l'instant.</translation>
    </message>
    <message>
        <source>%1 % of the raised hands went to a correct answer.</source>
        <translation>%1 % des mains levées sont allées à une bonne réponse.</translation>
    </message>
    <message>
        <source>Correct answers: %1</source>
        <translation>Bonnes réponses : %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Correct answer: %1</source>
        <translation>Bonne réponse : %1</translation>
    </message>
    <message>
        <source>Mediatelier — group quiz</source>
        <translation>Mediatelier — quiz en groupe</translation>
    </message>
    <message>
        <source>Group quiz</source>
        <translation>Quiz en groupe</translation>
    </message>
    <message>
        <source>Several answers can be right: raise your hand for each one you choose.</source>
        <translation>Plusieurs réponses peuvent être justes : levez la main pour chacune de celles que vous choisissez.</translation>
    </message>
    <message>
        <source>This module cannot be found.</source>
        <translation>Ce module est introuvable.</translation>
    </message>
    <message>
        <source>This module has no question that a group can answer by raising hands.</source>
        <translation>Ce module n'a pas de question à laquelle un groupe peut répondre à main levée.</translation>
    </message>
    <message>
        <source>← Previous question</source>
        <translation>← Question précédente</translation>
    </message>
    <message>
        <source>Page Up or Left arrow</source>
        <translation>Page précédente ou flèche gauche</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Question précédente</translation>
    </message>
    <message>
        <source>Next question →</source>
        <translation>Question suivante →</translation>
    </message>
    <message>
        <source>Page Down or Right arrow</source>
        <translation>Page suivante ou flèche droite</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Question suivante</translation>
    </message>
    <message>
        <source>Return or S shows the answers, H hides them</source>
        <translation>Entrée ou S montre les réponses, H les cache</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Correct answer</source>
        <translation>Bonne réponse</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Share of correct answers</source>
        <translation>Part de bonnes réponses</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Raised hands for option %1</source>
        <translation>Mains levées pour la réponse %1</translation>
    </message>
    <message>
        <source>Up/Down or +/− change the count; Tab goes to the next option</source>
        <translation>Haut/Bas ou +/− changent le nombre ; Tab passe à la réponse suivante</translation>
    </message>
    <message>
        <source>One hand less for option %1</source>
        <translation>Une main de moins pour la réponse %1</translation>
    </message>
    <message>
        <source>One hand more for option %1</source>
        <translation>Une main de plus pour la réponse %1</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Réponse %1</translation>
    </message>
</context>
<context>
    <name>LearnerPickerDialog</name>
    <message>
        <source>Who is reading?</source>
        <translation>Qui lit ?</translation>
    </message>
    <message>
        <source>Type the first letters of the name:</source>
        <translation>Tapez les premières lettres du nom :</translation>
    </message>
    <message>
        <source>Search a learner</source>
        <translation>Chercher un participant</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Guest (nothing is recorded)</source>
        <translation>Invité (rien n'est enregistré)</translation>
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
    <name>LessonReader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>← Modules</source>
        <translation>← Modules</translation>
    </message>
    <message>
        <source>Back to the list of modules</source>
        <translation>Retour à la liste des modules</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← Précédente</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Suivante →</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+-)</source>
        <translation>Texte plus petit (Ctrl+-)</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>Larger text (Ctrl++)</source>
        <translation>Texte plus grand (Ctrl++)</translation>
    </message>
    <message>
        <source>Facilitator guide</source>
        <translation>Guide d'animation</translation>
    </message>
    <message>
        <source>Projector (F5)</source>
        <translation>Projection (F5)</translation>
    </message>
    <message>
        <source>Table of contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Lesson page</source>
        <translation>Page de la leçon</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>This module is not available in your language; it is shown in %1.</source>
        <translation>Ce module n'existe pas dans votre langue ; il est affiché en %1.</translation>
    </message>
</context>
<context>
    <name>LessonsScreen</name>
    <message>
        <source>Progress not saved</source>
        <translation>Progression non enregistrée</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>%1 n'a pas pu être chargé : %2</translation>
    </message>
    <message>
        <source>Reading as a guest (nothing is recorded)</source>
        <translation>Lecture en invité (rien n'est enregistré)</translation>
    </message>
    <message>
        <source>Reading as %1</source>
        <translation>Lecture par %1</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or shorter words.</source>
        <translation>Rien trouvé. Essayez avec moins de mots ou des mots plus courts.</translation>
    </message>
    <message>
        <source>Add a module: choose a .zip file or a module folder</source>
        <translation>Ajouter un module : choisissez un fichier .zip ou le fichier module.json d'un dossier</translation>
    </message>
    <message>
        <source>Module archives (*.zip)</source>
        <translation>Archives de module (*.zip)</translation>
    </message>
    <message>
        <source>Module description (module.json)</source>
        <translation>Description de module (module.json)</translation>
    </message>
    <message>
        <source>The module was not added</source>
        <translation>Le module n'a pas été ajouté</translation>
    </message>
    <message>
        <source>Module added</source>
        <translation>Module ajouté</translation>
    </message>
    <message>
        <source>"%1" is now in the list of modules.</source>
        <translation>« %1 » est maintenant dans la liste des modules.</translation>
    </message>
    <message>
        <source>Search the lessons (spelling mistakes are fine)…</source>
        <translation>Chercher dans les leçons (les fautes d'orthographe ne gênent pas)…</translation>
    </message>
    <message>
        <source>Search the lessons</source>
        <translation>Chercher dans les leçons</translation>
    </message>
    <message>
        <source>Add a module…</source>
        <translation>Ajouter un module…</translation>
    </message>
    <message>
        <source>Change reader…</source>
        <translation>Changer de lecteur…</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <source>Your answer (a number)</source>
        <translation>Votre réponse (un nombre)</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <source>Type a number</source>
        <translation>Tapez un nombre</translation>
    </message>
    <message>
        <source>Type your answer</source>
        <translation>Tapez votre réponse</translation>
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
    <name>MatchingEditor</name>
    <message>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
</context>
<context>
    <name>ModuleCatalogueModel</name>
    <message>
        <source>Not started</source>
        <translation>Pas commencé</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>%1 of %2 pages</source>
        <translation>%1 pages sur %2</translation>
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
        <translation>Débutant</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Intermédiaire</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Votre progression</translation>
    </message>
</context>
<context>
    <name>ModuleLibrary</name>
    <message>
        <source>unknown glossary term: %1</source>
        <translation>terme de glossaire inconnu : %1</translation>
    </message>
    <message>
        <source>unknown module: %1</source>
        <translation>module inconnu : %1</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n'existe pas.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to unpack %1.</source>
        <translation>Impossible de créer un dossier temporaire pour décompresser %1.</translation>
    </message>
    <message>
        <source>This module has faults and was not added:
%1</source>
        <translation>Ce module comporte des erreurs et n'a pas été ajouté :
%1</translation>
    </message>
    <message>
        <source>The built-in module "%1" is already at version %2; a pack must have a higher version to replace it.</source>
        <translation>Le module intégré « %1 » est déjà en version %2 ; un module doit avoir une version plus élevée pour le remplacer.</translation>
    </message>
    <message>
        <source>Cannot copy the module into %1.</source>
        <translation>Impossible de copier le module dans %1.</translation>
    </message>
    <message>
        <source>Cannot install the module into %1.</source>
        <translation>Impossible d'installer le module dans %1.</translation>
    </message>
    <message>
        <source>There is no added module "%1" (built-in modules cannot be removed).</source>
        <translation>Il n'y a pas de module ajouté « %1 » (les modules intégrés ne peuvent pas être retirés).</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
</context>
<context>
    <name>OrderingEditor</name>
    <message>
        <source>Items to put in order</source>
        <translation>Éléments à remettre dans l'ordre</translation>
    </message>
    <message>
        <source>Move up (Alt+↑)</source>
        <translation>Monter (Alt+↑)</translation>
    </message>
    <message>
        <source>Move down (Alt+↓)</source>
        <translation>Descendre (Alt+↓)</translation>
    </message>
</context>
<context>
    <name>PackArchive</name>
    <message>
        <source>%1 is not a readable .zip archive.</source>
        <translation>%1 n'est pas une archive .zip lisible.</translation>
    </message>
    <message>
        <source>%1 holds too many files to be a content pack.</source>
        <translation>%1 contient trop de fichiers pour être un module.</translation>
    </message>
    <message>
        <source>%1 is damaged (entry %2 cannot be read).</source>
        <translation>%1 est endommagé (l'élément %2 est illisible).</translation>
    </message>
    <message>
        <source>%1 was refused: the entry "%2" would be written outside the pack folder.</source>
        <translation>%1 a été refusé : l'élément « %2 » serait écrit en dehors du dossier du module.</translation>
    </message>
    <message>
        <source>%1 was refused: the entry "%2" is a symbolic link.</source>
        <translation>%1 a été refusé : l'élément « %2 » est un lien symbolique.</translation>
    </message>
    <message>
        <source>%1 is too large to be a content pack once unpacked.</source>
        <translation>%1 est trop volumineux, une fois décompressé, pour être un module.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot unpack %1 from %2.</source>
        <translation>Impossible d'extraire %1 de %2.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2 cannot be unpacked).</source>
        <translation>%1 est endommagé (impossible d'extraire %2).</translation>
    </message>
</context>
<context>
    <name>PackLoader</name>
    <message>
        <source>module.json is missing</source>
        <translation>module.json est absent</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON invalide : %1</translation>
    </message>
    <message>
        <source>the id '%1' differs from the folder name '%2'</source>
        <translation>l'identifiant « %1 » diffère du nom du dossier « %2 »</translation>
    </message>
    <message>
        <source>language '%1' is declared but its pages are absent (no %1/ folder)</source>
        <translation>la langue « %1 » est déclarée mais ses pages sont absentes (pas de dossier %1/)</translation>
    </message>
    <message>
        <source>page listed but missing: %1</source>
        <translation>page listée mais absente : %1</translation>
    </message>
    <message>
        <source>a page starts with a '# ' heading, its title</source>
        <translation>une page commence par un titre « # »</translation>
    </message>
    <message>
        <source>facilitator guide missing: %1/%2</source>
        <translation>guide d'animation absent : %1/%2</translation>
    </message>
    <message>
        <source>quiz file missing: %1</source>
        <translation>fichier de quiz absent : %1</translation>
    </message>
    <message>
        <source>the id must be lowercase letters, digits and dashes</source>
        <translation>l'identifiant ne doit contenir que des minuscules, des chiffres et des tirets</translation>
    </message>
    <message>
        <source>the version must be a whole number of at least 1</source>
        <translation>la version doit être un nombre entier supérieur ou égal à 1</translation>
    </message>
    <message>
        <source>at least one language is required</source>
        <translation>il faut au moins une langue</translation>
    </message>
    <message>
        <source>unknown language '%1'</source>
        <translation>langue inconnue « %1 »</translation>
    </message>
    <message>
        <source>no learning objective in language '%1'</source>
        <translation>aucun objectif pédagogique en langue « %1 »</translation>
    </message>
    <message>
        <source>the duration must be between 15 and 480 minutes</source>
        <translation>la durée doit être comprise entre 15 et 480 minutes</translation>
    </message>
    <message>
        <source>the level must be beginner, intermediate or advanced</source>
        <translation>le niveau doit être beginner, intermediate ou advanced</translation>
    </message>
    <message>
        <source>page '%1' is listed twice</source>
        <translation>la page « %1 » est listée deux fois</translation>
    </message>
    <message>
        <source>at least one page is required</source>
        <translation>il faut au moins une page</translation>
    </message>
    <message>
        <source>glossary ids must be present and unique</source>
        <translation>les identifiants du glossaire doivent être présents et uniques</translation>
    </message>
    <message>
        <source>term or definition missing in language '%1'</source>
        <translation>terme ou définition manquant en langue « %1 »</translation>
    </message>
    <message>
        <source>missing text in language '%1'</source>
        <translation>texte manquant en langue « %1 »</translation>
    </message>
    <message>
        <source>image not found: %1</source>
        <translation>image introuvable : %1</translation>
    </message>
    <message>
        <source>unknown demonstration: %1</source>
        <translation>démonstration inconnue : %1</translation>
    </message>
    <message>
        <source>link to a page that is not in the module: %1</source>
        <translation>lien vers une page qui n'est pas dans le module : %1</translation>
    </message>
</context>
<context>
    <name>PlaceholderScreen</name>
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
    <name>ProjectorWindow</name>
    <message>
        <source>Mediatelier — projector</source>
        <translation>Mediatelier — projection</translation>
    </message>
    <message>
        <source>Projected lesson page</source>
        <translation>Page de leçon projetée</translation>
    </message>
    <message>
        <source>Mediatelier — facilitator notes</source>
        <translation>Mediatelier — notes d'animation</translation>
    </message>
    <message>
        <source>Page %1 of %2: %3</source>
        <translation>Page %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Suivante : %1</translation>
    </message>
</context>
<context>
    <name>QuizFormat</name>
    <message>
        <source>a list of questions is required</source>
        <translation>une liste de questions est obligatoire</translation>
    </message>
    <message>
        <source>every question needs an id</source>
        <translation>chaque question doit avoir un identifiant</translation>
    </message>
    <message>
        <source>duplicate question id '%1'</source>
        <translation>identifiant de question en double « %1 »</translation>
    </message>
    <message>
        <source>unknown question type '%1' (expected one of: %2)</source>
        <translation>type de question inconnu « %1 » (attendu : %2)</translation>
    </message>
    <message>
        <source>unknown quiz kind '%1' (expected pre, post or practice)</source>
        <translation>type de quiz inconnu « %1 » (attendu : pre, post ou practice)</translation>
    </message>
    <message>
        <source>page '%1' is not in the module's page list</source>
        <translation>la page « %1 » n'est pas dans la liste des pages du module</translation>
    </message>
    <message>
        <source>at least two options are required</source>
        <translation>il faut au moins deux réponses possibles</translation>
    </message>
    <message>
        <source>exactly one option must be correct</source>
        <translation>une seule réponse doit être correcte</translation>
    </message>
    <message>
        <source>at least one option must be correct</source>
        <translation>au moins une réponse doit être correcte</translation>
    </message>
    <message>
        <source>option ids must be present and unique</source>
        <translation>les identifiants des réponses doivent être présents et uniques</translation>
    </message>
    <message>
        <source>a true/false question has exactly the options 'true' and 'false'</source>
        <translation>une question vrai/faux a exactement les réponses « true » et « false »</translation>
    </message>
    <message>
        <source>at least two items are required</source>
        <translation>il faut au moins deux éléments</translation>
    </message>
    <message>
        <source>at least two pairs are required</source>
        <translation>il faut au moins deux paires</translation>
    </message>
    <message>
        <source>no accepted answer in language '%1'</source>
        <translation>aucune réponse acceptée en langue « %1 »</translation>
    </message>
    <message>
        <source>a numeric question needs a number as answer</source>
        <translation>une question numérique attend un nombre comme réponse</translation>
    </message>
    <message>
        <source>the tolerance cannot be negative</source>
        <translation>la marge d'erreur ne peut pas être négative</translation>
    </message>
    <message>
        <source>missing text in language '%1'</source>
        <translation>texte manquant en langue « %1 »</translation>
    </message>
</context>
<context>
    <name>QuizImport</name>
    <message>
        <source>"%1" is not a valid module id (lowercase letters, digits and dashes).</source>
        <translation>« %1 » n'est pas un identifiant de module valide (minuscules, chiffres et tirets).</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>%1:%2: %3 Nothing was imported.</source>
        <translation>%1:%2 : %3 Rien n'a été importé.</translation>
    </message>
    <message>
        <source>Cannot prepare the module %1 for the import.</source>
        <translation>Impossible de préparer le module %1 pour l'import.</translation>
    </message>
    <message>
        <source>Cannot write the questions of %1.</source>
        <translation>Impossible d'écrire les questions de %1.</translation>
    </message>
    <message>
        <source>There is no module "%1".</source>
        <translation>Il n'y a pas de module « %1 ».</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d'écrire %1.</translation>
    </message>
</context>
<context>
    <name>QuizResultStore</name>
    <message>
        <source>There is no quiz attempt %1.</source>
        <translation>Il n'y a pas de passage de quiz n° %1.</translation>
    </message>
</context>
<context>
    <name>QuizReview</name>
    <message>
        <source>You scored %1 out of %2 (%3 %)</source>
        <translation>Vous avez obtenu %1 sur %2 (%3 %)</translation>
    </message>
    <message>
        <source>Thank you for your answers.</source>
        <translation>Merci pour vos réponses.</translation>
    </message>
    <message>
        <source>(your opinion)</source>
        <translation>(votre avis)</translation>
    </message>
    <message>
        <source>✓ right</source>
        <translation>✓ juste</translation>
    </message>
    <message>
        <source>◐ partly right</source>
        <translation>◐ en partie juste</translation>
    </message>
    <message>
        <source>✗ to review</source>
        <translation>✗ à revoir</translation>
    </message>
    <message numerus="yes">
        <source>You were sure of %n answer(s) that were not right: read them again.</source>
        <translation><numerusform>Vous étiez sûr(e) d'une réponse qui n'était pas juste : relisez-la.</numerusform><numerusform>Vous étiez sûr(e) de %n réponses qui n'étaient pas justes : relisez-les.</numerusform></translation>
    </message>
    <message>
        <source>Pages to read again:</source>
        <translation>Pages à relire :</translation>
    </message>
    <message>
        <source>Read again: %1</source>
        <translation>Relire : %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>← Quizzes</source>
        <translation>← Quiz</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Vos réponses</translation>
    </message>
</context>
<context>
    <name>QuizRunner</name>
    <message>
        <source>&lt;b style='color:#1b6e20'&gt;Right!&lt;/b&gt;</source>
        <translation>&lt;b style='color:#1b6e20'&gt;Juste !&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style='color:#8a5a00'&gt;Partly right.&lt;/b&gt;</source>
        <translation>&lt;b style='color:#8a5a00'&gt;En partie juste.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style='color:#8a1c1c'&gt;Not quite.&lt;/b&gt;</source>
        <translation>&lt;b style='color:#8a1c1c'&gt;Pas tout à fait.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>You were sure: this is worth reading again.</source>
        <translation>Vous étiez sûr(e) : cela vaut la peine de relire ce point.</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← Précédente</translation>
    </message>
    <message>
        <source>Are you sure of your answer?</source>
        <translation>Êtes-vous sûr(e) de votre réponse ?</translation>
    </message>
    <message>
        <source>I am &amp;sure</source>
        <translation>Je suis &amp;sûr(e)</translation>
    </message>
    <message>
        <source>I am &amp;not sure</source>
        <translation>Je ne suis &amp;pas sûr(e)</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 sur %2</translation>
    </message>
    <message>
        <source>Check my answer (Enter)</source>
        <translation>Vérifier ma réponse (Entrée)</translation>
    </message>
    <message>
        <source>Finish (Enter)</source>
        <translation>Terminer (Entrée)</translation>
    </message>
    <message>
        <source>Next (Enter) →</source>
        <translation>Suivante (Entrée) →</translation>
    </message>
</context>
<context>
    <name>QuizzesScreen</name>
    <message>
        <source>The answer was not saved</source>
        <translation>La réponse n'a pas été enregistrée</translation>
    </message>
    <message>
        <source>The quiz cannot start</source>
        <translation>Le quiz ne peut pas commencer</translation>
    </message>
    <message>
        <source>No questions</source>
        <translation>Aucune question</translation>
    </message>
    <message>
        <source>This module has no questions for this quiz.</source>
        <translation>Ce module n'a pas de questions pour ce quiz.</translation>
    </message>
    <message>
        <source>Import questions from a GIFT file (Moodle)</source>
        <translation>Importer des questions depuis un fichier GIFT (Moodle)</translation>
    </message>
    <message>
        <source>GIFT files (*.gift *.txt);;All files (*)</source>
        <translation>Fichiers GIFT (*.gift *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The file cannot be imported</source>
        <translation>Le fichier ne peut pas être importé</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) will be added to "%1".</source>
        <translation><numerusform>%n question sera ajoutée à « %1 ».</numerusform><numerusform>%n questions seront ajoutées à « %1 ».</numerusform></translation>
    </message>
    <message>
        <source>Left out (Mediatelier cannot show them):</source>
        <translation>Laissées de côté (Mediatelier ne sait pas les afficher) :</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Rien à importer</translation>
    </message>
    <message>
        <source>Import the questions?</source>
        <translation>Importer les questions ?</translation>
    </message>
    <message>
        <source>Questions imported</source>
        <translation>Questions importées</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) imported. They are kept in your own copy of the module.</source>
        <translation><numerusform>%n question importée. Elle est gardée dans votre propre copie du module.</numerusform><numerusform>%n questions importées. Elles sont gardées dans votre propre copie du module.</numerusform></translation>
    </message>
    <message>
        <source>Export the questions as GIFT (Moodle)</source>
        <translation>Exporter les questions au format GIFT (Moodle)</translation>
    </message>
    <message>
        <source>GIFT files (*.gift)</source>
        <translation>Fichiers GIFT (*.gift)</translation>
    </message>
    <message>
        <source>The questions were not exported</source>
        <translation>Les questions n'ont pas été exportées</translation>
    </message>
    <message>
        <source>Questions exported</source>
        <translation>Questions exportées</translation>
    </message>
    <message>
        <source>The questions were written to %1.</source>
        <translation>Les questions ont été écrites dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) left out: GIFT cannot hold ordering questions or self-assessment statements.</source>
        <translation><numerusform>%n question laissée de côté : GIFT ne sait pas décrire les questions à remettre dans l'ordre ni les phrases d'auto-évaluation.</numerusform><numerusform>%n questions laissées de côté : GIFT ne sait pas décrire les questions à remettre dans l'ordre ni les phrases d'auto-évaluation.</numerusform></translation>
    </message>
    <message>
        <source>Answering as a guest: nothing is recorded.</source>
        <translation>Réponses en invité : rien n'est enregistré.</translation>
    </message>
    <message>
        <source>Answering as %1: answers are recorded.</source>
        <translation>Réponses de %1 : elles sont enregistrées.</translation>
    </message>
    <message>
        <source>Choose a learner to see their results.</source>
        <translation>Choisissez un participant pour voir ses résultats.</translation>
    </message>
    <message>
        <source>Results of %1, before and after each module</source>
        <translation>Résultats de %1, avant et après chaque module</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Module :</translation>
    </message>
    <message>
        <source>&amp;Quiz:</source>
        <translation>&amp;Quiz :</translation>
    </message>
    <message>
        <source>&amp;Feedback:</source>
        <translation>Co&amp;rrection :</translation>
    </message>
    <message>
        <source>Before the module (what I already know)</source>
        <translation>Avant le module (ce que je sais déjà)</translation>
    </message>
    <message>
        <source>After the module (what I learned)</source>
        <translation>Après le module (ce que j'ai appris)</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>After each question</source>
        <translation>Après chaque question</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>À la fin</translation>
    </message>
    <message>
        <source>Ask "Are you sure?" after each answer</source>
        <translation>Demander « Êtes-vous sûr(e) ? » après chaque réponse</translation>
    </message>
    <message>
        <source>&amp;Start the quiz</source>
        <translation>&amp;Commencer le quiz</translation>
    </message>
    <message>
        <source>Change learner…</source>
        <translation>Changer de participant…</translation>
    </message>
    <message>
        <source>Import questions (GIFT)…</source>
        <translation>Importer des questions (GIFT)…</translation>
    </message>
    <message>
        <source>Export questions (GIFT)…</source>
        <translation>Exporter les questions (GIFT)…</translation>
    </message>
    <message>
        <source>Group mode…</source>
        <translation>Mode groupe…</translation>
    </message>
    <message>
        <source>Project a question and count raised hands: no names on screen.</source>
        <translation>Projeter une question et compter les mains levées : aucun nom à l'écran.</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Results before and after each module</source>
        <translation>Résultats avant et après chaque module</translation>
    </message>
    <message>
        <source>Quizzes</source>
        <translation>Quiz</translation>
    </message>
</context>
<context>
    <name>ScaleEditor</name>
    <message>
        <source>1 — Not at all</source>
        <translation>1 — Pas du tout</translation>
    </message>
    <message>
        <source>2 — A little</source>
        <translation>2 — Un peu</translation>
    </message>
    <message>
        <source>3 — Somewhat</source>
        <translation>3 — Moyennement</translation>
    </message>
    <message>
        <source>4 — Mostly</source>
        <translation>4 — Plutôt</translation>
    </message>
    <message>
        <source>5 — Completely</source>
        <translation>5 — Tout à fait</translation>
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
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Chart: share of raised hands per option, in percent</source>
        <translation>Graphique : part des mains levées par réponse, en pourcentage</translation>
    </message>
    <message>
        <source>The same figures are in the table below the chart.</source>
        <translation>Les mêmes chiffres sont dans le tableau sous le graphique.</translation>
    </message>
    <message>
        <source>Raised hands per option</source>
        <translation>Mains levées par réponse</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Mains</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Juste</translation>
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