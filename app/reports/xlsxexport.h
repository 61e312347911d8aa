// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

// A thin layer over libxlsxwriter for the reports: one sheet at a time with a bold, frozen header
// row; dates written as dates, numbers as numbers, and every text as text (never as a formula, so
// "=1+1" typed in a name stays inert). Rows are streamed (constant memory), so they must be
// written top to bottom.
class XlsxExport
{
    Q_DECLARE_TR_FUNCTIONS(XlsxExport)
public:
    XlsxExport();
    ~XlsxExport();
    XlsxExport(const XlsxExport &) = delete;
    XlsxExport &operator=(const XlsxExport &) = delete;

    Status open(const QString &path);
    // Starts a sheet and writes its header in row 0; widths in characters, one per column or none.
    void addSheet(const QString &name, const QStringList &headers, const QList<double> &widths = {});
    void writeText(int row, int column, const QString &text);
    void writeNumber(int row, int column, double value);
    void writeDate(int row, int column, const QDate &date);
    void writeTime(int row, int column, int hour, int minute);
    void writeDateTime(int row, int column, const QDate &date, int hour, int minute);
    // Writes the file; reports a failure such as a full disk or too many rows.
    Status close();

    static constexpr int MaxRows = 1048576; // a spreadsheet's limit, header included

private:
    QString m_path;
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_format *m_date = nullptr;
    lxw_format *m_time = nullptr;
    lxw_format *m_dateTime = nullptr;
};
