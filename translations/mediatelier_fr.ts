<?xml version="1.0" encoding="utf-8"?>
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
    <name>AttendanceExport</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Checked in at</source>
        <translation>Heure d&apos;arrivée</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Durée (minutes)</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>inscrit</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>excusé</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export annulé.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>More than %1 rows: a spreadsheet cannot hold them. Choose a shorter period.</source>
        <translation>Plus de %1 lignes : un tableur ne peut pas les contenir. Choisissez une période plus courte.</translation>
    </message>
    <message>
        <source>Names: pseudonymised (stable pseudonyms, postcode areas only)</source>
        <translation>Noms : pseudonymisés (pseudonymes stables, zones de code postal seulement)</translation>
    </message>
    <message>
        <source>Names: shown (personal data: keep this file safe)</source>
        <translation>Noms : affichés (données personnelles : conservez ce fichier en lieu sûr)</translation>
    </message>
    <message>
        <source>No attendance matches these filters.</source>
        <translation>Aucune présence ne correspond à ces filtres.</translation>
    </message>
</context>
<context>
    <name>AttendanceStore</name>
    <message>
        <source>Registered</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>There is no workshop %1.</source>
        <translation>Il n&apos;y a pas d&apos;atelier n° %1.</translation>
    </message>
    <message>
        <source>This person is already on the list of this workshop.</source>
        <translation>Cette personne est déjà sur la liste de cet atelier.</translation>
    </message>
    <message>
        <source>There is no change left to undo for this workshop.</source>
        <translation>Il n&apos;y a plus de modification à annuler pour cet atelier.</translation>
    </message>
    <message>
        <source>This person is not on the list of this workshop.</source>
        <translation>Cette personne n&apos;est pas sur la liste de cet atelier.</translation>
    </message>
    <message>
        <source>Only a person who is still registered can be taken off the list; change their status instead.</source>
        <translation>Seule une personne encore au statut « Inscrit » peut être retirée de la liste ; sinon, changez son statut.</translation>
    </message>
</context>
<context>
    <name>BackupFlow</name>
    <message>
        <source>The automatic backup failed</source>
        <translation>La sauvegarde automatique a échoué</translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation>Rien n&apos;a été restauré</translation>
    </message>
    <message>
        <source>The backup of %1 is now the database %2.</source>
        <translation>La sauvegarde du %1 est maintenant la base de données %2.</translation>
    </message>
    <message>
        <source>The damaged file was kept aside, unchanged, as %1.</source>
        <translation>Le fichier endommagé a été mis de côté, sans modification, sous le nom %1.</translation>
    </message>
    <message>
        <source>The previous file was kept aside as %1.</source>
        <translation>Le fichier précédent a été mis de côté sous le nom %1.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
