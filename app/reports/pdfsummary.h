// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/fundersummary.h"
#include "storage/result.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

// The funder summary as a paginated A4 report for funders: the period and site in the header of
// every page, the key figures, then for each breakdown (age band, gender, postcode area, modules,
// before/after gains) its table with a bar chart of the same figures beside it, and how the
// figures are counted. Counts only, never a name.
class SummaryPdf
{
    Q_DECLARE_TR_FUNCTIONS(SummaryPdf)
public:
    struct Options
    {
        QStringList filters;                                         // ReportFilter::describe()
        std::function<QString(const QString &moduleId)> moduleTitle; // unset, or empty: the id
    };

    // Written through a temporary file: a failure leaves nothing behind. Needs a QGuiApplication.
    static Status write(const FunderFigures &figures, const Options &options, const QString &path);
};
