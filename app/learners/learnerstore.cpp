// SPDX-License-Identifier: GPL-3.0-or-later
#include "learners/learnerstore.h"

#include "core/clock.h"
#include "core/textfold.h"
#include "learners/duplicatefinder.h"
#include "learners/learnerfields.h"
#include "storage/sql.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

const QString SelectColumns = QStringLiteral(
    "SELECT id, uuid, COALESCE(site_id, 0), display_name, COALESCE(first_name, ''), COALESCE(last_name, ''), "
    "COALESCE(phone, ''), COALESCE(email, ''), COALESCE(age_band, ''), COALESCE(gender, ''), "
    "COALESCE(postcode, ''), COALESCE(notes, ''), COALESCE(consent_date, ''), COALESCE(consent_version, ''), "
    "COALESCE(personal_code, ''), COALESCE(contact_key, ''), "
    "(SELECT MAX(w.starts_at) FROM attendance a JOIN workshops w ON w.id = a.workshop_id "
    "  WHERE a.learner_id = learners.id AND a.status IN ('present', 'late')) "
    "FROM learners ");

const QString DateFormat = QStringLiteral("yyyy-MM-dd");

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
    l.consentDate = QDate::fromString(row.value(12).toString(), DateFormat);
    l.consentVersion = row.value(13).toString();
    l.personalCode = row.value(14).toString();
    l.contactKey = row.value(15).toString();
    l.lastAttendance = QDateTime::fromString(row.value(16).toString(), QStringLiteral("yyyy-MM-ddTHH:mm"));
    return l;
}

const QString FieldColumns = QStringLiteral(
    "site_id = :site, display_name = :name, search_key = :key, first_name = :first, last_name = :last, phone = :phone, "
    "email = :email, age_band = :age, gender = :gender, postcode = :postcode, notes = :notes, consent_date = :consent, "
    "consent_version = :version, personal_code = :code, contact_key = :contact, updated_at = :now");

const QString InsertSql = QStringLiteral(
    "INSERT INTO learners (uuid, site_id, display_name, search_key, first_name, last_name, phone, email, age_band, gender, "
    "postcode, notes, consent_date, consent_version, personal_code, contact_key, created_at, updated_at) VALUES (:uuid, "
    ":site, :name, :key, :first, :last, :phone, :email, :age, :gender, :postcode, :notes, :consent, :version, :code, "
    ":contact, :now, :now)");

void bindFields(SqlStatement &statement, const Learner &l, const QString &now)
{
    statement.bind(QStringLiteral(":site"), l.siteId > 0 ? QVariant(l.siteId) : QVariant(QMetaType(QMetaType::LongLong)))
        .bind(QStringLiteral(":name"), l.displayName.trimmed())
        .bind(QStringLiteral(":key"), LearnerStore::searchKey(l))
        .bind(QStringLiteral(":first"), nullIfEmpty(l.firstName))
        .bind(QStringLiteral(":last"), nullIfEmpty(l.lastName))
        .bind(QStringLiteral(":phone"), nullIfEmpty(l.phone))
        .bind(QStringLiteral(":email"), nullIfEmpty(l.email))
        .bind(QStringLiteral(":age"), nullIfEmpty(l.ageBand))
        .bind(QStringLiteral(":gender"), nullIfEmpty(l.gender))
        .bind(QStringLiteral(":postcode"), nullIfEmpty(l.postcode))
        .bind(QStringLiteral(":notes"), nullIfEmpty(l.notes))
        .bind(QStringLiteral(":consent"), nullIfEmpty(l.consentDate.isValid() ? l.consentDate.toString(DateFormat) : QString()))
        .bind(QStringLiteral(":version"), nullIfEmpty(l.consentVersion))
        .bind(QStringLiteral(":code"), nullIfEmpty(l.personalCode))
        .bind(QStringLiteral(":contact"), nullIfEmpty(LearnerFields::contactKey(l.email, l.phone)))
        .bind(QStringLiteral(":now"), now);
}

// Which of two attendance statuses of one person at one workshop says the most: having come beats
// having excused oneself, which beats a mere registration, which beats a recorded absence.
int statusRank(const QString &status)
{
    static const QStringList order = {QStringLiteral("absent"), QStringLiteral("registered"), QStringLiteral("excused"),
                                      QStringLiteral("late"), QStringLiteral("present")};
    return int(order.indexOf(status));
}

} // namespace

