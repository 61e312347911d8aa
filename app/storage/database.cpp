// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"

#include "storage/migrations.h"
#include "storage/sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

namespace {

constexpr char SqliteMagic[] = "SQLite format 3";

bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(16);
    return header.size() == 16 && header.startsWith(QByteArray(SqliteMagic)) && header.at(15) == '\0';
}

} // namespace

Database::Database(QString connectionName) : m_connectionName(std::move(connectionName)) {}

Database::~Database()
{
    close();
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_lock.reset();
}

std::unique_ptr<QLockFile> Database::takeWriterLock(const QString &databasePath)
{
    auto lock = std::make_unique<QLockFile>(databasePath + QStringLiteral(".lock"));
    lock->setStaleLockTime(0); // never by age: a workshop may keep the window open for days
    if (lock->tryLock(0))
        return lock;
    // Qt takes over a lock whose file names a dead process. A writer killed between creating the
    // lock file and writing its process id into it leaves an empty file that Qt never calls stale.
    // A live writer fills it within microseconds, so one still unreadable a moment later is a
    // leftover; removeStaleLockFile() refuses anyway while a live process holds its native lock.
    qint64 pid = 0;
    QString host;
    QString application;
    if (lock->error() != QLockFile::LockFailedError || lock->getLockInfo(&pid, &host, &application))
        return nullptr;
    QThread::msleep(50);
    if (!lock->getLockInfo(&pid, &host, &application) && lock->removeStaleLockFile() && lock->tryLock(0))
        return lock;
    return nullptr;
}

Database::OpenResult Database::refuse(OpenError error, const QString &message)
{
    close();
    return {error, message};
}

Database::OpenResult Database::open(const QString &path, Access access)
{
    close();
    m_path = QFileInfo(path).absoluteFilePath();
    const QFileInfo info(m_path);
    const bool exists = info.exists();

    if (exists && info.isDir())
        return refuse(OpenError::NotADatabase, tr("%1 is a folder, not a Mediatelier database.").arg(m_path));
    if (exists && info.size() > 0 && !hasSqliteHeader(m_path))
        return refuse(OpenError::NotADatabase,
                      tr("%1 is not a Mediatelier database (it is not an SQLite file). It was left untouched.")
                          .arg(m_path));
    if (!exists && access == Access::ReadOnly)
        return refuse(OpenError::Storage, tr("The database %1 does not exist.").arg(m_path));

    if (access == Access::ReadWrite) {
        const QDir folder = info.absoluteDir();
        if (!exists && !folder.exists() && !QDir().mkpath(folder.absolutePath()))
            return refuse(OpenError::NotWritable,
                          tr("Cannot create the folder %1 for the database.").arg(folder.absolutePath()));
        if (!QFileInfo(folder.absolutePath()).isWritable() || (exists && !info.isWritable()))
            return refuse(OpenError::NotWritable,
                          tr("Cannot write to %1: the folder or the file is read-only. Choose another place.")
                              .arg(m_path));
        m_lock = takeWriterLock(m_path);
        if (!m_lock) {
            return refuse(OpenError::InUse,
                          tr("%1 is already open in another Mediatelier window. Use that window, or close it first.")
                              .arg(m_path));
        }
    }

    QString openError;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        db.setConnectOptions(access == Access::ReadOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                                        : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            openError = db.lastError().text();
    }
    if (!openError.isEmpty())
        return refuse(OpenError::Storage, tr("Cannot open %1: %2").arg(m_path, openError));

    // Look before writing anything: a damaged or newer file must stay byte-for-byte as it was.
    if (exists && info.size() > 0) {
        const OpenResult inspected = inspectExisting();
        if (!inspected.ok())
            return refuse(inspected.error, inspected.message);
    }
    if (access == Access::ReadOnly)
        return {};

    if (Status status = applyPragmas(); !status)
        return refuse(OpenError::Storage, tr("Cannot prepare %1: %2").arg(m_path, status.error()));
    if (Status status = migrate(schemaVersion()); !status)
        return refuse(OpenError::Storage, tr("Cannot upgrade %1: %2").arg(m_path, status.error()));
    return {};
}

