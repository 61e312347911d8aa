// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/reportfilter.h"

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
