// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: a learners' CSV file through the reader and the importer's dry run (against an empty
// database, as `mediatelier-cli learners import FILE --dry-run` does), then the row report.
#include "fuzzsupport.h"

#include "learners/csvreader.h"
#include "learners/learnerimport.h"
#include "storage/database.h"

#include <QTemporaryDir>

namespace {

// A scratch database for the whole run. Never destroyed: Qt SQL's connection registry is gone by
// the time static destructors would close it at exit.
Database *scratchDatabase()
{
    static QTemporaryDir folder;
    static Database *database = [] {
        auto *db = new Database(QStringLiteral("fuzz-csv"));
        if (!folder.isValid() || !db->open(folder.filePath(QStringLiteral("fuzz.sqlite"))).ok())
            FuzzSupport::violated("cannot create the scratch database");
        return db;
    }();
    return database;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = FuzzSupport::bytes(data, size);
    const CsvReader::Table table = CsvReader::read(bytes);
    int previousLine = 0;
    for (const CsvRecord &record : table.records) {
        // Lines are physical lines of the file: they start at 1 and never go back.
        if (record.line < 1 || record.line < previousLine || record.fields.isEmpty())
            FuzzSupport::violated("CSV record with a bad line number or no field", bytes);
        previousLine = record.line;
    }

    const Result<LearnerImport> import = LearnerImport::fromBytes(bytes, QStringLiteral("fuzz.csv"));
    if (!import) {
        if (import.error().isEmpty())
            FuzzSupport::violated("a refused CSV file without a message", bytes);
        return 0;
    }
    const Result<LearnerImport::Report> report = import->run(scratchDatabase()->connection(), true);
    if (!report)
        FuzzSupport::violated("dry run failed on a sound database", report.error().toUtf8());
    if (report->written || report->imported + report->duplicates + report->rejected != report->rows.size())
        FuzzSupport::violated("dry-run report counts do not add up", bytes);
    for (const LearnerImport::Row &row : report->rows)
        if (report->describe(row).isEmpty())
            FuzzSupport::violated("a row without its report line", bytes);
    return 0;
}
