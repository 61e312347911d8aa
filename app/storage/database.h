// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/result.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QSqlDatabase>
#include <QString>

#include <memory>

// Owns one named SQLite connection: opens the file, refuses files it must not touch, sets the
// pragmas, migrates the schema step by step. Stores borrow its connection.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    static constexpr int SchemaVersion = 3;

    enum class Access { ReadWrite, ReadOnly };
    enum class OpenError { None, NotADatabase, Corrupted, TooNew, NotWritable, InUse, Storage };

    struct OpenResult
    {
        OpenError error = OpenError::None;
        QString message; // translated, names the file
        bool ok() const { return error == OpenError::None; }
    };

    struct CheckReport
    {
        bool integrityOk = false;
        bool foreignKeysOk = false;
        int schemaVersion = 0;
        QStringList problems; // translated
        bool sound() const { return integrityOk && foreignKeysOk && schemaVersion == SchemaVersion; }
    };

    explicit Database(QString connectionName = QStringLiteral("mediatelier"));
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // ReadWrite takes the single-writer lock next to the file (one writing process at a time, see
    // DESIGN.md on SQLite 3.40) and migrates; ReadOnly is for checks, backups and worker threads.
    OpenResult open(const QString &path, Access access = Access::ReadWrite);
    void close();

    bool isOpen() const;
    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    int schemaVersion() const;

    CheckReport check() const;
    // A consistent copy (VACUUM INTO), safe while another connection writes.
    Status backupTo(const QString &file) const;

    // The single-writer lock next to a database file, or null while a live process holds it. A lock
    // left by a writer that died (killed, power cut) is taken over.
    static std::unique_ptr<QLockFile> takeWriterLock(const QString &databasePath);

    // --database, else $MEDIATELIER_DATABASE, else the application's data folder.
    static QString resolvePath(const QString &commandLinePath);
    static QString defaultPath();

private:
    OpenResult refuse(OpenError error, const QString &message);
    OpenResult inspectExisting();
    Status applyPragmas();
    Status migrate(int fromVersion);

    QString m_connectionName;
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};