Database::OpenResult Database::inspectExisting()
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return {OpenError::Corrupted,
                      tr("%1 is damaged and cannot be read (%2). It was left untouched.")
                          .arg(m_path, query.lastError().text())};
    const int version = query.value(0).toInt();
    if (version > SchemaVersion)
        return {OpenError::TooNew,
                      tr("%1 was written by a newer version of Mediatelier (data version %2; this program knows "
                         "up to %3). Update Mediatelier to open it. The file was left untouched.")
                          .arg(m_path)
                          .arg(version)
                          .arg(SchemaVersion)};
    query.finish();
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next()
        || query.value(0).toString() != QLatin1String("ok"))
        return {OpenError::Corrupted,
                      tr("%1 is damaged (the integrity check failed). It was left untouched; restore a backup "
                         "or create a new file.")
                          .arg(m_path)};
    return {};
}

Status Database::applyPragmas()
{
    const QSqlDatabase db = connection();
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
                               "PRAGMA synchronous = FULL", "PRAGMA secure_delete = ON"}) {
        if (Status status = execSql(db, QString::fromLatin1(pragma)); !status)
            return status;
    }
    return {};
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

Status Database::migrate(int fromVersion)
{
    const QList<QStringList> &steps = schemaMigrations();
    for (int version = fromVersion + 1; version <= SchemaVersion; ++version) {
        Transaction transaction(connection());
        if (!transaction.status())
            return transaction.status();
        for (const QString &statement : steps.at(version - 1)) {
            if (Status status = execSql(connection(), statement); !status)
                return status;
        }
        if (Status status = execSql(connection(), QStringLiteral("PRAGMA user_version = %1").arg(version)); !status)
            return status;
        if (Status status = transaction.commit(); !status)
            return status;
    }
    return {};
}

Database::CheckReport Database::check() const
{
    CheckReport report;
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        QStringList messages;
        while (query.next())
            messages << query.value(0).toString();
        report.integrityOk = messages == QStringList{QStringLiteral("ok")};
        if (!report.integrityOk)
            report.problems << tr("Integrity check: %1").arg(messages.join(QStringLiteral("; ")));
    } else {
        report.problems << tr("Integrity check could not run: %1").arg(query.lastError().text());
    }
    if (query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        int violations = 0;
        while (query.next())
            ++violations;
        report.foreignKeysOk = violations == 0;
        if (violations > 0)
            report.problems << tr("%n row(s) point to records that do not exist.", nullptr, violations);
    } else {
        report.problems << tr("Foreign key check could not run: %1").arg(query.lastError().text());
    }
    report.schemaVersion = schemaVersion();
    if (report.schemaVersion != SchemaVersion)
        report.problems << tr("Data version %1, expected %2.").arg(report.schemaVersion).arg(SchemaVersion);
    return report;
}

Status Database::backupTo(const QString &file) const
{
    const QString target = QFileInfo(file).absoluteFilePath();
    if (QFileInfo(target) == QFileInfo(m_path))
        return Status::failure(tr("The backup cannot replace the database itself."));
    if (QFileInfo::exists(target) && !QFile::remove(target))
        return Status::failure(tr("Cannot replace %1.").arg(target));
    SqlStatement vacuum(connection(), QStringLiteral("VACUUM INTO :target"));
    vacuum.bind(QStringLiteral(":target"), target);
    if (Status status = vacuum.exec(); !status)
        return Status::failure(tr("Cannot write the backup %1: %2").arg(target, status.error()));
    return {};
}

QString Database::resolvePath(const QString &commandLinePath)
{
    if (!commandLinePath.isEmpty())
        return QFileInfo(commandLinePath).absoluteFilePath();
    const QString fromEnvironment = qEnvironmentVariable("MEDIATELIER_DATABASE");
    if (!fromEnvironment.isEmpty())
        return QFileInfo(fromEnvironment).absoluteFilePath();
    return defaultPath();
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/mediatelier.sqlite");
}
