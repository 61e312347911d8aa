// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

// One workshop session, as planned and as it went.
struct Workshop
{
    enum class Format { Collective, Individual };
    enum class Status { Planned, Cancelled };

    qint64 id = 0;
    QString uuid;
    QString title;
    QDateTime start;           // local time
    int durationMinutes = 90;
    qint64 siteId = 0;         // 0: none
    QString siteName;          // read-only, filled by the store's queries
    qint64 facilitatorId = 0;  // 0: none
    QString facilitatorName;   // read-only
    QString place;
    int capacity = 0;          // 0: no limit
    Format format = Format::Collective;
    Status status = Status::Planned;
    QString seriesUuid;        // shared by the workshops of one series
    QStringList modules;       // module ids covered
    QString notes;

    // Attendance counts, read-only, filled by WorkshopStore::list().
    int registered = 0;
    int present = 0;           // present + late
    int excused = 0;
    int absent = 0;

    bool isCancelled() const { return status == Status::Cancelled; }
    QDateTime end() const { return start.addSecs(qint64(durationMinutes) * 60); }
};

// What the workshop list shows.
struct WorkshopFilter
{
    QDate from;                // inclusive; invalid: no lower bound
    QDate to;                  // inclusive; invalid: no upper bound
    qint64 siteId = 0;
    qint64 facilitatorId = 0;
    QString moduleId;
    bool includeCancelled = true;

    // Upcoming: not finished yet at `now` (a workshop under way is still upcoming: people are being
    // checked in); past: finished.
    enum class When { All, Upcoming, Past };
    When when = When::All;
    QDateTime now;             // invalid: the current time
};