</context>
<context>
    <name>BackupRestore</name>
    <message>
        <source>%1 is the database itself, not a backup of it.</source>
        <translation>%1 est la base de données elle-même, pas une sauvegarde de celle-ci.</translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1 The current database was not changed.</source>
        <translation>Cette sauvegarde ne peut pas être restaurée : %1 La base de données actuelle n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>%1 is open in another Mediatelier window. Close it, then restore again.</source>
        <translation>%1 est ouvert dans une autre fenêtre de Mediatelier. Fermez-la, puis relancez la restauration.</translation>
    </message>
    <message>
        <source>Cannot copy the backup next to %1 (is the disk full?). The current database was not changed.</source>
        <translation>Impossible de copier la sauvegarde à côté de %1 (le disque est-il plein ?). La base de données actuelle n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>Cannot move %1 aside, so nothing was restored and the file was not changed.</source>
        <translation>Impossible de mettre %1 de côté : rien n&apos;a donc été restauré et le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot put the backup in place of %1; the file was not changed.</source>
        <translation>Impossible de mettre la sauvegarde à la place de %1 ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The backup was restored, but the restore could not be written in the privacy log: %1</source>
        <translation>La sauvegarde a été restaurée, mais la restauration n&apos;a pas pu être notée dans le journal des données personnelles : %1</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>La sauvegarde %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: its integrity check failed.</source>
        <translation>La sauvegarde %1 est endommagée : sa vérification d&apos;intégrité a échoué.</translation>
    </message>
    <message>
        <source>The backup %1 failed its check: %2</source>
        <translation>La sauvegarde %1 n&apos;a pas passé la vérification : %2</translation>
    </message>
    <message>
        <source>%1 is not a Mediatelier backup.</source>
        <translation>%1 n&apos;est pas une sauvegarde de Mediatelier.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1. The database was not changed.</source>
        <translation>Impossible de créer le dossier de sauvegarde %1. La base de données n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>%1 is a folder: choose a file name for the backup.</source>
        <translation>%1 est un dossier : choisissez un nom de fichier pour la sauvegarde.</translation>
    </message>
    <message>
        <source>There is not enough free space in %1 for a backup (about %2 MB are needed). The database was not changed and the earlier backups were kept.</source>
        <translation>Il n&apos;y a pas assez d&apos;espace libre dans %1 pour une sauvegarde (il faut environ %2 Mo). La base de données n&apos;a pas été modifiée et les sauvegardes précédentes ont été gardées.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written (%2). The database was not changed and the earlier backups were kept.</source>
        <translation>La sauvegarde %1 n&apos;a pas pu être écrite (%2). La base de données n&apos;a pas été modifiée et les sauvegardes précédentes ont été gardées.</translation>
    </message>
    <message>
        <source>The new backup failed its check, so it was deleted and the earlier backups were kept: %1</source>
        <translation>La nouvelle sauvegarde n&apos;a pas passé la vérification : elle a donc été supprimée et les sauvegardes précédentes ont été gardées : %1</translation>
    </message>
    <message>
        <source>Cannot give the backup its name %1. The database was not changed.</source>
        <translation>Impossible de donner à la sauvegarde son nom %1. La base de données n&apos;a pas été modifiée.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Restore from a backup file</source>
        <translation>Restaurer depuis un fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Mediatelier database (*.sqlite *.db);;All files (*)</source>
        <translation>Base de données Mediatelier (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <source>sound</source>
        <translation>intacte</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>endommagée</translation>
    </message>
    <message>
        <source>This backup cannot be restored</source>
        <translation>Cette sauvegarde ne peut pas être restaurée</translation>
    </message>
    <message>
        <source>%1

Nothing was changed. Choose another backup.</source>
        <translation>%1

Rien n&apos;a été modifié. Choisissez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Restaurer cette sauvegarde ?</translation>
    </message>
    <message>
        <source>The backup of %1 passed its check. Restore it in place of the current data?

Whatever was recorded after that backup will not be in the restored file. The current file is not deleted: it is kept aside, renamed, in %2.</source>
        <translation>La sauvegarde du %1 a passé la vérification. La restaurer à la place des données actuelles ?

Tout ce qui a été enregistré après cette sauvegarde ne sera pas dans le fichier restauré. Le fichier actuel n&apos;est pas supprimé : il est mis de côté, renommé, dans %2.</translation>
    </message>
    <message>
        <source>The backup was not made</source>
        <translation>La sauvegarde n&apos;a pas été faite</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Sauvegarde faite</translation>
    </message>
    <message>
        <source>The database was copied to %1 and the copy passed its check.</source>
        <translation>La base de données a été copiée dans %1 et la copie a passé la vérification.</translation>
    </message>
    <message>
        <source>%1 (%2 free)</source>
        <translation>%1 (%2 libres)</translation>
    </message>
    <message>
        <source>Replace the copy?</source>
        <translation>Remplacer la copie ?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with a copy of now?</source>
        <translation>%1 existe déjà. Le remplacer par une nouvelle copie ?</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Sauvegarder vers</translation>
    </message>
    <message>
        <source>Folder for the automatic backups</source>
        <translation>Dossier des sauvegardes automatiques</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Mediatelier copies this database once a day, when the window opens, and keeps the latest copies. Each copy is checked before older ones are deleted. For a copy that leaves this computer, use “Back up now to…” with a USB stick.</source>
        <translation>Mediatelier copie cette base de données une fois par jour, à l&apos;ouverture de la fenêtre, et garde les copies les plus récentes. Chaque copie est vérifiée avant que les plus anciennes soient supprimées. Pour une copie qui quitte cet ordinateur, utilisez « Sauvegarder maintenant vers… » avec une clé USB.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Daily backups kept:</source>
        <translation>Sauvegardes &amp;quotidiennes gardées :</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>No backup yet: the first one is made the next time the window opens, or now with “Back up now to…”.</source>
        <translation>Pas encore de sauvegarde : la première sera faite à la prochaine ouverture de la fenêtre, ou dès maintenant avec « Sauvegarder maintenant vers… ».</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation>Restaurer depuis un &amp;fichier…</translation>
    </message>
    <message>
        <source>&amp;Back up now to…</source>
        <translation>&amp;Sauvegarder maintenant vers…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Save the chart as an image</source>
        <translation>Enregistrer le graphique comme image</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Chart saved to %1.</source>
        <translation>Graphique enregistré dans %1.</translation>
    </message>
    <message>
        <source>Could not write the image %1.</source>
        <translation>Impossible d&apos;écrire l&apos;image %1.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <source>Show %1 as a table</source>
        <translation>Afficher « %1 » sous forme de tableau</translation>
    </message>
    <message>
        <source>Save %1 as a PNG image</source>
        <translation>Enregistrer « %1 » comme image PNG</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Graphique : %1</translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation>Tableau : %1</translation>
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
        <translation>&amp;Chercher une personne (tapez deux ou trois lettres du nom) :</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Chercher une personne</translation>
    </message>
    <message>
        <source>Name…</source>
        <translation>Nom…</translation>
    </message>
    <message>
        <source>People found; the highlighted one is checked in by Enter</source>
        <translation>Personnes trouvées ; Entrée enregistre l&apos;arrivée de la personne surlignée</translation>
    </message>
    <message>
        <source>Enter: present · Ctrl+L: late · Ctrl+E: excused · Ctrl+A: absent · Ctrl+Z: undo · ↑/↓: choose another person · Escape: clear</source>
        <translation>Entrée : présent · Ctrl+L : en retard · Ctrl+E : excusé · Ctrl+A : absent · Ctrl+Z : annuler · ↑/↓ : choisir une autre personne · Échap : effacer</translation>
    </message>
    <message>
        <source>Present (Enter)</source>
        <translation>Présent (Entrée)</translation>
    </message>
    <message>
        <source>Late (Ctrl+L)</source>
        <translation>En retard (Ctrl+L)</translation>
    </message>
    <message>
        <source>Excused (Ctrl+E)</source>
        <translation>Excusé (Ctrl+E)</translation>
    </message>
    <message>
        <source>Absent (Ctrl+A)</source>
        <translation>Absent (Ctrl+A)</translation>
    </message>
    <message>
        <source>&amp;Attendees</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>Attendees of this workshop</source>
        <translation>Participants de cet atelier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Arrived at</source>
        <translation>Heure d&apos;arrivée</translation>
    </message>
    <message>
        <source>&amp;Undo last change (Ctrl+Z)</source>
        <translation>&amp;Annuler la dernière modification (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Mark the others absent…</source>
        <translation>&amp;Marquer les autres absents…</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Check-in: %1 — %2</source>
        <translation>Accueil : %1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — not registered for this workshop</source>
        <translation>%1 — pas inscrit à cet atelier</translation>
    </message>
    <message>
        <source>Add «%1» as a new person</source>
        <translation>Ajouter « %1 » comme nouvelle personne</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>pas de limite</translation>
    </message>
    <message>
        <source>Present: %1 · Registered, not here yet: %2 · Places: %3</source>
        <translation>Présents : %1 · Inscrits pas encore arrivés : %2 · Places : %3</translation>
    </message>
    <message numerus="yes">
        <source>Past capacity: %1 people expected or present for %n place(s).</source>
        <translation>
            <numerusform>Capacité dépassée : %1 personnes attendues ou présentes pour %n place.</numerusform>
            <numerusform>Capacité dépassée : %1 personnes attendues ou présentes pour %n places.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a few letters of a name first.</source>
        <translation>Tapez d&apos;abord quelques lettres d&apos;un nom.</translation>
    </message>
    <message>
        <source>%1 is already marked “%2”.</source>
        <translation>%1 est déjà marqué « %2 ».</translation>
    </message>
    <message>
        <source>%1 was added as a new person: %2.</source>
        <translation>%1 a été ajouté comme nouvelle personne : %2.</translation>
    </message>
    <message>
        <source>%1: %2 (arrived at %3).</source>
        <translation>%1 : %2 (arrivée à %3).</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1 : %2.</translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n people are back to “%1”.</source>
        <translation>
            <numerusform>Annulé : %n personne repasse à « %1 ».</numerusform>
            <numerusform>Annulé : %n personnes repassent à « %1 ».</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: %1 is no longer on the list.</source>
        <translation>Annulé : %1 n&apos;est plus sur la liste.</translation>
    </message>
    <message>
        <source>Undone: %1 is back to “%2”.</source>
        <translation>Annulé : %1 repasse à « %2 ».</translation>
    </message>
    <message>
        <source>Nobody is still only registered.</source>
        <translation>Il ne reste personne avec le statut « Inscrit ».</translation>
    </message>
    <message>
        <source>Mark the others absent</source>
        <translation>Marquer les autres absents</translation>
    </message>
    <message numerus="yes">
        <source>Mark the %n person(s) still registered as absent? Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>Marquer comme absente %n personne encore inscrite ? Ctrl+Z permet d&apos;annuler.</numerusform>
            <numerusform>Marquer comme absentes les %n personnes encore inscrites ? Ctrl+Z permet d&apos;annuler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) marked absent.</source>
        <translation>
            <numerusform>%n personne marquée absente.</numerusform>
            <numerusform>%n personnes marquées absentes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInWindow</name>
    <message>
        <source>Check-in</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
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
        <translation>Codes de sortie : 0 terminé, 2 erreur d&apos;utilisation, 3 donnée incorrecte, 4 erreur d&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Option inconnue : %1</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Commande inconnue : %1</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli [--database FILE] [--lang %1] COMMAND [ARGS]</source>
        <translation>Utilisation : mediatelier-cli [--database FICHIER] [--lang %1] COMMANDE [ARGUMENTS]</translation>
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
        <translation>vérifie des modules ; code 3 si l&apos;un est défectueux (fichier:ligne: problème)</translation>
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
        <source>write a module&apos;s quiz as Moodle GIFT</source>
        <translation>écrit le quiz d&apos;un module au format Moodle GIFT</translation>
    </message>
    <message>
        <source>import learners from a CSV file; --dry-run checks only</source>
        <translation>importe des participants depuis un fichier CSV ; --dry-run vérifie seulement</translation>
    </message>
    <message>
        <source>every learner (staff data); --format csv or json</source>
        <translation>tous les participants (données réservées à l&apos;équipe) ; --format csv ou json</translation>
    </message>
    <message>
        <source>workshops with their attendance counts [--from DATE] [--to DATE]</source>
        <translation>les ateliers avec leurs chiffres de présence [--from DATE] [--to DATE]</translation>
    </message>
    <message>
        <source>the offline AI demonstrations</source>
        <translation>les démonstrations d&apos;IA hors ligne</translation>
    </message>
    <message>
        <source>a demonstration&apos;s key figures, for preparing a workshop</source>
        <translation>les chiffres clés d&apos;une démonstration, pour préparer un atelier</translation>
    </message>
    <message>
        <source>fill the database with a generated network (trials, benchmarks)</source>
        <translation>remplit la base avec un réseau généré (essais, mesures de performance)</translation>
    </message>
    <message>
        <source>the funder figures of a period</source>
        <translation>le bilan pour les financeurs d&apos;une période</translation>
    </message>
    <message>
        <source>staff accounts: login, name, role, state</source>
        <translation>les comptes de l&apos;équipe : identifiant, nom, rôle, état</translation>
    </message>
    <message>
        <source>new staff account: --login L --name N --role facilitator|coordinator</source>
        <translation>nouveau compte de l&apos;équipe : --login L --name N --role facilitator|coordinator</translation>
    </message>
    <message>
        <source>set a new password for LOGIN</source>
        <translation>définit un nouveau mot de passe pour IDENTIFIANT</translation>
    </message>
    <message>
        <source>disable LOGIN (the last coordinator stays)</source>
        <translation>désactive IDENTIFIANT (le dernier coordinateur reste actif)</translation>
    </message>
    <message>
        <source>enable LOGIN again</source>
        <translation>réactive IDENTIFIANT</translation>
    </message>
    <message>
        <source>everything stored about one learner (id or UUID) as JSON, or PDF with -o FILE.pdf</source>
        <translation>tout ce qui est enregistré sur un participant (identifiant ou UUID), en JSON, ou en PDF avec -o FICHIER.pdf</translation>
    </message>
    <message>
        <source>erase one learner&apos;s personal data (id or UUID), keep anonymous counts</source>
        <translation>efface les données personnelles d&apos;un participant (identifiant ou UUID), garde les chiffres anonymes</translation>
    </message>
    <message>
        <source>attendance of a period as CSV, XLSX or PDF</source>
        <translation>les présences d&apos;une période en CSV, XLSX ou PDF</translation>
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
        <translation>L&apos;identifiant d&apos;un module ajouté.</translation>
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
        <translation>
            <numerusform>%n question peut être importée dans %1.</numerusform>
            <numerusform>%n questions peuvent être importées dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) imported into %1.</source>
        <translation>
            <numerusform>%n question importée dans %1.</numerusform>
            <numerusform>%n questions importées dans %1.</numerusform>
        </translation>
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
        <translation>
            <numerusform>%n question laissée de côté : GIFT ne sait pas décrire les questions à remettre dans l&apos;ordre ni les phrases d&apos;auto-évaluation.</numerusform>
            <numerusform>%n questions laissées de côté : GIFT ne sait pas décrire les questions à remettre dans l&apos;ordre ni les phrases d&apos;auto-évaluation.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CSV file of learners.</source>
        <translation>Le fichier CSV des participants.</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli learners import FILE [--dry-run] [--format json]</source>
        <translation>Utilisation : mediatelier-cli learners import FICHIER [--dry-run] [--format json]</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) imported.</source>
        <translation>
            <numerusform>%n participant importé.</numerusform>
            <numerusform>%n participants importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) can be imported (dry run: nothing written).</source>
        <translation>
            <numerusform>%n participant peut être importé (essai : rien n&apos;est écrit).</numerusform>
            <numerusform>%n participants peuvent être importés (essai : rien n&apos;est écrit).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) left out.</source>
        <translation>
            <numerusform>%n doublon laissé de côté.</numerusform>
            <numerusform>%n doublons laissés de côté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected.</source>
        <translation>
            <numerusform>%n ligne refusée.</numerusform>
            <numerusform>%n lignes refusées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Output format: text, csv or json.</source>
        <translation>Format de sortie : text, csv ou json.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use text, csv or json.</source>
        <translation>Format inconnu « %1 » : utilisez text, csv ou json.</translation>
    </message>
    <message>
        <source>First day (ISO date, e.g. 2026-03-01).</source>
        <translation>Premier jour (date ISO, par ex. 2026-03-01).</translation>
    </message>
    <message>
        <source>Last day, included (ISO date).</source>
        <translation>Dernier jour, inclus (date ISO).</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli workshops list [--from DATE] [--to DATE] [--format json]</source>
        <translation>Utilisation : mediatelier-cli workshops list [--from DATE] [--to DATE] [--format json]</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use text or json.</source>
        <translation>Format inconnu « %1 » : utilisez text ou json.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as 2026-03-01.</source>
        <translation>« %1 » n&apos;est pas une date : écrivez-la sous la forme 2026-03-01.</translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation>Le dernier jour est avant le premier jour.</translation>
    </message>
    <message>
        <source>%1 registered, %2 present</source>
        <translation>inscrits : %1, présents : %2</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>ANNULÉ</translation>
    </message>
    <message>
        <source>Seed of the random draws (same seed, same figures).</source>
        <translation>Graine des tirages aléatoires (même graine, mêmes chiffres).</translation>
    </message>
    <message>
        <source>Language of the examples.</source>
        <translation>Langue des exemples.</translation>
    </message>
    <message>
        <source>The demonstration (see ai-demo list).</source>
        <translation>La démonstration (voir ai-demo list).</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli ai-demo run NAME [--seed S] [--format json]</source>
        <translation>Utilisation : mediatelier-cli ai-demo run NOM [--seed S] [--format json]</translation>
    </message>
    <message>
        <source>Unknown demonstration: %1 (see ai-demo list)</source>
        <translation>Démonstration inconnue : %1 (voir ai-demo list)</translation>
    </message>
    <message>
        <source>New password or PIN: </source>
        <translation>Nouveau mot de passe ou code PIN : </translation>
    </message>
    <message>
        <source>Give the new password in MEDIATELIER_NEW_PASSWORD, or run the command in a terminal to type it.</source>
        <translation>Donnez le nouveau mot de passe dans MEDIATELIER_NEW_PASSWORD, ou lancez la commande dans un terminal pour le taper.</translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>Confirmer : </translation>
    </message>
    <message>
        <source>The two passwords differ. Nothing was changed.</source>
        <translation>Les deux mots de passe sont différents. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The login of the account.</source>
        <translation>L&apos;identifiant du compte.</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli accounts list [--format json]</source>
        <translation>Utilisation : mediatelier-cli accounts list [--format json]</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>The login.</source>
        <translation>L&apos;identifiant.</translation>
    </message>
    <message>
        <source>The person&apos;s name.</source>
        <translation>Le nom de la personne.</translation>
    </message>
    <message>
        <source>facilitator or coordinator.</source>
        <translation>facilitator (animateur) ou coordinator (coordinateur).</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli accounts add --login LOGIN --name NAME --role facilitator|coordinator</source>
        <translation>Utilisation : mediatelier-cli accounts add --login IDENTIFIANT --name NOM --role facilitator|coordinator</translation>
    </message>
    <message>
        <source>Account %1 created (%2).</source>
        <translation>Compte %1 créé (%2).</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli accounts passwd LOGIN</source>
        <translation>Utilisation : mediatelier-cli accounts passwd IDENTIFIANT</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>Le mot de passe de %1 a été modifié.</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli accounts disable LOGIN</source>
        <translation>Utilisation : mediatelier-cli accounts disable IDENTIFIANT</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli accounts enable LOGIN</source>
        <translation>Utilisation : mediatelier-cli accounts enable IDENTIFIANT</translation>
    </message>
    <message>
        <source>Account %1 disabled.</source>
        <translation>Compte %1 désactivé.</translation>
    </message>
    <message>
        <source>Account %1 enabled.</source>
        <translation>Compte %1 réactivé.</translation>
    </message>
    <message>
        <source>Coordinator password: </source>
        <translation>Mot de passe du coordinateur : </translation>
    </message>
    <message>
        <source>%1 is protected by staff accounts and this command shows or changes personal data: set MEDIATELIER_PASSWORD to a coordinator&apos;s password, or run the command in a terminal to type it.</source>
        <translation>%1 est protégé par des comptes d&apos;équipe et cette commande affiche ou modifie des données personnelles : mettez le mot de passe d&apos;un coordinateur dans MEDIATELIER_PASSWORD, ou lancez la commande dans un terminal pour le taper.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The file to write: JSON, or a readable PDF when it ends in .pdf.</source>
        <translation>Le fichier à écrire : JSON, ou un PDF lisible s&apos;il se termine par .pdf.</translation>
    </message>
    <message>
        <source>The learner&apos;s id or UUID.</source>
        <translation>L&apos;identifiant ou l&apos;UUID du participant.</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli learners export-data ID -o FILE</source>
        <translation>Utilisation : mediatelier-cli learners export-data IDENTIFIANT -o FICHIER</translation>
    </message>
    <message>
        <source>%1 written: %2 workshop registration(s), %3 lesson page(s), %4 quiz attempt(s).</source>
        <translation>%1 écrit : %2 inscription(s) à des ateliers, %3 page(s) de leçon, %4 passage(s) de quiz.</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli learners erase ID</source>
        <translation>Utilisation : mediatelier-cli learners erase IDENTIFIANT</translation>
    </message>
    <message>
        <source>Learner %1 was already anonymised (%2); nothing changed.</source>
        <translation>Le participant %1 était déjà anonymisé (%2) ; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Learner %1 erased: personal data removed; now %2.</source>
        <translation>Participant %1 effacé : données personnelles supprimées ; désormais %2.</translation>
    </message>
    <message>
        <source>Kept as anonymous counts: %1 attendance row(s), %2 quiz attempt(s).</source>
        <translation>Gardés comme chiffres anonymes : %1 ligne(s) de présence, %2 passage(s) de quiz.</translation>
    </message>
    <message>
        <source>%1: another program has the database open; the erased data leave its write-ahead log when that program closes it.</source>
        <translation>%1 : un autre programme a ouvert la base de données ; les données effacées ne quitteront son journal d&apos;écriture (WAL) que lorsque ce programme la fermera.</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import learners from %1</source>
        <translation>Importer des participants depuis %1</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s); encoding %1; separator “%2”. Check which field each column holds:</source>
        <translation>
            <numerusform>%n ligne ; encodage %1 ; séparateur « %2 ». Vérifiez ce que contient chaque colonne :</numerusform>
            <numerusform>%n lignes ; encodage %1 ; séparateur « %2 ». Vérifiez ce que contient chaque colonne :</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns of the file and their first rows</source>
        <translation>Colonnes du fichier et leurs premières lignes</translation>
    </message>
    <message>
        <source>Field held by the column “%1”</source>
        <translation>Contenu de la colonne « %1 »</translation>
    </message>
    <message>
        <source>Row report</source>
        <translation>Rapport ligne par ligne</translation>
    </message>
    <message>
        <source>&amp;Row report:</source>
        <translation>&amp;Rapport ligne par ligne :</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n to import</source>
        <translation>
            <numerusform>%n à importer</numerusform>
            <numerusform>%n à importer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) left out</source>
        <translation>
            <numerusform>%n doublon laissé de côté</numerusform>
            <numerusform>%n doublons laissés de côté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n ligne refusée</numerusform>
            <numerusform>%n lignes refusées</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Import terminé : %1</translation>
    </message>
    <message>
        <source>Nothing is written until you press Import: %1</source>
        <translation>Rien n&apos;est enregistré avant que vous cliquiez sur Importer : %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n learner(s)</source>
        <translation>
            <numerusform>&amp;Importer %n participant</numerusform>
            <numerusform>&amp;Importer %n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé : %1</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>CvScreeningWidget</name>
    <message>
        <source>Ratio between the groups: %1 — below %2: adverse impact</source>
        <translation>Rapport entre les groupes : %1 — sous %2 : effet défavorable</translation>
    </message>
    <message>
        <source>Ratio between the groups: %1 — at least %2: passes the four-fifths rule</source>
        <translation>Rapport entre les groupes : %1 — au moins %2 : respecte la règle des quatre cinquièmes</translation>
    </message>
    <message>
        <source>10 years of experience</source>
        <translation>10 ans d&apos;expérience</translation>
    </message>
    <message>
        <source>highest diploma</source>
        <translation>diplôme le plus élevé</translation>
    </message>
    <message>
        <source>being in group B</source>
        <translation>être dans le groupe B</translation>
    </message>
    <message>
        <source>living in the south area</source>
        <translation>habiter la zone sud</translation>
    </message>
    <message>
        <source>a career gap</source>
        <translation>une interruption de carrière</translation>
    </message>
    <message>
        <source>What the screener learned (points for or against): %1</source>
        <translation>Ce que le logiciel de tri a appris (points pour ou contre) : %1</translation>
    </message>
    <message>
        <source>%1 % shortlisted</source>
        <translation>%1 % retenus</translation>
    </message>
    <message>
        <source>Group A: %1 % shortlisted</source>
        <translation>Groupe A : %1 % retenus</translation>
    </message>
    <message>
        <source>Group B: %1 % shortlisted</source>
        <translation>Groupe B : %1 % retenus</translation>
    </message>
    <message>
        <source>In the %1 past decisions it learned from, recruiters hired %2 % of group A and %3 % of group B, with the same experience and diplomas in both groups.</source>
        <translation>Dans les %1 décisions passées qui lui ont servi d&apos;exemples, les recruteurs ont embauché %2 % du groupe A et %3 % du groupe B, avec la même expérience et les mêmes diplômes dans les deux groupes.</translation>
    </message>
    <message>
        <source>The CV screener: who gets shortlisted?</source>
        <translation>Le tri des CV : qui est retenu ?</translation>
    </message>
    <message>
        <source>A screener learned from past hiring decisions, then sorted %1 new applicants. Untick what it may look at and watch the bars.</source>
        <translation>Un logiciel de tri a appris à partir d&apos;anciennes décisions d&apos;embauche, puis a trié %1 nouveaux candidats. Décochez ce qu&apos;il a le droit de regarder et observez les barres.</translation>
    </message>
    <message>
        <source>Group A</source>
        <translation>Groupe A</translation>
    </message>
    <message>
        <source>Group B</source>
        <translation>Groupe B</translation>
    </message>
    <message>
        <source>Use the group</source>
        <translation>Utiliser le groupe</translation>
    </message>
    <message>
        <source>Use the postcode</source>
        <translation>Utiliser le code postal</translation>
    </message>
    <message>
        <source>Use career gaps</source>
        <translation>Utiliser les interruptions de carrière</translation>
    </message>
    <message>
        <source>Let the screener use the applicant&apos;s group</source>
        <translation>Laisser le logiciel de tri utiliser le groupe du candidat</translation>
    </message>
    <message>
        <source>Let the screener use the postcode</source>
        <translation>Laisser le logiciel de tri utiliser le code postal</translation>
    </message>
    <message>
        <source>Let the screener use career gaps</source>
        <translation>Laisser le logiciel de tri utiliser les interruptions de carrière</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Reset the demonstration</source>
        <translation>Recommencer la démonstration</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>What the screener did</source>
        <translation>Ce qu&apos;a fait le logiciel de tri</translation>
    </message>
    <message>
        <source>Past decisions</source>
        <translation>Décisions passées</translation>
    </message>
    <message>
        <source>What the screener learned</source>
        <translation>Ce que le logiciel de tri a appris</translation>
    </message>
    <message>
        <source>What this shows</source>
        <translation>Ce que cela montre</translation>
    </message>
    <message>
        <source>A machine trained on biased past decisions repeats the bias, at scale.</source>
        <translation>Une machine entraînée sur des décisions passées biaisées reproduit le biais, à grande échelle.</translation>
    </message>
    <message>
        <source>The selection rate is the share of a group that is shortlisted; the four-fifths rule flags a problem when one group&apos;s rate is under 80 % of the other&apos;s.</source>
        <translation>Le taux de sélection est la part d&apos;un groupe qui est retenue ; la règle des quatre cinquièmes signale un problème quand le taux d&apos;un groupe est inférieur à 80 % de celui de l&apos;autre.</translation>
    </message>
    <message>
        <source>Removing the group is not enough: the postcode and career gaps reveal it, so the bias comes back through these proxies.</source>
        <translation>Retirer le groupe ne suffit pas : le code postal et les interruptions de carrière le révèlent, donc le biais revient par ces indices indirects.</translation>
    </message>
    <message>
        <source>Removing the proxies too brings the rates closer, but the screener then knows less.</source>
        <translation>Retirer aussi ces indices indirects rapproche les taux, mais le logiciel de tri en sait alors moins.</translation>
    </message>
    <message>
        <source>Fairness has to be measured on the results; it cannot be assumed from the inputs.</source>
        <translation>L&apos;équité doit se mesurer sur les résultats ; on ne peut pas la supposer à partir des données de départ.</translation>
    </message>
    <message>
        <source>What it simplifies</source>
        <translation>Ce que cela simplifie</translation>
    </message>
    <message>
        <source>The applicants are invented: two groups with exactly the same qualifications.</source>
        <translation>Les candidats sont inventés : deux groupes avec exactement les mêmes qualifications.</translation>
    </message>
    <message>
        <source>Real CVs hold hundreds of clues (names, hobbies, schools) that can act as proxies.</source>
        <translation>Les vrais CV contiennent des centaines de détails (noms, loisirs, écoles) qui peuvent servir d&apos;indices indirects.</translation>
    </message>
    <message>
        <source>The four-fifths rule is one rule of thumb; other measures compare errors, and they cannot all be met at once.</source>
        <translation>La règle des quatre cinquièmes n&apos;est qu&apos;un repère parmi d&apos;autres ; d&apos;autres mesures comparent les erreurs, et on ne peut pas toutes les respecter à la fois.</translation>
    </message>
    <message>
        <source>A real screener may be far more complex and much harder to inspect than this one.</source>
        <translation>Un vrai logiciel de tri peut être bien plus complexe et beaucoup plus difficile à examiner que celui-ci.</translation>
    </message>
    <message>
        <source>Human oversight and the law</source>
        <translation>Le contrôle humain et la loi</translation>
    </message>
    <message>
        <source>GDPR article 22: people may refuse a decision based solely on automated processing that significantly affects them, such as rejecting an application; where it is allowed, they can obtain a human review, give their view and contest it.</source>
        <translation>RGPD, article 22 : chacun peut refuser une décision fondée uniquement sur un traitement automatisé qui l&apos;affecte de manière importante, comme le rejet d&apos;une candidature ; là où une telle décision est permise, on peut obtenir qu&apos;un humain la réexamine, donner son point de vue et la contester.</translation>
    </message>
    <message>
        <source>EU AI Act: systems that filter applications or evaluate candidates are &quot;high-risk&quot;; they need bias checks on their data, documentation and effective oversight by people able to overrule them.</source>
        <translation>Règlement européen sur l&apos;IA (AI Act) : les systèmes qui filtrent les candidatures ou évaluent les candidats sont « à haut risque » ; ils exigent un contrôle des biais dans leurs données, une documentation et une surveillance réelle par des personnes capables de passer outre leurs décisions.</translation>
    </message>
    <message>
        <source>As of November 2026: these obligations were planned for August 2026; in 2026 the EU adopted changes that postpone them to December 2027. Check the current dates.</source>
        <translation>En novembre 2026 : ces obligations étaient prévues pour août 2026 ; en 2026, l&apos;Union européenne a adopté des changements qui les reportent à décembre 2027. Vérifiez les dates en vigueur.</translation>
    </message>
    <message>
        <source>An employer stays responsible for discrimination, whatever software made the shortlist.</source>
        <translation>L&apos;employeur reste responsable en cas de discrimination, quel que soit le logiciel qui a fait la présélection.</translation>
    </message>
