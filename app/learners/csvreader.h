// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

// One record of a CSV file and the physical line it starts on (quoted line breaks count).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// Reads the CSV files that spreadsheets write: separator `;`, `,` or tab detected from the first
// record; UTF-8 with or without BOM, else Windows-1252 (what Excel writes on a French Windows);
// RFC 4180 quoting (separators, doubled quotes and line breaks inside quoted fields).
class CsvReader
{
public:
    struct Table
    {
        QChar separator;
        QString encoding; // "UTF-8" or "Windows-1252"
        QList<CsvRecord> records; // blank lines left out
    };

    static QString decode(const QByteArray &bytes, QString *encoding = nullptr);
    static QChar detectSeparator(const QString &text);
    static QList<CsvRecord> parse(const QString &text, QChar separator);
    static Table read(const QByteArray &bytes);
};
