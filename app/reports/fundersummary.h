// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/reportfilter.h"
#include "storage/result.h"

#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

// The figures a funder asks for, over a period and optionally one site. Pseudonymous by nature:
// only counts, never a name.
struct FunderFigures
{
    struct Breakdown
    {
        QString code;      // an age band or gender code, "not-stated", a postcode area or "unknown"
        int people = 0;    // distinct people present or late
        int attendances = 0;
    };
    struct ModuleWorkshops
    {
        QString moduleId;
        int workshops = 0;
    };
    struct ModuleGain
    {
        QString moduleId;
        int learners = 0;          // who did both a pre and a post quiz in the period
        double prePercent = 0;     // average of their latest pre scores
        double postPercent = 0;    // average of their latest post scores
        double gain() const { return postPercent - prePercent; }
    };

    ReportFilter filter;
    int workshops = 0;        // held: not cancelled
    double hours = 0;         // durations of workshops with at least one person present or late
    int people = 0;           // distinct people present or late at least once
    int newPeople = 0;        // whose first presence ever (at the site, when one is chosen) is in the period
    int attendances = 0;      // presences (present or late)
    QList<Breakdown> ageBands;      // every code, "not-stated" last
    QList<Breakdown> genders;       // every code, "not-stated" last
    QList<Breakdown> postcodeAreas; // by area, "unknown" last
    QList<ModuleWorkshops> modules; // most taught first
    QList<ModuleGain> gains;        // by module id
};

// Computes FunderFigures with a few aggregate queries (the same on a day or on ten years).
class FunderSummary
{
public:
    explicit FunderSummary(QSqlDatabase db) : m_db(std::move(db)) {}

    // Uses the period and site of `filter`; facilitator and module are ignored.
    Result<FunderFigures> compute(const ReportFilter &filter) const;

    // Shared with the dashboard, which passes every filter.
    // Held workshops per module among those the filter selects, most taught first.
    Result<QList<FunderFigures::ModuleWorkshops>> moduleWorkshops(const ReportFilter &filter) const;
    // The latest finished pre and post attempt of each learner and module started in the period,
    // averaged over the learners who have both. The site is the workshop's, else the attempt's; a
    // facilitator keeps the attempts of their workshops; a module keeps that module's attempts.
    Result<QList<FunderFigures::ModuleGain>> gains(const ReportFilter &filter) const;

private:
    Status countPeople(const ReportFilter &filter, FunderFigures &figures) const;
    Status countNewPeople(const ReportFilter &filter, FunderFigures &figures) const;
    QSqlDatabase m_db;
};

// Counts people and their attendances per code (an age band, a gender, a postcode area): one
// add() per person.
class BreakdownTally
{
public:
    // An empty code counts as "not-stated".
    void add(const QString &code, int attendances);
    // Every code of `codes` in that order, zero when absent, so that tables of two periods line up.
    QList<FunderFigures::Breakdown> inOrder(const QStringList &codes) const;
    QMap<QString, FunderFigures::Breakdown> &counts() { return m_counts; }

private:
    QMap<QString, FunderFigures::Breakdown> m_counts;
};
