// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/result.h"
#include "workshops/workshop.h"
#include "workshops/workshopseries.h"

#include <QList>
#include <QSqlDatabase>

// Planned and past workshops, with the modules they cover and their attendance counts.
class WorkshopStore
{
public:
    explicit WorkshopStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // Stores a new workshop (id, uuid and counts of the argument are ignored); returns its id.
    Result<qint64> add(const Workshop &workshop);
    Status update(const Workshop &workshop);
    Result<Workshop> get(qint64 id) const;
    // Workshops in the filter, by start time, each with its attendance counts.
    Result<QList<Workshop>> list(const WorkshopFilter &filter = {}) const;
    Status setStatus(qint64 id, Workshop::Status status);

    // A copy of a workshop (same title, site, facilitator, modules, capacity…) at another start,
    // one week later by default; planned, outside any series, without attendance. Returns its id.
    Result<qint64> duplicate(qint64 id, const QDateTime &start = {});
    // Cancelled workshops stay in the lists, marked, with their attendance.
    Status cancel(qint64 id) { return setStatus(id, Workshop::Status::Cancelled); }
    Status reinstate(qint64 id) { return setStatus(id, Workshop::Status::Planned); }
    // Creates every session of a series in one transaction (all or none), sharing a new series
    // UUID; the first session starts at first.start. Returns the ids in date order.
    Result<QList<qint64>> addSeries(const Workshop &first, const WorkshopSeries &series);

    // The month key stored with each workshop (202603 for March 2026): grouping without strftime().
    static int monthKey(const QDateTime &start) { return start.date().year() * 100 + start.date().month(); }

private:
    Result<qint64> insert(const Workshop &workshop); // inside the caller's transaction
    Status writeModules(qint64 id, const QStringList &modules);
    QSqlDatabase m_db;
};
