// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

// How the sessions of a series repeat: every N days, K sessions. Every session keeps the first
// one's local wall-clock time, across daylight-saving changes (14:00 stays 14:00).
class WorkshopSeries
{
    Q_DECLARE_TR_FUNCTIONS(WorkshopSeries)
public:
    static constexpr int MaxSessions = 60;
    static constexpr int MaxIntervalDays = 366;

    WorkshopSeries(int intervalDays = 7, int count = 5) : m_intervalDays(intervalDays), m_count(count) {}

    int intervalDays() const { return m_intervalDays; }
    int count() const { return m_count; }
    Status validate() const;
    // The start of each session, the first one included.
    QList<QDateTime> dates(const QDateTime &first) const;

private:
    int m_intervalDays;
    int m_count;
};
