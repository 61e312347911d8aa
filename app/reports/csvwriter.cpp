// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/csvwriter.h"

#include <QLocale>
#include <QRegularExpression>

namespace {

// Flushed to disk in blocks: one write per row would dominate the cost of a 400,000-row export.
constexpr qsizetype BufferSize = 1 << 20;

} // namespace

CsvWriter::CsvWriter(QChar separator) : m_separator(separator) {}

CsvWriter::~CsvWriter()
{
    if (m_file.isOpen())
        close();
}

Status CsvWriter::open(const QString &path)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Status::failure(tr("Cannot write %1: %2").arg(path, m_file.errorString()));
    m_failed = false;
    m_buffer.reserve(BufferSize + 4096);
    // Without the BOM, Excel reads UTF-8 as the Windows code page and mangles every accent.
    m_buffer.append("\xEF\xBB\xBF");
    return {};
}

void CsvWriter::writeRow(const QStringList &cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line.append(m_separator);
        line.append(encode(cells.at(i), m_separator));
    }
    line.append(QLatin1String("\r\n")); // RFC 4180 line ends
    m_buffer.append(line.toUtf8());
    if (m_buffer.size() >= BufferSize)
        flushBuffer();
}

void CsvWriter::flushBuffer()
{
    if (!m_buffer.isEmpty() && m_file.write(m_buffer) != m_buffer.size())
        m_failed = true;
    m_buffer.clear();
}

Status CsvWriter::close()
{
    flushBuffer();
    const bool flushed = m_file.flush();
    const QString path = m_file.fileName();
    const QString error = m_file.errorString();
    m_file.close();
    if (m_failed || !flushed)
        return Status::failure(tr("Cannot write %1: %2").arg(path, error));
    return {};
}

// Spreadsheets set to French or Dutch (Belgium, France, Netherlands) use the comma for decimals
// and expect ";" between cells; English ones expect ",".
QChar CsvWriter::defaultSeparator()
{
    const QLocale::Language language = QLocale().language();
    return language == QLocale::French || language == QLocale::Dutch ? QLatin1Char(';') : QLatin1Char(',');
}

bool CsvWriter::looksLikeFormula(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    const QChar first = cell.at(0);
    if (first == QLatin1Char('=') || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
        return true;
    if ((first != QLatin1Char('+') && first != QLatin1Char('-')) || cell.size() == 1)
        return false; // a lone sign, used as "none" in a column, is not a formula
    // A signed number, or a phone number of digits and spaces: a spreadsheet shows them as they
    // are, and an apostrophe would spoil a column of phone numbers or of negative figures.
    static const QRegularExpression number(QStringLiteral(R"(^[+-]\d+([.,]\d+)?$)"));
    static const QRegularExpression phone(QStringLiteral(R"(^\+\d[\d ]*\d$)"));
    return !number.match(cell).hasMatch() && !phone.match(cell).hasMatch();
}

QString CsvWriter::encode(const QString &cell, QChar separator)
{
    QString text = looksLikeFormula(cell) ? QLatin1Char('\'') + cell : cell;
    bool quote = false;
    for (const QChar c : std::as_const(text)) {
        if (c == separator || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            quote = true;
            break;
        }
    }
    if (!quote)
        return text;
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}
