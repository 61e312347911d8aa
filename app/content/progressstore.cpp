// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/progressstore.h"

#include "core/clock.h"
#include "storage/sql.h"

Status ProgressStore::recordPageSeen(qint64 learnerId, const QString &moduleId, const QString &pageId, int pageCount)
{
    const QString now = Stamp::nowUtcMs();
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    SqlStatement upsert(m_db, QStringLiteral(
        "INSERT INTO lesson_progress (uuid, site_id, learner_id, module_id, page, first_seen, last_seen, updated_at) "
        "VALUES (:uuid, (SELECT site_id FROM learners WHERE id = :learner), :learner, :module, :page, :now, :now, :now) "
        "ON CONFLICT (learner_id, module_id, page) DO UPDATE SET last_seen = excluded.last_seen, "
        "updated_at = excluded.updated_at"));
    upsert.bind(QStringLiteral(":uuid"), Stamp::newUuid())
        .bind(QStringLiteral(":learner"), learnerId)
        .bind(QStringLiteral(":module"), moduleId)
        .bind(QStringLiteral(":page"), pageId)
        .bind(QStringLiteral(":now"), now);
    if (Status status = upsert.exec(); !status)
        return status;
    SqlStatement complete(m_db, QStringLiteral(
        "UPDATE lesson_progress SET completed_at = :now, updated_at = :now "
        "WHERE learner_id = :learner AND module_id = :module AND completed_at IS NULL "
        "AND (SELECT COUNT(*) FROM lesson_progress WHERE learner_id = :learner AND module_id = :module) >= :count"));
    complete.bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":learner"), learnerId)
        .bind(QStringLiteral(":module"), moduleId)
        .bind(QStringLiteral(":count"), pageCount);
    if (Status status = complete.exec(); !status)
        return status;
    return transaction.commit();
}

Result<ModuleProgress> ProgressStore::progress(qint64 learnerId, const QString &moduleId) const
{
    const Result<QHash<QString, ModuleProgress>> all = allProgress(learnerId);
    if (!all)
        return all.status();
    return all->value(moduleId);
}

Result<QHash<QString, ModuleProgress>> ProgressStore::allProgress(qint64 learnerId) const
{
    // The last page is the one with the latest last_seen (ties: the highest row id, the latest write).
    SqlStatement select(m_db, QStringLiteral(
        "SELECT module_id, COUNT(*), MAX(completed_at IS NOT NULL), "
        "(SELECT page FROM lesson_progress p2 WHERE p2.learner_id = p.learner_id AND p2.module_id = p.module_id "
        " ORDER BY last_seen DESC, updated_at DESC, id DESC LIMIT 1) "
        "FROM lesson_progress p WHERE learner_id = :learner GROUP BY module_id"));
    select.bind(QStringLiteral(":learner"), learnerId);
    if (Status status = select.exec(); !status)
        return status;
    QHash<QString, ModuleProgress> progress;
    while (select.next())
        progress.insert(select.value(0).toString(),
                        {select.value(1).toInt(), select.value(2).toBool(), select.value(3).toString()});
    return progress;
}
