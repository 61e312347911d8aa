// SPDX-License-Identifier: GPL-3.0-or-later
// Reports on the ten-year network: generation, dashboard (by month and by week), funder summary,
// CSV export of every attendance row next to sqlite3 -csv running the same join on the same file,
// XLSX export, PDF export of every attendance row and the summary PDF; time and peak memory of
// each step. --pdf-only runs only the PDF steps.
// Usage: bench_reports [--years N] [--sites N] [--dir DIR] [--database FILE] [--dashboard-only]
//        [--pdf-only]
// --database reads a file generated before (mediatelier-cli --database FILE demo) instead of
// generating one; --dashboard-only stops after the dashboard.
#include "reports/attendanceexport.h"
#include "reports/attendancequery.h"
#include "reports/dashboardquery.h"
#include "reports/demodatagenerator.h"
#include "reports/fundersummary.h"
#include "reports/pdfsummary.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

#include <sys/resource.h>

namespace {

// VmHWM, the peak resident memory, in MiB.
double peakMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// Resets VmHWM to the current resident size, so that each step reports its own peak.
void resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

double mib(qint64 bytes)
{
    return double(bytes) / (1024.0 * 1024.0);
}

// Fills a new file at `path` with the generated network, then reopens it (which checkpoints the
// write-ahead log into the file).
bool generate(Database &db, const QString &path, const DemoDataGenerator::Options &options)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    if (!db.open(path).ok())
        return false;
    QElapsedTimer timer;
    resetPeak();
    timer.start();
    const Result<DemoDataGenerator::Counts> counts = DemoDataGenerator(db.connection()).generate(options);
    if (!counts) {
        std::fprintf(stderr, "%s\n", qPrintable(counts.error()));
        return false;
    }
    std::printf("generation (%d years, %d sites): %.1f s, peak %.0f MiB\n", options.years, options.sites, timer.elapsed() / 1000.0, peakMiB());
    std::printf("  %lld learners, %lld workshops, %lld attendance rows, %lld quiz attempts, %lld quiz answers\n",
                counts->learners, counts->workshops, counts->attendance, counts->attempts, counts->answers);
    db.close();
    return db.open(path).ok();
}

// The process's peak resident memory so far (getrusage), in MiB: never reset.
double maxRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// CPU time used by the process so far, in ms: on a busy machine it says more than the wall clock.
double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec * 1000.0 + t.tv_nsec / 1e6;
}

// The dashboard of every workshop, no filter, as the window's worker computes it.
bool benchDashboard(const QSqlDatabase &db, const ReportFilter &all, DashboardData::Granularity granularity, const char *name)
{
    QElapsedTimer timer;
    resetPeak();
    timer.start();
    const double cpuStart = cpuMs();
    QStringList steps; // the time of each step: attendance, workshops, people, modules, gains
    qint64 last = 0;
    const Result<DashboardData> data = DashboardQuery(db).compute(all, granularity, [&](int, int) {
        steps << QString::number(timer.elapsed() - last);
        last = timer.elapsed();
        return true;
    });
    if (!data) {
        std::fprintf(stderr, "%s\n", qPrintable(data.error()));
        return false;
    }
    std::printf("dashboard by %s over the whole period: %d ms (CPU %.0f ms), peak %.0f MiB, process peak so far (ru_maxrss) %.0f MiB\n"
                "  steps (attendance, workshops, people, modules, gains): %s ms\n"
                "  %lld periods, %d workshops, %.0f hours, %d people, %d new, no-show %.1f %%\n",
                name, int(timer.elapsed()), cpuMs() - cpuStart, peakMiB(), maxRssMiB(), qPrintable(steps.join(QStringLiteral(", "))),
                qint64(data->periods.size()), data->workshops,
                data->hours, data->people, data->newPeople, 100.0 * data->attendance.noShowRate());
    return true;
}

