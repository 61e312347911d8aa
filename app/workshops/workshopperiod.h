// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

// A week or a month of the workshop calendar, with previous/next steps and a readable label.
class WorkshopPeriod
{
public:
    enum class Kind { Week, Month };

    // The week (starting on the locale's first day) or the month that contains `day`.
    WorkshopPeriod(Kind kind = Kind::Week, QDate day = QDate::currentDate(), Qt::DayOfWeek firstDay = QLocale().firstDayOfWeek());

    Kind kind() const { return m_kind; }
    QDate from() const { return m_from; }
    QDate to() const { return m_to; } // inclusive
    bool contains(QDate day) const { return day >= m_from && day <= m_to; }
    WorkshopPeriod previous() const;
    WorkshopPeriod next() const;
    // "March 2026", or "16 Mar 2026 – 22 Mar 2026" in the locale's formats.
    QString label(const QLocale &locale = QLocale()) const;

    // The locale's short date with a four-digit year ("19/03/2026", "3/19/2026"): a two-digit year
    // is ambiguous on a sign-in sheet or a plan.
    static QString shortDateFormat(const QLocale &locale = QLocale());

private:
    Kind m_kind;
    Qt::DayOfWeek m_firstDay;
    QDate m_from;
    QDate m_to;
};
