// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/reportfilter.h"
#include "storage/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <functional>

// One learner at one workshop, as the attendance export shows it. Codes (age band, gender,
// status) are kept as stored; the writers turn them into labels.
struct AttendanceRow
{
    QString date;        // ISO "2026-03-01"
    QString time;        // "14:00", local
    QString site;
    QString workshop;
    QString facilitator;
    QString modules;     // module ids, space-separated
    QString learner;     // display name, or a pseudonym
    QString ageBand;     // code, empty when not recorded
    QString gender;      // code, empty when not recorded
    QString postcode;
    QString status;      // registered | present | late | excused | absent
    QString checkedIn;   // "2026-03-01 14:02", local; empty when not checked in
    int durationMinutes = 0;
};

// Reads the attendance rows of the workshops a filter selects, one at a time, so that an export of
// ten years never holds them all in memory.
class AttendanceQuery
{
public:
    explicit AttendanceQuery(QSqlDatabase db) : m_db(std::move(db)) {}

    // Calls `row` for each row in date order; `row` returns false to stop (a cancelled export).
    // Pseudonymised rows carry pseudonym() instead of the name and only the postcode's area.
    // Returns the number of rows read.
    Result<qint64> forEach(const ReportFilter &filter, bool pseudonymise,
                           const std::function<bool(const AttendanceRow &)> &row) const;

    // How many rows forEach() would read (a PDF numbers its pages before writing them).
    Result<qint64> count(const ReportFilter &filter) const;

    // The SQL behind forEach() with no filter: the benchmark gives the same join to sqlite3.
    static QString sql(const QString &conditions = {});
    // "P-" and the first 10 hex digits of SHA-256 of the learner's UUID: stable across exports and
    // machines, and holding nothing of the name.
    static QString pseudonym(const QString &learnerUuid);
    // The first two digits of a postcode ("1030" → "10", "75011" → "75"), or "unknown".
    static QString postcodeArea(const QString &postcode);

private:
    QSqlDatabase m_db;
};
