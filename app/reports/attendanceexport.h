// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/reportfilter.h"
#include "storage/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

// Writes the attendance of a period (one row per learner per workshop) as CSV, XLSX or PDF, with
// translated headers and labels, pseudonymised on request.
class AttendanceExport
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceExport)
public:
    struct Options
    {
        ReportFilter filter;
        bool pseudonymise = false;
        QChar separator;                       // CSV only; null: CsvWriter::defaultSeparator()
        std::function<bool(qint64)> progress;  // rows written so far; returns false to cancel
    };

    explicit AttendanceExport(QSqlDatabase db) : m_db(std::move(db)) {}

    // Both return the number of rows written (the header excluded).
    Result<qint64> writeCsv(const Options &options, const QString &path) const;
    Result<qint64> writeXlsx(const Options &options, const QString &path) const;
    // A4 landscape, the filters and "Page x / y" on every page, dates and numbers in the current
    // language. Pages are written as they fill: ten years of rows never sit in memory. Needs a
    // QGuiApplication (fonts).
    Result<qint64> writePdf(const Options &options, const QString &path) const;

    static QStringList headers();
    static QString statusLabel(const QString &code);

private:
    QSqlDatabase m_db;
};
