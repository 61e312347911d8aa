// SPDX-License-Identifier: GPL-3.0-or-later
// learners import / learners list: the learner list from and to spreadsheets and scripts;
// learners export-data / learners erase: a learner's rights of access, portability and erasure.
#include "cli/cli.h"

#include "content/modulelibrary.h"
#include "learners/learnerimport.h"
#include "learners/learnerstore.h"
#include "privacy/learnerdataexport.h"
#include "privacy/learnererasure.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {

QString outcomeKey(LearnerImport::Row::Outcome outcome)
{
    switch (outcome) {
    case LearnerImport::Row::Outcome::Import: return QStringLiteral("imported");
    case LearnerImport::Row::Outcome::Duplicate: return QStringLiteral("duplicate");
    case LearnerImport::Row::Outcome::Rejected: return QStringLiteral("rejected");
    }
    return {};
}

int importLearners(CliContext &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), CliContext::tr("Check the file; import nothing."));
    const QCommandLineOption format(QStringLiteral("format"), CliContext::tr("Output format: text or json."), QStringLiteral("format"),
                                    QStringLiteral("text"));
    parser.addOptions({dryRun, format});
    parser.addPositionalArgument(QStringLiteral("FILE"), CliContext::tr("The CSV file of learners."));
    if (!cli.parse(parser))
        return ExitUsage;
    const QString formatName = parser.value(format);
    if (parser.positionalArguments().size() != 1 || (formatName != QLatin1String("text") && formatName != QLatin1String("json")))
        return cli.fail(ExitUsage, CliContext::tr("Usage: mediatelier-cli learners import FILE [--dry-run] [--format json]"));
    const Result<LearnerImport> import = LearnerImport::fromFile(parser.positionalArguments().first());
    if (!import)
        return cli.fail(ExitBadInput, import.error());
    Database *database = cli.database();
    if (!database)
        return ExitStorage;
    const Result<LearnerImport::Report> report = import->run(database->connection(), parser.isSet(dryRun));
    if (!report)
        return cli.fail(ExitStorage, report.error());

    if (formatName == QLatin1String("json")) {
        QJsonArray duplicates;
        QJsonArray rejected;
        for (const LearnerImport::Row &row : report->rows) {
            if (row.outcome == LearnerImport::Row::Outcome::Duplicate) {
                QJsonObject d{{QStringLiteral("line"), row.line}, {QStringLiteral("name"), row.learner.displayName}};
                if (row.duplicateOfId > 0)
                    d.insert(QStringLiteral("existing_id"), row.duplicateOfId);
                else
                    d.insert(QStringLiteral("same_as_line"), row.duplicateOfLine);
                duplicates.append(d);
            } else if (row.outcome == LearnerImport::Row::Outcome::Rejected) {
                rejected.append(QJsonObject{{QStringLiteral("line"), row.line}, {QStringLiteral("reason"), row.reason}});
            }
        }
        const QJsonObject json{{QStringLiteral("file"), import->fileName()},
                               {QStringLiteral("dry_run"), parser.isSet(dryRun)},
                               {QStringLiteral("imported"), report->imported},
                               {QStringLiteral("duplicates"), duplicates},
                               {QStringLiteral("rejected"), rejected}};
        cli.out() << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
        return ExitOk;
    }
    cli.out() << (report->written ? CliContext::tr("%n learner(s) imported.", nullptr, report->imported)
                                  : CliContext::tr("%n learner(s) can be imported (dry run: nothing written).", nullptr, report->imported))
              << '\n'
              << CliContext::tr("%n duplicate(s) left out.", nullptr, report->duplicates) << '\n'
              << CliContext::tr("%n row(s) rejected.", nullptr, report->rejected) << '\n';
    for (const LearnerImport::Row &row : report->rows) {
        if (row.outcome != LearnerImport::Row::Outcome::Import)
            cli.out() << report->describe(row) << '\n';
    }
    cli.out().flush();
    return ExitOk;
}