QString LearnerStore::searchKey(const Learner &l)
{
    return foldForSearch(QStringList{l.displayName, l.firstName, l.lastName}.join(QLatin1Char(' ')));
}

Status LearnerStore::validate(const Learner &l)
{
    if (l.displayName.trimmed().isEmpty())
        return Status::failure(tr("A learner needs a display name."));
    if (!l.email.trimmed().isEmpty() && !LearnerFields::isValidEmail(l.email))
        return Status::failure(tr("“%1” is not a valid e-mail address.").arg(l.email.trimmed()));
    if (!l.ageBand.isEmpty() && !LearnerFields::ageBands().contains(l.ageBand))
        return Status::failure(tr("“%1” is not a known age band.").arg(l.ageBand));
    if (!l.gender.isEmpty() && !LearnerFields::genders().contains(l.gender))
        return Status::failure(tr("“%1” is not a known gender.").arg(l.gender));
    return {};
}

Status LearnerStore::checkPersonalCode(const Learner &l) const
{
    if (l.personalCode.trimmed().isEmpty())
        return {};
    SqlStatement select(m_db, QStringLiteral("SELECT 1 FROM learners WHERE personal_code = :code AND id <> :id"));
    select.bind(QStringLiteral(":code"), l.personalCode.trimmed()).bind(QStringLiteral(":id"), l.id);
    if (Status status = select.exec(); !status)
        return status;
    if (select.next())
        return Status::failure(tr("The personal code %1 is already used by another learner.").arg(l.personalCode.trimmed()));
    return {};
}

Result<qint64> LearnerStore::add(const Learner &learner)
{
    if (Status status = validate(learner); !status)
        return status;
    Learner fresh = learner;
    fresh.id = 0;
    if (Status status = checkPersonalCode(fresh); !status)
        return status;
    SqlStatement insert(m_db, InsertSql);
    insert.bind(QStringLiteral(":uuid"), learner.uuid.isEmpty() ? Stamp::newUuid() : learner.uuid);
    bindFields(insert, learner, Stamp::nowUtc());
    if (Status status = insert.exec(); !status)
        return status;
    return insert.lastInsertId().toLongLong();
}

Result<int> LearnerStore::addAll(const QList<Learner> &learners)
{
    for (const Learner &learner : learners) {
        if (Status status = validate(learner); !status)
            return status;
    }
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    // One prepared statement for every row: preparing 10,000 times costs more than inserting.
    SqlStatement insert(m_db, InsertSql);
    const QString now = Stamp::nowUtc();
    for (const Learner &learner : learners) {
        insert.bind(QStringLiteral(":uuid"), learner.uuid.isEmpty() ? Stamp::newUuid() : learner.uuid);
        bindFields(insert, learner, now);
        if (Status status = insert.exec(); !status)
            return status;
    }
    if (Status status = transaction.commit(); !status)
        return status;
    return int(learners.size());
}

Status LearnerStore::update(const Learner &learner)
{
    if (Status status = validate(learner); !status)
        return status;
    if (Status status = checkPersonalCode(learner); !status)
        return status;
    SqlStatement update(m_db, QStringLiteral("UPDATE learners SET ") + FieldColumns + QStringLiteral(" WHERE id = :id"));
    bindFields(update, learner, Stamp::nowUtc());
    update.bind(QStringLiteral(":id"), learner.id);
    if (Status status = update.exec(); !status)
        return status;
    if (update.numRowsAffected() != 1)
        return Status::failure(tr("There is no learner %1.").arg(learner.id));
    return {};
}

Result<Learner> LearnerStore::get(qint64 id) const
{
    SqlStatement select(m_db, SelectColumns + QStringLiteral("WHERE id = :id"));
    select.bind(QStringLiteral(":id"), id);
    if (Status status = select.exec(); !status)
        return status;
    if (!select.next())
        return Result<Learner>::failure(tr("There is no learner %1.").arg(id));
    return readLearner(select);
}