</context>
<context>
    <name>DashboardModels</name>
    <message>
        <source>W%1 %2</source>
        <extracomment>A week: its ISO number and year, e.g. &quot;W10 2026&quot; (French: &quot;S10 2026&quot;)</extracomment>
        <translation>S%1 %2</translation>
    </message>
    <message>
        <source>%1 learner-hours</source>
        <translation>%1 heures-participants</translation>
    </message>
    <message>
        <source>%1 absent of %2 expected</source>
        <translation>%1 absents sur %2 attendus</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusés</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absents</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Non pointés</translation>
    </message>
    <message>
        <source>New people</source>
        <translation>Nouvelles personnes</translation>
    </message>
    <message>
        <source>Returning people</source>
        <translation>Personnes déjà venues</translation>
    </message>
    <message>
        <source>Distinct people</source>
        <translation>Personnes différentes</translation>
    </message>
    <message>
        <source>Hours of workshops</source>
        <translation>Heures d&apos;atelier</translation>
    </message>
    <message>
        <source>Learner-hours</source>
        <translation>Heures-participants</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
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
        <source>Gain (points)</source>
        <translation>Progression (points)</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>No site</source>
        <translation>Aucun lieu</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>Taux d&apos;absence</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Computing the dashboard…</source>
        <translation>Calcul du tableau de bord…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Nothing was recorded with these filters.</source>
        <translation>Rien n&apos;a été enregistré avec ces filtres.</translation>
    </message>
    <message>
        <source>Figures of %1 to %2.</source>
        <translation>Chiffres du %1 au %2.</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Par semaine</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Regrouper par</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Mettre à jour</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Progress of the dashboard</source>
        <translation>Progression du tableau de bord</translation>
    </message>
    <message>
        <source>workshops held</source>
        <translation>ateliers réalisés</translation>
    </message>
    <message>
        <source>hours of training</source>
        <translation>heures d&apos;atelier</translation>
    </message>
    <message>
        <source>people reached</source>
        <translation>personnes touchées</translation>
    </message>
    <message>
        <source>new people</source>
        <translation>nouvelles personnes</translation>
    </message>
    <message>
        <source>no-show rate</source>
        <translation>taux d&apos;absence</translation>
    </message>
    <message>
        <source>Attendance by status</source>
        <translation>Présences par statut</translation>
    </message>
    <message>
        <source>New and returning people</source>
        <translation>Nouvelles personnes et personnes déjà venues</translation>
    </message>
    <message>
        <source>Hours of training</source>
        <translation>Heures d&apos;atelier</translation>
    </message>
    <message>
        <source>Comparison of sites</source>
        <translation>Comparaison des lieux</translation>
    </message>
    <message>
        <source>Modules most taught (workshops)</source>
        <translation>Modules les plus enseignés (ateliers)</translation>
    </message>
    <message>
        <source>Quiz results before → after (average %)</source>
        <translation>Résultats aux quiz avant → après (moyenne en %)</translation>
    </message>
    <message>
        <source>People by age band</source>
        <translation>Personnes par tranche d&apos;âge</translation>
    </message>
    <message>
        <source>People by gender</source>
        <translation>Personnes par genre</translation>
    </message>
</context>
<context>
    <name>DashboardQuery</name>
    <message>
        <source>The dashboard was cancelled.</source>
        <translation>Le calcul du tableau de bord a été annulé.</translation>
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
        <translation>%1 n&apos;est pas une base de données Mediatelier (ce n&apos;est pas un fichier SQLite). Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>La base de données %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Impossible de créer le dossier %1 pour la base de données.</translation>
    </message>
    <message>
        <source>Cannot write to %1: the folder or the file is read-only. Choose another place.</source>
        <translation>Impossible d&apos;écrire dans %1 : le dossier ou le fichier est en lecture seule. Choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>%1 is already open in another Mediatelier window. Use that window, or close it first.</source>
        <translation>%1 est déjà ouvert dans une autre fenêtre de Mediatelier. Utilisez cette fenêtre, ou fermez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
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
        <translation>%1 est endommagé et illisible (%2). Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Mediatelier (data version %2; this program knows up to %3). Update Mediatelier to open it. The file was left untouched.</source>
        <translation>%1 a été écrit par une version plus récente de Mediatelier (version des données %2 ; ce programme connaît jusqu&apos;à la version %3). Mettez Mediatelier à jour pour l&apos;ouvrir. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is damaged (the integrity check failed). It was left untouched; restore a backup or create a new file.</source>
        <translation>%1 est endommagé (la vérification d&apos;intégrité a échoué). Il n&apos;a pas été modifié ; restaurez une sauvegarde ou créez un nouveau fichier.</translation>
    </message>
    <message>
        <source>Integrity check: %1</source>
        <translation>Vérification d&apos;intégrité : %1</translation>
    </message>
    <message>
        <source>Integrity check could not run: %1</source>
        <translation>La vérification d&apos;intégrité n&apos;a pas pu être lancée : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) point to records that do not exist.</source>
        <translation>
            <numerusform>%n ligne renvoie à un enregistrement qui n&apos;existe pas.</numerusform>
            <numerusform>%n lignes renvoient à des enregistrements qui n&apos;existent pas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Foreign key check could not run: %1</source>
        <translation>La vérification des clés étrangères n&apos;a pas pu être lancée : %1</translation>
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
        <translation>Impossible d&apos;écrire la sauvegarde %1 : %2</translation>
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
        <translation>Rien n&apos;a été modifié dans ce fichier. Que voulez-vous faire ?</translation>
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
    <message>
        <source>The backup of %1 passed its check. Restoring it keeps the damaged file aside, renamed: it is never overwritten or deleted. What would you like to do?</source>
        <translation>La sauvegarde du %1 a passé la vérification. La restaurer met le fichier endommagé de côté, renommé : il n&apos;est jamais écrasé ni supprimé. Que voulez-vous faire ?</translation>
    </message>
    <message>
        <source>Restore the last good backup</source>
        <translation>Restaurer la dernière sauvegarde intacte</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>The demo needs at least one year and one site.</source>
        <translation>Les données de démonstration demandent au moins une année et un lieu.</translation>
    </message>
    <message numerus="yes">
        <source>This database already holds %n workshop(s); demo data would mix with them.</source>
        <translation>
            <numerusform>Cette base contient déjà %n atelier ; les données de démonstration s&apos;y mélangeraient.</numerusform>
            <numerusform>Cette base contient déjà %n ateliers ; les données de démonstration s&apos;y mélangeraient.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoRegistry</name>
    <message>
        <source>Teach the machine</source>
        <translation>Apprendre à la machine</translation>
    </message>
    <message>
        <source>The group sorts messages into scams and normal messages; the machine learns from them, and from mistakes.</source>
        <translation>Le groupe classe des messages en arnaques et en messages normaux ; la machine apprend de ces exemples, et des erreurs.</translation>
    </message>
    <message>
        <source>The CV screener</source>
        <translation>Le tri des CV</translation>
    </message>
    <message>
        <source>A screener learns from past hiring decisions, and their bias: selection rates per group, and the proxies that carry the bias.</source>
        <translation>Un logiciel de tri apprend d&apos;anciennes décisions d&apos;embauche, et de leurs biais : taux de sélection par groupe, et indices indirects qui transmettent le biais.</translation>
    </message>
    <message>
        <source>How a chatbot writes</source>
        <translation>Comment écrit un chatbot</translation>
    </message>
    <message>
        <source>A small model writes word by word, picking among likely next words: fluent is not the same as true.</source>
        <translation>Un petit modèle écrit mot après mot, en choisissant parmi les mots suivants probables : bien écrit ne veut pas dire vrai.</translation>
    </message>
    <message>
        <source>Similar words</source>
        <translation>Mots proches</translation>
    </message>
    <message>
        <source>Words turned into numbers: a job search that understands misspellings and related jobs.</source>
        <translation>Des mots transformés en nombres : une recherche de métier qui comprend les fautes d&apos;orthographe et les métiers voisins.</translation>
    </message>
</context>
<context>
    <name>DemonstrationsScreen</name>
    <message>
        <source>Demonstrations</source>
        <translation>Démonstrations</translation>
    </message>
    <message>
        <source>Four small demonstrations of what AI does, running on this computer without any network. Choose one on the left (Enter). Each has a Reset button and a panel saying what it shows and what it simplifies. They can be projected, and lessons open them from their pages.</source>
        <translation>Quatre petites démonstrations de ce que fait l&apos;IA, qui fonctionnent sur cet ordinateur sans aucune connexion. Choisissez-en une à gauche (Entrée). Chacune a un bouton Recommencer et un panneau qui dit ce qu&apos;elle montre et ce qu&apos;elle simplifie. On peut les projeter, et les leçons les ouvrent depuis leurs pages.</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>The export was cancelled; no file was kept.</source>
        <translation>L&apos;export a été annulé ; aucun fichier n&apos;a été gardé.</translation>
    </message>
</context>
<context>
    <name>FacilitatorGuideDialog</name>
    <message>
        <source>Facilitator guide — %1</source>
        <translation>Guide d&apos;animation — %1</translation>
    </message>
    <message>
        <source>Facilitator guide</source>
        <translation>Guide d&apos;animation</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
</context>
<context>
    <name>FacilitatorStore</name>
    <message>
        <source>A facilitator needs a name.</source>
        <translation>Un animateur doit avoir un nom.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>There is no facilitator %1.</source>
        <translation>Il n&apos;y a pas d&apos;animateur n° %1.</translation>
    </message>
</context>
<context>
    <name>FacilitatorsDialog</name>
    <message>
        <source>Show &amp;inactive</source>
        <translation>Afficher les &amp;inactifs</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Animateurs</translation>
    </message>
    <message>
        <source>&amp;Facilitators who lead workshops:</source>
        <translation>Anima&amp;teurs qui animent les ateliers :</translation>
    </message>
    <message>
        <source>Add a facilitator</source>
        <translation>Ajouter un animateur</translation>
    </message>
    <message>
        <source>Edit the facilitator</source>
        <translation>Modifier l&apos;animateur</translation>
    </message>
    <message>
        <source>Remove the facilitator</source>
        <translation>Supprimer l&apos;animateur</translation>
    </message>
    <message>
        <source>A facilitator who led workshops is deactivated instead, so that past workshops keep their name.</source>
        <translation>Un animateur qui a déjà animé des ateliers est désactivé plutôt que supprimé : les ateliers passés gardent son nom.</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
    <message>
        <source>Rea&amp;ctivate</source>
        <translation>&amp;Réactiver</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Reactivate the facilitator</source>
        <translation>Réactiver l&apos;animateur</translation>
    </message>
    <message>
        <source>Deactivate the facilitator</source>
        <translation>Désactiver l&apos;animateur</translation>
    </message>
    <message>
        <source>Remove facilitator</source>
        <translation>Supprimer l&apos;animateur</translation>
    </message>
    <message>
        <source>Remove %1 from the list?</source>
        <translation>Supprimer %1 de la liste ?</translation>
    </message>
    <message>
        <source>%1 led workshops, so they were deactivated rather than removed: past workshops keep their name.</source>
        <translation>%1 a animé des ateliers : cette personne a été désactivée plutôt que supprimée, et les ateliers passés gardent son nom.</translation>
    </message>
    <message>
        <source>Edit facilitator</source>
        <translation>Modifier l&apos;animateur</translation>
    </message>
    <message>
        <source>New facilitator</source>
        <translation>Nouvel animateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Home site</source>
        <translation>Lieu principal</translation>
    </message>
    <message>
        <source>No site</source>
        <translation>Aucun lieu</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>E-&amp;mail (optional):</source>
        <translation>&amp;E-mail (facultatif) :</translation>
    </message>
    <message>
        <source>&amp;Home site:</source>
        <translation>&amp;Lieu principal :</translation>
    </message>
</context>
<context>
    <name>GiftFormat</name>
    <message>
        <source>the question title opened with &apos;::&apos; is never closed</source>
        <translation>le titre de question ouvert par « :: » n&apos;est jamais fermé</translation>
    </message>
    <message>
        <source>&apos;}&apos; closes no answer block (write \} for a brace in a text)</source>
        <translation>« } » ne ferme aucun bloc de réponses (écrivez \} pour une accolade dans un texte)</translation>
    </message>
    <message>
        <source>description without answers</source>
        <translation>description sans réponses</translation>
    </message>
    <message>
        <source>the answer block opened with &apos;{&apos; is never closed</source>
        <translation>le bloc de réponses ouvert par « { » n&apos;est jamais fermé</translation>
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
        <source>unknown marker &apos;%1&apos;: each answer starts with = or ~</source>
        <translation>marque inconnue « %1 » : chaque réponse commence par = ou ~</translation>
    </message>
    <message>
        <source>invalid weight in &apos;%1&apos; (a weight is a percentage between two % signs)</source>
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
        <source>&apos;-&gt;&apos; outside a matching question (a matching question has only =left -&gt; right answers)</source>
        <translation>« -&gt; » hors d&apos;une question d&apos;association (une question d&apos;association n&apos;a que des réponses =gauche -&gt; droite)</translation>
    </message>
    <message>
        <source>matching question with extra right-hand answers</source>
        <translation>question d&apos;association avec des réponses de droite en trop</translation>
    </message>
    <message>
        <source>matching question with fewer than two pairs</source>
        <translation>question d&apos;association avec moins de deux paires</translation>
    </message>
    <message>
        <source>unknown marker &apos;#&apos;: a true/false answer has at most two feedbacks</source>
        <translation>marque inconnue « # » : une réponse vrai/faux a au plus deux commentaires</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number, a number:tolerance or a low..high range</source>
        <translation>« %1 » n&apos;est ni un nombre, ni nombre:marge, ni un intervalle bas..haut</translation>
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
        <translation>Aucun module n&apos;a de questions pour le mode groupe.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) for the group.</source>
        <translation>
            <numerusform>%n question pour le groupe.</numerusform>
            <numerusform>%n questions pour le groupe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quiz with the whole group</source>
        <translation>Quiz avec tout le groupe</translation>
    </message>
    <message>
        <source>The questions are projected in large type. Count the raised hands for each option, then show the answers. No name is asked, shown or kept.</source>
        <translation>Les questions sont projetées en gros caractères. Comptez les mains levées pour chaque réponse, puis montrez les réponses. Aucun nom n&apos;est demandé, affiché ni gardé.</translation>
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
        <translation>Aucune main comptée pour l&apos;instant.</translation>
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
        <translation>Ce module n&apos;a pas de question à laquelle un groupe peut répondre à main levée.</translation>
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
    <name>GroupResultsDialog</name>
    <message>
        <source>Group results of a workshop</source>
        <translation>Résultats de groupe d&apos;un atelier</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
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
        <translation>Après le module</translation>
    </message>
    <message>
        <source>Before the module</source>
        <translation>Avant le module</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>How the scores spread</source>
        <translation>Répartition des scores</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Right answers</source>
        <translation>Bonnes réponses</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Success rate per question, lowest first</source>
        <translation>Taux de réussite par question, du plus bas au plus haut</translation>
    </message>
    <message>
        <source>&amp;Workshop:</source>
        <translation>&amp;Atelier :</translation>
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
        <source>No finished quiz for this workshop, module and quiz yet.</source>
        <translation>Aucun quiz terminé pour l&apos;instant pour cet atelier, ce module et ce quiz.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) finished this quiz. Average score: %1 %.</source>
        <translation>
            <numerusform>%n personne a terminé ce quiz. Score moyen : %1 %.</numerusform>
            <numerusform>%n personnes ont terminé ce quiz. Score moyen : %1 %.</numerusform>
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
        <translation>Vos données dans cet espace numérique — %1</translation>
    </message>
    <message>
        <source>Who you are</source>
        <translation>Qui vous êtes</translation>
    </message>
    <message>
        <source>Name used here</source>
        <translation>Nom utilisé ici</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Notes written about you</source>
        <translation>Notes écrites à votre sujet</translation>
    </message>
    <message>
        <source>Your personal sign-in code</source>
        <translation>Votre code personnel de connexion</translation>
    </message>
    <message>
        <source>Digital space</source>
        <translation>Espace numérique</translation>
    </message>
    <message>
        <source>Record created on</source>
        <translation>Fiche créée le</translation>
    </message>
    <message>
        <source>Last changed on</source>
        <translation>Dernière modification le</translation>
    </message>
    <message>
        <source>Anonymised on</source>
        <translation>Anonymisée le</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Your consent</source>
        <translation>Votre consentement</translation>
    </message>
    <message>
        <source>No consent date is recorded.</source>
        <translation>Aucune date de consentement n&apos;est enregistrée.</translation>
    </message>
    <message>
        <source>You agreed on %1 to the privacy notice, version %2.</source>
        <translation>Vous avez accepté le %1 la notice d&apos;information, version %2.</translation>
    </message>
    <message>
        <source>Workshops you came to or registered for</source>
        <translation>Vos ateliers (présences et inscriptions)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Checked in at</source>
        <translation>Heure d&apos;arrivée</translation>
    </message>
    <message>
        <source>Every change made at the door</source>
        <translation>Chaque modification faite à l&apos;accueil</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
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
        <source>Lessons you read</source>
        <translation>Leçons que vous avez lues</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Pages opened</source>
        <translation>Pages ouvertes</translation>
    </message>
    <message>
        <source>Pages finished</source>
        <translation>Pages terminées</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Première visite</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Dernière visite</translation>
    </message>
    <message>
        <source>before the module</source>
        <translation>avant le module</translation>
    </message>
    <message>
        <source>after the module</source>
        <translation>après le module</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>d&apos;entraînement</translation>
    </message>
    <message>
        <source>self-assessment</source>
        <translation>d&apos;auto-évaluation</translation>
    </message>
    <message>
        <source>Your quiz answers and results</source>
        <translation>Vos réponses et résultats aux quiz</translation>
    </message>
    <message>
        <source>score %1 / %2</source>
        <translation>score %1 / %2</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>pas terminé</translation>
    </message>
    <message>
        <source>%1 — quiz %2, %3: %4</source>
        <translation>%1 — quiz %2, %3 : %4</translation>
    </message>
    <message>
        <source>%1 out of 5</source>
        <translation>%1 sur 5</translation>
    </message>
    <message>
        <source>right</source>
        <translation>juste</translation>
    </message>
    <message>
        <source>partly right</source>
        <translation>en partie juste</translation>
    </message>
    <message>
        <source>not right</source>
        <translation>pas juste</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <source>This document lists everything this digital space keeps about you in Mediatelier, as of %1. Nothing about other people is included. A computer-readable copy (JSON) comes with it.</source>
        <translation>Ce document liste tout ce que cet espace numérique garde sur vous dans Mediatelier, à la date du %1. Rien sur d&apos;autres personnes n&apos;y figure. Une copie lisible par ordinateur (JSON) l&apos;accompagne.</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Vos droits</translation>
    </message>
    <message>
        <source>You may ask to see, correct or erase these data, take them elsewhere, or object to their use. Ask the staff of the digital space; the privacy notice says how to complain to the data protection authority.</source>
        <translation>Vous pouvez demander à voir, corriger ou effacer ces données, à les emporter ailleurs, ou vous opposer à leur utilisation. Adressez-vous à l&apos;équipe de l&apos;espace numérique ; la notice d&apos;information explique comment porter plainte auprès de l&apos;autorité de protection des données.</translation>
    </message>
