// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

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
    QString ageBand;
    QString gender;
    QString postcode;
    QString notes;
};

// The people who come to workshops; pseudonymous by default (a display name is all that is needed).
class LearnerStore
{
public:
    explicit LearnerStore(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<qint64> add(const Learner &learner);
    Result<Learner> get(qint64 id) const;
    // Case- and accent-insensitive search on the display and real names; empty text lists everyone.
    Result<QList<Learner>> find(const QString &text) const;

private:
    QSqlDatabase m_db;
};
