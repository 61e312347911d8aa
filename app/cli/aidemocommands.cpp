// SPDX-License-Identifier: GPL-3.0-or-later
// ai-demo list / run: the demonstrations' key figures, to prepare a workshop (and for tests).
#include "cli/cli.h"

#include "aidemo/demoregistry.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

int listDemos(CliContext &cli)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("format"), CliContext::tr("Output format: text or json."), QStringLiteral("format"), QStringLiteral("text")});
    if (!cli.parse(parser))
        return ExitUsage;
    QJsonArray json;
    for (const DemoRegistry::Demo &demo : DemoRegistry::demos()) {
        if (parser.value(QStringLiteral("format")) == QLatin1String("json"))
            json.append(QJsonObject{{QStringLiteral("id"), demo.id}, {QStringLiteral("title"), DemoRegistry::title(demo)},
                                    {QStringLiteral("summary"), DemoRegistry::summary(demo)}});
        else
            cli.out() << demo.id.leftJustified(20) << DemoRegistry::title(demo) << " — " << DemoRegistry::summary(demo) << '\n';
    }
    if (parser.value(QStringLiteral("format")) == QLatin1String("json"))
        cli.out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
    cli.out().flush();
    return ExitOk;
}

int runDemo(CliContext &cli)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("format"), CliContext::tr("Output format: text or json."), QStringLiteral("format"), QStringLiteral("text")});
    parser.addOption({QStringLiteral("seed"), CliContext::tr("Seed of the random draws (same seed, same figures)."), QStringLiteral("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("lang"), CliContext::tr("Language of the examples."), QStringLiteral("lang"), CliContext::contentLanguage()});
    parser.addPositionalArgument(QStringLiteral("NAME"), CliContext::tr("The demonstration (see ai-demo list)."));
    if (!cli.parse(parser))
        return ExitUsage;
    bool seedOk = false;
    const quint32 seed = parser.value(QStringLiteral("seed")).toUInt(&seedOk);
    if (parser.positionalArguments().size() != 1 || !seedOk)
        return cli.fail(ExitUsage, CliContext::tr("Usage: mediatelier-cli ai-demo run NAME [--seed S] [--format json]"));
    const DemoRegistry::Demo *demo = DemoRegistry::find(parser.positionalArguments().first());
    if (!demo)
        return cli.fail(ExitUsage, CliContext::tr("Unknown demonstration: %1 (see ai-demo list)").arg(parser.positionalArguments().first()));
    const QJsonObject figures = demo->keyFigures(seed, parser.value(QStringLiteral("lang")));
    if (parser.value(QStringLiteral("format")) == QLatin1String("json")) {
        cli.out() << QJsonDocument(figures).toJson(QJsonDocument::Indented);
    } else {
        cli.out() << DemoRegistry::title(*demo) << '\n';
        for (auto it = figures.begin(); it != figures.end(); ++it) {
            const QJsonValue value = it.value();
            const QString text = value.isString() ? value.toString()
                                 : value.isDouble() ? QString::number(value.toDouble(), 'g', 4)
                                                    : QString::fromUtf8(QJsonDocument(value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject())).toJson(QJsonDocument::Compact));
            cli.out() << "  " << it.key() << ": " << text << '\n';
        }
    }
    cli.out().flush();
    return ExitOk;
}

} // namespace

QList<CliCommand> aiDemoCommands()
{
    return {
        {QStringLiteral("ai-demo list"), QT_TRANSLATE_NOOP("CliCommands", "the offline AI demonstrations"), listDemos},
        {QStringLiteral("ai-demo run"), QT_TRANSLATE_NOOP("CliCommands", "a demonstration's key figures, for preparing a workshop"), runDemo},
    };
}
