// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/dashboardquery.h"

#include <QCoreApplication>

class ChartTableModel;
class ModuleLibrary;

// Fills the table model of each dashboard chart from the figures, with translated headings and
// labels (periods in the current language, module titles, age bands, genders, sites).
class DashboardModels
{
    Q_DECLARE_TR_FUNCTIONS(DashboardModels)
public:
    // "March 2026" or "W10 2026" (ISO week number and year).
    static QString periodLabel(const QDate &start, DashboardData::Granularity granularity);

    // The figure of a headline card ("workshops", "hours", "people", "newPeople", "noShow"), and a
    // detail for its tooltip; "–" for a rate nobody was expected for.
    static QString headline(const DashboardData &data, const QString &name, QString *detail);

    // Per period: present, late, excused, absent, not marked.
    static void attendance(ChartTableModel &model, const DashboardData &data);
    // Per period: new people, returning people.
    static void people(ChartTableModel &model, const DashboardData &data);
    // Per period: workshop hours, learner-hours.
    static void hours(ChartTableModel &model, const DashboardData &data);
    // Per module, most taught first: workshops.
    static void modules(ChartTableModel &model, const DashboardData &data, const ModuleLibrary &library);
    // Per module: before %, after %, gain in points, learners.
    static void gains(ChartTableModel &model, const DashboardData &data, const ModuleLibrary &library);
    // Per age band, then per gender, "not stated" last: people, attendances.
    static void ageBands(ChartTableModel &model, const DashboardData &data);
    static void genders(ChartTableModel &model, const DashboardData &data);
    // Per site: workshops, people, hours, no-show rate %.
    static void sites(ChartTableModel &model, const DashboardData &data);
};
