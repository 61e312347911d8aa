// SPDX-License-Identifier: GPL-3.0-or-later
// modules list / validate / add / remove, and search: the lesson library from the command line.
#include "cli/cli.h"

#include "content/modulelibrary.h"
#include "core/languagemanager.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QCommandLineOption formatOption()
{
    return {QStringLiteral("format"), CliContext::tr("Output format: text or json."), QStringLiteral("format"),
            QStringLiteral("text")};
}

bool wantsJson(const QCommandLineParser &parser)
{
    return parser.value(QStringLiteral("format")) == QLatin1String("json");
}

QString interfaceLanguage() // the language the CLI speaks (--lang), as the window's Lessons screen does
{
    return LanguageManager::instance()->current();
}

int listModules(CliContext &cli)
{
    QCommandLineParser parser;
    parser.addOption(formatOption());
    if (!cli.parse(parser))
        return ExitUsage;
    const ModuleLibrary library;
    const QString language = interfaceLanguage();
    QJsonArray json;
    for (const Module *module : library.modules(language) + library.brokenModules()) {
        QStringList problems;
        for (const PackIssue &issue : module->issues)
            problems << issue.toString();
        if (wantsJson(parser)) {
            json.append(QJsonObject{{QStringLiteral("id"), module->id},
                                    {QStringLiteral("version"), module->version},
                                    {QStringLiteral("languages"), QJsonArray::fromStringList(module->languages)},
                                    {QStringLiteral("title"), localized(module->title, language)},
                                    {QStringLiteral("pages"), module->pages.size()},
                                    {QStringLiteral("questions"), module->questionCount},
                                    {QStringLiteral("origin"), module->origin == Module::Origin::User ? QStringLiteral("user") : QStringLiteral("bundled")},
                                    {QStringLiteral("broken"), module->isBroken()},
                                    {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}});
            continue;
        }
        cli.out() << module->id << '\t' << 'v' << module->version << '\t' << module->languages.join(QLatin1Char(','))
                  << '\t' << localized(module->title, language) << '\t'
                  << CliContext::tr("%n page(s)", nullptr, int(module->pages.size())) << '\t'
                  << CliContext::tr("%n question(s)", nullptr, module->questionCount);
        if (module->isBroken())
            cli.out() << '\t' << CliContext::tr("BROKEN: %1").arg(problems.first());
        cli.out() << '\n';
    }
    if (wantsJson(parser))
        cli.out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
    cli.out().flush();
    return ExitOk;
}

int validateModules(CliContext &cli)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PATH"), CliContext::tr("Pack folders or .zip files."), QStringLiteral("PATH..."));
    if (!cli.parse(parser))
        return ExitUsage;
    if (parser.positionalArguments().isEmpty())
        return cli.fail(ExitUsage, CliContext::tr("Usage: mediatelier-cli modules validate PATH..."));
    const ModuleLibrary library;
    bool broken = false;
    for (const Module &module : library.validate(parser.positionalArguments())) {
        if (module.issues.isEmpty()) {
            cli.out() << CliContext::tr("%1: valid (%2, %n page(s))", nullptr, int(module.pages.size()))
                             .arg(module.rootPath, module.languages.join(QLatin1Char(',')))
                      << '\n';
            continue;
        }
        broken = true;
        for (const PackIssue &issue : module.issues)
            cli.err() << module.rootPath << (issue.file.isEmpty() ? QStringLiteral(": ") : QStringLiteral("/"))
                      << issue.toString() << '\n';
    }
    cli.out().flush();
    cli.err().flush();
    return broken ? ExitBadInput : ExitOk;
}

int addModule(CliContext &cli)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PATH"), CliContext::tr("A pack folder or a .zip file."));
    if (!cli.parse(parser))
        return ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return cli.fail(ExitUsage, CliContext::tr("Usage: mediatelier-cli modules add PATH|ZIP"));
    ModuleLibrary library;
    const Result<QString> added = library.addPack(parser.positionalArguments().first());
    if (!added)
        return cli.fail(ExitBadInput, added.error());
    cli.out() << CliContext::tr("Module %1 added to %2").arg(*added, library.userRoot()) << Qt::endl;
    return ExitOk;
}

int removeModule(CliContext &cli)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), CliContext::tr("The id of an added module."));
    if (!cli.parse(parser))
        return ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return cli.fail(ExitUsage, CliContext::tr("Usage: mediatelier-cli modules remove ID"));
    ModuleLibrary library;
    if (Status status = library.removePack(parser.positionalArguments().first()); !status)
        return cli.fail(ExitBadInput, status.error());
    cli.out() << CliContext::tr("Module %1 removed").arg(parser.positionalArguments().first()) << Qt::endl;
    return ExitOk;
}

int search(CliContext &cli)
{
    QCommandLineParser parser;
    parser.addOption(formatOption());
    const QCommandLineOption language(QStringLiteral("lang"), CliContext::tr("Language of the lessons searched."),
                                      QStringLiteral("lang"), interfaceLanguage());
    const QCommandLineOption limit(QStringLiteral("limit"), CliContext::tr("Number of hits."), QStringLiteral("N"),
                                   QStringLiteral("10"));
    parser.addOption(language);
    parser.addOption(limit);
    parser.addPositionalArgument(QStringLiteral("QUERY"), CliContext::tr("Words to look for."));
    if (!cli.parse(parser))
        return ExitUsage;
    bool limitOk = false;
    const int maxHits = parser.value(limit).toInt(&limitOk);
    if (parser.positionalArguments().isEmpty() || !limitOk || maxHits < 1)
        return cli.fail(ExitUsage, CliContext::tr("Usage: mediatelier-cli search QUERY [--lang L] [--limit N] [--format json]"));
    const ModuleLibrary library;
    const QList<SearchHit> hits =
        library.search(parser.positionalArguments().join(QLatin1Char(' ')), parser.value(language), maxHits);
    if (wantsJson(parser)) {
        QJsonArray json;
        for (const SearchHit &hit : hits)
            json.append(QJsonObject{{QStringLiteral("module"), hit.moduleId}, {QStringLiteral("page"), hit.pageId},
                                    {QStringLiteral("pageTitle"), hit.pageTitle}, {QStringLiteral("passage"), hit.passage},
                                    {QStringLiteral("score"), hit.score}});
        cli.out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        for (const SearchHit &hit : hits)
            cli.out() << hit.moduleId << '/' << hit.pageId << '\t' << hit.pageTitle << '\n' << "    " << hit.passage << '\n';
        if (hits.isEmpty())
            cli.out() << CliContext::tr("No match.") << '\n';
    }
    cli.out().flush();
    return ExitOk;
}

} // namespace

QList<CliCommand> moduleCommands()
{
    return {
        {QStringLiteral("modules list"), QT_TRANSLATE_NOOP("CliCommands", "id, version, languages, title, page and question counts of every pack"), listModules},
        {QStringLiteral("modules validate"), QT_TRANSLATE_NOOP("CliCommands", "validate packs; exit 3 on a broken one (file:line: what)"), validateModules},
        {QStringLiteral("modules add"), QT_TRANSLATE_NOOP("CliCommands", "install a pack from a folder or a .zip"), addModule},
        {QStringLiteral("modules remove"), QT_TRANSLATE_NOOP("CliCommands", "remove an added pack"), removeModule},
        {QStringLiteral("search"), QT_TRANSLATE_NOOP("CliCommands", "search the lessons (typo-tolerant): module, page, passage"), search},
    };
}
