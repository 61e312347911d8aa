// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshops/workshopperiod.h"

WorkshopPeriod::WorkshopPeriod(Kind kind, QDate day, Qt::DayOfWeek firstDay) : m_kind(kind), m_firstDay(firstDay)
{
    if (!day.isValid())
        day = QDate::currentDate();
    if (kind == Kind::Month) {
        m_from = QDate(day.year(), day.month(), 1);
        m_to = m_from.addMonths(1).addDays(-1);
    } else {
        m_from = day.addDays(-((day.dayOfWeek() - int(firstDay) + 7) % 7));
        m_to = m_from.addDays(6);
    }
}

WorkshopPeriod WorkshopPeriod::previous() const
{
    return {m_kind, m_kind == Kind::Month ? m_from.addMonths(-1) : m_from.addDays(-7), m_firstDay};
}

WorkshopPeriod WorkshopPeriod::next() const
{
    return {m_kind, m_kind == Kind::Month ? m_from.addMonths(1) : m_from.addDays(7), m_firstDay};
}

QString WorkshopPeriod::label(const QLocale &locale) const
{
    if (m_kind == Kind::Month)
        return locale.toString(m_from, QStringLiteral("MMMM yyyy"));
    // Dates, not words: no translation needed, the locale orders and names them.
    return QStringLiteral("%1 – %2").arg(locale.toString(m_from, shortDateFormat(locale)),
                                         locale.toString(m_to, shortDateFormat(locale)));
}

QString WorkshopPeriod::shortDateFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}
