// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/fundersummary.h"

#include "learners/learnerfields.h"
#include "reports/attendancequery.h"
#include "storage/sql.h"

#include <QHash>
#include <QMap>

namespace {

const QString Present = QStringLiteral("a.status IN ('present', 'late')");
const QString Held = QStringLiteral("w.status <> 'cancelled'");
const QString NotStated = QStringLiteral("not-stated");

// Runs `sql` with the filter's binds; the caller reads the rows.
Status run(SqlStatement &statement, const QVariantMap &binds)
{
    return statement.bind(binds).exec();
}

} // namespace

void BreakdownTally::add(const QString &code, int attendances)
{
    const QString key = code.isEmpty() ? NotStated : code;
    FunderFigures::Breakdown &b = m_counts[key];
    b.code = key;
    b.people += 1;
    b.attendances += attendances;
}

QList<FunderFigures::Breakdown> BreakdownTally::inOrder(const QStringList &codes) const
{
    QList<FunderFigures::Breakdown> ordered;
    for (const QString &code : codes)
        ordered.append(m_counts.value(code, FunderFigures::Breakdown{code, 0, 0}));
    return ordered;
}

Result<FunderFigures> FunderSummary::compute(const ReportFilter &period) const
{
    ReportFilter filter;
    filter.from = period.from;
    filter.to = period.to;
    filter.siteId = period.siteId;
    FunderFigures figures;
    figures.filter = filter;
    QVariantMap binds;
    const QString where = QStringLiteral(" WHERE ") + Held + filter.workshopConditions(binds);

    SqlStatement workshops(m_db, QStringLiteral("SELECT COUNT(*) FROM workshops w") + where);
    if (Status status = run(workshops, binds); !status)
        return status;
    figures.workshops = workshops.next() ? workshops.value(0).toInt() : 0;

    SqlStatement hours(m_db, QStringLiteral("SELECT COALESCE(SUM(w.duration_minutes), 0) FROM workshops w") + where
                                 + QStringLiteral(" AND EXISTS (SELECT 1 FROM attendance a WHERE a.workshop_id = w.id AND ")
                                 + Present + QLatin1Char(')'));
    if (Status status = run(hours, binds); !status)
        return status;
    figures.hours = hours.next() ? hours.value(0).toDouble() / 60.0 : 0;

    if (Status status = countPeople(filter, figures); !status)
        return status;
    if (Status status = countNewPeople(filter, figures); !status)
        return status;

    Result<QList<FunderFigures::ModuleWorkshops>> modules = moduleWorkshops(filter);
    if (!modules)
        return modules.status();
    figures.modules = *modules;
    Result<QList<FunderFigures::ModuleGain>> moduleGains = gains(filter);
    if (!moduleGains)
        return moduleGains.status();
    figures.gains = *moduleGains;
    return figures;
}

Result<QList<FunderFigures::ModuleWorkshops>> FunderSummary::moduleWorkshops(const ReportFilter &filter) const
{
    QVariantMap binds;
    SqlStatement select(m_db, QStringLiteral("SELECT m.module_id, COUNT(*) FROM workshop_modules m JOIN workshops w ON w.id = m.workshop_id WHERE ")
                                  + Held + filter.workshopConditions(binds)
                                  + QStringLiteral(" GROUP BY m.module_id ORDER BY COUNT(*) DESC, m.module_id"));
    if (Status status = run(select, binds); !status)
        return status;
    QList<FunderFigures::ModuleWorkshops> modules;
    while (select.next())
        modules.append({select.value(0).toString(), select.value(1).toInt()});
    return modules;
}

Status FunderSummary::countPeople(const ReportFilter &filter, FunderFigures &figures) const
{
    // One row per person present in the period, with their presences: every breakdown is then
    // counted here, instead of one pass over the attendance per breakdown.
    QVariantMap binds;
    SqlStatement select(m_db, QStringLiteral("SELECT COALESCE(l.age_band, ''), COALESCE(l.gender, ''), COALESCE(l.postcode, ''), COUNT(*) "
                                             "FROM attendance a JOIN workshops w ON w.id = a.workshop_id JOIN learners l ON l.id = a.learner_id WHERE ")
                                  + Held + filter.workshopConditions(binds) + QStringLiteral(" AND ") + Present
                                  + QStringLiteral(" GROUP BY a.learner_id"));
    select.query().setForwardOnly(true);
    if (Status status = run(select, binds); !status)
        return status;
    BreakdownTally ages, genders, areas;
    while (select.next()) {
        const int attendances = select.value(3).toInt();
        ages.add(select.value(0).toString(), attendances);
        genders.add(select.value(1).toString(), attendances);
        areas.add(AttendanceQuery::postcodeArea(select.value(2).toString()), attendances);
        figures.people += 1;
        figures.attendances += attendances;
    }
    figures.ageBands = ages.inOrder(LearnerFields::ageBands());
    figures.genders = genders.inOrder(LearnerFields::genders());
    const FunderFigures::Breakdown unknown = areas.counts().take(QStringLiteral("unknown"));
    figures.postcodeAreas = areas.counts().values(); // by area: QMap keeps them sorted
    if (unknown.people > 0)
        figures.postcodeAreas.append(unknown);
    return {};
}

