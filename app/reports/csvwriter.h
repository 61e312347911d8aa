// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/result.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

// Writes a CSV file that Excel and LibreOffice open cleanly: UTF-8 with a BOM, RFC 4180 quoting,
// and cells that a spreadsheet would run as a formula neutralised with a leading apostrophe.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)
public:
    explicit CsvWriter(QChar separator = QLatin1Char(','));
    ~CsvWriter();

    Status open(const QString &path);
    void writeRow(const QStringList &cells);
    Status close(); // flushes; reports a full disk or a removed medium

    // The separator a spreadsheet of the current language expects: ';' in French, ',' otherwise.
    static QChar defaultSeparator();
    // True when a spreadsheet would read the cell as a formula: '=', '@', tab or CR first, or '+'/'-'
    // first unless the whole cell is a number or a phone number ("+33 6 12 34 56 78", "-12.5").
    static bool looksLikeFormula(const QString &cell);
    // The cell as written: neutralised if needed, then quoted if it holds the separator, a quote or
    // a line break.
    static QString encode(const QString &cell, QChar separator);

private:
    void flushBuffer();

    QFile m_file;
    QByteArray m_buffer;
    QChar m_separator;
    bool m_failed = false;
};