// Pages of a PDF by pdfinfo (poppler-utils), or -1.
int pdfPages(const QString &pdf)
{
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    info.waitForFinished(-1);
    for (const QByteArray &line : info.readAllStandardOutput().split('\n')) {
        if (line.startsWith("Pages:"))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}

// The attendance PDF of every row, and the funder summary as a PDF report.
bool benchPdf(const QSqlDatabase &db, const ReportFilter &all, const QString &dir)
{
    QLocale::setDefault(QLocale(QLocale::English)); // dates and times as a reader sees them, not the C locale's
    AttendanceExport::Options options;
    options.filter = all;
    const QString pdf = dir + QStringLiteral("/attendance.pdf");
    QElapsedTimer timer;
    resetPeak();
    timer.start();
    const Result<qint64> rows = AttendanceExport(db).writePdf(options, pdf);
    if (!rows) {
        std::fprintf(stderr, "%s\n", qPrintable(rows.error()));
        return false;
    }
    std::printf("PDF export: %lld rows in %.1f s, %d pages, %.1f MiB, peak %.0f MiB\n", *rows, timer.elapsed() / 1000.0, pdfPages(pdf),
                mib(QFileInfo(pdf).size()), peakMiB());

    const QString summary = dir + QStringLiteral("/summary.pdf");
    resetPeak();
    timer.restart();
    const Result<FunderFigures> figures = FunderSummary(db).compute(all);
    if (!figures)
        return false;
    const qint64 computed = timer.elapsed();
    SummaryPdf::Options summaryOptions;
    summaryOptions.filters = all.describe(db);
    if (Status written = SummaryPdf::write(*figures, summaryOptions, summary); !written) {
        std::fprintf(stderr, "%s\n", qPrintable(written.error()));
        return false;
    }
    std::printf("summary PDF over the whole period: %d ms (figures %d ms, PDF %d ms), %d pages, %.0f KiB, peak %.0f MiB\n",
                int(timer.elapsed()), int(computed), int(timer.elapsed() - computed), pdfPages(summary),
                double(QFileInfo(summary).size()) / 1024.0, peakMiB());
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    // The PDF steps draw text, and fonts need a QGuiApplication: offscreen, no display needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const QString &name, const QString &fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    QTemporaryDir temporary;
    const QString dir = option(QStringLiteral("--dir"), temporary.path());
    const QString existing = option(QStringLiteral("--database"), QString());
    const QString path = existing.isEmpty() ? dir + QStringLiteral("/bench-reports.sqlite") : existing;
    Database db;
    if (existing.isEmpty()) {
        DemoDataGenerator::Options options;
        options.years = option(QStringLiteral("--years"), QStringLiteral("10")).toInt();
        options.sites = option(QStringLiteral("--sites"), QStringLiteral("50")).toInt();
        options.until = QDate(2026, 6, 30);
        if (!generate(db, path, options))
            return 1;
    } else if (!db.open(path, Database::Access::ReadOnly).ok()) {
        return 1;
    }
    std::printf("  file: %.1f MiB\n", mib(QFileInfo(path).size()));

    ReportFilter all;
    all.from = QDate(2000, 1, 1);
    all.to = QDate(2100, 1, 1);
    if (args.contains(QStringLiteral("--pdf-only")))
        return benchPdf(db.connection(), all, dir) ? 0 : 1;
    if (!benchDashboard(db.connection(), all, DashboardData::Granularity::Month, "month")
        || !benchDashboard(db.connection(), all, DashboardData::Granularity::Week, "week"))
        return 1;
    if (args.contains(QStringLiteral("--dashboard-only")))
        return 0;

    QElapsedTimer timer;
    resetPeak();
    timer.start();
    const Result<FunderFigures> figures = FunderSummary(db.connection()).compute(all);
    if (!figures)
        return 1;
    std::printf("funder summary over the whole period: %d ms, peak %.0f MiB (%d workshops, %d people, %.0f hours)\n",
                int(timer.elapsed()), peakMiB(), figures->workshops, figures->people, figures->hours);

    AttendanceExport::Options exportOptions;
    exportOptions.filter = all;
    exportOptions.separator = QLatin1Char(',');
    const QString csv = dir + QStringLiteral("/attendance.csv");
    resetPeak();
    timer.restart();
    const Result<qint64> rows = AttendanceExport(db.connection()).writeCsv(exportOptions, csv);
    if (!rows)
        return 1;
    const qint64 csvMs = timer.elapsed();
    std::printf("CSV export: %lld rows in %.2f s, %.1f MiB, peak %.0f MiB\n", *rows, csvMs / 1000.0, mib(QFileInfo(csv).size()), peakMiB());

    exportOptions.pseudonymise = true;
    timer.restart();
    AttendanceExport(db.connection()).writeCsv(exportOptions, csv);
    std::printf("CSV export, pseudonymised: %.2f s\n", timer.elapsed() / 1000.0);
    exportOptions.pseudonymise = false;

    if (QFileInfo::exists(QStringLiteral("/usr/bin/sqlite3"))) {
        QProcess sqlite;
        sqlite.setStandardOutputFile(dir + QStringLiteral("/sqlite3.csv"));
        timer.restart();
        sqlite.start(QStringLiteral("/usr/bin/sqlite3"), {QStringLiteral("-csv"), QStringLiteral("-readonly"), path, AttendanceQuery::sql()});
        sqlite.waitForFinished(-1);
        const qint64 sqliteMs = timer.elapsed();
        std::printf("sqlite3 -csv, same join: %.2f s, %.1f MiB (CSV export / sqlite3 = %.2f)\n", sqliteMs / 1000.0,
                    mib(QFileInfo(dir + QStringLiteral("/sqlite3.csv")).size()), double(csvMs) / double(qMax<qint64>(1, sqliteMs)));
    } else {
        std::printf("sqlite3 not installed: no comparison\n");
    }

    const QString xlsx = dir + QStringLiteral("/attendance.xlsx");
    resetPeak();
    timer.restart();
    const Result<qint64> xlsxRows = AttendanceExport(db.connection()).writeXlsx(exportOptions, xlsx);
    if (!xlsxRows) {
        std::fprintf(stderr, "%s\n", qPrintable(xlsxRows.error()));
        return 1;
    }
    std::printf("XLSX export: %lld rows in %.2f s, %.1f MiB, peak %.0f MiB\n", *xlsxRows, timer.elapsed() / 1000.0,
                mib(QFileInfo(xlsx).size()), peakMiB());
    return benchPdf(db.connection(), all, dir) ? 0 : 1;
}
