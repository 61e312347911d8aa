// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// One line of the privacy log: what was done, when, to whose record (by UUID only) and by whom.
struct PrivacyLogEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString action; // stored code: export, erase, retention, rectify, restore, backup
    QString learnerUuid;
    QString staffLogin;
    QString details; // counts and facts, never personal data
};

// The privacy_log table: the record of exports, erasures, retention runs, rectifications, backups
// and restores that a coordinator can show a data protection authority. It never holds a name.
class PrivacyLog
{
    Q_DECLARE_TR_FUNCTIONS(PrivacyLog)
public:
    enum class Action { Export, Erase, Retention, Rectify, Restore, Backup };

    explicit PrivacyLog(QSqlDatabase db) : m_db(std::move(db)) {}

    // Appends one line (at the current UTC time). Joins the caller's transaction when one is open.
    Status record(Action action, const QString &learnerUuid, const QString &details, const QString &staffLogin = {});
    // The latest lines first.
    Result<QList<PrivacyLogEntry>> recent(int limit = 1000) const;

    static QString code(Action action);
    static QString label(const QString &code); // translated, for people

private:
    QSqlDatabase m_db;
};