</context>
<context>
    <name>LearnerDataExport</name>
    <message>
        <source>There is no learner %1.</source>
        <translation>Il n&apos;y a pas de participant n° %1.</translation>
    </message>
    <message>
        <source>learner-data</source>
        <comment>file name</comment>
        <translation>donnees-participant</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
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
        <translation>Consentement &amp;donné le</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>New learner</source>
        <translation>Nouveau participant</translation>
    </message>
    <message>
        <source>&amp;Display name (required):</source>
        <translation>&amp;Nom affiché (obligatoire) :</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>A first name or a nickname is enough</source>
        <translation>Un prénom ou un surnom suffit</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>Nom de &amp;famille :</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Post&amp;code:</source>
        <translation>&amp;Code postal :</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <source>&amp;Age band:</source>
        <translation>T&amp;ranche d&apos;âge :</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Ge&amp;nder:</source>
        <translation>&amp;Genre :</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Date du consentement</translation>
    </message>
    <message>
        <source>Consent given today</source>
        <translation>Consentement donné aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Consent &amp;wording version:</source>
        <translation>&amp;Version du texte de consentement :</translation>
    </message>
    <message>
        <source>Consent wording version</source>
        <translation>Version du texte de consentement</translation>
    </message>
    <message>
        <source>Personal c&amp;ode:</source>
        <translation>C&amp;ode personnel :</translation>
    </message>
    <message>
        <source>Personal code</source>
        <translation>Code personnel</translation>
    </message>
    <message>
        <source>A short code the learner types to sign in on a shared computer.</source>
        <translation>Un code court que le participant tape pour se connecter sur un ordinateur partagé.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Note&amp;s:</source>
        <translation>Note&amp;s :</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Already known?</source>
        <translation>Personne déjà connue ?</translation>
    </message>
    <message numerus="yes">
        <source>%1 looks like the same person.</source>
        <translation>
            <numerusform>%1 semble être la même personne.</numerusform>
            <numerusform>%1 semblent être la même personne.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Use the existing record</source>
        <translation>&amp;Utiliser la fiche existante</translation>
    </message>
    <message>
        <source>&amp;Create anyway</source>
        <translation>&amp;Créer quand même</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Enregistrer quand même</translation>
    </message>
    <message>
        <source>To keep one record with everything, use Merge… in the list of learners.</source>
        <translation>Pour garder une seule fiche avec toutes les informations, utilisez Fusionner… dans la liste des participants.</translation>
    </message>
    <message>
        <source>Not the current privacy notice (version %1): read the current one with the person and record their consent again.</source>
        <translation>Ce n&apos;est pas la notice d&apos;information actuelle (version %1) : lisez la notice actuelle avec la personne et enregistrez à nouveau son consentement.</translation>
    </message>
    <message>
        <source>Current privacy notice: version %1 (Help → Privacy notice…).</source>
        <translation>Notice d&apos;information actuelle : version %1 (Aide → Notice d&apos;information…).</translation>
    </message>
</context>
<context>
    <name>LearnerErasure</name>
    <message>
        <source>There is no learner %1.</source>
        <translation>Il n&apos;y a pas de participant n° %1.</translation>
    </message>
</context>
<context>
    <name>LearnerFields</name>
    <message>
        <source>under 18</source>
        <translation>moins de 18 ans</translation>
    </message>
    <message>
        <source>over 75</source>
        <translation>plus de 75 ans</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2 ans</translation>
    </message>
    <message>
        <source>woman</source>
        <translation>femme</translation>
    </message>
    <message>
        <source>man</source>
        <translation>homme</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
</context>
<context>
    <name>LearnerImport</name>
    <message>
        <source>(ignore this column)</source>
        <translation>(ignorer cette colonne)</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Date du consentement</translation>
    </message>
    <message>
        <source>Consent wording version</source>
        <translation>Version du texte de consentement</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1 : illisible (%2).</translation>
    </message>
    <message>
        <source>%1: the file is empty; a first line with the column names is expected, e.g. “Prénom;Nom;Code postal”.</source>
        <translation>%1 : le fichier est vide ; une première ligne avec le nom des colonnes est attendue, par exemple « Prénom;Nom;Code postal ».</translation>
    </message>
    <message>
        <source>%1: no column gives a name. The first line must name at least one of these columns: “Pseudo” or “Display name”, “Prénom” or “First name”, “Nom” or “Last name”. Columns found: %2.</source>
        <translation>%1 : aucune colonne ne donne de nom. La première ligne doit nommer au moins une de ces colonnes : « Pseudo » ou « Display name », « Prénom » ou « First name », « Nom » ou « Last name ». Colonnes trouvées : %2.</translation>
    </message>
    <message>
        <source>no name (display name, first name or last name)</source>
        <translation>aucun nom (nom affiché, prénom ou nom de famille)</translation>
    </message>
    <message>
        <source>invalid e-mail address “%1”</source>
        <translation>adresse e-mail invalide « %1 »</translation>
    </message>
    <message>
        <source>unknown age band “%1”</source>
        <translation>tranche d&apos;âge inconnue « %1 »</translation>
    </message>
    <message>
        <source>unknown gender “%1”</source>
        <translation>genre inconnu « %1 »</translation>
    </message>
    <message>
        <source>invalid consent date “%1” (expected e.g. 2026-03-01 or 01/03/2026)</source>
        <translation>date de consentement invalide « %1 » (attendu : par exemple 2026-03-01 ou 01/03/2026)</translation>
    </message>
    <message>
        <source>Line %1: %2 imported.</source>
        <translation>Ligne %1 : %2 importé(e).</translation>
    </message>
    <message>
        <source>Line %1: %2 will be imported.</source>
        <translation>Ligne %1 : %2 sera importé(e).</translation>
    </message>
    <message>
        <source>Line %1: %2 looks like %3, already stored; not imported.</source>
        <translation>Ligne %1 : %2 ressemble à %3, déjà enregistré(e) ; pas importé(e).</translation>
    </message>
    <message>
        <source>Line %1: %2 looks like the person on line %3; not imported.</source>
        <translation>Ligne %1 : %2 ressemble à la personne de la ligne %3 ; pas importé(e).</translation>
    </message>
    <message>
        <source>Line %1: rejected: %2.</source>
        <translation>Ligne %1 : refusée : %2.</translation>
    </message>
</context>
<context>
    <name>LearnerMergeDialog</name>
    <message>
        <source>Merge two records</source>
        <translation>Fusionner deux fiches</translation>
    </message>
    <message>
        <source>These two records describe the same person. Which one do you keep?</source>
        <translation>Ces deux fiches décrivent la même personne. Laquelle gardez-vous ?</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>Garder %1</translation>
    </message>
    <message>
        <source>The attendance, lesson progress and quiz results of the other record move to the one kept; what the kept record lacks (phone, e-mail…) is taken from the other. Then the other record is deleted. This cannot be undone.</source>
        <translation>Les présences, la progression dans les leçons et les résultats aux quiz de l&apos;autre fiche passent sur la fiche gardée ; ce qui manque à la fiche gardée (téléphone, e-mail…) est repris de l&apos;autre. Ensuite, l&apos;autre fiche est supprimée. On ne peut pas revenir en arrière.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>last came %1</source>
        <translation>dernière présence : %1</translation>
    </message>
    <message>
        <source>Keep: %1</source>
        <translation>Garder : %1</translation>
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
        <translation>Invité (rien n&apos;est enregistré)</translation>
    </message>
</context>
<context>
    <name>LearnerPrivacyActions</name>
    <message>
        <source>Export their data</source>
        <translation>Exporter ses données</translation>
    </message>
    <message>
        <source>Export their data (a JSON file and a PDF beside it)</source>
        <translation>Exporter ses données (un fichier JSON et un PDF à côté)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved:
%1
%2

The PDF is for the person to read; the JSON file is for another program. Both hold personal data: hand them over, then delete them from this computer.</source>
        <translation>Enregistré :
%1
%2

Le PDF est à lire par la personne ; le fichier JSON est destiné à un autre programme. Les deux contiennent des données personnelles : remettez-les à la personne, puis supprimez-les de cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Erase a learner</source>
        <translation>Effacer un participant</translation>
    </message>
    <message>
        <source>Erase %1 for good?</source>
        <translation>Effacer définitivement %1 ?</translation>
    </message>
    <message>
        <source>Their name, phone, e-mail, postcode, notes and personal code are removed and cannot be brought back. Their attendance and quiz results stay as anonymous counts, under a reference with no name, so that earlier reports still add up; their age band and gender stay for the same reason.

Think of exporting their data first if they want a copy.</source>
        <translation>Son nom, son téléphone, son e-mail, son code postal, les notes à son sujet et son code personnel sont supprimés et ne pourront pas être récupérés. Ses présences et ses résultats aux quiz restent comme chiffres anonymes, sous une référence sans nom, pour que les bilans précédents restent justes ; sa tranche d&apos;âge et son genre restent pour la même raison.

Pensez d&apos;abord à exporter ses données si la personne en veut une copie.</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Effacer définitivement</translation>
    </message>
    <message>
        <source>Nothing was erased: %1</source>
        <translation>Rien n&apos;a été effacé : %1</translation>
    </message>
</context>
<context>
    <name>LearnerSignInDialog</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Type your first name or your personal code:</source>
        <translation>Tapez votre prénom ou votre code personnel :</translation>
    </message>
    <message>
        <source>Your first name or personal code</source>
        <translation>Votre prénom ou votre code personnel</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Continue as a guest</source>
        <translation>Continuer en invité</translation>
    </message>
    <message>
        <source>As a guest you can read and answer quizzes; nothing is recorded.</source>
        <translation>En invité, vous pouvez lire et répondre aux quiz ; rien n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Several people have this name. Please type your personal code, or ask the mediator.</source>
        <translation>Plusieurs personnes ont ce prénom. Tapez votre code personnel, ou demandez au médiateur.</translation>
    </message>
    <message>
        <source>We do not know this name yet. Check the spelling, ask the mediator, or continue as a guest.</source>
        <translation>Nous ne connaissons pas encore ce nom. Vérifiez l&apos;orthographe, demandez au médiateur, ou continuez en invité.</translation>
    </message>
</context>
<context>
    <name>LearnerStore</name>
    <message>
        <source>A learner needs a display name.</source>
        <translation>Un participant doit avoir un nom d&apos;affichage.</translation>
    </message>
    <message>
        <source>There is no learner %1.</source>
        <translation>Il n&apos;y a pas de participant n° %1.</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address.</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>“%1” is not a known age band.</source>
        <translation>« %1 » n&apos;est pas une tranche d&apos;âge connue.</translation>
    </message>
    <message>
        <source>“%1” is not a known gender.</source>
        <translation>« %1 » n&apos;est pas un genre connu.</translation>
    </message>
    <message>
        <source>The personal code %1 is already used by another learner.</source>
        <translation>Le code personnel %1 est déjà utilisé par un autre participant.</translation>
    </message>
    <message>
        <source>A learner cannot be merged with themselves.</source>
        <translation>Un participant ne peut pas être fusionné avec lui-même.</translation>
    </message>
</context>
<context>
    <name>LearnerTableModel</name>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <source>Last attended</source>
        <translation>Dernière présence</translation>
    </message>
