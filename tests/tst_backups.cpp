// SPDX-License-Identifier: GPL-3.0-or-later
// Backups: the daily rotation, checked copies, a full disk or a bad folder that loses nothing,
// restoring a backup (the current file kept aside), refusing a damaged backup, and the damaged file
// at start replaced by its last good backup — in the core and through the window.
#include "testsupport.h"

#include "backups/backupsdialog.h"
#include "core/settings.h"
#include "learners/learnerstore.h"
#include "privacy/privacylog.h"
#include "privacy/staffaccounts.h"
#include "shell/appcontroller.h"
#include "storage/backuprestore.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <unistd.h>

namespace {

// Answers every modal box that shows up while `during` runs: the database problem box by its
// "restore" button when asked to, any other message box by its first button.
class ModalClicker : public QObject
{
public:
    explicit ModalClicker(bool restoreWhenOffered) : m_restore(restoreWhenOffered)
    {
        connect(&m_timer, &QTimer::timeout, this, &ModalClicker::poll);
        m_timer.start(20);
    }
    bool restoreOffered = false;
    QStringList texts;

private:
    void poll()
    {
        QWidget *modal = QApplication::activeModalWidget();
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box) {
            if (auto *dialog = qobject_cast<QDialog *>(modal)) {
                texts << dialog->windowTitle();
                dialog->reject(); // a dialog of another area: not this test's business
            }
            return;
        }
        if (box == m_last)
            return;
        m_last = box;
        texts << box->text() + QLatin1Char(' ') + box->informativeText();
        auto *restore = box->findChild<QPushButton *>(QStringLiteral("restoreLastBackupButton"));
        restoreOffered = restoreOffered || restore;
        if (restore && m_restore)
            restore->click();
        else
            box->buttons().last()->click(); // Quit, OK, Cancel: whatever ends the box without a choice
    }
    QTimer m_timer;
    bool m_restore;
    QPointer<QMessageBox> m_last;
};

} // namespace

class BackupsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TestSupport::isolate();
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("case-%1/atelier.sqlite").arg(++m_counter));
        QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
        Settings::setBackupFolder(m_dir.filePath(QStringLiteral("case-%1/backups").arg(m_counter)));
        Settings::setBackupsToKeep(Backups::DefaultKeep);
    }

    void backupIsACheckedCopyWithTheRows()
    {
        Database db;
        QVERIFY(db.open(m_path).ok());
        addLearners(db, QStringLiteral("Amina"), 30);
        const QString folder = Backups::folderFor(m_path);
        QCOMPARE(QFileInfo(folder).fileName(), QStringLiteral("atelier"));
        const Result<Backups::DailyOutcome> daily = Backups::runDaily(db, folder, 14, QDate(2026, 11, 26));
        QVERIFY2(daily.ok(), qPrintable(daily.error()));
        QVERIFY(daily->written);
        QCOMPARE(QFileInfo(daily->path).fileName(), QStringLiteral("mediatelier-2026-11-26.sqlite"));
        QVERIFY(Backups::verify(daily->path).ok());
        // Only the backup in the folder: no temporary file left under any name.
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{QFileInfo(daily->path).fileName()});

        Database copy(QStringLiteral("copy"));
        QVERIFY(copy.open(daily->path, Database::Access::ReadOnly).ok());
        QVERIFY(copy.check().sound());
        QCOMPARE(LearnerStore(copy.connection()).find(QStringLiteral("amina"))->size(), 30);

        // Again the same day: nothing new is written.
        const Result<Backups::DailyOutcome> again = Backups::runDaily(db, folder, 14, QDate(2026, 11, 26));
        QVERIFY(again.ok() && !again->written);
        const QList<Backups::Entry> entries = Backups::list(folder);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().date, QDate(2026, 11, 26));
        QCOMPARE(entries.first().size, QFileInfo(daily->path).size());
    }

    void rotationKeepsTheNewestAndDeletesTheOldest()
    {
        Database db;
        QVERIFY(db.open(m_path).ok());
        addLearners(db, QStringLiteral("Bilal"), 3);
        const QString folder = Backups::folderFor(m_path);
        const QDate first(2026, 1, 1);
        for (int day = 0; day < 20; ++day) {
            const Result<Backups::DailyOutcome> daily = Backups::runDaily(db, folder, 14, first.addDays(day));
            QVERIFY2(daily.ok(), qPrintable(daily.error()));
            QCOMPARE(daily->removed.size(), day < 14 ? 0 : 1);
        }
        const QList<Backups::Entry> entries = Backups::list(folder);
        QCOMPARE(entries.size(), 14);
        QCOMPARE(entries.first().date, first.addDays(19));
        QCOMPARE(entries.last().date, first.addDays(6));
        // A smaller number kept: the rotation trims at the next run.
        Settings::setBackupsToKeep(3);
        QCOMPARE(Backups::runDaily(db, folder, Settings::backupsToKeep(), first.addDays(20))->removed.size(), 12);
        QCOMPARE(Backups::list(folder).size(), 3);
        // Files that are not backups are never touched.
        QVERIFY(TestSupport::writeFile(QDir(folder).filePath(QStringLiteral("notes.txt")), "keep me"));
        Backups::prune(folder, 1);
        QVERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("notes.txt"))));
    }

    void folderThatCannotBeCreatedLosesNothing()
    {
        Database db;
        QVERIFY(db.open(m_path).ok());
        addLearners(db, QStringLiteral("Chloé"), 5);
        const QString root = m_dir.filePath(QStringLiteral("case-%1/backups").arg(m_counter));
        const QString folder = Backups::folderFor(m_path);
        QVERIFY(Backups::runDaily(db, folder, 14, QDate(2026, 2, 1)).ok());
        const QByteArray oldBackup = TestSupport::sha256(QDir(folder).filePath(Backups::fileNameFor(QDate(2026, 2, 1))));

        // The backup folder's place is taken by a regular file.
        const QString blocked = root + QStringLiteral("/blocked");
        QVERIFY(TestSupport::writeFile(blocked, "a file, not a folder"));
        const Result<Backups::DailyOutcome> failed = Backups::runDaily(db, blocked + QStringLiteral("/atelier"), 14, QDate(2026, 2, 2));
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().contains(QStringLiteral("Cannot create the backup folder")), qPrintable(failed.error()));
        QVERIFY(failed.error().contains(blocked));
        QVERIFY(failed.error().contains(QStringLiteral("The database was not changed")));
        // The database still works and holds its rows; the earlier backup is untouched.
        QCOMPARE(LearnerStore(db.connection()).find(QStringLiteral("chloe"))->size(), 5);
        QVERIFY(db.check().sound());
        QCOMPARE(TestSupport::sha256(QDir(folder).filePath(Backups::fileNameFor(QDate(2026, 2, 1)))), oldBackup);
    }

    void fullDiskKeepsTheDatabaseAndTheEarlierBackups()
    {
        if (::geteuid() != 0)
            QSKIP("mounting a tiny file system needs root");
        const QString tiny = m_dir.filePath(QStringLiteral("case-%1/tiny").arg(m_counter));
        QVERIFY(QDir().mkpath(tiny));
        if (QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                                         QStringLiteral("size=400k"), QStringLiteral("tmpfs"), tiny})
            != 0)
            QSKIP("cannot mount a tmpfs here");
        const auto unmount = qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), {tiny}); });

        Database db;
        QVERIFY(db.open(m_path).ok());
        addLearners(db, QStringLiteral("Dries"), 20);
        const QString folder = tiny + QStringLiteral("/atelier");
        QVERIFY(Backups::runDaily(db, folder, 14, QDate(2026, 3, 1)).ok());
        QVERIFY(Backups::runDaily(db, folder, 14, QDate(2026, 3, 2)).ok());
        QMap<QString, QByteArray> before;
        for (const Backups::Entry &entry : Backups::list(folder))
            before.insert(entry.path, TestSupport::sha256(entry.path));

        addLearners(db, QStringLiteral("Élodie"), 1500); // now larger than the space left
        QVERIFY(execSql(db.connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
        QVERIFY(QFileInfo(m_path).size() > 400 * 1024);
        const Result<Backups::DailyOutcome> failed = Backups::runDaily(db, folder, 1, QDate(2026, 3, 3));
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().contains(QStringLiteral("not enough free space")), qPrintable(failed.error()));
        QVERIFY(failed.error().contains(QStringLiteral("the earlier backups were kept")));
        // Nothing half-written, no rotation after the failure, the database intact.
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), 2);
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(TestSupport::sha256(it.key()), it.value());
        QCOMPARE(LearnerStore(db.connection()).find(QStringLiteral("elodie"))->size(), 1500);
        QVERIFY(db.check().sound());
    }

    void restoreKeepsTheCurrentFileAside()
    {
        const QString folder = Backups::folderFor(m_path);
        {
            Database db;
            QVERIFY(db.open(m_path).ok());
            addLearners(db, QStringLiteral("Fatou"), 4);
            QVERIFY(Backups::runDaily(db, folder, 14, QDate(2026, 4, 1)).ok());
            addLearners(db, QStringLiteral("Gaspard"), 2); // after the backup
        }
        const QByteArray current = TestSupport::sha256(m_path);
        const QString backup = QDir(folder).filePath(Backups::fileNameFor(QDate(2026, 4, 1)));

        const Result<BackupRestore::Outcome> restored = BackupRestore::restore(backup, m_path, BackupRestore::Reason::Restore, QStringLiteral("coord"));
        QVERIFY2(restored.ok(), qPrintable(restored.error()));
        QVERIFY(QFileInfo(restored->keptAside).fileName().startsWith(QStringLiteral("atelier.before-restore-")));
        QVERIFY(restored->keptAside.endsWith(QStringLiteral(".sqlite")));
        QCOMPARE(TestSupport::sha256(restored->keptAside), current);
        QVERIFY(Backups::verify(backup).ok()); // the backup itself is still there, unchanged

        Database db;
        QVERIFY(db.open(m_path).ok());
        QCOMPARE(LearnerStore(db.connection()).find(QStringLiteral("fatou"))->size(), 4);
        QCOMPARE(LearnerStore(db.connection()).find(QStringLiteral("gaspard"))->size(), 0);
        const QList<PrivacyLogEntry> log = *PrivacyLog(db.connection()).recent();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().action, QStringLiteral("restore"));
        QCOMPARE(log.first().staffLogin, QStringLiteral("coord"));
        QVERIFY(log.first().details.contains(QStringLiteral("mediatelier-2026-04-01.sqlite")));
        QVERIFY(log.first().details.contains(QFileInfo(restored->keptAside).fileName()));
        db.close();

        // A second restore the same second never overwrites the first file kept aside.
        const QString next = BackupRestore::asideName(m_path, BackupRestore::Reason::Restore,
                                                      QDateTime::fromString(restored->keptAside.section(QStringLiteral("before-restore-"), 1).left(15),
                                                                            QStringLiteral("yyyyMMdd-HHmmss")));
        QVERIFY(next != restored->keptAside);
        QVERIFY(next.endsWith(QStringLiteral("-2.sqlite")));
    }

    void damagedBackupIsRefused()
    {
        const QString folder = Backups::folderFor(m_path);
        {
            Database db;
            QVERIFY(db.open(m_path).ok());
            addLearners(db, QStringLiteral("Hind"), 200);
            QVERIFY(Backups::runDaily(db, folder, 14, QDate(2026, 5, 1)).ok());
        }
        const QString backup = QDir(folder).filePath(Backups::fileNameFor(QDate(2026, 5, 1)));
        corrupt(backup);
        const QByteArray current = TestSupport::sha256(m_path);
        const QStringList before = QDir(QFileInfo(m_path).absolutePath()).entryList(QDir::Files);

        const Result<BackupRestore::Outcome> restored = BackupRestore::restore(backup, m_path, BackupRestore::Reason::Restore);
        QVERIFY(!restored.ok());
        QVERIFY2(restored.error().contains(QStringLiteral("is damaged")), qPrintable(restored.error()));
        QVERIFY(restored.error().contains(backup));
        QVERIFY(restored.error().contains(QStringLiteral("The current database was not changed")));
        QCOMPARE(TestSupport::sha256(m_path), current);
        QCOMPARE(QDir(QFileInfo(m_path).absolutePath()).entryList(QDir::Files), before);
        QVERIFY(Backups::lastGood(folder).isEmpty());
        // Not a database at all, or the database itself: refused too.
        const QString junk = m_dir.filePath(QStringLiteral("junk.sqlite"));
        QVERIFY(TestSupport::writeFile(junk, QByteArray(8192, 'x')));
        QVERIFY(!BackupRestore::restore(junk, m_path, BackupRestore::Reason::Restore).ok());
        QVERIFY(!BackupRestore::restore(m_path, m_path, BackupRestore::Reason::Restore).ok());
        QCOMPARE(TestSupport::sha256(m_path), current);
    }

    void damagedFileAtStartIsReplacedByTheLastGoodBackup()
    {
        const QString folder = Backups::folderFor(m_path);
        makeDamagedFileWithBackups(folder);
        const QByteArray damaged = TestSupport::sha256(m_path);
        {
            Database db;
            QCOMPARE(db.open(m_path).error, Database::OpenError::Corrupted);
        }
        // The newest backup is damaged too: the one before it is the last good one.
        const QString good = Backups::lastGood(folder);
        QCOMPARE(QFileInfo(good).fileName(), QStringLiteral("mediatelier-2026-06-01.sqlite"));

        const Result<BackupRestore::Outcome> restored = BackupRestore::restore(good, m_path, BackupRestore::Reason::Damaged);
        QVERIFY2(restored.ok(), qPrintable(restored.error()));
        QVERIFY(QFileInfo(restored->keptAside).fileName().startsWith(QStringLiteral("atelier.damaged-")));
        QCOMPARE(TestSupport::sha256(restored->keptAside), damaged);
        Database db;
        QVERIFY(db.open(m_path).ok());
        QVERIFY(db.check().sound());
        QCOMPARE(LearnerStore(db.connection()).find(QStringLiteral("ilse"))->size(), 200);
        QVERIFY(PrivacyLog(db.connection()).recent()->first().details.contains(QStringLiteral("damaged")));
    }

    void windowOffersTheLastGoodBackupForADamagedFile()
    {
        const QString folder = Backups::folderFor(m_path);
        makeDamagedFileWithBackups(folder);
        const QByteArray damaged = TestSupport::sha256(m_path);
        ModalClicker clicker(true);
        {
            AppController controller;
            QVERIFY(controller.start(m_path));
            QVERIFY(clicker.restoreOffered);
            QVERIFY(controller.window());
            // The window that opens makes today's backup of the restored file.
            QTRY_VERIFY(QFile::exists(QDir(folder).filePath(Backups::fileNameFor(QDate::currentDate()))));
        }
        QVERIFY(Backups::verify(QDir(folder).filePath(Backups::fileNameFor(QDate::currentDate()))).ok());
        QVERIFY2(clicker.texts.first().contains(QStringLiteral("damaged")), qPrintable(clicker.texts.first()));
        QVERIFY(clicker.texts.join(QLatin1Char(' ')).contains(QStringLiteral("kept aside")));
        const QStringList aside = QDir(QFileInfo(m_path).absolutePath()).entryList({QStringLiteral("atelier.damaged-*.sqlite")});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(TestSupport::sha256(QFileInfo(m_path).absoluteDir().filePath(aside.first())), damaged);
        Database db;
        QVERIFY(db.open(m_path).ok());
        QCOMPARE(LearnerStore(db.connection()).find(QStringLiteral("ilse"))->size(), 200);
    }

    void windowOffersNoRestoreWithoutAGoodBackup()
    {
        const QString folder = Backups::folderFor(m_path);
        makeDamagedFileWithBackups(folder);
        QFile::remove(QDir(folder).filePath(QStringLiteral("mediatelier-2026-06-01.sqlite"))); // only the damaged one left
        const QByteArray damaged = TestSupport::sha256(m_path);
        ModalClicker clicker(true);
        AppController controller;
        QVERIFY(!controller.start(m_path)); // the box offers open / create / quit; the clicker quits
        QVERIFY(!clicker.restoreOffered);
        QCOMPARE(TestSupport::sha256(m_path), damaged);
    }

    void windowTellsWhenTheAutomaticBackupFails()
    {
        makeDamagedFileWithBackups(Backups::folderFor(m_path));
        QFile::remove(m_path);
        QVERIFY(QFile::copy(QDir(Backups::folderFor(m_path)).filePath(QStringLiteral("mediatelier-2026-06-01.sqlite")), m_path));
        const QString blocked = m_dir.filePath(QStringLiteral("case-%1/not-a-folder").arg(m_counter));
        QVERIFY(TestSupport::writeFile(blocked, "a file where the backup folder should be"));
        Settings::setBackupFolder(blocked);
        ModalClicker clicker(false);
        AppController controller;
        QVERIFY(controller.start(m_path));
        QTRY_VERIFY(clicker.texts.join(QLatin1Char(' ')).contains(QStringLiteral("Cannot create the backup folder")));
        Database db;
        QCOMPARE(db.open(m_path).error, Database::OpenError::InUse); // the window still has its file
    }

    void dialogListsChecksAndRestoresAfterConfirmation()
    {
        const QString folder = Backups::folderFor(m_path);
        Database db;
        QVERIFY(db.open(m_path).ok());
        addLearners(db, QStringLiteral("Jonas"), 150);
        QVERIFY(Backups::runDaily(db, folder, 14, QDate(2026, 7, 1)).ok());
        QVERIFY(Backups::runDaily(db, folder, 14, QDate(2026, 7, 2)).ok());
        corrupt(QDir(folder).filePath(Backups::fileNameFor(QDate(2026, 7, 2))));

        BackupsDialog dialog(db);
        auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("backupList"));
        QVERIFY(list);
        QCOMPARE(list->topLevelItemCount(), 2);
        QTRY_COMPARE(list->topLevelItem(1)->text(2), QStringLiteral("sound"));
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("damaged"));

        // The damaged one (newest, selected first) is refused with a message.
        ModalClicker clicker(false);
        list->setCurrentItem(list->topLevelItem(0));
        dialog.findChild<QPushButton *>(QStringLiteral("restoreBackupButton"))->click();
        QVERIFY(dialog.backupToRestore().isEmpty());
        QVERIFY2(clicker.texts.last().contains(QStringLiteral("is damaged")), qPrintable(clicker.texts.last()));

        // The sound one: the confirmation is answered Yes (the first button), the dialog hands it over.
        list->setCurrentItem(list->topLevelItem(1));
        QTimer::singleShot(0, &dialog, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        QVERIFY(dialog.chooseForRestore(list->topLevelItem(1)->data(0, Qt::UserRole).toString()));
        QCOMPARE(QFileInfo(dialog.backupToRestore()).fileName(), QStringLiteral("mediatelier-2026-07-01.sqlite"));
    }

    void backUpNowWritesACheckedCopyAndLogsIt()
    {
        Database db;
        QVERIFY(db.open(m_path).ok());
        addLearners(db, QStringLiteral("Karima"), 7);
        BackupsDialog dialog(db);
        ModalClicker clicker(false);
        const QString stick = m_dir.filePath(QStringLiteral("case-%1/stick/mediatelier-now.sqlite").arg(m_counter));
        QVERIFY(dialog.backUpTo(stick));
        QVERIFY(Backups::verify(stick).ok());
        QVERIFY(clicker.texts.last().contains(QStringLiteral("passed its check")));
        const QList<PrivacyLogEntry> log = *PrivacyLog(db.connection()).recent();
        QCOMPARE(log.first().action, QStringLiteral("backup"));
        QVERIFY(log.first().details.contains(QStringLiteral("mediatelier-now.sqlite")));
        // A failing target: a message, no log line, nothing written.
        QVERIFY(!dialog.backUpTo(m_path + QStringLiteral("/below-a-file.sqlite")));
        QVERIFY(clicker.texts.last().contains(QStringLiteral("Cannot create the backup folder")));
        QCOMPARE(PrivacyLog(db.connection()).recent()->size(), 1);
    }

    void commandLineBackupIsCheckedToo()
    {
        {
            Database db;
            QVERIFY(db.open(m_path).ok());
            addLearners(db, QStringLiteral("Lucas"), 3);
        }
        const QString copy = m_dir.filePath(QStringLiteral("case-%1/usb/copy.sqlite").arg(m_counter));
        QString out;
        QString err;
        QCOMPARE(TestSupport::cli({QStringLiteral("--database"), m_path, QStringLiteral("backup"), copy}, &out, &err), 0);
        QVERIFY(Backups::verify(copy).ok());
        QCOMPARE(QDir(QFileInfo(copy).absolutePath()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("copy.sqlite")});
        QCOMPARE(TestSupport::cli({QStringLiteral("--database"), m_path, QStringLiteral("backup"), copy + QStringLiteral("/x.sqlite")},
                                  &out, &err),
                 4);
        QVERIFY2(err.contains(QStringLiteral("Cannot create the backup folder")) && err.contains(copy), qPrintable(err));
        QVERIFY(Backups::verify(copy).ok());
    }

