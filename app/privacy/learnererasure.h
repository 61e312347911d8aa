// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// The right to erasure (GDPR article 17) without breaking the figures funders were already given:
// a learner's personal fields are removed for good, while their attendance and quiz results stay
// as the anonymous rows of a pseudonym, so that every earlier report still adds up.
//
// What is removed: first and last name, phone, e-mail, notes, personal code, contact key, the
// search key, the full postcode, and the free text typed in quiz answers. The display name becomes
// the pseudonym ("P-" + 10 hex digits of SHA-256 of the UUID, the one pseudonymised exports show).
// What is kept, and why:
// - attendance rows, check-in events, lesson progress, quiz attempts, scores and the chosen options
//   of answers: the counts and averages of past reports are computed from them;
// - age band and gender: the funder summary breaks attendance down by them; each is a coarse
//   category that designates nobody on its own;
// - the postcode's area (its first two digits, "75011" → "75"), which the funder summary groups by;
// - the consent date and wording version: they document the lawful basis of what was processed;
// - the UUID and site: a random key, needed so that the erasure travels with a merge of sites' files.
// The old pages are overwritten (secure_delete is on) and pushed out of the write-ahead log by a
// truncating checkpoint, so the name is no longer anywhere in the database files.
class LearnerErasure
{
    Q_DECLARE_TR_FUNCTIONS(LearnerErasure)
public:
    struct Outcome
    {
        bool erased = false;       // false: the learner was already anonymised; nothing changed
        QString learnerUuid;
        QString pseudonym;
        int attendanceKept = 0;
        int attemptsKept = 0;
        int answersCleared = 0;    // answers whose typed text was removed
        bool checkpointed = false; // false: another connection kept old pages in the log for now
    };

    explicit LearnerErasure(QSqlDatabase db) : m_db(std::move(db)) {}

    // Erases one learner in one transaction and logs an 'erase' line. Erasing twice is harmless.
    Result<Outcome> erase(qint64 learnerId, const QString &staffLogin = {});
    // Retention: anonymises these learners in one transaction and logs one 'retention' line with
    // `details` and the count. Returns how many were anonymised (already anonymised ones are skipped).
    Result<int> eraseAll(const QList<qint64> &learnerIds, const QString &details, const QString &staffLogin = {});

    // PRAGMA wal_checkpoint(TRUNCATE): copies every page into the file and empties the log. Returns
    // false when a reader elsewhere still needs the log (it is emptied at a later checkpoint).
    Result<bool> checkpoint() const;

private:
    Result<Outcome> anonymise(qint64 learnerId, const QString &now);
    QSqlDatabase m_db;
};