Result<qint64> LearnerStore::resolve(const QString &reference) const
{
    const QString trimmed = reference.trimmed();
    bool numeric = false;
    const qint64 id = trimmed.toLongLong(&numeric);
    SqlStatement select(m_db, numeric ? QStringLiteral("SELECT id FROM learners WHERE id = :ref")
                                      : QStringLiteral("SELECT id FROM learners WHERE uuid = :ref"));
    select.bind(QStringLiteral(":ref"), numeric ? QVariant(id) : QVariant(trimmed));
    if (Status status = select.exec(); !status)
        return status;
    if (!select.next())
        return Result<qint64>::failure(tr("There is no learner %1.").arg(trimmed));
    return select.value(0).toLongLong();
}

Result<QList<Learner>> LearnerStore::find(const QString &text) const
{
    SqlStatement select(m_db, SelectColumns + QStringLiteral("WHERE instr(search_key, :key) > 0 AND anonymised_at IS NULL "
                                                            "ORDER BY search_key, id"));
    select.bind(QStringLiteral(":key"), foldForSearch(text));
    if (Status status = select.exec(); !status)
        return status;
    QList<Learner> learners;
    while (select.next())
        learners.append(readLearner(select));
    return learners;
}

Result<QList<Learner>> LearnerStore::findDuplicates(const Learner &learner) const
{
    // Candidates come from up to three queries, the first two through an index: the same contact key
    // (learners_contact); a search key starting with the folded display name (learners_search); and,
    // only when both first and last names are given, a search key holding them. DuplicateFinder's
    // rule then decides, postcode included.
    const QString contact = LearnerFields::contactKey(learner.email, learner.phone);
    const QString display = foldForSearch(learner.displayName);
    const QString names = foldForSearch(learner.fullName());
    QList<QPair<QString, QString>> lookups;
    if (!contact.isEmpty())
        lookups.append({QStringLiteral("contact_key = :value"), contact});
    if (!display.isEmpty())
        lookups.append({QStringLiteral("search_key >= :value AND search_key < :value || char(1114111)"), display});
    if (!learner.firstName.trimmed().isEmpty() && !learner.lastName.trimmed().isEmpty())
        lookups.append({QStringLiteral("instr(search_key, :value) > 0"), names});
    QList<Learner> duplicates;
    for (const auto &[condition, value] : std::as_const(lookups)) {
        SqlStatement select(m_db, SelectColumns + QStringLiteral("WHERE id <> :id AND anonymised_at IS NULL AND ") + condition);
        select.bind(QStringLiteral(":id"), learner.id).bind(QStringLiteral(":value"), value);
        if (Status status = select.exec(); !status)
            return status;
        while (select.next()) {
            const Learner candidate = readLearner(select);
            const bool known = std::any_of(duplicates.cbegin(), duplicates.cend(),
                                           [&candidate](const Learner &d) { return d.id == candidate.id; });
            if (!known && DuplicateFinder::matches(learner, candidate))
                duplicates.append(candidate);
        }
    }
    std::sort(duplicates.begin(), duplicates.end(), [](const Learner &a, const Learner &b) { return a.id < b.id; });
    return duplicates;
}

