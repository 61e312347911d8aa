// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

// Copies of one database file: the rotating daily backups in a backup folder, copies to a chosen
// file or a USB stick, and the check that tells a sound copy from a damaged one. A copy is written
// under a temporary name and checked before it takes its final name, so no half copy ever carries a
// backup's name; older backups are removed only after the new one passed its check.
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(Backups)
public:
    static constexpr int DefaultKeep = 14;

    struct Entry
    {
        QString path;
        QDate date;
        qint64 size = 0; // bytes
    };

    struct DailyOutcome
    {
        QString path;         // today's backup
        bool written = false; // false: there was one already today
        QStringList removed;  // older backups deleted by the rotation
    };

    // A mounted volume a person can carry away (USB stick, memory card), offered as a quick choice.
    struct Volume
    {
        QString rootPath;
        QString name;
        qint64 bytesFree = 0;
    };

    static QString defaultRoot();                         // <data folder>/backups
    static QString root();                                // the folder chosen in Settings, else the default
    static QString folderFor(const QString &databasePath); // <root>/<database file base name>
    static QString fileNameFor(const QDate &date);        // mediatelier-2026-11-26.sqlite
    static QDate dateOf(const QString &fileName);         // invalid when not a backup's name

    // The backups of a folder, newest first.
    static QList<Entry> list(const QString &folder);
    // Opens the copy read-only and checks it: an SQLite file, integrity and foreign keys sound, a
    // data version this program can open. The message names the file.
    static Status verify(const QString &file);
    // The newest backup of the folder that passes verify(); empty when there is none.
    static QString lastGood(const QString &folder);

    // A checked copy of the open database at `target`. A file already there is replaced only by a
    // copy that passed its check; on failure (full disk…) the database and that file stay as they were.
    static Status writeChecked(const Database &database, const QString &target);
    // writeChecked() for a copy a person asked for (often to a USB stick: the data leaves this
    // computer), recorded in the privacy log of the database.
    static Status writeManual(const Database &database, const QString &target, const QString &staffLogin = {});
    // Today's backup in `folder` unless there is one already, then the rotation: only the newest
    // `keep` backups stay.
    static Result<DailyOutcome> runDaily(const Database &database, const QString &folder, int keep,
                                         const QDate &today = QDate::currentDate());
    // Deletes all but the newest `keep` backups of the folder; returns the deleted files.
    static QStringList prune(const QString &folder, int keep);

    // Mounted volumes that are not the system's own: where a USB stick shows up.
    static QList<Volume> removableVolumes();

    // Asks the system to put the file's bytes on the disk before it is renamed into place.
    static void flushToDisk(const QString &file);
    // Renames, replacing `to` if it exists (one step on the same disk).
    static bool replaceFile(const QString &from, const QString &to);
};
