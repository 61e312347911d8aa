// SPDX-License-Identifier: GPL-3.0-or-later
#include "learners/learnersignin.h"

#include "core/textfold.h"
#include "storage/sql.h"

Result<LearnerSignIn::Match> LearnerSignIn::identify(const QSqlDatabase &db, const QString &typed)
{
    const QString key = foldForSearch(typed);
    if (key.isEmpty())
        return Match{};
    SqlStatement byCode(db, QStringLiteral("SELECT id, display_name FROM learners WHERE lower(personal_code) = lower(:code) "
                                           "AND anonymised_at IS NULL"));
    byCode.bind(QStringLiteral(":code"), typed.trimmed());
    if (Status status = byCode.exec(); !status)
        return status;
    if (byCode.next())
        return Match{Outcome::Found, byCode.value(0).toLongLong(), byCode.value(1).toString()};

    // Names are compared folded in C++: SQLite's lower() knows only ASCII.
    SqlStatement byName(db, QStringLiteral("SELECT id, display_name, COALESCE(first_name, ''), COALESCE(last_name, '') "
                                           "FROM learners WHERE anonymised_at IS NULL AND instr(search_key, :key) > 0"));
    byName.bind(QStringLiteral(":key"), key);
    if (Status status = byName.exec(); !status)
        return status;
    Match match;
    int found = 0;
    while (byName.next()) {
        const QString display = foldForSearch(byName.value(1).toString());
        const QString full = foldForSearch(byName.value(2).toString() + QLatin1Char(' ') + byName.value(3).toString());
        if (display != key && full != key)
            continue;
        ++found;
        match = Match{Outcome::Found, byName.value(0).toLongLong(), byName.value(1).toString()};
    }
    if (found > 1)
        return Match{Outcome::Ambiguous, 0, {}};
    return match;
}
