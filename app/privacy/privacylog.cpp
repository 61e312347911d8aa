// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/privacylog.h"

#include "core/clock.h"
#include "storage/sql.h"

QString PrivacyLog::code(Action action)
{
    switch (action) {
    case Action::Export: return QStringLiteral("export");
    case Action::Erase: return QStringLiteral("erase");
    case Action::Retention: return QStringLiteral("retention");
    case Action::Rectify: return QStringLiteral("rectify");
    case Action::Restore: return QStringLiteral("restore");
    case Action::Backup: return QStringLiteral("backup");
    }
    return {};
}

QString PrivacyLog::label(const QString &code)
{
    if (code == QLatin1String("export"))
        return tr("Data exported");
    if (code == QLatin1String("erase"))
        return tr("Learner erased");
    if (code == QLatin1String("retention"))
        return tr("Retention: inactive learners anonymised");
    if (code == QLatin1String("rectify"))
        return tr("Record corrected");
    if (code == QLatin1String("restore"))
        return tr("Backup restored");
    if (code == QLatin1String("backup"))
        return tr("Backup made");
    return code;
}

Status PrivacyLog::record(Action action, const QString &learnerUuid, const QString &details, const QString &staffLogin)
{
    SqlStatement insert(m_db, QStringLiteral("INSERT INTO privacy_log (at, action, learner_uuid, staff_login, details) "
                                             "VALUES (:at, :action, :uuid, :staff, :details)"));
    insert.bind(QStringLiteral(":at"), Stamp::nowUtc())
        .bind(QStringLiteral(":action"), code(action))
        .bind(QStringLiteral(":uuid"), nullIfEmpty(learnerUuid))
        .bind(QStringLiteral(":staff"), nullIfEmpty(staffLogin))
        .bind(QStringLiteral(":details"), nullIfEmpty(details));
    return insert.exec();
}

Result<QList<PrivacyLogEntry>> PrivacyLog::recent(int limit) const
{
    SqlStatement select(m_db, QStringLiteral("SELECT id, at, action, COALESCE(learner_uuid, ''), COALESCE(staff_login, ''), "
                                             "COALESCE(details, '') FROM privacy_log ORDER BY at DESC, id DESC LIMIT :limit"));
    select.bind(QStringLiteral(":limit"), qMax(1, limit));
    if (Status status = select.exec(); !status)
        return status;
    QList<PrivacyLogEntry> entries;
    while (select.next()) {
        PrivacyLogEntry e;
        e.id = select.value(0).toLongLong();
        e.at = QDateTime::fromString(select.value(1).toString(), Qt::ISODate);
        e.action = select.value(2).toString();
        e.learnerUuid = select.value(3).toString();
        e.staffLogin = select.value(4).toString();
        e.details = select.value(5).toString();
        entries.append(e);
    }
    return entries;
}
