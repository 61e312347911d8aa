// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// One person who comes to workshops, as stored in the learners table.
struct Learner
{
    qint64 id = 0;
    QString uuid;
    qint64 siteId = 0; // 0: no site
    QString displayName; // required: a first name or a nickname is enough
    QString firstName;
    QString lastName;
    QString phone;
    QString email;
    QString ageBand; // a code of LearnerFields::ageBands(), or empty
    QString gender;  // a code of LearnerFields::genders(), or empty
    QString postcode;
    QString notes;
    QDate consentDate;
    QString consentVersion; // the wording the learner consented to, e.g. "2026-01"
    QString personalCode;   // to sign in on a shared computer; unique when set
    QString contactKey;     // computed by the store from the e-mail or phone; read only
    QDateTime lastAttendance; // the last workshop attended (present or late); read only

    QString fullName() const { return QStringList{firstName, lastName}.join(QLatin1Char(' ')).trimmed(); }
};

// The people who come to workshops; pseudonymous by default (a display name is all that is needed).
class LearnerStore
{
    Q_DECLARE_TR_FUNCTIONS(LearnerStore)
public:
    explicit LearnerStore(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<qint64> add(const Learner &learner);
    // Adds every learner in one transaction: all or none. Returns how many were added.
    Result<int> addAll(const QList<Learner> &learners);
    // Rectification: rewrites every editable field of learner.id.
    Status update(const Learner &learner);
    Result<Learner> get(qint64 id) const;
    // The id of the learner named by an integer id or a UUID (command line, scripts); fails with a
    // message naming the reference when there is none.
    Result<qint64> resolve(const QString &reference) const;
    // Case- and accent-insensitive search on the display and real names; empty text lists everyone.
    Result<QList<Learner>> find(const QString &text) const;
    Result<QList<Learner>> list() const { return find({}); }
    // Stored learners that look like the same person as `learner` (DuplicateFinder's rule), other
    // than learner.id itself.
    Result<QList<Learner>> findDuplicates(const Learner &learner) const;
    // Moves attendance, its events, lesson progress and quiz attempts of `remove` to `keep`, fills
    // keep's empty fields from remove's, then deletes `remove`; all or nothing.
    Status merge(qint64 keep, qint64 remove);

    // Why a record cannot be stored (no display name, a malformed e-mail, an unknown code), or ok.
    static Status validate(const Learner &learner);
    static QString searchKey(const Learner &learner);

private:
    Status checkPersonalCode(const Learner &learner) const;
    QSqlDatabase m_db;
};