Status FunderSummary::countNewPeople(const ReportFilter &filter, FunderFigures &figures) const
{
    // "First ever" looks at all time, before the period too; at one site when a site is chosen,
    // so that a site's report counts the people new to that site.
    ReportFilter scope;
    scope.siteId = filter.siteId;
    QVariantMap binds;
    QString sql = QStringLiteral("SELECT COUNT(*) FROM (SELECT MIN(w.starts_at) AS first FROM attendance a "
                                 "JOIN workshops w ON w.id = a.workshop_id WHERE ")
        + Held + scope.workshopConditions(binds) + QStringLiteral(" AND ") + Present
        + QStringLiteral(" GROUP BY a.learner_id) WHERE 1 = 1");
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND first >= :first_from");
        binds.insert(QStringLiteral(":first_from"), filter.from.toString(Qt::ISODate));
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND first < :first_to");
        binds.insert(QStringLiteral(":first_to"), filter.to.addDays(1).toString(Qt::ISODate));
    }
    SqlStatement select(m_db, sql);
    if (Status status = run(select, binds); !status)
        return status;
    figures.newPeople = select.next() ? select.value(0).toInt() : 0;
    return {};
}

Result<QList<FunderFigures::ModuleGain>> FunderSummary::gains(const ReportFilter &filter) const
{
    // Finished pre and post attempts of the period, oldest first: the last one met of each
    // (learner, module, kind) is the latest.
    QString sql = QStringLiteral("SELECT q.learner_id, q.module_id, q.kind, 100.0 * q.score / q.max_score FROM quiz_attempts q "
                                 "LEFT JOIN workshops w ON w.id = q.workshop_id WHERE q.kind IN ('pre', 'post') "
                                 "AND q.finished_at IS NOT NULL AND q.max_score > 0");
    QVariantMap binds;
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND q.started_at >= :from");
        binds.insert(QStringLiteral(":from"), filter.from.toString(Qt::ISODate));
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND q.started_at < :to");
        binds.insert(QStringLiteral(":to"), filter.to.addDays(1).toString(Qt::ISODate));
    }
    if (filter.siteId > 0) {
        sql += QStringLiteral(" AND COALESCE(w.site_id, q.site_id) = :site");
        binds.insert(QStringLiteral(":site"), filter.siteId);
    }
    if (filter.facilitatorId > 0) {
        sql += QStringLiteral(" AND w.facilitator_id = :facilitator");
        binds.insert(QStringLiteral(":facilitator"), filter.facilitatorId);
    }
    if (!filter.moduleId.isEmpty()) {
        sql += QStringLiteral(" AND q.module_id = :module");
        binds.insert(QStringLiteral(":module"), filter.moduleId);
    }
    sql += QStringLiteral(" ORDER BY q.started_at, q.id");
    SqlStatement select(m_db, sql);
    select.query().setForwardOnly(true);
    if (Status status = run(select, binds); !status)
        return status;
    struct Latest { double pre = -1; double post = -1; };
    QHash<QString, QHash<qint64, Latest>> byModule;
    while (select.next()) {
        Latest &latest = byModule[select.value(1).toString()][select.value(0).toLongLong()];
        (select.value(2).toString() == QLatin1String("pre") ? latest.pre : latest.post) = select.value(3).toDouble();
    }
    QList<FunderFigures::ModuleGain> gains;
    QStringList moduleIds = byModule.keys();
    moduleIds.sort();
    for (const QString &moduleId : std::as_const(moduleIds)) {
        FunderFigures::ModuleGain gain{moduleId, 0, 0, 0};
        for (const Latest &latest : byModule.value(moduleId)) {
            if (latest.pre < 0 || latest.post < 0)
                continue;
            gain.learners += 1;
            gain.prePercent += latest.pre;
            gain.postPercent += latest.post;
        }
        if (gain.learners == 0)
            continue;
        gain.prePercent /= gain.learners;
        gain.postPercent /= gain.learners;
        gains.append(gain);
    }
    return gains;
}
