// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/attendanceexport.h"

#include "learners/learnerfields.h"
#include "reports/attendancequery.h"
#include "reports/csvwriter.h"
#include "reports/pdfdocument.h"
#include "reports/xlsxexport.h"

#include <QFile>
#include <QHash>
#include <QScopeGuard>

namespace {

constexpr qint64 ProgressEvery = 5000;

// Labels are looked up once per code, not once per row.
class LabelCache
{
public:
    const QString &ageBand(const QString &code) { return lookup(m_ageBands, code, &LearnerFields::ageBandLabel); }
    const QString &gender(const QString &code) { return lookup(m_genders, code, &LearnerFields::genderLabel); }
    const QString &status(const QString &code) { return lookup(m_statuses, code, &AttendanceExport::statusLabel); }

private:
    static const QString &lookup(QHash<QString, QString> &cache, const QString &code, QString (*label)(const QString &))
    {
        auto found = cache.constFind(code);
        if (found == cache.constEnd())
            found = cache.insert(code, code.isEmpty() ? QString() : label(code));
        return *found;
    }
    QHash<QString, QString> m_ageBands;
    QHash<QString, QString> m_genders;
    QHash<QString, QString> m_statuses;
};

QString moduleList(const QString &spaceSeparated)
{
    return QString(spaceSeparated).replace(QLatin1Char(' '), QLatin1String(", "));
}

bool cancelled(const AttendanceExport::Options &options, qint64 rows)
{
    return options.progress && rows % ProgressEvery == 0 && !options.progress(rows);
}

} // namespace

QStringList AttendanceExport::headers()
{
    return {tr("Date"), tr("Time"), tr("Site"), tr("Workshop"), tr("Facilitator"), tr("Modules"), tr("Learner"),
            tr("Age band"), tr("Gender"), tr("Postcode"), tr("Status"), tr("Checked in at"), tr("Duration (minutes)")};
}

QString AttendanceExport::statusLabel(const QString &code)
{
    if (code == QLatin1String("registered"))
        return tr("registered");
    if (code == QLatin1String("present"))
        return tr("present");
    if (code == QLatin1String("late"))
        return tr("late");
    if (code == QLatin1String("excused"))
        return tr("excused");
    if (code == QLatin1String("absent"))
        return tr("absent");
    return code;
}

Result<qint64> AttendanceExport::writeCsv(const Options &options, const QString &path) const
{
    CsvWriter csv(options.separator.isNull() ? CsvWriter::defaultSeparator() : options.separator);
    if (Status status = csv.open(path); !status)
        return status;
    csv.writeRow(headers());
    LabelCache labels;
    qint64 written = 0;
    bool stopped = false;
    const Result<qint64> read = AttendanceQuery(m_db).forEach(options.filter, options.pseudonymise, [&](const AttendanceRow &r) {
        csv.writeRow({r.date, r.time, r.site, r.workshop, r.facilitator, moduleList(r.modules), r.learner, labels.ageBand(r.ageBand),
                      labels.gender(r.gender), r.postcode, labels.status(r.status), r.checkedIn, QString::number(r.durationMinutes)});
        ++written;
        stopped = cancelled(options, written);
        return !stopped;
    });
    const Status closed = csv.close();
    if (!read || stopped)
        QFile::remove(path); // no half-written report left behind
    if (!read)
        return read.status();
    if (stopped)
        return Result<qint64>::failure(tr("Export cancelled."));
    if (!closed)
        return closed;
    return written;
}

Result<qint64> AttendanceExport::writeXlsx(const Options &options, const QString &path) const
{
    XlsxExport xlsx;
    if (Status status = xlsx.open(path); !status)
        return status;
    xlsx.addSheet(tr("Attendance"), headers(), {11, 7, 24, 32, 20, 24, 20, 11, 12, 9, 10, 16, 10});
    LabelCache labels;
    qint64 written = 0;
    bool stopped = false;
    bool tooMany = false;
    const Result<qint64> read = AttendanceQuery(m_db).forEach(options.filter, options.pseudonymise, [&](const AttendanceRow &r) {
        if (written + 1 >= XlsxExport::MaxRows) {
            tooMany = true;
            return false;
        }
        const int row = int(written + 1);
        const QDate date = QDate::fromString(r.date, Qt::ISODate);
        xlsx.writeDate(row, 0, date);
        xlsx.writeTime(row, 1, QStringView(r.time).left(2).toInt(), QStringView(r.time).mid(3, 2).toInt());
        xlsx.writeText(row, 2, r.site);
        xlsx.writeText(row, 3, r.workshop);
        xlsx.writeText(row, 4, r.facilitator);
        xlsx.writeText(row, 5, moduleList(r.modules));
        xlsx.writeText(row, 6, r.learner);
        xlsx.writeText(row, 7, labels.ageBand(r.ageBand));
        xlsx.writeText(row, 8, labels.gender(r.gender));
        xlsx.writeText(row, 9, r.postcode); // text: "01000" keeps its zero
        xlsx.writeText(row, 10, labels.status(r.status));
        if (r.checkedIn.size() >= 16)
            xlsx.writeDateTime(row, 11, QDate::fromString(r.checkedIn.left(10), Qt::ISODate), QStringView(r.checkedIn).mid(11, 2).toInt(),
                               QStringView(r.checkedIn).mid(14, 2).toInt());
        xlsx.writeNumber(row, 12, r.durationMinutes);
        ++written;
        stopped = cancelled(options, written);
        return !stopped;
    });
    const Status closed = xlsx.close();
    if (!read || stopped || tooMany)
        QFile::remove(path);
    if (!read)
        return read.status();
    if (tooMany)
        return Result<qint64>::failure(tr("More than %1 rows: a spreadsheet cannot hold them. Choose a shorter period.")
                                           .arg(XlsxExport::MaxRows - 1));
    if (stopped)
        return Result<qint64>::failure(tr("Export cancelled."));
    if (!closed)
        return closed;
    return written;
}

