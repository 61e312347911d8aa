// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's figures on a small network computed by hand (dashboardfixture.h): attendance by
// status, new and returning people, hours, no-show rate, modules, quiz gains, age bands, genders
// and sites; each filter; week and month; the same totals as the funder summary; progress, cancel,
// and the worker-thread job with its own connection.
#include "testsupport.h"

#include "dashboardfixture.h"
#include "reports/dashboardjob.h"
#include "reports/dashboardquery.h"
#include "reports/fundersummary.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>

using Granularity = DashboardData::Granularity;

namespace {

const FunderFigures::Breakdown &find(const QList<FunderFigures::Breakdown> &list, const char *code)
{
    static const FunderFigures::Breakdown none{QStringLiteral("missing"), -1, -1};
    for (const auto &b : list) {
        if (b.code == QLatin1String(code))
            return b;
    }
    return none;
}

// "present late excused absent registered"
QString statuses(const DashboardData::Statuses &s)
{
    return QStringLiteral("%1 %2 %3 %4 %5").arg(s.present).arg(s.late).arg(s.excused).arg(s.absent).arg(s.registered);
}

// One line per period: "start workshops hours learner-hours people new returning | statuses".
QStringList periodLines(const DashboardData &data)
{
    QStringList lines;
    for (const DashboardData::Period &p : data.periods)
        lines << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 | %8")
                     .arg(p.start.toString(Qt::ISODate))
                     .arg(p.workshops)
                     .arg(p.hours)
                     .arg(p.learnerHours)
                     .arg(p.people)
                     .arg(p.newPeople)
                     .arg(p.returning())
                     .arg(statuses(p.attendance));
    return lines;
}

QStringList gainLines(const DashboardData &data)
{
    QStringList lines;
    for (const FunderFigures::ModuleGain &g : data.gains)
        lines << QStringLiteral("%1 %2 %3→%4").arg(g.moduleId).arg(g.learners).arg(g.prePercent).arg(g.postPercent);
    return lines;
}

QStringList moduleLines(const DashboardData &data)
{
    QStringList lines;
    for (const FunderFigures::ModuleWorkshops &m : data.modules)
        lines << QStringLiteral("%1 %2").arg(m.moduleId).arg(m.workshops);
    return lines;
}

} // namespace

class DashboardTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TestSupport::isolate();
        QVERIFY(m_file.create());
    }

    void periodsStartOnMondayOrTheFirst()
    {
        QCOMPARE(DashboardData::periodStart(QDate(2026, 3, 4), Granularity::Week), QDate(2026, 3, 2));
        QCOMPARE(DashboardData::periodStart(QDate(2026, 3, 8), Granularity::Week), QDate(2026, 3, 2)); // a Sunday
        QCOMPARE(DashboardData::periodStart(QDate(2026, 3, 9), Granularity::Week), QDate(2026, 3, 9));
        QCOMPARE(DashboardData::periodStart(QDate(2026, 3, 31), Granularity::Month), QDate(2026, 3, 1));
        QCOMPARE(DashboardData::nextPeriod(QDate(2026, 3, 30), Granularity::Week), QDate(2026, 4, 6));
    }

    void totalsOfTheWholePeriod()
    {
        const DashboardData d = compute(period());
        QCOMPARE(d.workshops, 5);          // W1, W2, W3, W5, W6 (W4 cancelled; W0 and W7 outside)
        QCOMPARE(d.hours, 7.5);            // 120 + 90 + 180 + 60 minutes (nobody came to W5)
        QCOMPARE(d.learnerHours, 14.5);    // 3 × 120 + 90 + 2 × 180 + 60 minutes of presence
        QCOMPARE(d.people, 6);
        QCOMPARE(d.newPeople, 5);          // Ahmed first came in February
        QCOMPARE(statuses(d.attendance), QStringLiteral("6 1 1 3 2"));
        QCOMPARE(d.attendance.expected(), 10);
        QCOMPARE(d.attendance.noShowRate(), 0.3); // 3 absent of 6 + 1 + 3 expected

        // The same figures as the funder summary, with no facilitator or module.
        const FunderFigures f = *FunderSummary(m_db.connection()).compute(period());
        QCOMPARE(d.workshops, f.workshops);
        QCOMPARE(d.hours, f.hours);
        QCOMPARE(d.people, f.people);
        QCOMPARE(d.newPeople, f.newPeople);
        QCOMPARE(d.attendance.attended(), f.attendances);
    }

    void attendanceAndPeoplePerMonth()
    {
        const DashboardData d = compute(period(), Granularity::Month);
        QCOMPARE(periodLines(d), QStringList({
                                     // March: W1, W2, W3; Zoé, Marie, Sam, Lina new, Ahmed back
                                     QStringLiteral("2026-03-01 3 6.5 13.5 5 4 1 | 5 1 1 2 1"),
                                     // April: W5 (nobody), W6; Paul new
                                     QStringLiteral("2026-04-01 2 1 1 1 1 0 | 1 0 0 1 1"),
                                 }));
    }

    void attendanceAndPeoplePerWeekWithoutGaps()
    {
        const DashboardData d = compute(period(), Granularity::Week);
        QCOMPARE(periodLines(d), QStringList({
                                     QStringLiteral("2026-03-02 2 3.5 7.5 3 2 1 | 3 1 1 1 1"), // W1, W2
                                     QStringLiteral("2026-03-09 0 0 0 0 0 0 | 0 0 0 0 0"),
                                     QStringLiteral("2026-03-16 1 3 6 2 2 0 | 2 0 0 1 0"), // W3; Sam's first presence
                                     QStringLiteral("2026-03-23 0 0 0 0 0 0 | 0 0 0 0 0"),
                                     QStringLiteral("2026-03-30 0 0 0 0 0 0 | 0 0 0 0 0"),
                                     QStringLiteral("2026-04-06 2 1 1 1 1 0 | 1 0 0 1 1"), // W5, W6
                                 }));
    }

    void modulesGainsAgesGenders()
    {
        const DashboardData d = compute(period());
        QCOMPARE(moduleLines(d), QStringList({QStringLiteral("what-is-ai 2"), QStringLiteral("generative-ai 1"),
                                              QStringLiteral("online-safety 1"), QStringLiteral("personal-data 1")}));
        // what-is-ai: Zoé 50 → 80 (her latest pre), Ahmed 20 → 60, Paul 20 → 70; Marie's post is in May.
        QCOMPARE(gainLines(d), QStringList({QStringLiteral("generative-ai 1 30→60"), QStringLiteral("personal-data 1 50→75"),
                                            QStringLiteral("what-is-ai 3 30→70")}));
        QCOMPARE(find(d.ageBands, "18-25").people, 2);     // Zoé, Paul
        QCOMPARE(find(d.ageBands, "18-25").attendances, 3);
        QCOMPARE(find(d.ageBands, "56-65").people, 1);
        QCOMPARE(find(d.ageBands, "66-75").people, 1);
        QCOMPARE(find(d.ageBands, "not-stated").people, 2); // Sam (nothing recorded), Lina (said so)
        QCOMPARE(find(d.ageBands, "under-18").people, 0);
        QCOMPARE(d.ageBands.size(), 9);
        QCOMPARE(d.ageBands.last().code, QStringLiteral("not-stated"));
        QCOMPARE(find(d.genders, "woman").people, 3);
        QCOMPARE(find(d.genders, "woman").attendances, 4);
        QCOMPARE(find(d.genders, "man").people, 1);
        QCOMPARE(find(d.genders, "other").people, 1);
        QCOMPARE(find(d.genders, "not-stated").people, 1);
        QCOMPARE(d.genders.last().code, QStringLiteral("not-stated"));
    }

    void sitesCompared()
    {
        const DashboardData d = compute(period());
        QCOMPARE(d.sites.size(), 2);
        const DashboardData::Site &a = d.sites.at(0);
        QCOMPARE(a.name, QStringLiteral("EPN Nord"));
        QCOMPARE(a.siteId, m_ids.siteA);
        QCOMPARE(a.workshops, 3);
        QCOMPARE(a.hours, 4.5);
        QCOMPARE(a.people, 4); // Zoé, Ahmed, Marie, Paul
        QCOMPARE(statuses(a.attendance), QStringLiteral("4 1 1 2 1"));
        QCOMPARE(a.attendance.noShowRate(), 2.0 / 7.0);
        const DashboardData::Site &b = d.sites.at(1);
        QCOMPARE(b.name, QStringLiteral("Espace Sud"));
        QCOMPARE(b.workshops, 2);
        QCOMPARE(b.hours, 3.0);
        QCOMPARE(b.people, 2); // Sam, Lina (Marie's presence was at the cancelled W4)
        QCOMPARE(statuses(b.attendance), QStringLiteral("2 0 0 1 1"));
        QCOMPARE(b.attendance.noShowRate(), 1.0 / 3.0);
    }

    void siteFilter()
    {
        ReportFilter filter = period();
        filter.siteId = m_ids.siteA;
        const DashboardData d = compute(filter);
        QCOMPARE(d.workshops, 3);
        QCOMPARE(d.hours, 4.5);
        QCOMPARE(d.people, 4);
        QCOMPARE(d.newPeople, 3); // Ahmed came to this site in February
        QCOMPARE(d.sites.size(), 1);
        QCOMPARE(gainLines(d), QStringList({QStringLiteral("what-is-ai 3 30→70")})); // Sam at B, Lina's quiz at B
        QCOMPARE(find(d.ageBands, "not-stated").people, 0);

        filter.siteId = m_ids.siteB;
        const DashboardData b = compute(filter);
        QCOMPARE(b.people, 2);
        QCOMPARE(b.newPeople, 2); // new to site B
        QCOMPARE(gainLines(b), QStringList({QStringLiteral("generative-ai 1 30→60"), QStringLiteral("personal-data 1 50→75")}));
    }

    void facilitatorFilter()
    {
        ReportFilter filter = period();
        filter.facilitatorId = m_ids.f2;
        const DashboardData d = compute(filter, Granularity::Month);
        QCOMPARE(d.workshops, 3); // W3, W5, W6
        QCOMPARE(d.hours, 4.0);
        QCOMPARE(d.people, 3);    // Sam, Lina, Paul
        QCOMPARE(d.newPeople, 3);
        QCOMPARE(statuses(d.attendance), QStringLiteral("3 0 0 2 1"));
        QCOMPARE(d.attendance.noShowRate(), 0.4);
        QCOMPARE(periodLines(d), QStringList({QStringLiteral("2026-03-01 1 3 6 2 2 0 | 2 0 0 1 0"),
                                              QStringLiteral("2026-04-01 2 1 1 1 1 0 | 1 0 0 1 1")}));
        QCOMPARE(d.sites.size(), 2); // F2 also led W6 at site A
        QCOMPARE(d.sites.at(0).workshops, 1);
        QCOMPARE(d.sites.at(0).attendance.noShowRate(), 0.5);
        // Attempts of F2's workshops only: Lina's own quiz has no workshop.
        QCOMPARE(gainLines(d), QStringList({QStringLiteral("generative-ai 1 30→60"), QStringLiteral("what-is-ai 1 20→70")}));
    }

    void moduleFilter()
    {
        ReportFilter filter = period();
        filter.moduleId = QStringLiteral("what-is-ai");
        const DashboardData d = compute(filter);
        QCOMPARE(d.workshops, 2); // W1, W6
        QCOMPARE(d.hours, 3.0);
        QCOMPARE(d.people, 4);    // Zoé, Ahmed, Marie, Paul
        QCOMPARE(d.newPeople, 3);
        QCOMPARE(statuses(d.attendance), QStringLiteral("3 1 0 2 0"));
        QCOMPARE(moduleLines(d), QStringList({QStringLiteral("what-is-ai 2")}));
        QCOMPARE(gainLines(d), QStringList({QStringLiteral("what-is-ai 3 30→70")}));
    }

    void periodFilter()
    {
        ReportFilter filter;
        filter.from = QDate(2026, 2, 1);
        filter.to = QDate(2026, 3, 31);
        const DashboardData d = compute(filter);
        QCOMPARE(d.workshops, 4); // W0, W1, W2, W3
        QCOMPARE(d.hours, 7.5);
        QCOMPARE(d.people, 5);
        QCOMPARE(d.newPeople, 5); // Ahmed is new in February
        QCOMPARE(periodLines(d), QStringList({QStringLiteral("2026-02-01 1 1 1 1 1 0 | 1 0 0 0 0"),
                                              QStringLiteral("2026-03-01 3 6.5 13.5 5 4 1 | 5 1 1 2 1")}));

        filter.from = QDate(2026, 4, 1);
        filter.to = QDate(2026, 4, 30);
        const DashboardData april = compute(filter);
        QCOMPARE(april.workshops, 2);
        QCOMPARE(april.people, 1);
        QCOMPARE(april.newPeople, 1);
        QCOMPARE(gainLines(april), QStringList({QStringLiteral("what-is-ai 1 20→70")}));

        filter.from = QDate(2027, 1, 1);
        filter.to = QDate(2027, 12, 31);
        const DashboardData empty = compute(filter);
        QCOMPARE(empty.workshops, 0);
        QVERIFY(empty.periods.isEmpty());
        QCOMPARE(empty.attendance.noShowRate(), 0.0);
        QCOMPARE(empty.ageBands.size(), 9);
    }

    void progressAndCancel()
    {
        QList<int> steps;
        Result<DashboardData> all = DashboardQuery(m_db.connection()).compute(period(), Granularity::Month, [&](int done, int total) {
            steps << done;
            return total == DashboardQuery::Steps;
        });
        QVERIFY(all.ok());
        QCOMPARE(steps, QList<int>({1, 2, 3, 4, 5}));

        steps.clear();
        Result<DashboardData> stopped = DashboardQuery(m_db.connection()).compute(period(), Granularity::Month, [&](int done, int) {
            steps << done;
            return done < 2;
        });
        QVERIFY(!stopped.ok());
        QCOMPARE(stopped.error(), DashboardQuery::cancelledMessage());
        QCOMPARE(steps, QList<int>({1, 2}));
    }

    void jobRunsOnItsOwnConnection()
    {
        // The job's signals come from its worker thread: received here through queued connections.
        DashboardJob job(m_file.path, period(), Granularity::Week);
        QList<int> steps;
        QStringList errors;
        connect(&job, &DashboardJob::progress, this, [&](int done, int) { steps << done; });
        connect(&job, &DashboardJob::finished, this, [&](const QString &error) { errors << error; });
        job.start();
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 30000);
        QCOMPARE(errors.first(), QString());
        QCOMPARE(steps, QList<int>({1, 2, 3, 4, 5}));
        QCOMPARE(periodLines(job.data()), periodLines(compute(period(), Granularity::Week)));
        QCOMPARE(job.data().people, 6);

        errors.clear();
        DashboardJob cancelled(m_file.path, period(), Granularity::Month);
        connect(&cancelled, &DashboardJob::finished, this, [&](const QString &error) { errors << error; });
        cancelled.cancel(); // before the first step ends: it stops there
        cancelled.start();
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 30000);
        QCOMPARE(errors.first(), DashboardQuery::cancelledMessage());

        errors.clear();
        DashboardJob missing(m_file.dir.filePath(QStringLiteral("missing.sqlite")), period(), Granularity::Month);
        connect(&missing, &DashboardJob::finished, this, [&](const QString &error) { errors << error; });
        missing.start();
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 30000);
        QVERIFY2(errors.first().contains(QStringLiteral("missing.sqlite")), qPrintable(errors.first()));
    }

private:
    static ReportFilter period() { return DashboardFixture::period(); }

    DashboardData compute(const ReportFilter &filter, Granularity granularity = Granularity::Month)
    {
        Result<DashboardData> data = DashboardQuery(m_db.connection()).compute(filter, granularity);
        if (!data.ok())
            qFatal("%s", qPrintable(data.error()));
        return *data;
    }

    DashboardFixture::File m_file;
    Database &m_db = m_file.db;
    const DashboardFixture::Ids &m_ids = m_file.ids;
};

QTEST_MAIN(DashboardTest)
#include "tst_dashboard.moc"
