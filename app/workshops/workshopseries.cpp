// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshops/workshopseries.h"

Status WorkshopSeries::validate() const
{
    if (m_count < 1 || m_count > MaxSessions)
        return Status::failure(tr("A series has between 1 and %1 sessions.").arg(MaxSessions));
    if (m_intervalDays < 1 || m_intervalDays > MaxIntervalDays)
        return Status::failure(tr("Sessions of a series are between 1 and %1 days apart.").arg(MaxIntervalDays));
    return {};
}

QList<QDateTime> WorkshopSeries::dates(const QDateTime &first) const
{
    QList<QDateTime> dates;
    if (!first.isValid() || !validate())
        return dates;
    // Date arithmetic on the calendar date, then the same time of day: adding 7 × 86,400 seconds
    // would move a 14:00 session to 15:00 after the spring clock change.
    for (int i = 0; i < m_count; ++i)
        dates.append(QDateTime(first.date().addDays(qint64(i) * m_intervalDays), first.time()));
    return dates;
}
