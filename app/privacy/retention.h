// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// A learner the retention policy would anonymise.
struct RetentionCandidate
{
    qint64 id = 0;
    QString pseudonym;
    QString displayName; // for the staff, who must recognise the person before agreeing
    QDate lastActivity;
};

// The storage limitation of the GDPR (article 5.1.e) as a policy: learners inactive for N months are
// anonymised (LearnerErasure), after a preview that a person approves. Inactivity is measured from
// the latest of: a workshop they were registered for or came to, a lesson page read, a quiz
// started or finished, and the creation or last correction of their record. Days count, not
// hours: a learner whose last activity is exactly N months before today is inactive for N months.
class Retention
{
public:
    static constexpr int DefaultMonths = 24;

    explicit Retention(QSqlDatabase db) : m_db(std::move(db)) {}

    // The last day of activity that makes a learner a candidate at `today` (invalid for months <= 0).
    static QDate cutoff(const QDate &today, int months);

    // Who would be anonymised (oldest activity first); changes nothing. Empty when months <= 0 (never).
    Result<QList<RetentionCandidate>> preview(const QDateTime &now, int months) const;
    // Anonymises the approved candidates that are still inactive at `now` (someone who came back
    // since the preview is left alone), in one transaction, with one 'retention' line in the privacy
    // log. Returns how many were anonymised.
    Result<int> apply(const QDateTime &now, int months, const QList<RetentionCandidate> &approved, const QString &staffLogin = {});

private:
    QSqlDatabase m_db;
};