Status LearnerStore::merge(qint64 keepId, qint64 removeId)
{
    if (keepId == removeId)
        return Status::failure(tr("A learner cannot be merged with themselves."));
    const Result<Learner> keep = get(keepId);
    if (!keep)
        return keep.status();
    const Result<Learner> remove = get(removeId);
    if (!remove)
        return remove.status();

    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    const QString now = Stamp::nowUtc();
    auto run = [this](const QString &sql, const QList<QPair<QString, QVariant>> &values) {
        SqlStatement statement(m_db, sql);
        for (const auto &[name, value] : values)
            statement.bind(name, value);
        return statement.exec();
    };
    const QList<QPair<QString, QVariant>> ids = {{QStringLiteral(":keep"), keepId}, {QStringLiteral(":remove"), removeId}};

    // Attendance: both records registered for one workshop would break UNIQUE(workshop_id, learner_id);
    // the kept row takes the more telling status, and the events of the other row follow it.
    SqlStatement clashes(m_db, QStringLiteral(
        "SELECT r.id, r.status, r.checked_in_at, k.id, k.status FROM attendance r "
        "JOIN attendance k ON k.workshop_id = r.workshop_id AND k.learner_id = :keep WHERE r.learner_id = :remove"));
    clashes.bind(QStringLiteral(":keep"), keepId).bind(QStringLiteral(":remove"), removeId);
    if (Status status = clashes.exec(); !status)
        return status;
    struct Clash { qint64 removed; QString status; QVariant checkedIn; qint64 kept; QString keptStatus; };
    QList<Clash> found;
    while (clashes.next())
        found.append({clashes.value(0).toLongLong(), clashes.value(1).toString(), clashes.value(2), clashes.value(3).toLongLong(),
                      clashes.value(4).toString()});
    for (const Clash &clash : std::as_const(found)) {
        if (statusRank(clash.status) > statusRank(clash.keptStatus)) {
            if (Status status = run(QStringLiteral("UPDATE attendance SET status = :status, checked_in_at = :checked, "
                                                   "updated_at = :now WHERE id = :id"),
                                    {{QStringLiteral(":status"), clash.status}, {QStringLiteral(":checked"), clash.checkedIn},
                                     {QStringLiteral(":now"), now}, {QStringLiteral(":id"), clash.kept}});
                !status)
                return status;
        }
        if (Status status = run(QStringLiteral("UPDATE attendance_events SET attendance_id = :kept WHERE attendance_id = :removed"),
                                {{QStringLiteral(":kept"), clash.kept}, {QStringLiteral(":removed"), clash.removed}});
            !status)
            return status;
        if (Status status = run(QStringLiteral("DELETE FROM attendance WHERE id = :id"), {{QStringLiteral(":id"), clash.removed}}); !status)
            return status;
    }
    const QStringList moves = {
        QStringLiteral("UPDATE attendance SET learner_id = :keep, updated_at = :now WHERE learner_id = :remove"),
        QStringLiteral("UPDATE attendance_events SET learner_id = :keep WHERE learner_id = :remove"),
        // Lesson progress: one row per page; the kept one spans the earliest first and latest last visit.
        QStringLiteral("UPDATE lesson_progress AS k SET first_seen = MIN(k.first_seen, r.first_seen), "
                       "last_seen = MAX(k.last_seen, r.last_seen), completed_at = CASE WHEN k.completed_at IS NULL "
                       "THEN r.completed_at WHEN r.completed_at IS NULL THEN k.completed_at "
                       "ELSE MIN(k.completed_at, r.completed_at) END, updated_at = :now FROM lesson_progress AS r "
                       "WHERE k.learner_id = :keep AND r.learner_id = :remove AND r.module_id = k.module_id AND r.page = k.page"),
        QStringLiteral("DELETE FROM lesson_progress WHERE learner_id = :remove AND EXISTS (SELECT 1 FROM lesson_progress k "
                       "WHERE k.learner_id = :keep AND k.module_id = lesson_progress.module_id AND k.page = lesson_progress.page)"),
        QStringLiteral("UPDATE lesson_progress SET learner_id = :keep, updated_at = :now WHERE learner_id = :remove"),
        QStringLiteral("UPDATE quiz_attempts SET learner_id = :keep, updated_at = :now WHERE learner_id = :remove"),
        QStringLiteral("DELETE FROM learners WHERE id = :remove"),
    };
    for (const QString &sql : moves) {
        QList<QPair<QString, QVariant>> values = ids;
        if (sql.contains(QLatin1String(":now")))
            values.append({QStringLiteral(":now"), now});
        if (Status status = run(sql, values); !status)
            return status;
    }

    // What the kept record lacks, the removed one may know (a phone number, a consent date).
    Learner merged = *keep;
    auto fill = [](QString &mine, const QString &theirs) {
        if (mine.trimmed().isEmpty())
            mine = theirs;
    };
    fill(merged.firstName, remove->firstName);
    fill(merged.lastName, remove->lastName);
    fill(merged.phone, remove->phone);
    fill(merged.email, remove->email);
    fill(merged.ageBand, remove->ageBand);
    fill(merged.gender, remove->gender);
    fill(merged.postcode, remove->postcode);
    fill(merged.consentVersion, remove->consentVersion);
    fill(merged.personalCode, remove->personalCode);
    if (!merged.consentDate.isValid())
        merged.consentDate = remove->consentDate;
    if (merged.notes.trimmed().isEmpty())
        merged.notes = remove->notes;
    else if (!remove->notes.trimmed().isEmpty() && remove->notes != merged.notes)
        merged.notes += QLatin1Char('\n') + remove->notes;
    if (merged.siteId <= 0)
        merged.siteId = remove->siteId;
    if (Status status = update(merged); !status)
        return status;
    return transaction.commit();
}
