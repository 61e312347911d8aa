// SPDX-License-Identifier: GPL-3.0-or-later
// The database file: creation, migration from every earlier version, refusal of files it must not
// touch, reopening, consistent backups while another connection writes.
#include "testsupport.h"

#include "learners/learnerstore.h"
#include "sites/sitestore.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

class StorageTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::isolate(); }
    void init() { QVERIFY(m_dir.isValid()); m_path = m_dir.filePath(QStringLiteral("test-%1.sqlite").arg(++m_counter)); }

    void createsEveryTableFromEmpty()
    {
        Database db;
        QVERIFY2(db.open(m_path).ok(), qPrintable(db.open(m_path).message));
        QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")));
        QStringList tables;
        while (query.next())
            tables << query.value(0).toString();
        for (const char *table : {"sites", "facilitators", "learners", "workshops", "workshop_modules", "attendance",
                                  "lesson_progress", "quiz_attempts", "quiz_answers"})
            QVERIFY2(tables.contains(QLatin1String(table)), table);
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(db.check().sound());
    }

    void reopenKeepsData()
    {
        qint64 learnerId = 0;
        {
            Database db;
            QVERIFY(db.open(m_path).ok());
            const Result<qint64> site = SiteStore(db.connection()).add({0, {}, QStringLiteral("EPN Molenbeek"), {}});
            QVERIFY(site.ok());
            Learner learner;
            learner.displayName = QStringLiteral("Élodie");
            learner.siteId = *site;
            const Result<qint64> added = LearnerStore(db.connection()).add(learner);
            QVERIFY2(added.ok(), qPrintable(added.error()));
            learnerId = *added;
        }
        Database db;
        QVERIFY(db.open(m_path).ok());
        const Result<Learner> learner = LearnerStore(db.connection()).get(learnerId);
        QVERIFY(learner.ok());
        QCOMPARE(learner->displayName, QStringLiteral("Élodie"));
        QCOMPARE(LearnerStore(db.connection()).find(QStringLiteral("elo"))->size(), 1);
        QCOMPARE(SiteStore(db.connection()).all()->first().name, QStringLiteral("EPN Molenbeek"));
    }

    void transactionRollsBackUnlessCommitted()
    {
        Database db;
        QVERIFY(db.open(m_path).ok());
        {
            Transaction transaction(db.connection());
            QVERIFY(transaction.status().ok());
            QVERIFY(SiteStore(db.connection()).add({0, {}, QStringLiteral("Lost"), {}}).ok());
        }
        QVERIFY(SiteStore(db.connection()).all()->isEmpty());
    }

    void refusesRandomBytesUntouched()
    {
        QByteArray noise(64 * 1024, '\0');
        QRandomGenerator generator(42);
        for (char &byte : noise)
            byte = char(generator.bounded(256));
        QVERIFY(TestSupport::writeFile(m_path, noise));
        expectRefused(Database::OpenError::NotADatabase, QStringLiteral("not a Mediatelier database"));
    }

    void refusesCorruptedDatabaseUntouched()
    {
        makeDatabaseWithRows(200);
        // Overwrite the middle of the file (b-tree pages) but keep the header valid.
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(size > 4 * 4096);
        file.seek(2 * 4096);
        file.write(QByteArray(2 * 4096, '\x5a'));
        file.close();
        expectRefused(Database::OpenError::Corrupted, QStringLiteral("damaged"));
    }

    void refusesNewerDatabaseUntouched()
    {
        makeDatabaseWithRows(1);
        {
            Database db;
            QVERIFY(db.open(m_path).ok());
            QVERIFY(execSql(db.connection(), QStringLiteral("PRAGMA user_version = %1").arg(Database::SchemaVersion + 5)).ok());
            QVERIFY(execSql(db.connection(), QStringLiteral("PRAGMA journal_mode = DELETE")).ok());
        }
        expectRefused(Database::OpenError::TooNew, QStringLiteral("newer version of Mediatelier"));
    }

    void refusesReadOnlyFolderWithMessage()
    {
        if (::geteuid() == 0)
            QSKIP("root can write anywhere; the permission check cannot be exercised");
        const QString folder = m_dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(folder));
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
        Database db;
        const Database::OpenResult result = db.open(folder + QStringLiteral("/db.sqlite"));
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(result.error, Database::OpenError::NotWritable);
        QVERIFY(result.message.contains(QStringLiteral("read-only")));
    }

    void refusesMissingParentThatCannotBeCreated()
    {
        // A path below a regular file can never be created, whoever runs the test.
        QVERIFY(TestSupport::writeFile(m_path, QByteArray()));
        Database db;
        const Database::OpenResult result = db.open(m_path + QStringLiteral("/sub/db.sqlite"));
        QCOMPARE(result.error, Database::OpenError::NotWritable);
        QVERIFY(result.message.contains(m_path));
    }

    void secondWriterIsRefused()
    {
        Database first(QStringLiteral("first"));
        QVERIFY(first.open(m_path).ok());
        Database second(QStringLiteral("second"));
        const Database::OpenResult result = second.open(m_path);
        QCOMPARE(result.error, Database::OpenError::InUse);
        Database reader(QStringLiteral("reader"));
        QVERIFY(reader.open(m_path, Database::Access::ReadOnly).ok());
    }

    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<QString>("fixture");
        const QDir folder(TestSupport::fixture(QStringLiteral("schema")));
        const QStringList files = folder.entryList({QStringLiteral("v*.sqlite")}, QDir::Files, QDir::Name);
        QVERIFY2(!files.isEmpty(), "no schema fixtures");
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << folder.filePath(file);
    }

    void migratesFromEveryEarlierVersion()
    {
        QFETCH(QString, fixture);
        QVERIFY(QFile::copy(fixture, m_path));
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
        Database db;
        const Database::OpenResult result = db.open(m_path);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
        QVERIFY(db.check().sound());
        // Every fixture holds the learner "Fixture Learner" and a site: they must survive.
        QCOMPARE(LearnerStore(db.connection()).find(QStringLiteral("fixture learner"))->size(), 1);
        QVERIFY(!SiteStore(db.connection()).all()->isEmpty());
    }

    void backupWhileAnotherConnectionWrites()
    {
        Database writer(QStringLiteral("writer"));
        QVERIFY(writer.open(m_path).ok());
        SiteStore sites(writer.connection());
        QVERIFY(sites.add({0, {}, QStringLiteral("Before"), {}}).ok());

        // An open write transaction on the writer: the backup must see only committed rows.
        Transaction pending(writer.connection());
        QVERIFY(pending.status().ok());
        QVERIFY(sites.add({0, {}, QStringLiteral("Uncommitted"), {}}).ok());

        Database reader(QStringLiteral("reader"));
        QVERIFY(reader.open(m_path, Database::Access::ReadOnly).ok());
        const QString copy = m_dir.filePath(QStringLiteral("copy-%1.sqlite").arg(m_counter));
        const Status backup = reader.backupTo(copy);
        QVERIFY2(backup.ok(), qPrintable(backup.error()));
        QVERIFY(pending.commit().ok());
        reader.close();

        Database restored(QStringLiteral("restored"));
        QVERIFY(restored.open(copy).ok());
        QVERIFY(restored.check().sound());
        const QList<Site> copied = *SiteStore(restored.connection()).all();
        QCOMPARE(copied.size(), 1);
        QCOMPARE(copied.first().name, QStringLiteral("Before"));
    }