// A cell that a spreadsheet would run as a formula gets a leading apostrophe; a phone number such as
// "+33 6 12 34 56 78" is left alone.
QString csvCell(const QString &text)
{
    QString cell = text;
    if (!cell.isEmpty()) {
        const QChar first = cell.at(0);
        const bool numberLike = std::all_of(cell.cbegin() + 1, cell.cend(), [](QChar c) {
            return c.isDigit() || c == QLatin1Char(' ') || c == QLatin1Char('.') || c == QLatin1Char('(') || c == QLatin1Char(')');
        });
        if (first == QLatin1Char('=') || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r')
            || ((first == QLatin1Char('+') || first == QLatin1Char('-')) && !numberLike))
            cell.prepend(QLatin1Char('\''));
    }
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\n'))
        || cell.contains(QLatin1Char('\r')))
        cell = QLatin1Char('"') + cell.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    return cell;
}

int listLearners(CliContext &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), CliContext::tr("Output format: text, csv or json."),
                                    QStringLiteral("format"), QStringLiteral("text"));
    parser.addOption(format);
    if (!cli.parse(parser))
        return ExitUsage;
    const QString formatName = parser.value(format);
    if (formatName != QLatin1String("text") && formatName != QLatin1String("csv") && formatName != QLatin1String("json"))
        return cli.fail(ExitUsage, CliContext::tr("Unknown format \"%1\": use text, csv or json.").arg(formatName));
    Database *database = cli.database(true);
    if (!database)
        return ExitStorage;
    const Result<QList<Learner>> learners = LearnerStore(database->connection()).list();
    if (!learners)
        return cli.fail(ExitStorage, learners.error());

    // The stable keys of json and the csv header; the personal code is a sign-in secret, never listed.
    const QStringList keys = {QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("display_name"),
                              QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("phone"),
                              QStringLiteral("email"), QStringLiteral("age_band"), QStringLiteral("gender"),
                              QStringLiteral("postcode"), QStringLiteral("consent_date"), QStringLiteral("consent_version"),
                              QStringLiteral("notes")};
    auto values = [](const Learner &l) {
        return QStringList{QString::number(l.id), l.uuid, l.displayName, l.firstName, l.lastName, l.phone, l.email, l.ageBand,
                           l.gender, l.postcode, l.consentDate.toString(Qt::ISODate), l.consentVersion, l.notes};
    };
    if (formatName == QLatin1String("json")) {
        QJsonArray json;
        for (const Learner &l : *learners) {
            QJsonObject object;
            const QStringList v = values(l);
            for (qsizetype i = 0; i < keys.size(); ++i)
                object.insert(keys.at(i), i == 0 ? QJsonValue(l.id) : QJsonValue(v.at(i)));
            json.append(object);
        }
        cli.out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else if (formatName == QLatin1String("csv")) {
        cli.out() << keys.join(QLatin1Char(',')) << '\n';
        for (const Learner &l : *learners) {
            QStringList cells;
            for (const QString &value : values(l))
                cells << csvCell(value);
            cli.out() << cells.join(QLatin1Char(',')) << '\n';
        }
    } else {
        // Tab-separated, one learner a line: id, display name, full name, postcode.
        for (const Learner &l : *learners)
            cli.out() << l.id << '\t' << l.displayName << '\t' << l.fullName() << '\t' << l.postcode << '\n';
    }
    cli.out().flush();
    return ExitOk;
}

// Parses a command that takes one learner (integer id or UUID), opens the database and finds the
// learner. Returns the learner's id, or 0 after reporting the usage, storage or unknown-id error
// whose exit code is put in `exit`.
qint64 learnerArgument(CliContext &cli, QCommandLineParser &parser, const QString &usage, bool valid, Database *&database,
                       int &exit)
{
    exit = ExitOk;
    if (!valid || parser.positionalArguments().size() != 1) {
        exit = cli.fail(ExitUsage, usage);
        return 0;
    }
    database = cli.database();
    if (!database) {
        exit = ExitStorage;
        return 0;
    }
    const Result<qint64> id = LearnerStore(database->connection()).resolve(parser.positionalArguments().first());
    if (!id) {
        exit = cli.fail(ExitBadInput, CliContext::tr("%1: %2").arg(database->path(), id.error()));
        return 0;
    }
    return *id;
}

