// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/result.h"

#include <QSqlDatabase>
#include <QString>

// How a learner says who they are on a shared computer: by typing their name or their personal
// code, never by picking from a list of other people's names.
namespace LearnerSignIn {
enum class Outcome { Found, Ambiguous, NotFound };
struct Match
{
    Outcome outcome = Outcome::NotFound;
    qint64 learnerId = 0;
    QString displayName;
};
// A personal code matches exactly (ignoring case); a name matches the display name or the first
// and last names (ignoring case and accents). Two people with that name: Ambiguous (ask for the code).
Result<Match> identify(const QSqlDatabase &db, const QString &typed);
} // namespace LearnerSignIn
