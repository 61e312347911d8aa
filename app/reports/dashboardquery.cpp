// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/dashboardquery.h"

#include "learners/learnerfields.h"
#include "storage/sql.h"

#include <QMap>

#include <algorithm>

namespace {

using Granularity = DashboardData::Granularity;
using Periods = QMap<QDate, DashboardData::Period>;
using Sites = QMap<qint64, DashboardData::Site>;

const QString Present = QStringLiteral("a.status IN ('present', 'late')");
const QString Held = QStringLiteral("w.status <> 'cancelled'");
// One column per status, in the order of readStatuses().
const QString StatusSums = QStringLiteral(
    "SUM(a.status = 'present'), SUM(a.status = 'late'), SUM(a.status = 'excused'), SUM(a.status = 'absent'), "
    "SUM(a.status = 'registered')");

// The period of a workshop as an integer computed in SQL, so that people can be counted distinct
// per period: the stored month key (202603), or the Julian day number of the date divided by 7
// (Julian day 0 is a Monday, so a week runs Monday to Sunday). No strftime() over every row.
QString periodKey(Granularity granularity)
{
    return granularity == Granularity::Month ? QStringLiteral("w.start_month")
                                             : QStringLiteral("CAST(julianday(substr(w.starts_at, 1, 10)) + 0.5 AS INTEGER) / 7");
}

QDate periodOfKey(qint64 key, Granularity granularity)
{
    return granularity == Granularity::Month ? QDate(int(key / 100), int(key % 100), 1) : QDate::fromJulianDay(key * 7);
}

DashboardData::Statuses readStatuses(const SqlStatement &row, int first)
{
    DashboardData::Statuses s;
    s.present = row.value(first).toInt();
    s.late = row.value(first + 1).toInt();
    s.excused = row.value(first + 2).toInt();
    s.absent = row.value(first + 3).toInt();
    s.registered = row.value(first + 4).toInt();
    return s;
}

void addStatuses(DashboardData::Statuses &total, const DashboardData::Statuses &s)
{
    total.present += s.present;
    total.late += s.late;
    total.excused += s.excused;
    total.absent += s.absent;
    total.registered += s.registered;
}

// Attendance rows of the filter per period and site: statuses, learner-hours. No distinct count
// here (people are counted in countPeople), so one pass with a small sort.
Status countAttendance(const QSqlDatabase &db, DashboardData &data, Periods &periods, Sites &sites)
{
    QVariantMap binds;
    SqlStatement select(db, QStringLiteral("SELECT ") + periodKey(data.granularity) + QStringLiteral(", COALESCE(w.site_id, 0), ")
                                + StatusSums + QStringLiteral(", SUM(CASE WHEN ") + Present
                                + QStringLiteral(" THEN w.duration_minutes ELSE 0 END) FROM attendance a JOIN workshops w ON w.id = a.workshop_id WHERE ")
                                + Held + data.filter.workshopConditions(binds) + QStringLiteral(" GROUP BY 1, 2"));
    if (Status status = select.bind(binds).exec(); !status)
        return status;
    while (select.next()) {
        const QDate start = periodOfKey(select.value(0).toLongLong(), data.granularity);
        const DashboardData::Statuses statuses = readStatuses(select, 2);
        const double learnerHours = select.value(7).toDouble() / 60.0;
        DashboardData::Period &period = periods[start];
        period.start = start;
        addStatuses(period.attendance, statuses);
        period.learnerHours += learnerHours;
        DashboardData::Site &site = sites[select.value(1).toLongLong()];
        site.siteId = select.value(1).toLongLong();
        addStatuses(site.attendance, statuses);
        addStatuses(data.attendance, statuses);
        data.learnerHours += learnerHours;
    }
    return {};
}

// Held workshops per period and site, and their hours (those where somebody came, as the funder
// summary counts them): one pass over the workshops, the attendance reached through its index.
Status countWorkshops(const QSqlDatabase &db, DashboardData &data, Periods &periods, Sites &sites)
{
    QVariantMap binds;
    SqlStatement select(db, QStringLiteral("SELECT ") + periodKey(data.granularity)
                                + QStringLiteral(", COALESCE(w.site_id, 0), COALESCE(s.name, ''), COUNT(*), "
                                                 "SUM(CASE WHEN EXISTS (SELECT 1 FROM attendance a WHERE a.workshop_id = w.id AND ")
                                + Present + QStringLiteral(") THEN w.duration_minutes ELSE 0 END) FROM workshops w "
                                                           "LEFT JOIN sites s ON s.id = w.site_id WHERE ")
                                + Held + data.filter.workshopConditions(binds) + QStringLiteral(" GROUP BY 1, 2"));
    if (Status status = select.bind(binds).exec(); !status)
        return status;
    while (select.next()) {
        const QDate start = periodOfKey(select.value(0).toLongLong(), data.granularity);
        const int workshops = select.value(3).toInt();
        const double hours = select.value(4).toDouble() / 60.0;
        DashboardData::Period &period = periods[start];
        period.start = start;
        period.workshops += workshops;
        period.hours += hours;
        DashboardData::Site &site = sites[select.value(1).toLongLong()];
        site.siteId = select.value(1).toLongLong();
        site.name = select.value(2).toString();
        site.workshops += workshops;
        site.hours += hours;
        data.workshops += workshops;
        data.hours += hours;
    }
    return {};
}

// One row per person present under the filter: age band, gender, presences, first presence under
// the filter, first presence ever (all time, every facilitator and module; at the site when one is
// chosen), and the periods and sites of their presences. A person is new in a period when both
// firsts fall in it: their first time ever is then a presence the filter keeps. One pass over the
// presences in learner order (the index), which also counts people per period and per site.
Status countPeople(const QSqlDatabase &db, DashboardData &data, Periods &periods, Sites &sites)
{
    QVariantMap binds;
    const QString kept = QStringLiteral(" WHEN (1 = 1") + data.filter.workshopConditions(binds) + QStringLiteral(") THEN ");
    QString sql = QStringLiteral("SELECT COALESCE(l.age_band, ''), COALESCE(l.gender, ''), p.attendances, p.first_here, p.first_ever, "
                                 "p.periods, p.sites FROM (SELECT a.learner_id AS learner, MIN(w.starts_at) AS first_ever, SUM(CASE")
        + kept + QStringLiteral("1 ELSE 0 END) AS attendances, MIN(CASE") + kept + QStringLiteral("w.starts_at END) AS first_here, "
                                                                             "group_concat(DISTINCT CASE")
        + kept + periodKey(data.granularity) + QStringLiteral(" END) AS periods, group_concat(DISTINCT CASE") + kept
        + QStringLiteral("COALESCE(w.site_id, 0) END) AS sites FROM attendance a JOIN workshops w ON w.id = a.workshop_id WHERE ")
        + Held + QStringLiteral(" AND ") + Present;
    if (data.filter.siteId > 0) {
        sql += QStringLiteral(" AND w.site_id = :first_site");
        binds.insert(QStringLiteral(":first_site"), data.filter.siteId);
    }
    sql += QStringLiteral(" GROUP BY a.learner_id) p JOIN learners l ON l.id = p.learner WHERE p.attendances > 0");
    SqlStatement select(db, sql);
    select.query().setForwardOnly(true);
    if (Status status = select.bind(binds).exec(); !status)
        return status;
    const QString from = data.filter.from.isValid() ? data.filter.from.toString(Qt::ISODate) : QString();
    BreakdownTally ages, genders;
    while (select.next()) {
        const int attendances = select.value(2).toInt();
        ages.add(select.value(0).toString(), attendances);
        genders.add(select.value(1).toString(), attendances);
        data.people += 1;
        const QString first = select.value(4).toString();
        if (first >= from)
            data.newPeople += 1;
        auto periodOf = [&](const QString &startsAt) {
            return DashboardData::periodStart(QDate::fromString(startsAt.left(10), Qt::ISODate), data.granularity);
        };
        const QDate period = periodOf(first);
        const QDate here = periodOf(select.value(3).toString());
        if (period == here && periods.contains(here))
            periods[here].newPeople += 1;
        for (const QString &key : select.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            periods[periodOfKey(key.toLongLong(), data.granularity)].people += 1;
        for (const QString &site : select.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            sites[site.toLongLong()].people += 1;
    }
    data.ageBands = ages.inOrder(LearnerFields::ageBands());
    data.genders = genders.inOrder(LearnerFields::genders());
    return {};
}

// The sites by name, workshops without a site last.
QList<DashboardData::Site> byName(const Sites &sites)
{
    QList<DashboardData::Site> list = sites.values();
    std::stable_sort(list.begin(), list.end(), [](const DashboardData::Site &a, const DashboardData::Site &b) {
        if ((a.siteId == 0) != (b.siteId == 0))
            return b.siteId == 0;
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return list;
}

// Every period from the first to the last with activity, the quiet ones with zeros, so that a
// chart's axis runs at an even pace.
QList<DashboardData::Period> withoutGaps(const Periods &periods, Granularity granularity)
{
    QList<DashboardData::Period> list;
    if (periods.isEmpty())
        return list;
    const QDate last = periods.lastKey();
    for (QDate start = periods.firstKey(); start <= last; start = DashboardData::nextPeriod(start, granularity)) {
        DashboardData::Period period = periods.value(start);
        period.start = start;
        list.append(period);
    }
    return list;
}

} // namespace

QDate DashboardData::periodStart(const QDate &date, Granularity granularity)
{
    if (!date.isValid())
        return {};
    return granularity == Granularity::Month ? QDate(date.year(), date.month(), 1) : date.addDays(1 - date.dayOfWeek());
}

QDate DashboardData::nextPeriod(const QDate &start, Granularity granularity)
{
    return granularity == Granularity::Month ? start.addMonths(1) : start.addDays(7);
}

QString DashboardQuery::cancelledMessage()
{
    return tr("The dashboard was cancelled.");
}

Result<DashboardData> DashboardQuery::compute(const ReportFilter &filter, DashboardData::Granularity granularity,
                                              const Progress &progress) const
{
    DashboardData data;
    data.filter = filter;
    data.granularity = granularity;
    Periods periods;
    Sites sites;
    const FunderSummary summary(m_db);
    int done = 0;
    // Each step, then a word to the caller, who may stop there.
    auto step = [&](const Status &status) -> Status {
        if (!status)
            return status;
        if (progress && !progress(++done, Steps))
            return Status::failure(cancelledMessage());
        return {};
    };
    if (Status status = step(countAttendance(m_db, data, periods, sites)); !status)
        return status;
    if (Status status = step(countWorkshops(m_db, data, periods, sites)); !status)
        return status;
    if (Status status = step(countPeople(m_db, data, periods, sites)); !status)
        return status;
    Result<QList<FunderFigures::ModuleWorkshops>> modules = summary.moduleWorkshops(filter);
    if (Status status = step(modules.status()); !status)
        return status;
    data.modules = *modules;
    Result<QList<FunderFigures::ModuleGain>> gains = summary.gains(filter);
    if (Status status = step(gains.status()); !status)
        return status;
    data.gains = *gains;
    data.sites = byName(sites);
    data.periods = withoutGaps(periods, granularity);
    return data;
}