int exportLearnerData(CliContext &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    CliContext::tr("The file to write: JSON, or a readable PDF when it ends in .pdf."),
                                    QStringLiteral("FILE"));
    parser.addOption(output);
    parser.addPositionalArgument(QStringLiteral("ID"), CliContext::tr("The learner's id or UUID."));
    if (!cli.parse(parser))
        return ExitUsage;
    Database *database = nullptr;
    int exit = ExitOk;
    const qint64 id = learnerArgument(cli, parser, CliContext::tr("Usage: mediatelier-cli learners export-data ID -o FILE"),
                                      !parser.value(output).isEmpty(), database, exit);
    if (id <= 0)
        return exit;
    const ModuleLibrary library;
    const Result<LearnerDataExport> data =
        LearnerDataExport::load(database->connection(), id, LearnerDataExport::Options::forLibrary(&library, QLocale()));
    if (!data)
        return cli.fail(ExitStorage, data.error());
    const QString file = parser.value(output);
    const bool pdf = file.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    if (Status status = data->save(database->connection(), pdf ? QString() : file, pdf ? file : QString(), cli.staffLogin()); !status)
        return cli.fail(ExitStorage, status.error());
    const LearnerDataExport::Counts &counts = data->counts();
    cli.out() << CliContext::tr("%1 written: %2 workshop registration(s), %3 lesson page(s), %4 quiz attempt(s).")
                     .arg(file)
                     .arg(counts.attendance)
                     .arg(counts.progress)
                     .arg(counts.attempts)
              << Qt::endl;
    return ExitOk;
}

int eraseLearner(CliContext &cli)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), CliContext::tr("The learner's id or UUID."));
    if (!cli.parse(parser))
        return ExitUsage;
    Database *database = nullptr;
    int exit = ExitOk;
    const qint64 id = learnerArgument(cli, parser, CliContext::tr("Usage: mediatelier-cli learners erase ID"), true, database, exit);
    if (id <= 0)
        return exit;
    const Result<LearnerErasure::Outcome> outcome = LearnerErasure(database->connection()).erase(id, cli.staffLogin());
    if (!outcome)
        return cli.fail(ExitStorage, outcome.error());
    if (!outcome->erased) {
        cli.out() << CliContext::tr("Learner %1 was already anonymised (%2); nothing changed.").arg(id).arg(outcome->pseudonym)
                  << Qt::endl;
        return ExitOk;
    }
    cli.out() << CliContext::tr("Learner %1 erased: personal data removed; now %2.").arg(id).arg(outcome->pseudonym) << '\n'
              << CliContext::tr("Kept as anonymous counts: %1 attendance row(s), %2 quiz attempt(s).")
                     .arg(outcome->attendanceKept)
                     .arg(outcome->attemptsKept)
              << Qt::endl;
    if (!outcome->checkpointed)
        cli.err() << CliContext::tr("%1: another program has the database open; the erased data leave its write-ahead log "
                                    "when that program closes it.")
                         .arg(database->path())
                  << Qt::endl;
    return ExitOk;
}

} // namespace

QList<CliCommand> learnerCommands()
{
    return {
        {QStringLiteral("learners import"), QT_TRANSLATE_NOOP("CliCommands", "import learners from a CSV file; --dry-run checks only"),
         importLearners, PersonalData},
        {QStringLiteral("learners list"), QT_TRANSLATE_NOOP("CliCommands", "every learner (staff data); --format csv or json"),
         listLearners, PersonalData},
        {QStringLiteral("learners export-data"),
         QT_TRANSLATE_NOOP("CliCommands", "everything stored about one learner (id or UUID) as JSON, or PDF with -o FILE.pdf"),
         exportLearnerData, PersonalData},
        {QStringLiteral("learners erase"),
         QT_TRANSLATE_NOOP("CliCommands", "erase one learner's personal data (id or UUID), keep anonymous counts"), eraseLearner,
         PersonalData},
    };
}
