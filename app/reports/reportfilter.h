// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantMap>

// The filters shared by every report: a period of workshop dates and optionally one site,
// facilitator or module. Builds the WHERE conditions on the workshops table (alias w).
struct ReportFilter
{
    QDate from;               // inclusive; invalid: no lower bound
    QDate to;                 // inclusive; invalid: no upper bound
    qint64 siteId = 0;        // 0: every site
    qint64 facilitatorId = 0; // 0: every facilitator
    QString moduleId;         // empty: every module

    // " AND …" conditions on w; binds go into `binds` (placeholders :from, :to, :site, :facilitator,
    // :module). starts_at is local "yyyy-MM-ddTHH:mm" text, so the bounds compare as text.
    QString workshopConditions(QVariantMap &binds) const;

    // The filter as a person reads it, one translated "Label: value" per line (period, site,
    // facilitator, module), with the current language's dates; names are read from `db`.
    QStringList describe(const QSqlDatabase &db) const;

    Q_DECLARE_TR_FUNCTIONS(ReportFilter) // last: the macro ends with "private:"
};
