// SPDX-License-Identifier: GPL-3.0-or-later
// quiz import-gift / export-gift: Moodle GIFT interchange from the command line.
#include "cli/cli.h"

#include "content/modulelibrary.h"
#include "quiz/quizimport.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

int importGift(CliContext &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption module(QStringLiteral("module"), CliContext::tr("The module receiving the questions."), QStringLiteral("ID"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), CliContext::tr("Check the file; import nothing."));
    const QCommandLineOption format(QStringLiteral("format"), CliContext::tr("Output format: text or json."), QStringLiteral("format"), QStringLiteral("text"));
    const QCommandLineOption language(QStringLiteral("lang"), CliContext::tr("Language of the questions in the file."), QStringLiteral("lang"), CliContext::contentLanguage());
    parser.addOptions({module, dryRun, format, language});
    parser.addPositionalArgument(QStringLiteral("FILE"), CliContext::tr("The GIFT file."));
    if (!cli.parse(parser))
        return ExitUsage;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(module))
        return cli.fail(ExitUsage, CliContext::tr("Usage: mediatelier-cli quiz import-gift FILE --module ID [--dry-run] [--format json]"));
    ModuleLibrary library;
    const Result<QuizImport::Report> report = QuizImport::importGift(library, parser.positionalArguments().first(), parser.value(module),
                                                                     parser.value(language), parser.isSet(dryRun));
    if (!report)
        return cli.fail(ExitBadInput, report.error());
    if (parser.value(format) == QLatin1String("json")) {
        QJsonArray skipped;
        for (const GiftFormat::Skipped &s : report->skipped)
            skipped.append(QJsonObject{{QStringLiteral("line"), s.line}, {QStringLiteral("reason"), s.reason}});
        cli.out() << QJsonDocument(QJsonObject{{QStringLiteral("imported"), report->imported}, {QStringLiteral("skipped"), skipped}})
                         .toJson(QJsonDocument::Compact)
                  << Qt::endl;
        return ExitOk;
    }
    cli.out() << (parser.isSet(dryRun) ? CliContext::tr("%n question(s) can be imported into %1.", nullptr, report->imported)
                                       : CliContext::tr("%n question(s) imported into %1.", nullptr, report->imported))
                     .arg(report->moduleId)
              << '\n';
    for (const GiftFormat::Skipped &s : report->skipped)
        cli.out() << CliContext::tr("Skipped, line %1: %2").arg(s.line).arg(s.reason) << '\n';
    cli.out().flush();
    return ExitOk;
}

int exportGift(CliContext &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption module(QStringLiteral("module"), CliContext::tr("The module whose quiz is written."), QStringLiteral("ID"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")}, CliContext::tr("The GIFT file to write."), QStringLiteral("FILE"));
    const QCommandLineOption language(QStringLiteral("lang"), CliContext::tr("Language of the questions written."), QStringLiteral("lang"), CliContext::contentLanguage());
    parser.addOptions({module, output, language});
    if (!cli.parse(parser))
        return ExitUsage;
    if (!parser.isSet(module) || !parser.isSet(output))
        return cli.fail(ExitUsage, CliContext::tr("Usage: mediatelier-cli quiz export-gift --module ID -o FILE"));
    const ModuleLibrary library;
    int skipped = 0;
    if (Status status = QuizImport::exportGift(library, parser.value(module), parser.value(language), parser.value(output), &skipped); !status)
        return cli.fail(ExitBadInput, status.error());
    cli.out() << CliContext::tr("Quiz of %1 written to %2").arg(parser.value(module), parser.value(output)) << '\n';
    if (skipped > 0)
        cli.out() << CliContext::tr("%n question(s) left out: GIFT cannot hold ordering questions or self-assessment statements.", nullptr, skipped)
                  << '\n';
    cli.out().flush();
    return ExitOk;
}

} // namespace

QList<CliCommand> quizCommands()
{
    return {
        {QStringLiteral("quiz import-gift"), QT_TRANSLATE_NOOP("CliCommands", "import Moodle GIFT questions into a module (a user pack)"), importGift},
        {QStringLiteral("quiz export-gift"), QT_TRANSLATE_NOOP("CliCommands", "write a module's quiz as Moodle GIFT"), exportGift},
    };
}
