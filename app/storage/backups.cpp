// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/backups.h"

#include "core/settings.h"
#include "privacy/privacylog.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

const QString Prefix = QStringLiteral("mediatelier-");
const QString Suffix = QStringLiteral(".sqlite");

// Each check opens its own connection (the checks may run on a worker thread).
QString uniqueConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("backup-check-%1").arg(++counter);
}

// Where a copy is written before it passed its check: hidden, and never taken for a backup.
QString partName(const QString &target)
{
    const QFileInfo info(target);
    return info.absoluteDir().filePath(QStringLiteral(".%1.part").arg(info.fileName()));
}

// What a copy needs on disk: the pages in use, wherever they are (the main file or the -wal).
qint64 dataSize(const Database &database)
{
    QSqlQuery query(database.connection());
    qint64 pages = 0;
    qint64 pageSize = 0;
    if (query.exec(QStringLiteral("PRAGMA page_count")) && query.next())
        pages = query.value(0).toLongLong();
    if (query.exec(QStringLiteral("PRAGMA page_size")) && query.next())
        pageSize = query.value(0).toLongLong();
    return qMax(pages * pageSize, QFileInfo(database.path()).size());
}

} // namespace

QString Backups::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/backups");
}

QString Backups::root()
{
    const QString chosen = Settings::backupFolder();
    return chosen.isEmpty() ? defaultRoot() : chosen;
}

QString Backups::folderFor(const QString &databasePath)
{
    return QDir(root()).filePath(QFileInfo(databasePath).completeBaseName());
}

QString Backups::fileNameFor(const QDate &date)
{
    return Prefix + date.toString(Qt::ISODate) + Suffix;
}

QDate Backups::dateOf(const QString &fileName)
{
    static const QRegularExpression pattern(QStringLiteral("^mediatelier-(\\d{4}-\\d{2}-\\d{2})\\.sqlite$"));
    const QRegularExpressionMatch match = pattern.match(QFileInfo(fileName).fileName());
    return match.hasMatch() ? QDate::fromString(match.captured(1), Qt::ISODate) : QDate();
}

QList<Backups::Entry> Backups::list(const QString &folder)
{
    QList<Entry> entries;
    const QFileInfoList files = QDir(folder).entryInfoList({Prefix + QLatin1Char('*') + Suffix}, QDir::Files);
    for (const QFileInfo &file : files) {
        const QDate date = dateOf(file.fileName());
        if (date.isValid())
            entries.append({file.absoluteFilePath(), date, file.size()});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.date > b.date; });
    return entries;
}

Status Backups::verify(const QString &file)
{
    if (!QFileInfo(file).isFile())
        return Status::failure(tr("The backup %1 does not exist.").arg(file));
    Database copy(uniqueConnectionName());
    const Database::OpenResult opened = copy.open(file, Database::Access::ReadOnly);
    if (opened.error == Database::OpenError::Corrupted)
        return Status::failure(tr("The backup %1 is damaged: its integrity check failed.").arg(file));
    if (!opened.ok())
        return Status::failure(opened.message);
    const Database::CheckReport report = copy.check();
    if (!report.integrityOk || !report.foreignKeysOk)
        return Status::failure(tr("The backup %1 failed its check: %2").arg(file, report.problems.join(QStringLiteral("; "))));
    if (report.schemaVersion < 1)
        return Status::failure(tr("%1 is not a Mediatelier backup.").arg(file));
    return {};
}

QString Backups::lastGood(const QString &folder)
{
    for (const Entry &entry : list(folder)) {
        if (verify(entry.path))
            return entry.path;
    }
    return {};
}

void Backups::flushToDisk(const QString &file)
{
#ifdef Q_OS_UNIX
    QFile handle(file);
    if (handle.open(QIODevice::ReadOnly))
        ::fsync(handle.handle());
#else
    Q_UNUSED(file)
#endif
}

bool Backups::replaceFile(const QString &from, const QString &to)
{
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()), std::filesystem::path(to.toStdU16String()), error);
    return !error;
}

