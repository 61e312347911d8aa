// SPDX-License-Identifier: GPL-3.0-or-later
// demo, report summary, attendance export: coordinators' reports from the command line, and the
// generated network for trials and benchmarks.
#include "cli/cli.h"

#include "content/modulelibrary.h"
#include "core/languagemanager.h"
#include "core/textfold.h"
#include "reports/attendanceexport.h"
#include "reports/csvwriter.h"
#include "reports/demodatagenerator.h"
#include "reports/fundersummary.h"
#include "reports/pdfsummary.h"
#include "reports/summaryexport.h"
#include "sites/facilitatorstore.h"
#include "sites/sitestore.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

// The translation context of these commands' messages.
class ReportCommands
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommands)
};

namespace {

// A site or facilitator named on the command line: its id, its UUID or its name (case and
// accents ignored).
template <typename T>
qint64 findByReference(const QList<T> &items, const QString &reference, QString T::*name)
{
    const QString folded = foldForSearch(reference);
    for (const T &item : items) {
        if (QString::number(item.id) == reference || item.uuid == reference || foldForSearch(item.*name) == folded)
            return item.id;
    }
    return 0;
}

// Reads --from, --to, --site, --facilitator and --module into a filter; prints what is wrong and
// returns the exit code, or ExitOk.
int readFilter(CliContext &cli, Database &db, const QCommandLineParser &parser, ReportFilter *filter)
{
    filter->from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    filter->to = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
    if (!filter->from.isValid() || !filter->to.isValid())
        return cli.fail(ExitUsage, ReportCommands::tr("--from and --to need ISO dates, e.g. 2026-03-01."));
    if (filter->to < filter->from)
        return cli.fail(ExitUsage, ReportCommands::tr("--to (%1) comes before --from (%2).").arg(filter->to.toString(Qt::ISODate), filter->from.toString(Qt::ISODate)));
    if (parser.isSet(QStringLiteral("site"))) {
        const Result<QList<Site>> sites = SiteStore(db.connection()).all();
        if (!sites)
            return cli.fail(ExitStorage, sites.error());
        filter->siteId = findByReference(*sites, parser.value(QStringLiteral("site")), &Site::name);
        if (filter->siteId == 0)
            return cli.fail(ExitBadInput, ReportCommands::tr("There is no site \"%1\".").arg(parser.value(QStringLiteral("site"))));
    }
    if (parser.optionNames().contains(QStringLiteral("facilitator")) && parser.isSet(QStringLiteral("facilitator"))) {
        const Result<QList<Facilitator>> facilitators = FacilitatorStore(db.connection()).list(true);
        if (!facilitators)
            return cli.fail(ExitStorage, facilitators.error());
        filter->facilitatorId = findByReference(*facilitators, parser.value(QStringLiteral("facilitator")), &Facilitator::displayName);
        if (filter->facilitatorId == 0)
            return cli.fail(ExitBadInput, ReportCommands::tr("There is no facilitator \"%1\".").arg(parser.value(QStringLiteral("facilitator"))));
    }
    if (parser.optionNames().contains(QStringLiteral("module")))
        filter->moduleId = parser.value(QStringLiteral("module"));
    return ExitOk;
}

// --separator: one character, or the words "comma", "semicolon", "tab"; empty: the language's.
bool readSeparator(const QString &text, QChar *separator)
{
    if (text.isEmpty())
        *separator = CsvWriter::defaultSeparator();
    else if (text == QLatin1String("comma"))
        *separator = QLatin1Char(',');
    else if (text == QLatin1String("semicolon"))
        *separator = QLatin1Char(';');
    else if (text == QLatin1String("tab"))
        *separator = QLatin1Char('\t');
    else if (text.size() == 1 && !text.at(0).isLetterOrNumber() && text.at(0) != QLatin1Char('"'))
        *separator = text.at(0);
    else
        return false;
    return true;
}

int demo(CliContext &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption years(QStringLiteral("years"), ReportCommands::tr("Years of history (default 10)."), QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption sites(QStringLiteral("sites"), ReportCommands::tr("Number of sites (default 50)."), QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption seed(QStringLiteral("seed"), ReportCommands::tr("Random seed: the same seed gives the same data."), QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption until(QStringLiteral("until"), ReportCommands::tr("Last day of the history (default yesterday)."), QStringLiteral("DATE"));
    const QCommandLineOption force(QStringLiteral("force"), ReportCommands::tr("Add to a database that already holds workshops."));
    const QCommandLineOption format(QStringLiteral("format"), ReportCommands::tr("Output format: text or json."), QStringLiteral("format"), QStringLiteral("text"));
    parser.addOptions({years, sites, seed, until, force, format});
    if (!cli.parse(parser))
        return ExitUsage;
    DemoDataGenerator::Options options;
    bool yearsOk = false, sitesOk = false, seedOk = false;
    options.years = parser.value(years).toInt(&yearsOk);
    options.sites = parser.value(sites).toInt(&sitesOk);
    options.seed = parser.value(seed).toUInt(&seedOk);
    if (parser.isSet(until))
        options.until = QDate::fromString(parser.value(until), Qt::ISODate);
    if (!parser.positionalArguments().isEmpty() || !yearsOk || !sitesOk || !seedOk || options.years < 1 || options.years > 50
        || options.sites < 1 || options.sites > 1000 || (parser.isSet(until) && !options.until.isValid()))
        return cli.fail(ExitUsage, ReportCommands::tr("Usage: mediatelier-cli demo [--years 1-50] [--sites 1-1000] [--seed S] [--until DATE] [--force]"));
    Database *db = cli.database();
    if (!db)
        return ExitStorage;
    DemoDataGenerator generator(db->connection());
    const Result<qint64> existing = generator.existingWorkshops();
    if (!existing)
        return cli.fail(ExitStorage, existing.error());
    if (*existing > 0 && !parser.isSet(force))
        return cli.fail(ExitBadInput, ReportCommands::tr("%1 already holds %n workshop(s): demo data would mix with real records. "
                                                         "Use another file, or --force.", nullptr, int(*existing))
                                          .arg(db->path()));
    const Result<DemoDataGenerator::Counts> counts = generator.generate(options, true);
    if (!counts)
        return cli.fail(ExitStorage, counts.error());
    if (parser.value(format) == QLatin1String("json")) {
        cli.out() << QJsonDocument(QJsonObject{{QStringLiteral("sites"), counts->sites},
                                               {QStringLiteral("facilitators"), counts->facilitators},
                                               {QStringLiteral("learners"), counts->learners},
                                               {QStringLiteral("workshops"), counts->workshops},
                                               {QStringLiteral("attendance"), counts->attendance},
                                               {QStringLiteral("quiz_attempts"), counts->attempts},
                                               {QStringLiteral("quiz_answers"), counts->answers}})
                         .toJson(QJsonDocument::Compact)
                  << Qt::endl;
        return ExitOk;
    }
    cli.out() << ReportCommands::tr("Generated in %1: %2 sites, %3 facilitators, %4 learners, %5 workshops, %6 attendance rows, "
                                    "%7 quiz attempts, %8 quiz answers.")
                     .arg(db->path())
                     .arg(counts->sites)
                     .arg(counts->facilitators)
                     .arg(counts->learners)
                     .arg(counts->workshops)
                     .arg(counts->attendance)
                     .arg(counts->attempts)
                     .arg(counts->answers)
              << Qt::endl;
    return ExitOk;
}

int summary(CliContext &cli)
{
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("from"), ReportCommands::tr("First day (ISO date)."), QStringLiteral("DATE")},
                       {QStringLiteral("to"), ReportCommands::tr("Last day, included (ISO date)."), QStringLiteral("DATE")},
                       {QStringLiteral("site"), ReportCommands::tr("One site: its id, UUID or name."), QStringLiteral("S")},
                       {QStringLiteral("format"), ReportCommands::tr("Output format: text, json, csv or pdf."), QStringLiteral("format"), QStringLiteral("text")},
                       {QStringLiteral("separator"), ReportCommands::tr("CSV separator (default: ';' in French, ',' otherwise)."), QStringLiteral("C")},
                       {{QStringLiteral("o"), QStringLiteral("output")}, ReportCommands::tr("Write the CSV (with a BOM for spreadsheets) or the PDF to this file."), QStringLiteral("FILE")}});
    if (!cli.parse(parser))
        return ExitUsage;
    const QString format = parser.value(QStringLiteral("format"));
    QChar separator;
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(QStringLiteral("from")) || !parser.isSet(QStringLiteral("to"))
        || !QStringList{QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("pdf")}.contains(format)
        || !readSeparator(parser.value(QStringLiteral("separator")), &separator)
        || (format == QLatin1String("pdf") && !parser.isSet(QStringLiteral("output"))))
        return cli.fail(ExitUsage, ReportCommands::tr("Usage: mediatelier-cli report summary --from DATE --to DATE [--site S] [--format text|json|csv|pdf] "
                                                      "[--separator C] [-o FILE] (pdf needs -o FILE)"));
    Database *db = cli.database(true);
    if (!db)
        return ExitStorage;
    ReportFilter filter;
    if (const int code = readFilter(cli, *db, parser, &filter); code != ExitOk)
        return code;
    const Result<FunderFigures> figures = FunderSummary(db->connection()).compute(filter);
    if (!figures)
        return cli.fail(ExitStorage, figures.error());
    QString siteName;
    if (filter.siteId > 0) {
        const Result<Site> site = SiteStore(db->connection()).get(filter.siteId);
        if (!site)
            return cli.fail(ExitStorage, site.error());
        siteName = site->name;
    }
    if (format == QLatin1String("pdf")) {
        const QString path = parser.value(QStringLiteral("output"));
        const ModuleLibrary library;
        const QString language = LanguageManager::instance()->current();
        SummaryPdf::Options options;
        options.filters = filter.describe(db->connection());
        options.moduleTitle = [&](const QString &id) {
            const Module *module = library.module(id);
            return module ? localized(module->title, language) : QString();
        };
        if (Status s = SummaryPdf::write(*figures, options, path); !s)
            return cli.fail(ExitStorage, s.error());
        cli.out() << ReportCommands::tr("Summary written to %1").arg(path) << Qt::endl;
    } else if (format == QLatin1String("json")) {
        cli.out() << QJsonDocument(SummaryExport::toJson(*figures, siteName)).toJson(QJsonDocument::Indented);
        cli.out().flush();
    } else if (format == QLatin1String("csv")) {
        const QList<QStringList> rows = SummaryExport::csvRows(*figures, separator == QLatin1Char(';'));
        if (parser.isSet(QStringLiteral("output"))) {
            CsvWriter csv(separator);
            if (Status s = csv.open(parser.value(QStringLiteral("output"))); !s)
                return cli.fail(ExitStorage, s.error());
            for (const QStringList &row : rows)
                csv.writeRow(row);
            if (Status s = csv.close(); !s)
                return cli.fail(ExitStorage, s.error());
        } else {
            for (const QStringList &row : rows) {
                QStringList cells;
                for (const QString &cell : row)
                    cells.append(CsvWriter::encode(cell, separator));
                cli.out() << cells.join(separator) << '\n';
            }
            cli.out().flush();
        }
    } else {
        cli.out() << SummaryExport::toText(*figures, siteName);
        cli.out().flush();
    }
    return ExitOk;
}

