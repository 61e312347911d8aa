// SPDX-License-Identifier: GPL-3.0-or-later
// workshops list: the planned and past workshops with their attendance counts, for coordinators'
// scripts.
#include "cli/cli.h"

#include "storage/database.h"
#include "workshops/workshopstore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>


namespace {

const QString IsoMinutes = QStringLiteral("yyyy-MM-ddTHH:mm");

bool parseDate(const QString &text, QDate *date)
{
    *date = QDate::fromString(text, Qt::ISODate);
    return date->isValid();
}

QJsonObject toJson(const Workshop &w)
{
    return {{QStringLiteral("id"), w.id},
            {QStringLiteral("uuid"), w.uuid},
            {QStringLiteral("start"), w.start.toString(IsoMinutes)},
            {QStringLiteral("duration_minutes"), w.durationMinutes},
            {QStringLiteral("title"), w.title},
            {QStringLiteral("site"), w.siteName},
            {QStringLiteral("facilitator"), w.facilitatorName},
            {QStringLiteral("place"), w.place},
            {QStringLiteral("modules"), QJsonArray::fromStringList(w.modules)},
            {QStringLiteral("capacity"), w.capacity},
            {QStringLiteral("format"), w.format == Workshop::Format::Individual ? QStringLiteral("individual") : QStringLiteral("collective")},
            {QStringLiteral("status"), w.isCancelled() ? QStringLiteral("cancelled") : QStringLiteral("planned")},
            {QStringLiteral("series_uuid"), w.seriesUuid},
            {QStringLiteral("registered"), w.registered},
            {QStringLiteral("present"), w.present},
            {QStringLiteral("excused"), w.excused},
            {QStringLiteral("absent"), w.absent}};
}

int listWorkshops(CliContext &cli)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"), CliContext::tr("First day (ISO date, e.g. 2026-03-01)."), QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), CliContext::tr("Last day, included (ISO date)."), QStringLiteral("DATE"));
    const QCommandLineOption format(QStringLiteral("format"), CliContext::tr("Output format: text or json."), QStringLiteral("format"), QStringLiteral("text"));
    parser.addOptions({from, to, format});
    if (!cli.parse(parser))
        return ExitUsage;
    const QString usage = CliContext::tr("Usage: mediatelier-cli workshops list [--from DATE] [--to DATE] [--format json]");
    if (!parser.positionalArguments().isEmpty())
        return cli.fail(ExitUsage, usage);
    const QString formatName = parser.value(format);
    if (formatName != QLatin1String("text") && formatName != QLatin1String("json"))
        return cli.fail(ExitUsage, CliContext::tr("Unknown format \"%1\": use text or json.").arg(formatName));
    WorkshopFilter filter;
    for (const auto &[option, date] : {std::pair{&from, &filter.from}, std::pair{&to, &filter.to}}) {
        if (parser.isSet(*option) && !parseDate(parser.value(*option), date))
            return cli.fail(ExitUsage, CliContext::tr("\"%1\" is not a date: write it as 2026-03-01.").arg(parser.value(*option)));
    }
    if (filter.from.isValid() && filter.to.isValid() && filter.to < filter.from)
        return cli.fail(ExitUsage, CliContext::tr("The last day comes before the first day."));

    Database *database = cli.database(true);
    if (!database)
        return ExitStorage;
    const Result<QList<Workshop>> workshops = WorkshopStore(database->connection()).list(filter);
    if (!workshops)
        return cli.fail(ExitStorage, workshops.error());

    if (formatName == QLatin1String("json")) {
        QJsonArray json;
        for (const Workshop &w : *workshops)
            json.append(toJson(w));
        cli.out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
        cli.out().flush();
        return ExitOk;
    }
    // Tab-separated, one workshop a line: easy to read and to cut.
    for (const Workshop &w : *workshops) {
        cli.out() << w.start.toString(IsoMinutes) << '\t' << w.title << '\t' << w.siteName << '\t' << w.facilitatorName
                  << '\t' << w.modules.join(QLatin1Char(',')) << '\t'
                  << CliContext::tr("%1 registered, %2 present").arg(w.registered).arg(w.present);
        if (w.isCancelled())
            cli.out() << '\t' << CliContext::tr("CANCELLED");
        cli.out() << '\n';
    }
    cli.out().flush();
    return ExitOk;
}

} // namespace

QList<CliCommand> workshopCommands()
{
    return {
        {QStringLiteral("workshops list"), QT_TRANSLATE_NOOP("CliCommands", "workshops with their attendance counts [--from DATE] [--to DATE]"), listWorkshops},
    };
}