Result<qint64> AttendanceExport::writePdf(const Options &options, const QString &path) const
{
    // The count and the rows come from one read snapshot, so that "Page x / y" stays true even
    // while the window records a check-in.
    QSqlDatabase db = m_db;
    const bool snapshot = db.transaction();
    const auto endSnapshot = qScopeGuard([&] {
        if (snapshot)
            db.rollback();
    });
    const Result<qint64> total = AttendanceQuery(m_db).count(options.filter);
    if (!total)
        return total.status();

    PdfDocument::Header header;
    header.title = tr("Attendance");
    header.filters = options.filter.describe(m_db);
    header.filters << (options.pseudonymise ? tr("Names: pseudonymised (stable pseudonyms, postcode areas only)")
                                            : tr("Names: shown (personal data: keep this file safe)"));
    PdfDocument pdf(header, QPageLayout::Landscape);
    if (Status status = pdf.open(path); !status)
        return status;
    const QStringList titles = headers();
    const QList<qreal> shares{17, 12, 26, 38, 24, 26, 24, 21, 13, 15, 14, 14, 17};
    QList<PdfTable::Column> columns;
    for (qsizetype i = 0; i < titles.size(); ++i)
        columns.append({titles.at(i), shares.at(i), i == titles.size() - 1 ? Qt::AlignRight : Qt::AlignLeft});
    PdfTable table(pdf, columns, 7);
    const qint64 perPage = table.rowsPerPage();
    pdf.setPageCount(int(qMax<qint64>(1, (*total + perPage - 1) / perPage)));
    if (Status status = pdf.newPage(); !status)
        return status;
    table.paintHeader();
    if (*total == 0)
        pdf.paragraph(tr("No attendance matches these filters."), pdf.font(9));

    const QLocale &locale = pdf.locale();
    LabelCache labels;
    QString lastDate, shownDate, lastTime, shownTime;
    qint64 written = 0;
    bool stopped = false;
    Status painted;
    const Result<qint64> read = AttendanceQuery(m_db).forEach(options.filter, options.pseudonymise, [&](const AttendanceRow &r) {
        if (r.date != lastDate) { // rows come in date order: one conversion per day, not per row
            lastDate = r.date;
            shownDate = locale.toString(QDate::fromString(r.date, Qt::ISODate), QLocale::ShortFormat);
        }
        if (r.time != lastTime) {
            lastTime = r.time;
            shownTime = locale.toString(QTime::fromString(r.time, QStringLiteral("HH:mm")), QLocale::ShortFormat);
        }
        // A check-in on the workshop's day shows its time only; the column stays narrow.
        const QDateTime checked = r.checkedIn.isEmpty() ? QDateTime() : QDateTime::fromString(r.checkedIn, QStringLiteral("yyyy-MM-dd HH:mm"));
        const QString checkedIn = !checked.isValid() ? QString()
            : r.checkedIn.startsWith(r.date)       ? locale.toString(checked.time(), QLocale::ShortFormat)
                                                   : locale.toString(checked, QLocale::ShortFormat);
        painted = table.addRow({shownDate, shownTime, r.site, r.workshop, r.facilitator, moduleList(r.modules), r.learner,
                                labels.ageBand(r.ageBand), labels.gender(r.gender), r.postcode, labels.status(r.status), checkedIn,
                                locale.toString(r.durationMinutes)});
        ++written;
        stopped = cancelled(options, written);
        return painted.ok() && !stopped;
    });
    if (!read)
        return read.status(); // the PdfDocument discards the partial file
    if (!painted)
        return painted;
    if (stopped)
        return Result<qint64>::failure(tr("Export cancelled."));
    if (Status status = pdf.finish(); !status)
        return status;
    return written;
}