private:
    void makeDatabaseWithRows(int count)
    {
        Database db;
        QVERIFY(db.open(m_path).ok());
        LearnerStore learners(db.connection());
        Transaction transaction(db.connection());
        for (int i = 0; i < count; ++i) {
            Learner learner;
            learner.displayName = QStringLiteral("Learner %1 with a long enough name to fill pages").arg(i);
            learner.notes = QString(200, QLatin1Char('n'));
            QVERIFY(learners.add(learner).ok());
        }
        QVERIFY(transaction.commit().ok());
        QVERIFY(execSql(db.connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    }

    void expectRefused(Database::OpenError expected, const QString &fragment)
    {
        const QByteArray before = TestSupport::sha256(m_path);
        for (const Database::Access access : {Database::Access::ReadWrite, Database::Access::ReadOnly}) {
            Database db;
            const Database::OpenResult result = db.open(m_path, access);
            QCOMPARE(result.error, expected);
            QVERIFY2(result.message.contains(fragment), qPrintable(result.message));
            QVERIFY(result.message.contains(m_path));
            QVERIFY(!db.isOpen());
        }
        QCOMPARE(TestSupport::sha256(m_path), before);
        QVERIFY(!QFile::exists(m_path + QStringLiteral("-wal")) || QFileInfo(m_path + QStringLiteral("-wal")).size() == 0);
    }

    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(StorageTest)
#include "tst_storage.moc"
