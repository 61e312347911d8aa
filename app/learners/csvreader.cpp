// SPDX-License-Identifier: GPL-3.0-or-later
#include "learners/csvreader.h"

#include <QStringDecoder>

QString CsvReader::decode(const QByteArray &bytes, QString *encoding)
{
    QByteArray body = bytes;
    if (body.startsWith("\xEF\xBB\xBF"))
        body.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(body);
    if (!utf8.hasError()) {
        if (encoding)
            *encoding = QStringLiteral("UTF-8");
        return text;
    }
    // Not UTF-8: a spreadsheet saved "CSV" with the Windows code page. Windows-1252, not Latin-1: the
    // bytes 0x80–0x9F hold œ, €, ’ and the like, which Latin-1 turns into control characters.
    QStringDecoder cp1252("Windows-1252");
    if (cp1252.isValid()) {
        text = cp1252.decode(bytes);
        if (encoding)
            *encoding = QStringLiteral("Windows-1252");
        return text;
    }
    if (encoding)
        *encoding = QStringLiteral("ISO-8859-1");
    return QString::fromLatin1(bytes);
}

QChar CsvReader::detectSeparator(const QString &text)
{
    // Count candidates in the first record, outside quotes: the header names rarely hold any.
    const QList<QChar> candidates = {QLatin1Char(';'), QLatin1Char(','), QLatin1Char('\t')};
    QList<int> counts(candidates.size(), 0);
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted) {
            const qsizetype i = candidates.indexOf(c);
            if (i >= 0)
                ++counts[i];
        }
    }
    qsizetype best = 0;
    for (qsizetype i = 1; i < candidates.size(); ++i) {
        if (counts.at(i) > counts.at(best))
            best = i;
    }
    return counts.at(best) > 0 ? candidates.at(best) : QLatin1Char(';');
}

QList<CsvRecord> CsvReader::parse(const QString &text, QChar separator)
{
    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    int line = 1;
    bool quoted = false;
    bool wasQuoted = false; // the field was quoted: an empty "" still counts as a field
    record.line = 1;
    auto endField = [&] {
        record.fields.append(field);
        field.clear();
        wasQuoted = false;
    };
    auto endRecord = [&](int nextLine) {
        endField();
        const bool blank = record.fields.size() == 1 && record.fields.first().isEmpty();
        if (!blank)
            records.append(record);
        record = CsvRecord();
        record.line = nextLine;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
                continue;
            }
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                continue; // CRLF inside a quoted field: keep the LF only
            if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                ++line;
            field += c == QLatin1Char('\r') ? QLatin1Char('\n') : c;
            continue;
        }
        if (c == QLatin1Char('"') && field.trimmed().isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
            field.clear();
        } else if (c == separator) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++line;
            endRecord(line);
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || wasQuoted || !record.fields.isEmpty())
        endRecord(line);
    return records;
}

CsvReader::Table CsvReader::read(const QByteArray &bytes)
{
    Table table;
    const QString text = decode(bytes, &table.encoding);
    table.separator = detectSeparator(text);
    table.records = parse(text, table.separator);
    return table;
}
