// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/backuprestore.h"

#include <QString>

class QWidget;

// The window's side of backups that the application controller drives: today's automatic backup
// when a window opens, and a restore told to the person in words.
namespace BackupFlow {
// Today's backup of the file (unless there is one) and the rotation, on a worker thread with its
// own read-only connection; a failure (full disk…) is told in a message over the window. The job
// belongs to the window: closing it waits for the copy to end.
void startDaily(const QString &databasePath, QWidget *window);
// Restores the backup in place of the (closed) database file and says what happened: where the
// previous file was kept, or why nothing changed. True when the backup is in place. The staff
// login goes into the privacy log.
bool restore(const QString &backup, const QString &databasePath, BackupRestore::Reason reason, QWidget *parent,
             const QString &staffLogin = {});
} // namespace BackupFlow
