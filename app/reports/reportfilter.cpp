// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/reportfilter.h"

#include "sites/facilitatorstore.h"
#include "sites/sitestore.h"

#include <QLocale>

QString ReportFilter::workshopConditions(QVariantMap &binds) const
{
    QString sql;
    if (from.isValid()) {
        sql += QStringLiteral(" AND w.starts_at >= :from");
        binds.insert(QStringLiteral(":from"), from.toString(Qt::ISODate));
    }
    if (to.isValid()) {
        // The day after, so that every workshop of the last day counts whatever its hour.
        sql += QStringLiteral(" AND w.starts_at < :to");
        binds.insert(QStringLiteral(":to"), to.addDays(1).toString(Qt::ISODate));
    }
    if (siteId > 0) {
        sql += QStringLiteral(" AND w.site_id = :site");
        binds.insert(QStringLiteral(":site"), siteId);
    }
    if (facilitatorId > 0) {
        sql += QStringLiteral(" AND w.facilitator_id = :facilitator");
        binds.insert(QStringLiteral(":facilitator"), facilitatorId);
    }
    if (!moduleId.isEmpty()) {
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM workshop_modules fm WHERE fm.workshop_id = w.id AND fm.module_id = :module)");
        binds.insert(QStringLiteral(":module"), moduleId);
    }
    return sql;
}

QStringList ReportFilter::describe(const QSqlDatabase &db) const
{
    const QLocale locale;
    const QString first = from.isValid() ? locale.toString(from, QLocale::ShortFormat) : tr("the start");
    const QString last = to.isValid() ? locale.toString(to, QLocale::ShortFormat) : tr("today");
    QStringList lines{tr("Period: %1 to %2").arg(first, last)};
    QString site = tr("all sites");
    if (siteId > 0) {
        const Result<Site> found = SiteStore(db).get(siteId);
        site = found ? found->name : QString::number(siteId);
    }
    lines << tr("Site: %1").arg(site);
    QString facilitator = tr("all facilitators");
    if (facilitatorId > 0) {
        const Result<Facilitator> found = FacilitatorStore(db).get(facilitatorId);
        facilitator = found ? found->displayName : QString::number(facilitatorId);
    }
    lines << tr("Facilitator: %1").arg(facilitator);
    lines << tr("Module: %1").arg(moduleId.isEmpty() ? tr("all modules") : moduleId);
    return lines;
}
