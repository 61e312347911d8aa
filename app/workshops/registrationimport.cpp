// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshops/registrationimport.h"

#include "core/clock.h"
#include "learners/learnerstore.h"
#include "storage/sql.h"
#include "workshops/attendancestore.h"

#include <QHash>

Result<RegistrationImport::Report> RegistrationImport::run(const QSqlDatabase &db, qint64 workshopId,
                                                           const LearnerImport &import, bool dryRun)
{
    Result<LearnerImport::Report> analysed = import.analyse(db);
    if (!analysed)
        return analysed.status();
    Report report;
    report.learners = *analysed;

    // New people get their UUID here so that their ids can be found once the batch is written.
    QList<Learner> newcomers;
    QHash<int, QString> uuidByLine;
    for (const LearnerImport::Row &row : std::as_const(report.learners.rows)) {
        if (row.outcome == LearnerImport::Row::Outcome::Import) {
            Learner learner = row.learner;
            learner.uuid = Stamp::newUuid();
            uuidByLine.insert(row.line, learner.uuid);
            newcomers << learner;
            ++report.newPeople;
        } else if (row.outcome == LearnerImport::Row::Outcome::Duplicate && row.duplicateOfId > 0) {
            ++report.knownPeople;
        }
    }
    if (dryRun)
        return report;
    if (!newcomers.isEmpty()) {
        if (const Result<int> added = LearnerStore(db).addAll(newcomers); !added)
            return added.status();
        report.learners.written = true;
    }

    QList<qint64> ids;
    for (const LearnerImport::Row &row : std::as_const(report.learners.rows)) {
        if (row.outcome == LearnerImport::Row::Outcome::Duplicate && row.duplicateOfId > 0) {
            ids << row.duplicateOfId;
        } else if (uuidByLine.contains(row.line)) {
            SqlStatement select(db, QStringLiteral("SELECT id FROM learners WHERE uuid = :uuid"));
            select.bind(QStringLiteral(":uuid"), uuidByLine.value(row.line));
            if (Status status = select.exec(); !status)
                return status;
            if (select.next())
                ids << select.value(0).toLongLong();
        }
    }
    AttendanceStore attendance(db);
    for (const qint64 id : std::as_const(ids)) {
        if (attendance.entry(workshopId, id)) {
            ++report.alreadyListed;
            continue;
        }
        if (const Result<qint64> registered = attendance.registerLearner(workshopId, id); !registered)
            return registered.status();
        ++report.registered;
    }
    return report;
}
