// SPDX-License-Identifier: GPL-3.0-or-later
// Reports on the ten-year network: generation, funder summary, CSV export of every attendance row
// next to sqlite3 -csv running the same join on the same file, XLSX export; time and peak memory
// of each step. Usage: bench_reports [--years N] [--sites N] [--dir DIR]
#include "reports/attendanceexport.h"
#include "reports/attendancequery.h"
#include "reports/demodatagenerator.h"
#include "reports/fundersummary.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const QString &name, const QString &fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    QTemporaryDir temporary;
    const QString dir = option(QStringLiteral("--dir"), temporary.path());
    const QString path = dir + QStringLiteral("/bench-reports.sqlite");
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));

    Database db;
    if (!db.open(path).ok())
        return 1;
    DemoDataGenerator::Options options;
    options.years = option(QStringLiteral("--years"), QStringLiteral("10")).toInt();
    options.sites = option(QStringLiteral("--sites"), QStringLiteral("50")).toInt();
    options.until = QDate(2026, 6, 30);
    QElapsedTimer timer;
    resetPeak();
    timer.start();
    const Result<DemoDataGenerator::Counts> counts = DemoDataGenerator(db.connection()).generate(options);
    if (!counts) {
        std::fprintf(stderr, "%s\n", qPrintable(counts.error()));
        return 1;
    }
    std::printf("generation (%d years, %d sites): %.1f s, peak %.0f MiB\n", options.years, options.sites, timer.elapsed() / 1000.0, peakMiB());
    std::printf("  %lld learners, %lld workshops, %lld attendance rows, %lld quiz attempts, %lld quiz answers\n",
                counts->learners, counts->workshops, counts->attendance, counts->attempts, counts->answers);
    db.close();
    if (!db.open(path).ok()) // reopening checkpoints the write-ahead log into the file
        return 1;
    std::printf("  file: %.1f MiB\n", mib(QFileInfo(path).size()));

    ReportFilter all;
    all.from = QDate(2000, 1, 1);
    all.to = QDate(2100, 1, 1);
    resetPeak();
    timer.restart();
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
    return 0;
}