int exportAttendance(CliContext &cli)
{
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("from"), ReportCommands::tr("First day (ISO date)."), QStringLiteral("DATE")},
                       {QStringLiteral("to"), ReportCommands::tr("Last day, included (ISO date)."), QStringLiteral("DATE")},
                       {QStringLiteral("site"), ReportCommands::tr("One site: its id, UUID or name."), QStringLiteral("S")},
                       {QStringLiteral("facilitator"), ReportCommands::tr("One facilitator: id, UUID or name."), QStringLiteral("F")},
                       {QStringLiteral("module"), ReportCommands::tr("Only workshops covering this module."), QStringLiteral("ID")},
                       {QStringLiteral("pseudonymise"), ReportCommands::tr("Stable pseudonyms instead of names; postcode areas only.")},
                       {QStringLiteral("format"), ReportCommands::tr("csv, xlsx or pdf."), QStringLiteral("format")},
                       {QStringLiteral("separator"), ReportCommands::tr("CSV separator (default: ';' in French, ',' otherwise)."), QStringLiteral("C")},
                       {{QStringLiteral("o"), QStringLiteral("output")}, ReportCommands::tr("The file to write."), QStringLiteral("FILE")}});
    if (!cli.parse(parser))
        return ExitUsage;
    const QString format = parser.value(QStringLiteral("format"));
    QChar separator;
    const QString usage = ReportCommands::tr("Usage: mediatelier-cli attendance export --from DATE --to DATE [--site S] [--facilitator F] "
                                             "[--module ID] [--pseudonymise] --format csv|xlsx|pdf [--separator C] -o FILE");
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(QStringLiteral("from")) || !parser.isSet(QStringLiteral("to"))
        || !parser.isSet(QStringLiteral("output")) || !readSeparator(parser.value(QStringLiteral("separator")), &separator))
        return cli.fail(ExitUsage, usage);
    if (format != QLatin1String("csv") && format != QLatin1String("xlsx") && format != QLatin1String("pdf"))
        return cli.fail(ExitUsage, usage);
    Database *db = cli.database(true);
    if (!db)
        return ExitStorage;
    AttendanceExport::Options options;
    if (const int code = readFilter(cli, *db, parser, &options.filter); code != ExitOk)
        return code;
    options.pseudonymise = parser.isSet(QStringLiteral("pseudonymise"));
    options.separator = separator;
    const QString path = parser.value(QStringLiteral("output"));
    const AttendanceExport exporter(db->connection());
    const Result<qint64> rows = format == QLatin1String("csv")    ? exporter.writeCsv(options, path)
                                : format == QLatin1String("xlsx") ? exporter.writeXlsx(options, path)
                                                                  : exporter.writePdf(options, path);
    if (!rows)
        return cli.fail(ExitStorage, rows.error());
    cli.out() << ReportCommands::tr("%n row(s) written to %1", nullptr, int(*rows)).arg(path) << Qt::endl;
    return ExitOk;
}

} // namespace


QList<CliCommand> reportCommands()
{
    return {
        {QStringLiteral("demo"), QT_TRANSLATE_NOOP("CliCommands", "fill the database with a generated network (trials, benchmarks)"), demo},
        {QStringLiteral("report summary"), QT_TRANSLATE_NOOP("CliCommands", "the funder figures of a period"), summary},
        {QStringLiteral("attendance export"), QT_TRANSLATE_NOOP("CliCommands", "attendance of a period as CSV, XLSX or PDF"), exportAttendance,
         PersonalData},
    };
}