</context>
<context>
    <name>LearnersScreen</name>
    <message>
        <source>Learners</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Chercher :</translation>
    </message>
    <message>
        <source>A few letters of a name; accents and capitals do not matter</source>
        <translation>Quelques lettres d&apos;un nom ; les accents et les majuscules ne comptent pas</translation>
    </message>
    <message>
        <source>Find a learner</source>
        <translation>Chercher un participant</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Create a learner (Ctrl+N)</source>
        <translation>Créer un participant (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected learner (Enter)</source>
        <translation>Modifier le participant sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
    <message>
        <source>Select two records of the same person (Shift+↓ or Ctrl+click), then merge them</source>
        <translation>Sélectionnez deux fiches de la même personne (Maj+↓ ou Ctrl+clic), puis fusionnez-les</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Select the two records of the same person first (Shift+↓ or Ctrl+click).</source>
        <translation>Sélectionnez d&apos;abord les deux fiches de la même personne (Maj+↓ ou Ctrl+clic).</translation>
    </message>
    <message>
        <source>The records were not merged: %1</source>
        <translation>Les fiches n&apos;ont pas été fusionnées : %1</translation>
    </message>
    <message>
        <source>Import learners</source>
        <translation>Importer des participants</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Their rights:</source>
        <translation>Droits de la personne :</translation>
    </message>
    <message>
        <source>E&amp;xport their data…</source>
        <translation>E&amp;xporter ses données…</translation>
    </message>
    <message>
        <source>Everything stored about the selected person, as a PDF to read and a JSON file (access, portability)</source>
        <translation>Tout ce qui est enregistré sur la personne sélectionnée, en PDF à lire et en fichier JSON (droit d&apos;accès, portabilité)</translation>
    </message>
    <message>
        <source>E&amp;rase…</source>
        <translation>&amp;Effacer…</translation>
    </message>
    <message>
        <source>Remove the selected person&apos;s name and contact details for good; their attendance stays as anonymous counts</source>
        <translation>Supprime définitivement le nom et les coordonnées de la personne sélectionnée ; ses présences restent comme chiffres anonymes</translation>
    </message>
    <message>
        <source>&amp;Privacy notice…</source>
        <translation>No&amp;tice d&apos;information…</translation>
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
        <translation>Guide d&apos;animation</translation>
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
        <translation>Ce module n&apos;existe pas dans votre langue ; il est affiché en %1.</translation>
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
        <translation>%1 n&apos;a pas pu être chargé : %2</translation>
    </message>
    <message>
        <source>Reading as a guest (nothing is recorded)</source>
        <translation>Lecture en invité (rien n&apos;est enregistré)</translation>
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
        <translation>Ajouter un module : choisissez un fichier .zip ou le fichier module.json d&apos;un dossier</translation>
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
        <translation>Le module n&apos;a pas été ajouté</translation>
    </message>
    <message>
        <source>Module added</source>
        <translation>Module ajouté</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now in the list of modules.</source>
        <translation>« %1 » est maintenant dans la liste des modules.</translation>
    </message>
    <message>
        <source>Search the lessons (spelling mistakes are fine)…</source>
        <translation>Chercher dans les leçons (les fautes d&apos;orthographe ne gênent pas)…</translation>
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
        <translation>A&amp;ller à</translation>
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
        <translation>&lt;h2&gt;Mediatelier %1&lt;/h2&gt;&lt;p&gt;Des ateliers hors ligne sur l&apos;intelligence artificielle et l&apos;éthique des données, pour les médiateurs et médiatrices numériques et les personnes qu&apos;ils accueillent.&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;&lt;p&gt;Vos données restent sur cet ordinateur, dans un seul fichier :&lt;br&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Mediatelier — welcome</source>
        <translation>Mediatelier — bienvenue</translation>
    </message>
    <message>
        <source>Mediatelier — welcome, %1</source>
        <translation>Mediatelier — bienvenue, %1</translation>
    </message>
    <message>
        <source>&amp;Hand over to a learner…</source>
        <translation>&amp;Confier l&apos;ordinateur à un participant…</translation>
    </message>
    <message>
        <source>&amp;Leave learner mode…</source>
        <translation>&amp;Sortir du mode participant…</translation>
    </message>
    <message>
        <source>Learner mode: only your own lessons and quizzes. Ctrl+Shift+L gives the computer back.</source>
        <translation>Mode participant : seulement vos leçons et vos quiz. Ctrl+Maj+L rend l&apos;ordinateur à l&apos;animateur.</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>Sau&amp;vegardes…</translation>
    </message>
    <message>
        <source>Sign in as a l&amp;earner…</source>
        <translation>S&apos;identifier comme &amp;participant…</translation>
    </message>
    <message>
        <source>Sign &amp;out and lock</source>
        <translation>Se &amp;déconnecter et verrouiller</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Larger interface (now %1 %)</source>
        <translation>&amp;Agrandir l&apos;interface (actuellement %1 %)</translation>
    </message>
    <message>
        <source>&amp;Smaller interface</source>
        <translation>&amp;Réduire l&apos;interface</translation>
    </message>
    <message>
        <source>&amp;Normal size (100 %)</source>
        <translation>Taille &amp;normale (100 %)</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Contraste élevé</translation>
    </message>
    <message>
        <source>&amp;Privacy notice…</source>
        <translation>&amp;Notice d&apos;information…</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Session ouverte : %1 (%2)</translation>
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
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to unpack %1.</source>
        <translation>Impossible de créer un dossier temporaire pour décompresser %1.</translation>
    </message>
    <message>
        <source>This module has faults and was not added:
%1</source>
        <translation>Ce module comporte des erreurs et n&apos;a pas été ajouté :
%1</translation>
    </message>
    <message>
        <source>The built-in module &quot;%1&quot; is already at version %2; a pack must have a higher version to replace it.</source>
        <translation>Le module intégré « %1 » est déjà en version %2 ; un module doit avoir une version plus élevée pour le remplacer.</translation>
    </message>
    <message>
        <source>Cannot copy the module into %1.</source>
        <translation>Impossible de copier le module dans %1.</translation>
    </message>
    <message>
        <source>Cannot install the module into %1.</source>
        <translation>Impossible d&apos;installer le module dans %1.</translation>
    </message>
    <message>
        <source>There is no added module &quot;%1&quot; (built-in modules cannot be removed).</source>
        <translation>Il n&apos;y a pas de module ajouté « %1 » (les modules intégrés ne peuvent pas être retirés).</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
</context>
<context>
    <name>NextWordWidget</name>
    <message>
        <source>The model looked at how sentences begin in its texts, and drew “%1”.</source>
        <translation>Le modèle a regardé comment commencent les phrases dans ses textes, et a tiré « %1 ».</translation>
    </message>
    <message>
        <source>The model looked at what came after “%1” in its texts, and drew “%2”.</source>
        <translation>Le modèle a regardé ce qui venait après « %1 » dans ses textes, et a tiré « %2 ».</translation>
    </message>
    <message>
        <source>The model never saw these words: it drew “%1” from the most frequent words.</source>
        <translation>Le modèle n&apos;a jamais vu ces mots : il a tiré « %1 » parmi les mots les plus fréquents.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>“%1”, chance %2 %, chosen</source>
        <translation>« %1 », %2 % de chances, choisi</translation>
    </message>
    <message>
        <source>“%1”, chance %2 %</source>
        <translation>« %1 », %2 % de chances</translation>
    </message>
    <message>
        <source>&amp;Temperature: %1</source>
        <translation>&amp;Température : %1</translation>
    </message>
    <message>
        <source>Low: the model almost always takes the most likely word. The text is safe and repetitive.</source>
        <translation>Basse : le modèle prend presque toujours le mot le plus probable. Le texte est sans surprise et répétitif.</translation>
    </message>
    <message>
        <source>Medium: the model draws words by their chances, like a weighted lottery.</source>
        <translation>Moyenne : le modèle tire les mots au sort selon leurs chances, comme une loterie où certains mots ont plus de billets.</translation>
    </message>
    <message>
        <source>High: unlikely words get more chances. The text becomes surprising, then nonsense.</source>
        <translation>Élevée : les mots peu probables ont plus de chances. Le texte devient surprenant, puis absurde.</translation>
    </message>
    <message>
        <source>How a chatbot writes</source>
        <translation>Comment écrit un chatbot</translation>
    </message>
    <message>
        <source>&amp;Start of the sentence:</source>
        <translation>&amp;Début de la phrase :</translation>
    </message>
    <message>
        <source>Start of the sentence</source>
        <translation>Début de la phrase</translation>
    </message>
    <message>
        <source>&amp;Next word</source>
        <translation>Mot &amp;suivant</translation>
    </message>
    <message>
        <source>Adds one word (Enter)</source>
        <translation>Ajoute un mot (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Write 20 words</source>
        <translation>É&amp;crire 20 mots</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Recommencer</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>The words it hesitated between</source>
        <translation>Les mots entre lesquels il a hésité</translation>
    </message>
    <message>
        <source>Fluent is not true: in the texts it learned from, the library opens at ten; the model only knows which words often follow “opens at”, so it may write nine or eight with the same confidence.</source>
        <translation>Bien écrit ne veut pas dire vrai : dans les textes qui lui ont servi à apprendre, la bibliothèque ouvre à dix heures ; le modèle sait seulement quels mots suivent souvent « ouvre à », alors il peut écrire neuf ou huit avec la même assurance.</translation>
    </message>
    <message>
        <source>What this shows</source>
        <translation>Ce que cela montre</translation>
    </message>
    <message>
        <source>A chatbot writes one word at a time.
Each next word is drawn according to the chances it learned from texts.
The temperature changes how adventurous the draw is.
The result sounds right because it copies the way people write.
Nothing checks that the result is true.</source>
        <translation>Un chatbot écrit un mot à la fois.
Chaque mot suivant est tiré au sort selon les chances apprises dans des textes.
La température règle l&apos;audace du tirage.
Le résultat sonne juste parce qu&apos;il imite la façon dont les gens écrivent.
Rien ne vérifie que le résultat est vrai.</translation>
    </message>
    <message>
        <source>What it simplifies</source>
        <translation>Ce que cela simplifie</translation>
    </message>
    <message>
        <source>This model looks at the last two words only; real chatbots look at thousands.
It learned from about 1,700 words; real ones learn from billions.
Real ones cut words into pieces and compute chances with a neural network.
Real ones are also trained to follow instructions and to refuse some requests.
But the principle is the same: the most plausible continuation, not the truth.</source>
        <translation>Ce modèle ne regarde que les deux derniers mots ; les vrais chatbots en regardent des milliers.
Il a appris à partir d&apos;environ 1 700 mots ; les vrais, à partir de milliards.
Les vrais découpent les mots en morceaux et calculent les chances avec un réseau de neurones.
Les vrais sont aussi entraînés à suivre des consignes et à refuser certaines demandes.
Mais le principe est le même : la suite la plus plausible, pas la vérité.</translation>
    </message>
</context>
<context>
    <name>OrderingEditor</name>
    <message>
        <source>Items to put in order</source>
        <translation>Éléments à remettre dans l&apos;ordre</translation>
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
        <translation>%1 n&apos;est pas une archive .zip lisible.</translation>
    </message>
    <message>
        <source>%1 holds too many files to be a content pack.</source>
        <translation>%1 contient trop de fichiers pour être un module.</translation>
    </message>
    <message>
        <source>%1 is damaged (entry %2 cannot be read).</source>
        <translation>%1 est endommagé (l&apos;élément %2 est illisible).</translation>
    </message>
    <message>
        <source>%1 was refused: the entry &quot;%2&quot; would be written outside the pack folder.</source>
        <translation>%1 a été refusé : l&apos;élément « %2 » serait écrit en dehors du dossier du module.</translation>
    </message>
    <message>
        <source>%1 was refused: the entry &quot;%2&quot; is a symbolic link.</source>
        <translation>%1 a été refusé : l&apos;élément « %2 » est un lien symbolique.</translation>
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
        <translation>Impossible d&apos;extraire %1 de %2.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2 cannot be unpacked).</source>
        <translation>%1 est endommagé (impossible d&apos;extraire %2).</translation>
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
        <source>the id &apos;%1&apos; differs from the folder name &apos;%2&apos;</source>
        <translation>l&apos;identifiant « %1 » diffère du nom du dossier « %2 »</translation>
    </message>
    <message>
        <source>language &apos;%1&apos; is declared but its pages are absent (no %1/ folder)</source>
        <translation>la langue « %1 » est déclarée mais ses pages sont absentes (pas de dossier %1/)</translation>
    </message>
    <message>
        <source>page listed but missing: %1</source>
        <translation>page listée mais absente : %1</translation>
    </message>
    <message>
        <source>a page starts with a &apos;# &apos; heading, its title</source>
        <translation>une page commence par un titre « # »</translation>
    </message>
    <message>
        <source>facilitator guide missing: %1/%2</source>
        <translation>guide d&apos;animation absent : %1/%2</translation>
    </message>
    <message>
        <source>quiz file missing: %1</source>
        <translation>fichier de quiz absent : %1</translation>
    </message>
    <message>
        <source>the id must be lowercase letters, digits and dashes</source>
        <translation>l&apos;identifiant ne doit contenir que des minuscules, des chiffres et des tirets</translation>
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
        <source>unknown language &apos;%1&apos;</source>
        <translation>langue inconnue « %1 »</translation>
    </message>
    <message>
        <source>no learning objective in language &apos;%1&apos;</source>
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
        <source>page &apos;%1&apos; is listed twice</source>
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
        <source>term or definition missing in language &apos;%1&apos;</source>
        <translation>terme ou définition manquant en langue « %1 »</translation>
    </message>
    <message>
        <source>missing text in language &apos;%1&apos;</source>
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
        <translation>lien vers une page qui n&apos;est pas dans le module : %1</translation>
    </message>
</context>
<context>
    <name>PagedDocument</name>
    <message>
        <source>The document could not be written: the printer or file refused it.</source>
        <translation>Le document n&apos;a pas pu être écrit : l&apos;imprimante ou le fichier l&apos;a refusé.</translation>
    </message>
    <message>
        <source>The document could not be written: the printer or file refused page %1.</source>
        <translation>Le document n&apos;a pas pu être écrit : l&apos;imprimante ou le fichier a refusé la page %1.</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>Page %1 / %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>A PDF cannot be drawn without Qt&apos;s graphical part (fonts): start a QGuiApplication.</source>
        <translation>Un PDF ne peut pas être dessiné sans la partie graphique de Qt (polices) : démarrez une QGuiApplication.</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be started.</source>
        <translation>Impossible d&apos;écrire %1 : le PDF n&apos;a pas pu être commencé.</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>Page %1 / %2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Generated on %1 by Mediatelier</source>
        <translation>Généré le %1 par Mediatelier</translation>
    </message>
    <message>
        <source>Cannot write %1: page %2 was refused.</source>
        <translation>Impossible d&apos;écrire %1 : la page %2 a été refusée.</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be completed.</source>
        <translation>Impossible d&apos;écrire %1 : le PDF n&apos;a pas pu être terminé.</translation>
    </message>
</context>
<context>
    <name>PrivacyLog</name>
    <message>
        <source>Data exported</source>
        <translation>Données exportées</translation>
    </message>
    <message>
        <source>Learner erased</source>
        <translation>Participant effacé</translation>
    </message>
    <message>
        <source>Retention: inactive learners anonymised</source>
        <translation>Conservation : participants inactifs anonymisés</translation>
    </message>
    <message>
        <source>Record corrected</source>
        <translation>Fiche corrigée</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Sauvegarde faite</translation>
    </message>
</context>
<context>
    <name>PrivacyLogDialog</name>
    <message>
        <source>Privacy log</source>
        <translation>Journal des données personnelles</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Learners are named by their reference only: the log never holds a name.</source>
        <translation>Les participants n&apos;y figurent que par leur référence : le journal ne contient jamais de nom.</translation>
    </message>
</context>
<context>
    <name>PrivacyNoticeDialog</name>
    <message>
        <source>Privacy notice</source>
        <translation>Notice d&apos;information</translation>
    </message>
    <message>
        <source>Notice &amp;language:</source>
        <translation>&amp;Langue de la notice :</translation>
    </message>
    <message>
        <source>Language of the notice</source>
        <translation>Langue de la notice</translation>
    </message>
    <message>
        <source>Version %1 of the wording. When a learner consents, record this version in their record (Learners → Edit… → Consent wording version). The organisation, its contact and the retention period come from Settings → Privacy.</source>
        <translation>Version %1 du texte. Quand un participant donne son consentement, notez cette version dans sa fiche (Participants → Modifier… → Version du texte de consentement). L&apos;organisation, son contact et la durée de conservation viennent de Paramètres → Vie privée.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>privacy-notice</source>
        <comment>file name</comment>
        <translation>notice-information</translation>
    </message>
    <message>
        <source>Save the privacy notice</source>
        <translation>Enregistrer la notice d&apos;information</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print the privacy notice</source>
        <translation>Imprimer la notice d&apos;information</translation>
    </message>
</context>
<context>
    <name>PrivacySettingsBox</name>
    <message>
        <source>Privacy</source>
        <translation>Vie privée</translation>
    </message>
    <message>
        <source>Anonymise learners &amp;inactive for:</source>
        <translation>Anonymiser les partici&amp;pants inactifs depuis :</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Months of inactivity before anonymisation (0: never)</source>
        <translation>Mois d&apos;inactivité avant l&apos;anonymisation (0 : jamais)</translation>
    </message>
    <message>
        <source>At start, Mediatelier lists the learners inactive for this long and offers to anonymise them.</source>
        <translation>Au démarrage, Mediatelier liste les participants inactifs depuis cette durée et propose de les anonymiser.</translation>
    </message>
    <message>
        <source>&amp;Organisation (in the privacy notice):</source>
        <translation>&amp;Organisation (dans la notice d&apos;information) :</translation>
    </message>
    <message>
        <source>e.g. Espace public numérique de Saint-Gilles</source>
        <translation>par ex. Espace public numérique de Saint-Gilles</translation>
    </message>
    <message>
        <source>C&amp;ontact for privacy requests:</source>
        <translation>Con&amp;tact pour les demandes sur les données :</translation>
    </message>
    <message>
        <source>address, phone or e-mail</source>
        <translation>adresse, téléphone ou e-mail</translation>
    </message>
    <message>
        <source>Privacy &amp;notice…</source>
        <translation>Notice d&apos;in&amp;formation…</translation>
    </message>
    <message>
        <source>Privacy lo&amp;g…</source>
        <translation>&amp;Journal des données personnelles…</translation>
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
        <translation>Mediatelier — notes d&apos;animation</translation>
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
        <source>duplicate question id &apos;%1&apos;</source>
        <translation>identifiant de question en double « %1 »</translation>
    </message>
    <message>
        <source>unknown question type &apos;%1&apos; (expected one of: %2)</source>
        <translation>type de question inconnu « %1 » (attendu : %2)</translation>
    </message>
    <message>
        <source>unknown quiz kind &apos;%1&apos; (expected pre, post or practice)</source>
        <translation>type de quiz inconnu « %1 » (attendu : pre, post ou practice)</translation>
    </message>
    <message>
        <source>page &apos;%1&apos; is not in the module&apos;s page list</source>
        <translation>la page « %1 » n&apos;est pas dans la liste des pages du module</translation>
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
        <source>a true/false question has exactly the options &apos;true&apos; and &apos;false&apos;</source>
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
        <source>no accepted answer in language &apos;%1&apos;</source>
        <translation>aucune réponse acceptée en langue « %1 »</translation>
    </message>
    <message>
        <source>a numeric question needs a number as answer</source>
        <translation>une question numérique attend un nombre comme réponse</translation>
    </message>
    <message>
        <source>the tolerance cannot be negative</source>
        <translation>la marge d&apos;erreur ne peut pas être négative</translation>
    </message>
    <message>
        <source>missing text in language &apos;%1&apos;</source>
        <translation>texte manquant en langue « %1 »</translation>
    </message>
</context>
<context>
    <name>QuizImport</name>
    <message>
        <source>&quot;%1&quot; is not a valid module id (lowercase letters, digits and dashes).</source>
        <translation>« %1 » n&apos;est pas un identifiant de module valide (minuscules, chiffres et tirets).</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>%1:%2: %3 Nothing was imported.</source>
        <translation>%1:%2 : %3 Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Cannot prepare the module %1 for the import.</source>
        <translation>Impossible de préparer le module %1 pour l&apos;import.</translation>
    </message>
    <message>
        <source>Cannot write the questions of %1.</source>
        <translation>Impossible d&apos;écrire les questions de %1.</translation>
    </message>
    <message>
        <source>There is no module &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas de module « %1 ».</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
</context>
<context>
    <name>QuizResultStore</name>
    <message>
        <source>There is no quiz attempt %1.</source>
        <translation>Il n&apos;y a pas de passage de quiz n° %1.</translation>
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
        <translation>
            <numerusform>Vous étiez sûr(e) de %n réponse qui n&apos;était pas juste : relisez-la.</numerusform>
            <numerusform>Vous étiez sûr(e) de %n réponses qui n&apos;étaient pas justes : relisez-les.</numerusform>
        </translation>
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
        <source>&lt;b style=&apos;color:#1b6e20&apos;&gt;Right!&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#1b6e20&apos;&gt;Juste !&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#8a5a00&apos;&gt;Partly right.&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#8a5a00&apos;&gt;En partie juste.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#8a1c1c&apos;&gt;Not quite.&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#8a1c1c&apos;&gt;Pas tout à fait.&lt;/b&gt;</translation>
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
    <message>
        <source>The right answer: %1</source>
        <translation>La bonne réponse : %1</translation>
    </message>
</context>
<context>
    <name>QuizzesScreen</name>
    <message>
        <source>The answer was not saved</source>
        <translation>La réponse n&apos;a pas été enregistrée</translation>
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
        <translation>Ce module n&apos;a pas de questions pour ce quiz.</translation>
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
        <source>%n question(s) will be added to &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n question sera ajoutée à « %1 ».</numerusform>
            <numerusform>%n questions seront ajoutées à « %1 ».</numerusform>
        </translation>
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
        <translation>
            <numerusform>%n question importée. Elle est gardée dans votre propre copie du module.</numerusform>
            <numerusform>%n questions importées. Elles sont gardées dans votre propre copie du module.</numerusform>
        </translation>
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
        <translation>Les questions n&apos;ont pas été exportées</translation>
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
        <translation>
            <numerusform>%n question laissée de côté : GIFT ne sait pas décrire les questions à remettre dans l&apos;ordre ni les phrases d&apos;auto-évaluation.</numerusform>
            <numerusform>%n questions laissées de côté : GIFT ne sait pas décrire les questions à remettre dans l&apos;ordre ni les phrases d&apos;auto-évaluation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Answering as a guest: nothing is recorded.</source>
        <translation>Réponses en invité : rien n&apos;est enregistré.</translation>
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
        <translation>Après le module (ce que j&apos;ai appris)</translation>
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
        <source>Ask &quot;Are you sure?&quot; after each answer</source>
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
        <translation>Projeter une question et compter les mains levées : aucun nom à l&apos;écran.</translation>
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
    <message>
        <source>None (not during a workshop)</source>
        <translation>Aucun (en dehors d&apos;un atelier)</translation>
    </message>
    <message>
        <source>During &amp;workshop:</source>
        <translation>Pendant l&apos;&amp;atelier :</translation>
    </message>
    <message>
        <source>Group results…</source>
        <translation>Résultats du groupe…</translation>
    </message>
    <message>
        <source>A workshop&apos;s results as a group: average, spread, and what to explain again.</source>
        <translation>Les résultats d&apos;un atelier pour tout le groupe : moyenne, répartition, et ce qu&apos;il faut réexpliquer.</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Retirer de la liste</translation>
    </message>
    <message>
        <source>&amp;Undo last change (Ctrl+Z)</source>
        <translation>&amp;Annuler la dernière modification (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Import a CSV file…</source>
        <translation>&amp;Importer un fichier CSV…</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <source>Type a few letters of the name, then Enter</source>
        <translation>Tapez quelques lettres du nom, puis Entrée</translation>
    </message>
    <message>
        <source>Find a person to register</source>
        <translation>Chercher une personne à inscrire</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Personnes trouvées</translation>
    </message>
    <message>
        <source>Registered people</source>
        <translation>Personnes inscrites</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Chercher :</translation>
    </message>
    <message>
        <source>Re&amp;gistered:</source>
        <translation>In&amp;scrits :</translation>
    </message>
    <message>
        <source>Registrations — %1, %2</source>
        <translation>Inscriptions — %1, %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 registered for %2 places</source>
        <translation>Inscrits : %1 pour %2 places</translation>
    </message>
    <message>
        <source>%1 registered (no limit)</source>
        <translation>Inscrits : %1 (pas de limite)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add «%1» as a new person</source>
        <translation>Ajouter « %1 » comme nouvelle personne</translation>
    </message>
    <message>
        <source>Registered, but the workshop is now over its capacity.</source>
        <translation>Inscription enregistrée, mais l&apos;atelier dépasse maintenant le nombre de places.</translation>
    </message>
    <message>
        <source>Registered.</source>
        <translation>Inscription enregistrée.</translation>
    </message>
    <message>
        <source>Taken off the list. Ctrl+Z puts them back.</source>
        <translation>Personne retirée de la liste. Ctrl+Z la remet.</translation>
    </message>
    <message>
        <source>The last change was undone.</source>
        <translation>La dernière modification a été annulée.</translation>
    </message>
    <message>
        <source>Import registrations from a CSV file</source>
        <translation>Importer des inscriptions depuis un fichier CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The file cannot be imported</source>
        <translation>Le fichier ne peut pas être importé</translation>
    </message>
    <message>
        <source>%1 new people will be created and %2 people already known will be registered.</source>
        <translation>Nouvelles personnes à créer : %1. Personnes déjà connues à inscrire : %2.</translation>
    </message>
    <message>
        <source>Register these people?</source>
        <translation>Inscrire ces personnes ?</translation>
    </message>
    <message>
        <source>%1 people registered from the file (%2 were already on the list).</source>
        <translation>Personnes inscrites depuis le fichier : %1 (déjà sur la liste : %2).</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>--from and --to need ISO dates, e.g. 2026-03-01.</source>
        <translation>--from et --to demandent des dates ISO, par ex. 2026-03-01.</translation>
    </message>
    <message>
        <source>--to (%1) comes before --from (%2).</source>
        <translation>--to (%1) est avant --from (%2).</translation>
    </message>
    <message>
        <source>There is no site &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas de lieu « %1 ».</translation>
    </message>
    <message>
        <source>There is no facilitator &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas d&apos;animateur « %1 ».</translation>
    </message>
    <message>
        <source>Years of history (default 10).</source>
        <translation>Années d&apos;historique (10 par défaut).</translation>
    </message>
    <message>
        <source>Number of sites (default 50).</source>
        <translation>Nombre de lieux (50 par défaut).</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same data.</source>
        <translation>Graine aléatoire : la même graine donne les mêmes données.</translation>
    </message>
    <message>
        <source>Last day of the history (default yesterday).</source>
        <translation>Dernier jour de l&apos;historique (hier par défaut).</translation>
    </message>
    <message>
        <source>Add to a database that already holds workshops.</source>
        <translation>Ajoute à une base qui contient déjà des ateliers.</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Format de sortie : text ou json.</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli demo [--years 1-50] [--sites 1-1000] [--seed S] [--until DATE] [--force]</source>
        <translation>Utilisation : mediatelier-cli demo [--years 1-50] [--sites 1-1000] [--seed S] [--until DATE] [--force]</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %n workshop(s): demo data would mix with real records. Use another file, or --force.</source>
        <translation>
            <numerusform>%1 contient déjà %n atelier : les données de démonstration se mélangeraient aux vraies données. Utilisez un autre fichier, ou --force.</numerusform>
            <numerusform>%1 contient déjà %n ateliers : les données de démonstration se mélangeraient aux vraies données. Utilisez un autre fichier, ou --force.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated in %1: %2 sites, %3 facilitators, %4 learners, %5 workshops, %6 attendance rows, %7 quiz attempts, %8 quiz answers.</source>
        <translation>Généré dans %1 : %2 lieux, %3 animateurs, %4 participants, %5 ateliers, %6 lignes de présence, %7 passages de quiz, %8 réponses aux quiz.</translation>
    </message>
    <message>
        <source>First day (ISO date).</source>
        <translation>Premier jour (date ISO).</translation>
    </message>
    <message>
        <source>Last day, included (ISO date).</source>
        <translation>Dernier jour, inclus (date ISO).</translation>
    </message>
    <message>
        <source>One site: its id, UUID or name.</source>
        <translation>Un lieu : son identifiant, son UUID ou son nom.</translation>
    </message>
    <message>
        <source>CSV separator (default: &apos;;&apos; in French, &apos;,&apos; otherwise).</source>
        <translation>Séparateur CSV (par défaut : « ; » en français, « , » sinon).</translation>
    </message>
    <message>
        <source>One facilitator: id, UUID or name.</source>
        <translation>Un animateur : identifiant, UUID ou nom.</translation>
    </message>
    <message>
        <source>Only workshops covering this module.</source>
        <translation>Seulement les ateliers qui traitent ce module.</translation>
    </message>
    <message>
        <source>Stable pseudonyms instead of names; postcode areas only.</source>
        <translation>Pseudonymes stables au lieu des noms ; zones de code postal seulement.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>%n ligne écrite dans %1</numerusform>
            <numerusform>%n lignes écrites dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Output format: text, json, csv or pdf.</source>
        <translation>Format de sortie : text, json, csv ou pdf.</translation>
    </message>
    <message>
        <source>Write the CSV (with a BOM for spreadsheets) or the PDF to this file.</source>
        <translation>Écrit le CSV (avec un BOM pour les tableurs) ou le PDF dans ce fichier.</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli report summary --from DATE --to DATE [--site S] [--format text|json|csv|pdf] [--separator C] [-o FILE] (pdf needs -o FILE)</source>
        <translation>Utilisation : mediatelier-cli report summary --from DATE --to DATE [--site S] [--format text|json|csv|pdf] [--separator C] [-o FICHIER] (pdf demande -o FICHIER)</translation>
    </message>
    <message>
        <source>Summary written to %1</source>
        <translation>Bilan écrit dans %1</translation>
    </message>
    <message>
        <source>csv, xlsx or pdf.</source>
        <translation>csv, xlsx ou pdf.</translation>
    </message>
    <message>
        <source>Usage: mediatelier-cli attendance export --from DATE --to DATE [--site S] [--facilitator F] [--module ID] [--pseudonymise] --format csv|xlsx|pdf [--separator C] -o FILE</source>
        <translation>Utilisation : mediatelier-cli attendance export --from DATE --to DATE [--site S] [--facilitator F] [--module IDENTIFIANT] [--pseudonymise] --format csv|xlsx|pdf [--separator C] -o FICHIER</translation>
    </message>
</context>
<context>
    <name>ReportFilter</name>
    <message>
        <source>the start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Période : %1 – %2</translation>
    </message>
    <message>
        <source>all sites</source>
        <translation>tous les lieux</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Lieu : %1</translation>
    </message>
    <message>
        <source>all facilitators</source>
        <translation>tous les animateurs</translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation>Animateur : %1</translation>
    </message>
    <message>
        <source>Module: %1</source>
        <translation>Module : %1</translation>
    </message>
    <message>
        <source>all modules</source>
        <translation>tous les modules</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>All sites</source>
        <translation>Tous les lieux</translation>
    </message>
    <message>
        <source>All facilitators</source>
        <translation>Tous les animateurs</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Tous les modules</translation>
    </message>
    <message>
        <source>Save the funder summary</source>
        <translation>Enregistrer le bilan pour les financeurs</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Summary saved to %1.</source>
        <translation>Bilan enregistré dans %1.</translation>
    </message>
    <message>
        <source>Export the attendance</source>
        <translation>Exporter les présences</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the attendance…</source>
        <translation>Export des présences…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Exporting the attendance… %1 rows</source>
        <translation>Export des présences… %1 lignes</translation>
    </message>
    <message>
        <source>%1 rows exported to %2.</source>
        <translation>%1 lignes exportées dans %2.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>Funder summary (counts only, no names)</source>
        <translation>Bilan pour les financeurs (des chiffres seulement, aucun nom)</translation>
    </message>
    <message>
        <source>Save the summary as CSV…</source>
        <translation>Enregistrer le bilan en CSV…</translation>
    </message>
    <message>
        <source>Attendance export: one row per person per workshop</source>
        <translation>Export des présences : une ligne par personne et par atelier</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Format du fichier</translation>
    </message>
    <message>
        <source>&amp;Pseudonymise (no names or contacts)</source>
        <translation>&amp;Pseudonymiser (ni noms ni coordonnées)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Funder summary</source>
        <translation>Bilan pour les financeurs</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>Summary and e&amp;xports</source>
        <translation>Bilan et e&amp;xports</translation>
    </message>
    <message>
        <source>Save the summary as PDF…</source>
        <translation>Enregistrer le bilan en PDF…</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention of personal data</source>
        <translation>Conservation des données personnelles</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n person(s) have not come to a workshop, read a lesson or taken a quiz for %1 months or more&lt;/b&gt; (not since %2).&lt;/p&gt;&lt;p&gt;Under your retention policy, their names, contact details and notes should now be erased. Their attendance and quiz results stay, as anonymous counts, so that earlier reports still add up. This cannot be undone.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n personne n&apos;est pas venue à un atelier, n&apos;a pas lu de leçon ni fait de quiz depuis %1 mois ou plus&lt;/b&gt; (pas depuis le %2).&lt;/p&gt;&lt;p&gt;Selon votre durée de conservation, son nom, ses coordonnées et les notes à son sujet doivent maintenant être effacés. Ses présences et ses résultats aux quiz restent, comme chiffres anonymes, pour que les bilans précédents restent justes. On ne peut pas revenir en arrière.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n personnes ne sont pas venues à un atelier, n&apos;ont pas lu de leçon ni fait de quiz depuis %1 mois ou plus&lt;/b&gt; (pas depuis le %2).&lt;/p&gt;&lt;p&gt;Selon votre durée de conservation, leurs noms, leurs coordonnées et les notes à leur sujet doivent maintenant être effacés. Leurs présences et leurs résultats aux quiz restent, comme chiffres anonymes, pour que les bilans précédents restent justes. On ne peut pas revenir en arrière.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>People who would be anonymised</source>
        <translation>Personnes qui seraient anonymisées</translation>
    </message>
    <message>
        <source>The period is set in Settings → Privacy. “Later” asks again at the next start.</source>
        <translation>La durée se règle dans Paramètres → Vie privée. « Plus tard » repose la question au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Anonymise now</source>
        <translation>&amp;Anonymiser maintenant</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>Nobody was anonymised: %1</source>
        <translation>Personne n&apos;a été anonymisé : %1</translation>
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
        <translation>&amp;Langue de l&apos;interface :</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>No site</source>
        <translation>Aucun lieu</translation>
    </message>
    <message>
        <source>No facilitator</source>
        <translation>Aucun animateur</translation>
    </message>
    <message>
        <source>Current &amp;site:</source>
        <translation>Lieu &amp;actuel :</translation>
    </message>
    <message>
        <source>Current site</source>
        <translation>Lieu actuel</translation>
    </message>
    <message>
        <source>S&amp;ites…</source>
        <translation>L&amp;ieux…</translation>
    </message>
    <message>
        <source>Manage sites</source>
        <translation>Gérer les lieux</translation>
    </message>
    <message>
        <source>Current &amp;facilitator:</source>
        <translation>A&amp;nimateur actuel :</translation>
    </message>
    <message>
        <source>Current facilitator</source>
        <translation>Animateur actuel</translation>
    </message>
    <message>
        <source>F&amp;acilitators…</source>
        <translation>Ani&amp;mateurs…</translation>
    </message>
    <message>
        <source>Manage facilitators</source>
        <translation>Gérer les animateurs</translation>
    </message>
    <message>
        <source>New workshops start with the current site and facilitator.</source>
        <translation>Les nouveaux ateliers reprennent le lieu et l&apos;animateur actuels.</translation>
    </message>
</context>
<context>
    <name>SignInSheet</name>
    <message>
        <source>Sign-in sheet</source>
        <translation>Feuille d&apos;émargement</translation>
    </message>
    <message>
        <source>Attendance summary</source>
        <translation>Récapitulatif des présences</translation>
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
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>de %1 à %2 (%3)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Came (present or late)</source>
        <translation>Personnes venues (présentes ou en retard)</translation>
    </message>
    <message>
        <source>Checked in at</source>
        <translation>Heure d&apos;arrivée</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation>Animateur : %1</translation>
    </message>
    <message>
        <source>Date: ____ / ____ / ________</source>
        <translation>Date : ____ / ____ / ________</translation>
    </message>
    <message>
        <source>Signature: ____________________________________</source>
        <translation>Signature : ____________________________________</translation>
    </message>
    <message>
        <source>By signing, I confirm I attended this workshop.</source>
        <translation>En signant, je confirme avoir participé à cet atelier.</translation>
    </message>
    <message>
        <source>sign-in-sheet</source>
        <comment>file name</comment>
        <translation>feuille-emargement</translation>
    </message>
    <message>
        <source>attendance-summary</source>
        <comment>file name</comment>
        <translation>recapitulatif-presences</translation>
    </message>
</context>
<context>
    <name>SignInSheetActions</name>
    <message>
        <source>Save the sign-in sheet as PDF…</source>
        <translation>Enregistrer la feuille d&apos;émargement en PDF…</translation>
    </message>
    <message>
        <source>Print the sign-in sheet…</source>
        <translation>Imprimer la feuille d&apos;émargement…</translation>
    </message>
    <message>
        <source>Save the attendance summary as PDF…</source>
        <translation>Enregistrer le récapitulatif des présences en PDF…</translation>
    </message>
    <message>
        <source>Print the attendance summary…</source>
        <translation>Imprimer le récapitulatif des présences…</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Feuille d&apos;émargement</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print the sign-in sheet</source>
        <translation>Imprimer la feuille d&apos;émargement</translation>
    </message>
    <message>
        <source>Print the attendance summary</source>
        <translation>Imprimer le récapitulatif des présences</translation>
    </message>
</context>
<context>
    <name>SignInSheetDialog</name>
    <message>
        <source>Sign-in sheet and attendance summary</source>
        <translation>Feuille d&apos;émargement et récapitulatif des présences</translation>
    </message>
    <message>
        <source>Before the workshop: the sheet people sign at the door.</source>
        <translation>Avant l&apos;atelier : la feuille que les personnes signent à l&apos;entrée.</translation>
    </message>
    <message>
        <source>&amp;Blank rows for walk-ins:</source>
        <translation>&amp;Lignes vides pour les personnes non inscrites :</translation>
    </message>
    <message>
        <source>After the workshop: who came, with the facilitator&apos;s signature line.</source>
        <translation>Après l&apos;atelier : qui est venu, avec une ligne pour la signature de l&apos;animateur.</translation>
    </message>
    <message>
        <source>&amp;Save the sign-in sheet as PDF…</source>
        <translation>&amp;Enregistrer la feuille d&apos;émargement en PDF…</translation>
    </message>
    <message>
        <source>&amp;Print the sign-in sheet…</source>
        <translation>&amp;Imprimer la feuille d&apos;émargement…</translation>
    </message>
    <message>
        <source>Save the &amp;summary as PDF…</source>
        <translation>Enregistrer le &amp;récapitulatif en PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint the summary…</source>
        <translation>Imprimer le réca&amp;pitulatif…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>SimilarWordsWidget</name>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>Type a job, even with mistakes: “aide soigante”, “devlopeur”, “cuisinié”…</source>
        <translation>Tapez un métier, même avec des fautes : « aide soigante », « devlopeur », « cuisinié »…</translation>
    </message>
    <message>
        <source>%1 — similarity %2 %</source>
        <translation>%1 — ressemblance %2 %</translation>
    </message>
    <message>
        <source>%1 — similarity %2 % — letters in common: %3</source>
        <translation>%1 — ressemblance %2 % — lettres en commun : %3</translation>
    </message>
    <message>
        <source>The lessons contain no word close to “%1”.</source>
        <translation>Les leçons ne contiennent aucun mot proche de « %1 ».</translation>
    </message>
    <message>
        <source>they share the letters %1 and both appear next to %2</source>
        <translation>ils ont en commun les lettres %1 et apparaissent tous deux à côté de %2</translation>
    </message>
    <message>
        <source>they share the letters %1</source>
        <translation>ils ont en commun les lettres %1</translation>
    </message>
    <message>
        <source>both appear next to %1</source>
        <translation>tous deux apparaissent à côté de %1</translation>
    </message>
    <message>
        <source>In the lessons, the closest word to “%1” is “%2”: %3.</source>
        <translation>Dans les leçons, le mot le plus proche de « %1 » est « %2 » : %3.</translation>
    </message>
    <message>
        <source>In the lessons, the closest word to “%1” is “%2”: %3. Then come %4.</source>
        <translation>Dans les leçons, le mot le plus proche de « %1 » est « %2 » : %3. Viennent ensuite %4.</translation>
    </message>
    <message numerus="yes">
        <source>Map of %n word(s): nearby dots are words with similar vectors.</source>
        <translation>
            <numerusform>Carte de %n mot : des points proches sont des mots aux vecteurs semblables.</numerusform>
            <numerusform>Carte de %n mots : des points proches sont des mots aux vecteurs semblables.</numerusform>
        </translation>
    </message>
    <message>
        <source>Similar words</source>
        <translation>Mots proches</translation>
    </message>
    <message>
        <source>&amp;Search for a job:</source>
        <translation>&amp;Chercher un métier :</translation>
    </message>
    <message>
        <source>Search for a job</source>
        <translation>Chercher un métier</translation>
    </message>
    <message>
        <source>e.g. aide soigante</source>
        <translation>par ex. aide soigante</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Recommencer</translation>
    </message>
    <message>
        <source>Closest jobs</source>
        <translation>Métiers les plus proches</translation>
    </message>
    <message>
        <source>Map of the words (close dots = similar vectors)</source>
        <translation>Carte des mots (points proches = vecteurs semblables)</translation>
    </message>
    <message>
        <source>Map of the words</source>
        <translation>Carte des mots</translation>
    </message>
    <message>
        <source>What this shows</source>
        <translation>Ce que cela montre</translation>
    </message>
    <message>
        <source>The computer turns each word into a list of numbers: a vector.
Here the numbers count groups of three to five letters, and the words found around it in the lessons.
Words with similar vectors are close: the search finds a job despite a typo.
The map squeezes thousands of numbers into two, so that we can see it.
The computer does not understand the words; it compares numbers.</source>
        <translation>L&apos;ordinateur transforme chaque mot en une liste de nombres : un vecteur.
Ici, les nombres comptent des groupes de trois à cinq lettres, et les mots qui l&apos;entourent dans les leçons.
Des mots aux vecteurs semblables sont proches : la recherche trouve un métier malgré une faute de frappe.
La carte résume des milliers de nombres en deux seulement, pour qu&apos;on puisse la voir.
L&apos;ordinateur ne comprend pas les mots ; il compare des nombres.</translation>
    </message>
    <message>
        <source>What it simplifies</source>
        <translation>Ce que cela simplifie</translation>
    </message>
    <message>
        <source>Real systems learn their vectors from billions of sentences, not from a few lessons.
Their vectors also capture meaning: “nurse” near “care assistant”. Ours mostly capture spelling.
Letter groups can mislead: “cuisine” is close to “cuisinier”, yet it is not a job.
The vectors also copy the biases of the texts they come from.
A 2-D map always distorts some distances.</source>
        <translation>Les vrais systèmes apprennent leurs vecteurs à partir de milliards de phrases, pas de quelques leçons.
Leurs vecteurs captent aussi le sens : « infirmier » près de « aide-soignant ». Les nôtres captent surtout l&apos;orthographe.
Les groupes de lettres peuvent tromper : « cuisine » est proche de « cuisinier », et pourtant ce n&apos;est pas un métier.
Les vecteurs reproduisent aussi les biais des textes d&apos;où ils viennent.
Une carte en 2D déforme toujours certaines distances.</translation>
    </message>
</context>
<context>
    <name>SiteStore</name>
    <message>
        <source>A site needs a name.</source>
        <translation>Un lieu doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already a site called &quot;%1&quot;.</source>
        <translation>Il existe déjà un lieu appelé « %1 ».</translation>
    </message>
    <message>
        <source>There is no site %1.</source>
        <translation>Il n&apos;y a pas de lieu n° %1.</translation>
    </message>
</context>
<context>
    <name>SitesDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>&amp;Sites where workshops take place:</source>
        <translation>&amp;Lieux où se passent les ateliers :</translation>
    </message>
    <message>
        <source>Add a site</source>
        <translation>Ajouter un lieu</translation>
    </message>
    <message>
        <source>Edit the site</source>
        <translation>Modifier le lieu</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Edit site</source>
        <translation>Modifier le lieu</translation>
    </message>
    <message>
        <source>New site</source>
        <translation>Nouveau lieu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse :</translation>
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
    <name>StaffAccountDialog</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>Staff password used until now</source>
        <translation>Mot de passe d&apos;équipe utilisé jusqu&apos;ici</translation>
    </message>
    <message>
        <source>&amp;Staff password used until now:</source>
        <translation>Mot de passe &amp;d&apos;équipe utilisé jusqu&apos;ici :</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Mot de passe &amp;actuel :</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>New password, again</source>
        <translation>Nouveau mot de passe, une deuxième fois</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmer :</translation>
    </message>
    <message>
        <source>Welcome to Mediatelier</source>
        <translation>Bienvenue dans Mediatelier</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Create the coordinator account.&lt;/b&gt; This database has no staff account yet.&lt;/p&gt;&lt;p&gt;The coordinator manages the other staff accounts, sees the reports and exports, and can take the computer back from a learner. Only staff who sign in see learners&apos; names.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Créez le compte du coordinateur.&lt;/b&gt; Cette base de données n&apos;a encore aucun compte d&apos;équipe.&lt;/p&gt;&lt;p&gt;Le coordinateur gère les autres comptes de l&apos;équipe, voit les rapports et les exports, et peut reprendre l&apos;ordinateur à un participant. Seuls les membres de l&apos;équipe qui se connectent voient les noms des participants.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This computer had one shared staff password for leaving learner mode. Type it once more to show that you are staff; it is then replaced by your account.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cet ordinateur avait un mot de passe commun à l&apos;équipe pour quitter le mode participant. Tapez-le une dernière fois pour montrer que vous faites partie de l&apos;équipe ; il sera ensuite remplacé par votre compte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Create the account</source>
        <translation>Créer le c&amp;ompte</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>New staff account</source>
        <translation>Nouveau compte d&apos;équipe</translation>
    </message>
    <message>
        <source>Facilitators run workshops and see learners; coordinators also manage accounts and see reports and exports. Give the person their login and password privately.</source>
        <translation>Les animateurs donnent les ateliers et voient les participants ; les coordinateurs gèrent aussi les comptes et voient les rapports et les exports. Donnez à la personne son identifiant et son mot de passe en privé.</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>Réinitialiser un mot de passe</translation>
    </message>
    <message>
        <source>New password for %1 (%2). Tell it to them privately; they can change it afterwards.</source>
        <translation>Nouveau mot de passe pour %1 (%2). Communiquez-le en privé ; la personne pourra le changer ensuite.</translation>
    </message>
    <message>
        <source>&amp;Set the password</source>
        <translation>&amp;Définir le mot de passe</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Modifier mon mot de passe</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Session ouverte : %1 (%2).</translation>
    </message>
    <message>
        <source>&amp;Change the password</source>
        <translation>&amp;Modifier le mot de passe</translation>
    </message>
    <message>
        <source>A password of at least 8 characters with letters: a few words are easier to remember than a code, and much harder to guess.</source>
        <translation>Un mot de passe d&apos;au moins 8 caractères avec des lettres : quelques mots sont plus faciles à retenir qu&apos;un code, et bien plus difficiles à deviner.</translation>
    </message>
    <message>
        <source>A password of at least 8 characters, or a PIN of at least 6 digits.</source>
        <translation>Un mot de passe d&apos;au moins 8 caractères, ou un code PIN d&apos;au moins 6 chiffres.</translation>
    </message>
    <message>
        <source>This is not the staff password used on this computer until now.</source>
        <translation>Ce n&apos;est pas le mot de passe d&apos;équipe utilisé jusqu&apos;ici sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
</context>
<context>
    <name>StaffAccounts</name>
    <message numerus="yes">
        <source>A coordinator needs a password with letters, not a PIN: it also unlocks the exports of personal data. Use at least %n characters; a few words are easier to remember.</source>
        <translation>
            <numerusform>Un coordinateur a besoin d&apos;un mot de passe avec des lettres, pas d&apos;un code PIN : il ouvre aussi les exports de données personnelles. Utilisez au moins %n caractère ; quelques mots sont plus faciles à retenir.</numerusform>
            <numerusform>Un coordinateur a besoin d&apos;un mot de passe avec des lettres, pas d&apos;un code PIN : il ouvre aussi les exports de données personnelles. Utilisez au moins %n caractères ; quelques mots sont plus faciles à retenir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A PIN needs at least %n digits.</source>
        <translation>
            <numerusform>Un code PIN doit avoir au moins %n chiffre.</numerusform>
            <numerusform>Un code PIN doit avoir au moins %n chiffres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n characters; a few words are easier to remember than a code.</source>
        <translation>
            <numerusform>Un mot de passe doit avoir au moins %n caractère ; quelques mots sont plus faciles à retenir qu&apos;un code.</numerusform>
            <numerusform>Un mot de passe doit avoir au moins %n caractères ; quelques mots sont plus faciles à retenir qu&apos;un code.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n characters (or choose a PIN of at least 6 digits).</source>
        <translation>
            <numerusform>Un mot de passe doit avoir au moins %n caractère (ou choisissez un code PIN d&apos;au moins 6 chiffres).</numerusform>
            <numerusform>Un mot de passe doit avoir au moins %n caractères (ou choisissez un code PIN d&apos;au moins 6 chiffres).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A password can have at most %n characters.</source>
        <translation>
            <numerusform>Un mot de passe peut avoir au plus %n caractère.</numerusform>
            <numerusform>Un mot de passe peut avoir au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>A repeated or running sequence (such as 000000 or 123456) is the first thing anyone tries. Choose another one.</source>
        <translation>Une suite répétée ou qui se suit (comme 000000 ou 123456) est la première chose que tout le monde essaie. Choisissez-en une autre.</translation>
    </message>
    <message>
        <source>The password must not be the login.</source>
        <translation>Le mot de passe ne doit pas être l&apos;identifiant.</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <source>A login has 2 to 64 letters, digits, dots, dashes or underscores, without spaces.</source>
        <translation>Un identifiant compte de 2 à 64 lettres, chiffres, points, tirets ou tirets bas, sans espace.</translation>
    </message>
    <message>
        <source>A staff account needs the person&apos;s name.</source>
        <translation>Un compte d&apos;équipe doit avoir le nom de la personne.</translation>
    </message>
    <message>
        <source>The password could not be protected (not enough memory). Nothing was saved.</source>
        <translation>Le mot de passe n&apos;a pas pu être protégé (mémoire insuffisante). Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Create a coordinator account first: a coordinator manages the other accounts.</source>
        <translation>Créez d&apos;abord un compte de coordinateur : c&apos;est le coordinateur qui gère les autres comptes.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is already taken.</source>
        <translation>L&apos;identifiant « %1 » est déjà pris.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop d&apos;essais incorrects. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop d&apos;essais incorrects. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong login or password. Try again in %n second(s).</source>
        <translation>
            <numerusform>Identifiant ou mot de passe incorrect. Réessayez dans %n seconde.</numerusform>
            <numerusform>Identifiant ou mot de passe incorrect. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Identifiant ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled. Ask a coordinator.</source>
        <translation>Le compte « %1 » est désactivé. Adressez-vous à un coordinateur.</translation>
    </message>
    <message>
        <source>This is not the password of an active coordinator account.</source>
        <translation>Ce n&apos;est pas le mot de passe d&apos;un compte de coordinateur actif.</translation>
    </message>
    <message>
        <source>The password could not be protected (not enough memory). Nothing was changed.</source>
        <translation>Le mot de passe n&apos;a pas pu être protégé (mémoire insuffisante). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Le mot de passe actuel n&apos;est pas le bon.</translation>
    </message>
    <message>
        <source>%1 is the last active coordinator. Add another coordinator before disabling this account.</source>
        <translation>%1 est le dernier coordinateur actif. Ajoutez un autre coordinateur avant de désactiver ce compte.</translation>
    </message>
    <message>
        <source>There is no staff account %1.</source>
        <translation>Il n&apos;y a pas de compte d&apos;équipe n° %1.</translation>
    </message>
    <message>
        <source>There is no staff account with the login &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas de compte d&apos;équipe avec l&apos;identifiant « %1 ».</translation>
    </message>
</context>
<context>
    <name>StaffAccountsPanel</name>
    <message>
        <source>Disabled since %1</source>
        <translation>Désactivé depuis le %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>Acti&amp;ver</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Account created. Give the person their login and password privately.</source>
        <translation>Compte créé. Donnez à la personne son identifiant et son mot de passe en privé.</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>Le mot de passe de %1 a été modifié.</translation>
    </message>
    <message>
        <source>Disable an account</source>
        <translation>Désactiver un compte</translation>
    </message>
    <message>
        <source>Disable the account of %1? They will no longer be able to sign in. Their name stays in the history; you can enable the account again.</source>
        <translation>Désactiver le compte de %1 ? Cette personne ne pourra plus se connecter. Son nom reste dans l&apos;historique ; vous pourrez réactiver le compte.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Votre mot de passe a été modifié.</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Comptes de l&apos;équipe</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Votre compte</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2, %3).</source>
        <translation>Session ouverte : %1 (%2, %3).</translation>
    </message>
    <message>
        <source>C&amp;hange my password…</source>
        <translation>C&amp;hanger mon mot de passe…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>Cré&amp;er un compte…</translation>
    </message>
    <message>
        <source>&amp;Reset the password…</source>
        <translation>&amp;Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <source>Return to &amp;learner mode after this long without use:</source>
        <translation>Revenir au mode participant après cette durée d&apos;ina&amp;ctivité :</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Minutes without use before learner mode</source>
        <translation>Minutes d&apos;inactivité avant le retour au mode participant</translation>
    </message>
</context>
<context>
    <name>StaffSignInDialog</name>
    <message>
        <source>Staff sign-in</source>
        <translation>Connexion de l&apos;équipe</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation>Mot de passe ou code PIN</translation>
    </message>
    <message>
        <source>Only staff members can leave learner mode. Sign in with your own login.</source>
        <translation>Seuls les membres de l&apos;équipe peuvent quitter le mode participant. Connectez-vous avec votre propre identifiant.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Password or PIN:</source>
        <translation>&amp;Mot de passe ou code PIN :</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
</context>
<context>
    <name>SummaryExport</name>
    <message>
        <source>the start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Summary from %1 to %2, all sites</source>
        <translation>Bilan pour les financeurs, période %1 – %2, tous les lieux</translation>
    </message>
    <message>
        <source>Summary from %1 to %2, site %3</source>
        <translation>Bilan pour les financeurs, période %1 – %2, lieu : %3</translation>
    </message>
    <message>
        <source>Workshops held: %1</source>
        <translation>Ateliers réalisés : %1</translation>
    </message>
    <message>
        <source>Hours delivered: %1</source>
        <translation>Heures d&apos;atelier : %1</translation>
    </message>
    <message>
        <source>People reached: %1 (new: %2)</source>
        <translation>Personnes touchées : %1 (nouvelles : %2)</translation>
    </message>
    <message>
        <source>Attendances (present or late): %1</source>
        <translation>Présences (à l&apos;heure ou en retard) : %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance(s)</source>
        <translation>
            <numerusform>%n présence</numerusform>
            <numerusform>%n présences</numerusform>
        </translation>
    </message>
    <message>
        <source>By age band</source>
        <translation>Par tranche d&apos;âge</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>Par genre</translation>
    </message>
    <message>
        <source>By postcode area</source>
        <translation>Par zone de code postal</translation>
    </message>
    <message>
        <source>Modules covered</source>
        <translation>Modules traités</translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n atelier</numerusform>
            <numerusform>%n ateliers</numerusform>
        </translation>
    </message>
    <message>
        <source>Before/after quiz (learners who did both)</source>
        <translation>Quiz avant/après (participants qui ont fait les deux)</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2 % (%3 points), %n learner(s)</source>
        <translation>
            <numerusform>%1 → %2 % (%3 points), %n participant</numerusform>
            <numerusform>%1 → %2 % (%3 points), %n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPdf</name>
    <message>
        <source>How these figures are counted: a workshop is held unless it was cancelled; hours add up the workshops at which at least one person was present or late; each person is counted once however often they came; new people came for the first time ever (at this site, when one is chosen) during the period; the before/after gain compares the latest quiz taken before and after a module by the learners who took both during the period. Counts only: no names.</source>
        <translation>Comment ces chiffres sont comptés : un atelier est réalisé s&apos;il n&apos;a pas été annulé ; les heures additionnent les ateliers où au moins une personne était présente ou en retard ; chaque personne est comptée une seule fois, quel que soit le nombre de ses venues ; les nouvelles personnes sont venues pour la toute première fois (dans ce lieu, si un lieu est choisi) pendant la période ; la progression avant/après compare le dernier quiz passé avant et après un module par les participants qui ont fait les deux pendant la période. Des chiffres seulement : aucun nom.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>workshops held</source>
        <translation>ateliers réalisés</translation>
    </message>
    <message>
        <source>hours delivered</source>
        <translation>heures d&apos;atelier</translation>
    </message>
    <message>
        <source>people reached</source>
        <translation>personnes touchées</translation>
    </message>
    <message>
        <source>new people</source>
        <translation>nouvelles personnes</translation>
    </message>
    <message>
        <source>attendances (present or late)</source>
        <translation>présences (à l&apos;heure ou en retard)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Attendance by age band</source>
        <translation>Présences par tranche d&apos;âge</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <source>Attendance by gender</source>
        <translation>Présences par genre</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Attendance by postcode area</source>
        <translation>Présences par zone de code postal</translation>
    </message>
    <message>
        <source>Postcode area</source>
        <translation>Zone de code postal</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Modules covered</source>
        <translation>Modules traités</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>Before/after quiz gains (learners who took both)</source>
        <translation>Progression aux quiz avant/après (participants qui ont fait les deux)</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Participants</translation>
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
        <source>Gain in points</source>
        <translation>Progression en points</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Rien pendant cette période.</translation>
    </message>
    <message>
        <source>Funder summary</source>
        <translation>Bilan pour les financeurs</translation>
    </message>
    <message>
        <source>Counts only, no names</source>
        <translation>Des chiffres seulement, aucun nom</translation>
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
    <name>TeachTheMachineWidget</name>
    <message>
        <source>Teach the machine: scam or not?</source>
        <translation>Apprendre à la machine : arnaque ou pas ?</translation>
    </message>
    <message>
        <source>Scam  [S]</source>
        <translation>Arnaque  [S]</translation>
    </message>
    <message>
        <source>Not a scam  [N]</source>
        <translation>Pas une arnaque  [N]</translation>
    </message>
    <message>
        <source>Mix up 30 % of the labels</source>
        <translation>Mélanger 30 % des étiquettes</translation>
    </message>
    <message>
        <source>Label the rest correctly</source>
        <translation>Étiqueter correctement le reste</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Label this message as a scam</source>
        <translation>Étiqueter ce message comme une arnaque</translation>
    </message>
    <message>
        <source>Label this message as not a scam</source>
        <translation>Étiqueter ce message comme n&apos;étant pas une arnaque</translation>
    </message>
    <message>
        <source>Mix up 30 percent of the labels given so far</source>
        <translation>Mélanger 30 pour cent des étiquettes données jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Label all remaining messages correctly</source>
        <translation>Étiqueter correctement tous les messages restants</translation>
    </message>
    <message>
        <source>Reset the demonstration</source>
        <translation>Recommencer la démonstration</translation>
    </message>
    <message>
        <source>Message to label</source>
        <translation>Message à étiqueter</translation>
    </message>
    <message>
        <source>The machine&apos;s guess</source>
        <translation>L&apos;avis de la machine</translation>
    </message>
    <message>
        <source>Words that weighed most</source>
        <translation>Les mots qui ont le plus pesé</translation>
    </message>
    <message>
        <source>Accuracy on messages never seen</source>
        <translation>Taux de réussite sur des messages jamais vus</translation>
    </message>
    <message>
        <source>Labels given so far</source>
        <translation>Étiquettes données jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>What this shows</source>
        <translation>Ce que cela montre</translation>
    </message>
    <message>
        <source>The machine learns only from the examples the group labels: nobody writes rules for it.</source>
        <translation>La machine apprend seulement à partir des exemples étiquetés par le groupe : personne ne lui écrit de règles.</translation>
    </message>
    <message>
        <source>It counts which words come up in scams and which in normal messages, and weighs them.</source>
        <translation>Elle compte quels mots reviennent dans les arnaques et lesquels dans les messages normaux, et leur donne un poids.</translation>
    </message>
    <message>
        <source>Its confidence is a calculation, not understanding: a normal message about a parcel can look like a scam.</source>
        <translation>Sa certitude est un calcul, pas de la compréhension : un message normal à propos d&apos;un colis peut ressembler à une arnaque.</translation>
    </message>
    <message>
        <source>Wrong labels teach it wrong lessons: its accuracy falls.</source>
        <translation>De mauvaises étiquettes lui apprennent de mauvaises leçons : son taux de réussite baisse.</translation>
    </message>
    <message>
        <source>Accuracy is measured on messages it has never seen, as a fair test should be.</source>
        <translation>Le taux de réussite est mesuré sur des messages qu&apos;elle n&apos;a jamais vus, comme dans un test honnête.</translation>
    </message>
    <message>
        <source>What it simplifies</source>
        <translation>Ce que cela simplifie</translation>
    </message>
    <message>
        <source>Real filters learn from millions of messages, not forty.</source>
        <translation>Les vrais filtres apprennent à partir de millions de messages, pas de quarante.</translation>
    </message>
    <message>
        <source>It looks at single words only, not their order, the sender or the link.</source>
        <translation>Elle ne regarde que les mots un par un, pas leur ordre, ni l&apos;expéditeur, ni le lien.</translation>
    </message>
    <message>
        <source>It ignores every word it has never seen.</source>
        <translation>Elle ignore tous les mots qu&apos;elle n&apos;a jamais vus.</translation>
    </message>
    <message>
        <source>Scammers change their wording to get past filters; this machine never relearns by itself.</source>
        <translation>Les arnaqueurs changent leurs formulations pour passer les filtres ; cette machine ne réapprend jamais toute seule.</translation>
    </message>
    <message>
        <source>A good score on a test does not mean no mistakes on your own phone.</source>
        <translation>Un bon score à un test ne veut pas dire zéro erreur sur votre propre téléphone.</translation>
    </message>
    <message>
        <source>→ scam</source>
        <translation>→ arnaque</translation>
    </message>
    <message>
        <source>→ not a scam</source>
        <translation>→ pas une arnaque</translation>
    </message>
    <message>
        <source>No word of this message was in the examples: the machine only goes by how often each label was given.</source>
        <translation>Aucun mot de ce message n&apos;était dans les exemples : la machine se fie seulement au nombre de fois où chaque étiquette a été donnée.</translation>
    </message>
    <message>
        <source>Words that weighed most: %1</source>
        <translation>Les mots qui ont le plus pesé : %1</translation>
    </message>
    <message numerus="yes">
        <source>All %n messages are labelled.</source>
        <translation>
            <numerusform>%n message étiqueté : il n&apos;en reste plus.</numerusform>
            <numerusform>Les %n messages sont tous étiquetés.</numerusform>
        </translation>
    </message>
    <message>
        <source>No more messages. Mix up some labels to see what happens, or reset.</source>
        <translation>Plus de messages. Mélangez des étiquettes pour voir ce qui se passe, ou recommencez.</translation>
    </message>
    <message>
        <source>Message %1 of %2 — the group decides, then presses S or N.</source>
        <translation>Message %1 sur %2 — le groupe décide, puis appuie sur S ou N.</translation>
    </message>
    <message>
        <source>The machine is still learning: it guesses after %1 labels, with both kinds.</source>
        <translation>La machine apprend encore : elle donne son avis après %1 étiquettes, des deux sortes.</translation>
    </message>
    <message numerus="yes">
        <source>Accuracy on %n messages it has never seen: not yet measured</source>
        <translation>
            <numerusform>Taux de réussite sur %n message jamais vu : pas encore mesuré</numerusform>
            <numerusform>Taux de réussite sur %n messages jamais vus : pas encore mesuré</numerusform>
        </translation>
    </message>
    <message>
        <source>Scam</source>
        <translation>Arnaque</translation>
    </message>
    <message>
        <source>Not a scam</source>
        <translation>Pas une arnaque</translation>
    </message>
    <message>
        <source>The machine thinks: &lt;span style=&quot;color:%1&quot;&gt;%2&lt;/span&gt; — %3 % sure</source>
        <translation>La machine pense : &lt;span style=&quot;color:%1&quot;&gt;%2&lt;/span&gt; — sûre à %3 %</translation>
    </message>
    <message numerus="yes">
        <source>Accuracy on %n messages it has never seen: %1 %</source>
        <translation>
            <numerusform>Taux de réussite sur %n message jamais vu : %1 %</numerusform>
            <numerusform>Taux de réussite sur %n messages jamais vus : %1 %</numerusform>
        </translation>
    </message>
    <message>
        <source>Labels given so far: %1, of which %2 say &quot;scam&quot;.</source>
        <translation>Étiquettes données jusqu&apos;ici : %1, dont %2 « arnaque ».</translation>
    </message>
    <message>
        <source>Mixed up on purpose: %1.</source>
        <translation>Mélangées exprès : %1.</translation>
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
    <name>WorkshopEditDialog</name>
    <message>
        <source>Edit workshop</source>
        <translation>Modifier l&apos;atelier</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Nouvel atelier</translation>
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
        <translation>Aucun lieu</translation>
    </message>
    <message>
        <source>e.g. Room 2, first floor</source>
        <translation>par ex. salle 2, 1er étage</translation>
    </message>
    <message>
        <source>No facilitator</source>
        <translation>Aucun animateur</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Pas de limite</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Collectif</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individuel</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>D&amp;urée :</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Salle :</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Animateur :</translation>
    </message>
    <message>
        <source>&amp;Modules covered:</source>
        <translation>&amp;Modules abordés :</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>Nombre de &amp;places :</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>Space ticks or unticks a module.</source>
        <translation>La barre d&apos;espace coche ou décoche un module.</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
</context>
<context>
    <name>WorkshopSeries</name>
    <message>
        <source>A series has between 1 and %1 sessions.</source>
        <translation>Une série compte entre 1 et %1 séances.</translation>
    </message>
    <message>
        <source>Sessions of a series are between 1 and %1 days apart.</source>
        <translation>Les séances d&apos;une série sont espacées de 1 à %1 jours.</translation>
    </message>
</context>
<context>
    <name>WorkshopSeriesDialog</name>
    <message>
        <source>New series of workshops</source>
        <translation>Nouvelle série d&apos;ateliers</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Every N days</source>
        <translation>Tous les N jours</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter :</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Répéter</translation>
    </message>
    <message>
        <source>E&amp;very:</source>
        <translation>T&amp;ous les :</translation>
    </message>
    <message>
        <source>Days between sessions</source>
        <translation>Jours entre les séances</translation>
    </message>
    <message>
        <source>Number of s&amp;essions:</source>
        <translation>Nom&amp;bre de séances :</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>Nombre de séances</translation>
    </message>
    <message>
        <source>Sessions planned:</source>
        <translation>Séances prévues :</translation>
    </message>
    <message>
        <source>Dates of the sessions</source>
        <translation>Dates des séances</translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>date, time</comment>
        <translation>%1 à %2</translation>
    </message>
</context>
<context>
    <name>WorkshopStore</name>
    <message>
        <source>A workshop needs a title.</source>
        <translation>Un atelier doit avoir un titre.</translation>
    </message>
    <message>
        <source>A workshop needs a start date and time.</source>
        <translation>Un atelier doit avoir une date et une heure de début.</translation>
    </message>
    <message>
        <source>A workshop lasts at least one minute.</source>
        <translation>Un atelier dure au moins une minute.</translation>
    </message>
    <message>
        <source>There is no workshop %1.</source>
        <translation>Il n&apos;y a pas d&apos;atelier n° %1.</translation>
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
        <translation>pas de limite</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>ANNULÉ</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>individuel</translation>
    </message>
    <message>
        <source>collective</source>
        <translation>collectif</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>WorkshopsScreen</name>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les lieux</translation>
    </message>
    <message>
        <source>All facilitators</source>
        <translation>Tous les animateurs</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Tous les modules</translation>
    </message>
    <message>
        <source>The workshops cannot be read: %1</source>
        <translation>Impossible de lire les ateliers : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s), %1 cancelled</source>
        <translation>
            <numerusform>%n atelier, dont %1 annulé</numerusform>
            <numerusform>%n ateliers, dont %1 annulé(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n atelier</numerusform>
            <numerusform>%n ateliers</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reinstate workshop</source>
        <translation>&amp;Rétablir l&apos;atelier</translation>
    </message>
    <message>
        <source>&amp;Cancel workshop</source>
        <translation>Annuler l&apos;a&amp;telier</translation>
    </message>
    <message>
        <source>Reinstate workshop</source>
        <translation>Rétablir l&apos;atelier</translation>
    </message>
    <message>
        <source>Cancel workshop</source>
        <translation>Annuler l&apos;atelier</translation>
    </message>
    <message>
        <source>Edit workshop</source>
        <translation>Modifier l&apos;atelier</translation>
    </message>
    <message>
        <source>Duplicate workshop</source>
        <translation>Dupliquer l&apos;atelier</translation>
    </message>
    <message>
        <source>Copy created one week later; Edit… changes its date.</source>
        <translation>Copie créée une semaine plus tard ; Modifier… permet de changer sa date.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>date, time</comment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Cancel &quot;%1&quot; on %2?
It stays in the list, marked cancelled; its registrations are kept.</source>
        <translation>Annuler « %1 » du %2 ?
L&apos;atelier reste dans la liste, marqué comme annulé ; ses inscriptions sont gardées.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) planned.</source>
        <translation>
            <numerusform>%n séance prévue.</numerusform>
            <numerusform>%n séances prévues.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>← Pre&amp;vious</source>
        <translation>← Pré&amp;cédente</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>Ne&amp;xt →</source>
        <translation>Sui&amp;vante →</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Période suivante</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Au&amp;jourd&apos;hui</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>Revenir à aujourd&apos;hui</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>Site filter</source>
        <translation>Filtre par lieu</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>An&amp;imateur :</translation>
    </message>
    <message>
        <source>Facilitator filter</source>
        <translation>Filtre par animateur</translation>
    </message>
    <message>
        <source>M&amp;odule:</source>
        <translation>M&amp;odule :</translation>
    </message>
    <message>
        <source>Module filter</source>
        <translation>Filtre par module</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand :</translation>
    </message>
    <message>
        <source>Upcoming or past</source>
        <translation>À venir ou passés</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Passés</translation>
    </message>
    <message>
        <source>Show c&amp;ancelled</source>
        <translation>Afficher les ann&amp;ulés</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Nouvel atelier</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>Duplicate workshop one week later</source>
        <translation>Dupliquer l&apos;atelier une semaine plus tard</translation>
    </message>
    <message>
        <source>New &amp;series…</source>
        <translation>Nouvelle &amp;série…</translation>
    </message>
    <message>
        <source>New series of workshops</source>
        <translation>Nouvelle série d&apos;ateliers</translation>
    </message>
    <message>
        <source>Chec&amp;k-in…</source>
        <translation>&amp;Accueil…</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Sign-in s&amp;heet…</source>
        <translation>&amp;Feuille d&apos;émargement…</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Feuille d&apos;émargement</translation>
    </message>
    <message>
        <source>Re&amp;gistrations…</source>
        <translation>&amp;Gérer les inscriptions…</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Inscriptions</translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The database file to open.</source>
        <translation>Le fichier de base de données à ouvrir.</translation>
    </message>
    <message>
        <source>A lesson to open at start: MODULE or MODULE/PAGE.</source>
        <translation>Une leçon à ouvrir au démarrage : MODULE ou MODULE/PAGE.</translation>
    </message>
    <message>
        <source>Interface language (%1).</source>
        <translation>Langue de l&apos;interface (%1).</translation>
    </message>
    <message>
        <source>Print the milliseconds until the window is first painted, then quit (benchmarks).</source>
        <translation>Affiche le nombre de millisecondes jusqu&apos;au premier affichage de la fenêtre, puis quitte (mesures de performance).</translation>
    </message>
    <message>
        <source>The database file to open (like --database).</source>
        <translation>Le fichier de base de données à ouvrir (comme --database).</translation>
    </message>
</context>
</TS>
