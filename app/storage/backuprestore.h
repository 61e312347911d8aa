// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// Puts a backup in the place of a database file: checks the backup first, keeps the current file
// (with its -wal and -shm) aside under a new name — never overwritten, never deleted — moves a copy
// of the backup in, and records the restore in the privacy log of the restored file. The caller
// closes its own connection to the file first.
class BackupRestore
{
    Q_DECLARE_TR_FUNCTIONS(BackupRestore)
public:
    // Restore: the person chose an older state; Damaged: the file failed its check at start.
    enum class Reason { Restore, Damaged };

    struct Outcome
    {
        QString keptAside; // where the previous file went; empty when there was none
    };

    static Result<Outcome> restore(const QString &backupFile, const QString &databasePath, Reason reason,
                                   const QString &staffLogin = {});

    // name.before-restore-20261126-143005.sqlite or name.damaged-20261126-143005.sqlite, next to the
    // file; a number is added when that name is taken.
    static QString asideName(const QString &databasePath, Reason reason, const QDateTime &when);
};
