// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/fundersummary.h"
#include "reports/reportfilter.h"
#include "storage/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

// Everything the coordinators' dashboard shows for one filter, per week or per month. Only counts,
// never a name. Held workshops only (a cancelled one counts nowhere).
struct DashboardData
{
    enum class Granularity { Week, Month };

    // Attendance rows by status; "registered" is a registration nobody marked.
    struct Statuses
    {
        int present = 0;
        int late = 0;
        int excused = 0;
        int absent = 0;
        int registered = 0;
        int attended() const { return present + late; }
        // Who should have come and whose outcome is known: an excused person warned, an unmarked
        // registration (a session not closed, a workshop to come) tells nothing.
        int expected() const { return present + late + absent; }
        // absent / expected, 0 to 1; 0 when nobody was expected.
        double noShowRate() const { return expected() > 0 ? double(absent) / expected() : 0.0; }
    };

    struct Period
    {
        QDate start;             // the Monday of the week, or the first day of the month
        Statuses attendance;
        int people = 0;          // distinct people present or late in the period
        int newPeople = 0;       // of whom the first presence ever (at the site, when one is chosen) is in the period
        int returning() const { return people - newPeople; }
        int workshops = 0;       // held
        double hours = 0;        // durations of the held workshops where someone was present or late
        double learnerHours = 0; // each presence times its workshop's duration
    };

    struct Site
    {
        qint64 siteId = 0;       // 0: workshops without a site
        QString name;            // empty when siteId is 0
        int workshops = 0;
        double hours = 0;
        int people = 0;
        Statuses attendance;
    };

    ReportFilter filter;
    Granularity granularity = Granularity::Month;
    int workshops = 0;
    double hours = 0;            // as Period::hours, over the whole filter (the funder summary's hours)
    double learnerHours = 0;
    int people = 0;              // distinct people present or late over the whole filter
    // Of whom came for the first time ever in the filter's period (all facilitators and modules; at
    // the site when one is chosen). With a facilitator or a module, a person whose first time was
    // elsewhere in the period is new here but in no single period.
    int newPeople = 0;
    Statuses attendance;
    QList<Period> periods;       // oldest first, every period from the first to the last with activity
    QList<FunderFigures::ModuleWorkshops> modules; // most taught first
    QList<FunderFigures::ModuleGain> gains;        // by module id
    QList<FunderFigures::Breakdown> ageBands;      // every code, "not-stated" last
    QList<FunderFigures::Breakdown> genders;       // every code, "not-stated" last
    QList<Site> sites;           // by name, workshops without a site last

    // The period holding `date`.
    static QDate periodStart(const QDate &date, Granularity granularity);
    static QDate nextPeriod(const QDate &start, Granularity granularity);
};

// Computes DashboardData with a handful of aggregate queries (attendance per period and site,
// workshops per period and site, one row per person, modules, quiz gains), each one pass whatever
// the length of the period.
class DashboardQuery
{
    Q_DECLARE_TR_FUNCTIONS(DashboardQuery)
public:
    static constexpr int Steps = 5;
    // Called after each step with (steps done, Steps); returning false stops the computation.
    using Progress = std::function<bool(int done, int total)>;

    explicit DashboardQuery(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<DashboardData> compute(const ReportFilter &filter, DashboardData::Granularity granularity,
                                  const Progress &progress = {}) const;

    static QString cancelledMessage();

private:
    QSqlDatabase m_db;
};
