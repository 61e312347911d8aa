// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/summaryexport.h"

#include "learners/learnerfields.h"

#include <QJsonArray>
#include <QLocale>

namespace {

double rounded(double value)
{
    return std::round(value * 10.0) / 10.0;
}

QJsonArray breakdownJson(const QList<FunderFigures::Breakdown> &rows)
{
    QJsonArray array;
    for (const auto &b : rows)
        array.append(QJsonObject{{QStringLiteral("code"), b.code}, {QStringLiteral("people"), b.people},
                                 {QStringLiteral("attendances"), b.attendances}});
    return array;
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

QJsonObject SummaryExport::toJson(const FunderFigures &f, const QString &siteName)
{
    QJsonArray modules;
    for (const auto &m : f.modules)
        modules.append(QJsonObject{{QStringLiteral("module"), m.moduleId}, {QStringLiteral("workshops"), m.workshops}});
    QJsonArray gains;
    for (const auto &g : f.gains)
        gains.append(QJsonObject{{QStringLiteral("module"), g.moduleId},
                                 {QStringLiteral("learners"), g.learners},
                                 {QStringLiteral("pre_percent"), rounded(g.prePercent)},
                                 {QStringLiteral("post_percent"), rounded(g.postPercent)},
                                 {QStringLiteral("gain"), rounded(g.gain())}});
    return QJsonObject{
        {QStringLiteral("from"), dateText(f.filter.from)},
        {QStringLiteral("to"), dateText(f.filter.to)},
        {QStringLiteral("site"), siteName},
        {QStringLiteral("workshops"), f.workshops},
        {QStringLiteral("hours"), rounded(f.hours)},
        {QStringLiteral("people"), f.people},
        {QStringLiteral("new_people"), f.newPeople},
        {QStringLiteral("attendances"), f.attendances},
        {QStringLiteral("age_bands"), breakdownJson(f.ageBands)},
        {QStringLiteral("genders"), breakdownJson(f.genders)},
        {QStringLiteral("postcode_areas"), breakdownJson(f.postcodeAreas)},
        {QStringLiteral("modules"), modules},
        {QStringLiteral("gains"), gains},
    };
}

QString SummaryExport::toText(const FunderFigures &f, const QString &siteName)
{
    const QLocale locale;
    QString text;
    const QString from = f.filter.from.isValid() ? locale.toString(f.filter.from, QLocale::ShortFormat) : tr("the start");
    const QString to = f.filter.to.isValid() ? locale.toString(f.filter.to, QLocale::ShortFormat) : tr("today");
    text += (siteName.isEmpty() ? tr("Summary from %1 to %2, all sites").arg(from, to) : tr("Summary from %1 to %2, site %3").arg(from, to, siteName))
        + QLatin1Char('\n');
    text += tr("Workshops held: %1").arg(f.workshops) + QLatin1Char('\n');
    text += tr("Hours delivered: %1").arg(locale.toString(f.hours, 'f', 1)) + QLatin1Char('\n');
    text += tr("People reached: %1 (new: %2)").arg(f.people).arg(f.newPeople) + QLatin1Char('\n');
    text += tr("Attendances (present or late): %1").arg(f.attendances) + QLatin1Char('\n');
    auto section = [&](const QString &title, const QList<FunderFigures::Breakdown> &rows, QString (*label)(const QString &)) {
        text += QLatin1Char('\n') + title + QLatin1Char('\n');
        for (const auto &b : rows)
            text += QStringLiteral("  %1  ").arg(label ? label(b.code) : b.code == QLatin1String("unknown") ? tr("unknown") : b.code, -20)
                + tr("%n person(s)", nullptr, b.people) + QStringLiteral(", ") + tr("%n attendance(s)", nullptr, b.attendances)
                + QLatin1Char('\n');
    };
    section(tr("By age band"), f.ageBands, &LearnerFields::ageBandLabel);
    section(tr("By gender"), f.genders, &LearnerFields::genderLabel);
    section(tr("By postcode area"), f.postcodeAreas, nullptr);
    text += QLatin1Char('\n') + tr("Modules covered") + QLatin1Char('\n');
    for (const auto &m : f.modules)
        text += QStringLiteral("  %1  ").arg(m.moduleId, -20) + tr("%n workshop(s)", nullptr, m.workshops) + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("Before/after quiz (learners who did both)") + QLatin1Char('\n');
    for (const auto &g : f.gains)
        text += QStringLiteral("  %1  ").arg(g.moduleId, -20)
            + tr("%1 → %2 % (%3 points), %n learner(s)", nullptr, g.learners)
                  .arg(locale.toString(g.prePercent, 'f', 1), locale.toString(g.postPercent, 'f', 1),
                       locale.toString(g.gain(), 'f', 1))
            + QLatin1Char('\n');
    return text;
}

QList<QStringList> SummaryExport::csvRows(const FunderFigures &f, bool decimalComma)
{
    auto number = [decimalComma](double value) {
        QString text = QString::number(rounded(value), 'f', 1);
        return decimalComma ? text.replace(QLatin1Char('.'), QLatin1Char(',')) : text;
    };
    QList<QStringList> rows{{QStringLiteral("section"), QStringLiteral("item"), QStringLiteral("measure"), QStringLiteral("value")}};
    rows.append({QStringLiteral("period"), QStringLiteral("from"), QString(), dateText(f.filter.from)});
    rows.append({QStringLiteral("period"), QStringLiteral("to"), QString(), dateText(f.filter.to)});
    rows.append({QStringLiteral("totals"), QString(), QStringLiteral("workshops"), QString::number(f.workshops)});
    rows.append({QStringLiteral("totals"), QString(), QStringLiteral("hours"), number(f.hours)});
    rows.append({QStringLiteral("totals"), QString(), QStringLiteral("people"), QString::number(f.people)});
    rows.append({QStringLiteral("totals"), QString(), QStringLiteral("new_people"), QString::number(f.newPeople)});
    rows.append({QStringLiteral("totals"), QString(), QStringLiteral("attendances"), QString::number(f.attendances)});
    auto breakdown = [&rows](const QString &section, const QList<FunderFigures::Breakdown> &list) {
        for (const auto &b : list) {
            rows.append({section, b.code, QStringLiteral("people"), QString::number(b.people)});
            rows.append({section, b.code, QStringLiteral("attendances"), QString::number(b.attendances)});
        }
    };
    breakdown(QStringLiteral("age_band"), f.ageBands);
    breakdown(QStringLiteral("gender"), f.genders);
    breakdown(QStringLiteral("postcode_area"), f.postcodeAreas);
    for (const auto &m : f.modules)
        rows.append({QStringLiteral("module"), m.moduleId, QStringLiteral("workshops"), QString::number(m.workshops)});
    for (const auto &g : f.gains) {
        rows.append({QStringLiteral("gain"), g.moduleId, QStringLiteral("learners"), QString::number(g.learners)});
        rows.append({QStringLiteral("gain"), g.moduleId, QStringLiteral("pre_percent"), number(g.prePercent)});
        rows.append({QStringLiteral("gain"), g.moduleId, QStringLiteral("post_percent"), number(g.postPercent)});
        rows.append({QStringLiteral("gain"), g.moduleId, QStringLiteral("gain"), number(g.gain())});
    }
    return rows;
}
