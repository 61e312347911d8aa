// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/dashboardmodels.h"

#include "content/modulelibrary.h"
#include "core/languagemanager.h"
#include "learners/learnerfields.h"
#include "reports/charttablemodel.h"

#include <QLocale>

namespace {

using Column = ChartTableModel::Column;
using Format = ChartTableModel::Format;
using Row = ChartTableModel::Row;

QString moduleTitle(const ModuleLibrary &library, const QString &id)
{
    const Module *module = library.module(id);
    return module ? localized(module->title, LanguageManager::instance()->current()) : id;
}

QList<Row> breakdownRows(const QList<FunderFigures::Breakdown> &breakdown, QString (*label)(const QString &))
{
    QList<Row> rows;
    for (const FunderFigures::Breakdown &b : breakdown)
        rows.append({label(b.code), {double(b.people), double(b.attendances)}});
    return rows;
}

} // namespace

QString DashboardModels::periodLabel(const QDate &start, DashboardData::Granularity granularity)
{
    if (granularity == DashboardData::Granularity::Month)
        return QLocale().toString(start, QStringLiteral("MMM yyyy"));
    int year = 0;
    const int week = start.weekNumber(&year);
    //: A week: its ISO number and year, e.g. "W10 2026" (French: "S10 2026")
    return tr("W%1 %2").arg(week).arg(year);
}

QString DashboardModels::headline(const DashboardData &data, const QString &name, QString *detail)
{
    const QLocale locale;
    if (name == QLatin1String("workshops"))
        return locale.toString(data.workshops);
    if (name == QLatin1String("hours")) {
        *detail = tr("%1 learner-hours").arg(locale.toString(data.learnerHours, 'f', 1));
        return locale.toString(data.hours, 'f', 1);
    }
    if (name == QLatin1String("people"))
        return locale.toString(data.people);
    if (name == QLatin1String("newPeople"))
        return locale.toString(data.newPeople);
    if (name == QLatin1String("noShow") && data.attendance.expected() > 0) {
        *detail = tr("%1 absent of %2 expected").arg(locale.toString(data.attendance.absent), locale.toString(data.attendance.expected()));
        return tr("%1 %").arg(locale.toString(100.0 * data.attendance.noShowRate(), 'f', 1));
    }
    return QStringLiteral("–");
}

void DashboardModels::attendance(ChartTableModel &model, const DashboardData &data)
{
    QList<Row> rows;
    for (const DashboardData::Period &p : data.periods) {
        const DashboardData::Statuses &s = p.attendance;
        rows.append({periodLabel(p.start, data.granularity),
                     {double(s.present), double(s.late), double(s.excused), double(s.absent), double(s.registered)}});
    }
    model.setContent(tr("Period"),
                     {{tr("Present"), Format::Count, QColor(0x2e, 0x7d, 0x32)},
                      {tr("Late"), Format::Count, QColor(0xf9, 0xa8, 0x25)},
                      {tr("Excused"), Format::Count, QColor(0x15, 0x65, 0xc0)},
                      {tr("Absent"), Format::Count, QColor(0xc6, 0x28, 0x28)},
                      {tr("Not marked"), Format::Count, QColor(0x9e, 0x9e, 0x9e)}},
                     rows);
}

void DashboardModels::people(ChartTableModel &model, const DashboardData &data)
{
    QList<Row> rows;
    for (const DashboardData::Period &p : data.periods)
        rows.append({periodLabel(p.start, data.granularity), {double(p.newPeople), double(p.returning()), double(p.people)}});
    model.setContent(tr("Period"),
                     {{tr("New people"), Format::Count, QColor(0x00, 0x89, 0x7b)},
                      {tr("Returning people"), Format::Count, QColor(0x39, 0x49, 0xab)},
                      {tr("Distinct people"), Format::Count, {}}},
                     rows);
}

void DashboardModels::hours(ChartTableModel &model, const DashboardData &data)
{
    QList<Row> rows;
    for (const DashboardData::Period &p : data.periods)
        rows.append({periodLabel(p.start, data.granularity), {p.hours, p.learnerHours, double(p.workshops)}});
    model.setContent(tr("Period"),
                     {{tr("Hours of workshops"), Format::Decimal, {}},
                      {tr("Learner-hours"), Format::Decimal, {}},
                      {tr("Workshops"), Format::Count, {}}},
                     rows);
}

void DashboardModels::modules(ChartTableModel &model, const DashboardData &data, const ModuleLibrary &library)
{
    QList<Row> rows;
    for (const FunderFigures::ModuleWorkshops &m : data.modules)
        rows.append({moduleTitle(library, m.moduleId), {double(m.workshops)}});
    model.setContent(tr("Module"), {{tr("Workshops"), Format::Count, {}}}, rows);
}

void DashboardModels::gains(ChartTableModel &model, const DashboardData &data, const ModuleLibrary &library)
{
    QList<Row> rows;
    for (const FunderFigures::ModuleGain &g : data.gains)
        rows.append({moduleTitle(library, g.moduleId), {g.prePercent, g.postPercent, g.gain(), double(g.learners)}});
    model.setContent(tr("Module"),
                     {{tr("Before"), Format::Percent, QColor(0x90, 0xa4, 0xae)},
                      {tr("After"), Format::Percent, QColor(0x00, 0x89, 0x7b)},
                      {tr("Gain (points)"), Format::Decimal, {}},
                      {tr("Learners"), Format::Count, {}}},
                     rows);
}

void DashboardModels::ageBands(ChartTableModel &model, const DashboardData &data)
{
    model.setContent(tr("Age band"), {{tr("People"), Format::Count, {}}, {tr("Attendances"), Format::Count, {}}},
                     breakdownRows(data.ageBands, &LearnerFields::ageBandLabel));
}

void DashboardModels::genders(ChartTableModel &model, const DashboardData &data)
{
    model.setContent(tr("Gender"), {{tr("People"), Format::Count, {}}, {tr("Attendances"), Format::Count, {}}},
                     breakdownRows(data.genders, &LearnerFields::genderLabel));
}

void DashboardModels::sites(ChartTableModel &model, const DashboardData &data)
{
    QList<Row> rows;
    for (const DashboardData::Site &s : data.sites)
        rows.append({s.siteId > 0 ? s.name : tr("No site"),
                     {double(s.workshops), double(s.people), s.hours, 100.0 * s.attendance.noShowRate()}});
    model.setContent(tr("Site"),
                     {{tr("Workshops"), Format::Count, {}},
                      {tr("People"), Format::Count, {}},
                      {tr("Hours"), Format::Decimal, {}},
                      {tr("No-show rate"), Format::Percent, {}}},
                     rows);
}