Status Backups::writeChecked(const Database &database, const QString &target)
{
    const QString file = QFileInfo(target).absoluteFilePath();
    const QString folder = QFileInfo(file).absolutePath();
    if (!QDir().mkpath(folder) || !QFileInfo(folder).isDir())
        return Status::failure(tr("Cannot create the backup folder %1. The database was not changed.").arg(folder));
    if (QFileInfo(file).isDir())
        return Status::failure(tr("%1 is a folder: choose a file name for the backup.").arg(file));

    const QString part = partName(file);
    if (Status written = database.backupTo(part); !written) {
        QFile::remove(part);
        // VACUUM INTO reports a full disk as an SQLite error; say it in words a person can act on.
        const qint64 needed = dataSize(database);
        const QStorageInfo storage(folder);
        if (written.error().contains(QLatin1String("full"), Qt::CaseInsensitive)
            || (storage.isValid() && storage.bytesAvailable() < needed))
            return Status::failure(tr("There is not enough free space in %1 for a backup (about %2 MB are needed). "
                                      "The database was not changed and the earlier backups were kept.")
                                       .arg(folder)
                                       .arg(qMax<qint64>(1, needed / (1024 * 1024))));
        return Status::failure(tr("The backup %1 could not be written (%2). The database was not changed and the "
                                  "earlier backups were kept.")
                                   .arg(file, written.error()));
    }
    if (Status checked = verify(part); !checked) {
        QFile::remove(part);
        return Status::failure(tr("The new backup failed its check, so it was deleted and the earlier backups were "
                                  "kept: %1")
                                   .arg(checked.error()));
    }
    flushToDisk(part);
    if (!replaceFile(part, file)) {
        QFile::remove(part);
        return Status::failure(tr("Cannot give the backup its name %1. The database was not changed.").arg(file));
    }
    return {};
}

Status Backups::writeManual(const Database &database, const QString &target, const QString &staffLogin)
{
    if (Status written = writeChecked(database, target); !written)
        return written;
    // The log names the copy's file, not the folder: the folder may carry a person's name.
    const QJsonObject details{{QStringLiteral("file"), QFileInfo(target).fileName()},
                              {QStringLiteral("bytes"), QFileInfo(target).size()}};
    return PrivacyLog(database.connection())
        .record(PrivacyLog::Action::Backup, {}, QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)),
                staffLogin);
}

Result<Backups::DailyOutcome> Backups::runDaily(const Database &database, const QString &folder, int keep, const QDate &today)
{
    DailyOutcome outcome;
    outcome.path = QDir(folder).absoluteFilePath(fileNameFor(today));
    if (!QFileInfo::exists(outcome.path)) {
        if (Status written = writeChecked(database, outcome.path); !written)
            return written; // no rotation: the older backups are all there is
        outcome.written = true;
    }
    outcome.removed = prune(folder, keep);
    return outcome;
}

QStringList Backups::prune(const QString &folder, int keep)
{
    QStringList removed;
    const QList<Entry> entries = list(folder);
    for (qsizetype i = qMax(1, keep); i < entries.size(); ++i) {
        if (QFile::remove(entries.at(i).path))
            removed << entries.at(i).path;
    }
    return removed;
}

QList<Backups::Volume> Backups::removableVolumes()
{
    QList<Volume> volumes;
    const QStorageInfo system = QStorageInfo::root();
    for (const QStorageInfo &volume : QStorageInfo::mountedVolumes()) {
        if (!volume.isValid() || !volume.isReady() || volume.isReadOnly() || volume.isRoot() || volume == system)
            continue;
        const QString rootPath = volume.rootPath();
#ifndef Q_OS_WIN
        // Elsewhere than Windows, the system mounts itself all over the tree (/boot, /proc, /run…);
        // carried media are mounted under these folders by the desktop or by hand.
        static const QStringList carried = {QStringLiteral("/media/"), QStringLiteral("/run/media/"),
                                            QStringLiteral("/mnt/"), QStringLiteral("/Volumes/")};
        if (std::none_of(carried.begin(), carried.end(), [&](const QString &prefix) { return rootPath.startsWith(prefix); }))
            continue;
#endif
        const QString name = volume.displayName().isEmpty() ? rootPath : volume.displayName();
        volumes.append({rootPath, name, volume.bytesAvailable()});
    }
    return volumes;
}
