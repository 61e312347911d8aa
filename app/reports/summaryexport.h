// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/fundersummary.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

// The funder figures as a person reads them (text), as a script reads them (JSON, stable keys) and
// as a spreadsheet reads them (CSV rows: section, item, measure, value).
class SummaryExport
{
    Q_DECLARE_TR_FUNCTIONS(SummaryExport)
public:
    static QJsonObject toJson(const FunderFigures &figures, const QString &siteName = {});
    static QString toText(const FunderFigures &figures, const QString &siteName = {});
    // Decimal comma with ';' separators, as French spreadsheets expect.
    static QList<QStringList> csvRows(const FunderFigures &figures, bool decimalComma);
};
