// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/result.h"
#include "workshops/workshop.h"

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

    // The month key stored with each workshop (202603 for March 2026): grouping without strftime().
    static int monthKey(const QDateTime &start) { return start.date().year() * 100 + start.date().month(); }

private:
    Status writeModules(qint64 id, const QStringList &modules);
    QSqlDatabase m_db;
};
