// SPDX-License-Identifier: GPL-3.0-or-later
#include "learners/learnerstore.h"

#include "core/clock.h"
#include "core/textfold.h"
#include "storage/sql.h"

#include <QCoreApplication>

namespace {

const QString SelectColumns = QStringLiteral(
    "SELECT id, uuid, COALESCE(site_id, 0), display_name, COALESCE(first_name, ''), COALESCE(last_name, ''), "
    "COALESCE(phone, ''), COALESCE(email, ''), COALESCE(age_band, ''), COALESCE(gender, ''), "
    "COALESCE(postcode, ''), COALESCE(notes, '') FROM learners ");

Learner readLearner(const SqlStatement &row)
{
    Learner l;
    l.id = row.value(0).toLongLong();
    l.uuid = row.value(1).toString();
    l.siteId = row.value(2).toLongLong();
    l.displayName = row.value(3).toString();
    l.firstName = row.value(4).toString();
    l.lastName = row.value(5).toString();
    l.phone = row.value(6).toString();
    l.email = row.value(7).toString();
    l.ageBand = row.value(8).toString();
    l.gender = row.value(9).toString();
    l.postcode = row.value(10).toString();
    l.notes = row.value(11).toString();
    return l;
}

QString searchKey(const Learner &l)
{
    return foldForSearch(QStringList{l.displayName, l.firstName, l.lastName}.join(QLatin1Char(' ')));
}

} // namespace

Result<qint64> LearnerStore::add(const Learner &learner)
{
    if (learner.displayName.trimmed().isEmpty())
        return Result<qint64>::failure(QCoreApplication::translate("LearnerStore", "A learner needs a display name."));
    const QString now = Stamp::nowUtc();
    SqlStatement insert(m_db, QStringLiteral(
        "INSERT INTO learners (uuid, site_id, display_name, search_key, first_name, last_name, phone, email, "
        "age_band, gender, postcode, notes, created_at, updated_at) VALUES (:uuid, :site, :name, :key, :first, "
        ":last, :phone, :email, :age, :gender, :postcode, :notes, :now, :now)"));
    insert.bind(QStringLiteral(":uuid"), learner.uuid.isEmpty() ? Stamp::newUuid() : learner.uuid)
        .bind(QStringLiteral(":site"), learner.siteId > 0 ? QVariant(learner.siteId) : QVariant(QMetaType(QMetaType::LongLong)))
        .bind(QStringLiteral(":name"), learner.displayName.trimmed())
        .bind(QStringLiteral(":key"), searchKey(learner))
        .bind(QStringLiteral(":first"), nullIfEmpty(learner.firstName))
        .bind(QStringLiteral(":last"), nullIfEmpty(learner.lastName))
        .bind(QStringLiteral(":phone"), nullIfEmpty(learner.phone))
        .bind(QStringLiteral(":email"), nullIfEmpty(learner.email))
        .bind(QStringLiteral(":age"), nullIfEmpty(learner.ageBand))
        .bind(QStringLiteral(":gender"), nullIfEmpty(learner.gender))
        .bind(QStringLiteral(":postcode"), nullIfEmpty(learner.postcode))
        .bind(QStringLiteral(":notes"), nullIfEmpty(learner.notes))
        .bind(QStringLiteral(":now"), now);
    if (Status status = insert.exec(); !status)
        return status;
    return insert.lastInsertId().toLongLong();
}

Result<Learner> LearnerStore::get(qint64 id) const
{
    SqlStatement select(m_db, SelectColumns + QStringLiteral("WHERE id = :id"));
    select.bind(QStringLiteral(":id"), id);
    if (Status status = select.exec(); !status)
        return status;
    if (!select.next())
        return Result<Learner>::failure(QCoreApplication::translate("LearnerStore", "There is no learner %1.").arg(id));
    return readLearner(select);
}

Result<QList<Learner>> LearnerStore::find(const QString &text) const
{
    SqlStatement select(m_db, SelectColumns + QStringLiteral("WHERE instr(search_key, :key) > 0 AND anonymised_at IS NULL "
                                                            "ORDER BY search_key"));
    select.bind(QStringLiteral(":key"), foldForSearch(text));
    if (Status status = select.exec(); !status)
        return status;
    QList<Learner> learners;
    while (select.next())
        learners.append(readLearner(select));
    return learners;
}
