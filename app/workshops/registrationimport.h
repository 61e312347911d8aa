// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "learners/learnerimport.h"
#include "storage/result.h"

#include <QSqlDatabase>

// Registers the people of a CSV file for one workshop: people already known (the same person by
// name and postcode, or by contact) are registered as they are, new people are created first
// (all in one transaction, as a learner import), rejected rows are reported with their line.
namespace RegistrationImport {

struct Report
{
    LearnerImport::Report learners; // the row-by-row report
    int newPeople = 0;
    int knownPeople = 0;
    int registered = 0;       // registrations written (0 on a dry run)
    int alreadyListed = 0;    // already on the workshop's list: left as they are
};

Result<Report> run(const QSqlDatabase &db, qint64 workshopId, const LearnerImport &import, bool dryRun);

} // namespace RegistrationImport
