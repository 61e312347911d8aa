// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/xlsxexport.h"

#include <xlsxwriter.h>

XlsxExport::XlsxExport() = default;

XlsxExport::~XlsxExport()
{
    if (m_workbook)
        close();
}

Status XlsxExport::open(const QString &path)
{
    m_path = path;
    lxw_workbook_options options = {};
    // Streams rows to a temporary file instead of keeping every cell: ten years of attendance would
    // otherwise take hundreds of megabytes. Strings are then written inline, not shared.
    options.constant_memory = LXW_TRUE;
    options.use_zip64 = LXW_TRUE;
    m_workbook = workbook_new_opt(path.toUtf8().constData(), &options);
    if (!m_workbook)
        return Status::failure(tr("Cannot write %1.").arg(path));
    m_bold = workbook_add_format(m_workbook);
    format_set_bold(m_bold);
    m_date = workbook_add_format(m_workbook);
    format_set_num_format(m_date, "yyyy-mm-dd");
    m_time = workbook_add_format(m_workbook);
    format_set_num_format(m_time, "hh:mm");
    m_dateTime = workbook_add_format(m_workbook);
    format_set_num_format(m_dateTime, "yyyy-mm-dd hh:mm");
    return {};
}

void XlsxExport::addSheet(const QString &name, const QStringList &headers, const QList<double> &widths)
{
    m_sheet = workbook_add_worksheet(m_workbook, name.left(31).toUtf8().constData());
    if (!m_sheet)
        return;
    worksheet_freeze_panes(m_sheet, 1, 0);
    for (int column = 0; column < widths.size(); ++column)
        worksheet_set_column(m_sheet, lxw_col_t(column), lxw_col_t(column), widths.at(column), nullptr);
    for (int column = 0; column < headers.size(); ++column)
        worksheet_write_string(m_sheet, 0, lxw_col_t(column), headers.at(column).toUtf8().constData(), m_bold);
}

void XlsxExport::writeText(int row, int column, const QString &text)
{
    if (m_sheet && !text.isEmpty())
        worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(column), text.toUtf8().constData(), nullptr);
}

void XlsxExport::writeNumber(int row, int column, double value)
{
    if (m_sheet)
        worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(column), value, nullptr);
}

void XlsxExport::writeDate(int row, int column, const QDate &date)
{
    if (!m_sheet || !date.isValid())
        return;
    lxw_datetime value = {date.year(), date.month(), date.day(), 0, 0, 0};
    worksheet_write_datetime(m_sheet, lxw_row_t(row), lxw_col_t(column), &value, m_date);
}

void XlsxExport::writeTime(int row, int column, int hour, int minute)
{
    if (!m_sheet)
        return;
    lxw_datetime value = {0, 0, 0, hour, minute, 0}; // no date part: a time of day
    worksheet_write_datetime(m_sheet, lxw_row_t(row), lxw_col_t(column), &value, m_time);
}

void XlsxExport::writeDateTime(int row, int column, const QDate &date, int hour, int minute)
{
    if (!m_sheet || !date.isValid())
        return;
    lxw_datetime value = {date.year(), date.month(), date.day(), hour, minute, 0};
    worksheet_write_datetime(m_sheet, lxw_row_t(row), lxw_col_t(column), &value, m_dateTime);
}

Status XlsxExport::close()
{
    if (!m_workbook)
        return {};
    const lxw_error error = workbook_close(m_workbook);
    m_workbook = nullptr;
    m_sheet = nullptr;
    if (error != LXW_NO_ERROR)
        return Status::failure(tr("Cannot write %1: %2").arg(m_path, QString::fromUtf8(lxw_strerror(error))));
    return {};
}
