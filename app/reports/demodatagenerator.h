// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

#include <functional>

// Fills a database with a generated network of sites, facilitators, learners, workshops,
// attendance and quiz attempts, with the seasons, weekdays and no-shows of real digital spaces:
// for trying the app and for the ten-year benchmarks. The same seed gives the same data.
class DemoDataGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataGenerator)
public:
    struct Options
    {
        int years = 10;
        int sites = 50;
        quint32 seed = 1;
        QDate until;                          // last day; invalid: yesterday
        std::function<void(int percent)> progress;
    };
    struct Counts
    {
        qint64 sites = 0;
        qint64 facilitators = 0;
        qint64 learners = 0;
        qint64 workshops = 0;
        qint64 attendance = 0;
        qint64 attempts = 0;
        qint64 answers = 0;
    };

    explicit DemoDataGenerator(QSqlDatabase db) : m_db(std::move(db)) {}

    // Refuses a database that already holds workshops unless `force`: demo data mixed into real
    // records would end up in a funder's report. All or nothing, in one transaction.
    Result<Counts> generate(const Options &options, bool force = false);

    // How many workshops the database holds already (generate() refuses to mix with them).
    Result<qint64> existingWorkshops() const;

    static const QStringList &moduleIds(); // the ten bundled modules

private:
    QSqlDatabase m_db;
};
