// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/retention.h"

#include "privacy/learnererasure.h"
#include "reports/attendancequery.h"
#include "storage/sql.h"

#include <QSet>

QDate Retention::cutoff(const QDate &today, int months)
{
    return months > 0 ? today.addMonths(-months) : QDate();
}

Result<QList<RetentionCandidate>> Retention::preview(const QDateTime &now, int months) const
{
    if (months <= 0)
        return QList<RetentionCandidate>();
    // Stamps mix local workshop times ("2026-03-01T14:00") and UTC ("…T13:02:11Z"); all begin with the
    // ISO date, so the latest text is the latest activity and its first ten characters its day.
    SqlStatement select(m_db, QStringLiteral(
        "SELECT id, uuid, display_name, last FROM (SELECT l.id, l.uuid, l.display_name, MAX(l.created_at, l.updated_at, "
        "  COALESCE((SELECT MAX(w.starts_at) FROM attendance a JOIN workshops w ON w.id = a.workshop_id "
        "            WHERE a.learner_id = l.id), ''), "
        "  COALESCE((SELECT MAX(p.last_seen) FROM lesson_progress p WHERE p.learner_id = l.id), ''), "
        "  COALESCE((SELECT MAX(COALESCE(q.finished_at, q.started_at)) FROM quiz_attempts q WHERE q.learner_id = l.id), '')) "
        "  AS last FROM learners l WHERE l.anonymised_at IS NULL) "
        "WHERE substr(last, 1, 10) <= :cutoff ORDER BY last, id"));
    select.bind(QStringLiteral(":cutoff"), cutoff(now.date(), months).toString(Qt::ISODate));
    if (Status status = select.exec(); !status)
        return status;
    QList<RetentionCandidate> candidates;
    while (select.next()) {
        RetentionCandidate c;
        c.id = select.value(0).toLongLong();
        c.pseudonym = AttendanceQuery::pseudonym(select.value(1).toString());
        c.displayName = select.value(2).toString();
        c.lastActivity = QDate::fromString(select.value(3).toString().left(10), Qt::ISODate);
        candidates.append(c);
    }
    return candidates;
}

Result<int> Retention::apply(const QDateTime &now, int months, const QList<RetentionCandidate> &approved, const QString &staffLogin)
{
    const Result<QList<RetentionCandidate>> current = preview(now, months);
    if (!current)
        return current.status();
    QSet<qint64> approvedIds;
    for (const RetentionCandidate &c : approved)
        approvedIds.insert(c.id);
    QList<qint64> ids;
    for (const RetentionCandidate &c : *current) {
        if (approvedIds.contains(c.id))
            ids.append(c.id);
    }
    if (ids.isEmpty())
        return 0;
    return LearnerErasure(m_db).eraseAll(
        ids, QStringLiteral("months=%1 inactive_since=%2").arg(months).arg(cutoff(now.date(), months).toString(Qt::ISODate)),
        staffLogin);
}
