// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/backuprestore.h"

#include "privacy/privacylog.h"
#include "storage/backups.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>

namespace {

// The files SQLite keeps next to a database; they belong to it and move with it.
const QStringList Companions = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};

bool anyExists(const QString &path)
{
    for (const QString &suffix : Companions) {
        if (QFileInfo::exists(path + suffix))
            return true;
    }
    return false;
}

// Moves the file and its companions; on a failure puts back what had moved and returns false.
bool moveWithCompanions(const QString &from, const QString &to)
{
    QStringList moved;
    for (const QString &suffix : Companions) {
        if (!QFileInfo::exists(from + suffix))
            continue;
        if (!QFile::rename(from + suffix, to + suffix)) {
            for (const QString &back : std::as_const(moved))
                QFile::rename(to + back, from + back);
            return false;
        }
        moved << suffix;
    }
    return true;
}

} // namespace

QString BackupRestore::asideName(const QString &databasePath, Reason reason, const QDateTime &when)
{
    const QFileInfo info(databasePath);
    const QString tag = reason == Reason::Damaged ? QStringLiteral("damaged") : QStringLiteral("before-restore");
    const QString suffix = info.suffix().isEmpty() ? QStringLiteral("sqlite") : info.suffix();
    const QString stem = QStringLiteral("%1.%2-%3").arg(info.completeBaseName(), tag, when.toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QString candidate = info.absoluteDir().filePath(QStringLiteral("%1.%2").arg(stem, suffix));
    for (int n = 2; anyExists(candidate); ++n)
        candidate = info.absoluteDir().filePath(QStringLiteral("%1-%2.%3").arg(stem).arg(n).arg(suffix));
    return candidate;
}

Result<BackupRestore::Outcome> BackupRestore::restore(const QString &backupFile, const QString &databasePath, Reason reason,
                                                      const QString &staffLogin)
{
    const QString source = QFileInfo(backupFile).absoluteFilePath();
    const QString target = QFileInfo(databasePath).absoluteFilePath();
    if (QFileInfo(source) == QFileInfo(target))
        return Result<Outcome>::failure(tr("%1 is the database itself, not a backup of it.").arg(source));
    if (Status checked = Backups::verify(source); !checked)
        return Result<Outcome>::failure(tr("This backup cannot be restored: %1 The current database was not changed.")
                                            .arg(checked.error()));
    std::unique_ptr<QLockFile> lock = Database::takeWriterLock(target);
    if (!lock)
        return Result<Outcome>::failure(tr("%1 is open in another Mediatelier window. Close it, then restore again.").arg(target));

    // The copy goes next to the file first, so that the last step is a rename on the same disk and
    // a full disk stops us before anything has moved.
    const QFileInfo targetInfo(target);
    const QString incoming = targetInfo.absoluteDir().filePath(QStringLiteral(".%1.restoring").arg(targetInfo.fileName()));
    QFile::remove(incoming);
    if (!QFile::copy(source, incoming)) {
        QFile::remove(incoming);
        return Result<Outcome>::failure(tr("Cannot copy the backup next to %1 (is the disk full?). The current database was "
                                           "not changed.")
                                            .arg(target));
    }
    QFile::setPermissions(incoming, QFile::permissions(incoming) | QFile::ReadOwner | QFile::WriteOwner);
    Backups::flushToDisk(incoming);

    Outcome outcome;
    if (anyExists(target)) {
        outcome.keptAside = asideName(target, reason, QDateTime::currentDateTime());
        if (!moveWithCompanions(target, outcome.keptAside)) {
            QFile::remove(incoming);
            return Result<Outcome>::failure(tr("Cannot move %1 aside, so nothing was restored and the file was not changed.")
                                                .arg(target));
        }
    }
    if (!QFile::rename(incoming, target)) {
        QFile::remove(incoming);
        if (!outcome.keptAside.isEmpty())
            moveWithCompanions(outcome.keptAside, target);
        return Result<Outcome>::failure(tr("Cannot put the backup in place of %1; the file was not changed.").arg(target));
    }
    lock.reset();

    Database restored(QStringLiteral("restore-log"));
    const Database::OpenResult opened = restored.open(target);
    if (!opened.ok())
        return Result<Outcome>::failure(opened.message);
    const QJsonObject details{{QStringLiteral("backup"), QFileInfo(source).fileName()},
                              {QStringLiteral("keptAside"), QFileInfo(outcome.keptAside).fileName()},
                              {QStringLiteral("reason"), reason == Reason::Damaged ? QStringLiteral("damaged") : QStringLiteral("chosen")}};
    if (Status logged = PrivacyLog(restored.connection())
                            .record(PrivacyLog::Action::Restore, {},
                                    QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)), staffLogin);
        !logged)
        return Result<Outcome>::failure(tr("The backup was restored, but the restore could not be written in the privacy log: %1")
                                            .arg(logged.error()));
    return outcome;
}