private:
    void addLearners(Database &db, const QString &name, int count)
    {
        LearnerStore learners(db.connection());
        Transaction transaction(db.connection());
        for (int i = 0; i < count; ++i) {
            Learner learner;
            learner.displayName = QStringLiteral("%1 %2").arg(name).arg(i);
            learner.notes = QString(200, QLatin1Char('n'));
            QVERIFY(learners.add(learner).ok());
        }
        QVERIFY(transaction.commit().ok());
    }

    // Overwrites b-tree pages in the middle of the file: the header stays valid, the checks fail.
    void corrupt(const QString &path)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 6 * 4096);
        file.seek(2 * 4096);
        file.write(QByteArray(3 * 4096, '\x5a'));
    }

    // A file whose pages are damaged, a good backup of 1 June and a damaged one of 2 June. The file
    // has its coordinator account, so the window opens without the first-start dialog.
    void makeDamagedFileWithBackups(const QString &folder)
    {
        {
            Database db;
            QVERIFY(db.open(m_path).ok());
            addLearners(db, QStringLiteral("Ilse"), 200);
            const Result<qint64> coordinator = StaffAccounts(db.connection())
                .create({QStringLiteral("claire"), QStringLiteral("Claire Martin"), StaffRole::Coordinator,
                         QStringLiteral("a long enough passphrase"), 0});
            QVERIFY2(coordinator.ok(), qPrintable(coordinator.error()));
            QVERIFY(Backups::runDaily(db, folder, 14, QDate(2026, 6, 1)).ok());
            QVERIFY(Backups::runDaily(db, folder, 14, QDate(2026, 6, 2)).ok());
        }
        corrupt(QDir(folder).filePath(Backups::fileNameFor(QDate(2026, 6, 2))));
        corrupt(m_path);
    }

    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

QTEST_MAIN(BackupsTest)
#include "tst_backups.moc"
